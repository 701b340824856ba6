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
//!   switches to that reading, and a warning is raised when a household sits exactly on the
//!   district's confirmed line (with the multiple unconfirmed the multiple's warning speaks).
//!
//! Income (民发〔2021〕57号 as quoted by a secondary source [P]): "下列收入不计入家庭收入：（一）国家
//! 规定的优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助；（二）政府发放的各类社会
//! 救助款物；（三）“十四五”期间，中央确定的城乡居民基本养老保险基础养老金；（四）设区的市级以上
//! 地方人民政府规定的其他收入". [`INCOME_RULES`] is that list; （三） runs to 2025-12-31 and is a
//! dated parameter (`basic_pension_excluded_dibao`) with no value after it until the district
//! sets one, （四） is the parameter `city_excluded_income_kinds`. Where a line's status is
//! unknown and it decides the test, the condition is unknown.
//!
//! Comparisons are exact: household counted income against standard × members (and multiple ×
//! standard × members); the per-capita income is rounded to the fen only where it is shown.
//!
//! The 低边 multiple is local: 1.5 is the province's figure, and a district may set another
//! (Hangzhou reportedly 2 [P]). Until the district's figure is confirmed (`dibian_multiple` with
//! `district_confirmed`, or a situation override), a per-capita income above 1.5 × and at most
//! `dibian_multiple_reported_max` × the standard gives "possible", with both limits.
//!
//! 57号's property rules are local: the situation says yes / no / unknown.

use super::income::{count, IncomeRules, Treatment};
use super::procedure::DecisionLimits;
use super::{bare_cond, cond, fen, money};
use super::{conditions, reasons, ConditionDef};
use crate::assessment::{CondStatus, Condition, IncomeCount, Path, PathId, Reason};
use crate::citation::{plan, Citation, Verification};
use crate::input::decimal_text;
use crate::input::Joined;
use crate::params::Resolved;
use crate::situation::{DisabilityKind, IncomeKind, Situation, Tri};
use rust_decimal::Decimal;

conditions! {
    INCOME_BELOW_STANDARD = ("income_below_standard", "家庭人均月收入低于低保标准", "Per-capita monthly income below the 低保 standard") on "income";
    PROPERTY_WITHIN_LIMITS = ("property_within_limits", "财产状况符合当地规定", "Property within the local limits") on "property";
    INCOME_AT_OR_ABOVE_STANDARD = ("income_at_or_above_standard", "人均月收入不低于低保标准（不属于低保）", "Per-capita income at or above the 低保 standard (not 低保)") on "income";
    INCOME_WITHIN_MULTIPLE = ("income_within_multiple", "人均月收入在低保标准规定倍数以内", "Per-capita income within the multiple of the 低保 standard") on "income";
    HOUSEHOLD_IS_DIBIAN = ("household_is_dibian", "家庭属于低保边缘家庭", "The household is a 低边 household") on "status";
    MEMBER_SINGLE_PERSON_CASE = ("member_single_person_case", "有可单独纳入低保的成员", "A member who may be covered alone") on "disability";
}

