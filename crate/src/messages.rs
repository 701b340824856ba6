//! The one place that turns codes into words, in Chinese and English. The rules return codes
//! with arguments; the page and the CLI call these functions. No rule holds a sentence.
//!
//! Templates use `{name}` for an argument. Arguments that are themselves codes (a disability
//! kind, a study stage, a status…) are translated by [`value`] before they are inserted.

use crate::assessment::{Actor, Args, CondStatus, Department, Level, PathId, Reason};
use crate::choice::Choice;
use crate::input::ErrorCode;
use crate::input::Joined;
use crate::situation::{
    DisabilityKind, EmergencyKind, ExpenditureKind, IncapacityReason, IncomeKind, Orphan,
    StatusKind, Study,
};

/// Output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 中文.
    Zh,
    /// English.
    En,
}

fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Name of a path.
pub fn path_name(id: PathId, lang: Lang) -> &'static str {
    match id {
        PathId::Tekun => pick(
            lang,
            "特困人员救助供养",
            "Support for persons in extreme poverty (特困)",
        ),
        PathId::Dibao => pick(
            lang,
            "最低生活保障（低保）",
            "Minimum living allowance (低保)",
        ),
        PathId::Dibian => pick(
            lang,
            "低保边缘家庭（低边）",
            "Marginal low-income household (低边)",
        ),
        PathId::Danrenhu => pick(
            lang,
            "低边家庭成员单人户纳入低保",
            "Single-person 低保 inside a 低边 household (单人户)",
        ),
        PathId::LinshiJinan => pick(
            lang,
            "急难型临时救助",
            "Temporary assistance, emergency type",
        ),
        PathId::LinshiZhichu => pick(
            lang,
            "支出型临时救助",
            "Temporary assistance, expenditure type",
        ),
        PathId::Yishiyiyi => pick(lang, "“一事一议”", "Case-by-case decision (一事一议)"),
        PathId::Students => pick(lang, "困难学生资助", "Student aid"),
    }
}

/// Name of a level.
pub fn level_name(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::Eligible => pick(lang, "符合", "Eligible"),
        Level::Possible => pick(lang, "可能符合", "Possibly eligible"),
        Level::Ineligible => pick(lang, "不符合", "Not eligible"),
    }
}

/// Name of a condition status.
pub fn status_name(s: CondStatus, lang: Lang) -> &'static str {
    match s {
        CondStatus::Met => pick(lang, "满足", "met"),
        CondStatus::NotMet => pick(lang, "不满足", "not met"),
        CondStatus::Unknown => pick(lang, "尚不确定", "not yet known"),
    }
}

/// Name of a condition. Each condition's words are declared with its rule
/// (`rules::dibao::INCOME_BELOW_STANDARD` …); this searches the sections' lists in
/// [`crate::rules::CONDITIONS`].
pub fn condition_name(id: &str, lang: Lang) -> Option<&'static str> {
    let c = crate::rules::condition_def(id)?;
    Some(pick(lang, c.zh, c.en))
}

/// The shared reason templates, (code, zh, en): the reasons several sections return. A reason
/// one section alone returns is declared in that section (`reasons!`, `rules::REASONS`).
/// A table searched in order rather than a `match` on strings: the same words, much less
/// wasm code.
const REASONS: &[(&str, &str, &str)] = &[
    ("standard_unknown", "受理日没有有效的低保标准参数", "No 低保 standard in force on the acceptance date"),
    ("dibian_multiple_decides", "人均月收入 {per_capita_income} 元，高于低保标准的 {multiple_low} 倍（{limit_low} 元），不超过 {multiple_high} 倍（{limit_high} 元）：是否属于低边，取决于本区规定的倍数", "Per-capita income {per_capita_income} yuan is above {multiple_low} × the standard ({limit_low} yuan) and at most {multiple_high} × ({limit_high} yuan): whether it is 低边 depends on the district's multiple"),
    ("emergency_given", "遭遇{kind}", "Emergency: {kind}"),
    ("explain_afterwards", "事后补充说明情况", "The explanation can be given afterwards"),
    ("mian_shen_ji_xiang", "“免申即享”，区教育局从大救助信息系统获取信息，无需申请", "No application needed: 区教育局 takes the data from the 大救助 system"),
    ("student_in_household", "家中有在读学生", "A student in the household"),
];

/// Every reason template: the shared ones here, then each section's own.
fn all_reasons() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    REASONS.iter().chain(
        crate::rules::REASONS
            .iter()
            .flat_map(|section| section.iter()),
    )
}

