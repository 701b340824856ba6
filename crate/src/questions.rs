//! The questions the page asks, as one table: for each question its step, its control, the
//! engine path it fills, its words in both languages, its allowed values and when it is shown.
//!
//! It lives in the engine crate, not in `web/`, because every row names an engine path and the
//! engine's values: a path that does not exist, or a value the engine does not know, is a failed
//! test here rather than a silent no-op on the page. The page (`jiuzhu-web`) reads this table to
//! write `web/index.html` (a native generator), to build the `RawSituation` from its controls,
//! to order its steps, to name fields in error messages, and to lay out the clerk's fields.
//!
//! Paths are the engine's JSON paths. Two conventions for the per-member rows:
//! `household[].age` is the `age` of every member (the page puts the index in the `[]`), and
//! `household[].income.wage` is "one income line of kind `wage`, holding the amount typed": the
//! page adds a line only for the income fields that are filled, so the engine's own path for
//! that amount is `household[i].income[n].amount` with `n` counting the filled lines. The
//! kinds of a 多重残疾 follow the same rule: `household[].disability.components.hearing` is "one
//! component of kind `hearing`, holding the grade chosen", at
//! `household[i].disability.components[n].grade` ([`list_row`]).

use crate::messages::Lang;
use crate::situation::{
    Loose, RawCheck, RawDisability, RawDisabilityPart, RawEmergency, RawExpenditure, RawIncome,
    RawMember, RawSelfCare, RawStatus, RawSupporters,
};
use crate::{RawSituation, Situation};

/// A text in both languages.
pub type Words = (&'static str, &'static str);

/// Words only the page's HTML needs: `web/index.html` is written natively and holds them, and
/// nothing in the wasm reads them (radio choices are `.zh`/`.en` spans that CSS switches). So
/// the wasm keeps none of them: on wasm these words are `("", "")`. The same goes, by
/// `cfg`, for hints, step titles and intros, and the clerk's labels and group titles.
const fn page_only(w: Words) -> Words {
    if cfg!(target_arch = "wasm32") {
        ("", "")
    } else {
        w
    }
}

/// Picks one language of a [`Words`] pair.
pub fn pick(w: Words, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => w.0,
        Lang::En => w.1,
    }
}

/// The kind of control a question is answered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Free text.
    Text,
    /// A whole number typed as text (numeric keyboard).
    Count,
    /// An amount of money typed as text (decimal keyboard).
    Money,
    /// `<input type=date>`.
    Date,
    /// `<input type=month>` (clerk only).
    Month,
    /// `<input type=datetime-local>` (clerk only).
    DateTime,
    /// A `<select>` of the question's options.
    Select,
    /// A radio group of the question's options.
    Radio,
    /// A single checkbox: `true` or `false`.
    Checkbox,
    /// A parameter override in the result step's "local figures" box.
    Param,
}

/// How the control's value becomes the engine's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// The text as typed (trimmed); nothing when empty.
    Text,
    /// `yes` → `true`, `no` → `false`; anything else (`unknown`, unanswered) → nothing.
    YesNo,
    /// As [`Conv::YesNo`], negated: the page asks "can you deal with it alone?", the engine
    /// reads "cannot resolve alone".
    NotYesNo,
    /// A checkbox: always `true` or `false`.
    Checkbox,
}

/// One allowed value of a select or radio group: the engine's code and its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    /// The value the control holds and the engine reads.
    pub value: &'static str,
    /// Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

const fn o(value: &'static str, zh: &'static str, en: &'static str) -> Opt {
    Opt { value, zh, en }
}

/// A choice of a radio group: its words are page only (see [`page_only`]).
const fn r(value: &'static str, zh: &'static str, en: &'static str) -> Opt {
    let (zh, en) = page_only((zh, en));
    Opt { value, zh, en }
}

/// The allowed values of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Options {
    /// Free input: no list.
    None,
    /// One of the engine's enums, by name (see [`choices`]).
    Enum(Enum),
    /// Words that belong to this question only (yes/no worded for the question).
    Own(&'static [Opt]),
}

/// The engine enums the page offers as choices (each a [`Choice`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enum {
    /// `situation::Channel`.
    Channel,
    /// `situation::DisabilityKind`.
    DisabilityKind,
    /// Disability grade 1–4.
    Grade,
    /// `situation::Study`.
    Study,
    /// `situation::Orphan`.
    Orphan,
    /// `situation::Tri` (yes / no / unknown).
    Tri,
    /// `situation::Supporters` (without `unknown`, which is "not answered").
    Supporters,
    /// `situation::IncapacityReason`.
    IncapacityReason,
    /// `situation::StatusKind`.
    StatusKind,
    /// `situation::EmergencyKind`.
    EmergencyKind,
    /// `situation::ExpenditureKind`.
    ExpenditureKind,
    /// The clerk's case kind (`clerk::deadline`).
    CaseKind,
}

/// The members whose income is blank: neither an amount nor "没有收入". The page flags them on
/// the income step, so that a blank never reaches the result as "income not given".
pub fn blank_income(raw: &RawSituation) -> Vec<crate::FieldError> {
    use crate::input::ErrorCode;
    let code = ErrorCode::IncomeBlank;
    raw.household
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, m)| m.income.is_none())
        .map(|(i, _)| crate::FieldError {
            path: format!("household[{i}].income"),
            code,
            args: Default::default(),
            input: String::new(),
            zh: code.zh().into(),
            en: code.en().into(),
        })
        .collect()
}

/// Values of an engine enum the form does not offer: for the supporters, "not known" is
/// simply leaving the question unanswered.
#[cfg(test)]
const NOT_OFFERED: &[(Enum, &str)] = &[(Enum::Supporters, "unknown")];

/// How the form words each value of an engine enum (the engine's own words are written to sit
/// inside a sentence: "limb", "not studying"). Which values exist, and their order, are the
/// engine's (`Choice::ALL`): a value the engine adds, drops or reorders fails
/// `options_are_the_engines_values` until the form words it here.
static FORM_WORDS: &[(Enum, &str, Words)] = &[
    (
        Enum::Channel,
        "window_huji",
        page_only((
            "户籍所在地的街道（乡镇）窗口",
            "The window of the 街道 where your 户籍 is",
        )),
    ),
    (
        Enum::Channel,
        "window_residence",
        page_only((
            "居住地的街道（乡镇）窗口",
            "The window of the 街道 where you live",
        )),
    ),
    (Enum::Channel, "online", page_only(("网上申请", "Online"))),
    (Enum::DisabilityKind, "limb", ("肢体", "Physical")),
    (Enum::DisabilityKind, "visual", ("视力", "Visual")),
    (
        Enum::DisabilityKind,
        "intellectual",
        ("智力", "Intellectual"),
    ),
    (
        Enum::DisabilityKind,
        "mental",
        ("精神", "Psychosocial (精神)"),
    ),
    (Enum::DisabilityKind, "hearing", ("听力", "Hearing")),
    (Enum::DisabilityKind, "speech", ("言语", "Speech")),
    (Enum::DisabilityKind, "multiple", ("多重", "Multiple")),
    (Enum::Study, "none", ("不在读", "Not studying")),
    (
        Enum::Study,
        "compulsory",
        (
            "义务教育（小学、初中）",
            "Compulsory schooling (primary, junior secondary)",
        ),
    ),
    (
        Enum::Study,
        "high_school",
        ("普通高中", "General senior high school"),
    ),
    (
        Enum::Study,
        "vocational",
        ("中等职业学校", "Secondary vocational school"),
    ),
    (Enum::Study, "university", ("高校", "Higher education")),
    (Enum::Orphan, "none", ("否", "No")),
    (Enum::Orphan, "orphan", ("孤儿", "Orphan (孤儿)")),
    (
        Enum::Orphan,
        "de_facto_unsupported",
        ("事实无人抚养儿童", "De-facto unsupported child"),
    ),
    (Enum::Tri, "yes", page_only(("是", "Yes"))),
    (Enum::Tri, "no", page_only(("否", "No"))),
    (Enum::Tri, "unknown", page_only(("不清楚", "Not sure"))),
    (Enum::Supporters, "none", page_only(("没有", "None"))),
    (
        Enum::Supporters,
        "able",
        page_only(("有，并且有能力", "Yes, and they are able to")),
    ),
    (
        Enum::Supporters,
        "unable",
        page_only(("有，但他们没有能力", "Yes, but they are not able to")),
    ),
    (
        Enum::IncapacityReason,
        "is_tekun",
        ("本人是特困人员", "They are 特困 themselves"),
    ),
    (
        Enum::IncapacityReason,
        "dibao_over_60",
        ("60周岁以上的低保对象", "On 低保 and aged 60 or over"),
    ),
    (
        Enum::IncapacityReason,
        "over_70_or_severe_disability_low_income",
        (
            "70周岁以上或重度残疾，且收入低",
            "Aged 70+ or severely disabled, with low income",
        ),
    ),
    (
        Enum::IncapacityReason,
        "no_capacity_missing_or_prison",
        (
            "无民事行为能力或被宣告失踪",
            "Lacks legal capacity or declared missing",
        ),
    ),
    (
        Enum::IncapacityReason,
        "in_prison",
        ("在监狱服刑", "Serving a prison sentence"),
    ),
    (Enum::StatusKind, "none", ("没有", "No")),
    (
        Enum::StatusKind,
        "dibao",
        ("低保", "低保 (minimum living allowance)"),
    ),
    (
        Enum::StatusKind,
        "dibian",
        ("低保边缘", "低边 (low-income margin)"),
    ),
    (Enum::StatusKind, "tekun", ("特困供养", "特困 support")),
    (Enum::StatusKind, "orphan", ("孤儿", "Orphan allowance")),
    (Enum::EmergencyKind, "fire", ("火灾", "Fire")),
    (
        Enum::EmergencyKind,
        "traffic_accident",
        ("交通事故", "Traffic accident"),
    ),
    (
        Enum::EmergencyKind,
        "accident",
        ("其他意外事故", "Other accident"),
    ),
    (
        Enum::EmergencyKind,
        "illness",
        ("突发重病", "Sudden serious illness"),
    ),
    (
        Enum::EmergencyKind,
        "natural_disaster",
        ("自然灾害", "Natural disaster"),
    ),
    (
        Enum::EmergencyKind,
        "crime",
        ("遭受侵害", "Victim of a crime"),
    ),
    (Enum::EmergencyKind, "other", ("其他", "Other")),
    (Enum::ExpenditureKind, "medical", ("医疗", "Medical")),
    (Enum::ExpenditureKind, "education", ("教育", "Education")),
    (Enum::ExpenditureKind, "funeral", ("丧葬", "Funeral")),
    (Enum::ExpenditureKind, "other", ("其他", "Other")),
    (Enum::CaseKind, "dibao", ("低保", "低保")),
    (Enum::CaseKind, "dibian", ("低边", "低边")),
    (Enum::CaseKind, "tekun", ("特困", "特困")),
    (Enum::CaseKind, "linshi", ("临时救助", "Temporary aid")),
];

