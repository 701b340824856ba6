//! The working-day calendar, checked against the State Council notices.
//!
//! The schedule below is typed from the notices of the State Council General Office (国办发明电,
//! one a year, 2021–2026), independently of `crate/data/holidays/*.json`: a slip in either shows
//! up here. The
//! name of each block and the block each 调休 working weekend belongs to follow the notices'
//! own headings (e.g. 2023 "六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（周六）、
//! 10月8日（周日）上班。"; 2025 "六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月28日（周日）、
//! 10月11日（周六）上班。").

use chrono::{Datelike, Days, NaiveDate, Weekday};
use jiuzhu::calendar::{
    act_deadline, add_workdays, checked_add_workdays, day_info, elapse, estimated_days_off,
    festival_dates, has_schedule, is_workday, sources, statutory_days_off, statutory_rule,
    workdays_between, workdays_between_reckoned, Anchor, DayKind, FestivalDates, StatutoryHoliday,
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

/// The notices, year by year: days off and working weekends.
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
        // Known here by its date only; its number was not found.
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

/// Every day off and every working weekend of the notices, with its name and notice.
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
    // 2020-12-31 is a Thursday: working by the weekend rule, but guessed. 2027-01-01, a Friday,
    // is 元旦 by the 办法 (2024 revision), estimated. 1999-10-01 lies before the 2024 revision
    // and in no table: Monday to Friday only, estimated.
    for x in ["2020-12-31", "2027-01-01", "1999-10-01"] {
        let info = day_info(d(x));
        assert!(info.estimated, "{x}");
        assert_eq!(info.notice, None);
    }
    assert!(day_info(d("2020-12-31")).working);
    assert!(!day_info(d("2027-01-01")).working);
    assert_eq!(day_info(d("2027-01-01")).kind, DayKind::Holiday("元旦"));
    assert!(!day_info(d("2027-01-02")).working); // Saturday
    assert!(!has_schedule(2020) && has_schedule(2021) && has_schedule(2026) && !has_schedule(2027));
    let years: Vec<(i32, &str)> = sources().iter().map(|s| (s.year, s.papers[0])).collect();
    let expect: Vec<(i32, &str)> = SCHEDULE.iter().map(|y| (y.year, y.notice)).collect();
    assert_eq!(years, expect);
}

// ---------------------------------------------------------------------------------------------
// Hand-worked examples. "+k" marks the k-th working day counted.

