//! The left-to-right pass that proposes candidates.
//!
//! One cursor walks the text. At each position only the recognizer its first char selects
//! runs (digit/sign/`(` -> numbers, `[` -> lists, capital -> formula/pitch/DNA, lowercase ->
//! DNA); plain words are skipped whole. A recognizer returns where the cursor continues,
//! always past what it accepted. Work stays linear because:
//! - every recognizer is a deterministic scan with no backtracking;
//! - after a rejected run the cursor skips the whole run (a 1 MB digit run is read once);
//! - the only re-reads are inside a parenthesis group that failed, and a failed group is
//!   marked so no later scan enters it again (see `numeric::paren_ok`);
//! - formula and unit probes read at most a fixed window.
//!
//! Candidates are collected with the context they need; the sentence masks they are checked
//! against are computed later, once per sentence, and only for sentences that need them.

use super::context::Need;
use super::lex::{
    at_word_start, char_at, char_before, is_wordish, plain_short_word, word_end, CLASS, QUIET,
};
use crate::layout::Domain;
use crate::number::words::may_start_number_word;

/// One proposed span; candidates sharing a `start` are alternatives for the same text.
#[derive(Debug, Clone)]
pub struct Cand {
    pub start: usize,
    pub end: usize,
    pub domain: Domain,
    pub need: Need,
    pub sentence: u32,
    /// The shape that made it a candidate, for explanations.
    pub rule: &'static str,
    /// The `= result` literal after an expression (number granularity only).
    pub result: Option<(usize, usize)>,
}

/// A shape that was found and refused before resolution (kept for `explain`).
#[derive(Debug, Clone)]
pub struct Refusal {
    pub start: usize,
    pub end: usize,
    pub domain: Domain,
    pub reason: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Subject bits of the candidates found here that need no context.
    pub found: u8,
}

pub struct Scanner<'a> {
    pub s: &'a str,
    pub b: &'a [u8],
    pub cands: Vec<Cand>,
    pub sentences: Vec<Sentence>,
    pub(super) sent_start: usize,
    found: u8,
    /// The first mixed-case compound without counts (`NaCl`, `KBr`) seen in this sentence,
    /// and whether a different one followed.
    compound: Option<(usize, usize)>,
    /// Lazily built (`parens_built`): for each `(` in order, its position and its matching
    /// `)` (or NONE), with BAD_BIT set once a scan proved the group is not an operand.
    pub(super) parens: Vec<(u32, u32)>,
    pub(super) parens_built: bool,
    /// Indices into `parens` of the `(` still open while building it.
    pub(super) open: Vec<u32>,
    pub(super) stack: Vec<usize>,
    /// `scan_expr`'s counts as it reads, and those at its last complete expression: kept
    /// here, in memory, so that taking them at every operand is one block copy (as locals
    /// their fields were copied one by one)
    pub(super) expr_st: super::numeric::Stats,
    pub(super) expr_good: super::numeric::Stats,
    pub refusals: Option<Vec<Refusal>>,
    pub number_mode: bool,
    /// "time signature" searched for up to `.1` (exclusive); `.0` its last start found, so
    /// that the fractions of a text look it up in linear time altogether (lookalike.rs).
    pub(super) meter_words: std::cell::Cell<(Option<usize>, usize)>,
    /// Tests only: read one lowercase word per step of the main loop (the reading before
    /// runs of plain words were read in one step), to compare both.
    #[cfg(test)]
    one_word_per_step: bool,
}

/// The scanner's buffers, kept between texts so segmenting many short documents does not
/// allocate them again for each (see `Segmenter::run`).
#[derive(Default)]
pub struct Buffers {
    cands: Vec<Cand>,
    sentences: Vec<Sentence>,
    parens: Vec<(u32, u32)>,
    open: Vec<u32>,
    stack: Vec<usize>,
}

/// Buffers grown beyond this many bytes (by one huge text) are dropped, not kept.
const KEEP_BYTES: usize = 1 << 20;

impl Buffers {
    /// Empties the buffers for reuse, or drops the ones a huge text made large.
    fn recycle<T>(mut v: Vec<T>) -> Vec<T> {
        if v.capacity() * std::mem::size_of::<T>() > KEEP_BYTES {
            return Vec::new();
        }
        v.clear();
        v
    }
}

