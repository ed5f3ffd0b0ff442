//! The cursor every hand-written parser reads with (ARITHMETIC, the QUANTITY unit grammar,
//! FORMULA, PITCH, COMPLEX, VECTOR): peeking at chars and bytes, skipping, signs, exact
//! decimal literals, and errors that carry a char position.
//!
//! A cursor keeps its byte offset (for slicing) and its char offset (error positions are
//! char offsets: Python `str` indices) side by side, so reporting a position costs O(1)
//! however far into the text the parser is; a parser that reports positions as it goes (the
//! FORMULA parser records one per token) stays linear. Every method moves both offsets
//! together, which is why they are private. A cursor is `Copy`: saving one and assigning it
//! back is how a parser backtracks.

use crate::number::{
    literal_len, literal_len_in_list, parse_literal, plain_literal_prefix_with, Number,
};
use crate::{FluxemError, Result};

/// The char that starts at byte `i` of `s`, None at the end. ASCII, most of what the parsers
/// read, is taken from the byte without decoding. A byte inside a char (a position a rule
/// reached by stepping back over what it took for ASCII) starts no char: None, never a panic.
#[inline]
pub fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => Some(c as char),
        Some(_) => s.get(i..)?.chars().next(),
        None => None,
    }
}

/// The char that ends just before byte `i` of `s`, None at the start and, as for `char_at`,
/// None when `i` is inside a char.
#[inline]
pub fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|k| s.as_bytes().get(k)) {
        Some(&c) if c < 0x80 => Some(c as char),
        Some(_) => s.get(..i)?.chars().next_back(),
        None => None,
    }
}

