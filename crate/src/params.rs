//! Dated local parameters (the 低保 standard, the 低边 multiple, …) from `data/params.json`.
//!
//! The plan sets none of these values; the district does, usually each July. Each value carries
//! the date it takes effect, its source, and whether it is an EXAMPLE (no verified local figure).
//! The value used is the one in force on the acceptance date; a situation may override any of
//! them, and the assessment lists every value it used with where it came from.

use crate::citation::Verification;
use crate::input::Joined;
use crate::input::{Collector, ErrorCode, Loose};
use crate::site::SiteParams;
use crate::situation::IncomeKind;
use crate::small_map::SmallMap;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Parameter values supplied by the situation, by id: they take the place of the values in
/// force.
pub type Overrides = SmallMap<&'static str, ParamRaw>;

/// A parameter value as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamRaw {
    /// An amount or a multiple (serializes as a string).
    Decimal(Decimal),
    /// A yes/no switch.
    Bool(bool),
    /// A day of the year (month, day), e.g. a semester start.
    MonthDay(u32, u32),
    /// A set of income kinds, one bit per position in `IncomeKind::ALL` (a bit set rather than
    /// a list keeps the value `Copy` and lets the build check the codes at compile time).
    IncomeKinds(u64),
    /// No value: from this entry's date the parameter is not known until a district sets it
    /// (e.g. a rule that ran "十四五期间" and whose sequel is not known). A rule that reads it
    /// gets `None` and must say that the answer is unknown, never guess.
    Unset,
}

// One bit per income kind: a 65th kind would need a wider set.
const _: () = assert!(IncomeKind::ALL.len() <= 64);

/// The bit set of the income kinds with these codes. `const`, so that an unknown code in
/// `data/params.json` stops the build instead of being dropped at run time.
pub const fn income_kinds(codes: &[&str]) -> u64 {
    let mut mask = 0u64;
    let mut i = 0;
    while i < codes.len() {
        let code = codes[i].as_bytes();
        let all = <IncomeKind as crate::choice::Choice>::CODES;
        let mut j = 0;
        let mut found = false;
        while j < all.len() {
            if bytes_eq(all[j].as_bytes(), code) {
                mask |= 1 << j;
                found = true;
            }
            j += 1;
        }
        assert!(found, "params.json: unknown income kind");
        i += 1;
    }
    mask
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether the bit set holds `kind`.
pub fn holds(mask: u64, kind: IncomeKind) -> bool {
    let i = <IncomeKind as crate::choice::Choice>::index(kind);
    i < 64 && mask & (1 << i) != 0
}

/// The codes of the kinds in a bit set, in the order of `IncomeKind::ALL`.
fn kind_codes(mask: u64) -> impl Iterator<Item = &'static str> {
    IncomeKind::ALL
        .iter()
        .filter(move |k| holds(mask, **k))
        .map(|k| k.code())
}

impl ParamRaw {
    /// The value as text, the way the JSON shows it (a flag as `true`/`false`).
    pub fn to_text(self) -> String {
        match self {
            ParamRaw::Decimal(d) => crate::input::decimal_text(d),
            ParamRaw::Bool(b) => b.to_string(),
            ParamRaw::MonthDay(m, d) => format!("{m:02}-{d:02}"),
            ParamRaw::IncomeKinds(k) => kind_codes(k).collect::<Vec<_>>().joined(", "),
            ParamRaw::Unset => "null".to_string(),
        }
    }
}

/// A decimal as a string, a flag as a boolean, a day of the year as `"MM-DD"`, a set of income
/// kinds as a list of codes, no value as `null`.
impl Serialize for ParamRaw {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamRaw::Decimal(d) => Serialize::serialize(d, ser),
            ParamRaw::Bool(b) => ser.serialize_bool(*b),
            ParamRaw::MonthDay(m, d) => ser.collect_str(&format_args!("{m:02}-{d:02}")),
            ParamRaw::IncomeKinds(k) => ser.collect_seq(kind_codes(*k)),
            ParamRaw::Unset => ser.serialize_none(),
        }
    }
}

/// One dated value of a parameter.
#[derive(Debug, Clone, Copy)]
pub struct ParamValue {
    /// (year, month, day) the value takes effect.
    pub from: (i32, u32, u32),
    /// The value.
    pub value: ParamRaw,
    /// True when no verified local figure exists and the value only illustrates.
    pub example: bool,
    /// True when the district has confirmed the value as its own (`district_confirmed` in the
    /// file; absent = false). A provincial default that a district may change is not confirmed
    /// until it says so, and a rule for which the local figure matters may then only say
    /// "possible" where the default and the other figures in use would disagree.
    pub confirmed: bool,
    /// How well the source is verified.
    pub verification: Verification,
    /// Where the value comes from.
    pub source: &'static str,
}

