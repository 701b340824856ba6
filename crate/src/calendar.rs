//! The working-day calendar (工作日) of the People's Republic of China, and the rules for
//! counting periods.
//!
//! Working days are Monday to Friday, minus the official days off, plus the weekend days declared
//! working days (调休上班). Each year's schedule is a notice of the State Council General Office;
//! the schedules live as data in `crate/data/holidays/YYYY.json` (the `holiday-cn` layout), one
//! file a year naming its notice in `"papers"`. The build script (`crate/build/holidays.rs`)
//! turns every file there into a sorted static table, so a district adds a year by dropping in
//! a file and rebuilding, and the wasm bundle carries no JSON parser.
//!
//! A year without a notice is estimated. Its known days off are the holidays fixed by
//! 《全国年节及纪念日放假办法》 (2024 revision, in force 2025-01-01) and their 补假: a holiday that
//! falls on a Saturday or Sunday is made up on the first weekday after its block, one weekday for
//! each weekend day, as every notice of 2021–2026 does. The rule and the lunar and solar-term
//! dates it needs are data (`crate/data/holidays/statutory.json`, 2027–2035); this module applies
//! the rule ([`statutory_days_off`]). The 调休 a notice will add (weekend working days and the
//! extra days off they buy) cannot be known, so none is guessed: the estimate's days off are a
//! subset of what the notice will give. A year with neither a notice nor a row of dates (before
//! 2025, after 2035) is Monday to Friday. Every answer that rests on a year without a notice says
//! so ([`DayInfo::estimated`], [`Reckoned::estimated_years`]) so that the page never shows a
//! guess as an official date; dropping in the year's notice file replaces the estimate.
//!
//! Counting never walks day by day: the table carries a running total of how much the listed
//! days change the Monday–Friday count, so any span is counted with two binary searches.

use crate::citation::{law, Citation};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// The notice behind one year's schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The year the notice schedules (a file may also list the last days of the year before,
    /// as 2023's 元旦 starts on 2022-12-31).
    pub year: i32,
    /// The notice number(s), e.g. `国办发明电〔2023〕7号`.
    pub papers: &'static [&'static str],
}

/// One day listed in a notice. `cum` is the running total, up to and including this day, of
/// +1 for each weekend made a working day and −1 for each weekday made a day off.
struct Listed {
    /// `yyyymmdd`.
    key: u32,
    off: bool,
    name: u8,
    source: u8,
    cum: i32,
}

// Defines `NAMES`, `SOURCES` (sorted by year) and `LISTED` (sorted by `key`).
include!(concat!(env!("OUT_DIR"), "/holidays.rs"));

/// The day a statutory holiday starts on in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Anchor {
    /// The same day every year (元旦 01-01, 劳动节 05-01, 国庆节 10-01).
    Fixed {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// 农历除夕, the last day of the lunar year.
    Chuxi,
    /// 正月初一.
    Chunjie,
    /// The 清明 solar term.
    Qingming,
    /// 农历五月初五.
    Duanwu,
    /// 农历八月十五.
    Zhongqiu,
}

/// One holiday of the 办法: its name, first day and number of days off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StatutoryHoliday {
    /// The name, as the notices write it (e.g. `春节`), so an estimated day reads like a listed one.
    pub name: &'static str,
    /// Its first day.
    pub from: Anchor,
    /// Days off from `from` on, inclusive.
    pub days: u32,
}

/// The statutory days off that every yearly notice builds on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Statutory {
    /// The document that fixes the holidays.
    pub source: &'static str,
    /// Where the lunar and solar-term dates come from.
    pub dates_source: &'static str,
    /// The first year the rule applies to.
    pub in_force_year: i32,
    /// The holidays, in the order of the 办法.
    pub holidays: &'static [StatutoryHoliday],
}

/// The lunar and solar-term dates of one year, each as `(month, day)` of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FestivalDates {
    /// The Gregorian year.
    pub year: i32,
    /// 除夕.
    pub chuxi: (u32, u32),
    /// 正月初一 (the day after 除夕).
    pub chunjie: (u32, u32),
    /// 清明.
    pub qingming: (u32, u32),
    /// 端午.
    pub duanwu: (u32, u32),
    /// 中秋.
    pub zhongqiu: (u32, u32),
}

/// A day off known without a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EstimatedDay {
    /// The day.
    pub date: NaiveDate,
    /// The holiday it belongs to.
    pub name: &'static str,
    /// True for a 补假 weekday (a holiday day that fell on a weekend, made up); false for a day
    /// of the holiday itself.
    pub made_up: bool,
}

