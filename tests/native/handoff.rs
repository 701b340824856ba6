//! The hand-over code (issue 15): a situation → payload → the same situation, the payload
//! within what a version-15-M QR code holds, and each kind of bad payload with its own error.

use jiuzhu::handoff::{self, HandoffError, Options, ALPHABET, MAX_CHARS};
use jiuzhu::questions;
use jiuzhu::situation::{
    Loose, RawCheck, RawDisability, RawDisabilityPart, RawEmergency, RawExpenditure, RawIncome,
    RawMember, RawStatus, RawSupporters,
};
use jiuzhu::small_map::SmallMap;
use jiuzhu::{qr, RawSituation};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[path = "../support/strategies.rs"]
mod strategies;
use strategies::runner;

const WITH_NAMES: Options = Options {
    include_names: true,
};

/// Two situations are the same when they write the same JSON (`RawSituation` has no `==`; the
/// JSON shows every field, every value's JSON type and every decimal's scale).
fn json(raw: &RawSituation) -> serde_json::Value {
    serde_json::to_value(raw).expect("a situation serialises")
}

/// Answers one control the way the page does: the control's text through the question's own
/// conversion into the question's engine path (`questions::convert` and `questions::set`, the
/// calls `web/src/form.rs` makes).
fn answer(raw: &mut RawSituation, id: &str, member: usize, text: &str) {
    let q = questions::question(id).unwrap_or_else(|| panic!("no question {id}"));
    let v = questions::convert(q.conv, text).unwrap_or_else(|| panic!("{id}: no value"));
    assert!(questions::set(raw, q.path, member, v), "{id}");
}

/// A household of four with incomes, one emergency and every answer the form asks, built
/// control by control as the page builds it.
fn family_of_four() -> RawSituation {
    let mut raw = RawSituation {
        as_of: Some(Loose::Str("2026-11-30".into())),
        applicant: Some(Loose::Int(0)),
        ..Default::default()
    };
    let a = &mut raw;
    answer(a, "accepted", 0, "2026-12-01");
    answer(a, "huji", 0, "yes");
    answer(a, "channel", 0, "window_huji");
    // The applicant: a grandmother of 72 with a disability and two pensions.
    answer(a, "name", 0, "王桂兰");
    answer(a, "age", 0, "72");
    answer(a, "dis-kind", 0, "limb");
    answer(a, "dis-grade", 0, "2");
    answer(a, "ill", 0, "true");
    answer(a, "inc-basic", 0, "180.00");
    answer(a, "inc-allow", 0, "100");
    answer(a, "inc-pension", 0, "1250.50");
    // Her son and daughter-in-law, both working; one also has a medical insurance benefit.
    answer(a, "name", 1, "张建国");
    answer(a, "age", 1, "45");
    answer(a, "inc-work", 1, "3200.00");
    answer(a, "inc-other", 1, "150");
    answer(a, "name", 2, "李秀英");
    answer(a, "age", 2, "43");
    answer(a, "inc-work", 2, "1500.00");
    answer(a, "inc-insurance", 2, "300.00");
    // The grandson at high school, with a scholarship.
    answer(a, "name", 3, "张小明");
    answer(a, "age", 3, "15");
    answer(a, "study", 3, "high_school");
    answer(a, "inc-scholarship", 3, "50.00");
    answer(a, "property", 0, "yes");
    answer(a, "supporters", 0, "able");
    for sc in [
        "sc-eating",
        "sc-dressing",
        "sc-bed",
        "sc-toilet",
        "sc-walking",
        "sc-bathing",
    ] {
        answer(a, sc, 0, "yes");
    }
    answer(a, "em-kind", 0, "fire");
    answer(a, "em-date", 0, "2026-11-28");
    answer(a, "em-ongoing", 0, "no");
    answer(a, "em-ended", 0, "2026-11-28");
    answer(a, "em-critical", 0, "yes");
    answer(a, "ex-kind", 0, "medical");
    answer(a, "ex-amount", 0, "30000");
    answer(a, "alone", 0, "yes");
    answer(a, "unclear", 0, "yes");
    answer(a, "st-kind", 0, "dibian");
    answer(a, "st-since", 0, "2025-03-01");
    answer(a, "param-dibao_standard", 0, "1160.00");
    raw
}

