//! Every code the engine can return has words in both languages.
//!
//! The in-crate test in `messages` scans the rule sources for quoted codes; it cannot see an id
//! put together at run time (a condition id held in a variable, a code picked by a `match`, a
//! step id passed through a helper). This test looks at what the engine actually returns instead:
//! it runs every scenario in `tests/scenarios` and a broad grid of generated situations, collects
//! every condition id, reason code, warning code, step id and document id in the results, and
//! checks that each has zh AND en words that are not empty, are not the raw id, and leave no
//! `{argument}` unfilled. The clerk checks get the same treatment over a grid of counter cases.
//!
//! It also checks the grid's reach: every condition a section declares must turn up at least
//! once, so a condition the grid never produces is noticed rather than silently unchecked.

#[path = "../support/scenario_files.rs"]
mod scenario_files;
use jiuzhu::assessment::Assessment;
use jiuzhu::choice::Choice;
use jiuzhu::messages::{self, Lang};
use jiuzhu::situation::{DisabilityKind, EmergencyKind, Study};
use scenario_files::scenario_files;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Every code of `T`, in the engine's order, from the engine's own list: a value added to an
/// enum is generated without editing this file.
fn codes<T: Choice>() -> Vec<&'static str> {
    T::ALL.iter().map(|c| c.code()).collect()
}

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// What the runs returned, by kind, and what lacked words.
#[derive(Default)]
struct Seen {
    conditions: BTreeSet<String>,
    reasons: BTreeSet<String>,
    warnings: BTreeSet<String>,
    steps: BTreeSet<String>,
    documents: BTreeSet<String>,
    clerk_checks: BTreeSet<String>,
    missing: BTreeSet<String>,
}

impl Seen {
    /// Words for `id` in one language: present, not empty, not the id itself, fully filled.
    fn words(&mut self, what: &str, id: &str, lang: Lang, text: Option<&str>) {
        let ok = text.is_some_and(|t| !t.trim().is_empty() && t != id && !t.contains('{'));
        if !ok {
            self.missing
                .insert(format!("{what} {id} ({lang:?}): {text:?}"));
        }
    }

    fn assessment(&mut self, a: &Assessment) {
        let mut reasons = Vec::new();
        for p in &a.paths {
            for c in &p.conditions {
                self.conditions.insert(c.id.to_string());
                for l in LANGS {
                    self.words("condition", c.id, l, messages::condition_name(c.id, l));
                }
                reasons.push(&c.reason);
            }
            reasons.extend(&p.notes);
        }
        for d in a.documents.bring.iter().chain(&a.documents.not_required) {
            self.documents.insert(d.id.to_string());
            for l in LANGS {
                self.words("document", d.id, l, messages::document_name(d.id, l));
            }
            reasons.extend(&d.reason);
        }
        for l in &a.linked {
            reasons.extend(&l.reasons);
        }
        reasons.extend(&a.urgent);
        for r in reasons {
            self.reasons.insert(r.code.to_string());
            for l in LANGS {
                let text = messages::reason(r, l);
                self.words("reason", r.code, l, Some(&text));
            }
        }
        for w in &a.warnings {
            self.warnings.insert(w.code.to_string());
            for l in LANGS {
                let text = messages::warning(w.code, &w.args, l);
                self.words("warning", w.code, l, Some(&text));
            }
        }
        for s in &a.timeline {
            self.steps.insert(s.id.to_string());
            for l in LANGS {
                let text = messages::step(s, l);
                self.words("step", s.id, l, Some(&text));
                // The short name used in lists (the estimated-dates warning) has no numbers.
                self.words("step name", s.id, l, messages::step_name(s.id, l));
            }
        }
    }

    fn clerk(&mut self, report: &Value) {
        fn walk(v: &Value, seen: &mut Seen) {
            match v {
                Value::Object(m) => {
                    // A check, or the deadline's extension (which has no id of its own).
                    if let (Some(Value::String(reason)), true) =
                        (m.get("reason"), m.contains_key("zh"))
                    {
                        let id = m.get("id").and_then(Value::as_str).unwrap_or("extension");
                        seen.clerk_checks.insert(format!("{id}:{reason}"));
                        for key in ["zh", "en"] {
                            let text = m.get(key).and_then(Value::as_str);
                            let ok = text.is_some_and(|t| {
                                !t.trim().is_empty() && t != reason && !t.contains('{')
                            });
                            if !ok {
                                seen.missing
                                    .insert(format!("clerk {id} {reason} ({key}): {text:?}"));
                            }
                        }
                    }
                    m.values().for_each(|x| walk(x, seen));
                }
                Value::Array(xs) => xs.iter().for_each(|x| walk(x, seen)),
                _ => {}
            }
        }
        walk(report, self);
    }
}

