//! §八: when money must be paid, and the 街道's reserve.
//!
//! > 各街道（乡镇）要确保社会救助资金保障充足，临时救助资金账户应至少备有1万元备用金。临时救助资金要在
//! > 审批后3个工作日内发放到位，特困、低保等资金一般应在每月10日前发放到位。
//!
//! Not modelled: the payment channel (一键达 platform, 市民卡, 预拨) and 容错免责, which say how
//! money moves and who is excused, not a limit a clerk can check.

use super::input::FundsInput;
use super::messages::{Args, CheckReason};
use super::{by_deadline, CheckResult, CheckStatus};
use crate::calendar::{self, Reckoned};
use crate::citation::{law, plan};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// "临时救助资金要在审批后3个工作日内发放到位".
pub const TEMPORARY_PAYMENT_WORKDAYS: u32 = 3;
/// "特困、低保等资金一般应在每月10日前发放到位".
pub const MONTHLY_PAYMENT_DAY: u32 = 10;
/// "临时救助资金账户应至少备有1万元备用金".
pub const MIN_RESERVE: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// The three checks of §八.
pub fn fund_checks(f: &FundsInput, today: Option<NaiveDate>) -> Vec<CheckResult> {
    vec![
        temporary_payment(f.temporary_approved, f.temporary_paid, today),
        monthly_payment(f.monthly_month, f.monthly_paid, today),
        reserve(f.reserve_balance),
    ]
}

/// "临时救助资金要在审批后3个工作日内发放到位": the 3rd working day after approval (approval day
/// not counted, 民法典 第二百零一条); payment on that day is in time.
pub fn temporary_payment(
    approved: Option<NaiveDate>,
    paid: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = "funds.temporary_payment";
    let Some(approved) = approved else {
        return CheckResult::missing(ID, &["funds.temporary_approved"], plan::BA);
    };
    let limit = calendar::add_workdays(approved, TEMPORARY_PAYMENT_WORKDAYS);
    by_deadline(
        ID,
        limit,
        paid,
        today,
        plan::BA,
        &[law::ADMIN_LICENSING_82, law::CIVIL_CODE_201],
    )
}

/// "特困、低保等资金一般应在每月10日前发放到位".
///
/// Decision: a payment on the 10th itself is in time. "10日前发放到位" is read as "到位 no later
/// than the 10th", the usual meaning of "X日前" in notices that set a day by which something is to
/// be done; the plan does not say "10日之前（不含10日）". This is an interpretation: the plan's
/// words do not settle it, and the civil code's rule on which words include the bound (民法典
/// 第一千二百五十九条: 以上、以下、以内、届满 include it) does not list "前".
///
/// The 10th is a fixed date of the month, not the end of a period counted from an event, so it is
/// not moved when it falls on a day off (民法典 第二百零三条 speaks of 期间的最后一日); "一般"
/// leaves the district that room. `month` is any day of the payment month (its first day from the
/// form).
pub fn monthly_payment(
    month: Option<NaiveDate>,
    paid: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = "funds.monthly_payment";
    let Some(month) = month else {
        return CheckResult::missing(ID, &["funds.monthly_month"], plan::BA);
    };
    let Some(due) = NaiveDate::from_ymd_opt(month.year(), month.month(), MONTHLY_PAYMENT_DAY)
    else {
        return CheckResult::missing(ID, &["funds.monthly_month"], plan::BA);
    };
    // A fixed day of the month: nothing is counted, so nothing is estimated and no counting
    // rule applies.
    let limit = Reckoned {
        date: due,
        estimated_years: Vec::new(),
        holidays_crossed: Vec::new(),
        basis: &[],
    };
    by_deadline(ID, limit, paid, today, plan::BA, &[])
}

/// "临时救助资金账户应至少备有1万元备用金": at least 10,000 元 (至少 includes the bound).
pub fn reserve(balance: Option<Decimal>) -> CheckResult {
    const ID: &str = "funds.reserve";
    let Some(balance) = balance else {
        return CheckResult::missing(ID, &["funds.reserve_balance"], plan::BA);
    };
    let mut args = Args::new();
    args.insert("balance", balance.to_string());
    args.insert("min", MIN_RESERVE.to_string());
    let (status, reason) = if balance >= MIN_RESERVE {
        (CheckStatus::Pass, CheckReason::ReserveEnough)
    } else {
        (CheckStatus::Fail, CheckReason::ReserveShort)
    };
    CheckResult::new(ID, status, reason, args, plan::BA, &[])
}
