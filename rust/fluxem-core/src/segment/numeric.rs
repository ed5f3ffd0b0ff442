//! Number-initial candidates: ARITHMETIC expressions, QUANTITY (number + unit), COMPLEX.
//!
//! One deterministic scan reads `operand (op operand)*` from the start, where an operand is an
//! unsigned literal (optionally with unary signs) or a parenthesised group, and remembers the
//! last point where a complete expression ended at depth 0. What follows that point decides
//! the candidate: a unit makes a quantity, an imaginary literal a complex number, nothing a
//! bare number (never a span), and the context rules below separate arithmetic from ranges,
//! dates, versions, phone numbers and IDs.

use super::context::{self, Need, CHEM, MATH, SCIENCE};
use super::lex::{
    ascii_letter_masks, ascii_spaces_back, at_word_end, between_before, capitalised_word_before,
    char_at, char_before, digits_at, digits_back, digits_value, is_hedge, is_hedge_word,
    is_wordish, next_word, positions_of, prev_visible, prev_word, skip_inline_spaces,
    skip_inline_spaces_back, word_end, ASCII_WORD, CLASS,
};
use super::lookalike;
use super::probe;
use super::scan::Scanner;
use super::vocab;
use crate::domains::quantity::{self, parse_measured, superscript_digit};
use crate::layout::Domain;
use crate::number::literal_len;

/// Longest expression accepted as one span (longer runs are left as text).
pub const MAX_EXPR_BYTES: usize = 4096;
/// Bytes a unit probe may read.
pub const MAX_UNIT_BYTES: usize = 48;
const NONE: u32 = u32::MAX;
const ONES: u64 = 0x0101_0101_0101_0101;
const BAD_BIT: u32 = 1 << 31;

/// What directly follows a literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Follow {
    Clean,
    /// `4i`, `2.5j`: the imaginary unit (its byte length).
    Imag(usize),
    /// A word char or symbol glued on: `5mg`, `12th`, `3D`, `25°C`, `2H2O`.
    Glued,
    /// `3.11.2`, `192.168.0.1`, `01.02.2024`.
    Dotted,
    /// `1,234`, `1,2,3`.
    Grouped,
    /// `14:30`, `1:2`.
    Colon,
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Stats {
    operands: u32,
    ops: u32,
    plus: u32,
    minus: u32,
    mul: u32,
    div: u32,
    pow: u32,
    hyphen_tight: u32,
    /// A hyphen with spaces on both sides (`251.165 - 715K`).
    hyphen_spaced: u32,
    slash_tight: u32,
    parens: u32,
    imag: u32,
    imag_mid: bool,
    leading_zero: bool,
    non_int: bool,
    year_like: u32,
    /// A unary sign stood before some operand (`-3 - 5`).
    signed: bool,
    /// Byte range of the first operand's literal (its value is read only if a second follows:
    /// parsing an f64 for every number scanned was 3% of the scan).
    first_lit: (usize, usize),
    /// Byte range of the second operand's literal (empty when there is none): whether it is
    /// larger than the first (`ascending`) is read only where a rule asks.
    second_lit: (usize, usize),
}

impl Stats {
    /// Whether the second operand is a plain decimal literal larger than the first (`0-127`).
    fn ascending(&self, b: &[u8]) -> bool {
        let (first, second) = (self.first_lit, self.second_lit);
        let (x, y) = (&b[first.0..first.1], &b[second.0..second.1]);
        // two integers of at most 15 digits (most pairs, `0-127`): their f64 values are
        // exact, so comparing the integers gives the same answer without parsing floats
        let small_int = |t: &[u8]| (1..=15).contains(&t.len()) && t.iter().all(u8::is_ascii_digit);
        if small_int(x) && small_int(y) {
            return digits_value(y) > digits_value(x);
        }
        match (scaled_value(x), scaled_value(y)) {
            (Some(a), Some(v)) => v > a,
            _ => false,
        }
    }
}

/// [`plain_value`], or that of a plain number and the scale word the literal ends with (`8
/// million` in `4-8 million points`: 8e6, so the pair rises and is a range of counts, not the
/// difference 4 - 8,000,000). The word is looked for only inside the literal (one space, a
/// word of `number_words_scales.txt`), so the look stays within the operand.
fn scaled_value(lit: &[u8]) -> Option<f64> {
    if let Some(v) = plain_value(lit) {
        return Some(v);
    }
    let space = lit.iter().position(|&c| c == b' ')?;
    let text = std::str::from_utf8(lit).ok()?;
    let (len, power) = crate::number::written::scale_word(text, space)?;
    if space + len != lit.len() {
        return None;
    }
    Some(plain_value(&lit[..space])? * 10f64.powi(i32::try_from(power).ok()?))
}

/// The value of a plain decimal or exponent notation (`1e4 - 1e5`), or of an integer in strict
/// comma groups of three (`4000-10,000 A` is a range of wavelengths); None for any other
/// literal (and the empty one).
fn plain_value(lit: &[u8]) -> Option<f64> {
    if lit.contains(&b',') {
        let mut parts = lit.split(|&c| c == b',');
        let head = parts.next()?;
        let grouped = (1..=3).contains(&head.len())
            && head.iter().all(u8::is_ascii_digit)
            && parts.all(|g| g.len() == 3 && g.iter().all(u8::is_ascii_digit));
        return grouped
            .then(|| {
                lit.iter()
                    .filter(|c| c.is_ascii_digit())
                    .fold(0f64, |v, &c| v * 10.0 + f64::from(c - b'0'))
            })
            .filter(|_| lit.len() <= 19);
    }
    lit.iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'-' | b'+'))
        .then(|| std::str::from_utf8(lit).ok()?.parse::<f64>().ok())
        .flatten()
}

/// End of the run of ASCII digits and `.` that starts at `i`, at most `stop`. Eight bytes at
/// a time: every number the scanner reads starts with this run.
fn digits_or_dots_end(b: &[u8], mut i: usize, stop: usize) -> usize {
    const HIGH: u64 = ONES * 0x80;
    while i + 8 <= stop {
        let x = u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        // per byte, high bit: `.` to `9`, less `/`. Right for every byte up to the first
        // non-ASCII one (carries only move up), and that one is no digit (`!x`)
        let ge = |lo: u8| x.wrapping_add(ONES * u64::from(0x80 - lo));
        let slash = !(x ^ (ONES * u64::from(b'/'))).wrapping_add(ONES * 0x7f);
        let ok = ge(b'.') & !ge(b'9' + 1) & !slash & !x & HIGH;
        let ends = !ok & HIGH;
        if ends != 0 {
            return i + (ends.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < stop && matches!(b[i], b'0'..=b'9' | b'.') {
        i += 1;
    }
    i
}

/// Whether `start..end` is the whole of a square bracket (inner spaces allowed) followed by
/// the word `Pade` or `Padé` (any case): `[13 / 13] Pade approximant`, the degrees of a Padé
/// approximant. Bounded: a few spaces either side and one word.
fn pade_order(b: &[u8], start: usize, end: usize) -> bool {
    let spaces = |r: &[u8]| r.iter().take(4).take_while(|&&c| c == b' ').count();
    let open = ascii_spaces_back(b, start, 4);
    let close = end + spaces(&b[end..]);
    if open == 0 || b[open - 1] != b'[' || b.get(close) != Some(&b']') {
        return false;
    }
    let w = close + 1 + spaces(&b[close + 1..]);
    let word = &b[w..(w + 5).min(b.len())];
    word.len() >= 4
        && word[..3].eq_ignore_ascii_case(b"pad")
        && (word[3] | 0x20 == b'e' || word[3..].starts_with(b"\xc3\xa9"))
}

/// Whether `t` holds `--`: a pass over byte pairs (two-byte windows compared as slices cost
/// ~30 instructions a byte).
fn double_hyphen(t: &[u8]) -> bool {
    t.get(1..)
        .is_some_and(|rest| t.iter().zip(rest).any(|(&a, &c)| a == b'-' && c == b'-'))
}

/// Whether `lit` holds `x`, `·` or `⋅`. Most literals are ASCII digits and dots: a byte test
/// settles them before the search by chars (which decoded every byte of every bare number).
fn times_sign_in(lit: &str) -> bool {
    lit.bytes().any(|c| c == b'x' || c >= 0x80) && lit.contains(['x', '\u{b7}', '\u{22c5}'])
}

/// Offset of the first `$` or `\n` in `b`. Eight bytes at a time: every `$30` asks this over
/// up to 120 bytes of prose, and a byte loop there cost ~2000 instructions an amount.
fn dollar_or_newline(b: &[u8]) -> Option<usize> {
    // high bit of each zero byte of `y`; the lowest flag is always a true zero (a borrow
    // only flags bytes above one), so the lowest flag of either mask is the first match
    let zero = |y: u64| y.wrapping_sub(ONES) & !y & (ONES * 0x80);
    let mut k = 0;
    while let Some(chunk) = b.get(k..k + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let m = zero(x ^ (ONES * u64::from(b'$'))) | zero(x ^ (ONES * u64::from(b'\n')));
        if m != 0 {
            return Some(k + (m.trailing_zeros() / 8) as usize);
        }
        k += 8;
    }
    b[k..]
        .iter()
        .position(|&c| c == b'$' || c == b'\n')
        .map(|p| k + p)
}

/// Whether `Hg` or `H2O` (`H₂O`) stands as a word at `k`: the fluid of a manometric pressure
/// unit written with a space after its length (`mm Hg`, `cm H2O`). Reads at most six bytes.
fn manometric_fluid_at(b: &[u8], k: usize) -> bool {
    let rest = &b[k.min(b.len())..];
    let len = if rest.starts_with(b"Hg") {
        2
    } else if rest.starts_with(b"H2O") {
        3
    } else if rest.starts_with("H\u{2082}O".as_bytes()) {
        5
    } else {
        return false;
    };
    rest.get(len).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// What follows a literal ending at `e`. An ASCII byte is settled by one table load and at
/// most one more test (the `match` on the decoded char it replaced was a cascade of compares,
/// ~8k I-cache misses and 3.6k mispredicted branches a pass over real text); other chars
/// (`°`, `µ`, `Å`) go out of line.
#[inline(always)]
fn follow_at(s: &str, e: usize) -> Follow {
    let b = s.as_bytes();
    let Some(&x) = b.get(e) else {
        return Follow::Clean;
    };
    // most numbers end before a space, which no arm below takes
    if x == b' ' {
        return Follow::Clean;
    }
    if x >= 0x80 {
        return follow_non_ascii(s, e);
    }
    if CLASS[x as usize] & ASCII_WORD != 0 {
        if (x == b'i' || x == b'j') && at_word_end(s, e + 1) {
            return Follow::Imag(1);
        }
        return Follow::Glued;
    }
    match x {
        b'.' | b',' | b':' if b.get(e + 1).is_some_and(u8::is_ascii_digit) => match x {
            b'.' => Follow::Dotted,
            b',' => Follow::Grouped,
            _ => Follow::Colon,
        },
        b'%' => Follow::Glued,
        _ => Follow::Clean,
    }
}

/// Whether the `.` at `i` is the second of exactly two dots glued between two digits
/// (`0..1000 cm`, `1.5..2.5 mm`): a range written with two dots, whose upper end the scanner
/// starts at this dot. Reads three bytes before `i` and one after.
fn two_dot_range_at(b: &[u8], i: usize) -> bool {
    i >= 2
        && b[i] == b'.'
        && b[i - 1] == b'.'
        && b[i - 2].is_ascii_digit()
        && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && (i < 3 || b[i - 3] != b'.')
}

/// The expression is a power of ten and nothing else (`10^5`, `10^-6`, `10**3`).
fn ten_power_alone(expr: &[u8], st: Stats) -> bool {
    st.ops == 1 && st.pow == 1 && (expr.starts_with(b"10^") || expr.starts_with(b"10**"))
}

/// The start of a power of ten (`10^5`, `10^-3`, `10**6`) that ends, spaces aside, at `end`:
/// a range's lower end in that spelling. Bounded: an exponent of at most four digits.
fn power_of_ten_before(b: &[u8], end: usize) -> Option<usize> {
    let n = ascii_spaces_back(b, end, 8);
    let digits = digits_back(b, n, 5);
    if digits == 0 || digits > 4 {
        return None;
    }
    let mut m = n - digits;
    if m > 0 && matches!(b[m - 1], b'-' | b'+') {
        m -= 1;
    }
    let op = if b[..m].ends_with(b"^") {
        1
    } else if b[..m].ends_with(b"**") {
        2
    } else {
        return None;
    };
    let base = m - op;
    (base >= 2 && &b[base - 2..base] == b"10" && !(base > 2 && b[base - 3].is_ascii_digit()))
        .then(|| base - 2)
}

/// Whether a range joiner or an uncertainty sign ends, spaces aside, right before `start`
/// (`–`, `—`, `-`, `±`, `∓`, `~`, `to`, `through`, `until`; `and` after a `between` at most 48
/// bytes back). Bounded look-back.
fn pair_joiner_before(s: &str, start: usize) -> bool {
    if matches!(
        prev_visible(s, start),
        Some('-' | '\u{2013}' | '\u{2014}' | '\u{b1}' | '\u{2213}' | '~')
    ) {
        return true;
    }
    let b = s.as_bytes();
    let mut buf = [0u8; 24];
    let w = prev_word(s, start, &mut buf);
    match w {
        // a joiner only after a number (`10⁴ Pa to`), not a verb's `to` (`pumped down to`):
        // an ASCII digit or a superscript's last byte (B0-B9) in the 16 bytes before the word
        b"to" | b"through" | b"until" => {
            let w_start = skip_inline_spaces_back(s, start, 8).saturating_sub(w.len());
            b[w_start.saturating_sub(16)..w_start]
                .iter()
                .any(|&c| c.is_ascii_digit() || matches!(c, 0xB0..=0xB9))
        }
        b"and" => between_within(b, start),
        _ => false,
    }
}

/// Whether `between ` occurs in the 48 bytes before `start` (the `and` of a range).
fn between_within(b: &[u8], start: usize) -> bool {
    b[start.saturating_sub(48)..start]
        .windows(8)
        .any(|w| w.eq_ignore_ascii_case(b"between "))
}

/// Whether, spaces aside, a range joiner or an uncertainty sign and then a number follow
/// `end` (`10⁵ Pa to 10⁶ Pa`, `10⁵ Pa ± 5%`; `and` only after a `between`, a list's `and` is
/// no joiner). Bounded look-ahead.
fn pair_joiner_after(s: &str, start: usize, end: usize) -> bool {
    const JOINERS: [&str; 9] = [
        "-", "\u{2013}", "\u{2014}", "\u{b1}", "\u{2213}", "+/-", "to ", "through ", "and ",
    ];
    let b = s.as_bytes();
    let j = skip_inline_spaces(s, end);
    let Some(w) = JOINERS.iter().find(|w| b[j..].starts_with(w.as_bytes())) else {
        return false;
    };
    if *w == "and " && !between_within(b, start) {
        return false;
    }
    let k = skip_inline_spaces(s, j + w.len());
    b.get(k).is_some_and(|&c| c.is_ascii_digit() || c == b'.')
}

/// `follow_at` for a char of two or more bytes.
#[inline(never)]
fn follow_non_ascii(s: &str, e: usize) -> Follow {
    match char_at(s, e) {
        Some('\u{b0}' | '\u{2030}' | '\u{2032}' | '\u{2033}' | '\u{c5}' | '\u{2126}') => {
            Follow::Glued
        }
        Some(c) if is_wordish(c) => Follow::Glued,
        _ => Follow::Clean,
    }
}

/// Kind of the operator an ASCII byte is (0: none); `*` also reads the byte after it.
static OP_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    t[b'+' as usize] = b'+';
    t[b'-' as usize] = b'-';
    t[b'*' as usize] = b'*';
    t[b'/' as usize] = b'/';
    t[b'^' as usize] = b'^';
    t
};

/// The operator at `j`: (byte length, kind) with kind one of `+ - * / ^`. One table load
/// settles an ASCII byte (most calls: the `,`, `)` or letter after an operand; the `match`
/// it replaced mispredicted ~7k branches a pass over real text).
fn operator_at(s: &str, j: usize) -> Option<(usize, u8)> {
    let b = s.as_bytes();
    let &c = b.get(j)?;
    if c < 0x80 {
        return match OP_BYTE[c as usize] {
            0 => None,
            b'*' if b.get(j + 1) == Some(&b'*') => Some((2, b'^')),
            k => Some((1, k)),
        };
    }
    match char_at(s, j)? {
        '\u{d7}' => Some((2, b'*')),
        '\u{f7}' => Some((2, b'/')),
        '\u{2212}' => Some((3, b'-')),
        _ => None,
    }
}

struct Expr {
    /// End of the last complete expression at depth 0 (its stats: `Scanner::expr_st` when
    /// `current`, else `Scanner::expr_good`).
    good: Option<usize>,
    current: bool,
    /// End of the first literal and what follows it.
    first: Option<(usize, Follow)>,
    /// `0.1-7nm`: end of the second literal of a tight `a-b` when text is glued to it (the
    /// range's unit, if the unit grammar reads it).
    glued_second: Option<usize>,
}

impl Scanner<'_> {
    /// (inlined: `scan_expr` asks once per literal, and most literals end at a space, the
    /// first test; as a call it cost more than its body)
    #[inline(always)]
    fn follow_of(&self, e: usize) -> Follow {
        follow_at(self.s, e)
    }

    /// Builds the global `(`/`)` matching once (a stack pass over the whole text): one entry
    /// per `(`, in text order (a table over every byte cost a fill of four bytes per byte).
    fn parens_table(&mut self) -> &mut Vec<(u32, u32)> {
        if !self.parens_built {
            self.parens_built = true;
            let b = self.b;
            self.parens.clear();
            if b.len() < BAD_BIT as usize {
                self.open.clear();
                // high bits flagging the `(` and `)` (0x28, 0x29) of eight bytes: the lowest
                // flag always marks one (a false flag only follows a true one)
                let parens = |chunk: &[u8]| {
                    let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
                    let y = (x & (ONES * 0xfe)) ^ (ONES * 0x28); // 0 where ( or )
                    y.wrapping_sub(ONES) & !y & (ONES * 0x80)
                };
                let first = |m: u64| (m.trailing_zeros() / 8) as usize;
                let mut k = 0;
                while k < b.len() {
                    // 32 bytes at a time while none is `(` or `)` (most of a text), then
                    // straight to the first one (no byte-by-byte walk to it)
                    if let Some(chunk) = b.get(k..k + 32) {
                        let m = [
                            parens(&chunk[..8]),
                            parens(&chunk[8..16]),
                            parens(&chunk[16..24]),
                            parens(&chunk[24..]),
                        ];
                        if m[0] | m[1] | m[2] | m[3] == 0 {
                            k += 32;
                            continue;
                        }
                        k += if m[0] != 0 {
                            first(m[0])
                        } else if m[1] != 0 {
                            8 + first(m[1])
                        } else if m[2] != 0 {
                            16 + first(m[2])
                        } else {
                            24 + first(m[3])
                        };
                    } else if let Some(chunk) = b.get(k..k + 8) {
                        let m = parens(chunk);
                        if m == 0 {
                            k += 8;
                            continue;
                        }
                        k += first(m);
                    }
                    if b[k] == b'(' {
                        self.open.push(self.parens.len() as u32);
                        self.parens.push((k as u32, NONE));
                    } else if b[k] == b')' {
                        if let Some(o) = self.open.pop() {
                            self.parens[o as usize].1 = k as u32;
                        }
                    }
                    k += 1;
                }
            }
        }
        &mut self.parens
    }

    /// Whether the `(` at `i` may open an operand: it is matched and no earlier scan proved
    /// its content is not an expression.
    fn paren_ok(&mut self, i: usize) -> bool {
        self.paren_at(i)
            .is_some_and(|&mut m| m != NONE && m & BAD_BIT == 0)
    }

    fn mark_bad(&mut self, i: usize) {
        if let Some(m) = self.paren_at(i) {
            *m |= BAD_BIT;
        }
    }

    /// The match of the `(` at `i` (NONE when unmatched); None where no `(` stands, which
    /// every reader takes as NONE (and BAD_BIT leaves NONE as it is).
    fn paren_at(&mut self, i: usize) -> Option<&mut u32> {
        let i = u32::try_from(i).ok()?;
        let t = self.parens_table();
        let k = t.binary_search_by_key(&i, |e| e.0).ok()?;
        Some(&mut t[k].1)
    }

    /// The operator at `j`: (byte length, kind) with kind one of `+ - * / ^`.
    fn operator_at(&self, j: usize) -> Option<(usize, u8)> {
        operator_at(self.s, j)
    }

    /// Unary signs glued to what follows: `-3`, `- (`... only `-3`, `+3`, `−3`, `-(`.
    fn sign_len(&self, j: usize) -> usize {
        let len = match self.b.get(j) {
            Some(b'-') | Some(b'+') => 1,
            Some(0xE2) if self.s[j..].starts_with('\u{2212}') => 3,
            _ => return 0,
        };
        match self.b.get(j + len) {
            Some(d) if d.is_ascii_digit() || *d == b'(' || *d == b'.' => len,
            Some(b'-') | Some(b'+') => len,
            _ => 0,
        }
    }

    /// Reads `operand (op operand)*` from `start`. See the module docs.
    fn scan_expr(&mut self, start: usize) -> Expr {
        let s = self.s;
        let b = self.b;
        let mut i = start;
        self.expr_st = Stats::default();
        let mut good: Option<usize> = None;
        // whether `expr_st` still holds the stats at `good`: they are copied to `expr_good`
        // only when an operator follows (most numbers have none)
        let mut current = false;
        let mut first: Option<(usize, Follow)> = None;
        let mut glued_second = None;
        // the two literals' ranges are set once each and never change, so they stay out of
        // the copies of `st` taken at every complete operand (a `good` of one operand never
        // reads `second_lit`)
        // (first, second, any later: the third slot is never read)
        let mut lits = [(0, 0); 3];
        self.stack.clear();
        'outer: loop {
            // operand
            if i != start {
                i = skip_inline_spaces(s, i);
            }
            loop {
                let l = self.sign_len(i);
                if l == 0 {
                    break;
                }
                self.expr_st.signed = true;
                i += l;
            }
            if b.get(i) == Some(&b'(') {
                if !self.paren_ok(i) {
                    break 'outer;
                }
                self.stack.push(i);
                self.expr_st.parens += 1;
                i += 1;
                continue 'outer;
            }
            let lit_start = i;
            let mut len = match b.get(i) {
                Some(d) if d.is_ascii_digit() || *d == b'.' => literal_len(&s[i..]),
                _ => 0,
            };
            if len == 0 {
                break 'outer;
            }
            if b[i + len - 1] == b'.' {
                len -= 1; // `5.` at a sentence end: the dot is punctuation
            }
            let lit_end = i + len;
            let follow = self.follow_of(lit_end);
            if first.is_none() {
                first = Some((lit_end, follow));
            }
            let lit = &b[lit_start..lit_end];
            // a store by index and a flag by `|=`: no branch on the operand's rank or on
            // its first digits (both mispredicted often: ~12k a pass over real text)
            lits[(self.expr_st.operands as usize).min(2)] = (lit_start, lit_end);
            let second = lit.get(1).copied().unwrap_or(0);
            self.expr_st.leading_zero |= (lit.first() == Some(&b'0')) & second.is_ascii_digit();
            if lit.iter().any(|c| matches!(c, b'.' | b'e' | b'E')) {
                self.expr_st.non_int = true;
            } else if lit.len() == 4 && (b"1000"[..] <= lit[..] && lit[..] <= b"2100"[..]) {
                self.expr_st.year_like += 1;
            }
            match follow {
                Follow::Clean => i = lit_end,
                Follow::Imag(l) => {
                    i = lit_end + l;
                    self.expr_st.imag += 1;
                }
                // `0.1-7nm`, `251.165 - 715K`: a range whose unit is glued to its upper end
                Follow::Glued
                    if self.expr_st.operands == 1
                        && self.expr_st.ops == 1
                        && self.expr_st.hyphen_tight + self.expr_st.hyphen_spaced == 1
                        && !self.expr_st.signed
                        && self.expr_st.parens == 0 =>
                {
                    glued_second = Some(lit_end);
                    break 'outer;
                }
                // `1/4th of a quarter note`, `A 1/100th is used`: a fraction with its
                // denominator's ordinal suffix ends before it (the span conventions leave the
                // suffix out: the number is `1/4`)
                Follow::Glued
                    if self.expr_st.operands == 1
                        && self.expr_st.ops == 1
                        && self.expr_st.slash_tight == 1
                        && self.stack.is_empty()
                        && ordinal_suffix_at(b, lit_start, lit_end) =>
                {
                    self.expr_st.operands += 1;
                    good = Some(lit_end);
                    current = true;
                    break 'outer;
                }
                _ => break 'outer,
            }
            self.expr_st.operands += 1;
            if self.stack.is_empty() {
                good = Some(i);
                current = true;
            }
            // operator, or the `)` of open groups
            loop {
                let j = skip_inline_spaces(s, i);
                if !self.stack.is_empty() && b.get(j) == Some(&b')') {
                    self.stack.pop();
                    i = j + 1;
                    if char_at(s, i).is_some_and(is_wordish) {
                        break 'outer; // `(2)x`, `(3)rd`
                    }
                    if self.stack.is_empty() {
                        good = Some(i);
                        current = true;
                    }
                    continue;
                }
                let Some((oplen, kind)) = self.operator_at(j) else {
                    break 'outer;
                };
                let after = skip_inline_spaces(s, j + oplen);
                let tight = j == i && after == j + oplen;
                if current {
                    self.expr_good = self.expr_st; // `expr_st` changes from here on
                    current = false;
                }
                if self.expr_st.imag > 0 {
                    self.expr_st.imag_mid = true;
                }
                self.expr_st.ops += 1;
                match kind {
                    b'+' => self.expr_st.plus += 1,
                    b'-' => {
                        self.expr_st.minus += 1;
                        if tight && b[j] == b'-' {
                            self.expr_st.hyphen_tight += 1;
                        } else if b[j] == b'-' && j > i && after > j + 1 {
                            self.expr_st.hyphen_spaced += 1;
                        }
                    }
                    b'*' => self.expr_st.mul += 1,
                    b'/' => {
                        self.expr_st.div += 1;
                        if tight {
                            self.expr_st.slash_tight += 1;
                        }
                    }
                    _ => self.expr_st.pow += 1,
                }
                i = after;
                continue 'outer;
            }
        }
        // groups still open cannot be operands from any start: never enter them again
        while let Some(p) = self.stack.pop() {
            self.mark_bad(p);
        }
        let st = if current {
            &mut self.expr_st
        } else {
            &mut self.expr_good
        };
        (st.first_lit, st.second_lit) = (lits[0], lits[1]);
        Expr {
            good,
            current,
            first,
            glued_second,
        }
    }

    /// The byte after the char at `i`.
    fn after_char(&self, i: usize) -> usize {
        i + char_at(self.s, i).map_or(1, char::len_utf8)
    }

    /// Skips a run of number-ish characters (`3.11.2`, `1,234,567`, `14:30:05`, `12th`).
    fn skip_numberish(&self, mut i: usize) -> usize {
        let b = self.b;
        while i < b.len() {
            let c = b[i];
            let joiner = matches!(c, b'.' | b',' | b':' | b'/' | b'-')
                && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            if c.is_ascii_alphanumeric() || c == b'_' || joiner {
                i += 1;
            } else if c >= 0x80 && char_at(self.s, i).is_some_and(is_wordish) {
                i = word_end(self.s, i);
            } else {
                break;
            }
        }
        i
    }

    /// Entry for a digit, a glued sign, a leading `.` or a `(` at `start`; returns where the
    /// scan continues (always past `start`).
    pub(super) fn numeric(&mut self, start: usize) -> usize {
        let next = self.numeric_at(start);
        next.max(self.after_char(start))
    }

    /// The tests of the char `p` before the number at `start` (a word, an operator, a
    /// bracket or a money sign it is glued to); where the scan continues when one of them
    /// decides, None when the number is read on.
    #[inline(always)]
    fn glued_before(&mut self, start: usize, p: char) -> Option<usize> {
        let s = self.s;
        let pp = char_before(s, start - p.len_utf8());
        // `nm^2 MHz`, `x**2`: the exponent of a power; `DBA/2J`, `x/2`: a name's or a
        // variable's part
        // `per-100g nutrient profiles`: `per` joined by a hyphen to its amount
        let per_hyphen = p == '-' && start >= 4 && {
            let w = &self.b[start - 4..start - 1];
            w.eq_ignore_ascii_case(b"per")
                && (start == 4 || !self.b[start - 5].is_ascii_alphanumeric())
        };
        let glued_to_word = is_wordish(p)
            || (matches!(p, '-' | '+' | '.' | '\'')
                && pp.is_some_and(is_wordish)
                && !per_hyphen
                // `(e.g.1 MHz)`: the period of `e.g.`/`i.e.` before a digit glues it to nothing
                && !(p == '.' && super::scan::example_abbreviation_before(self.b, start - 1))
                // `[0..1000 cm, R]`: the second dot of a two-dot range, not a dotted number's
                && !(p == '.' && two_dot_range_at(self.b, start)))
            || (matches!(p, ':' | '/' | ',') && pp.is_some_and(|c| c.is_ascii_digit()))
            // `2001:db8::1/32`, `bd8:cafe:1::1/64`: a group of an IPv6 address (`::`, or a
            // hex group between colons before it; `size:1024*1024` is a key's value)
            || (p == ':' && (pp == Some(':') || self.hex_group_before(start - 1)))
            // `B3LYP//3-21g`: a basis set after a method
            || (p == '/' && pp == Some('/'))
            // `j%2 + 2`: the modulus of a variable
            || (p == '%' && pp.is_some_and(|c| c.is_ascii_alphabetic() || c == '_'))
            // `kg^-1 s^-2`: a signed exponent of a unit or a variable
            || (matches!(p, '-' | '+' | '\u{2212}') && pp == Some('^'))
            || (self.b[start].is_ascii_digit()
                && (p == '^'
                    || (p == '*' && pp == Some('*'))
                    || (p == '/'
                        && pp.is_some_and(|c| c.is_ascii_alphabetic())
                        && !self.second_reading_after_slash(start))));
        if glued_to_word && !self.hyphen_after_quantity(start) {
            return Some(self.skip_numberish(start).max(self.after_char(start)));
        }
        // (`glued_to_word` is false for each of these chars, so testing them after it changes
        // no answer)
        if matches!(
            p,
            '}' | ']' | '{' | '$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#' | '\u{2116}' | '@'
        ) {
            return self.glued_before_rare(start, p, pp);
        }
        None
    }

    /// The rare arms of `glued_before`: a call's argument after `}` or `]`, a LaTeX exponent
    /// or index, money and number signs. Out of line and cold: inlined they sat between the
    /// hot paths of `numeric_at` (every number after a bracket or a letter walked past them).
    #[cold]
    #[inline(never)]
    fn glued_before_rare(&mut self, start: usize, p: char, pp: Option<char>) -> Option<usize> {
        let s = self.s;
        if matches!(p, '}' | ']') && self.b[start] == b'(' {
            // `\text{x.size}(0)-1`, `fns[i](0)`, `\frac{N}{2}(2i)!`: the argument of a
            // call, skipped whole (what follows it is a term of the call's expression)
            let close = self.b[start..]
                .iter()
                .take(64)
                .position(|&c| c == b')' || c == b'\n');
            if let Some(k) = close.filter(|&k| self.b[start + k] == b')') {
                let end = skip_inline_spaces(s, start + k + 1);
                return Some(
                    self.skip_numberish(end.min(self.b.len()))
                        .max(start + k + 1),
                );
            }
        }
        if p == '{' && matches!(pp, Some('^' | '_')) {
            // `m^{1/4}`, `x_{10}`: a LaTeX superscript or subscript is part of a formula
            // in markup, not a value of its own; the scan resumes after its `}`
            let close = self.b[start..]
                .iter()
                .take(64)
                .position(|&c| c == b'}')
                .map_or(self.after_char(start), |k| start + k + 1);
            self.refuse(
                start,
                close,
                Domain::Arithmetic,
                "LaTeX exponent or index (m^{1/4})",
            );
            return Some(close);
        }
        if matches!(
            p,
            '$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#' | '\u{2116}' | '@'
        ) && !(p == '$' && self.tex_math_from(start))
        {
            let end = self.skip_numberish(start);
            self.refuse(start, end, Domain::Quantity, "money, number sign or handle");
            return Some(end);
        }
        None
    }

    fn numeric_at(&mut self, start: usize) -> usize {
        let s = self.s;
        if let Some(end) = doi_end(self.b, start) {
            // `10.1063/1.5139948`: an identifier, not a quotient
            self.refuse(start, end, Domain::Arithmetic, "DOI (10.1063/1.5139948)");
            return end;
        }
        if start >= 2
            && self.b[start - 1] == b'-'
            && self.b[start - 2] == b'/'
            && !(start >= 3 && self.b[start - 3] == b'+')
        {
            return self.after_slash_minus(start);
        }
        if start >= 2 && matches!(self.b[start - 1], b'(' | b'{' | b'-' | b'+') {
            if let Some(next) = self.in_power_group(start) {
                return next;
            }
        }
        if start >= 3
            && self.b[start - 3..start] == *"\u{2013}".as_bytes()
            && self.en_dash_minus(start - 3)
        {
            return self.after_en_dash_minus(start);
        }
        // most numbers follow a space, which none of the tests of the char before them takes
        // (no char to decode, no cascade of tests: `glued_before` returns None for it)
        if let Some(p) = char_before(s, start).filter(|&p| p != ' ') {
            if let Some(next) = self.glued_before(start, p) {
                return next;
            }
        }
        // the digits and dots at `start` (64 bytes at most), which both readers below look at
        let run_end = digits_or_dots_end(self.b, start, (start + 64).min(self.b.len()));
        if run_end == start + 2 && self.b.get(run_end).is_some_and(|&c| c >= 0xC2) {
            if let Some(end) = self.superscript_power(start, run_end) {
                return end; // `10⁵ Pa`, `10⁻⁶ m`
            }
        }
        if let Some(end) = self.bracketed_uncertainty(start, run_end) {
            if let Some(uend) = self.uncertainty_quantity(start, end) {
                return uend;
            }
        }
        if let Some(end) = self.fraction_list(start, run_end) {
            return end;
        }
        let ex = self.scan_expr(start);
        if let Some(lit_end) = ex.glued_second {
            if let Some(end) = self.glued_range(start, lit_end) {
                return end;
            }
        }
        let Some(end) = ex.good else {
            return self.no_expression(start, ex.first);
        };
        let st = if ex.current {
            &self.expr_st
        } else {
            &self.expr_good
        };
        if st.operands == 1 {
            // only two counters are read there: no copy of the whole Stats for every number
            let (parens, imag) = (st.parens, st.imag);
            return self.single_operand(start, end, parens, imag);
        }
        let st = *st;
        self.expression(start, end, st)
    }

    /// `10^(-6 m`, `x**(2 s`, `10^{-6 m`: a number (or its sign) right inside the bracket
    /// that opens a power's exponent is part of that exponent, closed or not; read alone it
    /// would hand a model `-6 m` for a power of ten. The closed forms never get here: they
    /// are read from the power's base (`10^(-6) m`, `x^(-1/2) m`). (cold: rare)
    #[cold]
    #[inline(never)]
    fn in_power_group(&mut self, start: usize) -> Option<usize> {
        let b = self.b;
        let open = start - usize::from(matches!(b[start - 1], b'-' | b'+'));
        if open < 2 || !matches!(b[open - 1], b'(' | b'{') {
            return None;
        }
        let k = open - 1;
        if !(b[k - 1] == b'^' || (k >= 2 && b[k - 1] == b'*' && b[k - 2] == b'*')) {
            return None;
        }
        let end = self.skip_numberish(start);
        let why = "number opening a power's exponent (10^(-6 m): no value of its own";
        self.refuse(start, end, Domain::Quantity, why);
        Some(end.max(self.after_char(start)))
    }

    /// Whether a times sign (`x`, `X`, `×`, `·`, `⋅`, `*`) stands right before `start`, spaces
    /// aside, after a digit or a `)` (`1.2(3) x 10^3`, `(5 ± 1) × 10^3`). Bounded look-back.
    fn times_sign_after_number(&self, start: usize) -> bool {
        let s = self.s;
        let k = skip_inline_spaces_back(s, start, 8);
        let Some(sign) = char_before(s, k) else {
            return false;
        };
        if !matches!(sign, 'x' | 'X' | '*' | '\u{d7}' | '\u{b7}' | '\u{22c5}') {
            return false;
        }
        let m = skip_inline_spaces_back(s, k - sign.len_utf8(), 8);
        // `2x 10^3`: the `x` glued to the digit; a word ending in x (`max 10^3`) is no sign
        matches!(char_before(s, m), Some(c) if c.is_ascii_digit() || c == ')')
            && (sign != 'x' || !self.b[..k - 1].last().is_some_and(u8::is_ascii_alphabetic))
    }

    /// Whether a lone `x` or `X` (spaces around it optional) stands between a number and
    /// `start` (`2 x 10+5`, `3x10-3`): a multiplication written with a letter.
    fn x_after_number(&self, start: usize) -> bool {
        let b = self.b;
        let k = skip_inline_spaces_back(self.s, start, 8);
        if k < 2 || !matches!(b[k - 1], b'x' | b'X') {
            return false;
        }
        let m = skip_inline_spaces_back(self.s, k - 1, 8);
        m > 0 && b[m - 1].is_ascii_digit()
    }

    /// `10 m/-10 s`, `x/-5 m`, `50 km/h/-50 km/h`: a number right after `/-` (not the `+/-` of
    /// an uncertainty) whose minus did not start it (`sign_starts_number` takes it only for two
    /// values of one unit, `180°/-180°`) gives no span: alone it drops the sign, a value nobody
    /// wrote. (cold: rare)
    #[cold]
    #[inline(never)]
    fn after_slash_minus(&mut self, start: usize) -> usize {
        let end = self.skip_numberish(start);
        let why = "number after `/-` without its sign (10 m/-10 s): its value is unread";
        self.refuse(start, end, Domain::Quantity, why);
        end.max(self.after_char(start))
    }

    /// Whether the en dash at `dash` stands as a minus sign: it opens a token (the text's
    /// start, a space, `(`, `[`, `=` or `:` right before it) and no number ends within eight
    /// bytes of spaces before it (`10 –20` is a spaced range, left as it was). Typeset
    /// manuals write `–1.00 V`, `from –2.00 to +2.00 V` with the en dash for the minus.
    fn en_dash_minus(&self, dash: usize) -> bool {
        let opens = char_before(self.s, dash)
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '=' | ':'));
        let before = skip_inline_spaces_back(self.s, dash, 8);
        opens && !(before > 0 && self.b[before - 1].is_ascii_digit())
    }

    /// `to –1.00 V`, `from –2.00 to +2.00 V`, `at –3 dB`: a number right after an en dash
    /// that stands as a minus (`en_dash_minus`) gives no span, and neither does the upper
    /// end of the range it opens (` to ` or ` and `, one number, signed or not): read from
    /// its digits the number lost its sign (`1.00 V` for `–1.00 V`), and the upper end
    /// alone (`+2.00 V`) is a value nobody wrote. Bounded: the two numbers' words and one
    /// joining word. (cold: rare)
    #[cold]
    #[inline(never)]
    fn after_en_dash_minus(&mut self, start: usize) -> usize {
        let end = self.skip_numberish(start);
        let why =
            "number after an en dash standing as a minus (to \u{2013}1.00 V): its sign is unread";
        self.refuse(start, end, Domain::Quantity, why);
        let rest = &self.s[end..];
        let joined = [" to ", " and "]
            .iter()
            .find(|w| rest.starts_with(*w))
            .map(|w| end + w.len());
        if let Some(j) = joined {
            let sign = match self.s[j..].chars().next() {
                Some(c @ ('+' | '-' | '\u{2212}' | '\u{2013}')) => c.len_utf8(),
                _ => 0,
            };
            if self.b.get(j + sign).is_some_and(u8::is_ascii_digit) {
                let upper = self.skip_numberish(j + sign);
                self.refuse(j, upper, Domain::Quantity, why);
                return upper;
            }
        }
        end.max(self.after_char(start))
    }

    /// `(8.4 ± 0.2) g`, `1.2(3) m`: the value with its bracketed uncertainty (ending at
    /// `end`) and a unit is one QUANTITY candidate; where the scan continues, or None when
    /// no unit follows. (out of line and cold: rare, and inlined with `unit_after`'s first
    /// tests it sat in `numeric_at`'s hot path)
    #[cold]
    #[inline(never)]
    fn uncertainty_quantity(&mut self, start: usize, end: usize) -> Option<usize> {
        // `6.67430(15) × 10^-11 m^3`, `(1.23 ± 0.04) × 10^-5 m`: a power of ten scales both
        // numbers, and the unit comes after it (the reader reads the whole; left out, the
        // power's own `10^-11 m^3` was the only candidate)
        let end = end + quantity::times_ten_len(&self.s[end..]);
        let (uend, need) = self.unit_after(start, end, false)?;
        if let Some(need) = need {
            let why = "value with its uncertainty in brackets ((8.4 ± 0.2) g, 1.2(3) m)";
            self.push(start, uend, Domain::Quantity, need, why);
        }
        Some(uend)
    }

    /// `0.1-7nm`, `5-10mg`, `251.165 - 715K`: a range whose unit is glued to its upper end
    /// (the second literal ends at `lit_end`) is one QUANTITY candidate; the pair reader
    /// decides. None when no unit is glued there.
    /// (out of line: rare, and inlined it crowded `numeric_at`)
    #[inline(never)]
    fn glued_range(&mut self, start: usize, lit_end: usize) -> Option<usize> {
        let lit = lit_end
            - self.b[start..lit_end]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit() || **c == b'.')
                .count();
        if let Some(end) = self.glued_label(lit, lit_end) {
            return Some(end); // `2-3s orbitals`, `1-2nd`
        }
        let (uend, need) = self.unit_after(start, lit_end, true)?;
        if percent_restated(&self.s[start..uend]) {
            self.refuse(start, uend, Domain::Quantity, PERCENT_RESTATED);
        } else if let Some(need) = need {
            let why = "range with its unit glued to the upper end (0.1-7nm)";
            self.push(start, uend, Domain::Quantity, need, why);
        }
        Some(uend)
    }

    /// No complete operand at depth 0: a `(` group that failed, or a first literal that is
    /// glued to something (`5mg`, `12th`, `3.11.2`, `1,234`, `14:30`).
    /// (out of line for the same reason as `expression`)
    #[inline(never)]
    fn no_expression(&mut self, start: usize, first: Option<(usize, Follow)>) -> usize {
        let Some((lit_end, follow)) = first else {
            return self.after_char(start);
        };
        if self.b[start] == b'(' {
            return self.after_char(start); // look inside the group
        }
        match follow {
            Follow::Glued => self.glued(start, lit_end),
            Follow::Dotted => {
                let end = self.skip_numberish(start);
                self.refuse(
                    start,
                    end,
                    Domain::Arithmetic,
                    "dotted number: version, IP or date",
                );
                end
            }
            Follow::Grouped => {
                let end = self.skip_numberish(start);
                self.refuse(
                    start,
                    end,
                    Domain::Arithmetic,
                    "comma-grouped digits or a list without spaces",
                );
                end
            }
            Follow::Colon => {
                let end = self.skip_numberish(start);
                self.refuse(start, end, Domain::Arithmetic, "clock time or ratio");
                end
            }
            _ => self.after_char(start),
        }
    }

    /// A literal with something glued on: a glued unit (`5mg`, `25°C`), a coefficient before
    /// a formula (`2H2O`), or a word (`12th`, `3D`).
    fn glued(&mut self, start: usize, lit_end: usize) -> usize {
        let s = self.s;
        let opener = matches!(
            char_before(s, start),
            Some('\'' | '"' | '`' | '{' | ':' | '%')
        );
        let width_spec = char_before(s, start) == Some('%')
            && self.b[start..lit_end]
                .iter()
                .all(|c| c.is_ascii_digit() || *c == b'.')
            && self
                .b
                .get(lit_end)
                .is_some_and(|c| b"diouxXeEfFgGs".contains(c))
            && !self
                .b
                .get(lit_end + 1)
                .is_some_and(u8::is_ascii_alphanumeric);
        if (self.b[start] == b'.' && opener) || width_spec {
            // `'.2g'`, `{:.3f}`, `%.1e`: a format specification, not 0.2 grams
            let end = word_end(s, lit_end);
            self.refuse(
                start,
                end,
                Domain::Quantity,
                "format specification ('.2g', {:.3f}, %8.0g)",
            );
            return end;
        }
        if let Some(end) = self.glued_label(start, lit_end) {
            return end; // `2N`, `4d`, `3s orbital`, `0s and 1s` (segment/lookalike.rs)
        }
        if let Some((uend, need)) = self.unit_after(start, lit_end, true) {
            if self.b.get(uend) == Some(&b'-')
                && self.b.get(uend + 1).is_some_and(u8::is_ascii_uppercase)
            {
                // `2dF-SDSS`, `2MASS-...`: the first part of a hyphenated name
                let end = word_end(s, uend + 1);
                self.refuse(
                    start,
                    end,
                    Domain::Quantity,
                    "part of a hyphenated name (2dF-SDSS)",
                );
                return end;
            }
            if self.b.get(uend) == Some(&b'/')
                && self.b.get(uend + 1).is_some_and(u8::is_ascii_digit)
                && self.b[uend - 1].is_ascii_digit()
            {
                // `P450 1A2/2C9/2C19`: codes of a series joined by slashes (isoforms, parts),
                // not 1 A² (a glued unit with a bare power, then `/` and a digit)
                let end = word_end(s, uend + 1);
                self.refuse(
                    start,
                    end,
                    Domain::Quantity,
                    "codes joined by slashes (1A2/2C9)",
                );
                return end;
            }
            if uend == lit_end + 2
                && self.b[lit_end].is_ascii_uppercase()
                && self.b[lit_end + 1].is_ascii_digit()
                && self.b[start..lit_end].iter().all(u8::is_ascii_digit)
            {
                // `P450 3A4`, `2D6`: an isoform's or a part's code, not 3 A⁴ (nobody glues a
                // bare power to a one-letter capital unit)
                self.refuse(
                    start,
                    uend,
                    Domain::Quantity,
                    "a code (3A4, 2D6), not a one-letter unit with a bare power",
                );
                return uend;
            }
            if uend == lit_end + 1 && lookalike::compass_coordinate(self.b, start, lit_end) {
                // `180W-180E`, `45N, 120W`, `100W longitude`: a longitude or a latitude
                self.refuse(
                    start,
                    uend,
                    Domain::Quantity,
                    "a longitude or latitude (180W-180E, 45N, 120W), not watts or siemens",
                );
                return uend;
            }
            self.quantity(start, uend, need, "number with a glued unit");
            return uend;
        }
        let int_coef = self.b[start..lit_end].iter().all(u8::is_ascii_digit);
        if int_coef && self.b[lit_end].is_ascii_uppercase() {
            if start > 0 && self.b[start - 1] == b'*' {
                // `*2O3` (any metal, two of it): a wildcard pattern, no coefficient of O3
                let end = word_end(s, lit_end);
                self.refuse(
                    start,
                    end,
                    Domain::Formula,
                    "pattern with a wildcard (*2O3), not a formula",
                );
                return end;
            }
            return self.upper_word(lit_end, true);
        }
        let end = word_end(s, lit_end);
        if end > lit_end {
            self.refuse(
                start,
                end,
                Domain::Quantity,
                "number glued to a word (12th, 3D)",
            );
            end
        } else {
            lit_end + char_at(s, lit_end).map_or(1, char::len_utf8)
        }
    }

    /// `10⁵ Pa`, `10⁻⁶ m`: a power of ten written with superscript digits, alone before a
    /// unit, is the QUANTITY 10^k of that unit (the quantity reader's `ten_power`, as `10^5
    /// Pa`). `lit_end` ends the `10` at `start`. None when no superscript exponent (an
    /// optional `⁻`/`⁺`, one to four digits, then no letter) or no unit follows. No span when
    /// the power is part of something longer: after a multiplication (`(1.5 ± 0.2) × 10⁵ Pa`,
    /// the power of a number), after a joiner or `±` (`10⁵–10⁶ Pa`, `10⁵ ± 10⁴ Pa`: the
    /// power alone would misstate the value), or before a range's joiner.
    #[cold]
    #[inline(never)]
    fn superscript_power(&mut self, start: usize, lit_end: usize) -> Option<usize> {
        let (s, b) = (self.s, self.b);
        if &b[start..lit_end] != b"10" {
            return None;
        }
        let mut j = lit_end;
        if b[j..].starts_with("\u{207b}".as_bytes()) || b[j..].starts_with("\u{207a}".as_bytes()) {
            j += 3;
        }
        let mut digits = 0;
        while let Some(c) = char_at(s, j).filter(|&c| superscript_digit(c).is_some()) {
            j += c.len_utf8();
            digits += 1;
            if digits > 4 {
                return None;
            }
        }
        if digits == 0 || char_at(s, j).is_some_and(is_wordish) {
            return None;
        }
        let (uend, need) = self.unit_after(start, j, false)?;
        let before = prev_visible(s, start);
        let times = before.is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, 'x' | 'X' | '\u{b7}' | '\u{22c5}' | '\u{2219}')
        });
        if self.before_is_operator(start) || times {
            let why = "power of ten after a multiplication or a number (× 10⁵ Pa, 2.5 10⁵ Pa)";
            self.refuse(start, uend, Domain::Quantity, why);
        } else if pair_joiner_before(s, start) || pair_joiner_after(s, start, uend) {
            let why = "power of ten in a range or with an uncertainty (10⁵–10⁶ Pa): not read";
            self.refuse(start, uend, Domain::Quantity, why);
        } else {
            let why = "power of ten in superscript digits and a unit (10⁵ Pa)";
            self.quantity(start, uend, need, why);
        }
        Some(uend)
    }

    /// A unit starting at `from` (after inline spaces unless `glued`), ending at a word end.
    /// Returns (unit end, need) where need None means the unit is refused by a context rule.
    /// (inlined: the tests here settle most bare numbers of real text, `[1]`, `(n, 3)`,
    /// `n = 3`, without a call into the long reader below)
    #[inline(always)]
    pub(super) fn unit_after(
        &mut self,
        start: usize,
        from: usize,
        glued: bool,
    ) -> Option<(usize, Option<Need>)> {
        let u0 = self.unit_start(from, glued);
        if !glued && u0 == from {
            return None; // `5m` is handled as glued
        }
        // `unit_len`'s own first test, before any work: a unit starts with a letter, a
        // non-ASCII char, `%` or `(`; with any other byte (or none) the reader finds none
        let &first = self.b.get(u0)?;
        if !(first.is_ascii_alphabetic() || first >= 0x80 || first == b'%' || first == b'(') {
            return None;
        }
        self.unit_after_read(start, from, u0, glued)
    }

    /// Where a unit after `from` would start: `from` itself when `glued`, else after inline
    /// spaces.
    #[inline(always)]
    fn unit_start(&self, from: usize, glued: bool) -> usize {
        if glued {
            from
        } else {
            // most numbers end before one ASCII space or none: two byte tests spare the scan
            let plain = |c: &u8| *c < 0x80 && *c != b' ' && *c != b'\t';
            match (self.b.get(from), self.b.get(from + 1)) {
                (Some(b' '), Some(c)) if plain(c) => from + 1,
                (Some(c), _) if plain(c) => from,
                _ => skip_inline_spaces(self.s, from),
            }
        }
    }

    /// `unit_after` past its first tests: the unit starting at `u0`.
    #[inline(never)]
    fn unit_after_read(
        &mut self,
        start: usize,
        from: usize,
        u0: usize,
        glued: bool,
    ) -> Option<(usize, Option<Need>)> {
        let s = self.s;
        let mut cap = (u0 + MAX_UNIT_BYTES).min(s.len());
        while !s.is_char_boundary(cap) {
            cap -= 1;
        }
        let ul = probe::unit_len(&s[u0..cap]);
        if ul == 0 {
            return None;
        }
        let mut uend = u0 + ul;
        if !at_word_end(s, uend) {
            return None;
        }
        // `h1 > 0.03 m h2 > 0.1 m`: a last factor `h2` whose letters stand nearby with another
        // digit (`h1`) is a variable of a series, not hours squared: the unit ends before it
        if let Some(cut) = self.series_factor_at_end(u0, uend) {
            uend = cut;
        }
        if self.b[u0] == b'%' && modulo_operand_at(self.b, uend) {
            // `-2 % 2**3`, `5 % 4`: the modulo operator, not a percentage
            self.refuse(start, uend, Domain::Quantity, "modulo operator (5 % 4)");
            return None;
        }
        let mut buf = [0u8; 24];
        let per = self.b.get(uend) == Some(&b'/');
        let per_group = per && self.b.get(uend + 1) == Some(&b'(');
        if per
            && (per_group
                || self.b.get(uend + 1).is_some_and(u8::is_ascii_alphabetic)
                    && !self.per_count_noun(uend + 1, &mut buf))
        {
            // `1 rad/sec`, `3 mg/kg/dose`, `1 Btu/(lb F)`: a per-part the unit grammar cannot
            // read; the part it can (`1 rad`) would be another dimension, so the whole is refused
            let end = if per_group {
                let close = self.b[uend..].iter().take(40).position(|&c| c == b')');
                close.map_or(uend + 2, |k| uend + k + 1)
            } else {
                word_end(s, uend + 1)
            };
            self.refuse(
                start,
                end,
                Domain::Quantity,
                "unit with a per-part the grammar cannot read (1 rad/sec)",
            );
            return Some((end, None));
        }
        let unit = &s[u0..uend];
        // where the text goes on after the unit's spaces, which several checks below read
        let next = skip_inline_spaces(s, uend);
        if unit.len() == 1 && matches!(self.b.get(uend), Some(b'(' | b'[')) {
            // `1728 J(τ)`, `2 f(x)`: a letter applied to an argument is a function;
            // `j + 1 K[i,j]`: an indexed name
            self.refuse(
                start,
                uend,
                Domain::Quantity,
                "letter applied to an argument (1728 J(τ)): a function, not a unit",
            );
            return Some((uend, None));
        }
        if unit.len() == 1
            && self.b[start..from].iter().all(u8::is_ascii_digit)
            && reaction_arrow_at(&s[next..])
            && !same_unit_after_arrow(&s[next..], unit)
        {
            // `2 A -> n B`, `2 A → B`: a species with its (whole) coefficient in a reaction
            // scheme; `5.566s -> 1.466s` is a time before and after, and so is a number with
            // the same symbol after the arrow (`10m -> 2m`, `5 s → 3 s`: a species does not
            // turn into itself)
            self.refuse(
                start,
                uend,
                Domain::Quantity,
                "species before a reaction arrow (2 A -> n B): not a unit",
            );
            return Some((uend, None));
        }
        if matches!(
            &unit[..unit.bytes().take_while(u8::is_ascii_alphabetic).count()],
            "atom" | "atoms" | "molecule" | "molecules" | "particle" | "particles"
        ) {
            // the entity units read only after a `/` (`50 meV/atom`)
            self.refuse(
                start,
                uend,
                Domain::Quantity,
                "a count of things (120 atoms, 1e20 atoms/cm^3), not an amount of substance",
            );
            return Some((uend, None));
        }
        // (`normality` reads the next word before it tests the unit)
        if unit == "N" && self.normality(unit, uend) {
            self.refuse(
                start,
                uend,
                Domain::Quantity,
                "normality before a reagent (1 N HCl), not newtons",
            );
            return Some((uend, None));
        }
        // a code, something else the reader sees at once, or a variable: no quantity
        let not_a_unit = self
            .unit_is_code(start, unit, uend, glued)
            .or_else(|| self.unit_elsewhere(start, unit, uend, next, glued))
            .or_else(|| self.unit_is_variable(start, unit, uend, next, glued));
        if let Some(why) = not_a_unit {
            self.refuse(start, uend, Domain::Quantity, why);
            return Some((uend, None));
        }
        let need = self.unit_need(start, unit, uend, glued);
        if self.atoms_per_atom(unit, uend) {
            // `1 H per C` among formulas counts atoms; in physics `5 N per C` is a field. In
            // chemistry the symbol is the element counted (`3 Mg and 1 Nd per formula unit`)
            let why = "element counted per atom or formula unit (3 Mg and 1 Nd per formula unit)";
            self.push(u0, uend, Domain::Formula, Need::any(CHEM), why);
            return Some((uend, need.map(|n| Need { veto: CHEM, ..n })));
        }
        Some((uend, need))
    }

    /// Why a one-capital unit after a number is part of a code, or None: after an acronym
    /// (`Crane TP 410M`, `TP 410 M`), before `.` and digits (`21M.302`, a course), alone in
    /// quotes (`'5S', '10S'`: pipe schedules as keys) or in parentheses as a term (`1 / (2C)`;
    /// `H(298K)` is a temperature).
    fn unit_is_code(
        &self,
        start: usize,
        unit: &str,
        uend: usize,
        glued: bool,
    ) -> Option<&'static str> {
        let b = self.b;
        let capitals = unit.bytes().all(|c| c.is_ascii_uppercase());
        if glued
            && capitals
            && matches!(
                next_word(self.s, uend, &mut [0u8; 24]),
                b"file" | b"files" | b"format" | b"formats" | b"formatted"
            )
        {
            return Some("a number and capitals before file or format (a 3MF file): a format name");
        }
        if !(unit.len() == 1 && capitals) {
            return None;
        }
        if self.mixed_case_word_before(start) {
            return Some("a number and a capital after an acronym (Crane TP 410M): a code");
        }
        if glued && b.get(uend) == Some(&b'.') && b.get(uend + 1).is_some_and(u8::is_ascii_digit) {
            return Some("a number and a capital before .digits (21M.302): a code");
        }
        let before = start.checked_sub(1).map(|k| b[k]);
        if glued && matches!(before, Some(b'\'' | b'"' | b'`')) && b.get(uend).copied() == before {
            // `` `0L` ``: a C literal's suffix in code quotes, not litres
            return Some("a number and a capital alone in quotes ('5S', `0L`): a key or a literal");
        }
        if glued && before == Some(b'(') && b.get(uend) == Some(&b')') && unit != "K" {
            return Some("a number and a capital in parentheses (1 / (2C)): a term");
        }
        None
    }

    /// `3.00/3.00 [00:10<00:00`, `Usage: 1.0/1.0 CPU`: the same decimal `a` twice before a
    /// progress bar's timer or a resource's name is a count of done over total (inside a
    /// call, `log(0.5/0.5)` is a quotient).
    fn done_of_total(&self, a: &str, end: usize) -> bool {
        let decimal = a.len() <= 12
            && a.bytes().next().is_some_and(|c| c.is_ascii_digit())
            && a.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && a.bytes().filter(|&c| c == b'.').count() == 1;
        let k = skip_inline_spaces(self.s, end);
        let timer = k > end
            && self.b.get(k) == Some(&b'[')
            && self.b.get(k + 1).is_some_and(u8::is_ascii_digit);
        decimal
            && (timer
                || matches!(
                    next_word(self.s, end, &mut [0u8; 24]),
                    b"cpu" | b"cpus" | b"gpu" | b"gpus" | b"tpu" | b"tpus"
                ))
    }

    /// `$2^8=256$`, `$19/3=6.3$`: whether the `$` before `start` opens TeX math, closed by a
    /// `$` on the same line within 120 bytes with no space before it and no digit after it (the
    /// rule pandoc reads dollars by): `$5 and $10`, `$5-$10` are money.
    fn tex_math_from(&self, start: usize) -> bool {
        let b = self.b;
        let Some(k) = dollar_or_newline(&b[start..(start + 120).min(b.len())]) else {
            return false;
        };
        let j = start + k;
        b[j] == b'$'
            && j > start
            && !b[j - 1].is_ascii_whitespace()
            && !b.get(j + 1).is_some_and(u8::is_ascii_digit)
    }

    /// `2023-24`, `1990-97`, `..., Football, 290-97.`: `a-b` whose shorter `b` stands for
    /// the last digits of a larger upper end: a season or span of years (`a` from 1000 to 2999,
    /// two digits after), or pages closing a citation (after `, ` and before its final period).
    fn abbreviated_range(&self, start: usize, end: usize) -> bool {
        let t = &self.s[start..end];
        let Some((x, y)) = int_pair(t, '-') else {
            return false;
        };
        let a_len = t.find('-').unwrap_or_default();
        let b_len = t.len() - a_len - 1;
        if b_len >= a_len || b_len < 2 || a_len > 6 {
            return false;
        }
        let scale = 10u64.pow(b_len as u32);
        let upper = x / scale * scale + y;
        let years = a_len == 4 && (1000..3000).contains(&x) && b_len == 2;
        let next_year = years && y == (x + 1) % 100;
        let citation = start >= 2
            && &self.b[start - 2..start] == b", "
            && self.b.get(end) == Some(&b'.')
            && self.b.get(end + 1).is_none_or(|c| c.is_ascii_whitespace());
        (upper > x && (years || citation)) || next_year
    }

    /// `--width=1/60,2/60`, `0.25,3/4`, `--mergedsize=150/3,300/3`: numbers and fractions
    /// joined by commas without spaces, as option values are written: each fraction is a span
    /// (the comma is no digit group: `3,300/3` would be a grouped number). Pushes them and
    /// returns the list's end; `None` when the run is no such list. `1,000/3` (a grouped
    /// numerator) and `3,1/10` (a decimal comma, perhaps) are not lists: the first item must
    /// hold a `/` or a `.`, and an item of three digits before its `/` must follow a fraction.
    /// `run_end`: the end of the digits and dots at `start`, 64 bytes at most.
    fn fraction_list(&mut self, start: usize, run_end: usize) -> Option<usize> {
        // the list holds a `,` only where those digits and dots end at a `,` or a `/`: a
        // decimal before a space (`12.5 mg`) is no list, known before the run is read
        if !matches!(self.b.get(run_end), Some(b'/' | b',')) {
            return None;
        }
        self.fraction_list_read(start)
    }

    /// (out of line: rare, past its precheck in `fraction_list`)
    #[inline(never)]
    fn fraction_list_read(&mut self, start: usize) -> Option<usize> {
        let b = self.b;
        // most numbers end at a space: only a `/`, `,` or `.` after the first digits can open
        // such a list (a cheap test before any scan)
        let digits = digits_at(b, start, 64);
        if digits == 0 || !matches!(b.get(start + digits), Some(b'/' | b',' | b'.')) {
            return None;
        }
        let run = b[start..]
            .iter()
            .take(64)
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b'/' | b','))
            .count();
        let mut end = start + run;
        while end > start && matches!(b[end - 1], b'.' | b',') {
            end -= 1; // a sentence's period or comma after the list
        }
        let t = &self.s[start..end];
        if !t.contains(',') || !t.contains('/') || b.get(end).is_some_and(u8::is_ascii_alphanumeric)
        {
            return None;
        }
        let number = |x: &str| {
            !x.is_empty()
                && x.bytes().all(|c| c.is_ascii_digit() || c == b'.')
                && x.bytes().filter(|&c| c == b'.').count() <= 1
                && !x.starts_with('.')
                && !x.ends_with('.')
        };
        let fraction = |x: &str| int_pair(x, '/').is_some();
        let items: Vec<&str> = t.split(',').collect();
        let first = items[0];
        if items.len() > 8 || !(first.contains('/') || first.contains('.')) {
            return None;
        }
        for (k, x) in items.iter().enumerate() {
            if !(number(x) || fraction(x)) {
                return None;
            }
            let grouped = k > 0 && x.find('/') == Some(3) && !items[k - 1].contains('/');
            if grouped {
                return None;
            }
        }
        if !items[1..].iter().any(|x| x.contains('/')) {
            return None;
        }
        let mut at = start;
        for x in items {
            if fraction(x) {
                self.push(
                    at,
                    at + x.len(),
                    Domain::Arithmetic,
                    Need::NONE,
                    "fraction in a comma list of option values (--width=1/60,2/60)",
                );
            }
            at += x.len() + 1;
        }
        Some(end)
    }

    /// Whether the colon at `colon` follows a group of one to four hex digits that a colon
    /// opens (`bd8:cafe:` in an IPv6 address).
    fn hex_group_before(&self, colon: usize) -> bool {
        let b = self.b;
        let n = b[..colon]
            .iter()
            .rev()
            .take(5)
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        (1..=4).contains(&n) && colon > n && b[colon - n - 1] == b':'
    }

    /// `24/18 then 18/15`, `("18/7" off a 5-6)`: `a/b` of board points, 25 down to 0, a
    /// falling pair, beside a word of backgammon (`checker`, `gammon`).
    fn backgammon_move(&self, start: usize, end: usize) -> bool {
        let pair = self.s[start..end].trim_matches(|c| c == '(' || c == ')');
        let Some((x, y)) = int_pair(pair, '/') else {
            return false;
        };
        y < x && x <= 25 && self.words_near(start, end, &["checker", "backgammon", "gammon"])
    }

    /// `48 in wide`, `a 9 in minimum`, `a 3 in leg`: a plain number, `in`, then a word of size
    /// or of a part that has one (`wide`, `thick`, `dia`, `flange`, `spacing`), or, after `a`
    /// or `an`, any word but one that follows the preposition (`a 5 in the`, `a 3 in 10`,
    /// `a 2 in length`). Mixed numbers (`4-1/2 in`) and expressions stay out.
    fn inches_before_noun(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let u0 = uend - 2;
        let number = self.s[start..u0].trim_end();
        let plain = !number.is_empty()
            && number.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && !(start >= 1 && matches!(b[start - 1], b'-' | b'/' | b'.' | b'0'..=b'9'));
        if !plain || b.get(uend) != Some(&b' ') {
            return false;
        }
        let mut buf = [0u8; 24];
        let next = next_word(self.s, uend, &mut buf);
        // `enter 1 in MAX`: a size word in capitals after a lowercase `in` is a name (a
        // program, a setting), and `in` its preposition
        let i = skip_inline_spaces(self.s, uend);
        let named = next.len() >= 2 && b[i..i + next.len()].iter().all(u8::is_ascii_uppercase);
        let sized = vocab::inch_nouns_after(next) && !(named && b[u0] == b'i');
        let article = matches!(prev_word(self.s, start, &mut [0u8; 24]), b"a" | b"an");
        let prepositional = vocab::objects_after_in(next);
        sized || (article && !next.is_empty() && !prepositional)
    }

    /// `320×240 resolution`, `MSX resolution 256×212`, `at 640×480 when ...` beside `video`, an
    /// `850×400 canvas`:
    /// two factors of 64 or more (pixels a side) with a word of screens near.
    fn screen_size(&self, start: usize, end: usize) -> bool {
        let t = &self.b[start..end];
        // `a resolution of 320*200`: named so right before it; else `400*1800 seconds`
        // computes, and a resolution is written with × or x
        let named = {
            let mut buf = [0u8; 24];
            let w = prev_word(self.s, start, &mut buf);
            w == b"resolution" || (w == b"of" && self.b[..start].ends_with(b"resolution of "))
        };
        if t.contains(&b'*') && !named {
            return false;
        }
        let mut sides = t
            .split(|c| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(digits_value);
        // `40×48 with 16 colors`: low-resolution modes of early machines are small
        let big = |v: Option<u64>| v.is_some_and(|v| (16..=16384).contains(&v));
        big(sides.next())
            && big(sides.next())
            && self.words_near(
                start,
                end,
                &[
                    "resolution",
                    "pixel",
                    "screen",
                    "display",
                    "video",
                    "monitor",
                    "canvas",
                    "colors",
                    "colours",
                    "graphics",
                ],
            )
    }

    /// Whether a data size's unit follows `end` (`B`, `KB`, `MiB`, `bytes`, `bits`).
    fn data_size_after(&self, end: usize) -> bool {
        let k = skip_inline_spaces(self.s, end);
        let mut buf = [0u8; 24];
        match next_word(self.s, end, &mut buf) {
            b"b" => self.b[k] == b'B',
            w => matches!(
                w,
                b"kb" | b"mb" | b"gb" | b"tb" | b"kib" | b"mib" | b"gib" | b"bytes" | b"bits"
            ),
        }
    }

    /// Where the unit `u0..uend` ends without its last space-separated factor when that
    /// factor is letters and one digit (`h2`) and the same letters with another digit stand as
    /// a word within 80 bytes (`h1`): a series of variables. None otherwise.
    fn series_factor_at_end(&self, u0: usize, uend: usize) -> Option<usize> {
        let b = self.b;
        let sp = u0 + b[u0..uend].iter().rposition(|&c| c == b' ')?;
        let f = &b[sp + 1..uend];
        let letters = f.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        if letters == 0 || f.len() != letters + 1 || !f[letters].is_ascii_digit() {
            return None;
        }
        let (lo, hi) = (u0.saturating_sub(80), (uend + 80).min(b.len()));
        let sibling = (lo..hi.saturating_sub(letters)).any(|k| {
            k != sp + 1
                && (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                && b[k..].starts_with(&f[..letters])
                && b.get(k + letters)
                    .is_some_and(|&d| d.is_ascii_digit() && d != f[letters])
                && !b
                    .get(k + letters + 1)
                    .is_some_and(u8::is_ascii_alphanumeric)
        });
        sibling.then(|| skip_inline_spaces_back(self.s, sp, usize::MAX))
    }

    /// Why the unit at `..uend` is a variable, or None: `c=0 d=0`, `4 d = f(x)`, `n = 1000 m =
    /// 500` (a name assigned something other than a quantity: `1 m = 100 cm` converts and
    /// stays), `2L+1`, `2m-1`, `2M-3` (a glued letter before a sign and digits is algebra;
    /// `5m-10m` is a range).
    /// Why a unit-shaped tail is something else the reader sees at once: a journal after a year
    /// (`1979 J. Phys.`), a monthly date (`1999m4`), minutes in a duration (`22h 57m 57s`,
    /// where `m` would read as metres), or a unit whose power follows in reST markup
    /// (`0.01 fs\ :sup:`-1``: the span would drop it). None otherwise.
    fn unit_elsewhere(
        &self,
        start: usize,
        unit: &str,
        uend: usize,
        next: usize,
        glued: bool,
    ) -> Option<&'static str> {
        let b = self.b;
        let rest = &b[uend..];
        // `250 Mpc/h`, `100 h^-1 Mpc`: cosmology's little h (H0 / 100 km/s/Mpc, a number
        // the text leaves open), which the grammar would read as per hour
        // (read only after a little h: most units are none)
        let pc_after = || {
            let k = next;
            let w = b[k..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            matches!(&b[k..k + w], b"pc" | b"kpc" | b"Mpc" | b"Gpc")
        };
        let little_h_factor = matches!(unit, "h^-1" | "h-1" | "h\u{207b}\u{b9}");
        if (little_h_factor && pc_after())
            || unit.as_bytes().windows(2).any(|w| w == b"pc")
                && (unit.ends_with("/h")
                    || unit.contains("h^-1")
                    || unit.contains("h-1")
                    || unit.contains("h\u{207b}\u{b9}"))
        {
            return Some("a length over little h (250 Mpc/h): h is a number left open, not hours");
        }
        // `35 mm Hg`, `120 mm Hg`, `5 cm H2O`: millimetres of mercury (centimetres of water)
        // written with a space are a pressure the grammar cannot read; the length alone
        // would be another dimension, a wrong value (dev154)
        if matches!(unit, "mm" | "cm" | "in") && manometric_fluid_at(b, next) {
            return Some(
                "a length before Hg or H2O (35 mm Hg, 5 cm H2O): a pressure, not a length",
            );
        }
        // `+/- 1 s.d. band`, `2 S.D. above`: the dotted abbreviation of a standard deviation
        // (or error), which the grammar would read as seconds times days
        if unit.len() <= 5
            && unit.contains('.')
            && ["s.d", "s.e", "s.e.m"]
                .iter()
                .any(|a| unit.eq_ignore_ascii_case(a))
        {
            return Some("a dotted statistical abbreviation (1 s.d., 2 S.E.M.), not a unit");
        }
        // `R_{\rm 200m}`: a label in a LaTeX subscript
        if subscript_before(b, start) {
            return Some("a label in a subscript (R_{\\rm 200m}), not a quantity");
        }
        // `4 RV`, `226RA` (radium-226), `one QW` (a quantum well): the prefixes of 2022
        // (quetta, ronna, ronto, quecto) are read by the encoder, but in text such a letter
        // before a unit is something else
        let atom = &unit[..unit.bytes().take_while(u8::is_ascii_alphabetic).count()];
        if atom.len() >= 2
            && matches!(atom.as_bytes()[0], b'Q' | b'R' | b'q' | b'r')
            && crate::domains::quantity::atom_prefix_exp10(atom).is_some_and(|e| e.abs() >= 27)
        {
            return Some("a unit with a 2022 SI prefix (4 RV, 226RA, one QW): a label in text");
        }
        if unit.len() >= 5 && lookalike::degree_letter_in_heat_unit(unit.as_bytes()) {
            return Some(
                "a bare C or F under a heat unit (4.186 kJ/(kg.C)): degrees meant, not coulombs",
            );
        }
        if unit.len() >= 4 && lookalike::metre_kelvin_in_heat_unit(unit.as_bytes()) {
            return Some(
                "mK beside a heat unit (0.6 W/mK, 5 mK/W): metre-kelvins meant, not millikelvins",
            );
        }
        // `set to 1 in cm-1`: `in` is the preposition before the unit, not inches
        if unit.starts_with("in ") {
            return Some("`in` before a unit is the preposition (1 in cm-1), not inches");
        }
        // `sin(-90 deg)`: an angle is what a trigonometric function takes
        let angle = matches!(
            unit,
            "deg" | "degree" | "degrees" | "rad" | "radian" | "radians"
        );
        if !angle && self.in_transcendental_argument(start) {
            return Some("a letter in the argument of exp, log or sin (exp(-0.5 u**2)): arguments carry no unit");
        }
        // `51° 30'`, `0 deg 50'`: degrees with arcminutes after them (an angle or a latitude
        // in degrees and minutes); the degrees alone would misstate the angle
        if matches!(unit, "°" | "deg" | "degree" | "degrees") && arcminutes_at(b, next) {
            return Some("degrees before arcminutes (51° 30', 0 deg 50'): the degrees alone misstate the angle");
        }
        if matches!(rest.first(), Some(b'\\' | b':'))
            && (rest.starts_with(b"\\ :sup:`") || rest.starts_with(b":sup:`"))
        {
            return Some("a unit whose power follows in markup (fs\\ :sup:`-1`)");
        }
        let one_letter = unit.len() == 1 && unit.as_bytes()[0].is_ascii_alphabetic();
        // `C.ar`, `N.am`: a MOL2 atom type after a coordinate
        if one_letter
            && rest.first() == Some(&b'.')
            && rest.get(1).is_some_and(u8::is_ascii_lowercase)
        {
            return Some("an atom type (0.000 C.ar), not a unit");
        }
        // `-1L on failure`: a long integer literal (a volume is never negative)
        if glued && unit == "L" && matches!(b[start], b'-' | b'+') {
            return Some("a signed integer with a long suffix (-1L), not litres");
        }
        // `27 g-vectors`, `k-points`: the letter starts a hyphenated plural noun
        if one_letter
            && rest.first() == Some(&b'-')
            && rest.get(1).is_some_and(u8::is_ascii_lowercase)
        {
            let w = rest[1..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count();
            if w >= 3 && rest[w] == b's' && !rest.get(w + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                return Some("a letter starting a hyphenated noun (27 g-vectors)");
            }
        }
        // `300 g: Gravitational acceleration`, `n=1 L: n=2`: a name opening a definition (not
        // after a preposition: `relative to 298 K: H = ...` is a temperature)
        if one_letter
            && rest.starts_with(b": ")
            && !matches!(
                prev_word(self.s, start, &mut [0u8; 24]),
                b"to" | b"at" | b"from" | b"than" | b"above" | b"below"
            )
        {
            let c = rest.get(2).copied();
            let assigned = c.is_some_and(|c| c.is_ascii_lowercase()) && rest.get(3) == Some(&b'=');
            if c.is_some_and(|c| c.is_ascii_uppercase()) || assigned {
                return Some("a name before a colon (g: Gravitational, L: n=2), not a unit");
            }
        }
        // `atom 1 s electrons`: an orbital label
        if one_letter && matches!(unit, "s" | "p" | "d" | "f") {
            let mut buf = [0u8; 24];
            let next = next_word(self.s, uend, &mut buf);
            if matches!(
                next,
                b"electron"
                    | b"electrons"
                    | b"orbital"
                    | b"orbitals"
                    | b"shell"
                    | b"shells"
                    | b"character"
                    | b"subshell"
            ) {
                return Some("an orbital label before its noun (1 s electrons)");
            }
        }
        // (the three readings below run only for the units they concern)
        let year = || {
            let digits = &b[start..uend - unit.len()];
            digits.len() == 4
                && digits.iter().all(u8::is_ascii_digit)
                && (&b"1000"[..]..=&b"2100"[..]).contains(&digits)
        };
        // `J. Phys.`, `J. Chem. Soc.`: the next word is an abbreviation too
        let abbreviation_after = || {
            rest.starts_with(b". ") && rest.get(2).is_some_and(u8::is_ascii_uppercase) && {
                let w = rest[2..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                rest.get(2 + w) == Some(&b'.')
            }
        };
        if unit == "J" && abbreviation_after() {
            return Some("a journal after a year (1979 J. Phys.), not joules");
        }
        if glued
            && matches!(unit.as_bytes(), [b'm' | b'q' | b'M' | b'Q', d @ ..] if !d.is_empty() && d.iter().all(u8::is_ascii_digit))
            && year()
        {
            return Some("a monthly or quarterly date (1999m4, 2001q1)");
        }
        let quoted_alone = || {
            start > 0 && matches!(b[start - 1], b'\'' | b'"') && b.get(uend) == Some(&b[start - 1])
        };
        if glued && unit == "m" && quoted_alone() {
            // `datatype='1m'`: a resolution code in a string, minutes as often as metres
            return Some("a number and m alone in quotes ('1m'): minutes or metres, a code");
        }
        if glued && unit == "m" {
            // `22h 57m 57s`, `1h30m`: the minutes of a duration
            let hours_before = {
                let k = skip_inline_spaces_back(self.s, start, 2);
                k >= 2 && b[k - 1] == b'h' && b[k - 2].is_ascii_digit()
            };
            let seconds_after = {
                let k = next;
                let d = b[k..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit() || **c == b'.')
                    .count();
                d > 0
                    && b.get(k + d) == Some(&b's')
                    && !b.get(k + d + 1).is_some_and(u8::is_ascii_alphanumeric)
            };
            if hours_before || seconds_after {
                return Some("minutes in a duration (22h 57m 57s), not metres");
            }
            if self.count_noun_after_glued_m(start, uend) {
                return Some(
                    "a number glued to m before a noun of things counted (2m samples, 10m \
                     rows): m times a count or millions, not metres",
                );
            }
        }
        None
    }

    /// `2m baseband samples`, `10m rows`: a number glued to `m` and a noun of counted things
    /// (`vocab/per_count_nouns.txt`) right after it or after one lowercase word that is no word
    /// of size (`2m long samples` are metres), with no `a`/`an` before the number (`a 2m
    /// frame`): `m` is a variable or millions. Two words after `uend` at most.
    fn count_noun_after_glued_m(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        if b.get(uend) != Some(&b' ') {
            return false;
        }
        if matches!(prev_word(self.s, start, &mut [0u8; 24]), b"a" | b"an") {
            return false;
        }
        let mut buf = [0u8; 24];
        let w1 = next_word(self.s, uend, &mut buf);
        if w1.is_empty() || !b[uend + 1].is_ascii_lowercase() {
            return false;
        }
        if vocab::per_count_nouns(w1) {
            return true;
        }
        if matches!(
            w1,
            b"long" | b"tall" | b"wide" | b"deep" | b"high" | b"thick" | b"thin" | b"short"
        ) {
            return false;
        }
        let after = uend + 1 + w1.len();
        if b.get(after) != Some(&b' ') {
            return false;
        }
        let mut buf2 = [0u8; 24];
        vocab::per_count_nouns(next_word(self.s, after, &mut buf2))
    }

    /// Whether `start` opens the argument of a transcendental function (`exp(-0.5 u**2)`,
    /// `log(2 s)`): after its `(` and at most a sign.
    fn in_transcendental_argument(&self, start: usize) -> bool {
        let b = self.b;
        if !paren_in_three_before(b, start) {
            return false;
        }
        let mut k = skip_inline_spaces_back(self.s, start, 4);
        if k > 0 && matches!(b[k - 1], b'-' | b'+') && b[start] != b'-' && b[start] != b'+' {
            k = skip_inline_spaces_back(self.s, k - 1, 4);
        }
        if k == 0 || b[k - 1] != b'(' {
            return false;
        }
        let name_end = k - 1;
        let name_start = name_end
            - b[..name_end]
                .iter()
                .rev()
                .take(8)
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        let whole = name_start == 0
            || !(b[name_start - 1].is_ascii_alphanumeric() || b[name_start - 1] == b'_');
        whole
            && matches!(
                &b[name_start..name_end],
                b"exp"
                    | b"log"
                    | b"ln"
                    | b"log10"
                    | b"log2"
                    | b"sin"
                    | b"cos"
                    | b"tan"
                    | b"tanh"
                    | b"sinh"
                    | b"cosh"
                    | b"erf"
                    | b"sigmoid"
            )
    }

    fn unit_is_variable(
        &self,
        start: usize,
        unit: &str,
        uend: usize,
        next: usize,
        glued: bool,
    ) -> Option<&'static str> {
        let (s, b) = (self.s, self.b);
        let j = next;
        if b.get(j) == Some(&b'=') && b.get(j + 1) != Some(&b'=') {
            let k = skip_inline_spaces(s, j + 1);
            let lit = b[k..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b'e' | b'E'))
                .count();
            let u = skip_inline_spaces(s, k + lit);
            let mut cap = (u + MAX_UNIT_BYTES).min(s.len());
            while !s.is_char_boundary(cap) {
                cap -= 1;
            }
            let ul = probe::unit_len(&s[u..cap]);
            // the other side is a quantity that is not itself assigned (`c=0 d=0` is not)
            let converts = lit > 0 && ul > 0 && b.get(skip_inline_spaces(s, u + ul)) != Some(&b'=');
            // `(e.g. 1 MHz = 4e6)`, `1 kB = 1024`: a unit symbol of two letters or more with a
            // capital, equated to a bare number (its count in the device's own step), is the
            // quantity restated, not a name (`c=0 d=0` and `4 d = f(x)` have one lowercase letter)
            let restated = lit > 0
                && ul == 0
                && b[k].is_ascii_digit()
                && unit.len() >= 2
                && unit.bytes().all(|c| c.is_ascii_alphabetic())
                && unit.bytes().any(|c| c.is_ascii_uppercase())
                && !b
                    .get(k + lit)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'=' | b'('));
            if !converts && !restated {
                return Some("a name assigned a value (c=0 d=0, 4 d = f(x)), not a unit");
            }
        }
        // `0.5 L2 (float): weight of ...`: a parameter's name before its type in numpydoc
        if b.get(j) == Some(&b'(') {
            let t = &b[j + 1..];
            let typed = [
                &b"float)"[..],
                b"int)",
                b"str)",
                b"bool)",
                b"float,",
                b"int,",
            ]
            .iter()
            .any(|w| t.starts_with(w));
            if typed {
                return Some("a parameter's name before its type (L2 (float)), not a unit");
            }
        }
        // `2m-1`, `2M-3`: the unit reader takes `m-1` as a plain-text power (`5 m-1` spaced
        // is a per-metre value), but glued to a whole number it is algebra
        // (read only glued: the shape test ran for every unit)
        let plain_power = || {
            matches!(unit.as_bytes(), [l, b'+' | b'-', d @ ..]
                if l.is_ascii_alphabetic() && !d.is_empty() && d.iter().all(u8::is_ascii_digit))
        };
        if glued && plain_power() {
            return Some("a multiple of a letter in algebra (2L+1, 2m-1), not a unit");
        }
        if glued && self.letters_added_to_bare_number(start, unit) {
            return Some("a multiple of letters added to a bare number (8 + 2T/M), not a unit");
        }
        let letter = unit.len() == 1 && unit.as_bytes()[0].is_ascii_alphabetic();
        if !(glued && letter) {
            return None;
        }
        let sign = next;
        if matches!(b.get(sign), Some(b'+' | b'-')) {
            // `2L+1`, `2m-1`, ``2s - 1``: a quantity plus a bare number has no dimension to
            // be, so the letter is a variable
            let d0 = if sign > uend {
                skip_inline_spaces(s, sign + 1)
            } else {
                sign + 1
            };
            let digits = b[d0..].iter().take_while(|c| c.is_ascii_digit()).count();
            // `5m-10m`: a unit glued to the second number makes a range
            let letter_after = b.get(d0 + digits).is_some_and(|c| c.is_ascii_alphabetic());
            if digits > 0 && !letter_after && (sign == uend || d0 > sign + 1) {
                return Some("a multiple of a letter in algebra (2L+1, 2m-1), not a unit");
            }
        }
        // `:math:`2m``, `$2m$`: a number and a letter alone in mathematics markup are a product
        // with a variable (markup writes a unit upright: `2\,\mathrm{m}`)
        let in_markup = (b[..start].ends_with(b":math:`") && b.get(uend) == Some(&b'`'))
            || (b[..start].ends_with(b"$") && b.get(uend) == Some(&b'$'))
            || (b[..start].ends_with(b"``") && b[uend..].starts_with(b"``"));
        if in_markup {
            return Some("a number and a letter alone in math markup (:math:`2m`), not a unit");
        }
        None
    }

    /// Whether a unit glued to the number at `start` is letters, one each, alone or joined by
    /// `/` (`T`, `T/M`, `K/N`), and the number is added to a bare number (``8 + 2T/M``,
    /// `1 + 3N`): a bare number plus a quantity has no dimension to be, so the letters are
    /// variables. Only `+`: `1 - 3K` may be a range of kelvins. Reads at most 8 bytes back.
    fn letters_added_to_bare_number(&self, start: usize, unit: &str) -> bool {
        let u = unit.as_bytes();
        let letters = u.len() <= 5
            && u.iter().enumerate().all(|(k, c)| {
                if k % 2 == 0 {
                    c.is_ascii_alphabetic()
                } else {
                    *c == b'/'
                }
            })
            && u.len() % 2 == 1;
        if !letters {
            return false;
        }
        let b = self.b;
        let plus = ascii_spaces_back(b, start, 3);
        if plus == 0 || b[plus - 1] != b'+' {
            return false;
        }
        let n = ascii_spaces_back(b, plus - 1, 3);
        n > 0 && b[n - 1].is_ascii_digit()
    }

    /// Whether a temperature word (`vocab/temperature_words.txt`) stands within 120 bytes
    /// before `start` or 40 after `uend`
    /// (`temperature`, `heat`, `degrees`, `warm`, `boiling`, ..., and `atm`: `at 15 C, 1 atm`
    /// states a temperature and a pressure): then `C` and `F` after a number are degrees the
    /// writer left unmarked.
    fn temperature_words_near(&self, start: usize, uend: usize) -> bool {
        self.words_near_in(start, uend, &TEMPERATURE_NEAR)
    }

    /// Whether a capacitor or coulomb word (`vocab/electrical_words.txt`) or the noun
    /// `charge(s)` stands within 120 bytes before `start` or 40 after `uend`: only then is a
    /// bare `C` or `F` coulombs or farads.
    fn electrical_words_near(&self, start: usize, uend: usize) -> bool {
        self.words_near_in(start, uend, &ELECTRICAL_NEAR)
            // the noun (`the charge was 20 C`), not the verb of batteries (`charged at 1C`)
            || self.words_near_in(start, uend, &CHARGE_NEAR)
    }

    /// Whether a power is in the unit or a `+`, `-`, `*` or `=` stands within three bytes
    /// before `start` or after `uend` (`3 t^2 - t`, `2 N*a`, `-2u^3+3u^2`): the gate of
    /// `unit_letter_is_variable`, a few byte tests per quantity.
    #[allow(clippy::manual_contains)] // `contains` is memchr, whose set-up costs more here
    fn operator_beside(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let op = |c: &u8| matches!(c, b'+' | b'-' | b'*' | b'=');
        b[start..uend].iter().any(|&c| c == b'^')
            || b[uend..].iter().take(3).any(op)
            || b[start.saturating_sub(3)..start].iter().any(op)
    }

    /// Whether the one-letter unit of the quantity `start..uend` also stands alone beside a
    /// `+`, `-`, `*` or `=` (a power between allowed) within 40 bytes, with no number before
    /// it (`t^3 + 3 t^2 - t`): a variable of a polynomial, not a unit (`5 m + 3 m` has a
    /// number before each `m`; `[m/s]` is a unit).
    fn unit_letter_is_variable(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let u0 = start
            + b[start..uend]
                .iter()
                .position(u8::is_ascii_alphabetic)
                .unwrap_or(0);
        let letter = b[u0];
        let op = |c: u8| matches!(c, b'+' | b'-' | b'*' | b'=');
        let lo = start.saturating_sub(40);
        let hi = (uend + 40).min(b.len());
        (lo..hi).any(|k| {
            if k >= start && k < uend || b[k] != letter {
                return false;
            }
            let alone = (k == 0 || !(b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_'))
                && !b
                    .get(k + 1)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
            if !alone {
                return false;
            }
            // a sum's or an equation's sign beside it, a power between (`t^3 +`); a slash
            // or a bracket is a unit's (`[m/s]`, `[m^2]`)
            let before = b[..k].iter().rev().take(4).find(|&&c| c != b' ').copied();
            let mut e = k + 1;
            if b.get(e) == Some(&b'^') {
                e += 1 + b[e + 1..]
                    .iter()
                    .take(4)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            }
            let after = b[e..].iter().take(4).find(|&&c| c != b' ').copied();
            !before.is_some_and(|c| c.is_ascii_digit())
                && (before.is_some_and(op) || after.is_some_and(op))
        })
    }

    /// Whether a `+` or `-` and then a lone letter follow the one-letter unit ending at `uend`
    /// (`100 A + Z` with A and Z the mass and charge numbers, `3 n - k`): a sum of multiples of
    /// variables, so the unit's letter is a variable too (`5 m + 3 m` has a number after the
    /// sign; `2 s + s_0` a name, not a lone letter). Reads a few bytes after `uend`.
    fn plus_lone_letter(&self, uend: usize) -> bool {
        let (s, b) = (self.s, self.b);
        let sign = skip_inline_spaces(s, uend);
        if !matches!(b.get(sign), Some(b'+' | b'-')) || sign > uend + 1 {
            return false;
        }
        let k = skip_inline_spaces(s, sign + 1);
        // the sign spaced on both sides or on neither (`A+Z`), not a hyphen (`5 m -x`)
        if (k > sign + 1) != (sign > uend) || k > sign + 2 {
            return false;
        }
        b.get(k).is_some_and(u8::is_ascii_alphabetic)
            && !b.get(k + 1).is_some_and(|&c| {
                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'(' | b'^' | b'\'') || c >= 0x80
            })
    }

    /// Whether the number at `start` and its one-letter unit ending at `uend` sit in a run of
    /// letters and numbers that alternate (`c 1.0 d NaN`, `J 0 K 0 L`, `3 a 4 d dtype`,
    /// `4 d i n 5`): a lone letter before the number, and a number (or `NaN`, `inf`) before
    /// that letter or after the unit, or a lone letter after the unit. Reads a few bytes each
    /// side.
    fn letter_grid(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let lone_letter_before = start >= 2
            && b[start - 1] == b' '
            && b[start - 2].is_ascii_alphabetic()
            && (start == 2 || b[start - 3].is_ascii_whitespace());
        if !lone_letter_before || b.get(uend) != Some(&b' ') {
            return false;
        }
        // `3 a 4 d dtype`: the lone letter follows a number itself
        let number_before = start >= 4 && b[start - 4].is_ascii_digit() && b[start - 3] == b' ';
        let next = &b[uend + 1..];
        let lone_letter_after = next.first().is_some_and(u8::is_ascii_alphabetic)
            && next.get(1).is_none_or(|c| c.is_ascii_whitespace());
        number_before
            || lone_letter_after
            || next.first().is_some_and(u8::is_ascii_digit)
            || next.starts_with(b"NaN")
            || next.starts_with(b"inf")
    }

    /// Whether the `K` ending at `uend` after a whole number is a thousand: a `+` follows
    /// (`10K+ replicas`), or a word that does not follow a temperature
    /// (`vocab/words_after_kelvin.txt`: `300 K and`, `0K to`, `300 K data`) while no temperature
    /// word stands near (`103K DFT band gaps`, `256K elements`, `1K altitude`).
    fn thousand_not_kelvin(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let whole = b[start..uend - 1]
            .iter()
            .all(|c| c.is_ascii_digit() || *c == b' ');
        if !whole {
            return false;
        }
        if b.get(uend) == Some(&b'+') {
            return true;
        }
        // `T = 0 K`: a value given to a temperature
        let eq = ascii_spaces_back(b, start, 3);
        if eq > 0 && b[eq - 1] == b'=' {
            let t = ascii_spaces_back(b, eq - 1, 3);
            if t > 0 && b[t - 1] == b'T' && (t == 1 || !b[t - 2].is_ascii_alphanumeric()) {
                return false;
            }
        }
        let mut buf = [0u8; 24];
        let next = next_word(self.s, uend, &mut buf);
        // the second half of a pair takes the first's reading (`300 K ± 2 K overall`)
        !next.is_empty()
            && skip_inline_spaces(self.s, uend) > uend
            && !vocab::words_after_kelvin(next)
            && !self.temperature_words_near(start, uend)
            && self.pair_before(start).is_none()
    }

    /// Whether a lone `F`, `C` or `K` follows `uend` after a space (`60 deg F`, `20 degrees C`).
    fn temperature_letter_after(&self, uend: usize) -> bool {
        let k = skip_inline_spaces(self.s, uend);
        if k == uend {
            return false;
        }
        if matches!(self.b.get(k), Some(b'F' | b'C' | b'K'))
            && !self.b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            return true;
        }
        // dev162: the scale as a word or its abbreviation (`40 deg cel`, `100 degrees
        // Celsius`, `212 deg Fahrenheit`, `deg cent`)
        let mut buf = [0u8; 24];
        matches!(
            next_word(self.s, uend, &mut buf),
            b"cel" | b"cels" | b"celsius" | b"cent" | b"centigrade" | b"fahr" | b"fahrenheit"
        )
    }

    /// Whether `s[start..u0]` is a plain number (digits, at most one inner dot) glued to the
    /// unit at `u0`, with no letter, digit, `_`, `.`, `-` or `/` glued before it (`v1in`,
    /// `x_2in`, `1-2in` and `3/4in` stay out), and the unit's word ends at `u0 + 2`.
    fn plain_number_glued(&self, start: usize, u0: usize) -> bool {
        let b = self.b;
        let t = &b[start..u0];
        !t.is_empty()
            && t.len() <= 8
            && t[0].is_ascii_digit()
            && t[t.len() - 1].is_ascii_digit()
            && t.iter().all(|c| c.is_ascii_digit() || *c == b'.')
            && t.iter().filter(|&&c| c == b'.').count() <= 1
            && !(start >= 1
                && (b[start - 1].is_ascii_alphanumeric()
                    || matches!(b[start - 1], b'_' | b'.' | b'-' | b'/' | b'+')
                    || b[start - 1] >= 0x80))
            && !b
                .get(u0 + 2)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    }

    /// Whether `A` after a number is an angstrom the writer left unmarked: a word of
    /// wavelengths or atomic distances (`vocab/angstrom_words.txt`) stands near (`bandpass`, `wavelength`, `cutoff`,
    /// `distance`, `resolution`, `bond`, `lattice`, ...), or a spectral line follows
    /// (`171 A (Fe IX)`) or an X-ray anode line (`1.54 A (CuKa)`, dev156). An ampere would be
    /// the wrong value.
    fn angstrom_meant(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let k = skip_inline_spaces(self.s, uend);
        let line = b.get(k) == Some(&b'(') && {
            let sym = b[k + 1..]
                .iter()
                .take(3)
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            (1..=2).contains(&sym)
                && b[k + 1].is_ascii_uppercase()
                && b.get(k + 1 + sym) == Some(&b' ')
                && b.get(k + 2 + sym)
                    .is_some_and(|c| matches!(c, b'I' | b'V' | b'X'))
        };
        // an X-ray anode line after an element symbol: `(CuKa)`, `(Cu Kα1)`, `(Mo K-alpha)`
        let anode =
            b.get(k) == Some(&b'(') && b.get(k + 1).is_some_and(u8::is_ascii_uppercase) && {
                let e = k + 2 + usize::from(b.get(k + 2).is_some_and(u8::is_ascii_lowercase));
                xray_line_at(b, e)
            };
        line || anode || self.words_near_in(start, uend, &ANGSTROM_NEAR)
    }

    /// Whether a word starting with one of `words` (lowercase; one of three letters or fewer
    /// must be the whole word) stands within 120 bytes before `start` or 40 after `uend`, in
    /// any case. Reads a bounded window, one step per letter run and a first-letter mask
    /// before any comparison.
    pub(super) fn words_near(&self, start: usize, uend: usize, words: &[&str]) -> bool {
        self.words_near_in(start, uend, &NearWords::new(words, 3))
    }

    /// `words_near` where a word of `whole_max` letters or fewer must be the whole word.
    #[cfg(test)]
    fn words_near_by(&self, start: usize, uend: usize, words: &[&str], whole_max: usize) -> bool {
        self.words_near_in(start, uend, &NearWords::new(words, whole_max))
    }

    /// `words_near_by` over a list whose filters are built (at compile time for the fixed
    /// lists: building them was a loop over the list on every call).
    pub(super) fn words_near_in(&self, start: usize, uend: usize, near: &NearWords<'_>) -> bool {
        let b = self.b;
        let lo = start.saturating_sub(120);
        let hi = (uend + 40).min(b.len());
        let key = |c: u8| u32::from((c | 0x20).wrapping_sub(b'a') & 31);
        // Word starts (a letter after no letter or digit) found eight bytes at a time: a
        // byte-by-byte walk of the 160-byte window was ~20 instructions a byte. Only a start
        // that passes the filter reads its run of letters (up to `hi`).
        let mut k = lo;
        // whether the byte before the current chunk is a letter or digit
        let mut alnum_before = lo > 0 && b[lo - 1].is_ascii_alphanumeric();
        while k < hi {
            let n = (hi - k).min(8);
            let x = if n == 8 {
                u64::from_le_bytes(b[k..k + 8].try_into().expect("8 bytes"))
            } else {
                let mut chunk = [0u8; 8]; // zeros past `hi`: no letter, no start
                chunk[..n].copy_from_slice(&b[k..k + n]);
                u64::from_le_bytes(chunk)
            };
            let (letters, alnum) = ascii_letter_masks(x);
            // high bit of each byte: the byte before it is a letter or digit
            let after_alnum = alnum << 8 | u64::from(alnum_before) << 7;
            let mut starts = letters & !after_alnum;
            while starts != 0 {
                let j = k + (starts.trailing_zeros() / 8) as usize;
                starts &= starts - 1;
                let two = j + 1 < hi && b[j + 1].is_ascii_alphabetic();
                let second = if two { key(b[j + 1]) } else { NearWords::ONE };
                let first = key(b[j]) as usize;
                if near.pairs[first] >> second & 1 == 0 {
                    continue;
                }
                let run = b[j..hi]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                if near.hit(&b[j..j + run], first) {
                    return true;
                }
            }
            alnum_before = alnum >> (8 * n - 1) & 1 != 0;
            k += n;
        }
        false
    }

    /// Whether `start..end` is `(n) - (m)`: two numbers each alone in its parentheses, the way
    /// prose cites a run of equations.
    fn equation_numbers(&self, start: usize, end: usize) -> bool {
        let Some((a, b)) = self.s[start..end].split_once('-') else {
            return false;
        };
        let alone = |t: &str| {
            t.trim()
                .strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit()))
        };
        alone(a) && alone(b)
    }

    /// `Upper / lower levels ... (defaults 0.9 / 0.1)`: two numbers joined by a spaced slash,
    /// with two words joined by a spaced slash at most 120 bytes before them on the same line,
    /// are the values of those two things side by side, not a quotient.
    fn word_pair_by_slash_before(&self, start: usize, end: usize) -> bool {
        const WINDOW: usize = 120;
        let b = self.b;
        let spaced = |k: usize| k >= 1 && b[k - 1] == b' ' && b.get(k + 1) == Some(&b' ');
        let Some(slash) = b[start..end].iter().position(|&c| c == b'/') else {
            return false;
        };
        if !spaced(start + slash) {
            return false;
        }
        let from = start.saturating_sub(WINDOW);
        // the window is read eight bytes at a time for its newline and its slashes: a byte
        // loop over it was ~2000 instructions for every spaced quotient (`9854 / 47`)
        let line = positions_of(b, from, start, b'\n')
            .last()
            .map_or(from, |k| k + 1);
        // prose words, not names in code (`iinfo.min / iinfo.max` is the quotient restated)
        let word_start = |mut k: usize| {
            while k > line && b[k - 1].is_ascii_alphabetic() {
                k -= 1;
            }
            k == line || matches!(b[k - 1], b' ' | b'(')
        };
        let word_end = |mut k: usize| {
            while k < start && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            // `the min / max ratio is 3 / 4`: the words name one quotient
            k < start && matches!(b[k], b' ' | b',' | b')' | b';') && !b[k..].starts_with(b" ratio")
        };
        // `k..k + 5` is `a / b` with `k` in `line..start - 4`: its slash in `line + 2..start - 2`
        positions_of(b, line + 2, start.saturating_sub(2), b'/').any(|q| {
            let k = q - 2;
            b[k].is_ascii_alphabetic()
                && b[k + 1..k + 4] == *b" / "
                && b[k + 4].is_ascii_alphabetic()
                && word_start(k)
                && word_end(k + 4)
        })
    }

    /// Whether `default values` ends right before the number at `start` (inline spaces
    /// between). Bounded: two words back.
    fn default_before_values(&self, start: usize) -> bool {
        let values = skip_inline_spaces_back(self.s, start, 8);
        if values < 6 || &self.b[values - 6..values] != b"values" {
            return false;
        }
        let mut buf = [0u8; 24];
        prev_word(self.s, values - 6, &mut buf) == b"default"
    }

    /// `2.44/2.5 for other classes with/without carbon`: two decimals joined by one slash, with
    /// two prose words joined by a tight slash at most 48 bytes after them in the same clause
    /// (nothing between but letters, spaces and hyphens: no digit, no punctuation), are the
    /// values of those two cases side by side, not a quotient. Each word has 2 to 12 letters
    /// (`km/h`, `x/y` stay out) and the pair is no unit (`0.8/0.4 in mol/kg` still divides).
    fn word_pair_by_slash_after(&self, start: usize, end: usize) -> bool {
        const WINDOW: usize = 48;
        let b = self.b;
        let Some((x, y)) = self.s[start..end].split_once('/') else {
            return false;
        };
        let decimal = |t: &str| {
            t.trim().split_once('.').is_some_and(|(i, f)| {
                !i.is_empty()
                    && !f.is_empty()
                    && i.bytes().all(|c| c.is_ascii_digit())
                    && f.bytes().all(|c| c.is_ascii_digit())
            })
        };
        if !(decimal(x) && decimal(y)) || b.get(end) != Some(&b' ') {
            return false;
        }
        let hi = (end + WINDOW).min(b.len());
        let mut k = end;
        while k < hi {
            match b[k] {
                b'/' => {
                    let first = b[..k]
                        .iter()
                        .rev()
                        .take(13)
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                    let second = b[k + 1..]
                        .iter()
                        .take(13)
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                    let w0 = k - first;
                    let w1 = k + 1 + second;
                    return (2..=12).contains(&first)
                        && (2..=12).contains(&second)
                        && b[w0 - 1] == b' '
                        && !b
                            .get(w1)
                            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/')
                        && probe::unit_len(&self.s[w0..w1]) == 0;
                }
                c if c.is_ascii_alphabetic() || c == b' ' || c == b'-' => k += 1,
                _ => return false,
            }
        }
        false
    }

    /// `RA/Dec 347.38/8.6772`, `lat/lon: 45.2/7.1`: two numbers joined by a tight slash right
    /// after two words joined by a tight slash (two to twelve letters each, after a space and
    /// an optional `:` or `=`, spaced or not) are the values of those two things side by side,
    /// not a quotient. One-letter words stay out (`km/h 3/4`, `mg/L`), as do units
    /// (`kJ/mol: (5/2)`) and paths (`a/b/c`).
    fn name_pair_right_before(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        if tight_slash(b, start, end).is_none() {
            return false;
        }
        let mut k = ascii_spaces_back(b, start, 3);
        if k == start {
            return false;
        }
        if k > 0 && matches!(b[k - 1], b':' | b'=') {
            k = ascii_spaces_back(b, k - 1, 2);
        }
        let letters_back = |e: usize| {
            b[..e]
                .iter()
                .rev()
                .take(13)
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
        };
        let second = letters_back(k);
        if !(2..=12).contains(&second) || k - second == 0 || b[k - second - 1] != b'/' {
            return false;
        }
        let s1 = k - second - 1;
        let first = letters_back(s1);
        let a = s1 - first;
        // a unit is no pair of names (`kJ/mol: (5/2) R T`)
        (2..=12).contains(&first)
            && (a == 0
                || !(b[a - 1].is_ascii_alphanumeric() || matches!(b[a - 1], b'/' | b'.' | b'_')))
            && super::probe::unit_len(&self.s[a..k]) != k - a
    }

    /// `min/max depth of 0/2000 g/cm^2`, `the lower/upper cut at 10/90`: two numbers joined by
    /// a tight slash, with two prose words joined by a tight slash at most 40 bytes before them
    /// in the same clause (nothing between but letters, spaces and hyphens), are the values of
    /// those two things side by side, not a quotient, when both words name one of a pair of
    /// values (`vocab/paired_value_words.txt`: `min`, `max`, `lower`, `upper`, ...;
    /// `probability/equity to 1/10000` keeps its fraction); a word of a quotient between
    /// (`the min/max ratio is 3/4`) keeps it too. `name_pair_right_before` reads a pair
    /// right before the numbers.
    fn word_pair_by_slash_in_clause_before(&self, start: usize, end: usize) -> bool {
        const WINDOW: usize = 40;
        let b = self.b;
        if tight_slash(b, start, end).is_none() {
            return false;
        }
        if start == 0 || b[start - 1] != b' ' {
            return false;
        }
        let lo = start.saturating_sub(WINDOW);
        let mut k = start;
        while k > lo && (b[k - 1].is_ascii_alphabetic() || matches!(b[k - 1], b' ' | b'-')) {
            k -= 1;
        }
        if k == 0 || b[k - 1] != b'/' || k == start {
            return false;
        }
        let second = b[k..start]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let first = b[..k - 1]
            .iter()
            .rev()
            .take(13)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let w0 = k - 1 - first;
        let w1 = k + second;
        let between = &self.s[w1..start];
        let quotient_word = between.split([' ', '-']).any(|w| {
            matches!(
                w,
                "ratio" | "ratios" | "fraction" | "quotient" | "share" | "proportion" | "rate"
            )
        });
        let paired = |w: &[u8]| {
            let mut buf = [0u8; 12];
            buf[..w.len()].copy_from_slice(w);
            buf[..w.len()].make_ascii_lowercase();
            vocab::paired_value_words(&buf[..w.len()])
        };
        (2..=12).contains(&first)
            && (2..=12).contains(&second)
            && b.get(w1) == Some(&b' ')
            && (w0 == 0 || matches!(b[w0 - 1], b' ' | b'('))
            && paired(&b[w0..k - 1])
            && paired(&b[k..w1])
            && probe::unit_len(&self.s[w0..w1]) != w1 - w0
            && !quotient_word
    }

    /// `Rotation matrix (3×3)`: the product at `start..end` (its parentheses inside or just
    /// around it) is the whole of a group right after a shape noun and a space.
    fn shape_in_parens_after_noun(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        let open = if one_group(&b[start..end]) {
            start
        } else if start >= 1 && b[start - 1] == b'(' && b.get(end) == Some(&b')') {
            start - 1
        } else {
            return false;
        };
        open >= 2
            && b[open - 1] == b' '
            && vocab::shape_nouns_after(prev_word(self.s, open - 1, &mut [0u8; 24]))
    }

    /// Whether `respectively` follows within 160 bytes after `end` (the values before it are
    /// listed side by side, not divided).
    fn respectively_after(&self, end: usize) -> bool {
        self.text_after(end, b"respectively")
    }

    /// Whether `is` or `was` is the next word after a space at `end` (`... 400W/m is
    /// generated`): the value before it is a clause's subject, one value of its own.
    #[cold]
    fn singular_verb_after(&self, end: usize) -> bool {
        let mut buf = [0u8; 24];
        skip_inline_spaces(self.s, end) > end
            && matches!(next_word(self.s, end, &mut buf), b"is" | b"was")
    }

    /// Whether `<noun> of N and ` ends right before `start`, `<noun>` a singular noun of a
    /// dimensionless measure (`vocab/dimensionless_measures_before.txt`: `an airmass of 1 and
    /// 1 mm`, `an eccentricity of 0.3 and 5 AU`): the noun takes one value and no unit, so `N`
    /// is its value, not the lower end of a pair with the quantity at `start`. Looks back at
    /// most about 60 bytes: three spaces, `and`, three spaces, a number of at most 12 digits
    /// and dots, three spaces, `of`, three spaces and a word of at most 24 letters.
    fn measure_value_before_and(&self, start: usize) -> bool {
        let b = self.b;
        let k = ascii_spaces_back(b, start, 3);
        if k == start || k < 4 || &b[k - 3..k] != b"and" {
            return false;
        }
        let end = ascii_spaces_back(b, k - 3, 3);
        if end == k - 3 {
            return false;
        }
        let mut i = end;
        while i > 0 && end - i < 12 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.') {
            i -= 1;
        }
        if i == end || !b[i].is_ascii_digit() || !b[end - 1].is_ascii_digit() {
            return false;
        }
        let j = ascii_spaces_back(b, i, 3);
        if j == i || j < 3 || &b[j - 2..j] != b"of" || b[j - 3] != b' ' {
            return false;
        }
        let mut buf = [0u8; 24];
        vocab::dimensionless_measures_before(prev_word(self.s, j - 2, &mut buf))
    }

    /// Whether `needle` (ASCII, any case) stands within 160 bytes after `end`.
    fn text_after(&self, end: usize, needle: &[u8]) -> bool {
        let hi = (end + 160).min(self.b.len());
        self.b[end..hi]
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    }

    /// Whether `start..end` is `n/n+1` right after a name that is no sentence's first word
    /// and no lowercase word (`OpenQASM 2/3`, `Python 2/3`): two versions, not a quotient.
    fn versions_of_a_name(&self, start: usize, end: usize) -> bool {
        let Some((a, b)) = self.s[start..end].split_once('/') else {
            return false;
        };
        let (a, b) = (a.trim(), b.trim());
        // `2/3` (consecutive) or `2.0/2.2` (one major number, rising minor)
        let consecutive = matches!((a.parse::<u32>(), b.parse::<u32>()), (Ok(x), Ok(y)) if x.checked_add(1) == Some(y));
        let minors = match (a.split_once('.'), b.split_once('.')) {
            (Some((am, an)), Some((bm, bn))) => {
                am == bm && an.len() == 1 && bn.len() == 1 && an < bn && !am.is_empty()
            }
            _ => false,
        };
        if !(consecutive || minors) {
            return false;
        }
        let k = skip_inline_spaces_back(self.s, start, 8);
        let bytes = self.b;
        let mut w = k;
        while w > 0 && bytes[w - 1].is_ascii_alphanumeric() && k - w < 24 {
            w -= 1;
        }
        let name = &bytes[w..k];
        // `compute capability 10.0/10.3`, `version 2/3`: a noun of versions names them too
        const VERSION_NOUNS: [&[u8]; 8] = [
            b"version",
            b"versions",
            b"capability",
            b"capabilities",
            b"release",
            b"releases",
            b"revision",
            b"revisions",
        ];
        if k < start && VERSION_NOUNS.iter().any(|v| name.eq_ignore_ascii_case(v)) {
            return true;
        }
        if name.len() < 2 || !name[0].is_ascii_uppercase() || k == start {
            return false;
        }
        let inner_capital = name[1..].iter().any(u8::is_ascii_uppercase);
        let sentence_start = {
            let p = skip_inline_spaces_back(self.s, w, 8);
            p == 0 || matches!(bytes[p - 1], b'.' | b'!' | b'?' | b'\n')
        };
        inner_capital || !sentence_start
    }

    /// Whether `start..end` is `a.b/a.c` (one major number of at most 4 digits, minor numbers
    /// of at most 3 digits rising as integers: `0.8/0.9`, `3.11/3.12`) right before a noun of
    /// things that come in releases (`vocab/version_nouns_after.txt`: `for 0.8/0.9 brokers`,
    /// `2.6/2.7 interpreters`): two versions, not a quotient.
    fn versions_before_a_noun(&self, start: usize, end: usize) -> bool {
        let Some((a, b)) = self.s[start..end].split_once('/') else {
            return false;
        };
        let (a, b) = (a.trim(), b.trim());
        let (Some((am, an)), Some((bm, bn))) = (a.split_once('.'), b.split_once('.')) else {
            return false;
        };
        let digits = |t: &str, n: usize| {
            !t.is_empty() && t.len() <= n && t.bytes().all(|c| c.is_ascii_digit())
        };
        if !(digits(am, 4) && digits(an, 3) && digits(bn, 3)) || am != bm {
            return false;
        }
        let (x, y) = (
            an.parse::<u32>().unwrap_or(0),
            bn.parse::<u32>().unwrap_or(0),
        );
        if x >= y {
            return false;
        }
        // the noun right after one space, not glued to the number
        if self.b.get(end) != Some(&b' ') {
            return false;
        }
        let mut buf = [0u8; 24];
        vocab::version_nouns_after(next_word(self.s, end, &mut buf))
    }

    /// Whether `start..end` is a tight `a+b` of small integers that names an evolution strategy:
    /// `(1+1)-ES`, `1+1 EA`, or beside `lambda`, `mutation` or `evolution` (`the (1+1) ... close
    /// to (1+lambda)`).
    fn evolution_strategy(&self, start: usize, end: usize) -> bool {
        let text = &self.b[start..end];
        if !text
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'+' | b'(' | b')'))
        {
            return false;
        }
        let rest = &self.b[end..];
        let rest = rest.strip_prefix(b")").unwrap_or(rest);
        let named = [&b"-ES"[..], b" ES", b"-EA", b" EA"]
            .iter()
            .any(|w| rest.starts_with(w) && !rest.get(3).is_some_and(u8::is_ascii_alphanumeric));
        named
            || self.words_near(start, end, &["lambda", "mutation", "evolution"])
            || self.text_after(end, b"+lambda")
    }
    /// `(+1/-1)`, `-1/+1`: two numbers that each carry an explicit sign around a tight slash
    /// are a pair of values (labels, alternatives); a quotient's divisor is not written signed
    /// after a signed dividend.
    fn signed_pair(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        let sign = |c: Option<&u8>| matches!(c, Some(b'+' | b'-'));
        // `(+1/-1)`: the candidate may start at its parenthesis
        let first = start + b[start..end].iter().take_while(|&&c| c == b'(').count();
        let signed_first = sign(b.get(first)) || (first > 0 && sign(b.get(first - 1)));
        signed_first
            && b[start..end]
                .iter()
                .position(|&c| c == b'/')
                .is_some_and(|k| sign(b.get(start + k + 1)))
    }

    /// Whether `start..end` is a tight pair of whole numbers `a/b` listed after `N or`, where
    /// `N` is a whole number from 10 on and `a` and `b` are each within a factor of four of
    /// it (`256 or 511/510 different colors`, `100 or 200/300 samples`): a further choice in a
    /// list of counts, not a quotient (`2 or 3/2`, `4 or 16/3` and `24 or 30000/1001` stay
    /// quotients). Bounded: looks back over at most 8 spaces, `or` and 9 digits.
    fn alternatives_after_or(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        let Some((x, y)) = self.s[start..end].split_once('/') else {
            return false;
        };
        let whole =
            |t: &str| !t.is_empty() && t.len() <= 9 && t.bytes().all(|c| c.is_ascii_digit());
        if !whole(x) || !whole(y) {
            return false;
        }
        let i = skip_inline_spaces_back(self.s, start, 8);
        if i == start || i < 3 || !b[i - 2..i].eq_ignore_ascii_case(b"or") || b[i - 3] != b' ' {
            return false;
        }
        let j = skip_inline_spaces_back(self.s, i - 2, 8);
        let k = j - b[j.saturating_sub(9)..j]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if k == j || (k > 0 && (b[k - 1].is_ascii_alphanumeric() || b"./-+^".contains(&b[k - 1]))) {
            return false;
        }
        let n = digits_value(&b[k..j]);
        let near = |v: u64| v * 4 >= n && v <= n.saturating_mul(4);
        n >= 10 && near(digits_value(x.as_bytes())) && near(digits_value(y.as_bytes()))
    }

    /// Whether `start..end` is `a/b` of two bit widths (8 to 256) before `bit(s)` or
    /// `byte(s)`, hyphenated or not, or a power of two from 16 and its double (`64/128`):
    /// alternatives (`from 16 to 32/64 bits`, `must be 64/128`), not a quotient.
    fn bit_widths(&self, start: usize, end: usize) -> bool {
        let width = |t: &str| matches!(t, "8" | "16" | "32" | "64" | "128" | "256");
        let Some((a, b)) = self.s[start..end].split_once('/') else {
            return false;
        };
        let (a, b) = (a.trim_end(), b.trim_start());
        let after = end + usize::from(self.b.get(end) == Some(&b'-'));
        let mut buf = [0u8; 24];
        let word = next_word(self.s, after, &mut buf);
        if width(a) && width(b) && (word.starts_with(b"bit") || word.starts_with(b"byte")) {
            return true;
        }
        // `5/6 bpw`, `3/4 bits`: two neighbouring bit counts (consecutive, or one and its
        // double) before bits or bits per weight or pixel; a half (`1/2 bit`) stays a quotient
        let (x, y) = (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0));
        if (2..=16).contains(&x)
            && (y == x + 1 || y == 2 * x)
            && (word.starts_with(b"bit") || matches!(word, b"bpw" | b"bpp" | b"bpc"))
        {
            return true;
        }
        // `must be 64/128`, `tile_M 128/256`: a size and its double, 16 or more, are two
        // choices (a quotient of them would be written 1/2)
        let (x, y) = (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0));
        x >= 16
            && x.is_power_of_two()
            && x.checked_mul(2) == Some(y)
            && !self.equation_around(start, end)
            && !self.words_near(
                start,
                end,
                &["ratio", "fraction", "quotient", "reduc", "simplif"],
            )
    }

    /// Whether `start..end` is `a.b - a.c` (one major number, a hyphen, spaced or not) whose
    /// minor numbers rise as integers while the decimals fall (`2.7 - 2.11`, `3.9-3.12`): a
    /// range of versions, which no writer of a difference or a decimal range produces.
    fn version_pair(&self, start: usize, end: usize) -> bool {
        let text = &self.s[start..end];
        let Some((a, b)) = text.split_once('-') else {
            return false;
        };
        let (a, b) = (a.trim(), b.trim());
        let (Some((am, an)), Some((bm, bn))) = (a.split_once('.'), b.split_once('.')) else {
            return false;
        };
        let digits =
            |t: &str| !t.is_empty() && t.len() <= 4 && t.bytes().all(|c| c.is_ascii_digit());
        if !(digits(am) && digits(an) && digits(bm) && digits(bn)) || am != bm {
            return false;
        }
        let (x, y) = (
            an.parse::<u32>().unwrap_or(0),
            bn.parse::<u32>().unwrap_or(0),
        );
        // as decimals `a.an > a.bn` but as versions `an < bn`
        x < y && an.len() < bn.len() && an > &bn[..an.len()]
    }

    /// After the spaces at `at`, an inline-code literal (one or two backticks, at most 40 bytes
    /// of code without a space, the same backticks): where it ends; else `at`.
    fn skip_code_literal(&self, at: usize) -> usize {
        let b = self.b;
        let i = skip_inline_spaces(self.s, at);
        let ticks = b[i..].iter().take(3).take_while(|&&c| c == b'`').count();
        if !(1..=2).contains(&ticks) {
            return at;
        }
        let body = i + ticks;
        let len = b[body..]
            .iter()
            .take(41)
            .take_while(|&&c| c != b'`' && c != b' ')
            .count();
        let close = body + len;
        if len == 0 || len > 40 || !b[close..].starts_with(&b"``"[..ticks]) {
            return at;
        }
        close + ticks
    }

    /// Whether a shape noun (`vocab/shape_nouns_after.txt`) is one of the three words after
    /// `end`, the words before it modifiers (`3×3 matrix`, `3×3 rotation matrix`, `the full 2×2
    /// dynamic coefficient matrix`), not function words (`2×2 and the matrix`).
    pub(super) fn shape_noun_follows(&self, end: usize) -> bool {
        let mut at = end;
        for _ in 0..3 {
            // dev162: an inline-code literal is a modifier too, a dtype or a class
            // (`a 256×4 ``np.uint8`` array`): skipped when it closes within 40 bytes
            at = self.skip_code_literal(at);
            let mut buf = [0u8; 24];
            let w = next_word(self.s, at, &mut buf);
            if w.is_empty() {
                return false;
            }
            if vocab::shape_nouns_after(w) {
                return true;
            }
            let modifier = w.iter().all(u8::is_ascii_alphabetic)
                && !matches!(
                    w,
                    b"and"
                        | b"or"
                        | b"the"
                        | b"a"
                        | b"an"
                        | b"of"
                        | b"to"
                        | b"is"
                        | b"are"
                        | b"then"
                        | b"for"
                        | b"with"
                        | b"in"
                        | b"on"
                        | b"by"
                        | b"as"
                        | b"from"
                );
            if !modifier {
                return false;
            }
            at = skip_inline_spaces(self.s, at) + w.len();
        }
        false
    }

    /// Whether the `K` or `M` glued to the number at `start..uend` is a magnitude suffix: a
    /// noun of counted things follows (`479K reactions`, `2.1M molecules`), or the list it is
    /// an item of mixes suffixes (`250K, 1M, and 10M`: K and M together count; `1M, 2M` may
    /// be molar). At most four items are read each way.
    fn magnitude_suffix(&self, start: usize, uend: usize) -> bool {
        let mut buf = [0u8; 24];
        if context::names_resolution_after(next_word(self.s, uend, &mut buf)) {
            return true;
        }
        let b = self.b;
        let own = b[uend - 1];
        // an item: digits (a decimal point allowed) and one of K, M, B
        let item_at = |k: usize| -> Option<(usize, u8)> {
            let n = b[k..]
                .iter()
                .take(12)
                .take_while(|c| c.is_ascii_digit() || **c == b'.')
                .count();
            let suffix = *b.get(k + n)?;
            let ok = n > 0
                && matches!(suffix, b'K' | b'M' | b'B')
                && !b.get(k + n + 1).is_some_and(u8::is_ascii_alphanumeric);
            ok.then_some((k + n + 1, suffix))
        };
        // separators: `, `, ` and `, `, and `, ` or `, and those of a range (`100K-1M`,
        // `100K to 1M`: kelvins never change into megakelvins)
        const SEPS: [&[u8]; 9] = [
            b", and ",
            b", or ",
            b" and ",
            b" or ",
            b", ",
            b" to ",
            b" - ",
            b"-",
            "\u{2013}".as_bytes(),
        ];
        let after_sep = |k: usize| -> Option<usize> {
            let rest = &b[k..];
            SEPS.iter()
                .find(|sep| rest.starts_with(sep))
                .map(|sep| k + sep.len())
        };
        let mut e = uend;
        for _ in 0..4 {
            let Some((next_end, suffix)) = after_sep(e).and_then(item_at) else {
                break;
            };
            if suffix != own {
                return true;
            }
            e = next_end;
        }
        // backwards: the same separators before this item
        let mut i = start;
        for _ in 0..4 {
            let Some(sep) = SEPS.iter().find(|sep| b[..i].ends_with(sep)) else {
                break;
            };
            let k = i - sep.len();
            let n = b[..k]
                .iter()
                .rev()
                .take(13)
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.')
                .count();
            let Some((_, suffix)) = item_at(k - n).filter(|&(e, _)| e == k) else {
                break;
            };
            if suffix != own {
                return true;
            }
            i = k - n;
        }
        self.counted_sibling(start, uend) && !self.temperature_words_near(start, uend)
    }

    /// Whether another number near `start..uend` (100 bytes before, 60 after) is written with
    /// a magnitude suffix that counts: glued to `B` (a billion or bytes, never kelvins: `10B
    /// token dataset`, `7B model`) or to `K`/`M`/`B` before a noun of counted things (`64K
    /// rows`). A text that counts that way writes its thousands with `K` too (`around 5K for
    /// coverage`). One pass over the bounded window.
    fn counted_sibling(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let lo = start.saturating_sub(100);
        let hi = (uend + 60).min(b.len());
        let mut k = lo;
        while k < hi {
            let starts_number = b[k].is_ascii_digit()
                && (k == 0 || !(b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'.'));
            if !starts_number || k == start {
                k += 1;
                continue;
            }
            let n = b[k..hi]
                .iter()
                .take_while(|c| c.is_ascii_digit() || **c == b'.')
                .count();
            let e = k + n;
            let suffix = b.get(e).copied();
            let glued = matches!(suffix, Some(b'K' | b'M' | b'B'))
                && !b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
            if glued {
                let mut buf = [0u8; 24];
                if suffix == Some(b'B')
                    || context::names_resolution_after(next_word(self.s, e + 1, &mut buf))
                {
                    return true;
                }
            }
            k = e.max(k + 1);
        }
        false
    }

    /// Whether the word before `start` has a capital after its first letter (`MovieLens`,
    /// `GPT`): a name, which `100K` after it continues (a dataset or product, not kelvins).
    fn mixed_case_word_before(&self, start: usize) -> bool {
        let end = skip_inline_spaces_back(self.s, start, 8);
        if end == start {
            return false; // glued to the number: not a word before it
        }
        // one walk back over at most 24 letters: a capital among them other than the first
        // (the word's own first letter) makes the name
        let b = &self.b[..end];
        let (mut capital_after_first, mut capital) = (false, false);
        for &c in b.iter().rev().take(24) {
            if !c.is_ascii_alphabetic() {
                break;
            }
            capital_after_first |= capital;
            capital = c.is_ascii_uppercase();
        }
        capital_after_first
    }

    /// `frame` in `50ns/frame`: a noun of counted things (`vocab/per_count_nouns.txt`) that
    /// ends its word, so the quantity is `50ns` and the per-part is prose.
    fn per_count_noun(&self, at: usize, buf: &mut [u8; 24]) -> bool {
        let end = word_end(self.s, at);
        vocab::per_count_nouns(next_word(self.s, at, buf))
            && !matches!(self.b.get(end), Some(b'/' | b'^' | b'_'))
            && !self.b.get(end).is_some_and(u8::is_ascii_digit)
    }

    /// Whether the letters of `unit` (ending at `uend`) are glued to a comparison (`<`, `>`,
    /// `<=`, `>=`, `==`, `!=`) whose other side is a bare number: `family 0 rev<=6`,
    /// `slot 1 min>=2`, `mode 1 ms<5 only`. A unit is never compared with a number that has
    /// none, so the letters are a field or a variable (`rev<=6`: a revision bound). The number
    /// after (a sign, at most 12 digits, one decimal part) must end the word, and the same unit
    /// after it (`5 mm<=10 mm`, one space between) keeps the quantity. Reads at most 30 bytes
    /// and the unit's length again after `uend`.
    fn unit_compared_with_a_number(&self, unit: &str, uend: usize) -> bool {
        let b = self.b;
        if !unit.bytes().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        let op = match (b.get(uend), b.get(uend + 1)) {
            (Some(b'<' | b'>'), Some(b'=')) | (Some(b'=' | b'!'), Some(b'=')) => 2,
            (Some(b'<' | b'>'), _) => 1,
            _ => return false,
        };
        let mut k = uend + op;
        if b.get(k) == Some(&b'-') {
            k += 1;
        }
        let n = digits_at(b, k, 12);
        if n == 0 {
            return false;
        }
        k += n;
        if b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(u8::is_ascii_digit) {
            k += 1 + digits_at(b, k + 1, 12);
        }
        // the number ends its word (`rev<=6 and`, `rev>=7,`); `<=10mm` has a unit glued on
        if b.get(k)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c >= 0x80)
        {
            return false;
        }
        // `5 mm<=10 mm`: the same unit one space after the number compares two quantities
        let u = unit.as_bytes();
        let same_unit = b.get(k) == Some(&b' ')
            && b.get(k + 1..k + 1 + u.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(u))
            && !b
                .get(k + 1 + u.len())
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80);
        !same_unit
    }

    /// Whether `unit` (ending at `uend`) is one ASCII letter, a dot and `T` that ends the word:
    /// NumPy's transpose of a vector or matrix (`0.5 u.T Q u`, `2 A.T b`), which the unit
    /// grammar would read as a product with teslas (`u·T`). No unit is one letter times teslas
    /// written with a dot; `T` with an exponent or more letters (`u.T^2`, `N.Tm`) is left to the
    /// grammar. Reads the unit and one byte after it.
    fn letter_transposed(&self, unit: &str, uend: usize) -> bool {
        let u = unit.as_bytes();
        u.len() == 3
            && u[0].is_ascii_alphabetic()
            && u[1..] == *b".T"
            && !self.b.get(uend).is_some_and(|&c| {
                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'^') || c >= 0x80
            })
    }

    /// Whether a whole number (at most 4 digits) glued to one capital letter (`unit`, ending
    /// at `uend`) follows `modulo` or `mod` right before it: `reduced modulo 2K` (K the
    /// complete elliptic integral), `mod 2K`, `modulo 2L` reduce by a multiple of a variable,
    /// a period, never by a temperature or a force. A unit after a space (`modulo 24 h`), a
    /// symbol (`modulo 360°`) or a lowercase letter stays a quantity. Reads the number, the
    /// letter, one byte after it and the word before (at most 24 letters).
    fn multiple_after_modulo(&self, start: usize, unit: &str, uend: usize) -> bool {
        let b = self.b;
        let u = unit.as_bytes();
        if u.len() != 1 || !u[0].is_ascii_uppercase() || uend < start + 2 {
            return false;
        }
        let number = &b[start..uend - 1];
        if number.len() > 4 || !number.iter().all(u8::is_ascii_digit) {
            return false;
        }
        if b.get(uend)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        {
            return false;
        }
        let mut buf = [0u8; 24];
        matches!(prev_word(self.s, start, &mut buf), b"modulo" | b"mod")
    }

    /// Context a unit needs: symbols that are also words or letters (`in`, `A`, `M`, `pm`).
    fn unit_need(&mut self, start: usize, unit: &str, uend: usize, glued: bool) -> Option<Need> {
        if let Some(need) = self.abbreviation_unit(start, unit, uend) {
            return need; // `5.9 Pg. 12` is a page (segment/lookalike.rs)
        }
        let mut buf = [0u8; 24];
        let refuse = |me: &mut Self, why| {
            me.refuse(start, uend, Domain::Quantity, why);
            None
        };
        if lone_plus_minus_before(self.s, start) {
            return refuse(
                self,
                "a lone plus-minus before the number (within ±8°): a tolerance either side, \
                 neither the signless value nor an uncertainty around a value",
            );
        }
        if unit == "EV" {
            // `12 EV at noon`, `2 EV steps`, `1/3 EV`: an exposure value (a stop of light in
            // photography), never exavolts (nobody writes 10^18 volts so); the reader has no
            // unit for it, so a span would carry a value nobody meant
            return refuse(
                self,
                "EV after a number is an exposure value (12 EV, 1/3 EV steps), not exavolts",
            );
        }
        if self.unit_compared_with_a_number(unit, uend) {
            return refuse(
                self,
                "the unit's letters are compared with a bare number (family 0 rev<=6): a \
                 field or variable name, not a unit",
            );
        }
        if self.letter_transposed(unit, uend) {
            return refuse(
                self,
                "one letter with NumPy's transpose (0.5 u.T Q u): a vector or matrix, not a \
                 product of units",
            );
        }
        if compound_measure_part(self.b, start, unit, uend) {
            return refuse(
                self,
                "one part of a compound measure (1h 30min, 6 ft 2 in): the value meant is their \
                 sum, not this part",
            );
        }
        if glued && self.multiple_after_modulo(start, unit, uend) {
            return refuse(
                self,
                "a whole number glued to a capital after modulo or mod (reduced modulo 2K): \
                 a multiple of a variable, not a unit",
            );
        }
        if unit.as_bytes()[0].is_ascii_alphabetic()
            && unit.as_bytes().get(1).is_none_or(|&c| c == b'^')
            && self.operator_beside(start, uend)
            && self.unit_letter_is_variable(start, uend)
        {
            return refuse(
                self,
                "the unit's letter is a variable of the expression (t^3 + 3 t^2 - t + 2)",
            );
        }
        if unit.len() == 1
            && unit.as_bytes()[0].is_ascii_alphabetic()
            && self.plus_lone_letter(uend)
        {
            return refuse(
                self,
                "a number and a letter plus or minus another lone letter (100 A + Z, 3 n - k): \
                 a sum of multiples of variables, not a unit",
            );
        }
        if !glued && unit.len() == 1 && self.letter_grid(start, uend) {
            return refuse(
                self,
                "letters and numbers alternating (a 1.0 b 1.0 c 1.0 d NaN, J 0 K 0 L): a \
                 printed table or grid, not a unit",
            );
        }
        let b = self.b;
        if unit.len() == 1
            && unit.as_bytes()[0].is_ascii_uppercase()
            && b.get(uend) == Some(&b' ')
            && b.get(uend + 1).is_some_and(u8::is_ascii_lowercase)
            && b[..start]
                .trim_ascii_end()
                .strip_suffix(b":")
                .is_some_and(|t| t.len() >= 7 && t[t.len() - 7..].eq_ignore_ascii_case(b"default"))
        {
            // numpydoc's `w : float, default: 0` then the description, `A width.`
            return refuse(
                self,
                "a default value, then a sentence (default: 10 A vertex is selected)",
            );
        }
        if glued && unit.len() == 1 && start >= 2 && b[start - 2..start] == *b")=" {
            return refuse(
                self,
                "a number glued to a letter after a call and = (abs(b)=2g): a multiple of a \
                 variable",
            );
        }
        if matches!(unit, "turn" | "turns")
            && matches!(
                next_word(self.s, uend, &mut buf),
                b"off" | b"on" | b"out" | b"into" | b"up" | b"down"
            )
        {
            return refuse(self, "a verb after a number (set specular 0 turns off)");
        }
        if glued && self.atom_count_sum(start, uend) {
            return refuse(
                self,
                "element symbols with coefficients in a sum (2C + 1O + 6H): counts of atoms, \
                 not units",
            );
        }
        if !glued
            && unit.len() == 1
            && b.get(uend) == Some(&b'-')
            && b.get(uend + 1).is_some_and(u8::is_ascii_lowercase)
            && !vocab::measure_words_after_hyphen(next_word(self.s, uend + 1, &mut buf))
        {
            return refuse(
                self,
                "a letter opening a hyphenated word (1 d-vector, 256 N-rest split), not a unit",
            );
        }
        // (an ASCII last byte is the last char: continuation bytes are not ASCII)
        if b.get(uend) == Some(&b':') && unit.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            return refuse(
                self,
                "a name with a colon after a number (input 1 d2: input 2): a parameter list",
            );
        }
        // `over 1 AU`: the astronomical unit beside a word of astronomy or distance; elsewhere
        // `AU` is as often an arbitrary or absorbance unit (`100 AU/mL`, `0.5 AU`), whose
        // value the unit reader would give as a length
        if has_au_atom(unit) && !self.words_near_in(start, uend, &ASTRONOMY_NEAR) {
            return refuse(
                self,
                "AU with no word of astronomy or distance near (100 AU/mL, an absorbance of \
                 0.5 AU): arbitrary or absorbance units as often as astronomical units",
            );
        }
        // most units (`mg`, `kDa`, `%`) are none the match below names: they need nothing, known
        // without comparing them with each name in turn
        let need = if unit_named_by_need(unit, glued) {
            self.named_unit_need(start, unit, uend, glued, &mut buf)?
        } else {
            Need::NONE
        };
        // a letter-like unit after a label is a panel or an item: `Fig. 3 A`, `Table 2 C`,
        // `Region 3 PT` (capitals)
        let capitals = unit.bytes().all(|c| c.is_ascii_uppercase());
        // `ISO 8601 day`: a standard's number takes no unit at all (its body is in capitals:
        // the word before is read only after one)
        let caps_before = start >= 2 && self.b[start - 2].is_ascii_uppercase();
        let label_needed = !need.is_none() || capitals;
        let prev: &[u8] = if label_needed || caps_before {
            prev_word(self.s, start, &mut buf)
        } else {
            b""
        };
        let standard = caps_before && vocab::standards_bodies(prev);
        if (label_needed || standard) && context::is_label(prev) {
            self.refuse(
                start,
                uend,
                Domain::Quantity,
                "number after a label (Fig. 3 A, Table 2 C)",
            );
            return None;
        }
        Some(need)
    }

    /// The need of a unit that `unit_named_by_need` lets through: a symbol that is also a word
    /// or a letter, read in its context (None: refused, the refusal recorded).
    #[inline]
    fn named_unit_need(
        &mut self,
        start: usize,
        unit: &str,
        uend: usize,
        glued: bool,
        buf: &mut [u8; 24],
    ) -> Option<Need> {
        let b = self.b;
        let refuse = |me: &mut Self, why| {
            me.refuse(start, uend, Domain::Quantity, why);
            None
        };
        match unit {
            // inches only right after feet: `5 ft 9 in`
            "in" if prev_word(self.s, start, buf) == b"ft" => Some(Need::NONE),
            // dev162: `30cm or 20in which`, `("2000mm", "1.5in")`: inches glued to a plain
            // number, which the preposition never is (`ranked 1in the class`, a lost space
            // before an article, stays out)
            "in" if glued
                && self.plain_number_glued(start, uend - 2)
                && !matches!(next_word(self.s, uend, buf), b"the" | b"a" | b"an") =>
            {
                Some(Need::NONE)
            }
            // `fan diameters above ~46 in.`: at a clause's end beside a word of size
            "in" if matches!(b.get(uend), Some(b'.' | b',' | b';' | b')'))
                && b.get(uend + 1).is_none_or(|c| c.is_ascii_whitespace())
                && self.words_near_in(start, uend, &SIZE_NEAR) =>
            {
                Some(Need::NONE)
            }
            // `a 3 in leg`, `48 in wide`, `9 in minimum`: inches before a word of size
            "in" if self.inches_before_noun(start, uend) => Some(Need::NONE),
            // dev162: `MF` after a number with no capacitor word near (`a 3MF to add colours`)
            // is the 3D Manufacturing Format, not the megafarads the unit reader gives; beside
            // one (`a capacitor of 3MF`, dev11) it stays a capacitance
            "MF" if !self.electrical_words_near(start, uend) => refuse(
                self,
                "MF after a number with no capacitor word near: the 3MF file format, not \
                 megafarads",
            ),
            // `PL`: petalitres nobody measures; `a 2PL IRT model`, `4PL curves` (logistic
            // models with 2 or 4 parameters)
            "PL" => refuse(
                self,
                "a model's name (2PL, 4PL logistic models), not petalitres",
            ),
            "in" | "am" | "as" | "at" | "a" | "ha" | "st" | "nd" | "rd" | "th" | "B" | "b"
            | "D" | "E" | "G" | "P" | "Y" | "Z" | "k" | "u" => refuse(
                self,
                "unit symbol that is also a word or a magnitude letter",
            ),
            "pm" | "PM" | "AM" => {
                let w = prev_word(self.s, start, buf);
                let small_int = self.b[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count()
                    <= 2;
                if context::time_preposition(w) && small_int {
                    refuse(self, "time of day (at 5 pm)")
                } else {
                    Some(Need::any(SCIENCE))
                }
            }
            "T" if glued
                && uend - start >= 4
                && self.b[start..uend - 1].iter().all(u8::is_ascii_digit) =>
            {
                // fields in teslas are small; `293T cells`, `HEK293T` name a cell line
                refuse(
                    self,
                    "a number of 100 or more glued to T (293T cells): a name, not teslas",
                )
            }
            "K" if self.thousand_not_kelvin(start, uend) => refuse(
                self,
                "K after a whole number and before a `+` or a noun, no temperature word near \
                 (103K DFT band gaps, 256K elements, 10K+ replicas): a thousand, not kelvins",
            ),
            "K" | "M" if glued && self.magnitude_suffix(start, uend) => refuse(
                self,
                "resolution or count in thousands or millions (4K video, 479K reactions, \
                 250K, 1M, 10M)",
            ),
            "K" if glued => {
                if self.mixed_case_word_before(start) {
                    refuse(self, "name with a count in thousands (MovieLens 100K)")
                } else if binary_size(&self.b[start..uend - 1]) {
                    Some(Need::any(SCIENCE)) // `64K` is a size or a count outside science
                } else {
                    Some(Need::NONE)
                }
            }
            "M" => Some(Need::any(CHEM)),
            u if glued && u.len() == 1 && self.code_list_next(uend, u.as_bytes()[0]) => refuse(
                self,
                "first of a list of number-letter codes (200m, 200c, and 500c: halo mass \
                 definitions)",
            ),
            "h" | "d" | "y" | "min" | "s" | "g" | "m" | "L" if !glued || unit.len() > 1 => {
                Some(Need::NONE)
            }
            "m" | "g" | "s" | "L" => Some(Need::NONE),
            u if u.len() > 2
                && u.starts_with('(')
                && u.ends_with(')')
                && (&u[1..u.len() - 1] == "in"
                    || u[1..u.len() - 1].bytes().all(|c| c.is_ascii_uppercase())) =>
            {
                refuse(
                    self,
                    "`in` or a capital abbreviation in parentheses (0 (out) and 1 (in), \
                     strength 0 (MC), pitch class 0 (C)), not a unit",
                )
            }
            // `et al. 2010 A Comprehensive Map of ...`: a year, then a title's article
            "A" if !glued && self.year_before_title(start, uend) => refuse(
                self,
                "a year, then the article of a title (2010 A Comprehensive Map), not amperes",
            ),
            "A" if self.angstrom_meant(start, uend) => refuse(
                self,
                "A beside a word of wavelengths or distances (171 A (Fe IX), a cutoff of 20 A): \
                 angstroms meant, not amperes",
            ),
            "deg" | "degree" | "degrees" if self.temperature_letter_after(uend) => refuse(
                self,
                "degrees with a temperature scale apart (60 deg F): the unit reader would take \
                 an angle",
            ),
            // `1200C`, `25C`, `98.6F`, a `1C` rate: glued, these are degrees (or a C-rate)
            // far more often than coulombs or farads, which the unit reader would give; a
            // capacitor or coulomb word near keeps the electrical unit (`a capacitor of 50F`)
            "C" | "F" if glued && !self.electrical_words_near(start, uend) => refuse(
                self,
                "C or F glued to a number (1200C, 98.6F): degrees or a C-rate meant, not \
                     coulombs or farads",
            ),
            "C" | "F" if self.temperature_words_near(start, uend) => refuse(
                self,
                "C or F beside a temperature word (temperature of 20 C, > 50F): degrees \
                 meant, not coulombs or farads",
            ),
            // `converting 25 C and 90 C acidification`: degrees (or a C-rate) as often as
            // coulombs; only a capacitor, coulomb or charge word near makes the electrical
            // unit sure
            "C" | "F" if !self.electrical_words_near(start, uend) => refuse(
                self,
                "C or F with no capacitor or coulomb word near (25 C and 90 C): degrees may be \
                 meant, the unit reader would give coulombs or farads",
            ),
            "A" | "C" | "F" | "H" | "S" | "T" | "t" | "pt" | "pc" | "cd" | "l" | "h" | "d"
            | "y" | "bar" | "rad" => {
                // `3.5 A` is a current; `Figure 2 A`, `grade 5 C`, `2 bar` (music) need context
                let decimal = self.b[start..]
                    .iter()
                    .take_while(|c| !c.is_ascii_whitespace())
                    .any(|&c| c == b'.');
                if decimal && !glued {
                    Some(Need::NONE)
                } else {
                    Some(Need::any(SCIENCE))
                }
            }
            _ => Some(Need::NONE),
        }
    }

    /// One imaginary operand (`4i`, `1j`): a pure imaginary number, or an item or a term
    /// that is none. (out of line: rare, and inlined it crowded the common path)
    #[inline(never)]
    fn pure_imaginary(&mut self, start: usize, end: usize) -> usize {
        if self.before_is_operator(start) {
            return end;
        }
        if let Some(stop) = self.imaginary_label(start, end) {
            return stop; // `Wigner 6j`, `region 2i` (segment/lookalike.rs)
        }
        if self.list_item(start, end, 2) {
            let why = "item of a list of numbers ([1, -1, 1j, -1j]): the list is the object";
            self.refuse(start, end, Domain::Complex, why);
            return end;
        }
        // `T[3j + a, 3j' + b]`: an index term plus a variable, not an imaginary number
        let k = skip_inline_spaces(self.s, end);
        let plus_variable = matches!(self.b.get(k), Some(b'+' | b'-'))
            && self
                .b
                .get(skip_inline_spaces(self.s, k + 1))
                .is_some_and(u8::is_ascii_alphabetic);
        let prime = self.b.get(end) == Some(&b'\'') && (start == 0 || self.b[start - 1] != b'\'');
        if plus_variable || prime {
            let why = "term of an expression with a variable (3j + a, 3j'), not an imaginary";
            self.refuse(start, end, Domain::Complex, why);
            return end;
        }
        // `jnp.cos(1j * x)`, `-1j * tan(x)`: Python's imaginary literal as a factor is a
        // value in any text (a `j` label, `6j symbols`, has no `*` beside it)
        let python_factor = self.b[end - 1] == b'j'
            && (self.b.get(skip_inline_spaces(self.s, end)) == Some(&b'*')
                || prev_visible(self.s, start) == Some('*'));
        let need = if python_factor {
            Need::NONE
        } else {
            Need::any(MATH)
        };
        self.push(start, end, Domain::Complex, need, "pure imaginary number");
        end
    }

    /// One operand, no operator: a pure imaginary (`4i`), a quantity (`5 m`), or a bare
    /// number (never a span).
    fn single_operand(&mut self, start: usize, end: usize, parens: u32, imag: u32) -> usize {
        if parens > 0 {
            return end;
        }
        if imag == 1 {
            return self.pure_imaginary(start, end);
        }
        if let Some((uend, need)) = self.unit_after(start, end, false) {
            self.quantity(start, uend, need, "number and unit");
            return uend;
        }
        if self.b.get(end) == Some(&b'-') {
            if let Some(uend) = self.hyphen_unit_adjective(start, end) {
                return uend;
            }
        }
        // `2 x 10**-28`, `3·10^8` alone: the product the conventions name ARITHMETIC when
        // written with `×`, spelled with a letter or a dot that only the literal reader takes
        if times_sign_in(&self.s[start..end]) {
            let mut buf = [0u8; 24];
            if context::is_label(prev_word(self.s, start, &mut buf)) {
                let why = "numbers after a label (pp. 113-127, Fig. 3-4, version 2/3)";
                self.refuse(start, end, Domain::Arithmetic, why);
            } else {
                let why = "number times a power of ten (2 x 10**-28), as with ×";
                self.push(start, end, Domain::Arithmetic, Need::NONE, why);
            }
        }
        end
    }

    /// `a 2-m tall volume`, `a 10-ft wall`, `a 100-ms window`: a plain number (digits and a
    /// dot, after a space, a bracket or nothing) joined by a tight hyphen to a unit symbol of
    /// `vocab/compound_adjective_units.txt`, then a space and a lowercase word, is an adjective
    /// of measure: one QUANTITY (the reader takes the hyphen as the space). Bounded: the unit
    /// is at most four letters. (cold: rare)
    #[cold]
    #[inline(never)]
    fn hyphen_unit_adjective(&mut self, start: usize, end: usize) -> Option<usize> {
        let b = self.b;
        let opens = start == 0 || matches!(b[start - 1], b' ' | b'(' | b'[' | b'"');
        if !opens
            || !b[start].is_ascii_digit()
            || !b[start..end]
                .iter()
                .all(|c| c.is_ascii_digit() || *c == b'.')
        {
            return None;
        }
        let u0 = end + 1;
        let n = b[u0..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let uend = u0 + n;
        if n == 0 || n > 4 || !vocab::compound_adjective_units(&b[u0..uend]) {
            return None;
        }
        if b.get(uend) != Some(&b' ') || !b.get(uend + 1).is_some_and(u8::is_ascii_lowercase) {
            return None;
        }
        // a one-letter `m` is as often a variable (`2m-by-m matrix ... with 2-m rows`): only
        // before a word of measure (`vocab/measure_words_after_hyphen.txt`: `tall`, `long`)
        let mut buf = [0u8; 24];
        if n == 1 && !vocab::measure_words_after_hyphen(next_word(self.s, uend + 1, &mut buf)) {
            return None;
        }
        let why =
            "number, hyphen and unit before a word: an adjective of measure (a 2-m tall volume)";
        self.push(start, uend, Domain::Quantity, Need::NONE, why);
        Some(uend)
    }

    /// `as of 10/2015`, `in 5/2019`: a month (1-12) and a year (1900-2099) joined by a slash
    /// after `as of` or `in` date a statement (`1/2048 of it` is a fraction).
    fn month_and_year(&self, start: usize, end: usize, prev: &[u8]) -> bool {
        let text = &self.b[start..end];
        let Some(slash) = text.iter().position(|&c| c == b'/') else {
            return false;
        };
        let number = |t: &[u8]| std::str::from_utf8(t).ok()?.parse::<u32>().ok();
        let (month, year) = (number(&text[..slash]), &text[slash + 1..]);
        let dated = month.is_some_and(|m| (1..=12).contains(&m))
            && year.len() == 4
            && number(year).is_some_and(|y| (1900..=2099).contains(&y));
        let as_of = prev == b"of" && {
            let at = skip_inline_spaces_back(self.s, start, 8).saturating_sub(2);
            let mut buf = [0u8; 24];
            prev_word(self.s, at, &mut buf) == b"as"
        };
        dated && (prev == b"in" || as_of)
    }

    /// `scale the Brier score by 1/2`, `divided by 3/4`: after `by` (`prev`), a verb of scaling
    /// among the four words before it makes the slashed pair a factor, not a date
    /// (`vocab/scaling_verbs.txt`).
    fn factor_after_by(&self, prev: &[u8], start: usize) -> bool {
        if prev != b"by" {
            return false;
        }
        let mut at = skip_inline_spaces_back(self.s, start, 8).saturating_sub(2);
        let mut buf = [0u8; 24];
        for _ in 0..4 {
            let w = prev_word(self.s, at, &mut buf);
            if w.is_empty() {
                return false;
            }
            if vocab::scaling_verbs(w) {
                return true;
            }
            at = skip_inline_spaces_back(self.s, at, 8).saturating_sub(w.len());
        }
        false
    }

    /// A number at `start` with its unit up to `uend` (`need`: the context it needs, None when
    /// refused): one span, or the second half of a pair, which then covers the whole pair.
    fn quantity(&mut self, start: usize, uend: usize, need: Option<Need>, rule: &'static str) {
        if need.is_some() && self.extend_to_pair(start, uend) {
            return;
        }
        if self.approximate_range_end(start, uend) {
            // `from 10 pc to ~150 kpc`: a range the encoder cannot read (an approximate end);
            // either end alone would be a value nobody wrote, so neither is a span
            let why = "range with an approximate end (10 pc to ~150 kpc): not read";
            if let Some(c) = self.cands.pop() {
                self.refuse(c.start, c.end, Domain::Quantity, why);
            }
            return self.refuse(start, uend, Domain::Quantity, why);
        }
        if self.factor_after_variable(start) {
            let why = "factor after a variable ((1-alpha)*100%): a term of an expression";
            return self.refuse(start, uend, Domain::Quantity, why);
        }
        if divisor_after_variable(self.b, start) {
            let why = "divisor after a code name (`dz_mm`/2 millimeters): a term of an expression";
            return self.refuse(start, uend, Domain::Quantity, why);
        }
        if self.hyphen_after_quantity(start) {
            let why = "after `quantity-`, not a range of one unit (2 s-3 m): no value of its own";
            return self.refuse(start, uend, Domain::Quantity, why);
        }
        // `the factor is 0.5 and 400W/m is generated`: a quantity that is the subject of its
        // own clause after `and` (a singular verb follows it) is no range's upper end
        // and neither is one after the value of a dimensionless measure (`an airmass of 1 and
        // 1 mm of water`: the airmass takes the 1, the millimetre is the water's)
        let pair = self.pair_before(start).filter(|&(_, why)| {
            !(why == AND_WITHOUT_BETWEEN
                && (self.singular_verb_after(uend) || self.measure_value_before_and(start)))
        });
        if let Some((first, why)) = pair {
            // one span for the whole pair when its first number is a bare literal that
            // no candidate has taken; the encoder reads both numbers or refuses it
            let free = self
                .cands
                .last()
                .is_none_or(|c| c.end <= first.unwrap_or(start));
            match (first, need) {
                (Some(first), Some(need)) if free => {
                    self.push(first, uend, Domain::Quantity, need, why);
                }
                _ => self.refuse(start, uend, Domain::Quantity, why),
            }
        } else if let Some(need) = need {
            self.push(start, uend, Domain::Quantity, need, rule);
        }
    }

    /// Whether the number at `start` follows `*` after a name or a closing parenthesis
    /// (`(1-alpha)*100%`, `rate*5 m`): its value is multiplied by something unknown.
    #[inline(always)] // a byte test before `start` refuses most numbers at once
    fn factor_after_variable(&self, start: usize) -> bool {
        // ASCII spaces only: a byte test per quantity, no char decoding
        let b = self.b;
        let star = ascii_spaces_back(b, start, 3);
        if star == 0 || b[star - 1] != b'*' {
            return false;
        }
        let k = ascii_spaces_back(b, star - 1, 3);
        k > 0 && (b[k - 1] == b')' || b[k - 1] == b'_' || b[k - 1].is_ascii_alphabetic())
    }

    /// Whether the number at `start` is the second half of a value the writer gave as a pair:
    /// an uncertainty (`5.2 ± 0.3 mg`, `0.66 +/- 0.05 V`, `300 K ± 2 K`) or the upper end of a
    /// range (`10–20 °C`, `2 to 3 atm`, `between 3 and 5 mm`). Its unit belongs to the whole
    /// pair, so `0.3 mg` or `20 °C` alone would hand a model a value nobody wrote. Gives the
    /// reason and, when the first number is a bare literal (the pair is one QUANTITY span), its
    /// start. Looks back a bounded number of bytes.
    #[inline(always)]
    pub(super) fn pair_before(&self, start: usize) -> Option<(Option<usize>, &'static str)> {
        let mut k = skip_inline_spaces_back(self.s, start, 8);
        // `10 to ~20 mm`, `5.2 ± ~0.3 mg`: a hedge (about) on the second number; the pair is
        // read across it (alone, `~0.3 mg` was the uncertainty read as the value)
        if k >= 2 && matches!(self.b[k - 1], b'~' | 0x88 | 0xBC) {
            if let Some(h) = char_before(self.s, k).filter(|&c| is_hedge(c)) {
                k = skip_inline_spaces_back(self.s, k - h.len_utf8(), 8);
            }
        }
        // every sign and joiner below ends in one of these byte pairs (`±` C2 B1, `∓` E2 88
        // 93, `–` E2 80 93, `—` E2 80 94, `+/-`, `+-`, `to`, `and`, `through`, `until`): most
        // numbers follow a word or a space that ends in none of them, and skip the ten string
        // comparisons (this test is inlined at the callers; the reading after it is not; one
        // byte let every word ending in `d`, `o`, `h` or `l` through)
        if k < 2
            || !matches!(
                (self.b[k - 2], self.b[k - 1]),
                (0xC2, 0xB1)
                    | (0x88 | 0x80, 0x93)
                    | (0x80, 0x94)
                    | (b'/' | b'+', b'-')
                    | (b't', b'o')
                    | (b'n', b'd')
                    | (b'g', b'h')
                    | (b'i', b'l')
                    | (b'.', b'.' | b'+' | b'-')
                    | (b'0'..=b'9', b'.')
                    | (0x80 | 0xA6, 0xA6 | b'+' | b'-')
            )
        {
            return None;
        }
        if matches!(self.b[k - 1], b'.' | 0xA6) || matches!(self.b[k - 2], b'.' | 0xA6) {
            return self.ellipsis_pair(start, k);
        }
        self.pair_before_sign_or_joiner(start, k)
    }

    /// `pair_before` after an ellipsis glued between two numbers (`-100...+100 °C`,
    /// `-100...0 °C`, `0…5 V`) or two dots (`[0..1000 cm, R]`, `-5..-1 m`, dev148): the number
    /// at `start` is a range's upper end. The scanner may have read the last dot as a decimal
    /// point (`.0 °C`, `.1000 cm`, a value nobody wrote), so the whole range is the span, from
    /// its lower end on; a lower end that is no bare number leaves the upper end without a
    /// value of its own. None when no ellipsis of exactly three dots (or `…`) or exactly two
    /// dots ends right before the number (or its sign). Bounded look-back (four bytes).
    #[cold]
    #[inline(never)]
    fn ellipsis_pair(&self, start: usize, k: usize) -> Option<(Option<usize>, &'static str)> {
        let b = self.b;
        if k != start {
            return None; // glued on both sides only
        }
        let ell_start = if b[start] == b'.' {
            if start >= 2 && &b[start - 2..start] == b".." {
                start - 2 // `...0`: the ellipsis' last dot read as the decimal point of `.0`
            } else if two_dot_range_at(b, start) {
                start - 1 // `0..1000`: the second dot read as the decimal point of `.1000`
            } else {
                return None;
            }
        } else {
            let e = start - usize::from(matches!(b[start - 1], b'+' | b'-'));
            if b[..e].ends_with(b"...") || b[..e].ends_with("\u{2026}".as_bytes()) {
                e - 3
            } else if b[..e].ends_with(b"..") {
                e - 2 // `-5..-1 m`: two dots, then the upper end's sign
            } else {
                return None;
            }
        };
        if ell_start == 0 || !b[ell_start - 1].is_ascii_digit() {
            return None; // `..., 10 m`, `a...5 m`: no lower end glued to the ellipsis
        }
        let why = "range written with an ellipsis (-100...+100 °C): the pair is one value";
        Some((self.bare_number_before(ell_start), why))
    }

    /// `pair_before` where the text before the number (spaces skipped back to `k`) ends in a
    /// byte a sign or a joiner ends in.
    #[inline(never)]
    fn pair_before_sign_or_joiner(
        &self,
        start: usize,
        k: usize,
    ) -> Option<(Option<usize>, &'static str)> {
        let s = self.s;
        let before = &s[..k];
        // each sign and joiner ends in its own two bytes (`pair_before`'s test): they tell
        // which one alone can end `before` (comparing each in turn was ten `ends_with`)
        let last = |n: usize| k.checked_sub(n).map(|i| self.b[i]);
        let (sign, joiner) = match (last(2), last(1)) {
            (Some(0xC2), Some(0xB1)) => ("\u{b1}", ""),
            (Some(0x88), Some(0x93)) => ("\u{2213}", ""),
            (Some(b'/'), Some(b'-')) => ("+/-", ""),
            (Some(b'+'), Some(b'-')) => ("+-", ""),
            (Some(0x80), Some(0x93)) => ("", "\u{2013}"),
            (Some(0x80), Some(0x94)) => ("", "\u{2014}"),
            (Some(b't'), Some(b'o')) => ("", "to"),
            (Some(b'n'), Some(b'd')) => ("", "and"),
            (Some(b'g'), Some(b'h')) => ("", "through"),
            (Some(b'i'), Some(b'l')) => ("", "until"),
            _ => return None,
        };
        if !sign.is_empty() && before.ends_with(sign) {
            let j = sign;
            if !self.value_before_sign(k - j.len()) {
                return None; // `within ±50 ms`, `(default +-50ms)`: a tolerance of 50 ms
            }
            let why = "value with its uncertainty (5.2 ± 0.3 mg): the pair is one value";
            return Some((self.bare_number_before(k - j.len()), why));
        }
        let dash = joiner.starts_with('\u{2013}') || joiner.starts_with('\u{2014}');
        if joiner.is_empty()
            || !before.ends_with(joiner)
            || !dash && char_before(s, k - joiner.len()).is_some_and(is_wordish)
        {
            return None;
        }
        // the lower end must be a bare number, not the digits of a word or a unit (`A4 to
        // 440 Hz`, `KMnO4 and 25 mL`, `470 cm^3 and 0.3 cm`): else no range at all; a lower end
        // in words (`two to 3 grams`) is a range we do not read, so its upper end is no value
        let Some(first) = self.bare_number_before(k - joiner.len()) else {
            if let Some(pair) = self.power_lower_end(start, k - joiner.len(), joiner) {
                return pair;
            }
            // as for digits: `and` makes a range only after `between`, and `from two to 3 g`
            // is a change whose end value is a value (`4 mA at zero and 20 mA` is two values)
            let lower_end = skip_inline_spaces_back(s, k - joiner.len(), 8);
            // most words before `to` (`cooled to 109 K`) end in three letters no number word
            // ends in: then no number in words ends there, known without reading the word
            if !crate::number::words::may_end_number_word(self.b, lower_end) {
                return None;
            }
            let lower = self.number_words_start(lower_end)?;
            let mut buf = [0u8; 24];
            let prev = prev_word(s, lower, &mut buf);
            let range = if joiner == "and" {
                between_before(s, lower)
            } else {
                prev != b"from"
            };
            return range.then_some((
                None,
                "upper end of a range whose lower end is in words (two to 3 grams)",
            ));
        };
        if self.change_from(first) {
            return None; // `raised from 15 to 60 °C`: the end value is a value
        }
        if joiner == "to" && numbered_part_before(s, first) {
            return None; // `the pressure at junction 3 to 4.9 bar`: a part, then the value
        }
        // `and` joins a range only after `between` (or `between about`): `add 3 and 5 mL` is
        // not one; `30 and 70 cm, respectively` is a list whose last value carries the unit,
        // and so is `at 5, 10 and 20 m/s` (a comma list of bare numbers before the `and`)
        if joiner == "and" && !between_before(s, first) {
            if self.respectively_after(start) || comma_list_before(self.b, first) {
                return None;
            }
            return Some((None, AND_WITHOUT_BETWEEN));
        }
        Some((
            Some(first),
            "range of quantities (10–20 °C, 2 to 3 atm): the pair is one value",
        ))
    }

    /// `pair_before_sign_or_joiner` as it read before the sign or joiner was told by its last
    /// two bytes and the number-word filter: each sign, then each joiner compared in turn.
    #[cfg(test)]
    fn pair_before_sign_or_joiner_reference(
        &self,
        start: usize,
        k: usize,
    ) -> Option<(Option<usize>, &'static str)> {
        let s = self.s;
        let before = &s[..k];
        if let Some(j) = uncertainty_sign(before) {
            if !self.value_before_sign(k - j.len()) {
                return None; // `within ±50 ms`, `(default +-50ms)`: a tolerance of 50 ms
            }
            let why = "value with its uncertainty (5.2 ± 0.3 mg): the pair is one value";
            return Some((self.bare_number_before(k - j.len()), why));
        }
        let joiner = ["\u{2013}", "\u{2014}", "to", "and", "through", "until"]
            .into_iter()
            .find(|j| {
                before.ends_with(j)
                    && (j.starts_with('\u{2013}')
                        || j.starts_with('\u{2014}')
                        || !char_before(s, k - j.len()).is_some_and(is_wordish))
            })?;
        // the lower end must be a bare number, not the digits of a word or a unit (`A4 to
        // 440 Hz`, `KMnO4 and 25 mL`, `470 cm^3 and 0.3 cm`): else no range at all; a lower end
        // in words (`two to 3 grams`) is a range we do not read, so its upper end is no value
        let Some(first) = self.bare_number_before(k - joiner.len()) else {
            if let Some(pair) = self.power_lower_end(start, k - joiner.len(), joiner) {
                return pair;
            }
            // as for digits: `and` makes a range only after `between`, and `from two to 3 g`
            // is a change whose end value is a value (`4 mA at zero and 20 mA` is two values)
            let lower_end = skip_inline_spaces_back(s, k - joiner.len(), 8);
            let lower = self.number_words_start(lower_end)?;
            let mut buf = [0u8; 24];
            let prev = prev_word(s, lower, &mut buf);
            let range = if joiner == "and" {
                between_before(s, lower)
            } else {
                prev != b"from"
            };
            return range.then_some((
                None,
                "upper end of a range whose lower end is in words (two to 3 grams)",
            ));
        };
        if self.change_from(first) {
            return None; // `raised from 15 to 60 °C`: the end value is a value
        }
        // `and` joins a range only after `between`: `add 3 and 5 mL` is not one; `30 and 70
        // cm, respectively` is a list whose last value carries the unit, and so is `at 5, 10
        // and 20 m/s`
        if joiner == "and" && !between_before(s, first) {
            if self.respectively_after(start) || comma_list_before(self.b, first) {
                return None;
            }
            return Some((None, AND_WITHOUT_BETWEEN));
        }
        Some((
            Some(first),
            "range of quantities (10–20 °C, 2 to 3 atm): the pair is one value",
        ))
    }

    /// Whether the next comma-list item after `uend` is digits glued to one letter other than
    /// `letter` that is no unit (`200m, 200c`): a list of codes, not of quantities.
    fn code_list_next(&self, uend: usize, letter: u8) -> bool {
        let b = self.b;
        let Some(rest) = b[uend..].strip_prefix(b", ") else {
            return false;
        };
        let n = rest
            .iter()
            .take(8)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let at = uend + 2 + n;
        n > 0
            && rest
                .get(n)
                .is_some_and(|&c| c.is_ascii_alphabetic() && c != letter)
            && !rest.get(n + 1).is_some_and(u8::is_ascii_alphanumeric)
            // `1h, 30m` lists quantities: the other letter must be no unit
            && probe::unit_len(&self.s[at..at + 1]) == 0
    }

    /// Whether `~` stands right before the number at `start` and the previous candidate is a
    /// QUANTITY joined to it by `to`, a dash or a hyphen (`10 pc to ~150 kpc`). A percent on one
    /// side only (`within ~0.1 % to ~2.5 µm`: an accuracy, then the wavelength it holds up to)
    /// joins no range: each is its own value.
    #[inline(always)] // a byte test before `start` refuses most numbers at once
    fn approximate_range_end(&self, start: usize, uend: usize) -> bool {
        let s = self.s;
        if start == 0 || self.b[start - 1] != b'~' {
            return false;
        }
        self.cands.last().is_some_and(|c| {
            c.domain == Domain::Quantity
                && c.end < start
                && (self.b[c.end - 1] == b'%') == (self.b[uend - 1] == b'%')
                && start - c.end <= 12
                && matches!(
                    s[c.end..start - 1].trim(),
                    "to" | "-" | "\u{2013}" | "\u{2014}"
                )
        })
    }

    /// Whether a hyphen glued between the previous QUANTITY candidate, ending in a unit in
    /// letters, and the number at `start` may join a range (`2 s-3 s`, `10 kg-20 kg`:
    /// `extend_to_pair` decides): the number is read, not skipped as the digits of a
    /// hyphenated word (`COVID-19`). (After `%` it is read anyway: `10%-5%` is two values.)
    #[inline(always)] // a byte test before `start` refuses most numbers at once
    fn hyphen_after_quantity(&self, start: usize) -> bool {
        start >= 1
            && self.b[start - 1] == b'-'
            && char_before(self.s, start - 1).is_some_and(is_wordish)
            && self
                .cands
                .last()
                .is_some_and(|c| c.domain == Domain::Quantity && c.end == start - 1)
    }

    /// Whether `start..end` fills a square bracket: `[` right before it, `]` right after it
    /// (`a [1 Hz - 50 Hz] bandpass`), with no letter or digit glued before the `[` (`x[2 m]`
    /// indexes). Looks at three bytes.
    fn fills_square_bracket(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        start > 0
            && b[start - 1] == b'['
            && b.get(end) == Some(&b']')
            && !(start > 1 && b[start - 2].is_ascii_alphanumeric())
    }

    /// `about 10 ms - 20 ms`, `values (100 K - 3000 K)`: two quantities of one unit joined by a
    /// spaced hyphen name a range when the second is the larger and the pair is hedged (`about`,
    /// `approximately`, `roughly`, `around`, `circa`, `typically`, or `~`/`≈` right before it) or
    /// fills round brackets with no letter or digit glued before the `(` (`f(3 m - 7 m)` is a
    /// call). A difference takes the smaller from the larger (`(40 cm - 25 cm)`, `about 9 m - 2
    /// m` stay two quantities), and no arithmetic may touch the pair or its brackets (`=`, `+`,
    /// `-`, `*`, `/`, `^` as the last byte before or the first after, spaces skipped: `x = (2 m
    /// - 5 m)`). Bounded: one word and four bytes each side, one parse.
    fn rising_spaced_pair(&self, first: usize, uend: usize) -> bool {
        let (s, b) = (self.s, self.b);
        let bracketed = first > 0
            && b[first - 1] == b'('
            && b.get(uend) == Some(&b')')
            && !(first > 1 && b[first - 2].is_ascii_alphanumeric());
        let hedged = || {
            let k = skip_inline_spaces_back(s, first, 8);
            if char_before(s, k).is_some_and(is_hedge) {
                return true;
            }
            let mut buf = [0u8; 24];
            let w = prev_word(s, first, &mut buf);
            is_hedge_word(w) || w == b"typically"
        };
        if !bracketed && !hedged() && !self.two_units_across_spaced_hyphen(first, uend) {
            return false;
        }
        let (lo, hi) = if bracketed {
            (first - 1, uend + 1)
        } else {
            (first, uend)
        };
        let arith = |c: Option<&u8>| matches!(c, Some(b'=' | b'+' | b'-' | b'*' | b'/' | b'^'));
        let before = b[lo.saturating_sub(4)..lo]
            .iter()
            .rev()
            .find(|c| !c.is_ascii_whitespace());
        let after = b[hi..(hi + 4).min(b.len())]
            .iter()
            .find(|c| !c.is_ascii_whitespace());
        if arith(before) || arith(after) {
            return false;
        }
        parse_measured(&s[first..uend]).is_ok_and(|m| {
            m.pair.as_ref().is_some_and(|p| {
                p.kind == crate::domains::quantity::PairKind::Range
                    && m.value.si.to_f64() < p.si.to_f64()
            })
        })
    }

    /// `1.2 s - 20 min per stroke`, `500 ms - 2 s`: the two quantities around the spaced hyphen
    /// of `first..uend` write their units differently (dev168). Nobody subtracts across two
    /// units of one dimension in prose (a difference repeats the unit: `12 s - 6 s`), so, like a
    /// hedge, the second unit marks a range (the caller still asks for a rising pair of one
    /// dimension and no operator beside it). Bounded: the pair's own bytes, 64 at most.
    fn two_units_across_spaced_hyphen(&self, first: usize, uend: usize) -> bool {
        let text = &self.s[first..uend];
        if text.len() > 64 {
            return false;
        }
        let Some(k) = text.find(" - ") else {
            return false;
        };
        let unit = |t: &str| {
            t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .trim()
                .to_owned()
        };
        let (a, b) = (unit(&text[..k]), unit(&text[k + 3..]));
        !a.is_empty() && !b.is_empty() && a != b
    }

    /// `200 K to 5000 K`, `300 K ± 2 K`: when the previous candidate is the first quantity of
    /// a pair that repeats its unit and ends at `uend`, it grows to cover the pair (one span).
    fn extend_to_pair(&mut self, start: usize, uend: usize) -> bool {
        let s = self.s;
        let Some(c) = self.cands.last() else {
            return false;
        };
        let close = c.domain == Domain::Quantity && c.end <= start && start - c.end <= 12;
        // only a joiner between them (cheap) before the parser reads both; a hyphen only
        // glued on both sides (`10%-20%`: `5 m - 3 m` may be a difference), or spaced after
        // `from` (`from 0.5 Hz - 4 Hz` names a span of values, as `from 0.5 Hz to 4 Hz`) or
        // with the pair filling a square bracket (`a [1 Hz - 50 Hz] band`: an interval), or
        // rising when hedged or filling round brackets (`about 10 ms - 20 ms`, `(100 K - 3000
        // K)`: see `rising_spaced_pair`)
        // `5 mm to ~10 mm`: a hedge (about) on the second quantity stays inside the pair
        let joiner = close
            && (matches!(
                unhedged(trim_whitespace(&s[c.end..start])),
                "\u{b1}" | "\u{2213}" | "+/-" | "\u{2013}" | "\u{2014}" | "to" | "and"
            ) || &s[c.end..start] == "-"
                || (&s[c.end..start] == " - "
                    && (self.fills_square_bracket(c.start, uend)
                        || {
                            let mut buf = [0u8; 24];
                            prev_word(s, c.start, &mut buf) == b"from"
                        }
                        || self.rising_spaced_pair(c.start, uend))));
        if !joiner || !parse_measured(&s[c.start..uend]).is_ok_and(|m| m.pair.is_some()) {
            return false;
        }
        // `and` joins a range only after `between` (`add 5 mL and 10 mL` is two volumes)
        let between = between_before(s, c.start);
        let first = c.start;
        if self.change_from(first) {
            return false;
        }
        if !between && unhedged(s[c.end..start].trim()).eq_ignore_ascii_case("and") {
            return false;
        }
        let c = self.cands.last_mut().expect("checked above");
        c.end = uend;
        c.rule = "pair of quantities with one unit (200 K to 5000 K): the pair is one value";
        true
    }

    /// The end (after `)`) of `(8.4 ± 0.2)` or of the concise `1.00794(7)` (a decimal) at
    /// `start`: the shape only (the encoder reads the numbers). Looks at most 64 bytes ahead.
    /// `run_end`: the end of the digits and dots at `start`, 64 bytes at most.
    fn bracketed_uncertainty(&self, start: usize, run_end: usize) -> Option<usize> {
        let (s, b) = (self.s, self.b);
        let stop = (start + 64).min(b.len());
        if b[start] == b'(' {
            let close = start + 1 + b[start + 1..stop].iter().position(|&c| c == b')')?;
            let inner = &s[start + 1..close];
            // the shape first: most groups hold a word, refused at its first letter before
            // the three substring searches
            let plain = inner
                .chars()
                .all(|c| c.is_ascii_digit() || " .,+-/eE\u{b1}\u{2213}\u{2212}".contains(c));
            let joined =
                || inner.contains('\u{b1}') || inner.contains('\u{2213}') || inner.contains("+/-");
            return (plain && joined()).then_some(close + 1);
        }
        let mut i = run_end;
        if i < stop && b[i] != b'(' && b[start..i].contains(&b'.') {
            // digits grouped after the point (`6.674 30(15)`): the literal's own reading
            i = (start + literal_len(&s[start..])).min(stop);
        }
        // a decimal point: `2(3) cm` may be a product
        if i == start || i >= stop || b[i] != b'(' || !b[start..i].contains(&b'.') {
            return None;
        }
        let digits = b[i + 1..stop]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let close = i + 1 + digits;
        (digits > 0 && close < stop && b[close] == b')').then_some(close + 1)
    }

    /// Whether `from` comes right before `first` and a verb of change (`vocab/change_verbs.txt`)
    /// is among the three words before it: `raised from A to B` is a start and an end, not a
    /// range. Bounded look-back.
    fn change_from(&self, first: usize) -> bool {
        let mut buf = [0u8; 24];
        if prev_word(self.s, first, &mut buf) != b"from" {
            return false;
        }
        let b = self.b;
        let mut i = skip_inline_spaces_back(self.s, first, 8) - 4;
        for step in 0..3 {
            let w = prev_word(self.s, i, &mut buf);
            // further back only an inflected form: `heat fluxes from 1.85 to 10.75 kW/m^2`
            // names a quantity (`heat`, `shift`, `cool` are nouns as often as verbs)
            let inflected = w.ends_with(b"ed")
                || w.ends_with(b"s")
                || matches!(w, b"rose" | b"fell" | b"grew" | b"went");
            if vocab::change_verbs(w) && (step == 0 || inflected) {
                return true;
            }
            i = skip_inline_spaces_back(self.s, i, 8);
            let stop = i.saturating_sub(24);
            while i > stop && b[i - 1].is_ascii_alphabetic() {
                i -= 1;
            }
            if i == 0 || !b[i - 1].is_ascii_whitespace() {
                return false;
            }
        }
        false
    }

    /// The reason `pair_before` gives, for a second half that is refused on its own.
    pub(super) fn second_of_a_pair(&self, start: usize) -> Option<&'static str> {
        self.pair_before(start).map(|(_, why)| why)
    }

    /// The start of a bare number literal (digits, `.`, `,`, a sign) ending at `end` after
    /// optional spaces: one that stands alone, after a space, an opening bracket, `=` or the
    /// start of the text.
    /// Whether a value stands before the `±` at `sign`: a number (`5.2 ± 0.3`, `(5.2) ±`) or
    /// a number and its unit (`300 K ± 2 K`); a sign after a word or `(` opens a tolerance.
    fn value_before_sign(&self, sign: usize) -> bool {
        let s = self.s;
        let n = skip_inline_spaces_back(s, sign, 8);
        match char_before(s, n) {
            None | Some('(' | '[' | ',' | ';' | ':' | '=') => return false,
            Some(c) if c.is_ascii_digit() || matches!(c, ')' | ']' | '%') => return true,
            _ => {}
        }
        // one unit-like word between: look at what stands before it
        let mut chars = s[..n].char_indices().rev().take(16);
        let w = match chars.find(|(_, c)| c.is_whitespace()) {
            Some((i, c)) => i + c.len_utf8(),
            None if s[..n].chars().rev().nth(16).is_none() => 0, // the text starts with it
            None => return true, // a long unspaced run: keep the pair reading
        };
        let m = skip_inline_spaces_back(s, w, 8);
        char_before(s, m).is_some_and(|c| c.is_ascii_digit())
    }

    /// `Atari 400/800`, `Commodore 16/116`, `Atari DOS 2/2.5`: a pair joined by a slash one
    /// space after a capitalised name inside a sentence (not its first word) names models or
    /// versions; so does one that closes a parenthesis opened right before the name, after a
    /// word or a comma (`slash/loblolly pine (SPCD 111/131)`: two codes, one for each pine).
    fn model_pair_after_name(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        // `= 0.6` after it, or `of the total` (a fraction of something), makes it a quotient
        let mut buf = [0u8; 24];
        if char_at(self.s, skip_inline_spaces(self.s, end)) == Some('=')
            || next_word(self.s, end, &mut buf) == b"of"
        {
            return false;
        }
        // inside a sentence: a word or a comma before the name, not a full stop or the start
        let in_sentence =
            |k: usize| k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b',');
        // dev162: `(Creator 5 / 5 Pro)`: a variant word of at most eight letters (`Pro`,
        // `Plus`, `Max`, `SE`) may stand between the pair and the parenthesis
        let close = {
            let w = end + 1;
            let n = b
                .get(w..)
                .unwrap_or_default()
                .iter()
                .take(9)
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            // a word, not a unit symbol (`Pa`, `MPa`, `GHz`): a capital then three or more
            // lowercase letters (`Pro`, `Plus`), or two or three capitals (`SE`, `XL`)
            let word = b.get(w..w + n).unwrap_or_default();
            let variant = word.first().is_some_and(u8::is_ascii_uppercase)
                && ((n >= 3 && word[1..].iter().all(u8::is_ascii_lowercase))
                    || ((2..=3).contains(&n) && word.iter().all(u8::is_ascii_uppercase)));
            if b.get(end) == Some(&b' ') && n <= 8 && variant && b.get(w + n) == Some(&b')') {
                w + n
            } else {
                end
            }
        };
        capitalised_word_before(b, start).is_some_and(|a| {
            let k = skip_inline_spaces_back(self.s, a, 8);
            in_sentence(k)
                || (k > 0
                    && k == a
                    && b[k - 1] == b'('
                    && b.get(close) == Some(&b')')
                    && in_sentence(skip_inline_spaces_back(self.s, k - 1, 8)))
        })
    }

    /// Whether the number at `start` is a year (1800 to 2099, four digits) and the word after
    /// the unit letter ending at `uend` is capitalised: `2010 A Comprehensive Map`.
    fn year_before_title(&self, start: usize, uend: usize) -> bool {
        let b = self.b;
        let year = b.len() >= start + 4
            && b[start..start + 4].iter().all(u8::is_ascii_digit)
            && matches!(&b[start..start + 2], b"18" | b"19" | b"20")
            && b.get(start + 4) == Some(&b' ');
        year && b.get(uend) == Some(&b' ')
            && b.get(uend + 1).is_some_and(u8::is_ascii_uppercase)
            && b.get(uend + 2).is_some_and(u8::is_ascii_lowercase)
    }

    /// Whether `of` before `start` follows a percentage or a fraction (`35% of`, `1/3 of`,
    /// `half of`): the number at `start` is its object.
    fn operand_of_of(&self, start: usize) -> bool {
        let b = self.b;
        let of = skip_inline_spaces_back(self.s, start, 8);
        if of == start || of < 3 || &b[of - 2..of] != b"of" || b[of - 3] != b' ' {
            return false;
        }
        let of = of - 2;
        let k = skip_inline_spaces_back(self.s, of, 8);
        k > 0
            && (b[k - 1] == b'%' || (b[k - 1].is_ascii_digit() && b[..k].contains(&b'/')) || {
                let mut buf = [0u8; 24];
                matches!(
                    prev_word(self.s, of, &mut buf),
                    b"half" | b"third" | b"quarter" | b"percent"
                )
            })
    }

    /// `0°C/32°F`, `5V/12V`: a quantity found just before the slash and digits with a unit
    /// after it are two readings of one value or two alternatives, not a unit divided by a
    /// number (`DBA/2J`, `x/2` stay parts of a name or an expression).
    fn second_reading_after_slash(&self, start: usize) -> bool {
        let b = self.b;
        let quantity_before = self
            .cands
            .last()
            .is_some_and(|c| c.domain == Domain::Quantity && c.end + 1 == start);
        if !quantity_before {
            return false;
        }
        // the same unit on both sides (`5V/12V`, `10 km/20 km`), or degrees of two scales;
        // `3 mg/2 mL` is a concentration, not two values
        let slash = start - 1;
        let mut u = slash;
        while u > 0 && (b[u - 1].is_ascii_alphabetic() || b[u - 1] >= 0x80) {
            u -= 1;
        }
        let k = start + digits_at(b, start, 16);
        let k = k + usize::from(b.get(k) == Some(&b' '));
        let before = &b[u..slash];
        let cap = (k + 24).min(b.len());
        let cap = (k..=cap)
            .rev()
            .find(|&c| self.s.is_char_boundary(c))
            .unwrap_or(k);
        let after = &b[k..k + probe::unit_len(&self.s[k..cap])];
        let degrees = |u: &[u8]| u.starts_with("\u{b0}".as_bytes());
        !before.is_empty() && (before == after || (degrees(before) && degrees(after)))
    }

    /// `10^5 to 10^6 Pa`, `2 × 10^5 – 10^6 Pa`: when a power of ten ends at `lower` (before the
    /// joiner), the range is not read as one and its upper end at `start` alone is no value
    /// (`Some(Some(..))`); it is one after `raised from` and in a list read `respectively`
    /// (`Some(None)`). None when no power of ten ends there.
    fn power_lower_end(
        &self,
        start: usize,
        lower: usize,
        joiner: &str,
    ) -> Option<Option<(Option<usize>, &'static str)>> {
        let power = power_of_ten_before(self.b, lower)?;
        let change = self.change_from(power);
        let list =
            joiner == "and" && !between_before(self.s, power) && self.respectively_after(start);
        Some((!change && !list).then_some((
            None,
            "upper end of a range whose lower end is a power of ten (10^5 to 10^6 Pa)",
        )))
    }

    /// After the expression `start..end`: a range joiner (`to`, `through`, a dash, `and`
    /// after `between`), a power of ten and a unit (`10^5 to 10^6 Pa`). Bounded look-ahead.
    fn power_range_after(&self, start: usize, end: usize) -> bool {
        let (s, b) = (self.s, self.b);
        let j = skip_inline_spaces(s, end);
        let rest = &b[j..];
        let joiner = if rest.starts_with(b"to ") {
            3
        } else if rest.starts_with(b"through ") {
            8
        } else if rest.starts_with(b"and ") && between_before(s, start) {
            4
        } else if rest.starts_with("\u{2013}".as_bytes()) || rest.starts_with("\u{2014}".as_bytes())
        {
            3
        } else if rest.starts_with(b"- ") && j > end {
            1
        } else {
            return false;
        };
        let k = skip_inline_spaces(s, j + joiner);
        let power = if b[k..].starts_with(b"10^") {
            k + 3
        } else if b[k..].starts_with(b"10**") {
            k + 4
        } else {
            return false;
        };
        let sign = usize::from(b.get(power).is_some_and(|&c| c == b'-' || c == b'+'));
        let digits = digits_at(b, power + sign, 5);
        let u = skip_inline_spaces(s, power + sign + digits);
        // `raised from 10^5 to 10^6 Pa`: a change, each end a value of its own
        (1..=4).contains(&digits)
            && !self.change_from(start)
            && char_at(s, u).is_some_and(|c| {
                c.is_alphabetic() || "\u{b0}\u{b5}\u{3bc}\u{2126}\u{212b}%".contains(c)
            })
    }

    fn bare_number_before(&self, end: usize) -> Option<usize> {
        let (s, b) = (self.s, self.b);
        let n = skip_inline_spaces_back(s, end, 8);
        let mut m = n;
        while m > n.saturating_sub(40) && matches!(b[m - 1], b'0'..=b'9' | b'.' | b',') {
            m -= 1;
        }
        // `-100e-3 to 100e-3 A`: the exponent of a lower end in e-notation, then its mantissa
        let e = m - usize::from(m > 0 && m < n && matches!(b[m - 1], b'-' | b'+'));
        if m < n && e > 1 && matches!(b[e - 1], b'e' | b'E') && b[e - 2].is_ascii_digit() {
            m = e - 1;
            while m > n.saturating_sub(40) && matches!(b[m - 1], b'0'..=b'9' | b'.') {
                m -= 1;
            }
        }
        if m == n || !b[m].is_ascii_digit() {
            return None;
        }
        let stands_alone =
            |i: usize| char_before(s, i).is_none_or(|c| c.is_whitespace() || "([{:=~≈".contains(c));
        if let Some(sign @ ('-' | '+' | '\u{2212}')) = char_before(s, m) {
            let signed = m - sign.len_utf8();
            return stands_alone(signed).then_some(signed);
        }
        stands_alone(m).then_some(m)
    }

    /// The previous visible char is an arithmetic operator: the number belongs to a longer
    /// expression with non-numeric terms (`2x + 3 * 4`).
    fn before_is_operator(&self, start: usize) -> bool {
        match prev_visible(self.s, start) {
            Some('+' | '-' | '*' | '/' | '^' | '\u{d7}' | '\u{f7}' | '\u{2212}') => true,
            // `M^-(1/2)`: the inside of a group that is a signed power's exponent
            Some('(') => {
                let open = skip_inline_spaces_back(self.s, start, 8) - 1;
                matches!(self.b[..open], [.., b'^', b'-' | b'+'])
            }
            // `-2 % 2**3`: a modulo (a `%` after a number and a space)
            Some('%') => {
                let pct = skip_inline_spaces_back(self.s, start, 8) - 1;
                self.b[..pct].last().is_some_and(|&c| c == b' ')
                    && self.b[..pct]
                        .iter()
                        .rev()
                        .nth(1)
                        .is_some_and(u8::is_ascii_digit)
            }
            // `(6+1) \times (6+1)`: a LaTeX operator before the number joins it to what
            // stands before (a relation, `\approx 1/2`, does not)
            Some('s' | 't' | 'v' | 'm' | 'p') => {
                self.latex_operator_before(start) && !self.latex_sign_before(start)
            }
            _ => false,
        }
    }

    /// `p = \pm 1/2`, `(\mp 3)`: `\pm` or `\mp` after a relation, an opening bracket or a comma
    /// is the sign of the number after it, joining it to nothing before.
    fn latex_sign_before(&self, start: usize) -> bool {
        let p = skip_inline_spaces_back(self.s, start, 8);
        if !(self.b[..p].ends_with(b"\\pm") || self.b[..p].ends_with(b"\\mp")) {
            return false;
        }
        let k = skip_inline_spaces_back(self.s, p - 3, 8);
        k == 0 || matches!(self.b[k - 1], b'=' | b'(' | b'[' | b',' | b'<' | b'>')
    }

    /// A LaTeX operator (`\times`, `\cdot`, `\div`, `\ast`, `\pm`, `\mp`) right before
    /// `start`, spaces between.
    fn latex_operator_before(&self, start: usize) -> bool {
        let p = skip_inline_spaces_back(self.s, start, 8);
        [
            &b"\\times"[..],
            b"\\cdot",
            b"\\div",
            b"\\ast",
            b"\\pm",
            b"\\mp",
        ]
        .iter()
        .any(|op| self.b[..p].ends_with(op))
    }

    /// Where the parenthesised group opening at `open` ends (after its `)`), or `fallback`
    /// when it does not close.
    fn group_end(&mut self, open: usize, fallback: usize) -> usize {
        match self.paren_at(open) {
            Some(&mut m) if m != NONE => (m & !BAD_BIT) as usize + 1,
            _ => fallback,
        }
    }

    /// Two or more operands: arithmetic, complex, or a quantity with a computed value.
    /// (out of line: inlined, its many rules crowded the registers of `numeric_at`, whose
    /// common path is one operand)
    #[inline(never)]
    fn expression(&mut self, start: usize, end: usize, st: Stats) -> usize {
        let s = self.s;
        // an imaginary operand: `a + bi` only
        if st.imag > 0 {
            // `(1+2j)`, `((3 + 4j))`: Python writes a complex number in parentheses; the span
            // is the number inside
            let wraps = self.wrapping_parens(start, end);
            if st.imag == 1 && !st.imag_mid && st.operands == 2 && st.parens == wraps as u32 {
                if self.before_is_operator(start) || self.list_item(start, end, 2) {
                    self.refuse(start, end, Domain::Complex, "part of a longer expression");
                    return end;
                }
                let (a, e) = (start + wraps, end - wraps);
                let a = skip_inline_spaces(s, a);
                let e = skip_inline_spaces_back(s, e, usize::MAX);
                self.push(a, e, Domain::Complex, Need::NONE, "a + bi");
            } else {
                self.refuse(
                    start,
                    end,
                    Domain::Complex,
                    "imaginary unit inside a longer expression",
                );
            }
            return end;
        }
        // what follows: a unit, more operators, or a clean end (a refused unit, as in
        // `7.8 × 10^9 in 2020`, leaves the expression on its own)
        if let Some((uend, Some(need))) = self.unit_after(start, end, false) {
            if st.operands == 2
                && st.div == 1
                && st.ops == 1
                && spaced_reciprocal(&self.b[start..end])
                && frequency_unit(s[end..uend].trim_start())
            {
                // `1 / 80 Hz`, `1 / 44.1 kHz`: one over a frequency is a period, the unit
                // belongs to the divisor alone; neither `1 / 80` nor `80 Hz` is the value
                // written, so neither is a span
                let why = "one over a frequency (1 / 80 Hz): the unit belongs to the divisor";
                self.refuse(start, uend, Domain::Quantity, why);
                self.refuse(start, end, Domain::Arithmetic, why);
                return uend;
            }
            if let Some((_, why)) = self.pair_before(start) {
                // `1–5 × 10^3 m`: whether the power reaches the first number is unclear
                self.refuse(start, uend, Domain::Quantity, why);
            } else if st.operands == 2 && st.minus == 1 && percent_restated(&s[start..uend]) {
                self.refuse(start, uend, Domain::Quantity, PERCENT_RESTATED);
            } else if ten_power_alone(&self.b[start..end], st)
                && (self.before_is_operator(start)
                    || matches!(
                        prev_visible(s, start),
                        Some('x' | 'X' | '*' | '/' | '\u{d7}' | '\u{b7}' | '\u{22c5}' | '\u{2219}')
                    ))
            {
                // `6.67430(15) × 10^-11 m^3`: the power of a number in scientific notation;
                // the power alone with the unit would be a value nobody wrote
                let why = "power of ten after a multiplication (6.674(15) × 10^-11 m^3): part of a number";
                self.refuse(start, uend, Domain::Quantity, why);
            } else {
                // `about +2-3 W`: a plus before a range of quantities is prose (an increase
                // of 2 to 3 W), not part of the value
                let plus = usize::from(
                    self.b[start] == b'+' && st.operands == 2 && st.minus == 1 && st.ops == 1,
                );
                self.push(
                    start + plus,
                    uend,
                    Domain::Quantity,
                    need,
                    "expression and unit",
                );
                // `1/60 minutes`, `3/4 inch`: a fraction of a unit, which the unit reading
                // cannot take as a value; the fraction alone is the number written
                let fraction = st.operands == 2 && st.div == 1 && st.slash_tight == 1;
                // `2**32 milliseconds`: a power or product of integers, the same way (short,
                // and no operand of three digits after `^` or `*`: `3 × 10^999 m` failed as a
                // quantity for its size, and its exact value costs what prose does not)
                let small = !big_power(&self.b[start..end]);
                let factors = st.plus == 0
                    && st.minus == 0
                    && st.parens == 0
                    && st.imag == 0
                    && end - start <= 16
                    && small;
                // `365 + 97 / 400 days`, `3 + 4 kg`: a sum before a unit, read the same way (a
                // `-` stays out: `10 - 20 days` is a range)
                let sum = st.plus > 0
                    && st.minus == 0
                    && st.parens == 0
                    && st.imag == 0
                    && st.operands <= 4
                    && end - start <= 24
                    && small;
                let mixed =
                    fraction && mixed_number_whole_before(self.b, start, &self.b[start..end]);
                // `micrometres (10^-6 m)` before a unit the quantity reader cannot take: a power
                // of ten with a negative exponent, alone (after a multiplication, as in
                // `6.67430(15) × 10^-11 m^3`, it is part of a number and refused above)
                let tenth_power = ten_power_alone(&self.b[start..end], st)
                    && matches!(
                        &self.b[start + 2..end],
                        [b'^', b'-', ..] | [b'*', b'*', b'-', ..]
                    );
                // `50/60 Hz`, `110/220 V`, `roughly 40/45 s`: two whole numbers with a common
                // factor are alternatives (writers reduce a fraction of a unit: `1/60`, `3/4`)
                if fraction && common_factor_pair(&self.b[start..end]) {
                    self.refuse(
                        start,
                        end,
                        Domain::Arithmetic,
                        "alternatives before a unit (50/60 Hz, 110/220 V), not a fraction",
                    );
                } else if factors
                    && st.mul == st.ops
                    && s[start..end].contains('\u{d7}')
                    && length_unit(s[end..uend].trim_start())
                {
                    // `a 10 × 20 mm plate`, `10 × 20 × 30 cm`: sides of a shape, each in the
                    // unit (their product, 200, is neither side nor the area in mm^2)
                    let why = "sides of a shape before a length unit (10 × 20 mm): no product";
                    self.refuse(start, end, Domain::Arithmetic, why);
                } else if (fraction || factors || sum)
                    && !st.non_int
                    && (!st.signed || tenth_power)
                    && !mixed
                {
                    if let Ok(need) = self.arithmetic_need(start, end, st) {
                        let why = "expression before a unit (1/60 minutes, 400*1800 seconds): the unit stays text";
                        // `Nano (1/1000000000) seconds`: the prose parentheses stay out
                        let inner = usize::from(self.prose_parens(start, end));
                        self.push(start + inner, end - inner, Domain::Arithmetic, need, why);
                    }
                }
            }
            return uend;
        }
        let j = skip_inline_spaces(s, end);
        let next = char_at(s, j);
        // `8 * 8 * 9 - see paper`, `(2+1)-dimensional`: a spaced dash, or a hyphen after a
        // group, before a word of three or more letters is prose (`2 * 3 - x` still runs on
        // into a variable, and `6/4-ish` stays one modifier)
        let dash = next == Some('-') && {
            let w = skip_inline_spaces(s, j + 1);
            let spaced = j > end && w > j + 1;
            (spaced || self.b[end - 1] == b')')
                && self.b[w..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count()
                    >= 3
        };
        // `1 + 2 \cdot n`: a LaTeX operator or symbol carries the expression on
        let latex = next == Some('\\') && self.b.get(j + 1).is_some_and(u8::is_ascii_alphabetic);
        // `5/2 -> 2 1/2`, `3 + 4 --> 7`: an ASCII arrow ends the expression, as `=` does
        let arrow = next == Some('-') && {
            let k = j + self.b[j..].iter().take_while(|&&c| c == b'-').count();
            self.b.get(k) == Some(&b'>')
        };
        if !dash
            && !arrow
            && (matches!(
                next,
                Some('+' | '-' | '*' | '/' | '^' | '\u{d7}' | '\u{f7}' | '\u{2212}')
            ) || latex
                || next.is_some_and(|c| c.is_ascii_digit())
                || (next == Some('%') && modulo_operand_at(self.b, j + 1)))
        {
            // the run it belongs to (`'0^ 1 0^ 1'`, MAGMOM's `2*1 2*-1`) is one thing not read:
            // none of its later pieces is a span either
            let run = j + self.b[j..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || b" \t.+-*/^%".contains(c))
                .count();
            let run = skip_inline_spaces_back(s, run, usize::MAX).max(end);
            self.refuse(
                start,
                run,
                Domain::Arithmetic,
                "runs on into operators or numbers that are not part of it",
            );
            return run;
        }
        if j == end && next == Some('(') {
            // `1 + 1.5(1-\epsilon)`, `12/2(1+2)`: a factor or a call glued on; the expression
            // is part of it, and so is the group (`1+2` alone is no value written)
            let close = self.group_end(j, end);
            self.refuse(start, close, Domain::Arithmetic, "implicit product follows");
            return close;
        }
        if j > end
            && next == Some('(')
            && implicit_product_at(self.b, j)
            && !restated_power(&self.b[start..end], &self.b[j..])
        {
            // `1 + 3 ((2^n) - 1)`: a factor follows; neither part is the value written, so
            // the scan resumes after the group
            let close = self.group_end(j, end);
            self.refuse(start, close, Domain::Arithmetic, "implicit product follows");
            return close;
        }
        if self.before_is_operator(start) {
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "part of a longer expression with non-numeric terms",
            );
            return end;
        }
        if ten_power_alone(&self.b[start..end], st) && self.times_sign_after_number(start) {
            // `1.2(3) x 10^3 cells`: the power of a number in scientific notation whose
            // mantissa was not read (a concise uncertainty, no unit after): 10^3 alone is a
            // value nobody wrote
            let why =
                "power of ten after a number and a times sign (1.2(3) x 10^3): part of a number";
            self.refuse(start, end, Domain::Arithmetic, why);
            return end;
        }
        if power_of_ten_before(self.b, end).is_some() && self.power_range_after(start, end) {
            // `10^5 to 10^6 Pa`: the lower end of a range of powers of ten with a unit, a
            // range not read as one (its upper end is refused too): no bare number alone
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "lower end of a range of powers of ten (10^5 to 10^6 Pa)",
            );
            return end;
        }
        let arrow_before = self.s[..start].ends_with("=>") || self.s[..start].ends_with("->");
        let arrow_after = self.s[end..].starts_with("=>") || self.s[end..].starts_with("->");
        if arrow_before || arrow_after {
            // `"1=>2/3=>4"`: a mapping of numbered things, not a quotient
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "numbers in a chain of arrows (1=>2/3=>4): a mapping, not an expression",
            );
            return end;
        }
        if double_hyphen(&self.b[start..end]) {
            // `pp. 94--128`, `(15)--(17)`, `1-----2`: a double hyphen is an en dash (a range)
            // or a drawn line, never a minus before a negative number
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "double hyphen: an en dash or a drawn line (94--128), not a difference",
            );
            return end;
        }
        let k = skip_inline_spaces(self.s, end);
        if k > end
            && self.b.get(k).is_some_and(u8::is_ascii_alphabetic)
            && (self.b.get(k + 1) == Some(&b'^') || self.b[k + 1..].starts_with(b"**"))
        {
            // `x = 1 + 5 x^2`: the last number is the coefficient of a power of a variable
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "runs on into a power of a variable (1 + 5 x^2)",
            );
            return end;
        }
        if product_with_symbol_after(s, end) {
            // `ein 1/4.Pi`, `1/2·π`, `3/4 ⋅ r`: a dot glued on before a letter, or a middle dot
            // before a letter, multiplies by a symbol; the fraction alone is no value written
            // (1/4.Pi is 1/(4π), not 0.25)
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "runs on into a product with a symbol (1/4.Pi, 1/2·π)",
            );
            return end;
        }
        if k > end
            && st.ops > st.pow
            && self.b.get(k) == Some(&b'x')
            && self.b.get(k + 1) == Some(&b' ')
        {
            // `(1.0 + 0.7 x [Na+])`, `2 + 3 x 4`: a spaced `x` is a times sign the expression
            // reader does not take: the value written runs on past `2 + 3` (a power alone,
            // `10^10 x Msolar`, is the number written)
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "runs on into a spaced x (2 + 3 x 4, 1.0 + 0.7 x [Na+])",
            );
            return end;
        }
        if signed_number_row(&self.b[start..end]) {
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "a row of signed numbers (2.894 -0.428 -0.370), not a difference",
            );
            return end;
        }
        let inner = usize::from(self.prose_parens(start, end));
        let core = &s[start + inner..end - inner];
        if split_at_byte(core, b'-')
            .is_some_and(|(a, b)| a == b && !a.is_empty() && a.bytes().all(|c| c.is_ascii_digit()))
            && !self.equation_around(start, end)
        {
            // `a 1-1 basis`, `1-1 correspondence`: a pairing, never the difference zero
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "n-n: a pairing (1-1 basis), not a difference",
            );
            return end;
        }
        if design_sum(core)
            && !self.b[end..].starts_with(b"=")
            && !self.equation_around(start, end)
            && self.words_near_in(start, end, &TRIAL_DESIGN_NEAR)
        {
            // `the 3+3 trial design`, `like CRM, 3+3, etc`: a tight sum of one-digit numbers
            // beside a word of dose-finding trials names the design (cohorts of three, then
            // three more), never the number it adds up to
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "n+n beside a word of trial design (the 3+3 design): a design's name, not a sum",
            );
            return end;
        }
        if split_at_byte(core, b'/').is_some_and(|(a, b)| {
            split_or_convention(a, b) || (a == b && self.done_of_total(a, end))
        }) && !self.b[end..].starts_with(b" of ")
        {
            // `a 50/50 split`, `24/24`, `the 60/40 portfolio`, `an 80/20 rule`: a share or
            // schedule written as a ratio, never the number it computes to; `30/360`: the
            // day-count convention (`30/360 of a turn` stays a fraction)
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "n/n or a split of 100 (50/50, 60/40) or the 30/360 day count, not a quotient",
            );
            return end;
        }
        if split_at_byte(core, b'/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
        }) && inner == 0
            && ((self.b.get(end) == Some(&b' ')
                && vocab::format_nouns_after(next_word(s, end, &mut [0u8; 24])))
                || (start > 1
                    && self.b[start - 1] == b' '
                    && self.b[start - 2].is_ascii_alphabetic()
                    && !self.b[end..].starts_with(b" of ")
                    && vocab::format_nouns_after(prev_word(s, start, &mut [0u8; 24]))))
            && !self.equation_around(start, end)
        {
            // `the 179/181 container`, `the 32/64 layout`, `a 4/6 header`: two whole numbers
            // joined by a slash right before a noun of a file format name that format (its
            // codes), never the quotient; so do they one space after that noun (`.ch files
            // (format 130/131)`, `the header 8/30`, dev144), unless ` of ` follows
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "n/m beside a format noun (the 179/181 container, format 130/131): a format's name, not a quotient",
            );
            return end;
        }
        if split_at_byte(core, b'/').is_some() && pade_order(self.b, start, end) {
            // `a [13 / 13] Pade approximant`, `the [3/2] Padé form`: the degrees of the
            // numerator and the denominator, not a quotient
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "the order of a Pade approximant ([3/3] Pade), not a quotient",
            );
            return end;
        }
        let power = || core.bytes().any(|c| c == b'^') || core.contains("**");
        if self
            .list_around(start, end)
            .is_some_and(|(items, nested)| nested || (items >= 3 && !power()))
        {
            // `(1/3, 1/3, 1/3)`: the list is the object, not each expression; powers in a
            // flat tuple (`(1, 2**2, 3**2)`) are no list the vector reader takes, so each
            // is its own expression
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "item of a list of three or more numbers ((1/3, 1/3, 1/3))",
            );
            return end;
        }
        if split_at_byte(core, b'-').is_some_and(|(a, b)| {
            [a, b].iter().all(|t| {
                t.bytes().next().is_some_and(|c| c.is_ascii_digit())
                    && t.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            })
        }) && self.b.get(end) == Some(&b' ')
            && unread_unit_at(s, end + 1)
        {
            // `the 850-500 mb temperature difference`, `a 3-5 kt wind`: a layer or a range in
            // a unit the QUANTITY reader does not read (vocab/unread_units_after.txt), not a
            // difference (850-500 was 350, a value nobody wrote)
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "two numbers before a unit not read (850-500 mb): a range or layer, not a difference",
            );
            return end;
        }
        if core
            .strip_prefix("0-")
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit()))
        {
            // `Integer (0-127)`, `percentage (0-1)`: a range from zero, which nobody writes
            // as a subtraction from zero
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "0-127: a range from zero, not a difference",
            );
            return end;
        }
        if core
            .strip_prefix("0/")
            .is_some_and(|d| d.bytes().all(|c| c.is_ascii_digit()))
        {
            // `0/1 loss`, `a 0/255 mask`: the two values of a flag, not the fraction zero
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "0/1, 0/255: the two values of a flag",
            );
            return end;
        }
        if self.b.get(end) == Some(&b'.')
            && self
                .b
                .get(end + 1)
                .is_some_and(|&c| matches!(c, b'x' | b'X' | b'*'))
            && !self.b.get(end + 2).is_some_and(u8::is_ascii_alphanumeric)
        {
            // `AIM 10.3 / 11.x`, `2.7 - 3.x`: versions, the last one a series
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "versions, one of them a series (10.3 / 11.x)",
            );
            return end;
        }
        if st.operands == 2
            && st.hyphen_tight == 1
            && st.ops == 1
            && self.b[st.first_lit.0..st.first_lit.1].contains(&b' ')
        {
            // `J Comput Chem 18 268-276`: a volume and its pages, not 18268 - 276
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "a number and a hyphen pair after a space (18 268-276): a volume and pages",
            );
            return end;
        }
        if transition_label(self.b, start, end) {
            // `CO (1-0)`, `HCN(3-2)`: the upper and lower levels of a line
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "a line's levels after its species (CO (1-0)), not a difference",
            );
            return end;
        }
        if greek_letter_after(s, end) {
            // `(1 + 2 eta a')`: the last number is a coefficient of a Greek letter's term, so
            // the sum read is no value written
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "its last number is the coefficient of a Greek letter (1 + 2 eta), not a sum",
            );
            return end;
        }
        if st.non_int && st.ops == st.div && next != Some('=') && section_numbers(core) {
            // `(28.2/28.3)`, `(44.1 / 44.5)`: numbered sections of one chapter cited together,
            // not 28.2 divided by 28.3
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "section numbers of one chapter joined by slashes (28.2/28.3), not a quotient",
            );
            return end;
        }
        if st.plus + st.minus > 0 && self.operand_of_of(start + inner) {
            // `35% of 840 + 48`: `of` binds the first number to the percentage before it, so
            // `840 + 48` is no part of the expression written
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "its first number is taken by `of` (35% of 840 + 48), not a sum",
            );
            return end;
        }
        if mixed_number_whole_before(self.b, start + inner, core.as_bytes()) {
            // `2 1/2 cups`, `"1 1/3"`: the whole number and the fraction are one value; the
            // fraction alone would hand a model 1/2 for 2.5
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "the fraction of a mixed number (2 1/2 cups, 1 1/3), not the value written",
            );
            return end;
        }
        if uncertainty_sign(s[..start].trim_end_matches([' ', '\t'])).is_some() {
            // `1.1±0.05 × 3.20±0.005`: the number after `±` is an uncertainty; the product
            // read from it (0.05 × 3.20) is no value the writer wrote
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "starts at the uncertainty of a value (1.1±0.05 × 3.20)",
            );
            return end;
        }
        if x_offset(self.b, start, end) && char_at(s, skip_inline_spaces(s, end)) != Some('=') {
            // `+50+50`, `640x480+50-20`: an X geometry's offset (two signed numbers), no sum
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "an offset (+50+50), not a sum",
            );
            return end;
        }
        let lost_caret = match st.operands {
            3 => st.mul == 1 && lost_caret_power(&s[start..end]).is_some_and(|m| !m.is_empty()),
            // `2 x 10+5`: the letter `x` is no operator, so the reading starts at `10`
            2 => {
                lost_caret_power(&s[start..end]).is_some_and(<[u8]>::is_empty)
                    && self.x_after_number(start)
            }
            _ => false,
        };
        if lost_caret {
            // `1.6 × 10-19`: scientific notation whose caret was lost (text copied from a
            // PDF); read as written it is 16 - 19, a value nobody meant
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "a power of ten that lost its caret (1.6 × 10-19), not a difference",
            );
            return end;
        }
        if bar_fraction_beside(self.b, start + inner, end - inner) {
            // GNU units' `3|4 cup`, `2 * 3|4`, `(2+1|2)`: `|` between digits is a fraction
            // bar the expression reader does not take; what it reads is not the value written
            self.refuse(
                start,
                end,
                Domain::Arithmetic,
                "beside a fraction written with a bar (2 * 3|4, 2+1|2), not the value written",
            );
            return end;
        }
        match self.arithmetic_need(start, end, st) {
            Ok(need) => {
                let len = end - start;
                if len > MAX_EXPR_BYTES {
                    self.refuse(
                        start,
                        end,
                        Domain::Arithmetic,
                        "longer than the expression cap",
                    );
                    return end;
                }
                // `binary ops (3 + 4)`: parentheses of the prose around the whole expression
                // are punctuation, not part of it; so is a unary plus (`+1/3`: the span
                // conventions allow a unary minus only, and the value is the same)
                // (`( 0.77942*100 - 100)`: the spaces inside them too)
                let a = skip_inline_spaces(s, start + inner);
                let plus = usize::from(self.b[a] == b'+');
                self.push(
                    a + plus,
                    skip_inline_spaces_back(s, end - inner, usize::MAX),
                    Domain::Arithmetic,
                    need,
                    "numbers joined by operators",
                );
                if self.number_mode && next == Some('=') {
                    let r0 = skip_inline_spaces(s, j + 1);
                    let r_lit = {
                        let sign = usize::from(matches!(self.b.get(r0), Some(b'-')));
                        let l = match self.b.get(r0 + sign) {
                            Some(d) if d.is_ascii_digit() => literal_len(&s[r0 + sign..]),
                            _ => 0,
                        };
                        let mut e = r0 + sign + l;
                        if l > 0 && self.b[e - 1] == b'.' {
                            e -= 1;
                        }
                        (l > 0 && self.follow_of(e) == Follow::Clean).then_some(e)
                    };
                    if let Some(r_end) = r_lit {
                        if let Some(c) = self.cands.last_mut() {
                            c.result = Some((r0, r_end));
                        }
                        return r_end;
                    }
                }
                end
            }
            Err(why) => {
                self.refuse(start, end, Domain::Arithmetic, why);
                end
            }
        }
    }

    /// Whether `start..end` is an item of a bracketed or parenthesised list whose items are
    /// numbers, imaginaries and operators only, with at least `least` items: the list is the
    /// object (`[1, -1, 1j, -1j]`, `(1/3, 1/3, 1/3)`, `[[0, 1j], [1, 0]]`). Callers ask for
    /// three items for an expression (two may be an interval whose ends are values: `t in (0,
    /// 1/2)`, `[0, 2**16-1]`) and two for an imaginary. Reads at most `MAX_LIST_BYTES` on
    /// either side.
    fn list_item(&self, start: usize, end: usize, least: usize) -> bool {
        self.list_around(start, end)
            .is_some_and(|(items, nested)| items >= least || nested)
    }

    /// The bracketed list of numbers around `start..end`: its item count and whether it is an
    /// inner list of a nested one.
    fn list_around(&self, start: usize, end: usize) -> Option<(usize, bool)> {
        const MAX_LIST_BYTES: usize = 128;
        let b = self.b;
        let numeric = |c: u8| c.is_ascii_digit() || b" ./*+-^eEij".contains(&c);
        let mut i = start;
        let stop = start.saturating_sub(MAX_LIST_BYTES);
        let mut commas = 0;
        while i > stop && (numeric(b[i - 1]) || b[i - 1] == b',') {
            commas += usize::from(b[i - 1] == b',');
            i -= 1;
        }
        let &open = i.checked_sub(1).and_then(|k| b.get(k))?;
        let close = match open {
            b'(' => b')',
            b'[' => b']',
            _ => return None,
        };
        let mut j = end;
        let stop = (end + MAX_LIST_BYTES).min(b.len());
        while j < stop && (numeric(b[j]) || b[j] == b',') {
            commas += usize::from(b[j] == b',');
            j += 1;
        }
        // an inner list of a nested one (`[[2 ** 100, 2 ** -60], [...]]`) is a row: its
        // items belong to the whole however few they are
        let nested = open == b'[' && matches!(prev_visible(self.s, i - 1), Some('[' | ','));
        // `(1+2j,)`: a trailing comma makes a one-item tuple, not a second item
        let trailing = b[..j].iter().rev().find(|&&c| c != b' ') == Some(&b',');
        (b.get(j) == Some(&close)).then_some((commas + 1 - usize::from(trailing), nested))
    }

    /// How many pairs of parentheses (at most four: nobody wraps a number in more, and the
    /// check stays linear) wrap all of `start..end` (`((1+2j))`: two; `(1) + (2)`: none).
    fn wrapping_parens(&self, start: usize, end: usize) -> usize {
        let b = &self.b[start..end];
        let mut k = 0;
        while k < 4 && 2 * k + 2 <= b.len() && one_group(&b[k..b.len() - k]) {
            k += 1;
        }
        k
    }

    /// Whether `start..end` is one parenthesised group, `(3 + 4)`, opened after a space or
    /// punctuation (not `f(3 + 4)`) and closed at `end`, not before (`(1 + 2) * (3 + 4)`).
    fn prose_parens(&self, start: usize, end: usize) -> bool {
        one_group(&self.b[start..end]) && !char_before(self.s, start).is_some_and(is_wordish)
    }

    /// Whether `start..end` (two integers and a hyphen) stands where a reference puts its
    /// pages: after a volume's issue and a colon (`87 (418): 451-57`, `2012;68(2):353-60`), or
    /// between a volume and a year (`68, 441 - 452, 1964`).
    fn pages(&self, start: usize, end: usize) -> bool {
        let before = self.s[..start].trim_end_matches([' ', '\t']);
        if before.ends_with("):") {
            return true;
        }
        let volume = before
            .strip_suffix(',')
            .is_some_and(|v| v.bytes().last().is_some_and(|c| c.is_ascii_digit()));
        let after = self.s[end..].trim_start_matches([' ', '\t']);
        let year = after.strip_prefix(',').is_some_and(|a| {
            let a = a.trim_start_matches([' ', '\t']).as_bytes();
            a.len() >= 4
                && (a.starts_with(b"19") || a.starts_with(b"20"))
                && a[..4].iter().all(u8::is_ascii_digit)
                && !a.get(4).is_some_and(u8::is_ascii_digit)
        });
        volume && year
    }

    /// Whether an `=` stands right before `start` or right after `end` (spaces between).
    fn equation_around(&self, start: usize, end: usize) -> bool {
        let s = self.s;
        let before = s[..start].trim_end_matches([' ', '\t']).ends_with('=');
        let after = self.b.get(skip_inline_spaces(s, end)) == Some(&b'=');
        before || after
    }

    /// `Z=57-71`: `=` glued to a name before `start` and to the pair, and no `=` after `end`.
    /// Whether an `=` follows the pair ending at `end`, then a lowercase word of two letters or
    /// more (`(0 = off, 1-3 = warm levels)`, `1-5 = low`): the pair is a key of a legend, a
    /// range of levels given a name, not a difference (`5-3 = 2` and `3-1 = k` keep theirs).
    /// Reads at most 8 bytes after the pair.
    fn legend_key_after(&self, end: usize) -> bool {
        let b = self.b;
        let k = skip_inline_spaces(self.s, end);
        if k > end + 2 || b.get(k) != Some(&b'=') || b.get(k + 1) == Some(&b'=') {
            return false;
        }
        let w = skip_inline_spaces(self.s, k + 1);
        w <= k + 3
            && b.get(w..w + 2)
                .is_some_and(|t| t.iter().all(u8::is_ascii_lowercase))
    }

    fn glued_assignment_before(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        start >= 2
            && b[start - 1] == b'='
            && (b[start - 2].is_ascii_alphanumeric() || b[start - 2] == b'_')
            && b.get(skip_inline_spaces(self.s, end)) != Some(&b'=')
    }

    /// Whether the item at `start` continues a comma list of tight integer slash pairs that a
    /// label word opens (`equations 81/82, 95/96, and 103/104`, `Figs. 2/3, 4/5`): each item
    /// is a number of that label, as the first one is. At most eight items (two runs of at most
    /// 8 digits each) are walked back, each with its separator (`, `, ` and `, ` or `, `, and `).
    fn label_slash_list_before(&self, start: usize) -> bool {
        let b = self.b;
        let mut k = start;
        for _ in 0..8 {
            // the separator before the item: `,` and/or a conjunction, spaces around them
            k = skip_inline_spaces_back(self.s, k, 8);
            let mut sep = false;
            for conj in [&b"and"[..], b"or"] {
                if k > conj.len() && b[..k].ends_with(conj) && b[k - conj.len() - 1] == b' ' {
                    k = skip_inline_spaces_back(self.s, k - conj.len(), 8);
                    sep = true;
                    break;
                }
            }
            if k > 0 && b[k - 1] == b',' {
                k -= 1;
                sep = true;
            }
            if !sep {
                return false;
            }
            // the item before it: digits `/` digits, glued
            let hi = super::lex::digits_back(b, k, 8);
            if hi == 0 || k - hi < 1 || b[k - hi - 1] != b'/' {
                return false;
            }
            let slash = k - hi - 1;
            let lo = super::lex::digits_back(b, slash, 8);
            if lo == 0 {
                return false;
            }
            k = slash - lo;
            if k > 0 && !b[k - 1].is_ascii_whitespace() {
                return false;
            }
            let mut buf = [0u8; 24];
            if context::is_label(prev_word(self.s, k, &mut buf)) {
                return true;
            }
        }
        false
    }

    /// Whether `start..end` is a training loop's progress counter (dev153): two tight integers
    /// `n/m` with `1 <= n <= m`, right after a loop noun (`iteration 3/100`,
    /// `vocab/progress_nouns_before.txt`) or inside `[` `]` right after one (`Epoch [5/10]`).
    /// Bounded: the pair itself (at most 8 digits a side), one bracket each side and the
    /// 24-byte word before.
    fn progress_counter(&self, start: usize, end: usize) -> bool {
        let b = self.b;
        let hi = super::lex::digits_back(b, end, 8);
        if hi == 0 || end < hi + 2 || b[end - hi - 1] != b'/' {
            return false;
        }
        let slash = end - hi - 1;
        let lo = super::lex::digits_back(b, slash, 8);
        if lo == 0 || slash - lo != start {
            return false;
        }
        let value = |t: &[u8]| std::str::from_utf8(t).ok()?.parse::<u64>().ok();
        let (Some(n), Some(m)) = (value(&b[start..slash]), value(&b[slash + 1..end])) else {
            return false;
        };
        if n == 0 || n > m {
            return false;
        }
        let mut at = start;
        if start > 0 && b[start - 1] == b'[' {
            if b.get(end) != Some(&b']') {
                return false;
            }
            at = start - 1;
        } else if start == 0 || !b[start - 1].is_ascii_whitespace() {
            return false;
        }
        vocab::progress_nouns_before(prev_word(self.s, at, &mut [0u8; 24]))
    }

    /// Whether a comma list item before `start` (`, ` or `, and `/`, or ` after it) is a tight
    /// rising hyphen pair of integers (`1901-1930, `).
    fn range_sibling_before(&self, start: usize) -> bool {
        let b = self.b;
        let mut k = skip_inline_spaces_back(self.s, start, 8);
        for conj in [&b"and"[..], b"or"] {
            if k > conj.len() && b[..k].ends_with(conj) && b[k - conj.len() - 1] == b' ' {
                k = skip_inline_spaces_back(self.s, k - conj.len(), 8);
                break;
            }
        }
        if k == 0 || b[k - 1] != b',' {
            return false;
        }
        k -= 1;
        let number_start = |end: usize| {
            let n = super::lex::digits_back(b, end, 12);
            (n > 0).then(|| end - n)
        };
        let Some(hi) = number_start(k) else {
            return false;
        };
        if hi == 0 || b[hi - 1] != b'-' {
            return false;
        }
        let Some(lo) = number_start(hi - 1) else {
            return false;
        };
        let value = |t: &[u8]| std::str::from_utf8(t).ok()?.parse::<u64>().ok();
        (lo == 0 || !b[lo - 1].is_ascii_alphanumeric() && b[lo - 1] != b'-')
            && matches!((value(&b[lo..hi - 1]), value(&b[hi..k])), (Some(x), Some(y)) if x < y)
    }

    /// Whether the text holds nothing but this expression (spaces, `?`, `=` or a full stop
    /// around it).
    fn stands_alone(&self, start: usize, end: usize) -> bool {
        let blank = |t: &str| t.chars().all(|c| c.is_whitespace() || "?=.".contains(c));
        blank(&self.s[..start]) && blank(&self.s[end..])
    }

    /// Context rules that separate arithmetic from ranges, dates, IDs and labels.
    fn arithmetic_need(&self, start: usize, end: usize, st: Stats) -> Result<Need, &'static str> {
        let mut buf = [0u8; 24];
        let prev = prev_word(self.s, start, &mut buf);
        // `Eq.(6.1-6)`: a label glued to its number by its abbreviation's dot
        let open = start
            - self.b[..start]
                .iter()
                .rev()
                .take(2)
                .take_while(|&&c| c == b'(')
                .count();
        // `Page: 2/20`: a label and a colon before a pair (`index: 5 + 3 = 8` is a sum)
        let colon_label = st.operands == 2 && st.div + st.minus == 1 && {
            let k = skip_inline_spaces_back(self.s, start, 8);
            k >= 1
                && self.b[k - 1] == b':'
                && context::is_label(prev_word(self.s, k - 1, &mut [0u8; 24]))
        };
        let glued_label = colon_label
            || open >= 2
                && self.b[open - 1] == b'.'
                && context::is_label(prev_word(self.s, open - 1, &mut [0u8; 24]));
        // `the units 10**6 Angstrom**-2`: a power after a label word is a value; so is a product
        // in an equation (`an equation (2*3 + 3)`), which an equation's number never is
        let power = st.ops == st.pow;
        let equation = matches!(prev, b"eq" | b"eqs" | b"equation" | b"equations")
            && st.mul + st.pow >= 1
            && st.ops >= 2;
        // `the fraction part 1/2`, `formula units 1/2`: the word names the value's kind
        let value_noun = matches!(prev, b"part" | b"unit" | b"units") && {
            let p = skip_inline_spaces_back(self.s, start, 8).saturating_sub(prev.len());
            matches!(
                prev_word(self.s, p, &mut [0u8; 24]),
                b"fraction" | b"fractional" | b"formula"
            )
        };
        // `250k items (256 * 1024)`: a product in prose parentheses restates, no label's number
        let restated = st.ops == st.mul && self.prose_parens(start, end);
        if (context::is_label(prev) || glued_label)
            && !power
            && !equation
            && !value_noun
            && !restated
        {
            return Err("numbers after a label (pp. 113-127, Fig. 3-4, version 2/3)");
        }
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && !st.non_int
            && !st.signed
            && self.label_slash_list_before(start)
        {
            return Err("later numbers of a list after a label (equations 81/82, 95/96)");
        }
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && !st.non_int
            && !st.signed
            && self.progress_counter(start, end)
        {
            return Err(
                "a loop's progress counter (Epoch [5/10], iteration 3/100): nth of a total",
            );
        }
        if matches!(prev, b"modulo" | b"mod") && st.ops > st.pow {
            // `each character modulo 64 + 64`: the modulo binds its first number, so the sum
            // written after it is not a value (`mod 2^32` is the modulus itself)
            return Err("numbers after `modulo` (x modulo 64 + 64): the sum is not computed");
        }
        if st.leading_zero {
            return Err("operand with a leading zero: date, time or ID");
        }
        if st.ops == 1 && st.minus == 1 && st.operands == 2 && !st.non_int && self.pages(start, end)
        {
            return Err("pages of a reference (87 (418): 451-57; 68, 441 - 452, 1964)");
        }
        if st.ops == st.mul
            && st.ops <= 2
            && !st.non_int
            && !st.signed
            && self.shape_in_parens_after_noun(start, end)
        {
            // `Rotation matrix (3×3)`: the shape of the thing named before it
            return Err("shape in parentheses after its noun (a matrix (3×3))");
        }
        if st.ops == 1 && st.mul == 1 && !st.non_int && !st.signed && self.shape_noun_follows(end) {
            return Err("shape or size before its noun (a 3×3 matrix, a 1920×1080 image)");
        }
        if st.ops == 1 && st.mul == 1 && !st.non_int && !st.signed && self.screen_size(start, end) {
            return Err("a screen resolution (320×240 resolution, at 640×480 on a display)");
        }
        if st.pow >= 1
            && self.b[start..end]
                .windows(3)
                .any(|w| w[0] != b' ' && w[1] == b'^' && w[2] == b' ')
        {
            return Err("ladder operator string ('2^ 1', '3.17 * 2^ 1'), not a power");
        }
        if st.ops == 1 && st.div == 1 && {
            let (a, z) = split_at_byte(&self.s[start..end], b'/').unwrap_or_default();
            super::lookalike::http_status_in_pair(a.trim().as_bytes())
                && super::lookalike::http_status_in_pair(z.trim().as_bytes())
        } {
            return Err("two HTTP statuses joined by a slash (408/429, 307/308), not a quotient");
        }
        if st.ops == 1 && st.div == 1 && !st.signed && self.model_pair_after_name(start, end) {
            return Err(
                "model numbers after a name (Atari 400/800, Commodore 16/116), no quotient",
            );
        }
        if st.ops == 1 && st.div == 1 && opposite_signs(&self.b[start..end]) {
            return Err("one magnitude with either sign (+1 / -1): alternatives, not a quotient");
        }
        if st.ops == 1 && st.div == 1 && st.year_like == 2 {
            return Err("two years joined by a slash (Baum (2004/2015)), not a quotient");
        }
        if st.ops == 1
            && st.pow == 1
            && self.b[start..].starts_with(b"10")
            && self.latex_operator_before(start)
        {
            // `1.2 \times 10^3` in LaTeX: the power of ten is part of a number, never a span
            // of its own
            return Err("power of ten after \\times: a number in LaTeX (1.2 \\times 10^3)");
        }
        if st.ops == 1
            && st.pow == 1
            && self.b[start..].starts_with(b"10")
            && start >= 2
            && self.b[start - 1] == b' '
            && self.b[start - 2].is_ascii_digit()
        {
            // `3.7 10^9`: the power of ten of the number before it, its `×` left out
            return Err("power of ten right after a number (3.7 10^9): that number's exponent");
        }
        if st.ops == 1
            && st.minus == 1
            && self.b[start] == b'('
            && self.equation_numbers(start, end)
        {
            return Err("equation numbers (79) - (92), not a difference");
        }
        if st.ops == 1 && st.div == 1 && st.operands == 2 && self.name_pair_right_before(start, end)
        {
            return Err("values of a pair of names joined by a slash right before them (RA/Dec 347.38/8.6772)");
        }
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && self.word_pair_by_slash_in_clause_before(start, end)
        {
            return Err("values side by side a few words after words side by side (min/max depth of 0/2000)");
        }
        if st.ops == 1 && st.div == 1 && self.word_pair_by_slash_before(start, end) {
            return Err("values side by side after words side by side (upper / lower 0.9 / 0.1)");
        }
        // `(ISO 6946 defaults 7.7 / 23)`, `default values 0.5 / 0.3`: the plural names several
        // values, which the spaced slash lists side by side (dev154); a quotient is one value
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && matches!(prev, b"defaults" | b"values")
            && self.s[start..end].contains(" / ")
            && (prev == b"defaults" || self.default_before_values(start))
        {
            return Err("values side by side after a plural of defaults (defaults 7.7 / 23)");
        }
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && self.word_pair_by_slash_after(start, end)
        {
            return Err(
                "values side by side before words side by side (2.4/2.5 for with/without carbon)",
            );
        }
        if st.div == st.ops && st.operands >= 3 && self.respectively_after(end) {
            return Err(
                "values side by side, then `respectively` (0.05 / 0.25 / 1 ... respectively)",
            );
        }
        let after_word =
            start >= 2 && self.b[start - 1] == b' ' && self.b[start - 2].is_ascii_alphanumeric();
        if st.ops == 1
            && st.div == 1
            && st.operands == 2
            && after_word
            && self.versions_of_a_name(start, end)
        {
            return Err("two versions of a name (OpenQASM 2/3, Python 2/3)");
        }
        if st.ops == 1 && st.div == 1 && st.operands == 2 && self.versions_before_a_noun(start, end)
        {
            return Err("two versions before a noun of releases (for 0.8/0.9 brokers)");
        }
        if st.ops == 1
            && st.plus == 1
            && !st.non_int
            && end - start <= 7
            && self.evolution_strategy(start, end)
        {
            return Err("an evolution strategy's name ((1+1)-ES, the 1+1 next to 1+lambda)");
        }
        if prev == b"in" {
            let before_in = skip_inline_spaces_back(self.s, start, 8).saturating_sub(2);
            let mut buf2 = [0u8; 24];
            if vocab::release_verbs(prev_word(self.s, before_in, &mut buf2)) {
                return Err("versions after a release verb (removed in 1.4/2.0)");
            }
        }
        let only_tight_hyphens = st.hyphen_tight == st.ops;
        // `0-127`, `2-6 times`, `0.5 - 1.5`: a difference of a smaller and a larger number is
        // how prose writes a range (a hyphen for an en dash); an `=` next to it makes it an
        // equation (`x = 3-5`, `3 - 5 = -2`)
        // `(1-6)`: the prose parentheses around a range do not make it an expression
        let bare = st.parens == 0 || (st.parens == 1 && self.prose_parens(start, end));
        let pair = st.ops == 1 && st.minus == 1 && st.operands == 2 && bare && !st.signed;
        // `= 4-16 B`, `= 2-8 bytes`: a size written as a range stays one after an `=`
        let range = pair
            && st.ascending(self.b)
            && (!self.equation_around(start, end) || self.data_size_after(end));
        if range && only_tight_hyphens {
            return Err("increasing numbers joined by a hyphen: a range (0-127, 2-6 times)");
        }
        if pair && only_tight_hyphens {
            // `0.8-2.9e-2`: an exponent on the second number only, after a smaller mantissa,
            // is shared by both ends (a range of 0.008 to 0.029); the difference 0.8 - 0.029
            // is a value nobody wrote
            let (first, hyphen) = st.first_lit;
            let exp = |t: &[u8]| t.iter().position(|c| matches!(c, b'e' | b'E'));
            let num = |t: &[u8]| std::str::from_utf8(t).ok()?.parse::<f64>().ok();
            let second = &self.b[hyphen + 1..end];
            let rising_mantissas = exp(second).is_some_and(|e| {
                num(&self.b[first..hyphen]) < num(&second[..e])
                    && exp(&self.b[first..hyphen]).is_none()
            });
            // `'2017-10'`: a year and a month, never the difference 2007
            let (y, m) = (&self.b[first..hyphen], &self.b[hyphen + 1..end]);
            let year_month = y.len() == 4
                && (&b"1000"[..]..=&b"2100"[..]).contains(&y)
                && m.len() == 2
                && (&b"01"[..]..=&b"12"[..]).contains(&m);
            if year_month {
                return Err("a year and a month (2017-10), not a difference");
            }
            if rising_mantissas {
                return Err(
                    "a tight pair with an exponent on its second number only: a range \
                            sharing it (0.8-2.9e-2)",
                );
            }
        }
        if pair && only_tight_hyphens && !st.non_int {
            // `(Z=57-71)`: a name glued to `=` and to a tight rising pair states a range of
            // values (a spaced `x = 3-5` stays an equation)
            if st.ascending(self.b) && self.glued_assignment_before(start, end) {
                return Err("a name glued to = and a tight rising pair: a range (Z=57-71)");
            }
            // `(0 = off, 1-3 = warm levels)`: a rising pair, `=` and a word name a range of
            // levels (dev163)
            if st.ascending(self.b) && self.legend_key_after(end) {
                return Err("a tight rising pair, = and a word: a legend's range (1-3 = warm)");
            }
            // `901-930, 1901-1930, and 3901-393`: a member of a list of ranges is one too,
            // even where the writer's typo makes it fall
            if self.range_sibling_before(start) {
                return Err("a hyphen pair after ranges in a list (1901-1930, 3901-3930)");
            }
        }
        // `1-10^5 bits`: the same range with a power as its upper end (`2^10-1` is a sum: the
        // hyphen comes after the power there)
        let power_range = st.ops == 2
            && st.minus == 1
            && st.hyphen_tight == 1
            && st.pow == 1
            && st.operands == 3
            && st.parens == 0
            && !st.signed
            && st.ascending(self.b)
            && self.b.get(st.first_lit.1) == Some(&b'-')
            && !self.equation_around(start, end);
        if power_range {
            return Err("a number, a hyphen and a larger power: a range (1-10^5)");
        }
        if st.operands == 2 && st.ops == 1 && section_number_in_parens(self.b, start, end) {
            return Err(
                "a section number in parentheses after a name (OrthogonalEmbeddings \
                        (25.6-1)): a reference, not a difference",
            );
        }
        if st.operands >= 4 && ranges_listed(&self.s[start..end]) {
            return Err("ranges listed with ` / ` between them (buckets 50-60 / 60-70 / 70-80)");
        }
        if pair && only_tight_hyphens && self.abbreviated_range(start, end) {
            return Err(
                "a range with its upper end abbreviated (the 2023-24 season, pages 290-97)",
            );
        }
        if only_tight_hyphens {
            if st.operands > 2 {
                return Err("hyphen-joined numbers: date, phone number or ID");
            }
            return Ok(Need::any(MATH)); // 12-7 is arithmetic only in a math context
        }
        if st.ops == 1 && st.minus == 1 && st.operands == 2 && self.version_pair(start, end) {
            return Err("version range (PyTorch 2.7 - 2.11): the minor numbers rise");
        }
        if range && matches!(prev, b"from" | b"between") {
            return Err("range after `from` (Re from 200 - 10000)");
        }
        if range
            && !self.stands_alone(start, end)
            && !vocab::difference_words_before(prev)
            && !result_of_before(self.b, start)
        {
            // `0.98 - 1.000`, `one part in 1e4 - 1e5`, `Percentile (0 - 100)`, PDB columns
            // `31 - 38`: prose subtracts a larger number from a smaller one only in an
            // equation or after a word that asks for it (`compute 3 - 5`), in mathematics too;
            // a text that is nothing but `513 - 693` (a calculator line) is a difference
            return Err(
                "increasing numbers around a spaced hyphen: a range (0.5 - 1.5, 1e4 - 1e5)",
            );
        }
        if st.slash_tight == st.ops && st.operands > 2 {
            // `12/31/2020`, `0.6449/0.2359/0.1192` (a mixture's fractions): a date or a tuple
            return Err("slash-joined numbers: a date or a tuple of fractions");
        }
        let all_decimals = || {
            self.b[start..end]
                .split(|&c| c == b'/')
                .all(|part| part.contains(&b'.'))
        };
        // a chain of slashes asked to be computed: the whole text (`1 / 2 / 4`, a calculator
        // line or an arithmetic task), before `=`, or after `compute`, `evaluate`, ... (the
        // readings as values side by side below are for prose and code documentation)
        let asked = self.stands_alone(start, end)
            || self.b[skip_inline_spaces(self.s, end)..].first() == Some(&b'=')
            || vocab::difference_words_before(prev);
        if st.div == st.ops && st.operands > 2 && st.parens == 0 && !asked && all_decimals() {
            // `9.06 / 12.92 / 16.39 at 2.15%`: decimals side by side; nobody divides a decimal
            // by two more decimals in prose (`1.4 / 3 / 50` stays a quotient)
            return Err("decimals joined by slashes (9.06 / 12.92 / 16.39): values side by side");
        }
        // dev168: the chain may fill a pair of prose parentheses (`dialect (2400 / 2450 /
        // 2600)`, `a tile size (16 / 32 / 48)`): the parentheses wrap the choices, they group
        // no operand
        let wraps = if st.parens == 0 {
            0
        } else {
            usize::from(self.prose_parens(start, end))
        };
        if st.div == st.ops
            && st.operands >= 3
            && st.parens == wraps as u32
            && !st.non_int
            && !asked
            && rising_integers(&self.b[start + wraps..end - wraps])
        {
            // `(1 / 2 / 4 for no-MTP / MTP1 / MTP3)`, `tiles 16/32/48`, `IP_method = 0 / 1 / 2`: a
            // quotient of a quotient by ever larger integers is no one's arithmetic; the choices
            // of a setting or codes (`8 / 2 / 2`, `100 / 5 / 4` stay quotients)
            return Err("rising integers joined by slashes (1 / 2 / 4, 16/32/48): alternatives");
        }
        if st.div == st.ops
            && st.operands > 2
            && !st.signed
            && !asked
            && divisor_of_one(&self.b[start..end])
        {
            // `an upper bound per dtype (255 / 65535 / 1.0)`: a divisor of one changes nothing,
            // so nobody writes it in a chain of quotients; the numbers are alternatives side by
            // side (`8 / 2 / 2` stays a quotient, and so does a pair such as `3 / 1`)
            return Err(
                "a chain of slashes with a divisor of one (255 / 65535 / 1.0): alternatives",
            );
        }
        if st.operands == 2 && st.div == 1 && st.ops == 1 && self.signed_pair(start, end) {
            return Err(
                "signed values joined by a slash (+1/-1, -1/+1): alternatives, not a quotient",
            );
        }
        if st.operands == 2
            && st.div == 1
            && st.ops == 1
            && !st.non_int
            && self.bit_widths(start, end)
        {
            // spaced too: `BitsAllocated 32 / 64`
            return Err("alternative sizes (32/64 bits, a 32/64-bit build, must be 64/128)");
        }
        if st.operands == 2
            && st.slash_tight == 1
            && st.ops == 1
            && self.alternatives_after_or(start, end)
        {
            return Err("a pair of counts listed after `N or` (256 or 511/510 colors): choices");
        }
        if st.operands == 2
            && st.slash_tight == 1
            && st.ops == 1
            && self.backgammon_move(start, end)
        {
            return Err("a backgammon move from point to point (24/18, 13/7)");
        }
        if st.operands == 2
            && st.slash_tight == 1
            && matches!(prev, b"range" | b"ranges" | b"ranged")
            && matches!(
                next_word(self.s, end, &mut [0u8; 24]),
                b"ft" | b"feet" | b"m" | b"yd" | b"yards" | b"km" | b"mi" | b"miles" | b"squares"
            )
        {
            // `reach 5 ft. or range 20/60 ft.`: a weapon's normal and long range
            return Err("two values after `range` (range 20/60 ft: normal and long)");
        }
        if st.slash_tight == st.ops && !st.non_int {
            let den = end
                - self.b[start..end]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            if st.operands == 2 && ordinal_suffix_at(self.b, den, end) {
                return Ok(Need::NONE); // `1/4th of a quarter note`, `A 1/100th is used`
            }
            let mut nb = [0u8; 24];
            match next_word(self.s, end, &mut nb) {
                // `by 1/4 of a quarter note`, `1/86400 of a second`: a fraction of something
                b"of" if st.operands == 2 => return Ok(Need::NONE),
                // `Tsitouras's 5/4 order Runge-Kutta method`: a pair of orders
                b"order" if st.operands == 2 => {
                    return Err("orders of an embedded method pair (5/4 order)")
                }
                // `clicking the 1/2 button`: the label of a control
                b"button" | b"buttons" | b"key" | b"tab" | b"icon" if st.operands == 2 => {
                    return Err("the label of a button or key (the 1/2 button)")
                }
                // `in steps of 1/6 EV`, `1/3 EV steps`: an exposure step, a fraction of an
                // exposure value (a stop), which is no unit the QUANTITY reader knows; the bare
                // quotient is not the value meant
                b"ev" if st.operands == 2 => {
                    return Err("a fraction of an exposure value (1/3 EV): no unit read")
                }
                // `functions for 2/3 compatible code`: the versions a program runs on
                b"compatible" | b"compatibility" | b"compat" if st.operands == 2 => {
                    return Err("versions before `compatible` (2/3 compatible code)")
                }
                _ => {}
            }
            if st.operands == 2 && edition_pair_after_name(self.b, start, end) {
                return Err("editions after a name (Fortran 90/95, Windows 95/98), not a quotient");
            }
            if st.operands == 2 && year_pair(&self.b[start..end]) {
                return Err(
                    "consecutive years (2019/2020, 2019/20, B.E. 2456/2455), not a quotient",
                );
            }
            if number_sign_before(self.b, start) {
                return Err(
                    "a numbered act or item (Lei n.\u{ba} 7/2008, No. 12/2005): an identifier",
                );
            }
            if context::names_score_or_date_before(prev)
                && !self.factor_after_by(prev, start)
                && (matches!(
                    prev,
                    b"scored" | b"score" | b"scores" | b"rated" | b"rating" | b"got" | b"gets"
                ) || date_shaped(&self.b[start..end]))
            {
                return Err("score or date written with a slash (scored 7/10, on 9/11)");
            }
            if st.operands == 2 && self.month_and_year(start, end, prev) {
                return Err("a month and a year (as of 10/2015, in 5/2019), not a quotient");
            }
            if let Some(need) = self.time_signature(start) {
                return need; // `in 5/4 time` (segment/lookalike.rs)
            }
        }
        if st.div == 1 && st.plus + 1 == st.ops && !st.non_int && self.additive_meter(start, end) {
            return Err("additive time signature (time signatures such as 2+3+2/8)");
        }
        if st.ops == 1 && st.minus == 1 && st.year_like == 2 {
            return Ok(Need::any(MATH)); // 1990 - 2000 is a year range elsewhere
        }
        if st.ops == 2
            && st.minus == 1
            && st.div == 1
            && hyphenated_mixed_number(&self.b[start..end])
            && !self.equation_around(start, end)
        {
            return Err("a mixed number written with a hyphen (4-1/2 in, 1-1/4 in dia.): 4 1/2");
        }
        if st.operands >= 3 && st.year_like == st.operands && st.mul + st.div + st.pow == 0 {
            return Err("years joined by + and - (1977 + 1978- 1981 interims): a list of years");
        }
        Ok(Need::NONE)
    }
}

/// Whether a `±` stands right before `start` (one inline space at most between) with no
/// value before it: no digit, `)` or `%` two spaces back at most, nor a unit word of at most
/// 8 bytes after a number (`70.3 µs ± 719 ns`, `300 K ± 2 K`): `within ±8° of`, `(± 2 K)`;
/// `5.2 ± 0.3 mg` and `(8.4 ± 0.2) g` are uncertainties, read elsewhere. Bounded look-back.
fn lone_plus_minus_before(s: &str, start: usize) -> bool {
    let b = s.as_bytes();
    let i = if start > 0 && b[start - 1] == b' ' {
        start - 1
    } else {
        start
    };
    if i < 2 || b[i - 2..i] != *"±".as_bytes() {
        return false;
    }
    let value_end =
        |k: usize| k > 0 && (b[k - 1].is_ascii_digit() || matches!(b[k - 1], b')' | b'%'));
    let j = skip_inline_spaces_back(s, i - 2, 2);
    if j == 0 || value_end(j) {
        return false;
    }
    // a unit before the `±`: the word back to a space, then a number before it
    let word = b[j.saturating_sub(9)..j]
        .iter()
        .rev()
        .take_while(|&&c| c != b' ' && c != b'(' && c != b'\t')
        .count();
    if word == 0 || word > 8 {
        return true;
    }
    let k = j - word;
    if b[k].is_ascii_digit() {
        return false; // `300K ± 2 K`
    }
    let m = skip_inline_spaces_back(s, k, 2);
    !(m < k && value_end(m))
}

/// Whether `(` stands in the three bytes before `start`: a slice pattern, three byte tests
/// and one length test (`contains` went through memchr's set-up, ~17 instructions).
fn paren_in_three_before(b: &[u8], start: usize) -> bool {
    matches!(b[..start], [.., b'(', _, _] | [.., b'(', _] | [.., b'('])
}

/// `str::trim`, its ASCII ends trimmed as bytes (the text between two quantities, read after
/// most of them: `trim` decodes chars and tests each against the Unicode whitespace table);
/// a non-ASCII byte at an end may be whitespace, and then `trim` reads it.
/// `t` without a trailing hedge (`~`, `≈`, `∼`: about) and the spaces before it.
fn unhedged(t: &str) -> &str {
    t.strip_suffix(is_hedge).map_or(t, trim_whitespace)
}

fn trim_whitespace(t: &str) -> &str {
    let b = t.as_bytes();
    // the ASCII chars of `char::is_whitespace`: `\t`, `\n`, `\x0b`, `\x0c`, `\r` and space
    let ws = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut i = 0;
    while i < b.len() && ws(b[i]) {
        i += 1;
    }
    let mut j = b.len();
    while j > i && ws(b[j - 1]) {
        j -= 1;
    }
    if j > i && (b[i] >= 0x80 || b[j - 1] >= 0x80) {
        return t.trim();
    }
    &t[i..j]
}

/// Whether `b[k..]` opens with arcminutes: at most three digits, an optional decimal part of
/// at most four digits, then a minute mark (`'`, U+2032 `′` or U+2019 `’`) not followed by a
/// letter or digit (`30'`, `22.5′`; `3's` is a possessive, not minutes). Bounded: reads at most
/// 16 bytes.
fn arcminutes_at(b: &[u8], k: usize) -> bool {
    let digits = |i: usize, max: usize| {
        b.get(i..)
            .unwrap_or(&[])
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let n = digits(k, 3);
    if n == 0 || n > 3 {
        return false;
    }
    let mut i = k + n;
    if b.get(i) == Some(&b'.') {
        let f = digits(i + 1, 4);
        if f == 0 || f > 4 {
            return false;
        }
        i += 1 + f;
    }
    let mark = if b.get(i) == Some(&b'\'') {
        1
    } else if b
        .get(i..i + 3)
        .is_some_and(|m| m == "\u{2032}".as_bytes() || m == "\u{2019}".as_bytes())
    {
        3
    } else {
        return false;
    };
    !b.get(i + mark).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether `b[..start]` ends in `_{`, `\\rm ` or `_` (a LaTeX subscript), told by its last
/// byte: each ends in its own.
fn subscript_before(b: &[u8], start: usize) -> bool {
    match start.checked_sub(1).map(|k| b[k]) {
        Some(b'{') => b[..start].ends_with(b"_{"),
        Some(b' ') => b[..start].ends_with(b"\\rm "),
        Some(b'_') => true,
        _ => false,
    }
}

/// A word list for `words_near` with its filters, built once per list (a `const` for the
/// fixed lists). A word of `whole_max` letters or fewer must be a whole word; the rest start
/// a word.
pub(super) struct NearWords<'a> {
    words: &'a [&'a str],
    whole_max: usize,
    /// The filter on a run's first two letters: `pairs[first]` has bit `second` set for every
    /// word that may match a run starting with those letters (`ONE`: a run of one letter). A
    /// match needs the run's first letter lowercased to equal the word's first byte and, for a
    /// word of two letters or more, its second letter to equal the word's second byte in
    /// either case, so every word that could match sets the bit its matches look up (the
    /// filter only skips sure misses).
    pairs: [u32; 32],
    /// Bit `i` of `by_first[first]`: `words[i]` starts with that lowercase letter, the only
    /// words a run starting with it can match (a hit compared every word of the list).
    by_first: [u64; 32],
}

impl<'a> NearWords<'a> {
    /// No letter maps here: letters fold to 0..=25.
    const ONE: u32 = 27;

    /// The filters of `words` (at most 64, none empty).
    pub(super) const fn new(words: &'a [&'a str], whole_max: usize) -> Self {
        assert!(
            words.len() <= 64,
            "a words_near list holds at most 64 words"
        );
        let mut pairs = [0u32; 32];
        let mut by_first = [0u64; 32];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty(), "a words_near list holds no empty word");
            let first = (w[0].wrapping_sub(b'a') & 31) as usize;
            pairs[first] |= if w.len() >= 2 {
                1 << ((w[1] | 0x20).wrapping_sub(b'a') & 31)
            } else if whole_max >= 1 {
                // a one-letter word matches a one-letter run
                1 << Self::ONE
            } else {
                // or any run when not whole
                u32::MAX
            };
            // a word whose first byte is no lowercase letter matches no run
            if w[0].is_ascii_lowercase() {
                by_first[first] |= 1 << i;
            }
            i += 1;
        }
        NearWords {
            words,
            whole_max,
            pairs,
            by_first,
        }
    }

    /// Whether the run of letters `w` (a word start; `first`: its first letter's key) matches
    /// a word of the list.
    #[inline]
    fn hit(&self, w: &[u8], first: usize) -> bool {
        let mut m = self.by_first[first];
        while m != 0 {
            let word = self.words[m.trailing_zeros() as usize].as_bytes();
            m &= m - 1;
            let fits = if word.len() <= self.whole_max {
                w.len() == word.len()
            } else {
                w.len() >= word.len()
            };
            if fits && w[..word.len()].eq_ignore_ascii_case(word) {
                return true;
            }
        }
        false
    }
}

/// Whether the number at `start` divides a code name: a `/` glued to both, after a closing
/// backtick or parenthesis, or after a name with an underscore (`` `dz_mm`/2 millimeters ``,
/// `width_m/2 m`, `(x_max - x_min)/2 cm`, dev165). The unit then measures the quotient, not the
/// number: `2 millimeters` would be a value nobody wrote. A spaced slash before a reference
/// value keeps it (`ln(f_CO / 1 bar)`: pressure in units of 1 bar), and so does a name without
/// an underscore (`250 mg/5 mL` is a dose per volume). Reads at most 33 bytes back.
#[inline(always)] // a byte test before `start` refuses most numbers at once
fn divisor_after_variable(b: &[u8], start: usize) -> bool {
    if start < 2 || b[start - 1] != b'/' {
        return false;
    }
    let k = start - 1;
    if matches!(b[k - 1], b'`' | b')' | b'_') {
        return true;
    }
    let floor = k.saturating_sub(32);
    let mut i = k;
    let mut underscore = false;
    while i > floor && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        underscore |= b[i - 1] == b'_';
        i -= 1;
    }
    underscore && i < k && b[i].is_ascii_alphabetic()
}

/// The fixed lists of the unit rules, filters built at compile time.
const TRIAL_DESIGN_NEAR: NearWords<'static> = NearWords::new(vocab::TRIAL_DESIGN_WORDS, 3);
/// Whether a product with a symbol follows an expression ending at `end` (dev159): a dot glued
/// on and then a letter (`1/4.Pi`, `3/2.PI`: the period a writer uses as a times sign; a dot
/// before a digit is a decimal point the literal took), or a middle dot (`·`, `⋅`), spaced or
/// not, then a letter or `π` (`1/2·π`, `3/4 ⋅ r`). Reads at most a few bytes past `end`.
fn product_with_symbol_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if b.get(end) == Some(&b'.') {
        return b.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
    }
    let j = skip_inline_spaces(s, end);
    let rest = &s[j..];
    let Some(after) = rest
        .strip_prefix('\u{b7}')
        .or_else(|| rest.strip_prefix('\u{22c5}'))
    else {
        return false;
    };
    after
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
}

/// The rank of a unit that a compound measure is written with, its family in the tens: time
/// (`1h 30min`, `2 h 30 min`, `1 hour 30 minutes`, `3 min 20 s`: days 4, hours 3, minutes 2,
/// seconds 1), imperial length (`6 ft 2 in`, `3 yd 1 ft`: 13, 12, 11) and imperial mass
/// (`7 lb 4 oz`, `11 st 3 lb`: 23, 22, 21); 0 for any other unit. `m` (metres as often as
/// minutes) has none.
fn measure_rank(u: &[u8]) -> u8 {
    match u {
        b"d" | b"day" | b"days" => 4,
        b"h" | b"hr" | b"hrs" | b"hour" | b"hours" => 3,
        b"min" | b"mins" | b"minute" | b"minutes" => 2,
        b"s" | b"sec" | b"secs" | b"second" | b"seconds" => 1,
        b"yd" | b"yds" | b"yard" | b"yards" => 13,
        b"ft" | b"foot" | b"feet" => 12,
        b"in" | b"inch" | b"inches" => 11,
        b"st" | b"stone" | b"stones" => 23,
        b"lb" | b"lbs" | b"pound" | b"pounds" => 22,
        b"oz" | b"ounce" | b"ounces" => 21,
        _ => 0,
    }
}

/// Whether `small` is a smaller unit of the same family as `large` ([`measure_rank`]).
fn smaller_part(small: u8, large: u8) -> bool {
    small != 0 && small < large && small / 10 == large / 10
}

/// The letters of the word ending at `e` (at most 7 back, none if longer or not a word).
fn letters_ending_at(b: &[u8], e: usize) -> &[u8] {
    let mut k = e;
    while k > 0 && e - k < 8 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if e - k >= 8 {
        return b"";
    }
    &b[k..e]
}

/// Whether the quantity `b[start..uend]` (a number, its unit `unit`) is one part of a compound
/// measure (dev163; lengths and masses since the thirty-third session): a whole number with a
/// smaller unit of its family right after it, one space at most between (`1h 30min`, `2 h 30
/// min`, `6 ft 2 in`, `7 lb 4 oz`: `1h` is not the value meant, 1.5 h is), or a larger one
/// right before it (`30min` after `1h`). Reads at most 24 bytes either side.
fn compound_measure_part(b: &[u8], start: usize, unit: &str, uend: usize) -> bool {
    let rank = measure_rank(unit.as_bytes());
    if rank == 0 || b.get(uend).is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    // a smaller part after: ` 30min`, ` 30 min`
    let mut k = uend + usize::from(b.get(uend) == Some(&b' '));
    let d = k;
    while k < b.len() && k - d < 4 && b[k].is_ascii_digit() {
        k += 1;
    }
    if k > d && !b.get(k).is_some_and(u8::is_ascii_digit) {
        k += usize::from(b.get(k) == Some(&b' '));
        let w = k;
        while k < b.len() && k - w < 8 && b[k].is_ascii_alphabetic() {
            k += 1;
        }
        let next = measure_rank(&b[w..k]);
        if smaller_part(next, rank) && !b.get(k).is_some_and(u8::is_ascii_alphanumeric) {
            return true;
        }
    }
    // a larger part before: `1h ` or `1 h ` right before the number
    if start < 3 || b[start - 1] != b' ' || !b[start..].first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let word = letters_ending_at(b, start - 1);
    let before = measure_rank(word);
    if word.is_empty() || !smaller_part(rank, before) {
        return false;
    }
    let mut j = start - 1 - word.len();
    j -= usize::from(j > 0 && b[j - 1] == b' ');
    j > 0
        && b[j - 1].is_ascii_digit()
        && (j < 2 || !(b[j - 2].is_ascii_alphabetic() || b[j - 2] == b'.'))
}

/// Whether an X-ray emission line's name starts at `j`, right after an element symbol in
/// parentheses (`(CuKa)`, `(Cu Kα1)`, `(Mo K-alpha)`, `(Co Kb)`, `(W La)`): a `K` or `L`, one
/// optional space before it, then `a`/`b` ending the word, `α`/`β`, or `-alpha`/`-beta`. A
/// wavelength given with its anode line is in angstroms (dev156: `1.54 A (CuKa)`). Reads at
/// most eight bytes.
fn xray_line_at(b: &[u8], j: usize) -> bool {
    let j = if b.get(j) == Some(&b' ') { j + 1 } else { j };
    if !matches!(b.get(j), Some(b'K' | b'L')) {
        return false;
    }
    let rest = &b[j + 1..b.len().min(j + 8)];
    match rest {
        [b'a' | b'b', tail @ ..] => !tail.first().is_some_and(u8::is_ascii_alphabetic),
        [0xCE, 0xB1 | 0xB2, ..] => true,
        _ => rest.starts_with(b"-alpha") || rest.starts_with(b"-beta"),
    }
}

const ANGSTROM_NEAR: NearWords<'static> = NearWords::new(vocab::ANGSTROM_WORDS, 3);
const TEMPERATURE_NEAR: NearWords<'static> = NearWords::new(vocab::TEMPERATURE_WORDS, 3);
const ELECTRICAL_NEAR: NearWords<'static> = NearWords::new(vocab::ELECTRICAL_WORDS, 3);
const CHARGE_NEAR: NearWords<'static> = NearWords::new(&["charge", "charges"], 7);
const ASTRONOMY_NEAR: NearWords<'static> = NearWords::new(vocab::ASTRONOMY_WORDS, 3);
const SIZE_NEAR: NearWords<'static> = NearWords::new(
    &[
        "diameter", "length", "width", "height", "thick", "radius", "tall", "wide",
    ],
    3,
);

/// `4-1/2`, `1-1/4`: a whole, a tight hyphen and a proper fraction over 2, 3, 4, 8, 16, 32 or
/// 64, how US engineering writes a mixed number (4 1/2), never 4 - 1/2.
/// `t.split_once(c)` for an ASCII byte `c`, found by a byte search: `str::split_once` with
/// a char pattern costs ~130 instructions on a short expression, against a few here (an ASCII
/// byte is always a char boundary, so the halves are the same).
fn split_at_byte(t: &str, c: u8) -> Option<(&str, &str)> {
    debug_assert!(c.is_ascii());
    let k = t.bytes().position(|x| x == c)?;
    Some((&t[..k], &t[k + 1..]))
}

fn hyphenated_mixed_number(t: &[u8]) -> bool {
    let Some(h) = t.iter().position(|&c| c == b'-') else {
        return false;
    };
    let Some(k) = t.iter().position(|&c| c == b'/') else {
        return false;
    };
    let whole = |x: &[u8]| {
        (1..=3).contains(&x.len())
            && x.iter().all(u8::is_ascii_digit)
            && x.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')) > 0
    };
    let value = |x: &[u8]| x.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
    let (a, n, d) = (&t[..h], &t.get(h + 1..k).unwrap_or_default(), &t[k + 1..]);
    h < k
        && whole(a)
        && whole(n)
        && whole(d)
        && matches!(value(d), 2 | 3 | 4 | 8 | 16 | 32 | 64)
        && value(n) < value(d)
}

/// `at 5, 10 and 20 m/s`, `2.5, 1.4 and 0.74 s`: `, ` right before `first` (the number before
/// `and`) with a digit before the comma, so the pair is the end of a comma list of values that
/// share the last one's unit, each its own value, not a range. Looks at three bytes.
fn comma_list_before(b: &[u8], first: usize) -> bool {
    first >= 3 && &b[first - 2..first] == b", " && b[first - 3].is_ascii_digit()
}

/// `multiply by 0.2 - 20%`: the dash restates the number as a percent.
/// Why the upper end of `3 and 5 mm` without `between` is refused (`quantity` lets a clause's
/// subject through: `... 0.5 and 400W/m is generated`).
const AND_WITHOUT_BETWEEN: &str = "upper end of `a and b unit` without `between`: not one value";
const PERCENT_RESTATED: &str = "a number restated as a percent (0.2 - 20%), not a range";

/// `0.2 - 20%`: a number, a dash, and the same number as a percent.
fn percent_restated(t: &str) -> bool {
    let Some((a, b)) = t.split_once('-') else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim());
    let Some(b) = b.strip_suffix('%') else {
        return false;
    };
    match (a.parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => y > 0.0 && (x * 100.0 - y).abs() <= 1e-9 * y,
        _ => false,
    }
}

/// `+1 / -1`, `-0.5/+0.5`: one magnitude written with either explicit sign.
fn opposite_signs(t: &[u8]) -> bool {
    let Some(k) = t.iter().position(|&c| c == b'/') else {
        return false;
    };
    let (a, z) = (t[..k].trim_ascii(), t[k + 1..].trim_ascii());
    match (a.split_first(), z.split_first()) {
        (Some((&sa, ma)), Some((&sz, mz))) => {
            matches!((sa, sz), (b'+', b'-') | (b'-', b'+')) && ma == mz && !ma.is_empty()
        }
        _ => false,
    }
}

/// `9/11`, `31/12`, `5/2019`, `3/19`: a slash pair that can be a date (month and day either
/// way round, or a month and a year); `5/22000` cannot (`after 5/22000 seconds` is a fraction).
fn date_shaped(text: &[u8]) -> bool {
    let Some(k) = text.iter().position(|&c| c == b'/') else {
        return false;
    };
    let num = |t: &[u8]| {
        (!t.is_empty() && t.len() <= 4 && t.iter().all(u8::is_ascii_digit))
            .then(|| t.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')))
    };
    let (Some(a), Some(b)) = (num(&text[..k]), num(&text[k + 1..])) else {
        return false;
    };
    let month = |x: u32| (1..=12).contains(&x);
    let day = |x: u32| (1..=31).contains(&x);
    let year = (text.len() - k - 1 == 2) || (1900..=2100).contains(&b);
    (month(a) && day(b)) || (day(a) && month(b)) || (month(a) && year)
}

/// `3+3`, `4+4`, `2+1`, `3+3+3`: two or three one-digit numbers (1 to 9) joined by tight plus
/// signs, the shape of a dose-escalation design's name.
fn design_sum(core: &str) -> bool {
    let b = core.as_bytes();
    (b.len() == 3 || b.len() == 5)
        && b.iter().enumerate().all(|(k, &c)| {
            if k % 2 == 0 {
                (b'1'..=b'9').contains(&c)
            } else {
                c == b'+'
            }
        })
}

/// `50/50`, `24/24` (the same number twice), `60/40`, `80/20`, `95/5` (two multiples of 5 that
/// make 100: a split of a whole) and `30/360`, `30/365` (day-count conventions).
fn split_or_convention(a: &str, b: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.len() <= 9 && t.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return false;
    }
    let (x, y) = (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0));
    a == b
        || (x + y == 100 && x % 5 == 0 && y % 5 == 0 && x > 0 && y > 0)
        || (x == 30 && matches!(y, 360 | 365))
}

/// `2019/2020`, `2456/2455` (Buddhist-Era years), `2019/20`: two years one apart joined by a
/// slash (a season, a fiscal or calendar pair), never a quotient in prose; and a modern year
/// with a later one up to twenty years on (`IAU 1982/94`, `1990/2000`: resolutions, editions).
fn year_pair(text: &[u8]) -> bool {
    let Some(k) = text.iter().position(|&c| c == b'/') else {
        return false;
    };
    let (a, b) = (&text[..k], &text[k + 1..]);
    let digits = |t: &[u8]| !t.is_empty() && t.len() <= 4 && t.iter().all(u8::is_ascii_digit);
    if a.len() != 4 || !digits(a) || !digits(b) || !matches!(b.len(), 2 | 4) {
        return false;
    }
    let (y, z) = (small_int(a), small_int(b));
    let later = if b.len() == 4 { z } else { y - y % 100 + z };
    let modern = (1900..2100).contains(&y) && (1..=20).contains(&later.saturating_sub(y));
    modern
        || (1000..3000).contains(&y)
            && if b.len() == 4 {
                y.abs_diff(z) == 1
            } else {
                z == (y + 1) % 100
            }
}

/// Whether a number sign stands just before `start`: `No.`, `Nr.`, `nº`, `n.º`, `N°` (with
/// inline spaces between), after which `7/2008` is the number of a law or an item.
fn number_sign_before(b: &[u8], start: usize) -> bool {
    let mut i = start;
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') && start - i < 4 {
        i -= 1;
    }
    let head = &b[i.saturating_sub(6)..i];
    let signs: [&[u8]; 6] = [
        b"No.",
        b"no.",
        b"Nr.",
        "n\u{ba}".as_bytes(),
        "n.\u{ba}".as_bytes(),
        "N\u{b0}".as_bytes(),
    ];
    signs.iter().any(|sign| {
        head.ends_with(sign) && {
            let k = head.len() - sign.len();
            k == 0 || !head[k - 1].is_ascii_alphanumeric()
        }
    })
}

/// The value of a short run of ASCII digits (callers bound its length to 6 or fewer).
fn small_int(t: &[u8]) -> u32 {
    t.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'))
}

/// `start..end`, or the expression inside when it includes its parentheses: the inner range,
/// when a `(` stands right before it and a `)` right after (`CO (1-0)`, `(25.6-1)`).
fn inside_parens(b: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut a, mut z) = (start, end);
    if b.get(a) == Some(&b'(') && z > a + 1 && b[z - 1] == b')' {
        (a, z) = (a + 1, z - 1);
    }
    (a >= 1 && b[a - 1] == b'(' && b.get(z) == Some(&b')')).then_some((a, z))
}

/// Whether `b` is one parenthesised group: its first `(` closes at its last byte (`(3 + 4)`,
/// `((1+2j))`; not `(1) + (2)`).
fn one_group(b: &[u8]) -> bool {
    if b.first() != Some(&b'(') || b.last() != Some(&b')') {
        return false;
    }
    let mut depth = 0i32;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 && k + 1 != b.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// `+50+50`, `+50-20` at `start..end` (the sign may lie just before `start`), after a space
/// or `(`: two signed integers written tight, an X geometry's offset.
fn x_offset(b: &[u8], start: usize, end: usize) -> bool {
    let lead = if b[start] == b'+' {
        start
    } else if start >= 1 && b[start - 1] == b'+' {
        start - 1
    } else {
        return false;
    };
    if lead > 0 && !matches!(b[lead - 1], b' ' | b'(' | b'\t') {
        return false;
    }
    let e = &b[lead + 1..end];
    let first = e.iter().take_while(|c| c.is_ascii_digit()).count();
    first > 0
        && matches!(e.get(first), Some(b'+' | b'-'))
        && e.len() > first + 1
        && e[first + 1..].iter().all(u8::is_ascii_digit)
}

/// The sign of an uncertainty that `before` ends with (`±`, `∓`, `+/-`, `+-`): the number
/// after it is the spread of a value, not a value or an operand.
fn uncertainty_sign(before: &str) -> Option<&'static str> {
    ["\u{b1}", "\u{2213}", "+/-", "+-"]
        .into_iter()
        .find(|j| before.ends_with(j))
}

/// A power with an exponent of three digits or more (`10^999`, `2**128`): its exact value
/// costs what prose does not, so a fraction-like reading before a unit skips it.
fn big_power(e: &[u8]) -> bool {
    e.windows(4).enumerate().any(|(k, w)| {
        let pow = w[0] == b'^' || (w[0] == b'*' && k > 0 && e[k - 1] == b'*');
        pow && w[1..].iter().all(u8::is_ascii_digit)
    })
}

/// Whether a Greek letter's name (`vocab/greek_letters.txt`) follows `end` after one space
/// (`2 eta`, `3 pi`): the number before it is its coefficient.
fn greek_letter_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if b.get(end) != Some(&b' ') || !b.get(end + 1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut buf = [0u8; 24];
    let w = next_word(s, end, &mut buf);
    vocab::greek_letters(w)
        && !b
            .get(end + 1 + w.len())
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// `28.2/28.3`, `44.1 / 44.5`, `28.4/28.7/ 28.8/28.9`: decimals with one whole part of 2 or
/// more and rising one- or two-digit fractional parts, none 0, joined by slashes: numbered
/// sections.
fn section_numbers(core: &str) -> bool {
    let mut whole = None;
    let mut last = None;
    let mut items = 0;
    for item in core.split('/') {
        let Some((w, f)) = item.trim().split_once('.') else {
            return false;
        };
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
        if !digits(w) || !digits(f) || f.len() > 2 || w.len() > 3 {
            return false;
        }
        let (w, f) = (w.parse::<u32>().unwrap_or(0), f.parse::<u32>().unwrap_or(0));
        // `2.0 / 2.5`: no section is numbered 0
        if w < 2 || f == 0 || whole.is_some_and(|x| x != w) || last.is_some_and(|x| x >= f) {
            return false;
        }
        (whole, last, items) = (Some(w), Some(f), items + 1);
    }
    items >= 2
}

/// `2 1/2`, `"1 1/3"`: a proper fraction of whole numbers `core` at `start`, after one space
/// and a whole number of at most three digits, not zero, that stands alone (text, a space, a
/// quote or a bracket before it): a mixed number (`0 1/2` is a row of a table, `"0 1/5"` in
/// quotes a typed mixed number).
fn mixed_number_whole_before(b: &[u8], start: usize, core: &[u8]) -> bool {
    // most expressions have no digit and a space before them: decided without reading them
    if start < 2 || b[start - 1] != b' ' || !b[start - 2].is_ascii_digit() {
        return false;
    }
    let Some(slash) = core.iter().position(|&c| c == b'/') else {
        return false;
    };
    let (num, den) = (&core[..slash], &core[slash + 1..]);
    let small = |t: &[u8]| !t.is_empty() && t.len() <= 6 && t.iter().all(u8::is_ascii_digit);
    if !small(num) || !small(den) {
        return false;
    }
    if small_int(num) == 0 || small_int(num) >= small_int(den) {
        return false;
    }
    let whole = b[..start - 1]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let w0 = start - 1 - whole;
    // a zero whole is a mixed number only quoted as one entry (`Enter "0 1/5" in a cell`)
    let quoted_zero = whole == 1
        && w0 > 0
        && matches!(b[w0 - 1], b'"' | b'\'' | b'`')
        && b.get(start + core.len()) == Some(&b[w0 - 1]);
    (1..=3).contains(&whole)
        && (b[w0] != b'0' || quoted_zero)
        && (w0 == 0 || matches!(b[w0 - 1], b' ' | b'(' | b'[' | b'"' | b'\'' | b'`'))
}

/// `OrthogonalEmbeddings (25.6-1)`, `PrimitiveRootMod (15.3-3)`: a decimal, a tight hyphen
/// and a whole number wrapped in parentheses right after a word (a manual's section number).
fn section_number_in_parens(b: &[u8], start: usize, end: usize) -> bool {
    let Some((a, z)) = inside_parens(b, start, end) else {
        return false;
    };
    let Some(h) = b[a..z].iter().position(|&c| c == b'-') else {
        return false;
    };
    let (left, right) = (&b[a..a + h], &b[a + h + 1..z]);
    let dotted = left.iter().filter(|&&c| c == b'.').count() == 1
        && left.first().is_some_and(u8::is_ascii_digit)
        && left.last().is_some_and(u8::is_ascii_digit)
        && left.iter().all(|&c| c.is_ascii_digit() || c == b'.');
    dotted
        && !right.is_empty()
        && right.len() <= 3
        && right.iter().all(u8::is_ascii_digit)
        && a >= 3
        && b[a - 2] == b' '
        && b[a - 3].is_ascii_alphabetic()
}

/// `Fortran 90/95`, `Windows 95/98`: two-digit editions, the second later by at most twenty,
/// right after a capitalised word that does not open the sentence (`Divide 10/20` does).
fn edition_pair_after_name(b: &[u8], start: usize, end: usize) -> bool {
    let t = &b[start..end];
    let ok = t.len() == 5
        && t[2] == b'/'
        && [t[0], t[1], t[3], t[4]].iter().all(u8::is_ascii_digit)
        && t[0] != b'0';
    if !ok || start < 2 || b[start - 1] != b' ' {
        return false;
    }
    let (x, y) = (small_int(&t[..2]), small_int(&t[3..]));
    let w = b[..start - 1]
        .iter()
        .rev()
        .take(24)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let w0 = start - 1 - w;
    let opens_sentence = matches!(
        b[..w0].trim_ascii_end().last(),
        None | Some(b'.' | b'!' | b'?' | b':')
    );
    y > x
        && y - x <= 20
        && w >= 3
        && b[w0].is_ascii_uppercase()
        && b[w0 + 1..start - 1].iter().all(u8::is_ascii_lowercase)
        && !opens_sentence
}

/// `the result of 10 - 20`: the words before `start` ask for the value of what follows.
fn result_of_before(b: &[u8], start: usize) -> bool {
    super::lex::ends_with_word(b[..start].trim_ascii_end(), &[b"result of", b"results of"])
}

/// `CO (1-0)`, `HCN(3-2)`, `13CO (2-1)`: a falling pair of small whole numbers joined by a
/// tight hyphen, wrapped in parentheses right after a word with a capital letter (a species).
fn transition_label(b: &[u8], start: usize, end: usize) -> bool {
    let Some((a, z)) = inside_parens(b, start, end) else {
        return false;
    };
    let Some(h) = b[a..z].iter().position(|&c| c == b'-') else {
        return false;
    };
    let (hi, lo) = (&b[a..a + h], &b[a + h + 1..z]);
    let small = |t: &[u8]| (1..=2).contains(&t.len()) && t.iter().all(u8::is_ascii_digit);
    if !small(hi) || !small(lo) {
        return false;
    }
    let mut w = a - 1;
    if w > 0 && b[w - 1] == b' ' {
        w -= 1;
    }
    let word = &b[w - b[..w]
        .iter()
        .rev()
        .take(12)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()..w];
    small_int(hi) > small_int(lo) && word.iter().any(u8::is_ascii_uppercase)
}

/// A `|` glued between digits right after or right before the expression `[start, end)`.
fn bar_fraction_beside(b: &[u8], start: usize, end: usize) -> bool {
    let after = b.get(end) == Some(&b'|')
        && b.get(end + 1).is_some_and(u8::is_ascii_digit)
        && end > 0
        && b[end - 1].is_ascii_digit();
    let before = start >= 2
        && b[start - 1] == b'|'
        && b[start - 2].is_ascii_digit()
        && b.get(start).is_some_and(u8::is_ascii_digit);
    after || before
}

/// Whether the denominator `b[den..end]` (whole) is followed by an English ordinal suffix,
/// perhaps plural, and then no letter, digit or hyphen: `1/6th`, `1/21st`, `1/3rd`, `1/112th`,
/// `3/4ths`, `2/3rds` (a fraction named as a part); `th` after any number too, as writers use
/// it (`1/32th of an inch`).
fn ordinal_suffix_at(b: &[u8], den: usize, end: usize) -> bool {
    if den >= end || !b[den..end].iter().all(u8::is_ascii_digit) {
        return false;
    }
    // the last two digits decide (`11th`, `21st`)
    let last2 = b[end.saturating_sub(2).max(den)..end]
        .iter()
        .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let suffix: &[u8] = match (last2 % 100, last2 % 10) {
        (11..=13, _) => b"th",
        (_, 1) => b"st",
        (_, 2) => b"nd",
        (_, 3) => b"rd",
        _ => b"th",
    };
    if !(b[end..].starts_with(suffix) || b[end..].starts_with(b"th")) {
        return false;
    }
    let plural = usize::from(b.get(end + 2) == Some(&b's'));
    // `(1/7th-sharp)`: a hyphenated name
    !b.get(end + 2 + plural)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-')
}

/// Whether `t` (one expression's bytes) is `1 / d` with spaces on both sides of the slash
/// (`1 / 80`, `1 / 44.1`): a reciprocal written out. A tight `1/60` is a fraction of the
/// unit after it (`1/60 minutes`) and stays one.
fn spaced_reciprocal(t: &[u8]) -> bool {
    let Some(rest) = t.strip_prefix(b"1") else {
        return false;
    };
    let n = rest.iter().take_while(|&&c| c == b' ').count();
    if n == 0 || rest.get(n) != Some(&b'/') {
        return false;
    }
    let d = &rest[n + 1..];
    let m = d.iter().take_while(|&&c| c == b' ').count();
    m > 0 && d.get(m).is_some_and(u8::is_ascii_digit)
}

/// Whether the unit text `u` (from its first byte) is a frequency symbol: `Hz` with an SI
/// prefix or none, followed by nothing that continues the unit.
/// When `t` ends in `10`, a sign glued to it and a one- to three-digit exponent (`10-19`,
/// `10+8`, `10−5`): what stands before that `10`, spaces trimmed, if it is empty or ends in a
/// multiplication sign (`1.6 × 10-19`, `2*10-5`): scientific notation that lost its caret.
fn lost_caret_power(t: &str) -> Option<&[u8]> {
    let b = t.trim_end().as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &b[..b.len() - digits];
    let rest = rest
        .strip_suffix(b"10-")
        .or_else(|| rest.strip_suffix(b"10+"))
        .or_else(|| rest.strip_suffix("10\u{2212}".as_bytes()))?
        .trim_ascii_end();
    let times = rest.is_empty()
        || rest.ends_with("\u{d7}".as_bytes())
        || rest.ends_with(b"*")
        || rest.ends_with(b"x")
        || rest.ends_with("\u{b7}".as_bytes());
    times.then_some(rest)
}

/// Whether `u` starts with a unit of length alone (`mm`, `cm`, `m`, `in`, ...: not `m/s`,
/// `m^2` or `min`).
fn length_unit(u: &str) -> bool {
    [
        "nm", "\u{b5}m", "\u{3bc}m", "um", "mm", "cm", "dm", "m", "km", "in", "ft", "mi",
    ]
    .iter()
    .any(|f| {
        u.strip_prefix(f).is_some_and(|r| {
            !r.starts_with(|c: char| {
                c.is_alphanumeric() || c == '/' || c == '^' || c == '\u{b2}' || c == '\u{b3}'
            })
        })
    })
}

fn frequency_unit(u: &str) -> bool {
    ["Hz", "kHz", "MHz", "GHz", "THz", "mHz"].iter().any(|f| {
        u.strip_prefix(f)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '^'))
    })
}

/// Whether the word at `i` (no space skipped) is a unit spelling the QUANTITY reader does not
/// read (`mb`, `kt`, `dBZ`: `vocab/unread_units_after.txt`), ending a word. Reads one word of
/// at most 24 letters.
fn unread_unit_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut buf = [0u8; 24];
    let w = next_word(s, i, &mut buf);
    let j = i + w.len();
    !w.is_empty()
        && !b
            .get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
        && vocab::unread_units_after(w)
}

/// `50-60 / 60-70 / 70-80`: two or more ranges of rising integers (`a-b`, no spaces) with
/// ` / ` between them, a list of buckets rather than a quotient of differences.
/// Whether `t` is two whole numbers joined by one `/` (`50/60`, `110/220`), both 10 or more,
/// the larger at most four times the smaller, that share a factor above 1: a fraction of a
/// unit is written reduced (`1/60 minutes`, `3/4 inch`) or as a step against a larger whole
/// (`5/22000 seconds`, `3/72 inch`), so such a pair before a unit gives alternatives of one
/// magnitude. Nine digits a side at most.
fn common_factor_pair(t: &[u8]) -> bool {
    let Some(slash) = t.iter().position(|&c| c == b'/') else {
        return false;
    };
    let (a, b) = (&t[..slash], &t[slash + 1..]);
    let whole = |d: &[u8]| !d.is_empty() && d.len() <= 9 && d.iter().all(u8::is_ascii_digit);
    if !whole(a) || !whole(b) {
        return false;
    }
    let (mut x, mut y) = (digits_value(a), digits_value(b));
    if x.min(y) < 10 || x.max(y) > 4 * x.min(y) {
        return false;
    }
    while y != 0 {
        (x, y) = (y, x % y);
    }
    x > 1
}

/// Whether the integer at `first` (the lower end of `a to b unit`) names a numbered part: a
/// label (`step 2`, `channel 3`: `vocab/labels.txt`) or a part of a network or a device
/// (`junction 3`, `node 5`, `pin 2`: `vocab/numbered_parts_before.txt`) stands right before it.
/// `set the pressure at junction 3 to 4.9 bar` sets a part to a value: no range. A decimal is
/// no identifier (`phase 0.5 to 1.5 V` stays a range). One word of look-back.
fn numbered_part_before(s: &str, first: usize) -> bool {
    let b = s.as_bytes();
    let digits = b[first..]
        .iter()
        .take(8)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0
        || b.get(first + digits) == Some(&b'.')
            && b.get(first + digits + 1).is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let mut buf = [0u8; 24];
    let w = prev_word(s, first, &mut buf);
    // `a sound level 60 to 80 dB`, `a phase 0 to 90 deg`: a quantity's name, then a range;
    // `no 3 to 5 mm gap` a negation
    let quantity_name = matches!(w, b"level" | b"levels" | b"phase" | b"phases" | b"no");
    (context::is_label(w) && !quantity_name) || vocab::numbered_parts_before(w)
}

fn ranges_listed(t: &str) -> bool {
    let mut n = 0;
    for part in t.split(" / ") {
        match int_pair(part.trim(), '-') {
            Some((x, y)) if x < y => n += 1,
            _ => return false,
        }
    }
    n >= 2
}

/// The two integers of `a<op>b` written with digits only on both sides (`24/18`, `2023-24`);
/// `None` for anything else (a sign, a decimal, a space, more than 19 digits).
fn int_pair(t: &str, op: char) -> Option<(u64, u64)> {
    let (a, b) = t.split_once(op)?;
    let int = |x: &str| {
        (!x.is_empty() && x.bytes().all(|c| c.is_ascii_digit()))
            .then(|| x.parse().ok())
            .flatten()
    };
    Some((int(a)?, int(b)?))
}

/// Whether `text` is integers joined by `/` (spaces allowed around it) that strictly rise
/// (`1 / 2 / 4`, `16/32/48`); anything else in it (a sign, a point, a letter) is not.
fn rising_integers(text: &[u8]) -> bool {
    let mut last: Option<u64> = None;
    for part in text.split(|&c| c == b'/') {
        let part = part.trim_ascii();
        if part.is_empty() || part.len() > 9 || !part.iter().all(u8::is_ascii_digit) {
            return false;
        }
        let v = digits_value(part);
        if last.is_some_and(|l| v <= l) {
            return false;
        }
        last = Some(v);
    }
    last.is_some()
}

/// Whether `digits` is a power of two from 16 to 4096 (`64K`, `512K`): binary sizes and
/// counts, which glued to `K` are kelvins only in a science context.
fn binary_size(digits: &[u8]) -> bool {
    std::str::from_utf8(digits)
        .ok()
        .and_then(|d| d.parse::<u32>().ok())
        .is_some_and(|v| (16..=4096).contains(&v) && v.is_power_of_two())
}

/// Whether a `%` ending at `at` is the modulo operator: spaces, then a number or a `(`
/// (`5 % 4`, `-2 % 2**3`); a percentage is followed by a word or punctuation.
fn modulo_operand_at(b: &[u8], at: usize) -> bool {
    let k = b[at.min(b.len())..]
        .iter()
        .take_while(|&&c| c == b' ')
        .count();
    k > 0
        && b.get(at + k)
            .is_some_and(|c| c.is_ascii_digit() || *c == b'(')
}

/// `2^13 (8192) texels`, `2**10 (1024)`: a power of whole numbers followed by its own value
/// in parentheses restates it; the group is no factor.
fn restated_power(expr: &[u8], rest: &[u8]) -> bool {
    let value = |t: &[u8]| -> Option<u128> {
        if t.is_empty() || t.len() > 38 || !t.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(t).ok()?.parse().ok()
    };
    let (base, exp) = if let Some(k) = expr.iter().position(|&c| c == b'^') {
        (&expr[..k], &expr[k + 1..])
    } else if let Some(k) = expr.windows(2).position(|w| w == b"**") {
        (&expr[..k], &expr[k + 2..])
    } else {
        return false;
    };
    // the value's digits and `(`, `)`: a bounded look, so the scan stays linear
    let Some(close) = rest.iter().take(41).position(|&c| c == b')') else {
        return false;
    };
    let power = match (value(base), value(exp)) {
        (Some(b), Some(e)) if e <= 127 => u32::try_from(e).ok().and_then(|e| b.checked_pow(e)),
        _ => None,
    };
    power.is_some() && power == value(&rest[1..close])
}

/// Whether the `(` at `at` (after a space) opens a factor of an implicit product: a number or
/// another `(` inside (`1 + 3 ((2^n) - 1)`, `2 + 3 (4 - 1)`); `2 + 3 (see below)` is prose.
fn implicit_product_at(b: &[u8], at: usize) -> bool {
    let inner = b[at..].iter().take_while(|&&c| c == b'(').count();
    if inner > 1 {
        return true;
    }
    // `1024**2 (1 MiB)`: a number with a word after it restates the value, it is no factor
    let lit = b[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b'.')
        .count();
    let after = at + 1 + lit + b[at + 1 + lit..].iter().take_while(|&&c| c == b' ').count();
    lit > 0 && !b.get(after).is_some_and(u8::is_ascii_alphabetic)
}

/// Whether `AU` stands in `unit` as a whole atom (`AU`, `AU/mL`, `mL/AU`), not inside a
/// longer symbol (`mAU` is none the unit reader knows).
fn has_au_atom(unit: &str) -> bool {
    let u = unit.as_bytes();
    u.len() >= 2
        && u.windows(2).enumerate().any(|(i, w)| {
            w == b"AU"
                && (i == 0 || !u[i - 1].is_ascii_alphabetic())
                && u.get(i + 2).is_none_or(|c| !c.is_ascii_alphabetic())
        })
}

/// Whether `unit` may be one the match of `named_unit_need` names (any other gets its last
/// arm, no need): a unit of one byte, one in parentheses, or one whose first two bytes open a
/// longer name there (`in`, `PL`, `min`, `deg`, ...). A filter on two bytes only: every name
/// passes, some other units too (`mg` does not, `mi` does).
fn unit_named_by_need(unit: &str, glued: bool) -> bool {
    match unit.as_bytes() {
        // a glued byte may start a list of codes (`200m, 200c`); apart, the letters the
        // match names (`V`, `N`, `W` after a space are none: they need nothing)
        [c] => {
            glued
                || matches!(
                    c,
                    b'a' | b'B'
                        | b'b'
                        | b'D'
                        | b'E'
                        | b'G'
                        | b'P'
                        | b'Y'
                        | b'Z'
                        | b'k'
                        | b'u'
                        | b'K'
                        | b'M'
                        | b'h'
                        | b'd'
                        | b'y'
                        | b's'
                        | b'g'
                        | b'm'
                        | b'L'
                        | b'A'
                        | b'C'
                        | b'F'
                        | b'H'
                        | b'S'
                        | b'T'
                        | b't'
                        | b'l'
                )
        }
        [b'(', ..] => true,
        [x, y, ..] => matches!(
            (x, y),
            (b'i', b'n')
                | (b'P', b'L')
                | (b'M', b'F')
                | (b'a', b'm')
                | (b'a', b's')
                | (b'a', b't')
                | (b'h', b'a')
                | (b's', b't')
                | (b'n', b'd')
                | (b'r', b'd')
                | (b't', b'h')
                | (b'p', b'm')
                | (b'P', b'M')
                | (b'A', b'M')
                | (b'm', b'i')
                | (b'd', b'e')
                | (b'p', b't')
                | (b'p', b'c')
                | (b'c', b'd')
                | (b'b', b'a')
                | (b'r', b'a')
        ),
        [] => true,
    }
}

/// End of a DOI starting at `i` (`10.` + a registrant code of 4-9 digits + `/` + a suffix,
/// which runs to the next whitespace), or None.
fn doi_end(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..)?.strip_prefix(b"10.")?;
    let code = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let suffix = rest.get(code + 1..)?;
    let ok = (4..=9).contains(&code)
        && rest[code] == b'/'
        && suffix.first().is_some_and(|c| !c.is_ascii_whitespace());
    if !ok {
        return None;
    }
    let mut end = i
        + 3
        + code
        + 1
        + suffix
            .iter()
            .take_while(|c| !c.is_ascii_whitespace())
            .count();
    // sentence punctuation after it is not part of it (the scan still sees a full stop)
    while end > i + 4 + code && matches!(b[end - 1], b'.' | b',' | b';' | b':' | b')' | b']') {
        end -= 1;
    }
    Some(end)
}

/// Whether `rest` starts with a reaction arrow (`->`, `-->`, `<->`, `=>`, `→`, `⇌`, `⟶`).
pub(super) fn reaction_arrow_at(rest: &str) -> bool {
    reaction_arrow_len(rest).is_some()
}

/// The length in bytes of the reaction arrow `rest` starts with, if any.
fn reaction_arrow_len(rest: &str) -> Option<usize> {
    ["-->", "<->", "->", "=>", "\u{2192}", "\u{21cc}", "\u{27f6}"]
        .iter()
        .find(|a| rest.starts_with(*a))
        .map(|a| a.len())
}

/// `rest` starts with a reaction arrow (`reaction_arrow_at`) and after it, past inline
/// spaces, stands a plain number (digits and one decimal point, at most 16 bytes) with
/// `unit` glued or one space on, not continued by a letter or digit: `-> 2m`, `→ 3 s`. A
/// bounded look at a few bytes.
fn same_unit_after_arrow(rest: &str, unit: &str) -> bool {
    let Some(arrow) = reaction_arrow_len(rest) else {
        return false;
    };
    let i = skip_inline_spaces(rest, arrow);
    let b = rest.as_bytes();
    let digits = b[i..]
        .iter()
        .take(16)
        .take_while(|c| c.is_ascii_digit() || **c == b'.')
        .count();
    if digits == 0
        || !b[i].is_ascii_digit()
        || b[i..i + digits].iter().filter(|&&c| c == b'.').count() > 1
    {
        return false;
    }
    let mut u = i + digits;
    if b.get(u) == Some(&b' ') {
        u += 1;
    }
    rest[u..].starts_with(unit)
        && !b
            .get(u + unit.len())
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// `2.894 -0.428 -0.370`, `2.0000 -0.7817342`, `-32768 +32767`: numbers spaced apart with a
/// sign glued to each later one are a row of a table, coordinates or bounds, not a
/// difference. Every `-` or `+` after the first number has a space before it and a digit
/// after it, nothing else operates, and there are two such signs, or decimals throughout, or
/// a `+` sign, or a signed first number (`7 -2` alone stays ambiguous, and stays an
/// expression).
fn signed_number_row(w: &[u8]) -> bool {
    let (mut signs, mut plus) = (0, false);
    for (k, &c) in w.iter().enumerate() {
        match c {
            b'-' | b'+' if k == 0 => {}
            b'-' | b'+' => {
                let glued = w
                    .get(k + 1)
                    .is_some_and(|&d| d.is_ascii_digit() || d == b'.');
                if w[k - 1] != b' ' || !glued {
                    return false;
                }
                signs += 1;
                plus |= c == b'+';
            }
            b'0'..=b'9' | b'.' | b' ' => {}
            _ => return false,
        }
    }
    let decimals = w
        .split(|&c| c == b' ')
        .filter(|t| !t.is_empty())
        .all(|t| t.contains(&b'.'));
    let signed_first = matches!(w.first(), Some(b'-' | b'+'));
    signs >= 2 || (signs == 1 && (decimals || plus || signed_first))
}

/// Whether a number after the first `/` of `text` is one (`1`, `1.0`, `1.00`): a divisor
/// that changes nothing (`255 / 65535 / 1.0`).
fn divisor_of_one(text: &[u8]) -> bool {
    // the prose parentheses around the chain (`(255 / 65535 / 1.0)`) are not its operands'
    let text = match text {
        [b'(', inner @ .., b')'] => inner,
        _ => text,
    };
    text.split(|&c| c == b'/').skip(1).any(|part| {
        let part = part.trim_ascii();
        match part {
            [b'1'] => true,
            [b'1', b'.', rest @ ..] => !rest.is_empty() && rest.iter().all(|&c| c == b'0'),
            _ => false,
        }
    })
}

/// The first `/` in `b[start..end]` when nothing is spaced around it and it does not open the
/// span: the tight slash of `347.38/8.6772`, `0/2000`.
fn tight_slash(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let q = start + b[start..end].iter().position(|&c| c == b'/')?;
    (q != start && b[q - 1] != b' ' && b.get(q + 1) != Some(&b' ')).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::super::scan::{Buffers, Scanner};
    use super::{
        at_word_end, char_at, char_before, follow_at, is_wordish, operator_at, skip_inline_spaces,
        two_dot_range_at, Domain, Follow,
    };

    /// The `match` on the decoded char that `follow_at` replaced.
    fn follow_reference(s: &str, e: usize) -> Follow {
        let b = s.as_bytes();
        if b.get(e) == Some(&b' ') {
            return Follow::Clean;
        }
        let Some(c) = char_at(s, e) else {
            return Follow::Clean;
        };
        let next_digit = b.get(e + 1).is_some_and(u8::is_ascii_digit);
        match c {
            'i' | 'j' if at_word_end(s, e + 1) => Follow::Imag(1),
            '.' if next_digit => Follow::Dotted,
            ',' if next_digit => Follow::Grouped,
            ':' if next_digit => Follow::Colon,
            '%' | '\u{b0}' | '\u{2030}' | '\u{2032}' | '\u{2033}' | '\u{c5}' | '\u{2126}' => {
                Follow::Glued
            }
            c if is_wordish(c) => Follow::Glued,
            _ => Follow::Clean,
        }
    }

    /// The `match` on the byte, then the char, that `operator_at` replaced.
    fn operator_reference(s: &str, j: usize) -> Option<(usize, u8)> {
        let b = s.as_bytes();
        match b.get(j)? {
            b'+' => Some((1, b'+')),
            b'-' => Some((1, b'-')),
            b'*' if b.get(j + 1) == Some(&b'*') => Some((2, b'^')),
            b'*' => Some((1, b'*')),
            b'/' => Some((1, b'/')),
            b'^' => Some((1, b'^')),
            _ => match char_at(s, j)? {
                '\u{d7}' => Some((2, b'*')),
                '\u{f7}' => Some((2, b'/')),
                '\u{2212}' => Some((3, b'-')),
                _ => None,
            },
        }
    }

    #[test]
    fn follow_and_operator_tables_agree_with_the_matches() {
        let pieces = [
            " ", "i", "j", "x", "e", "_", "A", "Z", ".", ",", ":", "%", "5", "0", "*", "**", "+",
            "-", "/", "^", "(", ")", "[", "]", "\n", "\t", "'", "\u{b0}", "\u{b5}", "\u{c5}",
            "\u{2126}", "\u{2030}", "\u{2032}", "\u{2033}", "\u{d7}", "\u{f7}", "\u{2212}",
            "\u{e9}", "\u{3b1}", "\u{301}", "\u{2014}", "\u{a0}", "$", "#", "~", "`",
        ];
        // every byte of ASCII once, then random strings of the pieces
        let ascii: String = (0u8..0x80).map(char::from).collect();
        let mut rng = crate::test_rng::XorShift::new(0x5eed_f011_0000_0001);
        let mut texts = vec![ascii];
        for _ in 0..20_000 {
            let n = 1 + rng.below(6);
            texts.push(rng.join(&pieces, n));
        }
        for t in &texts {
            for e in 0..=t.len() {
                if !t.is_char_boundary(e) {
                    continue;
                }
                assert_eq!(follow_at(t, e), follow_reference(t, e), "{t:?} at {e}");
                assert_eq!(operator_at(t, e), operator_reference(t, e), "{t:?} at {e}");
            }
        }
    }

    /// `words_near_by` with no filter: every run of letters that starts a word is compared
    /// against every word.
    fn words_near_by_every_word(
        s: &str,
        start: usize,
        uend: usize,
        words: &[&str],
        whole_max: usize,
    ) -> bool {
        let b = s.as_bytes();
        let (lo, hi) = (start.saturating_sub(120), (uend + 40).min(b.len()));
        (lo..hi).any(|k| {
            let run = b[k..hi]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let starts_word = k == 0 || !b[k - 1].is_ascii_alphanumeric();
            run > 0
                && starts_word
                && words.iter().any(|word| {
                    let fits = if word.len() <= whole_max {
                        run == word.len()
                    } else {
                        run >= word.len()
                    };
                    // (the words are lowercase: one that is not never matches)
                    fits && word.as_bytes()[0] == b[k] | 0x20
                        && b[k..k + word.len()].eq_ignore_ascii_case(word.as_bytes())
                })
        })
    }

    /// `fraction_list` refuses at once where the digits and dots end at no `,` or `/`; reading
    /// the run gives the same answer and the same candidates at every digit of random texts.
    #[test]
    fn fraction_list_precheck_matches_reading_the_run() {
        let alphabet = b"0123456789..//,, a(-";
        let mut rng = crate::test_rng::XorShift::new(0xf2ac_7105_1157_0001);
        for _ in 0..3000 {
            let len = 1 + rng.below(90);
            let text: String = (0..len)
                .map(|_| char::from(alphabet[rng.below(alphabet.len())]))
                .collect();
            let b = text.as_bytes();
            for start in (0..len).filter(|&k| b[k].is_ascii_digit()) {
                let run_end = super::digits_or_dots_end(b, start, (start + 64).min(len));
                let mut quick = Scanner::new(&text, false, false, Buffers::default());
                let mut read = Scanner::new(&text, false, false, Buffers::default());
                assert_eq!(
                    quick.fraction_list(start, run_end),
                    read.fraction_list_read(start),
                    "{text:?} {start}"
                );
                assert_eq!(
                    format!("{:?}", quick.cands),
                    format!("{:?}", read.cands),
                    "{text:?} {start}"
                );
            }
        }
    }

    /// `unit_need` skips the match of `named_unit_need` for units `unit_named_by_need` turns
    /// away: for each of those the match gives its last arm (no need, nothing refused), in
    /// random contexts, glued or not; every name of the match passes the filter.
    #[test]
    fn unit_filter_skips_only_units_the_match_does_not_name() {
        let names = [
            "A", "AM", "B", "C", "D", "E", "F", "G", "H", "K", "L", "M", "P", "PL", "PM", "S", "T",
            "Y", "Z", "a", "am", "as", "at", "b", "bar", "cd", "d", "deg", "degree", "degrees",
            "g", "h", "ha", "in", "k", "l", "m", "min", "nd", "pc", "pm", "pt", "rad", "rd", "s",
            "st", "t", "th", "u", "y", "(in)", "(MC)", "(C)",
        ];
        for name in names {
            assert!(super::unit_named_by_need(name, true), "{name}");
            assert!(super::unit_named_by_need(name, false), "{name}");
        }
        let pieces = [
            "m", "g", "k", "i", "n", "P", "L", "a", "s", "t", "h", "d", "e", "r", "b", "A", "M",
            "C", "F", "K", "T", "p", "c", "(", ")", "\u{b0}", "%", "/", "2", "^", "x", "z", "V",
            "N", "W", "J", "R", "H", "S", "l", "u", "y", "Y", "E", "D", "G", "B", "Z",
        ];
        let before = [
            "", "Fig. ", "at ", "ISO ", "ft ", "the ", "(", "abs(b)=", "a ",
        ];
        let after = [
            "",
            " off",
            " diameter",
            ".",
            " wide",
            "-vector",
            ":",
            " + 2",
            " cells",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5eed_0417_ab1e_0001);
        let mut skipped = 0;
        for _ in 0..20000 {
            let count = 1 + rng.below(4);
            let unit: String = rng.join(&pieces, count);
            let glued = rng.below(2) == 0;
            if super::unit_named_by_need(&unit, glued) {
                continue;
            }
            skipped += 1;
            let pre = before[rng.below(before.len())];
            let number = ["5", "1200", "3.5", "293", "64"][rng.below(5)];
            let gap = if glued { "" } else { " " };
            let text = format!("{pre}{number}{gap}{unit}{}", after[rng.below(after.len())]);
            let start = pre.len();
            let uend = start + number.len() + gap.len() + unit.len();
            let mut sc = Scanner::new(&text, false, true, Buffers::default());
            let need = sc.named_unit_need(start, &unit, uend, glued, &mut [0u8; 24]);
            assert_eq!(need, Some(super::Need::NONE), "{text:?}");
            assert!(sc.refusals.as_ref().is_some_and(Vec::is_empty), "{text:?}");
        }
        assert!(skipped > 5000);
    }

    /// `pair_before` turns away only texts whose last two bytes end no sign or joiner: where
    /// it gives None at once, the full reading gives None too, on random texts of signs,
    /// joiners, their pieces, words and numbers.
    #[test]
    fn pair_before_filter_skips_only_sure_misses() {
        let pieces = [
            "\u{b1}", "\u{2213}", "\u{2013}", "\u{2014}", "\u{2192}", "+/-", "+-", "-", "+", "/",
            "to", "and", "through", "until", "between", "from", "o", "d", "h", "l", "nd", "gh",
            "il", "a", "x", "5", "12", "3.5", " ", "  ", "\u{e9}", "mg", "(",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9a1f_be40_0c0d_0001);
        let mut pairs = 0;
        for _ in 0..20000 {
            let count = 1 + rng.below(8);
            let mut text: String = rng.join(&pieces, count);
            text.push_str([" ", "", "  "][rng.below(3)]);
            let start = text.len();
            text.push_str("20 mg");
            let sc = Scanner::new(&text, false, false, Buffers::default());
            let k = super::skip_inline_spaces_back(&text, start, 8);
            let full = sc.pair_before_sign_or_joiner(start, k);
            pairs += usize::from(full.is_some());
            assert_eq!(sc.pair_before(start), full, "{text:?}");
        }
        assert!(pairs > 200, "{pairs}");
    }

    /// Telling the sign or joiner by its last two bytes and skipping words no number word ends
    /// like gives what comparing each sign and joiner in turn and reading the word gives, on
    /// random texts of signs, joiners, number words (any case), other words and numbers, at
    /// every `k` the scan could pass.
    #[test]
    fn sign_or_joiner_by_last_bytes_agrees_with_the_reference() {
        let pieces = [
            "\u{b1}",
            "\u{2213}",
            "\u{2013}",
            "\u{2014}",
            "\u{2192}",
            "+/-",
            "+-",
            "-",
            "+",
            "/",
            "to",
            "and",
            "through",
            "until",
            "between",
            "from",
            "o",
            "d",
            "h",
            "l",
            "nd",
            "gh",
            "il",
            "a",
            "x",
            "5",
            "12",
            "3.5",
            " ",
            "  ",
            "\u{e9}",
            "mg",
            "(",
            "two",
            "Three",
            "TWENTY",
            "hundred",
            "thousand",
            "million",
            "ten",
            "cooled",
            "set",
            "seven-",
            "nine",
            "tY",
            "eD",
            "n",
            "e",
            "respectively",
            ",",
            "torqued",
            "often",
            "ELEVEN",
            "red",
            "eleventeen",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x51a9_0b7e_5e70_0001);
        let mut pairs = 0;
        for _ in 0..20000 {
            let count = 1 + rng.below(9);
            let mut text: String = rng.join(&pieces, count);
            text.push_str([" ", "", "  "][rng.below(3)]);
            let start = text.len();
            text.push_str("20 mg");
            let sc = Scanner::new(&text, false, false, Buffers::default());
            for k in (0..=start).filter(|&k| text.is_char_boundary(k)) {
                let full = sc.pair_before_sign_or_joiner_reference(start, k);
                pairs += usize::from(full.is_some());
                assert_eq!(
                    sc.pair_before_sign_or_joiner(start, k),
                    full,
                    "{text:?} {k}"
                );
            }
            for end in 0..=text.len() {
                if !crate::number::words::may_end_number_word(text.as_bytes(), end) {
                    assert!(!sc.number_word_ends_at(end), "{text:?} {end}");
                }
            }
        }
        assert!(pairs > 1000, "{pairs}");
    }

    /// The byte-led readings of the unit rules give what the readings they replaced give:
    /// `mixed_case_word_before` (one walk back), `operator_beside` and
    /// `in_transcendental_argument` (byte tests for `contains`), `subscript_before` (three
    /// `ends_with`), at every position of random texts.
    #[test]
    fn byte_led_unit_rules_agree_with_the_readings_they_replaced() {
        let pieces = [
            "a",
            "B",
            "Ab",
            "aB",
            "GPT",
            "MovieLens",
            " ",
            "  ",
            "\t",
            "(",
            "exp",
            "log",
            "-",
            "+",
            "*",
            "=",
            "^",
            "_",
            "{",
            "_{",
            "\\rm ",
            "\\",
            "rm",
            "2",
            "10",
            "m",
            "\u{e9}",
            "\u{b5}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x3b7e_1ead_0000_0001);
        for _ in 0..5000 {
            let count = 1 + rng.below(14);
            let text: String = rng.join(&pieces, count);
            let b = text.as_bytes();
            let sc = Scanner::new(&text, false, false, Buffers::default());
            for start in (0..=b.len()).filter(|&k| text.is_char_boundary(k)) {
                let end = super::skip_inline_spaces_back(&text, start, 8);
                let n = b[..end]
                    .iter()
                    .rev()
                    .take(24)
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                let mixed = end != start
                    && n >= 2
                    && b[end - n + 1..end].iter().any(u8::is_ascii_uppercase);
                assert_eq!(sc.mixed_case_word_before(start), mixed, "{text:?} {start}");
                let subscript = b[..start].ends_with(b"_{")
                    || b[..start].ends_with(b"\\rm ")
                    || b[..start].ends_with(b"_");
                assert_eq!(
                    super::subscript_before(b, start),
                    subscript,
                    "{text:?} {start}"
                );
                let paren = b[start.saturating_sub(3)..start].contains(&b'(');
                assert_eq!(
                    super::paren_in_three_before(b, start),
                    paren,
                    "{text:?} {start}"
                );
                for uend in start..=b.len().min(start + 4) {
                    let op = |c: &u8| matches!(c, b'+' | b'-' | b'*' | b'=');
                    let beside = b[start..uend].contains(&b'^')
                        || b[uend..].iter().take(3).any(op)
                        || b[start.saturating_sub(3)..start].iter().any(op);
                    assert_eq!(sc.operator_beside(start, uend), beside, "{text:?} {start}");
                }
            }
        }
    }

    /// `trim_whitespace` gives what `str::trim` gives, on random texts of ASCII and Unicode
    /// whitespace, joiners and words.
    #[test]
    fn trim_whitespace_agrees_with_trim() {
        let pieces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}", "\u{2009}",
            "\u{202f}", "\u{3000}", "\u{2013}", "\u{b1}", "to", "and", "-", "+/-", "x", "\u{e9}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x7e1d_0b0e_0000_0001);
        for _ in 0..20000 {
            let count = rng.below(7);
            let text = rng.join(&pieces, count);
            assert_eq!(super::trim_whitespace(&text), text.trim(), "{text:?}");
        }
    }

    /// `Stats::ascending` compares two short integers without parsing floats: the same answer
    /// as comparing their `plain_value`s, on random literals (integers of 1 to 18 digits, with
    /// leading zeros, decimals, exponents, comma groups).
    #[test]
    fn ascending_integers_agree_with_plain_values() {
        let mut rng = crate::test_rng::XorShift::new(0xa5ce_0d1e_0000_0001);
        let lit = |rng: &mut crate::test_rng::XorShift| -> String {
            let digits = 1 + rng.below(18);
            let mut t: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            match rng.below(6) {
                0 => t.insert(rng.below(t.len() + 1), '.'),
                1 => t.push_str("e3"),
                2 if t.len() > 3 => t.insert(t.len() - 3, ','),
                _ => {}
            }
            t
        };
        for _ in 0..20000 {
            let (a, b) = (lit(&mut rng), lit(&mut rng));
            let (a, b) = if rng.below(4) == 0 {
                (a.clone(), a)
            } else {
                (a, b)
            };
            let text = format!("{a}-{b}");
            let st = super::Stats {
                first_lit: (0, a.len()),
                second_lit: (a.len() + 1, text.len()),
                ..Default::default()
            };
            let expected = match (
                super::plain_value(a.as_bytes()),
                super::plain_value(b.as_bytes()),
            ) {
                (Some(x), Some(y)) => y > x,
                _ => false,
            };
            assert_eq!(st.ascending(text.as_bytes()), expected, "{text}");
        }
    }

    /// `split_at_byte` splits where `str::split_once` does, on texts with non-ASCII chars.
    #[test]
    fn split_at_byte_matches_split_once() {
        let chars = [
            '1', '2', '-', '/', ' ', '.', '\u{2212}', '\u{b1}', 'x', '\u{e9}',
        ];
        let mut rng = crate::test_rng::XorShift::new(0x51f1_5eed_0bad_cafe);
        for _ in 0..20000 {
            let len = rng.below(12);
            let t: String = (0..len).map(|_| chars[rng.below(chars.len())]).collect();
            for c in [b'-', b'/', b'.'] {
                assert_eq!(
                    super::split_at_byte(&t, c),
                    t.split_once(char::from(c)),
                    "{t:?} {c}"
                );
            }
        }
    }

    /// `numeric_at` skips `glued_before` after a space: no test there takes one, so it
    /// would return None and record nothing, whatever the text (here: every number after a
    /// space in random texts, traced so that refusals count too).
    #[test]
    fn glued_before_takes_no_space() {
        let pieces = [
            "1", "2.5", "(3)", ".5", " ", "  ", "$", "per", "-", "x", "^", "{", "}", "]", ":", "/",
            "%", "*", "kg", "\u{20ac}", "a", "\u{2212}", "#", "@", "\n",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x243f_6a88_85a3_08d3);
        let mut seen = 0;
        for _ in 0..20000 {
            let count = 1 + rng.below(16);
            let text: String = rng.join(&pieces, count);
            let b = text.as_bytes();
            for start in 1..b.len() {
                if b[start - 1] != b' ' || !matches!(b[start], b'0'..=b'9' | b'(' | b'.') {
                    continue;
                }
                seen += 1;
                let mut sc = Scanner::new(&text, false, true, Buffers::default());
                assert_eq!(sc.glued_before(start, ' '), None, "{text:?} {start}");
                assert!(sc.cands.is_empty(), "{text:?} {start}");
                assert!(sc.refusals.as_ref().is_some_and(Vec::is_empty), "{text:?}");
            }
        }
        assert!(seen > 1000, "{seen}");
    }

    /// `glued_before` as it was before its rare arms moved out of line.
    fn glued_before_reference(sc: &mut Scanner<'_>, start: usize, p: char) -> Option<usize> {
        let s = sc.s;
        let pp = char_before(s, start - p.len_utf8());
        // `nm^2 MHz`, `x**2`: the exponent of a power; `DBA/2J`, `x/2`: a name's or a
        // variable's part
        // `per-100g nutrient profiles`: `per` joined by a hyphen to its amount
        let per_hyphen = p == '-' && start >= 4 && {
            let w = &sc.b[start - 4..start - 1];
            w.eq_ignore_ascii_case(b"per")
                && (start == 4 || !sc.b[start - 5].is_ascii_alphanumeric())
        };
        let glued_to_word = is_wordish(p)
            || (matches!(p, '-' | '+' | '.' | '\'')
                && pp.is_some_and(is_wordish)
                && !per_hyphen
                // `(e.g.1 MHz)`: the period of `e.g.`/`i.e.` before a digit glues it to nothing
                && !(p == '.' && super::super::scan::example_abbreviation_before(sc.b, start - 1))
                && !(p == '.' && two_dot_range_at(sc.b, start)))
            || (matches!(p, ':' | '/' | ',') && pp.is_some_and(|c| c.is_ascii_digit()))
            // `2001:db8::1/32`, `bd8:cafe:1::1/64`: a group of an IPv6 address (`::`, or a
            // hex group between colons before it; `size:1024*1024` is a key's value)
            || (p == ':' && (pp == Some(':') || sc.hex_group_before(start - 1)))
            // `B3LYP//3-21g`: a basis set after a method
            || (p == '/' && pp == Some('/'))
            // `j%2 + 2`: the modulus of a variable
            || (p == '%' && pp.is_some_and(|c| c.is_ascii_alphabetic() || c == '_'))
            // `kg^-1 s^-2`: a signed exponent of a unit or a variable
            || (matches!(p, '-' | '+' | '\u{2212}') && pp == Some('^'))
            || (sc.b[start].is_ascii_digit()
                && (p == '^'
                    || (p == '*' && pp == Some('*'))
                    || (p == '/'
                        && pp.is_some_and(|c| c.is_ascii_alphabetic())
                        && !sc.second_reading_after_slash(start))));
        if matches!(p, '}' | ']') && sc.b[start] == b'(' {
            // `\text{x.size}(0)-1`, `fns[i](0)`, `\frac{N}{2}(2i)!`: the argument of a
            // call, skipped whole (what follows it is a term of the call's expression)
            let close = sc.b[start..]
                .iter()
                .take(64)
                .position(|&c| c == b')' || c == b'\n');
            if let Some(k) = close.filter(|&k| sc.b[start + k] == b')') {
                let end = skip_inline_spaces(s, start + k + 1);
                return Some(sc.skip_numberish(end.min(sc.b.len())).max(start + k + 1));
            }
        }
        if glued_to_word && !sc.hyphen_after_quantity(start) {
            return Some(sc.skip_numberish(start).max(sc.after_char(start)));
        }
        if p == '{' && matches!(pp, Some('^' | '_')) {
            // `m^{1/4}`, `x_{10}`: a LaTeX superscript or subscript is part of a formula
            // in markup, not a value of its own; the scan resumes after its `}`
            let close = sc.b[start..]
                .iter()
                .take(64)
                .position(|&c| c == b'}')
                .map_or(sc.after_char(start), |k| start + k + 1);
            sc.refuse(
                start,
                close,
                Domain::Arithmetic,
                "LaTeX exponent or index (m^{1/4})",
            );
            return Some(close);
        }
        if matches!(
            p,
            '$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#' | '\u{2116}' | '@'
        ) && !(p == '$' && sc.tex_math_from(start))
        {
            let end = sc.skip_numberish(start);
            sc.refuse(start, end, Domain::Quantity, "money, number sign or handle");
            return Some(end);
        }
        None
    }

    /// With its rare arms out of line, `glued_before` decides, refuses and pushes as before.
    #[test]
    fn glued_before_agrees_with_the_inline_reference() {
        let pieces = [
            "1",
            "2.5",
            "(3)",
            "(0)",
            ".5",
            " ",
            "$",
            "$x$",
            "per",
            "-",
            "x",
            "^",
            "{",
            "}",
            "]",
            ":",
            "::",
            "/",
            "//",
            "%",
            "*",
            "**",
            "kg",
            "\u{20ac}",
            "\u{a3}",
            "\u{a5}",
            "a",
            "_",
            "\u{2212}",
            "#",
            "@",
            "\u{2116}",
            "\n",
            "'",
            ",",
            "+",
            ".",
            "ab",
            "f",
            "\\text{x}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9e37_79b9_7f4a_7c15);
        let mut seen = 0;
        for _ in 0..20000 {
            let count = 1 + rng.below(12);
            let text: String = rng.join(&pieces, count);
            let b = text.as_bytes();
            for (start, &c) in b.iter().enumerate().skip(1) {
                if !matches!(c, b'0'..=b'9' | b'(' | b'.') {
                    continue;
                }
                let Some(p) = char_before(&text, start).filter(|&p| p != ' ') else {
                    continue;
                };
                seen += 1;
                let mut a = Scanner::new(&text, false, true, Buffers::default());
                let mut r = Scanner::new(&text, false, true, Buffers::default());
                assert_eq!(
                    a.glued_before(start, p),
                    glued_before_reference(&mut r, start, p),
                    "{text:?} {start}"
                );
                let cands = |sc: &Scanner<'_>| {
                    let c = sc.cands.iter().map(|c| (c.start, c.end, c.rule));
                    c.collect::<Vec<_>>()
                };
                let refusals = |sc: &Scanner<'_>| {
                    let r = sc.refusals.iter().flatten();
                    r.map(|r| (r.start, r.end, r.reason)).collect::<Vec<_>>()
                };
                assert_eq!(cands(&a), cands(&r), "{text:?} {start}");
                assert_eq!(refusals(&a), refusals(&r), "{text:?} {start}");
            }
        }
        assert!(seen > 10000, "{seen}");
    }

    /// `unit_after` returns before the unit reader for a first byte that `unit_len` refuses:
    /// the reader finds no unit there, whatever follows.
    #[test]
    fn unit_first_byte_test_skips_only_texts_without_a_unit() {
        let pieces = [
            "m", "mg", "dB", "d", "%", "(", "(m)", "\u{b0}C", "\u{b5}m", "_", "1", "2", ".", ",",
            "-", "+", "/", "*", "^", "=", "]", ")", "[", "'", "\"", "$", "#", "@", " ", "\n", "s",
            "K", "A", "x", "\u{212b}", "\u{2212}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x0f1e_2d3c_4b5a_6978);
        let mut seen = 0;
        for byte in 0u8..0x80 {
            let t = char::from(byte).to_string();
            let first_ok = byte.is_ascii_alphabetic() || byte == b'%' || byte == b'(';
            if !first_ok {
                assert_eq!(super::probe::unit_len(&t), 0, "{t:?}");
            }
        }
        for _ in 0..20000 {
            let n = 1 + rng.below(6);
            let t = rng.join(&pieces, n);
            let first = t.as_bytes()[0];
            if !(first.is_ascii_alphabetic() || first >= 0x80 || first == b'%' || first == b'(') {
                seen += 1;
                assert_eq!(super::probe::unit_len(&t), 0, "{t:?}");
            }
        }
        assert!(seen > 5000, "{seen}");
        assert_eq!(super::probe::unit_len(""), 0);
    }

    /// `double_hyphen` answers as the two-byte windows it replaced.
    #[test]
    fn double_hyphen_matches_the_windows() {
        let pieces = ["-", "1", " ", "--", "(", "\u{2212}", "a"];
        let mut rng = crate::test_rng::XorShift::new(0x6a09_e667_f3bc_c908);
        for _ in 0..20000 {
            let count = rng.below(8);
            let t: String = rng.join(&pieces, count);
            let b = t.as_bytes();
            let old = b.windows(2).any(|w| w == b"--");
            assert_eq!(super::double_hyphen(b), old, "{t:?}");
        }
    }

    /// `times_sign_in` answers as the search by chars it guards.
    #[test]
    fn times_sign_in_matches_the_char_search() {
        let pieces = [
            "1", "0", ".", "x", "X", "\u{b7}", "\u{22c5}", "\u{d7}", "\u{2009}", "\u{b2}", "e",
            "\u{c2}", "\u{22c4}", "\u{b6}", " ", "10",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x1b87_3593_cc9e_2d51);
        for _ in 0..20000 {
            let count = rng.below(9);
            let lit: String = rng.join(&pieces, count);
            assert_eq!(
                super::times_sign_in(&lit),
                lit.contains(['x', '\u{b7}', '\u{22c5}']),
                "{lit:?}"
            );
        }
    }

    /// `scan_expr` keeps the first two literals' ranges out of its per-operand copies of the
    /// stats: an expression of two operands or more still has them, each the literal read
    /// there (a `5.` at the end leaves its dot out), the second after the first.
    #[test]
    fn scan_expr_keeps_the_first_two_literals() {
        let pieces = [
            "1", "23", "4.5", "2005", "5.", " ", "-", "+", "*", "/", "^", "(", ")", "x", "7nm",
            "3.2.1", "e5", "1,000", "th", "i", "\u{2212}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x3c6e_f372_fe94_f82b);
        let mut pairs = 0;
        for _ in 0..6000 {
            let count = 1 + rng.below(14);
            let text: String = rng.join(&pieces, count);
            let b = text.as_bytes();
            for start in (0..b.len()).filter(|&k| b[k].is_ascii_digit()) {
                let mut sc = Scanner::new(&text, false, false, Buffers::default());
                let ex = sc.scan_expr(start);
                let (Some(end), ex_current) = (ex.good, ex.current) else {
                    continue;
                };
                let st = if ex_current { sc.expr_st } else { sc.expr_good };
                if st.operands < 2 {
                    continue;
                }
                pairs += 1;
                let literal = |(a, z): (usize, usize)| {
                    let len = super::literal_len(&text[a..]);
                    a < z && (len == z - a || (len == z - a + 1 && b[z] == b'.'))
                };
                let (first, second) = (st.first_lit, st.second_lit);
                assert!(literal(first) && literal(second), "{text:?} {start}");
                assert!(
                    start <= first.0 && first.1 < second.0 && second.1 <= end,
                    "{text:?}"
                );
            }
        }
        assert!(pairs > 1000, "{pairs}");
    }

    /// The byte loops `word_pair_by_slash_before` ran before it read its window eight bytes
    /// at a time.
    fn word_pair_by_slash_before_bytewise(b: &[u8], start: usize, end: usize) -> bool {
        let spaced = |k: usize| k >= 1 && b[k - 1] == b' ' && b.get(k + 1) == Some(&b' ');
        let Some(slash) = b[start..end].iter().position(|&c| c == b'/') else {
            return false;
        };
        if !spaced(start + slash) {
            return false;
        }
        let from = start.saturating_sub(120);
        let line = b[from..start]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(from, |k| from + k + 1);
        let word_start = |mut k: usize| {
            while k > line && b[k - 1].is_ascii_alphabetic() {
                k -= 1;
            }
            k == line || matches!(b[k - 1], b' ' | b'(')
        };
        let word_end = |mut k: usize| {
            while k < start && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            k < start && matches!(b[k], b' ' | b',' | b')' | b';') && !b[k..].starts_with(b" ratio")
        };
        (line..start.saturating_sub(4)).any(|k| {
            b[k].is_ascii_alphabetic()
                && b[k + 1..k + 4] == *b" / "
                && b[k + 4].is_ascii_alphabetic()
                && word_start(k)
                && word_end(k + 4)
        })
    }

    /// `word_pair_by_slash_before` answers as the byte loops did, on texts of words, slashes,
    /// spaces and newlines (windows of up to 120 bytes, pairs at their edges).
    #[test]
    fn word_pair_by_slash_before_matches_the_byte_loops() {
        let pieces = [
            "upper", "lower", "a", "min", "Max", " / ", " /", "/ ", "/", " ", "  ", "\n", "(", ")",
            ",", ";", " ratio", "0.9", "1", " / 0.1", "x.y", "\u{e9}", "7",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x51a5_4ed0_77aa_3c01);
        let mut hits = 0;
        for _ in 0..6000 {
            let count = 1 + rng.below(70);
            let mut text: String = rng.join(&pieces, count);
            // half the texts end in a spaced quotient, read from its first number
            let quotient = rng.below(2) == 0;
            if quotient {
                text.push_str(" 0.9 / 0.1 x");
            }
            let b = text.as_bytes();
            let sc = Scanner::new(&text, false, false, Buffers::default());
            for _ in 0..8 {
                let (start, end) = if quotient && rng.below(2) == 0 {
                    (b.len() - 11, b.len() - 2)
                } else {
                    let start = rng.below(b.len() + 1);
                    (start, (start + rng.below(12)).min(b.len()))
                };
                let old = word_pair_by_slash_before_bytewise(b, start, end);
                hits += usize::from(old);
                assert_eq!(
                    sc.word_pair_by_slash_before(start, end),
                    old,
                    "{text:?} {start} {end}"
                );
            }
        }
        assert!(hits > 100, "{hits}"); // the pairs were found, not only missed
    }

    /// `dollar_or_newline` reads eight bytes at a time; the byte loop it replaced gives the
    /// same offset.
    #[test]
    fn dollar_or_newline_matches_the_byte_loop() {
        // `$`, `\n` and bytes one off them (and 0x80-ish ones) probe the borrow trick
        let alphabet = b"$\n#%\x0b\x09 a0\x80\xff\xa4\x24\x0a";
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..20000 {
            let mut next = || rng.below(usize::MAX);
            let len = next() % 140;
            let rare = 2 + next() % 60;
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    let r = next();
                    if r % rare == 0 {
                        alphabet[r / rare % alphabet.len()]
                    } else {
                        b'a' + (r % 26) as u8
                    }
                })
                .collect();
            let i = if len == 0 { 0 } else { next() % len };
            let t = &b[i..(i + 120).min(len)];
            let old = t.iter().take(120).position(|&c| c == b'$' || c == b'\n');
            assert_eq!(super::dollar_or_newline(t), old, "{t:?}");
        }
    }

    /// `digits_or_dots_end` reads eight bytes at a time; byte by byte gives the same end.
    #[test]
    fn digits_or_dots_end_matches_the_byte_loop() {
        let alphabet = b"0123456789../-+( e\xb1\xe2\xff\x2d\x3a";
        let mut rng = crate::test_rng::XorShift::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20000 {
            let mut next = || rng.below(usize::MAX);
            let len = next() % 40;
            // mostly digits, so runs cross the eight-byte steps
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    let r = next();
                    if r % 3 == 0 {
                        alphabet[r / 3 % alphabet.len()]
                    } else {
                        b'0' + (r % 10) as u8
                    }
                })
                .collect();
            let i = if len == 0 { 0 } else { next() % len };
            let stop = (i + next() % 30).min(len);
            let mut k = i;
            while k < stop && matches!(b[k], b'0'..=b'9' | b'.') {
                k += 1;
            }
            assert_eq!(
                super::digits_or_dots_end(&b, i, stop),
                k,
                "{b:?} {i} {stop}"
            );
        }
    }

    /// `paren_at` (one entry per `(`) gives, at every byte, what a table over every byte with
    /// NONE wherever no matched `(` stands gives: dense parentheses, and sparse ones in long
    /// texts (the 32- and 8-byte skips), beside the bytes next to them (`'`, `*`, `+`, `)`+1).
    #[test]
    fn paren_entries_match_a_table_over_every_byte() {
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        for round in 0..4000 {
            let mut next = || rng.below(usize::MAX);
            let sparse = round % 2 == 1;
            let len = next() % if sparse { 300 } else { 40 };
            let text: String = (0..len)
                .map(|_| {
                    if sparse && next() % 16 != 0 {
                        ['x', ' ', '\'', '*', '+', '\u{e9}', 'i', 'h'][next() % 8]
                    } else {
                        ['(', ')', 'x', ' '][next() % 4]
                    }
                })
                .collect();
            let len = text.len();
            let mut table = vec![super::NONE; len];
            let mut open = Vec::new();
            for (k, c) in text.bytes().enumerate() {
                match c {
                    b'(' => open.push(k),
                    b')' => {
                        if let Some(o) = open.pop() {
                            table[o] = k as u32;
                        }
                    }
                    _ => {}
                }
            }
            let mut sc = Scanner::new(&text, false, false, Buffers::default());
            for i in 0..len + 2 {
                let want = table.get(i).copied().unwrap_or(super::NONE);
                assert_eq!(
                    sc.paren_at(i).map_or(super::NONE, |m| *m),
                    want,
                    "{text:?} {i}"
                );
            }
        }
    }

    /// The two-letter filter in `words_near_by` skips only runs no word could match.
    /// The eight-byte word-start scan of `words_near_by` finds what comparing every word finds,
    /// on texts with non-ASCII letters, digits and the bytes beside the letter ranges, with
    /// windows cut anywhere (`start` near 0 and far from it).
    #[test]
    fn words_near_by_agrees_on_mixed_texts() {
        let lists: [&[&str]; 3] = [
            &["wavelength", "bond", "radii", "atom", "ab"],
            &["x", "z", "q", "za"],
            &["charge", "capacit", "y", "yz"],
        ];
        let pieces = [
            "a",
            "b",
            "z",
            "Z",
            "x",
            "q",
            "y",
            "bond",
            "Atom",
            "ab",
            "za",
            "0",
            "9",
            " ",
            "-",
            "@",
            "[",
            "`",
            "{",
            "_",
            "/",
            ":",
            "\u{e9}",
            "\u{b5}",
            "\u{c0}",
            "\u{1f600}",
            "\n",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x0dd5_eed5_1234_9876);
        for _ in 0..4000 {
            let count = 1 + rng.below(120);
            let text: String = rng.join(&pieces, count);
            let bounds: Vec<usize> = (0..text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let sc = Scanner::new(&text, false, false, Buffers::default());
            let start = bounds[rng.below(bounds.len())];
            let uend = (start + rng.below(6)).min(text.len());
            for words in lists {
                for whole_max in [0, 1, 3] {
                    assert_eq!(
                        sc.words_near_by(start, uend, words, whole_max),
                        words_near_by_every_word(&text, start, uend, words, whole_max),
                        "{text:?} {start} {uend} {words:?} {whole_max}"
                    );
                }
            }
        }
    }

    /// The fixed lists' filters, built at compile time, find what comparing every word finds.
    #[test]
    fn fixed_near_lists_agree_with_comparing_every_word() {
        let lists: [(&super::NearWords<'static>, &[&str], usize); 6] = [
            (&super::ANGSTROM_NEAR, super::vocab::ANGSTROM_WORDS, 3),
            (&super::TEMPERATURE_NEAR, super::vocab::TEMPERATURE_WORDS, 3),
            (&super::ELECTRICAL_NEAR, super::vocab::ELECTRICAL_WORDS, 3),
            (&super::CHARGE_NEAR, &["charge", "charges"], 7),
            (&super::ASTRONOMY_NEAR, super::vocab::ASTRONOMY_WORDS, 3),
            (
                &super::SIZE_NEAR,
                &[
                    "diameter", "length", "width", "height", "thick", "radius", "tall", "wide",
                ],
                3,
            ),
        ];
        let mut pieces: Vec<String> = [" ", "  ", "2", "-", "A", "at", "The", "\u{e9}", ".", "x"]
            .iter()
            .map(|p| p.to_string())
            .collect();
        for (_, words, _) in lists {
            for w in words {
                pieces.push(w.to_string());
                pieces.push(w.to_ascii_uppercase());
                pieces.push(w[..w.len() / 2 + 1].to_string());
                pieces.push(format!("{w}s"));
            }
        }
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut rng = crate::test_rng::XorShift::new(0x4e0a_7d5e_0c0d_0001);
        for _ in 0..3000 {
            let count = 1 + rng.below(60);
            let text: String = rng.join(&pieces, count);
            let bounds: Vec<usize> = (0..text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let sc = Scanner::new(&text, false, false, Buffers::default());
            let start = bounds[rng.below(bounds.len())];
            let uend = (start + rng.below(6)).min(text.len());
            for (near, words, whole_max) in lists {
                assert_eq!(
                    sc.words_near_in(start, uend, near),
                    words_near_by_every_word(&text, start, uend, words, whole_max),
                    "{text:?} {start} {uend} {words:?}"
                );
            }
        }
    }

    #[test]
    fn words_near_by_filter_agrees_with_comparing_every_word() {
        let lists: [&[&str]; 4] = [
            &["wavelength", "bond", "radii", "atom", "ab"],
            &["x", "bOnd", "q"],
            &["charge", "charges", "z", "Za"],
            &["y", "yz", "yZa"],
        ];
        let alphabet = b"abdnoqrstxyzABDOQXYZ 1-.";
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let len = 1 + (seed >> 33) as usize % 200;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    alphabet[(seed >> 33) as usize % alphabet.len()] as char
                })
                .collect();
            let sc = Scanner::new(&text, false, false, Buffers::default());
            let start = (seed >> 20) as usize % len;
            let uend = (start + (seed >> 40) as usize % 4).min(len);
            for words in lists {
                for whole_max in [0, 1, 3, 7] {
                    assert_eq!(
                        sc.words_near_by(start, uend, words, whole_max),
                        words_near_by_every_word(&text, start, uend, words, whole_max),
                        "{text:?} {start} {uend} {words:?} {whole_max}"
                    );
                }
            }
        }
    }
}