const GRADES: &[Opt] = &[
    o("1", "一级", "Grade 1"),
    o("2", "二级", "Grade 2"),
    o("3", "三级", "Grade 3"),
    o("4", "四级", "Grade 4"),
];

/// The values of an engine enum the form offers, in the engine's order, in the form's words.
/// The list is `FORM_WORDS`; `options_are_the_engines_values` below holds it equal, value for
/// value and in order, to the enum's `Choice::ALL` (less `NOT_OFFERED`). Read from one static
/// list rather than built from `ALL` at run time: one generic instantiation per enum cost the
/// page's wasm more than the list itself.
pub fn choices(e: Enum) -> Vec<Opt> {
    if e == Enum::Grade {
        return GRADES.to_vec();
    }
    FORM_WORDS
        .iter()
        .filter(|(k, _, _)| *k == e)
        .map(|(_, value, (zh, en))| Opt { value, zh, en })
        .collect()
}

/// When a question is shown and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reveal {
    /// Always.
    Always,
    /// Only when the question with this id has a value: the page does not read it otherwise
    /// (a date of an emergency that was not named means nothing to the engine).
    WhenSet(&'static str),
    /// Only when the question with this id has one of these values (the kinds of a disability
    /// only for a 多重残疾; the orphan allowance only for a 孤儿 or 事实无人抚养儿童).
    WhenIn(&'static str, &'static [&'static str]),
}

impl Reveal {
    /// The question this one depends on, if any.
    pub fn depends_on(&self) -> Option<&'static str> {
        match *self {
            Reveal::Always => None,
            Reveal::WhenSet(d) | Reveal::WhenIn(d, _) => Some(d),
        }
    }
    /// Whether a question with this rule is shown, given the value of the one it depends on.
    pub fn holds(&self, dep_value: &str) -> bool {
        let v = dep_value.trim();
        match *self {
            Reveal::Always => true,
            Reveal::WhenSet(_) => !v.is_empty(),
            Reveal::WhenIn(_, values) => values.contains(&v),
        }
    }
}

/// For a per-member row that adds one line to a list (`household[].income.wage`,
/// `household[].disability.components.limb`): the list's field path in a member and the field
/// of a line that holds the value typed (`("income", "amount")`,
/// `("disability.components", "grade")`).
pub fn list_row(path: &str) -> Option<(&'static str, &'static str)> {
    let field = path.strip_prefix("household[].")?;
    if field.starts_with("income.") {
        Some(("income", "amount"))
    } else if field.starts_with("disability.components.") {
        Some(("disability.components", "grade"))
    } else {
        None
    }
}

/// One question of the resident's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Control id; on a member card the page writes `m{n}-{id}`. A radio group's name.
    pub id: &'static str,
    /// The step it belongs to (an id of [`STEPS`]).
    pub step: &'static str,
    /// The control.
    pub control: Control,
    /// The engine path it fills (see the module documentation for `household[]`).
    pub path: &'static str,
    /// How its value becomes the engine's.
    pub conv: Conv,
    /// Label, Chinese and English (page only: not in the wasm, where the page reads a control's
    /// label from the markup `page.rs` wrote from this table).
    #[cfg(not(target_arch = "wasm32"))]
    pub label: Words,
    /// A hint under the label (page only: not in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub hint: Option<Words>,
    /// A first option with the empty value ("none", "choose"), for selects.
    pub blank: Option<Words>,
    /// Allowed values.
    pub options: Options,
    /// When it is shown.
    pub shown_when: Reveal,
}

impl Question {
    /// Whether the question is asked once per household member.
    pub fn per_member(&self) -> bool {
        self.path.starts_with("household[].")
    }
    /// The allowed values, in order (empty for free input).
    pub fn options(&self) -> Vec<Opt> {
        match self.options {
            Options::None => Vec::new(),
            Options::Enum(e) => choices(e),
            Options::Own(list) => list.to_vec(),
        }
    }
    /// The label in `lang`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn label(&self, lang: Lang) -> &'static str {
        pick(self.label, lang)
    }
}

const fn q(
    id: &'static str,
    step: &'static str,
    control: Control,
    path: &'static str,
    label: Words,
) -> Question {
    let conv = match control {
        Control::Checkbox => Conv::Checkbox,
        _ => Conv::Text,
    };
    #[cfg(target_arch = "wasm32")]
    let _ = label;
    Question {
        id,
        step,
        control,
        path,
        conv,
        #[cfg(not(target_arch = "wasm32"))]
        label,
        #[cfg(not(target_arch = "wasm32"))]
        hint: None,
        blank: None,
        options: Options::None,
        shown_when: Reveal::Always,
    }
}

