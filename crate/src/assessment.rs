//! The assessment: what the engine answers about one situation.
//!
//! # JSON shape
//! ```json
//! {
//!   "rules_version": "2026.11-1", "param_set": "xx-district-example-2026-11",
//!   "as_of": "2026-11-29", "accepted_on": "2026-11-30",
//!   "in_force": {"in_force": true, "since": "2022-07-01", "not_applicable": []},
//!   "per_capita_income": "1250.00",
//!   "params": [{"id": "dibao_standard", "unit": "yuan_per_person_month", "value": "1160.00",
//!               "effective": "2022-07-01", "source": "...", "verification": "Recalled",
//!               "example": true, "overridden": false}],
//!   "warnings": [{"code": "pre_check_not_decision", "args": {}, "citation": null}],
//!   "paths": [{"id": "dibao", "level": "ineligible", "citation": {"id": "§一", "verification": "Plan"},
//!              "conditions": [{"id": "income_below_standard", "status": "not_met",
//!                              "facts": {"per_capita_income": "1250.00", "standard": "1160.00"},
//!                              "reason": {"code": "not_below_standard", "args": {"gap": "90.00", ...}},
//!                              "citation": {...}}],
//!              "pending": [], "details": {}, "notes": [{"code": "...", "args": {}}]}],
//!   "documents": {"bring": [{"id": "id_card", "paths": ["dibao"], "basis": {...}, "reason": null, "assumption": false}],
//!                 "not_required": [{"id": "income_proof", "paths": ["dibao"], "basis": {"id": "§九", ...},
//!                                   "reason": {"code": "queryable", "args": {}}, "assumption": true}]},
//!   "timeline": [{"id": "decision_limit", "paths": ["dibao"], "date": "2026-12-28", "from": null, "to": null,
//!                 "duration": {"amount": 20, "unit": "working_days"}, "actor": "street",
//!                 "citation": {...}, "estimated": false, "holidays_crossed": [], "in_force": true,
//!                 "args": {"days": "20"}}],
//!   "linked": [{"department": "education", "reasons": [{"code": "...", "args": {}}],
//!               "report_back_working_days": 1, "citation": {"id": "§五", ...}}],
//!   "urgent": {"code": "emergency_help_first", "args": {"cap": "5000.00", "hours": "24", "paperwork_days": "7"}}
//! }
//! ```
//! Money and multiples are decimal strings; dates are `YYYY-MM-DD`; enums are snake_case.
//! Codes are turned into words by [`crate::messages`] only.
//!
//! Income is counted per path, under each path's own rule (`paths[].income`: every line,
//! counted or not, with the rule that excludes it). The tests compare exact amounts: household
//! counted income against standard × members (低保), and against multiple × standard × members
//! (低边). Per-capita income (counted income / members) is rounded to the fen, half up
//! (`MidpointAwayFromZero`), only where it is shown: two members with 2319.99 against a
//! standard of 1160.00 are 低保 (2319.99 < 2320.00), though the per-capita shown is 1160.00.
//! `per_capita_income` is the 低保 count; it is absent while an income, or whether a line
//! counts, is not known.

use crate::citation::Citation;
use crate::params::ParamUsed;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// Arguments of a reason or facts of a condition: name → text (decimal strings, dates, ids).
pub use crate::input::Args;

/// An assistance path.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PathId {
    /// 特困供养 (§二).
    Tekun,
    /// 低保 (§一).
    Dibao,
    /// 低边 (§一).
    Dibian,
    /// 单人户 (57号 第八条).
    Danrenhu,
    /// 急难型临时救助 (§三).
    LinshiJinan,
    /// 支出型临时救助 (§三).
    LinshiZhichu,
    /// 一事一议 (§四).
    Yishiyiyi,
    /// 学生资助 (§六).
    Students,
}

