//! The engine's JavaScript face: plain JS objects in and out, through serde-wasm-bindgen.
//! Used by the wasm scenario tests and the in-browser benchmark, and available to anyone who
//! embeds the module. JSON text is parsed by the browser (`JSON.parse`), never by the wasm.

use serde::Serialize;
#[allow(unused_imports)]
use wasm_bindgen::prelude::*;

/// Serialises as plain JSON-compatible objects (not `Map`s), so results compare like JSON.
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Assesses a situation given as a plain JS object (the `RawSituation` JSON shape).
///
/// Returns `{ok: true, assessment}` or `{ok: false, errors: [{path, code, zh, en}]}`; a value
/// that is not even an object gives one error at the root. Never throws, never panics.
// Exported to JavaScript only with the `export-api` feature: the page itself never calls it,
// and the serde-wasm-bindgen code behind it would cost the first load about 16 KB gzip.
// The wasm scenario tests call it as a Rust function across the same JsValue boundary.
#[cfg_attr(feature = "export-api", wasm_bindgen(js_name = assess))]
pub fn assess_js(input: JsValue) -> JsValue {
    #[derive(Serialize)]
    struct Out<'a> {
        ok: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        assessment: Option<&'a jiuzhu::Assessment>,
        #[serde(skip_serializing_if = "Option::is_none")]
        errors: Option<&'a [jiuzhu::FieldError]>,
    }
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
        None => {
            // The input is not an object at all (a number, a list, null…): one error at the root.
            use jiuzhu::input::{Args, ErrorCode};
            use jiuzhu::messages::{field_error, Lang};
            let code = ErrorCode::UnknownValue;
            let e = [jiuzhu::FieldError {
                path: String::new(),
                code,
                args: Args::new(),
                input: String::new(),
                zh: field_error(code, "JSON 对象", Lang::Zh),
                en: field_error(code, "a JSON object", Lang::En),
            }];
            to_js(&Out {
                ok: false,
                assessment: None,
                errors: Some(&e),
            })
        }
    }
}
