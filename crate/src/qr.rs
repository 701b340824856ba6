//! A QR Code (Model 2, ISO/IEC 18004) encoder for the hand-over code ([`crate::handoff`]):
//! alphanumeric mode only, error-correction level M only, versions 1–15.
//!
//! Only what the hand-over code needs, so that the page carries a few kilobytes, not a
//! general-purpose library: the text is already in the 45-character alphanumeric set, level M
//! (about 15 % of the codewords can be restored) suits a phone screen held to a scanner, and a
//! version above 15 (77 × 77 modules) is too dense to read at arm's length, so a text that needs
//! one is an error rather than a code nobody can scan.
//!
//! Steps, as the standard orders them: the data bits (mode, count, 11 bits per pair of
//! characters, terminator, padding), the blocks with their Reed–Solomon codewords, the
//! interleaving, the function patterns, the data in the two-column zig-zag, then each of the
//! eight masks scored by the four penalty rules, the lowest kept, with its format information.

/// The largest version made: 77 × 77 modules.
pub const MAX_VERSION: u8 = 15;

/// Light modules around the symbol on every side (the standard's quiet zone).
pub const QUIET_ZONE: usize = 4;

/// Level M per version (index 0 is version 1), from the standard's table of error-correction
/// characteristics: (EC codewords per block, blocks of group 1, data codewords in each,
/// blocks of group 2, data codewords in each). Group 2 blocks hold one data codeword more.
const LEVEL_M: [(usize, usize, usize, usize, usize); 15] = [
    (10, 1, 16, 0, 0),
    (16, 1, 28, 0, 0),
    (26, 1, 44, 0, 0),
    (18, 2, 32, 0, 0),
    (24, 2, 43, 0, 0),
    (16, 4, 27, 0, 0),
    (18, 4, 31, 0, 0),
    (22, 2, 38, 2, 39),
    (22, 3, 36, 2, 37),
    (26, 4, 43, 1, 44),
    (30, 1, 50, 4, 51),
    (22, 6, 36, 2, 37),
    (22, 8, 37, 1, 38),
    (24, 4, 40, 5, 41),
    (24, 5, 41, 5, 42),
];

/// Centre rows and columns of the alignment patterns per version (index 0 is version 1), from
/// the standard's table of alignment pattern positions.
const ALIGNMENT: [&[usize]; 15] = [
    &[],
    &[6, 18],
    &[6, 22],
    &[6, 26],
    &[6, 30],
    &[6, 34],
    &[6, 22, 38],
    &[6, 24, 42],
    &[6, 26, 46],
    &[6, 28, 50],
    &[6, 30, 54],
    &[6, 32, 58],
    &[6, 34, 62],
    &[6, 26, 46, 66],
    &[6, 26, 48, 70],
];

/// Mode indicator of the alphanumeric mode.
const MODE_ALPHANUMERIC: u32 = 0b0010;

/// Level M's two bits in the format information (L 01, M 00, Q 11, H 10).
const LEVEL_M_BITS: u32 = 0b00;

/// Why a text cannot be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// A character outside the alphanumeric set.
    NotAlphanumeric {
        /// Its position (in characters).
        position: usize,
    },
    /// More characters than version 15 at level M holds.
    TooLong {
        /// The text's length.
        chars: usize,
        /// What version 15-M holds.
        capacity: usize,
    },
}

impl QrError {
    /// In Chinese.
    pub fn zh(&self) -> String {
        match self {
            QrError::NotAlphanumeric { position } => {
                format!("第 {} 个字符不能放进二维码的字母数字模式", position + 1)
            }
            QrError::TooLong { chars, capacity } => {
                format!("内容有 {chars} 个字符，超过 15 版二维码（M 级纠错）能容纳的 {capacity} 个")
            }
        }
    }

