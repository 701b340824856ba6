//! §二 特困人员救助供养, with the recognition rules of 民发〔2021〕43号.
//!
//! > 特困人员救助供养审核确认由街道（乡镇）负责。…特困人员认定办理周期压缩到20个工作日，因XX省
//! > 经济状况核对系统核对时间超过15天的，可适当延长审核确认时间，但最长不超过30个工作日。街道
//! > （乡镇）在开展入户核查时，同步对申请人的生活自理能力开展评估，评估标准参照…（民发〔2021〕
//! > 43号）文件规定执行 (§二)
//!
//! 特困 is a person's status: the test is about `Situation::applicant`.
//!
//! Not modelled: "other cases that the province sets" for 无劳动能力 (民发〔2021〕43号 leaves them
//! to the province, and no such list is among the project's verified sources); "有条件的地方可以委托第三方机构开展…评估" (who assesses does not change the
//! outcome).

use super::dibao::property_condition;
use super::income::{count, IncomeRules, Treatment};
use super::procedure::DecisionLimits;
use super::{bare_cond, cond, money, quoting_cond};
use super::{conditions, reasons};
use crate::assessment::{Actor, CondStatus, Condition, IncomeCount, Path, PathId, Reason, Step};
use crate::citation::{plan, Citation, Verification};
use crate::params::Resolved;
use crate::situation::{
    Disability, DisabilityKind, IncomeKind, Member, Orphan, SelfCare, Situation, StatusKind, Study,
    Supporters,
};

conditions! {
    NO_WORK_CAPACITY = ("no_work_capacity", "无劳动能力", "Unable to work") on "disability";
    NO_LIVELIHOOD_INCOME = ("no_livelihood_income", "无生活来源：本人收入低于低保标准", "No means of living: own income below the 低保 standard") on "income";
    NO_SUPPORTER_OR_UNABLE = ("no_supporter_or_unable", "无法定义务人或义务人无履行能力", "No legal supporter, or supporters unable to support") on "supporters";
    NOT_ON_ORPHAN_TRACK = ("not_on_orphan_track", "未纳入孤儿、事实无人抚养儿童保障", "Not on the orphan / unsupported-child track") on "study";
}

reasons! {
    disability_grade = ("{kind}残疾{grade}级，属无劳动能力", "{kind} disability, grade {grade}: unable to work");
    age_unknown = ("缺少年龄或出生日期", "Age or date of birth missing");
    age_60_plus = ("{age} 周岁，已满{limit}周岁", "Aged {age}: {limit} or over");
    age_under_16 = ("{age} 周岁，未满{limit}周岁", "Aged {age}: under {limit}");
    minor_continues_to_18 = ("{age} 周岁的特困未成年人，可继续享受至{limit}周岁", "Aged {age}: a 特困 minor keeps support until {limit}");
    continues_while_in_school = ("{age} 周岁，仍在{study}就读，可继续享受", "Aged {age}, still in {study}: support continues");
    study_unknown_after_18 = ("{age} 周岁，需确认是否仍在义务教育、普通高中或中职就读", "Aged {age}: whether still in compulsory school, 普通高中 or 中职 decides");
    has_work_capacity = ("{age} 周岁，且无符合条件的残疾，不属于无劳动能力", "Aged {age} with no qualifying disability: able to work");
    own_income_unknown = ("缺少申请人本人的收入", "The applicant's own income is not given");
    own_income_below_standard = ("本人计入收入 {income} 元，低于低保标准 {standard} 元（不计入 {excluded} 元）", "Own counted income {income} yuan is below the 低保 standard {standard} yuan ({excluded} yuan not counted)");
    own_income_not_below_standard = ("本人计入收入 {income} 元，不低于低保标准 {standard} 元（超出 {gap} 元）", "Own counted income {income} yuan is not below the 低保 standard {standard} yuan ({gap} yuan above)");
    no_supporter = ("无法定赡养、抚养、扶养义务人", "No legal supporter");
    supporter_unable = ("法定义务人无履行义务能力：{case}", "The legal supporters cannot support: {case}");
    supporter_case_missing = ("需说明义务人属于哪种无履行义务能力的情形", "State which case of incapacity applies to the supporters");
    supporter_able = ("有具备履行能力的法定义务人", "A legal supporter is able to support");
    supporter_unknown = ("法定义务人情况未知", "The legal supporters' situation is not known");
    orphan_track = ("属{orphan}，纳入该项保障的不再认定为特困人员", "{orphan}: on that track, not recognised as 特困");
    orphan_track_to_choose = ("属{orphan}，尚未领取孤儿、事实无人抚养儿童基本生活费：可以申请特困，也可以申请该项保障，二者只能选一", "{orphan}, not yet receiving the orphan / unsupported-child allowance: either 特困 or that allowance can be applied for, not both");
    orphan_allowance_unknown = ("属{orphan}：需确认是否已领取孤儿、事实无人抚养儿童基本生活费（已领取的不再认定为特困人员）", "{orphan}: whether the child already receives the orphan / unsupported-child allowance decides (a child who does is not recognised as 特困)");
    family_chooses_one_track = ("孤儿、事实无人抚养儿童基本生活保障与特困供养只能选一种，由家庭（监护人）选择", "The orphan / unsupported-child allowance and 特困 support are alternatives: the family (guardian) chooses one");
    multiple_disability_component = ("多重残疾中有{kind}残疾{grade}级，属无劳动能力", "The multiple disability includes a {kind} disability of grade {grade}: unable to work");
    multiple_disability_kinds_unknown = ("{age} 周岁，多重残疾{grade}级：是否属无劳动能力要看其中各类残疾的类别和等级，请填写", "Aged {age}, multiple disability grade {grade}: whether this means unable to work depends on the kinds it combines and their grades; please give them");
}

