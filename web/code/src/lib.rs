//! The case module: the resident's result, and moving a case in and out of the page — the
//! hand-over code (issue 15), the counter's scanner, saving and opening a file. Its own wasm,
//! which `loader.js` fetches right after the page has started, whatever the user does, so that
//! the first load carries none of it: not the rules and the result's words and rendering (the
//! page's own `render::result`, from `jiuzhu-web` built with its `module` feature), not the
//! code's encoder and decoder (`jiuzhu::handoff`), not the QR generator (`jiuzhu::qr`), not the
//! answers ↔ situation mapping (`jiuzhu::answers`), not the file work.
//!
//! The page's wasm (`web/src/handoff.rs`) calls, through `loader.js`:
//!
//! - [`result`] when the resident's answers are complete: evaluated and rendered into `#result`;
//! - [`draw`] after each result, with the answers as the page saves them (JSON text), or `""`
//!   when there is no result: the resident's `#handoff` box shows the code as one SVG path (an
//!   attribute: no markup is written), or hides;
//! - [`save`] for "save answers to a file".
//!
//! [`start`] wires what is this module's own: the names box under the code, "open" (a saved
//! file, or a file holding a code: one format for file, print and scan), and at the counter
//! the "扫码录入" field (`#scan`, F2 from anywhere): a 扫码枪 types the code and Enter. A case
//! comes in through the page's own `restore_answers`, which says why when it cannot.
//!
//! Nothing here touches the network: text in, the page's fields out.

use jiuzhu::answers;
use jiuzhu::handoff::{self, Options};
use jiuzhu_web::dom::{by_id, on, show};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

thread_local! {
    /// The page's module (its `restore_answers`), from [`start`].
    static APP: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
    /// The answers of the result on show (`""`: none), so that the names box can redraw.
    static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
}

fn input(id: &str) -> Option<HtmlInputElement> {
    by_id(id)?.dyn_into().ok()
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The page's language: `<html lang>`, which the page sets on every switch.
fn english() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|h| h.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("en"))
}

fn tr(zh: String, en: String) -> String {
    if english() {
        en
    } else {
        zh
    }
}

