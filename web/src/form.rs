//! The form as data: household member cards, the answers map (what "save" stores), and the
//! `RawSituation` the engine reads. Every value goes to the engine exactly as typed; the engine
//! validates it, and each engine error is mapped back to the control it came from. Which
//! control fills which engine path is the question table's (`jiuzhu::questions`), not this file's.

use crate::dom;
use crate::state;
use jiuzhu::answers::{self, Origin};
use jiuzhu::messages::Lang;
use jiuzhu::questions::{self, Control, Question, Reveal, Words, QUESTIONS};
use jiuzhu::situation::Loose;
use jiuzhu::small_map::SmallMap;
use jiuzhu::RawSituation;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The ids of the member cards, in household order.
pub fn member_ids() -> Vec<u32> {
    dom::all(None, "#members .member")
        .iter()
        .filter_map(|m| m.get_attribute("data-member")?.parse().ok())
        .collect()
}

thread_local! {
    /// The first member's card as the page was written (`keep_pattern`), before any answer or
    /// language touched it: the pattern of every card added.
    static PATTERN: std::cell::RefCell<Option<Element>> = const { std::cell::RefCell::new(None) };
}

/// At start, before anything is restored or translated: keeps a copy of the first member's card
/// as the page wrote it (`page.rs`), with every control emptied in case the browser put back
/// a value it remembered.
pub fn keep_pattern() {
    let Some(card) = dom::all(None, "#members .member").into_iter().next() else {
        return;
    };
    let Some(copy) = card
        .clone_node_with_deep(true)
        .ok()
        .and_then(|c| c.dyn_into::<Element>().ok())
    else {
        return;
    };
    for el in dom::all(Some(&copy), "input, select") {
        match el.dyn_ref::<web_sys::HtmlSelectElement>() {
            // A select's first option is its default (page.rs marks none as selected).
            Some(select) => select.set_selected_index(0),
            None => dom::set_value(&el, ""),
        }
    }
    PATTERN.with(|p| *p.borrow_mut() = Some(copy));
}

/// Adds a member card copied from the first member's card as the page was written, with fresh
/// ids, and returns it.
pub fn add_member() -> Option<Element> {
    let card = PATTERN.with(|p| {
        p.borrow()
            .as_ref()?
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into::<Element>()
            .ok()
    })?;
    let n = state::with(|s| {
        s.next_member += 1;
        s.next_member - 1
    });
    let id = n.to_string();
    for el in dom::all(Some(&card), "[id],[for],[data-field],[aria-describedby]") {
        for a in ["id", "for", "data-field", "aria-describedby"] {
            if let Some(v) = el.get_attribute(a) {
                let _ = el.set_attribute(a, &dom::swap(&v, "m0-", &format!("m{id}-")));
            }
        }
    }
    let _ = card.set_attribute("data-member", &id);
    // The pattern is written in Chinese; a card added in English mode speaks English.
    if state::lang() != Lang::Zh {
        crate::render::option_texts(Some(&card));
    }
    dom::by_id("members")?.append_child(&card).ok()?;
    number_members();
    // A new card shows only the questions its own answers call for.
    reveal();
    Some(card)
}

