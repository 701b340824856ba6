//! §三 临时救助: 急难型 and 支出型.
//!
//! > 临时救助审批权限不再分段实施，审批权由街道（乡镇）负责，审批时限不超过15个工作日。将临时救助
//! > 分为急难型临时救助和支出型临时救助。实施急难型临时救助，可实行"小金额先行救助"，事后补充说明
//! > 情况；实施支出型临时救助，按照审核审批程序办理。采取"跟进救助""一次审批、分阶段救助"等方式，
//! > 增强救助时效性。必要时，可采用街道（乡镇）"一事一议"的方式解决救助问题。(§三)
//!
//! Caps: 浙江省社会救助条例 第三十九–四十条 [V]: one-off aid up to 6 × the 低保 standard per
//! person, at most 12 ×.
//!
//! "区民政局…每月抽查比例一般不低于新增对象总数的20%" is supervision of the 街道, not a household
//! fact: [`SAMPLING_PERCENT`] is checked at the counter by `clerk::sampling`.

use super::{bare_cond, money, quoting_cond};
use super::{conditions, reasons};
use crate::assessment::{Actor, CondStatus, Condition, Path, PathId, Reason, Step, Unit};
use crate::calendar;
use crate::citation::{plan, Citation, Verification};
use crate::params::Resolved;
use crate::situation::Situation;

conditions! {
    SUDDEN_EMERGENCY = ("sudden_emergency", "遭遇突发急难事件", "A sudden emergency") on "events";
    CANNOT_RESOLVE_ALONE = ("cannot_resolve_alone", "靠自身和家庭无力解决", "The household cannot resolve it alone") on "events";
    RIGID_EXPENDITURE = ("rigid_expenditure", "有刚性支出", "An essential (rigid) expenditure") on "events";
}

reasons! {
    cannot_resolve_alone = ("靠自身和家庭无力解决", "The household cannot resolve it alone");
    can_resolve_alone = ("家庭可以自行解决", "The household can resolve it");
    resolve_alone_unknown = ("是否靠自身和家庭无力解决尚不清楚", "Not yet known whether the household can resolve it alone");
    no_emergency = ("未遭遇突发急难事件", "No sudden emergency");
    expenditure_given = ("{kind}刚性支出 {amount} 元", "Essential {kind} expenditure of {amount} yuan");
    expenditure_given_no_amount = ("{kind}刚性支出（金额未填）", "Essential {kind} expenditure (amount not given)");
    no_expenditure = ("没有刚性支出", "No essential expenditure");
    small_amount_first = ("可实行“小金额先行救助”", "A small amount can be paid first");
    follow_up_aid = ("情况仍在持续，可采取“跟进救助”", "The situation continues: follow-up aid");
    normal_procedure = ("按照审核审批程序办理", "Handled by the normal review and approval procedure");
    staged_aid = ("支出持续发生，可“一次审批、分阶段救助”", "Spending continues: one approval, aid in stages");
}

/// §三: "审批权由街道（乡镇）负责，审批时限不超过15个工作日". No extension is provided.
pub const APPROVAL_WORKING_DAYS: u32 = 15;

/// §三: "区民政局要加强督查指导，经常性对办理情况开展随机抽查，每月抽查比例一般不低于新增对象总数的
/// 20%".
pub const SAMPLING_PERCENT: u32 = 20;

/// 浙江省社会救助条例 第三十九–四十条 (amounts of 临时救助).
pub const ZJ_39_40: Citation =
    Citation::doc("浙江省社会救助条例 第三十九–四十条", Verification::Verified);
/// 民发〔2018〕23号 (急难型: 直接予以救助，事后补齐手续), as reported.
pub const MINFA_2018_23: Citation = Citation::doc("民发〔2018〕23号", Verification::Secondary);

/// "靠自身和家庭无力解决" — shared by §三 and §四.
pub fn cannot_resolve_alone(s: &Situation, citation: Citation) -> Condition {
    let (st, code) = match s.cannot_resolve_alone {
        Some(true) => (CondStatus::Met, "cannot_resolve_alone"),
        Some(false) => (CondStatus::NotMet, "can_resolve_alone"),
        None => (CondStatus::Unknown, "resolve_alone_unknown"),
    };
    bare_cond(&CANNOT_RESOLVE_ALONE, st, code, citation)
}