/// §二: "特困人员认定办理周期压缩到20个工作日，因XX省经济状况核对系统核对时间超过15天的，可适当
/// 延长审核确认时间，但最长不超过30个工作日". The same figures as §一, stated again by §二 for
/// 特困: each section keeps its own, so that a change to one does not silently move the other.
pub const DECISION_LIMITS: DecisionLimits = DecisionLimits {
    working_days: 20,
    check_days: 15,
    max_working_days: 30,
};

/// §二: "区民政局要加强监督指导，经常性对各街道（乡镇）办理情况开展随机抽查，每月抽查比例一般不低于
/// 新增对象总数的30%" (checked at the counter by `clerk::sampling`).
pub const SAMPLING_PERCENT: u32 = 30;

/// 民发〔2021〕43号 (无劳动能力): "60周岁以上的老年人" are unable to work.
pub const OLD_AGE: u32 = 60;
/// 民发〔2021〕43号 (无劳动能力): "未满16周岁的未成年人" are unable to work; from this age on a
/// person is of working age (also §五's employment trigger in `linked`).
pub const WORKING_AGE: u32 = 16;
/// 民发〔2021〕43号: "特困人员中的未成年人，可继续享有救助供养待遇至18周岁"; beyond it only while
/// in compulsory education, 普通高中 or 中职.
pub const MINOR_SUPPORT_UNTIL: u32 = 18;

/// 民发〔2021〕43号: the three conditions.
pub const C43_CONDITIONS: Citation = Citation::doc(
    "民发〔2021〕43号 (特困人员认定条件)",
    Verification::Verified,
);
/// 民发〔2021〕43号: 无劳动能力.
pub const C43_CAPACITY: Citation =
    Citation::doc("民发〔2021〕43号 (无劳动能力)", Verification::Verified);
/// 民发〔2021〕43号: 无生活来源 and the income not counted.
pub const C43_LIVELIHOOD: Citation =
    Citation::doc("民发〔2021〕43号 (无生活来源)", Verification::Verified);
/// 民发〔2021〕43号: 法定义务人无履行义务能力.
pub const C43_SUPPORTERS: Citation =
    Citation::doc("民发〔2021〕43号 (无履行义务能力)", Verification::Verified);
/// 民发〔2021〕43号: minors to 18 and beyond while in school; the 孤儿 track.
pub const C43_MINORS: Citation =
    Citation::doc("民发〔2021〕43号 (未成年人)", Verification::Verified);
/// 民发〔2021〕43号: 生活自理能力 (six indicators).
pub const C43_SELF_CARE: Citation = Citation::doc(
    "民发〔2021〕43号 (生活自理能力评估)",
    Verification::Verified,
);