impl<'a> Scanner<'a> {
    pub fn new(s: &'a str, number_mode: bool, trace: bool, buffers: Buffers) -> Self {
        Scanner {
            s,
            b: s.as_bytes(),
            cands: Buffers::recycle(buffers.cands),
            sentences: Buffers::recycle(buffers.sentences),
            sent_start: 0,
            found: 0,
            compound: None,
            parens: Buffers::recycle(buffers.parens),
            parens_built: false,
            open: Buffers::recycle(buffers.open),
            stack: Buffers::recycle(buffers.stack),
            expr_st: Default::default(),
            expr_good: Default::default(),
            refusals: trace.then(Vec::new),
            number_mode,
            meter_words: std::cell::Cell::new((None, 0)),
            #[cfg(test)]
            one_word_per_step: false,
        }
    }

    /// Whether a run of plain lowercase words is read in one step of the main loop (always,
    /// outside tests).
    #[inline(always)]
    fn word_runs(&self) -> bool {
        #[cfg(test)]
        return !self.one_word_per_step;
        #[cfg(not(test))]
        true
    }

    /// Gives the buffers back for the next text.
    pub fn into_buffers(self) -> Buffers {
        Buffers {
            cands: self.cands,
            sentences: self.sentences,
            parens: self.parens,
            open: self.open,
            stack: self.stack,
        }
    }

    /// Records a refused shape when tracing. Cold and out of line: refusals are rare on real
    /// text and recorded only when tracing, so their call sites leave the hot paths of the
    /// recognizers (fewer instruction-cache lines).
    #[cold]
    #[inline(never)]
    pub(super) fn refuse(
        &mut self,
        start: usize,
        end: usize,
        domain: Domain,
        reason: &'static str,
    ) {
        if let Some(r) = self.refusals.as_mut() {
            r.push(Refusal {
                start,
                end,
                domain,
                reason,
            });
        }
    }

    pub(super) fn push(
        &mut self,
        start: usize,
        end: usize,
        domain: Domain,
        need: Need,
        rule: &'static str,
    ) {
        if need.is_none() {
            self.found |= subject_of(domain);
        }
        self.cands.push(Cand {
            start,
            end,
            domain,
            need,
            sentence: self.sentences.len() as u32,
            rule,
            result: None,
        });
    }

    /// Adds the subject of a confident find that is not emitted (its sentence still has it).
    pub(super) fn note_subject(&mut self, domain: Domain) {
        self.found |= subject_of(domain);
    }

    fn close_sentence(&mut self, end: usize) {
        self.sentences.push(Sentence {
            start: self.sent_start,
            end,
            found: self.found,
        });
        self.sent_start = end;
        self.found = 0;
        self.compound = None;
    }

    /// Two different compounds like `NaCl and KCl` in one sentence make each other's context
    /// (firmly) chemical; one name written twice (`FUSEr or a subclass of FUSEr`) does not.
    pub(super) fn note_compound(&mut self, start: usize, end: usize) {
        match self.compound {
            None => self.compound = Some((start, end)),
            Some((a, e)) if self.b[a..e] != self.b[start..end] => {
                self.found |= super::context::CHEM | super::context::CHEM_FIRM;
            }
            Some(_) => {}
        }
    }

