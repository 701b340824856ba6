//! Procedural checks for the counter (窗口人员): does a case keep to the plan's procedure?
//!
//! The resident's side of the engine asks "which help applies"; this module asks "was the
//! procedure followed": who handled which step, whether time limits were kept, whether the
//! 一事一议 meeting was properly composed, whether money went out on time. Each submodule is one
//! part of the plan, and each check names the clause it implements. The plan's numbers are not
//! defined here: each is a constant in the rule module of its section (`rules::dibao`,
//! `rules::tekun`, `rules::linshi`, `rules::yishiyiyi`, `rules::funds`), quoted there.
//!
//! | submodule | plan |
//! |---|---|
//! | [`duties`] | §一, §二: 受理、初审、审核确认经办人员不能为同一人 |
//! | [`deadline`] | §一, §二: the decision limit and its extension, judged by the decision date once decided; §三: the approval limit |
//! | [`linked`] | §五: the linked department's report back within 1 working day |
//! | [`meeting`] | §四.3 – §四.8: the 一事一议 procedure |
//! | [`emergency`] | §四.emergency: 先行救助 |
//! | [`funds`] | §八: payment times and the reserve |
//! | [`review`] | §四.review: 每年复核不少于…次 |
//! | [`sampling`] | §一, §二, §三: monthly random checks by 区民政局 |
//!
//! The entry points are [`check`] (what the clerk typed → a report that also lists every input
//! error, so the page never loses what was typed) and [`validate`] + [`evaluate`] (strict: typed
//! values only when the whole input is clean). Every check is also a pure public function that
//! the page or a test can call on typed values.
//!
//! Not modelled, because they leave nothing a clerk can enter and compare: §四.4 审核 and §四.5
//! 集体讨论研究 ("应及时召开", no time limit); the 不得出现"政策保""关系保"和"人情保" rule of
//! §四 (a matter of judgement); §四.7's 有异议的重新开展核查 branch (the check assumes the 公示
//! brought no objection — with one, the case goes back to 核查 and the dates start again);
//! §四.review's 复核率要达到100% (a district-wide ratio, not one case); and §八's 容错免责.

pub mod deadline;
pub mod duties;
pub mod emergency;
pub mod funds;
pub mod input;
pub mod linked;
pub mod meeting;
pub mod messages;
pub mod review;
pub mod sampling;

use crate::calendar::Reckoned;
use crate::citation::{law, Citation};
use serde::Serialize;

pub use crate::input::{fold_width, Args, ErrorCode, FieldError};
pub use deadline::{deadline_track, CaseKind, CheckPeriod, DeadlineTrack, Extension};
pub use duties::{normalize_name, separation_for_kind, separation_of_duties};
pub use input::{
    validate, ClerkCase, DeadlineInput, EmergencyAidInput, FundsInput, HandlersInput, LinkedInput,
    MeetingInput, RawClerkCase, RawDeadline, RawEmergencyAid, RawFunds, RawHandlers, RawLinked,
    RawMeeting, RawReview, RawSampling, ReviewInput, SamplingInput,
};
pub use messages::CheckReason;
pub use review::{add_months_clamped, review_schedule, ReviewSchedule};
pub use sampling::{minimum_sample, SampleCategory};

/// Outcome of one check: five states, so that a check the case does not use is never shown as a
/// failure, and one still being filled in is never shown as passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// 通过: the procedure was kept.
    Pass,
    /// 不通过: the procedure was not kept.
    Fail,
    /// 待填写: the case uses this check but some input it needs is missing; the reason lists it.
    Incomplete,
    /// 不适用: not part of this case (no field of its group was entered, or the category's clause
    /// does not require it).
    NotApplicable,
    /// 提示: nothing to judge yet, only what is due (a step not done whose limit has not passed, a
    /// date computed with nothing to compare it with).
    Advice,
}

impl CheckStatus {
    /// Every state, in the order the counter view lists them (worst first).
    pub const ALL: [CheckStatus; 5] = [
        CheckStatus::Fail,
        CheckStatus::Incomplete,
        CheckStatus::Advice,
        CheckStatus::Pass,
        CheckStatus::NotApplicable,
    ];

    /// The status as in the JSON output (`"not_applicable"`).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Pass => "pass",
            CheckStatus::Fail => "fail",
            CheckStatus::Incomplete => "incomplete",
            CheckStatus::NotApplicable => "not_applicable",
            CheckStatus::Advice => "advice",
        }
    }

    /// The state's word in Chinese (通过, 不通过, 待填写, 不适用, 提示).
    pub fn zh(self) -> &'static str {
        messages::status_zh(self)
    }

    /// The state's word in English.
    pub fn en(self) -> &'static str {
        messages::status_en(self)
    }

    /// The state's mark, the same in both languages and distinct per state, so the state reads
    /// without colour and in a black-and-white print.
    pub fn mark(self) -> &'static str {
        messages::status_mark(self)
    }
}

