//! Chemical formula grammar (see docs/FORMAL_DEFINITION.md, FORMULA, for the full statement).
//!
//! ```text
//! formula   := part (SEP part)* charge?
//! part      := COEF? unit+                       COEF: ASCII digits, >= 1, multiplies the part
//! unit      := (SYMBOL | '(' unit+ ')' | '[' unit+ ']') COUNT?
//! COUNT     := ASCII digits | subscript digits ₀-₉ (>= 1, no leading zero)
//! SEP       := ' '* ('·' | '⋅' | '∙' | '•' | '*') ' '*  |  '.' or ':' followed by a digit
//! charge    := '^' (DIGITS? SIGN | SIGN DIGITS) | ' ' DIGITS? SIGN | SUPERDIGITS? ('⁺' | '⁻')
//!            | '[' (SIGN DIGITS? | DIGITS SIGN) ']'  bracketed (pyEQL: `NaSO4[-1]`), ASCII signs
//!            | SIGN [1-9]                          after one unit or a count (pyEQL: `Mg+2`, `SO4-2`),
//!                                                  or `+` after a two-letter symbol (`MgCl+2`)
//!            | SIGN+                               bare suffix; see `bare_charge` for digits
//! SIGN      := '+' | '-' | '−'
//! ```
//!
//! SYMBOL is an element symbol or `D`/`T` (deuterium, tritium); `element_formula_len`, the
//! segmenter's probe, reads element symbols only (a lone `D` or `T` in text is a label far more
//! often than an isotope; the segmenter finds listed deuterated formulas by its vocabulary).
//!
//! Element symbols are case-sensitive (`Co` is cobalt, `CO` is carbon + oxygen). Parsing is one
//! left-to-right pass that builds a token list, then one right-to-left pass that applies group
//! multipliers, so the cost is linear in the input; recursion is bounded by `MAX_DEPTH` and the
//! input by `MAX_FORMULA_CHARS`.

use super::composition::Formula;
use super::elements::{lookup, lookup_atom, ATOM_KINDS};
use crate::cursor::Cursor;
use crate::{FluxemError, Result};
use std::cell::Cell;