// Defines `STATUTORY_RULE` and `FESTIVAL_DATES` (sorted by year).
include!(concat!(env!("OUT_DIR"), "/statutory.rs"));

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
    /// True when the year has no official schedule and the answer is an estimate (weekends and
    /// the statutory holidays with their 补假; no 调休).
    pub estimated: bool,
    /// The notice that settles this day; `None` when the day is estimated.
    pub notice: Option<&'static str>,
}

/// A date worked out by counting, with what the count relied on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reckoned {
    /// The resulting date.
    pub date: NaiveDate,
    /// Years whose schedule was estimated on the way; empty when all were official.
    pub estimated_years: Vec<i32>,
    /// Names of the holidays that fell inside the counted span, in order, without repeats.
    pub holidays_crossed: Vec<&'static str>,
    /// The rules that decide how the period was counted.
    pub basis: &'static [Citation],
}

impl Reckoned {
    /// Whether any day counted came from a year without an official schedule.
    pub fn is_estimated(&self) -> bool {
        !self.estimated_years.is_empty()
    }
}

/// A number of working days between two dates, with what the count relied on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkdayCount {
    /// Working days strictly after the start up to and including the end; negative when the
    /// end is before the start.
    pub workdays: i64,
    /// Years whose schedule was estimated; empty when all were official.
    pub estimated_years: Vec<i32>,
    /// Names of the holidays inside the span, in date order, without repeats.
    pub holidays_crossed: Vec<&'static str>,
    /// The rules that decide how the days were counted.
    pub basis: &'static [Citation],
}

impl WorkdayCount {
    /// Whether any day counted came from a year without an official schedule.
    pub fn is_estimated(&self) -> bool {
        !self.estimated_years.is_empty()
    }
}

/// Counting in working days.
///
/// 民法典 第二百零一条: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
/// 行政许可法 第八十二条: "行政机关实施行政许可的期限以工作日计算，不含法定节假日。"
pub const WORKDAY_BASIS: &[Citation] = &[law::CIVIL_CODE_201, law::ADMIN_LICENSING_82];

/// Counting a calendar-day period within which someone must act.
///
/// 民法典 第二百零一条 (the first day does not count) and 第二百零三条: "期间的最后一日是法定休假日的，
/// 以法定休假日结束的次日为期间的最后一日。"
pub const DEADLINE_BASIS: &[Citation] = &[law::CIVIL_CODE_201, law::CIVIL_CODE_203];

/// Counting a calendar-day period that only has to elapse (民法典 第二百零一条).
pub const ELAPSE_BASIS: &[Citation] = &[law::CIVIL_CODE_201];

/// Every year that has an official schedule, in order, with the notice it comes from.
pub fn sources() -> &'static [Source] {
    &SOURCES
}

/// Whether `year` has an official schedule; other years are estimated.
pub fn has_schedule(year: i32) -> bool {
    SOURCES.binary_search_by_key(&year, |s| s.year).is_ok()
}

/// The statutory holidays the engine applies to years without a notice.
pub fn statutory_rule() -> &'static Statutory {
    &STATUTORY_RULE
}

/// The lunar and solar-term dates the engine knows, sorted by year.
pub fn festival_dates() -> &'static [FestivalDates] {
    &FESTIVAL_DATES
}

