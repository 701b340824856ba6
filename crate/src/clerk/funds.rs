//! §八: when money must be paid, and the 街道's reserve. The plan's sentences and numbers are in
//! `rules::funds` ([`TEMPORARY_PAYMENT_WORKDAYS`], [`MONTHLY_PAYMENT_DAY`], [`MIN_RESERVE`]).
//!
//! Not modelled: the payment channel (一键达 platform, 市民卡, 预拨) and 容错免责, which say how
//! money moves and who is excused, not a limit a clerk can check.

use super::deadline::CaseKind;
use super::input::FundsInput;
use super::messages::CheckReason;
use super::{by_deadline, verdict, workdays_after, CheckResult};
use crate::calendar::Reckoned;
use crate::citation::plan;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::rules::funds::{
    LINSHI_PAYMENT_WORKING_DAYS as TEMPORARY_PAYMENT_WORKDAYS, MIN_RESERVE, MONTHLY_PAYMENT_DAY,
};

/// The three checks of §八, each 不适用 when the case does not use it.
///
/// The payments count from the decision: a 临时救助 case's decision date (`decided`, 审批) is its
/// approval date unless `funds.temporary_approved` gives one; a 低保 or 特困 case's first monthly
/// payment is due by day [`MONTHLY_PAYMENT_DAY`] of the month after the decision (monthly aid
/// starts the month after approval, see `rules::funds`) unless `funds.monthly_month` names the
/// month. 低边 is left out: §八 names 特困、低保 for the monthly payment, and 低边 has none of its
/// own. The reserve is the 街道's account, checked only when its balance is entered.
pub fn fund_checks(
    f: &FundsInput,
    kind: Option<CaseKind>,
    decided: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> Vec<CheckResult> {
    let from_decision = |k: &[CaseKind]| decided.filter(|_| kind.is_some_and(|x| k.contains(&x)));
    let approved = f.temporary_approved.or(from_decision(&[CaseKind::Linshi]));
    let temporary = match (approved, f.temporary_paid) {
        (None, None) => CheckResult::not_in_case(TEMPORARY_ID, plan::BA),
        _ => temporary_payment(approved, f.temporary_paid, today),
    };
    let month = f
        .monthly_month
        .or(from_decision(&[CaseKind::Dibao, CaseKind::Tekun])
            .and_then(crate::rules::procedure::next_month_start));
    let monthly = match (month, f.monthly_paid) {
        (None, None) => CheckResult::not_in_case(MONTHLY_ID, plan::BA),
        _ => monthly_payment(month, f.monthly_paid, today),
    };
    let reserve = match f.reserve_balance {
        None => CheckResult::not_in_case(RESERVE_ID, plan::BA),
        b => reserve(b),
    };
    vec![temporary, monthly, reserve]
}

const TEMPORARY_ID: &str = "funds.temporary_payment";
const MONTHLY_ID: &str = "funds.monthly_payment";
const RESERVE_ID: &str = "funds.reserve";

/// 临时救助 paid within [`TEMPORARY_PAYMENT_WORKDAYS`] working days of approval: that working day
/// after approval (approval day not counted, 民法典 第二百零一条); payment on that day is in time.
pub fn temporary_payment(
    approved: Option<NaiveDate>,
    paid: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = TEMPORARY_ID;
    let start = ("funds.temporary_approved", approved);
    workdays_after(
        ID,
        start,
        TEMPORARY_PAYMENT_WORKDAYS,
        (paid, today),
        plan::BA,
    )
}

/// 特困、低保 paid "一般应在每月[`MONTHLY_PAYMENT_DAY`]日前".
///
/// Decision: a payment on that day itself is in time. "X日前发放到位" is read as "到位 no later
/// than day X", the usual meaning of "X日前" in notices that set a day by which something is to
/// be done; the plan does not say "X日之前（不含X日）". This is an interpretation: the plan's
/// words do not settle it, and the civil code's rule on which words include the bound (民法典
/// 第一千二百五十九条: 以上、以下、以内、届满 include it) does not list "前".
///
/// Day X is a fixed date of the month, not the end of a period counted from an event, so it is
/// not moved when it falls on a day off (民法典 第二百零三条 speaks of 期间的最后一日); "一般"
/// leaves the district that room. `month` is any day of the payment month (its first day from the
/// form).
pub fn monthly_payment(
    month: Option<NaiveDate>,
    paid: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = MONTHLY_ID;
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

/// The reserve: at least [`MIN_RESERVE`] 元 (至少 includes the bound).
pub fn reserve(balance: Option<Decimal>) -> CheckResult {
    const ID: &str = RESERVE_ID;
    let Some(balance) = balance else {
        return CheckResult::missing(ID, &["funds.reserve_balance"], plan::BA);
    };
    let enough = balance >= MIN_RESERVE;
    CheckResult::bounded(
        ID,
        ("balance", balance.to_string()),
        ("min", MIN_RESERVE.to_string()),
        verdict(
            enough,
            CheckReason::ReserveEnough,
            CheckReason::ReserveShort,
        ),
        plan::BA,
    )
}