/// Why a parse failed, with what its message needs: the message (a `String`) is only formatted
/// when the error leaves `with_formula`. The segmenter's probe (`prefix_len`) discards every
/// error, and formatting one cost more than the short parse that found it.
#[derive(Debug, Clone, Copy)]
enum Fail {
    /// A fixed message at a char position.
    Text(&'static str, usize),
    Unexpected {
        c: char,
        at: usize,
    },
    LeadingZero {
        what: &'static str,
        at: usize,
    },
    TooManyDigits {
        what: &'static str,
        at: usize,
    },
    TooDeep {
        at: usize,
    },
    ClosedBy {
        c: char,
        at: usize,
        d: char,
        pos: usize,
    },
    ExpectedClose {
        close: char,
        c: char,
        at: usize,
        d: char,
        pos: usize,
    },
    Unclosed {
        c: char,
        at: usize,
        pos: usize,
    },
    UnknownSymbol {
        c: char,
        lower: Option<u8>,
        at: usize,
    },
}

impl From<Fail> for FluxemError {
    fn from(fail: Fail) -> FluxemError {
        match fail {
            Fail::Text(msg, at) => FluxemError::parse(msg, at),
            Fail::Unexpected { c, at } => {
                let msg = match c {
                    ')' | ']' => format!("unexpected {c:?} with no matching opening bracket"),
                    c if c.is_lowercase() => {
                        format!("unexpected lowercase {c:?}: element symbols start with a capital")
                    }
                    c if c.is_whitespace() => "unexpected whitespace".to_string(),
                    '.' => "unexpected '.': a '.' hydrate separator must be followed by a \
                            coefficient digit (CuSO4.5H2O)"
                        .to_string(),
                    c => format!("unexpected character {c:?}"),
                };
                FluxemError::parse(msg, at)
            }
            Fail::LeadingZero { what, at } => {
                FluxemError::parse(format!("{what} may not be zero or start with 0"), at)
            }
            Fail::TooManyDigits { what, at } => {
                FluxemError::parse(format!("{what} has more than {MAX_DIGITS} digits"), at)
            }
            Fail::TooDeep { at } => FluxemError::parse(
                format!("brackets nested deeper than {MAX_DEPTH} levels"),
                at,
            ),
            Fail::ClosedBy { c, at, d, pos } => {
                FluxemError::parse(format!("{c:?} at position {at} closed by {d:?}"), pos)
            }
            Fail::ExpectedClose {
                close,
                c,
                at,
                d,
                pos,
            } => FluxemError::parse(
                format!("expected {close:?} to close {c:?} at position {at}, found {d:?}"),
                pos,
            ),
            Fail::Unclosed { c, at, pos } => {
                FluxemError::parse(format!("unclosed {c:?} at position {at}"), pos)
            }
            Fail::UnknownSymbol { c, lower, at } => {
                let sym: String = std::iter::once(c).chain(lower.map(char::from)).collect();
                FluxemError::parse(format!("unknown element symbol {sym:?}"), at)
            }
        }
    }
}

/// The parser's own result: errors become `FluxemError`s only where they are shown.
type PResult<T> = std::result::Result<T, Fail>;

/// Deepest bracket nesting accepted.
pub const MAX_DEPTH: usize = 32;
/// Longest formula accepted, in chars (`formula_len` never looks further).
pub const MAX_FORMULA_CHARS: usize = 65_536;
/// Most digits in one count, coefficient or charge (anything longer is out of range anyway).
const MAX_DIGITS: usize = 18;

const HYDRATE_SEPARATORS: [char; 5] = ['·', '⋅', '∙', '•', '*'];

/// Parses the whole of `text` as one formula.
pub fn parse_formula(text: &str) -> Result<Formula> {
    with_formula(text, |f| Ok(f.clone()))
}

/// `use_formula` applied to the formula `text` parses to (`parse_formula`'s errors first). The
/// encoder reads the formula in place: returned through results, its 960 bytes of counts were
/// copied at every step (a sixth of an encode).
pub(crate) fn with_formula<R>(
    text: &str,
    use_formula: impl FnOnce(&Formula) -> Result<R>,
) -> Result<R> {
    if text.is_empty() {
        return Err(FluxemError::parse("empty formula", 0));
    }
    if text.chars().nth(MAX_FORMULA_CHARS).is_some() {
        return Err(FluxemError::parse(
            format!("formula longer than {MAX_FORMULA_CHARS} characters"),
            MAX_FORMULA_CHARS,
        ));
    }
    let mut p = Parser::new(text, true);
    let checkpoint = p.formula()?;
    if let Some(c) = p.peek() {
        return Err(p.unexpected(c).into());
    }
    p.evaluate(&checkpoint, use_formula)
}

/// Whether `text` is ASCII element symbols of Z <= 100, each with an optional count of one to
/// three digits that does not start with 0, with at most one level of parentheses around some
/// of them (a non-empty group with such a count), in at most 64 bytes (`H2O`, `CaCO3`,
/// `Ca(OH)2`, `(NH4)2SO4`): `with_formula` parses it whole, and it fits the FORMULA embedding
/// (no element of a shared dim, no charge, and fewer than 2^24 atoms: a symbol and its count
/// hold at most 999 atoms in 4 bytes, so 64 bytes with one group hold at most 999 * 250 * 59).
/// Lets the encoder accept the plain formulas the segmenter validates without parsing them;
/// any other text is left to the parser.
pub(crate) fn plain_within_capacity(text: &str) -> bool {
    let b = text.as_bytes();
    if b.is_empty() || b.len() > 64 {
        return false;
    }
    // (whether a group is open, whether it holds a symbol yet)
    let (mut open, mut filled) = (false, false);
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'(' if !open => {
                (open, filled) = (true, false);
                k += 1;
                continue;
            }
            // an unopened or empty group is an error to the parser
            b')' if open && filled => {
                open = false;
                k += 1;
            }
            _ => {
                // a symbol as `unit` reads it: a capital and, greedily, one lowercase letter
                let lower = b.get(k + 1).copied().filter(u8::is_ascii_lowercase);
                match lookup(b[k], lower) {
                    Some(z) if z <= 100 => filled = true,
                    _ => return false,
                }
                k += 1 + usize::from(lower.is_some());
            }
        }
        // its count, as `count` reads it (a 0 first is an error; longer counts go to the parser)
        let digits = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 3 || (digits > 0 && b[k] == b'0') {
            return false;
        }
        k += digits;
    }
    !open
}

