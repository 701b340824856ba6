//! The working-day calendar, checked against the State Council notices.
//!
//! The schedule below is typed from the table in `shared/policy/background.md` (which quotes the
//! notices), independently of `crate/data/holidays/*.json`: a slip in either shows up here. The
//! name of each block and the block each 调休 working weekend belongs to follow the notices'
//! own headings (e.g. 2023 "六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（周六）、
//! 10月8日（周日）上班。"; 2025 "六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月28日（周日）、
//! 10月11日（周六）上班。").

use chrono::{Datelike, Days, NaiveDate, Weekday};
use jiuzhu::calendar::{
    act_deadline, add_workdays, checked_add_workdays, day_info, elapse, has_schedule, is_workday,
    sources, workdays_between, workdays_between_reckoned, DayKind,
};
use proptest::prelude::*;

/// One holiday block of a notice: its name, the days off (inclusive), the working weekends.
struct Block {
    name: &'static str,
    off: (&'static str, &'static str),
    work: &'static [&'static str],
}

struct Year {
    year: i32,
    notice: &'static str,
    blocks: &'static [Block],
}

const fn b(
    name: &'static str,
    from: &'static str,
    to: &'static str,
    work: &'static [&'static str],
) -> Block {
    Block {
        name,
        off: (from, to),
        work,
    }
}

/// background.md, "Official schedules [V]", row by row.
#[rustfmt::skip]
const SCHEDULE: &[Year] = &[
    Year {
        year: 2021,
        notice: "国办发明电〔2020〕27号",
        blocks: &[
            b("元旦", "2021-01-01", "2021-01-03", &[]),
            b("春节", "2021-02-11", "2021-02-17", &["2021-02-07", "2021-02-20"]),
            b("清明节", "2021-04-03", "2021-04-05", &[]),
            b("劳动节", "2021-05-01", "2021-05-05", &["2021-04-25", "2021-05-08"]),
            b("端午节", "2021-06-12", "2021-06-14", &[]),
            b("中秋节", "2021-09-19", "2021-09-21", &["2021-09-18"]),
            b("国庆节", "2021-10-01", "2021-10-07", &["2021-09-26", "2021-10-09"]),
        ],
    },
    Year {
        year: 2022,
        notice: "国办发明电〔2021〕11号",
        blocks: &[
            b("元旦", "2022-01-01", "2022-01-03", &[]),
            b("春节", "2022-01-31", "2022-02-06", &["2022-01-29", "2022-01-30"]),
            b("清明节", "2022-04-03", "2022-04-05", &["2022-04-02"]),
            b("劳动节", "2022-04-30", "2022-05-04", &["2022-04-24", "2022-05-07"]),
            b("端午节", "2022-06-03", "2022-06-05", &[]),
            b("中秋节", "2022-09-10", "2022-09-12", &[]),
            b("国庆节", "2022-10-01", "2022-10-07", &["2022-10-08", "2022-10-09"]),
        ],
    },
    Year {
        year: 2023,
        notice: "国办发明电〔2022〕16号",
        blocks: &[
            b("元旦", "2022-12-31", "2023-01-02", &[]),
            b("春节", "2023-01-21", "2023-01-27", &["2023-01-28", "2023-01-29"]),
            b("清明节", "2023-04-05", "2023-04-05", &[]),
            b("劳动节", "2023-04-29", "2023-05-03", &["2023-04-23", "2023-05-06"]),
            b("端午节", "2023-06-22", "2023-06-24", &["2023-06-25"]),
            b("中秋节、国庆节", "2023-09-29", "2023-10-06", &["2023-10-07", "2023-10-08"]),
        ],
    },
    Year {
        year: 2024,
        notice: "国办发明电〔2023〕7号",
        blocks: &[
            b("元旦", "2024-01-01", "2024-01-01", &[]),
            b("春节", "2024-02-10", "2024-02-17", &["2024-02-04", "2024-02-18"]),
            b("清明节", "2024-04-04", "2024-04-06", &["2024-04-07"]),
            b("劳动节", "2024-05-01", "2024-05-05", &["2024-04-28", "2024-05-11"]),
            b("端午节", "2024-06-10", "2024-06-10", &[]),
            b("中秋节", "2024-09-15", "2024-09-17", &["2024-09-14"]),
            b("国庆节", "2024-10-01", "2024-10-07", &["2024-09-29", "2024-10-12"]),
        ],
    },
    Year {
        year: 2025,
        notice: "国办发明电〔2024〕12号",
        blocks: &[
            b("元旦", "2025-01-01", "2025-01-01", &[]),
            b("春节", "2025-01-28", "2025-02-04", &["2025-01-26", "2025-02-08"]),
            b("清明节", "2025-04-04", "2025-04-06", &[]),
            b("劳动节", "2025-05-01", "2025-05-05", &["2025-04-27"]),
            b("端午节", "2025-05-31", "2025-06-02", &[]),
            b("国庆节、中秋节", "2025-10-01", "2025-10-08", &["2025-09-28", "2025-10-11"]),
        ],
    },
    Year {
        year: 2026,
        // background.md gives no number, only the date of the notice.
        notice: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
        blocks: &[
            b("元旦", "2026-01-01", "2026-01-03", &["2026-01-04"]),
            b("春节", "2026-02-15", "2026-02-23", &["2026-02-14", "2026-02-28"]),
            b("清明节", "2026-04-04", "2026-04-06", &[]),
            b("劳动节", "2026-05-01", "2026-05-05", &["2026-05-09"]),
            b("端午节", "2026-06-19", "2026-06-21", &[]),
            b("中秋节", "2026-09-25", "2026-09-27", &[]),
            b("国庆节", "2026-10-01", "2026-10-07", &["2026-09-20", "2026-10-10"]),
        ],
    },
];

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |x| *x <= to)
}