/// How 43号 counts the applicant's own income for 无生活来源: "城乡居民基本养老保险基础养老金、
/// 基本医疗保险等社会保险和优待抚恤金、高龄津贴不计入在内"; every other kind counts (43号 names no
/// other, and leaves no list to the city).
pub const INCOME_RULES: IncomeRules = IncomeRules {
    table: &[(
        &[
            IncomeKind::BasicPension,
            IncomeKind::SocialInsurance,
            IncomeKind::PreferentialCare,
            IncomeKind::HighAgeAllowance,
        ],
        Treatment::Excluded(C43_LIVELIHOOD),
    )],
    local_list: None,
};

/// The applicant's own income as 43号 counts it; `None` while it is not given.
pub fn own_income(s: &Situation, p: &Resolved) -> Option<IncomeCount> {
    let i = s.applicant;
    let m = s.applicant_member()?;
    count(&INCOME_RULES, std::iter::once((i, m)), p).ok()
}

/// Whether a disability of one kind and grade makes a person 无劳动能力 (43号): "残疾等级为一、
/// 二、三级的智力、精神残疾人，残疾等级为一、二级的肢体残疾人，残疾等级为一级的视力残疾人".
/// 43号 names no 多重 grade: a multiple disability is judged by its kinds (see
/// [`no_work_capacity`]).
pub fn disability_unable_to_work(d: Disability) -> bool {
    match d.kind {
        DisabilityKind::Intellectual | DisabilityKind::Mental => d.grade <= 3,
        DisabilityKind::Limb => d.grade <= 2,
        DisabilityKind::Visual => d.grade == 1,
        _ => false,
    }
}

/// 无劳动能力: "60周岁以上的老年人；未满16周岁的未成年人；残疾等级为一、二、三级的智力、精神
/// 残疾人，残疾等级为一、二级的肢体残疾人，残疾等级为一级的视力残疾人" (43号). A current 特困
/// minor aged 16 or 17 keeps the status ("可继续享有救助供养待遇至18周岁"), and beyond 18 while in
/// 义务教育, 普通高中 or 中等职业学校.
///
/// A 多重残疾 is decided from its kinds and their grades: its overall grade follows the most
/// severe kind, which may be one 43号 does not list (听力, 言语). Until the kinds are given, and
/// unless age alone decides, the condition is unknown rather than "able to work".
pub fn no_work_capacity(m: &Member, current: StatusKind) -> Condition {
    let id = &NO_WORK_CAPACITY;
    // A 多重残疾 whose kinds are not given yet: nothing on it can say "able to work".
    let mut multiple_unsorted = None;
    if let Some(d) = m.disability.filter(|d| d.kind == DisabilityKind::Multiple) {
        match &m.disability_components {
            None => multiple_unsorted = Some(d),
            Some(parts) => {
                if let Some(part) = parts
                    .iter()
                    .copied()
                    .find(|p| disability_unable_to_work(*p))
                {
                    let args = [
                        ("kind", part.kind.code().to_string()),
                        ("grade", part.grade.to_string()),
                    ];
                    return quoting_cond(
                        id,
                        CondStatus::Met,
                        "multiple_disability_component",
                        &args,
                        C43_CAPACITY,
                    );
                }
            }
        }
    }
    if let Some(d) = m.disability {
        if disability_unable_to_work(d) {
            let args = [
                ("kind", d.kind.code().to_string()),
                ("grade", d.grade.to_string()),
            ];
            return quoting_cond(id, CondStatus::Met, "disability_grade", &args, C43_CAPACITY);
        }
    }
    let Some(age) = m.age else {
        return bare_cond(id, CondStatus::Unknown, "age_unknown", C43_CAPACITY);
    };
    let a = [("age", age.to_string())];
    // The reason quotes the line it was measured against.
    let against = |limit: u32| [("age", age.to_string()), ("limit", limit.to_string())];
    // A condition on the age: the age as its fact, the reason quoting the line.
    let by_age = |status, code, limit, clause| {
        cond(id, status, &a, Reason::new(code, &against(limit)), clause)
    };
    if age >= OLD_AGE {
        return by_age(CondStatus::Met, "age_60_plus", OLD_AGE, C43_CAPACITY);
    }
    if age < WORKING_AGE {
        return by_age(CondStatus::Met, "age_under_16", WORKING_AGE, C43_CAPACITY);
    }
    if current == StatusKind::Tekun {
        if age < MINOR_SUPPORT_UNTIL {
            return by_age(
                CondStatus::Met,
                "minor_continues_to_18",
                MINOR_SUPPORT_UNTIL,
                C43_MINORS,
            );
        }
        match m.study {
            Some(Study::Compulsory | Study::HighSchool | Study::Vocational) => {
                let args = [
                    ("age", age.to_string()),
                    ("study", m.study.map_or("unknown", Study::code).to_string()),
                ];
                return quoting_cond(
                    id,
                    CondStatus::Met,
                    "continues_while_in_school",
                    &args,
                    C43_MINORS,
                );
            }
            // Whether a current 特困 aged 18+ is still at school decides continuation.
            None => {
                return by_age(
                    CondStatus::Unknown,
                    "study_unknown_after_18",
                    MINOR_SUPPORT_UNTIL,
                    C43_MINORS,
                );
            }
            _ => {}
        }
    }
    if let Some(d) = multiple_unsorted {
        let args = [("age", age.to_string()), ("grade", d.grade.to_string())];
        return quoting_cond(
            id,
            CondStatus::Unknown,
            "multiple_disability_kinds_unknown",
            &args,
            C43_CAPACITY,
        );
    }
    quoting_cond(
        id,
        CondStatus::NotMet,
        "has_work_capacity",
        &a,
        C43_CAPACITY,
    )
}

