//! §一, §二: separation of duties.
//!
//! > 受理、初审、审核确认经办人员不能为同一人 (§一, and in the same words §二)
//!
//! Read as: the three handlers must be three different people, so no two of the three may be
//! the same person. The clerk enters names or staff numbers; the same person typed twice in
//! slightly different ways (a full-width `Ａ００１` against `A001`, a stray space) must still be
//! caught, so the comparison folds the text first ([`normalize_name`]).

use super::deadline::CaseKind;
use super::messages::{Args, CheckReason};
use super::{CheckResult, CheckStatus};
use crate::citation::{plan, Citation};
use crate::input::fold_width;

/// Check id.
pub const ID: &str = "separation";

/// The comparison key of a name or staff number: full-width forms folded to ASCII
/// ([`fold_width`]), all whitespace removed (so `张 三` = `张三` and ` A001 ` = `A001`) and ASCII
/// letters lower-cased (staff numbers are typed both ways).
///
/// Folding more, rather than less, errs towards "same person": a false alarm costs the clerk a
/// glance, a missed duplicate breaks §一.
pub fn normalize_name(name: &str) -> String {
    fold_width(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Checks that the 受理, 初审 and 审核确认 handlers are three different people (§一, §二).
///
/// Fails as soon as two of the entered handlers are the same, even if the third is still
/// missing; passes only when all three are entered and different; otherwise not applicable.
/// The citation is §一; the same sentence in §二 is named as supporting.
pub fn separation_of_duties(
    acceptance: Option<&str>,
    first_review: Option<&str>,
    confirmation: Option<&str>,
) -> CheckResult {
    let roles = [
        ("acceptance", "handlers.acceptance", acceptance),
        ("first_review", "handlers.first_review", first_review),
        ("confirmation", "handlers.confirmation", confirmation),
    ];
    let keys: Vec<(&str, &str, Option<String>, &str)> = roles
        .iter()
        .map(|(role, path, name)| {
            let typed = name.unwrap_or("").trim();
            let key = normalize_name(typed);
            (
                *role,
                *path,
                if key.is_empty() { None } else { Some(key) },
                typed,
            )
        })
        .collect();

    for (i, (role_a, _, key_a, typed_a)) in keys.iter().enumerate() {
        for (role_b, _, key_b, _) in keys.iter().skip(i + 1) {
            if let (Some(a), Some(b)) = (key_a, key_b) {
                if a == b {
                    let mut args = Args::new();
                    args.insert("role_a", (*role_a).to_owned());
                    args.insert("role_b", (*role_b).to_owned());
                    args.insert("name", (*typed_a).to_owned());
                    return CheckResult::new(
                        ID,
                        CheckStatus::Fail,
                        CheckReason::SeparationSamePerson,
                        args,
                        plan::YI,
                        &[plan::ER],
                    );
                }
            }
        }
    }

    let missing: Vec<&str> = keys
        .iter()
        .filter(|(_, _, key, _)| key.is_none())
        .map(|(_, path, _, _)| *path)
        .collect();
    if missing.is_empty() {
        CheckResult::new(
            ID,
            CheckStatus::Pass,
            CheckReason::SeparationDistinct,
            Args::new(),
            plan::YI,
            &[plan::ER],
        )
    } else {
        CheckResult::missing(ID, &missing, plan::YI)
    }
}

/// [`separation_of_duties`] with the clause of the case's category: §一 for 低保/低边, §二 for
/// 特困, both when the category is unknown.
///
/// For 临时救助 the check is not applicable: §三 does not repeat the sentence (its 审批 is by
/// the 街道 with no named steps), so the plan sets no separation of duties for it.
pub fn separation_for_kind(
    kind: Option<CaseKind>,
    acceptance: Option<&str>,
    first_review: Option<&str>,
    confirmation: Option<&str>,
) -> CheckResult {
    let (citation, supporting): (Citation, &[Citation]) = match kind {
        Some(CaseKind::Linshi) => {
            let mut args = Args::new();
            args.insert("category", "linshi".to_owned());
            return CheckResult::new(
                ID,
                CheckStatus::NotApplicable,
                CheckReason::SeparationNotRequired,
                args,
                plan::SAN,
                &[],
            );
        }
        Some(CaseKind::Dibao | CaseKind::Dibian) => (plan::YI, &[]),
        Some(CaseKind::Tekun) => (plan::ER, &[]),
        None => return separation_of_duties(acceptance, first_review, confirmation),
    };
    let mut result = separation_of_duties(acceptance, first_review, confirmation);
    result.citation = citation;
    result.supporting = supporting.to_vec();
    result
}
