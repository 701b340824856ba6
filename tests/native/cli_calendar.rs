//! The `jiuzhu add-workdays` and `jiuzhu calendar` commands: output format, the estimated note
//! on stderr, and exit status 2 with one line naming the bad argument.
//!
//! Whether each day is right is checked against the notices in `calendar.rs`; here every line of
//! `jiuzhu calendar` for 2021–2026 is checked against the engine's `day_info`, so the command is
//! right for every date of those years.

use chrono::NaiveDate;
use jiuzhu::calendar::{day_info, DayKind};

#[path = "../support/cli.rs"]
mod cli;
use cli::{jiuzhu_args as jiuzhu, text};

/// Worked in tests/native/calendar.rs: 2024-09-30 + 20 working days = 2024-11-01.
#[test]
fn add_workdays_prints_the_date_first() {
    let out = jiuzhu(&["add-workdays", "2024-09-30", "20"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().next(), Some("2024-11-01"));
    assert!(
        stdout.contains("国庆节"),
        "names the holiday crossed: {stdout}"
    );
    assert_eq!(text(&out.stderr), "", "official answer, no note");
}

#[test]
fn add_workdays_zero_is_the_start() {
    let out = jiuzhu(&["add-workdays", "2024-10-01", "0"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().next(), Some("2024-10-01"));
}

/// 2026-12-25 + 10: 12-28..31 are +1..+4, then 2027 (no notice): 01-01 is 元旦 by the 办法,
/// 01-04..08 +5..+9, 01-11 +10.
#[test]
fn estimated_answers_say_so_on_stderr_and_exit_0() {
    let out = jiuzhu(&["add-workdays", "2026-12-25", "10"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().next(), Some("2027-01-11"));
    let err = text(&out.stderr);
    assert!(err.contains("estimated") && err.contains("2027"), "{err}");

    let out = jiuzhu(&["calendar", "2027"]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(err.contains("estimated") && err.contains("2027"), "{err}");
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 365);
    // Worked by hand: 2027-01-01 Fri 元旦; 除夕 Fri 02-05 to 初三 Mon 02-08, 初一 and 初二 on the
    // weekend, so Tue 02-09 and Wed 02-10 are made up; Thu 02-11 works. No 调休 is guessed, so a
    // weekend is never a working day.
    for want in [
        "2027-01-01 off 元旦",
        "2027-01-04 work",
        "2027-02-05 off 春节",
        "2027-02-06 off 春节",
        "2027-02-08 off 春节",
        "2027-02-09 off 春节",
        "2027-02-10 off 春节",
        "2027-02-11 work",
        "2027-10-05 off 国庆节",
        "2027-10-06 work",
    ] {
        assert!(lines.contains(&want), "missing {want}");
    }
    assert!(!stdout.contains("调休"));
}

/// The two checks of issue 11 §5, worked by hand: 2026-12-31 (Thu) + 1 → 01-01 元旦 (Fri),
/// weekend → Mon 2027-01-04; 2027-02-04 (Thu) + 1 → 02-05..02-08 春节, 02-09/02-10 补假 →
/// Thu 2027-02-11. Both estimated.
#[test]
fn add_workdays_into_2027_knows_the_statutory_days() {
    for (start, want, holiday) in [
        ("2026-12-31", "2027-01-04", "元旦"),
        ("2027-02-04", "2027-02-11", "春节"),
    ] {
        let out = jiuzhu(&["add-workdays", start, "1"]);
        assert_eq!(out.status.code(), Some(0));
        let stdout = text(&out.stdout);
        assert_eq!(stdout, format!("{want}\ncrosses {holiday}\n"));
        let err = text(&out.stderr);
        assert!(err.contains("estimated") && err.contains("2027"), "{err}");
    }
}

/// The lines given in the issue, worked from 国办发明电〔2023〕7号: 10-01 off (国庆节),
/// 10-12 Sat 调休, 10-13 Sun plain weekend, 10-14 Mon plain working day.
#[test]
fn calendar_2024_format() {
    let out = jiuzhu(&["calendar", "2024"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 366, "2024 is a leap year");
    assert_eq!(lines[0], "2024-01-01 off 元旦");
    assert_eq!(lines[365], "2024-12-31 work");
    for want in [
        "2024-10-01 off 国庆节",
        "2024-10-12 work 国庆节调休",
        "2024-10-13 off",
        "2024-10-14 work",
    ] {
        assert!(lines.contains(&want), "missing {want}");
    }
}

/// 2022-12-31 comes from 2023's notice and still shows under 2022.
#[test]
fn calendar_2022_ends_with_new_year_2023() {
    let out = jiuzhu(&["calendar", "2022"]);
    assert_eq!(
        text(&out.stdout).lines().last(),
        Some("2022-12-31 off 元旦")
    );
}

#[test]
fn calendar_matches_the_engine_for_every_day_2021_to_2026() {
    for year in 2021..=2026 {
        let out = jiuzhu(&["calendar", &year.to_string()]);
        assert_eq!(out.status.code(), Some(0));
        let stdout = text(&out.stdout);
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let mut n = 0;
        for line in stdout.lines() {
            let info = day_info(day);
            let status = if info.working { "work" } else { "off" };
            let want = match info.kind {
                DayKind::Holiday(name) => format!("{day} {status} {name}"),
                DayKind::AdjustedWorkday(name) => format!("{day} {status} {name}调休"),
                DayKind::Weekday | DayKind::Weekend => format!("{day} {status}"),
            };
            assert_eq!(line, want);
            day = day.succ_opt().unwrap();
            n += 1;
        }
        assert_eq!(
            day,
            NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap(),
            "{year}: {n} lines"
        );
    }
}

/// Exit 2, nothing on stdout, one line on stderr that names the bad argument.
fn assert_rejected(args: &[&str], names: &str) {
    let out = jiuzhu(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert_eq!(text(&out.stdout), "", "{args:?}");
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains(names), "{args:?}: {err} should name {names}");
}

#[test]
fn bad_input_exits_2_naming_the_argument() {
    assert_rejected(&["add-workdays", "2024-02-30", "5"], "2024-02-30");
    assert_rejected(&["add-workdays", "abc", "5"], "abc");
    assert_rejected(&["add-workdays", "2024-9-30", "5"], "2024-9-30");
    assert_rejected(&["add-workdays", "1899-12-31", "5"], "1899-12-31");
    assert_rejected(&["add-workdays", "2024-09-30", "-1"], "-1");
    assert_rejected(&["add-workdays", "2024-09-30", "3651"], "3651");
    assert_rejected(&["add-workdays", "2024-09-30", "abc"], "abc");
    assert_rejected(&["add-workdays", "2024-09-30", "1.5"], "1.5");
    assert_rejected(&["add-workdays", "2024-09-30"], "N");
    assert_rejected(&["add-workdays"], "DATE");
    assert_rejected(&["add-workdays", "2024-09-30", "5", "x"], "x");
    assert_rejected(&["calendar", "1899"], "1899");
    assert_rejected(&["calendar", "2201"], "2201");
    assert_rejected(&["calendar", "abc"], "abc");
    assert_rejected(&["calendar"], "YEAR");
}

/// The edges of what is accepted.
#[test]
fn limits_are_inclusive() {
    assert_eq!(
        jiuzhu(&["add-workdays", "2024-09-30", "3650"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(jiuzhu(&["calendar", "1900"]).status.code(), Some(0));
    assert_eq!(jiuzhu(&["calendar", "2200"]).status.code(), Some(0));
}
