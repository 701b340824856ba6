//! The page's answers ↔ the engine's input, both ways, from the question table.
//!
//! The page keeps what the user typed as *answers*: control id → text as typed, member
//! questions as `m{n}-{id}` for the member at position `n` (0 = the applicant), and how many
//! members there are. That is what "save" writes, what a reload restores, and what the counter
//! page receives. [`situation`] reads answers into a [`RawSituation`], question by question
//! from [`QUESTIONS`]: it is the page's form reading (`form::build` hands it the controls), so
//! the same walk serves the page and the hand-over code. [`answers`] is its inverse: the counter
//! page turns a scanned hand-over code (`crate::handoff`, which carries a `RawSituation`) back
//! into answers to show in its fields.
//!
//! Both are pure, so the round trip answers → situation → code → situation → answers is tested
//! natively (`tests/native/handoff.rs`).

use crate::input::{decimal_text, int_text, Joined};
use crate::questions::{self, ClerkField, Conv, Question, QUESTIONS};
use crate::situation::Loose;
use crate::small_map::SmallMap;
use crate::RawSituation;

/// Where a value [`situation`] read came from: the question of the resident's form, or the
/// counter's field, that fills the engine path it reports.
#[derive(Clone, Copy, Debug)]
pub enum Origin {
    /// A question of the table.
    Question(&'static Question),
    /// A counter field that the engine's situation also reads.
    Clerk(&'static ClerkField),
}

/// The answers key of a question: its id, or `m{n}-{id}` for the member at position `n`.
pub fn key(member: Option<usize>, id: &str) -> String {
    match member {
        Some(n) => ["m", &int_text(n as i64), "-", id].joined(""),
        None => id.to_string(),
    }
}

/// Reads answers into the engine's input, question by question from the table: each answer
/// goes to its row's engine path, converted by the row's [`Conv`]. A question whose reveal rule
/// does not hold is not read (a date of an emergency that was not named means nothing).
///
/// - `members`: how many members the household has (at least one is read);
/// - `value(member, id)`: the answer to the question `id` (of the member at that position, or
///   of the household), `""` when there is none;
/// - `record(path, member, origin)`: told each engine path read, in order, whether or not it had
///   a value (the page maps an engine error back to its control with it). A list row reports
///   the line's value path, then the line itself.
///
/// `as_of`, `applicant` and the counter's fields ([`counter_fields`]) are left for the caller.
pub fn situation(
    members: usize,
    value: &dyn Fn(Option<usize>, &str) -> String,
    record: &mut dyn FnMut(String, Option<usize>, Origin),
) -> RawSituation {
    let members = members.max(1);
    let mut raw = RawSituation {
        // Each member is there even with nothing answered: the engine counts the household.
        household: Some((0..members).map(|_| Default::default()).collect()),
        ..Default::default()
    };
    for i in 0..members {
        // Lines added so far to each list of this member (income lines, disability kinds).
        let mut lines: Vec<(&str, usize)> = Vec::new();
        for q in QUESTIONS.iter().filter(|q| q.per_member()) {
            let read = shown(q, Some(i), value)
                .then(|| questions::convert(q.conv, &value(Some(i), q.id)))
                .flatten();
            let index = ["[", &int_text(i as i64), "]"].joined("");
            match questions::list_row(q.path) {
                // One line per filled field: the engine numbers the lines.
                Some((list, leaf)) if read.is_some() => {
                    let n = match lines.iter_mut().find(|l| l.0 == list) {
                        Some(l) => {
                            l.1 += 1;
                            l.1 - 1
                        }
                        None => {
                            lines.push((list, 1));
                            0
                        }
                    };
                    let at = [
                        "household",
                        &index,
                        ".",
                        list,
                        "[",
                        &int_text(n as i64),
                        "]",
                    ]
                    .joined("");
                    record([&at, ".", leaf].joined(""), Some(i), Origin::Question(q));
                    record(at, Some(i), Origin::Question(q));
                }
                _ => record(member_path(q.path, &index), Some(i), Origin::Question(q)),
            }
            if let Some(v) = read {
                questions::set(&mut raw, q.path, i, v);
            }
        }
    }
    for q in QUESTIONS.iter().filter(|q| !q.per_member()) {
        let read = shown(q, None, value)
            .then(|| questions::convert(q.conv, &value(None, q.id)))
            .flatten();
        record(q.path.to_string(), None, Origin::Question(q));
        if let Some(v) = read {
            questions::set(&mut raw, q.path, 0, v);
        }
    }
    raw
}

/// A member row's path with its index: `household[].age` → `household[2].age`. Written out
/// rather than `str::replacen`, whose substring search the page's wasm would otherwise carry.
fn member_path(path: &str, index: &str) -> String {
    match path.strip_prefix("household[]") {
        Some(rest) => ["household", index, rest].joined(""),
        None => path.to_string(),
    }
}

/// Reads the counter's fields that the engine's situation also reads (the household economic
/// check's dates) into `raw`, as [`situation`] reads the questions. Separate, so that the
/// resident page's wasm, which has no counter field, does not carry it.
pub fn counter_fields(
    raw: &mut RawSituation,
    value: &dyn Fn(Option<usize>, &str) -> String,
    record: &mut dyn FnMut(String, Option<usize>, Origin),
) {
    for f in questions::clerk_fields() {
        let Some(path) = f.situation else { continue };
        record(path.to_string(), None, Origin::Clerk(f));
        if let Some(v) = questions::convert(Conv::Text, &value(None, &f.id())) {
            questions::set(raw, path, 0, v);
        }
    }
}

/// [`situation`] and [`counter_fields`] over answers held in a map (keyed as [`key`] writes
/// them): what the hand-over code is made from.
pub fn situation_of(members: usize, values: &SmallMap<String, String>) -> RawSituation {
    let value =
        |member: Option<usize>, id: &str| values.get(&key(member, id)).cloned().unwrap_or_default();
    let mut raw = situation(members, &value, &mut |_, _, _| {});
    counter_fields(&mut raw, &value, &mut |_, _, _| {});
    raw
}

/// Whether a question is shown, and so read, given its reveal rule and the answer it depends on.
fn shown(
    q: &Question,
    member: Option<usize>,
    value: &dyn Fn(Option<usize>, &str) -> String,
) -> bool {
    match q.shown_when.depends_on() {
        None => true,
        Some(dep) => q.shown_when.holds(&value(member, dep)),
    }
}

/// A situation as the page's answers: the inverse of [`situation`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// How many members (at least one).
    pub members: usize,
    /// Answers keyed as [`key`] writes them, and the counter's fields by their control id.
    pub values: SmallMap<String, String>,
    /// Engine paths that hold a value no question or field of the page asks for (a code made
    /// from a file by the command line, say): not shown, so the page can say they were left
    /// out. Empty for anything the page itself made.
    pub unplaced: Vec<String>,
}

/// The answers that give `raw` back through [`situation`]: for each question its value at the
/// row's engine path as the control holds it (`yes`/`no` for a yes/no question, `true` for a
/// ticked box), list rows from the line of their kind. `as_of` is not an answer (it is the
/// day the page ran), and neither is the first member as the applicant, which the page always
/// is; anything else with no question is listed in [`Answers::unplaced`].
pub fn answers(raw: &RawSituation) -> Answers {
    let mut rest = raw.clone();
    rest.as_of = None;
    if matches!(rest.applicant, Some(Loose::Int(0))) {
        rest.applicant = None;
    }
    let members = raw.household.as_ref().map_or(0, Vec::len).max(1);
    let mut out = Answers {
        members,
        ..Default::default()
    };
    let put = |key: String, v: Option<Loose>, conv: Conv, out: &mut Answers, path: &str| match v
        .map(|v| text(v, conv))
    {
        Some(Some(t)) if !t.is_empty() => {
            out.values.insert(key, t);
        }
        Some(None) => out.unplaced.push(path.to_string()),
        _ => {}
    };
    for i in 0..members {
        for q in QUESTIONS.iter().filter(|q| q.per_member()) {
            let at = member_path(q.path, &["[", &int_text(i as i64), "]"].joined(""));
            let value = match q.path.strip_prefix("household[].") {
                Some("income") => take_no_income(&mut rest, i),
                Some(field) => match questions::list_row(q.path) {
                    Some(_) => take_line(&mut rest, i, field),
                    None => questions::slot(&mut rest, q.path, i).and_then(Option::take),
                },
                None => None,
            };
            put(key(Some(i), q.id), value, q.conv, &mut out, &at);
        }
    }
    for q in QUESTIONS.iter().filter(|q| !q.per_member()) {
        let value = match q.path.strip_prefix("params.") {
            Some(id) => rest.params.as_mut().and_then(|p| p.remove(id)),
            None => questions::slot(&mut rest, q.path, 0).and_then(Option::take),
        };
        put(q.id.to_string(), value, q.conv, &mut out, q.path);
    }
    for f in questions::clerk_fields() {
        let Some(path) = f.situation else { continue };
        let value = questions::slot(&mut rest, path, 0).and_then(Option::take);
        put(f.id(), value, Conv::Text, &mut out, path);
    }
    out.unplaced.extend(left_over(&mut rest));
    out
}

/// The answer text of an engine value under the question's conversion; `None` for a value no
/// control can hold (a list, an object, a number where yes/no is asked).
fn text(v: Loose, conv: Conv) -> Option<String> {
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    Some(match (v, conv) {
        (Loose::Str(s), _) => s,
        (Loose::Bool(b), Conv::YesNo | Conv::Text) => yes_no(b),
        (Loose::Bool(b), Conv::NotYesNo) => yes_no(!b),
        // An unticked box is no answer: the page saves none.
        (Loose::Bool(b), Conv::Checkbox) => if b { "true" } else { "" }.to_string(),
        (Loose::Int(n), Conv::Text) => int_text(n),
        (Loose::Num(d), Conv::Text) => decimal_text(d),
        (Loose::Null, _) => String::new(),
        _ => return None,
    })
}

/// "This member has no income": ticked when the member's income list is there and empty.
fn take_no_income(raw: &mut RawSituation, member: usize) -> Option<Loose> {
    let m = raw.household.as_mut()?.get_mut(member)?;
    if m.income.as_ref().is_some_and(Vec::is_empty) {
        m.income = None;
        return Some(Loose::Bool(true));
    }
    None
}

/// The value of the first line of `field`'s kind (`income.wage`, `disability.components.limb`),
/// taken out of the list so that a second line of the same kind is left over.
fn take_line(raw: &mut RawSituation, member: usize, field: &str) -> Option<Loose> {
    let m = raw.household.as_mut()?.get_mut(member)?;
    let is_kind = |k: &Option<Loose>, kind: &str| matches!(k, Some(Loose::Str(s)) if s == kind);
    if let Some(kind) = field.strip_prefix("income.") {
        let lines = m.income.as_mut()?;
        let at = lines.iter().position(|l| is_kind(&l.kind, kind))?;
        let value = lines.remove(at).amount;
        if lines.is_empty() {
            m.income = None;
        }
        return value;
    }
    let kind = field.strip_prefix("disability.components.")?;
    let d = m.disability.as_mut()?;
    let parts = d.components.as_mut()?;
    let at = parts.iter().position(|p| is_kind(&p.kind, kind))?;
    let value = parts.remove(at).grade;
    if parts.is_empty() {
        d.components = None;
    }
    value
}

/// `None` for a part that holds nothing: [`answers`] takes values out through
/// [`questions::slot`], which makes the parts on its way.
fn prune<T: Default + PartialEq>(x: &mut Option<T>) {
    if x.as_ref().is_some_and(|v| *v == T::default()) {
        *x = None;
    }
}

/// The paths of whatever [`answers`] has not taken out of the situation.
fn left_over(raw: &mut RawSituation) -> Vec<String> {
    let mut out = Vec::new();
    for (i, m) in raw.household.iter_mut().flatten().enumerate() {
        prune(&mut m.status);
        prune(&mut m.self_care);
        prune(&mut m.disability);
        if *m != Default::default() {
            out.push(["household[", &int_text(i as i64), "]"].joined(""));
        }
    }
    prune(&mut raw.supporters);
    prune(&mut raw.current_status);
    prune(&mut raw.emergency);
    prune(&mut raw.expenditure);
    prune(&mut raw.check);
    prune(&mut raw.self_care);
    for (k, _) in raw.params.iter().flatten() {
        out.push(["params.", k].joined(""));
    }
    // Written out rather than walked generically: the engine has no reflection, and this keeps
    // every field of the raw struct in view.
    let top = [
        ("as_of", raw.as_of.is_some()),
        ("accepted_on", raw.accepted_on.is_some()),
        ("channel", raw.channel.is_some()),
        ("huji_in_district", raw.huji_in_district.is_some()),
        ("applicant", raw.applicant.is_some()),
        (
            "property_within_limits",
            raw.property_within_limits.is_some(),
        ),
        ("cannot_resolve_alone", raw.cannot_resolve_alone.is_some()),
        ("policy_unclear", raw.policy_unclear.is_some()),
        ("supporters", raw.supporters.is_some()),
        ("current_status", raw.current_status.is_some()),
        ("emergency", raw.emergency.is_some()),
        ("expenditure", raw.expenditure.is_some()),
        ("check", raw.check.is_some()),
        ("self_care", raw.self_care.is_some()),
    ];
    out.extend(top.iter().filter(|t| t.1).map(|t| t.0.to_string()));
    out
}
