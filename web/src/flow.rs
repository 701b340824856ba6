//! The resident's guided flow: one topic per step, skipping what does not apply, a "check your
//! answers" page, then the result. Back never loses anything: answers live in the controls.

use crate::{dom, form, render, state};
use jiuzhu::assessment::{CondStatus, PathId};
use jiuzhu::FieldError;
use web_sys::Element;

/// The steps, in order. Each is a `<section data-step=…>` in index.html.
pub const STEPS: [&str; 14] = [
    "start",
    "where",
    "household",
    "ages",
    "disability",
    "study",
    "income",
    "property",
    "supporters",
    "selfcare",
    "events",
    "status",
    "check",
    "result",
];

/// Steps whose questions live on the member cards.
const MEMBER_STEPS: [&str; 5] = ["household", "ages", "disability", "study", "income"];

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

/// Which steps ask anything for this household, worked out once per decision. Only the
/// 特困-only questions and the study question are ever skipped; whether 特困 is in reach is
/// the engine's call, not the page's.
struct Applicable {
    study: bool,
    tekun: bool,
}

impl Applicable {
    fn now() -> Self {
        // Study is skipped only when every member's age is known and 30 or more.
        let study = !form::member_ids().iter().all(|id| {
            dom::field(&format!("m{id}-age"))
                .trim()
                .parse::<u32>()
                .is_ok_and(|a| a >= 30)
        });
        let built = form::build(&dom::today().to_string(), false);
        let tekun = match jiuzhu::evaluate(&built.raw) {
            Ok(a) => !a.path(PathId::Tekun).is_some_and(|p| {
                p.conditions
                    .iter()
                    .any(|c| c.id == "no_work_capacity" && c.status == CondStatus::NotMet)
            }),
            Err(_) => true,
        };
        Applicable { study, tekun }
    }

    fn applies(&self, step: &str) -> bool {
        match step {
            "study" => self.study,
            "supporters" | "selfcare" => self.tekun,
            _ => true,
        }
    }
}

/// Shows step `i` (resident view) and moves focus to its heading.
pub fn show(i: usize) {
    let i = i.min(STEPS.len() - 1);
    state::with(|s| s.step = i);
    let step = STEPS[i];
    let Some(form_el) = dom::by_id("form") else {
        return;
    };
    dom::attr(&form_el, "data-step", Some(step));
    for (j, name) in STEPS.iter().enumerate() {
        if let Some(sec) = section(name) {
            dom::show(&sec, j == i);
        }
    }
    if let Some(m) = dom::by_id("members") {
        dom::show(&m, MEMBER_STEPS.contains(&step));
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
    let shown: Vec<&str> = STEPS.iter().copied().filter(|s| now.applies(s)).collect();
    let pos = shown.iter().position(|s| *s == STEPS[i]).unwrap_or(0) + 1;
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
        dom::show(&b, STEPS[i] != "result");
        let label = if STEPS[i] == "check" {
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
    let errors = current_errors(STEPS[i]);
    if !errors.is_empty() {
        return;
    }
    let mut j = i + 1;
    let now = Applicable::now();
    while j < STEPS.len() - 1 && !now.applies(STEPS[j]) {
        j += 1;
    }
    show(j);
}

/// Goes back to the previous step that applies.
pub fn back() {
    let i = state::with(|s| s.step);
    let mut j = i.saturating_sub(1);
    let now = Applicable::now();
    while j > 0 && !now.applies(STEPS[j]) {
        j -= 1;
    }
    render::clear_errors();
    show(j);
}

/// Jumps to a named step (from "Change" on the check page, or the emergency shortcut).
pub fn goto(step: &str) {
    if let Some(i) = STEPS.iter().position(|s| *s == step) {
        render::clear_errors();
        show(i);
    }
}

/// Validates with the engine and shows the errors that belong to `step` (all of them on the
/// check and result pages). Returns those errors.
pub fn current_errors(step: &str) -> Vec<FieldError> {
    let built = form::build(&dom::today().to_string(), false);
    let Err(errors) = jiuzhu::validate(&built.raw) else {
        render::clear_errors();
        return Vec::new();
    };
    let whole = matches!(step, "check" | "result");
    let mine: Vec<render::Located> = render::locate(&built, errors)
        .into_iter()
        .filter(|(_, ctl, _)| {
            whole
                || ctl
                    .as_deref()
                    .and_then(render::control)
                    .and_then(|c| step_of(&c))
                    .as_deref()
                    == Some(step)
        })
        .collect();
    render::errors(&mine);
    mine.into_iter().map(|(e, _, _)| e).collect()
}
