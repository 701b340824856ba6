//! The working-day calendar (工作日).
//!
//! PLACEHOLDER: weekends only. The calendar issue replaces the internals with the official
//! holiday schedules; the public API below is what the rules and the UI call, and stays.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// Why a day is or is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DayKind {
    /// Monday to Friday with no holiday.
    Weekday,
    /// Saturday or Sunday with no 调休.
    Weekend,
    /// An official day off; the name of the holiday.
    Holiday(&'static str),
    /// A weekend day declared a working day (调休上班); the holiday it belongs to.
    AdjustedWorkday(&'static str),
}

/// One day of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayInfo {
    /// The day.
    pub date: NaiveDate,
    /// Whether it is a working day.
    pub working: bool,
    /// Why.
    pub kind: DayKind,
    /// True when the year has no official schedule and the answer is a weekends-only guess.
    pub estimated: bool,
}

/// A date worked out by counting, with what the count relied on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reckoned {
    /// The resulting date.
    pub date: NaiveDate,
    /// Years whose schedule was guessed (weekends only) on the way; empty when all were official.
    pub estimated_years: Vec<i32>,
    /// Names of the holidays that fell inside the counted span, in order, without repeats.
    pub holidays_crossed: Vec<&'static str>,
}

impl Reckoned {
    /// Whether any day counted came from a year without an official schedule.
    pub fn is_estimated(&self) -> bool {
        !self.estimated_years.is_empty()
    }
}

/// Classifies one day.
pub fn day_info(date: NaiveDate) -> DayInfo {
    let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    DayInfo {
        date,
        working: !weekend,
        kind: if weekend {
            DayKind::Weekend
        } else {
            DayKind::Weekday
        },
        estimated: true,
    }
}

/// Whether `date` is a working day.
pub fn is_workday(date: NaiveDate) -> bool {
    day_info(date).working
}

/// The `n`-th working day after `start` (民法典 第二百零一条: `start` itself never counts;
/// `n == 0` gives `start`).
pub fn add_workdays(start: NaiveDate, n: u32) -> Reckoned {
    let mut d = start;
    let mut left = n;
    let mut estimated_years = Vec::new();
    while left > 0 {
        d += Duration::days(1);
        let info = day_info(d);
        if info.estimated && !estimated_years.contains(&d.year()) {
            estimated_years.push(d.year());
        }
        if info.working {
            left -= 1;
        }
    }
    Reckoned {
        date: d,
        estimated_years,
        holidays_crossed: Vec::new(),
    }
}

/// Working days strictly after `start` up to and including `end`; negative when `end` is
/// before `start`.
pub fn workdays_between(start: NaiveDate, end: NaiveDate) -> i64 {
    let (a, b, sign) = if end >= start {
        (start, end, 1)
    } else {
        (end, start, -1)
    };
    let mut d = a;
    let mut count = 0;
    while d < b {
        d += Duration::days(1);
        if is_workday(d) {
            count += 1;
        }
    }
    count * sign
}

/// End of a calendar-day period within which someone must act (e.g. "一周内补齐手续"):
/// `start + days`, moved to the next working day if that is a day off (民法典 第二百零三条).
pub fn act_deadline(start: NaiveDate, days: u32) -> Reckoned {
    let mut d = start + Duration::days(i64::from(days));
    while !is_workday(d) {
        d += Duration::days(1);
    }
    Reckoned {
        date: d,
        estimated_years: vec![d.year()],
        holidays_crossed: Vec::new(),
    }
}

/// End of a period that only has to elapse (e.g. "公示7天"): plain calendar days, no rolling.
pub fn elapse(start: NaiveDate, days: u32) -> NaiveDate {
    start + Duration::days(i64::from(days))
}