/// The measurement issue 15 asks for: the family of four, with and without the names, fits a
/// version-15-M code (600 characters at most). The figures are printed for the report
/// (`cargo test --test handoff -- --nocapture`).
#[test]
fn a_family_of_four_fits_version_15_m() {
    let raw = family_of_four();
    let members = raw.household.as_ref().map_or(0, Vec::len);
    assert_eq!(members, 4);
    assert!(jiuzhu::evaluate(&raw).is_ok(), "the family is a valid case");
    for (options, label) in [(Options::default(), "no names"), (WITH_NAMES, "names")] {
        let payload = handoff::encode(&raw, options);
        let symbol = qr::encode(&payload).expect("fits a QR code");
        eprintln!(
            "family of 4 ({label}): {} characters, QR version {}-M, {} × {} modules",
            payload.len(),
            symbol.version,
            symbol.size,
            symbol.size
        );
        assert!(symbol.version <= 15);
        assert!(payload.len() <= qr::capacity(15));
        let back = handoff::decode(&payload).expect("reads back");
        let mut want = raw.clone();
        if !options.include_names {
            for m in want.household.iter_mut().flatten() {
                m.name = None;
            }
        }
        assert_eq!(json(&back), json(&want));
        // The same case, assessed from the code, is the resident's case.
        let resident = serde_json::to_value(jiuzhu::evaluate(&raw).ok()).unwrap();
        let clerk = serde_json::to_value(jiuzhu::evaluate(&back).ok()).unwrap();
        assert_eq!(resident, clerk);
    }
}

/// Names go in only when asked: without the flag no member has a name after the round trip,
/// and the typed characters are nowhere in the payload's bytes.
#[test]
fn names_only_when_the_box_is_ticked() {
    let raw = family_of_four();
    let without = handoff::decode(&handoff::encode(&raw, Options::default())).unwrap();
    assert!(without.household.iter().flatten().all(|m| m.name.is_none()));
    let with = handoff::decode(&handoff::encode(&raw, WITH_NAMES)).unwrap();
    let names: Vec<_> = with
        .household
        .iter()
        .flatten()
        .map(|m| m.name.clone())
        .collect();
    let s = |x: &str| Some(Loose::Str(x.into()));
    assert_eq!(names, [s("王桂兰"), s("张建国"), s("李秀英"), s("张小明")]);
    // 王 is E7 8E 8B in UTF-8: in the body only when names are in.
    let body = |o| handoff::base45_decode(&handoff::encode(&raw, o)[4..]).unwrap();
    let has_wang = |b: Vec<u8>| b.windows(3).any(|w| w == [0xE7, 0x8E, 0x8B]);
    assert!(has_wang(body(WITH_NAMES)));
    assert!(!has_wang(body(Options::default())));
}

// ---- generators (in the style of props.rs: built directly, every `Loose` variant) -------------

fn s(x: impl Into<String>) -> Loose {
    Loose::Str(x.into())
}

/// Any leaf or small nest the JSON reader can produce, and text of every kind: codes, dates,
/// amounts as text, and what only looks like them ("05", "2026-02-30", "1,000").
fn leaf() -> BoxedStrategy<Loose> {
    let code = prop::sample::select(handoff::CODES).prop_map(s);
    let plain = prop_oneof![
        Just(Loose::Null),
        any::<bool>().prop_map(Loose::Bool),
        any::<i64>().prop_map(Loose::Int),
        (any::<i64>(), 0u32..=28).prop_map(|(m, sc)| Loose::Num(Decimal::new(m, sc))),
        prop_oneof![Just(Decimal::MAX), Just(Decimal::MIN), Just(Decimal::ZERO)]
            .prop_map(Loose::Num),
        code,
        (1900i32..=2100, 1u32..=12, 1u32..=31).prop_filter_map("real day", |(y, m, d)| {
            chrono::NaiveDate::from_ymd_opt(y, m, d).map(|x| s(x.format("%Y-%m-%d").to_string()))
        }),
        (0u64..=10_000_000, 0u32..=3).prop_map(|(c, sc)| s(Decimal::new(c as i64, sc).to_string())),
        prop::sample::select(vec![
            "",
            " ",
            "05",
            "-0",
            "-0.00",
            "0.0",
            "1,000",
            "2026-02-30",
            "2026-2-3",
            "+5",
            "1e3",
            "１２３",
            "是",
            "🔥",
            "JZ1:",
            "yes ",
            "99999999999999999999999",
        ])
        .prop_map(s),
        ".{0,16}".prop_map(Loose::Str),
    ];
    plain
        .prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Loose::List),
                prop::collection::btree_map("[a-z_]{0,6}", inner, 0..3)
                    .prop_map(|m| Loose::Map(m.into_iter().collect())),
            ]
        })
        .boxed()
}

