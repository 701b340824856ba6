//! The few DOM operations the page needs. Text only ever goes in through `textContent`; no
//! `innerHTML` anywhere, so nothing a user typed can become markup.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The element with this id, if any.
pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Every element matching `selector` under `root` (the whole document when `None`).
pub fn all(root: Option<&Element>, selector: &str) -> Vec<Element> {
    let list = match root {
        Some(r) => r.query_selector_all(selector).ok(),
        None => document().and_then(|d| d.query_selector_all(selector).ok()),
    };
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The words of control `id`'s label in `lang`, as `page.rs` wrote them from the question
/// table: a radio group's legend, the label for the control, or the label around a checkbox;
/// each holds the words in a `.zh` and an `.en` span. Empty when the page has none.
pub fn label_text(id: &str, lang: jiuzhu::messages::Lang) -> String {
    let label = by_id(id).and_then(|el| {
        if el.tag_name() == "FIELDSET" {
            first(&el, "legend")
        } else {
            let mut sel = String::from("label[for=\"");
            sel.push_str(id);
            sel.push_str("\"]");
            document()?
                .query_selector(&sel)
                .ok()
                .flatten()
                .or_else(|| el.closest("label").ok().flatten())
        }
    });
    let lang = match lang {
        jiuzhu::messages::Lang::Zh => ".zh",
        jiuzhu::messages::Lang::En => ".en",
    };
    label
        .and_then(|l| first(&l, lang))
        .and_then(|s| s.text_content())
        .unwrap_or_default()
}

/// The first element matching `selector` under `root`.
pub fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The value of a form control: text of an input or select, `"true"`/`"false"` for a
/// checkbox.
pub fn value_of(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        if i.type_() == "checkbox" {
            return if i.checked() {
                "true".into()
            } else {
                "false".into()
            };
        }
        return i.value();
    }
    if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        return s.value();
    }
    String::new()
}

/// Sets a form control back to `value` (the inverse of [`value_of`]).
pub fn set_value(el: &Element, value: &str) {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        match i.type_().as_str() {
            "checkbox" => i.set_checked(value == "true"),
            "radio" => i.set_checked(i.value() == value),
            _ => i.set_value(value),
        }
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.set_value(value);
    }
}

/// The value of the field with this id ("" when absent).
pub fn field(id: &str) -> String {
    by_id(id).map(|e| value_of(&e)).unwrap_or_default()
}

/// The checked value of the radio group `name` ("" when none is checked).
pub fn radio(name: &str) -> String {
    all(None, &format!("input[type=radio][name=\"{name}\"]"))
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlInputElement>().ok())
        .find(|i| i.checked())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}

/// Creates `<tag class="class">`.
pub fn make(tag: &str, class: &str) -> Option<Element> {
    let el = document()?.create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    Some(el)
}

/// Appends `<tag class="class">text</tag>` to `parent` and returns it.
pub fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
    let el = make(tag, class)?;
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Appends plain text to `parent`.
pub fn text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// Sets or clears an attribute.
pub fn attr(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Shows or hides an element with the `hidden` attribute.
pub fn show(el: &Element, visible: bool) {
    attr(el, "hidden", if visible { None } else { Some("") });
}

/// Moves keyboard focus to `el` (used between steps, for screen readers and keyboards).
pub fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// Appends `<time datetime="YYYY-MM-DD">`, machines reading the ISO date and people the date as
/// they write it: 2026年12月28日（周一）, 28 Dec 2026 (Mon).
#[cfg(any(feature = "clerk", feature = "module"))]
pub fn time(parent: &Element, date: NaiveDate) -> Option<Element> {
    use chrono::Datelike;
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAY_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
    const DAY_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let wd = date.weekday().num_days_from_monday() as usize;
    let (y, m, d) = (
        jiuzhu::input::int_text(i64::from(date.year())),
        date.month() as usize,
        date.day(),
    );
    let shown = match crate::state::lang() {
        jiuzhu::messages::Lang::Zh => format!("{y}年{m}月{d}日（周{}）", DAY_ZH[wd]),
        jiuzhu::messages::Lang::En => format!("{d} {} {y} ({})", MON[m - 1], DAY_EN[wd]),
    };
    let iso = jiuzhu::input::date_text(date);
    let el = add(parent, "time", "", &shown)?;
    attr(&el, "datetime", Some(&iso));
    Some(el)
}

/// Calls `f(event)` on every `event` fired at `target`, for the page's lifetime.
pub fn on(target: &web_sys::EventTarget, event: &str, f: impl Fn(web_sys::Event) + 'static) {
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Today's date from the browser's clock (the engine itself never reads a clock).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// The page's localStorage, if the browser allows it.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// `s` with every `pat` (not empty) replaced by `with`, leftmost first and without overlaps:
/// what `str::replace` returns. Written as a walk that compares at each character because
/// `str::replace` with a text pattern brings the two-way string search into the wasm (about
/// 1 KB gzip) for the page's two short patterns (`__` in a member card's ids, `[]` in a path).
pub fn swap(s: &str, pat: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len() + with.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if !pat.is_empty() && rest.starts_with(pat) {
            out.push_str(with);
            rest = rest.get(pat.len()..).unwrap_or("");
        } else {
            out.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }
    out
}

/// Whether `s` holds `pat` (not empty): what `str::contains` answers, by comparing byte
/// windows, for the same reason as [`swap`].
pub fn has(s: &str, pat: &str) -> bool {
    s.as_bytes().windows(pat.len()).any(|w| w == pat.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{has, swap};

    /// Worked by hand: "#en-clerk" holds both words; "#zh" neither; a word longer than the
    /// text is not in it.
    #[test]
    fn has_answers_as_str_contains_does() {
        assert!(has("#en-clerk", "en"));
        assert!(has("#en-clerk", "clerk"));
        assert!(!has("#zh", "en"));
        assert!(!has("e", "en"));
        assert!(has("q-age-error q-x", "q-age-error"));
        assert!(!has("q-age-err", "q-age-error"));
    }

    /// Worked by hand: "___" holds one "__" at the start, then a lone "_" (no overlap);
    /// "household[].age" holds one "[]"; a text without the pattern comes back as it was.
    #[test]
    fn swap_replaces_as_str_replace_does() {
        assert_eq!(swap("m__-name", "__", "3"), "m3-name");
        assert_eq!(swap("___x", "__", "7"), "7_x");
        assert_eq!(swap("a__b__", "__", "12"), "a12b12");
        assert_eq!(swap("household[].age", "[]", "[2]"), "household[2].age");
        assert_eq!(swap("成员__名", "__", "1"), "成员1名");
        assert_eq!(swap("as_of", "__", "1"), "as_of");
        assert_eq!(swap("", "[]", "[0]"), "");
    }
}
