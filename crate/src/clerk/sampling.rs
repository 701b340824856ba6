//! §一, §二, §三: the monthly random checks of 区民政局.
//!
//! The ratios are the sections' own, quoted there: `rules::dibao::SAMPLING_PERCENT` (§一,
//! 低保、低边), `rules::tekun::SAMPLING_PERCENT` (§二, 特困), `rules::linshi::SAMPLING_PERCENT`
//! (§三, 临时救助), each "每月抽查比例一般不低于新增对象总数的p%".
//!
//! "不低于p%" of a whole number of cases is met only by a whole number of cases at least that
//! large, so the minimum is rounded UP: when p% of the new cases is not whole, the whole number
//! just below it would fall short of p%. The arithmetic is in integers:
//! `ceil(n × p / 100) = (n × p + 99) / 100`, exact for every count, with no floating point.

use super::input::SamplingInput;
use super::messages::{Args, CheckReason};
use super::{verdict, CheckResult, CheckStatus};
use crate::citation::{plan, Citation};
use crate::rules::{dibao, linshi, tekun};
use serde::Serialize;

/// A category with its own sampling ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleCategory {
    /// 低保 and 低边 together (§一).
    Dibao,
    /// 特困 (§二).
    Tekun,
    /// 临时救助 (§三).
    Linshi,
}

impl SampleCategory {
    /// The percentage the plan sets ("一般不低于…%").
    pub fn percent(self) -> u32 {
        match self {
            SampleCategory::Dibao => dibao::SAMPLING_PERCENT,
            SampleCategory::Tekun => tekun::SAMPLING_PERCENT,
            SampleCategory::Linshi => linshi::SAMPLING_PERCENT,
        }
    }

    /// The clause that sets it.
    pub fn citation(self) -> Citation {
        match self {
            SampleCategory::Dibao => plan::YI,
            SampleCategory::Tekun => plan::ER,
            SampleCategory::Linshi => plan::SAN,
        }
    }

    fn code(self) -> &'static str {
        match self {
            SampleCategory::Dibao => "dibao",
            SampleCategory::Tekun => "tekun",
            SampleCategory::Linshi => "linshi",
        }
    }

    fn id(self) -> &'static str {
        match self {
            SampleCategory::Dibao => "sampling.dibao",
            SampleCategory::Tekun => "sampling.tekun",
            SampleCategory::Linshi => "sampling.linshi",
        }
    }
}

/// The smallest whole number of cases that is at least `percent`% of `new_cases`: rounded up.
pub fn minimum_sample(new_cases: u32, percent: u32) -> u32 {
    let product = u64::from(new_cases) * u64::from(percent);
    let minimum = product.div_ceil(100);
    u32::try_from(minimum).unwrap_or(u32::MAX)
}

/// The three sampling checks, in the plan's order.
pub fn sampling_checks(s: &SamplingInput) -> Vec<CheckResult> {
    vec![
        sampling(
            SampleCategory::Dibao,
            s.dibao_new,
            s.dibao_sampled,
            "sampling.dibao_new",
        ),
        sampling(
            SampleCategory::Tekun,
            s.tekun_new,
            s.tekun_sampled,
            "sampling.tekun_new",
        ),
        sampling(
            SampleCategory::Linshi,
            s.linshi_new,
            s.linshi_sampled,
            "sampling.linshi_new",
        ),
    ]
}

/// One category: the minimum sample (rounded up, the rounding stated in `args.rounding` and in
/// the words) and, when the number sampled is given, whether it reaches the minimum: the
/// minimum passes, one fewer fails.
///
/// "一般" (as a rule) is kept in mind, not modelled: below the minimum fails, and the district
/// judges whether an exception applied.
pub fn sampling(
    category: SampleCategory,
    new_cases: Option<u32>,
    sampled: Option<u32>,
    new_path: &'static str,
) -> CheckResult {
    let Some(new_cases) = new_cases else {
        // Sampling is the district's monthly duty, not part of every case: with nothing entered
        // it is 不适用; a sampled count without the new cases to measure it against is 待填写.
        return match sampled {
            None => CheckResult::not_in_case(category.id(), category.citation()),
            Some(_) => CheckResult::missing(category.id(), &[new_path], category.citation()),
        };
    };
    let percent = category.percent();
    let minimum = minimum_sample(new_cases, percent);
    let mut args = Args::new();
    args.insert("category", category.code().to_owned());
    args.insert("new", new_cases.to_string());
    args.insert("percent", percent.to_string());
    args.insert("minimum", minimum.to_string());
    args.insert("rounding", "up".to_owned());
    let (status, reason) = match sampled {
        Some(n) => {
            args.insert("sampled", n.to_string());
            verdict(
                n >= minimum,
                CheckReason::SampleEnough,
                CheckReason::SampleTooFew,
            )
        }
        // The check needs the number sampled: 待填写, with the minimum it must reach.
        None => (CheckStatus::Incomplete, CheckReason::SampleMinimumOnly),
    };
    CheckResult::new(
        category.id(),
        status,
        reason,
        args,
        category.citation(),
        &[],
    )
}