fn opt() -> BoxedStrategy<Option<Loose>> {
    prop::option::of(leaf()).boxed()
}

fn status() -> BoxedStrategy<RawStatus> {
    (opt(), opt(), opt())
        .prop_map(|(kind, recognised_on, ended_on)| RawStatus {
            kind,
            recognised_on,
            ended_on,
        })
        .boxed()
}

fn member() -> BoxedStrategy<RawMember> {
    let part = (opt(), opt()).prop_map(|(kind, grade)| RawDisabilityPart { kind, grade });
    let disability = (
        opt(),
        opt(),
        prop::option::of(prop::collection::vec(part, 0..3)),
    )
        .prop_map(|(kind, grade, components)| RawDisability {
            kind,
            grade,
            components,
        });
    let income = (opt(), opt()).prop_map(|(kind, amount)| RawIncome { kind, amount });
    (
        (opt(), opt(), opt(), prop::option::of(disability)),
        (opt(), opt(), opt(), prop::option::of(status()), opt()),
        (
            prop::option::of(prop::collection::vec(income, 0..4)),
            prop::option::of(strategies::self_care(opt)),
        ),
    )
        .prop_map(
            |(
                (name, age, birth_date, disability),
                (study, orphan, orphan_allowance, status, serious_illness),
                (income, self_care),
            )| RawMember {
                name,
                age,
                birth_date,
                disability,
                study,
                orphan,
                orphan_allowance,
                status,
                serious_illness,
                income,
                self_care,
            },
        )
        .boxed()
}

/// Any situation at all: every field present or not, any value in it.
fn any_situation() -> BoxedStrategy<RawSituation> {
    let supporters = (opt(), opt()).prop_map(|(status, reason)| RawSupporters { status, reason });
    let emergency = (opt(), opt(), opt(), opt(), opt()).prop_map(
        |(kind, occurred_on, ongoing, ended_on, critical)| RawEmergency {
            kind,
            occurred_on,
            ongoing,
            ended_on,
            critical,
        },
    );
    let expenditure = (opt(), opt(), opt()).prop_map(|(kind, amount, ongoing)| RawExpenditure {
        kind,
        amount,
        ongoing,
    });
    let check = (opt(), opt(), opt()).prop_map(|(days, started_on, finished_on)| RawCheck {
        days,
        started_on,
        finished_on,
    });
    let params = prop::collection::vec(("[a-z_]{1,16}", leaf()), 0..4)
        .prop_map(|v| v.into_iter().collect::<SmallMap<String, Loose>>());
    (
        (opt(), opt(), opt(), opt(), opt()),
        prop::option::of(prop::collection::vec(member(), 0..6)),
        (
            prop::option::of(strategies::self_care(opt)),
            opt(),
            prop::option::of(supporters),
        ),
        (
            prop::option::of(status()),
            prop::option::of(emergency),
            prop::option::of(expenditure),
        ),
        (
            opt(),
            opt(),
            prop::option::of(check),
            prop::option::of(params),
        ),
    )
        .prop_map(
            |(
                (as_of, accepted_on, channel, huji_in_district, applicant),
                household,
                (self_care, property_within_limits, supporters),
                (current_status, emergency, expenditure),
                (cannot_resolve_alone, policy_unclear, check, params),
            )| RawSituation {
                as_of,
                accepted_on,
                channel,
                huji_in_district,
                applicant,
                household,
                self_care,
                property_within_limits,
                supporters,
                current_status,
                emergency,
                expenditure,
                cannot_resolve_alone,
                policy_unclear,
                check,
                params,
                wrong_shapes: Vec::new(),
            },
        )
        .boxed()
}

/// Any situation → payload → the same situation, every field, type and scale; the payload is
/// QR alphanumeric text; decoding it with Caps Lock on (lower case) and the scanner's Enter
/// gives the same.
#[test]
fn any_situation_round_trips() {
    let alphabet = |c: char| ALPHABET.contains(&(c as u8)) && c.is_ascii();
    runner(512, 15)
        .run(&any_situation(), |raw| {
            let payload = handoff::encode(&raw, WITH_NAMES);
            prop_assert!(payload.starts_with("JZ1:"));
            prop_assert!(payload.chars().all(alphabet), "{payload}");
            let back = handoff::decode(&payload).map_err(|e| TestCaseError::fail(e.en()))?;
            prop_assert_eq!(json(&back), json(&raw));
            let typed = format!("{}\r\n", payload.to_lowercase());
            let back = handoff::decode(&typed).map_err(|e| TestCaseError::fail(e.en()))?;
            prop_assert_eq!(json(&back), json(&raw));
            Ok(())
        })
        .unwrap();
}