/// One check: what was checked, the outcome, why (as a code with arguments and as words in both
/// languages) and the clause it implements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    /// Stable identifier, e.g. `meeting.participants`.
    pub id: &'static str,
    /// The outcome.
    pub status: CheckStatus,
    /// Why, as a code.
    pub reason: CheckReason,
    /// The reason's arguments (dates ISO, amounts plain decimals, codes lower case).
    pub args: Args,
    /// The reason in Chinese.
    pub zh: String,
    /// The reason in English.
    pub en: String,
    /// The plan's clause the check implements.
    pub citation: Citation,
    /// Laws that decide how the check counts (working days, periods), if any.
    pub supporting: Vec<Citation>,
    /// The deadline the check measured against, with the years it had to estimate and the
    /// holidays it crossed, so the page can mark an estimated date.
    pub limit: Option<Reckoned>,
}

impl CheckResult {
    /// Builds a result and renders its words from the message tables.
    pub fn new(
        id: &'static str,
        status: CheckStatus,
        reason: CheckReason,
        args: Args,
        citation: Citation,
        supporting: &[Citation],
    ) -> Self {
        let zh = messages::reason_text_zh(reason, &args);
        let en = messages::reason_text_en(reason, &args);
        CheckResult {
            id,
            status,
            reason,
            args,
            zh,
            en,
            citation,
            supporting: supporting.to_vec(),
            limit: None,
        }
    }

    /// A 待填写 result naming the missing (or invalid) input fields by path.
    pub fn missing(id: &'static str, fields: &[&str], citation: Citation) -> Self {
        let mut args = Args::new();
        args.insert("fields", fields.join(","));
        CheckResult::new(
            id,
            CheckStatus::Incomplete,
            CheckReason::MissingInput,
            args,
            citation,
            &[],
        )
    }

    /// A result without arguments or supporting law.
    pub fn plain(
        id: &'static str,
        status: CheckStatus,
        reason: CheckReason,
        citation: Citation,
    ) -> Self {
        CheckResult::new(id, status, reason, Args::new(), citation, &[])
    }

    /// A 待填写 result naming, of `fields` (path, whether given), those not given.
    pub fn missing_of(id: &'static str, fields: &[(&str, bool)], citation: Citation) -> Self {
        let missing: Vec<&str> = fields.iter().filter(|f| !f.1).map(|f| f.0).collect();
        CheckResult::missing(id, &missing, citation)
    }

    /// A yes/no answer: 通过 on yes, 不通过 on no, 待填写 (naming `field`) while unanswered.
    pub fn answered(
        id: &'static str,
        answer: Option<bool>,
        field: &str,
        (yes, no): (CheckReason, CheckReason),
        citation: Citation,
    ) -> Self {
        match answer {
            Some(a) => {
                let (status, reason) = verdict(a, yes, no);
                CheckResult::plain(id, status, reason, citation)
            }
            None => CheckResult::missing(id, &[field], citation),
        }
    }

    /// A value against its bound: both named in the words, `verdict` the outcome.
    pub fn bounded(
        id: &'static str,
        value: (&'static str, String),
        bound: (&'static str, String),
        (status, reason): (CheckStatus, CheckReason),
        citation: Citation,
    ) -> Self {
        let mut args = Args::new();
        args.insert(value.0, value.1);
        args.insert(bound.0, bound.1);
        CheckResult::new(id, status, reason, args, citation, &[])
    }

    /// A 不适用 result: the case does not use this check (none of its group's fields entered).
    pub fn not_in_case(id: &'static str, citation: Citation) -> Self {
        CheckResult::plain(
            id,
            CheckStatus::NotApplicable,
            CheckReason::NotInCase,
            citation,
        )
    }

    /// Attaches the deadline the check measured against.
    pub fn with_limit(mut self, limit: Reckoned) -> Self {
        self.limit = Some(limit);
        self
    }
}

/// How many checks came out each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Checks passed.
    pub pass: usize,
    /// Checks failed.
    pub fail: usize,
    /// Checks still missing input (待填写).
    pub incomplete: usize,
    /// Checks the case does not use (不适用).
    pub not_applicable: usize,
    /// Checks with advice only (提示).
    pub advice: usize,
}

/// Everything the clerk view shows for a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClerkReport {
    /// One entry per check, in the order of the plan.
    pub checks: Vec<CheckResult>,
    /// The deadline tracker's dates, when the category and acceptance date are known.
    pub deadline: Option<DeadlineTrack>,
    /// The review due dates, when an approval date is known.
    pub reviews: Option<ReviewSchedule>,
    /// Every input problem, each at its field. Fields with a problem are treated as missing by
    /// the checks, so their checks come out 待填写 rather than wrong.
    pub errors: Vec<FieldError>,
    /// Counts of the checks by status.
    pub summary: Summary,
}