fn reason_template(code: &str) -> Option<(&'static str, &'static str)> {
    all_reasons().find(|r| r.0 == code).map(|r| (r.1, r.2))
}

/// The words of the value of `T` with code `code`.
fn words<T: Choice>(code: &str) -> Option<(&'static str, &'static str)> {
    T::from_code(code).map(|c| (c.zh(), c.en()))
}

/// Translates an argument value that is a code; other values are returned as they are.
pub fn value(key: &str, v: &str, lang: Lang) -> String {
    let choice: Option<(&str, &str)> = match key {
        // The three kinds never share a code with different words ("other" means the same in
        // both lists), so the first list that knows the code gives its words.
        "kind" => words::<DisabilityKind>(v)
            .or_else(|| words::<EmergencyKind>(v))
            .or_else(|| words::<ExpenditureKind>(v)),
        "study" => words::<Study>(v),
        "case" => words::<IncapacityReason>(v),
        "orphan" => words::<Orphan>(v),
        "status" => words::<StatusKind>(v),
        _ => None,
    };
    if let Some((zh, en)) = choice {
        return pick(lang, zh, en).to_string();
    }
    let t: Option<(&str, &str)> = match (key, v) {
        ("boundary", "inclusive") => Some(("含本数", "limit included")),
        // rules::yishiyiyi::EMERGENCY_AID_FROM: the moment the 24 hours count from.
        ("from", "accepted") => Some((
            "街道（乡镇）受理、知悉情况时",
            "the moment the 街道 took up (learned of) the case",
        )),
        ("boundary", "exclusive") => Some(("不含本数", "limit excluded")),
        ("self_care_tier", "capable") => Some(("具备生活自理能力", "able to care for oneself")),
        ("self_care_tier", "partial_loss") => {
            Some(("部分丧失生活自理能力", "partly unable to care for oneself"))
        }
        ("self_care_tier", "full_loss") => {
            Some(("完全丧失生活自理能力", "fully unable to care for oneself"))
        }
        ("self_care_tier", "unknown") => Some(("待入户评估", "to be assessed at the home visit")),
        ("support_mode", "centralised_priority") => {
            Some(("优先集中供养", "priority for institutional care"))
        }
        ("support_mode", "person_chooses") => {
            Some(("本人选择集中或分散供养", "the person chooses"))
        }
        _ => None,
    };
    match t {
        Some((zh, en)) => pick(lang, zh, en).to_string(),
        None => v.to_string(),
    }
}

fn fill(template: &str, args: &Args, lang: Lang) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        let shown = match *k {
            // Lists of codes: each item in words, so that no identifier reaches the reader.
            // Income kinds in words.
            "income_kinds" => v
                .split(',')
                .map(item)
                .map(|c| match IncomeKind::from_code(c) {
                    Some(k) => pick(lang, k.zh(), k.en()),
                    None => c,
                })
                .collect::<Vec<_>>()
                .joined(pick(lang, "、", ", ")),
            "params" | "steps" => v
                .split(',')
                .map(item)
                .map(|id| {
                    let name = if *k == "params" {
                        param_name(id, lang)
                    } else {
                        step_name(id, lang)
                    };
                    name.unwrap_or(id)
                })
                .collect::<Vec<_>>()
                .joined(pick(lang, "；", "; ")),
            // Members are referred to by their path (`household[1]`, maybe `:case`); the reader
            // sees "第2位成员" / "member 2", numbered from 1 as on the page.
            "members" | "applicant" if v.starts_with("household[") => v
                .split(',')
                .map(item)
                .map(|p| member_words(p, lang))
                .collect::<Vec<_>>()
                .joined(pick(lang, "、", ", ")),
            _ => value(k, v, lang),
        };
        out = put(&out, k, &shown);
    }
    out
}

// Lists and placeholders are taken apart by hand, one character at a time, and not with a text
// pattern (`split(", ")`, `replace("{k}", …)`): a text pattern brings the two-way string search
// into the page's wasm (about 1 KB gzip) for these few short strings.

/// One item of a list the engine joined with ", " (its items, codes and member paths, hold no
/// comma): the piece after a comma without the space.
fn item(piece: &str) -> &str {
    piece.strip_prefix(' ').unwrap_or(piece)
}

