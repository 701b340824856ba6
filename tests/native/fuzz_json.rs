//! Bounded, seeded fuzzing of the JSON text → `RawSituation` → assessment path, on the stable
//! toolchain, run by `make test` (issue 7, "Robustness"). The coverage-guided equivalent is the
//! cargo-fuzz target in `fuzz/` (nightly only, not part of `make test`).
//!
//! A small xorshift generator (fixed seed, so every run executes the same inputs) produces JSON
//! text of five kinds:
//! - situations written from a dictionary of the real field names and values, with dates from
//!   1800 to 2300 and amounts from tiny to absurd (mostly valid JSON, often a valid situation);
//! - those and the scenario files' situations with 1–8 byte-level mutations (flips, inserts,
//!   deletions, duplicated runs, truncation), which need not even be UTF-8;
//! - a value token replaced by a dangerous literal (huge or tiny numbers, `-0`, escapes of lone
//!   surrogates and NUL, right-to-left marks, emoji, a 64 KB string);
//! - deep nesting (arrays and objects thousands of levels deep) and long arrays;
//! - two inputs spliced together.
//!
//! Every input goes through `serde_json::from_str::<RawSituation>` (or `from_slice` when the
//! bytes are not UTF-8), then `jiuzhu::evaluate`, then the result is serialised back to JSON.
//! A panic anywhere is a crash; the test fails on the first one and prints the input. So is a
//! valid JSON text that does not read as a situation: the dictionary situations now and then
//! put a scalar where an object or a list belongs (a member, its income, its disability…), and
//! that must come back as a field error at its path (issue 11 §7), never a failed reading.

use jiuzhu::choice::Choice;
use jiuzhu::situation::{
    Channel, DisabilityKind, EmergencyKind, ExpenditureKind, IncapacityReason, IncomeKind, Orphan,
    StatusKind, Study, Supporters, Tri,
};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

// Only the parameter ids: the proptest pieces are for the generators of props.rs and handoff.rs.
#[allow(dead_code)]
#[path = "../support/strategies.rs"]
mod strategies;

/// Executions per `make test` run; about 5 s in a debug build on the 2-core reference machine.
const N: usize = 20_000;
const SEED: u64 = 0x6a69_757a_6875_2026;

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    fn pick_seed<'a>(&mut self, xs: &'a [Vec<u8>]) -> &'a [u8] {
        &xs[self.below(xs.len())]
    }
}

/// The codes of `T`'s values but those in `skip`, from the engine's own list, so that a value
/// added to an enum is fuzzed without editing this file.
fn codes<T: Choice>(skip: &[T]) -> Vec<&'static str> {
    T::ALL
        .iter()
        .filter(|c| !skip.contains(c))
        .map(|c| c.code())
        .collect()
}

/// Writes one of `T`'s codes as a JSON string.
fn any_code<T: Choice>(r: &mut Rng, out: &mut String) {
    out.push_str(&format!("\"{}\"", r.pick(&codes::<T>(&[]))));
}

/// Every code of every situation enum: a valid value, often in the wrong field.
fn all_codes() -> Vec<&'static str> {
    [
        codes::<Channel>(&[]),
        codes::<Tri>(&[]),
        codes::<Supporters>(&[]),
        codes::<IncapacityReason>(&[]),
        codes::<StatusKind>(&[]),
        codes::<Orphan>(&[]),
        codes::<EmergencyKind>(&[]),
        codes::<ExpenditureKind>(&[]),
        codes::<DisabilityKind>(&[]),
        codes::<Study>(&[]),
        codes::<IncomeKind>(&[]),
    ]
    .concat()
}

