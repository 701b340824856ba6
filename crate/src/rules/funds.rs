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
//! Not modelled: 容错免责 (an internal accountability rule), the 预拨 by joint notice, and the
//! 1万元 备用金 (a duty of the 街道's account, shown as a detail of 一事一议's emergency aid).

use crate::assessment::{Actor, PathId, Step, Unit};
use crate::calendar::{self, Reckoned};
use crate::citation::plan;
use chrono::{Datelike, NaiveDate};

/// First monthly payment: by the 10th of the month after the latest decision date.
pub fn first_monthly_payment(paths: &[PathId], latest_decision: &Reckoned) -> Option<Step> {
    if paths.is_empty() {
        return None;
    }
    let next = super::dibao::next_month_start(latest_decision.date)?;
    let mut step = Step::new(
        "first_payment_by",
        paths,
        Actor::CivilAffairsBureau,
        plan::BA,
    );
    step.date = NaiveDate::from_ymd_opt(next.year(), next.month(), 10);
    step.estimated = latest_decision.is_estimated();
    Some(step)
}

/// 临时救助: "临时救助资金要在审批后3个工作日内发放到位", counted from the latest approval date.
pub fn linshi_payment(paths: &[PathId], approval: &Reckoned) -> Option<Step> {
    if paths.is_empty() {
        return None;
    }
    let r = calendar::add_workdays(approval.date, 3);
    let mut step = Step::new(
        "linshi_payment_by",
        paths,
        Actor::CivilAffairsBureau,
        plan::BA,
    )
    .on(&r)
    .limit(3, Unit::WorkingDays);
    step.estimated |= approval.is_estimated();
    Some(step)
}