reasons! {
    income_unknown = ("尚缺以下成员的收入：{members}", "Income not given for: {members}");
    below_standard = ("家庭月收入 {household_income} 元（{members} 人，人均约 {per_capita_income} 元），低于低保标准 {standard} 元 × {members} 人 = {household_limit} 元，差 {gap} 元", "Household monthly income {household_income} yuan ({members} people, about {per_capita_income} yuan each) is below the 低保 standard {standard} yuan × {members} = {household_limit} yuan, by {gap} yuan");
    not_below_standard = ("家庭月收入 {household_income} 元（{members} 人，人均约 {per_capita_income} 元），不低于低保标准 {standard} 元 × {members} 人 = {household_limit} 元（超出 {gap} 元）", "Household monthly income {household_income} yuan ({members} people, about {per_capita_income} yuan each) is not below the 低保 standard {standard} yuan × {members} = {household_limit} yuan ({gap} yuan above)");
    income_exclusion_decides = ("是否计入{income_kinds}决定结论：不计入时人均月收入 {per_capita_without} 元，计入时 {per_capita_with} 元，界线为 {limit} 元", "Whether {income_kinds} counts decides: per-capita income is {per_capita_without} yuan without it, {per_capita_with} yuan with it, against a line of {limit} yuan");
    property_within_limits = ("财产状况符合当地规定", "Property is within the local limits");
    property_over_limits = ("财产状况超出当地规定", "Property exceeds the local limits");
    property_pending_check = ("财产状况待经济状况核对确认", "Property is known only after the household means check");
    at_or_above_standard = ("人均月收入约 {per_capita_income} 元，不低于低保标准 {standard} 元", "Per-capita income of about {per_capita_income} yuan is at or above the 低保 standard {standard} yuan");
    below_standard_is_dibao = ("人均月收入约 {per_capita_income} 元，低于低保标准 {standard} 元（家庭合计差 {gap} 元），应按低保审核", "Per-capita income of about {per_capita_income} yuan is below the standard {standard} yuan (the household total is {gap} yuan short): this is 低保, not 低边");
    within_multiple = ("人均月收入约 {per_capita_income} 元，在低保标准 {multiple} 倍（{limit} 元，{boundary}）以内，家庭合计距上限 {gap} 元", "Per-capita income of about {per_capita_income} yuan is within {multiple} × the standard ({limit} yuan, {boundary}); the household total is {gap} yuan below the limit");
    above_multiple = ("人均月收入约 {per_capita_income} 元，超过低保标准 {multiple} 倍（{limit} 元，{boundary}），家庭合计超出 {gap} 元", "Per-capita income of about {per_capita_income} yuan exceeds {multiple} × the standard ({limit} yuan, {boundary}); the household total is {gap} yuan over");
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

/// 民发〔2021〕57号 （一）, as quoted [P]: 优待抚恤金、计划生育奖励与扶助金、奖学金、见义勇为等奖励性补助.
pub const MINFA_57_EXCLUDED_1: Citation = Citation::doc(
    "民发〔2021〕57号 (不计入家庭收入（一）)",
    Verification::Secondary,
);
/// 民发〔2021〕57号 （二）, as quoted [P]: 政府发放的各类社会救助款物.
pub const MINFA_57_EXCLUDED_2: Citation = Citation::doc(
    "民发〔2021〕57号 (不计入家庭收入（二）)",
    Verification::Secondary,
);
/// 民发〔2021〕57号 （三）, as quoted [P]: "十四五"期间…城乡居民基本养老保险基础养老金.
pub const MINFA_57_EXCLUDED_3: Citation = Citation::doc(
    "民发〔2021〕57号 (不计入家庭收入（三）“十四五”期间)",
    Verification::Secondary,
);
/// 民发〔2021〕57号 （四）, as quoted [P]: 设区的市级以上地方人民政府规定的其他收入.
pub const MINFA_57_EXCLUDED_4: Citation = Citation::doc(
    "民发〔2021〕57号 (不计入家庭收入（四）市级规定)",
    Verification::Secondary,
);

/// The flag parameter of （三）: true while the 基础养老金 is not counted; no value after 十四五.
pub const BASIC_PENSION_PARAM: &str = "basic_pension_excluded_dibao";

/// How 57号 counts household income for 低保 and 低边 (the list quoted in the module docs).
/// 高龄津贴 and 社会保险 are not in it: they count unless the city lists them.
pub const INCOME_RULES: IncomeRules = IncomeRules {
    table: &[
        (
            &[
                IncomeKind::PreferentialCare,
                IncomeKind::FamilyPlanning,
                IncomeKind::Scholarship,
                IncomeKind::RewardSubsidy,
            ],
            Treatment::Excluded(MINFA_57_EXCLUDED_1),
        ),
        (
            &[IncomeKind::SocialAssistance],
            Treatment::Excluded(MINFA_57_EXCLUDED_2),
        ),
        (
            &[IncomeKind::BasicPension],
            Treatment::ExcludedWhile {
                param: BASIC_PENSION_PARAM,
                rule: MINFA_57_EXCLUDED_3,
            },
        ),
    ],
    local_list: Some(("city_excluded_income_kinds", MINFA_57_EXCLUDED_4)),
};

/// Household income as 57号 counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdIncome {
    /// Every line, counted or not, with exact sums.
    pub count: IncomeCount,
    /// Members.
    pub members: usize,
}

impl HouseholdIncome {
    /// Per-capita income of a household total, rounded to the fen half up: for showing only.
    pub fn per_capita(&self, total: Decimal) -> Decimal {
        fen(total / Decimal::from(self.members.max(1)))
    }
}