/// Literals that have broken JSON readers and number parsers elsewhere.
const NASTY: &[&str] = &[
    "1e309",
    "-1e309",
    "1e-400",
    "-0",
    "-0.0",
    "0.000000000000000000000000000001",
    "79228162514264337593543950336",
    "-79228162514264337593543950336",
    "18446744073709551616",
    "-9223372036854775809",
    "9223372036854775807",
    "123456789012345678901234567890.123456789",
    "1.0000000000000000000000000000001",
    "\"\\ud800\"",
    "\"\\udfff\\ud800\"",
    "\"\\u0000\"",
    "\"\\u202e2026-11-30\"",
    "\"\u{202e}fire\u{202c}\"",
    "\"\u{200f}yes\"",
    "\"🔥🧯\u{fe0f}\"",
    "\"２０２６－１１－３０\"",
    "\"2026-11-30\\n\"",
    "\" 2026-11-30 \"",
    "\"NaN\"",
    "\"Infinity\"",
    "\"1,000,000.005\"",
    "\"1e3\"",
    "true",
    "null",
    "[]",
    "{}",
    "[null]",
    "{\"\":{}}",
];

fn date(r: &mut Rng, out: &mut String) {
    let y = 1800 + r.below(501);
    let (m, d) = if r.chance(85) {
        (1 + r.below(12), 1 + r.below(31))
    } else {
        (r.below(100), r.below(100))
    };
    out.push_str(&format!("\"{y:04}-{m:02}-{d:02}\""));
}

fn recent_date(r: &mut Rng, out: &mut String) {
    let y = 2019 + r.below(10);
    out.push_str(&format!(
        "\"{y}-{:02}-{:02}\"",
        1 + r.below(12),
        1 + r.below(28)
    ));
}

fn amount(r: &mut Rng, out: &mut String) {
    match r.below(12) {
        0..=3 => out.push_str(&format!("\"{}.{:02}\"", r.below(5000), r.below(100))),
        4..=6 => out.push_str(&r.below(100_000).to_string()),
        7 | 8 => out.push_str(&format!("{}.{:02}", r.below(3000), r.below(100))),
        9 => out.push_str(&format!("\"-{}\"", r.below(1000))),
        10 => out.push_str(&format!("{}", r.next())),
        _ => out.push_str(r.pick(NASTY)),
    }
}

fn scalar(r: &mut Rng, out: &mut String) {
    match r.below(8) {
        0 => out.push_str(if r.chance(50) { "true" } else { "false" }),
        1 => out.push_str(&format!("\"{}\"", r.pick(&all_codes()))),
        2 => out.push_str(&(r.below(200) as i64 - 20).to_string()),
        3 => date(r, out),
        4 => amount(r, out),
        5 => out.push_str(r.pick(NASTY)),
        6 => out.push_str("null"),
        _ => out.push_str(&format!("\"{}\"", r.pick(&all_codes()))),
    }
}

/// Writes a nested object or list with `write`, or now and then a scalar in its place (a text,
/// a number, `true`, `null`…): a value of the wrong JSON type, which must be reported at its
/// path like any other problem, never stop the reading.
fn nested(r: &mut Rng, out: &mut String, write: impl FnOnce(&mut Rng, &mut String)) {
    if r.chance(6) {
        scalar(r, out);
    } else {
        write(r, out);
    }
}

/// Writes a JSON list of `n` items, each written by `item`.
fn list(r: &mut Rng, out: &mut String, n: usize, item: impl Fn(&mut Rng, &mut String)) {
    out.push('[');
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        item(r, out);
    }
    out.push(']');
}

/// Writes the start of a disability object, `{"kind":…,"grade":…`: a kind from the engine's
/// list, then the grade `grade` draws. The caller closes it.
fn kind_and_grade(r: &mut Rng, out: &mut String, grade: impl FnOnce(&mut Rng) -> usize) {
    let kind = r.pick(&codes::<DisabilityKind>(&[]));
    let grade = grade(r);
    out.push_str(&format!("{{\"kind\":\"{kind}\",\"grade\":{grade}"));
}