/// `template` with every `{name}` replaced by `with`, as `replace` would do it.
fn put(template: &str, name: &str, with: &str) -> String {
    let mut out = String::with_capacity(template.len() + with.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        match after.strip_prefix(name).and_then(|a| a.strip_prefix('}')) {
            Some(tail) => {
                out.push_str(with);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `household[1]` → "第2位成员"; `household[1]:case` adds the case in words.
fn member_words(item: &str, lang: Lang) -> String {
    let (path, case) = match item.split_once(':') {
        Some((p, c)) => (p, Some(c)),
        None => (item, None),
    };
    let index = path
        .strip_prefix("household[")
        .and_then(|r| r.strip_suffix(']'))
        .and_then(|n| n.parse::<usize>().ok());
    let Some(i) = index else {
        return item.to_string();
    };
    let who = match lang {
        Lang::Zh => format!("第{}位成员", i + 1),
        Lang::En => format!("member {}", i + 1),
    };
    match case {
        Some(c) => format!("{who}（{}）", value("case", c, lang)),
        None => who,
    }
}

/// Local parameters: (id, zh, en).
const PARAM_NAMES: &[(&str, &str, &str)] = &[
    ("dibao_standard", "低保标准", "the 低保 standard"),
    ("dibian_multiple", "低边倍数", "the 低边 multiple"),
    (
        "dibian_multiple_reported_max",
        "邻近地区已采用的最高低边倍数",
        "the highest 低边 multiple in use nearby",
    ),
    (
        "basic_pension_excluded_dibao",
        "基础养老金是否不计入低保家庭收入",
        "whether the basic pension is left out of 低保 income",
    ),
    (
        "city_excluded_income_kinds",
        "本市规定不计入家庭收入的其他收入",
        "other income the city leaves out",
    ),
    (
        "dibian_upper_inclusive",
        "低边上限是否含本数",
        "whether the 低边 limit includes itself",
    ),
    (
        "tekun_standard",
        "特困基本生活标准",
        "the 特困 basic standard",
    ),
    (
        "linshi_cap_multiple",
        "临时救助一次性上限倍数",
        "the one-off temporary-aid cap multiple",
    ),
    (
        "linshi_cap_max_multiple",
        "临时救助最高倍数",
        "the highest temporary-aid multiple",
    ),
    ("semester_1_start", "第一学期开始", "first semester start"),
    ("semester_2_start", "第二学期开始", "second semester start"),
];

/// The name of a local parameter, for the reader.
pub fn param_name(id: &str, lang: Lang) -> Option<&'static str> {
    let (_, zh, en) = PARAM_NAMES.iter().find(|p| p.0 == id)?;
    Some(pick(lang, zh, en))
}

/// Whether `code` has text (used by tests to prove every code the engine emits is covered).
pub fn has_reason(code: &str) -> bool {
    reason_template(code).is_some()
}

/// The words for a reason with its arguments. Unknown codes come back as the code itself.
pub fn reason(r: &Reason, lang: Lang) -> String {
    match reason_template(r.code) {
        Some((zh, en)) => fill(pick(lang, zh, en), &r.args, lang),
        None => r.code.to_string(),
    }
}

/// Warning templates: (code, zh, en).
/// A table searched in order rather than a `match` on strings: the same words, much less
/// wasm code.
const WARNINGS: &[(&str, &str, &str)] = &[
    ("pre_check_not_decision", "这是预先核查，不是审核确认决定。结果以街道（乡镇）审核确认为准。", "This is a pre-check, not a decision. The 街道 decides."),
    ("accepted_far_ahead", "受理日期 {date} 在一年以后，请核对是否填错；下面所有日期都是从这一天推算的。", "The acceptance date {date} is more than a year ahead: please check it; every date below is worked out from it."),
    ("plan_not_in_force", "受理日早于本方案施行日 {since}，本方案（{not_applicable}）不适用，按此前规定办理。", "Accepted before the plan took effect on {since}: its clauses ({not_applicable}) do not apply; earlier rules do."),
    ("example_params", "以下参数为示例值，不是核实的本地标准：{params}。请以本区公布的标准为准。", "These parameters are EXAMPLES, not verified local figures: {params}. Use the district's published figures."),
    ("example_standard_decides", "收入结论依据示例低保标准，本区实际标准可能不同。", "The income result rests on an EXAMPLE 低保 standard; the district's real figure may differ."),
    ("dates_estimated", "部分日期所在年份尚无官方节假日安排，按周末和法定节假日估算（调休未知）：{steps}", "Some dates fall in a year without an official holiday schedule and are estimated (weekends and statutory holidays; the year's adjusted working days are not known): {steps}"),
    ("basic_pension_exclusion_unset", "城乡居民基础养老金“十四五”期间（至 {until}）不计入低保、低边家庭收入。受理日在 {since} 之后，本区尚未明确是否继续不计入，而这决定结论，所以结论为“可能符合”，由街道（乡镇）按本区规定认定。", "The basic residents' pension was not counted as household income for 低保 and 低边 during the 14th Five-Year Plan (to {until}). The application is from {since} on, the district has not said whether it is still not counted, and that decides the result: it is 'possibly eligible' until the 街道 applies the district's rule."),
    ("basic_pension_exclusion_unset_no_effect", "城乡居民基础养老金“十四五”期间（至 {until}）不计入低保、低边家庭收入。受理日在 {since} 之后，本区尚未明确是否继续不计入，所以计入的收入尚不确定；不过无论是否计入，本次结论都一样。", "The basic residents' pension was not counted as household income for 低保 and 低边 during the 14th Five-Year Plan (to {until}). The application is from {since} on and the district has not said whether it is still not counted, so the counted income is not certain; the result is the same either way."),
    ("dibian_multiple_unconfirmed", "低边的收入上限是低保标准的几倍，由本区确定：省里规定 {multiple_low} 倍（人均 {limit_low} 元），有的地区已提高到 {multiple_high} 倍（人均 {limit_high} 元）。您家的人均收入在两者之间，是否属于低边取决于本区的倍数。", "The 低边 income limit is a multiple of the 低保 standard that the district sets: the province says {multiple_low} × ({limit_low} yuan per person), some places have raised it to {multiple_high} × ({limit_high} yuan). Your household's per-capita income lies between the two: whether it is 低边 depends on the district's multiple."),
    ("dibian_boundary_reading", "人均收入恰好等于低边上限。“以下”按含本数理解（浙江省社会救助条例第十三条）；若按“低于”理解则不符合。", "Per-capita income sits exactly on the 低边 limit. \"以下\" is read as including the limit (浙江省社会救助条例 第十三条); read as \"below\", it would fail."),
];

fn warning_template(code: &str) -> Option<(&'static str, &'static str)> {
    WARNINGS.iter().find(|w| w.0 == code).map(|w| (w.1, w.2))
}

/// The words for a warning.
pub fn warning(code: &str, args: &Args, lang: Lang) -> String {
    match warning_template(code) {
        Some((zh, en)) => fill(pick(lang, zh, en), args, lang),
        None => code.to_string(),
    }
}

/// Timeline steps: (id, zh, en).
/// A table searched in order rather than a `match` on strings: the same words, much less
/// wasm code.
const STEPS: &[(&str, &str, &str)] = &[
    (
        "accepted",
        "受理申请（当日不计入期限）",
        "Application accepted (this day does not count)",
    ),
    (
        "decision_limit",
        "审核确认期限：{days}个工作日",
        "Decision due: {days} working days",
    ),
    (
        "decision_limit_if_check_over_15_days",
        "延长后的审核确认期限：经济状况核对超过{check_days}天的，最长{days}个工作日",
        "Extended decision limit: if the means check takes over {check_days} days, at most {days} working days",
    ),
    (
        "decision_limit_extended",
        "延长后的审核确认期限：经济状况核对超过{check_days}天，最长{days}个工作日",
        "Extended decision limit: the means check took over {check_days} days, at most {days} working days",
    ),
    (
        "home_visit_self_care",
        "入户核查，同步评估生活自理能力",
        "Home visit with the self-care assessment",
    ),
    (
        "first_payment_by",
        "首次发放：批准次月{day}日前，由区民政局直接发到市民卡（以街道审批为准，民政部门不再线下审核）",
        "First payment: by day {day} of the month after approval, paid straight to the citizen card (the 街道's approval suffices: no further review by civil affairs)",
    ),
    (
        "linshi_approval_limit",
        "临时救助审批：不超过{days}个工作日",
        "Temporary assistance approval: within {days} working days",
    ),
    (
        "linshi_payment_by",
        "临时救助资金：审批后{days}个工作日内发放（以街道审批为准，民政部门不再线下审核）",
        "Temporary assistance payment: within {days} working days of approval (the 街道's approval suffices: no further review by civil affairs)",
    ),
    (
        "yy_accept",
        "申请受理（户籍地或居住地窗口，或线上）",
        "Application accepted (window or online)",
    ),
    (
        "emergency_aid_in_place",
        "特别紧急：先行救助自{from}起{hours}小时内到位",
        "Especially urgent: aid in place within {hours} hours of {from}",
    ),
    (
        "emergency_filing",
        "先行救助同时向区民政局备案",
        "Advance aid filed with 区民政局 at the same time",
    ),
    (
        "emergency_paperwork",
        "补齐手续：紧急情况解除后{days}天内",
        "Paperwork: completed within {days} days after the emergency ends",
    ),
    (
        "yy_check_and_visit",
        "家庭经济状况核对和入户调查",
        "Means check and home visit",
    ),
    (
        "yy_democratic_review",
        "民主评议：受理后{days}个工作日内组织",
        "Democratic review: within {days} working days of acceptance",
    ),
    (
        "yy_audit",
        "社会事务办负责人审核",
        "Review by the head of the social affairs office",
    ),
    (
        "yy_collective_decision",
        "领导班子会议或专题会议集体研究",
        "Collective decision of the 街道's leadership",
    ),
    (
        "yy_publicity",
        "公示：在村居（社区）公示{days}天",
        "Public notice: {days} days in the community",
    ),
    (
        "yy_approval",
        "公示无异议的，审核确认或审批",
        "Decision after the notice, if no objection",
    ),
    (
        "yy_filing",
        "备案：审批结束后{days}个工作日内报纪（工）委和业务主管部门",
        "Filing: within {days} working days after approval",
    ),
    (
        "yy_review",
        "动态管理：每年复核不少于{times}次",
        "Reviews: at least {times} times a year",
    ),
    (
        "student_aid_start",
        "学生资助从认定次月起享受",
        "Student aid from the month after recognition",
    ),
    (
        "student_aid_last_semester",
        "退出当学期仍享受学生资助",
        "Aid continues for the semester of exit",
    ),
    (
        "student_aid_stop",
        "次学期起取消学生资助",
        "Aid stops from the next semester",
    ),
];

fn step_template(id: &str, lang: Lang) -> Option<&'static str> {
    let (_, zh, en) = STEPS.iter().find(|t| t.0 == id)?;
    Some(pick(lang, zh, en))
}

/// What happens at a timeline step, with the plan's numbers the rule put in `args`.
pub fn step(s: &crate::assessment::Step, lang: Lang) -> String {
    match step_template(s.id, lang) {
        Some(t) => fill(t, &s.args, lang),
        None => s.id.to_string(),
    }
}

/// The short name of a step, without its numbers (for lists such as the estimated dates): the
/// words before the first colon of a template that takes numbers, else the whole text.
pub fn step_name(id: &str, lang: Lang) -> Option<&'static str> {
    let t = step_template(id, lang)?;
    if !t.contains('{') {
        return Some(t);
    }
    // The first `cut` found by comparing byte windows (as `split_once(cut)` finds it; the text
    // pattern would bring the two-way string search into the page's wasm). A match of whole
    // UTF-8 characters starts on a character boundary, so the slice is sound.
    let cut = pick(lang, "：", ": ").as_bytes();
    let at = t.as_bytes().windows(cut.len()).position(|w| w == cut);
    Some(at.and_then(|i| t.get(..i)).unwrap_or(t))
}

/// Who acts.
pub fn actor_name(a: Actor, lang: Lang) -> &'static str {
    match a {
        Actor::Applicant => pick(lang, "申请人", "Applicant"),
        Actor::Street => pick(lang, "街道（乡镇）", "Sub-district (街道)"),
        Actor::Community => pick(lang, "村居（社区）", "Community (村居)"),
        Actor::CivilAffairsBureau => pick(lang, "区民政局", "District civil affairs bureau"),
        Actor::EducationBureau => pick(lang, "区教育局", "District education bureau"),
        Actor::DisciplineCommittee => pick(
            lang,
            "纪（工）委和业务主管部门",
            "Discipline committee and supervising department",
        ),
    }
}

