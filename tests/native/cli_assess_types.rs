//! `jiuzhu assess -`: a field of the wrong JSON type is reported at its path, together with
//! every other problem, on stderr as `path<TAB>zh<TAB>en`, with exit status 2 (issue 11 §7).

#[path = "../support/cli.rs"]
mod cli;
use std::process::Output;

fn assess_stdin(input: &str) -> Output {
    cli::jiuzhu_stdin("assess", input)
}

/// The four examples of the issue in one situation, plus an age of 200 (outside 0–130): five
/// lines, each at its own path, and nothing else (no "not a situation", no spurious errors for
/// the fields that were dropped).
#[test]
fn wrong_types_are_reported_at_their_paths_with_the_rest() {
    let out = assess_stdin(
        r#"{"as_of": "2026-11-30",
            "household": [{"age": 62, "income": "-5", "disability": "limb"}, {"age": 200}],
            "supporters": "none",
            "self_care": true}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let mut got = cli::stderr_lines(&out);
    got.sort();
    let object = "应为一组字段（JSON 对象）\tShould be a set of fields (a JSON object)";
    let mut want = vec![
        format!("household[0].income\t应为列表（JSON 数组）\tShould be a list (a JSON array)"),
        format!("household[0].disability\t{object}"),
        format!("supporters\t{object}"),
        format!("self_care\t{object}"),
        "household[1].age\t超出范围：0–130\tOut of range: 0–130".to_owned(),
    ];
    want.sort();
    assert_eq!(got, want);
}

/// A scenario file (`{"situation": …}`) is read the same way, and an input that is not an
/// object at all is one error at the root.
#[test]
fn scenario_wrapper_and_root() {
    let out = assess_stdin(r#"{"situation": {"as_of": "2026-11-30", "household": "two"}}"#);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        cli::stderr_lines(&out),
        ["household\t应为列表（JSON 数组）\tShould be a list (a JSON array)"]
    );
    for input in ["[]", "5", "\"x\"", "null"] {
        let out = assess_stdin(input);
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert_eq!(
            cli::stderr_lines(&out),
            ["(root)\t应为一组字段（JSON 对象）\tShould be a set of fields (a JSON object)"],
            "{input}"
        );
    }
}

/// The same input with the right types assesses (exit 0): the errors above came from the
/// types, not from anything else in it.
#[test]
fn the_same_household_with_right_types_assesses() {
    let out = assess_stdin(
        r#"{"as_of": "2026-11-30",
            "household": [{"age": 62, "income": [], "disability": {"kind": "limb", "grade": 2}}, {"age": 30}],
            "supporters": {"status": "none"},
            "self_care": {"eating": true}}"#,
    );
    assert_eq!(out.status.code(), Some(0), "{:?}", cli::stderr_lines(&out));
}
