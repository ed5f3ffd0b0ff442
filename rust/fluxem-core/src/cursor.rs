//! A cursor over text for the small literal parsers (COMPLEX, VECTOR): peeking, whitespace,
//! signs, exact decimal literals, and errors that carry a char position.

use crate::number::{literal_len, parse_literal, Number};
use crate::{FluxemError, Result};

/// The char that starts at byte `i` of `s` (a char boundary), None at the end. ASCII, most of
/// what the parsers read, is taken from the byte without decoding.
#[inline]
pub fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => Some(c as char),
        Some(_) => s[i..].chars().next(),
        None => None,
    }
}

/// The char that ends just before byte `i` of `s` (a char boundary), None at the start.
#[inline]
pub fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).map(|k| s.as_bytes()[k]) {
        Some(c) if c < 0x80 => Some(c as char),
        Some(_) => s[..i].chars().next_back(),
        None => None,
    }
}

pub struct Cursor<'a> {
    pub text: &'a str,
    /// Byte offset into `text`.
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Cursor { text, pos: 0 }
    }

    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn peek(&self) -> Option<char> {
        char_at(self.text, self.pos)
    }

    /// Skips ASCII whitespace; returns whether there was any.
    pub fn skip_ws(&mut self) -> bool {
        let n = self
            .rest()
            .bytes()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        self.pos += n;
        n > 0
    }

    /// A parse error at the cursor, naming what was expected and what was found.
    pub fn error(&self, what: &str) -> FluxemError {
        let found = self
            .peek()
            .map_or_else(|| "end of input".to_string(), |c| format!("{c:?}"));
        let position = self.text[..self.pos].chars().count();
        FluxemError::parse(format!("{what}, found {found}"), position)
    }

    /// Consumes `+`, `-` or U+2212; returns Some(negative) when there was one.
    pub fn sign(&mut self) -> Option<bool> {
        let c = self.peek()?;
        let neg = match c {
            '+' => false,
            '-' | '\u{2212}' => true,
            _ => return None,
        };
        self.pos += c.len_utf8();
        Some(neg)
    }

    /// An unsigned decimal literal, if one starts here (a second sign is an error).
    pub fn unsigned_literal(&mut self) -> Result<Option<Number>> {
        let rest = self.rest();
        if rest.starts_with(['+', '-']) {
            return Err(self.error("expected a digit after the sign"));
        }
        let len = literal_len(rest);
        if len == 0 {
            return Ok(None);
        }
        let n = parse_literal(&rest[..len])?;
        self.pos += len;
        Ok(Some(n))
    }

    /// An optionally signed decimal literal, which must be there.
    pub fn signed_literal(&mut self) -> Result<Number> {
        let neg = self.sign().unwrap_or(false);
        match self.unsigned_literal() {
            Ok(Some(n)) => Ok(n.negated_if(neg)),
            Ok(None) | Err(FluxemError::Parse { .. }) => Err(self.error("expected a number")),
            Err(e) => Err(e),
        }
    }
}
