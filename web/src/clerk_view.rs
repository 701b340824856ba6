//! The counter view for clerks: the whole case on one screen, results as they type, and the
//! plan's procedural checks from `jiuzhu::clerk`. Same engine and result rendering as the
//! resident's page; only the layout and the extra checks differ.

use crate::{dom, state};
use jiuzhu::clerk::{self, CheckResult, RawClerkCase};
use jiuzhu::messages::Lang;
use jiuzhu::questions;

/// Reads every clerk field of the table (`jiuzhu::questions::CLERK_GROUPS`) into the clerk
/// case, by its path; a path `RawClerkCase::set` does not know fails the engine's tests.
fn build() -> RawClerkCase {
    let mut case = RawClerkCase::default();
    for f in questions::clerk_fields() {
        let v = dom::field(&f.id());
        if !v.trim().is_empty() {
            case.set(f.path, v);
        }
    }
    // Case dates typed once in the resident form (the acceptance date).
    for (id, paths) in questions::CLERK_FROM_FORM {
        let v = dom::field(id);
        if !v.trim().is_empty() {
            for p in *paths {
                case.set(p, v.clone());
            }
        }
    }
    if case.today.is_none() {
        case.today = Some(dom::today().to_string());
    }
    case
}

/// Runs the checks and renders them, with errors next to their fields.
pub fn render() {
    let Some(out) = dom::by_id("clerk-report") else {
        return;
    };
    dom::clear(&out);
    for e in dom::all(Some(&out), ".field-error") {
        e.remove();
    }
    let report = clerk::check(&build());
    let zh = state::lang() == Lang::Zh;
    for q in dom::all(None, "#clerk .q .field-error") {
        q.remove();
    }
    for c in dom::all(None, "#clerk [aria-invalid]") {
        dom::attr(&c, "aria-invalid", None);
    }
    if !report.errors.is_empty() {
        let alert = dom::add(&out, "div", "", "");
        if let Some(ul) = alert.as_ref().and_then(|a| {
            dom::attr(a, "role", Some("alert"));
            dom::add(a, "ul", "error-list", "")
        }) {
            for e in &report.errors {
                let m = if zh { &e.zh } else { &e.en };
                dom::add(&ul, "li", "", m);
                let ctl = questions::clerk_fields()
                    .find(|f| f.path == e.path)
                    .and_then(|f| dom::by_id(&f.id()));
                if let Some(c) = ctl {
                    dom::attr(&c, "aria-invalid", Some("true"));
                    if let Some(q) = c.closest(".q").ok().flatten() {
                        dom::add(&q, "p", "field-error", m);
                    }
                }
            }
        }
    }
    let Some(table) = dom::add(&out, "table", "checks", "") else {
        return;
    };
    if let Some(head) = dom::add(&table, "thead", "", "").and_then(|h| dom::add(&h, "tr", "", "")) {
        for h in [
            state::tr("核查项", "Check"),
            state::tr("结果", "Result"),
            state::tr("说明", "Why"),
            state::tr("依据", "Basis"),
        ] {
            dom::add(&head, "th", "", h);
        }
    }
    let Some(body) = dom::add(&table, "tbody", "", "") else {
        return;
    };
    for c in &report.checks {
        row(&body, c, zh);
    }
    if let Some(d) = &report.deadline {
        let Some(p) = dom::add(&out, "p", "deadline", "") else {
            return;
        };
        dom::text(&p, state::tr("审核期限：", "Decision due: "));
        dom::time(&p, d.normal_limit.date);
        dom::text(
            &p,
            state::tr("；延长后最长 ", "; with the extension at most "),
        );
        dom::time(&p, d.max_limit.date);
        dom::text(&p, state::tr("；现行期限 ", "; limit in force "));
        dom::time(&p, d.limit_in_force);
        if let Some(n) = d.workdays_remaining {
            let t = match state::lang() {
                Lang::Zh => format!("；还剩 {n} 个工作日"),
                Lang::En => format!("; {n} working days left"),
            };
            dom::text(&p, &t);
        }
        if let Some(n) = d.overdue_workdays {
            let t = match state::lang() {
                Lang::Zh => format!("；已超期 {n} 个工作日"),
                Lang::En => format!("; overdue by {n} working days"),
            };
            dom::text(&p, &t);
        }
    }
}

fn row(body: &web_sys::Element, c: &CheckResult, zh: bool) {
    let Some(tr) = dom::add(body, "tr", "", "") else {
        return;
    };
    let status = c.status.as_str();
    dom::attr(&tr, "data-check", Some(c.id));
    dom::attr(&tr, "data-status", Some(status));
    dom::add(&tr, "td", "", questions::check_name(c.id, state::lang()));
    let word = match status {
        "pass" => state::tr("✓ 通过", "✓ pass"),
        "fail" => state::tr("✗ 未通过", "✗ fail"),
        _ => state::tr("— 不适用", "— n/a"),
    };
    dom::add(&tr, "td", &format!("st-{status}"), word);
    dom::add(&tr, "td", "", if zh { &c.zh } else { &c.en });
    dom::add(&tr, "td", "", c.citation.id);
}