impl Question {
    #[cfg(not(target_arch = "wasm32"))]
    const fn hint(mut self, zh: &'static str, en: &'static str) -> Self {
        self.hint = Some((zh, en));
        self
    }
    /// Hints are page only: the wasm keeps none.
    #[cfg(target_arch = "wasm32")]
    const fn hint(self, _zh: &'static str, _en: &'static str) -> Self {
        self
    }
    const fn blank(mut self, zh: &'static str, en: &'static str) -> Self {
        self.blank = Some((zh, en));
        self
    }
    const fn of(mut self, e: Enum) -> Self {
        self.options = Options::Enum(e);
        self
    }
    const fn own(mut self, list: &'static [Opt]) -> Self {
        self.options = Options::Own(list);
        self
    }
    const fn conv(mut self, c: Conv) -> Self {
        self.conv = c;
        self
    }
    const fn when(mut self, id: &'static str) -> Self {
        self.shown_when = Reveal::WhenSet(id);
        self
    }
    const fn when_in(mut self, id: &'static str, values: &'static [&'static str]) -> Self {
        self.shown_when = Reveal::WhenIn(id, values);
        self
    }
}

const YES_NO: &[Opt] = &[r("yes", "是", "Yes"), r("no", "否", "No")];
/// The value of `dis-kind` that asks for the kinds of a 多重残疾.
const MULTIPLE: &[&str] = &["multiple"];
const CAN: &[Opt] = &[r("yes", "能", "Yes"), r("no", "不能", "No")];
/// The hint of the kinds only 民发〔2021〕57号 leaves out: 43号 counts them for 特困.
const NOT_FOR_DIBAO: Words = (
    "低保、低边不算收入；特困认定要算收入。",
    "Not counted for 低保 and 低边; counted for 特困.",
);

use Control::*;

/// Every question of the resident's form, in page order within each step. A `static`, not a
/// `const`: a const table is copied into every function that reads it, twice the wasm.
pub static QUESTIONS: &[Question] = &[
    q("accepted", "start", Date, "accepted_on", ("打算哪天去申请", "When will you apply"))
        .hint("默认是今天。所有日期都从这一天算起。", "Today by default. Every date is counted from this day."),
    q("huji", "where", Radio, "huji_in_district", ("家庭户籍在本区吗？", "Is the household's 户籍 (residence registration) in this district?"))
        .own(YES_NO)
        .conv(Conv::YesNo),
    q("channel", "where", Radio, "channel", ("您想在哪里申请？", "Where would you like to apply?")).of(Enum::Channel),
    // The member card, part by part.
    q("name", "household", Text, "household[].name", ("称呼（可不填）", "What to call them (optional)")),
    q("age", "household", Count, "household[].age", ("年龄（周岁）", "Age (full years)")),
    q("birth", "household", Date, "household[].birth_date", ("或：出生日期", "Or: date of birth")),
    q("dis-kind", "disability", Select, "household[].disability.kind", ("残疾类别", "Kind of disability"))
        .blank("无残疾", "No disability")
        .of(Enum::DisabilityKind),
    q("dis-grade", "disability", Select, "household[].disability.grade", ("残疾等级（见残疾证）", "Disability grade (on the certificate)"))
        .blank("—", "—")
        .of(Enum::Grade),
    // A 多重残疾: the grade of each kind it combines (民发〔2021〕43号 decides 无劳动能力 by kind).
    q("dis-limb", "disability", Select, "household[].disability.components.limb", ("其中肢体残疾等级", "Of which: physical disability grade"))
        .hint("多重残疾请按残疾证分别选择各类残疾的等级；没有的类别不选。", "For a multiple disability, choose the grade of each kind on the certificate; leave out kinds it does not include.")
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("dis-visual", "disability", Select, "household[].disability.components.visual", ("其中视力残疾等级", "Of which: visual disability grade"))
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("dis-intellectual", "disability", Select, "household[].disability.components.intellectual", ("其中智力残疾等级", "Of which: intellectual disability grade"))
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("dis-mental", "disability", Select, "household[].disability.components.mental", ("其中精神残疾等级", "Of which: psychosocial (精神) disability grade"))
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("dis-hearing", "disability", Select, "household[].disability.components.hearing", ("其中听力残疾等级", "Of which: hearing disability grade"))
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("dis-speech", "disability", Select, "household[].disability.components.speech", ("其中言语残疾等级", "Of which: speech disability grade"))
        .blank("无", "None")
        .of(Enum::Grade)
        .when_in("dis-kind", MULTIPLE),
    q("ill", "disability", Checkbox, "household[].serious_illness", ("患有重特大疾病", "Has a serious or major illness (重特大疾病)")),
    q("study", "study", Select, "household[].study", ("在读情况", "Studying")).of(Enum::Study),
    q("orphan", "study", Select, "household[].orphan", ("是否孤儿或事实无人抚养儿童", "Orphan or de-facto unsupported child")).of(Enum::Orphan),
    q("orphan-allow", "study", Select, "household[].orphan_allowance", ("是否已经在领取孤儿或事实无人抚养儿童基本生活费？", "Does the child already receive the orphan / unsupported-child basic living allowance?"))
        .hint("已领取的不再认定为特困人员；尚未领取的，可以在这项保障和特困供养中选择一种。", "A child who receives it is not recognised as 特困; a child who does not can choose between that allowance and 特困 support.")
        .blank("不清楚", "Not sure")
        .own(YES_NO)
        .conv(Conv::YesNo)
        .when_in("orphan", &["orphan", "de_facto_unsupported"]),
    q("own-status", "study", Select, "household[].status.kind", ("这位成员本人是否已被认定为特困人员或孤儿？", "Is this member personally recognised as 特困 or as an orphan?"))
        .hint("特困、孤儿是本人的身份，不延及家里其他人；低保、低边是全家的，在“现在的救助身份”一步填写。", "特困 and orphan status belong to the person and do not pass to others in the household; 低保 and 低边 belong to the household (the step “Current assistance status”).")
        .blank("没有", "No")
        .own(&[r("tekun", "特困供养人员", "特困 (extreme poverty support)"), r("orphan", "孤儿（已领取孤儿基本生活费）", "Orphan (receives the orphan allowance)")]),
    q("own-status-since", "study", Date, "household[].status.recognised_on", ("本人身份从哪天开始认定的", "Recognised on")).when("own-status"),
    q("own-status-ended", "study", Date, "household[].status.ended_on", ("如已退出，哪天退出的", "If it has ended, when")).when("own-status"),
    // A blank is not an answer: each member either has an amount or this box ticked.
    q("inc-none", "income", Checkbox, "household[].income", ("这位成员没有收入", "This member has no income")),
    q("inc-work", "income", Money, "household[].income.wage", ("每月工资、经营等劳动收入（元）", "Monthly pay or business income (yuan)")),
    q("inc-pension", "income", Money, "household[].income.other_pension", ("每月退休金、养老金（不含城乡居民基础养老金）（元）", "Monthly retirement pension, excluding the basic residents' pension (yuan)")),
    q("inc-support", "income", Money, "household[].income.support_payment", ("每月收到的赡养费、抚养费（元）", "Monthly support paid by relatives (yuan)")),
    q("inc-other", "income", Money, "household[].income.other", ("其他每月收入（元）", "Other monthly income (yuan)")),
    // The kinds that 特困 (民发〔2021〕43号) and 低保/低边 (民发〔2021〕57号) count differently,
    // one row each, so that every line lands on the kind its rule names; each hint says how
    // both count it (rules::tekun::INCOME_RULES, rules::dibao::INCOME_RULES).
    q("inc-basic", "income", Money, "household[].income.basic_pension", ("城乡居民基础养老金（元/月）", "Basic residents' pension (yuan a month)"))
        .hint("特困认定不算收入。低保、低边：“十四五”期间不算收入，之后按本区规定。", "Not counted for 特困. For 低保 and 低边: not counted during the 14th Five-Year Plan period; after it, as the district decides."),
    q("inc-allow", "income", Money, "household[].income.high_age_allowance", ("高龄津贴（元/月）", "Old-age allowance (yuan a month)"))
        .hint("特困认定不算收入；低保、低边要算收入（本市另有规定的除外）。", "Not counted for 特困; counted for 低保 and 低边 unless the city says otherwise."),
    q("inc-care", "income", Money, "household[].income.preferential_care", ("优待抚恤金（元/月）", "Preferential care and pension payments for veterans and their families (yuan a month)"))
        .hint("特困、低保、低边都不算收入。", "Not counted for 特困, 低保 or 低边."),
    q("inc-insurance", "income", Money, "household[].income.social_insurance", ("医疗保险等社会保险待遇（元/月）", "Medical insurance and other social insurance benefits (yuan a month)"))
        .hint("特困认定不算收入；低保、低边要算收入（本市另有规定的除外）。", "Not counted for 特困; counted for 低保 and 低边 unless the city says otherwise."),
    q("inc-family-planning", "income", Money, "household[].income.family_planning", ("计划生育奖励金、扶助金（元/月）", "Family-planning rewards and support (yuan a month)"))
        .hint(NOT_FOR_DIBAO.0, NOT_FOR_DIBAO.1),
    q("inc-scholarship", "income", Money, "household[].income.scholarship", ("奖学金（按每月平均，元）", "Scholarships (monthly average, yuan)"))
        .hint(NOT_FOR_DIBAO.0, NOT_FOR_DIBAO.1),
    q("inc-reward", "income", Money, "household[].income.reward_subsidy", ("见义勇为等奖励（按每月平均，元）", "Awards for bravery and similar rewards (monthly average, yuan)"))
        .hint(NOT_FOR_DIBAO.0, NOT_FOR_DIBAO.1),
    q("inc-aid", "income", Money, "household[].income.social_assistance", ("政府发放的救助金和救助物资，如临时救助（元/月）", "Assistance in money or goods from the government, such as temporary aid (yuan a month)"))
        .hint(NOT_FOR_DIBAO.0, NOT_FOR_DIBAO.1),
    // The household as a whole.
    q("property", "property", Radio, "property_within_limits", ("家里的存款、房产、车辆等，是否在当地规定的范围内？", "Are the household's savings, homes, vehicles and the like within the local limits?"))
        .hint("不清楚也没关系：申请后街道会通过家庭经济状况核对来确认。", "Not sure is fine: after you apply, the 街道 checks this through the household economic check.")
        .of(Enum::Tri),
    q("supporters", "supporters", Radio, "supporters.status", ("申请人有没有法定的赡养、抚养或扶养义务人（如子女、配偶、父母）？", "Does the applicant have relatives with a legal duty to support them (children, spouse, parents)?"))
        .of(Enum::Supporters),
    q("supporters-reason", "supporters", Select, "supporters.reason", ("他们为什么没有能力？", "Why are they not able to?"))
        .blank("请选择", "Choose")
        .of(Enum::IncapacityReason)
        // Asked only of supporters who exist and are unable (issue 12).
        .when_in("supporters", &["unable"]),
    q("sc-eating", "selfcare", Radio, "self_care.eating", ("能自己吃饭吗？", "Can they eat by themselves?")).own(CAN).conv(Conv::YesNo),
    q("sc-dressing", "selfcare", Radio, "self_care.dressing", ("能自己穿衣吗？", "Can they dress by themselves?")).own(CAN).conv(Conv::YesNo),
    q("sc-bed", "selfcare", Radio, "self_care.bed", ("能自己上下床吗？", "Can they get in and out of bed?")).own(CAN).conv(Conv::YesNo),
    q("sc-toilet", "selfcare", Radio, "self_care.toilet", ("能自己上厕所吗？", "Can they use the toilet?")).own(CAN).conv(Conv::YesNo),
    q("sc-walking", "selfcare", Radio, "self_care.walking", ("能在室内自己走动吗？", "Can they walk about indoors?")).own(CAN).conv(Conv::YesNo),
    q("sc-bathing", "selfcare", Radio, "self_care.bathing", ("能自己洗澡吗？", "Can they bathe by themselves?")).own(CAN).conv(Conv::YesNo),
    q("em-kind", "events", Select, "emergency.kind", ("最近是否遭遇突发事件？", "Has something sudden happened recently?"))
        .blank("没有", "No")
        .of(Enum::EmergencyKind),
    q("em-date", "events", Date, "emergency.occurred_on", ("哪天发生的", "When did it happen")).when("em-kind"),
    q("em-ongoing", "events", Radio, "emergency.ongoing", ("现在还在持续吗？", "Is it still going on?"))
        .own(&[r("yes", "是", "Yes"), r("no", "已经解除", "No, it is over")])
        .conv(Conv::YesNo)
        .when("em-kind"),
    q("em-ended", "events", Date, "emergency.ended_on", ("哪天解除的", "When did it end")).when("em-kind"),
    q("em-critical", "events", Radio, "emergency.critical", ("是否情况特别紧急，不立即救助就会造成无法挽回的后果？", "Is it so urgent that without help right now the harm cannot be undone?"))
        .own(YES_NO)
        .conv(Conv::YesNo)
        .when("em-kind"),
    q("ex-kind", "events", Select, "expenditure.kind", ("是否有大额的必需支出？", "Is there a large essential expense?"))
        .blank("没有", "No")
        .of(Enum::ExpenditureKind),
    q("ex-amount", "events", Money, "expenditure.amount", ("金额（元）", "Amount (yuan)")).when("ex-kind"),
    q("alone", "events", Radio, "cannot_resolve_alone", ("靠自己和家里，能解决这个困难吗？", "Can the household deal with this on its own?"))
        .own(&[r("no", "不能", "No"), r("yes", "能", "Yes")])
        .conv(Conv::NotYesNo),
    q("unclear", "events", Radio, "policy_unclear", ("现有的救助政策是否难以覆盖这种情况？", "Is it hard to fit this case into the existing assistance rules?"))
        .of(Enum::Tri)
        .conv(Conv::YesNo),
    q("st-kind", "status", Select, "current_status.kind", ("家里现在是否已经享受救助？", "Does the household already receive assistance?"))
        .hint("特困、孤儿指申请人（第一位成员）本人；其他成员本人的特困、孤儿身份请在“上学情况”一步该成员处填写。", "特困 and orphan here mean the applicant (the first member); another member's own 特困 or orphan status goes with that member in the step “School and study”.")
        .of(Enum::StatusKind),
    q("st-since", "status", Date, "current_status.recognised_on", ("从哪天开始认定的", "Recognised on")),
    q("st-ended", "status", Date, "current_status.ended_on", ("如已退出，哪天退出的", "If it has ended, when")),
    // The result step's "local figures" box: overrides of the parameter file.
    q("param-dibao_standard", "result", Param, "params.dibao_standard", ("低保标准（元/人/月）", "低保 standard (yuan per person a month)")),
    q("param-dibian_multiple", "result", Param, "params.dibian_multiple", ("低边倍数（低保标准的几倍）", "低边 multiple (times the 低保 standard)")),
    q("param-tekun_standard", "result", Param, "params.tekun_standard", ("特困基本生活标准（元/人/月）", "特困 basic standard (yuan per person a month)")),
];

/// What a member card is called ("家庭成员 2").
pub const MEMBER: Words = ("家庭成员", "Household member");

/// The question with this control id (member questions by their bare id, e.g. `age`).
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// One step of the resident's flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepInfo {
    /// Id (`data-step`).
    pub id: &'static str,
    /// Title (page only: not in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub title: Words,
    /// A sentence under the title (page only).
    #[cfg(not(target_arch = "wasm32"))]
    pub intro: Option<Words>,
}