/// How well the facts fit a path.
impl PathId {
    /// The id as in the JSON output (`"linshi_jinan"`), without going through serde.
    pub fn as_str(self) -> &'static str {
        match self {
            PathId::Tekun => "tekun",
            PathId::Dibao => "dibao",
            PathId::Dibian => "dibian",
            PathId::Danrenhu => "danrenhu",
            PathId::LinshiJinan => "linshi_jinan",
            PathId::LinshiZhichu => "linshi_zhichu",
            PathId::Yishiyiyi => "yishiyiyi",
            PathId::Students => "students",
        }
    }
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 符合: every condition met on the facts given.
    Eligible,
    /// 可能符合: nothing fails, something is not yet known (see `pending`).
    Possible,
    /// 不符合: a condition is not met.
    Ineligible,
}

/// Outcome of one condition.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum CondStatus {
    /// Met.
    Met,
    /// Not met.
    NotMet,
    /// Not known from the facts given.
    Unknown,
}

/// A structured reason: a code and its arguments; words come from [`crate::messages`].
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// Reason code.
    pub code: &'static str,
    /// Arguments.
    pub args: Args,
}

impl Reason {
    /// A reason with arguments.
    pub fn new(code: &'static str, args: &[(&'static str, String)]) -> Self {
        Reason {
            code,
            args: args.iter().cloned().collect(),
        }
    }
    /// A reason without arguments.
    pub fn bare(code: &'static str) -> Self {
        Reason {
            code,
            args: Args::new(),
        }
    }
}

/// One condition of a path.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// Condition id.
    pub id: &'static str,
    /// Met / not met / unknown.
    pub status: CondStatus,
    /// The facts it used.
    pub facts: Args,
    /// Why.
    pub reason: Reason,
    /// Where the rule comes from.
    pub citation: Citation,
}

/// One assistance path with its conditions.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// Which path.
    pub id: PathId,
    /// Outcome.
    pub level: Level,
    /// Every condition.
    pub conditions: Vec<Condition>,
    /// Ids of the conditions still unknown (what a `possible` depends on).
    pub pending: Vec<&'static str>,
    /// The clause of the plan behind the path.
    pub citation: Citation,
    /// Extra facts: self-care tier, support mode, distance to a threshold, caps.
    pub details: Args,
    /// How the path is carried out (e.g. 小金额先行救助), with citations in the messages.
    pub notes: Vec<Reason>,
    /// The income lines this path's test looked at, each counted or not under the path's own
    /// rule (低保/低边: 民发〔2021〕57号; 特困: 民发〔2021〕43号); absent for paths without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income: Option<IncomeCount>,
}

/// Whether a path counts an income line.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LineStatus {
    /// Counted as income.
    Counted,
    /// Not counted, by `rule`.
    NotCounted,
    /// Not known: the exclusion rests on a local parameter that has no value on the
    /// acceptance date (`param`).
    Unknown,
}

/// One income line as a path counts it.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct IncomeLine {
    /// The member (`household[i]`).
    pub member: String,
    /// Kind of income.
    pub kind: crate::situation::IncomeKind,
    /// 元 per month.
    pub amount: Decimal,
    /// Counted, not counted or unknown.
    pub status: LineStatus,
    /// The rule that excludes the line (or would, for an unknown one); `None` when counted.
    pub rule: Option<Citation>,
    /// The local parameter the line's status rests on, if any.
    pub param: Option<&'static str>,
}

/// The income lines of one path's test with their sums (exact, not rounded).
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct IncomeCount {
    /// Every line, in household order.
    pub lines: Vec<IncomeLine>,
    /// Sum of the counted lines.
    pub counted: Decimal,
    /// Sum of the lines not counted.
    pub not_counted: Decimal,
    /// Sum of the lines whose status is unknown.
    pub unknown: Decimal,
}

impl Path {
    /// Builds a path; the level follows from the conditions: any not met → ineligible, any
    /// unknown → possible, else eligible.
    pub fn new(id: PathId, citation: Citation, conditions: Vec<Condition>) -> Self {
        let level = if conditions.iter().any(|c| c.status == CondStatus::NotMet) {
            Level::Ineligible
        } else if conditions.iter().any(|c| c.status == CondStatus::Unknown) {
            Level::Possible
        } else {
            Level::Eligible
        };
        let pending = conditions
            .iter()
            .filter(|c| c.status == CondStatus::Unknown)
            .map(|c| c.id)
            .collect();
        Path {
            id,
            level,
            conditions,
            pending,
            citation,
            details: Args::new(),
            notes: Vec::new(),
            income: None,
        }
    }
    /// Whether the path is eligible or possible.
    pub fn open(&self) -> bool {
        self.level != Level::Ineligible
    }
}

