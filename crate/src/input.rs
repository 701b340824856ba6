//! The one input layer: the lenient readers both the household form and the clerk view use,
//! the one list of error codes with their words, the one [`FieldError`], and the [`Collector`]
//! that gathers every problem at once.
//!
//! Accepted forms, after full-width characters are folded to their ASCII forms ([`fold_width`]):
//! - dates: `2026-03-02`, `2026/3/2`, `2026.3.2`, `2026年3月2日`, `20260302`;
//! - date-times: a date, then `T` or a space, then `14:30` or `14:30:00`;
//! - months: `2026-03`, `2026/3`, `2026年3月`;
//! - amounts: `5000`, `5,000.00`, `５，０００元`, `¥5000` (thousands separators only in the whole
//!   part);
//! - whole numbers: `12` or `１２`, `1,000`; `12.0` is 12, `12.5` is not whole;
//! - yes/no: JSON `true`/`false`, or `是`/`否`, `有`/`无`, `yes`/`no`, `1`/`0`.
//!
//! An empty field (or one holding only spaces) is missing, not wrong.

use crate::choice::Choice;
use crate::small_map::SmallMap;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Named arguments of a message (a reason, a warning, an input error): argument name → value
/// (dates as ISO `YYYY-MM-DD`, amounts as plain decimals, codes as lower-case identifiers).
pub type Args = SmallMap<&'static str, String>;

/// Folds the full-width ASCII forms (U+FF01..U+FF5E) to ASCII and the ideographic space
/// (U+3000) to a space: the part of Unicode NFKC that matters for what a Chinese keyboard types
/// into a Latin field (digits, letters, `，` `．` `：` `－` `／`).
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            other => other,
        })
        .collect()
}

/// A permissive JSON leaf: whatever the form sends, validation decides what it means.
///
/// Deserialised by hand ([`LooseVisitor`]) rather than `#[serde(untagged)]`: the derived
/// version buffers every value and turns floats into text through the float formatter,
/// which together cost the wasm bundle tens of kilobytes.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum Loose {
    /// `true` / `false`.
    Bool(bool),
    /// A JSON integer.
    Int(i64),
    /// A JSON string (dates, enum values, money written as text).
    Str(String),
    /// Any other JSON number, kept exactly as a decimal.
    Num(Decimal),
    /// A list where a single value was expected: kept so that it can be reported.
    List(Vec<Loose>),
    /// An object where a single value was expected: kept so that it can be reported.
    Map(SmallMap<String, Loose>),
    /// A JSON `null` inside a list or an object (a field that is itself `null` is simply
    /// absent): kept so that a reader can report it at its path, or read it as "no value",
    /// instead of the whole input failing to parse without a path.
    Null,
}

struct LooseVisitor;

impl<'de> serde::de::Visitor<'de> for LooseVisitor {
    type Value = Loose;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Int(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(i64::try_from(v).map_or_else(|_| Loose::Num(Decimal::from(v)), Loose::Int))
    }
    /// A JSON number with a fraction: converted from its binary value to the nearest short
    /// decimal, without going through text. NaN and infinities cannot be money; they are
    /// kept as text so that validation reports them.
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Decimal::from_f64_retain(v)
            .map(|d| Loose::Num(d.round_dp(10).normalize()))
            .unwrap_or_else(|| Loose::Str(String::from("NaN"))))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Str(v.to_string()))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Str(v))
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        Loose::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element::<Loose>()? {
            out.push(v);
        }
        Ok(Loose::List(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut out = SmallMap::new();
        while let Some((k, v)) = map.next_entry::<String, Loose>()? {
            out.insert(k, v);
        }
        Ok(Loose::Map(out))
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

/// Reads any JSON scalar (or null) as text, for input structs whose fields are text as typed,
/// so that a page may send `12` or `"１２"`, `true` or `"是"`. Goes through [`Loose`], so a
/// number becomes the same text whichever struct reads it. A list or an object is an error.
pub fn loose_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Loose>::deserialize(d)? {
        None | Some(Loose::Null) => None,
        Some(Loose::Str(s)) => Some(s),
        Some(Loose::Bool(b)) => Some(b.to_string()),
        Some(Loose::Int(i)) => Some(i.to_string()),
        Some(Loose::Num(n)) => Some(n.to_string()),
        Some(Loose::List(_) | Loose::Map(_)) => {
            return Err(serde::de::Error::custom(
                "expected a string, a number, a boolean or null",
            ))
        }
    })
}

/// Trimmed text, or `None` when empty.
pub fn text(raw: &Option<String>) -> Option<String> {
    let t = raw.as_deref()?.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.to_owned())
    }
}

