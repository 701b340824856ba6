//! Procedural checks for the counter (窗口人员): does a case keep to the plan's procedure?
//!
//! The resident's side of the engine asks "which help applies"; this module asks "was the
//! procedure followed": who handled which step, whether time limits were kept, whether the
//! 一事一议 meeting was properly composed, whether money went out on time. Each submodule is one
//! part of the plan, and each check quotes the sentence it implements:
//!
//! | submodule | plan |
//! |---|---|
//! | [`duties`] | §一, §二: 受理、初审、审核确认经办人员不能为同一人 |
//! | [`deadline`] | §一, §二: 20 (at most 30) working days; §三: 15 working days |
//! | [`meeting`] | §四.3 – §四.8: the 一事一议 procedure |
//! | [`emergency`] | §四.emergency: 先行救助 |
//! | [`funds`] | §八: payment times and the reserve |
//! | [`review`] | §四.review: 每年复核不少于2次 |
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
pub mod meeting;
pub mod messages;
pub mod review;
pub mod sampling;

use crate::calendar::Reckoned;
use crate::citation::Citation;
use serde::Serialize;

pub use crate::input::{fold_width, Args, ErrorCode, FieldError};
pub use deadline::{deadline_track, CaseKind, CheckPeriod, DeadlineTrack, Extension};
pub use duties::{normalize_name, separation_for_kind, separation_of_duties};
pub use input::{
    validate, ClerkCase, DeadlineInput, EmergencyAidInput, FundsInput, HandlersInput, MeetingInput,
    RawClerkCase, RawDeadline, RawEmergencyAid, RawFunds, RawHandlers, RawMeeting, RawReview,
    RawSampling, ReviewInput, SamplingInput,
};
pub use messages::CheckReason;
pub use review::{add_months_clamped, review_schedule, ReviewSchedule};
pub use sampling::{minimum_sample, SampleCategory};

/// Outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// The procedure was kept (or, for a step not done yet, its deadline has not passed).
    Pass,
    /// The procedure was not kept.
    Fail,
    /// Not enough input to decide; the reason lists what is missing.
    NotApplicable,
}

impl CheckStatus {
    /// The status as in the JSON output (`"not_applicable"`).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Pass => "pass",
            CheckStatus::Fail => "fail",
            CheckStatus::NotApplicable => "not_applicable",
        }
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

    /// A not-applicable result naming the missing (or invalid) input fields by path.
    pub fn missing(id: &'static str, fields: &[&str], citation: Citation) -> Self {
        let mut args = Args::new();
        args.insert("fields", fields.join(","));
        CheckResult::new(
            id,
            CheckStatus::NotApplicable,
            CheckReason::MissingInput,
            args,
            citation,
            &[],
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
    /// Checks that could not be decided.
    pub not_applicable: usize,
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
    /// the checks, so their checks come out not applicable rather than wrong.
    pub errors: Vec<FieldError>,
    /// Counts of the checks by status.
    pub summary: Summary,
}

/// Runs every check on typed input.
pub fn evaluate(case: &ClerkCase) -> ClerkReport {
    let today = case.today;
    let mut checks = Vec::new();

    checks.push(separation_for_kind(
        case.deadline.kind,
        case.handlers.acceptance.as_deref(),
        case.handlers.first_review.as_deref(),
        case.handlers.confirmation.as_deref(),
    ));

    let deadline = match (case.deadline.kind, case.deadline.accepted) {
        (Some(kind), Some(accepted)) => {
            let period = CheckPeriod {
                start: case.deadline.check_start,
                end: case.deadline.check_end,
            };
            let track = deadline_track(kind, accepted, period, today);
            checks.push(track.check.clone());
            Some(track)
        }
        (kind, _) => {
            let citation = kind.map_or(crate::citation::plan::YI, CaseKind::citation);
            let mut missing = Vec::new();
            if kind.is_none() {
                missing.push("deadline.kind");
            }
            if case.deadline.accepted.is_none() {
                missing.push("deadline.accepted");
            }
            checks.push(CheckResult::missing("deadline", &missing, citation));
            None
        }
    };

    checks.extend(meeting::meeting_checks(&case.meeting, today));
    checks.extend(emergency::emergency_checks(&case.emergency, today));
    checks.extend(funds::fund_checks(&case.funds, today));

    let approved = case.review.approved.or(case.meeting.approved);
    let reviews = match approved {
        Some(approved) => {
            let schedule = review_schedule(approved, case.review.last_review, today);
            checks.push(schedule.check.clone());
            Some(schedule)
        }
        None => {
            checks.push(CheckResult::missing(
                review::ID,
                &["review.approved"],
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

/// What the clerk typed → the full report, with every input error listed at its field.
///
/// Never fails: fields that cannot be read are reported in `errors` and treated as missing, so
/// the checks that need them say "not applicable" and the rest still show.
pub fn check(raw: &RawClerkCase) -> ClerkReport {
    let (case, errors) = input::validate_lenient(raw);
    let mut report = evaluate(&case);
    report.errors = errors;
    report
}

fn summarize(checks: &[CheckResult]) -> Summary {
    let mut s = Summary::default();
    for c in checks {
        match c.status {
            CheckStatus::Pass => s.pass += 1,
            CheckStatus::Fail => s.fail += 1,
            CheckStatus::NotApplicable => s.not_applicable += 1,
        }
    }
    s
}

/// Shared shape of "must be done by `limit`": done in time, done late, not yet done (judged
/// against today when given), or only the deadline when neither is known.
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
            if done <= limit.date {
                (CheckStatus::Pass, CheckReason::DoneInTime)
            } else {
                (CheckStatus::Fail, CheckReason::DoneLate)
            }
        }
        (None, Some(today)) => {
            args.insert("today", today.to_string());
            if today <= limit.date {
                (CheckStatus::Pass, CheckReason::PendingInTime)
            } else {
                (CheckStatus::Fail, CheckReason::PendingOverdue)
            }
        }
        (None, None) => (CheckStatus::NotApplicable, CheckReason::DeadlineOnly),
    };
    CheckResult::new(id, status, reason, args, citation, supporting).with_limit(limit)
}
