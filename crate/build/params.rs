//! `data/params.json` → `params_table.rs`: dated parameters as a static table.

use serde_json::Value;
use std::fmt::Write as _;

fn s<'a>(v: &'a Value, k: &str, ctx: &str) -> &'a str {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("params.json: {ctx}: missing string {k}"))
}

/// `"1160.00"` → `Decimal::from_parts(116000, 0, 0, false, 2)`, checked here so that the
/// runtime never parses.
fn decimal_literal(text: &str, ctx: &str) -> String {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let all: String = format!("{int}{frac}");
    assert!(
        !all.is_empty() && all.chars().all(|c| c.is_ascii_digit()),
        "params.json: {ctx}: bad decimal {text}"
    );
    let mantissa: u32 = all
        .parse()
        .unwrap_or_else(|_| panic!("params.json: {ctx}: decimal too large {text}"));
    format!(
        "Decimal::from_parts({mantissa}, 0, 0, false, {})",
        frac.len()
    )
}

fn date_tuple(text: &str, ctx: &str) -> String {
    let p: Vec<u32> = text
        .split('-')
        .map(|x| {
            x.parse()
                .unwrap_or_else(|_| panic!("params.json: {ctx}: bad date {text}"))
        })
        .collect();
    assert!(p.len() == 3, "params.json: {ctx}: bad date {text}");
    format!("({}, {}, {})", p[0], p[1], p[2])
}

pub fn generate(data: &str) -> String {
    let root: Value = serde_json::from_str(data).expect("params.json is not JSON");
    let mut out = String::new();
    let set_id = s(&root, "set_id", "root");
    writeln!(
        out,
        "/// Identity of the parameter set (`set_id` of data/params.json)."
    )
    .unwrap();
    writeln!(out, "pub const PARAM_SET_ID: &str = {set_id:?};").unwrap();
    writeln!(
        out,
        "/// The parameter table generated from data/params.json."
    )
    .unwrap();
    writeln!(out, "pub static PARAMS: &[ParamDef] = &[").unwrap();
    for p in root["params"]
        .as_array()
        .expect("params.json: params must be an array")
    {
        let id = s(p, "id", "param");
        let kind = s(p, "kind", id);
        let unit = s(p, "unit", id);
        writeln!(out, "ParamDef {{ id: {id:?}, unit: {unit:?}, values: &[").unwrap();
        let mut last = String::new();
        for v in p["values"].as_array().expect("values must be an array") {
            let from = s(v, "from", id);
            assert!(
                from > last.as_str(),
                "params.json: {id}: values must be in date order"
            );
            last = from.to_string();
            let raw = v
                .get("value")
                .unwrap_or_else(|| panic!("params.json: {id}: missing value"));
            // `null`: from this date the value is not known until the district sets one.
            let text = if raw.is_null() || raw.is_array() {
                ""
            } else {
                s(v, "value", id)
            };
            let value = match kind {
                _ if raw.is_null() => "ParamRaw::Unset".to_string(),
                "income_kinds" => {
                    let codes: Vec<String> = raw
                        .as_array()
                        .unwrap_or_else(|| panic!("params.json: {id}: income_kinds is a list"))
                        .iter()
                        .map(|c| {
                            format!(
                                "{:?}",
                                c.as_str().unwrap_or_else(|| panic!(
                                    "params.json: {id}: income kind codes are strings"
                                ))
                            )
                        })
                        .collect();
                    // Checked against the codes by the const fn, at compile time.
                    format!(
                        "ParamRaw::IncomeKinds(income_kinds(&[{}]))",
                        codes.join(", ")
                    )
                }
                "decimal" => format!("ParamRaw::Decimal({})", decimal_literal(text, id)),
                "bool" => match text {
                    "true" => "ParamRaw::Bool(true)".into(),
                    "false" => "ParamRaw::Bool(false)".into(),
                    _ => panic!("params.json: {id}: bad bool {text}"),
                },
                "month_day" => {
                    let (m, d) = text.split_once('-').expect("month_day is MM-DD");
                    let (m, d): (u32, u32) = (m.parse().expect("month"), d.parse().expect("day"));
                    assert!(
                        (1..=12).contains(&m) && (1..=28).contains(&d),
                        "params.json: {id}: month_day {text} out of range (day ≤ 28)"
                    );
                    format!("ParamRaw::MonthDay({m}, {d})")
                }
                other => panic!("params.json: {id}: unknown kind {other}"),
            };
            let example = v
                .get("example")
                .and_then(Value::as_bool)
                .expect("example flag");
            let verification = match s(v, "verification", id) {
                "plan" => "Verification::Plan",
                "verified" => "Verification::Verified",
                "secondary" => "Verification::Secondary",
                "recalled" | "example" => "Verification::Recalled",
                other => panic!("params.json: {id}: unknown verification {other}"),
            };
            let source = s(v, "source", id);
            let confirmed = v
                .get("district_confirmed")
                .map(|c| c.as_bool().expect("district_confirmed is a boolean"))
                .unwrap_or(false);
            writeln!(
                out,
                "  ParamValue {{ from: {}, value: {value}, example: {example}, confirmed: {confirmed}, verification: {verification}, source: {source:?} }},",
                date_tuple(from, id)
            )
            .unwrap();
        }
        writeln!(out, "] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}