/// A valid case of one to four members as the form fills it (the codes, dates, amounts and
/// yes/no the controls produce) fits a version-15-M code, names included.
#[test]
fn valid_households_of_up_to_four_fit() {
    let money = (0u64..=1_000_000).prop_map(|c| s(Decimal::new(c as i64, 2).to_string()));
    let kinds = prop::sample::select(
        &[
            "wage",
            "other_pension",
            "support_payment",
            "other",
            "basic_pension",
            "high_age_allowance",
            "social_insurance",
            "scholarship",
        ][..],
    );
    let line = (kinds, money.clone()).prop_map(|(k, a)| RawIncome {
        kind: Some(s(k)),
        amount: Some(a),
    });
    let person = (
        "[\u{4e00}-\u{9fa5}]{2,4}",
        0i64..=100,
        prop::collection::vec(line, 0..=3),
    )
        .prop_map(|(name, age, income)| RawMember {
            name: Some(Loose::Str(name)),
            age: Some(s(age.to_string())),
            income: Some(income),
            ..Default::default()
        });
    let yes = || any::<bool>().prop_map(|b| Some(Loose::Bool(b)));
    let case = (prop::collection::vec(person, 1..=4), yes(), yes(), money).prop_map(
        |(household, huji, alone, amount)| {
            let mut raw = family_of_four();
            raw.household = Some(household);
            raw.huji_in_district = huji;
            raw.cannot_resolve_alone = alone;
            if let Some(e) = raw.expenditure.as_mut() {
                e.amount = Some(amount);
            }
            raw
        },
    );
    let valid = std::cell::Cell::new(0);
    let largest = std::cell::Cell::new(0);
    runner(256, 15)
        .run(&case, |raw| {
            if jiuzhu::validate(&raw).is_err() {
                return Ok(());
            }
            valid.set(valid.get() + 1);
            let payload = handoff::encode(&raw, WITH_NAMES);
            largest.set(largest.get().max(payload.len()));
            let symbol = qr::encode(&payload).map_err(|e| TestCaseError::fail(e.en()))?;
            prop_assert!(symbol.version <= 15);
            let back = handoff::decode(&payload).map_err(|e| TestCaseError::fail(e.en()))?;
            prop_assert_eq!(json(&back), json(&raw));
            Ok(())
        })
        .unwrap();
    let (valid, largest) = (valid.get(), largest.get());
    eprintln!("valid households of 1–4: {valid} cases, largest payload {largest} characters");
    assert!(valid >= 128, "only {valid} valid cases");
}

// ---- bad payloads -------------------------------------------------------------------------------

fn payload() -> String {
    handoff::encode(&family_of_four(), Options::default())
}

/// One character changed, anywhere after the length (the first three base45 characters), to
/// any other character of the alphabet: the CRC-32 catches it (a base45 character changes at
/// most one 16-bit group, and CRC-32 catches every error burst up to 32 bits).
#[test]
fn one_character_changed_is_damaged() {
    let p = payload();
    for at in "JZ1:".len() + 3..p.len() {
        for &c in ALPHABET.iter().filter(|&&c| c != p.as_bytes()[at]) {
            let mut changed = p.clone().into_bytes();
            changed[at] = c;
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(
                handoff::decode(&changed).err(),
                Some(HandoffError::Damaged),
                "{at}"
            );
        }
    }
}

/// A change anywhere at all (the prefix and the length included) is never read as a case.
#[test]
fn no_single_change_reads_as_a_case() {
    let p = payload();
    for at in 0..p.len() {
        for &c in ALPHABET.iter().filter(|&&c| c != p.as_bytes()[at]) {
            let mut changed = p.clone().into_bytes();
            changed[at] = c;
            let changed = String::from_utf8(changed).unwrap();
            assert!(handoff::decode(&changed).is_err(), "{at}: {changed}");
        }
    }
}

