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
    let raw = match cli_io::situation(value) {
        Ok(r) => r,
        Err(code) => return code,
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
