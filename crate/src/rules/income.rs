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
    /// Kinds → their treatment, the kinds one rule treats alike together; a kind not listed is
    /// counted.
    pub table: &'static [(&'static [IncomeKind], Treatment)],
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
        let listed = self
            .table
            .iter()
            .find(|(kinds, _)| kinds.contains(&kind))
            .map(|(_, t)| *t);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::LineStatus::{Counted, NotCounted, Unknown};
    use crate::input::{Collector, Words};
    use crate::params::{read_overrides, Overrides};
    use crate::rules::{dibao, tekun};
    use crate::small_map::SmallMap;
    use chrono::NaiveDate;

    fn on(y: i32, m: u32, d: u32, overrides: &Overrides) -> Resolved {
        Resolved::for_date(NaiveDate::from_ymd_opt(y, m, d).unwrap(), overrides)
    }

    fn overrides(pairs: &[(&str, crate::input::Loose)]) -> (Overrides, usize) {
        let mut map = SmallMap::new();
        for (k, v) in pairs {
            map.insert(k.to_string(), v.clone());
        }
        let mut c = Collector::new(Words::PLAIN);
        let o = read_overrides(&map, &mut c);
        (o, c.errors.len())
    }

    /// 57号 （三） ran "十四五期间": in 2025 the pension is not counted for 低保, from 2026 it
    /// is unknown; 43号 never counts it for 特困. 高龄津贴 is the other way round (43号 leaves
    /// it out, 57号 does not name it).
    #[test]
    fn each_path_counts_under_its_own_list() {
        let none = Overrides::new();
        let (p25, p26) = (on(2025, 12, 31, &none), on(2026, 1, 1, &none));
        let status = |r: &IncomeRules, k, p: &Resolved| r.classify(k, p).0;
        use IncomeKind::*;
        assert_eq!(status(&dibao::INCOME_RULES, BasicPension, &p25), NotCounted);
        assert_eq!(status(&dibao::INCOME_RULES, BasicPension, &p26), Unknown);
        assert_eq!(status(&tekun::INCOME_RULES, BasicPension, &p26), NotCounted);
        assert_eq!(
            status(&dibao::INCOME_RULES, HighAgeAllowance, &p26),
            Counted
        );
        assert_eq!(
            status(&tekun::INCOME_RULES, HighAgeAllowance, &p26),
            NotCounted
        );
        assert_eq!(status(&tekun::INCOME_RULES, Scholarship, &p26), Counted);
        assert_eq!(status(&dibao::INCOME_RULES, Scholarship, &p26), NotCounted);
        assert_eq!(status(&dibao::INCOME_RULES, Wage, &p26), Counted);
    }

    /// The city's list (57号 （四）) is read from a list or from text, and excludes for 低保
    /// only; an unknown code is an error on the list's path.
    #[test]
    fn the_city_list_excludes_for_dibao_only() {
        use crate::input::Loose::{List, Str};
        let (o, errors) = overrides(&[(
            "city_excluded_income_kinds",
            Str("high_age_allowance，wage".into()),
        )]);
        assert_eq!(errors, 0);
        let p = on(2026, 3, 2, &o);
        let (status, rule, param) = dibao::INCOME_RULES.classify(IncomeKind::Wage, &p);
        assert_eq!(status, NotCounted);
        assert_eq!(rule, Some(dibao::MINFA_57_EXCLUDED_4));
        assert_eq!(param, Some("city_excluded_income_kinds"));
        assert_eq!(
            tekun::INCOME_RULES.classify(IncomeKind::Wage, &p).0,
            Counted
        );
        // The city list also settles a pension the dated rule leaves open.
        let (o, _) = overrides(&[(
            "city_excluded_income_kinds",
            List(vec![Str("basic_pension".into())]),
        )]);
        assert_eq!(
            dibao::INCOME_RULES
                .classify(IncomeKind::BasicPension, &on(2026, 3, 2, &o))
                .0,
            NotCounted
        );
        let (_, errors) = overrides(&[(
            "city_excluded_income_kinds",
            List(vec![Str("no_such_kind".into())]),
        )]);
        assert_eq!(errors, 1);
    }
}