fn is_weekend(x: NaiveDate) -> bool {
    matches!(x.weekday(), Weekday::Sat | Weekday::Sun)
}

/// What the notices say about `x`: `Some((working, kind, notice))` if it is listed.
fn listed(x: NaiveDate) -> Option<(bool, DayKind, &'static str)> {
    for y in SCHEDULE {
        for bl in y.blocks {
            if days(d(bl.off.0), d(bl.off.1)).any(|o| o == x) {
                return Some((false, DayKind::Holiday(bl.name), y.notice));
            }
            if bl.work.iter().any(|w| d(w) == x) {
                return Some((true, DayKind::AdjustedWorkday(bl.name), y.notice));
            }
        }
    }
    None
}

/// The test table itself: every working weekend is a weekend, blocks do not overlap.
#[test]
fn the_typed_schedule_is_consistent() {
    let mut seen = std::collections::BTreeSet::new();
    for y in SCHEDULE {
        for bl in y.blocks {
            assert!(d(bl.off.0) <= d(bl.off.1));
            for x in days(d(bl.off.0), d(bl.off.1)) {
                assert!(seen.insert(x), "{x} twice");
            }
            for w in bl.work {
                assert!(is_weekend(d(w)), "{w} is not a weekend");
                assert!(seen.insert(d(w)), "{w} twice");
            }
        }
    }
    // 2021: 31 days off (3+7+3+5+3+3+7).
    let off_2021: usize = SCHEDULE[0]
        .blocks
        .iter()
        .map(|bl| days(d(bl.off.0), d(bl.off.1)).count())
        .sum();
    assert_eq!(off_2021, 31);
}

