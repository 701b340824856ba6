//! The page. Thin: reads the form, calls the engine, renders the result with `textContent`.
//! The rules live in the `jiuzhu` crate; nothing here decides who qualifies for what.

// The page's own small allocator instead of Rust's default one (see alloc.rs: −3 KB gzip).
#[cfg(target_arch = "wasm32")]
mod alloc;
pub mod api;
// The counter view lives on its own page (`clerk.html`), whose wasm is built with the `clerk`
// feature; the resident page's wasm, the first load, does not carry it (issue 16).
#[cfg(feature = "clerk")]
mod clerk_view;
// Public for the case module (web/code), which links this crate and uses the same few DOM calls.
pub mod dom;
mod flow;
mod form;
mod handoff;
// The index.html generator: native only, so that it costs the wasm nothing.
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod plan;
mod render;
// The result's rendering: the counter page's, and the case module's for the resident page.
#[cfg(any(feature = "clerk", feature = "module"))]
mod result;
mod state;
// Public for the case module (web/code), which reads and writes the saved answers' layout.
pub mod store;

/// What the case module (`web/code`, built with the `module` feature) calls: this crate's result
/// rendering, run in that module's own memory on the page's document.
#[cfg(feature = "module")]
pub mod module {
    use jiuzhu::messages::Lang;

    /// Once, when the module arrives: the district's configuration, as the page read it.
    pub fn start() {
        crate::state::load_site();
    }

    /// Renders the result of the form's current answers into `#result`, in the page's language.
    pub fn result(english: bool) {
        crate::state::with(|s| s.lang = if english { Lang::En } else { Lang::Zh });
        crate::render::result();
    }

    /// The plan's text behind citations (clauses.json, parsed by the browser).
    pub fn clauses(file: wasm_bindgen::JsValue) {
        crate::plan::set(file);
    }
}

/// Called by `loader.js` when the case module has arrived: a result waiting for it is rendered.
#[cfg(not(any(feature = "clerk", feature = "module")))]
#[wasm_bindgen]
pub fn module_ready() {
    refresh();
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Allocator = alloc::Allocator::new();

use jiuzhu::messages::Lang;
#[cfg(not(feature = "module"))]
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Entry point, called by `loader.js` once the module is instantiated. Not in the case module
/// (`module` feature), where this crate is a library and the page it serves has started already.
#[cfg_attr(not(feature = "module"), wasm_bindgen(start))]
pub fn start() {
    let Some(doc) = dom::document() else { return };
    // The district's site configuration first: every result uses it, and a problem in it is
    // shown to the host while the page runs on the defaults for that part.
    // The first member's card as written, before a restore or a language touches it.
    form::keep_pattern();
    state::load_site();
    render::district();
    render::host_notice();
    if let Some(v) = dom::by_id("version") {
        v.set_text_content(Some(&format!(
            "· {} {}",
            jiuzhu::RULES_VERSION,
            jiuzhu::params::PARAM_SET_ID
        )));
    }
    if !store::restore_remembered() {
        form::first_member();
    }
    if dom::field("accepted").is_empty() {
        if let Some(a) = dom::by_id("accepted") {
            dom::set_value(&a, &jiuzhu::input::date_text(dom::today()));
        }
    }
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    // The fragment's words: `en`, `clerk`, and the step this tab was on (`step=ages`), which
    // a reload or a return through Forward restores with the answers kept for the tab.
    let word = |w: &str| hash.trim_start_matches('#').split('&').any(|t| t == w);
    if let Some(i) = flow::step_in_hash(&hash) {
        state::with(|s| s.step = i);
    }
    form::reveal();
    let lang = if word("en") { Lang::En } else { Lang::Zh };
    apply_lang(lang, lang == Lang::En);
    // The counter page opens on the counter view unless asked for the resident one; the
    // resident page hands `#clerk` over to the counter page.
    #[cfg(feature = "clerk")]
    set_clerk(!word("resident"));
    #[cfg(not(feature = "clerk"))]
    if word("clerk") {
        // An old `#clerk` address: the counter page takes its place in the history.
        store::hand_over(counter_url(), true);
    } else {
        set_clerk(false);
    }
    if let Some(w) = web_sys::window() {
        // Back and Forward between steps: the entry's fragment names the step.
        dom::on(&w, "popstate", |_| {
            if state::clerk() {
                return;
            }
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            render::clear_errors();
            flow::show(flow::step_in_hash(&hash).unwrap_or(0));
        });
    }
    if state::clerk() {
        // Opened at the counter: the keyboard starts at the first field, not at the place the
        // address's #clerk points to (which would skip the household).
        if let Some(a) = dom::by_id("accepted") {
            dom::focus(&a);
        }
    }
    dom::on(&doc, "click", |e| {
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(el) = target.and_then(|t| t.closest("[data-action]").ok().flatten()) else {
            return;
        };
        let action = el.get_attribute("data-action").unwrap_or_default();
        if action == "focus" {
            e.prevent_default();
            let target = el.get_attribute("data-target").unwrap_or_default();
            if let Some(c) = render::control(&target) {
                dom::focus(&c);
            }
            return;
        }
        action_clicked(&action, &el);
    });
    if let Some(form) = dom::by_id("form") {
        // Enter in a field never submits the page away.
        dom::on(&form, "submit", |e| e.prevent_default());
        // Enter in a text field moves on, as a resident expects (after the step's checks).
        dom::on(&form, "keydown", |e| {
            let key = js_sys::Reflect::get(&e, &"key".into()).ok();
            let text_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| !matches!(i.type_().as_str(), "checkbox" | "radio" | "file"));
            if key.and_then(|k| k.as_string()).as_deref() == Some("Enter") && text_field {
                e.prevent_default();
                if !state::clerk() {
                    flow::next();
                }
            }
        });
    }
    // The counter page's keyboard and print preparation (the resident page has neither).
    #[cfg(feature = "clerk")]
    dom::on(&doc, "keydown", |e| keydown(&e));
    #[cfg(feature = "clerk")]
    if let Some(w) = web_sys::window() {
        // However printing starts (the button, Alt+P, the browser's menu), the clerk's case
        // sheet is brought up to date first: the answers as text and the header's time.
        dom::on(&w, "beforeprint", |_| {
            if state::clerk() {
                render::answers();
                clerk_view::render();
            }
        });
    }
    dom::on(&doc, "input", |e| changed(&e));
    dom::on(&doc, "change", |e| changed(&e));
}