/// A parameter with its dated values, oldest first.
#[derive(Debug, Clone, Copy)]
pub struct ParamDef {
    /// Stable id, e.g. `dibao_standard`.
    pub id: &'static str,
    /// Unit, e.g. `yuan_per_person_month`.
    pub unit: &'static str,
    /// Values in date order.
    pub values: &'static [ParamValue],
}

include!(concat!(env!("OUT_DIR"), "/params_table.rs"));

/// The definition of parameter `id`.
pub fn def(id: &str) -> Option<&'static ParamDef> {
    PARAMS.iter().find(|p| p.id == id)
}

/// A parameter value as used by an assessment, with its provenance.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ParamUsed {
    /// Parameter id.
    pub id: &'static str,
    /// Unit.
    pub unit: &'static str,
    /// The value.
    pub value: ParamRaw,
    /// The date it took effect (`None` when overridden).
    pub effective: Option<NaiveDate>,
    /// Source text: the data file's, the host's cited document (site configuration), or
    /// `situation`.
    pub source: Cow<'static, str>,
    /// How well it is verified.
    pub verification: Verification,
    /// True when it is an illustrative example, not a verified local figure.
    pub example: bool,
    /// True when the situation supplied it.
    pub overridden: bool,
    /// True when the value is the district's own: confirmed in the file, or supplied by the
    /// situation (whoever overrides a parameter states the local figure).
    pub district_confirmed: bool,
}

/// Resolves parameter `id` for `on`: the override if any, else the latest value in force.
/// `None` when the parameter has no value in force on that date.
pub fn resolve(id: &'static str, on: NaiveDate, overrides: &Overrides) -> Option<ParamUsed> {
    resolve_with(id, on, &SiteParams::new(), overrides)
}

/// Resolves parameter `id` for `on` in three layers: the situation's override wins; else the
/// site configuration's latest entry in force; else the built-in table's. A site entry is the
/// district's own figure: confirmed, not an example, with the source the host cites.
pub fn resolve_with(
    id: &'static str,
    on: NaiveDate,
    site: &SiteParams,
    overrides: &Overrides,
) -> Option<ParamUsed> {
    let def = def(id)?;
    if let Some(v) = overrides.get(id) {
        return Some(ParamUsed {
            id: def.id,
            unit: def.unit,
            value: *v,
            effective: None,
            source: Cow::Borrowed("situation"),
            verification: Verification::Recalled,
            example: false,
            overridden: true,
            district_confirmed: true,
        });
    }
    // Once the host's first entry is in force, only the host's entries count: a later example
    // of the built-in table must never displace a district's published figure.
    if let Some(e) = site
        .get(def.id)
        .and_then(|entries| entries.iter().rfind(|e| e.from <= on))
    {
        return Some(ParamUsed {
            id: def.id,
            unit: def.unit,
            value: e.value,
            effective: Some(e.from),
            source: Cow::Owned(e.source.clone()),
            verification: Verification::Verified,
            example: false,
            overridden: false,
            district_confirmed: true,
        });
    }
    def.values
        .iter()
        .filter_map(|v| NaiveDate::from_ymd_opt(v.from.0, v.from.1, v.from.2).map(|d| (d, v)))
        .rfind(|(d, _)| *d <= on)
        .map(|(d, v)| ParamUsed {
            id: def.id,
            unit: def.unit,
            value: v.value,
            effective: Some(d),
            source: Cow::Borrowed(v.source),
            verification: v.verification,
            example: v.example,
            overridden: false,
            district_confirmed: v.confirmed,
        })
}

/// The parameter values one assessment works with.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// Every value used, for the assessment's `params`.
    pub used: Vec<ParamUsed>,
}

