//! Byte-level text helpers for the scanner: char classes, neighbours, words, offsets.
//!
//! The scanner walks UTF-8 bytes. Every position it stops at is a char boundary, so looking
//! one char back or ahead is O(1) (`chars().next_back()` decodes at most 4 bytes).

/// A char that continues a word: letters and digits of any script, `_`, and combining marks
/// (a mark belongs to the letter before it: `O\u{301}` is one letter).
#[inline]
pub fn is_wordish(c: char) -> bool {
    if c.is_ascii() {
        return CLASS[c as usize] & ASCII_WORD != 0;
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Combining diacritical mark blocks.
pub fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

pub use crate::cursor::{char_at, char_before};

/// Whether byte `i` starts a word: the previous char is not part of a word.
#[inline(always)]
pub fn at_word_start(s: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|k| s.as_bytes()[k]) {
        Some(c) if c < 0x80 => CLASS[c as usize] & ASCII_WORD == 0,
        _ => !char_before(s, i).is_some_and(is_wordish),
    }
}

/// Whether byte `i` ends a word: the next char (if any) is not part of a word.
#[inline(always)]
pub fn at_word_end(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => CLASS[c as usize] & ASCII_WORD == 0,
        _ => !char_at(s, i).is_some_and(is_wordish),
    }
}

/// Byte classes for the scanner's tight loops (one table lookup per byte).
pub const ASCII_WORD: u8 = 1;
/// Bytes the scanner's main loop steps over without doing anything: ASCII that cannot start a
/// candidate or end a sentence (space, most punctuation).
pub const QUIET: u8 = 2;

pub static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            t[c] = ASCII_WORD;
        } else if !matches!(b, b'+' | b'-' | b'.' | b'!' | b'?' | b'\n' | b'(' | b'[') {
            t[c] = QUIET;
        }
        c += 1;
    }
    t
};

/// Per byte of `x` (little-endian), 0x80 where the byte is an ASCII word char (letter, digit,
/// `_`), else 0. Valid for every byte below the first non-ASCII one (carries only move up).
#[inline]
fn ascii_word_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ge = |v: u64, lo: u8| v.wrapping_add(ONES * (0x80 - lo as u64)); // high bit: v >= lo
    let in_range = |v: u64, lo: u8, hi: u8| ge(v, lo) & !ge(v, hi + 1);
    let folded = x | (ONES * 0x20); // A-Z -> a-z
    let letter = in_range(folded, b'a', b'z');
    let digit = in_range(x, b'0', b'9');
    let under = !(x ^ (ONES * b'_' as u64)).wrapping_add(ONES * 0x7f); // high bit: byte == '_'
    (letter | digit | under) & !x & HIGH
}

/// Per byte of `x`, 0x80 where the byte is an ASCII letter (first) and where it is an ASCII
/// letter or digit (second), else 0. Right for every byte, non-ASCII ones included: the
/// comparisons run on the low seven bits, so no sum carries into the next byte.
#[inline]
pub fn ascii_letter_masks(x: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = |v: u64| v & !HIGH;
    let ge = |v: u64, lo: u8| v + ONES * (0x80 - lo as u64); // high bit: v >= lo (v < 0x80)
    let in_range = |v: u64, lo: u8, hi: u8| ge(v, lo) & !ge(v, hi + 1);
    let ascii = !x & HIGH;
    let letter = in_range(low(x | (ONES * 0x20)), b'a', b'z') & ascii;
    let digit = in_range(low(x), b'0', b'9') & ascii;
    (letter, letter | digit)
}

/// Where the scanner continues after the lowercase word at `i` when that word is plain text
/// for certain: fewer than 8 ASCII lowercase letters (too short for DNA) followed by a QUIET
/// byte other than `:` (so not a URL scheme, and nothing that continues the word). None: let
/// the word recognizer decide. Reads 8 bytes at once.
#[inline(always)]
pub fn plain_short_word(b: &[u8], i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?);
    let ge = |v: u64, lo: u8| v.wrapping_add(ONES * (0x80 - lo as u64)); // high bit: v >= lo
    let lower = ge(x, b'a') & !ge(x, b'z' + 1) & !x & (ONES * 0x80);
    let stop = !lower & (ONES * 0x80);
    if stop == 0 {
        return None; // eight letters or more
    }
    let k = (stop.trailing_zeros() / 8) as usize;
    let c = b[i + k];
    // (past a space at once: the main loop would only step over it)
    (CLASS[c as usize] == QUIET && c != b':').then_some(i + k + usize::from(c == b' '))
}

