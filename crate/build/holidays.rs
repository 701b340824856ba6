//! The official holiday schedules: `data/holidays/*.json` → `$OUT_DIR/holidays.rs`.
//!
//! Each file is one year in the `holiday-cn` layout:
//! `{"year": 2024, "papers": ["国办发明电〔2023〕7号"], "days": [{"name": "国庆节", "date":
//! "2024-10-01", "isOffDay": true}, …]}`. Every `*.json` in the folder is read, so a district adds
//! a year by dropping in a file and rebuilding. Unknown fields (`$schema`, `$id`) are ignored.
//!
//! The generated table is sorted by date and carries, for each listed day, a running total of
//! how much the listed days so far change the Monday–Friday count. The engine can then count
//! working days over any span with two binary searches, without walking the days.
//!
//! `statutory.json` in the same folder is not a year: it holds the holidays fixed by
//! 《全国年节及纪念日放假办法》 and the lunar and solar-term dates they fall on, year by year. It
//! becomes `$OUT_DIR/statutory.rs`; the engine applies the rule to the years without a notice.
//!
//! A malformed file stops the build with a message naming the file and the entry: a wrong
//! holiday table must never reach a resident.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct YearFile {
    year: i32,
    papers: Vec<String>,
    days: Vec<Day>,
}

#[derive(Deserialize)]
struct Day {
    name: String,
    date: String,
    #[serde(rename = "isOffDay")]
    is_off_day: bool,
}

/// One listed day, ready to be written out.
struct Listed {
    key: u32,
    off: bool,
    name: usize,
    source: usize,
    /// +1: a weekend made a working day; -1: a weekday made a day off; 0 otherwise.
    delta: i32,
}

/// The file of statutory days; every other `*.json` in the folder is one year's notice.
const STATUTORY: &str = "statutory.json";

/// Reads every year file under `data/holidays/` and writes `$OUT_DIR/holidays.rs`; reads
/// `data/holidays/statutory.json` and writes `$OUT_DIR/statutory.rs`.
pub fn generate() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = manifest.join("data").join("holidays");
    write_table(&dir, &out_dir.join("holidays.rs"));
    write_statutory(&dir.join(STATUTORY), &out_dir.join("statutory.rs"));
}

