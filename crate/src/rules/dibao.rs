//! §一 低保 and 低边, and 单人户 inside a 低边 family.
//!
//! > 低保、低边资格审核确认由街道（乡镇）负责。…审核确认办理周期压缩到20个工作日，因XX省经济状况
//! > 核对系统核对时间超过15天的，可适当延长审核确认时间，但最长不超过30个工作日。(§一)
//!
//! The plan changes who decides and how fast; who qualifies comes from 民发〔2021〕57号 and
//! 浙江省社会救助条例 第十三条.
//!
//! Boundaries, decided once here:
//! - 低保: per-capita income strictly *below* the standard (57号 / 43号: 低于当地最低生活保障标准).
//!   Exactly at the standard is not 低保.
//! - 低边: per-capita income *at or above* the standard (it is not 低保) and *at or below*
//!   multiple × standard. 浙江省社会救助条例 第十三条 [V] says "一点五倍以下", and in Chinese
//!   statutes 以下 includes the number itself (民法典 第一千二百五十九条, recalled [R]). The
//!   report of 57号 [P] says 低于 (strictly below); the parameter `dibian_upper_inclusive`
//!   switches to that reading, and a warning is raised when a household sits exactly on the line.
//!
//! Not modelled: the exclusions from household income for 低保 that 民发〔2021〕57号 allows are
//! not among the project's verified sources, so every income line counts for 低保/低边 (only
//! the 特困 test excludes kinds, see `tekun`).
//! 57号's property rules are local: the situation says yes / no / unknown.

use super::procedure::DecisionLimits;
use super::{cond, fen, money};
use super::{conditions, reasons};
use crate::assessment::{CondStatus, Condition, Path, PathId, Reason};
use crate::citation::{plan, Citation, Verification};
use crate::params::Resolved;
use crate::situation::{DisabilityKind, Situation, Tri};
use rust_decimal::Decimal;

conditions! {
    INCOME_BELOW_STANDARD = ("income_below_standard", "家庭人均月收入低于低保标准", "Per-capita monthly income below the 低保 standard");
    PROPERTY_WITHIN_LIMITS = ("property_within_limits", "财产状况符合当地规定", "Property within the local limits");
    INCOME_AT_OR_ABOVE_STANDARD = ("income_at_or_above_standard", "人均月收入不低于低保标准（不属于低保）", "Per-capita income at or above the 低保 standard (not 低保)");
    INCOME_WITHIN_MULTIPLE = ("income_within_multiple", "人均月收入在低保标准规定倍数以内", "Per-capita income within the multiple of the 低保 standard");
    HOUSEHOLD_IS_DIBIAN = ("household_is_dibian", "家庭属于低保边缘家庭", "The household is a 低边 household");
    MEMBER_SINGLE_PERSON_CASE = ("member_single_person_case", "有可单独纳入低保的成员", "A member who may be covered alone");
}

reasons! {
    income_unknown = ("尚缺以下成员的收入：{members}", "Income not given for: {members}");
    below_standard = ("人均月收入 {per_capita_income} 元，比低保标准 {standard} 元低 {gap} 元", "Per-capita monthly income {per_capita_income} yuan is {gap} yuan below the 低保 standard {standard} yuan");
    not_below_standard = ("人均月收入 {per_capita_income} 元，高于或等于低保标准 {standard} 元（超出 {gap} 元）", "Per-capita monthly income {per_capita_income} yuan is not below the 低保 standard {standard} yuan ({gap} yuan above)");
    property_within_limits = ("财产状况符合当地规定", "Property is within the local limits");
    property_over_limits = ("财产状况超出当地规定", "Property exceeds the local limits");
    property_pending_check = ("财产状况待经济状况核对确认", "Property is known only after the household means check");
    at_or_above_standard = ("人均月收入 {per_capita_income} 元，不低于低保标准 {standard} 元", "Per-capita income {per_capita_income} yuan is at or above the 低保 standard {standard} yuan");
    below_standard_is_dibao = ("人均月收入 {per_capita_income} 元，比低保标准 {standard} 元低 {gap} 元，应按低保审核", "Per-capita income {per_capita_income} yuan is {gap} yuan below the standard {standard} yuan: this is 低保, not 低边");
    within_multiple = ("人均月收入 {per_capita_income} 元，在低保标准 {multiple} 倍（{limit} 元，{boundary}）以内，距上限 {gap} 元", "Per-capita income {per_capita_income} yuan is within {multiple} × the standard ({limit} yuan, {boundary}), {gap} yuan below the limit");
    above_multiple = ("人均月收入 {per_capita_income} 元，超过低保标准 {multiple} 倍（{limit} 元，{boundary}），超出 {gap} 元", "Per-capita income {per_capita_income} yuan exceeds {multiple} × the standard ({limit} yuan, {boundary}) by {gap} yuan");
    household_is_dibian = ("家庭符合低边条件", "The household meets the 低边 test");
    household_may_be_dibian = ("家庭可能符合低边条件，待确认", "The household may meet the 低边 test; pending");
    household_not_dibian = ("家庭不符合低边条件", "The household does not meet the 低边 test");
    members_qualify = ("可单独纳入的成员：{members}", "Members who may be covered alone: {members}");
    no_member_qualifies = ("没有一级、二级重度残疾、三级智力或精神残疾、重特大疾病的成员", "No member with a grade 1–2 disability, grade 3 intellectual/mental disability or a serious illness");
}

