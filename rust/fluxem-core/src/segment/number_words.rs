//! Numbers written in words in running text (`Add twenty-five grams of NaCl to three litres
//! of water`). The number is read by `number::words` (the reader QUANTITY's parser uses, so the
//! span and its value agree); a QUANTITY candidate is proposed when a unit follows. Number
//! words are everyday English, so such a quantity is kept only in a science context and with
//! a unit that is not an everyday word there (docs/SEGMENTATION.md, "Number words"):
//! one-letter symbols and the word-like units (`three T cells`, `one in ten`), and the
//! spellings of `vocab/units_not_after_number_words.txt` (`two hours later`, `three pounds`)
//! are refused. A bare number in words, like a bare number in digits, is never a span, and
//! the segmenter proposes no ARITHMETIC from words (`one - two` in prose is rarely a
//! subtraction); `ArithmeticEncoder` does read `twenty-five + 3`.

use super::context::{Need, SCIENCE};
use super::lex::{
    between_before, char_before, is_wordish, prev_word, skip_inline_spaces, skip_inline_spaces_back,
};
use super::scan::Scanner;
use super::vocab;
use crate::domains::quantity::WORD_LIKE;
use crate::layout::Domain;
use crate::number::words;

/// What number words need: the unit's own need, or a science context.
fn science(need: Need) -> Need {
    if need.is_none() {
        Need::any(SCIENCE)
    } else {
        need
    }
}

/// Most words read back for the lower end of a range in words (longer: not read).
const MAX_WORDS: usize = 12;

/// Longest number word (`seventeen`), for the look-back of [`Scanner::number_word_ends_at`].
const MAX_WORD: usize = 9;

