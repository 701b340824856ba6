//! The hand-over code (issue 15): a [`RawSituation`] (the answers, not the assessment) as a
//! short line of text that a QR code carries and a counter's 扫码枪 types back in.
//!
//! A keyboard-wedge scanner types keystrokes, so the text is printable ASCII only, and it keeps
//! to the 45 characters of the QR alphanumeric mode (`0-9 A-Z space $ % * + - . / :`), which a
//! QR code stores in 5.5 bits each instead of 8. Lower-case letters are read as upper-case, so a
//! scanner typing with Caps Lock on still hands the case over.
//!
//! # Layout (version 1)
//!
//! ```text
//! text    = "JZ" version ":" base45(frame)          e.g. "JZ1:" + "…"
//! version = decimal digits ("1")
//! frame   = len:u16 BE | body:len bytes | crc:u32 BE
//! crc     = CRC-32 (IEEE 802.3, reflected, init and final XOR 0xFFFFFFFF) of len | body
//! base45  = RFC 9285: each 2 bytes n = 256·a + b → 3 characters c, d, e with
//!           n = c + 45·d + 45²·e; a last single byte → 2 characters
//! ```
//!
//! The `body` is the situation, field by field, in the order of the `Raw…` structs:
//!
//! ```text
//! record  = present:varint | value of each present field, in declaration order
//!           (bit i of `present` says whether the i-th field is there)
//! list    = count:varint | record…                 (household, income, components)
//! params  = count:varint | (key:string | leaf)…
//! leaf    = tag:u8 | …
//!   0 null · 1 false · 2 true
//!   3 integer            zigzag varint
//!   4 text               len:varint | UTF-8 bytes
//!   5 decimal number     sign·128 + scale:u8 | mantissa: lo, mid, hi as u32 LE (12 bytes)
//!   6 list of leaves     count:varint | leaf…
//!   7 object of leaves   count:varint | (key:string | leaf)…
//!   8 date text          zigzag varint of days since 2000-01-01 ("2026-11-30" exactly)
//!   9 code text          varint index into CODES ("wage", "dibao", …)
//!  10 decimal text       sign·128 + scale:u8 | mantissa:varint ("1250.00" exactly)
//! string  = len:varint | UTF-8 bytes
//! varint  = LEB128, 7 bits a byte, low first, at most 64 bits
//! ```
//!
//! Tags 8–10 are only shorter spellings of text: the encoder uses them only when writing the
//! text back from them gives the very same characters (`"05"` stays text), so the answers come
//! back exactly as typed.
//!
//! Why this shape: the field order comes from the structs, so no field name is carried; codes,
//! dates and amounts, most of what a household's answers are, take 2–4 bytes each. A household
//! of four with incomes, an emergency, an expenditure and every answer the form asks is 273
//! characters, QR version 10 at level M (57 × 57 modules); 339 characters, version 11, with
//! the four names (`tests/native/handoff.rs` measures it).
//!
//! # Checks when reading, in order
//!
//! 1. longer than [`MAX_CHARS`] → [`HandoffError::TooLong`] (before any other work);
//! 2. not `JZ<digits>:` → [`HandoffError::NotAPayload`];
//! 3. a version other than [`VERSION`] → [`HandoffError::OtherVersion`];
//! 4. fewer characters than the length in the frame says → [`HandoffError::Truncated`];
//! 5. a character outside base45, more characters than the length says, a CRC that does not
//!    match, or a body that does not read to its end → [`HandoffError::Damaged`].
//!
//! Decoding never panics: every read is bounds-checked and nesting is limited.

use crate::situation::{
    Loose, RawCheck, RawDisability, RawDisabilityPart, RawEmergency, RawExpenditure, RawIncome,
    RawMember, RawSelfCare, RawSituation, RawStatus, RawSupporters,
};
use crate::small_map::SmallMap;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The format version this engine writes and reads.
pub const VERSION: u32 = 1;

/// The prefix before the version.
const MAGIC: &str = "JZ";

/// The longest text [`decode`] looks at. A version-40 QR code holds 4 296 alphanumeric
/// characters; version 15 at level M (the largest [`crate::qr`] makes) holds 600. Anything
/// longer is not a code, and is refused before it is read.
pub const MAX_CHARS: usize = 4296;

/// Deepest nesting of lists and objects inside one answer (the form makes none; a file could).
const MAX_DEPTH: u32 = 16;