const fn st(id: &'static str, title: Words, intro: Option<Words>) -> StepInfo {
    #[cfg(target_arch = "wasm32")]
    let _ = (title, intro);
    StepInfo {
        id,
        #[cfg(not(target_arch = "wasm32"))]
        title,
        #[cfg(not(target_arch = "wasm32"))]
        intro,
    }
}

/// The steps, in order.
pub static STEPS: &[StepInfo] = &[
    st("start", ("开始之前", "Before you start"), None),
    st("where", ("户籍和申请地点", "Where you are registered and where to apply"), None),
    st("household", ("家里有哪些人", "Who lives in the household"), Some(("请列出共同生活的家庭成员，填写每人的年龄或出生日期。第一位是申请人本人。", "List everyone who lives together as one household, with each age or date of birth. The first person is the applicant."))),
    st("disability", ("残疾和重病", "Disability and serious illness"), Some(("按残疾证上的类别和等级填写；没有就选“无残疾”。", "Use the kind and grade on the disability certificate; choose “No disability” otherwise."))),
    st("study", ("上学情况", "School and study"), Some(("孩子和年轻人在哪里上学。", "Where children and young people study."))),
    st("income", ("每月收入", "Monthly income"), Some(("按每月平均填写，单位元。没有就填 0。", "Average per month, in yuan. Enter 0 where there is none."))),
    st("property", ("存款、房产和车辆", "Savings, homes and vehicles"), None),
    st("supporters", ("赡养、抚养、扶养的人", "Relatives who must support the applicant"), Some(("这一步只在可能符合特困供养时才问。", "Asked only when 特困 support may apply."))),
    st("selfcare", ("申请人的生活自理能力", "How far the applicant can look after themselves"), Some(("按民政部的六项指标。这决定特困人员的照料等级，以及是否优先安排集中供养。", "The six indicators set by the Ministry of Civil Affairs. They decide the level of care and whether a care home is offered first."))),
    st("events", ("发生了什么", "What happened"), None),
    st("status", ("现在的救助身份", "Current assistance status"), None),
    st("check", ("核对您的回答", "Check your answers"), Some(("点“修改”可以直接回到那一项。", "Use “Change” to go straight back to any answer."))),
    st("result", ("预查结果", "Your pre-check result"), None),
];

/// The step with this id.
pub fn step(id: &str) -> Option<&'static StepInfo> {
    STEPS.iter().find(|s| s.id == id)
}

/// The questions of a step, in page order.
pub fn questions_of(step: &str) -> impl Iterator<Item = &'static Question> + '_ {
    QUESTIONS.iter().filter(move |q| q.step == step)
}

/// Whether a step asks anything of this household. Only the study step and the two 特困-only
/// steps are ever skipped, and the engine decides both.
pub fn step_applies(step: &str, s: &Situation) -> bool {
    match step {
        "study" => study_relevant(s),
        "supporters" | "selfcare" => tekun_in_reach(s),
        _ => true,
    }
}

/// The steps that apply to what has been answered so far. While the answers do not validate,
/// every step applies: nothing is skipped on a guess.
pub fn steps_that_apply(raw: &RawSituation) -> Vec<&'static str> {
    match crate::validate(raw) {
        Ok(s) => STEPS
            .iter()
            .map(|st| st.id)
            .filter(|id| step_applies(id, &s))
            .collect(),
        Err(_) => STEPS.iter().map(|st| st.id).collect(),
    }
}

/// Whether 特困 support is still in reach: the engine's own test of the applicant's working
/// capacity (§二, 民发〔2021〕43号) has not ruled it out.
pub fn tekun_in_reach(s: &Situation) -> bool {
    use crate::assessment::CondStatus;
    s.applicant_member().is_none_or(|m| {
        // The applicant's own 特困 (a household 特困 is read as the applicant's).
        let current = s
            .personal_status(s.applicant)
            .map_or(crate::situation::StatusKind::None, |st| st.kind);
        crate::rules::tekun::no_work_capacity(m, current).status != CondStatus::NotMet
    })
}

/// The age from which the page no longer asks about study: every rule that reads a member's
/// study (§二's 16–18 and over-18 students, the student path of 民发〔2021〕57号) is about
/// children and young people; 30 leaves room for late vocational or university study.
pub const STUDY_ASKED_BELOW: u32 = 30;

/// Whether the study question is worth asking: some member's age is unknown, or below
/// [`STUDY_ASKED_BELOW`], or some member already has a study answer (never hide an answer).
pub fn study_relevant(s: &Situation) -> bool {
    s.household.iter().any(|m| {
        m.age.is_none_or(|a| a < STUDY_ASKED_BELOW)
            || m.study.is_some_and(|x| x != crate::situation::Study::None)
    })
}

