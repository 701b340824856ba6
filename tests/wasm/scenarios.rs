//! Every `tests/scenarios/*.json` through the compiled WebAssembly, in Chromium
//! (`cargo test -p jiuzhu-web --target wasm32-unknown-unknown`, with `CHROMEDRIVER` set).
//!
//! Each situation crosses the same boundary as on the page: its JSON text is turned into a plain
//! JS object by the browser's `JSON.parse`, handed to `jiuzhu_web::api::assess_js` (exported to JS
//! as `assess`), and the returned JS object is turned back into text by `JSON.stringify`. The
//! result must match the file's `expect` / `expect_errors` (the same subset matcher as the native
//! runner) AND be identical, as JSON, to the native `jiuzhu::evaluate` result serialised with
//! serde_json: the wasm build may not differ from the native one in any field.
//!
//! The files are embedded at build time by `web/build.rs` (a browser test cannot read the disk).
#![cfg(target_arch = "wasm32")]

#[path = "../support/subset.rs"]
mod subset;

include!(concat!(env!("OUT_DIR"), "/scenarios.rs"));

use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Calls the exported function the way a page would, from JSON text to JSON text.
fn assess_through_js(situation_json: &str) -> Result<Value, String> {
    let input = js_sys::JSON::parse(situation_json).map_err(|e| format!("JSON.parse: {e:?}"))?;
    let output = jiuzhu_web::api::assess_js(input);
    let text: String = js_sys::JSON::stringify(&output)
        .map_err(|e| format!("JSON.stringify: {e:?}"))?
        .into();
    serde_json::from_str(&text).map_err(|e| format!("result is not JSON: {e}"))
}

/// The native result in the shape `assess` returns.
fn native(situation: &Value) -> Result<Value, String> {
    let raw: jiuzhu::RawSituation =
        serde_json::from_value(situation.clone()).map_err(|e| format!("situation: {e}"))?;
    let out = match jiuzhu::evaluate(&raw) {
        Ok(a) => {
            json!({"ok": true, "assessment": serde_json::to_value(&a).map_err(|e| e.to_string())?})
        }
        Err(e) => {
            json!({"ok": false, "errors": serde_json::to_value(&e).map_err(|e| e.to_string())?})
        }
    };
    Ok(out)
}

fn run(text: &str) -> Result<(), String> {
    let file: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let situation = file.get("situation").ok_or("missing situation")?;
    let wasm = assess_through_js(&situation.to_string())?;
    let native = native(situation)?;
    if wasm != native {
        return Err(format!(
            "wasm and native results differ\nwasm:   {wasm}\nnative: {native}"
        ));
    }
    match (
        file.get("expect"),
        file.get("expect_errors"),
        wasm.get("ok"),
    ) {
        (Some(expect), None, Some(Value::Bool(true))) => {
            subset::check_subset(expect, &wasm["assessment"])
        }
        (None, Some(expect), Some(Value::Bool(false))) => {
            subset::check_subset(expect, &wasm["errors"])
        }
        (Some(_), None, _) => Err(format!("unexpected validation errors: {}", wasm["errors"])),
        (None, Some(_), _) => Err("expected validation errors, got an assessment".into()),
        _ => Err("needs exactly one of expect / expect_errors".into()),
    }
}

#[wasm_bindgen_test]
fn every_scenario_file_passes_in_wasm_and_equals_native() {
    assert!(!FILES.is_empty(), "no scenario files embedded");
    let failures: Vec<String> = FILES
        .iter()
        .filter_map(|(name, text)| run(text).err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} scenario files failed in wasm:\n{}",
        failures.len(),
        FILES.len(),
        failures.join("\n\n")
    );
}

/// A value that is not a situation object gives exactly one error at the root, never a throw or
/// a panic.
#[wasm_bindgen_test]
fn non_objects_give_errors_not_throws() {
    for input in [
        JsValue::from(5),
        JsValue::NULL,
        JsValue::from_str("x"),
        js_sys::Array::new().into(),
    ] {
        let out = jiuzhu_web::api::assess_js(input);
        let text: String = js_sys::JSON::stringify(&out)
            .map(Into::into)
            .unwrap_or_default();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(v["ok"], json!(false), "{text}");
        assert_eq!(v["errors"].as_array().map(Vec::len), Some(1), "{text}");
        assert_eq!(v["errors"][0]["path"], json!(""), "{text}");
    }
}

