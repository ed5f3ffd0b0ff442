//! Where a unit ends: a syntactic reading of the QUANTITY unit grammar.
//!
//! The QUANTITY parser's own `unit_len` computes exact unit factors (rational arithmetic) while
//! it reads, about a microsecond per number in running text; the segmenter only needs the
//! length, and the encoder re-parses every candidate anyway. So this reads the same grammar
//! (see `domains::quantity::unit_expr`) over the same atom spellings
//! (`quantity::all_atoms()`, ambiguous spellings excluded) without computing anything:
//!
//! ```text
//! unit    := term (op term)*         op: · ⋅ * / (spaces allowed around), '.', or a space
//!                                    (a space joins only a factor with an explicit power)
//! term    := '√'? primary power?
//! primary := atom | '(' unit ')'
//! power   := ('^' | '**') exponent | superscripts
//! ```
//! A product after a quotient (`J/kg·K`) is ambiguous and gives no unit, as in the parser.
//! Reads at most the text it is given (callers pass a few dozen bytes).

use crate::cursor::char_at;
use crate::domains::quantity::{all_atoms, is_hspace, is_unit_char};
use crate::fnv::FnvBuild;
use std::collections::HashSet;
use std::sync::OnceLock;

const MAX_DEPTH: usize = 8;
const MAX_ATOM_CHARS: usize = 40;

type AtomSet = HashSet<Box<[u8]>, FnvBuild>;

fn atoms() -> &'static AtomSet {
    static ATOMS: OnceLock<AtomSet> = OnceLock::new();
    ATOMS.get_or_init(|| {
        all_atoms()
            .into_iter()
            .map(|(a, _)| a.into_bytes().into_boxed_slice())
            .collect()
    })
}

struct Reader<'a> {
    s: &'a str,
    pos: usize,
    depth: usize,
    /// A product after a quotient: no unit length at all.
    fatal: bool,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        char_at(self.s, self.pos)
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    fn skip_hspace(&mut self) -> bool {
        let start = self.pos;
        while let Some(c) = self.peek().filter(|c| is_hspace(*c)) {
            self.pos += c.len_utf8();
        }
        self.pos > start
    }

    fn unit(&mut self) -> bool {
        if self.term().is_none() {
            return false;
        }
        let mut after_div = false;
        loop {
            let save = self.pos;
            let spaced = self.skip_hspace();
            let (div, space_mul) = match self.peek() {
                Some('\u{b7}' | '\u{22c5}') | Some('*')
                    if self.s[self.pos..].get(..2) != Some("**") =>
                {
                    self.bump();
                    self.skip_hspace();
                    (false, false)
                }
                Some('/') => {
                    self.bump();
                    self.skip_hspace();
                    (true, false)
                }
                Some('.') if !spaced => {
                    self.bump();
                    (false, false)
                }
                Some(c) if spaced && (is_unit_char(c) || c == '(' || c == '\u{221a}') => {
                    if self.unpowered_ascii_word() {
                        // a space joins only a factor with a power, and whatever this word
                        // is, it has none: the unit ends before the space (as `term` would
                        // decide after looking the word up)
                        self.pos = save;
                        return true;
                    }
                    (false, true)
                }
                _ => {
                    self.pos = save;
                    return true;
                }
            };
            let next = self.term();
            if !div && after_div {
                // a product after '/': ambiguous when a factor really follows
                if next.is_some_and(|powered| !space_mul || powered) {
                    self.fatal = true;
                    return false;
                }
                self.pos = save;
                return true;
            }
            match next {
                Some(false) if space_mul => {
                    self.pos = save;
                    return true;
                }
                Some(_) => after_div |= div,
                None => {
                    if self.fatal {
                        return false;
                    }
                    self.pos = save;
                    return true;
                }
            }
        }
    }

    /// Whether an ASCII word (letters, `%`) starts here and no power follows it: as a
    /// space-joined factor it ends the unit whether or not it is an atom.
    fn unpowered_ascii_word(&self) -> bool {
        let b = self.s.as_bytes();
        let mut j = self.pos;
        while j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == b'%') {
            j += 1;
        }
        j > self.pos && b.get(j).is_none_or(|&c| c < 0x80 && c != b'^' && c != b'*')
    }

    /// `term := '√'? primary power?`; Some(powered) when it reads.
    fn term(&mut self) -> Option<bool> {
        let sqrt = self.peek() == Some('\u{221a}');
        if sqrt {
            self.bump();
        }
        if !self.primary() {
            return None;
        }
        let powered = self.power()?;
        if sqrt && powered {
            self.fatal = true;
            return None;
        }
        Some(sqrt || powered)
    }

    fn primary(&mut self) -> bool {
        match self.peek() {
            Some('(') => {
                if self.depth >= MAX_DEPTH {
                    return false;
                }
                self.bump();
                self.depth += 1;
                self.skip_hspace();
                let ok = self.unit();
                self.skip_hspace();
                self.depth -= 1;
                if !ok || self.peek() != Some(')') {
                    return false;
                }
                self.bump();
                true
            }
            Some(c) if is_unit_char(c) => self.atom(),
            _ => false,
        }
    }

    fn atom(&mut self) -> bool {
        let start = self.pos;
        let b = self.s.as_bytes();
        let mut chars = 0;
        while self.pos < b.len() {
            // ASCII unit chars (letters, `%`) byte by byte; others decoded
            let c = b[self.pos];
            let len = if c < 0x80 {
                if !(c.is_ascii_alphabetic() || c == b'%') {
                    break;
                }
                1
            } else {
                match self.peek().filter(|c| is_unit_char(*c)) {
                    Some(ch) => ch.len_utf8(),
                    None => break,
                }
            };
            chars += 1;
            if chars > MAX_ATOM_CHARS {
                return false;
            }
            self.pos += len;
        }
        let text = &self.s[start..self.pos];
        if text == "\u{b0}" {
            // `° C` (a space inside °C) is ambiguous in the parser
            let rest = self.s[self.pos..].trim_start_matches(is_hspace);
            let mut it = rest.chars();
            if let (Some('C' | 'F'), next) = (it.next(), it.next()) {
                if !next.is_some_and(is_unit_char) && rest.len() < self.s.len() - self.pos {
                    self.fatal = true;
                    return false;
                }
            }
        }
        atoms().contains(text.as_bytes())
    }

    /// Some(true) after a power, Some(false) with none, None for a malformed power.
    fn power(&mut self) -> Option<bool> {
        let rest = &self.s[self.pos..];
        if rest.starts_with('^') || rest.starts_with("**") {
            self.pos += if rest.starts_with('^') { 1 } else { 2 };
            return self.exponent().then_some(true);
        }
        let mut any = false;
        while let Some(c) = self.peek().filter(|&c| is_superscript(c)) {
            self.pos += c.len_utf8();
            any = true;
        }
        Some(any)
    }

    fn digits(&mut self) -> bool {
        let start = self.pos;
        while self
            .s
            .as_bytes()
            .get(self.pos)
            .is_some_and(u8::is_ascii_digit)
        {
            self.pos += 1;
        }
        self.pos > start
    }

    fn number(&mut self) -> bool {
        if matches!(self.peek(), Some('-' | '+' | '\u{2212}')) {
            self.bump();
        }
        if !self.digits() {
            return false;
        }
        // a '.' belongs to the exponent only when a digit follows ("m^2." ends a sentence)
        let after_dot = self.s.as_bytes().get(self.pos + 1);
        if self.peek() == Some('.') && after_dot.is_some_and(u8::is_ascii_digit) {
            self.bump();
            return self.digits();
        }
        true
    }

    fn exponent(&mut self) -> bool {
        if self.peek() == Some('(') {
            self.bump();
            if !self.number() {
                return false;
            }
            if self.peek() == Some('/') {
                self.bump();
                if !self.digits() {
                    return false;
                }
            }
            if self.peek() != Some(')') {
                return false;
            }
            self.bump();
            return true;
        }
        self.number()
    }
}

