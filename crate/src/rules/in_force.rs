//! §施行: "本方案自2022年7月1日起施行，之前规定与本方案不一致的，以本方案为准。上级文件另有规定
//! 的，按照上级文件执行。"
//!
//! The acceptance date decides: an application accepted before 2022-07-01 is handled under the
//! earlier rules, so the plan's procedure (limits, delegated decisions, documents) does not apply.
//! Eligibility itself comes from the national and provincial rules and is still shown.
//!
//! Not modelled: "上级文件另有规定的，按照上级文件执行" needs the higher documents' text of the
//! day; the warnings name the plan as a pre-check only.

use crate::assessment::InForce;
use chrono::NaiveDate;

/// The day the plan took effect.
pub fn since() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 7, 1).unwrap_or_default()
}

/// The clauses that change the procedure for a household and so would not apply before.
pub const PROCEDURAL: &[&str] = &[
    "§一", "§二", "§三", "§四", "§五", "§六", "§七", "§八", "§九",
];

/// Whether the plan applies to an application accepted on `accepted_on` ("自2022年7月1日起施行":
/// the first day counts).
pub fn check(accepted_on: NaiveDate) -> InForce {
    let since = since();
    let in_force = accepted_on >= since;
    InForce {
        in_force,
        since,
        not_applicable: if in_force {
            Vec::new()
        } else {
            PROCEDURAL.to_vec()
        },
    }
}