/// The comparison above can fail: a changed field is caught.
#[wasm_bindgen_test]
fn the_wasm_native_comparison_can_fail() {
    let Some((_, text)) = FILES.first() else {
        panic!("no scenario files embedded")
    };
    let file: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let mut wasm = assess_through_js(&file["situation"].to_string()).unwrap_or(Value::Null);
    let native = native(&file["situation"]).unwrap_or(Value::Null);
    assert_eq!(wasm, native);
    wasm["ok"] = json!("changed");
    assert_ne!(wasm, native);
}

/// The text forms (`assess_json`, `assess_summary`) exist only with `export-api`
/// (`make test-wasm` builds with it).
#[cfg(feature = "export-api")]
mod text_forms {
    use super::*;

    /// What `assess_json` gives for a situation's text, parsed.
    fn json_form(situation: &str) -> Value {
        serde_json::from_str(&jiuzhu_web::api::assess_json(situation)).unwrap_or(Value::Null)
    }

    /// The JSON-text form gives, for every scenario file, exactly what `assess(object)` gives:
    /// the same assessment or the same errors, field for field.
    #[wasm_bindgen_test]
    fn the_json_form_equals_the_object_form_for_every_scenario() {
        assert!(!FILES.is_empty(), "no scenario files embedded");
        let mut failures = Vec::new();
        for (name, text) in FILES {
            let file: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            let situation = file["situation"].to_string();
            let object = assess_through_js(&situation).unwrap_or(Value::Null);
            let json = json_form(&situation);
            if object == Value::Null || json != object {
                failures.push(format!(
                    "{name}:\nassess_json: {json}\nassess:      {object}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    /// The summary lists every path of the full result with its level, and exactly the
    /// conditions whose status there is `not_met` and `unknown`, in the same order; errors are
    /// the same errors.
    #[wasm_bindgen_test]
    fn the_summary_is_the_full_result_cut_down() {
        let mut failures = Vec::new();
        for (name, text) in FILES {
            let file: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            let situation = file["situation"].to_string();
            let full = json_form(&situation);
            let summary: Value = serde_json::from_str(&jiuzhu_web::api::assess_summary(&situation))
                .unwrap_or(Value::Null);
            // The summary worked out here from the full result, independently of the code that
            // writes it.
            let expected = if full["ok"] == json!(true) {
                let paths: Vec<Value> = full["assessment"]["paths"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .map(|p| {
                        let with = |status: &str| -> Vec<Value> {
                            p["conditions"]
                                .as_array()
                                .cloned()
                                .unwrap_or_default()
                                .into_iter()
                                .filter(|c| c["status"] == json!(status))
                                .map(|c| c["id"].clone())
                                .collect()
                        };
                        json!({"id": p["id"], "level": p["level"],
                               "not_met": with("not_met"), "unknown": with("unknown")})
                    })
                    .collect();
                json!({"ok": true, "paths": paths})
            } else {
                json!({"ok": false, "errors": full["errors"]})
            };
            if summary != expected {
                failures.push(format!(
                    "{name}:\nsummary:  {summary}\nexpected: {expected}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    }

    /// Text that is not a situation object, including text that is not JSON, gives exactly one
    /// error at the root from both text forms, as `assess` does for a non-object.
    #[wasm_bindgen_test]
    fn text_that_is_not_an_object_gives_one_root_error() {
        for text in [
            "5",
            "null",
            "\"x\"",
            "[]",
            "",
            "{",
            "{\"as_of\":",
            "not json",
        ] {
            for out in [
                json_form(text),
                serde_json::from_str(&jiuzhu_web::api::assess_summary(text)).unwrap_or(Value::Null),
            ] {
                assert_eq!(out["ok"], json!(false), "{text}: {out}");
                assert_eq!(
                    out["errors"].as_array().map(Vec::len),
                    Some(1),
                    "{text}: {out}"
                );
                assert_eq!(out["errors"][0]["path"], json!(""), "{text}: {out}");
            }
        }
    }
}
