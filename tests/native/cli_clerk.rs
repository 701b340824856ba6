//! The `jiuzhu clerk` command: the counter checks as JSON, with the `assess` error contract:
//! every problem on stderr as `path<TAB>zh<TAB>en`, all at once, and exit status 2.

#[path = "../support/cli.rs"]
mod cli;
use cli::text;
use std::process::Output;

fn clerk_stdin(input: &str) -> Output {
    cli::jiuzhu_stdin("clerk", input)
}

fn check<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id}"))
}

/// §四.3: "参会人员……一般不得少于12人". 12 passes, 11 fails; the 受理 date of Wed 2026-07-01
/// plus 5 working days is Wed 07-08 (07-02, 07-03, 07-06, 07-07, 07-08), so a meeting on 07-08
/// is in time.
#[test]
fn clean_case_gives_the_checks_as_json() {
    let out = clerk_stdin(
        r#"{"today": "2026-07-09",
            "meeting": {"accepted": "2026-07-01", "held": "2026-07-08", "participants": 12}}"#,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let p = check(&report, "meeting.participants");
    assert_eq!(p["status"], "pass");
    let m = check(&report, "meeting.within_5_workdays");
    assert_eq!(m["status"], "pass");
    assert_eq!(m["args"]["limit"], "2026-07-08");

    let out = clerk_stdin(r#"{"meeting": {"participants": "１１"}}"#);
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(check(&report, "meeting.participants")["status"], "fail");
}

/// A wrong JSON type, an unknown field and an unreadable value are all reported together, each
/// at its own path, in both languages.
#[test]
fn every_problem_is_reported_at_its_path() {
    let out = clerk_stdin(
        r#"{"meeting": {"participants": [12], "held": "2026-02-30"},
            "emergency": {"amount": "lots"},
            "funds": {"nonsense": 1}}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "",
        "no report when the input has problems"
    );
    let err = text(&out.stderr);
    let paths: Vec<&str> = err
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    for p in [
        "meeting.participants",
        "meeting.held",
        "emergency.amount",
        "funds.nonsense",
    ] {
        assert!(paths.contains(&p), "{p} missing from:\n{err}");
    }
    for line in err.lines() {
        assert_eq!(line.split('\t').count(), 3, "path, zh, en: {line}");
    }
}

#[test]
fn not_json_and_not_an_object_exit_2() {
    let out = clerk_stdin("{not json");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("(root)\t"));
    let out = clerk_stdin("[1, 2]");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("object"));
}
