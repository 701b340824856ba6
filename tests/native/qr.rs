//! The QR encoder against the standard (ISO/IEC 18004): codewords worked by hand, the
//! standard's worked example, its tables of capacities, format and version information, and
//! the structure of a finished symbol read back.

use jiuzhu::handoff::ALPHABET;
use jiuzhu::qr::{self, QrError, Symbol};

fn values(text: &str) -> Vec<u32> {
    text.bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c).expect("alphanumeric") as u32)
        .collect()
}

/// "HELLO WORLD" in version 1-M, worked by hand:
/// mode 0010, count 11 = 000001011 (9 bits), then pairs 45·a + b in 11 bits:
/// HE = 17·45 + 14 = 779 = 01100001011, LL = 21·45 + 21 = 966 = 01111000110,
/// "O " = 24·45 + 36 = 1116 = 10001011100, WO = 32·45 + 24 = 1464 = 10110111000,
/// RL = 27·45 + 21 = 1236 = 10011010100, D = 13 = 001101 (6 bits): 74 bits;
/// terminator 0000 (78), two zero bits to the byte (80 = 10 bytes):
/// 00100000 01011011 00001011 01111000 11010001 01110010 11011100 01001101 01000011 01000000
/// = 32 91 11 120 209 114 220 77 67 64; 1-M holds 16 data codewords, so 6 pad codewords
/// 236 17 236 17 236 17.
#[test]
fn hello_world_data_codewords_1m() {
    assert_eq!(
        qr::data_codewords_for(1, &values("HELLO WORLD")),
        [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    );
}

/// The standard's worked example (Annex I, "01234567", version 1-M): its 16 data codewords
/// and the 10 error-correction codewords it gives for them.
#[test]
fn reed_solomon_standard_example_1m() {
    let data = [
        16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17,
    ];
    assert_eq!(
        qr::reed_solomon(&data, 10),
        [165, 36, 212, 193, 237, 54, 199, 135, 44, 85]
    );
}

/// The well-known "HELLO WORLD" at 1-Q: the first 13 codewords above (1-Q holds 13 data
/// codewords: the same bits, 3 pads 236 17 236) and its 13 error-correction codewords.
#[test]
fn reed_solomon_hello_world_1q() {
    let data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236];
    assert_eq!(
        qr::reed_solomon(&data, 13),
        [168, 72, 22, 82, 217, 54, 156, 0, 46, 15, 180, 122, 16]
    );
}

/// Format information at level M (00) for each mask, as the standard's table lists it.
/// Working for mask 0: data 00000, BCH remainder 0, XOR 101010000010010 = 101010000010010.
/// Mask 1: data 00001; x¹⁰ mod 10100110111 = 0100110111, so 00001 0100110111
/// XOR 101010000010010 = 101000100100101.
#[test]
fn format_information_level_m() {
    let want = [
        0b101010000010010,
        0b101000100100101,
        0b101111001111100,
        0b101101101001011,
        0b100010111111001,
        0b100000011001110,
        0b100111110010111,
        0b100101010100000,
    ];
    for (mask, w) in want.into_iter().enumerate() {
        assert_eq!(qr::format_bits(mask as u8), w, "mask {mask}");
    }
}

/// Version information, versions 7–15, as the standard's table lists it.
#[test]
fn version_information() {
    let want = [
        0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928,
    ];
    for (v, w) in (7..=15).zip(want) {
        assert_eq!(qr::version_bits(v), w, "version {v}");
    }
}

/// The standard's table of capacities: all codewords per version, data codewords at level M,
/// and alphanumeric characters at level M.
#[test]
fn capacities_match_the_standard() {
    let total = [
        26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655,
    ];
    let data = [
        16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415,
    ];
    let alnum = [
        20, 38, 61, 90, 122, 154, 178, 221, 262, 311, 366, 419, 483, 528, 600,
    ];
    for v in 1..=15u8 {
        let i = usize::from(v - 1);
        assert_eq!(qr::total_codewords(v), total[i], "total, version {v}");
        assert_eq!(qr::data_codewords(v), data[i], "data, version {v}");
        assert_eq!(qr::capacity(v), alnum[i], "alphanumeric, version {v}");
    }
}

/// What the function patterns leave is exactly the codewords and the remainder bits (0 for
/// version 1, 7 for 2–6, 0 for 7–13, 3 for 14–15): the finders, timing, alignment positions
/// and format / version areas take neither a module too many nor one too few.
#[test]
fn function_patterns_leave_room_for_exactly_the_codewords() {
    for v in 1..=15u8 {
        let remainder = match v {
            1 => 0,
            2..=6 => 7,
            7..=13 => 0,
            _ => 3,
        };
        assert_eq!(
            qr::data_module_count(v),
            qr::total_codewords(v) * 8 + remainder,
            "version {v}"
        );
    }
}

/// The smallest version that holds the text, and the limits.
#[test]
fn smallest_version_and_limits() {
    let of = |n: usize| qr::encode(&"A".repeat(n)).map(|s| s.version);
    assert_eq!(of(20), Ok(1));
    assert_eq!(of(21), Ok(2));
    assert_eq!(of(311), Ok(10));
    assert_eq!(of(312), Ok(11));
    assert_eq!(of(600), Ok(15));
    assert_eq!(
        of(601),
        Err(QrError::TooLong {
            chars: 601,
            capacity: 600
        })
    );
    assert_eq!(
        qr::encode("AB c"),
        Err(QrError::NotAlphanumeric { position: 3 })
    );
    let e = QrError::TooLong {
        chars: 601,
        capacity: 600,
    };
    assert!(e.zh().contains("601") && e.en().contains("600"));
}