fn member(r: &mut Rng, out: &mut String) {
    if r.chance(3) {
        scalar(r, out);
        return;
    }
    out.push('{');
    let mut first = true;
    let mut key = |out: &mut String, k: &str| {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&format!("\"{k}\":"));
    };
    if r.chance(80) {
        key(out, "age");
        out.push_str(
            &if r.chance(95) {
                r.below(111)
            } else {
                r.below(1000)
            }
            .to_string(),
        );
    } else {
        key(out, "birth_date");
        if r.chance(80) {
            out.push_str(&format!(
                "\"{}-{:02}-{:02}\"",
                1920 + r.below(100),
                1 + r.below(12),
                1 + r.below(28)
            ));
        } else {
            date(r, out);
        }
    }
    if r.chance(85) {
        key(out, "income");
        nested(r, out, |r, out| {
            let n = r.below(4);
            list(r, out, n, |r, out| {
                nested(r, out, |r, out| {
                    out.push_str("{\"kind\":\"");
                    out.push_str(r.pick(&codes(&[IncomeKind::Other])));
                    out.push_str("\",\"amount\":");
                    amount(r, out);
                    out.push('}');
                })
            });
        });
    }
    if r.chance(25) {
        key(out, "disability");
        nested(r, out, |r, out| {
            kind_and_grade(r, out, |r| {
                if r.chance(90) {
                    1 + r.below(4)
                } else {
                    r.below(9)
                }
            });
            if r.chance(20) {
                out.push_str(",\"components\":");
                nested(r, out, |r, out| {
                    let n = r.below(3);
                    list(r, out, n, |r, out| {
                        nested(r, out, |r, out| {
                            kind_and_grade(r, out, |r| r.below(6));
                            out.push('}');
                        })
                    });
                });
            }
            out.push('}');
        });
    }
    if r.chance(5) {
        key(out, "status");
        nested(r, out, |r, out| {
            out.push_str(&format!(
                "{{\"kind\":\"{}\"}}",
                r.pick(&codes::<StatusKind>(&[]))
            ))
        });
    }
    for (k, vals, p) in [
        ("study", codes(&[Study::None]), 20),
        ("orphan", codes(&[Orphan::None]), 3),
        ("name", all_codes(), 20),
    ] {
        if r.chance(p) {
            key(out, k);
            out.push_str(&format!("\"{}\"", r.pick(&vals)));
        }
    }
    if r.chance(15) {
        key(out, "self_care");
        nested(r, out, self_care);
    }
    if r.chance(10) {
        key(out, "serious_illness");
        if r.chance(80) {
            out.push_str(if r.chance(50) { "true" } else { "false" });
        } else {
            scalar(r, out);
        }
    }
    out.push('}');
}

fn self_care(r: &mut Rng, out: &mut String) {
    out.push('{');
    for (i, k) in ["eating", "dressing", "bed", "toilet", "walking", "bathing"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "\"{k}\":{}",
            if r.chance(50) { "true" } else { "false" }
        ));
    }
    out.push('}');
}

