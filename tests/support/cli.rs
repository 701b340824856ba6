//! Runs the `jiuzhu` binary with a command that reads stdin (`assess -`, `clerk -`), for the
//! CLI tests that check its output and its error contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `jiuzhu COMMAND -` with `input` on stdin.
pub fn jiuzhu_stdin(command: &str, input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jiuzhu"))
        .args([command, "-"])
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
