//! What the page remembers between events: language, view, step. The answers themselves live
//! in the form controls, so switching language or view never touches them.

use jiuzhu::messages::Lang;
use std::cell::RefCell;

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
