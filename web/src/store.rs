//! Keeping answers without a server: a copy for this tab in sessionStorage (gone when the tab
//! closes; a reload or a swipe back restores it) and an opt-in copy in this browser's
//! localStorage. Saving and opening a file, like the hand-over code, is the case module's
//! (`web/code`, fetched after start): it gets the answers from [`answers_json`] and puts them
//! back through [`restore_answers`]. Nothing is ever sent anywhere.

use crate::{dom, form, state};
use jiuzhu::small_map::SmallMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Marks a file as ours.
const FORMAT: &str = "jiuzhu-answers";
/// Version of the saved layout; a file from another version is refused with a message.
pub const VERSION: u32 = 1;
/// The localStorage key, used only when "remember on this device" is on.
const KEY: &str = "jiuzhu.answers";
/// The tab's own copy (sessionStorage), kept always: it never outlives the tab. A reload
/// restores it, and the resident page's switch hands it to the counter page (`hand_over`), which
/// reads it at start.
const TAB_KEY: &str = "jiuzhu.tab";
/// The 适老化 choice: a display setting, kept on its own, with no answer.
const ELDER_KEY: &str = "jiuzhu.elder";

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

/// Puts answers in the saved format (JSON text) into the form and re-renders: how the case
/// module (`web/code`) brings in an opened file or a scanned code. With `keep_counter`, the
/// counter's own fields that `text` does not fill (who handles the case, the meeting) keep
/// their values: a scanned code carries the household, not the counter's work. Returns `""`,
/// or why nothing was changed: `not_json`, `not_ours`, or `version:N` (another version).
// The page's own wasm only: the case module, which links this crate, calls the page's copy (the
// page's form and state), never its own.
#[cfg(not(feature = "module"))]
#[wasm_bindgen]
pub fn restore_answers(text: &str, keep_counter: bool) -> String {
    use jiuzhu::input::Joined;
    let mut saved = match parse(text) {
        Ok(s) => s,
        Err(Refusal::NotJson) => return "not_json".into(),
        Err(Refusal::NotOurs) => return "not_ours".into(),
        Err(Refusal::OtherVersion(v)) => {
            return ["version:", &jiuzhu::input::int_text(i64::from(v))].joined("")
        }
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
    String::new()
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

/// Saved answers (JSON text) read back: how many members, and the answers; `None` for a text
/// that is not answers this page saves. The case module reads the page's answers with it.
pub fn saved_answers(text: &str) -> Option<(usize, SmallMap<String, String>)> {
    parse(text).ok().map(|s| (s.members, s.answers))
}

/// Answers in the saved layout (JSON text), as "save" writes them: how the case module hands a
/// scanned code to the page's `restore_answers`.
pub fn answers_file(members: usize, answers: SmallMap<String, String>) -> Option<String> {
    json(&Saved {
        format: FORMAT.into(),
        version: VERSION,
        members,
        answers,
    })
}

fn status(zh: &str, en: &str) {
    if let Some(s) = dom::by_id("tool-status") {
        s.set_text_content(Some(match state::lang() {
            jiuzhu::messages::Lang::Zh => zh,
            jiuzhu::messages::Lang::En => en,
        }));
    }
}

/// Why a text is not saved answers; the case module words it (`restore_answers`, which the
/// module's own copy of this file lacks).
#[cfg_attr(feature = "module", allow(dead_code))]
enum Refusal {
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