/// Sets `value` at the engine `path` of `raw` (member paths with `[]` at `member`). Returns
/// `false` for a path that is not a field: the tests run every row of [`QUESTIONS`] through it.
/// A list row (an income kind, a kind of a 多重残疾) adds a line; `household[].income` ticked
/// is an income list with no line.
pub fn set(raw: &mut RawSituation, path: &str, member: usize, value: Loose) -> bool {
    if let Some(field) = path.strip_prefix("household[].") {
        let m = member_mut(raw, member);
        if let Some(kind) = field.strip_prefix("disability.components.") {
            if kind.is_empty() {
                return false;
            }
            m.disability
                .get_or_insert_with(RawDisability::default)
                .components
                .get_or_insert_with(Vec::new)
                .push(RawDisabilityPart {
                    kind: Some(Loose::Str(kind.to_string())),
                    grade: Some(value),
                });
            return true;
        }
        if field == "income" {
            // Ticked: an income list with no line, which the engine reads as "no income"; left
            // unticked, nothing is said.
            if matches!(value, Loose::Bool(true)) {
                m.income.get_or_insert_with(Vec::new);
            }
            return true;
        }
        if let Some(kind) = field.strip_prefix("income.") {
            // Whether the engine knows the kind is its validation's call (tested below).
            if kind.is_empty() {
                return false;
            }
            m.income.get_or_insert_with(Vec::new).push(RawIncome {
                kind: Some(Loose::Str(kind.to_string())),
                amount: Some(value),
            });
            return true;
        }
    }
    if let Some(id) = path.strip_prefix("params.") {
        if crate::params::def(id).is_none() {
            return false;
        }
        raw.params
            .get_or_insert_with(Default::default)
            .insert(id.to_string(), value);
        return true;
    }
    match slot(raw, path, member) {
        Some(slot) => {
            *slot = Some(value);
            true
        }
        None => false,
    }
}

/// The member at `member`, the household grown to hold it.
fn member_mut(raw: &mut RawSituation, member: usize) -> &mut RawMember {
    let list = raw.household.get_or_insert_with(Vec::new);
    while list.len() <= member {
        list.push(RawMember::default());
    }
    &mut list[member]
}

/// The one value at the engine `path` of `raw` (member paths with `[]` at `member`), the
/// structures on the way made if absent: what [`set`] writes and [`crate::answers`] reads
/// back. `None` for a list row, a parameter and a path that is not a field.
pub fn slot<'a>(
    raw: &'a mut RawSituation,
    path: &str,
    member: usize,
) -> Option<&'a mut Option<Loose>> {
    if let Some(field) = path.strip_prefix("household[].") {
        return member_slot(member_mut(raw, member), field);
    }
    // One slot per path, then one assignment in `set`: an assignment per arm would repeat the
    // drop of the old value in every arm (a few kilobytes of the page's wasm).
    let (head, tail) = path.split_once('.').unwrap_or((path, ""));
    Some(match (head, tail) {
        ("as_of", "") => &mut raw.as_of,
        ("accepted_on", "") => &mut raw.accepted_on,
        ("channel", "") => &mut raw.channel,
        ("huji_in_district", "") => &mut raw.huji_in_district,
        ("applicant", "") => &mut raw.applicant,
        ("property_within_limits", "") => &mut raw.property_within_limits,
        ("cannot_resolve_alone", "") => &mut raw.cannot_resolve_alone,
        ("policy_unclear", "") => &mut raw.policy_unclear,
        ("supporters", f) => {
            let x = raw.supporters.get_or_insert_with(RawSupporters::default);
            match f {
                "status" => &mut x.status,
                "reason" => &mut x.reason,
                _ => return None,
            }
        }
        ("current_status", f) => {
            let x = raw.current_status.get_or_insert_with(RawStatus::default);
            match f {
                "kind" => &mut x.kind,
                "recognised_on" => &mut x.recognised_on,
                "ended_on" => &mut x.ended_on,
                _ => return None,
            }
        }
        ("emergency", f) => {
            let x = raw.emergency.get_or_insert_with(RawEmergency::default);
            match f {
                "kind" => &mut x.kind,
                "occurred_on" => &mut x.occurred_on,
                "ongoing" => &mut x.ongoing,
                "ended_on" => &mut x.ended_on,
                "critical" => &mut x.critical,
                _ => return None,
            }
        }
        ("expenditure", f) => {
            let x = raw.expenditure.get_or_insert_with(RawExpenditure::default);
            match f {
                "kind" => &mut x.kind,
                "amount" => &mut x.amount,
                "ongoing" => &mut x.ongoing,
                _ => return None,
            }
        }
        ("check", f) => {
            let x = raw.check.get_or_insert_with(RawCheck::default);
            match f {
                "days" => &mut x.days,
                "started_on" => &mut x.started_on,
                "finished_on" => &mut x.finished_on,
                _ => return None,
            }
        }
        ("self_care", f) => self_care_slot(raw.self_care.get_or_insert_with(Default::default), f)?,
        _ => return None,
    })
}

fn self_care_slot<'a>(sc: &'a mut RawSelfCare, field: &str) -> Option<&'a mut Option<Loose>> {
    Some(match field {
        "eating" => &mut sc.eating,
        "dressing" => &mut sc.dressing,
        "bed" => &mut sc.bed,
        "toilet" => &mut sc.toilet,
        "walking" => &mut sc.walking,
        "bathing" => &mut sc.bathing,
        _ => return None,
    })
}

fn member_slot<'a>(m: &'a mut RawMember, field: &str) -> Option<&'a mut Option<Loose>> {
    Some(match field {
        "name" => &mut m.name,
        "age" => &mut m.age,
        "birth_date" => &mut m.birth_date,
        "study" => &mut m.study,
        "orphan" => &mut m.orphan,
        "orphan_allowance" => &mut m.orphan_allowance,
        "serious_illness" => &mut m.serious_illness,
        "status.kind" => &mut m.status.get_or_insert_with(RawStatus::default).kind,
        "status.recognised_on" => {
            &mut m
                .status
                .get_or_insert_with(RawStatus::default)
                .recognised_on
        }
        "status.ended_on" => &mut m.status.get_or_insert_with(RawStatus::default).ended_on,
        "disability.kind" => &mut m.disability.get_or_insert_with(RawDisability::default).kind,
        "disability.grade" => {
            &mut m
                .disability
                .get_or_insert_with(RawDisability::default)
                .grade
        }
        _ => self_care_slot(
            m.self_care.get_or_insert_with(Default::default),
            field.strip_prefix("self_care.")?,
        )?,
    })
}

/// The engine value of a control's raw value under `conv`; `None` means "not answered".
pub fn convert(conv: Conv, value: &str) -> Option<Loose> {
    let v = value.trim();
    match conv {
        Conv::Text => (!v.is_empty()).then(|| Loose::Str(v.to_string())),
        Conv::YesNo => match v {
            "yes" => Some(Loose::Bool(true)),
            "no" => Some(Loose::Bool(false)),
            _ => None,
        },
        Conv::NotYesNo => match v {
            "yes" => Some(Loose::Bool(false)),
            "no" => Some(Loose::Bool(true)),
            _ => None,
        },
        Conv::Checkbox => Some(Loose::Bool(v == "true")),
    }
}

/// The "help first" sentence of §四 for a household in an emergency: the engine's own notice
/// (`rules::yishiyiyi::emergency_notice`), whose figures come from that section's constants.
/// The page shows it at the start, under the emergency question and above the result; it
/// writes none of these figures itself.
pub fn help_first(lang: Lang) -> String {
    crate::messages::reason(&crate::rules::yishiyiyi::emergency_notice(), lang)
}

/// Where to apply (§四.1: 户籍所在地 or, with 居住证 or the like, 居住地 街道; online through the
/// district's platform), for the channel code the resident chose (`window_huji`,
/// `window_residence`, `online`, or nothing yet).
pub fn where_to_apply(channel: &str, lang: Lang) -> &'static str {
    pick(
        match channel {
            "window_residence" => (
                "居住地的街道（乡镇）社会救助窗口。",
                "The social-assistance window of the 街道 (township) where you live.",
            ),
            "online" => (
                "网上申请（本区政务服务平台）。",
                "Online, on the district's government-services platform.",
            ),
            _ => (
                "户籍所在地的街道（乡镇）社会救助窗口；也可以去居住地的窗口或网上申请。",
                "The social-assistance window of the 街道 (township) where your 户籍 is; you may also use the window where you live, or apply online.",
            ),
        },
        lang,
    )
}

/// One field of the clerk's counter view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClerkField {
    /// The `RawClerkCase` path it fills (`RawClerkCase::set`).
    pub path: &'static str,
    /// The control.
    pub control: Control,
    /// Label (page only: not in the wasm; the engine names clerk fields in its messages).
    #[cfg(not(target_arch = "wasm32"))]
    pub label: Words,
    /// Allowed values (selects).
    pub options: Options,
    /// The resident-form path it also fills, when the engine reads it there too.
    pub situation: Option<&'static str>,
}