/// The codes that the engine's choices use, in a fixed order: a code in this list takes 2 bytes.
/// The order is part of version 1: append only (an index never changes meaning).
pub const CODES: &[&str] = &[
    // yes / no / unknown and the supporters' status
    "yes",
    "no",
    "unknown",
    "none",
    "able",
    "unable",
    // channel
    "window_huji",
    "window_residence",
    "online",
    // disability
    "limb",
    "visual",
    "intellectual",
    "mental",
    "hearing",
    "speech",
    "multiple",
    // study
    "compulsory",
    "high_school",
    "vocational",
    "university",
    // orphan
    "orphan",
    "de_facto_unsupported",
    // income kinds
    "wage",
    "business",
    "property",
    "transfer",
    "support_payment",
    "basic_pension",
    "other_pension",
    "social_insurance",
    "preferential_care",
    "high_age_allowance",
    "family_planning",
    "scholarship",
    "reward_subsidy",
    "social_assistance",
    "other",
    // supporters' incapacity
    "is_tekun",
    "dibao_over_60",
    "over_70_or_severe_disability_low_income",
    "no_capacity_missing_or_prison",
    "in_prison",
    // status
    "dibao",
    "dibian",
    "tekun",
    // emergency
    "fire",
    "traffic_accident",
    "accident",
    "illness",
    "natural_disaster",
    "crime",
    // expenditure
    "medical",
    "education",
    "funeral",
];

/// Why a text is not a case this engine can take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoffError {
    /// More than [`MAX_CHARS`] characters.
    TooLong {
        /// The number of characters read.
        chars: usize,
    },
    /// Does not start with `JZ<version>:`: some other text or code.
    NotAPayload,
    /// A hand-over code of another version.
    OtherVersion {
        /// The version the code says it is.
        found: String,
    },
    /// The code stops before its end (half a scan, a cut paste).
    Truncated,
    /// The code is complete but a character was changed or misread.
    Damaged,
}

impl HandoffError {
    /// A stable code for the error (for tests and the page's lookups).
    pub fn code(&self) -> &'static str {
        match self {
            HandoffError::TooLong { .. } => "too_long",
            HandoffError::NotAPayload => "not_a_payload",
            HandoffError::OtherVersion { .. } => "other_version",
            HandoffError::Truncated => "truncated",
            HandoffError::Damaged => "damaged",
        }
    }

    /// What is wrong and what to do, in Chinese and in English.
    pub fn words(&self) -> (String, String) {
        let done = ("已填写的内容未改动", "nothing entered was changed");
        let (zh, en) = match self {
            HandoffError::TooLong { chars } => (
                format!("内容过长（{chars} 个字符），不是办事码：请重新扫描办事码"),
                format!("Too long ({chars} characters) to be a hand-over code: scan the code again"),
            ),
            HandoffError::NotAPayload => (
                "这不是本系统的办事码：请扫描结果页上的二维码".to_owned(),
                "This is not a hand-over code of this service: scan the QR code on the result page"
                    .to_owned(),
            ),
            HandoffError::OtherVersion { found } => (
                format!("办事码版本为 {found}，本系统只能读取版本 {VERSION}：请居民用当前页面重新生成"),
                format!("The code is version {found}; this service reads version {VERSION}: ask the resident to make it again on the current page"),
            ),
            HandoffError::Truncated => (
                "办事码不完整（只读到一部分）：请重新扫描".to_owned(),
                "The code is incomplete (only part of it was read): scan it again".to_owned(),
            ),
            HandoffError::Damaged => (
                "办事码校验不符（有字符被改动或读错）：请重新扫描".to_owned(),
                "The code does not check out (a character was changed or misread): scan it again"
                    .to_owned(),
            ),
        };
        // Every refusal ends by saying that the form was left as it was.
        (format!("{zh}，{}", done.0), format!("{en}; {}", done.1))
    }

    /// What is wrong, in Chinese, with what to do.
    pub fn zh(&self) -> String {
        self.words().0
    }

    /// What is wrong, in English, with what to do.
    pub fn en(&self) -> String {
        self.words().1
    }
}

impl std::fmt::Display for HandoffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} / {}", self.zh(), self.en())
    }
}

/// What goes into the code besides the answers the rules read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The members' names as typed. Off unless the resident ticks the box: the rules never read
    /// a name, and the code may be seen by whoever the resident shows it to.
    pub include_names: bool,
}