/// Byte length of the longest prefix of `s` that is a complete formula by the grammar above (0
/// when none is). Linear in what it reads: the prefix plus the lookahead that ruled out a
/// continuation (a run of spaces, digits or signs), never more than `MAX_FORMULA_CHARS` chars.
/// A charge is only taken when the char after it is not alphanumeric, so "CO2-rich" gives 3
/// ("CO2") while "Cl- ion" gives 3 ("Cl-").
///
/// The prefix is syntactic only: "He said" gives 2 and "SO42-" gives 4 ("SO42", since the
/// charge is ambiguous); callers decide from context whether it is a chemical formula.
pub fn formula_len(s: &str) -> usize {
    prefix_len(s, true)
}

/// `formula_len` without `D` and `T`: what the segmenter probes text with.
pub fn element_formula_len(s: &str) -> usize {
    prefix_len(s, false)
}

fn prefix_len(s: &str, isotopes: bool) -> usize {
    if s.is_empty() {
        return 0;
    }
    let mut p = Parser::new(s, isotopes);
    match p.formula() {
        Ok(cp) => cp.byte,
        Err(_) => p.best.map_or(0, |cp| cp.byte),
    }
}

#[derive(Debug, Clone, Copy)]
enum Tok {
    Elem {
        z: u8,
        count: u64,
        part: usize,
        at: usize,
    },
    Open,
    Close {
        mult: u64,
        at: usize,
    },
}

/// A state at which the text read so far is a complete formula.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    byte: usize,
    toks: usize,
    parts: usize,
    charge: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DigitKind {
    Ascii,
    Subscript,
    Superscript,
}

fn digit_value(c: char, kind: DigitKind) -> Option<u64> {
    match kind {
        DigitKind::Ascii => c.to_digit(10).filter(|_| c.is_ascii_digit()).map(u64::from),
        DigitKind::Subscript => ('₀'..='₉')
            .contains(&c)
            .then(|| (c as u32 - '₀' as u32) as u64),
        DigitKind::Superscript => match c {
            '⁰' => Some(0),
            '¹' => Some(1),
            '²' => Some(2),
            '³' => Some(3),
            '⁴'..='⁹' => Some((c as u32 - '⁴' as u32 + 4) as u64),
            _ => None,
        },
    }
}

fn sign_of(c: char) -> Option<i64> {
    match c {
        '+' => Some(1),
        '-' | '−' => Some(-1),
        _ => None,
    }
}

/// A digit run as read: value, number of digits, char position of its first digit.
#[derive(Debug, Clone, Copy)]
struct Digits {
    value: u64,
    len: usize,
    at: usize,
}

/// A token whose count a bare charge reinterprets, and the count it keeps.
type Rewrite = Option<(usize, u64)>;

/// A parsed charge: (charge, cursor after it, the count it rewrites).
type ChargeSuffix<'a> = (i64, Cursor<'a>, Rewrite);

/// What the bare-charge rule needs to know about the last top-level unit.
#[derive(Debug, Clone, Copy)]
struct LastUnit {
    tok: usize,
    ascii_count: Option<Digits>,
}

struct Parser<'a> {
    cur: Cursor<'a>,
    toks: Vec<Tok>,
    coefs: Vec<u64>,
    depth: usize,
    /// Top-level units of the current part.
    part_units: usize,
    last: Option<LastUnit>,
    best: Option<Checkpoint>,
    /// Whether `D` and `T` are read as deuterium and tritium.
    isotopes: bool,
}

thread_local! {
    /// Token buffers kept between parses: the segmenter probes many short formulas, and
    /// allocating two vectors for each cost more than parsing it.
    static BUFFERS: Cell<(Vec<Tok>, Vec<u64>)> = const { Cell::new((Vec::new(), Vec::new())) };
}