impl Resolved {
    /// Resolves every parameter of the table for `on`.
    pub fn for_date(on: NaiveDate, overrides: &Overrides) -> Self {
        Self::for_date_with(on, &SiteParams::new(), overrides)
    }
    /// Resolves every parameter of the table for `on`, with the site configuration's entries as
    /// the layer between the built-in table and the situation's overrides.
    pub fn for_date_with(on: NaiveDate, site: &SiteParams, overrides: &Overrides) -> Self {
        Resolved {
            used: PARAMS
                .iter()
                .filter_map(|p| resolve_with(p.id, on, site, overrides))
                .collect(),
        }
    }
    fn get(&self, id: &str) -> Option<&ParamUsed> {
        self.used.iter().find(|p| p.id == id)
    }
    /// A decimal parameter.
    pub fn decimal(&self, id: &str) -> Option<Decimal> {
        match self.get(id)?.value {
            ParamRaw::Decimal(d) => Some(d),
            _ => None,
        }
    }
    /// A yes/no parameter.
    pub fn flag(&self, id: &str) -> Option<bool> {
        match self.get(id)?.value {
            ParamRaw::Bool(b) => Some(b),
            _ => None,
        }
    }
    /// A (month, day) parameter.
    pub fn month_day(&self, id: &str) -> Option<(u32, u32)> {
        match self.get(id)?.value {
            ParamRaw::MonthDay(m, d) => Some((m, d)),
            _ => None,
        }
    }
    /// A set of income kinds (an empty set when the parameter has none).
    pub fn income_kinds(&self, id: &str) -> u64 {
        match self.get(id).map(|p| p.value) {
            Some(ParamRaw::IncomeKinds(k)) => k,
            _ => 0,
        }
    }
    /// Whether the value of `id` in use is the district's own (see [`ParamUsed::district_confirmed`]).
    pub fn confirmed(&self, id: &str) -> bool {
        self.get(id).is_some_and(|p| p.district_confirmed)
    }
    /// The value of `id` in use, with its provenance.
    pub fn used(&self, id: &str) -> Option<&ParamUsed> {
        self.get(id)
    }
    /// Whether parameter `id` is an unverified example (and not overridden).
    pub fn is_example(&self, id: &str) -> bool {
        self.get(id).is_some_and(|p| p.example && !p.overridden)
    }
}

/// Reads the parameter overrides a situation supplies (`params` in its JSON): each id must be a
/// parameter of the file, each value of that parameter's type; every problem goes to `v`.
pub fn read_overrides(map: &SmallMap<String, Loose>, v: &mut Collector) -> Overrides {
    let mut overrides = Overrides::new();
    for (id, value) in map {
        let path = format!("params.{id}");
        let Some(def) = def(id) else {
            v.err(&path, ErrorCode::UnknownParam, "");
            continue;
        };
        if let Some(p) = read_value(def, value, &path, v) {
            overrides.insert(def.id, p);
        }
    }
    overrides
}

/// Reads one value of parameter `def` at `path`, of the parameter's type (that of its first
/// entry that has one: an unset entry has no type). `None`, with the problem in `v`, when the
/// value is not of that type. Shared by a situation's overrides and the site configuration, so
/// that a value means the same wherever it is written.
pub fn read_value(
    def: &ParamDef,
    value: &Loose,
    path: &str,
    v: &mut Collector,
) -> Option<ParamRaw> {
    let first = def.values.iter().find(|x| x.value != ParamRaw::Unset)?;
    match first.value {
        ParamRaw::Unset => None,
        ParamRaw::IncomeKinds(_) => {
            // A list of codes, or one text with the codes separated by commas.
            let items: Vec<Loose> = match value {
                Loose::List(l) => l.clone(),
                Loose::Str(text) => text
                    .split([',', '，', '、'])
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(|t| Loose::Str(t.to_string()))
                    .collect(),
                other => vec![other.clone()],
            };
            let mut mask = 0u64;
            let mut ok = true;
            for (i, item) in items.into_iter().enumerate() {
                match v.choice::<IncomeKind>(&Some(item), &format!("{path}[{i}]")) {
                    Some(k) => mask |= 1 << <IncomeKind as crate::choice::Choice>::index(k),
                    None => ok = false,
                }
            }
            ok.then_some(ParamRaw::IncomeKinds(mask))
        }
        ParamRaw::Decimal(_) => v.decimal(value, path).map(ParamRaw::Decimal),
        ParamRaw::Bool(_) => v.bool(&Some(value.clone()), path).map(ParamRaw::Bool),
        ParamRaw::MonthDay(..) => {
            let text = match value {
                Loose::Str(s) => s.trim(),
                _ => "",
            };
            let md = text
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                .filter(|(m, d)| (1..=12).contains(m) && (1..=28).contains(d));
            if md.is_none() {
                v.err(path, ErrorCode::InvalidDate, "MM-DD");
            }
            md.map(|(m, d)| ParamRaw::MonthDay(m, d))
        }
    }
}