fn scenario_situations() -> Vec<Value> {
    let files = scenario_files();
    files
        .iter()
        .map(|f| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).expect("readable"))
                .expect("scenario is JSON");
            v["situation"].clone()
        })
        .collect()
}

/// A small deterministic generator (an LCG): the same grid on every run.
struct Pick(u64);

impl Pick {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
    fn of<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len())]
    }
}

/// `v`, or absent one time in three. The value comes first so that it may draw from `g`.
fn maybe(v: Value, g: &mut Pick) -> Value {
    if g.next(3) == 0 {
        Value::Null
    } else {
        v
    }
}

fn member(g: &mut Pick) -> Value {
    let ages = [3, 10, 15, 16, 17, 18, 19, 30, 45, 59, 60, 70, 85];
    let mut m = json!({ "age": ages[g.next(ages.len())] });
    m["income"] = match g.next(6) {
        0 => Value::Null,
        1 => json!([]),
        _ => {
            let kind = g.of(&[
                "wage",
                "business",
                "basic_pension",
                "high_age_allowance",
                "support_payment",
                "preferential_care",
                "other",
            ]);
            let amount = g.of(&["0", "500", "1159.99", "1160", "1740", "1740.01", "3000"]);
            json!([{ "kind": kind, "amount": amount }])
        }
    };
    if g.next(3) == 0 {
        let kind = g.of(&codes::<DisabilityKind>());
        m["disability"] = json!({ "kind": kind, "grade": 1 + g.next(4) });
    }
    m["study"] = maybe(json!(g.of(&codes::<Study>())), g);
    // Only a child can be an orphan; the engine rejects the contradiction.
    let age = m["age"].as_u64().unwrap_or(0);
    if age < 18 {
        m["orphan"] = maybe(json!(g.of(&["none", "orphan", "de_facto_unsupported"])), g);
    }
    m["serious_illness"] = maybe(json!(g.next(2) == 0), g);
    if g.next(2) == 0 {
        let mut sc = json!({});
        for k in ["eating", "dressing", "bed", "toilet", "walking", "bathing"] {
            sc[k] = maybe(json!(g.next(2) == 0), g);
        }
        m["self_care"] = sc;
    }
    m
}

/// One generated situation: every field drawn from values on and around the plan's lines.
fn situation(g: &mut Pick) -> Value {
    let accepted = g.of(&[
        "2022-06-30",
        "2022-07-01",
        "2025-03-03",
        "2025-09-26",
        "2026-01-20",
        "2026-09-28",
        "2027-12-20",
    ]);
    let n = 1 + g.next(3);
    let household: Vec<Value> = (0..n).map(|_| member(g)).collect();
    let mut s = json!({ "as_of": accepted, "accepted_on": accepted, "household": household });
    s["property_within_limits"] = maybe(json!(g.of(&["yes", "no", "unknown"])), g);
    s["supporters"] = maybe(
        match g.next(5) {
            0 => json!({ "status": "unable" }),
            1 => json!({ "status": "unable", "reason": g.of(&[
            "is_tekun",
            "dibao_over_60",
            "over_70_or_severe_disability_low_income",
            "no_capacity_missing_or_prison",
            "in_prison",
        ]) }),
            _ => json!({ "status": g.of(&["none", "able", "unknown"]) }),
        },
        g,
    );
    if g.next(2) == 0 {
        let kind = g.of(&["none", "dibao", "dibian", "tekun", "orphan"]);
        let mut st = json!({ "kind": kind });
        if kind != "none" {
            st["recognised_on"] = maybe(json!("2021-05-10"), g);
        }
        if kind != "none" && g.next(2) == 0 {
            st["ended_on"] = json!(g.of(&["2021-12-31", "2022-03-01", "2022-06-15"]));
        }
        s["current_status"] = st;
    }
    if g.next(2) == 0 {
        let kind = g.of(&codes::<EmergencyKind>());
        let mut e = json!({ "kind": kind, "occurred_on": "2020-01-01" });
        e["critical"] = maybe(json!(g.next(2) == 0), g);
        match g.next(3) {
            0 => e["ongoing"] = json!(true),
            1 => {
                e["ongoing"] = json!(false);
                e["ended_on"] = json!("2020-01-03");
            }
            _ => {}
        }
        s["emergency"] = e;
    }
    if g.next(2) == 0 {
        let mut x = json!({ "kind": g.of(&["medical", "education", "funeral", "other"]) });
        x["amount"] = maybe(json!(g.of(&["0", "800", "30000"])), g);
        x["ongoing"] = maybe(json!(g.next(2) == 0), g);
        s["expenditure"] = x;
    }
    s["cannot_resolve_alone"] = maybe(json!(g.next(2) == 0), g);
    s["policy_unclear"] = maybe(json!(g.next(2) == 0), g);
    s["huji_in_district"] = maybe(json!(g.next(2) == 0), g);
    s["channel"] = maybe(
        json!(g.of(&["window_huji", "window_residence", "online"])),
        g,
    );
    if g.next(2) == 0 {
        let days = [10, 15, 16, 40][g.next(4)];
        s["check"] = json!({ "days": days });
    }
    strip_nulls(s)
}

