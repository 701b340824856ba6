//! The situation: what the form (or the saved answers file) says about a household, and its
//! validation into typed facts.
//!
//! # JSON shape of [`RawSituation`]
//! Every field is optional. Any JSON value deserializes: leaves are [`Loose`], and a nested
//! object or list of the wrong type (`"income": "-5"`) is kept as an error at its path. Every
//! problem is then reported by [`validate`], all at once, each with the path of the field; an
//! input that is not an object at all is one error at the root (the empty path). Unknown keys
//! are ignored.
//!
//! ```json
//! {
//!   "as_of": "2026-11-29",            // today (the engine has no clock)
//!   "accepted_on": "2026-11-30",      // date the application is (or will be) accepted; default as_of
//!   "channel": "window_huji",         // window_huji | window_residence | online
//!   "huji_in_district": true,
//!   "applicant": 0,                   // index of the member the 特困 test is about; default 0
//!   "household": [{
//!     "name": "张三", "age": 62,        // or "birth_date": "1964-03-01" (age counted at accepted_on)
//!     "disability": {"kind": "limb", "grade": 2},  // limb visual intellectual mental hearing speech multiple; 1–4
//!                                      // for "multiple": "components": [{"kind": "hearing", "grade": 1}, ...]
//!     "study": "high_school",          // none compulsory high_school vocational university
//!     "orphan": "orphan",              // none orphan de_facto_unsupported
//!     "orphan_allowance": false,       // already receives the 孤儿/事实无人抚养儿童基本生活费
//!     "status": {"kind": "tekun", "recognised_on": "2025-05-01"},  // this person's own 特困 / 孤儿 status
//!     "serious_illness": false,        // 重特大疾病 (for 单人户)
//!     "income": [{"kind": "wage", "amount": "1250.00"}],   // monthly, 元; [] = no income; absent = unknown
//!     "self_care": {"eating": true, "dressing": true, "bed": false, "toilet": true, "walking": true, "bathing": false}
//!   }],
//!   "self_care": {...},                // the six indicators for the applicant, when asked once
//!   "property_within_limits": "unknown",  // yes | no | unknown (until the 经济状况核对)
//!   "supporters": {"status": "unable", "reason": "in_prison"},
//!   "current_status": {"kind": "dibao", "recognised_on": "2026-10-15", "ended_on": null},
//!                                      // 低保 / 低边 (the household's); 特困 / 孤儿 here are read as the applicant's
//!   "emergency": {"kind": "fire", "occurred_on": "2026-11-28", "ongoing": false, "ended_on": "2026-11-28", "critical": true},
//!   "expenditure": {"kind": "medical", "amount": 30000, "ongoing": true},
//!   "cannot_resolve_alone": true,      // 靠自身和家庭无力解决
//!   "policy_unclear": true,            // 以现有政策难以明确 (ground for 一事一议)
//!   "check": {"days": 16},             // or {"started_on": ..., "finished_on": ...}
//!   "params": {"dibao_standard": "1160.00", "dibian_multiple": 2}
//! }
//! ```
//!
//! Income kinds: `wage`, `business`, `property`, `transfer`, `support_payment` (赡养费等),
//! `basic_pension` (城乡居民基本养老保险基础养老金), `other_pension`, `social_insurance`
//! (基本医疗保险等社会保险), `preferential_care` (优待抚恤金), `high_age_allowance` (高龄津贴),
//! `family_planning` (计划生育奖励与扶助金), `scholarship` (奖学金), `reward_subsidy`
//! (见义勇为等奖励性补助), `social_assistance` (政府发放的社会救助款物), `other`. Which of them a
//! path counts is the path's own rule (`rules::income`).
//!
//! Supporter incapacity reasons (民发〔2021〕43号): `is_tekun`, `dibao_over_60`,
//! `over_70_or_severe_disability_low_income`, `no_capacity_missing_or_prison`, `in_prison`.

use crate::input::{Collector, Words};
use crate::input::{ErrorCode, FieldError};
use crate::params::{self, Overrides};
use crate::small_map::SmallMap;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use crate::input::Loose;