/// Positions `k` in `lo..hi` where `b[k] == byte`, ascending; eight bytes at a time (a window
/// scanned byte by byte around every formula-shaped word was 5% of a segment run).
#[inline]
pub fn positions_of(b: &[u8], lo: usize, hi: usize, byte: u8) -> Positions<'_> {
    let hi = hi.min(b.len());
    let at = lo.min(hi);
    Positions {
        b,
        at,
        hi,
        base: at,
        bits: 0,
        byte,
    }
}

/// The iterator of `positions_of`. Its chunk loop runs in `next` itself (a closure behind
/// `from_fn` was an out-of-line call with its state in memory, ~24 instructions a chunk),
/// and the last partial chunk is read zero-padded at once rather than byte by byte.
pub struct Positions<'a> {
    b: &'a [u8],
    at: usize,
    hi: usize,
    /// Position of the first byte of the chunk `bits` flags.
    base: usize,
    /// Candidate bytes of the current chunk, as high bits.
    bits: u64,
    byte: u8,
}

impl Iterator for Positions<'_> {
    type Item = usize;

    // inlined into each caller's `any`: the state then stays in registers
    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let (b, hi) = (self.b, self.hi);
        let pattern = ONES * u64::from(self.byte);
        loop {
            while self.bits != 0 {
                let k = self.base + (self.bits.trailing_zeros() / 8) as usize;
                self.bits &= self.bits - 1;
                // the zero-byte test can flag a byte right after a match: check each one
                if b[k] == self.byte {
                    return Some(k);
                }
            }
            let mut at = self.at;
            let mut bits = 0;
            while at + 8 <= hi {
                let v = u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes")) ^ pattern;
                bits = v.wrapping_sub(ONES) & !v & HIGH;
                at += 8;
                if bits != 0 {
                    break;
                }
            }
            if bits != 0 {
                (self.base, self.at, self.bits) = (at - 8, at, bits);
                continue;
            }
            if at >= hi {
                self.at = at;
                return None;
            }
            // the tail (1 to 7 bytes): the eight bytes that end at `hi` shifted down to it (no
            // copy; zero-padded when the text is shorter); only its own bytes' flags are kept
            let n = hi - at;
            let tail = if hi >= 8 {
                u64::from_le_bytes(b[hi - 8..hi].try_into().expect("8 bytes")) >> (8 * (8 - n))
            } else {
                let mut chunk = [0u8; 8];
                chunk[..n].copy_from_slice(&b[at..hi]);
                u64::from_le_bytes(chunk)
            };
            let v = tail ^ pattern;
            (self.base, self.at) = (at, hi);
            self.bits = v.wrapping_sub(ONES) & !v & HIGH & ((1u64 << (8 * n)) - 1);
        }
    }
}

/// End of the word (run of word chars) that starts at `i`.
#[inline(always)]
pub fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    loop {
        // eight ASCII bytes at a time, then byte by byte near the end of the text
        while i + 8 <= b.len() {
            let x = u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
            let stop = !ascii_word_mask(x) & 0x8080_8080_8080_8080;
            if stop == 0 {
                i += 8;
            } else {
                i += (stop.trailing_zeros() / 8) as usize;
                break;
            }
        }
        while i < b.len() && CLASS[b[i] as usize] == ASCII_WORD {
            i += 1;
        }
        if i >= b.len() || b[i] < 0x80 {
            return i;
        }
        match char_at(s, i) {
            Some(ch) if is_wordish(ch) => i += ch.len_utf8(),
            _ => return i,
        }
    }
}

