//! §四.review: reviews of 一事一议 cases.
//!
//! > 街道（乡镇）应加强对“一事一议”对象的动态管理，每年复核不少于2次。
//!
//! INTERPRETATION, not the plan's words: "每年复核不少于2次" is read as "no more than 6 months
//! between reviews", counting from the approval (or the last review) by months as 民法典
//! 第二百零二条 does: the due date is the corresponding day 6 months later, or the last day of
//! that month when it has no such day (8月31日 → 次年2月28日). That gives at least two reviews
//! in any 12 months. A district that reads it as "two in each calendar year" would get other
//! dates; the words of every result say "按每6个月复核一次理解 / read as one review every
//! 6 months" so the clerk sees it is a reading.
//!
//! Not modelled: "复核率要达到100%" (a district-wide ratio for 区民政局) and what the review
//! finds.

use super::messages::{Args, CheckReason};
use super::{CheckResult, CheckStatus};
use crate::citation::{plan, Citation, Verification};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Check id.
pub const ID: &str = "review";

/// Months between reviews under the interpretation above.
pub const REVIEW_MONTHS: u32 = 6;

/// 民法典 第二百零二条 (month counting; not among the citation module's constants).
pub const CIVIL_CODE_202: Citation = Citation::doc("民法典 第二百零二条", Verification::Verified);

/// The review dates of one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSchedule {
    /// The date counted from: the last review, or the approval when there was none.
    pub anchor: NaiveDate,
    /// The next two due dates (6 and 12 months after the anchor).
    pub due_dates: Vec<NaiveDate>,
    /// Always true: the schedule is the project's reading of the plan, not its words.
    pub interpretation: bool,
    /// The pass/fail entry for the report.
    pub check: CheckResult,
}

/// `date` plus `months` by 民法典 第二百零二条: the corresponding day of the target month, or its
/// last day when the month is shorter. `None` only beyond chrono's date range.
pub fn add_months_clamped(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = u32::try_from(total.rem_euclid(12)).ok()?;
    let month = month0 + 1;
    (1..=date.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(year, month, day))
}

/// The next review dates after `approved` (or `last_review`), and whether one is overdue today.
///
/// Passes while today is on or before the next due date, fails after it, not applicable without
/// today (the dates are still listed).
pub fn review_schedule(
    approved: NaiveDate,
    last_review: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> ReviewSchedule {
    let anchor = last_review.unwrap_or(approved);
    let due_dates: Vec<NaiveDate> = (1..=2)
        .filter_map(|k| add_months_clamped(anchor, REVIEW_MONTHS * k))
        .collect();
    let supporting = [CIVIL_CODE_202];
    let mut args = Args::new();
    args.insert("interpretation", "every_6_months".to_owned());
    args.insert("anchor", anchor.to_string());
    let (next, following) = match due_dates.as_slice() {
        [n, f] => (*n, *f),
        // Only beyond chrono's range (year 262143); the validated input never gets there.
        _ => {
            let check = CheckResult::missing(ID, &["review.approved"], plan::SI_REVIEW);
            return ReviewSchedule {
                anchor,
                due_dates,
                interpretation: true,
                check,
            };
        }
    };
    args.insert("next_due", next.to_string());
    args.insert("following_due", following.to_string());
    let (status, reason) = match today {
        Some(today) if today <= next => (CheckStatus::Pass, CheckReason::ReviewNotDue),
        Some(_) => {
            args.insert("due", next.to_string());
            (CheckStatus::Fail, CheckReason::ReviewOverdue)
        }
        None => (CheckStatus::NotApplicable, CheckReason::ReviewScheduleOnly),
    };
    let check = CheckResult::new(ID, status, reason, args, plan::SI_REVIEW, &supporting);
    ReviewSchedule {
        anchor,
        due_dates,
        interpretation: true,
        check,
    }
}