/// Declares the `Raw…` structs of the situation and their [`FromFields`] readers from one list:
/// each field is a `leaf` (a JSON value as it came, `Option<Loose>`), an `object` of a `Raw…`
/// struct or a `list` of them, and is read by the [`Fields`] method of that name.
macro_rules! raw_structs {
    ($(
        $(#[$doc:meta])*
        $ty:ident { $( $(#[$fdoc:meta])* $field:ident: $how:ident $($inner:ty)?, )* }
    )*) => {$(
        $(#[$doc])*
        #[derive(Serialize, Default, Clone, Debug, PartialEq)]
        pub struct $ty {
            $( $(#[$fdoc])* pub $field: raw_type!($how $($inner)?), )*
        }

        impl FromFields for $ty {
            fn from_fields(f: &mut Fields) -> Self {
                $ty { $($field: f.$how(stringify!($field)),)* }
            }
        }
    )*};
}

/// The type of a `Raw…` field read as `leaf`, `object` or `list`.
macro_rules! raw_type {
    (leaf) => { Option<Loose> };
    (object $inner:ty) => { Option<$inner> };
    (list $inner:ty) => { Option<Vec<$inner>> };
}

raw_structs! {
    /// A disability as entered.
    RawDisability {
        /// Kind: `limb`, `visual`, `intellectual`, `mental`, `hearing`, `speech`, `multiple`.
        kind: leaf,
        /// Grade 1–4 (一级 is the most severe).
        grade: leaf,
        /// For kind `multiple`: each kind of disability it combines, with its own grade. The grade
        /// of a 多重残疾 alone does not say which kinds are severe, and 无劳动能力 depends on that.
        components: list RawDisabilityPart,
    }

    /// One kind of disability inside a 多重残疾, as entered.
    RawDisabilityPart {
        /// Kind: any single kind (not `multiple`).
        kind: leaf,
        /// Grade 1–4.
        grade: leaf,
    }

    /// One income line as entered: monthly amount in 元.
    RawIncome {
        /// Income kind (see the module docs).
        kind: leaf,
        /// Monthly amount in 元, as a string ("1250.00") or a number.
        amount: leaf,
    }

    /// The six self-care indicators of 民发〔2021〕43号; `true` = the person can do it (met).
    RawSelfCare {
        /// 自主吃饭.
        eating: leaf,
        /// 自主穿衣.
        dressing: leaf,
        /// 自主上下床.
        bed: leaf,
        /// 自主如厕.
        toilet: leaf,
        /// 室内自主行走.
        walking: leaf,
        /// 自主洗澡.
        bathing: leaf,
    }

    /// One member of the household (共同生活的家庭成员) as entered.
    RawMember {
        /// A label for the member (not used by any rule).
        name: leaf,
        /// Age in full years.
        age: leaf,
        /// Date of birth (`YYYY-MM-DD`), an alternative to `age`.
        birth_date: leaf,
        /// Disability, if any.
        disability: object RawDisability,
        /// Stage of study.
        study: leaf,
        /// 孤儿 / 事实无人抚养儿童.
        orphan: leaf,
        /// Already receives the 孤儿 / 事实无人抚养儿童基本生活费 (has taken that track).
        orphan_allowance: leaf,
        /// This person's own recognised status: `tekun` or `orphan` (低保 / 低边 belong to the
        /// household: `current_status`).
        status: object RawStatus,
        /// 重特大疾病.
        serious_illness: leaf,
        /// Monthly income lines; absent means unknown, `[]` means none.
        income: list RawIncome,
        /// The six self-care indicators.
        self_care: object RawSelfCare,
    }

    /// The legal supporters (法定赡养、抚养、扶养义务人) as entered.
    RawSupporters {
        /// `none`, `able`, `unable` or `unknown`.
        status: leaf,
        /// Why they are unable (the 43号 cases; see the module docs).
        reason: leaf,
    }

    /// A current status as entered: the household's (`current_status`) or a member's own (`status`).
    RawStatus {
        /// `none`, `dibao`, `dibian`, `tekun` or `orphan`; a member's own: `tekun` or `orphan`.
        kind: leaf,
        /// Date the status was recognised.
        recognised_on: leaf,
        /// Date the status ended.
        ended_on: leaf,
    }

    /// A sudden emergency as entered.
    RawEmergency {
        /// `fire`, `traffic_accident`, `accident`, `illness`, `natural_disaster`, `crime`, `other`.
        kind: leaf,
        /// When it happened.
        occurred_on: leaf,
        /// Whether it is still going on.
        ongoing: leaf,
        /// When it ended (紧急情况解除).
        ended_on: leaf,
        /// 情况特别紧急，需立即采取措施 (the §四 emergency paragraph).
        critical: leaf,
    }

    /// A rigid expenditure (刚性支出) as entered.
    RawExpenditure {
        /// `medical`, `education`, `funeral`, `other`.
        kind: leaf,
        /// Amount in 元.
        amount: leaf,
        /// Whether the spending continues (e.g. ongoing treatment).
        ongoing: leaf,
    }

    /// How long the 经济状况核对 took.
    RawCheck {
        /// Calendar days.
        days: leaf,
        /// Start date.
        started_on: leaf,
        /// End date.
        finished_on: leaf,
    }
}

/// The loosely typed input: what the web form builds and the "save answers" file stores.
#[derive(Serialize, Default, Clone, Debug, PartialEq)]
pub struct RawSituation {
    /// Today.
    pub as_of: Option<Loose>,
    /// The date the application was (or will be) accepted.
    pub accepted_on: Option<Loose>,
    /// `window_huji`, `window_residence` or `online`.
    pub channel: Option<Loose>,
    /// Whether the household's 户籍 is in the district.
    pub huji_in_district: Option<Loose>,
    /// Index into `household` of the person the 特困 test is about.
    pub applicant: Option<Loose>,
    /// 共同生活的家庭成员.
    pub household: Option<Vec<RawMember>>,
    /// The applicant's six self-care indicators, when the form asks them once.
    pub self_care: Option<RawSelfCare>,
    /// `yes`, `no` or `unknown`.
    pub property_within_limits: Option<Loose>,
    /// The legal supporters.
    pub supporters: Option<RawSupporters>,
    /// Current status.
    pub current_status: Option<RawStatus>,
    /// A sudden emergency.
    pub emergency: Option<RawEmergency>,
    /// A rigid expenditure.
    pub expenditure: Option<RawExpenditure>,
    /// 靠自身和家庭无力解决.
    pub cannot_resolve_alone: Option<Loose>,
    /// 以现有政策难以明确.
    pub policy_unclear: Option<Loose>,
    /// The 经济状况核对.
    pub check: Option<RawCheck>,
    /// Overrides of the local parameters, by parameter id.
    pub params: Option<SmallMap<String, Loose>>,
    /// The fields whose JSON value had the wrong type (text, a number or a boolean where an
    /// object or a list belongs: `"income": "-5"`, `"supporters": "none"`), found while reading
    /// and reported by [`validate`] with every other problem; a path is empty when the whole
    /// input is not an object. Not part of the JSON. Built here, words and all, rather than in
    /// `validate`, because only reading JSON can find them: the page builds its input itself and
    /// does not carry the code.
    #[serde(skip)]
    pub wrong_shapes: Vec<FieldError>,
}

/// The entries of one JSON object being read into a `Raw…` struct: leaves are taken as they
/// are, nested objects and lists are checked for their shape first.
///
/// The whole input is read into a [`Loose`] tree once and converted here, rather than through
/// derived `Deserialize` impls: those stop at the first value of the wrong shape, and a lenient
/// variant of them per field would add serde code for every struct.
struct Fields<'a> {
    map: &'a SmallMap<String, Loose>,
    path: &'a str,
    wrong: &'a mut Vec<FieldError>,
}

impl Fields<'_> {
    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// A leaf: any value; `null` is no value.
    fn leaf(&mut self, key: &str) -> Option<Loose> {
        self.map.get(key).filter(|v| **v != Loose::Null).cloned()
    }

    /// A nested object.
    fn object<T: FromFields>(&mut self, key: &str) -> Option<T> {
        let v = self.map.get(key)?;
        read_object(v, &self.at(key), self.wrong)
    }

    /// A list of objects. An element of the wrong shape keeps its place (as an empty `T`), so
    /// that the elements after it keep their paths; `validate` skips it.
    fn list<T: FromFields>(&mut self, key: &str) -> Option<Vec<T>> {
        let path = self.at(key);
        match self.map.get(key)? {
            Loose::List(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        read_object(item, &format!("{path}[{i}]"), self.wrong).unwrap_or_default()
                    })
                    .collect(),
            ),
            other => {
                wrong_shape(self.wrong, path, "list", other);
                None
            }
        }
    }

    /// An object whose entries are leaves (`params`); `null` entries are no entries.
    fn map(&mut self, key: &str) -> Option<SmallMap<String, Loose>> {
        match self.map.get(key)? {
            Loose::Map(m) => Some(
                m.iter()
                    .filter(|(_, v)| **v != Loose::Null)
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            ),
            other => {
                wrong_shape(self.wrong, self.at(key), "object", other);
                None
            }
        }
    }
}

/// Records a value of the wrong shape at `path` (`null` is no value, never a wrong one).
fn wrong_shape(wrong: &mut Vec<FieldError>, path: String, expected: &'static str, v: &Loose) {
    if *v == Loose::Null {
        return;
    }
    push_wrong(wrong, &path, expected, v);
}

/// Records [`ErrorCode::WrongType`] at `path`, the text given back as typed (`expected`: one
/// of the shapes [`SHAPE_WORDS`] names). Also the site configuration's reader's, so that a
/// wrong JSON type is one code wherever it is found.
pub(crate) fn push_wrong(
    wrong: &mut Vec<FieldError>,
    path: &str,
    expected: &'static str,
    v: &Loose,
) {
    let input = match v {
        Loose::Str(s) => s.as_str(),
        _ => "",
    };
    let mut args = crate::input::Args::new();
    args.insert("expected", expected.to_owned());
    wrong.push(FieldError::new(
        path,
        ErrorCode::WrongType,
        args,
        input,
        SHAPE_WORDS,
    ));
}

/// The words of the shapes [`ErrorCode::WrongType`] names.
const SHAPE_WORDS: Words = Words {
    zh: shape_zh,
    en: shape_en,
    term_args: &["expected"],
};

fn shape_zh(code: &str) -> &str {
    match code {
        "object" => "一组字段（JSON 对象）",
        "list" => "列表（JSON 数组）",
        "text" => "文字",
        other => other,
    }
}

fn shape_en(code: &str) -> &str {
    match code {
        "object" => "a set of fields (a JSON object)",
        "list" => "a list (a JSON array)",
        "text" => "text",
        other => other,
    }
}

/// `v` read as the object `T`, or `None` (recorded unless `null`) when it is not an object.
fn read_object<T: FromFields>(v: &Loose, path: &str, wrong: &mut Vec<FieldError>) -> Option<T> {
    match v {
        Loose::Map(map) => Some(T::from_fields(&mut Fields { map, path, wrong })),
        other => {
            wrong_shape(wrong, path.to_owned(), "object", other);
            None
        }
    }
}

/// A `Raw…` struct read from the entries of a JSON object.
trait FromFields: Default {
    fn from_fields(f: &mut Fields) -> Self;
}

impl RawSituation {
    /// Reads a situation from a JSON value already read as a [`Loose`] tree. Never fails: a value
    /// of the wrong shape is kept in [`RawSituation::wrong_shapes`] (a whole input that is not an
    /// object, at the empty path).
    pub fn from_loose(v: &Loose) -> RawSituation {
        let mut wrong = Vec::new();
        let Loose::Map(map) = v else {
            // `null` included: it is not a situation either.
            push_wrong(&mut wrong, "", "object", v);
            return RawSituation {
                wrong_shapes: wrong,
                ..Default::default()
            };
        };
        let f = &mut Fields {
            map,
            path: "",
            wrong: &mut wrong,
        };
        let mut raw = RawSituation {
            as_of: f.leaf("as_of"),
            accepted_on: f.leaf("accepted_on"),
            channel: f.leaf("channel"),
            huji_in_district: f.leaf("huji_in_district"),
            applicant: f.leaf("applicant"),
            household: f.list("household"),
            self_care: f.object("self_care"),
            property_within_limits: f.leaf("property_within_limits"),
            supporters: f.object("supporters"),
            current_status: f.object("current_status"),
            emergency: f.object("emergency"),
            expenditure: f.object("expenditure"),
            cannot_resolve_alone: f.leaf("cannot_resolve_alone"),
            policy_unclear: f.leaf("policy_unclear"),
            check: f.object("check"),
            params: f.map("params"),
            wrong_shapes: Vec::new(),
        };
        raw.wrong_shapes = wrong;
        raw
    }
}

/// Any JSON value deserialises: everything that is wrong with it, its shape included, is
/// reported by [`validate`] with the field's path.
impl<'de> Deserialize<'de> for RawSituation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Loose::deserialize(d).map(|v| RawSituation::from_loose(&v))
    }
}

crate::choices! {
    /// Application channel (§四.1, 民发〔2021〕57号).
    pub enum Channel {
        /// The window of the 街道 where the 户籍 is.
        WindowHuji = ("window_huji", "户籍所在地的街道（乡镇）窗口", "The window of the 街道 where the 户籍 is"),
        /// The window of the 街道 where the household lives.
        WindowResidence = ("window_residence", "居住地的街道（乡镇）窗口", "The window of the 街道 where the household lives"),
        /// Online.
        Online = ("online", "网上申请", "Online"),
    }
}

crate::choices! {
    /// Kind of disability.
    pub enum DisabilityKind {
        /// 肢体.
        Limb = ("limb", "肢体", "limb"),
        /// 视力.
        Visual = ("visual", "视力", "visual"),
        /// 智力.
        Intellectual = ("intellectual", "智力", "intellectual"),
        /// 精神.
        Mental = ("mental", "精神", "mental"),
        /// 听力.
        Hearing = ("hearing", "听力", "hearing"),
        /// 言语.
        Speech = ("speech", "言语", "speech"),
        /// 多重.
        Multiple = ("multiple", "多重", "multiple"),
    }
}

/// A disability with its grade.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Disability {
    /// Kind.
    pub kind: DisabilityKind,
    /// Grade 1–4.
    pub grade: u8,
}