/// Folded, trimmed text, or `None` when empty.
pub fn folded(raw: &str) -> Option<String> {
    let t = fold_width(raw);
    let t = t.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.to_owned())
    }
}

crate::choices! {
    /// What is wrong with a field: the household form's codes and the clerk view's, in one list.
    /// The words are templates: `{name}` is replaced by the argument of that name.
    pub enum ErrorCode {
        /// A needed value is missing.
        Required = ("required", "必填", "Required"),
        /// Not a yes/no value.
        NotBool = ("not_bool", "请填写“是”或“否”", "Must be yes or no"),
        /// Not a whole number.
        NotInteger = ("not_integer", "请填写整数", "Must be a whole number"),
        /// Not an amount of money.
        NotMoney = ("not_money", "请填写金额，如 1250.00", "Must be an amount such as 1250.00"),
        /// Money below zero.
        Negative = ("negative", "金额不能为负数", "An amount cannot be negative"),
        /// More than two decimal places (finer than a fen).
        TooPrecise = ("too_precise", "金额最多精确到分（两位小数）", "At most two decimals (fen)"),
        /// An amount no household could have.
        Absurd = ("absurd", "金额过大，请核对", "Amount too large; please check"),
        /// A number outside its range (`detail`: the range).
        OutOfRange = ("out_of_range", "超出范围：{detail}", "Out of range: {detail}"),
        /// Not a real calendar date.
        InvalidDate = ("invalid_date", "日期无效，格式为 YYYY-MM-DD", "Not a valid date (YYYY-MM-DD)"),
        /// A date outside the years `from`–`to`.
        DateOutOfRange = ("date_out_of_range", "日期超出{from}年至{to}年的范围", "Date outside the years {from} to {to}"),
        /// Dates in the wrong order (`detail`: the other field).
        DateOrder = ("date_order", "日期先后不对（对照 {detail}）", "Date in the wrong order (see {detail})"),
        /// A value not in the list (`detail`: the list).
        UnknownValue = ("unknown_value", "不是可选值，可选：{detail}", "Not one of: {detail}"),
        /// No household member.
        EmptyHousehold = ("empty_household", "请至少填写一名家庭成员", "Enter at least one household member"),
        /// An index or indicator pointing at no member.
        NoSuchMember = ("no_such_member", "没有对应的家庭成员", "Refers to no household member"),
        /// Two fields that contradict each other (`detail`: the other field).
        Inconsistent = ("inconsistent", "与 {detail} 矛盾", "Contradicts {detail}"),
        /// A parameter id the parameter file does not have.
        UnknownParam = ("unknown_param", "没有这个参数", "No such parameter"),
        /// Not a date in a recognised form.
        DateFormat = ("date_format", "日期格式无法识别，请按“2026-03-02”填写", "Unrecognised date; write it as 2026-03-02"),
        /// Looks like a date but does not exist (e.g. 2026-02-30).
        DateImpossible = ("date_impossible", "日期不存在，请检查年月日", "This date does not exist; check the year, month and day"),
        /// Not a date and time in a recognised form.
        DateTimeFormat = ("date_time_format", "日期时间格式无法识别，请按“2026-03-02 14:30”填写", "Unrecognised date and time; write it as 2026-03-02 14:30"),
        /// Not a month (`YYYY-MM`) in a recognised form.
        MonthFormat = ("month_format", "月份格式无法识别，请按“2026-03”填写", "Unrecognised month; write it as 2026-03"),
        /// A member's income left blank (neither an amount nor "no income").
        IncomeBlank = ("income_blank", "请填写这位成员的收入；没有收入的，请勾选“这位成员没有收入”", "Enter this member's income, or tick “This member has no income”"),
        /// Not an amount of money.
        AmountFormat = ("amount_format", "金额格式无法识别，请填写数字，如“5,000.00”", "Unrecognised amount; write a number such as 5,000.00"),
        /// A negative amount.
        AmountNegative = ("amount_negative", "金额不能为负数", "An amount cannot be negative"),
        /// Not a number.
        CountFormat = ("count_format", "人数或户数格式无法识别，请填写整数", "Unrecognised count; write a whole number"),
        /// A negative count.
        CountNegative = ("count_negative", "人数或户数不能为负数", "A count cannot be negative"),
        /// A count with a fractional part.
        CountNotWhole = ("count_not_whole", "人数或户数必须是整数", "A count must be a whole number"),
        /// A count too large to be real.
        CountTooLarge = ("count_too_large", "人数或户数过大", "Count too large"),
        /// Not a yes/no answer.
        ChoiceFormat = ("choice_format", "请填写“是”或“否”", "Answer yes or no"),
        /// Not one of 低保 / 低边 / 特困 / 临时救助.
        KindUnknown = ("kind_unknown", "救助类别应为低保、低边、特困或临时救助", "The category must be 低保, 低边, 特困 or 临时救助"),
        /// 核对 end before its start.
        CheckEndBeforeStart = ("check_end_before_start", "核对结束日期早于开始日期", "The economic check ends before it starts"),
        /// Approval before acceptance.
        ApprovalBeforeAcceptance = ("approval_before_acceptance", "审批日期早于受理日期", "Approval is dated before acceptance"),
        /// A date before another date it must follow (`other`: that field's path).
        DateBefore = ("date_before", "此日期早于“{other}”", "This date is before \"{other}\""),
        /// A JSON value of the wrong shape, e.g. text where a list belongs (`expected`: the shape
        /// it should have, in the words of the form that reads it).
        WrongType = ("wrong_type", "应为{expected}", "Should be {expected}"),
        /// A field the input does not have (a site configuration's unknown key).
        UnknownField = ("unknown_field", "没有这一项", "No such field"),
        /// A file format version this build does not read (`detail`: the versions it reads).
        UnsupportedVersion = ("unsupported_version", "不支持的文件版本，应为 {detail}", "Unsupported file version; must be {detail}"),
        /// The file is not JSON (`detail`: the parser's words).
        NotJson = ("not_json", "不是有效的 JSON：{detail}", "Not valid JSON: {detail}"),
    }
}