/// Every day off and every working weekend in background.md, with its name and notice.
#[test]
fn every_listed_day_matches_the_notices() {
    let mut checked = 0;
    for y in SCHEDULE {
        for bl in y.blocks {
            for x in days(d(bl.off.0), d(bl.off.1)) {
                let info = day_info(x);
                assert!(!info.working, "{x} should be off ({})", bl.name);
                assert_eq!(info.kind, DayKind::Holiday(bl.name), "{x}");
                assert!(!info.estimated, "{x}");
                assert_eq!(info.notice, Some(y.notice), "{x}");
                checked += 1;
            }
            for w in bl.work {
                let info = day_info(d(w));
                assert!(info.working, "{w} should be a working day (调休)");
                assert_eq!(info.kind, DayKind::AdjustedWorkday(bl.name), "{w}");
                assert_eq!(info.notice, Some(y.notice), "{w}");
                checked += 1;
            }
        }
    }
    // Days off: 2021 31, 2022 31 (3+7+3+5+3+3+7), 2023 27 (3+7+1+5+3+8),
    // 2024 28 (1+8+3+5+1+3+7), 2025 28 (1+8+3+5+3+8), 2026 33 (3+9+3+5+3+3+7) = 178.
    // Working weekends: 7 + 7 + 7 + 8 + 5 + 6 = 40.
    assert_eq!(checked, 178 + 40);
}

/// Every other day from 2022-12-31 to 2026-12-31 (and all of 2021): Monday–Friday rules, official.
#[test]
fn every_unlisted_day_2021_to_2026_is_monday_to_friday() {
    for x in days(d("2021-01-01"), d("2026-12-31")) {
        let info = day_info(x);
        assert_eq!(is_workday(x), info.working);
        assert!(!info.estimated, "{x} lies in an official year");
        match listed(x) {
            Some((working, kind, _)) => {
                assert_eq!(info.working, working, "{x}");
                assert_eq!(info.kind, kind, "{x}");
            }
            None => {
                assert_eq!(info.working, !is_weekend(x), "{x}");
                let kind = if is_weekend(x) {
                    DayKind::Weekend
                } else {
                    DayKind::Weekday
                };
                assert_eq!(info.kind, kind, "{x}");
                assert!(info.notice.is_some(), "{x}");
            }
        }
    }
}

/// The day before and the day after each block of days off is not part of the block, and is
/// what the notice (or the plain week) makes it.
#[test]
fn the_days_around_each_holiday_block() {
    for y in SCHEDULE {
        for bl in y.blocks {
            for x in [
                d(bl.off.0).pred_opt().unwrap(),
                d(bl.off.1).succ_opt().unwrap(),
            ] {
                let info = day_info(x);
                assert_ne!(
                    info.kind,
                    DayKind::Holiday(bl.name),
                    "{x} is outside {}",
                    bl.name
                );
                let expect = match listed(x) {
                    Some((working, _, _)) => working,
                    None => !is_weekend(x),
                };
                assert_eq!(info.working, expect, "{x} next to {}", bl.name);
            }
        }
    }
    // Spot checks worked by hand: 2024-09-30 (Mon) is a working day before 国庆节; 2024-10-08
    // (Tue) after it. 2023-09-28 (Thu) before 中秋节、国庆节; 2023-10-07 (Sat) after it is 调休.
    // 2026-02-14 (Sat) before 春节 is 调休; 2026-02-24 (Tue) after it works.
    assert!(is_workday(d("2024-09-30")) && is_workday(d("2024-10-08")));
    assert!(is_workday(d("2023-09-28")));
    assert_eq!(
        day_info(d("2023-10-07")).kind,
        DayKind::AdjustedWorkday("中秋节、国庆节")
    );
    assert_eq!(
        day_info(d("2026-02-14")).kind,
        DayKind::AdjustedWorkday("春节")
    );
    assert!(is_workday(d("2026-02-24")));
}

/// 2022-12-31 is in 2023's file (the 2023 元旦 block starts there) and must still be found.
#[test]
fn new_year_2023_starts_in_2022() {
    let info = day_info(d("2022-12-31"));
    assert!(!info.working);
    assert_eq!(info.kind, DayKind::Holiday("元旦"));
    assert_eq!(info.notice, Some("国办发明电〔2022〕16号"));
    assert!(!info.estimated);
}