/// Spaces allowed inside one span (between a number and its unit, around operators): ASCII
/// space and tab and the no-break / thin spaces typeset science uses. Never a line break.
pub fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2006}' | '\u{2005}' | '\u{200a}'
    )
}

/// First byte at or after `i` that is not an inline space.
#[inline(always)]
pub fn skip_inline_spaces(s: &str, mut i: usize) -> usize {
    // ASCII here, inlined at every caller; from a non-ASCII byte on, the loop below
    let b = s.as_bytes();
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' => i += 1,
            0x80.. => return skip_inline_spaces_from(s, i),
            _ => break,
        }
    }
    i
}

/// `skip_inline_spaces` from a non-ASCII byte on (decodes chars).
#[inline(never)]
fn skip_inline_spaces_from(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        if b[i] == b' ' || b[i] == b'\t' {
            i += 1;
        } else if b[i] >= 0x80 {
            match char_at(s, i) {
                Some(c) if is_inline_space(c) => i += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}

/// `i` moved back over at most `max` ASCII spaces: a byte test for rules that look for an
/// ASCII operator before a number (no char decoding, any byte offset).
pub fn ascii_spaces_back(b: &[u8], mut i: usize, max: usize) -> usize {
    let floor = i.saturating_sub(max);
    while i > floor && b[i - 1] == b' ' {
        i -= 1;
    }
    i
}

/// How many ASCII digits, at most `max`, end at `end` (`3` for `x = 512` and its end).
pub fn digits_back(b: &[u8], end: usize, max: usize) -> usize {
    b[..end]
        .iter()
        .rev()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// The value of a run of ASCII digits, saturating at `u64::MAX` (a 24-digit run in a
/// resolution, `343×(301400000000000000000000)`, overflowed a plain fold: a panic).
pub fn digits_value(t: &[u8]) -> u64 {
    t.iter().fold(0u64, |v, &c| {
        v.saturating_mul(10)
            .saturating_add(u64::from(c.wrapping_sub(b'0')))
    })
}

/// How many ASCII digits, at most `max`, start at `i`.
pub fn digits_at(b: &[u8], i: usize, max: usize) -> usize {
    b[i..]
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// Last byte position before `i` that is not preceded by an inline space (walks back over
/// spaces), bounded to `max` bytes.
#[inline(always)]
pub fn skip_inline_spaces_back(s: &str, mut i: usize, max: usize) -> usize {
    let b = s.as_bytes();
    let floor = i.saturating_sub(max);
    while i > floor {
        // an ASCII byte is its own char: space and tab are the only ASCII inline spaces
        match b[i - 1] {
            b' ' | b'\t' => i -= 1,
            0x80.. => return skip_inline_spaces_back_from(s, i, floor),
            _ => break,
        }
    }
    i
}

/// `skip_inline_spaces_back` from a non-ASCII byte before `i` on, down to `floor` at most
/// (decodes chars).
#[inline(never)]
fn skip_inline_spaces_back_from(s: &str, mut i: usize, floor: usize) -> usize {
    let b = s.as_bytes();
    while i > floor {
        match b[i - 1] {
            b' ' | b'\t' => i -= 1,
            c if c < 0x80 => break,
            _ => match char_before(s, i) {
                Some(c) if is_inline_space(c) => i -= c.len_utf8(),
                _ => break,
            },
        }
    }
    i
}

/// Whether `t` ends with one of `words` as a whole word, ASCII case ignored (`the result of`
/// ends with `result of`; `byresult of` does not).
pub fn ends_with_word(t: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|w| {
        t.len() >= w.len()
            && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
            && (t.len() == w.len() || !t[t.len() - w.len() - 1].is_ascii_alphabetic())
    })
}

/// The ASCII-letter word that ends at `end` (after skipping back over inline spaces and at
/// most one `.`), lowercased into `buf`; empty when there is none or it is longer than `buf`.
/// Bounded work: looks back at most 40 bytes.
pub fn prev_word<'b>(s: &str, end: usize, buf: &'b mut [u8; 24]) -> &'b [u8] {
    let b = s.as_bytes();
    let mut stop = skip_inline_spaces_back(s, end, 8);
    if stop > 0 && b[stop - 1] == b'.' {
        stop -= 1;
    }
    let floor = stop.saturating_sub(buf.len());
    // the letters go lowercased to the end of `buf` as they are read, back from `stop`
    // (one pass over the word; the slice returned is where they landed). Both reversed
    // iterators are bounded by their slices: no index checks per letter
    let mut n = 0;
    for (d, &c) in buf.iter_mut().rev().zip(b[floor..stop].iter().rev()) {
        if !c.is_ascii_alphabetic() {
            break;
        }
        *d = c | 0x20;
        n += 1;
    }
    let i = stop - n;
    // a longer word, or one glued to digits or non-ASCII letters, is not a clean word
    if n == 0 || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80)) {
        return &buf[..0];
    }
    &buf[buf.len() - n..]
}