/// Absent rather than `null`: a missing field is what the form sends.
fn strip_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k, strip_nulls(x)))
                .collect(),
        ),
        Value::Array(xs) => Value::Array(xs.into_iter().map(strip_nulls).collect()),
        x => x,
    }
}

/// One generated counter case: each check's inputs on, just inside and just past its limits.
fn clerk_case(g: &mut Pick) -> Value {
    let date = |g: &mut Pick| g.of(&["2025-03-03", "2025-03-10", "2025-03-19", "2025-04-30"]);
    let mut c = json!({});
    c["today"] = maybe(json!(g.of(&["2025-03-05", "2025-04-15", "2026-01-10"])), g);
    c["handlers"] = json!({
        "acceptance": g.of(&["张三", "李四", ""]),
        "first_review": g.of(&["张三", "王五", ""]),
        "confirmation": g.of(&["赵六", "李四", ""]),
    });
    c["deadline"] = json!({
        "kind": g.of(&["dibao", "dibian", "tekun", "linshi", "特困人员", ""]),
        "accepted": date(g),
        "check_start": g.of(&["2025-03-04", ""]),
        "check_end": g.of(&["2025-03-19", "2025-03-20", ""]),
    });
    let yes_no = ["是", "否", ""];
    c["meeting"] = json!({
        "accepted": date(g),
        "held": date(g),
        "participants": g.of(&["11", "12", "20", ""]),
        "street_staff": g.of(&yes_no),
        "committee_member": g.of(&yes_no),
        "village_cadre": g.of(&yes_no),
        "resident_rep": g.of(&yes_no),
        "discipline_present": g.of(&yes_no),
        "publicity_start": date(g),
        "approved": date(g),
        "filed": date(g),
    });
    c["emergency"] = json!({
        "amount": g.of(&["5000", "5000.01", "800", ""]),
        "occurred_at": g.of(&["2025-03-03 08:00", ""]),
        "accepted_at": g.of(&["2025-03-03 08:00", ""]),
        "aid_at": g.of(&["2025-03-04 08:00", "2025-03-04 08:01", ""]),
        "reported_to_district": g.of(&yes_no),
        "ended_on": g.of(&["2025-03-12", ""]),
        "paperwork_done": g.of(&["2025-03-19", "2025-03-25", ""]),
    });
    c["funds"] = json!({
        "temporary_approved": date(g),
        "temporary_paid": date(g),
        "monthly_month": g.of(&["2025-03", ""]),
        "monthly_paid": g.of(&["2025-03-10", "2025-03-11", ""]),
        "reserve_balance": g.of(&["10000", "9999.99", ""]),
    });
    c["review"] = json!({
        "approved": g.of(&["2024-08-31", ""]),
        "last_review": g.of(&["2025-01-15", ""]),
    });
    c["sampling"] = json!({
        "dibao_new": g.of(&["47", "0", ""]),
        "tekun_new": g.of(&["10", ""]),
        "linshi_new": g.of(&["20", ""]),
        "dibao_sampled": g.of(&["14", "15", ""]),
        "tekun_sampled": g.of(&["3", "2", ""]),
        "linshi_sampled": g.of(&["4", "3", ""]),
    });
    c
}

