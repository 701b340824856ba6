//! The few DOM operations the page needs. Text only ever goes in through `textContent`.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The element with this id, if any.
pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// The current value of the `<input>` with this id.
pub fn input_value(id: &str) -> Option<String> {
    Some(by_id(id)?.dyn_into::<HtmlInputElement>().ok()?.value())
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}

/// Appends `<tag>text</tag>` to `parent` and returns it.
pub fn append_text(parent: &Element, tag: &str, text: &str) -> Option<Element> {
    let el = document()?.create_element(tag).ok()?;
    el.set_text_content(Some(text));
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Calls `f` on every `event` fired at `target`, for the page's lifetime.
pub fn on(target: &Element, event: &str, f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Appends `<time datetime="YYYY-MM-DD">YYYY-MM-DD</time>`, so that machines and people read
/// the same date.
pub fn append_time(parent: &Element, date: NaiveDate) -> Option<Element> {
    let iso = date.format("%Y-%m-%d").to_string();
    let el = append_text(parent, "time", &iso)?;
    el.set_attribute("datetime", &iso).ok()?;
    Some(el)
}