/// The household's income under 57号. `Err` lists the members whose income is not given
/// (empty for an empty household).
pub fn household_income(s: &Situation, p: &Resolved) -> Result<HouseholdIncome, Vec<usize>> {
    if s.household.is_empty() {
        return Err(Vec::new());
    }
    let count = count(&INCOME_RULES, s.household.iter().enumerate(), p)?;
    Ok(HouseholdIncome {
        count,
        members: s.household.len(),
    })
}

/// The per-capita income shown with the result (the 低保 count, rounded to the fen), when every
/// income and whether each line counts are known.
pub fn per_capita_income(s: &Situation, p: &Resolved) -> Option<Decimal> {
    let i = household_income(s, p).ok()?;
    let (low, high) = i.count.range();
    (low == high).then(|| i.per_capita(low))
}

/// A test `income ⋛ limit` over what the facts allow: the household's counted total lies in
/// `income` (low, high: without and with the lines whose status is unknown) and the limit in
/// `limits` (two (total, multiple) pairs: the confirmed figure twice, or the two multiples in
/// use nearby). The test is monotonic, so the four corners decide.
struct Decided {
    status: CondStatus,
    /// The income total shown: the corner nearest the limit, the one that decides.
    income: Decimal,
    /// The limit shown, with its multiple.
    limit: (Decimal, Decimal),
    /// Whether which lines count decides (with the limit held).
    by_income: bool,
    /// Whether the multiple decides (with the income held).
    by_multiple: bool,
}

fn decide(
    income: (Decimal, Decimal),
    limits: [(Decimal, Decimal); 2],
    test: impl Fn(Decimal, Decimal) -> bool,
) -> Decided {
    let [lo, hi] = limits;
    let t = |i: Decimal, l: (Decimal, Decimal)| test(i, l.0);
    let corners = [
        t(income.0, lo),
        t(income.0, hi),
        t(income.1, lo),
        t(income.1, hi),
    ];
    let status = if corners.iter().all(|c| *c) {
        CondStatus::Met
    } else if corners.iter().all(|c| !*c) {
        CondStatus::NotMet
    } else {
        CondStatus::Unknown
    };
    let nearest_limit = |i: Decimal| {
        if (i - lo.0).abs() <= (i - hi.0).abs() {
            lo
        } else {
            hi
        }
    };
    let shown_income = if (income.0 - lo.0).abs() <= (income.1 - lo.0).abs() {
        income.0
    } else {
        income.1
    };
    Decided {
        status,
        income: shown_income,
        limit: nearest_limit(shown_income),
        by_income: corners[0] != corners[2] || corners[1] != corners[3],
        by_multiple: corners[0] != corners[1] || corners[2] != corners[3],
    }
}

