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
use super::lex::{char_before, is_wordish, skip_inline_spaces, skip_inline_spaces_back};
use super::scan::Scanner;
use super::vocab;
use crate::domains::quantity::WORD_LIKE;
use crate::layout::Domain;
use crate::number::words;

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
        let refusal = if unit.chars().nth(1).is_none() || WORD_LIKE.contains(&unit) {
            Some("number words before a one-letter or word-like unit (three T cells)")
        } else if vocab::units_not_after_number_words(unit.as_bytes()) {
            Some("number words before an everyday unit word (two hours later, three pounds)")
        } else if self.after_number_words(i) {
            // `twenty-five thousand, four hundred grams`, `one, two, three grams`: the unit
            // belongs to more than this number
            Some("number words after other number words (twenty-five thousand, four hundred g)")
        } else if self.range_in_words(i) {
            Some("upper end of a range in words (between two and three litres): one value")
        } else {
            self.second_of_a_pair(i)
        };
        if let Some(why) = refusal {
            self.refuse(i, uend, Domain::Quantity, why);
            return Some(uend);
        }
        let need = if need.is_none() {
            Need::any(SCIENCE)
        } else {
            need
        };
        self.push(i, uend, Domain::Quantity, need, "number words and unit");
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

    /// Whether the number words at `start` are the upper end of a range whose lower end is in
    /// words too (`two to three litres`, `between two and three litres`, `two–three litres`).
    /// A lower end in digits is `second_of_a_pair`'s; a word before digits (`4 mA at zero
    /// and 20 mA`) is no range.
    fn range_in_words(&self, start: usize) -> bool {
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
        });
        joiner.is_some_and(|j| self.number_word_ends_at(skip_inline_spaces_back(s, k - j.len(), 8)))
    }

    /// Whether a number word ends at byte `end` (`two` in `between two and three litres`):
    /// the lower end of a range written in words.
    fn number_word_ends_at(&self, end: usize) -> bool {
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