/// The public holidays by the names the official notices use, with their English names.
const HOLIDAYS: &[(&str, &str)] = &[
    ("元旦", "New Year's Day"),
    ("春节", "Spring Festival"),
    ("清明节", "Qingming Festival"),
    ("劳动节", "Labour Day"),
    ("端午节", "Dragon Boat Festival"),
    ("中秋节", "Mid-Autumn Festival"),
    ("国庆节", "National Day"),
];

/// A holiday's name as the calendar data writes it (one name, or two joined by "、" where the
/// notices merged two holidays), in `lang`. A name the table does not know is kept as written.
pub fn holiday_name(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => name
            .split('、')
            .map(|n| {
                HOLIDAYS
                    .iter()
                    .find(|(zh, _)| *zh == n)
                    .map_or(n, |(_, en)| en)
            })
            .collect::<Vec<_>>()
            .joined(" and "),
    }
}

/// Name of a linked department.
pub fn department_name(d: Department, lang: Lang) -> &'static str {
    match d {
        Department::Education => pick(lang, "教育", "Education"),
        Department::HumanResources => pick(lang, "人社", "Human resources and social security"),
        Department::Housing => pick(lang, "住建", "Housing and construction"),
        Department::Emergency => pick(lang, "应急", "Emergency management"),
        Department::Medical => pick(lang, "医疗（医保）", "Medical insurance"),
        Department::DisabledPersons => pick(lang, "残联", "Disabled persons' federation"),
        Department::Power => pick(lang, "供电", "Power supply"),
    }
}