/// A situation written from the dictionary: valid JSON, often a valid situation.
fn situation(r: &mut Rng) -> String {
    let mut out = String::from("{");
    let mut fields: Vec<String> = Vec::new();
    // Field `k`, written by `write`, in `percent` of the situations.
    let mut f = |r: &mut Rng, percent: usize, k: &str, write: &dyn Fn(&mut Rng, &mut String)| {
        if !r.chance(percent) {
            return;
        }
        let mut v = String::new();
        if r.chance(5) {
            scalar(r, &mut v);
        } else {
            write(r, &mut v);
        }
        fields.push(format!("\"{k}\":{v}"));
    };
    f(r, 100, "accepted_on", &|r, o| {
        if r.chance(80) {
            recent_date(r, o)
        } else {
            date(r, o)
        }
    });
    f(r, 40, "as_of", &recent_date);
    f(r, 60, "channel", &any_code::<Channel>);
    f(r, 60, "huji_in_district", &|r, o| {
        o.push_str(if r.chance(70) { "true" } else { "false" })
    });
    f(r, 100, "household", &|r, o| {
        let n = if r.chance(95) {
            r.below(6)
        } else {
            r.below(51)
        };
        list(r, o, n, member);
    });
    f(r, 10, "applicant", &|r, o| {
        o.push_str(&r.below(4).to_string())
    });
    f(r, 10, "self_care", &self_care);
    f(r, 50, "property_within_limits", &any_code::<Tri>);
    f(r, 30, "supporters", &|r, o| {
        o.push_str(&format!(
            "{{\"status\":\"{}\",\"reason\":\"{}\"}}",
            r.pick(&codes(&[Supporters::Unknown])),
            r.pick(&codes::<IncapacityReason>(&[]))
        ))
    });
    f(r, 25, "current_status", &|r, o| {
        o.push_str(&format!(
            "{{\"kind\":\"{}\",\"recognised_on\":",
            r.pick(&codes(&[StatusKind::None]))
        ));
        recent_date(r, o);
        o.push('}');
    });
    f(r, 25, "emergency", &|r, o| {
        o.push_str(&format!(
            "{{\"kind\":\"{}\",\"occurred_on\":",
            r.pick(&codes::<EmergencyKind>(&[]))
        ));
        if r.chance(80) {
            o.push_str(&format!(
                "\"2018-{:02}-{:02}\"",
                1 + r.below(12),
                1 + r.below(28)
            ));
        } else {
            date(r, o);
        }
        o.push_str(&format!(
            ",\"ongoing\":{},\"critical\":{}}}",
            r.chance(50),
            r.chance(50)
        ));
    });
    f(r, 25, "expenditure", &|r, o| {
        o.push_str(&format!(
            "{{\"kind\":\"{}\",\"amount\":",
            r.pick(&codes(&[ExpenditureKind::Other]))
        ));
        amount(r, o);
        o.push_str(&format!(",\"ongoing\":{}}}", r.chance(50)));
    });
    for k in ["cannot_resolve_alone", "policy_unclear"] {
        f(r, 25, k, &|r, o| {
            o.push_str(if r.chance(50) { "true" } else { "false" })
        });
    }
    f(r, 30, "check", &|r, o| {
        o.push_str(&format!("{{\"days\":{}}}", r.below(400)))
    });
    f(r, 15, "params", &|r, o| {
        let mut ids = strategies::PARAM_IDS.to_vec();
        ids.push("no_such_param");
        let id = r.pick(&ids);
        o.push_str(&format!("{{\"{id}\":"));
        scalar(r, o);
        o.push('}');
    });
    // Shuffle the field order: readers must not depend on it.
    for i in (1..fields.len()).rev() {
        let j = r.below(i + 1);
        fields.swap(i, j);
    }
    out.push_str(&fields.join(","));
    out.push('}');
    out
}

fn mutate_bytes(r: &mut Rng, mut b: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + r.below(8) {
        if b.is_empty() {
            b.push(b'{');
        }
        let i = r.below(b.len());
        match r.below(7) {
            0 => b[i] ^= 1 << r.below(8),
            1 => b[i] = r.next() as u8,
            2 => b.insert(i, r.pick(b"{}[],:\"\\0123456789.-eE tfn\xe2\x80\xae\xff")),
            3 => {
                b.remove(i);
            }
            4 => {
                let end = (i + 1 + r.below(16)).min(b.len());
                let run: Vec<u8> = b[i..end].to_vec();
                b.splice(i..i, run);
            }
            5 => b.truncate(i),
            _ => {
                let j = r.below(b.len());
                b.swap(i, j);
            }
        }
    }
    b
}

/// Replaces the value after a random `:` with a dangerous literal.
fn replace_value(r: &mut Rng, text: &str) -> String {
    let colons: Vec<usize> = text.match_indices(':').map(|(i, _)| i).collect();
    if colons.is_empty() {
        return text.to_string();
    }
    let at = r.pick(&colons) + 1;
    let rest = &text[at..];
    // The value ends at the next `,` or `}` outside a string (good enough for a mutation).
    let mut in_str = false;
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            '"' => in_str = !in_str,
            ',' | '}' | ']' if !in_str => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let lit = if r.chance(5) {
        format!("\"{}\"", "\u{202e}长".repeat(16_384))
    } else {
        r.pick(NASTY).to_string()
    };
    format!("{}{}{}", &text[..at], lit, &rest[end..])
}

