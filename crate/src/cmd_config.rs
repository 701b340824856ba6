//! `jiuzhu config check FILE` (or `-`): validates a site configuration (`site.json`) before the
//! host uploads it. Every problem on stderr, one `path<TAB>中文<TAB>English` line each, and exit
//! status 2 on any; otherwise what was read (the district's figures, windows, hotline) as
//! pretty JSON on stdout and status 0, so that the host sees exactly what the page will use.
//!
//! The file goes through the same reader as on the page ([`jiuzhu::site::read`], from a
//! [`Loose`] value), so a file this command accepts is one the page reads without a notice.

use crate::cli_io;
use jiuzhu::input::Loose;
use std::process::ExitCode;

/// Runs `config SUBCOMMAND …`.
pub fn run(rest: &[String]) -> ExitCode {
    match rest.first().map(String::as_str) {
        Some("check") => check(rest.get(1).map(String::as_str)),
        _ => {
            eprintln!("usage: jiuzhu config check FILE|-");
            ExitCode::from(2)
        }
    }
}

fn check(arg: Option<&str>) -> ExitCode {
    let value = match cli_io::read_json("config check", arg) {
        Ok(v) => v,
        Err(code) => return code,
    };
    // Loose reads any JSON value (null included), so this conversion cannot fail on a parsed
    // file; the arm is there so that it never panics if that changes.
    let loose: Loose = match serde_json::from_value(value) {
        Ok(l) => l,
        Err(e) => {
            let err = jiuzhu::site::not_json(&e.to_string());
            return cli_io::problems([(err.path.as_str(), err.zh.as_str(), err.en.as_str())]);
        }
    };
    let (site, errors) = jiuzhu::site::read(&loose);
    if !errors.is_empty() {
        return cli_io::problems(
            errors
                .iter()
                .map(|e| (e.path.as_str(), e.zh.as_str(), e.en.as_str())),
        );
    }
    cli_io::print_json(&site)
}