/// Whether `c` is a hedge written as a sign (`~`, `≈`, `∼`: about) before a number.
pub fn is_hedge(c: char) -> bool {
    matches!(c, '~' | '\u{2248}' | '\u{223c}')
}

/// Whether `between` is the word before `end`, right before it or before one hedge word
/// (`between about 0.7 MPa and 800 MPa`, `between roughly 5 and 10 cm`, `between ca. 2 and 3
/// m`): the hedge qualifies the whole range, and `and` still joins its two ends. The article
/// `the` stands there as a hedge does (dev150, dev68: `between the 200Hz and 2500Hz third octave
/// bands`, `between the 0 and 30 deg values`): the range's ends are named as things, and still
/// bound it. At most two words back (each `prev_word`, 40 bytes at most); a tilde or `≈` right
/// before `end` counts as a hedge too.
pub fn between_before(s: &str, end: usize) -> bool {
    // `between ~0.7 MPa and 800 MPa`: a tilde or `≈` hedges the lower end as `about` does
    let k = skip_inline_spaces_back(s, end, 8);
    let end = match char_before(s, k) {
        Some(c) if is_hedge(c) => k - c.len_utf8(),
        _ => end,
    };
    let mut buf = [0u8; 24];
    let w = prev_word(s, end, &mut buf);
    if w == b"between" {
        return true;
    }
    if !(is_hedge_word(w) || matches!(w, b"ca" | b"the")) {
        return false;
    }
    // where the hedge starts, as `prev_word` found it: back over spaces and one `.`
    let b = s.as_bytes();
    let mut stop = skip_inline_spaces_back(s, end, 8);
    if stop > 0 && b[stop - 1] == b'.' {
        stop -= 1;
    }
    let mut buf2 = [0u8; 24];
    prev_word(s, stop - w.len(), &mut buf2) == b"between"
}

/// Whether `w` (a lowercased word) is an adverb of approximation before a number: `about`,
/// `approximately`, `approx`, `roughly`, `around`, `circa` (the readers that take more add
/// theirs: `ca`, `typically`).
pub fn is_hedge_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"about" | b"approximately" | b"approx" | b"roughly" | b"around" | b"circa"
    )
}

/// `prev_word` at one position, read at most once: the pitch reading, the lone-symbol test and
/// the formula reading of one capitalised word each ask for the word before it.
pub struct WordBefore {
    at: usize,
    /// Length of the word in `buf` (at its end, as `prev_word` leaves it); None: not read yet.
    len: Option<u8>,
    buf: [u8; 24],
}

impl WordBefore {
    pub fn new(at: usize) -> WordBefore {
        WordBefore {
            at,
            len: None,
            buf: [0; 24],
        }
    }

    /// `prev_word(s, at, ..)`.
    #[inline]
    pub fn get(&mut self, s: &str) -> &[u8] {
        let n = match self.len {
            Some(n) => usize::from(n),
            None => {
                let n = prev_word(s, self.at, &mut self.buf).len();
                self.len = Some(n as u8);
                n
            }
        };
        &self.buf[self.buf.len() - n..]
    }
}