/// Buffers that grew beyond this many tokens (one huge formula) are dropped, not kept.
const KEEP_TOKENS: usize = 4096;

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        if self.toks.capacity() <= KEEP_TOKENS {
            BUFFERS.set((
                std::mem::take(&mut self.toks),
                std::mem::take(&mut self.coefs),
            ));
        }
    }
}

impl<'a> Parser<'a> {
    fn new(s: &'a str, isotopes: bool) -> Parser<'a> {
        let (mut toks, mut coefs) = BUFFERS.take();
        toks.clear();
        coefs.clear();
        Parser {
            cur: Cursor::new(s),
            toks,
            coefs,
            depth: 0,
            part_units: 0,
            last: None,
            best: None,
            isotopes,
        }
    }

    /// The next char, or None at the end or after `MAX_FORMULA_CHARS` chars (the formula
    /// reads no further).
    fn peek(&self) -> Option<char> {
        if self.cur.char_pos() >= MAX_FORMULA_CHARS {
            return None;
        }
        self.cur.peek()
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.cur.bump();
        }
    }

    fn unexpected(&self, c: char) -> Fail {
        Fail::Unexpected {
            c,
            at: self.cur.char_pos(),
        }
    }

    /// Reads a run of digits of one kind; None when there is none.
    fn digits(&mut self, kind: DigitKind, what: &'static str) -> PResult<Option<Digits>> {
        let at = self.cur.char_pos();
        let mut value: u64 = 0;
        let mut len = 0;
        while let Some(d) = self.peek().and_then(|c| digit_value(c, kind)) {
            if len == 0 && d == 0 {
                return Err(Fail::LeadingZero { what, at });
            }
            len += 1;
            if len > MAX_DIGITS {
                return Err(Fail::TooManyDigits { what, at });
            }
            value = value * 10 + d;
            self.cur.bump();
        }
        Ok((len > 0).then_some(Digits { value, len, at }))
    }

    /// A count after a symbol or group (ASCII or subscript digits), with whether it was ASCII.
    fn count(&mut self) -> PResult<(Option<Digits>, bool)> {
        match self.peek() {
            Some(c) if c.is_ascii_digit() => Ok((self.digits(DigitKind::Ascii, "a count")?, true)),
            Some(c) if digit_value(c, DigitKind::Subscript).is_some() => {
                Ok((self.digits(DigitKind::Subscript, "a count")?, false))
            }
            _ => Ok((None, false)),
        }
    }

    fn checkpoint(&self, charge: i64) -> Checkpoint {
        Checkpoint {
            byte: self.cur.pos(),
            toks: self.toks.len(),
            parts: self.coefs.len(),
            charge,
        }
    }

    /// Parses the longest formula it can; returns the final checkpoint. On error, `best` holds
    /// the last complete prefix.
    fn formula(&mut self) -> PResult<Checkpoint> {
        loop {
            let coef = self.digits(DigitKind::Ascii, "a coefficient")?;
            self.coefs.push(coef.map_or(1, |d| d.value));
            let part = self.coefs.len() - 1;
            self.part_units = 0;
            while let Some(c) = self.peek() {
                // a bracketed charge (`NaSO4[-1]`) ends the formula's units
                if !(c.is_ascii_uppercase() || c == '(' || c == '[')
                    || (c == '[' && self.at_bracket_charge())
                {
                    break;
                }
                self.unit(part)?;
                self.part_units += 1;
                self.best = Some(self.checkpoint(0));
            }
            if self.part_units == 0 {
                return Err(match self.peek() {
                    Some(c) if !c.is_ascii_digit() => self.unexpected(c),
                    _ => Fail::Text(
                        "expected an element symbol or '(' / '['",
                        self.cur.char_pos(),
                    ),
                });
            }
            if !self.separator() {
                break;
            }
        }
        if let Some((charge, end, rewrite)) = self.charge()? {
            if let Some((tok, kept)) = rewrite {
                match &mut self.toks[tok] {
                    Tok::Elem { count, .. } => *count = kept,
                    Tok::Close { mult, .. } => *mult = kept,
                    Tok::Open => {}
                }
            }
            self.cur = end;
            let cp = self.checkpoint(charge);
            self.best = Some(cp);
        }
        Ok(self
            .best
            .expect("a formula with at least one unit has a checkpoint"))
    }

