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

/// Reads every year file under `data/holidays/` and writes `$OUT_DIR/holidays.rs`.
pub fn generate() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write_table(
        &manifest.join("data").join("holidays"),
        &out_dir.join("holidays.rs"),
    );
}

/// Reads every year file under `dir` and writes the Rust table to `out`.
fn write_table(dir: &Path, out: &Path) {
    let mut files: Vec<(i32, String, YearFile)> = Vec::new();
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .path();
        if path.extension().and_then(|x| x.to_str()) != Some("json") {
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
