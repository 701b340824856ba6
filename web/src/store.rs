//! Keeping answers without a server: a copy for this tab in sessionStorage (gone when the tab
//! closes; a reload or a swipe back restores it), a file the resident saves and opens, and an
//! opt-in copy in this browser's localStorage. Nothing is ever sent anywhere.

use crate::{dom, form, state};
use jiuzhu::input::Joined;
use jiuzhu::small_map::SmallMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FileReader, HtmlAnchorElement, HtmlInputElement};

/// Marks a file as ours.
const FORMAT: &str = "jiuzhu-answers";
/// Version of the saved layout; a file from another version is refused with a message.
const VERSION: u32 = 1;
/// The localStorage key, used only when "remember on this device" is on.
const KEY: &str = "jiuzhu.answers";
/// The tab's own copy (sessionStorage), kept always: it never outlives the tab. A reload
/// restores it, and the resident page's switch hands it to the counter page (`hand_over`), which
/// reads it at start.
const TAB_KEY: &str = "jiuzhu.tab";
/// The 适老化 choice: a display setting, kept on its own, with no answer.
const ELDER_KEY: &str = "jiuzhu.elder";
/// Larger files are refused before they are read: real answer files are a few KB.
const MAX_BYTES: f64 = 512.0 * 1024.0;

/// The saved answers: every control's value as typed, and how many members there were.
/// Read and written with `JSON` and `Reflect` directly: a serde deserialiser for four
/// fields would cost the bundle more than the whole of this module.
struct Saved {
    format: String,
    version: u32,
    members: usize,
    answers: SmallMap<String, String>,
}

fn snapshot() -> Saved {
    Saved {
        format: FORMAT.into(),
        version: VERSION,
        members: form::member_ids().len(),
        answers: form::answers(),
    }
}

/// The answers as "save" writes them (JSON text): what the hand-over code is made from.
pub fn answers_json() -> Option<String> {
    json(&snapshot())
}

/// Puts answers in the saved format (JSON text) into the form, as opening a file does, and
/// re-renders: the hand-over code module's way in (`web/code`). With `keep_counter`, the
/// counter's own fields that `text` does not fill (who handles the case, the meeting) keep
/// their values: a scanned code carries the household, not the counter's work. `false` (and
/// nothing changed) when the text is not saved answers.
#[wasm_bindgen]
pub fn restore_answers(text: &str, keep_counter: bool) -> bool {
    let Ok(mut saved) = parse(text) else {
        return false;
    };
    if keep_counter {
        for (k, v) in form::answers().iter() {
            if k.starts_with("ck-") && !saved.answers.contains_key(k) {
                saved.answers.insert(k.clone(), v.clone());
            }
        }
    }
    form::restore(saved.members, &saved.answers);
    keep();
    crate::refresh();
    true
}

fn json(s: &Saved) -> Option<String> {
    let obj = js_sys::Object::new();
    let answers = js_sys::Object::new();
    for (k, v) in &s.answers {
        js_sys::Reflect::set(&answers, &k.into(), &v.into()).ok()?;
    }
    js_sys::Reflect::set(&obj, &"format".into(), &s.format.as_str().into()).ok()?;
    js_sys::Reflect::set(&obj, &"version".into(), &s.version.into()).ok()?;
    js_sys::Reflect::set(&obj, &"members".into(), &(s.members as u32).into()).ok()?;
    js_sys::Reflect::set(&obj, &"answers".into(), &answers).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&obj, &JsValue::NULL, &JsValue::from(2))
        .ok()?
        .as_string()
}

fn status(zh: &str, en: &str) {
    if let Some(s) = dom::by_id("tool-status") {
        s.set_text_content(Some(match state::lang() {
            jiuzhu::messages::Lang::Zh => zh,
            jiuzhu::messages::Lang::En => en,
        }));
    }
}

