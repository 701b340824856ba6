//! Turns the engine's assessment into the page, in the current language. Every word about a
//! rule comes from `jiuzhu::messages` or the plan's own text (`jiuzhu::clauses`); this module
//! only arranges them. Text goes in through `textContent` only.

use crate::{dom, flow, form, state};
use jiuzhu::messages::Lang;
use jiuzhu::questions;
use jiuzhu::FieldError;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The control for an id: the element itself, or the first radio of a group of that name.
pub fn control(id: &str) -> Option<Element> {
    dom::by_id(id).or_else(|| {
        dom::all(None, &format!("input[name=\"{id}\"]"))
            .into_iter()
            .next()
    })
}

/// Writes every option of every select under `root` (the whole page when `None`) in the
/// current language, from the question table: member cards added later and clerk selects too.
pub fn option_texts(root: Option<&Element>) {
    let lang = state::lang();
    for sel in dom::all(root, "select[data-field], select[data-ck]") {
        let clerk_path = sel
            .get_attribute("data-ck")
            .filter(|_| cfg!(feature = "clerk"));
        let (options, blank) = if let Some(path) = clerk_path {
            match questions::clerk_fields().find(|f| f.path == path) {
                Some(f) => (f.options(), None),
                None => continue,
            }
        } else {
            let id = sel.id();
            // A member card's control is `m{n}-{question}`.
            let bare = match id.strip_prefix('m').and_then(|r| r.split_once('-')) {
                Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => rest.to_string(),
                _ => id,
            };
            match questions::question(&bare) {
                Some(q) => (q.options(), q.blank),
                None => continue,
            }
        };
        for o in dom::all(Some(&sel), "option") {
            let value = o.get_attribute("value").unwrap_or_default();
            let words = if value.is_empty() {
                blank
            } else {
                options
                    .iter()
                    .find(|x| x.value == value)
                    .map(|x| (x.zh, x.en))
            };
            if let Some(w) = words {
                o.set_text_content(Some(questions::pick(w, lang)));
            }
        }
    }
}

/// Text of an element in the current language.
fn visible_text(el: &Element) -> String {
    // Every text of the generated page is a `.zh` / `.en` pair of spans.
    let class = match state::lang() {
        Lang::Zh => ".zh",
        Lang::En => ".en",
    };
    dom::first(el, class)
        .and_then(|s| s.text_content())
        .unwrap_or_default()
}

/// Removes every error message and mark.
pub fn clear_errors() {
    for e in dom::all(None, ".field-error") {
        e.remove();
    }
    for e in dom::all(None, "[aria-invalid]") {
        dom::attr(&e, "aria-invalid", None);
    }
    for q in dom::all(None, ".q.has-error") {
        let _ = q.class_list().remove_1("has-error");
    }
    if let Some(s) = dom::by_id("error-summary") {
        dom::show(&s, false);
    }
}

/// An engine error with the control it points at and the words naming that field.
pub type Located = (FieldError, Option<String>, String);

/// Each error with its control and the field's name in the current language, both from the
/// question table through `built` (an error no row explains is named by its path).
pub fn locate(built: &form::Built, errors: Vec<FieldError>) -> Vec<Located> {
    errors
        .into_iter()
        .map(|e| {
            let ctl = built.control_for(&e.path).map(str::to_string);
            let label = built
                .label_for(&e.path, state::lang())
                .unwrap_or_else(|| e.path.clone());
            (e, ctl, label)
        })
        .collect()
}

