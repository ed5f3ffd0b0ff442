//! Numbers as people write them, beyond `digits.digits e exp`: digit groups (`12,000`,
//! `1 234 567` with a space, thin space or no-break space), a power of ten written out
//! (`6.022×10²³`, `9.11 × 10⁻³¹`, `3 x 10^8`) and scale words (`2.5 trillion`, `3 million`).
//!
//! Each reader looks at bytes at a position and answers in O(length read); `literal_len` and
//! `parse_literal` call the same readers, so the segmenter, every parser and `accepts` agree
//! on what a literal is. The rules (docs/SEGMENTATION.md, "Numbers as written"):
//!
//! * A group separator is one of `,` U+0020 U+00A0 U+2009 U+202F, used the same way throughout
//!   one number; the first group has 1-3 digits and does not start with `0` (`0,125` is a
//!   decimal comma: not a grouped number), every later group exactly 3 digits not followed by
//!   a digit. So `1,2,3` and `3,14` are not grouped (the segmenter then emits no span for the
//!   ambiguous `1,2`), `12,000` is twelve thousand.
//! * Digits after the point may be grouped the same way, in threes from the point
//!   (`1.602 176 634`, `6.626 070 15`, `6.674 30(15)`: [`grouped_fraction_end`]), with a space
//!   character only; an e-notation exponent may carry the typeset minus (`1.7e−8`).
//! * A power of ten: `×`, `·`, `⋅`, `x` or `*` (spaces around allowed), then `10`, then the
//!   exponent in superscript digits (`²³`, `⁻³¹`) or after `^`. `2 × 10^3` and `2 * 10^3` stay
//!   ARITHMETIC expressions (their value is the same either way); `x` and the dots are not
//!   operators, so `3 x 10^8` and `5·10^-3` are read here.
//! * A scale word after the number, separated by one space: thousand (10³), million (10⁶),
//!   billion (10⁹, short scale), trillion (10¹²).

use crate::segment::vocab::NUMBER_WORDS_SCALES;

/// Byte length of a group separator at `b[i..]`, if one is there.
#[inline]
fn separator_len(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b',' | b' ' => Some(1),
        0xC2 if b.get(i + 1) == Some(&0xA0) => Some(2), // U+00A0 no-break space
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89 | 0xAF)) => {
            Some(3) // U+2009 thin space, U+202F narrow no-break space
        }
        _ => None,
    }
}

fn digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Given the integer digits `b[start..end]`, the end of the grouped integer part: `end` when
/// the digits are not followed by valid groups, else the end of the last group.
#[inline]
pub fn grouped_integer_end(b: &[u8], start: usize, end: usize) -> usize {
    // the common cases first: no separator after the digits, or none with a digit after it
    // (`35 °C`, `3, 4`)
    let Some(sep) = separator_len(b, end) else {
        return end;
    };
    if !digit_at(b, end + sep) {
        return end;
    }
    let first = end - start;
    if !(1..=3).contains(&first) || b[start] == b'0' {
        return end;
    }
    let kind = &b[end..end + sep];
    let mut at = end;
    loop {
        let g = at + sep;
        let is_group = b.get(at..at + sep) == Some(kind)
            && (g..g + 3).all(|k| digit_at(b, k))
            && !digit_at(b, g + 3);
        if !is_group {
            return at;
        }
        at = g + 3;
    }
}

/// The sign of an e-notation exponent at `b[j..]`: its byte length and whether it is a minus.
/// The typeset minus U+2212 counts (`1.7e−8`, as text copied from a typeset page writes it:
/// read without it, the `8` after it was taken for a number of its own).
#[inline]
pub fn exponent_sign(b: &[u8], j: usize) -> (usize, bool) {
    match b.get(j) {
        Some(b'+') => (1, false),
        Some(b'-') => (1, true),
        Some(0xE2) if b.get(j + 1..j + 3) == Some(&[0x88, 0x92]) => (3, true),
        _ => (0, false),
    }
}