    /// Whether the `.`/`!`/`?` at `i` ends a sentence: followed by space and a capital,
    /// a digit-less opener, or the end of the text.
    fn ends_sentence(&self, i: usize) -> bool {
        let b = self.b;
        let mut j = i + 1;
        if j < b.len() && !(b[j] == b' ' || b[j] == b'\n' || b[j] == b'\t' || b[j] == b'\r') {
            return false;
        }
        while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
            j += 1;
        }
        j >= b.len() || b[j].is_ascii_uppercase() || matches!(b[j], b'\n' | b'\r' | b'"' | b'(')
    }

    /// Runs the pass; afterwards `cands` and `sentences` are complete.
    pub fn run(&mut self) {
        let b = self.b;
        let n = b.len();
        let mut i = 0;
        while i < n {
            let c = b[i];
            if CLASS[c as usize] == QUIET {
                i += 1;
                continue;
            }
            let next = match c {
                b'0'..=b'9' => self.numeric(i),
                b'+' | b'-' => {
                    if self.sign_starts_number(i) {
                        self.numeric(i)
                    } else {
                        i + 1
                    }
                }
                b'.' => {
                    if i + 1 < n
                        && b[i + 1].is_ascii_digit()
                        && !self.digit_before(i)
                        && !example_abbreviation_before(b, i)
                    {
                        self.numeric(i)
                    } else {
                        if self.ends_sentence(i) {
                            self.close_sentence(i + 1);
                        }
                        i + 1
                    }
                }
                b'!' | b'?' => {
                    if self.ends_sentence(i) {
                        self.close_sentence(i + 1);
                    }
                    i + 1
                }
                b'\n' => {
                    self.close_sentence(i + 1);
                    i + 1
                }
                b'(' => self.open_paren(i),
                b'[' => self.bracket(i),
                b'A'..=b'Z' => {
                    let words = may_start_number_word(b, i);
                    if let Some(next) = words.then(|| self.number_words(i)).flatten() {
                        next // `Twenty-five grams ...`
                    } else if at_word_start(self.s, i) {
                        self.upper_word(i, false)
                    } else {
                        word_end(self.s, i)
                    }
                }
                b'a'..=b'z' => {
                    // a run of plain lowercase words (`of the`, `is a`) is read here word after
                    // word: what the loop would do at each of them, without its dispatch
                    let mut i = i;
                    loop {
                        match plain_short_word(b, i) {
                            // a word of three letters and a space, or longer, may be a number
                            // before a unit (`one mL`, `three litres`); `of`, `to`, `one,` are
                            // skipped here
                            Some(next) if next > i + 3 && may_start_number_word(b, i) => {
                                break self.number_words(i).unwrap_or(next);
                            }
                            // (every arm gives a position past this word's `i`, as the
                            // loop's progress guard requires)
                            Some(next)
                                if next < n && b[next].is_ascii_lowercase() && self.word_runs() =>
                            {
                                i = next
                            }
                            Some(next) => break next,
                            None => match may_start_number_word(b, i)
                                .then(|| self.number_words(i))
                                .flatten()
                            {
                                Some(next) => break next, // `twenty-five grams`
                                None => {
                                    let end = self.lower_word(i);
                                    let next = self.skip_url(i, end);
                                    // a space, then a lowercase word: the loop would step
                                    // over the space and read that word
                                    let word_after = next + 1 < n
                                        && b[next] == b' '
                                        && b[next + 1].is_ascii_lowercase();
                                    if !(word_after && self.word_runs()) {
                                        break next;
                                    }
                                    i = next + 1;
                                }
                            },
                        }
                    }
                }
                b'_' => word_end(self.s, i),
                0x80.. => {
                    let ch = char_at(self.s, i).unwrap_or(' ');
                    if ch == '\u{2212}' && self.sign_starts_number(i) {
                        self.numeric(i)
                    } else if is_wordish(ch) {
                        word_end(self.s, i)
                    } else {
                        i + ch.len_utf8()
                    }
                }
                _ => i + 1,
            };
            // every recognizer moves forward; this guard keeps that true by construction
            debug_assert!(next > i, "no progress at byte {i} of {:?}", self.s);
            i = if next > i {
                next
            } else {
                i + char_at(self.s, i).map_or(1, char::len_utf8)
            };
        }
        self.close_sentence(n);
    }

    /// After a word at `i..end`: a URL (`https://...`, `www.`) is skipped up to the next
    /// whitespace, so its numbers and letters are never read as spans.
    fn skip_url(&self, i: usize, end: usize) -> usize {
        let rest = &self.s[end..];
        let is_url = rest.starts_with("://") || (&self.s[i..end] == "www" && rest.starts_with('.'));
        if !is_url {
            return end;
        }
        let b = self.b;
        let mut j = end;
        while j < b.len() && !b[j].is_ascii_whitespace() {
            j += 1;
        }
        while j < b.len() && !self.s.is_char_boundary(j) {
            j += 1;
        }
        j
    }

    fn digit_before(&self, i: usize) -> bool {
        i > 0 && self.b[i - 1].is_ascii_digit()
    }

    /// A `+`, `-` or `−` at `i` is a sign when glued to a number (or a `(`) and not glued to a
    /// word on its left (`COVID-19`, `x-3` are not signed numbers) or to a percent sign
    /// (`10%-20%` is a range: `-20%` would be a wrong value).
    pub(super) fn sign_starts_number(&self, i: usize) -> bool {
        let len = char_at(self.s, i).map_or(1, char::len_utf8);
        let next = self.b.get(i + len).copied();
        let glued = match next {
            Some(d) if d.is_ascii_digit() => true,
            Some(b'.') => self.b.get(i + len + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        glued
            && !char_before(self.s, i).is_some_and(|p| {
                is_wordish(p)
                    || matches!(
                        p,
                        '+' | '-' | ')' | ']' | '.' | '\'' | '%' | '\u{2030}' | '^'
                    )
                    || (p == '/' && !self.same_unit_across_slash(i, len))
            })
    }

    /// A sign at `i` (`len` bytes) right after a `/` starts a number when the slash joins two
    /// values of one unit, the first written with that unit against it and the second the same
    /// (`180°/-180°`, `+12 V/-12 V`, `90°/-90° latitude`): alternatives, each with its sign
    /// (before, `-180°` lost its minus and became the opposite angle). A digit against the slash
    /// (`6/-3`, a quotient) or another unit after the number keeps the old reading. Bounded: at
    /// most 8 bytes of unit on each side and 12 digits.
    fn same_unit_across_slash(&self, i: usize, len: usize) -> bool {
        let b = self.b;
        let slash = i - 1;
        // the unit before the slash: non-space, non-digit bytes back to a digit (or a space
        // after a digit)
        let mut u = slash;
        while u > 0 && slash - u < 8 && !matches!(b[u - 1], b' ' | b'/' | b'0'..=b'9') {
            u -= 1;
        }
        if u == slash || u == 0 {
            return false;
        }
        let unit = &b[u..slash];
        let spaced = b[u - 1] == b' ';
        let digit_at = if spaced {
            u.checked_sub(2)
        } else {
            Some(u - 1)
        };
        if !digit_at.is_some_and(|d| b[d].is_ascii_digit()) || unit[0].is_ascii_punctuation() {
            return false;
        }
        // the second number: digits, at most one decimal part
        let mut j = i + len;
        let start = j;
        while j < b.len() && j - start < 12 && (b[j].is_ascii_digit() || b[j] == b'.') {
            j += 1;
        }
        if j == start || b[j - 1] == b'.' {
            return false;
        }
        if spaced {
            if b.get(j) != Some(&b' ') {
                return false;
            }
            j += 1;
        }
        b.get(j..j + unit.len()) == Some(unit)
            && !b
                .get(j + unit.len())
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)
    }

    /// `(`: an expression may start here (`(1 + 2) * 3`), or a formula group (`(NH4)2SO4`).
    fn open_paren(&mut self, i: usize) -> usize {
        let next = self.b.get(i + 1).copied().unwrap_or(b' ');
        if next.is_ascii_uppercase() {
            if let Some(end) = self.paren_formula(i) {
                return end;
            }
            return i + 1;
        }
        if next.is_ascii_digit() || matches!(next, b'(' | b'-' | b'+' | b'.' | b' ') || next >= 0x80
        {
            return self.numeric(i);
        }
        i + 1
    }
}