impl ClerkField {
    /// The control id: `ck-` and the path with `.` and `_` as `-`.
    pub fn id(&self) -> String {
        format!("ck-{}", self.path.replace(['.', '_'], "-"))
    }
    /// The allowed values, in order.
    pub fn options(&self) -> Vec<Opt> {
        match self.options {
            Options::None => Vec::new(),
            Options::Enum(e) => choices(e),
            Options::Own(list) => list.to_vec(),
        }
    }
}

/// A titled group of clerk fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClerkGroup {
    /// Title (page only).
    #[cfg(not(target_arch = "wasm32"))]
    pub title: Words,
    /// Fields.
    pub fields: &'static [ClerkField],
}

const fn ck(path: &'static str, control: Control, label: Words) -> ClerkField {
    #[cfg(target_arch = "wasm32")]
    let _ = label;
    ClerkField {
        path,
        control,
        #[cfg(not(target_arch = "wasm32"))]
        label,
        options: Options::None,
        situation: None,
    }
}

/// The clerk's fields, group by group.
pub static CLERK_GROUPS: &[ClerkGroup] = &[
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("经办人（§一、§二）", "Handlers (§一, §二)"),
        fields: &[
            ck("handlers.acceptance", Text, ("受理人", "Accepted by")),
            ck("handlers.first_review", Text, ("初审人", "First review by")),
            ck(
                "handlers.confirmation",
                Text,
                ("审核确认人", "Confirmed by"),
            ),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("办理时限", "Time limits"),
        fields: &[
            ClerkField {
                options: Options::Enum(Enum::CaseKind),
                ..ck(
                    "deadline.kind",
                    Select,
                    (
                        "事项（不选则按预查结果）",
                        "Matter (blank: as the result says)",
                    ),
                )
            },
            ck("today", Date, ("今天", "Today")),
            ClerkField {
                situation: Some("check.started_on"),
                ..ck(
                    "deadline.check_start",
                    Date,
                    ("核对开始", "Economic check started"),
                )
            },
            ClerkField {
                situation: Some("check.finished_on"),
                ..ck(
                    "deadline.check_end",
                    Date,
                    ("核对结束", "Economic check finished"),
                )
            },
            ck(
                "deadline.decided",
                Date,
                ("审核确认（审批）日期", "Decided (confirmed / approved) on"),
            ),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("联办部门反馈（§五）", "Linked department (§五)"),
        fields: &[
            ck(
                "linked.done",
                Date,
                ("联办部门办结", "Department finished on"),
            ),
            ck("linked.reported", Date, ("反馈平台", "Reported back on")),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("一事一议（§四.3–§四.8）", "一事一议 (§四.3–§四.8)"),
        fields: &[
            ck(
                "meeting.held",
                Date,
                ("民主评议日期", "Deliberation held on"),
            ),
            ck("meeting.participants", Count, ("参会人数", "Participants")),
            ck(
                "meeting.street_staff",
                Checkbox,
                ("街道救助工作人员", "街道 assistance staff"),
            ),
            ck(
                "meeting.committee_member",
                Checkbox,
                (
                    "村居（社区）委员会成员",
                    "Village / community committee member",
                ),
            ),
            ck(
                "meeting.village_cadre",
                Checkbox,
                ("驻村干部", "Resident village cadre"),
            ),
            ck(
                "meeting.resident_rep",
                Checkbox,
                ("群众代表", "Residents' representative"),
            ),
            ck(
                "meeting.discipline_present",
                Checkbox,
                ("纪（工）委派人参加", "Discipline committee present"),
            ),
            ck(
                "meeting.publicity_start",
                Date,
                ("公示开始", "Public notice from"),
            ),
            ck("meeting.approved", Date, ("审批日期", "Approved on")),
            ck("meeting.filed", Date, ("备案日期", "Filed on")),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("先行救助（§四）", "Emergency first aid (§四)"),
        fields: &[
            ck("emergency.amount", Money, ("金额（元）", "Amount (yuan)")),
            ck(
                "emergency.occurred_at",
                DateTime,
                (
                    "紧急情况发生（仅记录）",
                    "Emergency occurred (for the record)",
                ),
            ),
            // The 24 hours count from here (rules::yishiyiyi::EMERGENCY_AID_FROM).
            ck(
                "emergency.accepted_at",
                DateTime,
                (
                    "街道受理（知悉）时间（到位时限从此起算）",
                    "Taken up by the 街道 (learned of): the time limit for aid counts from here",
                ),
            ),
            ck("emergency.aid_at", DateTime, ("救助到位", "Aid in place")),
            ck(
                "emergency.reported_to_district",
                Checkbox,
                (
                    "已向区民政局备案",
                    "Reported to the district civil affairs bureau",
                ),
            ),
            ck(
                "emergency.ended_on",
                Date,
                ("紧急情况解除", "Emergency ended"),
            ),
            ck(
                "emergency.paperwork_done",
                Date,
                ("补齐手续", "Paperwork completed"),
            ),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("资金（§八）", "Funds (§八)"),
        fields: &[
            ck(
                "funds.temporary_approved",
                Date,
                ("临时救助审批", "Temporary aid approved"),
            ),
            ck(
                "funds.temporary_paid",
                Date,
                ("临时救助发放", "Temporary aid paid"),
            ),
            ck(
                "funds.monthly_month",
                Month,
                ("月度发放月份", "Monthly payment for"),
            ),
            ck(
                "funds.monthly_paid",
                Date,
                ("月度发放日期", "Monthly payment made on"),
            ),
            ck(
                "funds.reserve_balance",
                Money,
                (
                    "临时救助备用金余额（元）",
                    "Temporary-aid reserve balance (yuan)",
                ),
            ),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("复核（§四）", "Reviews (§四)"),
        fields: &[
            ck(
                "review.approved",
                Date,
                ("一事一议批准日期", "一事一议 approved on"),
            ),
            ck("review.last_review", Date, ("上次复核", "Last review")),
        ],
    },
    ClerkGroup {
        #[cfg(not(target_arch = "wasm32"))]
        title: ("月度抽查（区民政局）", "Monthly sampling (district bureau)"),
        fields: &[
            ck(
                "sampling.dibao_new",
                Count,
                ("新增低保、低边", "New 低保/低边 cases"),
            ),
            ck("sampling.tekun_new", Count, ("新增特困", "New 特困 cases")),
            ck(
                "sampling.linshi_new",
                Count,
                ("新增临时救助", "New temporary-aid cases"),
            ),
            ck(
                "sampling.dibao_sampled",
                Count,
                ("已抽查低保、低边", "低保/低边 sampled"),
            ),
            ck(
                "sampling.tekun_sampled",
                Count,
                ("已抽查特困", "特困 sampled"),
            ),
            ck(
                "sampling.linshi_sampled",
                Count,
                ("已抽查临时救助", "Temporary aid sampled"),
            ),
        ],
    },
];

/// Every clerk field, in page order.
pub fn clerk_fields() -> impl Iterator<Item = &'static ClerkField> {
    CLERK_GROUPS.iter().flat_map(|g| g.fields.iter())
}

/// Clerk-case paths filled from a resident question rather than a clerk field: one acceptance
/// date for the whole case, typed once (question id, clerk paths).
pub const CLERK_FROM_FORM: &[(&str, &[&str])] =
    &[("accepted", &["deadline.accepted", "meeting.accepted"])];

/// The names of the clerk's checks (`clerk::CheckResult::id`), for the first column of the
/// counter view's table: the id itself is for machines.
pub static CHECK_NAMES: &[(&str, Words)] = &[
    (
        "separation",
        ("受理、初审、审核确认分离", "Separation of duties"),
    ),
    ("deadline", ("审核确认时限", "Decision time limit")),
    (
        "meeting.within_5_workdays",
        ("民主评议时限", "Deliberation held in time"),
    ),
    (
        "meeting.participants",
        ("参会人数", "Number of participants"),
    ),
    ("meeting.composition", ("参会人员构成", "Who took part")),
    (
        "meeting.discipline",
        ("纪（工）委派人参加", "Discipline committee present"),
    ),
    ("meeting.publicity", ("公示", "Public notice")),
    ("meeting.filing", ("备案", "Filing")),
    ("emergency.amount", ("先行救助金额", "Amount of first aid")),
    (
        "emergency.within_24h",
        ("先行救助及时到位", "Aid in place in time"),
    ),
    (
        "emergency.reported",
        ("向区民政局备案", "Reported to the district bureau"),
    ),
    (
        "emergency.paperwork",
        ("补齐手续", "Paperwork completed in time"),
    ),
    (
        "funds.temporary_payment",
        ("临时救助及时发放", "Temporary aid paid in time"),
    ),
    (
        "funds.monthly_payment",
        ("月度及时发放", "Monthly payment in time"),
    ),
    ("funds.reserve", ("临时救助备用金", "Temporary-aid reserve")),
    (
        "linked.report_back",
        (
            "联办部门及时反馈",
            "Linked department reported back in time",
        ),
    ),
    ("review", ("一事一议复核", "一事一议 review")),
    ("sampling.dibao", ("低保、低边抽查", "低保 / 低边 sampling")),
    ("sampling.tekun", ("特困抽查", "特困 sampling")),
    (
        "sampling.linshi",
        ("临时救助抽查", "Temporary-aid sampling"),
    ),
];

/// The name of a clerk check in `lang` (its id when the table has none).
pub fn check_name(id: &str, lang: Lang) -> &str {
    CHECK_NAMES
        .iter()
        .find(|(k, _)| *k == id)
        .map_or(id, |(_, w)| pick(*w, lang))
}

#[cfg(test)]
mod tests {
    /// Every condition names a question step that exists and asks something (not the check or
    /// result page), so that the result's "go back and answer" link lands on a question.
    #[test]
    fn every_condition_is_asked_on_a_question_step() {
        for c in crate::rules::CONDITIONS.iter().flat_map(|c| c.iter()) {
            assert!(
                STEPS.iter().any(|s| s.id == c.asked_on)
                    && !matches!(c.asked_on, "check" | "result"),
                "{} is asked on {:?}",
                c.id,
                c.asked_on
            );
            assert_eq!(crate::rules::condition_step(c.id), Some(c.asked_on));
        }
        assert_eq!(crate::rules::condition_step("no_such_condition"), None);
    }

    use super::*;
    use crate::clerk::RawClerkCase;
    use serde_json::Value;

    /// The JSON value at an engine path such as `household[0].income[0].amount`.
    fn at<'a>(mut v: &'a Value, path: &str) -> Option<&'a Value> {
        for part in path.split('.') {
            let (name, index) = match part.split_once('[') {
                Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            v = v.get(name)?;
            if let Some(i) = index {
                v = v.get(i)?;
            }
        }
        Some(v)
    }

    /// Every row's path is a real field: setting a marker there puts it at that place in the
    /// serialised `RawSituation` (income rows: a line of that kind holding the marker).
    #[test]
    fn every_question_path_is_a_field_of_the_situation() {
        for q in QUESTIONS {
            let mut raw = RawSituation::default();
            if q.path == "household[].income" {
                // "No income": ticked, the member's income list is there and empty.
                assert!(set(&mut raw, q.path, 0, Loose::Bool(true)));
                let json = serde_json::to_value(&raw).unwrap();
                assert_eq!(
                    at(&json, "household[0].income"),
                    Some(&Value::Array(vec![]))
                );
                continue;
            }
            let marker = Loose::Str(format!("marker-{}", q.id));
            assert!(
                set(&mut raw, q.path, 0, marker.clone()),
                "{}: unknown path {}",
                q.id,
                q.path
            );
            let json = serde_json::to_value(&raw).unwrap();
            let (path, expect) = match list_row(q.path) {
                Some((list, leaf)) => {
                    let kind = q.path.rsplit('.').next().unwrap_or_default();
                    assert_eq!(
                        at(&json, &format!("household[0].{list}[0].kind")),
                        Some(&Value::from(kind)),
                        "{}",
                        q.id
                    );
                    (format!("household[0].{list}[0].{leaf}"), marker)
                }
                None => (q.path.replace("[]", "[0]"), marker),
            };
            let got = match q.path.strip_prefix("params.") {
                Some(id) => json["params"].get(id),
                None => at(&json, &path),
            };
            assert_eq!(
                got,
                Some(&serde_json::to_value(&expect).unwrap()),
                "{} at {path}",
                q.id
            );
        }
    }

    #[test]
    fn an_unknown_path_is_refused() {
        let mut raw = RawSituation::default();
        for p in [
            "nope",
            "household[].nope",
            "self_care.flying",
            "params.no_such_param",
            "emergency.colour",
        ] {
            assert!(!set(&mut raw, p, 0, Loose::Bool(true)), "{p}");
        }
    }

    /// Every offered value is one the engine accepts: a situation holding it raises no error at
    /// that path. (A value the engine does not know gives `unknown_value` there.)
    #[test]
    fn every_option_is_an_engine_value() {
        for q in QUESTIONS {
            for opt in &q.options() {
                let Some(v) = convert(q.conv, opt.value) else {
                    // "unknown" on a yes/no question is sent as "not answered".
                    assert_eq!(opt.value, "unknown", "{}", q.id);
                    continue;
                };
                let mut raw = RawSituation {
                    accepted_on: Some(Loose::Str("2026-11-02".into())),
                    ..Default::default()
                };
                set(&mut raw, "household[].age", 0, Loose::Str("40".into()));
                assert!(set(&mut raw, q.path, 0, v));
                if q.path == "household[].disability.kind" {
                    set(
                        &mut raw,
                        "household[].disability.grade",
                        0,
                        Loose::Str("1".into()),
                    );
                }
                if q.path.starts_with("household[].disability.components.") {
                    set(
                        &mut raw,
                        "household[].disability.kind",
                        0,
                        Loose::Str("multiple".into()),
                    );
                    set(
                        &mut raw,
                        "household[].disability.grade",
                        0,
                        Loose::Str("1".into()),
                    );
                }
                if q.path == "household[].disability.grade" {
                    set(
                        &mut raw,
                        "household[].disability.kind",
                        0,
                        Loose::Str("limb".into()),
                    );
                }
                if q.path == "emergency.occurred_on"
                    || q.path.starts_with("emergency.") && q.path != "emergency.kind"
                {
                    set(&mut raw, "emergency.kind", 0, Loose::Str("fire".into()));
                }
                let errors = crate::validate(&raw).err().unwrap_or_default();
                let p = q.path.replace("[]", "[0]");
                // A contradiction with the age (an orphan of 40) is about the pair, not the value.
                use crate::input::ErrorCode::Inconsistent;
                assert!(
                    !errors
                        .iter()
                        .any(|e| e.path.starts_with(&p) && e.code != Inconsistent),
                    "{} = {}: {:?}",
                    q.id,
                    opt.value,
                    errors
                );
            }
        }
        // The income kinds of the income rows, likewise.
        for q in QUESTIONS.iter().filter(|q| q.path.contains(".income.")) {
            let mut raw = RawSituation {
                accepted_on: Some(Loose::Str("2026-11-02".into())),
                ..Default::default()
            };
            assert!(set(&mut raw, q.path, 0, Loose::Str("0".into())));
            let errors = crate::validate(&raw).err().unwrap_or_default();
            assert!(
                !errors.iter().any(|e| e.path.contains("income")),
                "{}: {:?}",
                q.id,
                errors
            );
        }
        for opt in &choices(Enum::CaseKind) {
            assert!(
                crate::clerk::CaseKind::parse(opt.value).is_some(),
                "{}",
                opt.value
            );
        }
    }

    /// Every clerk row's path is one `RawClerkCase::set` accepts, and so are the paths filled
    /// from the form; a clerk row that also feeds the situation names a situation field.
    #[test]
    fn every_clerk_path_is_a_field_of_the_clerk_case() {
        let mut case = RawClerkCase::default();
        for f in clerk_fields() {
            assert!(case.set(f.path, "x".into()), "clerk path {}", f.path);
            if let Some(p) = f.situation {
                assert!(
                    set(&mut RawSituation::default(), p, 0, Loose::Str("x".into())),
                    "{p}"
                );
            }
        }
        for (id, paths) in CLERK_FROM_FORM {
            assert!(question(id).is_some(), "{id}");
            for p in *paths {
                assert!(case.set(p, "x".into()), "clerk path {p}");
            }
        }
        assert!(!case.set("handlers.nobody", "x".into()));
    }

    /// 方案第四条: 最高不超过5000元, 24小时内到位, 一周 (7 days) 内补齐手续.
    #[test]
    fn help_first_carries_the_plans_figures() {
        let zh = help_first(Lang::Zh);
        assert!(
            zh.contains("最高不超过 5000.00 元") && zh.contains("24小时内") && zh.contains("7天内"),
            "{zh}"
        );
        let en = help_first(Lang::En);
        assert!(
            en.contains("5000.00 yuan") && en.contains("24 hours") && en.contains("7 days"),
            "{en}"
        );
    }

    /// Every check the clerk module reports has a name, and every name belongs to a check: an
    /// empty case and a full one between them produce every check the engine has.
    #[test]
    fn every_clerk_check_has_a_name() {
        let mut full = RawClerkCase::default();
        for f in clerk_fields() {
            let v = match f.control {
                Control::Date => "2025-03-10",
                Control::DateTime => "2025-03-10T08:00",
                Control::Month => "2025-03",
                Control::Checkbox => "true",
                Control::Select => "dibao",
                Control::Count | Control::Money => "5",
                _ => "某人",
            };
            full.set(f.path, v.into());
        }
        full.set("deadline.accepted", "2025-03-03".into());
        full.set("meeting.accepted", "2025-03-03".into());
        let mut ids: Vec<&str> = Vec::new();
        for case in [RawClerkCase::default(), full] {
            for c in crate::clerk::check(&case).checks {
                ids.push(c.id);
                assert!(
                    CHECK_NAMES.iter().any(|(k, _)| *k == c.id),
                    "no name for check {}",
                    c.id
                );
            }
        }
        for (k, _) in CHECK_NAMES {
            assert!(ids.contains(k), "{k} is not a check the engine reports");
        }
    }

    fn engine<T: crate::choice::Choice>(e: Enum) -> Vec<&'static str> {
        T::ALL
            .iter()
            .map(|v| v.code())
            .filter(|c| !NOT_OFFERED.contains(&(e, c)))
            .collect()
    }

    /// The form offers exactly the engine's values of each enum, in the engine's order.
    #[test]
    fn options_are_the_engines_values() {
        use crate::situation as s;
        let cases = [
            (Enum::Channel, engine::<s::Channel>(Enum::Channel)),
            (
                Enum::DisabilityKind,
                engine::<s::DisabilityKind>(Enum::DisabilityKind),
            ),
            (Enum::Study, engine::<s::Study>(Enum::Study)),
            (Enum::Orphan, engine::<s::Orphan>(Enum::Orphan)),
            (Enum::Tri, engine::<s::Tri>(Enum::Tri)),
            (Enum::Supporters, engine::<s::Supporters>(Enum::Supporters)),
            (
                Enum::IncapacityReason,
                engine::<s::IncapacityReason>(Enum::IncapacityReason),
            ),
            (Enum::StatusKind, engine::<s::StatusKind>(Enum::StatusKind)),
            (
                Enum::EmergencyKind,
                engine::<s::EmergencyKind>(Enum::EmergencyKind),
            ),
            (
                Enum::ExpenditureKind,
                engine::<s::ExpenditureKind>(Enum::ExpenditureKind),
            ),
            (
                Enum::CaseKind,
                engine::<crate::clerk::CaseKind>(Enum::CaseKind),
            ),
        ];
        for (e, want) in cases {
            let got: Vec<&str> = choices(e).iter().map(|o| o.value).collect();
            assert_eq!(got, want, "{e:?}");
        }
        // 民政 disability kinds: seven, in the engine's order.
        let kinds: Vec<&str> = choices(Enum::DisabilityKind)
            .iter()
            .map(|o| o.value)
            .collect();
        assert_eq!(
            kinds,
            [
                "limb",
                "visual",
                "intellectual",
                "mental",
                "hearing",
                "speech",
                "multiple"
            ]
        );
        // "Not known" supporters is "not answered", never offered.
        let sup: Vec<&str> = choices(Enum::Supporters).iter().map(|o| o.value).collect();
        assert_eq!(sup, ["none", "able", "unable"]);
    }

    /// Ids are unique (they become HTML ids), every question's step exists, and a revealed
    /// question depends on an existing one of the same step.
    #[test]
    fn ids_and_steps_are_consistent() {
        let mut ids: Vec<String> = QUESTIONS.iter().map(|q| q.id.to_string()).collect();
        ids.extend(clerk_fields().map(ClerkField::id));
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate control ids");
        for q in QUESTIONS {
            assert!(step(q.step).is_some(), "{}: step {}", q.id, q.step);
            if let Some(d) = q.shown_when.depends_on() {
                assert_eq!(question(d).map(|d| d.step), Some(q.step), "{}", q.id);
                // A question on a member card depends on one on the same card.
                assert_eq!(question(d).map(Question::per_member), Some(q.per_member()));
            }
            if let Reveal::WhenIn(d, values) = q.shown_when {
                let offered: Vec<&str> = question(d).map_or(Vec::new(), |d| {
                    d.options().iter().map(|o| o.value).collect()
                });
                for v in values {
                    assert!(offered.contains(v), "{}: {d} never holds {v}", q.id);
                }
            }
            let has_list = matches!(q.control, Control::Select | Control::Radio);
            assert_eq!(has_list, !q.options().is_empty(), "{}", q.id);
        }
    }

    fn situation(age: &str, current: Option<&str>) -> Situation {
        let mut raw = RawSituation {
            accepted_on: Some(Loose::Str("2026-11-02".into())),
            ..Default::default()
        };
        set(&mut raw, "household[].age", 0, Loose::Str(age.into()));
        if let Some(k) = current {
            set(&mut raw, "current_status.kind", 0, Loose::Str(k.into()));
        }
        crate::validate(&raw).unwrap()
    }

    /// 民发〔2021〕43号 decides 无劳动能力 by the kind of a disability, not by a 多重 grade. Through
    /// the table's rows: a 40-year-old with a 多重残疾 of grade 1 and no kinds given keeps 特困 in
    /// reach (unknown, not "able to work"); with only 听力 grade 1 among its kinds he is able to
    /// work (听力 is not listed) and the 特困 steps are skipped; with 精神 grade 3 added he is
    /// 无劳动能力 (精神 grades 1–3).
    #[test]
    fn the_kinds_of_a_multiple_disability_reach_the_engine() {
        use crate::assessment::CondStatus;
        let mut raw = RawSituation {
            accepted_on: Some(Loose::Str("2026-11-02".into())),
            ..Default::default()
        };
        let text = |v: &str| Loose::Str(v.into());
        set(&mut raw, "household[].age", 0, text("40"));
        set(&mut raw, "household[].disability.kind", 0, text("multiple"));
        set(&mut raw, "household[].disability.grade", 0, text("1"));
        assert!(tekun_in_reach(&crate::validate(&raw).unwrap()));
        set(
            &mut raw,
            "household[].disability.components.hearing",
            0,
            text("1"),
        );
        assert!(!tekun_in_reach(&crate::validate(&raw).unwrap()));
        set(
            &mut raw,
            "household[].disability.components.mental",
            0,
            text("3"),
        );
        let s = crate::validate(&raw).unwrap();
        let m = s.applicant_member().unwrap();
        let c = crate::rules::tekun::no_work_capacity(m, crate::situation::StatusKind::None);
        assert_eq!(c.status, CondStatus::Met);
        assert_eq!(c.reason.code, "multiple_disability_component");
    }

    /// The own-status row fills the member's own record: a grandchild's 特困 is his, and a
    /// household 特困 (the applicant's) does not become his.
    #[test]
    fn own_status_and_orphan_allowance_reach_the_engine() {
        let mut raw = RawSituation {
            accepted_on: Some(Loose::Str("2026-11-02".into())),
            ..Default::default()
        };
        let text = |v: &str| Loose::Str(v.into());
        set(&mut raw, "household[].age", 0, text("70"));
        set(&mut raw, "current_status.kind", 0, text("tekun"));
        set(&mut raw, "household[].age", 1, text("12"));
        set(&mut raw, "household[].orphan", 1, text("orphan"));
        set(
            &mut raw,
            "household[].orphan_allowance",
            1,
            Loose::Bool(false),
        );
        let s = crate::validate(&raw).unwrap();
        assert_eq!(s.personal_status(1), None);
        assert_eq!(s.household[1].orphan_allowance, Some(false));
        set(&mut raw, "household[].status.kind", 1, text("orphan"));
        set(
            &mut raw,
            "household[].status.recognised_on",
            1,
            text("2026-01-05"),
        );
        let s = crate::validate(&raw).unwrap();
        let own = s.personal_status(1).unwrap();
        assert_eq!(own.kind, crate::situation::StatusKind::Orphan);
        assert_eq!(
            own.recognised_on.map(|d| d.to_string()).as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(
            s.personal_status(0).map(|st| st.kind),
            Some(crate::situation::StatusKind::Tekun)
        );
    }

    /// §二 and 民发〔2021〕43号: an applicant aged 16–59 without a disability has working
    /// capacity, so 特困 is out of reach and its two steps are skipped; at 60 (老年人) it is in
    /// reach; under 16 (未成年人) also. Study: a household whose only member is 40 is not asked
    /// about school; one of 17 is.
    #[test]
    fn the_engine_decides_which_steps_apply() {
        assert!(!tekun_in_reach(&situation("40", None)));
        assert!(tekun_in_reach(&situation("60", None)));
        assert!(tekun_in_reach(&situation("12", None)));
        assert!(!study_relevant(&situation("40", None)));
        assert!(study_relevant(&situation("17", None)));
        let mut raw = RawSituation {
            accepted_on: Some(Loose::Str("2026-11-02".into())),
            ..Default::default()
        };
        set(&mut raw, "household[].age", 0, Loose::Str("40".into()));
        let steps = steps_that_apply(&raw);
        assert!(
            !steps.contains(&"study")
                && !steps.contains(&"supporters")
                && !steps.contains(&"selfcare")
        );
        assert_eq!(steps.len(), STEPS.len() - 3);
        // An answer that does not validate skips nothing.
        set(&mut raw, "household[].age", 0, Loose::Str("forty".into()));
        assert_eq!(steps_that_apply(&raw).len(), STEPS.len());
    }
}
