//! The page's answers ↔ the engine's input (`jiuzhu::answers`): the walk the page's form
//! reading uses, and its inverse, which the counter page uses to show a scanned hand-over code.
//! The expected values are read off the question table by hand (control id → engine path).

use jiuzhu::answers::{self, Answers};
use jiuzhu::handoff::{self, Options};
use jiuzhu::questions::{self, Control, QUESTIONS};
use jiuzhu::situation::Loose;
use jiuzhu::small_map::SmallMap;
use jiuzhu::RawSituation;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

fn map(pairs: &[(&str, &str)]) -> SmallMap<String, String> {
    let mut m = SmallMap::new();
    for (k, v) in pairs {
        m.insert(k.to_string(), v.to_string());
    }
    m
}

fn read(members: usize, values: &SmallMap<String, String>) -> RawSituation {
    answers::situation_of(members, values)
}

/// Answers as a sorted list: the page's order of keys is not part of their meaning.
fn sorted(m: &SmallMap<String, String>) -> Vec<(String, String)> {
    let mut v: Vec<_> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort();
    v
}

fn json(raw: &RawSituation) -> serde_json::Value {
    serde_json::to_value(raw).expect("a situation serialises")
}

/// A household of four as the page saves it: the applicant (72, physical disability grade 2,
/// two pensions), her son and daughter-in-law (working), a grandchild at school with no income;
/// a fire on 2026-11-20 still going on; a medical bill of 8,600 元.
fn family() -> SmallMap<String, String> {
    map(&[
        ("accepted", "2026-12-01"),
        ("huji", "yes"),
        ("channel", "window_huji"),
        ("m0-name", "王桂兰"),
        ("m0-age", "72"),
        ("m0-dis-kind", "limb"),
        ("m0-dis-grade", "2"),
        ("m0-inc-basic", "180.00"),
        ("m0-inc-pension", "1250.50"),
        ("m1-age", "45"),
        ("m1-inc-work", "3200"),
        ("m2-age", "43"),
        ("m2-inc-work", "2800"),
        ("m2-inc-insurance", "60"),
        ("m3-age", "9"),
        ("m3-study", "compulsory"),
        ("m3-inc-none", "true"),
        ("property", "yes"),
        ("supporters", "able"),
        ("em-kind", "fire"),
        ("em-date", "2026-11-20"),
        ("em-ongoing", "yes"),
        ("em-critical", "no"),
        ("ex-kind", "medical"),
        ("ex-amount", "8600"),
        ("alone", "no"),
        ("unclear", "no"),
        ("st-kind", "none"),
    ])
}

#[test]
fn answers_go_to_their_engine_paths() {
    let raw = read(4, &family());
    let v = json(&raw);
    // Rows of the table: huji → huji_in_district (yes/no → true/false), alone → cannot_resolve_alone
    // (the question is negated: "no" the household cannot → true), em-ongoing → emergency.ongoing.
    assert_eq!(v["huji_in_district"], true);
    assert_eq!(v["cannot_resolve_alone"], true);
    assert_eq!(v["policy_unclear"], false);
    assert_eq!(v["emergency"]["kind"], "fire");
    assert_eq!(v["emergency"]["ongoing"], true);
    assert_eq!(v["expenditure"]["amount"], "8600");
    assert_eq!(v["household"].as_array().map(Vec::len), Some(4));
    // The applicant's income: one line per filled kind, in table order (inc-pension is asked
    // before inc-basic), each holding the text typed.
    assert_eq!(v["household"][0]["income"][0]["kind"], "other_pension");
    assert_eq!(v["household"][0]["income"][0]["amount"], "1250.50");
    assert_eq!(v["household"][0]["income"][1]["kind"], "basic_pension");
    assert_eq!(v["household"][0]["disability"]["grade"], "2");
    // The grandchild: "no income" ticked is an income list with no line.
    assert_eq!(v["household"][3]["income"], serde_json::json!([]));
    assert_eq!(v["household"][3]["study"], "compulsory");
    // The name is read like any other answer (whether the code carries it is the code's call).
    assert_eq!(v["household"][0]["name"], "王桂兰");
}