/// Runs every check on typed input.
///
/// A group the case does not use (nothing of it entered: the 一事一议 meeting, 先行救助, a
/// payment, the reserve, a review, sampling, §五) is 不适用; once one of its fields is entered its
/// checks say what else they need (待填写). The decision date (`deadline.decided`) judges a decided
/// case, and is the approval date the §八 payment checks count from when none is given there.
pub fn evaluate(case: &ClerkCase) -> ClerkReport {
    let today = case.today;
    let kind = case.deadline.kind;
    let decided = case.deadline.decided;
    let mut checks = Vec::new();

    checks.push(separation_for_kind(
        kind,
        case.handlers.acceptance.as_deref(),
        case.handlers.first_review.as_deref(),
        case.handlers.confirmation.as_deref(),
    ));

    let deadline = match (kind, case.deadline.accepted) {
        (Some(kind), Some(accepted)) => {
            let period = CheckPeriod {
                start: case.deadline.check_start,
                end: case.deadline.check_end,
            };
            let track = deadline_track(kind, accepted, period, decided, today);
            checks.push(track.check.clone());
            Some(track)
        }
        (kind, _) => {
            let citation = kind.map_or(crate::citation::plan::YI, CaseKind::citation);
            let given = [
                ("deadline.kind", kind.is_some()),
                ("deadline.accepted", case.deadline.accepted.is_some()),
            ];
            checks.push(CheckResult::missing_of("deadline", &given, citation));
            None
        }
    };

    let m = &case.meeting;
    // The acceptance date comes from the resident form for every case, so it alone does not make
    // a 一事一议 case.
    let meeting_used = m.held.is_some()
        || m.participants.is_some()
        || m.street_staff == Some(true)
        || m.committee_member == Some(true)
        || m.village_cadre == Some(true)
        || m.resident_rep == Some(true)
        || m.discipline_present == Some(true)
        || m.publicity_start.is_some()
        || m.approved.is_some()
        || m.filed.is_some();
    let meeting_checks = meeting::meeting_checks(m, today);
    checks.extend(unless_unused(meeting_used, meeting_checks));

    let e = &case.emergency;
    let emergency_used = e.amount.is_some()
        || e.occurred_at.is_some()
        || e.accepted_at.is_some()
        || e.aid_at.is_some()
        || e.reported_to_district == Some(true)
        || e.ended_on.is_some()
        || e.paperwork_done.is_some();
    let emergency_checks = emergency::emergency_checks(e, today);
    checks.extend(unless_unused(emergency_used, emergency_checks));

    checks.extend(funds::fund_checks(&case.funds, kind, decided, today));

    let l = &case.linked;
    checks.push(if l.done.is_some() || l.reported.is_some() {
        linked::report_back(l.done, l.reported, today)
    } else {
        CheckResult::not_in_case(linked::ID, crate::citation::plan::WU)
    });

    let approved = case.review.approved.or(case.meeting.approved);
    let reviews = match approved {
        Some(approved) => {
            let schedule = review_schedule(approved, case.review.last_review, today);
            checks.push(schedule.check.clone());
            Some(schedule)
        }
        None if case.review.last_review.is_some() => {
            checks.push(CheckResult::missing(
                review::ID,
                &["review.approved"],
                crate::citation::plan::SI_REVIEW,
            ));
            None
        }
        None => {
            checks.push(CheckResult::not_in_case(
                review::ID,
                crate::citation::plan::SI_REVIEW,
            ));
            None
        }
    };

    checks.extend(sampling::sampling_checks(&case.sampling));

    let summary = summarize(&checks);
    ClerkReport {
        checks,
        deadline,
        reviews,
        errors: Vec::new(),
        summary,
    }
}

/// The group's checks when the case uses it, else each of them 不适用. (A loop in place: an
/// iterator chain here costs the page's wasm more than the rest of this function.)
fn unless_unused(used: bool, mut checks: Vec<CheckResult>) -> Vec<CheckResult> {
    if !used {
        for c in &mut checks {
            *c = CheckResult::not_in_case(c.id, c.citation);
        }
    }
    checks
}

