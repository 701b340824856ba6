//! What the file-reading commands (`assess`, `clerk`, `qr`, `config`) share: reading a JSON file or stdin, and
//! printing a result as pretty JSON. Both keep one contract: a problem is a line on stderr
//! (`path<TAB>中文<TAB>English`) and exit status 2.

use std::io::{Read, Write};
use std::process::ExitCode;

/// Reads `arg` (a path, or `-` for stdin) as JSON. On failure the message is printed and the
/// exit code returned.
pub fn read_json(command: &str, arg: Option<&str>) -> Result<serde_json::Value, ExitCode> {
    let text = read_text(command, arg)?;
    serde_json::from_str(&text).map_err(|e| {
        eprintln!("(root)\t不是有效的 JSON：{e}\tnot JSON: {e}");
        ExitCode::from(2)
    })
}

/// Reads `arg` (a path, or `-` for stdin) as text. On failure the message is printed and the
/// exit code returned.
pub fn read_text(command: &str, arg: Option<&str>) -> Result<String, ExitCode> {
    let Some(arg) = arg else {
        eprintln!("usage: jiuzhu {command} FILE|-");
        return Err(ExitCode::from(2));
    };
    let text = if arg == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(arg)
    };
    text.map_err(|e| {
        eprintln!("(root)\t无法读取 {arg}：{e}\tcannot read {arg}: {e}");
        ExitCode::from(2)
    })
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> ExitCode {
    match serde_json::to_string_pretty(value) {
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

/// Prints every problem, one `path<TAB>中文<TAB>English` line each, and gives exit status 2.
pub fn problems<'a>(lines: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>) -> ExitCode {
    for (path, zh, en) in lines {
        eprintln!("{path}\t{zh}\t{en}");
    }
    ExitCode::from(2)
}

/// The situation in a JSON value: a scenario file (`{"situation": …}`) or a bare situation. A
/// field of the wrong type is not an error here (`evaluate` reports it at its path, with the
/// rest); the error arm is for the deserialiser's own limits, printed as one root line.
pub fn situation(value: serde_json::Value) -> Result<jiuzhu::RawSituation, ExitCode> {
    let situation = value.get("situation").cloned().unwrap_or(value);
    serde_json::from_value(situation).map_err(|e| {
        eprintln!("(root)\t不是一个家庭情况：{e}\tnot a situation: {e}");
        ExitCode::from(2)
    })
}
