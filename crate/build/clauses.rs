//! `data/clauses.json` → `clauses_table.rs`: the plan's own text for each clause id.

use serde_json::Value;
use std::fmt::Write as _;

pub fn generate(data: &str) -> String {
    let root: Value = serde_json::from_str(data).expect("clauses.json is not JSON");
    let mut out = String::from("/// (id, title, text) for each clause of the plan, from data/clauses.json.\npub static CLAUSES: &[(&str, &str, &str)] = &[\n");
    for c in root["clauses"]
        .as_array()
        .expect("clauses must be an array")
    {
        let get = |k: &str| {
            c.get(k)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("clauses.json: missing {k}"))
        };
        writeln!(
            out,
            "  ({:?}, {:?}, {:?}),",
            get("id"),
            get("title"),
            get("text")
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