    /// In English.
    pub fn en(&self) -> String {
        match self {
            QrError::NotAlphanumeric { position } => format!(
                "Character {} is not in the QR alphanumeric set",
                position + 1
            ),
            QrError::TooLong { chars, capacity } => format!(
                "{chars} characters: more than the {capacity} a version 15 QR code at level M holds"
            ),
        }
    }
}

/// A finished symbol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// 1–15.
    pub version: u8,
    /// Modules per side: 17 + 4 × version.
    pub size: usize,
    /// The mask pattern chosen (0–7).
    pub mask: u8,
    /// Row by row, `true` = dark; `size × size` entries, no quiet zone.
    pub modules: Vec<bool>,
}

impl Symbol {
    /// Whether the module in column `x`, row `y` is dark (outside the symbol: light).
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// The `d` of one SVG `<path>`: each horizontal run of dark modules as `M x y hNv1h-Nz`, in
    /// module units, offset by the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.dark(x, y) {
                    x += 1;
                }
                let n = x - start;
                d.push_str(&format!(
                    "M{} {}h{n}v1h-{n}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            }
        }
        d
    }

    /// A whole SVG image: white square with the quiet zone, one black path.
    pub fn svg(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>",
            self.svg_path()
        )
    }
}

/// The value of an alphanumeric character (its place in the 45), if it is one.
fn alphanumeric_value(c: char) -> Option<u32> {
    crate::handoff::ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|i| i as u32)
}

/// The row of [`LEVEL_M`] for `version`; all zero outside 1–15.
fn level_m(version: u8) -> (usize, usize, usize, usize, usize) {
    usize::from(version)
        .checked_sub(1)
        .and_then(|i| LEVEL_M.get(i))
        .copied()
        .unwrap_or_default()
}

/// Data codewords of `version` at level M (0 outside 1–15).
pub fn data_codewords(version: u8) -> usize {
    let (_, b1, d1, b2, d2) = level_m(version);
    b1 * d1 + b2 * d2
}

/// All codewords (data and error correction) of `version` at level M (0 outside 1–15).
pub fn total_codewords(version: u8) -> usize {
    let (ec, b1, _, b2, _) = level_m(version);
    data_codewords(version) + (b1 + b2) * ec
}

/// Bits of the character count indicator in the alphanumeric mode.
fn count_bits(version: u8) -> usize {
    if version <= 9 {
        9
    } else {
        11
    }
}

/// Bits that `chars` alphanumeric characters take in `version`, header included.
fn data_bits(version: u8, chars: usize) -> usize {
    4 + count_bits(version) + chars / 2 * 11 + chars % 2 * 6
}

/// The most alphanumeric characters `version` at level M holds.
pub fn capacity(version: u8) -> usize {
    let bits = data_codewords(version) * 8;
    (0..=bits)
        .rev()
        .find(|&n| data_bits(version, n) <= bits)
        .unwrap_or(0)
}

/// The smallest version (1–15, level M) that holds `text`, drawn with its best mask.
pub fn encode(text: &str) -> Result<Symbol, QrError> {
    let values = text
        .chars()
        .enumerate()
        .map(|(position, c)| alphanumeric_value(c).ok_or(QrError::NotAlphanumeric { position }))
        .collect::<Result<Vec<u32>, QrError>>()?;
    let version = (1..=MAX_VERSION)
        .find(|&v| data_bits(v, values.len()) <= data_codewords(v) * 8)
        .ok_or(QrError::TooLong {
            chars: values.len(),
            capacity: capacity(MAX_VERSION),
        })?;
    let data = data_codewords_for(version, &values);
    let codewords = interleave(version, &data);
    Ok(draw(version, &codewords))
}

