//! The form as data: household member cards, the answers map (what "save" stores), and the
//! `RawSituation` the engine reads. Every value goes to the engine exactly as typed; the engine
//! validates it, and each engine error is mapped back to the control it came from.

use crate::dom;
use crate::state;
use jiuzhu::situation::{
    Loose, RawDisability, RawEmergency, RawExpenditure, RawIncome, RawMember, RawSelfCare,
    RawStatus, RawSupporters,
};
use jiuzhu::small_map::SmallMap;
use jiuzhu::RawSituation;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

/// Income inputs of a member card: (suffix of the control id, engine income kind).
pub const INCOME_FIELDS: [(&str, &str); 6] = [
    ("inc-work", "wage"),
    ("inc-pension", "other_pension"),
    ("inc-support", "support_payment"),
    ("inc-other", "other"),
    ("inc-basic", "basic_pension"),
    ("inc-allow", "high_age_allowance"),
];

/// The six self-care indicators: (radio group name, engine field).
pub const SELF_CARE: [(&str, &str); 6] = [
    ("sc-eating", "eating"),
    ("sc-dressing", "dressing"),
    ("sc-bed", "bed"),
    ("sc-toilet", "toilet"),
    ("sc-walking", "walking"),
    ("sc-bathing", "bathing"),
];

/// The ids of the member cards, in household order.
pub fn member_ids() -> Vec<u32> {
    dom::all(None, "#members .member")
        .iter()
        .filter_map(|m| m.get_attribute("data-member")?.parse().ok())
        .collect()
}

/// Adds a member card from the template, with fresh ids, and returns it.
pub fn add_member() -> Option<Element> {
    let tpl = dom::by_id("member-tpl")?
        .dyn_into::<HtmlTemplateElement>()
        .ok()?;
    let frag = tpl.content().clone_node_with_deep(true).ok()?;
    let frag: web_sys::DocumentFragment = frag.dyn_into().ok()?;
    let card = frag.first_element_child()?;
    let n = state::with(|s| {
        s.next_member += 1;
        s.next_member - 1
    });
    let id = n.to_string();
    for el in dom::all(Some(&card), "[id],[for],[data-field],[aria-describedby]") {
        for a in ["id", "for", "data-field", "aria-describedby"] {
            if let Some(v) = el.get_attribute(a) {
                let _ = el.set_attribute(a, &v.replace("__", &id));
            }
        }
    }
    let _ = card.set_attribute("data-member", &id);
    dom::by_id("members")?.append_child(&card).ok()?;
    number_members();
    Some(card)
}

/// Removes a member card (never the last one: a household has at least one member).
pub fn remove_member(card: &Element) {
    if member_ids().len() > 1 {
        card.remove();
        number_members();
    }
}

/// Writes "1", "2"… and the member's name into each card heading.
pub fn number_members() {
    for (i, card) in dom::all(None, "#members .member").iter().enumerate() {
        if let Some(no) = dom::first(card, ".member-no") {
            no.set_text_content(Some(&(i + 1).to_string()));
        }
        let id = card.get_attribute("data-member").unwrap_or_default();
        let name = dom::field(&format!("m{id}-name"));
        if let Some(label) = dom::first(card, ".member-label") {
            let shown = if i == 0 && name.trim().is_empty() {
                state::tr("（申请人）", "(applicant)").to_string()
            } else if name.trim().is_empty() {
                String::new()
            } else {
                format!("· {}", name.trim())
            };
            label.set_text_content(Some(&shown));
        }
    }
}

/// Every answer as typed, keyed by control id (radio groups by name): what "save" stores.
pub fn answers() -> SmallMap<String, String> {
    let mut out = SmallMap::new();
    for el in dom::all(None, "#form [data-field], #clerk [data-ck], .param-input") {
        let is_radio = el.get_attribute("type").as_deref() == Some("radio");
        let key = if is_radio {
            el.get_attribute("name").unwrap_or_default()
        } else {
            el.id()
        };
        if key.is_empty() {
            continue;
        }
        if is_radio {
            let v = dom::radio(&key);
            if !v.is_empty() {
                out.insert(key, v);
            }
            continue;
        }
        let v = dom::value_of(&el);
        if !v.is_empty() && v != "false" {
            out.insert(key, v);
        }
    }
    out
}