/// A warning shown with the result.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Warning code.
    pub code: &'static str,
    /// Arguments.
    pub args: Args,
    /// Citation, where one applies.
    pub citation: Option<Citation>,
}

/// A document entry, in the *bring* or the *not required* list.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct DocEntry {
    /// Catalogue id (names via [`crate::messages::document_name`]).
    pub id: &'static str,
    /// Paths it is about.
    pub paths: Vec<PathId>,
    /// The rule deciding the entry.
    pub basis: Citation,
    /// Why it is not required (`None` in *bring*).
    pub reason: Option<Reason>,
    /// True when the decision rests on the catalogue's assumption about the district's system.
    pub assumption: bool,
}

/// The two document lists.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Documents {
    /// Documents to bring.
    pub bring: Vec<DocEntry>,
    /// Documents no longer required.
    pub not_required: Vec<DocEntry>,
}

/// Unit of a duration.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 工作日.
    WorkingDays,
    /// Calendar days.
    Days,
    /// Hours.
    Hours,
    /// Times per year.
    PerYear,
}

/// A time limit as the plan states it.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    /// Amount.
    pub amount: u32,
    /// Unit.
    pub unit: Unit,
}

/// Who acts at a step.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The applicant.
    Applicant,
    /// The 街道（乡镇）.
    Street,
    /// The 村居（社区）.
    Community,
    /// 区民政局.
    CivilAffairsBureau,
    /// 区教育局.
    EducationBureau,
    /// 街道（乡镇）纪（工）委 and the 业务主管部门.
    DisciplineCommittee,
}

/// One step of the timeline.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Step id.
    pub id: &'static str,
    /// Paths it belongs to.
    pub paths: Vec<PathId>,
    /// A single date (deadline or event).
    pub date: Option<NaiveDate>,
    /// Start of a range.
    pub from: Option<NaiveDate>,
    /// End of a range.
    pub to: Option<NaiveDate>,
    /// The limit as the plan states it.
    pub duration: Option<Duration>,
    /// Who acts.
    pub actor: Actor,
    /// Where the limit comes from.
    pub citation: Citation,
    /// True when a date rests on a year without an official holiday schedule.
    pub estimated: bool,
    /// Holidays inside the counted span.
    pub holidays_crossed: Vec<&'static str>,
    /// False when the step comes from a clause not in force at the acceptance date.
    pub in_force: bool,
    /// The plan's numbers the step's words quote (`days`, `check_days`, `hours`, `day`…), set
    /// by the rule from its section's constants so that no sentence holds a number.
    pub args: Args,
}

impl Step {
    /// A step without dates yet.
    pub fn new(id: &'static str, paths: &[PathId], actor: Actor, citation: Citation) -> Self {
        Step {
            id,
            paths: paths.to_vec(),
            date: None,
            from: None,
            to: None,
            duration: None,
            actor,
            citation,
            estimated: false,
            holidays_crossed: Vec::new(),
            in_force: true,
            args: Args::new(),
        }
    }
    /// Adds a number the step's words quote.
    pub fn arg(mut self, key: &'static str, n: u32) -> Self {
        self.args.insert(key, n.to_string());
        self
    }
    /// Sets the single date from a reckoned count.
    pub fn on(mut self, r: &crate::calendar::Reckoned) -> Self {
        self.date = Some(r.date);
        self.estimated |= r.is_estimated();
        self.holidays_crossed = r.holidays_crossed.clone();
        self
    }
    /// Sets the limit as stated.
    pub fn limit(mut self, amount: u32, unit: Unit) -> Self {
        self.duration = Some(Duration { amount, unit });
        self
    }
    /// The earliest date the step shows.
    pub fn key(&self) -> Option<NaiveDate> {
        self.date.or(self.from).or(self.to)
    }
}

/// A linked department (§五).
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Department {
    /// 教育.
    Education,
    /// 人社.
    HumanResources,
    /// 住建.
    Housing,
    /// 应急.
    Emergency,
    /// 医疗 (医保).
    Medical,
    /// 残联.
    DisabledPersons,
    /// 供电.
    Power,
}