/// Appends `tag` with `attrs` to `parent` (in the SVG namespace for the symbol's parts).
fn add(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Option<Element> {
    let doc = parent.owner_document()?;
    let el = match tag {
        "svg" | "path" => doc.create_element_ns(Some("http://www.w3.org/2000/svg"), tag),
        _ => doc.create_element(tag),
    }
    .ok()?;
    for (k, v) in attrs {
        let _ = el.set_attribute(k, v);
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

/// Words in both languages, as the page writes them: the stylesheet shows the one of `<html lang>`.
fn both(parent: &Element, zh: &str, en: &str) -> Option<()> {
    for (class, text) in [("zh", zh), ("en", en)] {
        add(parent, "span", &[("class", class)])?.set_text_content(Some(text));
    }
    Some(())
}

/// Fills the resident's empty `#handoff` box (`page.rs` writes it empty): the heading, what
/// the code holds and where it goes, the names box, the symbol and the note for a household too
/// large for one. Text only, through `textContent`.
fn build_box(section: &Element) -> Option<()> {
    both(
        &add(section, "h3", &[("id", "handoff-h")])?,
        "办事码：到窗口时出示",
        "Case code: show it at the counter",
    )?;
    both(
        &add(section, "p", &[])?,
        "到街道（乡镇）窗口时出示这个二维码，工作人员扫一下，就能看到您在这里填写的回答，不用重新填写。",
        "Show this QR code at the 街道 (township) counter: the staff scan it and see the answers you gave here, with no need to fill them in again.",
    )?;
    both(
        &add(section, "p", &[("class", "hint")])?,
        "码里只有您的回答，没有计算结果，也不是网址；默认不含称呼。它不会被发送到任何地方，只有您拿给别人看或扫时才会被读取。",
        "The code holds only your answers: no result, and it is not a web address. Names are left out unless you tick the box. It is never sent anywhere; it is read only when you show it to someone.",
    )?;
    let label = add(
        &add(section, "div", &[("class", "q")])?,
        "label",
        &[("class", "choice")],
    )?;
    add(
        &label,
        "input",
        &[("type", "checkbox"), ("id", "code-names")],
    )?;
    both(
        &label,
        " 码里也放入我填写的称呼",
        " Also put the names I typed in the code",
    )?;
    let svg = add(
        section,
        "svg",
        &[
            ("id", "code-svg"),
            ("class", "code"),
            ("viewBox", "0 0 1 1"),
            ("role", "img"),
            ("aria-labelledby", "handoff-h"),
            ("shape-rendering", "crispEdges"),
            ("hidden", ""),
        ],
    )?;
    add(&svg, "path", &[("id", "code-path"), ("fill", "#000")])?;
    add(
        section,
        "p",
        &[("id", "code-note"), ("class", "hint"), ("hidden", "")],
    )?;
    Some(())
}

/// Called by `loader.js` once this module is ready, with the page's module.
#[wasm_bindgen]
pub fn start(app: JsValue) {
    APP.with(|a| *a.borrow_mut() = app);
    jiuzhu_web::module::start();
    if let Some(section) = by_id("handoff") {
        if section.first_element_child().is_none() {
            build_box(&section);
        }
    }
    if let Some(names) = by_id("code-names") {
        on(&names, "change", |_| {
            let shown = SHOWN.with(|s| s.borrow().clone());
            draw(&shown);
        });
    }
    if let Some(file) = by_id("open-file") {
        on(&file, "change", |_| open_file());
    }
    let Some(field) = by_id("scan") else { return };
    on(&field, "keydown", |e| {
        if get(&e, "key").as_string().as_deref() == Some("Enter") {
            e.prevent_default();
            // The page's own Enter handling (next field) must not see this one.
            e.stop_propagation();
            scan();
        }
    });
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        on(&doc, "keydown", |e| {
            if get(&e, "key").as_string().as_deref() == Some("F2") {
                e.prevent_default();
                if let Some(f) = input("scan") {
                    let _ = f.focus();
                }
            }
        });
    }
}

/// The code of the answers a result was made from (JSON text as the page saves them), drawn in
/// `#handoff`; `""` hides the box (no result, or answers still to correct).
#[wasm_bindgen]
pub fn draw(answers_json: &str) {
    SHOWN.with(|s| *s.borrow_mut() = answers_json.to_string());
    let Some(section) = by_id("handoff") else {
        return;
    };
    let Some((members, values)) = jiuzhu_web::store::saved_answers(answers_json) else {
        show(&section, false);
        return;
    };
    // The answers the rules read, and the counter's fields the engine also reads; not the day
    // (the counter assesses on its own day) and not the applicant (always the first member).
    let raw = answers::situation_of(members, &values);
    let names = input("code-names").is_some_and(|b| b.checked());
    let text = handoff::encode(
        &raw,
        Options {
            include_names: names,
        },
    );
    let symbol = jiuzhu::qr::encode(&text);
    if let (Some(svg), Some(path), Ok(s)) = (by_id("code-svg"), by_id("code-path"), &symbol) {
        let side = (s.size + 2 * jiuzhu::qr::QUIET_ZONE).to_string();
        let _ = svg.set_attribute("viewBox", &format!("0 0 {side} {side}"));
        let _ = path.set_attribute("d", &s.svg_path());
        // For tests and the curious: what a scanner would type, and the symbol's version.
        let _ = svg.set_attribute("data-version", &s.version.to_string());
    }
    if let Some(svg) = by_id("code-svg") {
        show(&svg, symbol.is_ok());
    }
    // Too large for a symbol (a very large household): the file carries the same answers.
    if let Some(note) = by_id("code-note") {
        // In plain words: the QR error's own (its version and level) are for the command line.
        let words = match &symbol {
            Ok(_) => String::new(),
            Err(_) => tr(
                "您的回答太多，一个二维码放不下。请用“把回答保存为文件”，把文件带到窗口。".into(),
                "Your answers are too many for one QR code. Save them to a file and bring the file to the counter instead.".into(),
            ),
        };
        note.set_text_content(Some(&words));
        show(&note, symbol.is_err());
    }
    show(&section, true);
}

/// Reads a code into the form (through the page's `restore_answers`, which keeps the counter's
/// own fields), or says what is wrong with it; the form is untouched then. Whether the case
/// went in, and the line to show.
fn read_in(text: &str) -> (bool, String) {
    let raw = match handoff::decode(text) {
        Ok(raw) => raw,
        Err(e) => return (false, tr(e.zh(), e.en())),
    };
    let a = answers::answers(&raw);
    let json = jiuzhu_web::store::answers_file(a.members, a.values).unwrap_or_default();
    if restore(&json, true).as_deref() != Some("") {
        return (
            false,
            tr(
                "办事码已读出，但未能填入本页。当前内容没有改动。".into(),
                "The code was read but could not be put into this page. Nothing has been changed."
                    .into(),
            ),
        );
    }
    let n = a.members;
    let mut line = tr(
        format!("已读入办事码：{n} 位家庭成员的回答。"),
        format!("Case code read: the answers for {n} household member(s)."),
    );
    if !a.unplaced.is_empty() {
        line.push_str(&tr(
            "码里有些内容本页没有对应的栏目，未显示。".into(),
            " Some of its contents have no field on this page and are not shown.".into(),
        ));
    }
    (true, line)
}

/// The counter's "扫码录入" field, on Enter: a good code replaces the case and the field is
/// emptied for the next scan; a bad one changes nothing, says why, and its text is selected so
/// that the next scan replaces it.
fn scan() {
    let Some(field) = input("scan") else { return };
    let (ok, said) = read_in(&field.value());
    if ok {
        field.set_value("");
    } else {
        field.select();
    }
    if let Some(s) = by_id("scan-status") {
        s.set_text_content(Some(&said));
    }
}

/// The page's `restore_answers`: `Some("")` when the answers went in, else its reason code.
fn restore(json: &str, keep_counter: bool) -> Option<String> {
    APP.with(|app| {
        let f: js_sys::Function = get(&app.borrow(), "restore_answers").dyn_into().ok()?;
        f.call2(&JsValue::NULL, &json.into(), &keep_counter.into())
            .ok()?
            .as_string()
    })
}

fn status(line: &str) {
    if let Some(s) = by_id("tool-status") {
        s.set_text_content(Some(line));
    }
}

/// Larger files are refused before they are read: real answer files are a few KB.
const MAX_BYTES: f64 = 512.0 * 1024.0;

/// "Save answers to a file": the answers (JSON text, as the page keeps them) as a `.json`
/// download, made in the browser. Returns the line to show.
#[wasm_bindgen]
pub fn save(answers_json: &str) -> String {
    let made = (|| {
        let parts = js_sys::Array::of1(&answers_json.into());
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        let today = jiuzhu::input::date_text(jiuzhu_web::dom::today());
        a.set_download(&format!("jiuzhu-{today}.json"));
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    })();
    match made {
        Some(()) => tr("已生成文件。".into(), "The file has been made.".into()),
        None => tr(
            "未能生成文件。".into(),
            "The file could not be made.".into(),
        ),
    }
}

/// "Open saved answers": reads the file chosen in `#open-file` (saved answers, or a hand-over
/// code) into the form, or says why not; the answers on the page stay as they were then.
fn open_file() {
    let Some(input) = input("open-file") else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > MAX_BYTES {
        return status(&tr(
            "文件太大，不是本工具保存的回答。当前回答没有改动。".into(),
            "The file is too large to be saved answers. Your current answers are unchanged.".into(),
        ));
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let r2 = reader.clone();
    let onload = Closure::once_into_js(move || {
        let text = r2
            .result()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        status(&opened(&text));
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

/// What opening `text` did, in words.
fn opened(text: &str) -> String {
    if is_code(text) {
        return read_in(text).1;
    }
    let why = restore(text, false).unwrap_or_else(|| "not_ours".into());
    match why.as_str() {
        "" => tr("已打开保存的回答。".into(), "Saved answers opened.".into()),
        "not_json" => tr(
            "文件已损坏或不是本工具保存的回答。当前回答没有改动。".into(),
            "The file is damaged or is not saved answers. Your current answers are unchanged."
                .into(),
        ),
        other => match other.strip_prefix("version:") {
            Some(v) => {
                let ours = jiuzhu_web::store::VERSION;
                tr(
                    format!("这个文件来自另一个版本（{v}），本页只能打开版本 {ours}。当前回答没有改动。"),
                    format!("This file is from another version ({v}); this page opens version {ours} only. Your current answers are unchanged."),
                )
            }
            None => tr(
                "这个文件不是本工具保存的回答。当前回答没有改动。".into(),
                "This file is not answers saved by this tool. Your current answers are unchanged."
                    .into(),
            ),
        },
    }
}

/// Whether a text looks like a hand-over code rather than a saved file: `JZ`, a digit.
fn is_code(text: &str) -> bool {
    let t = text.trim_start().as_bytes();
    t.get(..2).is_some_and(|m| m.eq_ignore_ascii_case(b"JZ"))
        && t.get(2).is_some_and(u8::is_ascii_digit)
}

/// The resident's result: the form's answers evaluated and rendered into `#result` by the
/// page's own `render::result`, in this module's memory. Returns `true` (the page's wasm words
/// the wait while this module has not arrived).
#[wasm_bindgen]
pub fn result(english: bool) -> bool {
    jiuzhu_web::module::result(english);
    true
}

/// The plan's text behind citations (clauses.json, parsed by the browser), for the result.
#[wasm_bindgen]
pub fn clauses(file: JsValue) {
    jiuzhu_web::module::clauses(file);
}