/// How argument values that are codes become words in a message: `zh`/`en` translate the
/// arguments named in `term_args` (lists separated by commas are translated item by item).
#[derive(Clone, Copy)]
pub struct Words {
    /// Chinese word of a code.
    pub zh: fn(&str) -> &str,
    /// English word of a code.
    pub en: fn(&str) -> &str,
    /// The arguments whose values are codes.
    pub term_args: &'static [&'static str],
}

fn same(s: &str) -> &str {
    s
}

impl Words {
    /// No argument is a code: every value is shown as it is.
    pub const PLAIN: Words = Words {
        zh: same,
        en: same,
        term_args: &[],
    };
}

/// Replaces each `{name}` in `template` by its argument, translating code-valued arguments with
/// `term` and joining lists with `sep`. A placeholder without an argument is left visible, so a
/// missing argument shows up in review instead of silently vanishing.
pub fn fill(
    template: &str,
    args: &Args,
    term: fn(&str) -> &str,
    term_args: &[&str],
    sep: &str,
) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = (
            rest.get(..open).unwrap_or(""),
            rest.get(open..).unwrap_or(""),
        );
        out.push_str(before);
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after.get(1..close).unwrap_or("");
        match args.get(name) {
            Some(value) if term_args.contains(&name) => {
                let words: Vec<&str> = value.split(',').map(term).collect();
                out.push_str(&words.joined(sep));
            }
            Some(value) => out.push_str(value),
            None => out.push_str(after.get(..=close).unwrap_or("")),
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// One problem with an input field.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// Field path, e.g. `household[2].age` or `meeting.participants`.
    pub path: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// The code's arguments (e.g. `other`: the path of the field this one must follow).
    pub args: Args,
    /// What was typed, unchanged, so the page can show it back (empty when not text).
    pub input: String,
    /// Message in Chinese.
    pub zh: String,
    /// Message in English.
    pub en: String,
}

impl FieldError {
    /// The error with its messages, code-valued arguments translated by `words`.
    pub fn new(path: &str, code: ErrorCode, args: Args, input: &str, words: Words) -> Self {
        let zh = fill(code.zh(), &args, words.zh, words.term_args, "、");
        let en = fill(code.en(), &args, words.en, words.term_args, ", ");
        FieldError {
            path: path.to_owned(),
            code,
            args,
            input: input.to_owned(),
            zh,
            en,
        }
    }
}

/// Gathers every problem found while reading a form, so that all are reported at once.
pub struct Collector {
    /// The problems so far, in the order found.
    pub errors: Vec<FieldError>,
    words: Words,
}

impl Collector {
    /// An empty collector whose messages translate arguments with `words`.
    pub fn new(words: Words) -> Self {
        Collector {
            errors: Vec::new(),
            words,
        }
    }

    /// Records a problem.
    pub fn fail(&mut self, path: &str, code: ErrorCode, args: Args, input: &str) {
        self.errors
            .push(FieldError::new(path, code, args, input, self.words));
    }

    /// Reads typed text with `parse` after folding and trimming it: `None` when the field is
    /// empty, or when `parse` fails (the problem is then recorded with the text as typed).
    pub fn read<T>(
        &mut self,
        path: &str,
        raw: &Option<String>,
        parse: impl FnOnce(&str) -> Result<T, ErrorCode>,
    ) -> Option<T> {
        let typed = raw.as_deref()?;
        let s = folded(typed)?;
        parse(&s)
            .map_err(|code| self.reject(path, code, typed))
            .ok()
    }