/// Given the digits after the point `b[start..end]`, the end of their digit groups (the SI
/// writes `1.602 176 634`, `6.626 070 15`, `9.109 383 7015(28)`): `end` when none follow.
/// The first group is the 3 digits right after the point; every later one follows the same
/// space character (U+0020, U+00A0, U+2009 or U+202F, never a comma: `0.125,250` is a list)
/// and has 3 digits, but the last may have 1-2 digits after a full group (`6.626 070 15`) or
/// 1-4 before a concise uncertainty (`6.674 30(15)`). A group that a digit, or a point or
/// comma and a digit, would continue is none (`1.000 2.000` is two numbers).
#[inline]
pub fn grouped_fraction_end(b: &[u8], start: usize, end: usize) -> usize {
    if end - start != 3 {
        return end;
    }
    let Some(sep) = separator_len(b, end).filter(|_| b[end] != b',') else {
        return end;
    };
    if !digit_at(b, end + sep) {
        return end;
    }
    let kind = &b[end..end + sep];
    let mut at = end;
    let mut full_groups = 0;
    loop {
        if b.get(at..at + sep) != Some(kind) {
            return at;
        }
        let g = at + sep;
        let mut k = g;
        while k < g + 5 && digit_at(b, k) {
            k += 1;
        }
        let continued =
            digit_at(b, k) || (matches!(b.get(k), Some(b'.' | b',')) && digit_at(b, k + 1));
        let concise = b.get(k) == Some(&b'(') && digit_at(b, k + 1);
        match k - g {
            _ if continued => return at,
            3 if !concise => {
                at = k;
                full_groups += 1;
            }
            1 | 2 if full_groups > 0 || concise => return k,
            3 | 4 if concise => return k,
            _ => return at,
        }
    }
}

/// [`grouped_fraction_end`] inside a literal already delimited by it (what
/// `parse_literal` gets): every space and digits after the fraction's digits are a group
/// there, whatever followed the literal (a final short group was allowed by a `(` after it).
pub fn fraction_groups_end_in_literal(b: &[u8], end: usize) -> usize {
    let mut at = end;
    while let Some(sep) = separator_len(b, at).filter(|_| b[at] != b',') {
        let mut k = at + sep;
        while digit_at(b, k) {
            k += 1;
        }
        if k == at + sep {
            break;
        }
        at = k;
    }
    at
}

const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript_digit(c: char) -> Option<i64> {
    SUPERSCRIPT_DIGITS
        .iter()
        .position(|&d| d == c)
        .map(|d| d as i64)
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    loop {
        match b.get(i) {
            Some(b' ') => i += 1,
            Some(0xC2) | Some(0xE2) => match separator_len(b, i) {
                Some(l) => i += l,
                None => return i,
            },
            _ => return i,
        }
    }
}

/// Whether a written form ([`grouped_integer_end`], [`times_ten`], [`scale_word`]) could
/// start at byte `i` right after plain digits: a cheap test for the hot path, where almost
/// every number is followed by a space and a unit or by punctuation.
#[inline(always)]
pub fn may_extend(s: &str, i: usize) -> bool {
    may_extend_at(s.as_bytes(), i)
}

/// [`may_extend`] on the bytes.
#[inline(always)]
fn may_extend_at(b: &[u8], i: usize) -> bool {
    // one table load per byte decides most cases (`kg`, `)`, `°`): only the bytes a written
    // form can start with are looked at further
    let Some(&c) = b.get(i) else {
        return false;
    };
    match AFTER_DIGITS[c as usize] {
        NO => false,
        YES => true,
        WIDE => wide_sign_or_space_at(b, i),
        _ => {
            let Some(&d) = b.get(i + 1) else {
                return false;
            };
            match AFTER_SPACE[d as usize] {
                NO => false,
                YES => true,
                WIDE => wide_sign_or_space_at(b, i + 1),
                _ => scale_head(b, i + 1),
            }
        }
    }
}

/// `may_extend`'s classes of a byte: no written form starts there, one does, a non-ASCII
/// sign or space may ([`wide_sign_or_space_at`]), a space or scale word may (`SPACE`).
const NO: u8 = 0;
const YES: u8 = 1;
const WIDE: u8 = 2;
const SPACE: u8 = 3;

/// The class of the byte right after the digits: `,` `x` `*` start a group or a power of
/// ten, a space may.
static AFTER_DIGITS: [u8; 256] = {
    let mut t = [NO; 256];
    t[b',' as usize] = YES;
    t[b'x' as usize] = YES;
    t[b'*' as usize] = YES;
    t[0xC2] = WIDE;
    t[0xC3] = WIDE;
    t[0xE2] = WIDE;
    t[b' ' as usize] = SPACE;
    t
};