crate::choices! {
    /// Stage of study.
    pub enum Study {
        /// Not studying.
        None = ("none", "未在读", "not studying"),
        /// 义务教育.
        Compulsory = ("compulsory", "义务教育阶段", "compulsory education"),
        /// 普通高中.
        HighSchool = ("high_school", "普通高中", "general senior high school"),
        /// 中等职业学校.
        Vocational = ("vocational", "中等职业学校", "secondary vocational school"),
        /// 高校.
        University = ("university", "高校", "university"),
    }
}

crate::choices! {
    /// 孤儿 status.
    pub enum Orphan {
        /// Neither.
        None = ("none", "否", "No"),
        /// 孤儿.
        Orphan = ("orphan", "孤儿", "An orphan"),
        /// 事实无人抚养儿童.
        DeFactoUnsupported = ("de_facto_unsupported", "事实无人抚养儿童", "A de-facto unsupported child"),
    }
}

crate::choices! {
    /// Kind of income.
    pub enum IncomeKind {
        /// 工资性收入.
        Wage = ("wage", "工资性收入", "wages"),
        /// 经营净收入.
        Business = ("business", "经营净收入", "business income"),
        /// 财产净收入.
        Property = ("property", "财产净收入", "property income"),
        /// 转移净收入.
        Transfer = ("transfer", "转移净收入", "transfer income"),
        /// 赡养费、抚养费等.
        SupportPayment = ("support_payment", "赡养费、抚养费", "support paid by relatives"),
        /// 城乡居民基本养老保险基础养老金.
        BasicPension = ("basic_pension", "城乡居民基础养老金", "basic residents' pension"),
        /// Other pensions.
        OtherPension = ("other_pension", "退休金、养老金", "retirement pension"),
        /// 基本医疗保险等社会保险.
        SocialInsurance = ("social_insurance", "社会保险待遇", "social insurance benefits"),
        /// 优待抚恤金.
        PreferentialCare = ("preferential_care", "优待抚恤金", "preferential care payments"),
        /// 高龄津贴.
        HighAgeAllowance = ("high_age_allowance", "高龄津贴", "old-age allowance"),
        /// 计划生育奖励与扶助金 (民发〔2021〕57号 不计入 （一）).
        FamilyPlanning = ("family_planning", "计划生育奖励与扶助金", "family-planning rewards and support"),
        /// 奖学金 (57号 （一）).
        Scholarship = ("scholarship", "奖学金", "scholarships"),
        /// 见义勇为等奖励性补助 (57号 （一）).
        RewardSubsidy = ("reward_subsidy", "见义勇为等奖励性补助", "awards for bravery and similar rewards"),
        /// 政府发放的各类社会救助款物 (57号 （二）).
        SocialAssistance = ("social_assistance", "政府发放的社会救助款物", "social assistance from the government"),
        /// Anything else.
        Other = ("other", "其他收入", "other income"),
    }
}