#[test]
fn years_without_a_schedule_are_estimated() {
    // 2020-12-31 is a Thursday, 2027-01-01 a Friday: working by the weekend rule, but guessed.
    for x in ["2020-12-31", "2027-01-01", "1999-10-01"] {
        let info = day_info(d(x));
        assert!(info.estimated, "{x}");
        assert_eq!(info.notice, None);
    }
    assert!(day_info(d("2027-01-01")).working);
    assert!(!day_info(d("2027-01-02")).working); // Saturday
    assert!(!has_schedule(2020) && has_schedule(2021) && has_schedule(2026) && !has_schedule(2027));
    let years: Vec<(i32, &str)> = sources().iter().map(|s| (s.year, s.papers[0])).collect();
    let expect: Vec<(i32, &str)> = SCHEDULE.iter().map(|y| (y.year, y.notice)).collect();
    assert_eq!(years, expect);
}

// ---------------------------------------------------------------------------------------------
// Hand-worked examples. "+k" marks the k-th working day counted.

/// 20 working days from Monday 2024-09-30, the last working day before National Day week.
/// 09-30 itself does not count (民法典 第二百零一条). 10-01..10-07 off.
/// 10-08 Tue +1, 09 +2, 10 +3, 11 +4, 10-12 Sat 调休 +5, 14..18 +6..+10, 21..25 +11..+15,
/// 28 +16, 29 +17, 30 +18, 31 +19, 11-01 Fri +20.
#[test]
fn twenty_days_from_just_before_national_day_2024() {
    let r = add_workdays(d("2024-09-30"), 20);
    assert_eq!(r.date, d("2024-11-01"));
    assert_eq!(r.holidays_crossed, vec!["国庆节"]);
    assert!(!r.is_estimated());
    assert_eq!(workdays_between(d("2024-09-30"), d("2024-11-01")), 20);
    assert_eq!(workdays_between(d("2024-11-01"), d("2024-09-30")), -20);
}

/// From Friday 2024-09-27: 09-28 Sat off, 09-29 Sun 调休 +1, 09-30 +2, 10-01..07 off,
/// 10-08..11 +3..+6, 10-12 Sat 调休 +7, 14..18 +8..+12, 21..25 +13..+17, 28 +18, 29 +19, 30 +20.
#[test]
fn twenty_days_from_the_friday_before_national_day_2024() {
    let r = add_workdays(d("2024-09-27"), 20);
    assert_eq!(r.date, d("2024-10-30"));
    assert_eq!(r.holidays_crossed, vec!["国庆节"]);
}

/// Across Spring Festival 2025, from Monday 2025-01-20:
/// 01-21..24 +1..+4, 01-25 Sat off, 01-26 Sun 调休 +5, 01-27 Mon +6, 01-28..02-04 off,
/// 02-05 +7, 06 +8, 07 +9, 02-08 Sat 调休 +10, 10..14 +11..+15, 17..21 +16..+20.
#[test]
fn twenty_days_across_spring_festival_2025() {
    let r = add_workdays(d("2025-01-20"), 20);
    assert_eq!(r.date, d("2025-02-21"));
    assert_eq!(r.holidays_crossed, vec!["春节"]);
    assert!(!r.is_estimated());
}

/// Accepted on 2023-10-03, itself a day off (中秋节、国庆节 09-29..10-06). It does not count, and
/// neither do 10-04..06. 10-07 Sat 调休 +1, 10-08 Sun 调休 +2, 09..13 +3..+7, 16..20 +8..+12,
/// 23..27 +13..+17, 30 +18, 31 +19, 11-01 Wed +20.
#[test]
fn twenty_days_from_an_acceptance_day_that_is_a_holiday() {
    let r = add_workdays(d("2023-10-03"), 20);
    assert_eq!(r.date, d("2023-11-01"));
    assert_eq!(r.holidays_crossed, vec!["中秋节、国庆节"]);
}

/// Accepted on Saturday 2024-10-12, a 调休 working day; as the start it does not count.
/// 10-14..18 +1..+5, 21..25 +6..+10, 28..31 +11..+14, 11-01 +15, 11-04..08 +16..+20.
#[test]
fn twenty_days_from_an_adjusted_saturday() {
    let r = add_workdays(d("2024-10-12"), 20);
    assert_eq!(r.date, d("2024-11-08"));
    assert!(r.holidays_crossed.is_empty());
}

