//! The hand-over code (issue 15), as the page's wasm sees it: two calls to the code's own small
//! wasm (`web/code`), which `loader.js` fetches right after start, whatever the user does, and
//! puts behind `globalThis.jiuzhuCode`. Everything else of the code (its encoder and decoder,
//! the QR generator, drawing it, the counter's scan field) is in that module, so that the
//! first load carries none of it. Until it has arrived, the result shows no code and opening a
//! code says to wait a moment.

use crate::state;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Draws the code of these answers (JSON text as "save" writes them) under the result, or
    /// hides it (`""`).
    #[wasm_bindgen(catch, js_namespace = jiuzhuCode, js_name = draw)]
    fn draw_code(answers: &str) -> Result<(), JsValue>;
    /// Reads a code into the form (through `store::restore_answers`); returns the status line,
    /// or `null` before the module has arrived.
    #[wasm_bindgen(catch, js_namespace = jiuzhuCode, js_name = open)]
    fn open_code(text: &str) -> Result<JsValue, JsValue>;
}

/// After each result: the code goes with a result, not with answers still to correct.
pub fn result_shown(ok: bool) {
    let answers = if ok {
        crate::store::answers_json()
    } else {
        None
    };
    let _ = draw_code(answers.as_deref().unwrap_or(""));
}

/// Whether a text looks like a hand-over code rather than a saved file: `JZ`, a digit.
pub fn is_code(text: &str) -> bool {
    let t = text.trim_start().as_bytes();
    t.get(..2).is_some_and(|m| m.eq_ignore_ascii_case(b"JZ"))
        && t.get(2).is_some_and(u8::is_ascii_digit)
}

/// Reads a code (a file opened with "open") into the form; the line to show.
pub fn open(text: &str) -> String {
    match open_code(text).ok().and_then(|v| v.as_string()) {
        Some(line) => line,
        None => state::tr(
            "读码功能还在加载，请稍等几秒再试。当前回答没有改动。",
            "The code reader is still loading; try again in a few seconds. Your answers are unchanged.",
        )
        .to_string(),
    }
}
