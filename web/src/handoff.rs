//! What the page's wasm asks of the case module (`web/code`), which `loader.js` fetches right
//! after start, whatever the user does, and puts behind `globalThis.jiuzhuCode`: the resident's
//! result (`result`: the module evaluates and renders it with this crate's own `render::result`),
//! the hand-over code under it (`draw`), and "save" (`save`). The rest of the hand-over code of
//! issue 15 (its encoder and decoder, the QR generator, the counter's scan field) and "open" are
//! the module's own; it brings a case in through `store::restore_answers`. So the first load
//! carries none of it. Until the module has arrived, the result says it is getting ready, no
//! code is shown, and "save" says to wait a moment.

use crate::state;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Draws the code of these answers (JSON text as "save" writes them) under the result, or
    /// hides it (`""`).
    #[wasm_bindgen(catch, js_namespace = jiuzhuCode, js_name = draw)]
    fn draw_code(answers: &str) -> Result<(), JsValue>;
    /// Evaluates the form's answers and renders the result into `#result` (the case module runs
    /// this crate's own `render::result`); `null` before the module has arrived.
    #[wasm_bindgen(catch, js_namespace = jiuzhuCode, js_name = result)]
    fn result_in_module(english: bool) -> Result<JsValue, JsValue>;
    /// Offers these answers (JSON text) as a file download, made in the browser; returns the
    /// status line, or `null` before the module has arrived.
    #[wasm_bindgen(catch, js_namespace = jiuzhuCode, js_name = save)]
    fn save_file(answers: &str) -> Result<JsValue, JsValue>;
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

/// "Save answers to a file": the case module makes the file; the line to show.
pub fn save() {
    let line = crate::store::answers_json()
        .and_then(|a| save_file(&a).ok())
        .and_then(|v| v.as_string());
    if let Some(s) = crate::dom::by_id("tool-status") {
        s.set_text_content(Some(line.as_deref().unwrap_or(state::tr(
            "保存功能还在加载，请稍等几秒再试。",
            "Saving is still loading; try again in a few seconds.",
        ))));
    }
}

/// The resident's result, rendered by the case module; `false` while it has not arrived
/// (`loader.js` then calls `module_ready` when it does).
#[cfg(not(any(feature = "clerk", feature = "module")))]
pub fn result(english: bool) -> bool {
    result_in_module(english)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
