//! The site configuration (`site.json`, issue 14): read by the same readers as the situation,
//! every problem at its path, the invalid parts dropped and the rest kept; its figures a layer
//! between the built-in table and the situation's overrides, confirmed and not examples.

use jiuzhu::input::Loose;
use jiuzhu::site::{self, Site};
use serde_json::{json, Value};

fn loose(v: Value) -> Loose {
    serde_json::from_value(v).expect("any JSON is a Loose value")
}

fn read(v: Value) -> (Site, Vec<(String, String)>) {
    let (site, errors) = site::read(&loose(v));
    let errors = errors
        .into_iter()
        .map(|e| (e.path, e.code.code().to_string()))
        .collect();
    (site, errors)
}

/// The file of the acceptance test: 低保 1300.00 from 2026-07-01, 低边 multiple 2, one window.
fn district() -> Value {
    json!({
        "version": 1,
        "district": {"zh": "示例区", "en": "Example District"},
        "params": {
            "dibao_standard": [{"from": "2026-07-01", "value": "1300.00",
                "source": {"document": "示例区民政局 关于调整低保标准的通知", "date": "2026-06-20"}}],
            "dibian_multiple": [{"from": "2022-07-01", "value": 2,
                "source": {"document": "示例市民政局 低保边缘家庭认定办法", "date": "2022-06-15"}}]
        },
        "windows": [{"street": "示例街道", "address": "示例路1号", "phone": "0571-00000000",
            "hours": "工作日 9:00–17:00", "online": true}],
        "hotline": "12345"
    })
}

/// One adult with a wage of `wage` a month, property within limits, accepted on `accepted`.
fn one_person(wage: &str, accepted: &str, params: Value) -> jiuzhu::RawSituation {
    serde_json::from_value(json!({
        "as_of": accepted, "accepted_on": accepted,
        "household": [{"age": 45, "income": [{"kind": "wage", "amount": wage}]}],
        "property_within_limits": "yes",
        "params": params
    }))
    .expect("a situation")
}

fn assess(raw: &jiuzhu::RawSituation, site: &Site) -> Value {
    let a = jiuzhu::evaluate_with(raw, site).expect("valid situation");
    serde_json::to_value(a).expect("serializable")
}

fn level(a: &Value, id: &str) -> String {
    let p = a["paths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id);
    p.unwrap_or_else(|| panic!("no path {id}"))["level"]
        .as_str()
        .unwrap()
        .to_string()
}

fn param<'a>(a: &'a Value, id: &str) -> &'a Value {
    let p = a["params"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id);
    p.unwrap_or_else(|| panic!("no param {id}"))
}

#[test]
fn the_example_file_in_docs_reads_without_a_problem() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/site.example.json"
    ))
    .expect("docs/site.example.json");
    let (site, errors) = read(serde_json::from_str(&text).expect("JSON"));
    assert_eq!(errors, vec![]);
    assert_eq!(
        site.district.as_ref().map(|d| d.en.as_str()),
        Some("Example District")
    );
    assert_eq!(site.windows.len(), 2);
    // A window given as one string serves both languages; the second has its own English.
    assert_eq!(site.windows[0].street.en, "示例街道");
    assert_eq!(site.windows[1].street.en, "Yangben Town");
    assert_eq!(site.windows[1].online, Some(false));
    assert_eq!(site.hotline.as_deref(), Some("12345"));
    assert!(site.property_limits.is_some());
    // Seven parameters set, each with one entry.
    assert_eq!(site.params.iter().count(), 7);
}