fn is_superscript(c: char) -> bool {
    matches!(
        c,
        '\u{207b}' | '\u{207a}' | '\u{2070}' | '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2074}'
            ..='\u{2079}'
    )
}

/// Byte length of the longest unit expression at the start of `s`, 0 if none (also when the
/// unit runs into a letter or digit: `m2`, `kmh`).
pub fn unit_len(s: &str) -> usize {
    let first = s.as_bytes().first().copied().unwrap_or(b' ');
    // fast exit: units start with a letter, `°`, `µ`, `Ω`, `Å`, `%`, `(` or `√`
    if !(first.is_ascii_alphabetic() || first >= 0x80 || first == b'%' || first == b'(') {
        return 0;
    }
    let mut r = Reader {
        s,
        pos: 0,
        depth: 0,
        fatal: false,
    };
    if !r.unit() || r.fatal || r.pos == 0 {
        return 0;
    }
    match s[r.pos..].chars().next() {
        Some(c) if c.is_alphanumeric() || is_unit_char(c) || is_superscript(c) => 0,
        _ => r.pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domains::quantity;

    #[test]
    fn agrees_with_the_quantity_parser() {
        for s in [
            "m",
            "m/s^2 down",
            "kg·m²",
            "J/(mol·K)",
            "°C at noon",
            "µm.",
            "m^2. Then",
            "cm^3.",
            "kPa",
            "mol of",
            "samples",
            "m s^-2 ok",
            "J/kg·K",
            "km/h,",
            "Ω and",
            "mW at 633",
            "kg m^2 at",
            "N·m per",
            "g/cm^3 at",
            "%",
            "m2",
            "kmh",
            "° C",
            "L/min at",
            "hours of",
            "pt",
            "mm Hg",
            "m/s/s",
            "eV.",
            "(m/s)^2 x",
            "√Hz noise",
            "kWh and",
        ] {
            let theirs = quantity::unit_len(s).unwrap_or(0);
            let ours = unit_len(s);
            // ours may read on where theirs gave up on a later ambiguous word
            assert!(
                ours == theirs || theirs == 0,
                "{s:?}: ours {ours}, theirs {theirs}"
            );
        }
        assert_eq!(unit_len("mW at 633"), 2);
        assert_eq!(unit_len("kg m^2 at rest"), 6);
        assert_eq!(unit_len("samples"), 0);
        assert_eq!(unit_len("J/kg·K"), 0);
    }
}