/// One monthly income line.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Income {
    /// Kind.
    pub kind: IncomeKind,
    /// 元 per month.
    pub amount: Decimal,
}

/// The six indicators; `Some(true)` = met.
#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SelfCare {
    /// 自主吃饭.
    pub eating: Option<bool>,
    /// 自主穿衣.
    pub dressing: Option<bool>,
    /// 自主上下床.
    pub bed: Option<bool>,
    /// 自主如厕.
    pub toilet: Option<bool>,
    /// 室内自主行走.
    pub walking: Option<bool>,
    /// 自主洗澡.
    pub bathing: Option<bool>,
}

impl SelfCare {
    /// The six answers in the order of 43号.
    pub fn all(&self) -> [Option<bool>; 6] {
        [
            self.eating,
            self.dressing,
            self.bed,
            self.toilet,
            self.walking,
            self.bathing,
        ]
    }
    /// Whether any indicator was answered.
    pub fn any_given(&self) -> bool {
        self.all().iter().any(Option::is_some)
    }
}

/// A household member, validated.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Member {
    /// Label.
    pub name: Option<String>,
    /// Age in full years at the acceptance date.
    pub age: Option<u32>,
    /// Disability.
    pub disability: Option<Disability>,
    /// Stage of study.
    pub study: Option<Study>,
    /// 孤儿 status.
    pub orphan: Option<Orphan>,
    /// 重特大疾病.
    pub serious_illness: Option<bool>,
    /// Monthly income; `None` = unknown.
    pub income: Option<Vec<Income>>,
    /// Self-care indicators.
    pub self_care: SelfCare,
    /// For a 多重残疾: its kinds with their grades; `None` = not given.
    pub disability_components: Option<Vec<Disability>>,
    /// Already receives the 孤儿 / 事实无人抚养儿童基本生活费.
    pub orphan_allowance: Option<bool>,
    /// This person's own status (特困 or 孤儿), as recorded for them.
    pub status: Option<Status>,
}