    /// Records that `typed` at `path` could not be read (kept out of the generic [`Self::read`],
    /// which is instantiated once per reader).
    fn reject(&mut self, path: &str, code: ErrorCode, typed: &str) {
        // The only code whose words need arguments: the readers' dates are procedural.
        let args = if code == ErrorCode::DateOutOfRange {
            years_args(&PROCEDURE_YEARS)
        } else {
            Args::new()
        };
        self.fail(path, code, args, typed);
    }
}

/// Largest amount accepted as plausible accepted as plausible (元); anything above is a typo.
const MONEY_MAX: i64 = 100_000_000;

/// Years a date of the household form may fall in (births go back a long way).
pub const FORM_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The readers of [`Loose`] values (the household form and its saved files): each returns the
/// value, or records the problem and returns `None`; an absent or blank field is `None` without
/// a problem.
impl Collector {
    /// Records a problem whose words take `detail` (a range, a list, the other field).
    pub fn err(&mut self, path: &str, code: ErrorCode, detail: &str) {
        let mut args = Args::new();
        if !detail.is_empty() {
            args.insert("detail", detail.to_string());
        }
        self.fail(path, code, args, "");
    }
    /// Reads a yes/no.
    pub fn bool(&mut self, v: &Option<Loose>, path: &str) -> Option<bool> {
        let b = match v.as_ref()? {
            Loose::Bool(b) => Some(*b),
            Loose::Str(s) => parse_yes_no(&folded(s)?),
            _ => None,
        };
        if b.is_none() {
            self.err(path, ErrorCode::NotBool, "");
        }
        b
    }

    /// Reads a whole number in `min..=max`.
    pub fn int(&mut self, v: &Option<Loose>, path: &str, min: i64, max: i64) -> Option<i64> {
        let n = match v.as_ref()? {
            Loose::Int(i) => Some(*i),
            // Whole means equal to its own truncation (not `fract().is_zero()`: `fract` is a
            // subtraction that costs the page's wasm about 1 KB gzip for this one test).
            Loose::Num(d) if d.trunc() == *d => i64::try_from(*d).ok(),
            Loose::Str(s) => parse_number(&folded(s)?, false)
                .filter(|d| d.trunc() == *d)
                .and_then(|d| i64::try_from(d).ok()),
            _ => None,
        };
        match n {
            None => {
                self.err(path, ErrorCode::NotInteger, "");
                None
            }
            Some(n) if n < min || n > max => {
                self.err(
                    path,
                    ErrorCode::OutOfRange,
                    &[int_text(min), int_text(max)].joined("–"),
                );
                None
            }
            Some(n) => Some(n),
        }
    }

    /// Reads a fen-exact amount of money.
    pub fn money(&mut self, v: &Option<Loose>, path: &str) -> Option<Decimal> {
        let d = match v.as_ref()? {
            Loose::Int(i) => Some(Decimal::from(*i)),
            Loose::Num(d) => Some(*d),
            Loose::Str(s) => parse_number(&folded(s)?, true),
            _ => None,
        };
        match d {
            None => {
                self.err(path, ErrorCode::NotMoney, "");
                None
            }
            Some(d) if d.is_sign_negative() && !d.is_zero() => {
                self.err(path, ErrorCode::Negative, "");
                None
            }
            Some(d) if d > Decimal::from(MONEY_MAX) => {
                self.err(path, ErrorCode::Absurd, "");
                None
            }
            Some(d) if d.normalize().scale() > 2 => {
                self.err(path, ErrorCode::TooPrecise, "");
                None
            }
            Some(d) => Some(d),
        }
    }

    /// Reads a non-negative decimal (a parameter).
    pub fn decimal(&mut self, v: &Loose, path: &str) -> Option<Decimal> {
        let d = match v {
            Loose::Int(i) => Some(Decimal::from(*i)),
            Loose::Num(d) => Some(*d),
            Loose::Str(s) => parse_number(fold_width(s).trim(), false),
            _ => None,
        };
        match d {
            Some(d) if !d.is_sign_negative() && d <= Decimal::from(MONEY_MAX) => Some(d),
            Some(_) => {
                self.err(path, ErrorCode::OutOfRange, "0–100000000");
                None
            }
            None => {
                self.err(path, ErrorCode::NotMoney, "");
                None
            }
        }
    }

