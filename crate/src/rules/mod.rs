//! The rules, one module per section of the plan. Each rule is a plain function over typed
//! facts that returns conditions with citations; no rule language, no interpreter.
//!
//! Not modelled: §十 (完善社会救助工作机制) sets institutional duties (the leading group meets
//! once a year, windows are staffed, each 村居 names a helper); nothing in it depends on a
//! household's facts, so no rule here implements it. §序 only names the sources.
//! The clerical requirements of §一/§二/§三 (受理、初审、审核确认经办人员不能为同一人, the monthly
//! 随机抽查) are procedural checks for the counter and belong to `clerk`, not to a household's
//! assessment; their numbers are still declared here, in the module of their section.
//!
//! One home per clause: every number the plan states is a `pub const` in the module of the
//! section that states it, with the sentence quoted in its doc comment; `clerk` and the words
//! in `messages` take it from there. Procedure that several sections share (the decision clock,
//! "次月") is in [`procedure`] and takes the numbers as arguments.

pub mod dibao;
pub mod documents;
pub mod funds;
pub mod gongyang;
pub mod in_force;
pub mod income;
pub mod linked;
pub mod linshi;
pub mod procedure;
pub mod students;
pub mod tekun;
pub mod warnings;
pub mod yishiyiyi;

use crate::assessment::{Args, CondStatus, Condition, Reason};
use crate::citation::Citation;
use rust_decimal::{Decimal, RoundingStrategy};

/// A condition as a section declares it, once, next to its rule: the id the output carries
/// and its words. The citation is given where the rule builds the condition, since a condition
/// shared by two sections (`cannot_resolve_alone`, `property_within_limits`) cites each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConditionDef {
    /// The id in the output (`Condition::id`).
    pub id: &'static str,
    /// Its name in Chinese.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// The step of the resident's questions (`questions::STEPS`) that asks the facts it rests
    /// on: where the result sends the resident when the condition is still unknown.
    pub asked_on: &'static str,
}

/// Declares a section's conditions, one line each: `NAME = ("id", "中文", "English") on "step";`,
/// where `step` is the question step that asks its facts. Each
/// becomes a `pub const NAME: ConditionDef`, and the section's `CONDITIONS` lists them all, for
/// the lookup in `messages`.
macro_rules! conditions {
    ($($name:ident = ($id:literal, $zh:literal, $en:literal) on $step:literal;)+) => {
        $(
            #[doc = concat!("Condition `", $id, "`: ", $zh, " (", $en, "), asked on step `", $step, "`.")]
            pub const $name: $crate::rules::ConditionDef =
                $crate::rules::ConditionDef { id: $id, zh: $zh, en: $en, asked_on: $step };
        )+
        /// Every condition of this section, for `messages`.
        pub const CONDITIONS: &[$crate::rules::ConditionDef] = &[$($name),+];
    };
}
pub(crate) use conditions;

/// Declares the words of the reasons a section alone returns, one line each:
/// `code = ("中文 {arg}", "English {arg}");`. Arguments in braces are filled by `messages`.
/// Reasons that several sections share stay in `messages` as shared phrases.
macro_rules! reasons {
    ($($code:ident = ($zh:literal, $en:literal);)+) => {
        /// The words of the reasons this section returns: (code, zh, en).
        pub static REASONS: &[(&str, &str, &str)] = &[$((stringify!($code), $zh, $en)),+];
    };
}
pub(crate) use reasons;

/// Every section's conditions, for the lookup in `messages`. A static table of tables: nothing
/// is built per call.
pub const CONDITIONS: &[&[ConditionDef]] = &[
    dibao::CONDITIONS,
    tekun::CONDITIONS,
    linshi::CONDITIONS,
    yishiyiyi::CONDITIONS,
    students::CONDITIONS,
];

/// The step that asks the facts condition `id` rests on (its declaration's `on`), for the
/// result's "go back and answer" link.
pub fn condition_step(id: &str) -> Option<&'static str> {
    condition_def(id).map(|c| c.asked_on)
}

/// Every section's own reasons, for the lookup in `messages`.
pub static REASONS: &[&[(&str, &str, &str)]] = &[
    dibao::REASONS,
    tekun::REASONS,
    gongyang::REASONS,
    linshi::REASONS,
    yishiyiyi::REASONS,
    students::REASONS,
    documents::REASONS,
    linked::REASONS,
];

/// The definition of condition `id`.
pub fn condition_def(id: &str) -> Option<&'static ConditionDef> {
    CONDITIONS
        .iter()
        .flat_map(|c| c.iter())
        .find(|c| c.id == id)
}