crate::choices! {
    /// yes / no / unknown.
    #[derive(Default)]
    pub enum Tri {
        /// Yes.
        Yes = ("yes", "是", "Yes"),
        /// No.
        No = ("no", "否", "No"),
        /// Not known yet.
        #[default]
        Unknown = ("unknown", "不清楚", "Not sure"),
    }
}

crate::choices! {
    /// The legal supporters.
    #[derive(Default)]
    pub enum Supporters {
        /// No legal supporter.
        None = ("none", "没有", "None"),
        /// A supporter able to support.
        Able = ("able", "有，并且有能力", "Yes, and they are able to"),
        /// Supporters unable to support.
        Unable = ("unable", "有，但他们没有能力", "Yes, but they are not able to"),
        /// Not known.
        #[default]
        Unknown = ("unknown", "不清楚", "Not sure"),
    }
}

crate::choices! {
    /// Why the supporters are unable (民发〔2021〕43号).
    pub enum IncapacityReason {
        /// The supporter is 特困.
        IsTekun = ("is_tekun", "义务人本人为特困人员", "the supporter is 特困"),
        /// 60周岁以上的低保对象.
        DibaoOver60 = ("dibao_over_60", "义务人为60周岁以上的低保对象", "the supporter is a 低保 recipient aged 60+"),
        /// 70周岁以上 or 重度残疾 / 三级智力、精神残疾, with low income and property within limits.
        Over70OrSevereDisabilityLowIncome = ("over_70_or_severe_disability_low_income", "义务人70周岁以上或重度残疾，收入低且财产符合规定", "the supporter is 70+ or severely disabled, with low income and limited property"),
        /// 无民事行为能力 or 被宣告失踪, with property within limits.
        NoCapacityMissingOrPrison = ("no_capacity_missing_or_prison", "义务人无民事行为能力或被宣告失踪，财产符合规定", "the supporter lacks legal capacity or is declared missing"),
        /// 在监狱服刑, with property within limits.
        InPrison = ("in_prison", "义务人在监狱服刑，财产符合规定", "the supporter is serving a prison sentence"),
    }
}

crate::choices! {
    /// The household's current status.
    #[derive(Default)]
    pub enum StatusKind {
        /// None.
        #[default]
        None = ("none", "没有", "none"),
        /// 低保.
        Dibao = ("dibao", "低保", "低保"),
        /// 低边.
        Dibian = ("dibian", "低边", "低边"),
        /// 特困.
        Tekun = ("tekun", "特困", "特困"),
        /// 孤儿.
        Orphan = ("orphan", "孤儿", "orphan"),
    }
}

/// Current status with its dates.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Status {
    /// Kind.
    pub kind: StatusKind,
    /// Recognised on.
    pub recognised_on: Option<NaiveDate>,
    /// Ended on.
    pub ended_on: Option<NaiveDate>,
}

crate::choices! {
    /// Kind of emergency.
    pub enum EmergencyKind {
        /// 火灾.
        Fire = ("fire", "火灾", "fire"),
        /// 交通事故.
        TrafficAccident = ("traffic_accident", "交通事故", "traffic accident"),
        /// 其他意外事故.
        Accident = ("accident", "意外事故", "accident"),
        /// 突发重大疾病.
        Illness = ("illness", "突发重大疾病", "sudden serious illness"),
        /// 自然灾害.
        NaturalDisaster = ("natural_disaster", "自然灾害", "natural disaster"),
        /// 刑事案件等.
        Crime = ("crime", "刑事案件", "crime"),
        /// Other.
        Other = ("other", "其他", "other"),
    }
}

/// A sudden emergency.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emergency {
    /// Kind.
    pub kind: EmergencyKind,
    /// When it happened.
    pub occurred_on: Option<NaiveDate>,
    /// Still going on.
    pub ongoing: Option<bool>,
    /// When it ended.
    pub ended_on: Option<NaiveDate>,
    /// 情况特别紧急.
    pub critical: Option<bool>,
}

crate::choices! {
    /// Kind of rigid expenditure.
    pub enum ExpenditureKind {
        /// 医疗.
        Medical = ("medical", "医疗", "medical"),
        /// 教育.
        Education = ("education", "教育", "education"),
        /// 丧葬.
        Funeral = ("funeral", "丧葬", "funeral"),
        /// Other.
        Other = ("other", "其他", "other"),
    }
}

/// A rigid expenditure.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expenditure {
    /// Kind.
    pub kind: ExpenditureKind,
    /// Amount in 元.
    pub amount: Option<Decimal>,
    /// Still continuing.
    pub ongoing: Option<bool>,
}

