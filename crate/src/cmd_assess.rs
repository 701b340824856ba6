//! `jiuzhu assess FILE` (or `-` for stdin): prints the assessment as pretty JSON. Validation
//! errors exit with status 2, one line per error: path, Chinese, English.

use crate::cli_io;
use std::process::ExitCode;

/// Runs the `assess` command on `arg` (a file path or `-`).
pub fn run(arg: Option<&str>) -> ExitCode {
    let value = match cli_io::read_json("assess", arg) {
        Ok(v) => v,
        Err(code) => return code,
    };
    // A scenario file ({"situation": …}) is accepted as well as a bare situation.
    let situation = value.get("situation").cloned().unwrap_or(value);
    // Reading never fails on a JSON value (a field of the wrong type is reported by `evaluate`
    // at its path, with the rest); the arm stays for the deserialiser's own limits.
    let raw: jiuzhu::RawSituation = match serde_json::from_value(situation) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("(root)\t不是一个家庭情况：{e}\tnot a situation: {e}");
            return ExitCode::from(2);
        }
    };
    match jiuzhu::evaluate(&raw) {
        Ok(a) => cli_io::print_json(&a),
        Err(errors) => cli_io::problems(
            errors
                .iter()
                // An input that is not an object at all is wrong at the root, which has no path.
                .map(|e| {
                    let path = if e.path.is_empty() { "(root)" } else { &e.path };
                    (path, e.zh.as_str(), e.en.as_str())
                }),
        ),
    }
}