/// Short limits around the nine-day Spring Festival of 2026.
/// From Fri 02-13: 02-14 Sat 调休 +1; 15..23 off; 24 Tue +2, 25 +3, 26 +4, 27 Fri +5.
/// One more: 02-28 Sat 调休 is the next working day.
#[test]
fn five_days_across_spring_festival_2026() {
    assert_eq!(add_workdays(d("2026-02-13"), 1).date, d("2026-02-14"));
    assert_eq!(add_workdays(d("2026-02-13"), 5).date, d("2026-02-27"));
    assert_eq!(add_workdays(d("2026-02-27"), 1).date, d("2026-02-28"));
    // From 02-14 itself: nothing until Tue 02-24.
    assert_eq!(add_workdays(d("2026-02-14"), 1).date, d("2026-02-24"));
}

/// N = 0 is the start itself, working day or not, and nothing was counted.
#[test]
fn zero_days_is_the_start() {
    for x in ["2024-10-01", "2024-10-12", "2030-06-01"] {
        let r = add_workdays(d(x), 0);
        assert_eq!(r.date, d(x));
        assert!(!r.is_estimated());
    }
}

/// A count that runs past 2026 is estimated and names 2027.
/// From Fri 2026-12-25: 28..31 +1..+4 (official), 2027-01-01 Fri +5 (guessed: no 2027 notice),
/// 01-04..08 +6..+10.
#[test]
fn counting_past_the_data_is_estimated() {
    let r = add_workdays(d("2026-12-25"), 10);
    assert_eq!(r.date, d("2027-01-08"));
    assert_eq!(r.estimated_years, vec![2027]);
    // From Wed 2020-12-30: 12-31 Thu +1 (2020 guessed), 2021-01-01..03 off, 01-04 Mon +2.
    let r = add_workdays(d("2020-12-30"), 2);
    assert_eq!(r.date, d("2021-01-04"));
    assert_eq!(r.estimated_years, vec![2020]);
    assert_eq!(r.holidays_crossed, vec!["元旦"]);
    // From 2020-12-31 the span starts 2021-01-01: all official.
    assert!(!add_workdays(d("2020-12-31"), 1).is_estimated());
    let c = workdays_between_reckoned(d("2026-12-25"), d("2027-01-08"));
    assert_eq!((c.workdays, c.estimated_years), (10, vec![2027]));
}

/// "一周内补齐手续" (民法典 第二百零三条): start + 7 calendar days, rolled past days off.
#[test]
fn act_deadlines_roll_over_days_off() {
    // 2024-09-24 + 7 = 10-01, 国庆节; 10-01..07 off, so the period ends Tue 10-08.
    let r = act_deadline(d("2024-09-24"), 7);
    assert_eq!(r.date, d("2024-10-08"));
    assert_eq!(r.holidays_crossed, vec!["国庆节"]);
    // A period that only elapses does not roll: 公示7天 from 09-24 ends 10-01.
    assert_eq!(elapse(d("2024-09-24"), 7), d("2024-10-01"));
    // 2024-10-05 + 7 = Sat 10-12, a 调休 working day: no rolling.
    assert_eq!(act_deadline(d("2024-10-05"), 7).date, d("2024-10-12"));
    // 2024-09-08 + 7 = 09-15, 中秋节 (09-15..17): ends Wed 09-18.
    assert_eq!(act_deadline(d("2024-09-08"), 7).date, d("2024-09-18"));
    // A plain weekend rolls too: Sat 2024-11-02 + 7 = Sat 11-09 → Mon 11-11.
    assert_eq!(act_deadline(d("2024-11-02"), 7).date, d("2024-11-11"));
    // 2026-12-26 + 7 = 2027-01-02, a Saturday in a guessed year → Mon 2027-01-04, estimated.
    let r = act_deadline(d("2026-12-26"), 7);
    assert_eq!(r.date, d("2027-01-04"));
    assert_eq!(r.estimated_years, vec![2027]);
}