/// `next_word` at the position last asked, read once: the pitch reading (after the note),
/// its chord test and the formula reading of one capitalised word (after `F4`, `He`) each ask
/// for the word after the same position.
pub struct WordAfter {
    at: usize,
    /// Length of the word at the start of `buf`; None: not read yet.
    len: Option<u8>,
    buf: [u8; 24],
}

impl WordAfter {
    pub fn new() -> WordAfter {
        WordAfter {
            at: 0,
            len: None,
            buf: [0; 24],
        }
    }

    /// `next_word(s, at, ..)`. (Inlined: a call of its own cost more than it saved.)
    #[inline(always)]
    pub fn get(&mut self, s: &str, at: usize) -> &[u8] {
        let n = match self.len {
            Some(n) if self.at == at => usize::from(n),
            _ => {
                let n = next_word(s, at, &mut self.buf).len();
                (self.at, self.len) = (at, Some(n as u8));
                n
            }
        };
        &self.buf[..n]
    }
}

/// The ASCII-letter word that starts at or after `start` (skipping inline spaces), lowercased.
pub fn next_word<'b>(s: &str, start: usize, buf: &'b mut [u8; 24]) -> &'b [u8] {
    let b = s.as_bytes();
    let i = skip_inline_spaces(s, start);
    // the letters go lowercased into `buf` as they are read (one pass over the word)
    let mut n = 0;
    while n < buf.len() && b.get(i + n).is_some_and(u8::is_ascii_alphabetic) {
        buf[n] = b[i + n] | 0x20;
        n += 1;
    }
    let j = i + n;
    if n == 0 || (j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] >= 0x80) && n >= 24) {
        return &buf[..0];
    }
    &buf[..n]
}

/// Where a capitalised word of two or more ASCII letters (`Keithley`, `Atari`, `HP`) starts
/// when it stands one space before `k`, not glued to letters, digits or non-ASCII text before
/// it: a maker's or a machine's name before a model number.
pub fn capitalised_word_before(b: &[u8], k: usize) -> Option<usize> {
    if k < 3 || b[k - 1] != b' ' {
        return None;
    }
    let end = k - 1;
    let mut i = end;
    while i > 0 && end - i < 24 && b[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    (end - i >= 2
        && b[i].is_ascii_uppercase()
        && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80)))
        .then_some(i)
}

/// The previous non-space char before `i` (skipping inline spaces, bounded).
pub fn prev_visible(s: &str, i: usize) -> Option<char> {
    char_before(s, skip_inline_spaces_back(s, i, 16))
}

