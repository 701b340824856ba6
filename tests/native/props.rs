//! Property tests over the whole input space (issue 7, "Robustness").
//!
//! Two generators build `RawSituation`s directly (not through JSON, so every `Loose` variant
//! appears, including decimals of any scale and nested lists and maps):
//! - *plausible*: mostly well-formed values, so that most cases validate and the invariants of
//!   an assessment are actually exercised (the test fails if fewer than a quarter validate);
//! - *wild*: any JSON-like value in any field, absurd numbers, negative money, dates from 1800
//!   to 2300, households of 0–50 members.
//!
//! For every case: `evaluate` returns (a panic fails the test), it is deterministic (two runs give
//! byte-identical JSON), and, when it gives an assessment, the invariants below hold. The clerk
//! checks get the same treatment with arbitrary `RawClerkCase`s.
//!
//! The runner's seed is fixed (`RngAlgorithm::ChaCha` from a constant), so `make test` is
//! stable; set `PROPTEST_CASES` to run more cases.

use jiuzhu::assessment::{Assessment, Step};
use jiuzhu::choice::Choice;
use jiuzhu::situation::{
    Channel, DisabilityKind, EmergencyKind, ExpenditureKind, IncapacityReason, IncomeKind, Loose,
    Orphan, RawCheck, RawDisability, RawEmergency, RawExpenditure, RawIncome, RawMember, RawStatus,
    RawSupporters, StatusKind, Study, Supporters, Tri,
};
use jiuzhu::RawSituation;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::io::Write;

#[path = "../support/strategies.rs"]
mod strategies;
use strategies::runner;

// ---- generators --------------------------------------------------------------------------------