/// 无生活来源: "收入低于当地最低生活保障标准，且财产符合当地特困人员财产状况规定" (43号), on the
/// applicant's own income without the kinds 43号 does not count.
pub fn no_livelihood(s: &Situation, m: &Member, p: &Resolved) -> Vec<Condition> {
    let id = &NO_LIVELIHOOD_INCOME;
    let income = match (&m.income, p.decimal("dibao_standard")) {
        (None, _) => bare_cond(
            id,
            CondStatus::Unknown,
            "own_income_unknown",
            C43_LIVELIHOOD,
        ),
        (_, None) => bare_cond(id, CondStatus::Unknown, "standard_unknown", C43_LIVELIHOOD),
        (Some(_), Some(std)) => {
            // 43号's table has no dated exclusion, so no line is unknown here.
            let own = own_income(s, p).unwrap_or_default();
            let (counted, excluded) = (own.counted, own.not_counted);
            let facts = [
                ("counted_income", money(counted)),
                ("excluded_income", money(excluded)),
                ("standard", money(std)),
            ];
            // The reason names the income against the standard, and the third figure its side
            // needs: what was left out below the line, the gap above it.
            let (status, code, third) = if counted < std {
                let excluded = ("excluded", money(excluded));
                (CondStatus::Met, "own_income_below_standard", excluded)
            } else {
                let gap = ("gap", money(counted - std));
                (CondStatus::NotMet, "own_income_not_below_standard", gap)
            };
            let args = [("income", money(counted)), ("standard", money(std)), third];
            cond(id, status, &facts, Reason::new(code, &args), C43_LIVELIHOOD)
        }
    };
    vec![income, property_condition(s, C43_LIVELIHOOD)]
}

/// "无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力" (43号), with the 43号 cases of
/// incapacity as reasons.
pub fn supporters(s: &Situation) -> Condition {
    let id = &NO_SUPPORTER_OR_UNABLE;
    match (s.supporters, s.supporter_reason) {
        (Supporters::None, _) => bare_cond(id, CondStatus::Met, "no_supporter", C43_SUPPORTERS),
        (Supporters::Unable, Some(r)) => {
            let a = [("case", r.code().to_string())];
            quoting_cond(id, CondStatus::Met, "supporter_unable", &a, C43_SUPPORTERS)
        }
        (Supporters::Unable, None) => bare_cond(
            id,
            CondStatus::Unknown,
            "supporter_case_missing",
            C43_SUPPORTERS,
        ),
        (Supporters::Able, _) => {
            bare_cond(id, CondStatus::NotMet, "supporter_able", C43_SUPPORTERS)
        }
        (Supporters::Unknown, _) => {
            bare_cond(id, CondStatus::Unknown, "supporter_unknown", C43_SUPPORTERS)
        }
    }
}