    /// Reads a date of the form.
    pub fn date(&mut self, v: &Option<Loose>, path: &str) -> Option<NaiveDate> {
        let parsed = match v.as_ref()? {
            Loose::Str(s) => parse_date_in(&folded(s)?, &FORM_YEARS),
            _ => Err(ErrorCode::InvalidDate),
        };
        match parsed {
            Ok(d) => Some(d),
            Err(ErrorCode::DateOutOfRange) => {
                self.fail(path, ErrorCode::DateOutOfRange, years_args(&FORM_YEARS), "");
                None
            }
            Err(_) => {
                self.err(path, ErrorCode::InvalidDate, "");
                None
            }
        }
    }

    /// Reads a value that must be the code of one of `T`'s values.
    pub fn choice<T: Choice>(&mut self, v: &Option<Loose>, path: &str) -> Option<T> {
        let i = self.code_index(v, path, T::CODES)?;
        T::ALL.get(i).copied()
    }

    /// The position in `codes` of the code `v` holds (the untyped part of [`Self::choice`]).
    fn code_index(&mut self, v: &Option<Loose>, path: &str, codes: &[&str]) -> Option<usize> {
        let text = match v.as_ref()? {
            Loose::Str(s) if s.trim().is_empty() => return None,
            Loose::Str(s) => s.trim(),
            _ => "",
        };
        let found = codes.iter().position(|c| *c == text);
        if found.is_none() {
            self.err(path, ErrorCode::UnknownValue, &codes.joined(", "));
        }
        found
    }
}

/// The years a procedural date of the plan (an acceptance, a meeting, a payment) may fall in.
pub const PROCEDURE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The arguments of [`ErrorCode::DateOutOfRange`] for `years`.
pub fn years_args(years: &std::ops::RangeInclusive<i32>) -> Args {
    let mut args = Args::new();
    args.insert("from", int_text(i64::from(*years.start())));
    args.insert("to", int_text(i64::from(*years.end())));
    args
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parses a folded, trimmed procedural date (see the module doc for the forms).
pub fn parse_date(s: &str) -> Result<NaiveDate, ErrorCode> {
    parse_date_in(s, &PROCEDURE_YEARS)
}

/// Parses a folded, trimmed date whose year must be in `years`.
pub fn parse_date_in(
    s: &str,
    years: &std::ops::RangeInclusive<i32>,
) -> Result<NaiveDate, ErrorCode> {
    let parts: Vec<&str> = if s.len() == 8 && is_digits(s) {
        vec![
            s.get(0..4).unwrap_or(""),
            s.get(4..6).unwrap_or(""),
            s.get(6..8).unwrap_or(""),
        ]
    } else {
        let s = s.strip_suffix('日').unwrap_or(s);
        s.split(['-', '/', '.', '年', '月']).collect()
    };
    let [y, m, d] = parts.as_slice() else {
        return Err(ErrorCode::DateFormat);
    };
    let well_formed = y.len() == 4
        && is_digits(y)
        && (1..=2).contains(&m.len())
        && is_digits(m)
        && (1..=2).contains(&d.len())
        && is_digits(d);
    if !well_formed {
        return Err(ErrorCode::DateFormat);
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err(ErrorCode::DateFormat);
    };
    if !years.contains(&y) {
        return Err(ErrorCode::DateOutOfRange);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(ErrorCode::DateImpossible)
}

/// Parses a folded, trimmed date and time: a date, `T` or spaces, `HH:MM` or `HH:MM:SS`.
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, ErrorCode> {
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d.trim(), t.trim()),
        None => return Err(ErrorCode::DateTimeFormat),
    };
    let date = parse_date(date).map_err(|code| match code {
        ErrorCode::DateFormat => ErrorCode::DateTimeFormat,
        other => other,
    })?;
    let fields: Vec<&str> = time.split(':').collect();
    let (h, m, sec) = match fields.as_slice() {
        [h, m] => (*h, *m, "0"),
        [h, m, s] => (*h, *m, *s),
        _ => return Err(ErrorCode::DateTimeFormat),
    };
    if ![h, m, sec].iter().all(|f| f.len() <= 2 && is_digits(f)) {
        return Err(ErrorCode::DateTimeFormat);
    }
    let (Ok(h), Ok(m), Ok(sec)) = (h.parse::<u32>(), m.parse::<u32>(), sec.parse::<u32>()) else {
        return Err(ErrorCode::DateTimeFormat);
    };
    let time = NaiveTime::from_hms_opt(h, m, sec).ok_or(ErrorCode::DateImpossible)?;
    Ok(date.and_time(time))
}

