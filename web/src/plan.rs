//! The plan's own words, shown behind each citation of a clause. They are not in the wasm: the
//! page's first screens do not need them, and they are about 3 KB gzip of the first load.
//! `loader.js` fetches `clauses.json` (the engine's `crate/data/clauses.json`, copied into the
//! build by trunk) right after start, whatever the user does, parses it with the browser's
//! `JSON.parse`, and hands it to `plan_text`. Until then, or if it never comes (a failed
//! request), a citation shows its name without the text.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The `clauses` array of clauses.json: `{id, title, text}` objects.
    static CLAUSES: RefCell<Option<js_sys::Array>> = const { RefCell::new(None) };
}

/// Called by `loader.js` with the parsed clauses.json; re-renders a result already on show, so
/// that its citations gain their text.
#[cfg(not(feature = "module"))]
#[wasm_bindgen]
pub fn plan_text(file: JsValue) {
    set(file);
    crate::refresh();
}

/// Keeps the clauses of the parsed clauses.json.
pub fn set(file: JsValue) {
    let list = js_sys::Reflect::get(&file, &"clauses".into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|v| js_sys::Array::from(&v));
    CLAUSES.with(|c| *c.borrow_mut() = list);
}

fn field(id: &str, name: &str) -> Option<String> {
    CLAUSES.with(|c| {
        let list = c.borrow();
        let found = list.as_ref()?.iter().find(|e| {
            js_sys::Reflect::get(e, &"id".into())
                .ok()
                .and_then(|v| v.as_string())
                .as_deref()
                == Some(id)
        })?;
        js_sys::Reflect::get(&found, &name.into()).ok()?.as_string()
    })
}

/// The plan's text of clause `id` (e.g. `§四.6`), once clauses.json has arrived.
pub fn text(id: &str) -> Option<String> {
    field(id, "text").filter(|t| !t.is_empty())
}

/// The plan's heading of clause `id` (empty for paragraphs without one).
pub fn title(id: &str) -> Option<String> {
    field(id, "title")
}
