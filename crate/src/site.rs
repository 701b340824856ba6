//! The site configuration: the one file (`site.json` next to `index.html`) with which a district
//! makes a copy of the site its own without rebuilding it — its name, its published figures
//! (any parameter of `data/params.json`, by id, as dated entries with the document the host
//! cites), its property limits as published, its windows and its hotline.
//!
//! Read from a [`Loose`] value, so that the page hands over what the browser's `JSON.parse`
//! made and the wasm carries no JSON parser; the CLI (`jiuzhu config check`) reads the same
//! value from a file. Reading never fails as a whole: every problem is a [`FieldError`] with its
//! path, the invalid parts are dropped and the rest is kept, so that a typo in one field never
//! takes the district's other figures, or the page, with it. Only a missing or unknown
//! `version` drops everything, since the fields' meaning depends on it.
//!
//! Every field is optional; what is missing falls back to the built-in defaults, which stay
//! marked as examples. Keys starting with `_` are the host's notes and are ignored (JSON has no
//! comments).

use crate::input::{Collector, ErrorCode, FieldError, Loose, Words};
use crate::messages::Lang;
use crate::params::{self, ParamRaw};
use crate::small_map::SmallMap;
use chrono::NaiveDate;
use serde::Serialize;

/// The configuration format this build reads (`"version": 1`).
pub const VERSION: i64 = 1;

/// A text the host writes: one string for both languages, or `{"zh": …, "en": …}` (English
/// optional: the Chinese is shown instead).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English (the Chinese when the host gave none).
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn pick(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One dated value the host sets for a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteEntry {
    /// The day it takes effect.
    pub from: NaiveDate,
    /// The value (`Unset` for a `null`: unknown from that day).
    pub value: ParamRaw,
    /// The document the host cites, with its date: `document（date）`.
    pub source: String,
}

/// The host's entries per parameter id, each list in date order.
pub type SiteParams = SmallMap<&'static str, Vec<SiteEntry>>;

/// A text with the document it comes from (e.g. the property limits as the district publishes
/// them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cited {
    /// The text.
    pub text: Text,
    /// The document the host cites, with its date.
    pub source: String,
}

/// A 街道's social-assistance window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Window {
    /// The 街道 (township).
    pub street: Text,
    /// Address.
    pub address: Text,
    /// Telephone, as the host writes it.
    pub phone: Option<String>,
    /// Opening hours.
    pub hours: Option<Text>,
    /// Whether the 街道 takes applications online.
    pub online: Option<bool>,
}

/// A validated site configuration. `Site::default()` is no configuration: the built-in
/// defaults, exactly as without a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Site {
    /// The district's name (shown on the page and on the print).
    pub district: Option<Text>,
    /// The host's dated figures, by parameter id.
    pub params: SiteParams,
    /// The property limits as the district publishes them.
    pub property_limits: Option<Cited>,
    /// The windows.
    pub windows: Vec<Window>,
    /// The hotline.
    pub hotline: Option<String>,
}

impl Site {
    /// Whether nothing is configured (no file, an empty one, or one that was wholly invalid).
    pub fn is_empty(&self) -> bool {
        *self == Site::default()
    }
}

/// The error for a file that is not JSON at all (`detail`: the parser's words), at `(root)`.
pub fn not_json(detail: &str) -> FieldError {
    let mut v = Collector::new(Words::PLAIN);
    v.err("(root)", ErrorCode::NotJson, detail);
    v.errors.remove(0)
}

/// Reads a configuration: what is valid, and every problem with its path.
pub fn read(raw: &Loose) -> (Site, Vec<FieldError>) {
    let mut v = Collector::new(Words::PLAIN);
    let site = read_root(raw, &mut v).unwrap_or_default();
    (site, v.errors)
}

/// The fields of an object other than the host's notes, or the problem recorded.
fn fields<'a>(
    raw: &'a Loose,
    path: &str,
    v: &mut Collector,
) -> Option<impl Iterator<Item = (&'a String, &'a Loose)>> {
    let Loose::Map(map) = raw else {
        wrong(v, path, "object", raw);
        return None;
    };
    Some(map.iter().filter(|(k, _)| !k.starts_with('_')))
}

/// A JSON value of the wrong type at `path`: the one `wrong_type` code the situation's reader
/// uses too (`expected`: "object", "list" or "text").
fn wrong(v: &mut Collector, path: &str, expected: &'static str, got: &Loose) {
    crate::situation::push_wrong(&mut v.errors, path, expected, got);
}

/// `prefix.key` (`key` alone at the root). Written by hand, not with `format!`: the page's
/// wasm carries every formatting call site, and paths are built at a dozen places here.
fn join(prefix: &str, key: &str) -> String {
    let mut out = String::new();
    if !prefix.is_empty() && prefix != "(root)" {
        out.push_str(prefix);
        out.push('.');
    }
    out.push_str(key);
    out
}