/// Parses a folded, trimmed month into its first day.
pub fn parse_month(s: &str) -> Result<NaiveDate, ErrorCode> {
    let s = s.strip_suffix('月').unwrap_or(s);
    let parts: Vec<&str> = s.split(['-', '/', '.', '年']).collect();
    let [y, m] = parts.as_slice() else {
        return Err(ErrorCode::MonthFormat);
    };
    if !(y.len() == 4 && is_digits(y) && (1..=2).contains(&m.len()) && is_digits(m)) {
        return Err(ErrorCode::MonthFormat);
    }
    let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>()) else {
        return Err(ErrorCode::MonthFormat);
    };
    if !PROCEDURE_YEARS.contains(&y) {
        return Err(ErrorCode::DateOutOfRange);
    }
    NaiveDate::from_ymd_opt(y, m, 1).ok_or(ErrorCode::DateImpossible)
}

/// Parses a folded, trimmed yes/no answer: `true`/`false`, `yes`/`no`, `y`/`n`, `1`/`0`, `是`/`否`,
/// `有`/`无`, `√`/`×`.
pub fn parse_yes_no(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "是" | "有" | "√" => Some(true),
        "false" | "no" | "n" | "0" | "否" | "无" | "没有" | "×" => Some(false),
        _ => None,
    }
}

/// Parses a folded, trimmed number: optional sign, digits with optional thousands separators in
/// the whole part, optional fraction; with `money`, also a leading `¥`/`￥` and a trailing `元`.
/// Returns `None` for anything else (including exponents, which no clerk types).
pub fn parse_number(s: &str, money: bool) -> Option<Decimal> {
    let mut s = s.trim();
    if money {
        s = s.strip_suffix('元').unwrap_or(s).trim_end();
        s = s.trim_start_matches(['¥', '￥']).trim_start();
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (whole, fraction) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    if let Some(f) = fraction {
        if !is_digits(f) {
            return None;
        }
    }
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped_ok = match groups.split_first() {
        Some((first, [])) => is_digits(first),
        Some((first, rest)) => {
            is_digits(first)
                && first.len() <= 3
                && rest.iter().all(|g| g.len() == 3 && is_digits(g))
        }
        None => false,
    };
    if !grouped_ok {
        return None;
    }
    // The digits into the 96-bit mantissa by hand, not through `Decimal::from_str_exact`: its
    // parser was the page's only use of rust_decimal's string parsing (about 5 KB of the wasm).
    // The same answers as it gave: `None` for a mantissa of 2^96 or more or for more than 28
    // decimals (never rounded), the sign kept as `from_parts` keeps it (no negative zero).
    let fraction = fraction.unwrap_or("");
    let mut mantissa: u128 = 0;
    for b in groups.iter().chain([&fraction]).flat_map(|g| g.bytes()) {
        mantissa = mantissa * 10 + u128::from(b - b'0');
        if mantissa >> 96 != 0 {
            return None;
        }
    }
    let scale = u32::try_from(fraction.len()).ok().filter(|s| *s <= 28)?;
    Some(Decimal::from_parts(
        mantissa as u32,
        (mantissa >> 32) as u32,
        (mantissa >> 64) as u32,
        negative,
        scale,
    ))
}

/// `d` as text, exactly as its `Display` writes it (every decimal of its scale, `-` when the sign
/// is negative, `0` before the point of a fraction): written by hand so that rust_decimal's
/// formatter, and the buffers behind it, stay out of the page's wasm.
pub fn decimal_text(d: Decimal) -> String {
    let scale = d.scale() as usize;
    let m = d.mantissa().unsigned_abs();
    // The 96-bit mantissa as three 32-bit words, highest first, divided by ten word by word
    // (a 128-bit division would cost the wasm more than the formatter it replaces).
    let mut words = [(m >> 64) as u32, (m >> 32) as u32, m as u32];
    // The digits, lowest first, at least one before the point.
    let mut rev = Vec::with_capacity(scale + 30);
    while words != [0; 3] || rev.len() <= scale {
        let mut rem = 0u64;
        for w in &mut words {
            let cur = (rem << 32) | u64::from(*w);
            *w = (cur / 10) as u32;
            rem = cur % 10;
        }
        rev.push(b'0' + rem as u8);
    }
    let mut out = String::with_capacity(rev.len() + 2);
    if d.is_sign_negative() {
        out.push('-');
    }
    for (i, b) in rev.iter().enumerate().rev() {
        out.push(char::from(*b));
        if i == scale && i != 0 {
            out.push('.');
        }
    }
    out
}

/// `d` as text, exactly as chrono's `Display` writes it: `YYYY-MM-DD`, a year outside 0–9999
/// with its sign and at least four digits. Written by hand so that chrono's formatter stays out
/// of the page's wasm.
pub fn date_text(d: NaiveDate) -> String {
    let mut out = String::with_capacity(11);
    let y = d.year();
    if !(0..=9999).contains(&y) {
        out.push(if y < 0 { '-' } else { '+' });
    }
    padded(&mut out, y.unsigned_abs(), 4);
    out.push('-');
    padded(&mut out, d.month(), 2);
    out.push('-');
    padded(&mut out, d.day(), 2);
    out
}

/// A whole number as text (`-` when negative), written by hand like [`date_text`]: the page's
/// wasm then carries no formatter for signed numbers.
pub fn int_text(n: i64) -> String {
    let mut out = String::with_capacity(20);
    if n < 0 {
        out.push('-');
    }
    let abs = n.unsigned_abs();
    let mut rev = Vec::with_capacity(20);
    let mut m = abs;
    while m != 0 || rev.is_empty() {
        rev.push(b'0' + (m % 10) as u8);
        m /= 10;
    }
    out.extend(rev.iter().rev().map(|b| char::from(*b)));
    out
}

/// Text joined with a separator: one small loop instead of std's `join`, whose copying body the
/// page's wasm carried twice (for `&str` and for `String` parts, about 1.1 KB each).
pub trait Joined {
    /// The parts in order, `sep` between each two.
    fn joined(&self, sep: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, sep: &str) -> String {
        let mut out = String::new();
        for (i, part) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(part.as_ref());
        }
        out
    }
}