/// The situation as a hand-over code (see the module docs for the layout).
pub fn encode(raw: &RawSituation, options: Options) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        names: options.include_names,
    };
    raw.put(&mut w);
    let body = w.bytes;
    // A body over 65 535 bytes cannot be framed; it cannot come from the form either (a
    // household of 50 with every answer is a few kilobytes). It is cut to the frame, and the
    // decoder then reports the code as damaged rather than reading part of it as a case.
    let len = u16::try_from(body.len()).unwrap_or(u16::MAX);
    let mut frame = Vec::with_capacity(body.len() + 6);
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(body.get(..usize::from(len)).unwrap_or(&body));
    let crc = crc32(&frame);
    frame.extend_from_slice(&crc.to_be_bytes());
    format!("{MAGIC}{VERSION}:{}", base45_encode(&frame))
}

/// Reads a hand-over code back into the situation it was made from. Control characters around
/// it (the scanner's Enter, a line break) are ignored, spaces are not (a space is a base45
/// character, so a field must hand over its text untrimmed), and lower-case letters read as
/// upper-case.
pub fn decode(text: &str) -> Result<RawSituation, HandoffError> {
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(HandoffError::TooLong { chars });
    }
    // Only control characters are stripped (the scanner's Enter, a pasted line break, a tab):
    // a space is one of the 45 characters and may end a code.
    let text = text
        .trim_matches(|c: char| c.is_ascii_control())
        .to_ascii_uppercase();
    let rest = text.strip_prefix(MAGIC).ok_or(HandoffError::NotAPayload)?;
    let (version, data) = rest.split_once(':').ok_or(HandoffError::NotAPayload)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HandoffError::NotAPayload);
    }
    if version.trim_start_matches('0') != VERSION.to_string() {
        return Err(HandoffError::OtherVersion {
            found: version.to_owned(),
        });
    }
    if !data.is_ascii() {
        return Err(HandoffError::Damaged);
    }
    // The length first (the first three characters), so that a cut code says so.
    let head = data.get(..3).ok_or(HandoffError::Truncated)?;
    let len_bytes = base45_decode(head)?;
    let len = usize::from(u16::from_be_bytes([len_bytes[0], len_bytes[1]]));
    let frame_len = 2 + len + 4;
    let want = base45_chars(frame_len);
    match data.len().cmp(&want) {
        std::cmp::Ordering::Less => return Err(HandoffError::Truncated),
        std::cmp::Ordering::Greater => return Err(HandoffError::Damaged),
        std::cmp::Ordering::Equal => {}
    }
    let frame = base45_decode(data)?;
    let (framed, crc) = frame.split_at(frame.len() - 4);
    if crc32(framed).to_be_bytes() != crc {
        return Err(HandoffError::Damaged);
    }
    let mut r = Reader {
        bytes: &framed[2..],
        depth: 0,
    };
    let raw = RawSituation::get(&mut r)?;
    if !r.bytes.is_empty() {
        return Err(HandoffError::Damaged);
    }
    Ok(raw)
}

// ---- checksum and base45 --------------------------------------------------------------------

/// CRC-32 as in IEEE 802.3 (zlib, PNG): reflected polynomial 0xEDB88320. Bitwise, no table:
/// the code is a few hundred bytes long, and a table would add a kilobyte to the page.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let low = crc & 1;
            crc >>= 1;
            if low == 1 {
                crc ^= 0xEDB8_8320;
            }
        }
    }
    !crc
}

/// The 45 characters of the QR alphanumeric mode, in their QR (and base45) order.
pub const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// How many base45 characters `n` bytes take.
fn base45_chars(n: usize) -> usize {
    n / 2 * 3 + n % 2 * 2
}

/// RFC 9285 base45.
pub fn base45_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base45_chars(bytes.len()));
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) * 256 + usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => continue,
        };
        for _ in 0..digits {
            out.push(char::from(ALPHABET[n % 45]));
            n /= 45;
        }
    }
    out
}

/// RFC 9285 base45 back to bytes: a character outside the alphabet, a lone last character or a
/// group over 65 535 (over 255 for a last pair) means the text was damaged.
pub fn base45_decode(text: &str) -> Result<Vec<u8>, HandoffError> {
    let values: Vec<usize> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c))
        .collect::<Option<_>>()
        .ok_or(HandoffError::Damaged)?;
    let mut out = Vec::with_capacity(values.len() / 3 * 2 + 1);
    for group in values.chunks(3) {
        match group {
            [c, d, e] => {
                let n = c + d * 45 + e * 45 * 45;
                let n = u16::try_from(n).map_err(|_| HandoffError::Damaged)?;
                out.extend_from_slice(&n.to_be_bytes());
            }
            [c, d] => {
                let n = u8::try_from(c + d * 45).map_err(|_| HandoffError::Damaged)?;
                out.push(n);
            }
            _ => return Err(HandoffError::Damaged),
        }
    }
    Ok(out)
}

