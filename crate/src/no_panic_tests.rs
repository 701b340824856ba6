//! Property tests: no input makes the engine panic, and what it returns is coherent.
//!
//! Two generators: arbitrary JSON trees that use the situation's own field names (so serde
//! reaches the validator with odd leaves), and well-typed situations with random ages, money,
//! dates and flags (so the rules run on the whole input space, including dates far apart).

use crate::assessment::{CondStatus, Level};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const KEYS: &[&str] = &[
    "as_of",
    "accepted_on",
    "channel",
    "huji_in_district",
    "applicant",
    "household",
    "self_care",
    "property_within_limits",
    "supporters",
    "current_status",
    "emergency",
    "expenditure",
    "cannot_resolve_alone",
    "policy_unclear",
    "check",
    "params",
    "age",
    "birth_date",
    "disability",
    "study",
    "orphan",
    "serious_illness",
    "income",
    "kind",
    "amount",
    "grade",
    "components",
    "orphan_allowance",
    "status",
    "reason",
    "recognised_on",
    "ended_on",
    "occurred_on",
    "ongoing",
    "critical",
    "days",
    "started_on",
    "finished_on",
    "eating",
    "dibao_standard",
    "dibian_multiple",
    "semester_1_start",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1_000_000i64..1_000_000, 0u32..4)
            .prop_map(|(n, s)| json!(format!("{}", rust_decimal::Decimal::new(n, s)))),
        "[0-9a-z_.,:-]{0,12}".prop_map(Value::String),
        (1890i32..2110, 0u32..14, 0u32..33)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
    ]
}

