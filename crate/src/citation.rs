//! Where a rule comes from.
//!
//! Every condition, document entry and timeline step carries a [`Citation`], so that the page and
//! the CLI can show the plan's own words (see `data/clauses.json`) or name the national or
//! provincial document behind a fact, with how well that fact is verified.

use serde::Serialize;

/// How well a cited fact is verified, as labelled on the sources page (`docs/sources.md`).
///
/// `Plan` is the district plan itself, quoted exactly. The other three follow the labels of the
/// sources page and must stay visible wherever the fact decides an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verification {
    /// The district plan (《XX区关于进一步完善社会救助管理工作的实施方案》), the primary source.
    Plan,
    /// [V]: a source quotes the text.
    Verified,
    /// [P]: a secondary source backs it.
    Secondary,
    /// [R]: recalled, no source found; a default that local data may change.
    Recalled,
}

/// A reference to the clause or document a rule implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Stable identifier: `§一` … `§十`, `§四.3`, `§四.emergency`, `§施行`, or a document and
    /// article such as `民发〔2021〕43号 第十三条`.
    pub id: &'static str,
    /// How well the cited text is verified.
    pub verification: Verification,
}

impl Citation {
    /// A clause of the district plan.
    pub const fn plan(id: &'static str) -> Self {
        Citation {
            id,
            verification: Verification::Plan,
        }
    }
    /// A national or provincial document, with its verification label.
    pub const fn doc(id: &'static str, verification: Verification) -> Self {
        Citation { id, verification }
    }
}

/// The plan's clauses, one constant each, so that a typo in a clause id is a compile error.
pub mod plan {
    use super::Citation;
    /// 序言.
    pub const XU: Citation = Citation::plan("§序");
    /// 一、低保、低边审核确认权限下放至街道（乡镇）.
    pub const YI: Citation = Citation::plan("§一");
    /// 二、特困人员救助供养审核确认权限下放.
    pub const ER: Citation = Citation::plan("§二");
    /// 三、临时救助审批权限完全下放.
    pub const SAN: Citation = Citation::plan("§三");
    /// 四、完善"一事一议"机制 (the conditions paragraph).
    pub const SI: Citation = Citation::plan("§四");
    /// 四.1 申请受理.
    pub const SI_1: Citation = Citation::plan("§四.1");
    /// 四.2 家庭经济状况核对和入户调查.
    pub const SI_2: Citation = Citation::plan("§四.2");
    /// 四.3 组织民主评议.
    pub const SI_3: Citation = Citation::plan("§四.3");
    /// 四.4 审核.
    pub const SI_4: Citation = Citation::plan("§四.4");
    /// 四.5 集体讨论研究.
    pub const SI_5: Citation = Citation::plan("§四.5");
    /// 四.6 公示.
    pub const SI_6: Citation = Citation::plan("§四.6");
    /// 四.7 审核确认或审批.
    pub const SI_7: Citation = Citation::plan("§四.7");
    /// 四.8 备案.
    pub const SI_8: Citation = Citation::plan("§四.8");
    /// 四, the emergency paragraph (先行救助).
    pub const SI_EMERGENCY: Citation = Citation::plan("§四.emergency");
    /// 四, the review paragraph (每年复核不少于2次).
    pub const SI_REVIEW: Citation = Citation::plan("§四.review");
    /// 五、社会救助一件事集成化改革.
    pub const WU: Citation = Citation::plan("§五");
    /// 六、困难学生资助认定管理机制.
    pub const LIU: Citation = Citation::plan("§六");
    /// 七、规范特困人员救助供养管理.
    pub const QI: Citation = Citation::plan("§七");
    /// 八、明确资金使用管理.
    pub const BA: Citation = Citation::plan("§八");
    /// 九、规范救助对象身份证明材料使用.
    pub const JIU: Citation = Citation::plan("§九");
    /// 十、完善社会救助工作机制.
    pub const SHI: Citation = Citation::plan("§十");
    /// 施行 (in force from 2022-07-01).
    pub const SHIXING: Citation = Citation::plan("§施行");
}

/// Rules outside the plan that decide how periods are counted.
pub mod law {
    use super::{Citation, Verification::Verified};
    /// 民法典 第二百零一条: the starting day does not count.
    pub const CIVIL_CODE_201: Citation = Citation::doc("民法典 第二百零一条", Verified);
    /// 民法典 第二百零三条: a deadline falling on a holiday moves to the next working day.
    pub const CIVIL_CODE_203: Citation = Citation::doc("民法典 第二百零三条", Verified);
    /// 行政许可法 第八十二条: limits in working days exclude statutory holidays.
    pub const ADMIN_LICENSING_82: Citation = Citation::doc("行政许可法 第八十二条", Verified);
}