/// A decided income comparison as a condition: met or not met with the section's own reason
/// codes and citation; undecided with what it depends on and the reason (and citation) that
/// says why.
fn compared(
    def: &ConditionDef,
    d: &Decided,
    mut facts: Vec<(&'static str, String)>,
    args: &[(&'static str, String)],
    (met, not_met): (&'static str, &'static str),
    citation: Citation,
    undecided: impl FnOnce() -> (Reason, Citation),
) -> Condition {
    match d.status {
        CondStatus::Met => cond(def, d.status, &facts, Reason::new(met, args), citation),
        CondStatus::NotMet => cond(def, d.status, &facts, Reason::new(not_met, args), citation),
        CondStatus::Unknown => {
            facts.push(("depends_on", depends_on(d)));
            let (reason, citation) = undecided();
            cond(def, d.status, &facts, reason, citation)
        }
    }
}

/// What an undecided income condition depends on, for its facts and the warnings.
fn depends_on(d: &Decided) -> String {
    let mut on = Vec::new();
    if d.by_multiple {
        on.push("dibian_multiple");
    }
    if d.by_income {
        on.push(BASIC_PENSION_PARAM);
    }
    on.joined(", ")
}

/// The reason of an income condition that the unknown lines leave open; `line` is the
/// per-capita line the test compares with (the standard, or the 低边 limit).
fn exclusion_decides(i: &HouseholdIncome, line: Decimal) -> Reason {
    let (low, high) = i.count.range();
    let kinds: Vec<&str> = i
        .count
        .lines
        .iter()
        .filter(|l| l.status == crate::assessment::LineStatus::Unknown)
        .map(|l| l.kind.code())
        .collect();
    let mut unique: Vec<&str> = Vec::new();
    for k in kinds {
        if !unique.contains(&k) {
            unique.push(k);
        }
    }
    Reason::new(
        "income_exclusion_decides",
        &[
            ("income_kinds", unique.joined(", ")),
            ("per_capita_without", money(i.per_capita(low))),
            ("per_capita_with", money(i.per_capita(high))),
            ("limit", money(line)),
        ],
    )
}

fn missing_list(missing: &[usize]) -> String {
    missing
        .iter()
        .map(|i| format!("household[{i}]"))
        .collect::<Vec<_>>()
        .joined(", ")
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

/// The facts and reason arguments of a decided income test: the household total and the limit
/// total (exact), the per-capita figures (rounded, for showing), and the gap (exact).
fn figures(i: &HouseholdIncome, d: &Decided, standard: Decimal) -> Vec<(&'static str, String)> {
    let n = Decimal::from(i.members);
    vec![
        ("household_income", money(d.income)),
        ("members", i.members.to_string()),
        ("per_capita_income", money(i.per_capita(d.income))),
        ("standard", money(standard)),
        ("household_limit", money(d.limit.0)),
        ("limit", money(d.limit.0 / n)),
        ("multiple", decimal_text(d.limit.1.normalize())),
        ("gap", money((d.income - d.limit.0).abs())),
    ]
}

/// Picks arguments by name from [`figures`].
fn pick(all: &[(&'static str, String)], keys: &[&str]) -> Vec<(&'static str, String)> {
    all.iter()
        .filter(|(k, _)| keys.contains(k))
        .cloned()
        .collect()
}

/// 低保: "家庭人均收入低于当地最低生活保障标准，且财产状况符合当地规定" (民发〔2021〕57号), on
/// the household income 57号 counts, compared exactly: total < standard × members.
pub fn dibao(s: &Situation, p: &Resolved) -> Path {
    let standard = p.decimal("dibao_standard");
    let income = household_income(s, p);
    let c = match (&income, standard) {
        (Err(missing), _) => cond(
            &INCOME_BELOW_STANDARD,
            CondStatus::Unknown,
            &[],
            Reason::new("income_unknown", &[("members", missing_list(missing))]),
            MINFA_57,
        ),
        (_, None) => bare_cond(
            &INCOME_BELOW_STANDARD,
            CondStatus::Unknown,
            "standard_unknown",
            MINFA_57,
        ),
        (Ok(i), Some(std)) => {
            let line = (std * Decimal::from(i.members), Decimal::ONE);
            let d = decide(i.count.range(), [line, line], |x, l| x < l);
            let all = figures(i, &d, std);
            let facts = pick(
                &all,
                &[
                    "household_income",
                    "members",
                    "per_capita_income",
                    "standard",
                    "household_limit",
                ],
            );
            let args = pick(
                &all,
                &[
                    "household_income",
                    "members",
                    "per_capita_income",
                    "standard",
                    "household_limit",
                    "gap",
                ],
            );
            compared(
                &INCOME_BELOW_STANDARD,
                &d,
                facts,
                &args,
                ("below_standard", "not_below_standard"),
                MINFA_57,
                || (exclusion_decides(i, std), MINFA_57_EXCLUDED_3),
            )
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
    path.income = income.ok().map(|i| i.count);
    path
}

/// The 低边 limits in use: the district's multiple twice when it is confirmed, else the
/// province's multiple and the highest reported nearby (`dibian_multiple_reported_max`).
/// `None` when a figure is missing.
fn dibian_multiples(p: &Resolved) -> Option<[Decimal; 2]> {
    let m = p.decimal("dibian_multiple")?;
    if p.confirmed("dibian_multiple") {
        return Some([m, m]);
    }
    let reported = p.decimal("dibian_multiple_reported_max").unwrap_or(m);
    Some(if reported >= m {
        [m, reported]
    } else {
        [reported, m]
    })
}

/// 低边: "人均月收入在最低生活保障标准一点五倍以下" and not 低保 (浙江省社会救助条例 第十三条 [V]),
/// property within the local rules; exact comparisons on the 57号 count. See the module docs
/// for the boundaries and the multiple.
pub fn dibian(s: &Situation, p: &Resolved) -> Path {
    let standard = p.decimal("dibao_standard");
    let multiples = dibian_multiples(p);
    let inclusive = p.flag("dibian_upper_inclusive").unwrap_or(true);
    let income = household_income(s, p);
    let boundary = if inclusive { "inclusive" } else { "exclusive" };
    let mut conditions = Vec::new();
    match (&income, standard, multiples) {
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
        (Ok(i), Some(std), Some([m_lo, m_hi])) => {
            let n = Decimal::from(i.members);
            let range = i.count.range();
            // Not 低保: total ≥ standard × members.
            let line = (std * n, Decimal::ONE);
            let d = decide(range, [line, line], |x, l| x >= l);
            let all = figures(i, &d, std);
            let args = pick(&all, &["per_capita_income", "standard", "gap"]);
            let facts = pick(
                &all,
                &[
                    "household_income",
                    "members",
                    "per_capita_income",
                    "standard",
                ],
            );
            conditions.push(compared(
                &INCOME_AT_OR_ABOVE_STANDARD,
                &d,
                facts,
                &args,
                ("at_or_above_standard", "below_standard_is_dibao"),
                ZJ_13,
                || (exclusion_decides(i, std), MINFA_57_EXCLUDED_3),
            ));
            // Within the multiple: total ≤ multiple × standard × members (or <, see the docs).
            let limits = [(m_lo * std * n, m_lo), (m_hi * std * n, m_hi)];
            let d = decide(range, limits, |x, l| if inclusive { x <= l } else { x < l });
            let all = figures(i, &d, std);
            let mut args = pick(
                &all,
                &[
                    "per_capita_income",
                    "limit",
                    "multiple",
                    "gap",
                    "household_income",
                ],
            );
            args.push(("boundary", boundary.to_string()));
            let mut facts = pick(
                &all,
                &[
                    "household_income",
                    "members",
                    "per_capita_income",
                    "standard",
                    "multiple",
                    "limit",
                    "household_limit",
                ],
            );
            if d.income == d.limit.0 && m_lo == m_hi {
                // Exactly on the district's line: the reading of 以下 decides (warning
                // `dibian_boundary_reading`). With the multiple unconfirmed the other reading
                // gives "possible", not "no", and the multiple's warning says why.
                facts.push(("on_limit", "true".to_string()));
            }
            conditions.push(compared(
                &INCOME_WITHIN_MULTIPLE,
                &d,
                facts,
                &args,
                ("within_multiple", "above_multiple"),
                ZJ_13,
                || {
                    if d.by_multiple {
                        let reason = Reason::new(
                            "dibian_multiple_decides",
                            &[
                                ("per_capita_income", money(i.per_capita(d.income))),
                                ("multiple_low", decimal_text(m_lo.normalize())),
                                ("limit_low", money(m_lo * std)),
                                ("multiple_high", decimal_text(m_hi.normalize())),
                                ("limit_high", money(m_hi * std)),
                            ],
                        );
                        (reason, ZJ_13)
                    } else {
                        (exclusion_decides(i, d.limit.0 / n), MINFA_57_EXCLUDED_3)
                    }
                },
            ));
        }
        (Ok(_), _, _) => {
            for id in [&INCOME_AT_OR_ABOVE_STANDARD, &INCOME_WITHIN_MULTIPLE] {
                conditions.push(bare_cond(
                    id,
                    CondStatus::Unknown,
                    "standard_unknown",
                    ZJ_13,
                ));
            }
        }
    }
    conditions.push(property_condition(s, ZJ_13));
    let mut path = Path::new(PathId::Dibian, plan::YI, conditions);
    if let (Some(std), Some([m_lo, m_hi])) = (standard, multiples) {
        path.details.insert("limit", money(std * m_lo));
        if m_hi != m_lo {
            // The district's multiple is not confirmed: the other limit in use nearby.
            path.details.insert("limit_high", money(std * m_hi));
        }
        path.details.insert("boundary", boundary.to_string());
    }
    path.income = income.ok().map(|i| i.count);
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
    let (status, reason) = match dibian.level {
        crate::assessment::Level::Eligible => (CondStatus::Met, "household_is_dibian"),
        crate::assessment::Level::Possible => (CondStatus::Unknown, "household_may_be_dibian"),
        crate::assessment::Level::Ineligible => (CondStatus::NotMet, "household_not_dibian"),
    };
    let household = cond(
        &HOUSEHOLD_IS_DIBIAN,
        status,
        &[],
        Reason::bare(reason),
        MINFA_57_8,
    );
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
            &[("members", cases.joined(", "))],
            Reason::new("members_qualify", &[("members", cases.joined(", "))]),
            MINFA_57_8,
        )
    } else {
        bare_cond(
            &MEMBER_SINGLE_PERSON_CASE,
            CondStatus::NotMet,
            "no_member_qualifies",
            MINFA_57_8,
        )
    };
    Path::new(PathId::Danrenhu, plan::YI, vec![household, member])
}
