//! §一, §二, §三: the time limit of a case, and whether it may be extended.
//!
//! The limits are the sections' own constants, quoted there with the plan's sentence:
//! `rules::dibao::DECISION_LIMITS` (§一, 低保、低边), `rules::tekun::DECISION_LIMITS` (§二,
//! 特困人员认定), `rules::linshi::APPROVAL_WORKING_DAYS` (§三, 临时救助, no extension).
//!
//! How the counting is done:
//! - The limits are working days (行政许可法 第八十二条: 以工作日计算，不含法定节假日), counted
//!   from the day of acceptance, which itself does not count (民法典 第二百零一条: 开始的当日不
//!   计入): the limit is the n-th working day after acceptance, [`calendar::add_workdays`].
//! - The 核对 duration is in 天, not 工作日, so it is calendar days, and by the same 第二百零一条
//!   the start day does not count: `days = end − start`. "超过" is strictly more: a 核对 of
//!   exactly `check_days` keeps the normal limit, one day more allows the extension. While the
//!   核对 is still running, the days so far are `today − start`; once they pass `check_days`
//!   the extension is already allowed.
//! - Working days left are those after today up to and including the limit
//!   ([`calendar::workdays_between`]); on the limit itself 0 are left and the case is still in
//!   time. Overdue counts the working days after the limit up to and including today, and the
//!   calendar days as well, since a case that missed a Friday limit is already overdue on the
//!   Saturday with 0 working days.

use super::messages::{self, Args, CheckReason};
use super::{CheckResult, CheckStatus};
use crate::calendar::{self, Reckoned, WorkdayCount};
use crate::citation::{law, plan, Citation};
use crate::rules::procedure::DecisionLimits;
use crate::rules::{dibao, linshi, tekun};
use chrono::NaiveDate;
use serde::Serialize;

/// Check id.
pub const ID: &str = "deadline";

// The limits are the sections' own: `rules::dibao::DECISION_LIMITS` (§一),
// `rules::tekun::DECISION_LIMITS` (§二), `rules::linshi::APPROVAL_WORKING_DAYS` (§三).

crate::choices! {
    /// Category of a case, which decides its time limit.
    pub enum CaseKind {
        /// 低保 (§一).
        Dibao = ("dibao", "低保", "低保"),
        /// 低保边缘 (§一).
        Dibian = ("dibian", "低边", "低边"),
        /// 特困人员 (§二).
        Tekun = ("tekun", "特困", "特困"),
        /// 临时救助 (§三).
        Linshi = ("linshi", "临时救助", "Temporary aid"),
    }
}

impl CaseKind {
    /// Reads a category as a clerk or the page may write it: the code (`dibao`) or the Chinese
    /// term (`低保`, `低保边缘`, `特困人员`, `临时救助` …). The text should be width-folded first.
    pub fn parse(s: &str) -> Option<CaseKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dibao" | "低保" | "最低生活保障" => Some(CaseKind::Dibao),
            "dibian" | "低边" | "低保边缘" | "低保边缘家庭" => Some(CaseKind::Dibian),
            "tekun" | "特困" | "特困人员" | "特困供养" => Some(CaseKind::Tekun),
            "linshi" | "临时" | "临时救助" => Some(CaseKind::Linshi),
            _ => None,
        }
    }

    /// The clause that sets this category's time limit.
    pub fn citation(self) -> Citation {
        match self {
            CaseKind::Dibao | CaseKind::Dibian => plan::YI,
            CaseKind::Tekun => plan::ER,
            CaseKind::Linshi => plan::SAN,
        }
    }

    /// The decision clock of the section, `None` for 临时救助 (§三 provides no extension).
    pub fn decision_limits(self) -> Option<DecisionLimits> {
        match self {
            CaseKind::Dibao | CaseKind::Dibian => Some(dibao::DECISION_LIMITS),
            CaseKind::Tekun => Some(tekun::DECISION_LIMITS),
            CaseKind::Linshi => None,
        }
    }

    /// Working days of the normal limit.
    pub fn normal_workdays(self) -> u32 {
        self.decision_limits()
            .map_or(linshi::APPROVAL_WORKING_DAYS, |l| l.working_days)
    }

    /// Working days of the extended limit (the same as normal where the plan allows none).
    pub fn max_workdays(self) -> u32 {
        self.decision_limits()
            .map_or(linshi::APPROVAL_WORKING_DAYS, |l| l.max_working_days)
    }
}