/// At start, with no answers to restore: the first member's card is already in the page
/// (`page.rs` writes it, so the start makes none); a card is made only if it is not there.
pub fn first_member() {
    let ids = member_ids();
    match ids.iter().max() {
        Some(&last) => state::with(|s| s.next_member = last + 1),
        None => {
            add_member();
        }
    }
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

thread_local! {
    /// Answers opened from a file or handed over whose controls this page does not have (the
    /// counter's fields, on the resident page): kept as they came, so that saving again or
    /// switching to the counter page loses none of them.
    static ELSEWHERE: std::cell::RefCell<SmallMap<String, String>> =
        std::cell::RefCell::new(SmallMap::new());
}

/// Every control that holds an answer: the questions, the counter's fields, the local figures.
fn answer_controls() -> Vec<Element> {
    dom::all(None, "#form [data-field], #clerk [data-ck], .param-input")
}

/// The key an answer is saved under: the control's id, or a radio group's name; and whether
/// the control is a radio button.
fn answer_key(el: &Element) -> (String, bool) {
    if el.get_attribute("type").as_deref() == Some("radio") {
        (el.get_attribute("name").unwrap_or_default(), true)
    } else {
        (el.id(), false)
    }
}

/// A member control's key with the card's id (`m7-age`) as the member's position (`m1-age`):
/// cards keep their ids when one before them is removed, and [`restore`] makes cards `0…n-1`,
/// so that answers saved by position come back to the same member.
fn by_position(key: String, ids: &[u32]) -> String {
    let Some((head, rest)) = key.split_once('-') else {
        return key;
    };
    let id = head.strip_prefix('m').and_then(|n| n.parse::<u32>().ok());
    match id.and_then(|id| ids.iter().position(|&c| c == id)) {
        Some(pos) => answers::key(Some(pos), rest),
        None => key,
    }
}

/// Every answer as typed, keyed by control id (radio groups by name; a member's by position,
/// [`by_position`]): what "save" stores, with the answers kept for controls this page does not
/// have.
pub fn answers() -> SmallMap<String, String> {
    let mut out = SmallMap::new();
    let ids = member_ids();
    for el in answer_controls() {
        let (name, is_radio) = answer_key(&el);
        if name.is_empty() {
            continue;
        }
        let v = if is_radio {
            dom::radio(&name)
        } else {
            dom::value_of(&el)
        };
        if !v.is_empty() && v != "false" {
            out.insert(by_position(name, &ids), v);
        }
    }
    ELSEWHERE.with(|kept| {
        for (k, v) in kept.borrow().iter() {
            out.insert(k.clone(), v.clone());
        }
    });
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
    let mut seen = SmallMap::new();
    for el in answer_controls() {
        let (key, _) = answer_key(&el);
        dom::set_value(&el, values.get(&key).map(String::as_str).unwrap_or(""));
        seen.insert(key, String::new());
    }
    ELSEWHERE.with(|kept| {
        let mut kept = kept.borrow_mut();
        *kept = SmallMap::new();
        for (k, v) in values.iter().filter(|(k, _)| !seen.contains_key(*k)) {
            kept.insert(k.clone(), v.clone());
        }
    });
    number_members();
    reveal();
}

/// Where an engine path came from: the control and the table row that asked it.
pub struct Source {
    /// Engine field path (with member and line indexes).
    pub path: String,
    /// Id of the control (or radio group).
    pub control: String,
    /// The field's words when the page has no label for its control (the clerk's fields); `None`:
    /// the control's label in the page, which `page.rs` wrote from the question table (so the
    /// wasm does not carry the table's labels a second time).
    pub label: Option<Words>,
    /// The member's position (0 = applicant), for member questions.
    pub member: Option<usize>,
    /// The step that asks it (the table's; empty for the clerk's fields).
    pub step: &'static str,
}

impl Source {
    /// The field's name in `lang`: the question's label, after "家庭成员 2 · " on a card.
    fn name(&self, lang: Lang) -> String {
        let label = match self.label {
            Some(w) => questions::pick(w, lang).to_string(),
            None => dom::label_text(&self.control, lang),
        };
        match self.member {
            Some(i) => format!(
                "{} {} · {label}",
                questions::pick(questions::MEMBER, lang),
                i + 1
            ),
            None => label,
        }
    }
}

/// A situation built from the form, with where each engine path came from.
pub struct Built {
    /// What the engine reads.
    pub raw: RawSituation,
    /// Engine field paths and their controls.
    pub sources: Vec<Source>,
}

impl Built {
    /// Where an engine error path points: exact match, else the nearest parent path.
    pub fn source_for(&self, path: &str) -> Option<&Source> {
        let mut p = path;
        loop {
            if let Some(s) = self.sources.iter().find(|s| s.path == p) {
                return Some(s);
            }
            let cut = p.rfind(['.', '['])?;
            p = p.get(..cut).unwrap_or("");
        }
    }
    /// The words naming the field an error path points at, in `lang`: the question's label,
    /// after "家庭成员 2 · " on a member card. From the table: the clerk's words, or the label
    /// `page.rs` wrote from the question table.
    pub fn label_for(&self, path: &str, lang: Lang) -> Option<String> {
        self.source_for(path).map(|s| s.name(lang))
    }
    /// The words naming the field of a control (a radio group by its name), as in errors.
    pub fn label_of_control(&self, control: &str, lang: Lang) -> Option<String> {
        let s = self.sources.iter().find(|s| s.control == control)?;
        Some(s.name(lang))
    }
    /// The control an engine error path points at.
    pub fn control_for(&self, path: &str) -> Option<&str> {
        self.source_for(path).map(|s| s.control.as_str())
    }

    /// Records that `path` came from `control`, and so did each parent path inside it (so that
    /// an error about `emergency` as a whole points at its first control). A member itself and
    /// the household are left to their own rule in [`build`].
    fn record(
        &mut self,
        path: String,
        control: &str,
        (label, step): (Option<Words>, &'static str),
        member: Option<usize>,
    ) {
        let mut p = path.as_str();
        while let Some(cut) = p.rfind(['.', '[']) {
            p = p.get(..cut).unwrap_or("");
            if p == "household" || (p.starts_with("household[") && p.ends_with(']')) {
                break;
            }
            if !self.sources.iter().any(|s| s.path == p) {
                self.sources.push(Source {
                    path: p.to_string(),
                    control: control.to_string(),
                    label,
                    member,
                    step,
                });
            }
        }
        self.sources.push(Source {
            path,
            control: control.to_string(),
            label,
            member,
            step,
        });
    }
}

/// The raw value of a control: a radio group's checked value (a question's radio group is
/// named by its control key), else the field's.
fn read(id: &str, control: &str) -> String {
    match questions::question(id).map(|q| q.control) {
        Some(Control::Radio) => dom::radio(control),
        _ => dom::field(control),
    }
}

/// Shows each question whose reveal rule holds and hides the others (the emergency details
/// appear once an emergency is named; on a member card, the kinds of a 多重残疾 once that kind
/// is chosen). A hidden question is not read either (`build`). The clerk view shows every
/// question at once.
pub fn reveal() {
    let clerk = state::clerk();
    let cards: Vec<String> = member_ids().iter().map(|id| format!("m{id}-")).collect();
    for q in QUESTIONS.iter().filter(|q| q.shown_when != Reveal::Always) {
        let prefixes: &[String] = if q.per_member() {
            &cards
        } else {
            &[String::new()]
        };
        for prefix in prefixes {
            let holder = dom::by_id(&format!("{prefix}{}", q.id))
                .and_then(|c| c.closest(".q").ok().flatten());
            if let Some(h) = holder {
                dom::show(&h, clerk || revealed(q, prefix));
            }
        }
    }
}

/// Whether a question is shown and read, given its reveal rule (`prefix` = the member card's
/// `m{n}-`, empty for the household's questions).
fn revealed(q: &Question, prefix: &str) -> bool {
    let Some(dep) = q.shown_when.depends_on() else {
        return true;
    };
    q.shown_when.holds(&read(dep, &format!("{prefix}{dep}")))
}

/// Reads the whole form into the engine's input: the engine's own walk of the question table
/// (`jiuzhu::answers::situation`) over the controls, each engine path recorded with the control
/// it came from. `today` is the browser's date; `clerk` adds the clerk fields that the engine
/// also reads.
pub fn build(today: &str, clerk: bool) -> Built {
    let ids = member_ids();
    let control = |member: Option<usize>, id: &str| match member {
        Some(i) => format!("m{}-{id}", ids.get(i).copied().unwrap_or_default()),
        None => id.to_string(),
    };
    let value = |member: Option<usize>, id: &str| read(id, &control(member, id));
    let mut b = Built {
        raw: RawSituation::default(),
        sources: Vec::new(),
    };
    let mut record = |path: String, member: Option<usize>, origin: Origin| {
        let (ctl, label, step) = match origin {
            Origin::Question(q) => (control(member, q.id), None, q.step),
            // The clerk module's own name for the field (the table's label is page only). The
            // guard is a constant `false` in the resident page's wasm (`state::clerk()`), which
            // so carries neither this arm nor the clerk module's words.
            Origin::Clerk(f) if state::clerk() => (
                f.id(),
                Some((
                    jiuzhu::clerk::messages::field_label_zh(f.path),
                    jiuzhu::clerk::messages::field_label_en(f.path),
                )),
                "",
            ),
            Origin::Clerk(_) => return,
        };
        b.record(path, &ctl, (label, step), member);
    };
    let mut raw = answers::situation(ids.len(), &value, &mut record);
    // Only the counter page has these fields.
    if clerk && state::clerk() {
        answers::counter_fields(&mut raw, &value, &mut record);
    }
    raw.as_of = Some(Loose::Str(today.to_string()));
    raw.applicant = Some(Loose::Int(0));
    b.raw = raw;
    // Errors about the household as a whole point at the first member's age.
    if let Some(age) = questions::question("age") {
        b.record(
            "household".into(),
            &control(Some(0), "age"),
            (None, age.step),
            None,
        );
    }
    b
}
