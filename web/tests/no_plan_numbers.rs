//! The page holds no number of the plan: every figure a resident or clerk reads (5000 元,
//! 24 小时, 20 个工作日, 一周, 30%…) comes from the engine, which cites where it comes from.
//!
//! What is scanned: the text the page can show, i.e. the string literals of `web/src/*.rs` and
//! `web/*.js`, and the quoted strings of `web/*.css` (comments are not scanned: they may quote
//! the plan to say why). `web/index.html` is not scanned: it is generated from the engine's
//! tables and sentences (`src/page.rs`), and holds the engine's figures by design.
//!
//! What counts as a plan number: a run of ASCII digits (with `,` or `.` inside) or of Chinese
//! numerals, followed, after at most one space, by a unit the plan counts in: 元, 小时, 工作日,
//! 个工作日, 日, 天, 周, 周岁, 岁, 个月, %, ％, 倍, or in English yuan, hour(s), working day(s),
//! day(s), week(s), month(s), year(s), percent. A placeholder (`{n} 个工作日`) is not a number.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const UNITS_ZH: &[&str] = &[
    "个工作日",
    "工作日",
    "小时",
    "周岁",
    "个月",
    "元",
    "日",
    "天",
    "周",
    "岁",
    "%",
    "％",
    "倍",
];
const UNITS_EN: &[&str] = &[
    "yuan",
    "hour",
    "working day",
    "day",
    "week",
    "month",
    "year",
    "percent",
];
const CN_DIGITS: &str = "一二三四五六七八九十两百千万";

/// The plan numbers in one piece of text, as the matched slices.
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let digit = |c: char| c.is_ascii_digit();
        let cn = |c: char| CN_DIGITS.contains(c);
        let start = i;
        if digit(chars[i]) {
            while i < chars.len()
                && (digit(chars[i])
                    || ((chars[i] == ',' || chars[i] == '.')
                        && i + 1 < chars.len()
                        && digit(chars[i + 1])))
            {
                i += 1;
            }
        } else if cn(chars[i]) {
            while i < chars.len() && cn(chars[i]) {
                i += 1;
            }
        } else {
            i += 1;
            continue;
        }
        let mut j = i;
        if j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        let rest: String = chars[j..chars.len().min(j + 12)].iter().collect();
        let is_ascii_number = digit(chars[start]);
        let hit = UNITS_ZH.iter().any(|u| rest.starts_with(u))
            || (is_ascii_number && UNITS_EN.iter().any(|u| rest.to_lowercase().starts_with(u)));
        if hit {
            out.push(chars[start..(j + 4).min(chars.len())].iter().collect());
        }
    }
    out
}

/// The string literals of Rust or JavaScript source (CSS strings too), comments skipped.
fn strings(src: &str, rust: bool) -> Vec<String> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            i += 2;
            while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if rust
            && c[i] == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !c[i - 1].is_alphanumeric() && c[i - 1] != '_')
        {
            // A raw string: r"…", r#"…"#, r##"…"##.
            let mut j = i + 1;
            let mut hashes = 0;
            while j < c.len() && c[j] == '#' {
                hashes += 1;
                j += 1;
            }
            if j >= c.len() || c[j] != '"' {
                i += 1;
                continue;
            }
            j += 1;
            let from = j;
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"'
                    && c[j + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&h| h == '#')
                        .count()
                        == hashes
                {
                    break;
                }
                j += 1;
            }
            out.push(c[from..j.min(c.len())].iter().collect());
            i = j + 1 + hashes;
        } else if rust && c[i] == '\'' {
            // A char literal ('x', '\n', '"') or a lifetime ('a): skip either.
            if next == Some('\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c[i] == '"' || (!rust && (c[i] == '\'' || c[i] == '`')) {
            let quote = c[i];
            let mut j = i + 1;
            let from = j;
            while j < c.len() && c[j] != quote {
                if c[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            out.push(c[from..j.min(c.len())].iter().collect());
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn scan(dir: &Path, ext: &str, rust: bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == ext));
    files.sort();
    assert!(!files.is_empty(), "no .{ext} files in {}", dir.display());
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        for s in strings(&src, rust) {
            for n in numbers_in(&s) {
                found.push(format!("{}: {n:?} in {s:?}", f.display()));
            }
        }
    }
    found
}

#[test]
fn the_page_holds_no_number_of_the_plan() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = scan(&web.join("src"), "rs", true);
    found.extend(scan(web, "js", false));
    found.extend(scan(web, "css", false));
    assert!(
        found.is_empty(),
        "plan numbers in web/:\n{}",
        found.join("\n")
    );
}

/// The scanner finds what the page used to write itself (the render.rs help-first sentence and
/// the old emergency banner), and leaves placeholders, CSS sizes and comments alone.
#[test]
fn the_scanner_finds_what_it_should() {
    let old_render = r#"
        dom::add(&b, "p", "", state::tr(
            "先求助，后补手续：请马上联系街道（乡镇）社会救助窗口。情况特别紧急的，街道可以先行救助，24小时内到位，手续事后补齐。",
            "Help first, paperwork later: contact the 街道 social-assistance window now. When it is very urgent, the 街道 can help first, within 24 hours, and the paperwork is completed afterwards.",
        ));"#;
    let found: Vec<String> = strings(old_render, true)
        .iter()
        .flat_map(|s| numbers_in(s))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("24小时") && found[1].starts_with("24 hour"));
    for text in [
        "最高5000元",
        "最高不超过5,000 元",
        "20个工作日",
        "一周内补齐",
        "30%",
        "up to 5,000 yuan",
        "within 3 working days",
    ] {
        assert!(!numbers_in(text).is_empty(), "{text}");
    }
    for text in [
        "还剩 {n} 个工作日",
        "第 {pos} 步",
        "一事一议",
        "Grade",
        "maxlength",
        "Step {pos} of {}",
    ] {
        assert!(numbers_in(text).is_empty(), "{text}");
    }
    let src = "// 24小时 in a comment\nlet x = 'a'; let y = '\"'; let z = \"ok\"; /* 5000元 */";
    assert_eq!(strings(src, true), vec!["ok".to_string()]);
    let css = ".a { width: 50%; } .b::after { content: \"30%\"; }";
    assert_eq!(strings(css, false), vec!["30%".to_string()]);
}

/// The page decides nothing: it never looks at which condition, reason, warning or step the
/// engine returned in order to act on it (as `flow.rs` once skipped a step on the condition id
/// `"no_work_capacity"`). It renders what it gets through `messages`, and asks the engine
/// (`jiuzhu::questions`) whatever it needs decided. So no string literal of the page's own code
/// is one of the engine's codes, other than a control id of the question table.
#[test]
fn the_page_reads_no_rule_code() {
    let mut codes: Vec<&str> = jiuzhu::messages::known_codes().collect();
    codes.extend(
        jiuzhu::rules::CONDITIONS
            .iter()
            .flat_map(|section| section.iter().map(|c| c.id)),
    );
    assert!(codes.contains(&"no_work_capacity") && codes.contains(&"id_card_suffices"));
    // The page's own control ids come from the question table; one of them ("accepted", the
    // acceptance date) happens to spell a timeline step's code, and reading that control is
    // not reading the step.
    let controls: Vec<&str> = jiuzhu::questions::QUESTIONS.iter().map(|q| q.id).collect();
    codes.retain(|c| !controls.contains(c));
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<_> = std::fs::read_dir(&src)
        .expect("web/src")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for s in strings(&text, true) {
            if codes.contains(&s.as_str()) {
                found.push(format!("{}: {s:?}", f.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the page reads rule codes:\n{}",
        found.join("\n")
    );
}