/// The validated, typed situation.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Situation {
    /// Today.
    pub as_of: NaiveDate,
    /// Acceptance date.
    pub accepted_on: NaiveDate,
    /// Channel.
    pub channel: Option<Channel>,
    /// 户籍 in the district.
    pub huji_in_district: Option<bool>,
    /// Members (never empty).
    pub household: Vec<Member>,
    /// Index of the member the 特困 test is about (always a valid index).
    pub applicant: usize,
    /// Property within the local limits.
    pub property_within_limits: Tri,
    /// Legal supporters.
    pub supporters: Supporters,
    /// Why they are unable.
    pub supporter_reason: Option<IncapacityReason>,
    /// Current status.
    pub current_status: Status,
    /// Emergency.
    pub emergency: Option<Emergency>,
    /// Rigid expenditure.
    pub expenditure: Option<Expenditure>,
    /// 靠自身和家庭无力解决.
    pub cannot_resolve_alone: Option<bool>,
    /// 以现有政策难以明确.
    pub policy_unclear: Option<bool>,
    /// Calendar days the 经济状况核对 took.
    pub check_days: Option<u32>,
    /// Parameter overrides.
    #[serde(skip)]
    pub overrides: Overrides,
}

impl Situation {
    /// The member the 特困 test is about.
    pub fn applicant_member(&self) -> Option<&Member> {
        self.household.get(self.applicant)
    }

    /// The own status (特困 or 孤儿) of member `i`. 特困 and 孤儿 are a person's statuses, not a
    /// household's: they come from the member's own record. A household `current_status` of
    /// kind 特困 or 孤儿 (as older answers and the page's "does the household already receive
    /// assistance" state it) is read as the applicant's, the person every 特困 test is about;
    /// it never passes to another member.
    pub fn personal_status(&self, i: usize) -> Option<Status> {
        let own = self.household.get(i)?.status;
        if own.is_some() {
            return own;
        }
        let c = self.current_status;
        (i == self.applicant && matches!(c.kind, StatusKind::Tekun | StatusKind::Orphan))
            .then_some(c)
    }

    /// The household's status (低保 or 低边), if any.
    pub fn household_status(&self) -> Option<Status> {
        let c = self.current_status;
        matches!(c.kind, StatusKind::Dibao | StatusKind::Dibian).then_some(c)
    }
}

/// The six indicators as entered.
fn self_care(v: &mut Collector, raw: &RawSelfCare, path: &str) -> SelfCare {
    SelfCare {
        eating: v.bool(&raw.eating, &format!("{path}.eating")),
        dressing: v.bool(&raw.dressing, &format!("{path}.dressing")),
        bed: v.bool(&raw.bed, &format!("{path}.bed")),
        toilet: v.bool(&raw.toilet, &format!("{path}.toilet")),
        walking: v.bool(&raw.walking, &format!("{path}.walking")),
        bathing: v.bool(&raw.bathing, &format!("{path}.bathing")),
    }
}

/// Full years between `birth` and `on`.
fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

fn member(
    v: &mut Collector,
    raw: &RawMember,
    path: &str,
    accepted_on: Option<NaiveDate>,
) -> Member {
    let name = match &raw.name {
        Some(Loose::Str(s)) => Some(s.clone()),
        _ => None,
    };
    let age_given = v
        .int(&raw.age, &format!("{path}.age"), 0, 130)
        .and_then(|a| u32::try_from(a).ok());
    let birth = v.date(&raw.birth_date, &format!("{path}.birth_date"));
    let mut age = age_given;
    if let (Some(b), Some(on)) = (birth, accepted_on) {
        match age_on(b, on) {
            None => v.err(
                &format!("{path}.birth_date"),
                ErrorCode::DateOrder,
                "accepted_on",
            ),
            Some(a) if a > 130 => v.err(
                &format!("{path}.birth_date"),
                ErrorCode::OutOfRange,
                "0–130",
            ),
            Some(a) => {
                if age_given.is_some_and(|g| g != a) {
                    v.err(
                        &format!("{path}.age"),
                        ErrorCode::Inconsistent,
                        "birth_date",
                    );
                }
                age = Some(a);
            }
        }
    }
    let disability = raw.disability.as_ref().and_then(|d| {
        let kind = v.choice::<DisabilityKind>(&d.kind, &format!("{path}.disability.kind"));
        let grade = v.int(&d.grade, &format!("{path}.disability.grade"), 1, 4);
        match (kind, grade) {
            (Some(kind), Some(g)) => u8::try_from(g).ok().map(|grade| Disability { kind, grade }),
            (Some(_), None) if d.grade.is_none() => {
                v.err(&format!("{path}.disability.grade"), ErrorCode::Required, "");
                None
            }
            (None, Some(_)) if d.kind.is_none() => {
                v.err(&format!("{path}.disability.kind"), ErrorCode::Required, "");
                None
            }
            _ => None,
        }
    });
    let study = v.choice::<Study>(&raw.study, &format!("{path}.study"));
    let orphan = v.choice::<Orphan>(&raw.orphan, &format!("{path}.orphan"));
    let serious_illness = v.bool(&raw.serious_illness, &format!("{path}.serious_illness"));
    let income = raw.income.as_ref().map(|lines| {
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let p = format!("{path}.income[{i}]");
            if misshapen(v, &p) {
                continue;
            }
            let kind = v.choice::<IncomeKind>(&line.kind, &format!("{p}.kind"));
            if line.kind.is_none() {
                v.err(&format!("{p}.kind"), ErrorCode::Required, "");
            }
            let amount = v.money(&line.amount, &format!("{p}.amount"));
            if line.amount.is_none() {
                v.err(&format!("{p}.amount"), ErrorCode::Required, "");
            }
            if let (Some(kind), Some(amount)) = (kind, amount) {
                out.push(Income { kind, amount });
            }
        }
        out
    });
    let self_care = raw
        .self_care
        .as_ref()
        .map(|s| self_care(v, s, &format!("{path}.self_care")))
        .unwrap_or_default();
    if orphan.is_some_and(|o| o != Orphan::None) && age.is_some_and(|a| a >= 18) {
        v.err(&format!("{path}.orphan"), ErrorCode::Inconsistent, "age");
    }
    let disability_components = raw
        .disability
        .as_ref()
        .and_then(|d| components(v, d, disability, path));
    let orphan_allowance = v.bool(&raw.orphan_allowance, &format!("{path}.orphan_allowance"));
    // Receiving the allowance makes sense only for a child said to be a 孤儿 or 事实无人抚养儿童.
    if orphan_allowance == Some(true) && orphan == Some(Orphan::None) {
        v.err(
            &format!("{path}.orphan_allowance"),
            ErrorCode::Inconsistent,
            "orphan",
        );
    }
    let status = raw.status.as_ref().and_then(|st| {
        let p = format!("{path}.status");
        let read = status(v, st, &p);
        match read.kind {
            StatusKind::None => None,
            StatusKind::Tekun | StatusKind::Orphan => Some(read),
            // 低保 and 低边 are recognised for a household, not for one member.
            StatusKind::Dibao | StatusKind::Dibian => {
                v.err(
                    &format!("{p}.kind"),
                    ErrorCode::Inconsistent,
                    "current_status",
                );
                None
            }
        }
    });
    Member {
        name,
        age,
        disability,
        study,
        orphan,
        serious_illness,
        income,
        self_care,
        disability_components,
        orphan_allowance,
        status,
    }
}