/// Puts saved answers back: as many member cards as were saved, then every value.
pub fn restore(members: usize, values: &SmallMap<String, String>) {
    for card in dom::all(None, "#members .member") {
        card.remove();
    }
    state::with(|s| s.next_member = 0);
    for _ in 0..members.clamp(1, 50) {
        add_member();
    }
    for el in dom::all(None, "#form [data-field], #clerk [data-ck], .param-input") {
        let is_radio = el.get_attribute("type").as_deref() == Some("radio");
        let key = if is_radio {
            el.get_attribute("name").unwrap_or_default()
        } else {
            el.id()
        };
        dom::set_value(&el, values.get(&key).map(String::as_str).unwrap_or(""));
    }
    number_members();
}

/// A situation built from the form, with where each engine path came from.
pub struct Built {
    /// What the engine reads.
    pub raw: RawSituation,
    /// Engine field path → id of the control (or radio group) it came from.
    pub sources: Vec<(String, String)>,
}

impl Built {
    /// The control an engine error path points at: exact match, else the nearest parent path.
    pub fn control_for(&self, path: &str) -> Option<&str> {
        let mut p = path;
        loop {
            if let Some((_, id)) = self.sources.iter().find(|(k, _)| k == p) {
                return Some(id);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

struct Builder {
    sources: Vec<(String, String)>,
}

impl Builder {
    /// The text of a control, or `None` when empty; records where `path` came from.
    fn text(&mut self, path: String, id: &str) -> Option<Loose> {
        self.sources.push((path, id.to_string()));
        let v = dom::field(id);
        let v = v.trim();
        (!v.is_empty()).then(|| Loose::Str(v.to_string()))
    }
    /// A radio group's value, or `None` when unanswered.
    fn radio(&mut self, path: String, name: &str) -> Option<String> {
        self.sources.push((path, name.to_string()));
        let v = dom::radio(name);
        (!v.is_empty()).then_some(v)
    }
    /// A yes/no radio group as a boolean; "unknown" and unanswered are `None`.
    fn yes_no(&mut self, path: String, name: &str) -> Option<Loose> {
        match self.radio(path, name)?.as_str() {
            "yes" => Some(Loose::Bool(true)),
            "no" => Some(Loose::Bool(false)),
            _ => None,
        }
    }
}

/// Reads the whole form into the engine's input. `today` is the browser's date.
pub fn build(today: &str, clerk: bool) -> Built {
    let mut b = Builder {
        sources: Vec::new(),
    };
    let mut raw = RawSituation {
        as_of: Some(Loose::Str(today.to_string())),
        accepted_on: b.text("accepted_on".into(), "accepted"),
        channel: b.radio("channel".into(), "channel").map(Loose::Str),
        huji_in_district: b.yes_no("huji_in_district".into(), "huji"),
        applicant: Some(Loose::Int(0)),
        ..Default::default()
    };
    let mut household = Vec::new();
    for (i, id) in member_ids().into_iter().enumerate() {
        let p = |f: &str| format!("household[{i}].{f}");
        let c = |f: &str| format!("m{id}-{f}");
        let mut m = RawMember {
            name: b.text(p("name"), &c("name")),
            age: b.text(p("age"), &c("age")),
            birth_date: b.text(p("birth_date"), &c("birth")),
            study: b.text(p("study"), &c("study")),
            orphan: b.text(p("orphan"), &c("orphan")),
            ..Default::default()
        };
        b.sources.push((p("serious_illness"), c("ill")));
        m.serious_illness = Some(Loose::Bool(dom::field(&c("ill")) == "true"));
        let kind = b.text(p("disability.kind"), &c("dis-kind"));
        let grade = b.text(p("disability.grade"), &c("dis-grade"));
        if kind.is_some() || grade.is_some() {
            b.sources.push((p("disability"), c("dis-kind")));
            m.disability = Some(RawDisability {
                kind,
                grade,
                ..Default::default()
            });
        }
        let mut lines = Vec::new();
        for (suffix, kind) in INCOME_FIELDS {
            let amount = dom::field(&c(suffix));
            let amount = amount.trim();
            if amount.is_empty() {
                continue;
            }
            let at = format!("household[{i}].income[{}]", lines.len());
            b.sources.push((format!("{at}.amount"), c(suffix)));
            b.sources.push((at, c(suffix)));
            lines.push(RawIncome {
                kind: Some(Loose::Str(kind.into())),
                amount: Some(Loose::Str(amount.to_string())),
            });
        }
        // No income field filled at all means "not told yet", which the engine treats as
        // unknown; a 0 typed anywhere makes the list known.
        m.income = (!lines.is_empty()).then_some(lines);
        b.sources.push((p("income"), c("inc-work")));
        household.push(m);
    }
    // Errors about the household as a whole point at the first member's age.
    let first = member_ids().first().copied().unwrap_or(0);
    b.sources
        .push(("household".into(), format!("m{first}-age")));
    raw.household = Some(household);

    let mut sc = RawSelfCare::default();
    let mut any = false;
    for (name, field) in SELF_CARE {
        let v = b.yes_no(format!("self_care.{field}"), name);
        any |= v.is_some();
        match field {
            "eating" => sc.eating = v,
            "dressing" => sc.dressing = v,
            "bed" => sc.bed = v,
            "toilet" => sc.toilet = v,
            "walking" => sc.walking = v,
            _ => sc.bathing = v,
        }
    }
    raw.self_care = any.then_some(sc);
    raw.property_within_limits = b
        .radio("property_within_limits".into(), "property")
        .map(Loose::Str);
    let status = b
        .radio("supporters.status".into(), "supporters")
        .map(Loose::Str);
    let reason = b.text("supporters.reason".into(), "supporters-reason");
    if status.is_some() || reason.is_some() {
        raw.supporters = Some(RawSupporters { status, reason });
    }
    let kind = b.text("current_status.kind".into(), "st-kind");
    raw.current_status = Some(RawStatus {
        kind,
        recognised_on: b.text("current_status.recognised_on".into(), "st-since"),
        ended_on: b.text("current_status.ended_on".into(), "st-ended"),
    });
    if let Some(kind) = b.text("emergency.kind".into(), "em-kind") {
        raw.emergency = Some(RawEmergency {
            kind: Some(kind),
            occurred_on: b.text("emergency.occurred_on".into(), "em-date"),
            ongoing: b.yes_no("emergency.ongoing".into(), "em-ongoing"),
            ended_on: b.text("emergency.ended_on".into(), "em-ended"),
            critical: b.yes_no("emergency.critical".into(), "em-critical"),
        });
    }
    if let Some(kind) = b.text("expenditure.kind".into(), "ex-kind") {
        raw.expenditure = Some(RawExpenditure {
            kind: Some(kind),
            amount: b.text("expenditure.amount".into(), "ex-amount"),
            ongoing: None,
        });
    }
    // "Can the household deal with it alone?" — the engine asks the opposite question.
    raw.cannot_resolve_alone = b
        .yes_no("cannot_resolve_alone".into(), "alone")
        .map(|v| match v {
            Loose::Bool(can) => Loose::Bool(!can),
            other => other,
        });
    raw.policy_unclear = b.yes_no("policy_unclear".into(), "unclear");
    if clerk {
        let started_on = b.text("check.started_on".into(), "ck-deadline-check-start");
        let finished_on = b.text("check.finished_on".into(), "ck-deadline-check-end");
        if started_on.is_some() || finished_on.is_some() {
            raw.check = Some(jiuzhu::situation::RawCheck {
                days: None,
                started_on,
                finished_on,
            });
        }
    }
    let mut params = SmallMap::new();
    for el in dom::all(None, ".param-input") {
        let (Some(pid), v) = (el.get_attribute("data-param"), dom::value_of(&el)) else {
            continue;
        };
        b.sources.push((format!("params.{pid}"), el.id()));
        if !v.trim().is_empty() {
            params.insert(pid, Loose::Str(v.trim().to_string()));
        }
    }
    raw.params = (!params.is_empty()).then_some(params);
    Built {
        raw,
        sources: b.sources,
    }
}