/// The data codewords of `values` (alphanumeric values, 0–44) in `version` (1–15), which must
/// hold them ([`encode`] picks such a version): mode, count, the characters, terminator, zero bits to a byte boundary,
/// then the pad codewords 11101100 and 00010001 in turn.
pub fn data_codewords_for(version: u8, values: &[u32]) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.push(MODE_ALPHANUMERIC, 4);
    bits.push(values.len() as u32, count_bits(version));
    for pair in values.chunks(2) {
        match pair {
            [a, b] => bits.push(a * 45 + b, 11),
            [a] => bits.push(*a, 6),
            _ => {}
        }
    }
    let capacity = data_codewords(version) * 8;
    let terminator = capacity.saturating_sub(bits.len).min(4);
    bits.push(0, terminator);
    let to_byte = (8 - bits.len % 8) % 8;
    bits.push(0, to_byte);
    let mut bytes = bits.bytes;
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bytes.len() >= data_codewords(version) {
            break;
        }
        bytes.push(pad);
    }
    bytes
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    /// Appends the low `n` bits of `value`, most significant first.
    fn push(&mut self, value: u32, n: usize) {
        for i in (0..n).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

/// Multiplication in GF(2⁸) modulo the standard's x⁸ + x⁴ + x³ + x² + 1 (0x11D).
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0u8;
    while b != 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1D;
        }
        b >>= 1;
    }
    product
}

/// The Reed–Solomon error-correction codewords of `data`: the remainder of data(x)·xⁿ divided
/// by the generator (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), α = 2.
pub fn reed_solomon(data: &[u8], n: usize) -> Vec<u8> {
    // The generator's coefficients, highest degree first.
    let mut generator = vec![1u8];
    let mut root = 1u8;
    for _ in 0..n {
        let mut next = vec![0u8; generator.len() + 1];
        for (k, &c) in generator.iter().enumerate() {
            next[k] ^= c;
            next[k + 1] ^= gf_mul(c, root);
        }
        generator = next;
        root = gf_mul(root, 2);
    }
    // Long division; the leading coefficient (1) of the generator is implied.
    let mut rem = vec![0u8; n];
    for &b in data {
        let factor = b ^ rem.first().copied().unwrap_or(0);
        rem.rotate_left(1);
        if let Some(last) = rem.last_mut() {
            *last = 0;
        }
        for (r, &g) in rem.iter_mut().zip(&generator[1..]) {
            *r ^= gf_mul(g, factor);
        }
    }
    rem
}

/// The final sequence: the data codewords taken one from each block in turn, then the
/// error-correction codewords likewise.
pub fn interleave(version: u8, data: &[u8]) -> Vec<u8> {
    let (ec, b1, d1, b2, d2) = level_m(version);
    let mut blocks: Vec<(&[u8], Vec<u8>)> = Vec::with_capacity(b1 + b2);
    let mut rest = data;
    for len in std::iter::repeat_n(d1, b1).chain(std::iter::repeat_n(d2, b2)) {
        let (block, tail) = rest.split_at(len.min(rest.len()));
        rest = tail;
        blocks.push((block, reed_solomon(block, ec)));
    }
    let mut out = Vec::with_capacity(total_codewords(version));
    for i in 0..d1.max(d2) {
        out.extend(blocks.iter().filter_map(|(d, _)| d.get(i)));
    }
    for i in 0..ec {
        out.extend(blocks.iter().filter_map(|(_, e)| e.get(i)));
    }
    out
}

/// The remainder of `value · x^degree` divided by `generator` (of that degree) over GF(2): the
/// BCH check bits of the format and version information.
fn bch(value: u32, generator: u32, degree: u32) -> u32 {
    let mut v = value << degree;
    for bit in (degree..32).rev() {
        if v >> bit & 1 == 1 {
            v ^= generator << (bit - degree);
        }
    }
    v
}

/// The 15 format bits for level M and `mask`: 5 data bits, 10 BCH(15,5) bits (generator
/// x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1), XOR 101010000010010 so that no format is all light.
pub fn format_bits(mask: u8) -> u32 {
    let data = LEVEL_M_BITS << 3 | u32::from(mask & 7);
    (data << 10 | bch(data, 0x537, 10)) ^ 0x5412
}