fn action_clicked(action: &str, el: &Element) {
    match action {
        "next" => flow::next(),
        "back" => flow::back(),
        "goto" => flow::goto(&el.get_attribute("data-target").unwrap_or_default()),
        "add-member" => {
            if let Some(card) = form::add_member() {
                if let Some(first) = dom::first(&card, "input") {
                    dom::focus(&first);
                }
            }
            store::keep();
            refresh();
        }
        "remove-member" => {
            if let Some(card) = el.closest(".member").ok().flatten() {
                form::remove_member(&card);
            }
            store::keep();
            refresh();
        }
        "lang" => set_lang(if state::lang() == Lang::Zh {
            Lang::En
        } else {
            Lang::Zh
        }),
        "elder" => toggle_elder(el),
        "view" => set_clerk(!state::clerk()),
        "save" => handoff::save(),
        "forget" => store::forget(),
        "print" => {
            render::result();
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
        "reload" => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
        _ => {}
    }
}

#[cfg(feature = "clerk")]
/// The clerk view's keyboard: Enter moves to the next field, Alt+N adds a member, Alt+J jumps
/// to the checks, Alt+P prints (the hints are on the page). Read through `Reflect` so the wasm
/// carries no KeyboardEvent binding; `code` is the key's place, the same in any layout.
fn keydown(e: &web_sys::Event) {
    if !state::clerk() {
        return;
    }
    let get = |k: &str| js_sys::Reflect::get(e, &k.into()).unwrap_or_default();
    let on = |k: &str| get(k).as_bool().unwrap_or(false);
    if on("ctrlKey") || on("metaKey") || on("shiftKey") {
        return;
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    if on("altKey") {
        // The same buttons a click would press, so each action has one path.
        let sel = match get("code").as_string().as_deref() {
            Some("KeyN") => "[data-action=add-member]",
            Some("KeyP") => "[data-action=print]",
            Some("KeyJ") => "#clerk-report",
            _ => return,
        };
        e.prevent_default();
        let el = dom::document().and_then(|d| d.query_selector(sel).ok().flatten());
        if let Some(h) = el
            .as_ref()
            .and_then(|x| x.dyn_ref::<web_sys::HtmlElement>())
        {
            if sel.starts_with('#') {
                let _ = h.focus();
            } else {
                h.click();
            }
        }
    } else if get("key").as_string().as_deref() == Some("Enter")
        && target.is_some_and(|t| clerk_view::next_field(&t))
    {
        e.prevent_default();
    }
}

fn changed(e: &web_sys::Event) {
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let Some(t) = target else { return };
    match t.id().as_str() {
        // The case module's own controls (web/code handles them): not answers.
        "scan" | "code-names" | "open-file" => return,

        "remember" => {
            if e.type_() == "change" {
                store::toggle_remember();
            }
            return;
        }
        "em-kind" => {
            if let Some(b) = dom::by_id("em-banner") {
                dom::show(&b, !dom::field("em-kind").is_empty());
            }
        }
        _ => {}
    }
    if t.id().ends_with("-name") {
        form::number_members();
    }
    form::reveal();
    store::keep();
    if t.class_list().contains("param-input") || state::clerk() {
        refresh();
    }
}

/// Re-renders whatever depends on the answers in the current view.
pub(crate) fn refresh() {
    if state::clerk() {
        render::result();
        #[cfg(feature = "clerk")]
        clerk_view::render();
    } else {
        let step = flow::step_id(state::with(|s| s.step));
        if step == "result" {
            render::result();
        } else {
            flow::progress();
        }
    }
}

/// Switches the language of everything: static text by CSS, option labels, engine output.
fn set_lang(lang: Lang) {
    apply_lang(lang, true);
    refresh();
    let step = flow::step_id(state::with(|s| s.step));
    if !state::clerk() && step == "result" {
        // The result step's refresh renders the result only; the progress line speaks too.
        flow::progress();
    }
    if step == "check" {
        render::answers();
    }
    // Errors on show are worked out again, so that they speak the new language.
    let showing = dom::by_id("error-summary").is_some_and(|s| !s.has_attribute("hidden"));
    if showing && !state::clerk() && step != "result" {
        flow::current_errors(step);
    }
}

/// The language's marks on the page: `<html lang>` (which the stylesheet's `.zh` / `.en` follow),
/// the switch, the title, the members' headings, and with `options` the option texts. At start
/// the page is written in Chinese, so in Chinese its options need no rewriting, and what
/// depends on the answers is rendered once, by the view that opens (`set_clerk`).
fn apply_lang(lang: Lang, options: bool) {
    state::with(|s| s.lang = lang);
    let code = if lang == Lang::En { "en" } else { "zh-CN" };
    if let Some(html) = dom::document().and_then(|d| d.document_element()) {
        dom::attr(&html, "lang", Some(code));
    }
    if options {
        render::option_texts(None);
    }
    if let Some(b) = dom::by_id("lang-switch") {
        let (label, other) = if lang == Lang::En {
            ("中文", "zh-CN")
        } else {
            ("English", "en")
        };
        b.set_text_content(Some(label));
        dom::attr(&b, "lang", Some(other));
    }
    if let Some(d) = dom::document() {
        d.set_title(state::tr(
            "救助预查 · jiuzhu",
            "Assistance pre-check · jiuzhu",
        ));
    }
    form::number_members();
}

/// Turns 适老化 mode on or off. It is a display setting, remembered on its own (no answer with
/// it), so that the next visit opens in large text too; "forget" clears it with the rest.
pub(crate) fn toggle_elder(button: &Element) {
    let Some(html) = dom::document().and_then(|d| d.document_element()) else {
        return;
    };
    let on = html.class_list().toggle("elder").unwrap_or(false);
    dom::attr(
        button,
        "aria-pressed",
        Some(if on { "true" } else { "false" }),
    );
    store::elder_chosen(on);
}

/// The counter page's address, in the current language.
#[cfg(not(feature = "clerk"))]
fn counter_url() -> &'static str {
    if state::lang() == Lang::En {
        "clerk.html#en"
    } else {
        "clerk.html"
    }
}

/// The resident page has no counter view: the switch (or an old `#clerk` link) keeps the answers
/// for this tab and opens the counter page, `clerk.html`, which shows them. The service worker
/// precached that page with the rest of the build right after the first load, whatever the user
/// does, so the switch is answered from the cache and tells no server anything (`store::hand_over`).
/// Off, it shows the step this tab was on (from the fragment, after a reload or Forward), as the
/// counter page's `set_clerk(false)` does.
#[cfg(not(feature = "clerk"))]
fn set_clerk(on: bool) {
    if on {
        store::hand_over(counter_url(), false);
    } else {
        flow::show(state::with(|s| s.step));
    }
}

/// The clerk view shows every question at once, the counter checks, and live results.
#[cfg(feature = "clerk")]
fn set_clerk(on: bool) {
    state::with(|s| s.clerk = on);
    clerk_view::arrange(on);
    form::reveal();
    if let Some(body) = dom::document().and_then(|d| d.body()) {
        dom::attr(
            &body,
            "data-view",
            Some(if on { "clerk" } else { "resident" }),
        );
    }
    if let Some(b) = dom::by_id("view-switch") {
        dom::attr(&b, "aria-pressed", Some(if on { "true" } else { "false" }));
    }
    if let Some(c) = dom::by_id("clerk") {
        dom::show(&c, on);
    }
    if on {
        for sec in dom::all(None, "#form section[data-step]") {
            let step = sec.get_attribute("data-step").unwrap_or_default();
            dom::show(&sec, step != "check");
        }
        if let Some(m) = dom::by_id("members") {
            dom::show(&m, true);
        }
        if let Some(f) = dom::by_id("form") {
            dom::attr(&f, "data-step", Some("all"));
        }
        refresh();
    } else {
        flow::show(state::with(|s| s.step));
    }
}
