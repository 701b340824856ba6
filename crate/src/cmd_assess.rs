//! `jiuzhu assess FILE` (or `-` for stdin): prints the assessment as pretty JSON. Validation
//! errors exit with status 2, one line per error: path, Chinese, English.

use std::io::Read;
use std::process::ExitCode;

/// Runs the `assess` command on `arg` (a file path or `-`).
pub fn run(arg: Option<&str>) -> ExitCode {
    let Some(arg) = arg else {
        eprintln!("usage: jiuzhu assess FILE|-");
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
    // A scenario file ({"situation": …}) is accepted as well as a bare situation.
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("not JSON: {e}");
            return ExitCode::from(2);
        }
    };
    let situation = value.get("situation").cloned().unwrap_or(value);
    let raw: jiuzhu::RawSituation = match serde_json::from_value(situation) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("not a situation: {e}");
            return ExitCode::from(2);
        }
    };
    match jiuzhu::evaluate(&raw) {
        Ok(a) => match serde_json::to_string_pretty(&a) {
            Ok(s) => {
                // A closed pipe (`| head`) is not an error of ours: stop quietly, no panic.
                use std::io::Write;
                let _ = writeln!(std::io::stdout().lock(), "{s}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot print: {e}");
                ExitCode::FAILURE
            }
        },
        Err(errors) => {
            for e in errors {
                eprintln!("{}\t{}\t{}", e.path, e.zh, e.en);
            }
            ExitCode::from(2)
        }
    }
}
