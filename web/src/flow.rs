//! The resident's guided flow: one topic per step, skipping what does not apply, a "check your
//! answers" page, then the result. Back never loses anything: answers live in the controls.
//! Each step the resident moves to is its own history entry (`#step=ages`), so that the phone's
//! Back and Forward move between steps instead of leaving the page.

use crate::{dom, form, render, state};
use jiuzhu::input::Joined;
use jiuzhu::questions;
use jiuzhu::FieldError;
use web_sys::Element;

/// The step ids, in order, from the question table (`jiuzhu::questions::STEPS`). Each is a
/// `<section data-step=…>` in index.html.
pub fn steps() -> impl Iterator<Item = &'static str> {
    questions::STEPS.iter().map(|s| s.id)
}

/// The id of step `i`.
pub fn step_id(i: usize) -> &'static str {
    questions::STEPS
        .get(i)
        .or(questions::STEPS.last())
        .map_or("start", |s| s.id)
}

fn count() -> usize {
    questions::STEPS.len()
}

/// Whether a step's questions live on the member cards.
fn on_member_cards(step: &str) -> bool {
    questions::questions_of(step).any(|q| q.per_member())
}

fn section(step: &str) -> Option<Element> {
    dom::first(
        &dom::by_id("form")?,
        &format!("section[data-step=\"{step}\"]"),
    )
}

/// The step a control belongs to: its member-card part, else its section.
pub fn step_of(control: &Element) -> Option<String> {
    if let Ok(Some(part)) = control.closest("[data-part]") {
        return part.get_attribute("data-part");
    }
    control
        .closest("section[data-step]")
        .ok()
        .flatten()?
        .get_attribute("data-step")
}

/// The steps that ask anything of this household, worked out once per decision by the engine
/// (`questions::steps_that_apply`) from the answers so far.
struct Applicable(Vec<&'static str>);

impl Applicable {
    fn now() -> Self {
        let built = form::build(&jiuzhu::input::date_text(dom::today()), false);
        Applicable(questions::steps_that_apply(&built.raw))
    }

    fn applies(&self, step: &str) -> bool {
        self.0.contains(&step)
    }
}

/// The step named in a URL fragment such as `#en&step=ages`.
pub fn step_in_hash(hash: &str) -> Option<usize> {
    let name = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|t| t.strip_prefix("step="))?;
    steps().position(|s| s == name)
}

/// Shows step `i` as a new history entry, keeping the fragment's other words (`en`, `clerk`).
fn go(i: usize) {
    show(i);
    let Some(w) = web_sys::window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let mut words: Vec<&str> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|t| !t.is_empty() && !t.starts_with("step="))
        .collect();
    let step = format!("step={}", step_id(state::with(|s| s.step)));
    words.push(&step);
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{}", words.joined("&"))),
        );
    }
}

/// Shows step `i` (resident view) and moves focus to its heading.
pub fn show(i: usize) {
    let i = i.min(count() - 1);
    state::with(|s| s.step = i);
    let step = step_id(i);
    let Some(form_el) = dom::by_id("form") else {
        return;
    };
    dom::attr(&form_el, "data-step", Some(step));
    for (j, name) in steps().enumerate() {
        if let Some(sec) = section(name) {
            dom::show(&sec, j == i);
        }
    }
    if let Some(m) = dom::by_id("members") {
        dom::show(&m, on_member_cards(step));
    }
    match step {
        "check" => render::answers(),
        "result" => render::result(),
        _ => {}
    }
    progress();
    if let Some(h) = section(step).and_then(|s| dom::first(&s, "h2")) {
        dom::focus(&h);
    }
}

/// "第 3 步，共 12 步" and the nav buttons for the current step.
pub fn progress() {
    let i = state::with(|s| s.step);
    let now = Applicable::now();
    let shown: Vec<&str> = steps().filter(|s| now.applies(s)).collect();
    let pos = shown.iter().position(|s| *s == step_id(i)).unwrap_or(0) + 1;
    if let Some(p) = dom::by_id("progress") {
        let text = match state::lang() {
            jiuzhu::messages::Lang::Zh => format!("第 {pos} 步，共 {} 步", shown.len()),
            jiuzhu::messages::Lang::En => format!("Step {pos} of {}", shown.len()),
        };
        p.set_text_content(Some(&text));
    }
    for b in dom::all(None, "#nav [data-action=back]") {
        dom::show(&b, i > 0);
    }
    for b in dom::all(None, "#nav [data-action=next]") {
        dom::show(&b, step_id(i) != "result");
        let label = if step_id(i) == "check" {
            state::tr("查看结果", "See the result")
        } else {
            state::tr("下一步", "Continue")
        };
        b.set_text_content(Some(label));
    }
}

/// Goes forward, unless the current step has answers the engine rejects.
pub fn next() {
    let i = state::with(|s| s.step);
    let errors = current_errors(step_id(i));
    if !errors.is_empty() {
        return;
    }
    let mut j = i + 1;
    let now = Applicable::now();
    while j < count() - 1 && !now.applies(step_id(j)) {
        j += 1;
    }
    go(j);
}

/// Goes back to the previous step that applies.
pub fn back() {
    let i = state::with(|s| s.step);
    let mut j = i.saturating_sub(1);
    let now = Applicable::now();
    while j > 0 && !now.applies(step_id(j)) {
        j -= 1;
    }
    render::clear_errors();
    go(j);
}

/// Jumps to a named step (from "Change" on the check page, or the emergency shortcut).
pub fn goto(step: &str) {
    // A step this household skips falls back to the answers page, which lists every answer.
    let i = steps()
        .position(|s| s == step)
        .or_else(|| steps().position(|s| s == "check"));
    if let Some(i) = i {
        render::clear_errors();
        go(i);
    }
}

/// Validates with the engine and shows the errors that belong to `step` (all of them on the
/// check and result pages). Returns those errors.
pub fn current_errors(step: &str) -> Vec<FieldError> {
    let built = form::build(&jiuzhu::input::date_text(dom::today()), false);
    let mut errors = jiuzhu::validate(&built.raw).err().unwrap_or_default();
    // A blank income is flagged on its own step (the engine's call), never discovered later.
    if step == "income" {
        errors.extend(questions::blank_income(&built.raw));
    }
    if errors.is_empty() {
        render::clear_errors();
        return Vec::new();
    }
    // The errors of this step: those whose field the question table puts in it.
    let whole = matches!(step, "check" | "result");
    let errors = errors
        .into_iter()
        .filter(|e| whole || built.source_for(&e.path).map(|s| s.step) == Some(step))
        .collect();
    let mine = render::locate(&built, errors);
    render::errors(&mine);
    mine.into_iter().map(|(e, _, _)| e).collect()
}