/// Offers the answers as a `.json` download, made in the browser.
pub fn save_file() {
    let Some(text) = json(&snapshot()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = dom::make("a", "").and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(&["jiuzhu-", &jiuzhu::input::date_text(dom::today()), ".json"].joined(""));
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    status("已生成文件。", "The file has been made.");
}

/// Why a file could not be used.
enum Refusal {
    TooLarge,
    NotJson,
    NotOurs,
    OtherVersion(u32),
}

fn parse(text: &str) -> Result<Saved, Refusal> {
    let value = js_sys::JSON::parse(text).map_err(|_| Refusal::NotJson)?;
    let get = |k: &str| js_sys::Reflect::get(&value, &k.into()).unwrap_or(JsValue::UNDEFINED);
    if !value.is_object() || get("format").as_string().as_deref() != Some(FORMAT) {
        return Err(Refusal::NotOurs);
    }
    let version = get("version").as_f64().unwrap_or(-1.0);
    if version != f64::from(VERSION) {
        // Shown as a whole number; anything else is not a version this page wrote.
        let shown = if version >= 0.0 && version.fract() == 0.0 && version < 1e9 {
            version as u32
        } else {
            0
        };
        return Err(Refusal::OtherVersion(shown));
    }
    let members = get("members")
        .as_f64()
        .filter(|m| m.fract() == 0.0 && (1.0..=50.0).contains(m));
    let Some(members) = members else {
        return Err(Refusal::NotOurs);
    };
    let raw_answers = get("answers");
    if !raw_answers.is_object() {
        return Err(Refusal::NotOurs);
    }
    let mut answers = SmallMap::new();
    for entry in js_sys::Object::entries(&raw_answers.into()).iter() {
        let pair: js_sys::Array = entry.into();
        let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) else {
            return Err(Refusal::NotOurs);
        };
        answers.insert(k, v);
    }
    Ok(Saved {
        format: FORMAT.into(),
        version: VERSION,
        members: members as usize,
        answers,
    })
}

fn refuse(r: Refusal) {
    match r {
        Refusal::TooLarge => status(
            "文件太大，不是本工具保存的回答。当前回答没有改动。",
            "The file is too large to be saved answers. Your current answers are unchanged.",
        ),
        Refusal::NotJson => status(
            "文件已损坏或不是本工具保存的回答。当前回答没有改动。",
            "The file is damaged or is not saved answers. Your current answers are unchanged.",
        ),
        Refusal::NotOurs => status(
            "这个文件不是本工具保存的回答。当前回答没有改动。",
            "This file is not answers saved by this tool. Your current answers are unchanged.",
        ),
        Refusal::OtherVersion(v) => {
            let zh = format!(
                "这个文件来自另一个版本（{v}），本页只能打开版本 {VERSION}。当前回答没有改动。"
            );
            let en = format!("This file is from another version ({v}); this page opens version {VERSION} only. Your current answers are unchanged.");
            status(&zh, &en);
        }
    }
}