/// 20 working days (§一/§二's limit) from a start, worked by hand; "+k" marks the k-th working day
/// counted, the start itself never counts (民法典 第二百零一条). Each row: start, the 20th working
/// day, the holidays crossed.
#[test]
fn twenty_working_days_worked_by_hand() {
    let rows: &[(&str, &str, &[&str])] = &[
        // Mon 2024-09-30, the last working day before National Day week. 10-01..10-07 off.
        // 10-08 Tue +1, 09 +2, 10 +3, 11 +4, 10-12 Sat 调休 +5, 14..18 +6..+10, 21..25 +11..+15,
        // 28 +16, 29 +17, 30 +18, 31 +19, 11-01 Fri +20.
        ("2024-09-30", "2024-11-01", &["国庆节"]),
        // Fri 2024-09-27: 09-28 Sat off, 09-29 Sun 调休 +1, 09-30 +2, 10-01..07 off, 10-08..11
        // +3..+6, 10-12 Sat 调休 +7, 14..18 +8..+12, 21..25 +13..+17, 28 +18, 29 +19, 30 +20.
        ("2024-09-27", "2024-10-30", &["国庆节"]),
        // Across Spring Festival 2025, from Mon 2025-01-20: 01-21..24 +1..+4, 01-25 Sat off,
        // 01-26 Sun 调休 +5, 01-27 Mon +6, 01-28..02-04 off, 02-05 +7, 06 +8, 07 +9, 02-08 Sat
        // 调休 +10, 10..14 +11..+15, 17..21 +16..+20.
        ("2025-01-20", "2025-02-21", &["春节"]),
        // Accepted on 2023-10-03, itself a day off (中秋节、国庆节 09-29..10-06). It does not
        // count, and neither do 10-04..06. 10-07 Sat 调休 +1, 10-08 Sun 调休 +2, 09..13 +3..+7,
        // 16..20 +8..+12, 23..27 +13..+17, 30 +18, 31 +19, 11-01 Wed +20.
        ("2023-10-03", "2023-11-01", &["中秋节、国庆节"]),
        // Accepted on Sat 2024-10-12, a 调休 working day; as the start it does not count.
        // 10-14..18 +1..+5, 21..25 +6..+10, 28..31 +11..+14, 11-01 +15, 11-04..08 +16..+20.
        ("2024-10-12", "2024-11-08", &[]),
    ];
    for (start, end, holidays) in rows {
        let r = add_workdays(d(start), 20);
        assert_eq!(r.date, d(end), "from {start}");
        assert_eq!(r.holidays_crossed, *holidays, "from {start}");
        // All five years have their official notice.
        assert!(!r.is_estimated(), "from {start}");
    }
    // Counting between the dates gives the 20 back, negative the other way round.
    assert_eq!(workdays_between(d("2024-09-30"), d("2024-11-01")), 20);
    assert_eq!(workdays_between(d("2024-11-01"), d("2024-09-30")), -20);
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
/// From Fri 2026-12-25: 28..31 +1..+4 (official), 2027-01-01 Fri is 元旦 (statutory, estimated:
/// no 2027 notice), 01-04..08 +5..+9, Mon 01-11 +10.
#[test]
fn counting_past_the_data_is_estimated() {
    let r = add_workdays(d("2026-12-25"), 10);
    assert_eq!(r.date, d("2027-01-11"));
    assert_eq!(r.estimated_years, vec![2027]);
    assert_eq!(r.holidays_crossed, vec!["元旦"]);
    // From Wed 2020-12-30: 12-31 Thu +1 (2020 guessed), 2021-01-01..03 off, 01-04 Mon +2.
    let r = add_workdays(d("2020-12-30"), 2);
    assert_eq!(r.date, d("2021-01-04"));
    assert_eq!(r.estimated_years, vec![2020]);
    assert_eq!(r.holidays_crossed, vec!["元旦"]);
    // From 2020-12-31 the span starts 2021-01-01: all official.
    assert!(!add_workdays(d("2020-12-31"), 1).is_estimated());
    let c = workdays_between_reckoned(d("2026-12-25"), d("2027-01-11"));
    assert_eq!((c.workdays, c.estimated_years), (10, vec![2027]));
    assert_eq!(c.holidays_crossed, vec!["元旦"]);
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
// Years without a notice: the statutory days of 《全国年节及纪念日放假办法》 and their 补假.

/// The 办法 as revised in 2024 (国务院令第795号, in force 2025-01-01): 元旦 01-01; 春节 除夕 and
/// 初一 to 初三; 清明 1 day; 劳动节 05-01 and 05-02; 端午 1 day; 中秋 1 day; 国庆 10-01 to 10-03.
const FROM_2025: &[StatutoryHoliday] = &[
    h("元旦", Anchor::Fixed { month: 1, day: 1 }, 1),
    h("春节", Anchor::Chuxi, 4),
    h("清明节", Anchor::Qingming, 1),
    h("劳动节", Anchor::Fixed { month: 5, day: 1 }, 2),
    h("端午节", Anchor::Duanwu, 1),
    h("中秋节", Anchor::Zhongqiu, 1),
    h("国庆节", Anchor::Fixed { month: 10, day: 1 }, 3),
];

/// The 办法 before the 2024 revision: 春节 初一 to 初三 (no 除夕) and 劳动节 05-01 only.
const BEFORE_2025: &[StatutoryHoliday] = &[
    h("元旦", Anchor::Fixed { month: 1, day: 1 }, 1),
    h("春节", Anchor::Chunjie, 3),
    h("清明节", Anchor::Qingming, 1),
    h("劳动节", Anchor::Fixed { month: 5, day: 1 }, 1),
    h("端午节", Anchor::Duanwu, 1),
    h("中秋节", Anchor::Zhongqiu, 1),
    h("国庆节", Anchor::Fixed { month: 10, day: 1 }, 3),
];

const fn h(name: &'static str, from: Anchor, days: u32) -> StatutoryHoliday {
    StatutoryHoliday { name, from, days }
}

/// 除夕, 清明, 端午, 中秋 as (month, day); 初一 is the day after 除夕.
type Lunar = (i32, (u32, u32), (u32, u32), (u32, u32), (u32, u32));

fn festival(l: Lunar) -> FestivalDates {
    let (year, chuxi, qingming, duanwu, zhongqiu) = l;
    let next = NaiveDate::from_ymd_opt(year, chuxi.0, chuxi.1)
        .unwrap()
        .succ_opt()
        .unwrap();
    FestivalDates {
        year,
        chuxi,
        chunjie: (next.month(), next.day()),
        qingming,
        duanwu,
        zhongqiu,
    }
}

/// 2021–2026, for checking the rule against the notices. Each date is also checked below to lie
/// in its notice's block of the same name.
#[rustfmt::skip]
const LUNAR_2021_2026: &[Lunar] = &[
    (2021, (2, 11), (4, 4), (6, 14), (9, 21)),
    (2022, (1, 31), (4, 5), (6, 3), (9, 10)),
    (2023, (1, 21), (4, 5), (6, 22), (9, 29)),
    (2024, (2, 9), (4, 4), (6, 10), (9, 17)),
    (2025, (1, 28), (4, 4), (5, 31), (10, 6)),
    (2026, (2, 16), (4, 5), (6, 19), (9, 25)),
];

/// One estimated year, typed from the table of lunar and solar-term dates 2027–2035, with its
/// 补假 worked by hand (weekdays from a printed calendar).
struct Estimate {
    lunar: Lunar,
    made_up: &'static [(&'static str, &'static str)],
}

#[rustfmt::skip]
const ESTIMATES: &[Estimate] = &[
    // 除夕 Fri 02-05, 初一 Sat, 初二 Sun, 初三 Mon 02-08 → 2 made up: Tue 02-09, Wed 02-10.
    // 劳动节 Sat 05-01, Sun 05-02 → Mon 05-03, Tue 05-04. 国庆 Fri, Sat 10-02, Sun 10-03 →
    // Mon 10-04, Tue 10-05. 元旦 Fri, 清明 Mon 04-05, 端午 Wed, 中秋 Wed: nothing to make up.
    Estimate { lunar: (2027, (2, 5), (4, 5), (6, 9), (9, 15)), made_up: &[
        ("2027-02-09", "春节"), ("2027-02-10", "春节"), ("2027-05-03", "劳动节"),
        ("2027-05-04", "劳动节"), ("2027-10-04", "国庆节"), ("2027-10-05", "国庆节")] },
    // 元旦 Sat → Mon 01-03. 端午 Sun 05-28 → Mon 05-29. 国庆 Sun 10-01, Mon, Tue 10-03 (also
    // 中秋, off once) → Wed 10-04. 春节 Tue..Fri, 清明 Tue, 劳动节 Mon-Tue: none.
    Estimate { lunar: (2028, (1, 25), (4, 4), (5, 28), (10, 3)), made_up: &[
        ("2028-01-03", "元旦"), ("2028-05-29", "端午节"), ("2028-10-04", "国庆节")] },
    // 端午 Sat 06-16 → Mon 06-18. 中秋 Sat 09-22 → Mon 09-24. Everything else on weekdays.
    Estimate { lunar: (2029, (2, 12), (4, 4), (6, 16), (9, 22)), made_up: &[
        ("2029-06-18", "端午节"), ("2029-09-24", "中秋节")] },
    // 除夕 Sat 02-02, 初一 Sun, 初二 Mon, 初三 Tue 02-05 → Wed 02-06, Thu 02-07.
    Estimate { lunar: (2030, (2, 2), (4, 5), (6, 5), (9, 12)), made_up: &[
        ("2030-02-06", "春节"), ("2030-02-07", "春节")] },
    // 除夕 Wed 01-22 .. 初三 Sat 01-25 → Mon 01-27. 清明 Sat 04-05 → Mon 04-07. 中秋 Wed 10-01
    // is also 国庆 (off once); 国庆 Wed..Fri: none.
    Estimate { lunar: (2031, (1, 22), (4, 5), (6, 24), (10, 1)), made_up: &[
        ("2031-01-27", "春节"), ("2031-04-07", "清明节")] },
    // 清明 Sun 04-04 → Mon 04-05. 劳动节 Sat, Sun → Mon 05-03, Tue 05-04. 端午 Sat 06-12 →
    // Mon 06-14. 中秋 Sun 09-19 → Mon 09-20. 国庆 Fri, Sat, Sun → Mon 10-04, Tue 10-05.
    Estimate { lunar: (2032, (2, 10), (4, 4), (6, 12), (9, 19)), made_up: &[
        ("2032-04-05", "清明节"), ("2032-05-03", "劳动节"), ("2032-05-04", "劳动节"),
        ("2032-06-14", "端午节"), ("2032-09-20", "中秋节"), ("2032-10-04", "国庆节"),
        ("2032-10-05", "国庆节")] },
    // 元旦 Sat → Mon 01-03. 除夕 Sun 01-30 .. 初三 Wed 02-02 → Thu 02-03. 劳动节 Sun 05-01,
    // Mon 05-02 → Tue 05-03. 国庆 Sat, Sun, Mon 10-03 → Tue 10-04, Wed 10-05.
    Estimate { lunar: (2033, (1, 30), (4, 4), (6, 1), (9, 8)), made_up: &[
        ("2033-01-03", "元旦"), ("2033-02-03", "春节"), ("2033-05-03", "劳动节"),
        ("2033-10-04", "国庆节"), ("2033-10-05", "国庆节")] },
    // 元旦 Sun → Mon 01-02. 除夕 Sat 02-18, 初一 Sun .. 初三 Tue 02-21 → Wed 02-22, Thu 02-23.
    // 国庆 Sun 10-01 .. Tue 10-03 → Wed 10-04.
    Estimate { lunar: (2034, (2, 18), (4, 5), (6, 20), (9, 27)), made_up: &[
        ("2034-01-02", "元旦"), ("2034-02-22", "春节"), ("2034-02-23", "春节"),
        ("2034-10-04", "国庆节")] },
    // 除夕 Wed 02-07 .. 初三 Sat 02-10 → (Sun 02-11 is a weekend) Mon 02-12. 端午 Sun 06-10 →
    // Mon 06-11. 中秋 Sun 09-16 → Mon 09-17.
    Estimate { lunar: (2035, (2, 7), (4, 5), (6, 10), (9, 16)), made_up: &[
        ("2035-02-12", "春节"), ("2035-06-11", "端午节"), ("2035-09-17", "中秋节")] },
];

/// The statutory days of one year, worked here without the engine: each holiday's days in the
/// order of the 办法, a day already taken by an earlier holiday kept under that one.
fn statutory_by_hand(l: Lunar, rule_2025: bool) -> Vec<(NaiveDate, &'static str)> {
    let (y, chuxi, qingming, duanwu, zhongqiu) = l;
    let at = |(m, dd): (u32, u32)| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let run = |from: NaiveDate, n: u64| (0..n).map(move |i| from + Days::new(i));
    let spring: Vec<NaiveDate> = if rule_2025 {
        run(at(chuxi), 4).collect()
    } else {
        run(at(chuxi) + Days::new(1), 3).collect()
    };
    let labour = if rule_2025 { 2 } else { 1 };
    let mut out: Vec<(NaiveDate, &'static str)> = Vec::new();
    let mut add = |x: NaiveDate, name| {
        if !out.iter().any(|(o, _)| *o == x) {
            out.push((x, name));
        }
    };
    add(at((1, 1)), "元旦");
    spring.into_iter().for_each(|x| add(x, "春节"));
    add(at(qingming), "清明节");
    run(at((5, 1)), labour).for_each(|x| add(x, "劳动节"));
    add(at(duanwu), "端午节");
    add(at(zhongqiu), "中秋节");
    run(at((10, 1)), 3).for_each(|x| add(x, "国庆节"));
    out
}

/// The engine's rule is the 2024 revision, applied from 2025; its dates are the typed table.
#[test]
fn the_statutory_data_is_the_2024_revision() {
    let rule = statutory_rule();
    assert_eq!(rule.holidays, FROM_2025);
    assert_eq!(rule.in_force_year, 2025);
    assert!(
        rule.source.contains("全国年节及纪念日放假办法"),
        "{}",
        rule.source
    );
    let typed: Vec<FestivalDates> = ESTIMATES.iter().map(|e| festival(e.lunar)).collect();
    assert_eq!(festival_dates(), typed.as_slice());
}

/// The two checks of the issue.
/// 2026-12-31 (Thu) + 1: 2027-01-01 Fri is 元旦, 01-02/03 the weekend → Mon 2027-01-04.
/// 2027-02-04 (Thu) + 1: 02-05..02-08 春节, 02-09/10 补假 → Thu 2027-02-11.
#[test]
fn the_first_days_of_2027_are_estimated_with_the_statutory_days() {
    let r = add_workdays(d("2026-12-31"), 1);
    assert_eq!(r.date, d("2027-01-04"));
    assert_eq!(r.estimated_years, vec![2027]);
    assert_eq!(r.holidays_crossed, vec!["元旦"]);
    let r = add_workdays(d("2027-02-04"), 1);
    assert_eq!(r.date, d("2027-02-11"));
    assert_eq!(r.estimated_years, vec![2027]);
    assert_eq!(r.holidays_crossed, vec!["春节"]);
    // "一周内" from Fri 2027-01-29 ends 02-05, 除夕: rolled past 02-05..02-10 to Thu 02-11.
    let r = act_deadline(d("2027-01-29"), 7);
    assert_eq!(r.date, d("2027-02-11"));
    assert_eq!(r.estimated_years, vec![2027]);
}

/// Every day of 2027–2035: off exactly on weekends, the statutory days and the hand-worked 补假;
/// every day marked estimated, with no notice; each day off named after its holiday.
#[test]
fn every_statutory_and_made_up_day_of_2027_to_2035_is_off_and_estimated() {
    for e in ESTIMATES {
        let year = e.lunar.0;
        assert!(!has_schedule(year));
        let mut off = statutory_by_hand(e.lunar, true);
        // 13 days a year (1+4+1+2+1+1+3), 12 where 中秋 falls on 国庆 (2028-10-03, 2031-10-01).
        let shared = matches!(year, 2028 | 2031);
        assert_eq!(off.len(), if shared { 12 } else { 13 }, "{year}");
        off.extend(e.made_up.iter().map(|(x, name)| (d(x), *name)));
        for x in days(d(&format!("{year}-01-01")), d(&format!("{year}-12-31"))) {
            let info = day_info(x);
            assert!(info.estimated, "{x}");
            assert_eq!(info.notice, None, "{x}");
            match off.iter().find(|(o, _)| *o == x) {
                Some((_, name)) => {
                    assert!(!info.working, "{x} should be off ({name})");
                    assert_eq!(info.kind, DayKind::Holiday(name), "{x}");
                }
                None => assert_eq!(info.working, !is_weekend(x), "{x}"),
            }
        }
        let engine = estimated_days_off(year);
        let made_up: Vec<NaiveDate> = engine
            .iter()
            .filter(|x| x.made_up)
            .map(|x| x.date)
            .collect();
        let by_hand: Vec<NaiveDate> = e.made_up.iter().map(|(x, _)| d(x)).collect();
        assert_eq!(made_up, by_hand, "{year}");
        // Made-up days are weekdays; statutory days may fall on any day.
        assert!(made_up.iter().all(|x| !is_weekend(*x)));
    }
}

/// A year with a notice takes nothing from the estimate; one before the 2024 revision or past
/// the table of dates gets none either (Monday to Friday, estimated).
#[test]
fn the_estimate_applies_only_to_years_without_a_notice() {
    for year in [2021, 2024, 2025, 2026] {
        assert!(estimated_days_off(year).is_empty(), "{year}");
    }
    assert!(estimated_days_off(2020).is_empty());
    assert!(estimated_days_off(2036).is_empty());
    // 2036-01-01 is a Tuesday: without dates for 2036 it stays a (guessed) working day.
    let info = day_info(d("2036-01-01"));
    assert!(info.working && info.estimated);
}

/// Applied to 2021–2026 with the 办法 of each year (before 2025 without 除夕 and 05-02), the
/// estimate's days off are a subset of the notices' days off.
#[test]
fn the_estimate_is_a_subset_of_every_notice_2021_to_2026() {
    let mut made_up_seen = Vec::new();
    for &l in LUNAR_2021_2026 {
        let year = l.0;
        let dates = festival(l);
        // The typed dates lie in the notice's block of the same name.
        let y = SCHEDULE.iter().find(|y| y.year == year).unwrap();
        let in_block = |x: NaiveDate, name: &str| {
            y.blocks
                .iter()
                .any(|bl| bl.name.contains(name) && days(d(bl.off.0), d(bl.off.1)).any(|o| o == x))
        };
        let at = |(m, dd): (u32, u32)| NaiveDate::from_ymd_opt(year, m, dd).unwrap();
        assert!(in_block(at(dates.chunjie), "春节"), "{year} 初一");
        assert!(in_block(at(dates.qingming), "清明节"), "{year} 清明");
        assert!(in_block(at(dates.duanwu), "端午节"), "{year} 端午");
        assert!(in_block(at(dates.zhongqiu), "中秋节"), "{year} 中秋");

        let rule = if year >= 2025 { FROM_2025 } else { BEFORE_2025 };
        let estimate = statutory_days_off(rule, &dates);
        let statutory: Vec<NaiveDate> = estimate
            .iter()
            .filter(|e| !e.made_up)
            .map(|e| e.date)
            .collect();
        let by_hand: Vec<NaiveDate> = statutory_by_hand(l, year >= 2025)
            .iter()
            .map(|x| x.0)
            .collect();
        let mut sorted = by_hand.clone();
        sorted.sort();
        assert_eq!(statutory, sorted, "{year}");
        for e in &estimate {
            assert!(
                matches!(listed(e.date), Some((false, _, _))),
                "{year}: the estimate has {} off ({}), the notice does not",
                e.date,
                e.name
            );
            if e.made_up {
                made_up_seen.push(e.date);
            }
        }
    }
    // 补假 days the notices gave, each the weekday right after its block: 元旦 2022 (Sat 01-01),
    // 中秋 2022 (Sat 09-10), 元旦 2023 (Sun 01-01), 端午 2025 (Sat 05-31), 国庆 2026 (Sat 10-03).
    for x in [
        "2022-01-03",
        "2022-09-12",
        "2023-01-02",
        "2025-06-02",
        "2026-10-05",
    ] {
        assert!(made_up_seen.contains(&d(x)), "{x}");
    }
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