/// `n` in decimal, with leading zeros to at least `width` digits.
fn padded(out: &mut String, n: u32, width: usize) {
    let mut rev = Vec::with_capacity(10);
    let mut n = n;
    while n != 0 || rev.len() < width {
        rev.push(b'0' + (n % 10) as u8);
        n /= 10;
    }
    out.extend(rev.iter().rev().map(|b| char::from(*b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<Loose> {
        Some(Loose::Str(s.to_string()))
    }

    /// The household form reads with the same lenient readers as the clerk view: every date form
    /// of the module doc is the same day, full-width digits and separators are numbers.
    #[test]
    fn the_form_reads_the_clerks_forms() {
        let mut c = Collector::new(Words::PLAIN);
        let day = NaiveDate::from_ymd_opt(2026, 3, 2);
        for form in [
            "2026-03-02",
            "2026/3/2",
            "2026.3.2",
            "2026年3月2日",
            "20260302",
            "２０２６－０３－０２",
        ] {
            assert_eq!(c.date(&text(form), "d"), day, "{form}");
        }
        // "１，２５０．５０元": 1250.50 元 once folded, separators and 元 dropped.
        assert_eq!(
            c.money(&text("１，２５０．５０元"), "m"),
            Some(Decimal::new(125050, 2))
        );
        assert_eq!(c.int(&text("１２"), "n", 0, 130), Some(12));
        assert_eq!(c.bool(&text("有"), "b"), Some(true));
        assert_eq!(c.bool(&text(" 否 "), "b"), Some(false));
        assert!(c.errors.is_empty(), "{:?}", c.errors);
    }

    /// The hand-written digit reader keeps `from_str_exact`'s limits: a mantissa below 2^96 and at
    /// most 28 decimals, never rounded; the scale is the number of decimals typed.
    #[test]
    fn numbers_keep_their_scale_and_limits() {
        // "1,250.50": mantissa 125050, scale 2 (two decimals typed), so it prints as 1250.50.
        let d = parse_number("1,250.50", true).unwrap();
        assert_eq!((d.mantissa(), d.scale()), (125050, 2));
        // "-0.0": zero has no sign (from_parts drops it), scale 1.
        let z = parse_number("-0.0", false).unwrap();
        assert_eq!(
            (z.mantissa(), z.scale(), z.is_sign_negative()),
            (0, 1, false)
        );
        assert_eq!(parse_number("-12.5", false), Some(Decimal::new(-125, 1)));
        // 2^96 − 1 = 79228162514264337593543950335 is the largest mantissa; 2^96 is one more.
        assert_eq!(
            parse_number("79228162514264337593543950335", false),
            Some(Decimal::MAX)
        );
        assert_eq!(parse_number("79228162514264337593543950336", false), None);
        // Leading zeros add nothing to the mantissa.
        assert_eq!(
            parse_number("00000000000000000000000000000000001", false),
            Some(Decimal::ONE)
        );
        // 28 decimals is the most: 0.000…01 (28 places) is 1 × 10^-28; 29 places is refused,
        // not rounded.
        let tiny = format!("0.{}1", "0".repeat(27));
        assert_eq!(parse_number(&tiny, false), Some(Decimal::new(1, 28)));
        assert_eq!(parse_number(&format!("0.{}1", "0".repeat(28)), false), None);
        for bad in ["", ".5", "5.", "1,25", "1e3", "--1", "1.2.3", "12,345,67"] {
            assert_eq!(parse_number(bad, false), None, "{bad:?}");
        }
    }

    /// Decimals as text, worked by hand: every decimal of the scale is written, a fraction gets
    /// its leading `0`, zero keeps its scale, and the sign shows only on a negative number.
    #[test]
    fn decimals_as_text() {
        for (d, text) in [
            (Decimal::new(125050, 2), "1250.50"),
            (Decimal::new(5, 2), "0.05"),
            (Decimal::new(0, 2), "0.00"),
            (Decimal::ZERO, "0"),
            (Decimal::new(15, 1), "1.5"),
            (Decimal::new(-125, 1), "-12.5"),
            (Decimal::new(-3, 3), "-0.003"),
            (Decimal::new(100, 0), "100"),
            (Decimal::MAX, "79228162514264337593543950335"),
            (Decimal::new(1, 28), "0.0000000000000000000000000001"),
        ] {
            assert_eq!(decimal_text(d), text);
        }
    }

    /// Dates as text, worked by hand: four-digit year, two-digit month and day with their
    /// leading zeros; a year outside 0–9999 takes its sign and keeps at least four digits.
    #[test]
    fn dates_as_text() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_text(d(2026, 3, 2)), "2026-03-02");
        assert_eq!(date_text(d(1999, 12, 31)), "1999-12-31");
        assert_eq!(date_text(d(987, 1, 9)), "0987-01-09");
        assert_eq!(date_text(d(0, 2, 29)), "0000-02-29");
        assert_eq!(date_text(d(-1, 5, 6)), "-0001-05-06");
        assert_eq!(date_text(d(10000, 10, 10)), "+10000-10-10");
    }

    /// Whole numbers as text, worked by hand: no leading zeros, `0` for zero, `-` when negative,
    /// the extremes of i64 whole.
    #[test]
    fn whole_numbers_as_text() {
        assert_eq!(int_text(0), "0");
        assert_eq!(int_text(7), "7");
        assert_eq!(int_text(2100), "2100");
        assert_eq!(int_text(-45), "-45");
        assert_eq!(int_text(i64::MAX), "9223372036854775807");
        assert_eq!(int_text(i64::MIN), "-9223372036854775808");
    }

    /// Joining, worked by hand: the separator only between two parts, nothing for no parts,
    /// the same for `&str` and `String` parts.
    #[test]
    fn text_joined() {
        assert_eq!(["a", "b", "c"].joined(", "), "a, b, c");
        let owned: Vec<String> = ["x", "y"].iter().map(|s| s.to_string()).collect();
        assert_eq!(owned.joined("、"), "x、y");
        assert_eq!(["only"].joined("; "), "only");
        assert_eq!(Vec::<&str>::new().joined(", "), "");
        assert_eq!(["", ""].joined("-"), "-");
        assert_eq!(
            ["jiuzhu-", "2026-03-02", ".json"].joined(""),
            "jiuzhu-2026-03-02.json"
        );
    }

    /// A birth year before 1900 is out of the form's range, and the words name the range; the
    /// clerk's procedural dates start in 2000 (the same words, other years).
    #[test]
    fn years_out_of_range_are_named() {
        let mut c = Collector::new(Words::PLAIN);
        assert_eq!(c.date(&text("1899-12-31"), "birth"), None);
        let e = &c.errors[0];
        assert_eq!(e.code, ErrorCode::DateOutOfRange);
        assert_eq!(e.zh, "日期超出1900年至2100年的范围");
        assert_eq!(e.en, "Date outside the years 1900 to 2100");
        assert_eq!(
            c.read("today", &Some("1999-12-31".into()), parse_date),
            None::<NaiveDate>
        );
        assert_eq!(c.errors[1].zh, "日期超出2000年至2100年的范围");
        assert_eq!(c.errors[1].input, "1999-12-31");
        // 2026-02-30 does not exist: the form says "not a valid date", the clerk's reader
        // "does not exist".
        assert_eq!(c.date(&text("2026-02-30"), "d"), None);
        assert_eq!(c.errors[2].code, ErrorCode::InvalidDate);
        assert_eq!(parse_date("2026-02-30"), Err(ErrorCode::DateImpossible));
    }

    /// A code not in the list is reported with the list, in the enum's own order.
    #[test]
    fn unknown_codes_list_the_choices() {
        use crate::situation::Tri;
        let mut c = Collector::new(Words::PLAIN);
        assert_eq!(c.choice::<Tri>(&text(" no "), "p"), Some(Tri::No));
        assert_eq!(c.choice::<Tri>(&text("maybe"), "p"), None);
        assert_eq!(c.errors[0].en, "Not one of: yes, no, unknown");
        assert_eq!(c.choice::<Tri>(&text("  "), "p"), None);
        assert_eq!(c.errors.len(), 1);
    }
}
