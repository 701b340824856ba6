//! `web/index.html` and `web/clerk.html` are written by `jiuzhu_web::page` from the question
//! table. This test fails when a file differs from what the generator writes now (`make lint`
//! runs it); with `JIUZHU_WRITE_INDEX=1` it writes the files instead (`make index`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use jiuzhu_web::page::{page_html, Page};

#[test]
fn the_pages_are_what_the_generator_writes() {
    for page in Page::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(page.file());
        let want = page_html(page);
        if std::env::var_os("JIUZHU_WRITE_INDEX").is_some() {
            std::fs::write(&path, &want).expect("write the page");
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "web/{} is out of date: run `make index` (JIUZHU_WRITE_INDEX=1 cargo test -p jiuzhu-web --test index_html)",
            page.file()
        );
    }
}

/// The split of issue 16: only the counter page carries the counter view and builds its wasm
/// with the `clerk` feature; the resident page, the first load, has neither.
#[test]
fn only_the_counter_page_has_the_counter_view() {
    let resident = page_html(Page::Resident);
    let counter = page_html(Page::Counter);
    assert!(!resident.contains("id=\"clerk\""));
    assert!(!resident.contains("data-ck="));
    assert!(!resident.contains("data-cargo-features"));
    assert!(resident.contains("<body data-view=\"resident\">"));
    assert!(counter.contains("id=\"clerk\""));
    assert!(counter.contains(r#"data-cargo-features="clerk""#));
    assert!(counter.contains("<body data-view=\"clerk\">"));
}

/// Every id of every question and clerk field is in the page, with its path where the page
/// keeps one (clerk fields carry `data-ck`), and every text goes through the escaper.
#[test]
fn every_row_of_the_table_is_on_the_page() {
    let html = page_html(Page::Counter);
    for q in jiuzhu::questions::QUESTIONS {
        // A member's question is on the first member's card, the pattern of every other.
        let id = if q.per_member() {
            format!("m0-{}", q.id)
        } else {
            q.id.to_string()
        };
        let attr = if q.control == jiuzhu::questions::Control::Radio {
            format!("name=\"{id}\"")
        } else {
            format!("id=\"{id}\"")
        };
        assert!(html.contains(&attr), "{attr}");
        for o in q.options() {
            assert!(
                html.contains(&format!("value=\"{}\"", o.value)),
                "{}",
                o.value
            );
        }
    }
    for f in jiuzhu::questions::clerk_fields() {
        assert!(
            html.contains(&format!("id=\"{}\" ", f.id()))
                || html.contains(&format!("id=\"{}\"", f.id()))
        );
        assert!(
            html.contains(&format!("data-ck=\"{}\"", f.path)),
            "{}",
            f.path
        );
    }
    // An apostrophe in "Residents' representative" is escaped, never written raw into markup.
    assert!(html.contains("Residents&#39; representative"));
    assert!(!html.contains("Residents' representative"));
}

#[test]
fn the_escaper_escapes_the_five_characters() {
    assert_eq!(
        jiuzhu_web::page::esc(r#"<a href="x">'&'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
}