/// The kinds and grades of a 多重残疾 (`disability.components`). An empty list is no answer.
fn components(
    v: &mut Collector,
    raw: &RawDisability,
    read: Option<Disability>,
    path: &str,
) -> Option<Vec<Disability>> {
    let list = raw.components.as_ref().filter(|l| !l.is_empty())?;
    let base = format!("{path}.disability.components");
    if read.is_some_and(|d| d.kind != DisabilityKind::Multiple) {
        v.err(&base, ErrorCode::Inconsistent, "disability.kind");
        return None;
    }
    let mut out = Vec::new();
    for (i, part) in list.iter().enumerate() {
        let p = format!("{base}[{i}]");
        if misshapen(v, &p) {
            continue;
        }
        let kind = v.choice::<DisabilityKind>(&part.kind, &format!("{p}.kind"));
        if part.kind.is_none() {
            v.err(&format!("{p}.kind"), ErrorCode::Required, "");
        }
        // A component is one kind; "multiple" inside a multiple disability says nothing.
        if kind == Some(DisabilityKind::Multiple) {
            v.err(
                &format!("{p}.kind"),
                ErrorCode::Inconsistent,
                "disability.kind",
            );
            continue;
        }
        let grade = v.int(&part.grade, &format!("{p}.grade"), 1, 4);
        if part.grade.is_none() {
            v.err(&format!("{p}.grade"), ErrorCode::Required, "");
        }
        if let (Some(kind), Some(g)) = (kind, grade.and_then(|g| u8::try_from(g).ok())) {
            out.push(Disability { kind, grade: g });
        }
    }
    Some(out)
}

/// A status with its dates (the household's or a member's own), read at `path`.
fn status(v: &mut Collector, s: &RawStatus, path: &str) -> Status {
    let kind = v
        .choice::<StatusKind>(&s.kind, &format!("{path}.kind"))
        .unwrap_or_default();
    let recognised_on = v.date(&s.recognised_on, &format!("{path}.recognised_on"));
    let ended_on = v.date(&s.ended_on, &format!("{path}.ended_on"));
    if let (Some(r), Some(e)) = (recognised_on, ended_on) {
        if e < r {
            v.err(
                &format!("{path}.ended_on"),
                ErrorCode::DateOrder,
                "recognised_on",
            );
        }
    }
    if kind == StatusKind::None && (recognised_on.is_some() || ended_on.is_some()) {
        v.err(&format!("{path}.kind"), ErrorCode::Required, "");
    }
    Status {
        kind,
        recognised_on,
        ended_on,
    }
}

/// Whether `path` held a value of the wrong shape (already reported): a list element kept only
/// for its place, whose empty fields are not further errors.
fn misshapen(v: &Collector, path: &str) -> bool {
    v.errors
        .iter()
        .any(|e| e.code == ErrorCode::WrongType && e.path == path)
}