/// The class of the byte after that space: a digit (a group), `x` `*` (a power of ten), the
/// first letter of a scale word (`SPACE`: [`scale_head`] decides).
static AFTER_SPACE: [u8; 256] = {
    let mut t = [NO; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = YES;
        d += 1;
    }
    t[b'x' as usize] = YES;
    t[b'*' as usize] = YES;
    t[0xC2] = WIDE;
    t[0xC3] = WIDE;
    t[0xE2] = WIDE;
    let heads = *b"tTmMbB";
    let mut k = 0;
    while k < heads.len() {
        t[heads[k] as usize] = SPACE;
        k += 1;
    }
    t
};

/// Whether a power-of-ten sign other than `x`/`*` (`×`, `·`, `⋅`) or a space a literal reads
/// through other than U+0020 (U+00A0, U+2009, U+202F) starts at `b[k..]`: the only non-ASCII
/// characters a literal may continue with (`35 °C`, `5 µm` do not).
#[inline(always)]
fn wide_sign_or_space_at(b: &[u8], k: usize) -> bool {
    match b.get(k) {
        Some(0xC2) => matches!(b.get(k + 1), Some(0xB7 | 0xA0)),
        Some(0xC3) => b.get(k + 1) == Some(&0x97),
        Some(0xE2) => matches!(
            (b.get(k + 1), b.get(k + 2)),
            (Some(0x8B), Some(0x85)) | (Some(0x80), Some(0x89 | 0xAF))
        ),
        _ => false,
    }
}

/// A written power of ten at `s[i..]` (right after a mantissa): its byte length and its
/// exponent (capped at `cap` in absolute value, as e-notation exponents are).
pub fn times_ten(s: &str, i: usize, cap: i64) -> Option<(usize, i64)> {
    // the sign (`x`, `*`, `×`, `·`, `⋅`) right after the mantissa or after one space: a
    // cheaper gate than `may_extend`, whose scale-word test cannot lead to a power of ten
    let b = s.as_bytes();
    let sign_at = |k: usize| matches!(b.get(k), Some(b'x' | b'*')) || wide_sign_or_space_at(b, k);
    if !(sign_at(i) || (b.get(i) == Some(&b' ') && sign_at(i + 1))) {
        return None;
    }
    let mut j = skip_spaces(s, i);
    let sign = s[j..].chars().next()?;
    if !matches!(sign, '×' | '·' | '⋅' | 'x' | '*') {
        return None;
    }
    j = skip_spaces(s, j + sign.len_utf8());
    if !s[j..].starts_with("10") {
        return None;
    }
    j += 2;
    // `10^-28` or Python's `10**-28`
    let caret = match (b.get(j), b.get(j + 1)) {
        (Some(b'^'), _) => 1,
        (Some(b'*'), Some(b'*')) => 2,
        _ => 0,
    };
    if caret > 0 {
        let mut k = j + caret;
        let neg = match s[k..].chars().next()? {
            '-' => {
                k += 1;
                true
            }
            '−' => {
                k += '−'.len_utf8();
                true
            }
            '+' => {
                k += 1;
                false
            }
            _ => false,
        };
        let digits = k;
        let mut exp: i64 = 0;
        while digit_at(b, k) {
            exp = (exp * 10 + (b[k] - b'0') as i64).min(cap);
            k += 1;
        }
        if k == digits || digit_at(b, k) {
            return None;
        }
        // `2 × 10^3`, `2 * 10**3` are expressions the ARITHMETIC grammar reads already;
        // only the letter `x` and the dots are not operators there
        if matches!(sign, '×' | '*') {
            return None;
        }
        return Some((k - i, if neg { -exp } else { exp }));
    }
    let mut k = j;
    let neg = match s[k..].chars().next()? {
        '⁻' => {
            k += '⁻'.len_utf8();
            true
        }
        '⁺' => {
            k += '⁺'.len_utf8();
            false
        }
        _ => false,
    };
    let digits = k;
    let mut exp: i64 = 0;
    while let Some(d) = s[k..].chars().next().and_then(superscript_digit) {
        exp = (exp * 10 + d).min(cap);
        k += s[k..].chars().next().map_or(1, char::len_utf8);
    }
    if k == digits {
        return None;
    }
    Some((k - i, if neg { -exp } else { exp }))
}

