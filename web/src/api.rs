//! The engine's JavaScript face, in three forms:
//!
//! - `assess(object) -> object`: plain JS objects each way, through serde-wasm-bindgen;
//! - `assess_json(text) -> text`: the situation as JSON text in, the same result as JSON text
//!   out (the caller parses it with `JSON.parse`);
//! - `assess_summary(text) -> text`: JSON text in, and out only each path's level with the
//!   conditions that are not met and those still unknown.
//!
//! Used by the wasm scenario tests and the in-browser benchmark (`make bench` times all three on
//! the same households), and available to anyone who embeds the module. The text forms exist
//! because building the JS object graph of a whole result, field by field across the boundary,
//! costs far more than the engine itself; one string each way crosses it once.

use serde::Serialize;
#[allow(unused_imports)]
use wasm_bindgen::prelude::*;

/// Serialises as plain JSON-compatible objects (not `Map`s), so results compare like JSON.
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// What every form returns: `{ok: true, assessment}` or `{ok: false, errors}`.
#[derive(Serialize)]
struct Out<'a> {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessment: Option<&'a jiuzhu::Assessment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a [jiuzhu::FieldError]>,
}

/// The one error of an input that is not a situation object at all (a number, a list, `null`,
/// text that is not JSON), at the root.
fn not_an_object() -> [jiuzhu::FieldError; 1] {
    use jiuzhu::input::{Args, ErrorCode};
    use jiuzhu::messages::{field_error, Lang};
    let code = ErrorCode::UnknownValue;
    [jiuzhu::FieldError {
        path: String::new(),
        code,
        args: Args::new(),
        input: String::new(),
        zh: field_error(code, "JSON 对象", Lang::Zh),
        en: field_error(code, "a JSON object", Lang::En),
    }]
}

/// Assesses a situation given as a plain JS object (the `RawSituation` JSON shape).
///
/// Returns `{ok: true, assessment}` or `{ok: false, errors: [{path, code, zh, en}]}`; a value
/// that is not even an object gives one error at the root. Never throws, never panics.
// Exported to JavaScript only with the `export-api` feature: the page itself never calls it.
// Exporting the three forms (serde-wasm-bindgen's deserialiser and serialiser, serde_json) adds
// 42.0 KB gzip to the resident wasm (172,527 B against 129,518 B, the same release profile and
// wasm-opt flags with and without the feature, 2026-11-30; `assess` alone added 31.9 KB), so the
// shipped page leaves them out.
// The wasm scenario tests call it as a Rust function across the same JsValue boundary.
#[cfg_attr(feature = "export-api", wasm_bindgen(js_name = assess))]
pub fn assess_js(input: JsValue) -> JsValue {
    // `null`, a number or a list is not a situation at all: one error at the root, rather than
    // serde-wasm-bindgen's reading of `null` as an empty object.
    let raw: Option<jiuzhu::RawSituation> = if input.is_object() && !js_sys::Array::is_array(&input)
    {
        serde_wasm_bindgen::from_value(input).ok()
    } else {
        None
    };
    match raw {
        Some(raw) => match jiuzhu::evaluate(&raw) {
            Ok(a) => to_js(&Out {
                ok: true,
                assessment: Some(&a),
                errors: None,
            }),
            Err(e) => to_js(&Out {
                ok: false,
                assessment: None,
                errors: Some(&e),
            }),
        },
        None => to_js(&Out {
            ok: false,
            assessment: None,
            errors: Some(&not_an_object()),
        }),
    }
}

/// Reads a situation from JSON text: `None` when the text is not JSON or not an object (the
/// same cases `assess_js` answers with one error at the root).
#[cfg(feature = "export-api")]
fn situation_from_text(text: &str) -> Option<jiuzhu::RawSituation> {
    // RawSituation's own reader is lenient and would read `5` or `[]` as an empty situation;
    // only an object is one (JSON allows leading blanks).
    if !text.trim_start().starts_with('{') {
        return None;
    }
    serde_json::from_str(text).ok()
}

/// Serialises to JSON text; the result types hold only strings, numbers, booleans, lists and
/// string-keyed maps, which always serialise, so the fallback is never reached.
#[cfg(feature = "export-api")]
fn to_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| String::from("null"))
}

/// `assess` with JSON text each way: the text of a situation object in, the text of exactly what
/// `assess(object)` returns out (`JSON.parse(assess_json(JSON.stringify(s)))` equals `assess(s)`
/// as JSON). Never throws, never panics.
#[cfg(feature = "export-api")]
#[wasm_bindgen]
pub fn assess_json(situation: &str) -> String {
    match situation_from_text(situation) {
        Some(raw) => match jiuzhu::evaluate(&raw) {
            Ok(a) => to_text(&Out {
                ok: true,
                assessment: Some(&a),
                errors: None,
            }),
            Err(e) => to_text(&Out {
                ok: false,
                assessment: None,
                errors: Some(&e),
            }),
        },
        None => to_text(&Out {
            ok: false,
            assessment: None,
            errors: Some(&not_an_object()),
        }),
    }
}

/// One path of the summary: its id and level, and the ids of its conditions that are not met
/// and of those still unknown (what a `possible` waits for).
#[cfg(feature = "export-api")]
#[derive(Serialize)]
struct PathSummary {
    id: jiuzhu::assessment::PathId,
    level: jiuzhu::assessment::Level,
    not_met: Vec<&'static str>,
    unknown: Vec<&'static str>,
}

#[cfg(feature = "export-api")]
#[derive(Serialize)]
struct Summary<'a> {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    paths: Option<Vec<PathSummary>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a [jiuzhu::FieldError]>,
}

/// The summary form: JSON text of a situation in; out `{ok: true, paths: [{id, level, not_met,
/// unknown}]}` (every path, in the engine's order, the condition ids of each), or the same
/// `{ok: false, errors}` as `assess`. Never throws, never panics.
#[cfg(feature = "export-api")]
#[wasm_bindgen]
pub fn assess_summary(situation: &str) -> String {
    use jiuzhu::assessment::CondStatus;
    let ids = |p: &jiuzhu::assessment::Path, s: CondStatus| -> Vec<&'static str> {
        p.conditions
            .iter()
            .filter(|c| c.status == s)
            .map(|c| c.id)
            .collect()
    };
    match situation_from_text(situation) {
        Some(raw) => match jiuzhu::evaluate(&raw) {
            Ok(a) => to_text(&Summary {
                ok: true,
                paths: Some(
                    a.paths
                        .iter()
                        .map(|p| PathSummary {
                            id: p.id,
                            level: p.level,
                            not_met: ids(p, CondStatus::NotMet),
                            unknown: ids(p, CondStatus::Unknown),
                        })
                        .collect(),
                ),
                errors: None,
            }),
            Err(e) => to_text(&Summary {
                ok: false,
                paths: None,
                errors: Some(&e),
            }),
        },
        None => to_text(&Summary {
            ok: false,
            paths: None,
            errors: Some(&not_an_object()),
        }),
    }
}