/// Worked by hand: on 2026-07-02 the host's standard 1300.00 is in force. One person, 1250.00:
/// 1250.00 < 1300.00 → 低保 eligible, and the standard shown is the host's, not an example.
/// The same household accepted on 2026-06-30 meets the built-in EXAMPLE 1160.00 (from
/// 2022-07-01): 1250.00 ≥ 1160.00 → not 低保; the host's entry only counts from its date.
#[test]
fn the_hosts_standard_decides_from_its_date_and_is_no_example() {
    let (site, errors) = read(district());
    assert_eq!(errors, vec![]);
    let a = assess(&one_person("1250.00", "2026-07-02", json!({})), &site);
    assert_eq!(level(&a, "dibao"), "eligible");
    let p = param(&a, "dibao_standard");
    assert_eq!(p["value"], "1300.00");
    assert_eq!(p["example"], false);
    assert_eq!(p["district_confirmed"], true);
    assert_eq!(p["effective"], "2026-07-01");
    assert_eq!(
        p["source"],
        "示例区民政局 关于调整低保标准的通知（2026-06-20）"
    );
    let codes: Vec<&str> = a["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"example_standard_decides"), "{codes:?}");

    let before = assess(&one_person("1250.00", "2026-06-30", json!({})), &site);
    assert_eq!(level(&before, "dibao"), "ineligible");
    assert_eq!(param(&before, "dibao_standard")["value"], "1160.00");
    assert_eq!(param(&before, "dibao_standard")["example"], true);
}

/// Worked by hand: 2400.00 per person, standard 1300.00. 2400 ≥ 1300 → not 低保. With the
/// host's multiple 2 (confirmed): limit 2 × 1300.00 = 2600.00, 2400 ≤ 2600 → 低边 eligible.
/// Without the file's multiple the provincial 1.5 is unconfirmed: 1.5 × 1300 = 1950 < 2400 ≤
/// 2600 (the reported 2 ×) → only "possible".
#[test]
fn the_hosts_dibian_multiple_counts_as_confirmed() {
    let (site, _) = read(district());
    let a = assess(&one_person("2400.00", "2026-07-02", json!({})), &site);
    assert_eq!(level(&a, "dibao"), "ineligible");
    assert_eq!(level(&a, "dibian"), "eligible");
    assert_eq!(param(&a, "dibian_multiple")["district_confirmed"], true);

    let mut only_standard = district();
    only_standard["params"]
        .as_object_mut()
        .unwrap()
        .remove("dibian_multiple");
    let (site, _) = read(only_standard);
    let a = assess(&one_person("2400.00", "2026-07-02", json!({})), &site);
    assert_eq!(level(&a, "dibian"), "possible");
}

/// A situation's own override still wins: standard 1200.00 → 1250.00 ≥ 1200.00, not 低保.
#[test]
fn a_situation_override_still_wins_over_the_site() {
    let (site, _) = read(district());
    let a = assess(
        &one_person(
            "1250.00",
            "2026-07-02",
            json!({"dibao_standard": "1200.00"}),
        ),
        &site,
    );
    assert_eq!(level(&a, "dibao"), "ineligible");
    assert_eq!(param(&a, "dibao_standard")["overridden"], true);
    assert_eq!(param(&a, "dibao_standard")["source"], "situation");
}

/// A wrong field is reported at its path and dropped alone: the window and the multiple stay.
/// With the standard dropped, 1250.00 meets the example 1160.00 again → not 低保.
#[test]
fn a_bad_field_is_dropped_alone_with_its_path() {
    let mut file = district();
    file["params"]["dibao_standard"][0]["value"] = json!("一千三");
    let (site, errors) = read(file);
    assert_eq!(
        errors,
        vec![("params.dibao_standard[0].value".into(), "not_money".into())]
    );
    assert!(site.params.get("dibao_standard").is_none());
    assert!(site.params.get("dibian_multiple").is_some());
    assert_eq!(site.windows.len(), 1);
    let a = assess(&one_person("1250.00", "2026-07-02", json!({})), &site);
    assert_eq!(level(&a, "dibao"), "ineligible");
    assert_eq!(param(&a, "dibao_standard")["example"], true);
}

#[test]
fn every_kind_of_bad_field_is_reported_at_its_path() {
    let (site, errors) = read(json!({
        "version": 1,
        "colour": "red",
        "district": 7,
        "params": {
            "no_such_param": [],
            "tekun_standard": {"from": "2026-07-01"},
            "dibao_standard": [
                {"from": "2026-02-30", "value": "1300.00", "source": {"document": "D", "date": "2026-06-20"}},
                {"value": "1300.00", "source": {"document": "D"}},
                {"from": "2026-07-01", "value": "1300.00", "source": "只写了名字"},
                {"from": "2026-07-01", "value": "-5", "source": {"document": "D", "date": "2026-06-20"}, "note": 1}
            ],
            "semester_1_start": [{"from": "2026-01-01", "value": "9月1日", "source": {"document": "D", "date": "2026-01-01"}}],
            "city_excluded_income_kinds": [{"from": "2026-01-01", "value": ["lottery"], "source": {"document": "D", "date": "2026-01-01"}}],
            "basic_pension_excluded_dibao": [{"from": "2026-01-01", "value": "maybe", "source": {"document": "D", "date": "2026-01-01"}}]
        },
        "windows": [{"address": "示例路1号", "online": "sometimes"}, "示例街道"],
        "hotline": ["12345"]
    }));
    let got: Vec<(&str, &str)> = errors
        .iter()
        .map(|(p, c)| (p.as_str(), c.as_str()))
        .collect();
    for want in [
        ("colour", "unknown_field"),
        ("district", "wrong_type"),
        ("params.no_such_param", "unknown_param"),
        ("params.tekun_standard", "wrong_type"),
        ("params.dibao_standard[0].from", "invalid_date"),
        ("params.dibao_standard[1].from", "required"),
        ("params.dibao_standard[1].source.date", "required"),
        ("params.dibao_standard[2].source", "wrong_type"),
        ("params.dibao_standard[3].value", "out_of_range"),
        ("params.dibao_standard[3].note", "unknown_field"),
        ("params.semester_1_start[0].value", "invalid_date"),
        (
            "params.city_excluded_income_kinds[0].value[0]",
            "unknown_value",
        ),
        ("params.basic_pension_excluded_dibao[0].value", "not_bool"),
        ("windows[0].online", "not_bool"),
        ("windows[0].street", "required"),
        ("windows[1]", "wrong_type"),
        ("hotline", "wrong_type"),
    ] {
        assert!(got.contains(&want), "missing {want:?} in {got:#?}");
    }
    assert_eq!(got.len(), 17, "{got:#?}");
    // Nothing was valid, so nothing is configured.
    assert!(site.is_empty(), "{site:?}");
}

#[test]
fn two_entries_of_one_day_are_a_contradiction() {
    let src = json!({"document": "D", "date": "2026-06-20"});
    let (site, errors) = read(json!({"version": 1, "params": {"dibao_standard": [
        {"from": "2026-07-01", "value": "1300.00", "source": src},
        {"from": "2026-07-01", "value": "1310.00", "source": src}
    ]}}));
    assert_eq!(
        errors,
        vec![(
            "params.dibao_standard[1].from".into(),
            "inconsistent".into()
        )]
    );
    let kept = site.params.get("dibao_standard").unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].value.to_text(), "1300.00");
}

