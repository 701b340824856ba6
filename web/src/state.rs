//! What the page remembers between events: language, view, step; and the district's site
//! configuration read at start-up. The answers themselves live
//! in the form controls, so switching language or view never touches them.

use jiuzhu::input::{FieldError, Loose};
use jiuzhu::messages::Lang;
use jiuzhu::site::Site;
use jiuzhu::small_map::SmallMap;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// Page state.
pub struct State {
    /// Current language.
    pub lang: Lang,
    /// Index into `jiuzhu::questions::STEPS` of the step shown (resident view).
    pub step: usize,
    /// Next member id: ids are never reused, so a removed member's fields never collide.
    pub next_member: u32,
    /// Whether the clerk view is on.
    pub clerk: bool,
    /// The 事项 the last result points to (`jiuzhu::clerk::kind_from_assessment`), which the
    /// clerk's deadline tracker uses when the clerk picked none.
    pub kind: Option<jiuzhu::clerk::CaseKind>,
}

thread_local! {
    static STATE: RefCell<State> = const {
        RefCell::new(State { lang: Lang::Zh, step: 0, next_member: 0, clerk: false, kind: None })
    };
}

/// Runs `f` with the state borrowed mutably. Never call back into `with` from `f`.
pub fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Whether the clerk view is on. Always false on the resident page, whose wasm is built without
/// the `clerk` feature: the constant lets the compiler drop the clerk-only paths from it.
pub fn clerk() -> bool {
    cfg!(feature = "clerk") && with(|s| s.clerk)
}

/// The current language.
pub fn lang() -> Lang {
    with(|s| s.lang)
}

/// Picks the text for the current language.
pub fn tr(zh: &'static str, en: &'static str) -> &'static str {
    match lang() {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

thread_local! {
    /// The district's site configuration as read at start-up, and its problems (shown to the
    /// host); empty when there is no file.
    static SITE: RefCell<(Site, Vec<FieldError>)> = RefCell::new((Site::default(), Vec::new()));
}

/// Takes what loader.js read from `site.json` (`globalThis.jiuzhuSite`: `{}` without a file,
/// `{value}` when it parsed, `{error}` when it did not) and keeps the valid part and the
/// problems. Called once by `start()`.
pub fn load_site() {
    let global = js_sys::global();
    let get =
        |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let got = get(&global, "jiuzhuSite");
    let read = if let Some(error) = get(&got, "error").as_string() {
        (Site::default(), vec![jiuzhu::site::not_json(&error)])
    } else {
        let value = get(&got, "value");
        if value.is_undefined() {
            (Site::default(), Vec::new())
        } else {
            jiuzhu::site::read(&loose(&value))
        }
    };
    SITE.with(|s| *s.borrow_mut() = read);
}

/// A value from `JSON.parse` as the engine's [`Loose`], walked with `Reflect` rather than a
/// serde deserialiser (which the page does not otherwise carry).
fn loose(v: &JsValue) -> Loose {
    if let Some(b) = v.as_bool() {
        return Loose::Bool(b);
    }
    if let Some(s) = v.as_string() {
        return Loose::Str(s);
    }
    // loader.js's reviver leaves only safe integers as numbers (any other number arrives as
    // the text JavaScript writes for it, which the engine's readers parse exactly).
    if let Some(n) = v.as_f64() {
        return Loose::Int(n as i64);
    }
    if js_sys::Array::is_array(v) {
        return Loose::List(js_sys::Array::from(v).iter().map(|x| loose(&x)).collect());
    }
    if v.is_object() {
        let mut map = SmallMap::new();
        for entry in js_sys::Object::entries(&js_sys::Object::from(v.clone())).iter() {
            let pair = js_sys::Array::from(&entry);
            if let Some(k) = pair.get(0).as_string() {
                map.insert(k, loose(&pair.get(1)));
            }
        }
        return Loose::Map(map);
    }
    Loose::Null
}

/// Runs `f` with the site configuration.
pub fn with_site<R>(f: impl FnOnce(&Site) -> R) -> R {
    SITE.with(|s| f(&s.borrow().0))
}

/// The problems found in the site configuration (for the host's notice).
pub fn site_errors() -> Vec<FieldError> {
    SITE.with(|s| s.borrow().1.clone())
}