impl Scanner<'_> {
    /// A number written in words at `i`: where the scan continues, or None when no number in
    /// words starts here (the word is then read as any other word).
    #[inline(never)]
    pub(super) fn number_words(&mut self, i: usize) -> Option<usize> {
        if !words::starts_number_word(self.b, i) {
            return None;
        }
        // glued to a word on the left: part of a name or a compound (`x-one`, `Formula One`
        // is fine, `Type-two` is not)
        if let Some(p) = char_before(self.s, i) {
            if is_wordish(p) || matches!(p, '-' | '\'' | '/' | '.') {
                return None;
            }
        }
        let (len, _) = words::number_words(&self.s[i..])?;
        let end = i + len;
        let Some((uend, need)) = self.unit_after(i, end, false) else {
            return Some(end);
        };
        let Some(need) = need else {
            return Some(uend); // refused by a unit rule (recorded there)
        };
        let unit = &self.s[skip_inline_spaces(self.s, end)..uend];
        // `loses one bar of pressure`: a word-like unit beside a word of its quantity
        let pressure = unit == "bar" && self.words_near(i, uend, vocab::PRESSURE_WORDS);
        let refusal = if !pressure && (unit.chars().nth(1).is_none() || WORD_LIKE.contains(&unit)) {
            Some("number words before a one-letter or word-like unit (three T cells)")
        } else if vocab::units_not_after_number_words(unit.as_bytes()) {
            Some("number words before an everyday unit word (two hours later, three pounds)")
        } else if self.after_number_words(i) {
            // `twenty-five thousand, four hundred grams`, `one, two, three grams`: the unit
            // belongs to more than this number
            Some("number words after other number words (twenty-five thousand, four hundred g)")
        } else {
            match self.range_in_words(i) {
                Some(Ok(lower)) => {
                    // `two to three litres`: the range is the span (its parser checks both ends)
                    self.push(
                        lower,
                        uend,
                        Domain::Quantity,
                        science(need),
                        "range in words",
                    );
                    return Some(uend);
                }
                Some(Err(why)) => Some(why),
                None => self.second_of_a_pair(i),
            }
        };
        if let Some(why) = refusal {
            self.refuse(i, uend, Domain::Quantity, why);
            return Some(uend);
        }
        // `two percent of nodes`: a share in words is a value in any text
        let share = matches!(unit, "percent" | "per cent" | "%");
        self.push(
            i,
            uend,
            Domain::Quantity,
            if share { need } else { science(need) },
            "number words and unit",
        );
        Some(uend)
    }

    /// Whether the number words at `start` follow other number words, with a comma or not.
    fn after_number_words(&self, start: usize) -> bool {
        let mut k = skip_inline_spaces_back(self.s, start, 8);
        if k > 0 && self.b[k - 1] == b',' {
            k = skip_inline_spaces_back(self.s, k - 1, 8);
        }
        k < start && self.number_word_ends_at(k)
    }

    /// When the number words at `start` are the upper end of a range whose lower end is in words
    /// too (`two to three litres`, `between two and three litres`): `Ok(start of the lower
    /// end)`, the range being one value; `Err(why)` for a range that is not read (a dash or
    /// `or`, `and` without `between`, a change `from two to three litres`, a lower end glued to
    /// a word), whose upper end alone would be a value nobody wrote. None when no number in
    /// words comes before (a lower end in digits is `second_of_a_pair`'s; a word before
    /// digits, `4 mA at zero and 20 mA`, is no range).
    fn range_in_words(&self, start: usize) -> Option<Result<usize, &'static str>> {
        let s = self.s;
        let k = skip_inline_spaces_back(s, start, 8);
        let before = &s[..k];
        let joiner = [
            "\u{2013}", "\u{2014}", "-", "to", "and", "through", "until", "or",
        ]
        .into_iter()
        .find(|j| {
            before.ends_with(j)
                && (!j.as_bytes()[0].is_ascii_alphabetic()
                    || !char_before(s, k - j.len()).is_some_and(is_wordish))
        })?;
        let lower_end = skip_inline_spaces_back(s, k - joiner.len(), 8);
        if !self.number_word_ends_at(lower_end) {
            return None;
        }
        let refused = "range in words other than `a to b unit` or `between a and b unit`";
        if !matches!(joiner, "to" | "and") {
            return Some(Err(refused));
        }
        let Some(lower) = self.number_words_start(lower_end) else {
            return Some(Err(refused));
        };
        let mut buf = [0u8; 24];
        let prev = prev_word(s, lower, &mut buf);
        if (joiner == "and" && !between_before(s, lower)) || (joiner == "to" && prev == b"from") {
            // `add two and three grams` is no range; `from two to three litres` is a change
            return Some(Err(refused));
        }
        Some(Ok(lower))
    }

    /// The start of the number words that end at `end` (`twenty-five` in `twenty-five to
    /// thirty grams`): back over number words joined by one space or a hyphen (not `and`: a
    /// lower end such as `one hundred and five` is left unread). None when the words are glued
    /// to a word or mark on their left (`Type-two`).
    pub(super) fn number_words_start(&self, end: usize) -> Option<usize> {
        let b = self.b;
        let mut k = end;
        let mut start = end;
        // a number in words has at most 12 words (`nine hundred ninety-nine trillion ...` has
        // more, but no range is written so): the look-back stays bounded on any input
        for _ in 0..MAX_WORDS {
            if !self.number_word_ends_at(k) {
                break;
            }
            let mut w = k;
            while w > 0 && b[w - 1].is_ascii_alphabetic() {
                w -= 1;
            }
            start = w;
            if w >= 2 && matches!(b[w - 1], b' ' | b'-') && b[w - 2].is_ascii_alphabetic() {
                k = w - 1;
            } else {
                break;
            }
        }
        if start == end || self.number_word_ends_at(k) && k < start {
            return None;
        }
        match char_before(self.s, start) {
            Some(p) if is_wordish(p) || matches!(p, '-' | '\'' | '/' | '.') => None,
            _ => Some(start),
        }
    }

    /// Whether a number word ends at byte `end` (`two` in `between two and three litres`):
    /// the lower end of a range written in words.
    pub(super) fn number_word_ends_at(&self, end: usize) -> bool {
        let b = self.b;
        let mut k = end;
        while k > end.saturating_sub(MAX_WORD + 1) && b[k - 1].is_ascii_alphabetic() {
            k -= 1;
        }
        let mut buf = [0u8; MAX_WORD + 1];
        for (d, c) in buf.iter_mut().zip(&b[k..end]) {
            *d = c.to_ascii_lowercase();
        }
        let w = &buf[..end - k];
        k < end
            && (vocab::number_words_ones(w)
                || vocab::number_words_tens(w)
                || vocab::number_words_scales(w)
                || w == b"hundred")
    }
}
