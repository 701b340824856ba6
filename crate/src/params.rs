//! Dated local parameters (the 低保 standard, the 低边 multiple, …) from `data/params.json`.
//!
//! The plan sets none of these values; the district does, usually each July. Each value carries
//! the date it takes effect, its source, and whether it is an EXAMPLE (no verified local figure).
//! The value used is the one in force on the acceptance date; a situation may override any of
//! them, and the assessment lists every value it used with where it came from.

use crate::citation::Verification;
use crate::input::{Collector, ErrorCode, Loose};
use crate::small_map::SmallMap;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

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
}

impl ParamRaw {
    /// The value as text, the way the JSON shows it (a flag as `true`/`false`).
    pub fn to_text(self) -> String {
        match self {
            ParamRaw::Decimal(d) => d.to_string(),
            ParamRaw::Bool(b) => b.to_string(),
            ParamRaw::MonthDay(m, d) => format!("{m:02}-{d:02}"),
        }
    }
}

/// A decimal as a string, a flag as a boolean, a day of the year as `"MM-DD"`.
impl Serialize for ParamRaw {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamRaw::Decimal(d) => Serialize::serialize(d, ser),
            ParamRaw::Bool(b) => ser.serialize_bool(*b),
            ParamRaw::MonthDay(m, d) => ser.collect_str(&format_args!("{m:02}-{d:02}")),
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
    /// Source text.
    pub source: &'static str,
    /// How well it is verified.
    pub verification: Verification,
    /// True when it is an illustrative example, not a verified local figure.
    pub example: bool,
    /// True when the situation supplied it.
    pub overridden: bool,
}

/// Resolves parameter `id` for `on`: the override if any, else the latest value in force.
/// `None` when the parameter has no value in force on that date.
pub fn resolve(id: &'static str, on: NaiveDate, overrides: &Overrides) -> Option<ParamUsed> {
    let def = def(id)?;
    if let Some(v) = overrides.get(id) {
        return Some(ParamUsed {
            id: def.id,
            unit: def.unit,
            value: *v,
            effective: None,
            source: "situation",
            verification: Verification::Recalled,
            example: false,
            overridden: true,
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
            source: v.source,
            verification: v.verification,
            example: v.example,
            overridden: false,
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
        Resolved {
            used: PARAMS
                .iter()
                .filter_map(|p| resolve(p.id, on, overrides))
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
        let Some(first) = def.values.first() else {
            continue;
        };
        let parsed = match first.value {
            ParamRaw::Decimal(_) => v.decimal(value, &path).map(ParamRaw::Decimal),
            ParamRaw::Bool(_) => v.bool(&Some(value.clone()), &path).map(ParamRaw::Bool),
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
                    v.err(&path, ErrorCode::InvalidDate, "MM-DD");
                }
                md.map(|(m, d)| ParamRaw::MonthDay(m, d))
            }
        };
        if let Some(p) = parsed {
            overrides.insert(def.id, p);
        }
    }
    overrides
}