/// §一: "审核确认办理周期压缩到20个工作日，因XX省经济状况核对系统核对时间超过15天的，可适当延长审核
/// 确认时间，但最长不超过30个工作日". "超过15天" is calendar days and strictly more than 15: a
/// 15-day check keeps the 20-day limit.
pub const DECISION_LIMITS: DecisionLimits = DecisionLimits {
    working_days: 20,
    check_days: 15,
    max_working_days: 30,
};

/// §一: "区民政局要加强监督指导，经常性对各街道（乡镇）办理情况开展随机抽查，每月抽查比例一般不低于
/// 新增对象总数的30%" (低保 and 低边 together; checked at the counter by `clerk::sampling`).
pub const SAMPLING_PERCENT: u32 = 30;

/// 民发〔2021〕57号 as the source of 低保 eligibility.
pub const MINFA_57: Citation = Citation::doc("民发〔2021〕57号", Verification::Verified);
/// 浙江省社会救助条例 第十三条 (低边 multiple).
pub const ZJ_13: Citation = Citation::doc("浙江省社会救助条例 第十三条", Verification::Verified);
/// 民发〔2021〕57号 第八条 as reported (单人户).
pub const MINFA_57_8: Citation = Citation::doc("民发〔2021〕57号 第八条", Verification::Secondary);

/// Household income as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdIncome {
    /// Total counted monthly income.
    pub total: Decimal,
    /// Members.
    pub members: usize,
    /// Per-capita monthly income, rounded to the fen half up.
    pub per_capita: Decimal,
}

/// Per-capita monthly income of the household: total / members, rounded to the fen, half up.
/// `Err` lists the members whose income is not given.
pub fn household_income(s: &Situation) -> Result<HouseholdIncome, Vec<usize>> {
    let missing: Vec<usize> = s
        .household
        .iter()
        .enumerate()
        .filter(|(_, m)| m.income.is_none())
        .map(|(i, _)| i)
        .collect();
    if !missing.is_empty() || s.household.is_empty() {
        return Err(missing);
    }
    let total: Decimal = s
        .household
        .iter()
        .flat_map(|m| m.income.iter().flatten())
        .map(|i| i.amount)
        .sum();
    let members = s.household.len();
    let per_capita = fen(total / Decimal::from(members));
    Ok(HouseholdIncome {
        total,
        members,
        per_capita,
    })
}