/// Name of a document: official name (zh) or plain English name, from the catalogue.
pub fn document_name(id: &str, lang: Lang) -> Option<&'static str> {
    let d = crate::documents::catalogue(id)?;
    Some(pick(lang, d.official_zh, d.plain_en))
}

/// Plain-language name of a document (zh: 通俗名称).
pub fn document_plain_name(id: &str, lang: Lang) -> Option<&'static str> {
    let d = crate::documents::catalogue(id)?;
    Some(pick(lang, d.plain_zh, d.plain_en))
}

/// The message of a validation error whose only argument is `detail` (for errors made outside
/// the validator, such as the page's "not a JSON object").
pub fn field_error(code: ErrorCode, detail: &str, lang: Lang) -> String {
    let mut args = crate::input::Args::new();
    args.insert("detail", detail.to_string());
    fill_plain(pick(lang, code.zh(), code.en()), &args)
}

fn fill_plain(template: &str, args: &crate::input::Args) -> String {
    crate::input::fill(template, args, |s| s, &[], "")
}

/// Every reason, warning and step code that has words here (for the tests that prove the page
/// reads no rule code and that every code has words).
pub fn known_codes() -> impl Iterator<Item = &'static str> {
    all_reasons()
        .chain(WARNINGS)
        .chain(STEPS)
        .map(|(code, _, _)| *code)
}

