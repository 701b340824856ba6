//! `jiuzhu`: the command-line face of the engine. A thin `main` over the library's API.

use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: jiuzhu <add-workdays DATE N | calendar YEAR | assess FILE|->");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        _ => usage(),
    }
}