/// The 15 format bits as placed, read back from one copy: `at(i)` is where bit i lies.
fn read_format(s: &Symbol, at: impl Fn(usize) -> (usize, usize)) -> u32 {
    (0..15).fold(0, |acc, i| {
        let (x, y) = at(i);
        acc | u32::from(s.dark(x, y)) << i
    })
}

/// A finished symbol has its fixed parts where the standard puts them, and both copies of the
/// format information say level M and the mask chosen.
#[test]
fn symbol_structure() {
    for text in ["HELLO WORLD", &"JZ1:".repeat(60), &"Z".repeat(500)] {
        let s = qr::encode(text).unwrap();
        let n = s.size;
        assert_eq!(n, 17 + 4 * usize::from(s.version));
        assert_eq!(s.modules.len(), n * n);
        // Finder patterns: dark ring (distance 3), light ring (2), dark 3 × 3 core; light
        // separator (4) inside the symbol.
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if x < 0 || y < 0 || x >= n as i32 || y >= n as i32 {
                        continue;
                    }
                    let ring = dx.abs().max(dy.abs());
                    let want = ring <= 1 || ring == 3;
                    assert_eq!(s.dark(x as usize, y as usize), want, "finder {cx},{cy}");
                }
            }
        }
        // Timing patterns between the finders: dark on even positions.
        for i in 8..n - 8 {
            assert_eq!(s.dark(i, 6), i % 2 == 0);
            assert_eq!(s.dark(6, i), i % 2 == 0);
        }
        // The dark module beside the lower-left format copy.
        assert!(s.dark(8, n - 8));
        // The standard's placement: copy 1 around the upper-left finder (bits 0–5 down column
        // 8 from the top, 6 and 7 skipping the timing row, 8 left of the corner, 9–14 along
        // row 8 leftwards to column 0); copy 2 split between the upper-right (bits 0–7 along
        // row 8 from the right edge) and the lower-left (bits 8–14 down column 8 to the edge).
        let first = read_format(&s, |i| match i {
            0..=5 => (8, i),
            6 => (8, 7),
            7 => (8, 8),
            8 => (7, 8),
            _ => (14 - i, 8),
        });
        let second = read_format(&s, |i| {
            if i < 8 {
                (n - 1 - i, 8)
            } else {
                (8, n - 15 + i)
            }
        });
        assert_eq!(first, qr::format_bits(s.mask), "{text}");
        assert_eq!(second, first);
        // Level M's two bits (00) at the top, after the XOR with 10: 10.
        assert_eq!(first >> 13, 0b10);
    }
}

/// For version 7 and up, both version blocks hold the version information: bit i at column
/// n − 11 + i mod 3, row i div 3 (upper right), and transposed (lower left).
#[test]
fn version_blocks() {
    let s = qr::encode(&"A".repeat(200)).unwrap();
    assert_eq!(s.version, 8);
    let n = s.size;
    let (upper, lower) = (0..18).fold((0u32, 0u32), |(u, l), i| {
        let (a, b) = (n - 11 + i % 3, i / 3);
        (
            u | u32::from(s.dark(a, b)) << i,
            l | u32::from(s.dark(b, a)) << i,
        )
    });
    assert_eq!(upper, 0x085BC);
    assert_eq!(lower, 0x085BC);
}

/// The four penalty rules that choose the mask, on two squares worked by hand.
///
/// An 11 × 11 light square whose top row is 1 0 1 1 1 0 1 0 0 0 0:
/// - rule 1: rows 2–11 are runs of 11 light, 3 + 6 = 9 each: 90; row 1 has no run of 5;
///   columns under a dark module are runs of 10 light, 3 + 5 = 8, five of them: 40; the six
///   others runs of 11: 54; total 184;
/// - rule 2: 2 × 2 blocks: rows 2–11 give 9 × 10 = 90 light blocks; rows 1–2 give the light
///   pairs of row 1 (columns 8–9, 9–10, 10–11): 3; 93 blocks × 3 = 279;
/// - rule 3: row 1 is the 1011101 0000 pattern once: 40;
/// - rule 4: 5 dark of 121 is 4.1 %, 45.9 points from 50 %: 9 whole steps of 5 %: 90.
///
/// Total 593. And an all-light 5 × 5: rule 1, 10 runs of 5 at 3 = 30; rule 2, 16 blocks at 3
/// = 48; rule 4, 0 % dark, 10 steps: 100; total 178.
#[test]
fn penalty_worked_by_hand() {
    let mut square = vec![false; 121];
    for (x, dark) in [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0].into_iter().enumerate() {
        square[x] = dark == 1;
    }
    assert_eq!(qr::penalty(11, &square), 593);
    assert_eq!(qr::penalty(5, &[false; 25]), 178);
}

/// The SVG: one path of horizontal runs, offset by the quiet zone, covering exactly the dark
/// modules.
#[test]
fn svg_path_covers_the_dark_modules() {
    let s = qr::encode("HELLO WORLD").unwrap();
    let d = s.svg_path();
    let mut covered = vec![false; s.size * s.size];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let len: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        assert!(rest.ends_with(&format!("v1h-{len}z")));
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        for k in 0..len {
            covered[(y - qr::QUIET_ZONE) * s.size + x - qr::QUIET_ZONE + k] = true;
        }
    }
    assert_eq!(covered, s.modules);
    let svg = s.svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
    assert_eq!(svg.matches("<path").count(), 1);
}
