//! `jiuzhu clerk FILE` (or `-` for stdin): the counter checks of a case as pretty JSON, with the
//! same contract as `assess`: every input problem on stderr, one line each (path, Chinese,
//! English), and exit status 2; otherwise the report on stdout and status 0.
//!
//! The file is read field by field through [`RawClerkCase::set`] rather than by serde's derive,
//! so that a field of the wrong JSON type, or a field the case does not have, is reported at its
//! own path together with every other problem, instead of one parse error without a path.

use crate::cli_io;
use jiuzhu::clerk::RawClerkCase;
use serde_json::Value;
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
    let value = match cli_io::read_json("clerk", arg) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let mut case = RawClerkCase::default();
    let mut problems = Vec::new();
    read(&value, "", &mut case, &mut problems);
    let report = jiuzhu::clerk::check(&case);
    if !problems.is_empty() || !report.errors.is_empty() {
        let own = problems
            .iter()
            .map(|p| (p.path.as_str(), p.zh.as_str(), p.en.as_str()));
        let checks = report
            .errors
            .iter()
            .map(|e| (e.path.as_str(), e.zh.as_str(), e.en.as_str()));
        return cli_io::problems(own.chain(checks));
    }
    cli_io::print_json(&report)
}