/// The subject a confidently found span adds to its sentence's context.
pub fn subject_of(domain: Domain) -> u8 {
    use super::context::{BIO, CHEM, CHEM_FIRM, MATH, MUSIC, PHYS};
    match domain {
        Domain::Formula => CHEM | CHEM_FIRM,
        Domain::Quantity => PHYS,
        Domain::Arithmetic | Domain::Complex | Domain::Vector => MATH,
        Domain::Dna => BIO,
        Domain::Pitch => MUSIC,
        Domain::Text => 0,
    }
}

/// Whether the `.` at `i` ends `e.g.` or `i.e.` (not glued to a letter or digit before them):
/// a number glued after it (`(e.g.1 MHz)`) starts at its digit, not at the abbreviation's
/// period (`.1`, a tenth).
pub(super) fn example_abbreviation_before(b: &[u8], i: usize) -> bool {
    i >= 3
        && matches!(&b[i - 3..i], b"e.g" | b"i.e")
        && (i == 3 || !(b[i - 4].is_ascii_alphanumeric() || b[i - 4] == b'.'))
}

#[cfg(test)]
mod tests {
    use super::{Buffers, Scanner};

    fn scan(text: &str, one_word_per_step: bool) -> String {
        let mut sc = Scanner::new(text, false, true, Buffers::default());
        sc.one_word_per_step = one_word_per_step;
        sc.run();
        format!("{:?} {:?} {:?}", sc.cands, sc.sentences, sc.refusals)
    }

    /// Reading a run of plain lowercase words in one step of the main loop finds the same
    /// candidates, sentences and refusals as one word per step, on texts of short and long
    /// words, number words before units, nucleotide runs, URLs, numbers and punctuation.
    #[test]
    fn word_runs_match_one_word_per_step() {
        let pieces = [
            "of",
            "the",
            "a",
            "is",
            "one",
            "two",
            "three",
            "twenty-five",
            "grams",
            "mg",
            "g",
            "acgtacgtac",
            "attgc",
            "compared",
            "http://x.org/5",
            "www.a.b",
            "5",
            "12.5",
            "3 mg",
            " ",
            " ",
            " ",
            ",",
            ".",
            ":",
            "\n",
            "(",
            ")",
            "K",
            "NaCl",
            "H2O",
            "and",
            "to",
            "x",
            "\u{e9}t\u{e9}",
            "\u{b5}m",
            "-",
            "seventeen",
            "hundred",
            "bar",
            "kelvin",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5ca1_ab1e_0ddb_a11d);
        for _ in 0..3000 {
            let count = 1 + rng.below(40);
            let text: String = rng.join(&pieces, count);
            assert_eq!(scan(&text, false), scan(&text, true), "{text:?}");
        }
    }
}