/// The 18 version bits (versions 7 and up): 6 bits of version, 12 BCH(18,6) bits (generator
/// x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1).
pub fn version_bits(version: u8) -> u32 {
    let v = u32::from(version);
    v << 12 | bch(v, 0x1F25, 12)
}

/// The matrix being built: modules and which of them are function patterns.
struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    /// An empty symbol of `version` with its function patterns drawn.
    fn with_patterns(version: u8) -> Grid {
        let size = 17 + 4 * usize::from(version);
        let mut g = Grid {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        function_patterns(&mut g, version);
        g
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn is_function(&self, x: usize, y: usize) -> bool {
        self.function[y * self.size + x]
    }

    /// A finder pattern centred at (cx, cy) with its light separator, clipped to the symbol.
    fn finder(&mut self, cx: usize, cy: usize) {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if x < 0 || y < 0 || x >= self.size as i32 || y >= self.size as i32 {
                    continue;
                }
                let ring = dx.abs().max(dy.abs());
                self.set(x as usize, y as usize, ring != 2 && ring != 4);
            }
        }
    }

    fn alignment(&mut self, cx: usize, cy: usize) {
        for dy in 0..5 {
            for dx in 0..5 {
                let ring = (dx as i32 - 2).abs().max((dy as i32 - 2).abs());
                self.set(cx + dx - 2, cy + dy - 2, ring != 1);
            }
        }
    }

    /// The two copies of the format information, and the dark module beside the lower one.
    fn format(&mut self, mask: u8) {
        let bits = format_bits(mask);
        let s = self.size;
        let bit = |i: usize| bits >> i & 1 == 1;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(s - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, s - 15 + i, bit(i));
        }
        self.set(8, s - 8, true);
    }

    /// The two copies of the version information: 6 × 3 blocks beside the upper-right and
    /// lower-left finders, least significant bit nearest the corner of the symbol's edge.
    fn version(&mut self, version: u8) {
        let bits = version_bits(version);
        for i in 0..18 {
            let dark = bits >> i & 1 == 1;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set(a, b, dark);
            self.set(b, a, dark);
        }
    }
}

/// The whole symbol for the interleaved `codewords`.
fn draw(version: u8, codewords: &[u8]) -> Symbol {
    let mut g = Grid::with_patterns(version);
    let size = g.size;
    // The data, in two-column strips from the right, up then down; column 6 (the vertical
    // timing pattern) is skipped. Modules left over (the remainder bits) stay light.
    let total_bits = codewords.len() * 8;
    let mut i = 0;
    let mut right = size - 1;
    loop {
        if right == 6 {
            right = 5;
        }
        let upward = (right + 1) & 2 == 0;
        for step in 0..size {
            let y = if upward { size - 1 - step } else { step };
            for x in [right, right - 1] {
                if g.is_function(x, y) {
                    continue;
                }
                if i < total_bits {
                    let dark = codewords[i / 8] >> (7 - i % 8) & 1 == 1;
                    g.dark[y * size + x] = dark;
                    i += 1;
                }
            }
        }
        if right < 2 {
            break;
        }
        right -= 2;
    }
    let mut best: Option<(u32, u8, Vec<bool>)> = None;
    for mask in 0..8u8 {
        let mut m = Grid {
            size,
            dark: g.dark.clone(),
            function: g.function.clone(),
        };
        for y in 0..size {
            for x in 0..size {
                if !m.is_function(x, y) && mask_bit(mask, x, y) {
                    m.dark[y * size + x] ^= true;
                }
            }
        }
        m.format(mask);
        let score = penalty(size, &m.dark);
        // Ties keep the lower mask number.
        if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
            best = Some((score, mask, m.dark));
        }
    }
    let (_, mask, modules) = best.unwrap_or_default();
    Symbol {
        version,
        size,
        mask,
        modules,
    }
}