fn tree() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(
                    kv.into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

fn date() -> impl Strategy<Value = String> {
    (1990i32..2099, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn member() -> impl Strategy<Value = Value> {
    (
        0u32..131,
        prop::option::of(prop_oneof![Just("limb"), Just("visual"), Just("intellectual"), Just("mental"), Just("hearing")]),
        1u32..5,
        prop_oneof![Just("none"), Just("compulsory"), Just("high_school"), Just("vocational"), Just("university")],
        prop_oneof![Just("none"), Just("orphan"), Just("de_facto_unsupported")],
        prop::option::of(prop::collection::vec((prop_oneof![Just("wage"), Just("basic_pension"), Just("high_age_allowance")], 0i64..50_000_000), 0..3)),
        prop::collection::vec(prop::option::of(any::<bool>()), 6),
    )
        .prop_map(|(age, dk, grade, study, orphan, income, sc)| {
            let mut m = json!({"age": age, "study": study, "orphan": if age < 18 { orphan } else { "none" }});
            if let Some(k) = dk {
                m["disability"] = json!({"kind": k, "grade": grade});
            }
            if let Some(lines) = income {
                m["income"] = Value::Array(
                    lines.into_iter().map(|(k, fen)| json!({"kind": k, "amount": rust_decimal::Decimal::new(fen, 2).to_string()})).collect(),
                );
            }
            let keys = ["eating", "dressing", "bed", "toilet", "walking", "bathing"];
            m["self_care"] = Value::Object(keys.iter().zip(sc).filter_map(|(k, v)| v.map(|b| (k.to_string(), json!(b)))).collect());
            m
        })
}

fn situation() -> impl Strategy<Value = Value> {
    (
        date(),
        date(),
        prop::collection::vec(member(), 1..5),
        prop_oneof![Just("yes"), Just("no"), Just("unknown")],
        prop_oneof![Just("none"), Just("able"), Just("unable"), Just("unknown")],
        prop::option::of((
            prop_oneof![Just("dibao"), Just("dibian"), Just("tekun"), Just("orphan")],
            date(),
            prop::option::of(date()),
        )),
        prop::option::of((
            prop_oneof![Just("fire"), Just("illness"), Just("other")],
            any::<bool>(),
            prop::option::of(date()),
        )),
        prop::option::of(0u32..40),
        any::<(bool, bool)>(),
    )
        .prop_map(
            |(
                as_of,
                accepted,
                household,
                property,
                supporters,
                status,
                emergency,
                check,
                (a, b),
            )| {
                let mut s = json!({
                    "as_of": as_of, "accepted_on": accepted, "household": household,
                    "property_within_limits": property, "supporters": {"status": supporters},
                    "cannot_resolve_alone": a, "policy_unclear": b, "huji_in_district": a,
                });
                if let Some((k, r, e)) = status {
                    s["current_status"] = json!({"kind": k, "recognised_on": r, "ended_on": e});
                }
                if let Some((k, critical, end)) = emergency {
                    s["emergency"] = json!({"kind": k, "critical": critical, "ended_on": end});
                }
                if let Some(d) = check {
                    s["check"] = json!({"days": d});
                }
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn odd_json_never_panics(v in prop::collection::vec((prop::sample::select(KEYS), tree()), 0..8)
        .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<_, _>>()))) {
        // Every JSON object reads as a situation: what is wrong with it, its types included,
        // is for `evaluate` to report field by field.
        let raw = serde_json::from_value::<crate::RawSituation>(v).map_err(|e| TestCaseError::fail(e.to_string()))?;
        match crate::evaluate(&raw) {
            Ok(a) => { serde_json::to_string(&a).ok(); }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    /// A scalar where an object or a list belongs, at any nested field of an otherwise
    /// well-typed situation, is one `wrong_type` error at exactly that path (issue 11 §7); the
    /// other errors, if any, are those the same situation without that field gives.
    #[test]
    fn a_wrong_type_is_reported_at_its_path(
        v in situation(),
        which in 0usize..12,
        member in 0usize..4,
        bad in prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            "[a-z0-9-]{0,8}".prop_map(Value::String),
        ],
    ) {
        let mut v = v;
        let members = v["household"].as_array().map_or(0, Vec::len);
        let i = member % members.max(1);
        let (path, list) = match which {
            0 => ("household".to_string(), true),
            1 => ("self_care".to_string(), false),
            2 => ("supporters".to_string(), false),
            3 => ("current_status".to_string(), false),
            4 => ("emergency".to_string(), false),
            5 => ("expenditure".to_string(), false),
            6 => ("check".to_string(), false),
            7 => ("params".to_string(), false),
            8 => (format!("household[{i}].income"), true),
            9 => (format!("household[{i}].disability"), false),
            10 => (format!("household[{i}].self_care"), false),
            _ => (format!("household[{i}]"), false),
        };
        let mut without = v.clone();
        match which {
            0..=7 => {
                v[path.as_str()] = bad.clone();
                if let Some(o) = without.as_object_mut() { o.remove(path.as_str()); }
            }
            11 => {
                v["household"][i] = bad.clone();
                without["household"][i] = json!({});
            }
            _ => {
                let key = path.rsplit('.').next().unwrap_or_default();
                v["household"][i][key] = bad.clone();
                if let Some(o) = without["household"][i].as_object_mut() { o.remove(key); }
            }
        }
        let raw: crate::RawSituation = serde_json::from_value(v).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let errors = crate::evaluate(&raw).err().unwrap_or_default();
        let wrong: Vec<_> = errors.iter().filter(|e| e.code == crate::input::ErrorCode::WrongType).collect();
        prop_assert_eq!(wrong.len(), 1, "{:?}", errors);
        prop_assert_eq!(&wrong[0].path, &path);
        prop_assert_eq!(wrong[0].args.get("expected").map(String::as_str), Some(if list { "list" } else { "object" }));
        let text = bad.as_str().unwrap_or("");
        prop_assert_eq!(wrong[0].input.as_str(), text);
        // The rest: what the same situation without the field gives (a household that is not a
        // list is not also reported as empty).
        let raw_without: crate::RawSituation = serde_json::from_value(without).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let rest: Vec<_> = crate::evaluate(&raw_without).err().unwrap_or_default()
            .into_iter()
            .filter(|e| !(which == 0 && e.code == crate::input::ErrorCode::EmptyHousehold))
            .collect();
        let others: Vec<_> = errors.into_iter().filter(|e| e.code != crate::input::ErrorCode::WrongType).collect();
        prop_assert_eq!(others, rest);
    }

    #[test]
    fn rules_are_coherent(v in situation()) {
        let raw: crate::RawSituation = serde_json::from_value(v).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Ok(a) = crate::evaluate(&raw) {
            for p in &a.paths {
                let any_not = p.conditions.iter().any(|c| c.status == CondStatus::NotMet);
                let any_unknown = p.conditions.iter().any(|c| c.status == CondStatus::Unknown);
                let expected = if any_not { Level::Ineligible } else if any_unknown { Level::Possible } else { Level::Eligible };
                prop_assert_eq!(p.level, expected);
            }
            // 低保 and 低边 never both hold on a known income.
            let lv = |id| a.path(id).map(|p| p.level);
            prop_assert!(!(lv(crate::assessment::PathId::Dibao) == Some(Level::Eligible) && lv(crate::assessment::PathId::Dibian) == Some(Level::Eligible)));
            // Timeline is ordered where dated.
            let dates: Vec<_> = a.timeline.iter().filter_map(|s| s.key()).collect();
            prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