/// "孤儿、事实无人抚养儿童…纳入孤儿、事实无人抚养儿童基本生活保障范围的，不再认定为特困人员"
/// (民发〔2021〕43号: a child on that track is not recognised as 特困).
///
/// Being a 孤儿 is not being on that track: only a child who already receives the 孤儿 /
/// 事实无人抚养儿童基本生活费 is excluded. A child who does not is open to either track, one at a
/// time, and the family chooses: 特困 is then possible, not decided (the choice is pending). Until
/// it is known whether the child receives the allowance, the condition is unknown.
///
/// `receives` is whether the child receives the allowance: the member's `orphan_allowance`, or,
/// when that is not given, a 孤儿 status in force for the child (which is that allowance).
pub fn orphan_track(m: &Member, receives: Option<bool>) -> Option<Condition> {
    let kind = m.orphan.filter(|o| *o != Orphan::None)?;
    let a = [("orphan", kind.code().to_string())];
    let (status, code) = match receives {
        Some(true) => (CondStatus::NotMet, "orphan_track"),
        Some(false) => (CondStatus::Unknown, "orphan_track_to_choose"),
        None => (CondStatus::Unknown, "orphan_allowance_unknown"),
    };
    Some(quoting_cond(
        &NOT_ON_ORPHAN_TRACK,
        status,
        code,
        &a,
        C43_MINORS,
    ))
}

/// Self-care tier from the six indicators of 43号: "六项指标全部达到的，可以视为具备生活自理
/// 能力；有3项以下（含3项）指标不能达到的，可以视为部分丧失生活自理能力；有4项以上（含4项）指标
/// 不能达到的，可以视为完全丧失生活自理能力".
/// Returns (tier, unmet, answered); the tier is `unknown` while the answers cannot decide it.
pub fn self_care_tier(sc: &SelfCare) -> (&'static str, usize, usize) {
    let all = sc.all();
    let unmet = all.iter().filter(|x| **x == Some(false)).count();
    let answered = all.iter().filter(|x| x.is_some()).count();
    let tier = if unmet >= 4 {
        "full_loss"
    } else if answered < 6 {
        "unknown"
    } else if unmet == 0 {
        "capable"
    } else {
        "partial_loss"
    };
    (tier, unmet, answered)
}

/// The 特困 path for the applicant: the three conditions of 43号, plus the 孤儿 track; details
/// give the self-care tier (assessed at the home visit, §二).
pub fn tekun(s: &Situation, p: &Resolved) -> Path {
    let Some(m) = s.applicant_member() else {
        return Path::new(PathId::Tekun, plan::ER, vec![]);
    };
    // Whether the applicant is 特困 or a recognised 孤儿 now: their own status
    // (`Situation::personal_status`).
    let own = s.personal_status(s.applicant);
    let current = own.map_or(StatusKind::None, |st| st.kind);
    let orphan_in_force =
        own.is_some_and(|st| st.kind == StatusKind::Orphan && st.ended_on.is_none());
    let receives = m.orphan_allowance.or(orphan_in_force.then_some(true));
    let mut conditions = vec![no_work_capacity(m, current)];
    conditions.extend(no_livelihood(s, m, p));
    conditions.push(supporters(s));
    let orphan = orphan_track(m, receives);
    let two_tracks = orphan
        .as_ref()
        .is_some_and(|c| c.reason.code == "orphan_track_to_choose");
    conditions.extend(orphan);
    let mut path = Path::new(PathId::Tekun, plan::ER, conditions);
    path.income = own_income(s, p);
    let (tier, unmet, answered) = self_care_tier(&m.self_care);
    path.details
        .insert("applicant", format!("household[{}]", s.applicant));
    path.details.insert("self_care_tier", tier.to_string());
    path.details.insert("self_care_unmet", unmet.to_string());
    path.details
        .insert("self_care_answered", answered.to_string());
    if let Some(std) = p.decimal("tekun_standard") {
        path.details.insert("tekun_standard", money(std));
    }
    // An orphan not yet on the orphan allowance: 特困 or that allowance, the family chooses.
    if two_tracks && path.open() {
        path.notes.push(Reason::bare("family_chooses_one_track"));
    }
    path
}

/// §二: "街道（乡镇）在开展入户核查时，同步对申请人的生活自理能力开展评估": the home visit falls
/// between acceptance and the decision limit.
pub fn home_visit(s: &Situation, decision: &crate::calendar::Reckoned) -> Step {
    let mut step = Step::new(
        "home_visit_self_care",
        &[PathId::Tekun],
        Actor::Street,
        plan::ER,
    );
    step.from = Some(s.accepted_on);
    step.to = Some(decision.date);
    step.estimated = decision.is_estimated();
    step
}