/// The days off that `holidays` give in the year of `dates`, sorted by date: each holiday's own
/// days, then its 补假.
///
/// 补假 (《全国年节及纪念日放假办法》: 适逢周六、周日，应当在工作日补假): for each weekend day in a
/// holiday's block, the first weekday after the block that is not already off is made up. Every
/// notice of 2021–2026 places them so (2022-01-03, 2022-09-12, 2023-01-02, 2025-06-02,
/// 2026-10-05). A day two holidays share (2028-10-03 is 中秋 and 国庆) is off once, under the
/// holiday listed first, and its weekend is made up once: whether a notice would give an extra
/// day is not known, and the estimate must not claim a day off the notice may not give.
pub fn statutory_days_off(
    holidays: &[StatutoryHoliday],
    dates: &FestivalDates,
) -> Vec<EstimatedDay> {
    let first_day = |a: Anchor| {
        let (m, d) = match a {
            Anchor::Fixed { month, day } => (month, day),
            Anchor::Chuxi => dates.chuxi,
            Anchor::Chunjie => dates.chunjie,
            Anchor::Qingming => dates.qingming,
            Anchor::Duanwu => dates.duanwu,
            Anchor::Zhongqiu => dates.zhongqiu,
        };
        NaiveDate::from_ymd_opt(dates.year, m, d)
    };
    let mut out: Vec<EstimatedDay> = Vec::new();
    // (first day, last day, name, weekend days to make up) of each holiday.
    let mut blocks: Vec<(NaiveDate, NaiveDate, &'static str, u32)> = Vec::new();
    for h in holidays {
        let Some(first) = first_day(h.from) else {
            continue;
        };
        let mut last = first;
        let mut weekend = 0;
        for i in 0..h.days {
            let Some(x) = first.checked_add_days(Days::new(u64::from(i))) else {
                break;
            };
            last = x;
            if out.iter().any(|e| e.date == x) {
                continue;
            }
            if is_weekend(x) {
                weekend += 1;
            }
            out.push(EstimatedDay {
                date: x,
                name: h.name,
                made_up: false,
            });
        }
        blocks.push((first, last, h.name, weekend));
    }
    sort_small(&mut blocks, |b| b.0);
    for (_, last, name, weekend) in blocks {
        let mut x = last;
        let mut left = weekend;
        while left > 0 {
            let Some(next) = x.succ_opt() else {
                break;
            };
            x = next;
            if is_weekend(x) || out.iter().any(|e| e.date == x) {
                continue;
            }
            out.push(EstimatedDay {
                date: x,
                name,
                made_up: true,
            });
            left -= 1;
        }
    }
    sort_small(&mut out, |e| e.date);
    out
}

/// The days off the engine assumes in `year`: [`statutory_days_off`] with the 办法 in force and
/// the year's dates. Empty when the year has its notice, lies before the 办法 took force, or has
/// no row of dates. A day a neighbouring year's notice lists (2023's 元旦 starts 2022-12-31) is
/// left to that notice.
pub fn estimated_days_off(year: i32) -> Vec<EstimatedDay> {
    if has_schedule(year) || year < STATUTORY_RULE.in_force_year {
        return Vec::new();
    }
    let Some(dates) = FESTIVAL_DATES
        .binary_search_by_key(&year, |f| f.year)
        .ok()
        .and_then(|i| FESTIVAL_DATES.get(i))
    else {
        return Vec::new();
    };
    let mut days = statutory_days_off(STATUTORY_RULE.holidays, dates);
    days.retain(|e| listed_on(e.date).is_none());
    days
}

/// The estimated days off of every estimated year from `from.year()` to `to.year()`, in date
/// order. Only years with a row of dates can give any, so this visits at most that many years
/// whatever the span.
fn estimated_in_years(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = EstimatedDay> {
    let (a, b) = (from.year(), to.year());
    FESTIVAL_DATES
        .iter()
        .filter(move |f| (a..=b).contains(&f.year))
        .flat_map(|f| estimated_days_off(f.year))
}

/// Classifies one day.
///
/// A day listed in any notice is official even if the notice belongs to the next year's file
/// (2022-12-31 is 元旦 by the 2023 notice).
pub fn day_info(date: NaiveDate) -> DayInfo {
    if let Some(listed) = listed_on(date) {
        let name = name_of(listed);
        return DayInfo {
            date,
            working: !listed.off,
            kind: if listed.off {
                DayKind::Holiday(name)
            } else {
                DayKind::AdjustedWorkday(name)
            },
            estimated: false,
            notice: notice_of(usize::from(listed.source)),
        };
    }
    if let Some(e) = estimated_days_off(date.year())
        .into_iter()
        .find(|e| e.date == date)
    {
        return DayInfo {
            date,
            working: false,
            kind: DayKind::Holiday(e.name),
            estimated: true,
            notice: None,
        };
    }
    let weekend = is_weekend(date);
    let source = SOURCES.binary_search_by_key(&date.year(), |s| s.year).ok();
    DayInfo {
        date,
        working: !weekend,
        kind: if weekend {
            DayKind::Weekend
        } else {
            DayKind::Weekday
        },
        estimated: source.is_none(),
        notice: source.and_then(notice_of),
    }
}

/// Whether `date` is a working day.
pub fn is_workday(date: NaiveDate) -> bool {
    day_info(date).working
}

/// The `n`-th working day after `start`: how "自受理之日起20个工作日" is counted.
///
/// 民法典 第二百零一条: "开始的当日不计入，自下一日开始计算。" So `start` itself never counts,
/// whether or not it is a working day, and `n == 0` gives `start` (nothing was counted, so
/// nothing is estimated). 行政许可法 第八十二条: the count skips days off and includes 调休
/// working weekends.
///
/// Past chrono's last date (year 262142) the result saturates at `NaiveDate::MAX`, marked
/// estimated; [`checked_add_workdays`] reports that case as `None` instead.
pub fn add_workdays(start: NaiveDate, n: u32) -> Reckoned {
    checked_add_workdays(start, n).unwrap_or_else(|| reckon(start, NaiveDate::MAX, WORKDAY_BASIS))
}

/// [`add_workdays`], or `None` when the result lies past chrono's last date.
pub fn checked_add_workdays(start: NaiveDate, n: u32) -> Option<Reckoned> {
    let n = i64::from(n);
    if n == 0 {
        return Some(reckon(start, start, WORKDAY_BASIS));
    }
    let first = day_number(start);
    let last = day_number(NaiveDate::MAX);
    // Invariant: fewer than n working days in (start, lo], at least n in (start, hi]. Two weeks
    // of calendar per working week covers every schedule so far; the loop widens if a file
    // ever needs more.
    let mut lo = first;
    let mut hi = first.saturating_add(2 * n + 30).min(last);
    while count(start, from_day_number(hi)?) < n {
        if hi == last {
            return None;
        }
        lo = hi;
        hi = first.saturating_add(2 * (hi - first)).min(last);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if count(start, from_day_number(mid)?) >= n {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(reckon(start, from_day_number(hi)?, WORKDAY_BASIS))
}

/// Working days strictly after `start` up to and including `end`; negative when `end` is
/// before `start`. Same counting as [`add_workdays`], so
/// `workdays_between(d, add_workdays(d, n).date) == n`.
pub fn workdays_between(start: NaiveDate, end: NaiveDate) -> i64 {
    if end >= start {
        count(start, end)
    } else {
        -count(end, start)
    }
}

/// [`workdays_between`], also saying which years were guessed and which holidays lie inside.
pub fn workdays_between_reckoned(start: NaiveDate, end: NaiveDate) -> WorkdayCount {
    let (a, b) = if end >= start {
        (start, end)
    } else {
        (end, start)
    };
    WorkdayCount {
        workdays: workdays_between(start, end),
        estimated_years: unscheduled_years(a.succ_opt().unwrap_or(b), b, a == b),
        holidays_crossed: holidays_in(a, b),
        basis: WORKDAY_BASIS,
    }
}

/// End of a calendar-day period within which someone must act (e.g. "一周内补齐手续"):
/// `start + days`, moved to the next working day if that is a day off.
///
/// 民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
/// A weekend counts as a day off here; a 调休 working Saturday does not.
///
/// `estimated_years` names the guessed years among the days that were checked for being a
/// working day (from `start + days` to the result); `holidays_crossed` names every holiday in
/// `(start, result]`.
///
/// Not modelled: the second paragraph of 第二百零三条 ("期间的最后一日的截止时间为二十四时；
/// 有业务时间的，停止业务活动的时间为截止时间"), because the engine answers in dates, not hours;
/// the page states the office's hours. 第二百零二条 (periods in months or years) is not modelled
/// here because the plan's periods for acting are in days.
///
/// Past chrono's last date the result saturates at `NaiveDate::MAX`, marked estimated.
pub fn act_deadline(start: NaiveDate, days: u32) -> Reckoned {
    checked_act_deadline(start, days).unwrap_or_else(|| Reckoned {
        date: NaiveDate::MAX,
        estimated_years: vec![NaiveDate::MAX.year()],
        holidays_crossed: holidays_in(start, NaiveDate::MAX),
        basis: DEADLINE_BASIS,
    })
}

/// [`act_deadline`], or `None` when the result lies past chrono's last date.
pub fn checked_act_deadline(start: NaiveDate, days: u32) -> Option<Reckoned> {
    let nominal = start.checked_add_days(Days::new(u64::from(days)))?;
    let mut end = nominal;
    while !is_workday(end) {
        end = end.succ_opt()?;
    }
    Some(Reckoned {
        date: end,
        estimated_years: unscheduled_years(nominal, end, false),
        holidays_crossed: holidays_in(start, end),
        basis: DEADLINE_BASIS,
    })
}

/// End of a period that only has to elapse (e.g. "公示7天"): plain calendar days, no rolling,
/// because nobody has to act on its last day (the start day does not count, 民法典 第二百零一条).
/// Saturates at `NaiveDate::MAX`.
pub fn elapse(start: NaiveDate, days: u32) -> NaiveDate {
    start
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The span `(start, end]` as a [`Reckoned`] with its estimated years and holidays.
fn reckon(start: NaiveDate, end: NaiveDate, basis: &'static [Citation]) -> Reckoned {
    Reckoned {
        date: end,
        estimated_years: unscheduled_years(start.succ_opt().unwrap_or(end), end, start >= end),
        holidays_crossed: holidays_in(start, end),
        basis,
    }
}

/// Years from `from.year()` to `to.year()` without a schedule; none when `empty`.
fn unscheduled_years(from: NaiveDate, to: NaiveDate, empty: bool) -> Vec<i32> {
    if empty || to < from {
        return Vec::new();
    }
    (from.year()..=to.year())
        .filter(|y| !has_schedule(*y))
        .collect()
}

/// Names of the days off, listed or estimated, in `(start, end]`, in date order, without repeats.
fn holidays_in(start: NaiveDate, end: NaiveDate) -> Vec<&'static str> {
    let lo = LISTED.partition_point(|e| i64::from(e.key) <= key(start));
    let hi = LISTED.partition_point(|e| i64::from(e.key) <= key(end));
    let mut days: Vec<(i64, &'static str)> = LISTED
        .get(lo..hi)
        .unwrap_or(&[])
        .iter()
        .filter(|l| l.off)
        .map(|l| (i64::from(l.key), name_of(l)))
        .collect();
    days.extend(
        estimated_in_years(start, end)
            .filter(|e| e.date > start && e.date <= end)
            .map(|e| (key(e.date), e.name)),
    );
    sort_small(&mut days, |d| d.0);
    let mut names: Vec<&'static str> = Vec::new();
    for (_, name) in days {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Sorts `v` by `key`, keeping the order of equal keys, like `sort_by_key`. An insertion sort:
/// the lists sorted here are one year's holidays or the days off of a few years' notices (a few
/// hundred at most, and nearly in order already), and each element type given to the standard
/// library's stable sort adds about 4 KB to the page's wasm.
pub(crate) fn sort_small<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) if key(a) > key(b) => v.swap(j - 1, j),
                _ => break,
            }
            j -= 1;
        }
    }
}

/// Working days in `(start, end]`, for `start <= end`: the Monday–Friday count corrected by the
/// running totals of the listed days and by the estimated weekdays off.
fn count(start: NaiveDate, end: NaiveDate) -> i64 {
    let estimated_off = estimated_in_years(start, end)
        .filter(|e| e.date > start && e.date <= end && !is_weekend(e.date))
        .count();
    weekdays_through(day_number(end)) - weekdays_through(day_number(start))
        + listed_through(key(end))
        - listed_through(key(start))
        - i64::try_from(estimated_off).unwrap_or(i64::MAX)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Mondays to Fridays from day 1 (0001-01-01, a Monday) through day `n`, extended to `n <= 0`
/// so that differences count any span.
fn weekdays_through(n: i64) -> i64 {
    5 * n.div_euclid(7) + n.rem_euclid(7).min(5)
}

/// The running correction of the listed days up to and including `key`.
fn listed_through(key: i64) -> i64 {
    let i = LISTED.partition_point(|e| i64::from(e.key) <= key);
    i.checked_sub(1)
        .and_then(|j| LISTED.get(j))
        .map_or(0, |e| i64::from(e.cum))
}

fn listed_on(date: NaiveDate) -> Option<&'static Listed> {
    let k = key(date);
    LISTED
        .binary_search_by_key(&k, |e| i64::from(e.key))
        .ok()
        .and_then(|i| LISTED.get(i))
}

fn name_of(listed: &Listed) -> &'static str {
    NAMES.get(usize::from(listed.name)).copied().unwrap_or("")
}

fn notice_of(source: usize) -> Option<&'static str> {
    SOURCES.get(source).and_then(|s| s.papers.first().copied())
}

/// `yyyymmdd`, ordered like the dates for every year chrono can hold.
fn key(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 10000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

fn from_day_number(n: i64) -> Option<NaiveDate> {
    i32::try_from(n)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

#[cfg(test)]
mod tests {
    use super::sort_small;

    #[test]
    fn sort_small_orders_by_key_and_keeps_equal_keys_in_their_order() {
        // By the number: the two 1s first, b before d as given, then the 2s, a before c.
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_small(&mut v, |x| x.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut empty: [(i32, char); 0] = [];
        sort_small(&mut empty, |x| x.0);
    }
}
