//! Counting income, one mechanism for every path: each path declares, in its own rule module,
//! a table "income kind → how its document treats it" ([`IncomeRules`]); [`count`] applies a
//! table to income lines and lists every line as counted, not counted (with the rule that
//! excludes it) or unknown (the exclusion rests on a local parameter that has no value).
//!
//! 特困 counts under 民发〔2021〕43号 (`tekun::INCOME_RULES`), 低保 and 低边 under
//! 民发〔2021〕57号 (`dibao::INCOME_RULES`): the two lists differ (高龄津贴 is in 43号's only;
//! 计划生育 and 奖学金 in 57号's only), so one person's income may count for one path and not
//! for the other.

use crate::assessment::{IncomeCount, IncomeLine, LineStatus};
use crate::citation::Citation;
use crate::params::{holds, Resolved};
use crate::situation::{IncomeKind, Member};
use rust_decimal::Decimal;

/// How a document treats one kind of income.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treatment {
    /// Not counted, by this rule.
    Excluded(Citation),
    /// Not counted while the flag parameter `param` is true, counted while it is false; when it
    /// has no value on the acceptance date the line is unknown. For an exclusion with an end
    /// date in its own text ("十四五期间") whose sequel is a local decision.
    ExcludedWhile {
        /// The flag parameter.
        param: &'static str,
        /// The rule that excludes the kind while it runs.
        rule: Citation,
    },
}

/// A path's income rules: the kinds its document does not count (every other kind counts),
/// and, where the document lets a local government add kinds, the parameter listing them.
#[derive(Debug, Clone, Copy)]
pub struct IncomeRules {
    /// Kind → treatment; a kind not listed is counted.
    pub table: &'static [(IncomeKind, Treatment)],
    /// The parameter with the kinds a local government adds, and the clause that allows it.
    pub local_list: Option<(&'static str, Citation)>,
}

impl IncomeRules {
    /// How these rules treat one line of `kind`: status, the rule, the parameter it rests on.
    pub fn classify(
        &self,
        kind: IncomeKind,
        p: &Resolved,
    ) -> (LineStatus, Option<Citation>, Option<&'static str>) {
        let listed = self.table.iter().find(|(k, _)| *k == kind).map(|(_, t)| *t);
        let (status, rule, param) = match listed {
            Some(Treatment::Excluded(c)) => return (LineStatus::NotCounted, Some(c), None),
            Some(Treatment::ExcludedWhile { param, rule }) => match p.flag(param) {
                Some(true) => return (LineStatus::NotCounted, Some(rule), Some(param)),
                Some(false) => (LineStatus::Counted, None, Some(param)),
                None => (LineStatus::Unknown, Some(rule), Some(param)),
            },
            None => (LineStatus::Counted, None, None),
        };
        // A kind the local list names is not counted, whatever the dated rule says.
        if let Some((list, c)) = self.local_list {
            if holds(p.income_kinds(list), kind) {
                return (LineStatus::NotCounted, Some(c), Some(list));
            }
        }
        (status, rule, param)
    }
}

/// Counts the income of `members` (index, member) under `rules`. `Err` lists the members whose
/// income is not given.
pub fn count<'a>(
    rules: &IncomeRules,
    members: impl Iterator<Item = (usize, &'a Member)>,
    p: &Resolved,
) -> Result<IncomeCount, Vec<usize>> {
    let zero = super::fen(Decimal::ZERO);
    let mut out = IncomeCount {
        counted: zero,
        not_counted: zero,
        unknown: zero,
        ..IncomeCount::default()
    };
    let mut missing = Vec::new();
    for (i, m) in members {
        let Some(lines) = &m.income else {
            missing.push(i);
            continue;
        };
        for l in lines {
            // Amounts are whole fen (the validator allows two decimals): rescaling only makes
            // the output uniform ("900.00", not "900"), it never rounds.
            let amount = super::fen(l.amount);
            let (status, rule, param) = rules.classify(l.kind, p);
            match status {
                LineStatus::Counted => out.counted += amount,
                LineStatus::NotCounted => out.not_counted += amount,
                LineStatus::Unknown => out.unknown += amount,
            }
            out.lines.push(IncomeLine {
                member: format!("household[{i}]"),
                kind: l.kind,
                amount,
                status,
                rule,
                param,
            });
        }
    }
    if missing.is_empty() {
        Ok(out)
    } else {
        Err(missing)
    }
}

impl IncomeCount {
    /// The lowest and highest counted totals the facts allow: without and with the lines whose
    /// status is unknown. Equal when every line's status is known.
    pub fn range(&self) -> (Decimal, Decimal) {
        (self.counted, self.counted + self.unknown)
    }
    /// The parameters the unknown lines rest on, each once.
    pub fn unknown_params(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for l in &self.lines {
            if let (LineStatus::Unknown, Some(param)) = (l.status, l.param) {
                if !out.contains(&param) {
                    out.push(param);
                }
            }
        }
        out
    }
}