/// A citation as a resident reads it: a clause of the plan by the plan's own numbering
/// ("方案第四条", "方案第四条第3项"), another document by its name and article as cited. The
/// internal anchor (`§四.emergency`) stays in the data for clerks and the JSON result.
pub fn citation_name(id: &str, lang: Lang) -> String {
    // Concatenation, not `format!`/`parse`: the page's wasm carries this function.
    const NUMS: [(&str, &str); 10] = [
        ("一", "1"),
        ("二", "2"),
        ("三", "3"),
        ("四", "4"),
        ("五", "5"),
        ("六", "6"),
        ("七", "7"),
        ("八", "8"),
        ("九", "9"),
        ("十", "10"),
    ];
    let Some(rest) = id.strip_prefix('§') else {
        return id.to_string();
    };
    let (head, item) = rest.split_once('.').unwrap_or((rest, ""));
    let numbered = !item.is_empty() && item.bytes().all(|b| b.is_ascii_digit());
    let Some((zh, en)) = NUMS.iter().find(|n| n.0 == head) else {
        return pick(lang, "方案", "the plan, ").to_string()
            + if head == "序" {
                pick(lang, "序言", "preamble")
            } else {
                pick(lang, "施行日期", "entry into force")
            };
    };
    let mut out = String::new();
    for part in match lang {
        Lang::Zh => ["方案第", zh, "条", if numbered { "第" } else { "" }],
        Lang::En => [
            "the plan, article ",
            en,
            if numbered { ", item " } else { "" },
            "",
        ],
    } {
        out.push_str(part);
    }
    if numbered {
        out.push_str(item);
        out.push_str(pick(lang, "项", ""));
    }
    out
}

