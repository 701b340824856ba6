//! The counter view for clerks: the whole case on one screen, results as they type, and the
//! plan's procedural checks from `jiuzhu::clerk`. Same engine and result rendering as the
//! resident's page; only the layout and the extra checks differ.

use crate::{dom, state};
use jiuzhu::clerk::{self, CaseKind, CheckResult, CheckStatus, RawClerkCase};
use jiuzhu::messages::Lang;
use jiuzhu::questions;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

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
    // 事项 follows the assessment unless the clerk picked one: the engine named it when the
    // result was rendered, just before (`render::result`).
    if case.deadline.kind.is_none() {
        case.deadline.kind = state::with(|s| s.kind).map(|k| k.code().to_owned());
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
    let case = build();
    let report = clerk::check(&case);
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
    // Worst first (failed, incomplete, advice, passed, not applicable), each state in the
    // plan's order, so the screen and the printed sheet lead with what needs doing.
    table(&out, &report.checks, zh);
    // In print the passed and not-applicable rows fold into this count (CSS).
    let (p, n) = (report.summary.pass, report.summary.not_applicable);
    let folded = match state::lang() {
        Lang::Zh => format!("✓ 通过 {p} 项 · — 不适用 {n} 项"),
        Lang::En => format!("✓ {p} passed · — {n} not applicable"),
    };
    dom::add(&out, "p", "folded", &folded);
    head(&case);
    if let Some(d) = &report.deadline {
        let Some(p) = dom::add(&out, "p", "deadline", "") else {
            return;
        };
        dom::text(&p, &format!("{}：", kind_word(d.kind)));
        dom::text(&p, state::tr("审核期限 ", "decision due "));
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
        if let Some(dec) = d.decided {
            dom::text(&p, state::tr("；决定日期 ", "; decided "));
            dom::time(&p, dec);
        }
    }
}

fn kind_word(k: CaseKind) -> &'static str {
    if state::lang() == Lang::Zh {
        k.zh()
    } else {
        k.en()
    }
}

/// The checks, state by state (`CheckStatus::ALL`, worst first), each in the plan's order.
fn table(parent: &Element, checks: &[CheckResult], zh: bool) {
    let Some(table) = dom::add(parent, "table", "checks", "") else {
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
    for s in CheckStatus::ALL {
        for c in checks.iter().filter(|c| c.status == s) {
            row(&body, c, zh);
        }
    }
}

/// Puts the view's parts in reading order, so that Tab follows what the eye sees: in the clerk
/// view the household rows right after where the case is registered, and the result beside the
/// inputs in the aside after them; back in the resident flow, everything where it was.
pub fn arrange(on: bool) {
    let by = dom::by_id;
    let (Some(members), Some(nav), Some(side)) = (by("members"), by("nav"), by("clerk-side"))
    else {
        return;
    };
    let add = dom::document().and_then(|d| d.query_selector(".add-row").ok().flatten());
    let result = dom::document().and_then(|d| {
        d.query_selector("section[data-step=\"result\"]")
            .ok()
            .flatten()
    });
    let where_ = dom::document().and_then(|d| {
        d.query_selector("section[data-step=\"where\"]")
            .ok()
            .flatten()
    });
    let (Some(add), Some(result), Some(where_)) = (add, result, where_) else {
        return;
    };
    if on {
        let _ = where_.after_with_node_2(&members, &add);
        let _ = side.prepend_with_node_1(&result);
        dom::show(&result, true);
    } else {
        let _ = nav.before_with_node_3(&result, &members, &add);
    }
    dom::show(&side, on);
}

/// Enter in a clerk-view field moves to the next field (a radio group counts as one); true when
/// it did, so the caller stops the key.
pub fn next_field(from: &Element) -> bool {
    if !matches!(from.tag_name().as_str(), "INPUT" | "SELECT") {
        return false;
    }
    let group = from.get_attribute("name").filter(|_| is_radio(from));
    let fields: Vec<Element> = dom::all(
        None,
        "#form input, #form select, #clerk input, #clerk select",
    )
    .into_iter()
    .filter(|e| {
        e.dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.offset_parent().is_some())
    })
    .collect();
    let Some(at) = fields.iter().position(|e| e == from) else {
        return false;
    };
    let next = fields[at + 1..]
        .iter()
        .find(|e| group.is_none() || !is_radio(e) || e.get_attribute("name") != group);
    if let Some(n) = next {
        dom::focus(n);
    }
    true
}

fn is_radio(e: &Element) -> bool {
    e.get_attribute("type").as_deref() == Some("radio")
}

/// The case sheet's header (shown in print only), rewritten with the checks so that it is
/// current when printed: 申请人 as entered, 受理日期, the three handlers, 事项, and the time.
fn head(case: &RawClerkCase) {
    let Some(h) = dom::by_id("case-head") else {
        return;
    };
    dom::clear(&h);
    dom::add(&h, "h2", "", state::tr("个案核查单", "Case sheet"));
    let Some(dl) = dom::add(&h, "dl", "", "") else {
        return;
    };
    let kind = case.deadline.kind.as_deref().and_then(CaseKind::parse);
    let now = js_sys::Date::new_0();
    let printed = format!(
        "{} {}:{:02}",
        dom::today(),
        now.get_hours(),
        now.get_minutes()
    );
    let hd = &case.handlers;
    let or = |v: &Option<String>| v.clone().unwrap_or_default();
    for (k, v) in [
        (state::tr("申请人", "Applicant"), dom::field("m0-name")),
        (state::tr("受理日期", "Accepted"), dom::field("accepted")),
        (
            state::tr("事项", "Matter"),
            kind.map_or("", kind_word).to_owned(),
        ),
        (state::tr("受理", "Accepted by"), or(&hd.acceptance)),
        (state::tr("初审", "First review"), or(&hd.first_review)),
        (state::tr("审核确认", "Confirmed by"), or(&hd.confirmation)),
        (state::tr("打印时间", "Printed"), printed),
    ] {
        dom::add(&dl, "dt", "", k);
        dom::add(&dl, "dd", "", &v);
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
    let word = if zh { c.status.zh() } else { c.status.en() };
    dom::add(
        &tr,
        "td",
        &format!("st-{status}"),
        &format!("{} {word}", c.status.mark()),
    );
    dom::add(&tr, "td", "", if zh { &c.zh } else { &c.en });
    dom::add(&tr, "td", "", c.citation.id);
}
