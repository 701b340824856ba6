//! `jiuzhu qr [--names] FILE` (or `-` for stdin): the hand-over code of a situation.
//!
//! - A situation (JSON, as `assess` reads it, a scenario file included): validated first, with
//!   the same contract as `assess` (every problem on stderr as `path<TAB>中文<TAB>English`, exit
//!   status 2), then printed as JSON: the payload, its length, the QR version (level M), the
//!   mask and the SVG. Names are left out unless `--names` is given.
//! - Any other text is read as a hand-over code (as a scanner types it) and printed as the
//!   situation's JSON; a code that does not read is one `(root)` line, in the words of
//!   [`handoff::HandoffError`], and exit status 2.

use crate::cli_io;
use jiuzhu::{handoff, qr};
use serde::Serialize;
use std::process::ExitCode;

/// What `qr` prints for a situation.
#[derive(Serialize)]
struct Printed {
    payload: String,
    chars: usize,
    version: u8,
    level: &'static str,
    mask: u8,
    svg: String,
}

/// Runs the `qr` command on `args` (`[--names] FILE|-`).
pub fn run(args: &[String]) -> ExitCode {
    let include_names = args.iter().any(|a| a == "--names");
    let file = args.iter().find(|a| *a != "--names").map(String::as_str);
    let text = match cli_io::read_text("qr [--names]", file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    // JSON is a situation; any other text is read as a code (a payload is never JSON).
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
        return from_payload(&text);
    };
    let raw = match cli_io::situation(value) {
        Ok(r) => r,
        Err(code) => return code,
    };
    // Only a case the engine can assess is handed over: the clerk's view assesses it at once.
    if let Err(errors) = jiuzhu::validate(&raw) {
        return cli_io::problems(errors.iter().map(|e| {
            let path = if e.path.is_empty() { "(root)" } else { &e.path };
            (path, e.zh.as_str(), e.en.as_str())
        }));
    }
    let payload = handoff::encode(&raw, handoff::Options { include_names });
    match qr::encode(&payload) {
        Ok(symbol) => cli_io::print_json(&Printed {
            chars: payload.len(),
            version: symbol.version,
            level: "M",
            mask: symbol.mask,
            svg: symbol.svg(),
            payload,
        }),
        Err(e) => cli_io::problems([("(root)", e.zh().as_str(), e.en().as_str())]),
    }
}

/// Reads a hand-over code back and prints the situation.
fn from_payload(text: &str) -> ExitCode {
    match handoff::decode(text) {
        Ok(raw) => cli_io::print_json(&raw),
        Err(e) => cli_io::problems([("(root)", e.zh().as_str(), e.en().as_str())]),
    }
}