/// Finders, separators, timing, alignment, and the reserved format (and version) areas.
fn function_patterns(g: &mut Grid, version: u8) {
    let size = g.size;
    for i in 0..size {
        g.set(6, i, i % 2 == 0);
        g.set(i, 6, i % 2 == 0);
    }
    g.finder(3, 3);
    g.finder(size - 4, 3);
    g.finder(3, size - 4);
    let centres = usize::from(version)
        .checked_sub(1)
        .and_then(|i| ALIGNMENT.get(i))
        .copied()
        .unwrap_or_default();
    let last = centres.len().saturating_sub(1);
    for (i, &cy) in centres.iter().enumerate() {
        for (j, &cx) in centres.iter().enumerate() {
            // The three corners that a finder already occupies.
            let on_finder = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
            if !on_finder {
                g.alignment(cx, cy);
            }
        }
    }
    // Reserved now (any mask), written for real with each mask.
    g.format(0);
    if version >= 7 {
        g.version(version);
    }
}

/// The modules of `version` left for data once the function patterns and the format and
/// version areas are drawn: 8 per codeword, plus the standard's remainder bits.
pub fn data_module_count(version: u8) -> usize {
    let g = Grid::with_patterns(version.clamp(1, MAX_VERSION));
    g.function.iter().filter(|&&f| !f).count()
}

/// Whether mask `mask` flips the module in column `x` (j), row `y` (i).
pub fn mask_bit(mask: u8, x: usize, y: usize) -> bool {
    let (i, j) = (y, x);
    match mask {
        0 => (i + j) % 2 == 0,
        1 => i % 2 == 0,
        2 => j % 3 == 0,
        3 => (i + j) % 3 == 0,
        4 => (i / 2 + j / 3) % 2 == 0,
        5 => (i * j) % 2 + (i * j) % 3 == 0,
        6 => ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        _ => ((i + j) % 2 + (i * j) % 3) % 2 == 0,
    }
}

/// The standard's four penalty rules, summed (lower is better).
pub fn penalty(size: usize, dark: &[bool]) -> u32 {
    let at = |x: usize, y: usize| dark[y * size + x];
    let mut score = 0u32;
    // Rules 1 and 3 on every row and every column.
    for line in 0..size {
        for horizontal in [true, false] {
            let cells: Vec<bool> = (0..size)
                .map(|k| if horizontal { at(k, line) } else { at(line, k) })
                .collect();
            score += line_penalty(&cells);
        }
    }
    // Rule 2: each 2 × 2 block of one colour, 3 points.
    for y in 0..size - 1 {
        for x in 0..size - 1 {
            let c = at(x, y);
            if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                score += 3;
            }
        }
    }
    // Rule 4: 10 points for each full 5 % by which the dark share is away from 50 %.
    let darks = dark.iter().filter(|&&d| d).count();
    let total = dark.len();
    let k = (darks * 20).abs_diff(total * 10) / total;
    score + 10 * k as u32
}

/// Rule 1 (a run of 5 or more modules of one colour: 3 points, 1 more for each module past 5)
/// and rule 3 (the finder-like 1:1:3:1:1 dark–light pattern with 4 light modules on one side:
/// 40 points each) on one row or column.
fn line_penalty(cells: &[bool]) -> u32 {
    let mut score = 0u32;
    let mut run = 0usize;
    for (k, &c) in cells.iter().enumerate() {
        if k > 0 && c == cells[k - 1] {
            run += 1;
        } else {
            if run >= 5 {
                score += 3 + (run - 5) as u32;
            }
            run = 1;
        }
    }
    if run >= 5 {
        score += 3 + (run - 5) as u32;
    }
    const PATTERN: [bool; 11] = [
        true, false, true, true, true, false, true, false, false, false, false,
    ];
    for window in cells.windows(11) {
        let forward = window.iter().zip(PATTERN).all(|(&a, b)| a == b);
        let backward = window.iter().rev().zip(PATTERN).all(|(&a, b)| a == b);
        score += 40 * (u32::from(forward) + u32::from(backward));
    }
    score
}