/// A department the case may involve.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    /// Department.
    pub department: Department,
    /// Why it may be involved.
    pub reasons: Vec<Reason>,
    /// It reports back within this many working days of finishing (§五).
    pub report_back_working_days: u32,
    /// §五.
    pub citation: Citation,
}

/// Whether the plan applies at the acceptance date (§施行).
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct InForce {
    /// The plan is in force at the acceptance date.
    pub in_force: bool,
    /// The date it took effect.
    pub since: NaiveDate,
    /// Clauses that would not apply.
    pub not_applicable: Vec<&'static str>,
}

/// The engine's answer.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Version of the rules.
    pub rules_version: &'static str,
    /// Identity of the parameter set.
    pub param_set: &'static str,
    /// Today, as given.
    pub as_of: NaiveDate,
    /// Acceptance date.
    pub accepted_on: NaiveDate,
    /// Whether the plan applies.
    pub in_force: InForce,
    /// Household per-capita monthly income as 低保 counts it (rounded to the fen, for display
    /// only), when every line and whether it counts are known.
    pub per_capita_income: Option<Decimal>,
    /// Parameter values used.
    pub params: Vec<ParamUsed>,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Every path.
    pub paths: Vec<Path>,
    /// Documents.
    pub documents: Documents,
    /// Timeline, ordered by date.
    pub timeline: Vec<Step>,
    /// Linked departments (§五).
    pub linked: Vec<Linked>,
    /// The help-first sentence of §四.emergency (`emergency_help_first`, cited by
    /// `plan::SI_EMERGENCY`), shown before everything else while an emergency path is open.
    pub urgent: Option<Reason>,
}

impl Assessment {
    /// The path `id`.
    pub fn path(&self, id: PathId) -> Option<&Path> {
        self.paths.iter().find(|p| p.id == id)
    }

    /// The scheme the 街道 looks at first, for the resident's "next step": emergency help
    /// before anything (§四.emergency, 先行救助), then 特困 before 低保 (the two are not received
    /// together, and 特困 is the fuller support, 民发〔2021〕43号), then 低保, then 低边 (where
    /// 低保 is not met), then the rest in the engine's order. Eligible before possible.
    pub fn lead(&self) -> Option<&Path> {
        const ORDER: [PathId; 8] = [
            PathId::LinshiJinan,
            PathId::Tekun,
            PathId::Dibao,
            PathId::Dibian,
            PathId::Danrenhu,
            PathId::LinshiZhichu,
            PathId::Yishiyiyi,
            PathId::Students,
        ];
        [Level::Eligible, Level::Possible].iter().find_map(|l| {
            ORDER
                .iter()
                .filter_map(|id| self.path(*id))
                .find(|p| p.level == *l)
        })
    }

    /// The key date of the lead path: the day help is due (emergency aid in place) or the
    /// decision is due (the first decision limit of its path), whichever the timeline holds.
    pub fn key_step(&self) -> Option<&Step> {
        let lead = self.lead()?.id;
        self.timeline.iter().find(|s| {
            s.paths.contains(&lead)
                && matches!(
                    s.id,
                    "emergency_aid_in_place"
                        | "decision_limit"
                        | "linshi_approval_limit"
                        | "yy_approval"
                        | "student_aid_start"
                )
        })
    }
}

/// Orders steps by date; a step without a date stays right after the step before it.
pub fn order_timeline(steps: Vec<Step>) -> Vec<Step> {
    // An insertion sort, stable by construction: a timeline has a dozen steps, and the
    // standard sorts would add kilobytes of code to the wasm for nothing.
    let mut last: Option<NaiveDate> = None;
    let mut keyed: Vec<(Option<NaiveDate>, Step)> = Vec::new();
    for s in steps {
        let k = s.key().or(last);
        last = k;
        let at = keyed
            .iter()
            .position(|(other, _)| *other > k)
            .unwrap_or(keyed.len());
        keyed.insert(at, (k, s));
    }
    keyed.into_iter().map(|(_, s)| s).collect()
}