/// Reads the file chosen in `#open-file` and restores it, or says why not.
pub fn open_file(after: fn()) {
    let Some(input) = dom::by_id("open-file").and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > MAX_BYTES {
        return refuse(Refusal::TooLarge);
    }
    let Ok(reader) = FileReader::new() else {
        return;
    };
    let r2 = reader.clone();
    let onload = Closure::once_into_js(move || {
        let text = r2
            .result()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        // A file holding a hand-over code (one format for file, print and scan).
        if crate::handoff::is_code(&text) {
            let line = crate::handoff::open(&text);
            if let Some(s) = dom::by_id("tool-status") {
                s.set_text_content(Some(&line));
            }
            return;
        }
        match parse(&text) {
            Ok(saved) => {
                form::restore(saved.members, &saved.answers);
                status("已打开保存的回答。", "Saved answers opened.");
                keep();
                after();
            }
            Err(r) => refuse(r),
        }
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

fn remember_box() -> Option<HtmlInputElement> {
    dom::by_id("remember")?.dyn_into().ok()
}

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the answers for this tab, and on this device when the resident has asked for it.
pub fn keep() {
    let Some(text) = json(&snapshot()) else {
        return;
    };
    if let Some(st) = tab_storage() {
        let _ = st.set_item(TAB_KEY, &text);
    }
    if remember_box().is_some_and(|b| b.checked()) {
        if let Some(st) = dom::storage() {
            let _ = st.set_item(KEY, &text);
        }
    }
}

/// Remembers the 适老化 choice on its own.
pub fn elder_chosen(on: bool) {
    if let Some(st) = dom::storage() {
        let _ = if on {
            st.set_item(ELDER_KEY, "on")
        } else {
            st.remove_item(ELDER_KEY)
        };
    }
}

/// Turns remembering on or off; off forgets at once.
pub fn toggle_remember() {
    if remember_box().is_some_and(|b| b.checked()) {
        keep();
        status(
            "会在这台设备上记住您的回答。",
            "Your answers will be remembered on this device.",
        );
    } else {
        forget();
    }
}

/// Removes anything stored on this device and in this tab.
pub fn forget() {
    if let Some(st) = dom::storage() {
        let _ = st.remove_item(KEY);
        let _ = st.remove_item(ELDER_KEY);
    }
    if let Some(st) = tab_storage() {
        let _ = st.remove_item(TAB_KEY);
    }
    if let Some(b) = remember_box() {
        b.set_checked(false);
    }
    status(
        "这台设备上已不再保存您的回答。",
        "Nothing is kept on this device any more.",
    );
}

/// Keeps the answers for this tab and opens `url`, the counter page, on the same origin. The
/// service worker precached that page right after the first load, whatever the user does; the
/// navigation waits until the worker is active (at most 3 s), so that it is answered from the
/// cache and no server learns that the switch was used. Without a worker (storage disabled, or
/// the browser has none), or if it is not ready within 3 s, the page is fetched from the site
/// like any link: a fixed address that carries nothing the user typed.
#[cfg(not(feature = "clerk"))]
pub fn hand_over(url: &'static str, replace: bool) {
    if let (Some(st), Some(text)) = (tab_storage(), json(&snapshot())) {
        let _ = st.set_item(TAB_KEY, &text);
    }
    let Some(w) = web_sys::window() else { return };
    let ready = js_sys::Reflect::get(&w, &"navigator".into())
        .and_then(|n| js_sys::Reflect::get(&n, &"serviceWorker".into()))
        .and_then(|sw| js_sys::Reflect::get(&sw, &"ready".into()))
        .ok()
        .and_then(|r| r.dyn_into::<js_sys::Promise>().ok());
    let Some(ready) = ready else {
        go(&w, url, replace);
        return;
    };
    let timeout = js_sys::Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 3000);
    });
    let open = Closure::once(move |_: JsValue| {
        if let Some(w) = web_sys::window() {
            go(&w, url, replace);
        }
    });
    let _ = js_sys::Promise::race(&js_sys::Array::of2(&ready, &timeout)).then(&open);
    // Runs once, when the race settles; the page is left right after.
    open.forget();
}

/// Opens `url`: as a new history entry (the switch: Back returns to the resident page), or in
/// place of this one (an old `#clerk` address, which has nothing to go back to).
#[cfg(not(feature = "clerk"))]
fn go(w: &web_sys::Window, url: &str, replace: bool) {
    let _ = if replace {
        w.location().replace(url)
    } else {
        w.location().assign(url)
    };
}

/// At start-up: restores the 适老化 choice, then the answers: this tab's copy (a reload, or
/// handed over by the other page) before the device's (remembered by choice). Reads only.
pub fn restore_remembered() -> bool {
    let Some(st) = dom::storage() else {
        return false;
    };
    if st.get_item(ELDER_KEY).ok().flatten().is_some() {
        if let Some(b) = dom::by_id("elder-switch") {
            crate::toggle_elder(&b);
        }
    }
    let device = st.get_item(KEY).ok().flatten();
    if device.is_some() {
        if let Some(b) = remember_box() {
            b.set_checked(true);
        }
    }
    let tab = tab_storage().and_then(|t| t.get_item(TAB_KEY).ok().flatten());
    match tab.or(device).map(|t| parse(&t)) {
        Some(Ok(saved)) => {
            form::restore(saved.members, &saved.answers);
            true
        }
        _ => false,
    }
}