fn missing_list(missing: &[usize]) -> String {
    missing
        .iter()
        .map(|i| format!("household[{i}]"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The property condition shared by 低保, 低边 and 特困: the local limits, known only after the
/// 经济状况核对 unless the situation says.
pub fn property_condition(s: &Situation, citation: Citation) -> Condition {
    let (status, code) = match s.property_within_limits {
        Tri::Yes => (CondStatus::Met, "property_within_limits"),
        Tri::No => (CondStatus::NotMet, "property_over_limits"),
        Tri::Unknown => (CondStatus::Unknown, "property_pending_check"),
    };
    cond(
        &PROPERTY_WITHIN_LIMITS,
        status,
        &[],
        Reason::bare(code),
        citation,
    )
}

/// 低保: "家庭人均收入低于当地最低生活保障标准，且财产状况符合当地规定" (民发〔2021〕57号).
pub fn dibao(s: &Situation, p: &Resolved) -> Path {
    let standard = p.decimal("dibao_standard");
    let income = household_income(s);
    let c = match (&income, standard) {
        (Err(missing), _) => cond(
            &INCOME_BELOW_STANDARD,
            CondStatus::Unknown,
            &[],
            Reason::new("income_unknown", &[("members", missing_list(missing))]),
            MINFA_57,
        ),
        (_, None) => cond(
            &INCOME_BELOW_STANDARD,
            CondStatus::Unknown,
            &[],
            Reason::bare("standard_unknown"),
            MINFA_57,
        ),
        (Ok(i), Some(std)) => {
            let facts = [
                ("household_income", money(i.total)),
                ("members", i.members.to_string()),
                ("per_capita_income", money(i.per_capita)),
                ("standard", money(std)),
            ];
            if i.per_capita < std {
                cond(
                    &INCOME_BELOW_STANDARD,
                    CondStatus::Met,
                    &facts,
                    Reason::new(
                        "below_standard",
                        &[
                            ("per_capita_income", money(i.per_capita)),
                            ("standard", money(std)),
                            ("gap", money(std - i.per_capita)),
                        ],
                    ),
                    MINFA_57,
                )
            } else {
                cond(
                    &INCOME_BELOW_STANDARD,
                    CondStatus::NotMet,
                    &facts,
                    Reason::new(
                        "not_below_standard",
                        &[
                            ("per_capita_income", money(i.per_capita)),
                            ("standard", money(std)),
                            ("gap", money(i.per_capita - std)),
                        ],
                    ),
                    MINFA_57,
                )
            }
        }
    };
    let mut path = Path::new(
        PathId::Dibao,
        plan::YI,
        vec![c, property_condition(s, MINFA_57)],
    );
    if let Some(std) = standard {
        path.details.insert("standard", money(std));
    }
    path
}

/// 低边: "人均月收入在最低生活保障标准一点五倍以下" and not 低保 (浙江省社会救助条例 第十三条 [V]),
/// property within the local rules. See the module docs for the boundaries.
pub fn dibian(s: &Situation, p: &Resolved) -> Path {
    let standard = p.decimal("dibao_standard");
    let multiple = p.decimal("dibian_multiple");
    let inclusive = p.flag("dibian_upper_inclusive").unwrap_or(true);
    let income = household_income(s);
    let mut conditions = Vec::new();
    match (&income, standard, multiple) {
        (Err(missing), _, _) => {
            for id in [&INCOME_AT_OR_ABOVE_STANDARD, &INCOME_WITHIN_MULTIPLE] {
                conditions.push(cond(
                    id,
                    CondStatus::Unknown,
                    &[],
                    Reason::new("income_unknown", &[("members", missing_list(missing))]),
                    ZJ_13,
                ));
            }
        }
        (Ok(_), std, mul) if std.is_none() || mul.is_none() => {
            for id in [&INCOME_AT_OR_ABOVE_STANDARD, &INCOME_WITHIN_MULTIPLE] {
                conditions.push(cond(
                    id,
                    CondStatus::Unknown,
                    &[],
                    Reason::bare("standard_unknown"),
                    ZJ_13,
                ));
            }
        }
        (Ok(i), Some(std), Some(mul)) => {
            let limit = fen(std * mul);
            let pc = i.per_capita;
            let facts = [
                ("per_capita_income", money(pc)),
                ("standard", money(std)),
                ("multiple", mul.normalize().to_string()),
                ("limit", money(limit)),
            ];
            conditions.push(if pc >= std {
                cond(
                    &INCOME_AT_OR_ABOVE_STANDARD,
                    CondStatus::Met,
                    &facts,
                    Reason::new(
                        "at_or_above_standard",
                        &[("per_capita_income", money(pc)), ("standard", money(std))],
                    ),
                    ZJ_13,
                )
            } else {
                cond(
                    &INCOME_AT_OR_ABOVE_STANDARD,
                    CondStatus::NotMet,
                    &facts,
                    Reason::new(
                        "below_standard_is_dibao",
                        &[
                            ("per_capita_income", money(pc)),
                            ("standard", money(std)),
                            ("gap", money(std - pc)),
                        ],
                    ),
                    ZJ_13,
                )
            });
            let within = if inclusive { pc <= limit } else { pc < limit };
            let boundary = if inclusive { "inclusive" } else { "exclusive" };
            conditions.push(if within {
                cond(
                    &INCOME_WITHIN_MULTIPLE,
                    CondStatus::Met,
                    &facts,
                    Reason::new(
                        "within_multiple",
                        &[
                            ("per_capita_income", money(pc)),
                            ("limit", money(limit)),
                            ("multiple", mul.normalize().to_string()),
                            ("boundary", boundary.to_string()),
                            ("gap", money(limit - pc)),
                        ],
                    ),
                    ZJ_13,
                )
            } else {
                cond(
                    &INCOME_WITHIN_MULTIPLE,
                    CondStatus::NotMet,
                    &facts,
                    Reason::new(
                        "above_multiple",
                        &[
                            ("per_capita_income", money(pc)),
                            ("limit", money(limit)),
                            ("multiple", mul.normalize().to_string()),
                            ("boundary", boundary.to_string()),
                            ("gap", money(pc - limit)),
                        ],
                    ),
                    ZJ_13,
                )
            });
        }
        _ => {}
    }
    conditions.push(property_condition(s, ZJ_13));
    let mut path = Path::new(PathId::Dibian, plan::YI, conditions);
    if let (Some(std), Some(mul)) = (standard, multiple) {
        path.details.insert("limit", money(std * mul));
        path.details.insert(
            "boundary",
            if inclusive { "inclusive" } else { "exclusive" }.to_string(),
        );
    }
    path
}

/// Whether a member is one of the 单人户 cases: 一级、二级重度残疾人; 三级智力、精神残疾人;
/// 重特大疾病 patients (57号 第八条 as reported [P]). `None` when the facts are missing.
fn single_person_case(m: &crate::situation::Member) -> Option<&'static str> {
    if let Some(d) = m.disability {
        if d.grade <= 2 {
            return Some("severe_disability");
        }
        if d.grade == 3
            && matches!(
                d.kind,
                DisabilityKind::Intellectual | DisabilityKind::Mental
            )
        {
            return Some("grade3_intellectual_mental");
        }
    }
    if m.serious_illness == Some(true) {
        return Some("serious_illness");
    }
    None
}

/// 单人户: "低保边缘家庭中的一级、二级重度残疾人、三级智力、精神残疾人和重特大疾病患者，可单独
/// 纳入低保" (民发〔2021〕57号 第八条, as reported [P]).
pub fn danrenhu(s: &Situation, dibian: &Path) -> Path {
    let household = match dibian.level {
        crate::assessment::Level::Eligible => cond(
            &HOUSEHOLD_IS_DIBIAN,
            CondStatus::Met,
            &[],
            Reason::bare("household_is_dibian"),
            MINFA_57_8,
        ),
        crate::assessment::Level::Possible => cond(
            &HOUSEHOLD_IS_DIBIAN,
            CondStatus::Unknown,
            &[],
            Reason::bare("household_may_be_dibian"),
            MINFA_57_8,
        ),
        crate::assessment::Level::Ineligible => cond(
            &HOUSEHOLD_IS_DIBIAN,
            CondStatus::NotMet,
            &[],
            Reason::bare("household_not_dibian"),
            MINFA_57_8,
        ),
    };
    let cases: Vec<String> = s
        .household
        .iter()
        .enumerate()
        .filter_map(|(i, m)| single_person_case(m).map(|c| format!("household[{i}]:{c}")))
        .collect();
    let member = if !cases.is_empty() {
        cond(
            &MEMBER_SINGLE_PERSON_CASE,
            CondStatus::Met,
            &[("members", cases.join(", "))],
            Reason::new("members_qualify", &[("members", cases.join(", "))]),
            MINFA_57_8,
        )
    } else {
        cond(
            &MEMBER_SINGLE_PERSON_CASE,
            CondStatus::NotMet,
            &[],
            Reason::bare("no_member_qualifies"),
            MINFA_57_8,
        )
    };
    Path::new(PathId::Danrenhu, plan::YI, vec![household, member])
}