/// A `version` other than 1, or none, drops the whole file: its fields may mean something else.
#[test]
fn another_version_or_none_drops_everything() {
    for (v, code) in [
        (json!(2), "unsupported_version"),
        (json!("1.1"), "unsupported_version"),
    ] {
        let mut file = district();
        file["version"] = v;
        let (site, errors) = read(file);
        assert_eq!(errors, vec![("version".into(), code.into())]);
        assert!(site.is_empty());
    }
    let mut file = district();
    file.as_object_mut().unwrap().remove("version");
    let (site, errors) = read(file);
    assert_eq!(errors, vec![("version".into(), "required".into())]);
    assert!(site.is_empty());
    let (site, errors) = read(json!(["not", "an", "object"]));
    assert_eq!(errors, vec![("(root)".into(), "wrong_type".into())]);
    assert!(site.is_empty());
}

/// Notes (keys with `_`) are ignored; `null` as a value means "unknown from that day"; the 2026
/// 基础养老金 question can be settled by the host: true from 2026-01-01 → the flag in force on
/// 2026-07-02 is the host's `true`, confirmed.
#[test]
fn notes_are_ignored_and_a_null_value_is_unknown() {
    let src = json!({"document": "D", "date": "2025-12-30"});
    let (site, errors) = read(json!({"version": 1, "_note": "any text",
    "params": {"basic_pension_excluded_dibao": [
        {"from": "2026-01-01", "value": true, "source": src, "_why": "province's notice"},
        {"from": "2027-01-01", "value": null, "source": src}
    ]}}));
    assert_eq!(errors, vec![]);
    let a = assess(&one_person("1000.00", "2026-07-02", json!({})), &site);
    assert_eq!(param(&a, "basic_pension_excluded_dibao")["value"], true);
    assert_eq!(
        param(&a, "basic_pension_excluded_dibao")["district_confirmed"],
        true
    );
    let a = assess(&one_person("1000.00", "2027-07-02", json!({})), &site);
    assert_eq!(
        param(&a, "basic_pension_excluded_dibao")["value"],
        Value::Null
    );
}

/// No configuration is exactly the built-in behaviour.
#[test]
fn no_site_is_the_built_in_behaviour() {
    let raw = one_person("1250.00", "2026-07-02", json!({}));
    let with = jiuzhu::evaluate_with(&raw, &Site::default()).unwrap();
    let without = jiuzhu::evaluate(&raw).unwrap();
    assert_eq!(
        serde_json::to_value(with).unwrap(),
        serde_json::to_value(without).unwrap()
    );
}

/// The city's own excluded income kinds (民发〔2021〕57号 (四)) come from the host's file.
/// Worked by hand, accepted 2026-07-02, the built-in example 低保 standard 1160.00 (no site
/// standard here), one person aged 82 with a wage of 1100.00 and an old-age allowance of 200.00:
/// - without the file, no city kind is excluded: 1100 + 200 = 1300.00 ≥ 1160.00 → not 低保;
/// - with the host listing `high_age_allowance` from 2024-01-01: 1100.00 < 1160.00 → 低保 符合.
#[test]
fn the_citys_excluded_income_kinds_come_from_the_file() {
    let raw: jiuzhu::RawSituation = serde_json::from_value(json!({
        "as_of": "2026-07-02", "accepted_on": "2026-07-02",
        "household": [{"age": 82, "income": [
            {"kind": "wage", "amount": "1100.00"},
            {"kind": "high_age_allowance", "amount": "200.00"}
        ]}],
        "property_within_limits": "yes"
    }))
    .expect("a situation");
    let a = assess(&raw, &Site::default());
    assert_eq!(level(&a, "dibao"), "ineligible");

    let (site, errors) = read(
        json!({"version": 1, "params": {"city_excluded_income_kinds": [
            {"from": "2024-01-01", "value": ["high_age_allowance"],
             "source": {"document": "示例市人民政府 关于社会救助家庭收入认定的规定", "date": "2023-12-01"}}
        ]}}),
    );
    assert_eq!(errors, vec![]);
    let a = assess(&raw, &site);
    assert_eq!(level(&a, "dibao"), "eligible");
    assert_eq!(
        param(&a, "city_excluded_income_kinds")["district_confirmed"],
        true
    );
}
