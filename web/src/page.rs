//! Writes the site's two pages, `web/index.html` (the resident's) and `web/clerk.html` (the
//! counter's): the whole form in both languages, from the question table (`jiuzhu::questions`).
//! Native only: the page never runs it; `tests/index_html.rs` checks that both files are what
//! this writes, and rewrites them with `JIUZHU_WRITE_INDEX=1` (`make index`).
//!
//! Every visible text is written once as a (Chinese, English) pair, as `<span class="zh">` /
//! `<span class="en">` (CSS shows the one for `<html lang>`), and every inserted text and
//! value is escaped. The member card, radio groups and clerk fields share one shape each.

use jiuzhu::messages::Lang;
use jiuzhu::questions::{
    self as qs, help_first, ClerkField, Control, Question, StepInfo, Words, CLERK_GROUPS,
};

/// Escapes text for HTML content and for double-quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn t(w: Words) -> String {
    format!(
        r#"<span class="zh">{}</span><span class="en">{}</span>"#,
        esc(w.0),
        esc(w.1)
    )
}

/// An option, in Chinese: the page rewrites option texts from the table when the language
/// changes (`render::option_texts`), so no second language is stored in the markup.
fn opt(value: &str, w: Words) -> String {
    format!(r#"<option value="{}">{}</option>"#, esc(value), esc(w.0))
}

fn options(q: &Question) -> String {
    let mut out = String::new();
    if let Some(b) = q.blank {
        out.push_str(&opt("", b));
    }
    for o in q.options() {
        out.push_str(&opt(o.value, (o.zh, o.en)));
    }
    out
}

/// The hint paragraph and the `aria-describedby` pointing at it, for control `id`.
fn hint(id: &str, h: Option<Words>) -> (String, String) {
    match h {
        Some(w) => (
            format!(r#"<p class="hint" id="{}-hint">{}</p>"#, esc(id), t(w)),
            format!(r#" aria-describedby="{}-hint""#, esc(id)),
        ),
        None => (String::new(), String::new()),
    }
}

macro_rules! money {
    () => {
        r#"inputmode="decimal" autocomplete="off" spellcheck="false""#
    };
}
const MONEY: &str = money!();

/// One question's markup; `id` is the control id (`m0-…` on the first member's card). Only radio
/// groups carry a `name` (the group's); the page reads every other control by id.
fn question(q: &Question, id: &str) -> String {
    let (h, desc) = hint(id, q.hint);
    let e = esc(id);
    let label = t(q.label);
    match q.control {
        Control::Radio => {
            let rows: String = q
                .options()
                .iter()
                .map(|o| {
                    format!(
                        r#"<label class="choice"><input type="radio" name="{e}" value="{}" data-field="{e}"> {}</label>"#,
                        esc(o.value),
                        t((o.zh, o.en))
                    )
                })
                .collect();
            format!(
                r#"<fieldset class="q" id="{e}"{desc}><legend>{label}</legend>{h}<div class="choices">{rows}</div></fieldset>"#
            )
        }
        Control::Select => format!(
            r#"<div class="q"><label for="{e}">{label}</label>{h}<select id="{e}" data-field="{e}"{desc}>{}</select></div>"#,
            options(q)
        ),
        Control::Checkbox => format!(
            r#"<div class="q"><label class="choice"><input type="checkbox" id="{e}" data-field="{e}"> {label}</label></div>"#
        ),
        Control::Param => {
            let pid = esc(q.path.trim_start_matches("params."));
            format!(
                r#"<div class="q"><label for="{e}">{label}</label><input id="{e}" class="param-input" data-param="{pid}" {MONEY} aria-describedby="{e}-default"><p class="hint" id="{e}-default"></p></div>"#
            )
        }
        c => {
            let (kind, attrs) = match c {
                Control::Date => ("date", ""),
                Control::Month => ("month", ""),
                Control::DateTime => ("datetime-local", ""),
                Control::Count => ("text", r#" inputmode="numeric" autocomplete="off""#),
                Control::Money => ("text", concat!(" ", money!())),
                _ => ("text", r#" autocomplete="off" maxlength="40""#),
            };
            format!(
                r#"<div class="q"><label for="{e}">{label}</label>{h}<input id="{e}" type="{kind}" data-field="{e}"{desc}{attrs}></div>"#
            )
        }
    }
}

/// The member card template: one part per step, each with that step's member questions.
/// The first member's card (id 0), written into the page: the start makes none, and it is the
/// pattern of every other member's card (`form::add_member` copies it as the page was written,
/// ids `m0-…` renumbered), so the page carries the card's markup once.
fn first_member() -> String {
    card()
}

fn card() -> String {
    let mut out = format!(
        "<div class=\"member\" data-member=\"0\">\n<h3 class=\"member-h\">{} <span class=\"member-no\">1</span> <span class=\"member-label\"></span></h3>\n",
        t(qs::MEMBER)
    );
    for s in qs::STEPS {
        let qs: Vec<&Question> = qs::questions_of(s.id).filter(|q| q.per_member()).collect();
        if qs.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "<div class=\"part\" data-part=\"{}\">\n",
            esc(s.id)
        ));
        for q in qs {
            out.push_str(&format!("  {}\n", question(q, &format!("m0-{}", q.id))));
        }
        if s.id == "household" {
            out.push_str(&format!(
                "  <button type=\"button\" class=\"link remove-member\" data-action=\"remove-member\">{}</button>\n",
                t(("删除这位成员", "Remove this member"))
            ));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>");
    out
}

fn both(f: fn(Lang) -> String) -> String {
    t((leak(f(Lang::Zh)), leak(f(Lang::En))))
}

/// The generator runs once per process; a few sentences live until it ends.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The footer's basis, with the plan's date of effect from the engine (§施行).
fn in_force(lang: Lang) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let d = jiuzhu::rules::in_force::since();
    match lang {
        Lang::Zh => format!(
            "依据：XX区关于进一步完善社会救助管理工作的实施方案（{}年{}月{}日起施行）。",
            d.year(),
            d.month(),
            d.day()
        ),
        Lang::En => format!(
            "Based on the district plan for social assistance, in force from {} {} {}.",
            d.day(),
            MONTHS[d.month0() as usize],
            d.year()
        ),
    }
}

/// The body of a step: its own questions, plus what only that step has.
fn step_body(s: &StepInfo, page: Page) -> String {
    let mut out = String::new();
    match s.id {
        "start" => {
            out.push_str(&format!(
                "\n<p>{}</p>\n<p>{}</p>\n<div class=\"urgent\" role=\"note\"><p><strong>{}</strong></p>\n<p>{}</p>\n<button type=\"button\" class=\"secondary\" data-action=\"goto\" data-target=\"events\">{}</button></div>\n",
                t(("回答几个问题，看看您的家庭可能适用哪种社会救助：特困供养、低保、低保边缘、临时救助或“一事一议”；要带哪些材料、哪些已经不用带；以及每一步大约在哪天。", "Answer a few questions to see which social assistance your household may get (特困, 低保, 低边, temporary aid or 一事一议), what to bring and what you no longer need, and roughly on which day each step happens.")),
                t(("这是预查，不是审批结果。最终以街道（乡镇）审核为准。", "This is a pre-check, not a decision. The 街道 (township) decides.")),
                t(("家里刚刚遭遇火灾、事故或突发重病？", "Has your household just had a fire, an accident or a sudden serious illness?")),
                both(help_first),
                t(("先说说发生了什么", "Tell us what happened first")),
            ));
        }
        "check" => out.push_str(r#"<dl class="answers" id="answers"></dl>"#),
        "result" => {
            out.push_str(r#"<div id="result" aria-live="polite"></div>"#);
            if page == Page::Resident {
                out.push_str(&handoff());
            }
        }
        _ => {}
    }
    let mut params = String::new();
    for q in qs::questions_of(s.id).filter(|q| !q.per_member()) {
        if q.control == Control::Param {
            params.push_str(&question(q, q.id));
            continue;
        }
        out.push_str(&question(q, q.id));
        if q.id == "em-kind" {
            out.push_str(&format!(
                r#"<div class="urgent" id="em-banner" role="status" hidden><p>{}</p></div>"#,
                both(help_first)
            ));
        }
    }
    if s.id == "start" {
        out.push('\n');
    }
    if !params.is_empty() {
        out.push_str(&format!(
            "<details class=\"params\" id=\"params-box\"><summary>{}</summary>\n<p class=\"hint\">{}</p>\n{params}\n</details>",
            t(("本次使用的本地标准（可查看、可修改）", "Local figures used (view or change)")),
            t(("留空即使用参数文件中的默认值。默认值标明“示例”的，不是核实的本区标准。", "Leave empty to use the default from the parameter file. Defaults marked EXAMPLE are not verified district figures.")),
        ));
    }
    out
}

/// The resident's hand-over code under the result (issue 15): an empty box that the case
/// module (`web/code`) fills when it arrives after start, with what the code holds and where it
/// goes, the names box and the symbol, so that the first load carries none of their words.
fn handoff() -> String {
    r#"<section id="handoff" class="handoff" aria-labelledby="handoff-h" hidden></section>"#.into()
}

fn step(s: &StepInfo, page: Page) -> String {
    let id = esc(s.id);
    let intro = s
        .intro
        .map(|w| format!(r#"<p class="intro">{}</p>"#, t(w)))
        .unwrap_or_default();
    // The first step is visible before the wasm starts, so nothing moves when it does.
    let hidden = if s.id == "start" { "" } else { " hidden" };
    format!(
        r#"<section class="step" data-step="{id}" aria-labelledby="{id}-h"{hidden}><h2 id="{id}-h" tabindex="-1">{}</h2>{intro}{}</section>"#,
        t(s.title),
        step_body(s, page)
    )
}

fn clerk_field(f: &ClerkField) -> String {
    let id = esc(&f.id());
    let path = esc(f.path);
    let label = t(f.label);
    match f.control {
        Control::Checkbox => format!(
            r#"<div class="q"><label class="choice"><input type="checkbox" id="{id}" data-ck="{path}"> {label}</label></div>"#
        ),
        Control::Select => {
            // Blank first: a clerk select left blank lets the engine decide (事项 follows the
            // result); "—" reads the same in both languages.
            let opts: String = std::iter::once(opt("", ("—", "—")))
                .chain(f.options().iter().map(|o| opt(o.value, (o.zh, o.en))))
                .collect();
            format!(
                r#"<div class="q"><label for="{id}">{label}</label><select id="{id}" data-ck="{path}">{opts}</select></div>"#
            )
        }
        c => {
            let (kind, attrs) = match c {
                Control::Date => ("date", ""),
                Control::Month => ("month", ""),
                Control::DateTime => ("datetime-local", ""),
                Control::Count | Control::Money => {
                    ("text", r#" inputmode="decimal" spellcheck="false""#)
                }
                _ => ("text", ""),
            };
            format!(
                r#"<div class="q"><label for="{id}">{label}</label><input id="{id}" type="{kind}" data-ck="{path}" autocomplete="off"{attrs}></div>"#
            )
        }
    }
}

/// The counter's "扫码录入" field: a 扫码枪 types the resident's code into it and presses Enter
/// (`web/src/handoff.rs`). Not an answer: no `data-ck`, never saved.
fn scan() -> String {
    format!(
        r#"<div class="q scan"><label for="scan">{}</label><p class="hint" id="scan-hint">{}</p><input id="scan" type="text" autocomplete="off" spellcheck="false" autocapitalize="off" aria-keyshortcuts="F2" aria-describedby="scan-hint scan-status"><p id="scan-status" role="status"></p></div>"#,
        t(("扫码录入（F2）", "Scan a case code (F2)")),
        t((
            "按 F2，用扫码枪扫居民结果页或办事指引上的二维码，整个案例即填入下面各栏；也可以粘贴后按回车。窗口自己的栏目（经办人、会议等）保留不变。",
            "Press F2 and scan the QR code on the resident's result or printed guide: the whole case fills the fields below. Pasting and pressing Enter works too. The counter's own fields (handlers, meeting…) are kept."
        )),
    )
}

fn clerk() -> String {
    let groups: Vec<String> = CLERK_GROUPS
        .iter()
        .map(|g| {
            let body: String = g.fields.iter().map(clerk_field).collect();
            format!(
                r#"<fieldset class="ck-group"><legend>{}</legend>{body}</fieldset>"#,
                t(g.title)
            )
        })
        .collect();
    // The clerk's inputs come first in the page and the results after them, in one aside the
    // view keeps in sight (sticky) beside the inputs: tab order is reading order. The case
    // sheet's header and signature lines show in print only.
    let sign: String = [
        ("经办人", "Handled by"),
        ("初审", "First review"),
        ("审核确认", "Confirmed by"),
    ]
    .iter()
    .map(|w| format!("<p>{}：<span class=\"line\"></span></p>", t(*w)))
    .collect();
    format!(
        "<section id=\"clerk\" class=\"clerk\" aria-labelledby=\"clerk-h\" hidden>\n<h2 id=\"clerk-h\">{}</h2>\n<p class=\"hint\">{}</p>\n<p class=\"hint keys\">{}</p>\n{}\n<div class=\"ck-grid\">\n{}\n</div>\n</section>\n<aside id=\"clerk-side\" class=\"clerk-side\" aria-label=\"{}\" hidden>\n<div id=\"clerk-report\" tabindex=\"-1\" aria-live=\"polite\"></div>\n<div class=\"sign sheet-only\">{sign}</div>\n</aside>",
        t(("窗口核查", "Counter checks")),
        t(("结果随输入即时更新，不需要提交。回车跳到下一项。", "Results update as you type; there is nothing to submit. Enter moves to the next field.")),
        t((
            "快捷键：F2 扫码录入 · Alt+N 添加家庭成员 · Alt+J 跳到核查结果 · Alt+P 打印个案核查单",
            "Shortcuts: F2 scan a case code · Alt+N add a household member · Alt+J jump to the checks · Alt+P print the case sheet"
        )),
        scan(),
        groups.join("\n"),
        esc(state_free_label())
    )
}

/// The aside's accessible name, in both languages (an attribute cannot hold the two spans).
fn state_free_label() -> &'static str {
    "预查结果和核查 / Result and checks"
}

/// The site's two pages. They share the form, the styles and the loader; each has its own wasm.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    /// `index.html`, the resident's page and the first load: no counter view in its wasm.
    Resident,
    /// `clerk.html`, the counter page: the same form and the counter checks, its wasm built
    /// with the `clerk` feature. The service worker precaches it after the first load.
    Counter,
}

impl Page {
    /// Both pages, in the order the build writes them.
    pub const ALL: [Page; 2] = [Page::Resident, Page::Counter];

    /// The page's file name in `web/`.
    pub fn file(self) -> &'static str {
        match self {
            Page::Resident => "index.html",
            Page::Counter => "clerk.html",
        }
    }
}

/// The whole of one page.
pub fn page_html(page: Page) -> String {
    let steps: String = qs::STEPS.iter().map(|s| step(s, page)).collect();
    let features = if page == Page::Counter {
        r#" data-cargo-features="clerk""#
    } else {
        ""
    };
    let view = if page == Page::Counter {
        "clerk"
    } else {
        "resident"
    };
    let head = r##"<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="description" content="救助预查：看看您的家庭可能适用哪种社会救助、要带哪些材料、什么时候有结果。所填内容只在本机浏览器中计算。">
<meta name="theme-color" content="#0b5cad">
<title>救助预查 · jiuzhu</title>
<link data-trunk rel="css" href="style.css">
<link data-trunk rel="rust" href="Cargo.toml" data-type="main"__FEATURES__ data-wasm-opt="s" data-wasm-opt-params="--converge --strip-producers --strip-target-features">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'%3E%3Crect width='64' height='64' rx='12' fill='%230b5cad'/%3E%3Cpath d='M28 14h8v14h14v8H36v14h-8V36H14v-8h14z' fill='%23fff'/%3E%3C/svg%3E" type="image/svg+xml">
<link data-trunk rel="rust" href="code/Cargo.toml" data-type="worker" data-bindgen-target="web" data-wasm-opt="s" data-wasm-opt-params="--converge --strip-producers --strip-target-features">
<link data-trunk rel="copy-file" href="manifest.webmanifest">
<link data-trunk rel="copy-file" href="icon.svg">
<link data-trunk rel="copy-file" href="sw.js">
<link data-trunk rel="copy-file" href="../crate/data/clauses.json">
<link data-trunk rel="copy-file" href="site.json">
<script data-trunk type="module" src="loader.js"></script>
</head>
<body data-view="__VIEW__">
"##;
    let mut out = head
        .replace("__FEATURES__", features)
        .replace("__VIEW__", view);
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        r##"<a class="skip" href="#main">{}</a>"##,
        t(("跳到主要内容", "Skip to main content"))
    ));
    // The district's name from site.json, filled in at start (render::district).
    line("<header class=\"top\">\n<p id=\"district\" class=\"district\" hidden></p>\n<div class=\"bar\">".into());
    line(format!(
        r#"<p class="brand">{}</p>"#,
        t(("救助预查", "Assistance pre-check"))
    ));
    line("<div class=\"switches\">\n<button type=\"button\" id=\"lang-switch\" data-action=\"lang\" lang=\"en\">English</button>".into());
    line(format!(
        r#"<button type="button" id="elder-switch" data-action="elder" aria-pressed="false">{}</button>"#,
        t(("大字模式", "Large text"))
    ));
    line(format!(
        r#"<button type="button" id="view-switch" data-action="view" aria-pressed="false">{}</button>"#,
        t(("窗口人员", "Counter staff"))
    ));
    line("</div>\n</div>".into());
    line(format!(r#"<p class="privacy">{}</p>"#, t(("您填写的内容只在这台设备的浏览器里计算，不会发送到任何地方。", "What you enter is worked out in this browser on this device and is never sent anywhere."))));
    line(format!(r#"<p class="privacy">{}</p>"#, t(("刷新或返回时回答还在：它们只留在这个浏览器标签页里，关掉标签页就清除；只有勾选“在这台设备上记住”才会留在设备上。", "Your answers survive a reload or Back: they stay in this browser tab only and go when you close it, unless you tick \"Remember my answers on this device\"."))));
    line("</header>\n<main id=\"main\" tabindex=\"-1\">".into());
    line(format!(
        r#"<div id="update-ready" class="update" role="status" hidden><p>{} <button type="button" class="secondary" data-action="reload">{}</button></p></div>"#,
        t(("新版本已准备好。", "A new version is ready.")),
        t(("刷新使用新版本", "Reload to use it"))
    ));
    line(format!(
        r#"<p id="load-error" class="error" role="alert" hidden>{}</p>"#,
        t((
            "页面程序未能启动，请刷新重试。",
            "The page could not start. Please reload."
        ))
    ));
    // For the host: site.json's problems, listed at start (render::host_notice).
    line(format!(
        r#"<details id="host-notice" class="host-notice" hidden><summary>{}</summary><ul id="host-problems"></ul></details>"#,
        t((
            "网站配置有误，相关部分已改用默认值（供网站管理者查看）",
            "The site's configuration has errors; defaults are used for those parts (for the site's administrators)"
        ))
    ));
    line(format!(
        r#"<noscript><p class="error">{}</p></noscript>"#,
        t((
            "本页需要启用 JavaScript 才能计算。",
            "This page needs JavaScript to work things out."
        ))
    ));
    line(format!(
        r#"<div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden><h2>{}</h2><ul></ul></div>"#,
        t(("有些回答需要修改", "Some answers need changing"))
    ));
    line("<div id=\"case-head\" class=\"case-head sheet-only\"></div>".into());
    line("<form id=\"form\" novalidate data-step=\"start\">\n<div class=\"progress\" id=\"progress\" aria-live=\"polite\"></div>".into());
    line(steps);
    line(format!(
        "<div id=\"members\" class=\"members\">{}</div>",
        first_member()
    ));
    line(format!(
        r#"<div class="part add-row" data-part="household"><button type="button" class="secondary" data-action="add-member" aria-keyshortcuts="Alt+N">{}</button></div>"#,
        t(("再添加一位家庭成员", "Add another household member"))
    ));
    line("<div class=\"nav\" id=\"nav\">".into());
    line(format!(
        r#"<button type="button" class="secondary" data-action="back" hidden>{}</button>"#,
        t(("上一步", "Back"))
    ));
    line(format!(
        r#"<button type="button" class="primary" data-action="next">{}</button>"#,
        t(("下一步", "Continue"))
    ));
    line("</div>\n</form>".into());
    if page == Page::Counter {
        line(clerk());
    }
    line("<section class=\"tools\" aria-labelledby=\"tools-h\">".into());
    line(format!(
        r#"<h2 id="tools-h">{}</h2>"#,
        t(("保存和打开", "Save and open"))
    ));
    line("<div class=\"tool-row\">".into());
    line(format!(
        r#"<button type="button" class="secondary" data-action="save">{}</button>"#,
        t(("把回答保存为文件", "Save answers to a file"))
    ));
    line(format!(
        r#"<label class="secondary file-label" for="open-file">{}</label>"#,
        t(("打开保存的回答", "Open saved answers"))
    ));
    line(r#"<input type="file" id="open-file" accept="application/json,.json,text/plain,.txt" class="visually-hidden">"#.into());
    line(format!(
        r#"<button type="button" class="secondary" data-action="print" aria-keyshortcuts="Alt+P">{}</button>"#,
        t(("打印办事指引", "Print the guide"))
    ));
    line("</div>".into());
    line(format!(
        r#"<div class="q"><label class="choice"><input type="checkbox" id="remember"> {}</label>"#,
        t((
            "在这台设备上记住我的回答",
            "Remember my answers on this device"
        ))
    ));
    line(format!(
        r#"<button type="button" class="link" data-action="forget">{}</button></div>"#,
        t((
            "清除这台设备上保存的回答",
            "Forget answers saved on this device"
        ))
    ));
    line("<p id=\"tool-status\" role=\"status\"></p>\n</section>\n</main>".into());
    line(format!(
        r#"<footer class="foot"><p>{} <span id="version"></span></p></footer>"#,
        both(in_force)
    ));
    line("</body>\n</html>".into());
    out
}
