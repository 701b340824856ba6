//! `jiuzhu clerk FILE` (or `-` for stdin): the counter checks of a case as pretty JSON, with the
//! same contract as `assess`: every input problem on stderr, one line each (path, Chinese,
//! English), and exit status 2; otherwise the report on stdout and status 0.
//!
//! The file is read field by field through [`RawClerkCase::set`] rather than by serde's derive,
//! so that a field of the wrong JSON type, or a field the case does not have, is reported at its
//! own path together with every other problem, instead of one parse error without a path.

use jiuzhu::clerk::RawClerkCase;
use serde_json::Value;
use std::io::{Read, Write};
use std::process::ExitCode;

/// One problem with the file, at its dotted path.
struct Problem {
    path: String,
    zh: String,
    en: String,
}

/// Reads `value` into a case. A scalar (string, number, boolean) is given to the case as text,
/// exactly as a clerk would type it; `null` is an empty field. Objects are walked into.
fn read(value: &Value, prefix: &str, case: &mut RawClerkCase, problems: &mut Vec<Problem>) {
    let Value::Object(map) = value else {
        problems.push(Problem {
            path: if prefix.is_empty() {
                "(root)".into()
            } else {
                prefix.into()
            },
            zh: "应为一个对象（{…}）".into(),
            en: "should be an object ({…})".into(),
        });
        return;
    };
    for (key, v) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let text = match v {
            Value::Null => continue,
            Value::Object(_) => {
                read(v, &path, case, problems);
                continue;
            }
            Value::Array(_) => {
                problems.push(Problem {
                    path,
                    zh: "应为一个值，不是列表".into(),
                    en: "should be a single value, not a list".into(),
                });
                continue;
            }
            Value::String(s) => s.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
        };
        if !case.set(&path, text) {
            problems.push(Problem {
                path,
                zh: "窗口核查没有这一项".into(),
                en: "the counter checks have no such field".into(),
            });
        }
    }
}

/// Runs the `clerk` command on `arg` (a file path or `-`).
pub fn run(arg: Option<&str>) -> ExitCode {
    let Some(arg) = arg else {
        eprintln!("usage: jiuzhu clerk FILE|-");
        return ExitCode::from(2);
    };
    let text = if arg == "-" {
        let mut s = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut s) {
            eprintln!("cannot read stdin: {e}");
            return ExitCode::from(2);
        }
        s
    } else {
        match std::fs::read_to_string(arg) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("cannot read {arg}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("(root)\t不是有效的 JSON：{e}\tnot JSON: {e}");
            return ExitCode::from(2);
        }
    };
    let mut case = RawClerkCase::default();
    let mut problems = Vec::new();
    read(&value, "", &mut case, &mut problems);
    let report = jiuzhu::clerk::check(&case);
    for e in &report.errors {
        problems.push(Problem {
            path: e.path.clone(),
            zh: e.zh.clone(),
            en: e.en.clone(),
        });
    }
    if !problems.is_empty() {
        for p in problems {
            eprintln!("{}\t{}\t{}", p.path, p.zh, p.en);
        }
        return ExitCode::from(2);
    }
    match serde_json::to_string_pretty(&report) {
        Ok(s) => {
            // A closed pipe (`| head`) is not an error of ours: stop quietly, no panic.
            let _ = writeln!(std::io::stdout().lock(), "{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot print: {e}");
            ExitCode::FAILURE
        }
    }
}