/// A 临时救助 path: its own condition and 靠自身和家庭无力解决. When it is open it carries its
/// notes (the last only while the need goes on) and the caps.
fn linshi_path(
    id: PathId,
    own: Condition,
    (notes, while_ongoing): (&[&'static str], Option<&'static str>),
    s: &Situation,
    p: &Resolved,
) -> Path {
    let mut path = Path::new(id, plan::SAN, vec![own, cannot_resolve_alone(s, plan::SAN)]);
    if path.open() {
        for note in notes.iter().chain(&while_ongoing) {
            path.notes.push(Reason::bare(note));
        }
        caps(&mut path, s, p);
    }
    path
}

fn caps(path: &mut Path, s: &Situation, p: &Resolved) {
    if let (Some(std), Some(m1), Some(m2)) = (
        p.decimal("dibao_standard"),
        p.decimal("linshi_cap_multiple"),
        p.decimal("linshi_cap_max_multiple"),
    ) {
        let n = rust_decimal::Decimal::from(s.household.len());
        path.details.insert("cap_per_person", money(std * m1));
        path.details.insert("cap_household", money(std * m1 * n));
        path.details.insert("cap_max_per_person", money(std * m2));
    }
}

/// 急难型: "实施急难型临时救助，可实行'小金额先行救助'，事后补充说明情况" (§三).
pub fn jinan(s: &Situation, p: &Resolved) -> Path {
    let event = match s.emergency {
        Some(e) => {
            let a = [("kind", e.kind.code().to_string())];
            quoting_cond(
                &SUDDEN_EMERGENCY,
                CondStatus::Met,
                "emergency_given",
                &a,
                plan::SAN,
            )
        }
        None => bare_cond(
            &SUDDEN_EMERGENCY,
            CondStatus::NotMet,
            "no_emergency",
            plan::SAN,
        ),
    };
    let notes = ["small_amount_first", "explain_afterwards"];
    let ongoing = s.emergency.and_then(|e| e.ongoing) == Some(true);
    let follow_up = ongoing.then_some("follow_up_aid");
    linshi_path(PathId::LinshiJinan, event, (&notes, follow_up), s, p)
}

/// 支出型: "实施支出型临时救助，按照审核审批程序办理" (§三); for spending the household cannot bear.
pub fn zhichu(s: &Situation, p: &Resolved) -> Path {
    let spend = match s.expenditure {
        Some(e) if e.amount.is_none_or(|a| !a.is_zero()) => {
            let mut a = vec![("kind", e.kind.code().to_string())];
            if let Some(amount) = e.amount {
                a.push(("amount", money(amount)));
            }
            // Without an amount the words must not show an empty `{amount}`.
            let code = if e.amount.is_some() {
                "expenditure_given"
            } else {
                "expenditure_given_no_amount"
            };
            quoting_cond(&RIGID_EXPENDITURE, CondStatus::Met, code, &a, plan::SAN)
        }
        _ => bare_cond(
            &RIGID_EXPENDITURE,
            CondStatus::NotMet,
            "no_expenditure",
            plan::SAN,
        ),
    };
    let ongoing = s.expenditure.and_then(|e| e.ongoing) == Some(true);
    let staged = ongoing.then_some("staged_aid");
    linshi_path(
        PathId::LinshiZhichu,
        spend,
        (&["normal_procedure"], staged),
        s,
        p,
    )
}

/// [`APPROVAL_WORKING_DAYS`] (§三), counted from the day after acceptance.
pub fn approval_limit(s: &Situation) -> calendar::Reckoned {
    calendar::add_workdays(s.accepted_on, APPROVAL_WORKING_DAYS)
}

/// The §三 approval step for the open 临时救助 paths.
pub fn steps(s: &Situation, open: &[PathId]) -> Vec<Step> {
    if open.is_empty() {
        return Vec::new();
    }
    vec![
        Step::new("linshi_approval_limit", open, Actor::Street, plan::SAN)
            .on(&approval_limit(s))
            .limit(APPROVAL_WORKING_DAYS, Unit::WorkingDays)
            .arg("days", APPROVAL_WORKING_DAYS),
    ]
}
