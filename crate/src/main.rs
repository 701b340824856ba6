//! `jiuzhu`: the command-line face of the engine. A thin `main` over the library's API.

mod cli_io;
mod cmd_assess;
mod cmd_calendar;
mod cmd_clerk;
mod cmd_config;
mod cmd_qr;

use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: jiuzhu <add-workdays DATE N | calendar YEAR | assess FILE|- | clerk FILE|- | config check FILE|- | qr [--names] FILE|->");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("add-workdays") => cmd_calendar::add_workdays(rest),
        Some("calendar") => cmd_calendar::calendar(rest),
        Some("assess") => cmd_assess::run(args.get(1).map(String::as_str)),
        Some("clerk") => cmd_clerk::run(args.get(1).map(String::as_str)),
        Some("qr") => cmd_qr::run(rest),
        Some("config") => cmd_config::run(rest),
        _ => usage(),
    }
}