/// What the clerk typed → the full report, with every input error listed at its field.
///
/// Never fails: fields that cannot be read are reported in `errors` and treated as missing, so
/// the checks that need them say 待填写 and the rest still show. A group whose only entries
/// could not be read is 待填写 too, not 不适用: something was typed there.
pub fn check(raw: &RawClerkCase) -> ClerkReport {
    let (case, errors) = input::validate_lenient(raw);
    let mut report = evaluate(&case);
    for c in &mut report.checks {
        if c.reason != CheckReason::NotInCase {
            continue;
        }
        let group = c.id.split('.').next().unwrap_or(c.id);
        let typed = errors
            .iter()
            .find(|e| e.path.split('.').next() == Some(group));
        if let Some(e) = typed {
            *c = CheckResult::missing(c.id, &[e.path.as_str()], c.citation);
        }
    }
    report.summary = summarize(&report.checks);
    report.errors = errors;
    report
}

/// The 事项 the deadline tracker uses when the clerk has not picked one: the assessment's first
/// open path with a time limit of its own, in the plan's order (特困 before 低保 before 低边 before
/// 临时救助), so a case the assessment finds 特困 is timed by §二's limits.
pub fn kind_from_assessment(a: &crate::assessment::Assessment) -> Option<CaseKind> {
    use crate::assessment::PathId;
    let open = |id: PathId| a.paths.iter().any(|p| p.id == id && p.open());
    [
        (PathId::Tekun, CaseKind::Tekun),
        (PathId::Dibao, CaseKind::Dibao),
        (PathId::Danrenhu, CaseKind::Dibao),
        (PathId::Dibian, CaseKind::Dibian),
        (PathId::LinshiJinan, CaseKind::Linshi),
        (PathId::LinshiZhichu, CaseKind::Linshi),
    ]
    .into_iter()
    .find(|(p, _)| open(*p))
    .map(|(_, k)| k)
}

fn summarize(checks: &[CheckResult]) -> Summary {
    let mut s = Summary::default();
    for c in checks {
        match c.status {
            CheckStatus::Pass => s.pass += 1,
            CheckStatus::Fail => s.fail += 1,
            CheckStatus::Incomplete => s.incomplete += 1,
            CheckStatus::NotApplicable => s.not_applicable += 1,
            CheckStatus::Advice => s.advice += 1,
        }
    }
    s
}

/// Shared shape of "must be done by `limit`": done in time (通过), done late (不通过), not yet
/// done (提示 while the limit has not passed, 不通过 after it, judged against today), or only
/// the deadline (提示) when neither is known.
pub(crate) fn by_deadline(
    id: &'static str,
    limit: Reckoned,
    done: Option<chrono::NaiveDate>,
    today: Option<chrono::NaiveDate>,
    citation: Citation,
    supporting: &[Citation],
) -> CheckResult {
    let mut args = Args::new();
    args.insert("limit", limit.date.to_string());
    let (status, reason) = match (done, today) {
        (Some(done), _) => {
            args.insert("done", done.to_string());
            verdict(
                done <= limit.date,
                CheckReason::DoneInTime,
                CheckReason::DoneLate,
            )
        }
        (None, Some(today)) => {
            args.insert("today", today.to_string());
            if today <= limit.date {
                (CheckStatus::Advice, CheckReason::PendingInTime)
            } else {
                (CheckStatus::Fail, CheckReason::PendingOverdue)
            }
        }
        (None, None) => (CheckStatus::Advice, CheckReason::DeadlineOnly),
    };
    CheckResult::new(id, status, reason, args, citation, supporting).with_limit(limit)
}

/// 通过 with `pass` when `ok`, else 不通过 with `fail`: the two outcomes of a check against a bound.
pub(crate) fn verdict(
    ok: bool,
    pass: CheckReason,
    fail: CheckReason,
) -> (CheckStatus, CheckReason) {
    if ok {
        (CheckStatus::Pass, pass)
    } else {
        (CheckStatus::Fail, fail)
    }
}

/// A limit of `workdays` working days after the start date (`start`: its path and value),
/// judged by [`by_deadline`]; 待填写 without the start date. The start day does not count
/// (民法典 第二百零一条) and days off are skipped (行政许可法 第八十二条), so a step on the limit
/// itself is in time.
pub(crate) fn workdays_after(
    id: &'static str,
    start: (&str, Option<chrono::NaiveDate>),
    workdays: u32,
    (done, today): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>),
    citation: Citation,
) -> CheckResult {
    let Some(from) = start.1 else {
        return CheckResult::missing(id, &[start.0], citation);
    };
    let limit = crate::calendar::add_workdays(from, workdays);
    let basis = [law::ADMIN_LICENSING_82, law::CIVIL_CODE_201];
    by_deadline(id, limit, done, today, citation, &basis)
}