/// Checks every field and returns the typed situation, or every problem found.
pub fn validate(raw: &RawSituation) -> Result<Situation, Vec<FieldError>> {
    let mut v = Collector::new(Words::PLAIN);
    // The wrong types found while reading come first. A plain `clone` (not `clone_from`, nor
    // rebuilding each error here): it is the form of this that adds least to the page's wasm.
    v.errors = raw.wrong_shapes.clone();
    // An input that is not an object has no fields to report on.
    if v.errors.iter().any(|e| e.path.is_empty()) {
        return Err(v.errors);
    }
    let as_of = v.date(&raw.as_of, "as_of");
    let accepted = v.date(&raw.accepted_on, "accepted_on");
    let accepted_on = accepted.or(as_of);
    let as_of = as_of.or(accepted);
    if raw.as_of.is_none() && raw.accepted_on.is_none() {
        v.err("accepted_on", ErrorCode::Required, "");
    }
    let channel = v.choice::<Channel>(&raw.channel, "channel");
    let huji_in_district = v.bool(&raw.huji_in_district, "huji_in_district");

    let mut household = Vec::new();
    match &raw.household {
        Some(list) if !list.is_empty() => {
            for (i, m) in list.iter().enumerate() {
                household.push(member(&mut v, m, &format!("household[{i}]"), accepted_on));
            }
        }
        // A household of the wrong type is already reported; it is not also an empty one.
        _ if misshapen(&v, "household") => {}
        _ => v.err("household", ErrorCode::EmptyHousehold, ""),
    }
    let mut applicant = 0usize;
    if let Some(n) = v.int(&raw.applicant, "applicant", 0, 999) {
        match usize::try_from(n) {
            Ok(i) if i < household.len() => applicant = i,
            _ => v.err("applicant", ErrorCode::NoSuchMember, ""),
        }
    }
    if let Some(sc) = &raw.self_care {
        let parsed = self_care(&mut v, sc, "self_care");
        match household.get_mut(applicant) {
            None => v.err("self_care", ErrorCode::NoSuchMember, ""),
            Some(m) if m.self_care.any_given() && parsed.any_given() => v.err(
                "self_care",
                ErrorCode::Inconsistent,
                &format!("household[{applicant}].self_care"),
            ),
            Some(m) => {
                if parsed.any_given() {
                    m.self_care = parsed;
                }
            }
        }
    }

    let property_within_limits = v
        .choice::<Tri>(&raw.property_within_limits, "property_within_limits")
        .unwrap_or_default();

    let (supporters, supporter_reason) = match &raw.supporters {
        None => (Supporters::Unknown, None),
        Some(s) => {
            let st = v
                .choice::<Supporters>(&s.status, "supporters.status")
                .unwrap_or_default();
            let reason = v.choice::<IncapacityReason>(&s.reason, "supporters.reason");
            if reason.is_some() && st != Supporters::Unable {
                v.err(
                    "supporters.reason",
                    ErrorCode::Inconsistent,
                    "supporters.status",
                );
            }
            (st, reason)
        }
    };

    let current_status = match &raw.current_status {
        None => Status::default(),
        Some(s) => status(&mut v, s, "current_status"),
    };
    // A household 特困 / 孤儿 is read as the applicant's own status (`Situation::personal_status`):
    // the applicant's own record may not say something else.
    if matches!(current_status.kind, StatusKind::Tekun | StatusKind::Orphan) {
        if let Some(own) = household.get(applicant).and_then(|m| m.status) {
            if own.kind != current_status.kind {
                v.err(
                    "current_status.kind",
                    ErrorCode::Inconsistent,
                    &format!("household[{applicant}].status"),
                );
            }
        }
    }

    let emergency = raw.emergency.as_ref().and_then(|e| {
        let kind = v.choice::<EmergencyKind>(&e.kind, "emergency.kind");
        if e.kind.is_none() {
            v.err("emergency.kind", ErrorCode::Required, "");
        }
        let occurred_on = v.date(&e.occurred_on, "emergency.occurred_on");
        let ongoing = v.bool(&e.ongoing, "emergency.ongoing");
        let ended_on = v.date(&e.ended_on, "emergency.ended_on");
        let critical = v.bool(&e.critical, "emergency.critical");
        if let (Some(o), Some(end)) = (occurred_on, ended_on) {
            if end < o {
                v.err("emergency.ended_on", ErrorCode::DateOrder, "occurred_on");
            }
        }
        if ongoing == Some(true) && ended_on.is_some() {
            v.err("emergency.ongoing", ErrorCode::Inconsistent, "ended_on");
        }
        if let (Some(o), Some(as_of)) = (occurred_on, as_of) {
            if o > as_of {
                v.err("emergency.occurred_on", ErrorCode::DateOrder, "as_of");
            }
        }
        kind.map(|kind| Emergency {
            kind,
            occurred_on,
            ongoing,
            ended_on,
            critical,
        })
    });

    let expenditure = raw.expenditure.as_ref().and_then(|e| {
        let kind = v.choice::<ExpenditureKind>(&e.kind, "expenditure.kind");
        if e.kind.is_none() {
            v.err("expenditure.kind", ErrorCode::Required, "");
        }
        let amount = v.money(&e.amount, "expenditure.amount");
        let ongoing = v.bool(&e.ongoing, "expenditure.ongoing");
        kind.map(|kind| Expenditure {
            kind,
            amount,
            ongoing,
        })
    });

    let cannot_resolve_alone = v.bool(&raw.cannot_resolve_alone, "cannot_resolve_alone");
    let policy_unclear = v.bool(&raw.policy_unclear, "policy_unclear");

    let check_days = raw.check.as_ref().and_then(|c| {
        let days = v
            .int(&c.days, "check.days", 0, 366)
            .and_then(|d| u32::try_from(d).ok());
        let start = v.date(&c.started_on, "check.started_on");
        let end = v.date(&c.finished_on, "check.finished_on");
        let from_dates = match (start, end) {
            (Some(s), Some(e)) if e < s => {
                v.err("check.finished_on", ErrorCode::DateOrder, "started_on");
                None
            }
            // 民法典 第二百零一条: the day the check starts does not count.
            (Some(s), Some(e)) => u32::try_from((e - s).num_days()).ok(),
            _ => None,
        };
        if let (Some(d), Some(f)) = (days, from_dates) {
            if d != f {
                v.err(
                    "check.days",
                    ErrorCode::Inconsistent,
                    "started_on/finished_on",
                );
            }
        }
        days.or(from_dates)
    });

    let overrides = raw
        .params
        .as_ref()
        .map(|map| params::read_overrides(map, &mut v))
        .unwrap_or_default();

    match (as_of, accepted_on) {
        (Some(as_of), Some(accepted_on)) if v.errors.is_empty() => Ok(Situation {
            as_of,
            accepted_on,
            channel,
            huji_in_district,
            household,
            applicant,
            property_within_limits,
            supporters,
            supporter_reason,
            current_status,
            emergency,
            expenditure,
            cannot_resolve_alone,
            policy_unclear,
            check_days,
            overrides,
        }),
        _ => Err(v.errors),
    }
}