/// `path[i]`.
fn index(path: &str, i: usize) -> String {
    let mut out = String::from(path);
    out.push('[');
    digits(&mut out, i as u64);
    out.push(']');
    out
}

/// Writes `n` in decimal digits: by hand, because integer formatting is code the page's wasm
/// would carry for these two uses alone.
fn digits(out: &mut String, n: u64) {
    if n >= 10 {
        digits(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Records that the field at `path` is missing, unless a problem at or under it was already
/// recorded (a field given but invalid is reported once, as what is wrong with it).
fn required(v: &mut Collector, path: &str) {
    let under = |e: &FieldError| {
        e.path
            .strip_prefix(path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    if !v.errors.iter().any(under) {
        v.err(path, ErrorCode::Required, "");
    }
}

fn read_root(raw: &Loose, v: &mut Collector) -> Option<Site> {
    let map = match raw {
        Loose::Map(m) => m,
        _ => {
            wrong(v, "(root)", "object", raw);
            return None;
        }
    };
    match map.get("version") {
        None | Some(Loose::Null) => {
            v.err("version", ErrorCode::Required, "");
            return None;
        }
        Some(ver) => {
            let n = match ver {
                Loose::Int(n) => Some(*n),
                Loose::Str(s) if s.trim() == "1" => Some(VERSION),
                _ => None,
            };
            if n != Some(VERSION) {
                v.err(
                    "version",
                    ErrorCode::UnsupportedVersion,
                    // VERSION as the host writes it (not formatted: see `digits`).
                    "1",
                );
                return None;
            }
        }
    }
    let mut site = Site::default();
    for (key, value) in fields(raw, "(root)", v)? {
        let path = key.as_str();
        match path {
            "version" => {}
            "district" => site.district = text(value, path, v),
            "params" => site.params = read_params(value, v),
            "property_limits" => site.property_limits = cited(value, path, v),
            "windows" => site.windows = windows(value, v),
            "hotline" => site.hotline = plain(value, path, v),
            _ => v.err(path, ErrorCode::UnknownField, ""),
        }
    }
    Some(site)
}

/// A plain text (a phone number): a string, or a number as written.
fn plain(value: &Loose, path: &str, v: &mut Collector) -> Option<String> {
    let s = match value {
        Loose::Str(s) => s.trim().to_string(),
        Loose::Int(i) if *i >= 0 => {
            let mut s = String::new();
            digits(&mut s, *i as u64);
            s
        }
        _ => {
            wrong(v, path, "text", value);
            return None;
        }
    };
    if s.is_empty() {
        v.err(path, ErrorCode::Required, "");
        return None;
    }
    Some(s)
}

/// A [`Text`]: a string, or `{"zh": …, "en": …}`.
fn text(value: &Loose, path: &str, v: &mut Collector) -> Option<Text> {
    match value {
        Loose::Str(s) if !s.trim().is_empty() => Some(Text {
            zh: s.trim().to_string(),
            en: s.trim().to_string(),
        }),
        Loose::Map(_) => {
            let (mut zh, mut en) = (None, None);
            for (key, x) in fields(value, path, v)? {
                let p = join(path, key);
                match key.as_str() {
                    "zh" => zh = plain(x, &p, v),
                    "en" => en = plain(x, &p, v),
                    _ => v.err(&p, ErrorCode::UnknownField, ""),
                }
            }
            let Some(zh) = zh else {
                required(v, &join(path, "zh"));
                return None;
            };
            Some(Text {
                en: en.unwrap_or_else(|| zh.clone()),
                zh,
            })
        }
        Loose::Str(_) => {
            v.err(path, ErrorCode::Required, "");
            None
        }
        _ => {
            wrong(v, path, "text", value);
            None
        }
    }
}

/// A cited document: `{"document": …, "date": "YYYY-MM-DD"}`, shown as `document（date）`.
fn source(value: Option<&Loose>, path: &str, v: &mut Collector) -> Option<String> {
    let Some(value) = value.filter(|x| **x != Loose::Null) else {
        v.err(path, ErrorCode::Required, "");
        return None;
    };
    let (mut document, mut date, mut seen_date) = (None, None, false);
    for (key, x) in fields(value, path, v)? {
        let p = join(path, key);
        match key.as_str() {
            "document" => document = plain(x, &p, v),
            "date" => {
                seen_date = true;
                date = v.date(&Some(x.clone()), &p);
            }
            _ => v.err(&p, ErrorCode::UnknownField, ""),
        }
    }
    if document.is_none() {
        required(v, &join(path, "document"));
    }
    if !seen_date {
        v.err(&join(path, "date"), ErrorCode::Required, "");
    }
    let mut shown = document?;
    shown.push('（');
    shown.push_str(&crate::input::date_text(date?));
    shown.push('）');
    Some(shown)
}

/// `{"text": …, "source": {…}}`.
fn cited(value: &Loose, path: &str, v: &mut Collector) -> Option<Cited> {
    let (mut t, mut src_value) = (None, None);
    for (key, x) in fields(value, path, v)? {
        let p = join(path, key);
        match key.as_str() {
            "text" => t = text(x, &p, v),
            "source" => src_value = Some(x),
            _ => v.err(&p, ErrorCode::UnknownField, ""),
        }
    }
    let src = source(src_value, &join(path, "source"), v);
    if t.is_none() {
        required(v, &join(path, "text"));
    }
    Some(Cited {
        text: t?,
        source: src?,
    })
}

/// `params`: per id, a list of `{"from", "value", "source"}` entries.
fn read_params(value: &Loose, v: &mut Collector) -> SiteParams {
    let mut out = SiteParams::new();
    let Some(items) = fields(value, "params", v) else {
        return out;
    };
    for (id, list) in items {
        let path = join("params", id);
        let Some(def) = params::def(id) else {
            v.err(&path, ErrorCode::UnknownParam, "");
            continue;
        };
        let Loose::List(list) = list else {
            wrong(v, &path, "list", list);
            continue;
        };
        let mut entries: Vec<(SiteEntry, String)> = Vec::new();
        for (i, raw) in list.iter().enumerate() {
            let p = index(&path, i);
            let Some(e) = entry(def, raw, &p, v) else {
                continue;
            };
            // Two figures from the same day: which one the district meant cannot be told, so
            // both are reported and the later one in the file is dropped.
            if let Some((_, other)) = entries.iter().find(|(x, _)| x.from == e.from) {
                v.err(
                    &join(&p, "from"),
                    ErrorCode::Inconsistent,
                    &join(other, "from"),
                );
                continue;
            }
            entries.push((e, p));
        }
        crate::calendar::sort_small(&mut entries, |(e, _)| e.from);
        if !entries.is_empty() {
            out.insert(def.id, entries.into_iter().map(|(e, _)| e).collect());
        }
    }
    out
}

fn entry(def: &params::ParamDef, raw: &Loose, path: &str, v: &mut Collector) -> Option<SiteEntry> {
    let (mut from, mut value, mut src, mut seen_from) = (None, None, None, false);
    for (key, x) in fields(raw, path, v)? {
        let p = join(path, key);
        match key.as_str() {
            "from" => {
                seen_from = true;
                from = v.date(&Some(x.clone()), &p);
            }
            // `null`: unknown from that day (e.g. a rule whose sequel is not published).
            "value" if *x == Loose::Null => value = Some(Some(ParamRaw::Unset)),
            "value" => value = Some(params::read_value(def, x, &p, v)),
            "source" => src = Some(x),
            _ => v.err(&p, ErrorCode::UnknownField, ""),
        }
    }
    if !seen_from {
        v.err(&join(path, "from"), ErrorCode::Required, "");
    }
    if value.is_none() {
        v.err(&join(path, "value"), ErrorCode::Required, "");
    }
    let source = source(src, &join(path, "source"), v);
    Some(SiteEntry {
        from: from?,
        value: value??,
        source: source?,
    })
}

/// `windows`: a list of `{"street", "address", "phone", "hours", "online"}`.
fn windows(value: &Loose, v: &mut Collector) -> Vec<Window> {
    let Loose::List(list) = value else {
        wrong(v, "windows", "list", value);
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, raw) in list.iter().enumerate() {
        let path = index("windows", i);
        let Some(items) = fields(raw, &path, v) else {
            continue;
        };
        let (mut street, mut address, mut phone, mut hours, mut online) =
            (None, None, None, None, None);
        let mut bad = false;
        for (key, x) in items {
            let p = join(&path, key);
            let before = v.errors.len();
            match key.as_str() {
                "street" => street = text(x, &p, v),
                "address" => address = text(x, &p, v),
                "phone" => phone = plain(x, &p, v),
                "hours" => hours = text(x, &p, v),
                "online" => online = v.bool(&Some(x.clone()), &p),
                _ => v.err(&p, ErrorCode::UnknownField, ""),
            }
            bad |= v.errors.len() > before;
        }
        for (name, missing) in [("street", street.is_none()), ("address", address.is_none())] {
            let p = join(&path, name);
            if missing {
                required(v, &p);
            }
        }
        // A window with a wrong field is left out whole: a resident must not be sent to half
        // an address or a wrong number.
        if let (Some(street), Some(address), false) = (street, address, bad) {
            out.push(Window {
                street,
                address,
                phone,
                hours,
                online,
            });
        }
    }
    out
}