// ---- the body -------------------------------------------------------------------------------

struct Writer {
    bytes: Vec<u8>,
    /// Whether members' names are written ([`Options::include_names`]).
    names: bool,
}

impl Writer {
    /// Whether the field `name` of a record is written: all but a member's name, unless asked.
    /// (Only [`RawMember`] has a field called `name`.) Decided here rather than on a copy of the
    /// situation without names: the copy would bring every `Clone` of the `Raw…` structs into
    /// the page.
    fn keeps(&self, field: &str) -> bool {
        self.names || field != "name"
    }

    fn varint(&mut self, mut n: u64) {
        loop {
            let low = (n & 0x7F) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    fn signed(&mut self, n: i64) {
        // Zigzag: small magnitudes of either sign stay short.
        self.varint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn string(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    depth: u32,
}

type Read<T> = Result<T, HandoffError>;

impl Reader<'_> {
    fn byte(&mut self) -> Read<u8> {
        let (&b, rest) = self.bytes.split_first().ok_or(HandoffError::Damaged)?;
        self.bytes = rest;
        Ok(b)
    }

    fn varint(&mut self) -> Read<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            // The tenth byte may hold only the 64th bit.
            if shift == 63 && b > 1 {
                return Err(HandoffError::Damaged);
            }
            n |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(HandoffError::Damaged)
    }

    fn small(&mut self) -> Read<usize> {
        // No count or length can exceed what is left to read: a forged huge count stops here
        // instead of reserving memory.
        let n = usize::try_from(self.varint()?).map_err(|_| HandoffError::Damaged)?;
        if n > self.bytes.len() {
            return Err(HandoffError::Damaged);
        }
        Ok(n)
    }

    fn signed(&mut self) -> Read<i64> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    fn string(&mut self) -> Read<String> {
        let n = self.small()?;
        let (s, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        String::from_utf8(s.to_vec()).map_err(|_| HandoffError::Damaged)
    }

    fn nest(&mut self) -> Read<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(HandoffError::Damaged);
        }
        Ok(())
    }
}

/// One part of the body: written and read back.
trait Part: Sized {
    fn put(&self, w: &mut Writer);
    fn get(r: &mut Reader) -> Read<Self>;
}

const T_NULL: u8 = 0;
const T_FALSE: u8 = 1;
const T_TRUE: u8 = 2;
const T_INT: u8 = 3;
const T_TEXT: u8 = 4;
const T_NUM: u8 = 5;
const T_LIST: u8 = 6;
const T_MAP: u8 = 7;
const T_DATE: u8 = 8;
const T_CODE: u8 = 9;
const T_DECIMAL_TEXT: u8 = 10;

/// Day 0 of the date tag.
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

/// `s` as a date, when writing the date back gives `s` exactly. Read and written by hand:
/// chrono's format strings would add their parser and formatter to the page.
fn as_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().all(u8::is_ascii_digit).then_some(())?;
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    (date_text(date) == s).then(|| (date - epoch()).num_days())
}

/// `YYYY-MM-DD`.
fn date_text(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `s` as a decimal (sign, scale, mantissa), when writing it back gives `s` exactly: digits,
/// at most one point with digits on both sides, no leading zero before another digit, and a
/// mantissa that fits 64 bits. Checked by hand rather than by formatting and comparing, so
/// that the page's encoder carries no number parser.
fn as_decimal_text(s: &str) -> Option<(bool, u8, u64)> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let (whole, frac) = match digits.split_once('.') {
        Some((w, f)) if !f.is_empty() => (w, f),
        Some(_) => return None,
        None => (digits, ""),
    };
    if whole.is_empty() || (whole.len() > 1 && whole.starts_with('0')) {
        return None;
    }
    let scale = u8::try_from(frac.len()).ok().filter(|&s| s <= 28)?;
    let mut mantissa = 0u64;
    for b in whole.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    Some((negative, scale, mantissa))
}

/// The text of a decimal: `mantissa` with `scale` digits after the point.
fn decimal_text(negative: bool, scale: u8, mantissa: u64) -> String {
    let digits = format!("{mantissa:0>width$}", width = usize::from(scale) + 1);
    let (whole, frac) = digits.split_at(digits.len() - usize::from(scale));
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac}")
    }
}