/// The economic check (核对) dates, either or both possibly unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckPeriod {
    /// First day of the 核对.
    pub start: Option<NaiveDate>,
    /// Last day; `None` while it is still running.
    pub end: Option<NaiveDate>,
}

/// Whether the limit may be extended, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extension {
    /// The extension is allowed now.
    pub allowed: bool,
    /// Calendar days the 核对 took (or has taken so far), `end − start`.
    pub check_days: Option<i64>,
    /// The 核对 has not ended yet.
    pub ongoing: bool,
    /// Why, as a code.
    pub reason: CheckReason,
    /// Why, in Chinese.
    pub zh: String,
    /// Why, in English.
    pub en: String,
    /// The clause.
    pub citation: Citation,
    /// How the 核对 days are counted (民法典 第二百零一条: the start day does not count).
    pub supporting: Vec<Citation>,
}

/// The tracker's dates for one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadlineTrack {
    /// Category.
    pub kind: CaseKind,
    /// Date of acceptance.
    pub accepted: NaiveDate,
    /// The decision date (审核确认/审批), when the case is decided.
    pub decided: Option<NaiveDate>,
    /// Working days of the normal limit (the section's constant).
    pub normal_workdays: u32,
    /// The normal limit.
    pub normal_limit: Reckoned,
    /// Whether the extension applies.
    pub extension: Extension,
    /// Working days of the maximum limit (the same as normal for 临时救助).
    pub max_workdays: u32,
    /// The maximum limit.
    pub max_limit: Reckoned,
    /// The limit that binds now: the maximum when the extension is allowed, else the normal.
    pub limit_in_force: NaiveDate,
    /// Working days left until `limit_in_force` (0 on the day itself), when today is known and
    /// the limit has not passed.
    pub workdays_remaining: Option<i64>,
    /// Working days past `limit_in_force`: of the decision when it came late, else of today.
    pub overdue_workdays: Option<i64>,
    /// Calendar days past `limit_in_force`, when today is after it.
    pub overdue_days: Option<i64>,
    /// The count behind `workdays_remaining` / `overdue_workdays` (between today and the limit),
    /// with the years it had to estimate and the holidays inside, so the page can mark an
    /// estimated count as it marks an estimated date.
    pub day_count: Option<WorkdayCount>,
    /// The pass/fail entry for the report.
    pub check: CheckResult,
}

/// Decides the extension (§一, §二) from the 核对 dates; see the module doc for the counting.
pub fn extension(kind: CaseKind, period: CheckPeriod, today: Option<NaiveDate>) -> Extension {
    let citation = kind.citation();
    let mut args = Args::new();
    let (allowed, check_days, ongoing, reason) = if let Some(limits) = kind.decision_limits() {
        // The numbers the words quote, from the section's own constants.
        args.insert("check_limit", limits.check_days.to_string());
        args.insert("max_workdays", limits.max_working_days.to_string());
        let over = |days: i64| days > i64::from(limits.check_days);
        // Days of 核对: finished (end − start), or still running (today − start); with the
        // reasons for more and for not more than the limit.
        let measured = match (period.start, period.end, today) {
            (Some(start), Some(end), _) => Some((
                (end - start).num_days(),
                false,
                (
                    CheckReason::ExtensionAllowed,
                    CheckReason::ExtensionNotAllowed,
                ),
            )),
            (Some(start), None, Some(today)) => Some((
                (today - start).num_days().max(0),
                true,
                (
                    CheckReason::ExtensionAllowedOngoing,
                    CheckReason::ExtensionPending,
                ),
            )),
            _ => None,
        };
        match measured {
            Some((days, ongoing, (longer, not_longer))) => {
                let allowed = over(days);
                let reason = if allowed { longer } else { not_longer };
                (allowed, Some(days), ongoing, reason)
            }
            None => (
                false,
                None,
                period.start.is_some() && period.end.is_none(),
                CheckReason::ExtensionUnknown,
            ),
        }
    } else {
        args.insert("max_workdays", linshi::APPROVAL_WORKING_DAYS.to_string());
        (false, None, false, CheckReason::ExtensionNotProvided)
    };
    if let Some(d) = check_days {
        args.insert("check_days", d.to_string());
    }
    Extension {
        allowed,
        check_days,
        ongoing,
        reason,
        zh: messages::reason_text_zh(reason, &args),
        en: messages::reason_text_en(reason, &args),
        citation,
        supporting: if check_days.is_some() {
            vec![law::CIVIL_CODE_201]
        } else {
            Vec::new()
        },
    }
}

