//! jiuzhu (救助): the rule engine for the district's social-assistance implementation plan.
//!
//! The engine is pure: no I/O, no clock, no web. Today's date is an input. Every module below
//! is named after the part of the plan it implements; see ARCHITECTURE.md for the map.
//!
//! `validate` turns the loose form input into typed facts, `assess` applies the rules, and
//! `evaluate` does both. This file only composes; the rules live in [`rules`].

pub mod answers;
pub mod assessment;
pub mod calendar;
pub mod choice;
pub mod citation;
pub mod clauses;
pub mod clerk;
pub mod documents;
pub mod handoff;
pub mod input;
pub mod messages;
pub mod params;
pub mod qr;
pub mod questions;
pub mod rules;
pub mod site;
pub mod situation;
pub mod small_map;

#[cfg(test)]
mod no_panic_tests;

pub use assessment::Assessment;
pub use input::FieldError;
pub use situation::{validate, RawSituation, Situation};

/// Version of the rules, printed with every result so that it can be traced.
pub const RULES_VERSION: &str = "2026.11-1";

/// Applies every section of the plan to a validated situation, with the built-in parameters.
/// Pure.
pub fn assess(s: &Situation) -> Assessment {
    assess_with(s, &site::Site::default())
}

/// Applies every section of the plan to a validated situation, with the district's site
/// configuration as the layer of parameters between the built-in table and the situation's own
/// overrides (which still win). Pure: the configuration is an input like the situation.
pub fn assess_with(s: &Situation, site: &site::Site) -> Assessment {
    let p = params::Resolved::for_date_with(s.accepted_on, &site.params, &s.overrides);
    let in_force = rules::in_force::check(s.accepted_on);
    let dibao = rules::dibao::dibao(s, &p);
    let dibian = rules::dibao::dibian(s, &p);
    let danrenhu = rules::dibao::danrenhu(s, &dibian);
    let mut tekun = rules::tekun::tekun(s, &p);
    rules::gongyang::advise(&mut tekun);
    let jinan = rules::linshi::jinan(s, &p);
    let zhichu = rules::linshi::zhichu(s, &p);
    let yishiyiyi = rules::yishiyiyi::path(s);
    let students = rules::students::path(s, &p, &[&dibao, &dibian, &tekun, &danrenhu]);
    let paths = vec![
        tekun, dibao, dibian, danrenhu, jinan, zhichu, yishiyiyi, students,
    ];
    let timeline = rules::timeline(s, &p, &paths, &in_force);
    let documents = rules::documents::documents(s, &paths, in_force.in_force);
    let linked = rules::linked::linked(s, &paths);
    let warnings = rules::warnings::warnings(s, &in_force, &p, &paths, &timeline);
    let urgent = rules::yishiyiyi::urgent(&paths);
    Assessment {
        rules_version: RULES_VERSION,
        param_set: params::PARAM_SET_ID,
        as_of: s.as_of,
        accepted_on: s.accepted_on,
        in_force,
        per_capita_income: rules::dibao::per_capita_income(s, &p),
        params: p.used,
        warnings,
        paths,
        documents,
        timeline,
        linked,
        urgent,
    }
}

/// Validates and assesses: every validation problem at once, or the assessment.
pub fn evaluate(raw: &RawSituation) -> Result<Assessment, Vec<FieldError>> {
    validate(raw).map(|s| assess(&s))
}

/// [`evaluate`] with the district's site configuration (see [`assess_with`]).
pub fn evaluate_with(raw: &RawSituation, site: &site::Site) -> Result<Assessment, Vec<FieldError>> {
    validate(raw).map(|s| assess_with(&s, site))
}