#[test]
fn a_hidden_question_is_not_read() {
    // em-date is shown only when an emergency is named; dis-limb only for a 多重残疾.
    let raw = read(
        1,
        &map(&[
            ("em-date", "2026-11-20"),
            ("m0-dis-kind", "visual"),
            ("m0-dis-limb", "1"),
        ]),
    );
    let v = json(&raw);
    assert!(v["emergency"].is_null(), "{v}");
    assert!(
        v["household"][0]["disability"]["components"].is_null(),
        "{v}"
    );
    assert_eq!(v["household"][0]["disability"]["kind"], "visual");
}

#[test]
fn the_walk_reports_where_each_path_came_from() {
    let values = family();
    let value = |member: Option<usize>, id: &str| {
        values
            .get(&answers::key(member, id))
            .cloned()
            .unwrap_or_default()
    };
    let mut seen = Vec::new();
    answers::situation(4, &value, &mut |path, member, origin| {
        let id = match origin {
            answers::Origin::Question(q) => q.id,
            answers::Origin::Clerk(f) => f.path,
        };
        seen.push((path, member, id));
    });
    // The second member's wage is the first line of their income list: its amount, then the
    // line itself, both from inc-work.
    let at = seen
        .iter()
        .position(|s| s.0 == "household[1].income[0].amount")
        .expect("the wage line");
    assert_eq!(
        seen[at],
        ("household[1].income[0].amount".into(), Some(1), "inc-work")
    );
    assert_eq!(
        seen[at + 1],
        ("household[1].income[0]".into(), Some(1), "inc-work")
    );
    assert!(seen.contains(&("emergency.occurred_on".into(), None, "em-date")));
    // The walk reads no counter field (`counter_fields` does).
    assert!(!seen.iter().any(|s| s.2.contains('.')));
}

#[test]
fn a_family_comes_back_through_the_code() {
    let values = family();
    let raw = read(4, &values);
    let code = handoff::encode(&raw, Options::default());
    let back = answers::answers(&handoff::decode(&code).expect("decodes"));
    // Everything but the name (not carried unless the box is ticked) comes back as typed.
    let mut expected = values.clone();
    expected.remove("m0-name");
    assert_eq!(back.members, 4);
    assert_eq!(sorted(&back.values), sorted(&expected));
    assert!(back.unplaced.is_empty(), "{:?}", back.unplaced);
    // With names, the name too.
    let named = handoff::encode(
        &raw,
        Options {
            include_names: true,
        },
    );
    let back = answers::answers(&handoff::decode(&named).expect("decodes"));
    assert_eq!(sorted(&back.values), sorted(&values));
}

#[test]
fn what_no_field_asks_for_is_listed() {
    // A file written by hand: an income kind the form has no field for (property income) and a
    // second wage line. The wage's first line is placed; the rest is reported, not dropped
    // silently.
    let raw: RawSituation = RawSituation::from_loose(
        &serde_json::from_str::<Loose>(
            r#"{"household":[{"age":50,"income":[{"kind":"wage","amount":"100"},{"kind":"wage","amount":"5"},{"kind":"property","amount":"20"}]}]}"#,
        )
        .expect("json"),
    );
    let a = answers::answers(&raw);
    assert_eq!(a.values.get("m0-age").map(String::as_str), Some("50"));
    assert_eq!(a.values.get("m0-inc-work").map(String::as_str), Some("100"));
    assert_eq!(a.unplaced, vec!["household[0]".to_string()]);
}

#[test]
fn yes_no_answers_come_back_as_their_controls_hold_them() {
    // The engine's values for the page's radios: policy_unclear false → "no" (Conv::YesNo),
    // cannot_resolve_alone false → "yes" (the question is negated), a ticked illness → "true".
    let raw = read(
        1,
        &map(&[("unclear", "no"), ("alone", "yes"), ("m0-ill", "true")]),
    );
    let a: Answers = answers::answers(&raw);
    assert_eq!(
        sorted(&a.values),
        sorted(&map(&[
            ("m0-ill", "true"),
            ("alone", "yes"),
            ("unclear", "no")
        ]))
    );
}