#[test]
fn every_code_the_engine_returns_has_words_in_both_languages() {
    let mut seen = Seen::default();
    let mut assessed = 0;
    let mut g = Pick(20_220_701);
    let generated = (0..3000).map(|_| situation(&mut g));
    for s in scenario_situations().into_iter().chain(generated) {
        let raw: jiuzhu::RawSituation = serde_json::from_value(s).expect("raw situation");
        if let Ok(a) = jiuzhu::evaluate(&raw) {
            seen.assessment(&a);
            assessed += 1;
        }
    }
    // Most generated situations are valid; a grid that only produced errors would prove nothing.
    assert!(assessed > 2000, "only {assessed} situations assessed");

    let mut g = Pick(5_000);
    for _ in 0..600 {
        let raw: jiuzhu::clerk::RawClerkCase =
            serde_json::from_value(clerk_case(&mut g)).expect("raw clerk case");
        let report = serde_json::to_value(jiuzhu::clerk::check(&raw)).expect("serializes");
        seen.clerk(&report);
    }

    assert!(
        seen.missing.is_empty(),
        "codes without words ({}):\n{}",
        seen.missing.len(),
        seen.missing.iter().cloned().collect::<Vec<_>>().join("\n")
    );

    // The grid reaches every condition every section declares.
    let declared: BTreeSet<String> = jiuzhu::rules::CONDITIONS
        .iter()
        .flat_map(|c| c.iter())
        .map(|c| c.id.to_string())
        .collect();
    let unreached: Vec<&String> = declared.difference(&seen.conditions).collect();
    assert!(
        unreached.is_empty(),
        "conditions never returned: {unreached:?}"
    );
    // And it reaches far: the figures below are floors, not exact counts, so that a new code
    // does not break the test, while a grid that collapses does.
    assert!(seen.reasons.len() >= 60, "reasons: {:?}", seen.reasons);
    assert!(seen.steps.len() >= 20, "steps: {:?}", seen.steps);
    assert!(seen.warnings.len() >= 5, "warnings: {:?}", seen.warnings);
    assert!(seen.documents.len() >= 5, "documents: {:?}", seen.documents);
    assert!(
        seen.clerk_checks.len() >= 60,
        "clerk: {:?}",
        seen.clerk_checks
    );
}

#[test]
fn the_emergency_notice_quotes_the_plan_numbers_in_both_languages() {
    // §四.emergency: "最高不超过5000元…确保救助措施在24小时内到位…待紧急情况解除后，在一周内补齐
    // 相关手续": cap 5000.00 元, 24 hours, one week = 7 days.
    let r = jiuzhu::rules::yishiyiyi::emergency_notice();
    assert_eq!(r.code, "emergency_help_first");
    let zh = messages::reason(&r, Lang::Zh);
    let en = messages::reason(&r, Lang::En);
    assert!(
        zh.contains("5000.00 元") && zh.contains("24小时") && zh.contains("7天"),
        "{zh}"
    );
    assert!(
        en.contains("5000.00 yuan") && en.contains("24 hours"),
        "{en}"
    );
    assert!(en.contains("7 days"), "{en}");
    assert_eq!(
        jiuzhu::rules::yishiyiyi::EMERGENCY_CLAUSE.id,
        "§四.emergency"
    );
}

#[test]
fn step_words_take_their_numbers_from_the_rules() {
    // §一: 20 working days from Mon 2025-03-03 (the day itself not counted), no check given:
    // both limits are shown, "审核确认期限：20个工作日" and the extension "超过15天…最长30个工作日".
    let raw: jiuzhu::RawSituation = serde_json::from_value(json!({
        "as_of": "2025-03-03", "accepted_on": "2025-03-03",
        "household": [{"age": 45, "income": [{"kind": "wage", "amount": "500"}]}],
        "property_within_limits": "yes"
    }))
    .expect("raw");
    let a = jiuzhu::evaluate(&raw).expect("valid");
    let text = |id: &str, l: Lang| {
        let s = a.timeline.iter().find(|s| s.id == id).expect("step");
        messages::step(s, l)
    };
    assert_eq!(text("decision_limit", Lang::Zh), "审核确认期限：20个工作日");
    assert_eq!(
        text("decision_limit_if_check_over_15_days", Lang::Zh),
        "延长后的审核确认期限：经济状况核对超过15天的，最长30个工作日"
    );
    // §八: by the 10th of the month after approval, paid by the 区民政局 on the 街道's decision
    // (民政部门不再进行线下审核).
    assert_eq!(
        text("first_payment_by", Lang::En),
        "First payment: by day 10 of the month after approval, paid straight to the citizen card (the 街道's approval suffices: no further review by civil affairs)"
    );
    assert_eq!(
        messages::step_name("decision_limit", Lang::Zh),
        Some("审核确认期限")
    );
}