/// Shows errors next to their controls and in the summary at the top, naming each field.
pub fn errors(list: &[Located]) {
    clear_errors();
    let Some(summary) = dom::by_id("error-summary") else {
        return;
    };
    let Some(ul) = dom::first(&summary, "ul") else {
        return;
    };
    dom::clear(&ul);
    if list.is_empty() {
        return;
    }
    for (e, ctl_id, label) in list {
        let message = match state::lang() {
            Lang::Zh => &e.zh,
            Lang::En => &e.en,
        };
        let ctl = ctl_id.as_deref().and_then(control);
        let li = dom::add(&ul, "li", "", "");
        if let (Some(li), Some(c)) = (li.as_ref(), ctl.as_ref()) {
            if let Some(a) = dom::add(li, "a", "", &format!("{label}: {message}")) {
                // The click is handled (focus, no navigation): a changed URL fragment would
                // make the browser fetch again after load.
                dom::attr(&a, "href", Some(&format!("#{}", c.id())));
                dom::attr(&a, "data-action", Some("focus"));
                dom::attr(&a, "data-target", Some(&c.id()));
            }
            dom::attr(c, "aria-invalid", Some("true"));
            let holder = c.closest(".q").ok().flatten();
            if let Some(q) = holder {
                let _ = q.class_list().add_1("has-error");
                let err_id = format!("{}-error", c.id());
                if dom::by_id(&err_id).is_none() {
                    if let Some(p) = dom::make("p", "field-error") {
                        p.set_id(&err_id);
                        p.set_text_content(Some(message));
                        let _ = q.insert_before(
                            &p,
                            q.first_element_child()
                                .and_then(|f| f.next_sibling())
                                .as_ref(),
                        );
                    }
                }
                let described = c.get_attribute("aria-describedby").unwrap_or_default();
                if !dom::has(&described, &err_id) {
                    dom::attr(
                        c,
                        "aria-describedby",
                        Some(format!("{err_id} {described}").trim()),
                    );
                }
            }
        } else if let Some(li) = li {
            li.set_text_content(Some(&format!("{label}: {message}")));
        }
    }
    dom::show(&summary, true);
    dom::focus(&summary);
}

/// The "check your answers" page: each step's answers, with a "Change" button.
pub fn answers() {
    let Some(dl) = dom::by_id("answers") else {
        return;
    };
    dom::clear(&dl);
    let built = form::build(&jiuzhu::input::date_text(dom::today()), false);
    // Every step with answers: not the opening page, nor this page and the result.
    for step in flow::steps().filter(|s| !matches!(*s, "start" | "check" | "result")) {
        let controls: Vec<Element> = dom::all(None, "#form [data-field]")
            .into_iter()
            .filter(|c| flow::step_of(c).as_deref() == Some(step))
            .collect();
        let mut lines = Vec::new();
        let mut seen_groups = Vec::new();
        for c in &controls {
            let value = shown_value(c, &mut seen_groups);
            if let Some(v) = value {
                // Named as in error messages, from the question table.
                let key = match c.get_attribute("type").as_deref() {
                    Some("radio") => c.get_attribute("name").unwrap_or_default(),
                    _ => c.id(),
                };
                let label = built
                    .label_of_control(&key, state::lang())
                    .unwrap_or_default();
                lines.push(format!("{label}: {v}"));
            }
        }
        let title = dom::by_id("form")
            .and_then(|f| dom::first(&f, &format!("section[data-step=\"{step}\"] h2")));
        let Some(title) = title else { continue };
        let Some(row) = dom::add(&dl, "div", "answer-row", "") else {
            continue;
        };
        dom::add(&row, "dt", "", &visible_text(&title));
        let Some(dd) = dom::add(&row, "dd", "", "") else {
            continue;
        };
        if lines.is_empty() {
            dom::add(&dd, "p", "muted", state::tr("（未填写）", "(not answered)"));
        }
        for l in lines {
            dom::add(&dd, "p", "", &l);
        }
        if let Some(b) = dom::add(&dd, "button", "link", state::tr("修改", "Change")) {
            dom::attr(&b, "type", Some("button"));
            dom::attr(&b, "data-action", Some("goto"));
            dom::attr(&b, "data-target", Some(step));
            dom::attr(
                &b,
                "aria-label",
                Some(&format!(
                    "{} {}",
                    state::tr("修改", "Change"),
                    visible_text(&title)
                )),
            );
        }
    }
}