/// One answer a control of this row could hold.
fn value_for(q: &questions::Question) -> BoxedStrategy<String> {
    let options: Vec<String> = q.options().iter().map(|o| o.value.to_string()).collect();
    match q.control {
        Control::Checkbox => Just("true".to_string()).boxed(),
        _ if !options.is_empty() => proptest::sample::select(options).boxed(),
        Control::Date => (2020u32..2030, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
            .boxed(),
        Control::Money | Control::Param => (0u32..100_000, 0u32..100)
            .prop_map(|(a, f)| format!("{a}.{f:02}"))
            .boxed(),
        Control::Count => (0u32..110).prop_map(|n| n.to_string()).boxed(),
        _ => "[a-z张王李 ]{1,8}".boxed(),
    }
}

/// Any answers the page could save: each question answered or not, for 1–5 members. Answers
/// to hidden questions are left out (the page does not read them, so they do not come back).
fn any_answers() -> BoxedStrategy<(usize, SmallMap<String, String>)> {
    let rows: Vec<_> = QUESTIONS
        .iter()
        .map(|q| proptest::option::of(value_for(q)))
        .collect();
    (1usize..=5, proptest::collection::vec(rows, 5))
        .prop_map(|(members, per_member)| {
            let mut values = SmallMap::new();
            for (i, row) in per_member.into_iter().enumerate().take(members) {
                for (q, v) in QUESTIONS.iter().zip(row) {
                    let Some(v) = v else { continue };
                    if !q.per_member() && i > 0 {
                        continue;
                    }
                    values.insert(answers::key(q.per_member().then_some(i), q.id), v);
                }
            }
            // Keep only what the walk reads (revealed, with a value).
            let shown = |m: Option<usize>, id: &str| {
                values
                    .get(&answers::key(m, id))
                    .cloned()
                    .unwrap_or_default()
            };
            let mut kept = SmallMap::new();
            for (k, v) in values.iter() {
                let (member, id) = match k.split_once('-') {
                    Some((m, id)) if m.starts_with('m') && m[1..].parse::<usize>().is_ok() => {
                        (m[1..].parse().ok(), id)
                    }
                    _ => (None, k.as_str()),
                };
                let q = questions::question(id).expect("a question");
                let revealed = q
                    .shown_when
                    .depends_on()
                    .is_none_or(|d| q.shown_when.holds(&shown(member, d)));
                let answered = questions::convert(q.conv, v).is_some();
                // The page hands the engine the text trimmed; that is what comes back.
                if revealed && answered {
                    kept.insert(k.clone(), v.trim().to_string());
                }
            }
            // "No income" ticked beside an amount is the same situation as the amount alone
            // (an income list with lines), so only the amount comes back.
            for m in 0..members {
                let prefix = answers::key(Some(m), "inc-");
                let amount = kept
                    .iter()
                    .any(|(k, _)| k.starts_with(&prefix) && !k.ends_with("-none"));
                if amount {
                    kept.remove(answers::key(Some(m), "inc-none").as_str());
                }
            }
            (members, kept)
        })
        .boxed()
}

#[test]
fn any_answers_come_back_through_the_code() {
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 300,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[15; 32]),
    );
    runner
        .run(&any_answers(), |(members, values)| {
            let raw = read(members, &values);
            let code = handoff::encode(
                &raw,
                Options {
                    include_names: true,
                },
            );
            let back = answers::answers(&handoff::decode(&code).expect("decodes"));
            prop_assert_eq!(back.members, members);
            prop_assert!(back.unplaced.is_empty(), "{:?}", back.unplaced);
            // The same answers, except a yes/no "unknown" (no engine value) and an unticked box.
            prop_assert_eq!(sorted(&back.values), sorted(&values));
            // And reading them again gives the same situation.
            prop_assert_eq!(json(&read(members, &back.values)), json(&raw));
            Ok(())
        })
        .expect("answers round-trip");
}