/// Cut anywhere after `JZ1:` (half a scan), the code says it is incomplete.
#[test]
fn cut_short_is_truncated() {
    let p = payload();
    let half = &p[..p.len() / 2];
    assert_eq!(handoff::decode(half).err(), Some(HandoffError::Truncated));
    for cut in "JZ1:".len()..p.len() {
        assert_eq!(
            handoff::decode(&p[..cut]).err(),
            Some(HandoffError::Truncated),
            "cut at {cut}"
        );
    }
}

/// Another version, whatever follows, is named as such, with the version it says.
#[test]
fn another_version_says_so() {
    let p = payload();
    for v in ["2", "0", "10", "99"] {
        let other = format!("JZ{v}:{}", &p[4..]);
        assert_eq!(
            handoff::decode(&other).err(),
            Some(HandoffError::OtherVersion { found: v.into() })
        );
    }
    // A leading zero is still version 1.
    assert!(handoff::decode(&format!("JZ01:{}", &p[4..])).is_ok());
}

/// Text that is not a hand-over code: a web address, JSON, words, another barcode's digits.
#[test]
fn random_text_is_not_a_payload() {
    for text in [
        "",
        "\r\n",
        "hello world",
        "https://example.org/?a=1",
        r#"{"as_of": "2026-11-30"}"#,
        "6901234567892",
        "JZ",
        "JZ1",
        "JZX:ABC",
        "JZ:ABC",
        "救助",
    ] {
        assert_eq!(
            handoff::decode(text).err(),
            Some(HandoffError::NotAPayload),
            "{text:?}"
        );
    }
}

/// 10 KB of text is refused for its length, whatever it holds, before it is read.
#[test]
fn ten_kilobytes_is_too_long() {
    let ten_kb = "A".repeat(10 * 1024);
    assert_eq!(
        handoff::decode(&ten_kb).err(),
        Some(HandoffError::TooLong { chars: 10_240 })
    );
    let prefixed = format!("JZ1:{}", &ten_kb[4..]);
    assert_eq!(
        handoff::decode(&prefixed).err(),
        Some(HandoffError::TooLong { chars: 10_240 })
    );
    // The limit itself is not too long (it is refused for another reason).
    let at_limit = "A".repeat(MAX_CHARS);
    assert_eq!(
        handoff::decode(&at_limit).err(),
        Some(HandoffError::NotAPayload)
    );
}

/// Each error has its own words, in both languages, and says that nothing entered was lost.
#[test]
fn each_error_has_its_own_words() {
    let errors = [
        HandoffError::TooLong { chars: 10_240 },
        HandoffError::NotAPayload,
        HandoffError::OtherVersion { found: "2".into() },
        HandoffError::Truncated,
        HandoffError::Damaged,
    ];
    let mut zh: Vec<String> = errors.iter().map(HandoffError::zh).collect();
    let mut en: Vec<String> = errors.iter().map(HandoffError::en).collect();
    let mut codes: Vec<&str> = errors.iter().map(HandoffError::code).collect();
    for (z, e) in zh.iter().zip(&en) {
        assert!(z.contains("已填写的内容未改动"), "{z}");
        assert!(e.contains("nothing entered was changed"), "{e}");
    }
    assert!(zh[0].contains("10240") && en[0].contains("10240"));
    assert!(zh[2].contains('2') && en[2].contains("version 2"));
    for list in [&mut zh, &mut en] {
        list.sort();
        list.dedup();
        assert_eq!(list.len(), 5);
    }
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 5);
}