/// The rules are carried with the answer.
#[test]
fn answers_carry_their_basis() {
    let ids = |b: &[jiuzhu::citation::Citation]| b.iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(
        ids(add_workdays(d("2024-01-02"), 3).basis),
        ["民法典 第二百零一条", "行政许可法 第八十二条"]
    );
    assert_eq!(
        ids(act_deadline(d("2024-01-02"), 3).basis),
        ["民法典 第二百零一条", "民法典 第二百零三条"]
    );
}

/// No input panics or hangs, even at the ends of chrono's range.
#[test]
fn extreme_inputs_do_not_panic() {
    let _ = add_workdays(NaiveDate::MAX, 1);
    let _ = add_workdays(NaiveDate::MIN, u32::MAX);
    assert!(checked_add_workdays(NaiveDate::MAX, 1).is_none());
    let _ = act_deadline(NaiveDate::MAX, u32::MAX);
    assert_eq!(elapse(NaiveDate::MAX, 1), NaiveDate::MAX);
    let _ = workdays_between(NaiveDate::MIN, NaiveDate::MAX);
    // u32::MAX working days from 2024 is about 16 million years: beyond chrono, saturated.
    assert_eq!(add_workdays(d("2024-01-01"), u32::MAX).date, NaiveDate::MAX);
}

// ---------------------------------------------------------------------------------------------
// Properties over random dates (1990–2035, so both official and guessed years) and N.

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let from = d("1990-01-01").num_days_from_ce();
    let to = d("2035-12-31").num_days_from_ce();
    (from..=to).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

/// Counting one day at a time with `is_workday`: slow, obvious, independent of the table sums.
fn walk(start: NaiveDate, n: u32) -> NaiveDate {
    let mut x = start;
    let mut left = n;
    while left > 0 {
        x = x.succ_opt().unwrap();
        if is_workday(x) {
            left -= 1;
        }
    }
    x
}

proptest! {
    #[test]
    fn result_is_a_working_day(start in any_date(), n in 1u32..=3650) {
        prop_assert!(is_workday(add_workdays(start, n).date));
    }

    #[test]
    fn strictly_increasing_in_n(start in any_date(), n in 0u32..3650) {
        prop_assert!(add_workdays(start, n + 1).date > add_workdays(start, n).date);
    }

    #[test]
    fn counting_back_gives_n(start in any_date(), n in 0u32..=3650) {
        let r = add_workdays(start, n);
        prop_assert_eq!(workdays_between(start, r.date), i64::from(n));
        prop_assert_eq!(workdays_between(r.date, start), -i64::from(n));
    }

    #[test]
    fn agrees_with_a_day_by_day_walk(start in any_date(), n in 0u32..=400) {
        prop_assert_eq!(add_workdays(start, n).date, walk(start, n));
    }

    #[test]
    fn beyond_the_data_is_estimated(start in any_date(), n in 1u32..=3650) {
        let r = add_workdays(start, n);
        let first = start.succ_opt().unwrap().year();
        if r.date.year() > 2026 {
            prop_assert!(r.estimated_years.contains(&r.date.year()));
        }
        if first < 2021 {
            prop_assert!(r.estimated_years.contains(&first));
        }
        if first >= 2021 && r.date.year() <= 2026 {
            prop_assert!(!r.is_estimated());
        }
        for y in &r.estimated_years {
            prop_assert!(!(2021..=2026).contains(y));
        }
    }

    #[test]
    fn act_deadline_is_the_first_working_day_from_the_nominal_end(start in any_date(), n in 0u32..=400) {
        let nominal = elapse(start, n);
        prop_assert_eq!(nominal, start.checked_add_days(Days::new(u64::from(n))).unwrap());
        let r = act_deadline(start, n);
        prop_assert!(r.date >= nominal && is_workday(r.date));
        for x in days(nominal, r.date.pred_opt().unwrap()) {
            prop_assert!(!is_workday(x));
        }
    }

    #[test]
    fn day_info_is_estimated_exactly_outside_2021_to_2026(x in any_date()) {
        let official = (2021..=2026).contains(&x.year());
        prop_assert_eq!(day_info(x).estimated, !official);
    }
}