    fn unit(&mut self, part: usize) -> PResult<()> {
        let at = self.cur.char_pos();
        let Some(c) = self.peek() else {
            return Err(Fail::Text("unexpected end of formula", at));
        };
        if c == '(' || c == '[' {
            if self.depth >= MAX_DEPTH {
                return Err(Fail::TooDeep { at });
            }
            let close = if c == '(' { ')' } else { ']' };
            self.cur.bump();
            self.toks.push(Tok::Open);
            self.depth += 1;
            let mut inner = 0;
            while let Some(c) = self.peek() {
                if !(c.is_ascii_uppercase() || c == '(' || c == '[') {
                    break;
                }
                self.unit(part)?;
                inner += 1;
            }
            self.depth -= 1;
            match self.peek() {
                Some(d) if d == close && inner == 0 => {
                    return Err(Fail::Text("empty group", at));
                }
                Some(d) if d == close => self.cur.bump(),
                Some(d @ (')' | ']')) => {
                    return Err(Fail::ClosedBy {
                        c,
                        at,
                        d,
                        pos: self.cur.char_pos(),
                    });
                }
                Some(d) => {
                    return Err(Fail::ExpectedClose {
                        close,
                        c,
                        at,
                        d,
                        pos: self.cur.char_pos(),
                    });
                }
                None => {
                    return Err(Fail::Unclosed {
                        c,
                        at,
                        pos: self.cur.char_pos(),
                    });
                }
            }
            let (count, ascii) = self.count()?;
            let tok = self.toks.len();
            self.toks.push(Tok::Close {
                mult: count.map_or(1, |d| d.value),
                at,
            });
            self.last = Some(LastUnit {
                tok,
                ascii_count: count.filter(|_| ascii),
            });
            return Ok(());
        }
        // An element symbol: a capital and an optional lowercase letter.
        self.cur.bump();
        let mut lower = None;
        if let Some(l) = self.peek().filter(char::is_ascii_lowercase) {
            lower = Some(l as u8);
            self.cur.bump();
        }
        let id = if self.isotopes {
            lookup_atom(c as u8, lower)
        } else {
            lookup(c as u8, lower)
        };
        let Some(z) = id else {
            return Err(Fail::UnknownSymbol { c, lower, at });
        };
        let (count, ascii) = self.count()?;
        let tok = self.toks.len();
        self.toks.push(Tok::Elem {
            z,
            count: count.map_or(1, |d| d.value),
            part,
            at,
        });
        self.last = Some(LastUnit {
            tok,
            ascii_count: count.filter(|_| ascii),
        });
        Ok(())
    }

    /// Moves past a hydrate separator and the spaces around it, if one is next; returns
    /// whether it did (otherwise the cursor stays).
    fn separator(&mut self) -> bool {
        // `.` and `:` glued before a coefficient (`CuSO4.5H2O`, `MgNH4PO4:6H2O`); a full stop
        // or a colon before a word or a space is punctuation
        if matches!(self.peek(), Some('.' | ':')) {
            let digit_after = self.cur.peek_second().is_some_and(|c| c.is_ascii_digit());
            if digit_after {
                self.cur.bump();
            }
            return digit_after;
        }
        let start = self.cur;
        self.skip_spaces();
        if self.peek().is_some_and(|c| HYDRATE_SEPARATORS.contains(&c)) {
            self.cur.bump();
            self.skip_spaces();
            return true;
        }
        self.cur = start;
        false
    }