/// Reads every year file under `dir` and writes the Rust table to `out`.
fn write_table(dir: &Path, out: &Path) {
    let mut files: Vec<(i32, String, YearFile)> = Vec::new();
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .path();
        if path.extension().and_then(|x| x.to_str()) != Some("json")
            || path.file_name().and_then(|x| x.to_str()) == Some(STATUTORY)
        {
            continue;
        }
        let shown = path.display().to_string();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{shown}: {e}"));
        let file: YearFile = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{shown}: not a holiday-cn year file: {e}"));
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
            if let Ok(named) = stem.parse::<i32>() {
                assert!(
                    named == file.year,
                    "{shown}: file is named {named} but says \"year\": {}",
                    file.year
                );
            }
        }
        assert!(
            !file.papers.is_empty() && file.papers.iter().all(|p| !p.trim().is_empty()),
            "{shown}: \"papers\" must name the notice the schedule comes from"
        );
        files.push((file.year, shown, file));
    }
    files.sort_by_key(|(year, _, _)| *year);
    for pair in files.windows(2) {
        assert!(
            pair[0].0 != pair[1].0,
            "{} and {} both give the year {}",
            pair[0].1,
            pair[1].1,
            pair[0].0
        );
    }

    let mut names: Vec<String> = Vec::new();
    let mut by_key: BTreeMap<u32, (Listed, String)> = BTreeMap::new();
    for (source, (year, shown, file)) in files.iter().enumerate() {
        for day in &file.days {
            let (y, m, d) = parse_date(&day.date).unwrap_or_else(|| {
                panic!(
                    "{shown}: \"{}\" is not a calendar date (YYYY-MM-DD)",
                    day.date
                )
            });
            // holiday-cn files may list the last days of the previous year (2023's 元旦 starts
            // 2022-12-31) and, in principle, the first days of the next.
            assert!(
                (year - 1..=year + 1).contains(&y),
                "{shown}: {} is too far from {year}",
                day.date
            );
            assert!(
                !day.name.trim().is_empty(),
                "{shown}: {} has no holiday name",
                day.date
            );
            let name = match names.iter().position(|n| *n == day.name) {
                Some(i) => i,
                None => {
                    names.push(day.name.clone());
                    names.len() - 1
                }
            };
            let weekend = weekday_from_monday(days_from_ce(y, m, d)) >= 5;
            let delta = match (day.is_off_day, weekend) {
                (true, false) => -1,
                (false, true) => 1,
                _ => 0,
            };
            let key = (y * 10000 + m as i32 * 100 + d as i32) as u32;
            let listed = Listed {
                key,
                off: day.is_off_day,
                name,
                source,
                delta,
            };
            if let Some((_, other)) = by_key.insert(key, (listed, shown.clone())) {
                panic!("{} is listed twice ({other} and {shown})", day.date);
            }
        }
    }
    assert!(
        names.len() <= 256 && files.len() <= 256,
        "too many holiday names or year files for a u8 index"
    );

    let mut code = String::new();
    code.push_str(
        "// Generated by crate/build/holidays.rs from crate/data/holidays/*.json. Do not edit.\n\n",
    );
    let _ = writeln!(code, "static NAMES: [&str; {}] = [", names.len());
    for name in &names {
        let _ = writeln!(code, "    {name:?},");
    }
    code.push_str("];\n\n");
    let _ = writeln!(code, "static SOURCES: [Source; {}] = [", files.len());
    for (year, _, file) in &files {
        let _ = writeln!(
            code,
            "    Source {{ year: {year}, papers: &{:?} }},",
            file.papers
        );
    }
    code.push_str("];\n\n");
    let _ = writeln!(code, "static LISTED: [Listed; {}] = [", by_key.len());
    let mut cum = 0;
    for (listed, _) in by_key.values() {
        cum += listed.delta;
        let _ = writeln!(
            code,
            "    Listed {{ key: {}, off: {}, name: {}, source: {}, cum: {cum} }},",
            listed.key, listed.off, listed.name, listed.source
        );
    }
    code.push_str("];\n");
    fs::write(out, code).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatutoryFile {
    // Read so that a file without its explanation fails; the text is for the person editing it.
    #[allow(dead_code)]
    note: String,
    source: String,
    in_force_year: i32,
    holidays: Vec<StatutoryHoliday>,
    dates_source: String,
    dates: Vec<BTreeMap<String, serde_json::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatutoryHoliday {
    name: String,
    /// `MM-DD`, or one of the lunar / solar-term dates of the year: 除夕, 春节, 清明, 端午, 中秋.
    from: String,
    days: u32,
}

/// The lunar and solar-term dates a year's table row must give, with the `Anchor` variant and
/// field of the generated `FestivalDates` each one fills.
const FESTIVALS: [(&str, &str, &str); 5] = [
    ("除夕", "Chuxi", "chuxi"),
    ("春节", "Chunjie", "chunjie"),
    ("清明", "Qingming", "qingming"),
    ("端午", "Duanwu", "duanwu"),
    ("中秋", "Zhongqiu", "zhongqiu"),
];

/// Reads `statutory.json` and writes `STATUTORY_RULE` and `FESTIVAL_DATES`.
fn write_statutory(path: &Path, out: &Path) {
    let shown = path.display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: {e}"));
    let file: StatutoryFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{shown}: not a statutory-days file: {e}"));
    assert!(
        !file.source.trim().is_empty() && !file.dates_source.trim().is_empty(),
        "{shown}: \"source\" and \"dates_source\" must name where the rule and the dates come from"
    );
    assert!(!file.holidays.is_empty(), "{shown}: no holidays");

    let mut code = String::new();
    code.push_str(
        "// Generated by crate/build/holidays.rs from crate/data/holidays/statutory.json. Do not edit.\n\n",
    );
    let _ = writeln!(
        code,
        "static STATUTORY_RULE: Statutory = Statutory {{\n    source: {:?},\n    dates_source: {:?},\n    in_force_year: {},\n    holidays: &[",
        file.source, file.dates_source, file.in_force_year
    );
    for h in &file.holidays {
        assert!(!h.name.trim().is_empty(), "{shown}: a holiday has no name");
        assert!(
            (1..=7).contains(&h.days),
            "{shown}: {} lasts {} days; a statutory holiday lasts 1 to 7",
            h.name,
            h.days
        );
        let anchor = match FESTIVALS.iter().find(|(zh, _, _)| *zh == h.from) {
            Some((_, variant, _)) => format!("Anchor::{variant}"),
            None => {
                // A fixed day: checked against a leap year so that 02-29 passes.
                let (_, m, d) = parse_date(&format!("2024-{}", h.from)).unwrap_or_else(|| {
                    panic!(
                        "{shown}: {}: \"from\": {:?} is neither MM-DD nor one of 除夕 春节 清明 端午 中秋",
                        h.name, h.from
                    )
                });
                format!("Anchor::Fixed {{ month: {m}, day: {d} }}")
            }
        };
        let _ = writeln!(
            code,
            "        StatutoryHoliday {{ name: {:?}, from: {anchor}, days: {} }},",
            h.name, h.days
        );
    }
    code.push_str("    ],\n};\n\n");

    let _ = writeln!(
        code,
        "static FESTIVAL_DATES: [FestivalDates; {}] = [",
        file.dates.len()
    );
    let mut last_year = i32::MIN;
    for row in &file.dates {
        let year = row
            .get("year")
            .and_then(serde_json::Value::as_i64)
            .and_then(|y| i32::try_from(y).ok())
            .unwrap_or_else(|| panic!("{shown}: a row of \"dates\" has no \"year\""));
        assert!(
            year > last_year,
            "{shown}: {year} is out of order or listed twice"
        );
        last_year = year;
        for key in row.keys() {
            assert!(
                key == "year" || FESTIVALS.iter().any(|(zh, _, _)| zh == key),
                "{shown}: {year}: unknown date {key:?}"
            );
        }
        let mut fields = Vec::new();
        let mut days = Vec::new();
        for (zh, _, field) in FESTIVALS {
            let md = row
                .get(zh)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_else(|| panic!("{shown}: {year}: no {zh} date"));
            let (_, m, d) = parse_date(&format!("{year:04}-{md}"))
                .unwrap_or_else(|| panic!("{shown}: {year}: {zh} {md:?} is not a date (MM-DD)"));
            days.push(days_from_ce(year, m, d));
            fields.push(format!("{field}: ({m}, {d})"));
        }
        // 正月初一 is the day after 除夕, always: a slip in one of the two columns shows here.
        assert!(
            days[1] == days[0] + 1,
            "{shown}: {year}: 春节 must be the day after 除夕"
        );
        let _ = writeln!(
            code,
            "    FestivalDates {{ year: {year}, {} }},",
            fields.join(", ")
        );
    }
    code.push_str("];\n");
    fs::write(out, code).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

/// `YYYY-MM-DD`, strictly, to a valid Gregorian date.
fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (digits(0..4)? as i32, digits(5..7)?, digits(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let len = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=len).contains(&d).then_some((y, m, d))
}

/// Days since 0001-12-31 in the proleptic Gregorian calendar, so that 0001-01-01 is day 1 (the
/// same numbering as chrono's `num_days_from_ce`). Only used for years ≥ 1.
fn days_from_ce(y: i32, m: u32, d: u32) -> i64 {
    const BEFORE_MONTH: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let y = i64::from(y);
    let prior = y - 1;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mut n = prior * 365 + prior / 4 - prior / 100 + prior / 400;
    n += BEFORE_MONTH[(m - 1) as usize] + i64::from(d);
    if leap && m > 2 {
        n += 1;
    }
    n
}

/// 0 = Monday … 6 = Sunday; day 1 (0001-01-01) was a Monday.
fn weekday_from_monday(day: i64) -> i64 {
    (day - 1).rem_euclid(7)
}
