//! `web/index.html` is written by `jiuzhu_web::page` from the question table. This test fails
//! when the file differs from what the generator writes now (`make lint` runs it); with
//! `JIUZHU_WRITE_INDEX=1` it writes the file instead (`make index`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[test]
fn index_html_is_what_the_generator_writes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let want = jiuzhu_web::page::index_html();
    if std::env::var_os("JIUZHU_WRITE_INDEX").is_some() {
        std::fs::write(&path, &want).expect("write web/index.html");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "web/index.html is out of date: run `make index` (JIUZHU_WRITE_INDEX=1 cargo test -p jiuzhu-web --test index_html)"
    );
}

/// Every id of every question and clerk field is in the page, with its path where the page
/// keeps one (clerk fields carry `data-ck`), and every text goes through the escaper.
#[test]
fn every_row_of_the_table_is_on_the_page() {
    let html = jiuzhu_web::page::index_html();
    for q in jiuzhu::questions::QUESTIONS {
        let id = if q.per_member() {
            format!("m__-{}", q.id)
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