/// A position in a text, as a byte offset and a char offset that always agree.
#[derive(Debug, Clone, Copy)]
pub struct Cursor<'a> {
    text: &'a str,
    /// Byte offset into `text` (a char boundary).
    pos: usize,
    /// Chars in `text[..pos]`.
    chars: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Cursor {
            text,
            pos: 0,
            chars: 0,
        }
    }

    /// A cursor at byte `pos` of `text` (a char boundary); counts the chars before it once.
    pub fn at(text: &'a str, pos: usize) -> Self {
        Cursor {
            text,
            pos,
            chars: text[..pos].chars().count(),
        }
    }

    /// The whole text the cursor reads.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset into the text.
    #[inline]
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Char (code point) offset into the text: the position errors report.
    #[inline]
    pub fn char_pos(&self) -> usize {
        self.chars
    }

    /// Whether the whole text has been read.
    #[inline]
    pub fn at_end(&self) -> bool {
        self.pos == self.text.len()
    }

    /// The text not read yet.
    #[inline]
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// The text read since `mark` (a cursor over the same text, not after this one).
    #[inline]
    pub fn since(&self, mark: &Cursor) -> &'a str {
        &self.text[mark.pos..self.pos]
    }

    /// The next char, None at the end.
    #[inline]
    pub fn peek(&self) -> Option<char> {
        char_at(self.text, self.pos)
    }

    /// The next byte, None at the end: for grammars whose tokens are ASCII.
    #[inline]
    pub fn peek_byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The char after the next one, None when there is none.
    #[inline]
    pub fn peek_second(&self) -> Option<char> {
        let c = self.peek()?;
        char_at(self.text, self.pos + c.len_utf8())
    }

    /// Moves past the next char (nothing at the end).
    #[inline]
    pub fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.advance_char(c);
        }
    }

    /// Moves past `c`, which is the next char (as `peek` just returned it): no second decode.
    #[inline]
    pub fn advance_char(&mut self, c: char) {
        debug_assert_eq!(self.peek(), Some(c));
        self.pos += c.len_utf8();
        self.chars += 1;
    }

    /// Moves past the next `n` bytes (ending on a char boundary): a token already measured,
    /// such as a decimal literal, which may hold non-ASCII digit-group separators or a written
    /// power of ten (`12\u{2009}000`, `6.022×10²³`). Costs one pass over the token.
    #[inline]
    pub fn advance_bytes(&mut self, n: usize) {
        let token = &self.rest()[..n];
        self.chars += if token.is_ascii() {
            n
        } else {
            token.chars().count()
        };
        self.pos += n;
    }

    /// Moves past `s` if the rest starts with it; returns whether it did.
    #[inline]
    pub fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            self.chars += s.chars().count();
            true
        } else {
            false
        }
    }

    /// Moves past the chars for which `pred` holds; returns whether there was any.
    #[inline(always)]
    pub fn skip_while(&mut self, pred: impl Fn(char) -> bool) -> bool {
        let start = self.pos;
        while let Some(c) = self.peek().filter(|&c| pred(c)) {
            self.advance_char(c);
        }
        self.pos > start
    }

    /// Skips ASCII whitespace; returns whether there was any.
    pub fn skip_ws(&mut self) -> bool {
        let n = self
            .rest()
            .bytes()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        self.pos += n;
        self.chars += n;
        n > 0
    }

    /// What is next, for an error message: the char quoted, or "end of input".
    pub fn found(&self) -> String {
        self.peek()
            .map_or_else(|| "end of input".to_string(), |c| format!("{c:?}"))
    }

    /// A parse error at the cursor, naming what was expected and what was found.
    pub fn error(&self, what: &str) -> FluxemError {
        FluxemError::parse(format!("{what}, found {}", self.found()), self.chars)
    }

    /// Consumes `+`, `-` or U+2212; returns Some(negative) when there was one.
    #[inline]
    pub fn sign(&mut self) -> Option<bool> {
        let c = self.peek()?;
        let neg = match c {
            '+' => false,
            '-' | '\u{2212}' => true,
            _ => return None,
        };
        self.advance_char(c);
        Some(neg)
    }

    /// An unsigned decimal literal, if one starts here (a second sign is an error).
    pub fn unsigned_literal(&mut self) -> Result<Option<Number>> {
        self.unsigned_literal_with(literal_len)
    }

    fn unsigned_literal_with(&mut self, delimit: fn(&str) -> usize) -> Result<Option<Number>> {
        let rest = self.rest();
        if rest.starts_with(['+', '-']) {
            return Err(self.error("expected a digit after the sign"));
        }
        if let Some((n, len)) = plain_literal_prefix_with(rest, delimit) {
            self.advance_bytes(len); // the common `123`, `4.5`: one pass
            return Ok(Some(n));
        }
        let len = delimit(rest);
        if len == 0 {
            return Ok(None);
        }
        let n = parse_literal(&rest[..len])?;
        self.advance_bytes(len);
        Ok(Some(n))
    }

    /// An optionally signed decimal literal, which must be there.
    pub fn signed_literal(&mut self) -> Result<Number> {
        self.signed_literal_with(literal_len)
    }

    /// [`Cursor::signed_literal`] for a list component: spaces do not group digits there
    /// (`number::literal_len_in_list`).
    pub fn signed_list_component(&mut self) -> Result<Number> {
        self.signed_literal_with(literal_len_in_list)
    }

    pub(crate) fn signed_literal_with(&mut self, delimit: fn(&str) -> usize) -> Result<Number> {
        let neg = self.sign().unwrap_or(false);
        match self.unsigned_literal_with(delimit) {
            Ok(Some(n)) => Ok(n.negated_if(neg)),
            Ok(None) | Err(FluxemError::Parse { .. }) => Err(self.error("expected a number")),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_and_char_offsets_move_together() {
        let text = "a·µ  2.5e3−x";
        let mut c = Cursor::new(text);
        c.bump();
        assert_eq!((c.pos(), c.char_pos(), c.peek()), (1, 1, Some('·')));
        assert_eq!(c.peek_second(), Some('µ'));
        assert!(c.eat("·"));
        assert!(c.skip_while(|ch| ch == 'µ'));
        assert!(c.skip_ws());
        let mark = c;
        assert_eq!(
            c.unsigned_literal().unwrap().map(|n| n.to_f64()),
            Some(2500.0)
        );
        assert_eq!(c.since(&mark), "2.5e3");
        assert_eq!(c.sign(), Some(true));
        assert_eq!(c.char_pos(), text[..c.pos()].chars().count());
        assert_eq!(c.found(), "'x'");
        c.bump();
        assert!(c.at_end());
        assert_eq!(c.peek_byte(), None);
        assert_eq!(c.found(), "end of input");
        let again = Cursor::at(text, c.pos());
        assert_eq!(again.char_pos(), c.char_pos());
    }

    #[test]
    fn a_position_inside_a_char_reads_no_char() {
        let s = "a\u{202f}b\u{e9}";
        assert_eq!(char_at(s, 1), Some('\u{202f}'));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_at(s, 3), None);
        assert_eq!(char_before(s, 4), Some('\u{202f}'));
        assert_eq!(char_before(s, 3), None);
        assert_eq!(char_before(s, 6), None);
        assert_eq!(char_before(s, 7), Some('\u{e9}'));
        assert_eq!(char_before(s, 0), None);
        assert_eq!(char_at(s, 7), None);
    }

    #[test]
    fn literals_written_with_non_ascii_keep_char_offsets() {
        for text in ["12\u{2009}000 x", "12\u{a0}000 x", "6.022×10²³ x"] {
            let mut c = Cursor::new(text);
            assert!(c.unsigned_literal().unwrap().is_some());
            assert_eq!(c.char_pos(), text[..c.pos()].chars().count(), "{text:?}");
            c.skip_ws();
            assert_eq!(c.char_pos(), text.chars().count() - 1, "{text:?}");
        }
    }
}