/// Whether `b[k..]` starts with the first two letters of a scale word (any case).
#[inline(always)]
fn scale_head(b: &[u8], k: usize) -> bool {
    // `| 0x20` lowercases a letter in one step and turns no other byte into one of these
    // letters (the bytes after most numbers: one test per pair)
    match b.get(k..k + 2) {
        Some(&[x, y]) => matches!(
            u16::from_le_bytes([x, y]) | 0x2020,
            0x6874 | 0x696d | 0x6962 | 0x7274 // th mi bi tr
        ),
        _ => false,
    }
}

/// A scale word at `s[i..]` (one space, then the word, then a non-letter): its byte length
/// and its power of ten.
pub fn scale_word(s: &str, i: usize) -> Option<(usize, i64)> {
    let b = s.as_bytes();
    if b.get(i) != Some(&b' ') {
        return None;
    }
    // most numbers are followed by a unit: reject on the first two letters
    if !scale_head(b, i + 1) {
        return None;
    }
    // the scale words of `segment/vocab/number_words_scales.txt`: 10^3, 10^6, ...
    for (k, word) in NUMBER_WORDS_SCALES.iter().enumerate() {
        let power = 3 * (k as i64 + 1);
        let end = i + 1 + word.len();
        let matches = b
            .get(i + 1..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()));
        if matches && !b.get(end).is_some_and(u8::is_ascii_alphabetic) {
            return Some((end - i, power));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_extend_is_true_wherever_a_written_form_starts() {
        // the gate `literal_len` and `plain_literal_prefix` skip the readers on
        let pieces = [
            "1", "0", "5", " ", ",", "x", "*", "\u{d7}", "\u{b7}", "\u{22c5}", "\u{a0}",
            "\u{2009}", "\u{202f}", "th", "TH", "mi", "Bi", "tr", "ousand", "llion", "m", "g",
            "10", "^", "**", "-", "\u{2212}", "\u{207b}", "\u{b3}", "\u{b2}", "e", "a",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
        for _ in 0..100_000 {
            let t = rng.join(&pieces, 6);
            let b = t.as_bytes();
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                if may_extend(&t, i) {
                    continue;
                }
                let start = i - b[..i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                assert_eq!(grouped_integer_end(b, start, i), i, "{t:?} at {i}");
                assert_eq!(times_ten(&t, i, 1000), None, "{t:?} at {i}");
                assert_eq!(scale_word(&t, i), None, "{t:?} at {i}");
            }
        }
    }

    #[test]
    fn may_extend_tables_are_the_byte_tests() {
        // the tests the tables replaced, on every pair of bytes after a position and on
        // the multi-byte signs and spaces
        let by_bytes = |b: &[u8], i: usize| match b.get(i) {
            Some(b',' | b'x' | b'*') => true,
            Some(0xC2 | 0xC3 | 0xE2) => wide_sign_or_space_at(b, i),
            Some(b' ') => {
                matches!(b.get(i + 1), Some(b'0'..=b'9' | b'x' | b'*'))
                    || wide_sign_or_space_at(b, i + 1)
                    || scale_head(b, i + 1)
            }
            _ => false,
        };
        let tails: [&[u8]; 8] = [
            b"",
            b"h",
            b"r",
            b"i",
            b"\xb7",
            b"\xa0",
            b"\x97",
            b"\x80\x89",
        ];
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                for tail in tails {
                    let mut b = vec![x, y];
                    b.extend_from_slice(tail);
                    for i in 0..=b.len() {
                        assert_eq!(may_extend_at(&b, i), by_bytes(&b, i), "{b:?} at {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn scale_heads_are_the_first_two_letters_in_any_case() {
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let want = matches!(
                    [x.to_ascii_lowercase(), y.to_ascii_lowercase()],
                    [b't', b'h'] | [b'm', b'i'] | [b'b', b'i'] | [b't', b'r']
                );
                assert_eq!(scale_head(&[b' ', x, y], 1), want, "{x} {y}");
            }
            assert!(!scale_head(&[b' ', x], 1));
        }
    }

    #[test]
    fn groups_are_strict_threes_with_one_separator() {
        let end = |t: &str| {
            let b = t.as_bytes();
            let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
            grouped_integer_end(b, 0, d)
        };
        assert_eq!(end("12,000 rpm"), 6);
        assert_eq!(end("1,234,567"), 9);
        assert_eq!(end("1 234.5 g"), 5);
        assert_eq!(end("7\u{2009}654\u{2009}321"), 13);
        assert_eq!(end("1,234 567"), 5); // one separator kind per number
        assert_eq!(end("1,2,3"), 1);
        assert_eq!(end("3,14"), 1);
        assert_eq!(end("0,125"), 1); // a decimal comma, not a group
        assert_eq!(end("1234,567"), 4); // first group longer than three
        assert_eq!(end("1,0000"), 1);
    }

    #[test]
    fn fraction_groups_are_threes_from_the_point() {
        let end = |t: &str| {
            let b = t.as_bytes();
            let dot = b.iter().position(|&c| c == b'.').expect("a point");
            let d = dot
                + 1
                + b[dot + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            grouped_fraction_end(b, dot + 1, d)
        };
        assert_eq!(end("1.602 176 634 C"), 13);
        assert_eq!(end("6.626 070 15 J"), 12); // a short last group after a full one
        assert_eq!(end("6.674 30(15)"), 8); // ... or before a concise uncertainty
        assert_eq!(end("9.109 383 7015(28)"), 14);
        assert_eq!(end("1.660\u{2009}539\u{2009}066"), 17);
        assert_eq!(end("0.125 25 mm"), 5); // a short group alone: two numbers
        assert_eq!(end("1.000 2.000"), 5); // a point continues the next number
        assert_eq!(end("1.000 2,5"), 5);
        assert_eq!(end("1.000 2000"), 5); // four digits only before `(`
        assert_eq!(end("0.125,250"), 5); // a comma after a fraction is a list
        assert_eq!(end("1.25 250"), 4); // the first group is the three digits after the point
        assert_eq!(end("1.602 176\u{2009}634"), 9); // one separator kind per number
    }

    #[test]
    fn an_exponent_sign_may_be_the_typeset_minus() {
        assert_eq!(exponent_sign(b"e-8", 1), (1, true));
        assert_eq!(exponent_sign(b"e+8", 1), (1, false));
        assert_eq!(exponent_sign("e\u{2212}8".as_bytes(), 1), (3, true));
        assert_eq!(exponent_sign("e\u{2213}8".as_bytes(), 1), (0, false)); // ∓ is no sign
        assert_eq!(exponent_sign(b"e8", 1), (0, false));
    }

    #[test]
    fn powers_of_ten_as_written() {
        assert_eq!(times_ten("×10²³ mol", 0, 99), Some(("×10²³".len(), 23)));
        assert_eq!(
            times_ten(" × 10⁻³¹ kg", 0, 99),
            Some((" × 10⁻³¹".len(), -31))
        );
        assert_eq!(times_ten(" x 10^8 m/s", 0, 99), Some((" x 10^8".len(), 8)));
        assert_eq!(times_ten("·10^-3", 0, 99), Some(("·10^-3".len(), -3)));
        assert_eq!(times_ten(" × 10^3", 0, 99), None); // an expression, read as such
        assert_eq!(times_ten(" * 10^3", 0, 99), None);
        assert_eq!(times_ten(" x 10 apples", 0, 99), None);
        assert_eq!(times_ten(" x 100", 0, 99), None);
        assert_eq!(
            times_ten("×10⁹⁹⁹⁹⁹⁹", 0, 5000),
            Some(("×10⁹⁹⁹⁹⁹⁹".len(), 5000))
        );
    }

    #[test]
    fn scale_words() {
        assert_eq!(scale_word(" trillion dollars", 0), Some((9, 12)));
        assert_eq!(scale_word(" Million", 0), Some((8, 6)));
        assert_eq!(scale_word(" millions", 0), None);
        assert_eq!(scale_word("  million", 0), None);
        // the two-letter quick reject lets every word of the list through
        for (k, w) in NUMBER_WORDS_SCALES.iter().enumerate() {
            let power = 3 * (k as i64 + 1);
            assert_eq!(scale_word(&format!(" {w}"), 0), Some((w.len() + 1, power)));
        }
    }
}
