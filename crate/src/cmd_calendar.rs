//! `jiuzhu add-workdays DATE N` and `jiuzhu calendar YEAR`: the working-day calendar for clerks
//! and scripts.
//!
//! The answer goes to stdout (the date first, so scripts can take the first line); notes for a
//! person, such as "estimated", go to stderr and leave the exit status 0. Bad input exits 2 with
//! one line naming the bad argument.

use chrono::{Datelike, NaiveDate};
use jiuzhu::calendar::{self, DayKind};
use std::io::{self, Write};
use std::process::ExitCode;

/// The largest N accepted: ten years of working days is beyond any time limit in the plan.
const MAX_N: u32 = 3650;
/// Years a clerk can sensibly ask about.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// `jiuzhu add-workdays DATE N`: the N-th working day after DATE (DATE itself never counts).
pub fn add_workdays(args: &[String]) -> ExitCode {
    let (date, n) = match args {
        [date, n] => (date, n),
        [] => return bad("missing DATE and N (usage: jiuzhu add-workdays YYYY-MM-DD N)"),
        [_] => return bad("missing N (usage: jiuzhu add-workdays YYYY-MM-DD N)"),
        [_, _, extra, ..] => {
            return bad(&format!("unexpected argument {extra:?} after DATE and N"))
        }
    };
    let start = match parse_date(date) {
        Ok(d) => d,
        Err(why) => return bad(&format!("bad DATE {date:?}: {why}")),
    };
    let n = match parse_n(n) {
        Ok(n) => n,
        Err(why) => return bad(&format!("bad N {n:?}: {why}")),
    };
    let r = calendar::add_workdays(start, n);
    let mut out = io::stdout().lock();
    let mut text = format!("{}\n", r.date);
    if !r.holidays_crossed.is_empty() {
        text.push_str(&format!("crosses {}\n", r.holidays_crossed.join(" ")));
    }
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    if r.is_estimated() {
        estimated_note(&r.estimated_years);
    }
    ExitCode::SUCCESS
}

/// `jiuzhu calendar YEAR`: every day of the year, `YYYY-MM-DD work|off [reason]`.
pub fn calendar(args: &[String]) -> ExitCode {
    let year = match args {
        [year] => year,
        [] => return bad("missing YEAR (usage: jiuzhu calendar YYYY)"),
        [_, extra, ..] => return bad(&format!("unexpected argument {extra:?} after YEAR")),
    };
    let y = match parse_year(year) {
        Ok(y) => y,
        Err(why) => return bad(&format!("bad YEAR {year:?}: {why}")),
    };
    let mut text = String::with_capacity(366 * 24);
    let mut estimated = false;
    let mut day = NaiveDate::from_ymd_opt(y, 1, 1);
    while let Some(d) = day.filter(|d| d.year() == y) {
        let info = calendar::day_info(d);
        estimated |= info.estimated;
        let status = if info.working { "work" } else { "off" };
        match info.kind {
            DayKind::Holiday(name) => text.push_str(&format!("{d} {status} {name}\n")),
            DayKind::AdjustedWorkday(name) => text.push_str(&format!("{d} {status} {name}调休\n")),
            DayKind::Weekday | DayKind::Weekend => text.push_str(&format!("{d} {status}\n")),
        }
        day = d.succ_opt();
    }
    let mut out = io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return ExitCode::from(1);
    }
    if estimated {
        estimated_note(&[y]);
    }
    ExitCode::SUCCESS
}

/// What an estimated year rests on: the statutory days are known, the notice's 调休 are not.
fn estimated_note(years: &[i32]) {
    let years: Vec<String> = years.iter().map(i32::to_string).collect();
    eprintln!(
        "jiuzhu: estimated: no official holiday schedule for {}; counted with the statutory holidays and their 补假 only, no 调休 (估算，非官方日期)",
        years.join(", ")
    );
}

fn bad(message: &str) -> ExitCode {
    eprintln!("jiuzhu: {message}");
    ExitCode::from(2)
}

/// `YYYY-MM-DD`, strictly (no signs, no short fields), a real date in 1900–2200.
fn parse_date(s: &str) -> Result<NaiveDate, &'static str> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err("expected a date as YYYY-MM-DD");
    }
    let field = |r: std::ops::Range<usize>| s.get(r).and_then(|f| f.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (field(0..4), field(5..7), field(8..10)) else {
        return Err("expected a date as YYYY-MM-DD");
    };
    let y = i32::try_from(y).map_err(|_| "year out of range")?;
    if !YEARS.contains(&y) {
        return Err("the year must be from 1900 to 2200");
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or("no such day in the calendar")
}

fn parse_n(s: &str) -> Result<u32, &'static str> {
    if s.starts_with('-') {
        return Err("must not be negative");
    }
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err("expected a whole number of working days from 0 to 3650");
    }
    match s.parse::<u32>() {
        Ok(n) if n <= MAX_N => Ok(n),
        _ => Err("must be at most 3650"),
    }
}

fn parse_year(s: &str) -> Result<i32, &'static str> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err("expected a year such as 2024");
    }
    match s.parse::<i32>() {
        Ok(y) if YEARS.contains(&y) => Ok(y),
        _ => Err("the year must be from 1900 to 2200"),
    }
}