/// Every holiday name the calendar can return (the notices of 2021–2026 and the statutory
/// estimate of 2027–2035), for every day of those years, has an English name: the English page
/// shows no Chinese holiday name.
#[test]
fn every_holiday_the_calendar_names_has_english_words() {
    use jiuzhu::calendar::{day_info, DayKind};
    use jiuzhu::messages::{holiday_name, Lang};
    let mut seen = std::collections::BTreeSet::new();
    let mut day = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("date");
    let end = chrono::NaiveDate::from_ymd_opt(2035, 12, 31).expect("date");
    while day <= end {
        if let DayKind::Holiday(n) | DayKind::AdjustedWorkday(n) = day_info(day).kind {
            seen.insert(n);
        }
        day = day.succ_opt().expect("next day");
    }
    assert!(
        seen.contains("元旦") && seen.contains("国庆节、中秋节"),
        "{seen:?}"
    );
    for n in seen {
        let en = holiday_name(n, Lang::En);
        assert!(
            !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{n} → {en}"
        );
        assert_eq!(holiday_name(n, Lang::Zh), n);
    }
}

/// Codes become words only in `messages` (and the declarations it looks up): a rule or a clerk
/// check holds no sentence. In the rule modules and the clerk's check modules, a string literal
/// with Chinese in it may only be a declared name or reason (a `conditions!` or `reasons!` line,
/// or `zh:` / `en:`), the name
/// of a cited document (`Citation::doc(…)`) or a clause id (`§…`). Anything else is a sentence
/// written inside a rule, which this test refuses.
#[test]
fn rules_and_checks_hold_no_sentences() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("rules"))
        .expect("rules")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    for m in [
        "duties",
        "emergency",
        "funds",
        "meeting",
        "review",
        "sampling",
        "mod",
    ] {
        files.push(root.join("clerk").join(format!("{m}.rs")));
    }
    files.sort();
    assert!(files.len() >= 18, "{files:?}");
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        let mut previous = "";
        let mut in_declarations = false;
        for (n, line) in text.lines().enumerate() {
            let code = line.trim();
            // `conditions! { NAME = ("id", "中文", "English"); … }` declares names; `reasons!`
            // declares a section's reason words.
            if code.starts_with("conditions! {") || code.starts_with("reasons! {") {
                in_declarations = true;
            } else if in_declarations && code == "}" {
                in_declarations = false;
            }
            let declared = in_declarations
                || code.starts_with("zh:")
                || code.starts_with("en:")
                || code.contains("Citation::doc(")
                || previous.ends_with("Citation::doc(");
            if !code.starts_with("//") && !declared {
                // The literals of the line: the text between pairs of quotes.
                for (i, lit) in code.split('"').enumerate() {
                    if i % 2 == 1 && han(lit) && !lit.starts_with('§') {
                        found.push(format!("{}:{}: {code}", f.display(), n + 1));
                    }
                }
            }
            previous = code;
        }
    }
    assert!(
        found.is_empty(),
        "sentences inside rules:\n{}",
        found.join("\n")
    );
}

/// Issue 12: residents read citations in the plan's own numbering, never an internal anchor.
/// By hand: the plan's sections are headed 一、… 十、; §四.3 is item 3 of section 四; the
/// emergency paragraph is part of 四 with no item number.
#[test]
fn citations_read_as_the_plan_numbers_them() {
    use jiuzhu::messages::{citation_name, Lang};
    assert_eq!(citation_name("§四", Lang::Zh), "方案第四条");
    assert_eq!(citation_name("§四.3", Lang::Zh), "方案第四条第3项");
    assert_eq!(citation_name("§四.emergency", Lang::Zh), "方案第四条");
    assert_eq!(citation_name("§十", Lang::En), "the plan, article 10");
    assert_eq!(citation_name("§序", Lang::Zh), "方案序言");
    assert_eq!(
        citation_name("民发〔2021〕43号 第十三条", Lang::En),
        "民发〔2021〕43号 第十三条"
    );
    // Every clause the page can open has a reading without "§" or a Latin anchor in it.
    for c in jiuzhu::clauses::CLAUSES.iter().map(|c| c.0) {
        for lang in [Lang::Zh, Lang::En] {
            let w = citation_name(c, lang);
            assert!(
                !w.contains('§') && !w.contains("emergency") && !w.contains("review"),
                "{c}: {w}"
            );
        }
    }
}
