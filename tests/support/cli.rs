//! Runs the `jiuzhu` binary with a command that reads stdin (`assess -`, `clerk -`, `config
//! check -`), for the
//! CLI tests that check its output and its error contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `jiuzhu COMMAND -` with `input` on stdin.
#[allow(dead_code)] // each CLI test uses some of these forms
pub fn jiuzhu_stdin(command: &str, input: &str) -> Output {
    jiuzhu_args_stdin(&[command], input)
}

/// `jiuzhu ARGS…`, reading nothing from stdin.
#[allow(dead_code)]
pub fn jiuzhu_args(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jiuzhu"))
        .args(args)
        .output()
        .expect("run jiuzhu")
}

/// A run's output as text.
#[allow(dead_code)]
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// `jiuzhu ARGS… -` with `input` on stdin (`config check -`).
#[allow(dead_code)]
pub fn jiuzhu_args_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jiuzhu"))
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run jiuzhu");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

/// The lines of a run's stderr.
#[allow(dead_code)] // the tests that compare error lines use it
pub fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stderr.clone())
        .expect("UTF-8 stderr")
        .lines()
        .map(str::to_owned)
        .collect()
}