fn put_map(w: &mut Writer, m: &SmallMap<String, Loose>) {
    w.varint(m.len() as u64);
    for (k, v) in m {
        w.string(k);
        v.put(w);
    }
}

fn get_map(r: &mut Reader) -> Read<SmallMap<String, Loose>> {
    let n = r.small()?;
    let mut m = SmallMap::new();
    for _ in 0..n {
        let k = r.string()?;
        let v = Loose::get(r)?;
        m.insert(k, v);
    }
    Ok(m)
}

impl Part for Loose {
    fn put(&self, w: &mut Writer) {
        match self {
            Loose::Null => w.bytes.push(T_NULL),
            Loose::Bool(false) => w.bytes.push(T_FALSE),
            Loose::Bool(true) => w.bytes.push(T_TRUE),
            Loose::Int(n) => {
                w.bytes.push(T_INT);
                w.signed(*n);
            }
            Loose::Str(s) => {
                if let Some(i) = CODES.iter().position(|c| c == s) {
                    w.bytes.push(T_CODE);
                    w.varint(i as u64);
                } else if let Some(days) = as_date(s) {
                    w.bytes.push(T_DATE);
                    w.signed(days);
                } else if let Some((negative, scale, mantissa)) = as_decimal_text(s) {
                    w.bytes.push(T_DECIMAL_TEXT);
                    w.bytes.push(u8::from(negative) << 7 | scale);
                    w.varint(mantissa);
                } else {
                    w.bytes.push(T_TEXT);
                    w.string(s);
                }
            }
            Loose::Num(d) => {
                w.bytes.push(T_NUM);
                // The sign apart from the mantissa, so that -0.00 stays -0.00. Fixed width:
                // the page never sends a JSON number with a fraction, only files do, and a
                // 96-bit varint would bring 128-bit arithmetic into the page.
                let u = d.unpack();
                w.bytes.push(u8::from(u.negative) << 7 | u.scale as u8);
                for part in [u.lo, u.mid, u.hi] {
                    w.bytes.extend_from_slice(&part.to_le_bytes());
                }
            }
            Loose::List(items) => {
                w.bytes.push(T_LIST);
                w.varint(items.len() as u64);
                for item in items {
                    item.put(w);
                }
            }
            Loose::Map(m) => {
                w.bytes.push(T_MAP);
                put_map(w, m);
            }
        }
    }

    fn get(r: &mut Reader) -> Read<Loose> {
        Ok(match r.byte()? {
            T_NULL => Loose::Null,
            T_FALSE => Loose::Bool(false),
            T_TRUE => Loose::Bool(true),
            T_INT => Loose::Int(r.signed()?),
            T_TEXT => Loose::Str(r.string()?),
            T_NUM => {
                let head = r.byte()?;
                let (negative, scale) = (head & 0x80 != 0, u32::from(head & 0x7F));
                if scale > 28 {
                    return Err(HandoffError::Damaged);
                }
                let mut part = || -> Read<u32> {
                    let b = [r.byte()?, r.byte()?, r.byte()?, r.byte()?];
                    Ok(u32::from_le_bytes(b))
                };
                let (lo, mid, hi) = (part()?, part()?, part()?);
                Loose::Num(Decimal::from_parts(lo, mid, hi, negative, scale))
            }
            T_LIST => {
                r.nest()?;
                let n = r.small()?;
                let items = (0..n).map(|_| Loose::get(r)).collect::<Read<_>>()?;
                r.depth -= 1;
                Loose::List(items)
            }
            T_MAP => {
                r.nest()?;
                let m = get_map(r)?;
                r.depth -= 1;
                Loose::Map(m)
            }
            T_DATE => {
                let days = r.signed()?;
                let d = chrono::Duration::try_days(days)
                    .and_then(|d| epoch().checked_add_signed(d))
                    .ok_or(HandoffError::Damaged)?;
                Loose::Str(date_text(d))
            }
            T_CODE => {
                let i = r.varint()?;
                let code = usize::try_from(i)
                    .ok()
                    .and_then(|i| CODES.get(i))
                    .ok_or(HandoffError::Damaged)?;
                Loose::Str((*code).to_owned())
            }
            T_DECIMAL_TEXT => {
                let head = r.byte()?;
                let (negative, scale) = (head & 0x80 != 0, head & 0x7F);
                let m = r.varint()?;
                if scale > 28 {
                    return Err(HandoffError::Damaged);
                }
                Loose::Str(decimal_text(negative, scale, m))
            }
            _ => return Err(HandoffError::Damaged),
        })
    }
}

