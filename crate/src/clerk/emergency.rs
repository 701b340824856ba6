//! §四.emergency: 先行救助 in an emergency: the cap, the hours until the aid is in place, the
//! filing with 区民政局 and the paperwork after the emergency. The plan's sentence and its numbers
//! are in `rules::yishiyiyi` ([`EMERGENCY_CAP`], [`EMERGENCY_AID_HOURS`], [`PAPERWORK_DAYS`]).
//!
//! Not modelled: whether the case is 特别紧急 (a judgement), and "资金从……临时救助备用金支出"
//! (which account paid; the reserve's size is checked under §八).

use super::input::EmergencyAidInput;
use super::messages::{Args, CheckReason};
use super::{by_deadline, verdict, CheckResult};
use crate::calendar;
use crate::citation::{law, plan};
use crate::rules::yishiyiyi::{
    EMERGENCY_AID_FROM, EMERGENCY_AID_HOURS, EMERGENCY_CAP, PAPERWORK_DAYS,
};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use rust_decimal::Decimal;

/// The four checks of §四.emergency.
pub fn emergency_checks(e: &EmergencyAidInput, today: Option<NaiveDate>) -> Vec<CheckResult> {
    vec![
        amount(e.amount),
        within_24_hours(e.accepted_at, e.aid_at),
        reported(e.reported_to_district),
        paperwork(e.ended_on, e.paperwork_done, today),
    ]
}

/// At most [`EMERGENCY_CAP`] 元 ("最高不超过"), compared exactly in Decimal: the cap passes,
/// one fen more fails.
pub fn amount(amount: Option<Decimal>) -> CheckResult {
    const ID: &str = "emergency.amount";
    let Some(amount) = amount else {
        return CheckResult::missing(ID, &["emergency.amount"], plan::SI_EMERGENCY);
    };
    let within = amount <= EMERGENCY_CAP;
    CheckResult::bounded(
        ID,
        ("amount", amount.to_string()),
        ("max", EMERGENCY_CAP.to_string()),
        verdict(within, CheckReason::AmountWithin, CheckReason::AmountOver),
        plan::SI_EMERGENCY,
    )
}

/// "确保救助措施在…小时内到位": the time from the moment the 街道 learned of the case (受理,
/// [`EMERGENCY_AID_FROM`], the same reading as the resident's result) to the aid being in place is
/// at most [`EMERGENCY_AID_HOURS`] ("内" includes the bound, as 以内 does; 民法典 第一千二百五十九条,
/// recalled, not verified). When the emergency happened does not move the clock: an emergency
/// reported late is not late aid.
pub fn within_24_hours(
    accepted_at: Option<NaiveDateTime>,
    aid_at: Option<NaiveDateTime>,
) -> CheckResult {
    const ID: &str = "emergency.within_24h";
    let (Some(accepted_at), Some(aid_at)) = (accepted_at, aid_at) else {
        let given = [
            ("emergency.accepted_at", accepted_at.is_some()),
            ("emergency.aid_at", aid_at.is_some()),
        ];
        return CheckResult::missing_of(ID, &given, plan::SI_EMERGENCY);
    };
    let elapsed = aid_at - accepted_at;
    let minutes = elapsed.num_minutes();
    let mut args = Args::new();
    args.insert("hours", (minutes / 60).to_string());
    args.insert("minutes", (minutes % 60).to_string());
    args.insert("max_hours", EMERGENCY_AID_HOURS.to_string());
    args.insert("from", EMERGENCY_AID_FROM.to_owned());
    // Written field by field, not with `format("%Y-%m-%d %H:%M:%S")`: chrono's strftime
    // machinery (and the Unicode lower-case table it reaches) costs the page's wasm about 10 KB
    // gzip. The date's Display is YYYY-MM-DD, as %Y-%m-%d.
    args.insert(
        "accepted_at",
        format!(
            "{} {:02}:{:02}:{:02}",
            accepted_at.date(),
            accepted_at.hour(),
            accepted_at.minute(),
            accepted_at.second()
        ),
    );
    // Seconds count: one second past the limit is over, even though it shows as the limit's
    // hours and 0 min.
    let within = elapsed <= chrono::Duration::hours(i64::from(EMERGENCY_AID_HOURS));
    let (status, reason) = verdict(within, CheckReason::AidWithin24h, CheckReason::AidLate);
    CheckResult::new(ID, status, reason, args, plan::SI_EMERGENCY, &[])
}

/// "同时向区民政局备案".
pub fn reported(reported: Option<bool>) -> CheckResult {
    const ID: &str = "emergency.reported";
    let reasons = (
        CheckReason::ReportedToDistrict,
        CheckReason::NotReportedToDistrict,
    );
    let field = "emergency.reported_to_district";
    CheckResult::answered(ID, reported, field, reasons, plan::SI_EMERGENCY)
}

/// "待紧急情况解除后，在一周内补齐相关手续": a period for someone to act, so its last day is
/// `ended_on + PAPERWORK_DAYS` (the day the emergency ended does not count, 民法典 第二百零一条), moved to the
/// next working day when it falls on a day off (民法典 第二百零三条): [`calendar::act_deadline`].
pub fn paperwork(
    ended_on: Option<NaiveDate>,
    done: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = "emergency.paperwork";
    let Some(ended_on) = ended_on else {
        return CheckResult::missing(ID, &["emergency.ended_on"], plan::SI_EMERGENCY);
    };
    let limit = calendar::act_deadline(ended_on, PAPERWORK_DAYS);
    by_deadline(
        ID,
        limit,
        done,
        today,
        plan::SI_EMERGENCY,
        &[law::CIVIL_CODE_201, law::CIVIL_CODE_203],
    )
}
