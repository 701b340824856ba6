//! Runs every `tests/scenarios/*.json` through the native engine and reports each failing file
//! by name. The same files run through wasm (`tests/wasm/scenarios.rs`).

#[path = "../support/scenario_files.rs"]
mod scenario_files;
#[path = "../support/subset.rs"]
mod subset;
use scenario_files::scenario_files;

use serde_json::Value;

/// Runs one scenario; `Err` says what failed.
fn run(text: &str) -> Result<Value, String> {
    let file: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if file
        .get("title")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        return Err("missing title".into());
    }
    if file
        .get("working")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty)
    {
        return Err("missing hand working".into());
    }
    let raw: jiuzhu::RawSituation =
        serde_json::from_value(file.get("situation").cloned().ok_or("missing situation")?)
            .map_err(|e| format!("situation: {e}"))?;
    match (
        file.get("expect"),
        file.get("expect_errors"),
        jiuzhu::evaluate(&raw),
    ) {
        (Some(expect), None, Ok(a)) => {
            let actual = serde_json::to_value(&a).map_err(|e| e.to_string())?;
            subset::check_subset(expect, &actual)?;
            Ok(actual)
        }
        (None, Some(expect), Err(errors)) => {
            let actual = serde_json::to_value(&errors).map_err(|e| e.to_string())?;
            subset::check_subset(expect, &actual)
                .map_err(|e| format!("{e}\nactual errors: {actual}"))?;
            Ok(Value::Null)
        }
        (Some(_), None, Err(errors)) => Err(format!(
            "unexpected validation errors: {}",
            errors
                .iter()
                .map(|e| format!("{} ({})", e.path, e.en))
                .collect::<Vec<_>>()
                .join("; ")
        )),
        (None, Some(_), Ok(_)) => Err("expected validation errors, got an assessment".into()),
        _ => Err("needs exactly one of expect / expect_errors".into()),
    }
}

/// Every reason, warning and step code in an assessment has words in both languages.
fn codes_have_words(a: &Value) -> Result<(), String> {
    use jiuzhu::messages::{self, Lang};
    let mut missing = Vec::new();
    fn reasons<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let (Some(Value::String(c)), Some(Value::Object(_))) =
                    (m.get("code"), m.get("args"))
                {
                    out.push(c);
                }
                for x in m.values() {
                    reasons(x, out);
                }
            }
            Value::Array(xs) => xs.iter().for_each(|x| reasons(x, out)),
            _ => {}
        }
    }
    let mut codes = Vec::new();
    reasons(a.get("paths").unwrap_or(&Value::Null), &mut codes);
    reasons(a.get("documents").unwrap_or(&Value::Null), &mut codes);
    reasons(a.get("linked").unwrap_or(&Value::Null), &mut codes);
    for c in codes {
        if !messages::has_reason(c) {
            missing.push(format!("reason {c}"));
        }
    }
    for w in a["warnings"].as_array().into_iter().flatten() {
        let c = w["code"].as_str().unwrap_or("");
        if messages::warning(c, &Default::default(), Lang::En) == c {
            missing.push(format!("warning {c}"));
        }
    }
    for s in a["timeline"].as_array().into_iter().flatten() {
        let c = s["id"].as_str().unwrap_or("");
        if messages::step_name(c, Lang::Zh).is_none() {
            missing.push(format!("step {c}"));
        }
    }
    for p in a["paths"].as_array().into_iter().flatten() {
        for c in p["conditions"].as_array().into_iter().flatten() {
            let id = c["id"].as_str().unwrap_or("");
            if messages::condition_name(id, Lang::En).is_none() {
                missing.push(format!("condition {id}"));
            }
        }
    }
    for list in ["bring", "not_required"] {
        for d in a["documents"][list].as_array().into_iter().flatten() {
            let id = d["id"].as_str().unwrap_or("");
            if messages::document_name(id, Lang::Zh).is_none() {
                missing.push(format!("document {id}"));
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("codes without words: {}", missing.join(", ")))
    }
}

#[test]
fn every_scenario_file_passes() {
    let files = scenario_files();
    let mut failures = Vec::new();
    for f in &files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(f).unwrap_or_default();
        match run(&text) {
            Ok(actual) if !actual.is_null() => {
                if let Err(e) = codes_have_words(&actual) {
                    failures.push(format!("{name}: {e}"));
                }
            }
            Ok(_) => {}
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenario files failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
    assert!(
        files.len() >= 40,
        "only {} scenario files (at least 40 wanted)",
        files.len()
    );
}

#[test]
fn subset_matcher_can_fail() {
    use serde_json::json;
    assert!(subset::check_subset(&json!({"a": 1}), &json!({"a": 2})).is_err());
    assert!(subset::check_subset(&json!({"a": 1}), &json!({"b": 1})).is_err());
    assert!(
        subset::check_subset(&json!([{"x": 1}, {"x": 1}]), &json!([{"x": 1, "y": 2}])).is_err()
    );
    assert!(subset::check_subset(
        &json!([{"x": 1}, {"y": 2}]),
        &json!([{"x": 1, "y": 2}, {"y": 2}])
    )
    .is_ok());
    assert!(subset::check_subset(&json!([3, 1]), &json!([1, 2, 3])).is_ok());
    assert!(subset::check_subset(&json!("1.00"), &json!("1.0")).is_err());
    assert!(subset::check_subset(&json!({"a": []}), &json!({"a": [1]})).is_err());
    assert!(subset::check_subset(&json!({"a": []}), &json!({"a": []})).is_ok());
}