/// What a control shows as its answer, in words; `None` when unanswered.
fn shown_value(c: &Element, seen_groups: &mut Vec<String>) -> Option<String> {
    match c.get_attribute("type").as_deref() {
        Some("radio") => {
            let name = c.get_attribute("name")?;
            if seen_groups.contains(&name) {
                return None;
            }
            seen_groups.push(name.clone());
            let checked = dom::all(None, &format!("input[name=\"{name}\"]"))
                .into_iter()
                .find(|r| r.dyn_ref::<HtmlInputElement>().is_some_and(|i| i.checked()))?;
            let label = checked.closest("label").ok().flatten()?;
            Some(visible_text(&label))
        }
        Some("checkbox") => {
            (dom::value_of(c) == "true").then(|| state::tr("是", "Yes").to_string())
        }
        _ => {
            let v = dom::value_of(c);
            if c.tag_name() == "SELECT" && v.is_empty() {
                // A select's empty choice is an answer ("无残疾", "没有"), unless it is the
                // "choose" prompt.
                let shown = dom::first(c, "option[value=\"\"]")?.text_content()?;
                return (shown != state::tr("请选择", "Choose")).then_some(shown);
            }
            if v.trim().is_empty() {
                return None;
            }
            if c.tag_name() == "SELECT" {
                let opt = dom::first(c, &format!("option[value=\"{v}\"]"))?;
                return opt.text_content();
            }
            Some(v)
        }
    }
}

/// Renders the assessment of the current answers into `#result` (or the errors, if any).
pub fn result() {
    let Some(out) = dom::by_id("result") else {
        return;
    };
    dom::clear(&out);
    let clerk = state::clerk();
    let built = form::build(&jiuzhu::input::date_text(dom::today()), clerk);
    // The resident page checks the answers and hands a result to the case module (web/code),
    // which evaluates and renders it with this same file: its first load carries neither the
    // rules nor the result's words. The counter page and the module itself render it here.
    #[cfg(not(any(feature = "clerk", feature = "module")))]
    let checked = jiuzhu::validate(&built.raw).map(|_| {
        if !crate::handoff::result(state::lang() == Lang::En) {
            dom::add(
                &out,
                "p",
                "hint",
                state::tr(
                    "正在准备结果，请稍候……",
                    "Getting the result ready, one moment…",
                ),
            );
        }
    });
    #[cfg(any(feature = "clerk", feature = "module"))]
    let checked = state::with_site(|site| jiuzhu::evaluate_with(&built.raw, site)).map(|a| {
        // Kept for the clerk view, which renders right after (one evaluation per update).
        state::with(|s| s.kind = jiuzhu::clerk::kind_from_assessment(&a));
        crate::result::assessment(&out, &a, &built.raw);
        crate::handoff::result_shown(true);
    });
    match checked {
        Ok(()) => {}
        Err(errs) => {
            state::with(|s| s.kind = None);
            crate::handoff::result_shown(false);
            let list = locate(&built, errs);
            dom::add(
                &out,
                "p",
                "error",
                state::tr(
                    "有些回答需要修改，才能得出结果。",
                    "Some answers need changing before there is a result.",
                ),
            );
            if !clerk {
                errors(&list);
            } else if let Some(ul) = dom::add(&out, "ul", "error-list", "") {
                for (e, _, label) in &list {
                    let m = if state::lang() == Lang::Zh {
                        &e.zh
                    } else {
                        &e.en
                    };
                    dom::add(&ul, "li", "", &format!("{label}: {m}"));
                }
            }
        }
    }
}

/// Shows the district's name in the page header (on screen and on the print), once at start:
/// the empty `#district` that `page.rs` writes gets the name in both languages.
pub fn district() {
    state::with_site(|s| {
        let (Some(name), Some(p)) = (&s.district, dom::by_id("district")) else {
            return;
        };
        dom::add(&p, "span", "zh", &name.zh);
        if let Some(en) = dom::add(&p, "span", "en", &name.en) {
            dom::attr(&en, "lang", Some("en"));
        }
        dom::show(&p, true);
    });
}

/// The notice for the host when the site configuration has problems: each with its field path,
/// in Chinese and English, in the closed `#host-notice` (its heading is in the page) that a
/// resident can ignore. The page runs on the defaults for the parts named.
pub fn host_notice() {
    let errors = state::site_errors();
    let (Some(notice), Some(ul)) = (dom::by_id("host-notice"), dom::by_id("host-problems")) else {
        return;
    };
    for e in &errors {
        if let Some(li) = dom::add(&ul, "li", "", "") {
            dom::add(&li, "code", "path", &e.path);
            dom::text(&li, " ");
            dom::add(&li, "span", "zh", &e.zh);
            dom::add(&li, "span", "en", &e.en);
        }
    }
    dom::show(&notice, !errors.is_empty());
}