    /// A charge suffix: (charge, cursor after it, token whose count the bare rule resets to 1).
    /// `Ok(None)` when there is none here or it runs into an alphanumeric char ("CO2-rich").
    fn charge(&mut self) -> PResult<Option<ChargeSuffix<'a>>> {
        let start = self.cur;
        let found = self.charge_suffix();
        let end = self.cur;
        let glued = self.peek().is_some_and(char::is_alphanumeric);
        self.cur = start;
        let Some((magnitude, sign, rewrite)) = found? else {
            return Ok(None);
        };
        if glued {
            return Ok(None);
        }
        // A coefficient before a single-part formula multiplies the whole species: 2Fe3+.
        let factor = if self.coefs.len() == 1 {
            self.coefs[0]
        } else {
            1
        };
        let charge = magnitude
            .checked_mul(factor)
            .and_then(|m| i64::try_from(m).ok())
            .ok_or_else(|| Fail::Text("charge out of range", start.char_pos()))?;
        Ok(Some((sign * charge, end, rewrite)))
    }

    /// Reads a charge at the cursor: (magnitude, sign, the count it rewrites), or None if none
    /// starts.
    fn charge_suffix(&mut self) -> PResult<Option<(u64, i64, Rewrite)>> {
        let Some(first) = self.peek() else {
            return Ok(None);
        };
        let value = |d: Option<Digits>| d.map_or(1, |d| d.value);
        if first == '^' {
            self.cur.bump();
            let before = self.digits(DigitKind::Ascii, "a charge")?;
            let sign = self.sign().ok_or_else(|| {
                Fail::Text("expected '+' or '-' in the charge", self.cur.char_pos())
            })?;
            let after = match before {
                None => self.digits(DigitKind::Ascii, "a charge")?,
                Some(_) => None,
            };
            return Ok(Some((value(before.or(after)), sign, None)));
        }
        if first == '[' {
            // `NaSO4[-1]`, `Fe2(OH)2[+4]`, `Mg[2+]` (pyEQL's notation): sign and magnitude in
            // either order, then `]`
            if !self.at_bracket_charge() {
                return Ok(None);
            }
            self.cur.bump();
            let before = self.digits(DigitKind::Ascii, "a charge")?;
            let sign = self.sign().unwrap_or(1); // at_bracket_charge saw one
            let after = match before {
                None => self.digits(DigitKind::Ascii, "a charge")?,
                Some(_) => None,
            };
            self.cur.bump(); // the `]` (at_bracket_charge saw it)
            return Ok(Some((value(before.or(after)), sign, None)));
        }
        if first == ' ' {
            self.cur.bump();
            let d = self.digits(DigitKind::Ascii, "a charge")?;
            return Ok(self.sign().map(|sign| (value(d), sign, None)));
        }
        if digit_value(first, DigitKind::Superscript).is_some() || matches!(first, '⁺' | '⁻') {
            let d = self.digits(DigitKind::Superscript, "a charge")?;
            let sign = match self.peek() {
                Some('⁺') => 1,
                Some('⁻') => -1,
                _ => {
                    return Err(Fail::Text(
                        "expected '⁺' or '⁻' after a superscript charge",
                        self.cur.char_pos(),
                    ))
                }
            };
            self.cur.bump();
            return Ok(Some((value(d), sign, None)));
        }
        let Some(sign) = sign_of(first) else {
            return Ok(None);
        };
        let written = &self.cur.text()[..self.cur.pos()];
        let mut n = 0u64;
        while self.peek().and_then(sign_of) == Some(sign) {
            self.cur.bump();
            n += 1;
        }
        // `Mg+2`, `SO4-2` (pyEQL, PHREEQC): the sign, then one digit 1-9, after one unit or a
        // counted one (`HIV-1`, `CO2-10` are labels), or a `+` after a formula with a symbol of
        // two letters (`MgCl+2`, `FeSCN+2`: labels take a hyphen, acronyms are capitals)
        let rest = self.cur.rest().as_bytes();
        let ion = self.part_units == 1
            || self.last.is_some_and(|l| l.ascii_count.is_some())
            || (sign > 0 && written.bytes().any(|c| c.is_ascii_lowercase()));
        if let (1, true, [d @ b'1'..=b'9', after @ ..]) = (n, ion, rest) {
            if !after.first().is_some_and(u8::is_ascii_digit) {
                self.cur.bump();
                return Ok(Some((u64::from(d - b'0'), sign, None)));
            }
        }
        let (magnitude, rewrite) = self.bare_charge(n)?;
        Ok(Some((magnitude, sign, rewrite)))
    }

    /// Whether the cursor is at a bracketed charge: `[` SIGN DIGITS? `]` or `[` DIGITS SIGN `]`
    /// (ASCII signs; a group `[Fe(CN)6]` starts with a symbol, a citation `[2]` has no sign).
    fn at_bracket_charge(&self) -> bool {
        let b = self.cur.rest().as_bytes();
        let digits = |from: usize| {
            b[from.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        match b {
            [b'[', b'+' | b'-', ..] => b.get(2 + digits(2)) == Some(&b']'),
            [b'[', d, ..] if d.is_ascii_digit() => {
                let k = 1 + digits(1);
                matches!(b.get(k), Some(b'+' | b'-')) && b.get(k + 1) == Some(&b']')
            }
            _ => false,
        }
    }

    fn sign(&mut self) -> Option<i64> {
        let sign = self.peek().and_then(sign_of)?;
        self.cur.bump();
        Some(sign)
    }

    /// Magnitude of a bare suffix of `n` equal signs directly after the last unit, and the token
    /// whose count is reinterpreted (with the count it keeps). With one sign and a single ASCII
    /// digit before it, the digit is the charge when the formula is one unit ("Fe3+",
    /// "[Fe(CN)6]4-") and the count otherwise ("NH4+"). Two digits on a last `O` of a formula of
    /// two units or more, the first 2-7 and the second 1-4, are an oxyanion's count and charge
    /// ("SO42-", "PO43-", "HPO42-", "Cr2O72-": no ion has 42 oxygens and one charge). Other
    /// runs of two or more digits before one sign ("C84-", "Fe12-") are ambiguous.
    fn bare_charge(&self, n: u64) -> PResult<(u64, Rewrite)> {
        let Some(last) = self.last else {
            return Ok((n, None));
        };
        let oxygen = matches!(self.toks[last.tok], Tok::Elem { z: 8, .. });
        match last.ascii_count {
            Some(d)
                if n == 1
                    && d.len == 2
                    && oxygen
                    && self.part_units >= 2
                    && (2..=7).contains(&(d.value / 10))
                    && (1..=4).contains(&(d.value % 10)) =>
            {
                Ok((d.value % 10, Some((last.tok, d.value / 10))))
            }
            Some(d) if n == 1 && d.len >= 2 => Err(Fail::Text(
                "ambiguous charge: digits directly before a sign could be a count or the \
                 charge; write the charge apart: C60^-, Hg2 2+ or Hg₂²⁺",
                d.at,
            )),
            Some(d) if n == 1 && self.coefs.len() == 1 && self.part_units == 1 => {
                Ok((d.value, Some((last.tok, 1))))
            }
            _ => Ok((n, None)),
        }
    }

    /// Applies coefficients and group multipliers right to left (linear time), then hands the
    /// formula to `use_formula` (by reference: it is never moved).
    fn evaluate<R>(
        &self,
        cp: &Checkpoint,
        use_formula: impl FnOnce(&Formula) -> Result<R>,
    ) -> Result<R> {
        let mut counts = [0u64; ATOM_KINDS];
        let mut present = 0u128; // the kinds with a count, as they are counted
                                 // Multiplier of each open group level; depth <= MAX_DEPTH by construction.
        let mut stack = [1u64; MAX_DEPTH + 1];
        let mut depth = 0;
        let overflow = |at: usize| FluxemError::parse("count out of range (overflows 2^64)", at);
        for tok in self.toks[..cp.toks].iter().rev() {
            match *tok {
                Tok::Close { mult, at } => {
                    stack[depth + 1] =
                        stack[depth].checked_mul(mult).ok_or_else(|| overflow(at))?;
                    depth += 1;
                }
                Tok::Open => depth -= 1,
                Tok::Elem { z, count, part, at } => {
                    let n = count
                        .checked_mul(stack[depth])
                        .and_then(|n| n.checked_mul(self.coefs[..cp.parts][part]))
                        .ok_or_else(|| overflow(at))?;
                    let slot = &mut counts[z as usize - 1];
                    *slot = slot.checked_add(n).ok_or_else(|| overflow(at))?;
                    present |= u128::from(*slot != 0) << (z - 1);
                }
            }
        }
        use_formula(&Formula::with_present(counts, cp.charge, present))
    }
}
