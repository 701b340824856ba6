//! The page. Thin: reads the form, calls the engine, renders the result with `textContent`.

mod dom;

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

/// Entry point, called by `loader.js` once the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(input) = dom::by_id("accepted") else {
        return;
    };
    dom::on(&input, "input", move || render_limits());
    render_limits();
}

fn render_limits() {
    let (Some(out), Some(value)) = (dom::by_id("limits"), dom::input_value("accepted")) else {
        return;
    };
    dom::clear(&out);
    if value.is_empty() {
        return;
    }
    let Ok(date) = NaiveDate::parse_from_str(&value, "%Y-%m-%d") else {
        dom::append_text(
            &out,
            "p",
            "受理日期无效 / The acceptance date is not a valid date",
        );
        return;
    };
    let normal = jiuzhu::calendar::add_workdays(date, 20);
    let max = jiuzhu::calendar::add_workdays(date, 30);
    for (label, r) in [("§一 20个工作日", normal), ("§一 最长30个工作日", max)] {
        if let Some(p) = dom::append_text(&out, "p", label) {
            p.append_with_str_1(" ").ok();
            dom::append_time(&p, r.date);
        }
    }
}