/// The first sentence of the resident's "next step" box: which scheme the 街道 looks at first
/// and how it relates to the others (the order is [`crate::assessment::Assessment::lead`]'s).
pub fn lead_sentence(id: PathId, lang: Lang) -> &'static str {
    match id {
        PathId::Tekun => pick(lang, "街道（乡镇）会先按特困人员救助供养审核。特困和低保不同时享受；不符合特困的，再按低保审核。", "The 街道 will assess 特困 support first. 特困 and 低保 are not received together; if 特困 is not met, 低保 is assessed next."),
        PathId::Dibao => pick(lang, "街道（乡镇）会按低保审核；不符合低保的，再看是否属于低边家庭。", "The 街道 will assess 低保; if 低保 is not met, it looks at 低边 next."),
        PathId::Dibian => pick(lang, "街道（乡镇）会按低边家庭审核：收入略高于低保标准、在低边上限以下的家庭。", "The 街道 will assess 低边: households a little above the 低保 standard and under the 低边 limit."),
        PathId::Danrenhu => pick(lang, "街道（乡镇）会按单人户低保审核。", "The 街道 will assess 低保 for this person as a household of one."),
        PathId::LinshiJinan => pick(lang, "先求助：街道（乡镇）会先给予临时救助，手续可以之后补办。", "Ask for help first: the 街道 gives temporary assistance now; the paperwork can follow."),
        PathId::LinshiZhichu => pick(lang, "街道（乡镇）会按支出型临时救助审批。", "The 街道 will decide on expense-type temporary assistance."),
        PathId::Yishiyiyi => pick(lang, "街道（乡镇）会按“一事一议”研究您家的情况。", "The 街道 will consider your household's case under 一事一议."),
        PathId::Students => pick(lang, "学生资助免申即享，不用另外申请。", "Student aid comes without applying."),
    }
}