/// Converts non-decreasing byte offsets to char offsets in one forward pass.
pub struct CharCounter<'a> {
    s: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub fn new(s: &'a str) -> Self {
        CharCounter {
            s: s.as_bytes(),
            ascii: s.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// Char offset of byte offset `to` (must be >= the previous call's argument).
    #[inline]
    pub fn at(&mut self, to: usize) -> usize {
        if self.ascii {
            return to;
        }
        debug_assert!(to >= self.byte);
        self.chars += char_count(self.s, self.byte, to);
        self.byte = to;
        self.chars
    }
}

/// Chars in `s[from..to]`: bytes minus continuation bytes (`10xxxxxx`), eight at a time.
fn char_count(s: &[u8], from: usize, to: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // 1 in bit 0 of each byte of `x` that is a continuation byte (bit 7 set, bit 6 clear)
    let flags = |x: u64| (x & !(x << 1) & HIGH) >> 7;
    let load = |i: usize| u64::from_le_bytes(s[i..i + 8].try_into().expect("8 bytes"));
    // up to 31 chunks add their flags per byte lane before one multiply sums the lanes:
    // each partial lane sum is at most 8 * 31 = 248, so no byte of the product carries (a
    // popcount per chunk is a dozen instructions on baseline x86-64, which has no POPCNT)
    const BATCH: usize = 31 * 8;
    let whole = from + ((to - from) & !7);
    let mut continuation = 0usize;
    let mut i = from;
    while i < whole {
        let end = whole.min(i + BATCH);
        let mut lanes = 0u64;
        while i < end {
            lanes = lanes.wrapping_add(flags(load(i)));
            i += 8;
        }
        continuation += (lanes.wrapping_mul(ONES) >> 56) as usize;
    }
    let tail = to - whole;
    if tail > 0 {
        continuation += if to >= 8 {
            // the 8 bytes ending at `to`, shifted down to the tail's (the last byte is the
            // most significant): the bytes before it, counted already or not, shift out
            (flags(load(to - 8) >> (64 - 8 * tail)).wrapping_mul(ONES) >> 56) as usize
        } else {
            s[whole..to].iter().filter(|&&c| c & 0xC0 == 0x80).count()
        };
    }
    to - from - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_count_agrees_with_chars() {
        let text = "a\u{b0}C \u{3bc}m 5 \u{212b} \u{1f600}x".repeat(7);
        for from in 0..text.len() {
            for to in from..=text.len() {
                if text.is_char_boundary(from) && text.is_char_boundary(to) {
                    assert_eq!(
                        char_count(text.as_bytes(), from, to),
                        text[from..to].chars().count()
                    );
                }
            }
        }
    }

    #[test]
    fn char_count_agrees_with_chars_on_long_texts() {
        // past one batch of 31 chunks (248 bytes), all continuation bytes included
        let text = "\u{1f600}\u{3bc}a\u{b0}".repeat(120);
        for to in (0..=text.len()).filter(|&t| text.is_char_boundary(t)) {
            assert_eq!(
                char_count(text.as_bytes(), 0, to),
                text[..to].chars().count()
            );
        }
        let all = "\u{1f600}".repeat(300);
        assert_eq!(char_count(all.as_bytes(), 0, all.len()), 300);
        // every lane full in every batch: the largest sums the multiply adds up
        assert_eq!(char_count(&[0x80; 1001], 0, 1001), 0);
        assert_eq!(char_count(&[0x80; 1001], 3, 1000), 0);
    }

    /// `ascii_letter_masks` agrees with `is_ascii_alphabetic` / `is_ascii_alphanumeric` on
    /// every byte value in every lane, beside any neighbours.
    #[test]
    fn letter_masks_match_the_byte_tests() {
        let mut rng = crate::test_rng::XorShift::new(0x1e77_e125_0f0f_abcd);
        for n in 0..20000u64 {
            let mut x = rng.next_u64();
            // every byte value in some lane, between random neighbours
            let lane = (n % 8) as u32;
            x = x & !(0xff << (8 * lane)) | ((n / 8 % 256) << (8 * lane));
            let (letters, alnum) = ascii_letter_masks(x);
            for (k, c) in x.to_le_bytes().into_iter().enumerate() {
                let bit = |m: u64| m >> (8 * k) & 0xff;
                assert_eq!(
                    bit(letters),
                    u64::from(c.is_ascii_alphabetic()) << 7,
                    "{x:x} {k}"
                );
                assert_eq!(
                    bit(alnum),
                    u64::from(c.is_ascii_alphanumeric()) << 7,
                    "{x:x} {k}"
                );
            }
        }
    }

    #[test]
    fn positions_of_finds_every_match_in_the_window() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 23, 31, 100, 161] {
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    [b'O', b'1', 0, 0x80, 0xFF, b'x'][(x >> 60) as usize % 6]
                })
                .collect();
            let windows = [(0, len), (1, len), (0, len.saturating_sub(3)), (3, len + 5)];
            let more = (0..len.min(20)).map(|d| (d, len - d / 2));
            for (lo, hi) in windows.into_iter().chain(more) {
                for byte in [b'O', 0, 0x80, 0xFF, b'1'] {
                    let want: Vec<usize> = (lo..hi.min(len)).filter(|&k| b[k] == byte).collect();
                    assert_eq!(positions_of(&b, lo, hi, byte).collect::<Vec<_>>(), want);
                }
            }
        }
    }

    /// `WordBefore` reads `prev_word` once and gives the same word on every later ask, at every
    /// position of texts of letters, spaces, dots, digits and non-ASCII.
    #[test]
    fn word_before_is_prev_word() {
        let mut rng = crate::test_rng::XorShift::new(0x5EED_0B0E);
        let parts = [
            "a",
            "Eq",
            " ",
            ".",
            "x",
            "7",
            "é",
            "vitamin",
            "abcdefghijklmnopqrstuvwxyz",
        ];
        for _ in 0..300 {
            let n = (rng.next_u64() % 12) as usize;
            let text: String = (0..n)
                .map(|_| parts[(rng.next_u64() % parts.len() as u64) as usize])
                .collect();
            for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                let mut buf = [0u8; 24];
                let want = prev_word(&text, at, &mut buf).to_vec();
                let mut before = WordBefore::new(at);
                assert_eq!(before.get(&text), want, "{text:?} at {at}");
                assert_eq!(before.get(&text), want, "{text:?} at {at}, asked again");
            }
        }
    }

    /// `WordAfter` gives `next_word` at every position asked, in any order and again, over
    /// texts of letters, spaces, dots, digits, non-ASCII and words past 24 letters.
    #[test]
    fn word_after_is_next_word() {
        let mut rng = crate::test_rng::XorShift::new(0xAF7E_2B0D);
        let parts = [
            "a",
            "Eq",
            " ",
            ".",
            "x",
            "7",
            "\u{e9}",
            "chord",
            "abcdefghijklmnopqrstuvwxyz",
        ];
        for _ in 0..300 {
            let n = rng.below(12);
            let text = rng.join(&parts, n);
            let at: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            let mut after = WordAfter::new();
            for _ in 0..3 * at.len() {
                let k = at[rng.below(at.len())];
                let mut buf = [0u8; 24];
                let want = next_word(&text, k, &mut buf).to_vec();
                assert_eq!(after.get(&text, k), want, "{text:?} at {k}");
            }
        }
    }

    #[test]
    fn neighbours_and_words() {
        let s = "Fig. 3 shows µm and 25\u{a0}°C";
        assert!(at_word_start(s, 5));
        assert_eq!(word_end(s, 13), 16); // "µm"
        let mut buf = [0u8; 24];
        assert_eq!(prev_word(s, 5, &mut buf), b"fig");
        assert_eq!(next_word(s, 6, &mut buf), b"shows");
        let i = s.find('2').unwrap();
        assert_eq!(skip_inline_spaces(s, i + 2), i + 4);
    }

    /// `prev_word` / `next_word` lowercase as they scan; the earlier scan-then-copy (kept
    /// here) gives the same words at every position of texts of mixed letters, digits,
    /// dots, spaces and non-ASCII, with words up to and past the 24-letter limit.
    #[test]
    fn word_reads_match_scan_then_copy() {
        fn prev_ref(s: &str, end: usize) -> Vec<u8> {
            let b = s.as_bytes();
            let mut i = skip_inline_spaces_back(s, end, 8);
            if i > 0 && b[i - 1] == b'.' {
                i -= 1;
            }
            let stop = i;
            while i > stop.saturating_sub(24) && b[i - 1].is_ascii_alphabetic() {
                i -= 1;
            }
            if stop == i || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80)) {
                return Vec::new();
            }
            b[i..stop].to_ascii_lowercase()
        }
        fn next_ref(s: &str, start: usize) -> Vec<u8> {
            let b = s.as_bytes();
            let i = skip_inline_spaces(s, start);
            let mut j = i;
            while j < b.len() && j - i < 24 && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            if j == i
                || (j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] >= 0x80) && j - i >= 24)
            {
                return Vec::new();
            }
            b[i..j].to_ascii_lowercase()
        }
        let pieces = [
            "Fig", ".", " ", "  ", "\t", "ab", "Z", "3", "\u{b5}", "x", "Q",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                let seed = rng.next_u64();
                let piece = pieces[(seed % pieces.len() as u64) as usize];
                let times = if seed >> 40 & 7 == 0 { 13 } else { 1 };
                text.push_str(&piece.repeat(times));
            }
            for k in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                let mut buf = [0u8; 24];
                assert_eq!(
                    prev_word(&text, k, &mut buf),
                    &prev_ref(&text, k)[..],
                    "{text:?} {k}"
                );
                assert_eq!(
                    next_word(&text, k, &mut buf),
                    &next_ref(&text, k)[..],
                    "{text:?} {k}"
                );
            }
        }
    }

    #[test]
    fn word_end_matches_the_byte_table() {
        // every byte value at every offset of an 8-byte window, after word chars
        for v in 0..=255u8 {
            for k in 0..10 {
                let mut bytes = b"abcdefghij_Z09xyz".to_vec();
                bytes.insert(k, v);
                let Ok(s) = std::str::from_utf8(&bytes) else {
                    continue;
                };
                let slow = bytes
                    .iter()
                    .take_while(|&&c| CLASS[c as usize] == ASCII_WORD)
                    .count();
                let want = if slow == bytes.len() || bytes[slow] < 0x80 {
                    slow
                } else {
                    unreachable!("non-ASCII bytes are not valid UTF-8 alone")
                };
                assert_eq!(word_end(s, 0), want, "{v:#x} at {k}");
            }
        }
        assert_eq!(word_end("caf\u{e9}s and", 0), 6);
        assert_eq!(word_end("x\u{2212}1", 0), 1);
    }

    /// The inlined ASCII loops of `skip_inline_spaces` and `skip_inline_spaces_back` (the
    /// char-decoding ones from the first non-ASCII byte on) agree with a walk over chars.
    #[test]
    fn inline_space_skips_match_a_char_walk() {
        let pieces = [
            " ", "\t", "\u{a0}", "\u{2009}", "\u{e9}", "x", "\n", "\u{202f}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5000 {
            let mut next = || rng.below(usize::MAX);
            let n = next() % 10;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let ahead = text[i..]
                    .chars()
                    .take_while(|&c| is_inline_space(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                assert_eq!(skip_inline_spaces(&text, i), i + ahead, "{text:?} {i}");
                for max in [0, 1, 3, 8] {
                    let mut k = i;
                    for c in text[..i].chars().rev() {
                        if k <= i.saturating_sub(max) || !is_inline_space(c) {
                            break;
                        }
                        k -= c.len_utf8();
                    }
                    assert_eq!(
                        skip_inline_spaces_back(&text, i, max),
                        k,
                        "{text:?} {i} {max}"
                    );
                }
            }
        }
    }

    /// `at_word_start` and `at_word_end` read an ASCII neighbour from the byte table and
    /// agree with the char test everywhere.
    #[test]
    fn word_edges_match_the_char_test() {
        let text = "a_9 \u{e9}t\u{e9}-x\u{301}\u{2212}7(\u{3b1})Z\u{a0}.";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let before = text[..i].chars().next_back();
            let after = text[i..].chars().next();
            assert_eq!(
                at_word_start(text, i),
                !before.is_some_and(is_wordish),
                "{i}"
            );
            assert_eq!(at_word_end(text, i), !after.is_some_and(is_wordish), "{i}");
        }
    }

    #[test]
    fn plain_short_words() {
        let at = |s: &str| plain_short_word(s.as_bytes(), 0);
        assert_eq!(at("the cat sat"), Some(4));
        assert_eq!(at("cats, dogs"), Some(4));
        assert_eq!(at("acgtacgt ok"), None); // 8 letters: maybe DNA
        assert_eq!(at("http://x.org"), None); // a URL scheme
        assert_eq!(at("www.x.org"), None); // `.` may end a sentence or a URL
        assert_eq!(at("mg/kg and"), Some(2)); // `/` starts nothing after a word
        assert_eq!(at("caf\u{e9} au lait"), None); // a non-ASCII letter continues the word
        assert_eq!(at("x2 is it"), None); // a digit continues the word
        assert_eq!(at("short"), None); // fewer than 8 bytes left: the slow path
    }

    #[test]
    fn char_counter_counts_code_points() {
        let s = "a°b😀c";
        let mut cc = CharCounter::new(s);
        assert_eq!(cc.at(1), 1);
        assert_eq!(cc.at(3), 2);
        assert_eq!(cc.at(4), 3);
        assert_eq!(cc.at(8), 4);
        assert_eq!(cc.at(9), 5);
    }
}