/// Builds a condition.
pub(crate) fn cond(
    def: &ConditionDef,
    status: CondStatus,
    facts: &[(&'static str, String)],
    reason: Reason,
    citation: Citation,
) -> Condition {
    Condition {
        id: def.id,
        status,
        facts: facts.iter().cloned().collect::<Args>(),
        reason,
        citation,
    }
}

/// A condition whose reason has no arguments and which shows no facts.
pub(crate) fn bare_cond(
    def: &ConditionDef,
    status: CondStatus,
    code: &'static str,
    citation: Citation,
) -> Condition {
    cond(def, status, &[], Reason::bare(code), citation)
}

/// A condition whose reason quotes its facts: `args` are both.
pub(crate) fn quoting_cond(
    def: &ConditionDef,
    status: CondStatus,
    code: &'static str,
    args: &[(&'static str, String)],
    citation: Citation,
) -> Condition {
    cond(def, status, args, Reason::new(code, args), citation)
}

/// Money as shown everywhere: two decimals, half up (`MidpointAwayFromZero`).
pub(crate) fn fen(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// Money as text, two decimals.
pub(crate) fn money(d: Decimal) -> String {
    crate::input::decimal_text(fen(d))
}

/// The timeline of every open path, ordered by date. Steps that come from the plan are marked
/// `in_force: false` when the plan did not apply at the acceptance date.
pub fn timeline(
    s: &crate::situation::Situation,
    p: &crate::params::Resolved,
    paths: &[crate::assessment::Path],
    inf: &crate::assessment::InForce,
) -> Vec<crate::assessment::Step> {
    use crate::assessment::{order_timeline, Actor, PathId, Step};
    use crate::citation::{law, plan, Verification};
    let open = |ids: &[PathId]| -> Vec<PathId> {
        ids.iter()
            .copied()
            .filter(|id| paths.iter().any(|x| x.id == *id && x.open()))
            .collect()
    };
    let mut steps = Vec::new();
    let mut accepted = Step::new(
        "accepted",
        &open(&[
            PathId::Tekun,
            PathId::Dibao,
            PathId::Dibian,
            PathId::Danrenhu,
            PathId::LinshiJinan,
            PathId::LinshiZhichu,
        ]),
        Actor::Street,
        law::CIVIL_CODE_201,
    );
    accepted.date = Some(s.accepted_on);
    if !accepted.paths.is_empty() {
        steps.push(accepted);
    }
    let yi = open(&[PathId::Dibao, PathId::Dibian, PathId::Danrenhu]);
    steps.extend(procedure::decision_steps(
        s,
        &yi,
        &dibao::DECISION_LIMITS,
        plan::YI,
    ));
    let er = open(&[PathId::Tekun]);
    steps.extend(procedure::decision_steps(
        s,
        &er,
        &tekun::DECISION_LIMITS,
        plan::ER,
    ));
    let latest = procedure::latest_decision(s, &[dibao::DECISION_LIMITS, tekun::DECISION_LIMITS]);
    if !er.is_empty() {
        steps.push(tekun::home_visit(s, &latest));
    }
    if let Some(step) = funds::first_monthly_payment(
        &open(&[PathId::Tekun, PathId::Dibao, PathId::Danrenhu]),
        &latest,
    ) {
        steps.push(step);
    }
    let ls = open(&[PathId::LinshiJinan, PathId::LinshiZhichu]);
    steps.extend(linshi::steps(s, &ls));
    if let Some(step) = funds::linshi_payment(&ls, &linshi::approval_limit(s)) {
        steps.push(step);
    }
    let mut yy = yishiyiyi::steps(s, !open(&[PathId::Yishiyiyi]).is_empty());
    // One acceptance, shown once: §四.1's 申请受理 is the same event as the acceptance the
    // other paths count from, on the same day; it joins that step (issue 12: the timeline
    // showed 受理申请 and 申请受理 side by side).
    if let Some(acc) = steps.iter_mut().find(|st| st.id == "accepted") {
        if let Some(i) = yy
            .iter()
            .position(|st| st.id == "yy_accept" && st.date == acc.date)
        {
            yy.remove(i);
            acc.paths.push(PathId::Yishiyiyi);
        }
    }
    steps.extend(yy);
    steps.extend(students::steps(s, p));
    if !inf.in_force {
        for st in &mut steps {
            if st.citation.verification == Verification::Plan {
                st.in_force = false;
            }
        }
    }
    order_timeline(steps)
}
