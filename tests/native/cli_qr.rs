//! `jiuzhu qr`: a situation in, the payload, its QR version and the SVG out; the same error
//! contract as `assess` (every problem on stderr as `path<TAB>中文<TAB>English`, exit 2); a
//! payload in, the situation back.

#[path = "../support/cli.rs"]
mod cli;
use std::process::Command;

const FAMILY: &str = r#"{"as_of": "2026-11-30", "applicant": 0,
    "household": [
        {"name": "王桂兰", "age": "72", "income": [{"kind": "basic_pension", "amount": "180.00"}]},
        {"name": "张建国", "age": "45", "income": [{"kind": "wage", "amount": "3200.00"}]},
        {"name": "李秀英", "age": "43", "income": [{"kind": "wage", "amount": "1500.00"}]},
        {"name": "张小明", "age": "15", "study": "high_school", "income": []}],
    "emergency": {"kind": "fire", "occurred_on": "2026-11-28", "ongoing": false,
                  "ended_on": "2026-11-28", "critical": true}}"#;

/// A situation: JSON with the payload, its length, the version at level M and the SVG; the
/// payload read back gives the situation (names left out without `--names`).
#[test]
fn a_situation_gives_its_code_and_the_code_gives_it_back() {
    let out = cli::jiuzhu_stdin("qr", FAMILY);
    assert_eq!(out.status.code(), Some(0), "{:?}", cli::stderr_lines(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let payload = v["payload"].as_str().unwrap();
    assert!(payload.starts_with("JZ1:"));
    assert_eq!(v["chars"], payload.len());
    assert_eq!(v["level"], "M");
    let version = v["version"].as_u64().unwrap();
    assert!((1..=15).contains(&version));
    let side = 17 + 4 * version + 8;
    let svg = v["svg"].as_str().unwrap();
    assert!(
        svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")),
        "{svg}"
    );

    let back = cli::jiuzhu_stdin("qr", &format!("{payload}\n"));
    assert_eq!(
        back.status.code(),
        Some(0),
        "{:?}",
        cli::stderr_lines(&back)
    );
    let got: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
    let mut want: serde_json::Value = serde_json::from_str(FAMILY).unwrap();
    for m in want["household"].as_array_mut().unwrap() {
        m.as_object_mut().unwrap().remove("name");
    }
    // The JSON of a read-back situation lists absent fields as null; compare what is there.
    let present = |v: &serde_json::Value| -> serde_json::Value {
        fn strip(v: &serde_json::Value) -> serde_json::Value {
            match v {
                serde_json::Value::Object(m) => m
                    .iter()
                    .filter(|(_, x)| !x.is_null())
                    .map(|(k, x)| (k.clone(), strip(x)))
                    .collect(),
                serde_json::Value::Array(a) => a.iter().map(strip).collect(),
                other => other.clone(),
            }
        }
        strip(v)
    };
    assert_eq!(present(&got), present(&want));
}

/// `--names` keeps the names, and the code is longer for them.
#[test]
fn names_only_with_the_flag() {
    let run = |args: &[&str]| -> serde_json::Value {
        let dir = std::env::temp_dir().join(format!("jiuzhu-cli-qr-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("family.json");
        std::fs::write(&file, FAMILY).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_jiuzhu"))
            .arg("qr")
            .args(args)
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let plain = run(&[]);
    let named = run(&["--names"]);
    assert!(named["chars"].as_u64() > plain["chars"].as_u64());
    let back = cli::jiuzhu_stdin("qr", named["payload"].as_str().unwrap());
    let got: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
    assert_eq!(got["household"][3]["name"], "张小明");
}

/// A situation that does not validate: the same lines as `assess` gives, exit 2, nothing on
/// stdout.
#[test]
fn an_invalid_situation_is_reported_like_assess() {
    let input = r#"{"as_of": "2026-11-30", "household": [{"age": 200, "income": "-5"}]}"#;
    let qr = cli::jiuzhu_stdin("qr", input);
    let assess = cli::jiuzhu_stdin("assess", input);
    assert_eq!(qr.status.code(), Some(2));
    assert!(qr.stdout.is_empty());
    let mut got = cli::stderr_lines(&qr);
    got.sort();
    assert!(got.contains(&"household[0].age\t超出范围：0–130\tOut of range: 0–130".to_owned()));
    let mut want = cli::stderr_lines(&assess);
    want.sort();
    assert_eq!(got, want);
}

/// Bad codes: one `(root)` line with the error's words, exit 2.
#[test]
fn a_bad_code_is_one_root_line() {
    let out = cli::jiuzhu_stdin("qr", FAMILY);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let payload = v["payload"].as_str().unwrap().to_owned();
    let half = payload[..payload.len() / 2].to_owned();
    let other = payload.replacen("JZ1:", "JZ2:", 1);
    for (text, zh) in [
        (half.as_str(), "办事码不完整"),
        (other.as_str(), "办事码版本为 2"),
        ("hello world", "这不是本系统的办事码"),
    ] {
        let out = cli::jiuzhu_stdin("qr", text);
        assert_eq!(out.status.code(), Some(2), "{text}");
        let lines = cli::stderr_lines(&out);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].starts_with(&format!("(root)\t{zh}")), "{lines:?}");
    }
}

/// JSON that is not an object is a situation of the wrong shape, as `assess` says; a file that
/// cannot be read is the usual `(root)` line.
#[test]
fn json_that_is_not_an_object_is_reported_like_assess() {
    for input in ["null", "5", "[]"] {
        let qr = cli::jiuzhu_stdin("qr", input);
        let assess = cli::jiuzhu_stdin("assess", input);
        assert_eq!(qr.status.code(), Some(2), "{input}");
        assert_eq!(
            cli::stderr_lines(&qr),
            cli::stderr_lines(&assess),
            "{input}"
        );
    }
    let out = cli::jiuzhu_args(&["qr", "/nonexistent/answers.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(cli::stderr_lines(&out)[0].starts_with("(root)\t无法读取"));
}
