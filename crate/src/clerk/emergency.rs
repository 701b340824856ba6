//! §四.emergency: 先行救助 in an emergency.
//!
//! > 对情况特别紧急，需立即采取措施，否则会造成无法挽回的损失或严重后果的，街道（乡镇）应先行救助，
//! > 并根据实际情况确定救助金额，最高不超过5000元，资金从街道（乡镇）临时救助备用金支出，确保救助措施
//! > 在24小时内到位，同时向区民政局备案。待紧急情况解除后，在一周内补齐相关手续。
//!
//! Not modelled: whether the case is 特别紧急 (a judgement), and "资金从……临时救助备用金支出"
//! (which account paid; the reserve's size is checked under §八).

use super::input::EmergencyAidInput;
use super::messages::{Args, CheckReason};
use super::{by_deadline, CheckResult, CheckStatus};
use crate::calendar;
use crate::citation::{law, plan};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

/// "最高不超过5000元": 5,000.00 元 passes, 5,000.01 元 fails.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);
/// "确保救助措施在24小时内到位", in minutes: exactly 24 hours is still "内".
pub const MAX_MINUTES: i64 = 24 * 60;
/// "待紧急情况解除后，在一周内补齐相关手续": one week is 7 calendar days.
pub const PAPERWORK_DAYS: u32 = 7;

/// The four checks of §四.emergency.
pub fn emergency_checks(e: &EmergencyAidInput, today: Option<NaiveDate>) -> Vec<CheckResult> {
    vec![
        amount(e.amount),
        within_24_hours(e.occurred_at, e.aid_at),
        reported(e.reported_to_district),
        paperwork(e.ended_on, e.paperwork_done, today),
    ]
}

/// "根据实际情况确定救助金额，最高不超过5000元": at most 5,000 元, compared exactly in Decimal.
pub fn amount(amount: Option<Decimal>) -> CheckResult {
    const ID: &str = "emergency.amount";
    let Some(amount) = amount else {
        return CheckResult::missing(ID, &["emergency.amount"], plan::SI_EMERGENCY);
    };
    let mut args = Args::new();
    args.insert("amount", amount.to_string());
    args.insert("max", MAX_AMOUNT.to_string());
    let (status, reason) = if amount <= MAX_AMOUNT {
        (CheckStatus::Pass, CheckReason::AmountWithin)
    } else {
        (CheckStatus::Fail, CheckReason::AmountOver)
    };
    CheckResult::new(ID, status, reason, args, plan::SI_EMERGENCY, &[])
}

/// "确保救助措施在24小时内到位": the time from the emergency to the aid being in place is at most
/// 24 hours ("内" includes the bound, as 以内 does; 民法典 第一千二百五十九条 [recalled, not in
/// the project's background notes]).
pub fn within_24_hours(
    occurred_at: Option<NaiveDateTime>,
    aid_at: Option<NaiveDateTime>,
) -> CheckResult {
    const ID: &str = "emergency.within_24h";
    let (Some(occurred_at), Some(aid_at)) = (occurred_at, aid_at) else {
        let mut missing = Vec::new();
        if occurred_at.is_none() {
            missing.push("emergency.occurred_at");
        }
        if aid_at.is_none() {
            missing.push("emergency.aid_at");
        }
        return CheckResult::missing(ID, &missing, plan::SI_EMERGENCY);
    };
    let elapsed = aid_at - occurred_at;
    let minutes = elapsed.num_minutes();
    let mut args = Args::new();
    args.insert("hours", (minutes / 60).to_string());
    args.insert("minutes", (minutes % 60).to_string());
    // Seconds count: 24:00:01 is over, even though it shows as 24 h 0 min.
    let (status, reason) = if elapsed <= chrono::Duration::minutes(MAX_MINUTES) {
        (CheckStatus::Pass, CheckReason::AidWithin24h)
    } else {
        (CheckStatus::Fail, CheckReason::AidLate)
    };
    CheckResult::new(ID, status, reason, args, plan::SI_EMERGENCY, &[])
}

/// "同时向区民政局备案".
pub fn reported(reported: Option<bool>) -> CheckResult {
    const ID: &str = "emergency.reported";
    match reported {
        Some(true) => CheckResult::new(
            ID,
            CheckStatus::Pass,
            CheckReason::ReportedToDistrict,
            Args::new(),
            plan::SI_EMERGENCY,
            &[],
        ),
        Some(false) => CheckResult::new(
            ID,
            CheckStatus::Fail,
            CheckReason::NotReportedToDistrict,
            Args::new(),
            plan::SI_EMERGENCY,
            &[],
        ),
        None => CheckResult::missing(ID, &["emergency.reported_to_district"], plan::SI_EMERGENCY),
    }
}

/// "待紧急情况解除后，在一周内补齐相关手续": a period for someone to act, so its last day is
/// `ended_on + 7` (the day the emergency ended does not count, 民法典 第二百零一条), moved to the
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