/// Any JSON-like leaf or shallow structure, including absurd numbers and arbitrary unicode.
fn loose_any() -> BoxedStrategy<Loose> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Loose::Bool),
        any::<i64>().prop_map(Loose::Int),
        prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(-1i64), Just(0i64)].prop_map(Loose::Int),
        ".{0,24}".prop_map(Loose::Str),
        prop::sample::select(vec![
            "",
            " ",
            "true",
            "是",
            "否",
            "NaN",
            "Infinity",
            "-0",
            "1e309",
            "１２３",
            "1,000.00",
            "99999999999999999999999999999",
            "\u{202e}fire",
            "🔥",
            "null",
            "0x10",
            "+5",
            "05",
        ])
        .prop_map(|s| Loose::Str(s.to_string())),
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Loose::Num(Decimal::new(m, s))),
        prop_oneof![
            Just(Decimal::MAX),
            Just(Decimal::MIN),
            Just(Decimal::new(1, 28))
        ]
        .prop_map(Loose::Num),
    ];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Loose::List),
            prop::collection::btree_map("[a-z_]{0,8}", inner, 0..4)
                .prop_map(|m| Loose::Map(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// `Some(sane)` most of the time; in wild mode also absent or any value at all.
fn field(sane: BoxedStrategy<Loose>, wild: bool) -> BoxedStrategy<Option<Loose>> {
    if wild {
        prop_oneof![
            3 => sane.prop_map(Some),
            1 => Just(None),
            2 => loose_any().prop_map(Some),
        ]
        .boxed()
    } else {
        prop_oneof![
            8 => sane.prop_map(Some),
            2 => Just(None),
        ]
        .boxed()
    }
}

fn s(x: impl Into<String>) -> Loose {
    Loose::Str(x.into())
}

/// A date string: valid days 1900–2100 (biased to the years with official calendars) when sane;
/// 1800–2300 with impossible months and days when wild.
fn date(wild: bool) -> BoxedStrategy<Loose> {
    if wild {
        prop_oneof![
            (1800i32..=2300, 0u32..=13, 0u32..=32)
                .prop_map(|(y, m, d)| s(format!("{y:04}-{m:02}-{d:02}"))),
            (1800i32..=2300, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| s(format!("{y}/{m}/{d}"))),
            Just(s("2026-02-29")),
            Just(s("0000-01-01")),
            Just(s("+2026-01-01")),
        ]
        .boxed()
    } else {
        prop_oneof![
            4 => (2020i32..=2028, 1u32..=12, 1u32..=31),
            1 => (1900i32..=2100, 1u32..=12, 1u32..=28),
        ]
        .prop_filter_map("real day", |(y, m, d)| {
            chrono::NaiveDate::from_ymd_opt(y, m, d).map(|x| s(x.format("%Y-%m-%d").to_string()))
        })
        .boxed()
    }
}

/// A real day in the years `lo..=hi` when sane (so that, e.g., an emergency happens before the
/// application and ends after it happened); as [`date`] when wild.
fn date_in(lo: i32, hi: i32, wild: bool) -> BoxedStrategy<Loose> {
    if wild {
        return date(true);
    }
    (lo..=hi, 1u32..=12, 1u32..=31)
        .prop_filter_map("real day", move |(y, m, d)| {
            chrono::NaiveDate::from_ymd_opt(y, m, d).map(|x| s(x.format("%Y-%m-%d").to_string()))
        })
        .boxed()
}

/// Sane fields that the engine requires once their object is present.
fn required(sane: BoxedStrategy<Loose>, wild: bool) -> BoxedStrategy<Option<Loose>> {
    if wild {
        field(sane, true)
    } else {
        sane.prop_map(Some).boxed()
    }
}

fn choice(values: &'static [&'static str]) -> BoxedStrategy<Loose> {
    prop::sample::select(values).prop_map(s).boxed()
}

/// The code of any value of `T` but those in `skip`, from the engine's own list, so that a value
/// added to an enum is generated without editing this file.
fn codes<T: Choice + std::fmt::Debug>(skip: &[T]) -> BoxedStrategy<Loose> {
    let values: Vec<T> = T::ALL
        .iter()
        .copied()
        .filter(|c| !skip.contains(c))
        .collect();
    prop::sample::select(values)
        .prop_map(|c| s(c.code()))
        .boxed()
}

fn boolean() -> BoxedStrategy<Loose> {
    prop_oneof![
        4 => any::<bool>().prop_map(Loose::Bool),
        1 => choice(&["true", "false", "yes", "no", "是", "否"]),
    ]
    .boxed()
}

/// Money: fen-exact amounts up to 100 000 元 as text, integer or decimal; wild adds negatives,
/// too many decimals and amounts no household could have.
fn money(wild: bool) -> BoxedStrategy<Loose> {
    let sane = prop_oneof![
        (0i64..=10_000_000).prop_map(|c| s(Decimal::new(c, 2).to_string())),
        (0i64..=5_000).prop_map(Loose::Int),
        (0i64..=500_000).prop_map(|c| Loose::Num(Decimal::new(c, 2))),
        Just(s("0")),
        Just(s("1,159.99")),
        // The largest amount validation accepts, and the smallest step.
        Just(s("100000000.00")),
        Just(s("0.01")),
    ];
    if wild {
        prop_oneof![
            sane,
            (i64::MIN..0).prop_map(|c| Loose::Num(Decimal::new(c, 2))),
            (any::<i64>(), 3u32..=28).prop_map(|(m, sc)| Loose::Num(Decimal::new(m, sc))),
            Just(Loose::Num(Decimal::MAX)),
            Just(s("100000000.01")),
            Just(s("100000000")),
        ]
        .boxed()
    } else {
        sane.boxed()
    }
}

fn int(lo: i64, hi: i64, wild: bool) -> BoxedStrategy<Loose> {
    if wild {
        prop_oneof![
            (lo..=hi).prop_map(Loose::Int),
            any::<i64>().prop_map(Loose::Int),
            (lo..=hi).prop_map(|n| s(n.to_string())),
            (lo..=hi).prop_map(|n| Loose::Num(Decimal::new(n * 10, 1))),
        ]
        .boxed()
    } else {
        (lo..=hi).prop_map(Loose::Int).boxed()
    }
}

fn member(wild: bool) -> BoxedStrategy<RawMember> {
    let income_line = (
        required(codes::<IncomeKind>(&[]), wild),
        required(money(wild), wild),
    )
        .prop_map(|(kind, amount)| RawIncome { kind, amount });
    let income = prop_oneof![
        4 => prop::collection::vec(income_line, 0..4).prop_map(Some),
        1 => Just(None),
    ];
    let disability = prop::option::of(
        (
            required(codes::<DisabilityKind>(&[]), wild),
            required(int(1, 4, wild), wild),
        )
            .prop_map(|(kind, grade)| RawDisability {
                kind,
                grade,
                components: None,
            }),
    );
    // Age and birth date rarely both: when both are given they must agree, which random values
    // almost never do.
    let age_or_birth = prop_oneof![
        6 => field(int(0, 110, wild), wild).prop_map(|a| (a, None)),
        2 => field(date_in(1900, 2019, wild), wild).prop_map(|b| (None, b)),
        1 => (field(int(0, 130, wild), wild), field(date_in(1900, 2019, wild), wild)),
    ];
    // 孤儿 / 事实无人抚养儿童 are children; only the wild generator pairs them with adults.
    let orphan_age = if wild { 0..=130i64 } else { 0..=17i64 };
    let age_and_orphan = prop_oneof![
        6 => age_or_birth.prop_map(|(a, b)| (a, b, None)),
        1 => (
            orphan_age.prop_map(Loose::Int),
            field(codes::<Orphan>(&[]), wild),
        )
            .prop_map(|(a, o)| (Some(a), None, o)),
    ];
    (
        field(".{0,12}".prop_map(Loose::Str).boxed(), wild),
        age_and_orphan,
        disability,
        field(codes::<Study>(&[]), wild),
        field(boolean(), wild),
        income,
        prop::option::of(strategies::self_care(|| field(boolean(), wild))),
    )
        .prop_map(
            |(name, (age, birth_date, orphan), disability, study, serious_illness, income, sc)| {
                RawMember {
                    name,
                    age,
                    birth_date,
                    disability,
                    study,
                    orphan,
                    serious_illness,
                    income,
                    self_care: sc,
                    orphan_allowance: None,
                    status: None,
                }
            },
        )
        .boxed()
}

fn situation(wild: bool) -> BoxedStrategy<RawSituation> {
    let household = if wild {
        prop_oneof![
            6 => prop::collection::vec(member(true), 0..8).prop_map(Some),
            1 => prop::collection::vec(member(true), 40..=50).prop_map(Some),
            1 => Just(None),
        ]
        .boxed()
    } else {
        prop_oneof![
            8 => prop::collection::vec(member(false), 1..6).prop_map(Some),
            1 => prop::collection::vec(member(false), 6..=50).prop_map(Some),
        ]
        .boxed()
    };
    let supporters = prop::option::of(
        prop_oneof![
            field(codes(&[Supporters::Unable]), wild).prop_map(|st| (st, None)),
            field(codes::<IncapacityReason>(&[]), wild).prop_map(|r| (Some(s("unable")), r)),
        ]
        .prop_map(|(status, reason)| RawSupporters { status, reason }),
    );
    let status = prop::option::of(
        (
            required(codes(&[StatusKind::None]), wild),
            field(date_in(1990, 2004, wild), wild),
            prop_oneof![4 => Just(None), 1 => field(date_in(2005, 2019, wild), wild)],
        )
            .prop_map(|(kind, recognised_on, ended_on)| RawStatus {
                kind,
                recognised_on,
                ended_on,
            }),
    );
    let emergency = prop::option::of(
        (
            required(codes::<EmergencyKind>(&[]), wild),
            field(date_in(1990, 2004, wild), wild),
            prop_oneof![
                (Just(Some(Loose::Bool(true))), Just(None)),
                (
                    Just(Some(Loose::Bool(false))),
                    field(date_in(2005, 2019, wild), wild)
                ),
                (field(boolean(), wild), field(date(wild), wild)),
            ],
            field(boolean(), wild),
        )
            .prop_map(
                |(kind, occurred_on, (ongoing, ended_on), critical)| RawEmergency {
                    kind,
                    occurred_on,
                    ongoing,
                    ended_on,
                    critical,
                },
            ),
    );
    let expenditure = prop::option::of(
        (
            required(codes::<ExpenditureKind>(&[]), wild),
            field(money(wild), wild),
            field(boolean(), wild),
        )
            .prop_map(|(kind, amount, ongoing)| RawExpenditure {
                kind,
                amount,
                ongoing,
            }),
    );
    let check = prop::option::of(prop_oneof![
        field(int(0, 366, wild), wild).prop_map(|days| RawCheck {
            days,
            ..RawCheck::default()
        }),
        (
            field(date_in(2010, 2014, wild), wild),
            field(date_in(2015, 2019, wild), wild)
        )
            .prop_map(|(a, b)| RawCheck {
                started_on: a,
                finished_on: b,
                ..RawCheck::default()
            }),
    ]);
    let params = prop::option::of(prop::collection::btree_map(
        if wild {
            prop_oneof![
                choice(strategies::PARAM_IDS).prop_map(|l| match l {
                    Loose::Str(x) => x,
                    _ => String::new(),
                }),
                ".{0,10}",
            ]
            .boxed()
        } else {
            prop::sample::select(vec!["dibao_standard", "tekun_standard", "dibian_multiple"])
                .prop_map(str::to_string)
                .boxed()
        },
        if wild {
            loose_any()
        } else {
            prop_oneof![
                (0i64..=300_000).prop_map(|c| s(Decimal::new(c, 2).to_string())),
                (10i64..=30).prop_map(|m| s(Decimal::new(m, 1).to_string())),
            ]
            .boxed()
        },
        0..3,
    ));
    let top = (
        field(date(wild), wild),
        field(date(wild), wild),
        field(codes::<Channel>(&[]), wild),
        field(boolean(), wild),
        prop_oneof![4 => Just(None), 1 => field(int(0, 3, wild), wild)],
        household,
        prop_oneof![4 => Just(None), 1 => prop::option::of(strategies::self_care(|| field(boolean(), wild)))],
        field(codes::<Tri>(&[]), wild),
    );
    let rest = (
        supporters,
        status,
        emergency,
        expenditure,
        field(boolean(), wild),
        field(boolean(), wild),
        check,
        params,
    );
    (top, rest)
        .prop_map(
            |(
                (as_of, accepted_on, channel, huji, applicant, household, sc, property),
                (supporters, current_status, emergency, expenditure, alone, unclear, check, params),
            )| RawSituation {
                as_of,
                accepted_on,
                channel,
                huji_in_district: huji,
                applicant,
                household,
                self_care: sc,
                property_within_limits: property,
                supporters,
                current_status,
                emergency,
                expenditure,
                cannot_resolve_alone: alone,
                policy_unclear: unclear,
                check,
                params: params.map(|m| m.into_iter().collect()),
                wrong_shapes: Vec::new(),
            },
        )
        .boxed()
}

// ---- properties --------------------------------------------------------------------------------

/// The whole result as JSON text: what "identical" means for determinism.
fn json(r: &Result<Assessment, Vec<jiuzhu::FieldError>>) -> String {
    match r {
        Ok(a) => serde_json::to_string(a),
        Err(e) => serde_json::to_string(e),
    }
    .unwrap_or_else(|e| format!("serialisation failed: {e}"))
}

fn date_of(steps: &[&Step], id: &str) -> Option<chrono::NaiveDate> {
    steps.iter().find(|s| s.id == id).and_then(|s| s.date)
}

/// The invariants of an assessment; `Err` names the one that failed.
fn invariants(raw: &RawSituation, a: &Assessment) -> Result<(), String> {
    // The same validation the engine ran (deterministic), to recompute the income independently.
    let sit = jiuzhu::validate(raw).map_err(|_| "evaluate gave Ok but validate gave Err")?;

    // 1. Decision limits (§一 and §二 each have their own steps, told apart by the citation):
    //    extended (30 working days) > normal (20 working days) > acceptance date, because the
    //    count starts the day after acceptance (民法典 第二百零一条) and only moves forward.
    let mut clauses: Vec<&str> = a.timeline.iter().map(|s| s.citation.id).collect();
    clauses.sort_unstable();
    clauses.dedup();
    for clause in clauses {
        let steps: Vec<&Step> = a
            .timeline
            .iter()
            .filter(|s| s.citation.id == clause)
            .collect();
        let normal = date_of(&steps, "decision_limit");
        let extended = date_of(&steps, "decision_limit_if_check_over_15_days")
            .or(date_of(&steps, "decision_limit_extended"));
        if let Some(n) = normal {
            if n <= a.accepted_on {
                return Err(format!(
                    "{clause}: decision_limit {n} not after acceptance {}",
                    a.accepted_on
                ));
            }
        }
        if let Some(e) = extended {
            if e <= a.accepted_on {
                return Err(format!(
                    "{clause}: extended limit {e} not after acceptance {}",
                    a.accepted_on
                ));
            }
            // With a check over 15 days only the extended step is shown; the 20-working-day date
            // it replaces is then counted here.
            let n = normal.unwrap_or(jiuzhu::calendar::add_workdays(a.accepted_on, 20).date);
            if e <= n {
                return Err(format!(
                    "{clause}: extended limit {e} not after normal limit {n}"
                ));
            }
        }
        if let Some(l) = date_of(&steps, "linshi_approval_limit") {
            if l <= a.accepted_on {
                return Err(format!("linshi_approval_limit {l} not after acceptance"));
            }
        }
    }
    // The timeline is ordered by date (steps without a date keep their place).
    let dated: Vec<chrono::NaiveDate> = a.timeline.iter().filter_map(Step::key).collect();
    if dated.windows(2).any(|w| w[0] > w[1]) {
        return Err(format!("timeline not ordered by date: {dated:?}"));
    }

    // 2. Each path that tests income lists every income line it looked at exactly once, and its
    //    sums add up to the lines (counted + not counted + unknown = all lines); the per-capita
    //    income shown × members = the 低保 counted total, within half a fen per member, and it
    //    is shown exactly when every income and whether each line counts are known.
    let all_known = sit.household.iter().all(|m| m.income.is_some());
    let total: Decimal = sit
        .household
        .iter()
        .flat_map(|m| m.income.iter().flatten())
        .map(|i| i.amount)
        .sum();
    let lines: usize = sit
        .household
        .iter()
        .map(|m| m.income.as_ref().map_or(0, Vec::len))
        .sum();
    let dibao_count = a
        .path(jiuzhu::assessment::PathId::Dibao)
        .and_then(|p| p.income.as_ref());
    for p in &a.paths {
        let Some(c) = &p.income else { continue };
        let sum: Decimal = c.lines.iter().map(|l| l.amount).sum();
        if c.counted + c.not_counted + c.unknown != sum {
            return Err(format!("path {:?}: income sums do not add up", p.id));
        }
        if p.id != jiuzhu::assessment::PathId::Tekun && (sum != total || c.lines.len() != lines) {
            return Err(format!(
                "path {:?}: {} lines {sum} vs household {lines} lines {total}",
                p.id,
                c.lines.len()
            ));
        }
        for l in &c.lines {
            let excluded = l.status != jiuzhu::assessment::LineStatus::Counted;
            if excluded != l.rule.is_some() {
                return Err(format!(
                    "path {:?}: a line not counted must name its rule, a counted one none",
                    p.id
                ));
            }
        }
    }
    let settled = dibao_count.is_some_and(|c| c.unknown.is_zero());
    match a.per_capita_income {
        None if all_known && settled => {
            return Err("every income known but no per-capita income".into())
        }
        Some(_) if !all_known => return Err("per-capita income with an income unknown".into()),
        Some(_) if !settled => return Err("per-capita income with a line undecided".into()),
        None => {}
        Some(pc) => {
            let counted = dibao_count.map(|c| c.counted).unwrap_or_default();
            let members = Decimal::from(sit.household.len());
            let slack = Decimal::new(5, 3) * members;
            if (pc * members - counted).abs() > slack {
                return Err(format!(
                    "per-capita {pc} × {members} members vs counted {counted}: off by more than {slack}"
                ));
            }
            if pc.scale() != 2 {
                return Err(format!("per-capita {pc} is not in fen"));
            }
        }
    }

    // 3. Every path, condition, document entry, step and department carries a citation.
    let cited = |what: String, id: &str| {
        if id.trim().is_empty() {
            Err(format!("{what} has an empty citation"))
        } else {
            Ok(())
        }
    };
    for p in &a.paths {
        cited(format!("path {:?}", p.id), p.citation.id)?;
        for c in &p.conditions {
            cited(format!("condition {}", c.id), c.citation.id)?;
        }
        let unknown: Vec<&str> = p
            .conditions
            .iter()
            .filter(|c| c.status == jiuzhu::assessment::CondStatus::Unknown)
            .map(|c| c.id)
            .collect();
        if p.pending != unknown {
            return Err(format!("path {:?}: pending differs from unknown", p.id));
        }
    }
    for d in a.documents.bring.iter().chain(&a.documents.not_required) {
        cited(format!("document {}", d.id), d.basis.id)?;
        // Issue 12 §4: both lists hold documents only (a step such as §八's offline review
        // stood among them), so every id is one of the catalogue's.
        if jiuzhu::documents::catalogue(d.id).is_none() {
            return Err(format!("{} is not a document of the catalogue", d.id));
        }
        if d.paths.is_empty() {
            return Err(format!("document {} is about no path", d.id));
        }
    }
    for st in &a.timeline {
        cited(format!("step {}", st.id), st.citation.id)?;
    }
    for l in &a.linked {
        cited(format!("department {:?}", l.department), l.citation.id)?;
    }
    for w in &a.warnings {
        if let Some(c) = &w.citation {
            cited(format!("warning {}", w.code), c.id)?;
        }
    }
    Ok(())
}

/// What a run exercised.
#[derive(Default)]
struct Tally {
    run: u32,
    assessed: u32,
    with_decision_limits: u32,
    with_per_capita: u32,
}

/// Runs `cases` situations of one generator.
fn run_situations(wild: bool, cases: u32, seed: u8) -> Tally {
    let tally = std::cell::RefCell::new(Tally::default());
    let mut r = runner(cases, seed);
    let result = r.run(&situation(wild), |raw| {
        tally.borrow_mut().run += 1;
        let first = jiuzhu::evaluate(&raw);
        let second = jiuzhu::evaluate(&raw.clone());
        prop_assert_eq!(json(&first), json(&second), "not deterministic");
        match &first {
            Ok(a) => {
                {
                    let mut t = tally.borrow_mut();
                    t.assessed += 1;
                    t.with_decision_limits += u32::from(
                        a.timeline
                            .iter()
                            .any(|s| s.id.starts_with("decision_limit")),
                    );
                    t.with_per_capita += u32::from(a.per_capita_income.is_some());
                }
                if let Err(e) = invariants(&raw, a) {
                    return Err(TestCaseError::fail(e));
                }
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty(), "Err without any field error");
                for e in errors {
                    prop_assert!(
                        !e.zh.is_empty() && !e.en.is_empty(),
                        "error at {} without words",
                        e.path
                    );
                }
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let t = tally.into_inner();
    let _ = writeln!(
        std::io::stderr(),
        "props: {} situations: {} run, {} assessed ({} with decision limits, {} with a per-capita income), 0 failures",
        if wild { "wild" } else { "plausible" },
        t.run,
        t.assessed,
        t.with_decision_limits,
        t.with_per_capita
    );
    t
}

#[test]
fn plausible_situations_hold_the_invariants() {
    let t = run_situations(false, 1500, 7);
    // Without these the invariants could go untested while the test still passes.
    assert!(
        t.assessed * 4 >= t.run,
        "only {} of {} plausible situations validated",
        t.assessed,
        t.run
    );
    assert!(
        t.with_decision_limits * 10 >= t.run,
        "too few decision limits"
    );
    assert!(
        t.with_per_capita * 10 >= t.run,
        "too few per-capita incomes"
    );
}

#[test]
fn wild_situations_never_panic_and_are_deterministic() {
    let t = run_situations(true, 800, 11);
    assert!(t.run > 0);
}

// ---- clerk --------------------------------------------------------------------------------------

/// What a clerk may type into any field: dates in every accepted form and broken ones,
/// date-times, amounts, counts, yes/no, full-width text, huge numbers and unicode.
fn clerk_text() -> BoxedStrategy<Option<String>> {
    let text = prop_oneof![
        (1800i32..=2300, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (2020i32..=2028, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (2020i32..=2028, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}年{m}月{d}日")),
        (2020i32..=2028, 1u32..=12, 1u32..=28, 0u32..=25, 0u32..=61)
            .prop_map(|(y, m, d, h, mi)| format!("{y}-{m:02}-{d:02} {h:02}:{mi:02}")),
        (2020i32..=2028, 0u32..=13).prop_map(|(y, m)| format!("{y}-{m:02}")),
        any::<i64>().prop_map(|n| n.to_string()),
        (0i64..=200).prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| format!("{n},{n}.{}", n % 100)),
        prop::sample::select(vec![
            "是",
            "否",
            "有",
            "无",
            "yes",
            "no",
            "1",
            "0",
            "true",
            "５，０００元",
            "¥5000",
            "１２",
            "12.5",
            "1e400",
            "-0",
            "２０２６年３月２日",
            "\u{3000}",
            "\u{202e}张三",
            "🙂",
            "张三",
            "ＺＨＡＮＧ",
            "99999999999999999999999999999999.99",
        ])
        .prop_map(str::to_string),
        ".{0,30}",
    ];
    prop_oneof![3 => text.prop_map(Some), 1 => Just(None)].boxed()
}

/// Every field of the clerk's form, by group, as `RawClerkCase::set` names them (`group.field`;
/// `today` stands alone).
const CLERK_FIELDS: &[(&str, &[&str])] = &[
    ("", &["today"]),
    ("handlers", &["acceptance", "first_review", "confirmation"]),
    (
        "deadline",
        &["kind", "accepted", "check_start", "check_end", "decided"],
    ),
    ("linked", &["done", "reported"]),
    (
        "meeting",
        &[
            "accepted",
            "held",
            "participants",
            "street_staff",
            "committee_member",
            "village_cadre",
            "resident_rep",
            "discipline_present",
            "publicity_start",
            "approved",
            "filed",
        ],
    ),
    (
        "emergency",
        &[
            "amount",
            "occurred_at",
            "accepted_at",
            "aid_at",
            "reported_to_district",
            "ended_on",
            "paperwork_done",
        ],
    ),
    (
        "funds",
        &[
            "temporary_approved",
            "temporary_paid",
            "monthly_month",
            "monthly_paid",
            "reserve_balance",
        ],
    ),
    ("review", &["approved", "last_review"]),
    (
        "sampling",
        &[
            "dibao_new",
            "tekun_new",
            "linshi_new",
            "dibao_sampled",
            "tekun_sampled",
            "linshi_sampled",
        ],
    ),
];

/// A clerk's case with any text (or nothing) in every field, filled through `set` as the page
/// fills it; a category is often a real one, so that the deadline checks run.
fn clerk_case() -> BoxedStrategy<jiuzhu::clerk::RawClerkCase> {
    let paths: Vec<String> = CLERK_FIELDS
        .iter()
        .flat_map(|(group, fields)| {
            fields.iter().map(move |f| match *group {
                "" => (*f).to_owned(),
                g => format!("{g}.{f}"),
            })
        })
        .collect();
    prop::collection::vec(clerk_text(), paths.len())
        .prop_map(move |values| {
            let mut case = jiuzhu::clerk::RawClerkCase::default();
            for (path, value) in paths.iter().zip(values) {
                let Some(mut v) = value else { continue };
                if path == "deadline.kind" {
                    v = match v.len() % 5 {
                        0 => "dibao".into(),
                        1 => "特困".into(),
                        2 => "linshi".into(),
                        3 => "低边".into(),
                        _ => v,
                    };
                }
                assert!(case.set(path, v), "the case has no field {path}");
            }
            case
        })
        .boxed()
}

#[test]
fn clerk_checks_never_panic_and_are_deterministic() {
    let mut r = runner(1000, 13);
    let result = r.run(&clerk_case(), |raw| {
        let first = serde_json::to_string(&jiuzhu::clerk::check(&raw));
        let second = serde_json::to_string(&jiuzhu::clerk::check(&raw.clone()));
        prop_assert!(first.is_ok(), "report does not serialise");
        prop_assert_eq!(first.ok(), second.ok(), "not deterministic");
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let _ = writeln!(std::io::stderr(), "props: clerk cases: 0 failures");
}

/// The generators must be able to produce what the invariants are about; a check that the
/// test harness itself can fail (an invariant violated on purpose is caught).
#[test]
fn invariant_checker_can_fail() {
    let raw: RawSituation = serde_json::from_str(
        r#"{"accepted_on": "2026-11-30", "household": [{"age": 70, "income": [{"kind": "wage", "amount": "100.00"}]}, {"age": 40, "income": []}]}"#,
    )
    .unwrap_or_default();
    let mut a = match jiuzhu::evaluate(&raw) {
        Ok(a) => a,
        Err(e) => panic!("fixture does not validate: {e:?}"),
    };
    assert_eq!(invariants(&raw, &a), Ok(()));
    // 100.00 / 2 = 50.00; 50.01 × 2 = 100.02 is off by 0.02 > 2 × 0.005.
    let good = a.per_capita_income;
    a.per_capita_income = Some(Decimal::new(5001, 2));
    assert!(invariants(&raw, &a).is_err());
    a.per_capita_income = good;
    let good_timeline = a.timeline.clone();
    if let Some(step) = a.timeline.iter_mut().find(|s| s.id == "decision_limit") {
        step.date = Some(a.accepted_on);
    }
    assert!(invariants(&raw, &a).is_err());
    a.timeline = good_timeline;
    if let Some(step) = a.timeline.first_mut() {
        step.citation.id = " ";
    }
    assert!(invariants(&raw, &a).is_err());
}
