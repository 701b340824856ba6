//! Procedure shared by several sections: the decision clock that §一 and §二 both state, the
//! latest decision date that §二's home visit and §八's first payment count from, and the
//! "次月" of §六 and §八. The numbers are not here: each section declares its own in its module
//! (`dibao::DECISION_LIMITS`, `tekun::DECISION_LIMITS`), and these helpers take them as
//! arguments.

use crate::assessment::{Actor, PathId, Step, Unit};
use crate::calendar;
use crate::citation::Citation;
use crate::situation::Situation;
use chrono::{Datelike, NaiveDate};

/// A decision clock as §一 and §二 state it: "办理周期压缩到{working_days}个工作日，因…核对系统
/// 核对时间超过{check_days}天的，可适当延长…，但最长不超过{max_working_days}个工作日".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecisionLimits {
    /// The normal limit, in working days.
    pub working_days: u32,
    /// The check takes strictly more than this many calendar days → the limit may be extended.
    pub check_days: u32,
    /// The extended limit, in working days.
    pub max_working_days: u32,
}

impl DecisionLimits {
    /// Whether a check of `days` calendar days allows the extension: "超过" is strictly more.
    pub fn extension_allowed(&self, days: u32) -> bool {
        days > self.check_days
    }
}

/// The decision steps of §一 (低保/低边) or §二 (特困) for `paths`, counted from the day after
/// acceptance (民法典 第二百零一条). A check of exactly `check_days` keeps the normal limit.
/// Without the check's length, both limits are shown.
pub fn decision_steps(
    s: &Situation,
    paths: &[PathId],
    limits: &DecisionLimits,
    citation: Citation,
) -> Vec<Step> {
    let mut out = Vec::new();
    if paths.is_empty() {
        return out;
    }
    let normal = || {
        Step::new("decision_limit", paths, Actor::Street, citation)
            .on(&calendar::add_workdays(s.accepted_on, limits.working_days))
            .limit(limits.working_days, Unit::WorkingDays)
            .arg("days", limits.working_days)
    };
    let extended = |id: &'static str| {
        Step::new(id, paths, Actor::Street, citation)
            .on(&calendar::add_workdays(
                s.accepted_on,
                limits.max_working_days,
            ))
            .limit(limits.max_working_days, Unit::WorkingDays)
            .arg("check_days", limits.check_days)
            .arg("days", limits.max_working_days)
    };
    match s.check_days {
        Some(d) if limits.extension_allowed(d) => out.push(extended("decision_limit_extended")),
        Some(_) => out.push(normal()),
        None => {
            out.push(normal());
            // The id is a stable name the page and the tests use; the words take the number
            // from `limits`.
            out.push(extended("decision_limit_if_check_over_15_days"));
        }
    }
    out
}

/// The latest date by which every decision under `limits` falls, given the check (for the
/// home visit and the payment steps).
pub fn latest_decision(s: &Situation, limits: &[DecisionLimits]) -> calendar::Reckoned {
    let days = limits
        .iter()
        .map(|l| match s.check_days {
            Some(d) if !l.extension_allowed(d) => l.working_days,
            _ => l.max_working_days,
        })
        .max()
        .unwrap_or(0);
    calendar::add_workdays(s.accepted_on, days)
}

/// The first day of the month after `d` ("次月": §六's start of student aid, §八's first
/// payment).
pub fn next_month_start(d: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}