/// The "next step" box when nothing applies: what the household can still do.
pub fn nothing_applies(lang: Lang) -> &'static str {
    pick(lang, "按您填写的情况，目前没有适用的救助。您仍可以到街道（乡镇）社会救助窗口当面说明情况；确有特殊困难的，街道可以按“一事一议”研究。", "On what you told us, no assistance applies now. You can still explain your situation at the 街道's social assistance window; where the hardship is exceptional, the 街道 can consider it under 一事一议.")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every quoted code that follows `pattern` in `src` (skipping whitespace and newlines).
    fn codes_after<'a>(src: &'a str, pattern: &str) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut rest = src;
        while let Some(i) = rest.find(pattern) {
            rest = &rest[i + pattern.len()..];
            let t = rest.trim_start();
            if let Some(body) = t.strip_prefix('"') {
                if let Some(end) = body.find('"') {
                    out.push(&body[..end]);
                }
            }
        }
        out
    }

    const RULES: &[&str] = &[
        include_str!("rules/dibao.rs"),
        include_str!("rules/tekun.rs"),
        include_str!("rules/gongyang.rs"),
        include_str!("rules/linshi.rs"),
        include_str!("rules/yishiyiyi.rs"),
        include_str!("rules/linked.rs"),
        include_str!("rules/students.rs"),
        include_str!("rules/funds.rs"),
        include_str!("rules/documents.rs"),
        include_str!("rules/warnings.rs"),
        include_str!("rules/mod.rs"),
    ];

    /// Scans the rule sources, so that a code added to a rule without words fails here even
    /// before a scenario reaches it.
    #[test]
    fn every_code_in_the_rules_has_words() {
        let mut missing = Vec::new();
        for src in RULES {
            for c in codes_after(src, "Reason::bare(")
                .into_iter()
                .chain(codes_after(src, "Reason::new("))
            {
                if !has_reason(c) {
                    missing.push(format!("reason {c}"));
                }
            }
            for c in codes_after(src, "Step::new(") {
                if step_name(c, Lang::En).is_none() {
                    missing.push(format!("step {c}"));
                }
            }
            for c in codes_after(src, "push(w(")
                .into_iter()
                .chain(codes_after(src, "vec![w("))
            {
                if warning(c, &Args::new(), Lang::Zh) == c {
                    missing.push(format!("warning {c}"));
                }
            }
        }
        for d in crate::documents::CATALOGUE {
            assert!(
                document_name(d.id, Lang::Zh).is_some()
                    && document_plain_name(d.id, Lang::En).is_some()
            );
        }
        assert!(missing.is_empty(), "codes without words: {missing:?}");
    }

    /// Conditions are declared with their words next to their rules; each id once, each with
    /// words in both languages, and the lookup finds each.
    #[test]
    fn every_declared_condition_is_named_once_in_both_languages() {
        let mut ids = Vec::new();
        for c in crate::rules::CONDITIONS.iter().flat_map(|c| c.iter()) {
            assert!(!c.zh.is_empty() && !c.en.is_empty(), "{}", c.id);
            assert!(!ids.contains(&c.id), "{} declared twice", c.id);
            ids.push(c.id);
            assert_eq!(condition_name(c.id, Lang::Zh), Some(c.zh));
            assert_eq!(condition_name(c.id, Lang::En), Some(c.en));
        }
        assert_eq!(condition_name("no_such_condition", Lang::Zh), None);
    }

    /// A step template that takes numbers has a short name before its colon, with none.
    #[test]
    fn step_names_for_lists_carry_no_placeholder() {
        for (id, _, _) in STEPS {
            for lang in [Lang::Zh, Lang::En] {
                let name = step_name(id, lang).unwrap_or("{");
                assert!(!name.contains('{') && !name.is_empty(), "{id}: {name}");
            }
        }
    }

    #[test]
    fn every_parameter_has_a_name_and_lists_of_codes_are_worded() {
        for p in crate::params::PARAMS {
            assert!(param_name(p.id, Lang::Zh).is_some(), "no name for {}", p.id);
            assert!(param_name(p.id, Lang::En).is_some(), "no name for {}", p.id);
        }
        let mut a = Args::new();
        a.insert("params", "dibao_standard, tekun_standard".into());
        let zh = warning("example_params", &a, Lang::Zh);
        assert!(zh.contains("低保标准；特困基本生活标准"), "{zh}");
        assert!(!zh.contains("dibao_standard"), "{zh}");
    }

    #[test]
    fn members_are_named_by_their_place_in_the_household() {
        let mut a = Args::new();
        a.insert("members", "household[1], household[2]".into());
        let r = Reason {
            code: "income_unknown",
            args: a,
        };
        let zh = reason(&r, Lang::Zh);
        assert!(zh.contains("第2位成员、第3位成员"), "{zh}");
        let en = reason(&r, Lang::En);
        assert!(en.contains("member 2, member 3"), "{en}");
        assert!(!en.contains("household["), "{en}");
    }

    #[test]
    fn the_24_hours_say_from_when_they_count() {
        // The help-first notice the resident sees: 24 h from 受理 (rules::yishiyiyi).
        let n = crate::rules::yishiyiyi::emergency_notice();
        let zh = reason(&n, Lang::Zh);
        assert!(
            zh.contains("自街道（乡镇）受理、知悉情况时起24小时内到位"),
            "{zh}"
        );
        let en = reason(&n, Lang::En);
        assert!(
            en.contains("within 24 hours of the moment the 街道 took up (learned of) the case"),
            "{en}"
        );
        assert!(!en.contains("accepted") && !zh.contains('{'), "{en}");
    }

    #[test]
    fn a_status_of_another_member_is_named_in_words() {
        let r = Reason::new(
            "status_is_personal",
            &[
                ("members", "household[0]".into()),
                ("status", "tekun".into()),
            ],
        );
        let zh = reason(&r, Lang::Zh);
        assert!(zh.starts_with("第1位成员的特困身份属于本人"), "{zh}");
        assert!(!zh.contains("tekun") && !zh.contains("household"), "{zh}");
    }

    #[test]
    fn arguments_are_filled_and_translated() {
        let r = Reason::new(
            "disability_grade",
            &[("kind", "limb".into()), ("grade", "2".into())],
        );
        assert_eq!(reason(&r, Lang::Zh), "肢体残疾2级，属无劳动能力");
        assert_eq!(
            reason(&r, Lang::En),
            "limb disability, grade 2: unable to work"
        );
        let r = Reason::new(
            "not_below_standard",
            &[
                ("household_income", "2500.00".into()),
                ("members", "2".into()),
                ("per_capita_income", "1250.00".into()),
                ("standard", "1160.00".into()),
                ("household_limit", "2320.00".into()),
                ("gap", "180.00".into()),
            ],
        );
        assert_eq!(
            reason(&r, Lang::Zh),
            "家庭月收入 2500.00 元（2 人，人均约 1250.00 元），不低于低保标准 1160.00 元 × 2 人 = 2320.00 元（超出 180.00 元）"
        );
        let r = Reason::new(
            "income_exclusion_decides",
            &[("income_kinds", "basic_pension, high_age_allowance".into())],
        );
        let zh = reason(&r, Lang::Zh);
        assert!(
            zh.starts_with("是否计入城乡居民基础养老金、高龄津贴"),
            "{zh}"
        );
        assert!(!reason(&r, Lang::En).contains("basic_pension"));
    }
}