impl<T: Part> Part for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for item in self {
            item.put(w);
        }
    }

    fn get(r: &mut Reader) -> Read<Self> {
        r.nest()?;
        let n = r.small()?;
        let items = (0..n).map(|_| T::get(r)).collect::<Read<_>>()?;
        r.depth -= 1;
        Ok(items)
    }
}

impl Part for SmallMap<String, Loose> {
    fn put(&self, w: &mut Writer) {
        put_map(w, self);
    }

    fn get(r: &mut Reader) -> Read<Self> {
        get_map(r)
    }
}

/// [`Part`] for a `Raw…` struct: a presence bit per field, then the fields that are there, in
/// this order (the order is part of the format version: append only). Fields not listed after
/// `;` are not carried and come back as their default.
macro_rules! records {
    ($($ty:ident { $($field:ident),* $(; $($skip:ident),*)? })*) => {$(
        impl Part for $ty {
            fn put(&self, w: &mut Writer) {
                let mut present = 0u64;
                let mut bit = 1u64;
                $(
                    if self.$field.is_some() && w.keeps(stringify!($field)) {
                        present |= bit;
                    }
                    bit <<= 1;
                )*
                let _ = bit;
                w.varint(present);
                $(
                    if let Some(v) = &self.$field {
                        if w.keeps(stringify!($field)) {
                            v.put(w);
                        }
                    }
                )*
            }

            fn get(r: &mut Reader) -> Read<Self> {
                let present = r.varint()?;
                let mut bit = 1u64;
                $(
                    let $field = if present & bit != 0 {
                        Some(Part::get(r)?)
                    } else {
                        None
                    };
                    bit <<= 1;
                )*
                // A bit past the last field: a newer writer, or damage; either way not ours.
                if present >> bit.trailing_zeros() != 0 {
                    return Err(HandoffError::Damaged);
                }
                Ok($ty { $($field,)* $($($skip: Default::default(),)*)? })
            }
        }
    )*};
}

records! {
    RawDisability { kind, grade, components }
    RawDisabilityPart { kind, grade }
    RawIncome { kind, amount }
    RawSelfCare { eating, dressing, bed, toilet, walking, bathing }
    RawMember {
        name, age, birth_date, disability, study, orphan, orphan_allowance, status,
        serious_illness, income, self_care
    }
    RawSupporters { status, reason }
    RawStatus { kind, recognised_on, ended_on }
    RawEmergency { kind, occurred_on, ongoing, ended_on, critical }
    RawExpenditure { kind, amount, ongoing }
    RawCheck { days, started_on, finished_on }
    RawSituation {
        as_of, accepted_on, channel, huji_in_district, applicant, household, self_care,
        property_within_limits, supporters, current_status, emergency, expenditure,
        cannot_resolve_alone, policy_unclear, check, params; wrong_shapes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9285 §4.3's examples.
    #[test]
    fn base45_matches_the_rfc_examples() {
        assert_eq!(base45_encode(b"AB"), "BB8");
        assert_eq!(base45_encode(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(base45_encode(b"base-45"), "UJCLQE7W581");
        assert_eq!(base45_decode("QED8WEX0").unwrap(), b"ietf!");
        // "GGW" is 16 + 16·45 + 32·45² = 65 536: one over two bytes.
        assert_eq!(base45_decode("GGW"), Err(HandoffError::Damaged));
    }

    /// The check value of CRC-32 (IEEE) over "123456789" is 0xCBF43926.
    #[test]
    fn crc32_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    /// Decimal text comes back exactly, and what would not is kept as text.
    #[test]
    fn decimal_and_date_text_only_when_exact() {
        assert_eq!(as_decimal_text("1250.00"), Some((false, 2, 125_000)));
        assert_eq!(as_decimal_text("0.01"), Some((false, 2, 1)));
        assert_eq!(as_decimal_text("-3"), Some((true, 0, 3)));
        assert_eq!(as_decimal_text("05"), None);
        assert_eq!(as_decimal_text("1,000"), None);
        assert_eq!(as_decimal_text(".5"), None);
        assert_eq!(as_decimal_text("5."), None);
        assert_eq!(as_date("2026-11-30"), Some(9830));
        assert_eq!(as_date("2026-2-3"), None);
        assert_eq!(as_date("2026/02/03"), None);
    }
}
