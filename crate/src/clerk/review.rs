//! §四.review: reviews of 一事一议 cases.
//!
//! The plan's "每年复核不少于…次" is `rules::yishiyiyi::REVIEWS_PER_YEAR`.
//!
//! INTERPRETATION, not the plan's words: it is read as "no more than
//! `rules::yishiyiyi::REVIEW_INTERVAL_MONTHS` months between reviews" (a year divided by the
//! reviews), counting from the approval (or the last review) by months as 民法典 第二百零二条
//! does: the due date is the corresponding day that many months later, or the last day of that
//! month when it has no such day (a month end rolls back to the shorter month's end). That gives
//! at least the required reviews in any year. A district that reads it as "so many in each
//! calendar year" would get other dates; the words of every result say it is read as one review
//! per interval, so the clerk sees it is a reading.
//!
//! Not modelled: "复核率要达到100%" (a district-wide ratio for 区民政局) and what the review
//! finds.

use super::messages::{Args, CheckReason};
use super::{CheckResult, CheckStatus};
use crate::citation::{plan, Citation, Verification};
use chrono::NaiveDate;
use serde::Serialize;

/// Check id.
pub const ID: &str = "review";

use crate::rules::yishiyiyi::REVIEWS_PER_YEAR;
/// Months between reviews under the interpretation above.
pub use crate::rules::yishiyiyi::REVIEW_INTERVAL_MONTHS as REVIEW_MONTHS;

/// 民法典 第二百零二条 (month counting; not among the citation module's constants).
pub const CIVIL_CODE_202: Citation = Citation::doc("民法典 第二百零二条", Verification::Verified);

/// The review dates of one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSchedule {
    /// The date counted from: the last review, or the approval when there was none.
    pub anchor: NaiveDate,
    /// The next due dates, one per review of a year (one interval apart, from the anchor).
    pub due_dates: Vec<NaiveDate>,
    /// Always true: the schedule is the project's reading of the plan, not its words.
    pub interpretation: bool,
    /// The pass/fail entry for the report.
    pub check: CheckResult,
}

/// `date` plus `months` by 民法典 第二百零二条: the corresponding day of the target month, or its
/// last day when the month is shorter. `None` only beyond chrono's date range.
pub fn add_months_clamped(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    // chrono clamps to the last day of a shorter month, as 第二百零二条 does.
    date.checked_add_months(chrono::Months::new(months))
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
    let due_dates: Vec<NaiveDate> = (1..=REVIEWS_PER_YEAR)
        .filter_map(|k| add_months_clamped(anchor, REVIEW_MONTHS * k))
        .collect();
    let supporting = [CIVIL_CODE_202];
    let mut args = Args::new();
    args.insert("interpretation", "every_6_months".to_owned());
    args.insert("anchor", anchor.to_string());
    args.insert("months", REVIEW_MONTHS.to_string());
    let (next, following) = match (due_dates.first(), due_dates.get(1)) {
        (Some(n), Some(f)) => (*n, *f),
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
        None => (CheckStatus::Advice, CheckReason::ReviewScheduleOnly),
    };
    let check = CheckResult::new(ID, status, reason, args, plan::SI_REVIEW, &supporting);
    ReviewSchedule {
        anchor,
        due_dates,
        interpretation: true,
        check,
    }
}
