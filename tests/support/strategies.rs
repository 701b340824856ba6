//! Pieces the property and fuzz tests share: the seeded proptest runner, the strategy that builds
//! the self-care answers from a strategy for one answer, and the ids of the parameters a
//! situation may override.

use jiuzhu::situation::{Loose, RawSelfCare};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// A runner with a fixed seed and no failure file, so that a run is the same on every machine;
/// `PROPTEST_CASES` overrides the number of cases.
pub fn runner(cases: u32, seed: u8) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[seed; 32]),
    )
}

/// The six self-care answers, each drawn from `answer`.
pub fn self_care(answer: impl Fn() -> BoxedStrategy<Option<Loose>>) -> BoxedStrategy<RawSelfCare> {
    let f = || answer();
    (f(), f(), f(), f(), f(), f())
        .prop_map(
            |(eating, dressing, bed, toilet, walking, bathing)| RawSelfCare {
                eating,
                dressing,
                bed,
                toilet,
                walking,
                bathing,
            },
        )
        .boxed()
}

/// The parameters a situation may override (`params`), by id.
#[allow(dead_code)] // handoff.rs draws any id
pub const PARAM_IDS: &[&str] = &[
    "dibao_standard",
    "dibian_multiple",
    "dibian_upper_inclusive",
    "tekun_standard",
    "linshi_cap_multiple",
    "linshi_cap_max_multiple",
    "semester_1_start",
    "semester_2_start",
];
