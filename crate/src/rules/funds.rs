//! §八 资金使用管理.
//!
//! > 特困、低保、临时救助等救助资金由区民政局通过XX市利民补助"一键达"平台直接发放到救助对象市民卡，
//! > 资金支付以街道（乡镇）审核、审批为依据，民政部门不再进行线下审核。…临时救助资金要在审批后3个
//! > 工作日内发放到位，特困、低保等资金一般应在每月10日前发放到位。(§八)
//!
//! Monthly aid starts the month after approval (民发〔2021〕57号 [V]: 从作出确认同意决定之日下月起
//! 发放; 浙江省社会救助条例 第五十六条 [V]: 从批准的次月起计发). With the approval at the latest on
//! the decision limit, the first payment is due by the 10th of the month after it. "10日前" is a
//! day of the month, not a period: it is not moved for holidays.
//!
//! Not modelled: 容错免责 (an internal accountability rule) and the 预拨 by joint notice. The
//! 1万元 备用金 is a duty of the 街道's account, not a household fact: [`MIN_RESERVE`] is
//! checked at the counter by `clerk::funds`.

use crate::assessment::{Actor, PathId, Step, Unit};
use crate::calendar::{self, Reckoned};
use crate::citation::plan;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// §八: "临时救助资金要在审批后3个工作日内发放到位".
pub const LINSHI_PAYMENT_WORKING_DAYS: u32 = 3;
/// §八: "特困、低保等资金一般应在每月10日前发放到位". A day of the month, not a period.
pub const MONTHLY_PAYMENT_DAY: u32 = 10;
/// §八: "临时救助资金账户应至少备有1万元备用金" (10,000 元).
pub const MIN_RESERVE: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);

/// First monthly payment: by day [`MONTHLY_PAYMENT_DAY`] of the month after the latest decision
/// date.
pub fn first_monthly_payment(paths: &[PathId], latest_decision: &Reckoned) -> Option<Step> {
    if paths.is_empty() {
        return None;
    }
    let next = super::procedure::next_month_start(latest_decision.date)?;
    let mut step = Step::new(
        "first_payment_by",
        paths,
        Actor::CivilAffairsBureau,
        plan::BA,
    );
    step.date = NaiveDate::from_ymd_opt(next.year(), next.month(), MONTHLY_PAYMENT_DAY);
    step.estimated = latest_decision.is_estimated();
    Some(step.arg("day", MONTHLY_PAYMENT_DAY))
}

/// 临时救助: [`LINSHI_PAYMENT_WORKING_DAYS`] after the latest approval date.
pub fn linshi_payment(paths: &[PathId], approval: &Reckoned) -> Option<Step> {
    if paths.is_empty() {
        return None;
    }
    let r = calendar::add_workdays(approval.date, LINSHI_PAYMENT_WORKING_DAYS);
    let mut step = Step::new(
        "linshi_payment_by",
        paths,
        Actor::CivilAffairsBureau,
        plan::BA,
    )
    .on(&r)
    .limit(LINSHI_PAYMENT_WORKING_DAYS, Unit::WorkingDays)
    .arg("days", LINSHI_PAYMENT_WORKING_DAYS);
    step.estimated |= approval.is_estimated();
    Some(step)
}