/// The deadline tracker (§一, §二, §三): normal limit, extension, maximum limit, and the case's
/// position against the limit in force.
///
/// A decided case (`decided`, the 审核确认/审批 date) is judged by that date: 通过 on or before
/// the limit in force, 不通过 after it, whatever today is, since the limit binds the decision and
/// not the days after it. Only an undecided case is judged by today: 提示 (working days left)
/// while the limit has not passed, 不通过 once it has; 提示 with only the dates when neither is
/// known. A 核对 still running is measured up to the decision date when there is one.
pub fn deadline_track(
    kind: CaseKind,
    accepted: NaiveDate,
    period: CheckPeriod,
    decided: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> DeadlineTrack {
    let citation = kind.citation();
    let supporting = [law::ADMIN_LICENSING_82, law::CIVIL_CODE_201];
    let normal_limit = calendar::add_workdays(accepted, kind.normal_workdays());
    let max_limit = calendar::add_workdays(accepted, kind.max_workdays());
    let extension = extension(kind, period, decided.or(today));
    let in_force = if extension.allowed {
        max_limit.clone()
    } else {
        normal_limit.clone()
    };
    let limit_in_force = in_force.date;

    let mut args = Args::new();
    args.insert("kind", kind.code().to_owned());
    args.insert("limit", limit_in_force.to_string());
    args.insert("normal_limit", normal_limit.date.to_string());
    args.insert("max_limit", max_limit.date.to_string());
    args.insert("extension_allowed", extension.allowed.to_string());

    let mut workdays_remaining = None;
    let mut overdue_workdays = None;
    let mut overdue_days = None;
    let day_count = match decided {
        Some(_) => None,
        None => today.map(|t| calendar::workdays_between_reckoned(t, limit_in_force)),
    };
    let (status, reason) = match (decided, today) {
        (Some(d), _) => {
            args.insert("decided", d.to_string());
            if d <= limit_in_force {
                (CheckStatus::Pass, CheckReason::DecidedInTime)
            } else {
                let wd = calendar::workdays_between(limit_in_force, d);
                overdue_workdays = Some(wd);
                overdue_days = Some((d - limit_in_force).num_days());
                args.insert("overdue_workdays", wd.to_string());
                (CheckStatus::Fail, CheckReason::DecidedLate)
            }
        }
        (None, Some(today)) if today <= limit_in_force => {
            let left = calendar::workdays_between(today, limit_in_force);
            workdays_remaining = Some(left);
            args.insert("remaining", left.to_string());
            (CheckStatus::Advice, CheckReason::DeadlineInTime)
        }
        (None, Some(today)) => {
            let wd = calendar::workdays_between(limit_in_force, today);
            let days = (today - limit_in_force).num_days();
            overdue_workdays = Some(wd);
            overdue_days = Some(days);
            args.insert("overdue_workdays", wd.to_string());
            args.insert("overdue_days", days.to_string());
            (CheckStatus::Fail, CheckReason::DeadlineOverdue)
        }
        (None, None) => (CheckStatus::Advice, CheckReason::DeadlineNoToday),
    };
    let check =
        CheckResult::new(ID, status, reason, args, citation, &supporting).with_limit(in_force);

    DeadlineTrack {
        kind,
        accepted,
        decided,
        normal_workdays: kind.normal_workdays(),
        normal_limit,
        extension,
        max_workdays: kind.max_workdays(),
        max_limit,
        limit_in_force,
        workdays_remaining,
        overdue_workdays,
        overdue_days,
        day_count,
        check,
    }
}