fn deep(r: &mut Rng) -> String {
    let depth = 1 + r.below(5000);
    match r.below(4) {
        0 => format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        1 => format!(
            "{{\"household\":[{{\"income\":{}{}}}]}}",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
        2 => format!(
            "{{\"params\":{}1{}}}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ),
        _ => format!(
            "{{\"accepted_on\":\"2026-11-30\",\"household\":[{}]}}",
            vec!["{\"age\":70,\"income\":[]}"; r.below(2000)].join(",")
        ),
    }
}

/// One execution: parse, evaluate, serialise. Returns (parsed, assessed, a wrong JSON type
/// reported).
fn execute(bytes: &[u8]) -> (bool, bool, bool) {
    let raw: Result<jiuzhu::RawSituation, _> = match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    };
    // Any JSON value reads as a situation: a value of the wrong type anywhere is a field
    // error from `evaluate`, not a failure of the reading that names no field.
    let is_json = serde_json::from_slice::<serde_json::Value>(bytes).is_ok();
    assert!(
        raw.is_ok() || !is_json,
        "valid JSON not read as a situation: {:?}",
        raw.err()
    );
    let Ok(raw) = raw else {
        return (false, false, false);
    };
    let result = jiuzhu::evaluate(&raw);
    let assessed = result.is_ok();
    let wrong_type = result.as_ref().is_err_and(|e| {
        e.iter()
            .any(|e| e.code == jiuzhu::input::ErrorCode::WrongType)
    });
    let text = match &result {
        Ok(a) => serde_json::to_string(a),
        Err(e) => serde_json::to_string(e),
    };
    assert!(text.is_ok(), "result does not serialise");
    (true, assessed, wrong_type)
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.sort();
    names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .filter_map(|v| v.get("situation").map(|s| s.to_string().into_bytes()))
        .collect()
}

#[test]
fn fuzz_json_bounded() {
    let seeds = seeds();
    assert!(!seeds.is_empty(), "no scenario files to seed from");
    let mut r = Rng(SEED);
    let (mut parsed, mut assessed, mut wrong_types) = (0usize, 0usize, 0usize);
    let mut crashes: Vec<String> = Vec::new();
    let start = Instant::now();
    for _ in 0..N {
        let base = |r: &mut Rng| -> Vec<u8> {
            if r.chance(50) {
                r.pick_seed(&seeds).to_vec()
            } else {
                situation(r).into_bytes()
            }
        };
        let input: Vec<u8> = match r.below(10) {
            0..=2 => situation(&mut r).into_bytes(),
            3..=6 => {
                let b = base(&mut r);
                mutate_bytes(&mut r, b)
            }
            7 => {
                let b = base(&mut r);
                replace_value(&mut r, &String::from_utf8_lossy(&b)).into_bytes()
            }
            8 => deep(&mut r).into_bytes(),
            _ => {
                let (a, b) = (base(&mut r), base(&mut r));
                let (i, j) = (r.below(a.len()), r.below(b.len()));
                [&a[..i], &b[j..]].concat()
            }
        };
        match catch_unwind(AssertUnwindSafe(|| execute(&input))) {
            Ok((p, a, w)) => {
                parsed += usize::from(p);
                wrong_types += usize::from(w);
                assessed += usize::from(a);
            }
            Err(_) => {
                let shown: String = String::from_utf8_lossy(&input).chars().take(2000).collect();
                crashes.push(shown);
            }
        }
    }
    // Written to the stderr handle itself, not through `eprintln!`, so that the line shows in
    // `make test` without `--nocapture` (the test harness only captures the print macros).
    let _ = writeln!(
        std::io::stderr(),
        "fuzz_json: {N} executions, {} crashes ({parsed} parsed as a situation, {assessed} assessed, {wrong_types} with a wrong JSON type reported) in {:.1} s",
        crashes.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(
        crashes.is_empty(),
        "{} crashes; first input:\n{}",
        crashes.len(),
        crashes.first().map(String::as_str).unwrap_or("")
    );
    // Without this the generator could drift into producing only junk.
    assert!(
        assessed * 20 >= N,
        "only {assessed} of {N} inputs reached an assessment"
    );
    // The wrong-typed nested values are generated and reach `validate`.
    assert!(
        wrong_types * 50 >= N,
        "only {wrong_types} of {N} inputs had a wrong JSON type reported"
    );
}