/// A frame with a correct CRC around a body the encoder never writes: still an error, never a
/// panic, never a huge allocation.
#[test]
fn forged_bodies_with_a_good_checksum_are_damaged() {
    let frame = |body: &[u8]| {
        let mut f = (body.len() as u16).to_be_bytes().to_vec();
        f.extend_from_slice(body);
        let crc = handoff::crc32(&f);
        f.extend_from_slice(&crc.to_be_bytes());
        format!("JZ1:{}", handoff::base45_encode(&f))
    };
    // The empty situation (no field present) is the one-byte body [0].
    assert_eq!(
        json(&handoff::decode(&frame(&[0])).unwrap()),
        json(&RawSituation::default())
    );
    let cases: &[(&str, Vec<u8>)] = &[
        ("empty body", vec![]),
        ("bit past the last field", vec![0x80, 0x80, 0x04]),
        ("trailing byte", vec![0, 0]),
        // as_of present, tag 42 unknown.
        ("unknown tag", vec![1, 42]),
        // as_of present, text of length 2^32.
        ("huge text", vec![1, 4, 0x80, 0x80, 0x80, 0x80, 0x10]),
        // household of 2^35 members.
        ("huge household", vec![0x20, 0x80, 0x80, 0x80, 0x80, 0x40]),
        // as_of a code past the table.
        ("code out of range", vec![1, 9, 0x7F]),
        // as_of invalid UTF-8.
        ("bad UTF-8", vec![1, 4, 2, 0xC3, 0x28]),
        // as_of a decimal with scale 29.
        ("scale 29", vec![1, 5, 29, 1]),
        // as_of a date a billion days away.
        (
            "date out of range",
            vec![1, 8, 0x80, 0x94, 0xEB, 0xDC, 0x07],
        ),
        // a varint that never ends.
        (
            "endless varint",
            vec![
                1, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
            ],
        ),
    ];
    for (what, body) in cases {
        assert_eq!(
            handoff::decode(&frame(body)).err(),
            Some(HandoffError::Damaged),
            "{what}"
        );
    }
    // Lists nested 40 deep in as_of: refused for depth, not a stack overflow.
    let mut deep = vec![1];
    deep.extend(std::iter::repeat_n([6u8, 1], 40).flatten());
    deep.push(0);
    assert_eq!(
        handoff::decode(&frame(&deep)).err(),
        Some(HandoffError::Damaged)
    );
}

/// Any text at all: decoding returns, it never panics.
#[test]
fn any_text_decodes_without_panic() {
    let text = prop_oneof![
        ".{0,64}",
        "JZ1:[0-9A-Z $%*+./:-]{0,120}",
        "JZ[0-9]{0,3}:[0-9A-Za-z $%*+./:-]{0,40}",
    ];
    runner(2048, 15)
        .run(&text, |t| {
            let _ = handoff::decode(&t);
            Ok(())
        })
        .unwrap();
}

/// Every code of the engine's choices has its two-byte form in version 1's table, so that a
/// value added to an enum is noticed here (append it to `CODES`; never reorder).
#[test]
fn every_choice_code_is_in_the_table() {
    use jiuzhu::choice::Choice;
    use jiuzhu::situation::{
        Channel, DisabilityKind, EmergencyKind, ExpenditureKind, IncapacityReason, IncomeKind,
        Orphan, StatusKind, Study, Supporters, Tri,
    };
    let all: Vec<&str> = [
        Channel::CODES,
        DisabilityKind::CODES,
        Study::CODES,
        Orphan::CODES,
        IncomeKind::CODES,
        Tri::CODES,
        Supporters::CODES,
        IncapacityReason::CODES,
        StatusKind::CODES,
        EmergencyKind::CODES,
        ExpenditureKind::CODES,
    ]
    .concat();
    for code in all {
        assert!(
            handoff::CODES.contains(&code),
            "{code} is not in handoff::CODES"
        );
    }
    let mut unique = handoff::CODES.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), handoff::CODES.len(), "a code twice");
}

/// The layout of the module documentation, worked by hand for {"as_of": "2026-11-30",
/// "channel": "online", "applicant": 0}:
/// - present bits: as_of is field 0, channel field 2, applicant field 4: 0b10101 = 21;
/// - as_of, a date: tag 8, days since 2000-01-01: 26 years with 7 leap days (2000 … 2024) =
///   9 497, plus 1 Jan → 30 Nov 2026 = 304 + 29 = 333: 9 830; zigzag 19 660 = 0x4CCC; LEB128:
///   76 | 0x80 = 0xCC, 153 & 0x7F = 25 | 0x80 = 0x99, 1 = 0x01;
/// - channel, a code: tag 9, "online" is CODES[8];
/// - applicant, the integer 0: tag 3, zigzag 0.
///
/// Body 21 8 CC 99 01 9 8 3 0 (9 bytes), frame 00 09 | body | CRC-32 of the 11 bytes before.
#[test]
fn the_documented_layout() {
    let raw = RawSituation {
        as_of: Some(s("2026-11-30")),
        channel: Some(s("online")),
        applicant: Some(Loose::Int(0)),
        ..Default::default()
    };
    let mut frame = vec![0x00, 0x09, 21, 8, 0xCC, 0x99, 0x01, 9, 8, 3, 0];
    let crc = handoff::crc32(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    let want = format!("JZ1:{}", handoff::base45_encode(&frame));
    assert_eq!(handoff::encode(&raw, Options::default()), want);
    // 15 bytes: 7 pairs of 3 characters and a last byte of 2.
    assert_eq!(want.len(), 4 + 7 * 3 + 2);
}
