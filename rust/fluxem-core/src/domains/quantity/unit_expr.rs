//! The unit grammar: one recursive-descent reader with two readings. `parse_unit` (the
//! encoder) reads a whole text and computes the unit's exact factor and dimensions as it goes;
//! `unit_len` (the segmenter's probe) finds where the longest unit at the start of a text ends
//! and computes nothing (no rationals, no error messages).
//!
//! ```text
//! unit    := term (op term)*                 left to right: J/kg/K = J/(kg·K)
//! op      := '·' | '⋅' | '*' | '.' | space | '/'   (spaces allowed around · ⋅ * /)
//! term    := '√'? primary power?             √ applies to the primary (√m² is refused)
//! primary := atom | '(' unit ')'
//! atom    := a run of letters, µ μ Ω Ω Å Å ° ℓ ℃ ℉ % resolved by `units::lookup`
//! power   := ('^' | '**') exponent | superscripts (⁻¹, ², ³ ...) | bare
//! bare    := ('-' | '−')? digit            right after an atom: m2, cm3, m-2, s-1, K-1, s−1
//! exponent:= sign? digits ('.' digits)? | '(' sign? digits ('.' digits)? ('/' digits)? ')'
//! ```
//! A bare exponent (`W/m2`, `W m-2`, `J K-1 mol-1`: how data sheets and journals write units
//! in plain text) is one digit 2-4, or `-` and a digit 1-4, glued to an atom and followed by
//! no digit, letter or decimal point. A positive one is not read after an element symbol
//! (`N2`, `H2`, `C2` are formulas, not N², H², C²), and a negative one not before the same
//! atom again (`2 s-3 s` is a range); only letters take one (`3%2` is a remainder).
//! A product after a quotient (`J/kg·K`, `W/m K`) is refused as ambiguous (ISO 80000-1 asks
//! for parentheses): write `J/(kg·K)` or `J·K/kg`. Exponents must be integers or halves
//! (others are an EncodeError). An affine temperature (°C, °F) keeps its offset only as the
//! whole unit; inside a compound unit it is a temperature interval (factor 1 or 5/9).
//!
//! The extent reading stops before anything that does not continue the unit; a space joins
//! factors only when the next factor has an explicit power (a space-joined word without one
//! ends the unit unread), except inside a denominator's parentheses, whose `)` bounds the
//! product (`J/(mol K)`, `W/(m K)`; not `(in Hz)` alone); an ambiguity (`J/kg·K`, `° C`, `√m²`) gives no extent at all, while
//! an ambiguous or unknown atom (`m/kt`) only ends the unit before it. It checks the syntax
//! of powers, not their values (`m^0.25` extends the unit; the encoder then refuses it), and
//! reads a parenthesised exponent without spaces inside (`m^(1/2)`).
//!
//! Bounded: at most `MAX_TERMS` atoms, `MAX_DEPTH` nested parentheses, `MAX_ATOM_CHARS` per
//! atom and `MAX_POWER` per exponent, so every input is read in linear time.

use super::dims::Dims;
use super::factor::Factor;
use super::levels::{self, Level};
use super::units::{self, Resolved};
use crate::cursor::Cursor;
use crate::{FluxemError, Result};
use num_rational::BigRational;

pub const MAX_TERMS: usize = 64;
pub const MAX_DEPTH: usize = 8;
pub const MAX_ATOM_CHARS: usize = 40;
/// Largest |exponent| written on one factor.
pub const MAX_POWER: i64 = 64;
const MAX_EXP_DIGITS: usize = 6;

/// A parsed unit: its exact factor to SI base units, its dimensions, and for a lone affine
/// temperature unit the offset (kelvin = value * factor + offset).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The exact factor to SI base units.
    pub factor: Factor,
    /// The dimension exponents.
    pub dims: Dims,
    /// For a lone affine temperature unit (°C, °F): kelvin = value * factor + offset.
    pub offset: Option<BigRational>,
    /// For a lone logarithmic level unit (dB, dBm, dBW, dBA): which one (see `levels`).
    pub level: Option<&'static Level>,
}

impl Unit {
    /// The dimensionless unit 1 (what an empty unit text parses to).
    pub fn one() -> Unit {
        Unit {
            factor: Factor::one(),
            dims: Dims::default(),
            offset: None,
            level: None,
        }
    }

    fn combine(&self, other: &Unit, sign: i64) -> Result<Unit> {
        Ok(Unit {
            factor: self.factor.mul(&other.factor, sign)?,
            dims: self.dims.combine(&other.dims, sign)?,
            offset: None,
            level: None,
        })
    }

    fn pow_half(&self, n2: i64) -> Result<Unit> {
        Ok(Unit {
            factor: self.factor.pow_half(n2)?,
            dims: self.dims.pow_half(n2)?,
            offset: None,
            level: None,
        })
    }
}

/// Characters that may appear in a unit atom.
pub fn is_unit_char(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(
            c,
            '\u{b5}' // µ micro sign
                | '\u{3bc}' // μ Greek mu
                | '\u{2126}' // Ω ohm sign
                | '\u{3a9}' // Ω Greek capital omega
                | '\u{c5}' // Å
                | '\u{212b}' // Å angstrom sign
                | '°'
                | '\u{2113}' // ℓ
                | '\u{2103}' // ℃
                | '\u{2109}' // ℉
                | '%'
                | '\u{2030}' // ‰ per mille
        )
}

/// Horizontal spaces accepted between tokens: space, tab, no-break space, thin space, narrow
/// no-break space (the SI style "25 °C").
pub fn is_hspace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// The value of a superscript digit (`⁰`..`⁹`), None for any other char.
pub(crate) fn superscript_digit(c: char) -> Option<i64> {
    Some(match c {
        '⁰' => 0,
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁴' => 4,
        '⁵' => 5,
        '⁶' => 6,
        '⁷' => 7,
        '⁸' => 8,
        '⁹' => 9,
        _ => return None,
    })
}

fn is_superscript(c: char) -> bool {
    c == '⁻' || c == '⁺' || superscript_digit(c).is_some()
}

/// A bare exponent at the start of `rest`, right after the atom `atom` (`m2`, `m-2`): its
/// value and length in bytes (module docs: the digits, signs and atoms it is read after).
fn bare_exponent(atom: &str, rest: &str) -> Option<(i64, usize)> {
    let b = rest.as_bytes();
    // the minus as ASCII or as typeset text writes it (U+2212: `mL−1`, `s−2`)
    let k = if b.first() == Some(&b'-') {
        1
    } else if rest.starts_with('\u{2212}') {
        '\u{2212}'.len_utf8()
    } else {
        0
    };
    if (k == 0 && !matches!(b.first(), Some(b'2'..=b'4'))) || !atom.chars().all(char::is_alphabetic)
    {
        return None; // `3%2` is a remainder, `°2` nothing
    }
    let neg = k > 0;
    let d = *b.get(k)?;
    let ok = if neg {
        (b'1'..=b'4').contains(&d)
    } else {
        (b'2'..=b'4').contains(&d) && crate::domains::formula::lookup_atom_symbol(atom).is_none()
    };
    let after = b.get(k + 1).copied();
    let glued = after.is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80)
        || (after == Some(b'.') && b.get(k + 2).is_some_and(u8::is_ascii_digit));
    if !ok || glued {
        return None;
    }
    if neg {
        // `2 s-3 s`: a range of the same unit, not s⁻³
        let next = rest[k + 1..].trim_start_matches(is_hspace);
        if next.len() < rest.len() - k - 1
            && next.starts_with(atom)
            && !next[atom.len()..].starts_with(|c: char| c.is_alphanumeric() || is_unit_char(c))
        {
            return None;
        }
    }
    let v = i64::from(d - b'0');
    Some((if neg { -v } else { v }, k + 1))
}

/// An ASCII byte of a unit atom: a letter or `%`. One compare for both cases of a letter
/// (`| 0x20` maps `A-Z` onto `a-z` and no other byte into it); the atom and word scans after
/// every number test each of their bytes with it.
#[inline(always)]
fn is_ascii_atom_byte(c: u8) -> bool {
    (c | 0x20).wrapping_sub(b'a') < 26 || c == b'%'
}

/// Whether `rest` starts with an ASCII word (letters, `%`) that no power follows.
fn unpowered_ascii_word(rest: &str) -> bool {
    let b = rest.as_bytes();
    let j = b.iter().take_while(|&&c| is_ascii_atom_byte(c)).count();
    match b.get(j) {
        _ if j == 0 => false,
        None => true,
        Some(&c) if c >= 0x80 || c == b'^' || c == b'*' => false,
        // only these can start a bare exponent (the rest fail its first test)
        Some(b'-' | b'2'..=b'4') => bare_exponent(&rest[..j], &rest[j..]).is_none(),
        Some(_) => true,
    }
}

/// What a reading computes.
trait Reading {
    type Value;
    /// Why a read failed: the error for the exact reading; nothing for the extent reading,
    /// which builds no messages (it fails on most words after a number).
    type Error;
    /// Find the longest unit at the start (the extent) instead of reading the whole text.
    const LONGEST: bool;
    fn fail(error: impl FnOnce() -> FluxemError) -> Self::Error;
    fn atom(r: Resolved) -> Self::Value;
    fn combine(a: Self::Value, b: Self::Value, sign: i64) -> Read<Self::Value, Self>;
    fn pow_half(v: Self::Value, n2: i64) -> Read<Self::Value, Self>;
}

type Read<T, R> = std::result::Result<T, <R as Reading>::Error>;

/// The encoder's reading: the whole text is a unit, computed exactly.
struct Exact;

impl Reading for Exact {
    type Value = Unit;
    type Error = FluxemError;
    const LONGEST: bool = false;
    fn fail(error: impl FnOnce() -> FluxemError) -> FluxemError {
        error()
    }
    fn atom(r: Resolved) -> Unit {
        unit_of(r)
    }
    fn combine(a: Unit, b: Unit, sign: i64) -> Result<Unit> {
        a.combine(&b, sign)
    }
    fn pow_half(v: Unit, n2: i64) -> Result<Unit> {
        v.pow_half(n2)
    }
}

/// The segmenter's reading: only where the unit ends.
struct Extent;

impl Reading for Extent {
    type Value = ();
    type Error = ();
    const LONGEST: bool = true;
    fn fail(_: impl FnOnce() -> FluxemError) {}
    fn atom(_: Resolved) {}
    fn combine(_: (), _: (), _: i64) -> std::result::Result<(), ()> {
        Ok(())
    }
    fn pow_half(_: (), _: i64) -> std::result::Result<(), ()> {
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Mul,
    SpaceMul,
    Div,
}

struct Parser<'a, R: Reading> {
    cur: Cursor<'a>,
    depth: usize,
    terms: usize,
    /// Extent reading: an ambiguity was found, so no unit length is reported at all.
    fatal: bool,
    /// The atom just read, for a bare exponent after it (None after a parenthesis).
    last_atom: Option<&'a str>,
    /// The next `(` opens a denominator (`J/(mol K)`): set for the term after `/`.
    per_next: bool,
    /// Inside a denominator's parentheses, where a space joins unpowered factors too.
    in_per_group: bool,
    reading: std::marker::PhantomData<R>,
}

/// Parses `text` (surrounding spaces allowed) as one unit expression. The empty text is the
/// dimensionless unit 1. Parse positions are char offsets into `text`.
pub fn parse_unit(text: &str) -> Result<Unit> {
    let start = text.len() - text.trim_start_matches(is_hspace).len();
    let body = text[start..].trim_end_matches(is_hspace);
    if body.is_empty() {
        return Ok(Unit::one());
    }
    let offset = text[..start].chars().count();
    parse_whole(body).map_err(|e| e.offset_by(offset))
}

/// Parses all of `body` (no surrounding spaces) as a unit.
pub(crate) fn parse_whole(body: &str) -> Result<Unit> {
    if let Some(level) = levels::level_of(body) {
        return Ok(Unit {
            factor: Factor::one(),
            dims: Dims::from_whole(&level.dims),
            offset: None,
            level: Some(level),
        });
    }
    let mut p = Parser::<Exact>::new(body);
    let unit = p.unit()?;
    if !p.cur.at_end() {
        return Err(p.error_here("unexpected"));
    }
    Ok(unit)
}

/// Byte length of the longest unit expression at the start of `s`, or None when there is
/// none, when it is directly followed by a letter or digit (`m2`, `kmh`), or when the text is
/// ambiguous (`J/kg·K`, `° C`, `kt`). Linear time; the segmenter's unit probe.
pub fn unit_len(s: &str) -> Option<usize> {
    let first = *s.as_bytes().first()?;
    if first == b'd' {
        if let Some(len) = levels::lone_level_len(s) {
            return Some(len); // `30 dB`: a level is the whole unit
        }
    }
    // fast exit: units start with a letter, `°`, `µ`, `Ω`, `Å`, `%`, `(` or `√`
    if !(first.is_ascii_alphabetic() || first >= 0x80 || first == b'%' || first == b'(') {
        return None;
    }
    if let Some(settled) = simple_unit(s) {
        return settled;
    }
    extent_by_grammar(s)
}

/// `unit_len` for the commonest texts after a number: one atom or a quotient of two
/// (`mm,`, `K.`, `°C when`, `kN/m over`, `of the`) that nothing can join, in one lookup per
/// atom: Some(answer) when the text settles it, None when the grammar must read on (an
/// operator, a power, a glued digit, a powered next factor, a space after `/`, an unknown
/// second atom, other non-ASCII text). Gives what the grammar gives (tested against
/// `extent_by_grammar`): a term without a power is all the grammar reads before `/` or before
/// a settling tail, and after a lone quotient a tail that ends a lone atom ends it too (a
/// product after it would be ambiguous, but the tail admits no factor).
fn simple_unit(s: &str) -> Option<Option<usize>> {
    let a = atom_run(s)?;
    if units::lookup(&s[..a]).is_none() {
        return Some(None); // the first term fails whatever follows (`samples of`)
    }
    let b = s.as_bytes();
    let (end, second) = if b.get(a) == Some(&b'/') {
        let n = atom_run(&s[a + 1..])?; // `m/2`, `m/(s)`, `m/ s`: the grammar reads them
        (a + 1 + n, Some(&s[a + 1..a + 1 + n]))
    } else {
        (a, None)
    };
    if !settles_unit(s, end) {
        return None;
    }
    match second {
        None => Some(Some(a)),
        // an unknown second atom ends the unit before `/`: left to the grammar (rare)
        Some(atom) => units::lookup(atom).map(|_| Some(end)),
    }
}

/// Whether `rest` (after a `/`) is `pH` ending the unit: nothing after it that the grammar
/// would read on (a letter, a digit, a power, a product, another `/`, a group, a hyphen).
fn per_ph_unit(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("pH") else {
        return false;
    };
    let mut it = after.chars();
    match it.next() {
        None => true,
        Some('.') => !it
            .next()
            .is_some_and(|c| is_unit_char(c) || c.is_ascii_digit()),
        Some(c) => {
            !(is_unit_char(c)
                || is_superscript(c)
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '^' | '*' | '/' | '(' | '\u{b7}' | '\u{22c5}' | '_' | '-' | '+' | '\u{2212}'
                ))
        }
    }
}

/// Byte length of the atom the grammar reads at the start of `s` (a run of unit characters,
/// `Parser::atom`), None when there is none, when it is too long (an error) or when it is a
/// lone `°` (whose spacing the grammar checks).
fn atom_run(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    // ASCII letters and `%` byte by byte (most atoms), then any other unit characters
    let mut n = b.iter().take_while(|&&c| is_ascii_atom_byte(c)).count();
    let mut chars = n;
    while let Some(&c) = b.get(n) {
        if c < 0x80 {
            if !is_ascii_atom_byte(c) {
                break;
            }
            n += 1;
        } else {
            match s[n..].chars().next().filter(|&c| is_unit_char(c)) {
                Some(ch) => n += ch.len_utf8(),
                None => break,
            }
        }
        chars += 1;
    }
    (chars > 0 && chars <= MAX_ATOM_CHARS && !(n == 2 && &s[..n] == "°")).then_some(n)
}

/// Whether the text after a term without a power at `n` (no `/` read before it, or one `/`)
/// ends the unit there: the end, punctuation, a full stop, or spaces before anything but a
/// factor with a power or an operator.
fn settles_unit(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let ascii_unit_start = |c: u8| is_ascii_atom_byte(c) || c == b'(';
    match b.get(n) {
        None => true,
        // a space joins a factor only when one with a power follows (or an operator)
        Some(b' ' | b'\t') => {
            let k = n + b[n..]
                .iter()
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            match b.get(k) {
                None => true,
                Some(&c) if c >= 0x80 || matches!(c, b'(' | b'/' | b'*') => false,
                Some(&c) if ascii_unit_start(c) => unpowered_ascii_word(&s[k..]),
                Some(_) => true,
            }
        }
        // `m.s` is a product; a sentence's full stop is not
        Some(b'.') => b
            .get(n + 1)
            .is_none_or(|&c| c < 0x80 && !ascii_unit_start(c)),
        Some(c) => matches!(
            c,
            b',' | b';' | b':' | b')' | b']' | b'}' | b'\n' | b'\r' | b'"' | b'\'' | b'!' | b'?'
        ),
    }
}

/// `unit_len` by the extent reading of the grammar, after the level and first-byte checks.
/// Out of line: `unit_len`'s common path (`simple_unit`) then needs few registers.
#[inline(never)]
fn extent_by_grammar(s: &str) -> Option<usize> {
    let mut p = Parser::<Extent>::new(s);
    let ok = p.unit().is_ok();
    if !ok || p.fatal || p.cur.pos() == 0 {
        return None;
    }
    match p.cur.peek() {
        Some(c) if c.is_alphanumeric() || is_unit_char(c) || is_superscript(c) => None,
        _ => Some(p.cur.pos()),
    }
}

impl<'a, R: Reading> Parser<'a, R> {
    fn new(s: &'a str) -> Self {
        Parser {
            cur: Cursor::new(s),
            depth: 0,
            terms: 0,
            fatal: false,
            last_atom: None,
            per_next: false,
            in_per_group: false,
            reading: std::marker::PhantomData,
        }
    }

    fn peek(&self) -> Option<char> {
        self.cur.peek()
    }

    fn bump(&mut self) {
        self.cur.bump();
    }

    fn skip_hspace(&mut self) -> bool {
        self.cur.skip_while(is_hspace)
    }

    /// A failure; its error is built only by the exact reading.
    fn fail(&self, error: impl FnOnce() -> FluxemError) -> R::Error {
        R::fail(error)
    }

    /// A parse error at the char position of `at`.
    fn error_at(&self, msg: impl Into<String>, at: &Cursor) -> FluxemError {
        FluxemError::parse(msg, at.char_pos())
    }

    fn error_here(&self, what: &str) -> FluxemError {
        let found = self.cur.found();
        self.error_at(format!("{what} {found} in the unit"), &self.cur)
    }

    fn ambiguous(&mut self, msg: &str, at: &Cursor) -> R::Error {
        self.fatal = true;
        self.fail(|| self.error_at(msg, at))
    }

    /// `unit := term (op term)*`
    fn unit(&mut self) -> Read<R::Value, R> {
        let (mut acc, _) = self.term()?;
        let mut after_div = false;
        loop {
            let save = self.cur;
            let spaced = self.skip_hspace();
            let op = match self.peek() {
                Some('·' | '⋅' | '*') => {
                    self.bump();
                    self.skip_hspace();
                    Op::Mul
                }
                Some('/') => {
                    self.bump();
                    self.skip_hspace();
                    Op::Div
                }
                Some('.') if !spaced => {
                    self.bump();
                    Op::Mul
                }
                Some(c) if spaced && (is_unit_char(c) || c == '(' || c == '√') => {
                    // in a denominator's parentheses the `)` bounds the product, so a space
                    // joins unpowered factors there too (`J/(mol K)`, `W/(m K)`: dev152; not
                    // `1 (in Hz)`, a note, not inch-hertz)
                    if R::LONGEST && !self.in_per_group && unpowered_ascii_word(self.cur.rest()) {
                        // a space joins only a factor with a power, and whatever this word
                        // is, it has none: the unit ends before the space (unlooked-up)
                        self.cur = save;
                        break;
                    }
                    Op::SpaceMul
                }
                _ => {
                    self.cur = save;
                    break;
                }
            };
            if op == Op::Div && per_ph_unit(self.cur.rest()) {
                // `59 mV/pH`, `-0.0592 V/pH` (the Nernst slope): per unit of pH, a pure number,
                // so the unit is the numerator's; `pH` alone stays refused (picohenry or the
                // acidity scale), and so does any power or factor after it
                self.cur.advance_bytes(2);
                self.last_atom = None;
                after_div = true;
                continue;
            }
            if op != Op::Div && after_div {
                // A product after '/' is ambiguous only if a factor really follows.
                let probe = self.cur;
                let next = self.term();
                self.cur = probe;
                match next {
                    Ok((_, powered)) if op != Op::SpaceMul || !R::LONGEST || powered => {
                        return Err(self.ambiguous(
                            "a product after '/' is ambiguous: write J/(kg·K) or J·K/kg",
                            &save,
                        ));
                    }
                    Err(e) if !R::LONGEST || self.fatal => return Err(e),
                    _ => {
                        self.cur = save;
                        break;
                    }
                }
            }
            self.per_next = op == Op::Div;
            let read = self.term();
            self.per_next = false;
            match read {
                Ok((_, false)) if op == Op::SpaceMul && R::LONGEST && !self.in_per_group => {
                    self.cur = save;
                    break;
                }
                Ok((u, _)) => {
                    let sign = if op == Op::Div { -1 } else { 1 };
                    acc = R::combine(acc, u, sign)?;
                    after_div |= op == Op::Div;
                }
                Err(e) => {
                    if !R::LONGEST || self.fatal {
                        return Err(e);
                    }
                    self.cur = save;
                    break;
                }
            }
        }
        Ok(acc)
    }

    /// `term := '√'? primary power?`; returns the unit and whether a power was written.
    fn term(&mut self) -> Read<(R::Value, bool), R> {
        self.terms += 1;
        if self.terms > MAX_TERMS {
            return Err(self.fail(|| {
                self.error_at(
                    format!("a unit may have at most {MAX_TERMS} factors"),
                    &self.cur,
                )
            }));
        }
        let start = self.cur;
        let sqrt = self.peek() == Some('√');
        if sqrt {
            self.bump();
        }
        let unit = self.primary()?;
        let power = self.power()?;
        match (sqrt, power) {
            (true, Some(_)) => Err(self.ambiguous(
                "√ followed by a power is ambiguous: write √(m²) or (√m)²",
                &start,
            )),
            (true, None) => Ok((R::pow_half(unit, 1)?, true)),
            (false, Some(n2)) => Ok((R::pow_half(unit, n2)?, true)),
            (false, None) => Ok((unit, false)),
        }
    }

    fn primary(&mut self) -> Read<R::Value, R> {
        match self.peek() {
            Some('(') => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.fail(|| {
                        self.error_at(
                            format!("units may nest at most {MAX_DEPTH} parentheses deep"),
                            &self.cur,
                        )
                    }));
                }
                self.bump();
                self.depth += 1;
                let outer = self.in_per_group;
                self.in_per_group = std::mem::take(&mut self.per_next);
                self.skip_hspace();
                let u = self.unit();
                self.in_per_group = outer;
                let u = u?;
                self.skip_hspace();
                self.depth -= 1;
                if self.peek() != Some(')') {
                    return Err(self.fail(|| self.error_here("expected ')', found")));
                }
                self.bump();
                self.last_atom = None;
                Ok(u)
            }
            Some(c) if is_unit_char(c) => self.atom(),
            _ => Err(self.fail(|| self.error_here("expected a unit, found"))),
        }
    }

    fn atom(&mut self) -> Read<R::Value, R> {
        let start = self.cur;
        let mut chars = 0;
        while let Some(c) = self.cur.peek_byte() {
            // ASCII unit chars (letters, `%`) byte by byte; others decoded
            let ch = if c < 0x80 {
                if !(c.is_ascii_alphabetic() || c == b'%') {
                    break;
                }
                char::from(c)
            } else {
                match self.peek().filter(|c| is_unit_char(*c)) {
                    Some(ch) => ch,
                    None => break,
                }
            };
            chars += 1;
            if chars > MAX_ATOM_CHARS {
                return Err(self.fail(|| self.error_at("unknown unit (too long)", &start)));
            }
            self.cur.advance_char(ch);
        }
        let text = self.cur.since(&start);
        self.last_atom = Some(text);
        if text == "°" {
            let rest = self.cur.rest().trim_start_matches(is_hspace);
            let mut it = rest.chars();
            if let (Some('C' | 'F'), next) = (it.next(), it.next()) {
                if !next.is_some_and(is_unit_char) {
                    return Err(self.ambiguous("a space between ° and C/F: write °C or °F", &start));
                }
            }
        }
        match units::lookup(text) {
            Some(r) => Ok(R::atom(r)),
            // an ambiguous spelling is in no table: name the ambiguity
            None => Err(self.fail(|| match units::ambiguity(text) {
                Some(why) => self.error_at(format!("ambiguous unit {text:?}: {why}"), &start),
                None => self.error_at(format!("unknown unit {text:?}"), &start),
            })),
        }
    }

    /// `power := ('^' | '**') exponent | superscripts`; returns twice the exponent (the
    /// extent reading: 0).
    fn power(&mut self) -> Read<Option<i64>, R> {
        match self.peek() {
            Some('^') => {
                self.bump();
                self.exponent().map(Some)
            }
            Some('*') if self.cur.peek_second() == Some('*') => {
                self.bump();
                self.bump();
                self.exponent().map(Some)
            }
            Some(c) if is_superscript(c) => self.superscript().map(Some),
            Some('-' | '\u{2212}' | '2'..='4') => match self
                .last_atom
                .and_then(|a| bare_exponent(a, self.cur.rest()))
            {
                Some((n, len)) => {
                    self.cur.advance_bytes(len);
                    Ok(Some(if R::LONGEST { 0 } else { 2 * n }))
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// Reads ASCII digits (the exact reading: up to MAX_EXP_DIGITS, with their value);
    /// returns (value, digit count).
    fn digits(&mut self) -> Read<(i64, u32), R> {
        let start = self.cur;
        let mut v: i64 = 0;
        let mut n = 0u32;
        while let Some(d) = self.cur.peek_byte().filter(u8::is_ascii_digit) {
            n += 1;
            if !R::LONGEST {
                if n as usize > MAX_EXP_DIGITS {
                    return Err(self.fail(|| self.error_at("exponent has too many digits", &start)));
                }
                v = v * 10 + (d - b'0') as i64;
            }
            self.cur.advance_char(char::from(d));
        }
        Ok((v, n))
    }

    /// Spaces inside a parenthesised exponent: read by the exact reading only.
    fn exponent_space(&mut self) {
        if !R::LONGEST {
            self.skip_hspace();
        }
    }

    /// `sign? digits ('.' digits)?` as a fraction (numerator, denominator).
    fn exponent_number(&mut self) -> Read<(i64, i64), R> {
        let neg = self.cur.sign().unwrap_or(false);
        let (int, n) = self.digits()?;
        if n == 0 {
            return Err(self.fail(|| self.error_here("expected an exponent, found")));
        }
        let (mut num, mut den) = (int, 1i64);
        if self.peek() == Some('.') && self.cur.peek_second().is_some_and(|c| c.is_ascii_digit()) {
            self.bump();
            let (frac, k) = self.digits()?;
            if !R::LONGEST {
                den = 10i64.pow(k);
                num = int * den + frac;
            }
        }
        Ok((if neg { -num } else { num }, den))
    }

    fn exponent(&mut self) -> Read<i64, R> {
        let start = self.cur;
        let (num, den) = if self.peek() == Some('(') {
            self.bump();
            self.exponent_space();
            let (n, d) = self.exponent_number()?;
            self.exponent_space();
            let (n, d) = if self.peek() == Some('/') {
                self.bump();
                self.exponent_space();
                let (q, k) = self.digits()?;
                if k == 0 || (q == 0 && !R::LONGEST) {
                    return Err(
                        self.fail(|| self.error_here("expected a non-zero denominator, found"))
                    );
                }
                (n, d.wrapping_mul(q))
            } else {
                (n, d)
            };
            self.exponent_space();
            if self.peek() != Some(')') {
                return Err(self.fail(|| self.error_here("expected ')' after the exponent, found")));
            }
            self.bump();
            (n, d)
        } else {
            self.exponent_number()?
        };
        if R::LONGEST {
            return Ok(0);
        }
        self.half_exponent(num, den, &start)
            .map_err(|e| R::fail(|| e))
    }

    /// Twice `num/den`, which must be an integer of magnitude <= 2 * MAX_POWER.
    fn half_exponent(&self, num: i64, den: i64, start: &Cursor) -> Result<i64> {
        if (2 * num) % den != 0 {
            let text = self.cur.since(start);
            return Err(FluxemError::encode(format!(
                "exponent {text} is not an integer or a half; only those are representable"
            )));
        }
        let n2 = 2 * num / den;
        if n2.abs() > 2 * MAX_POWER {
            return Err(FluxemError::encode(format!(
                "exponent beyond ±{MAX_POWER} in a unit"
            )));
        }
        Ok(n2)
    }

    /// Superscript exponent; the extent reading takes any run of superscripts and signs.
    fn superscript(&mut self) -> Read<i64, R> {
        if R::LONGEST {
            self.cur.skip_while(is_superscript);
            return Ok(0);
        }
        let start = self.cur;
        let neg = match self.peek() {
            Some('⁻') => {
                self.bump();
                true
            }
            Some('⁺') => {
                self.bump();
                false
            }
            _ => false,
        };
        let mut v: i64 = 0;
        let mut n = 0;
        while let Some(d) = self.peek().and_then(superscript_digit) {
            n += 1;
            if n > MAX_EXP_DIGITS {
                return Err(self.fail(|| self.error_at("exponent has too many digits", &start)));
            }
            v = v * 10 + d;
            self.bump();
        }
        if n == 0 {
            return Err(self.fail(|| self.error_here("expected a superscript digit, found")));
        }
        self.half_exponent(if neg { -v } else { v }, 1, &start)
            .map_err(|e| R::fail(|| e))
    }
}

/// The unit of one resolved atom (affine units carry their offset).
fn unit_of(r: Resolved) -> Unit {
    let exact = &units::exact_factors()[r.index];
    Unit {
        factor: Factor::of_unit(r.exp10, &exact.factor, r.def.pi, exact.is_one),
        dims: Dims::from_whole(&r.def.dims),
        offset: exact.offset.clone(),
        level: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domains::quantity::factor::parse_exact;

    fn unit(text: &str) -> Unit {
        parse_unit(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn dims(text: &str) -> [i64; 8] {
        unit(text).dims.0.map(|e| e / 2)
    }

    #[test]
    fn atom_byte_test_is_letters_and_percent() {
        for c in 0..=255u8 {
            assert_eq!(
                is_ascii_atom_byte(c),
                c.is_ascii_alphabetic() || c == b'%',
                "{c}"
            );
        }
    }

    #[test]
    fn simple_unit_settles_as_the_grammar_does() {
        // random texts after a number, from unit atoms, words, joiners and punctuation
        const PARTS: &[&str] = &[
            "m", "s", "kg", "K", "mm", "mol", "J", "h", "d", "dB", "of", "the", "x", "e", "%",
            "samples", "m2", "s-1", " ", "  ", "\t", ".", ",", ";", ")", "(", "/", "^", "*", "**",
            "2", "3", "5", "-", "·", "°C", "µ", "é", "\u{a0}", "\n", "'", "√", "s-3 s", "/", "/",
            "°", "µL", "kN", "Ω", "Å", "sec", "kt", "C", "F", "²", "⁻¹", "/s", "kJ/mol", "g/mol",
            "/pH",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5eed_0ba5);
        let (mut settled, mut quotients) = (0, 0);
        for _ in 0..200_000 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(6) {
                text.push_str(PARTS[rng.below(PARTS.len())]);
            }
            if let Some(fast) = simple_unit(&text) {
                settled += 1;
                quotients += usize::from(fast.is_some_and(|n| text[..n].contains('/')));
                assert_eq!(fast, extent_by_grammar(&text), "{text:?}");
            }
        }
        assert!(
            settled > 30_000 && quotients > 1_000,
            "{settled} {quotients}"
        );
        // a long atom is the grammar's error; `°` alone has its spacing checked
        for text in [
            "°C when",
            "° C",
            "°/s",
            "µL of",
            "kN/m over a span",
            "m/s.",
            "g/mol. The",
        ] {
            assert_eq!(unit_len(text), extent_by_grammar(text), "{text:?}");
        }
        assert_eq!(simple_unit(&"a".repeat(MAX_ATOM_CHARS + 1)), None);
    }

    #[test]
    fn a_space_joins_unpowered_factors_inside_parentheses() {
        // dev152: `J/(mol K)`, `W/(m K)`: the `)` bounds the product, so the extent reading
        // takes the whole unit, and the encoder reads it as the dotted one
        assert_eq!(unit_len("J/(mol K) at"), Some(9));
        assert_eq!(unit_len("W/(m K), so"), Some(7));
        assert_eq!(unit_len("W/(m^2 K) here"), Some(9));
        assert_eq!(unit("J/(mol K)"), unit("J/(mol·K)"));
        assert_eq!(unit("W/(m K)"), unit("W/(m·K)"));
        // a word that is no unit still leaves the group unread; outside parentheses a space
        // still joins only a powered factor
        assert_eq!(unit_len("m/(of pipe) long"), Some(1));
        assert_eq!(unit_len("m/(per year) long"), Some(1));
        assert_eq!(unit_len("kg m at rest"), Some(2));
        assert_eq!(unit_len("mm (in mm) here"), Some(2));
        // a parenthesised note that is no denominator stays unread (`1 (in Hz)`)
        assert_eq!(unit_len("(in Hz) is"), None);
    }

    #[test]
    fn a_slope_per_ph_unit_is_the_numerators_unit() {
        // `59 mV/pH` (the Nernst slope): the pH unit is a pure number
        assert_eq!(unit("mV/pH"), unit("mV"));
        assert_eq!(unit("V/pH"), unit("V"));
        assert_eq!(unit_len("mV/pH at 25 C"), Some(5));
        assert_eq!(unit_len("V/pH."), Some(4));
        assert_eq!(unit_len("V/pH)"), Some(4));
        // `pH` alone, with a power, a factor or letters after it stays refused
        for bad in [
            "pH", "V/pH^2", "V/pH2", "V/pHx", "V/pH/s", "V/pH*K", "V/pH-1",
        ] {
            assert!(parse_unit(bad).is_err(), "{bad}");
        }
        assert_eq!(unit_len("V/pH2 and"), Some(1));
    }

    #[test]
    fn products_quotients_powers() {
        assert_eq!(dims("m/s^2"), [1, 0, -2, 0, 0, 0, 0, 0]);
        assert_eq!(dims("kg·m²/s²"), [2, 1, -2, 0, 0, 0, 0, 0]);
        assert_eq!(dims("kg*m**2*s**-2"), [2, 1, -2, 0, 0, 0, 0, 0]);
        assert_eq!(dims("kg.m"), [1, 1, 0, 0, 0, 0, 0, 0]);
        assert_eq!(dims("mol^-1"), [0, 0, 0, 0, 0, -1, 0, 0]);
        assert_eq!(dims("mol⁻¹"), [0, 0, 0, 0, 0, -1, 0, 0]);
        assert_eq!(dims("J/(kg·K)"), [2, 0, -2, 0, -1, 0, 0, 0]);
        assert_eq!(dims("J/kg/K"), [2, 0, -2, 0, -1, 0, 0, 0]);
        assert_eq!(dims("W m^-2 K^-1"), [0, 1, -3, 0, -1, 0, 0, 0]);
        assert_eq!(dims("m / s"), [1, 0, -1, 0, 0, 0, 0, 0]);
        assert_eq!(unit("Hz^0.5").dims.0[2], -1);
        assert_eq!(unit("√Hz").dims.0[2], -1);
        assert_eq!(unit("m^(3/2)").dims.0[0], 3);
        assert_eq!(unit("km/h").factor.exact(), Some(parse_exact("1000/3600")));
        assert_eq!(unit("kPa").factor.pow10, Some(3));
        assert_eq!(unit("").dims, Dims::default());
    }

    #[test]
    fn refusals() {
        for bad in [
            "J/kg·K", "W/m K", "° C", "kt", "√m²", "m^", "m^x", "(m", "m)", "xyz", "м", "N2", "5",
            "m^(1/0)", "m..s", "m·", "/s",
        ] {
            assert!(parse_unit(bad).is_err(), "{bad} parsed");
        }
        assert!(matches!(
            parse_unit("m^(1/3)"),
            Err(FluxemError::Encode { .. })
        ));
        assert!(matches!(
            parse_unit("m^0.25"),
            Err(FluxemError::Encode { .. })
        ));
        assert!(matches!(
            parse_unit("m^65"),
            Err(FluxemError::Encode { .. })
        ));
        match parse_unit("kg·xyz") {
            Err(FluxemError::Parse { position, .. }) => assert_eq!(position, 3),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn longest_unit_prefix() {
        assert_eq!(unit_len("m/s^2 is fast"), Some(5));
        assert_eq!(unit_len("km/h."), Some(4));
        assert_eq!(unit_len("kg."), Some(2));
        assert_eq!(unit_len("kg.m"), Some(4));
        assert_eq!(unit_len("h in the morning"), Some(1));
        assert_eq!(unit_len("W m^-2 K^-1 flux"), Some(11));
        assert_eq!(unit_len("m s"), Some(1));
        assert_eq!(unit_len("°C, then"), Some("°C".len()));
        assert_eq!(unit_len("µm thick"), Some("µm".len()));
        assert_eq!(unit_len("m2 flat"), Some(2));
        assert_eq!(unit_len("W m-2 K-1 flux"), Some(9));
        assert_eq!(unit_len("N2 gas"), None);
        assert_eq!(unit_len("m21 flat"), None);
        assert_eq!(unit_len("kmh"), None);
        assert_eq!(unit_len("J/kg·K"), None);
        assert_eq!(unit_len("° C"), None);
        assert_eq!(unit_len("kt"), None);
        assert_eq!(unit_len("мм"), None);
        assert_eq!(unit_len(""), None);
        assert_eq!(unit_len("J/(kg·K) here"), Some("J/(kg·K)".len()));
        assert_eq!(unit_len("J/(kg·K"), Some(1));
        assert_eq!(unit_len("m/"), Some(1));
    }

    #[test]
    fn extent_reading_cases() {
        for (s, len) in [
            ("m", Some(1)),
            ("°C at noon", Some("°C".len())),
            ("µm.", Some("µm".len())),
            ("m^2. Then", Some(3)),
            ("cm^3.", Some(4)),
            ("mol of", Some(3)),
            ("samples", None),
            ("m s^-2 ok", Some(6)),
            ("km/h,", Some(4)),
            ("Ω and", Some("Ω".len())),
            ("mW at 633", Some(2)),
            ("kg m^2 at rest", Some(6)),
            ("N·m per", Some("N·m".len())),
            ("%", Some(1)),
            ("mm Hg", Some(2)),
            ("m/s/s", Some(5)),
            ("(m/s)^2 x", Some(7)),
            ("√Hz noise", Some("√Hz".len())),
            ("kWh and", Some(3)),
            // an ambiguous or unknown atom ends the unit before it; a space-joined word
            // without a power ends it unread
            ("m/kt", Some(1)),
            ("m kt", Some(1)),
            // powers: syntax only (the encoder refuses the value), no spaces in parentheses
            ("m^0.25 x", Some(6)),
            ("m^( 2 )", None),
            ("m⁻ x", Some("m⁻".len())),
            ("√m² x", None),
        ] {
            assert_eq!(unit_len(s), len, "{s:?}");
        }
        assert!(parse_unit("m^( 2 )").is_ok());
    }

    #[test]
    fn bounded_on_hostile_input() {
        let deep = "(".repeat(10_000) + "m" + &")".repeat(10_000);
        assert!(parse_unit(&deep).is_err());
        let many = vec!["m"; 1000].join("·");
        assert!(parse_unit(&many).is_err());
        let long = "m".repeat(1_000_000);
        assert!(parse_unit(&long).is_err());
        assert_eq!(unit_len(&long), None);
        assert!(parse_unit("m^999999999999").is_err());
    }

    #[test]
    fn bare_exponents_read_as_written_powers() {
        for (bare, written) in [
            ("m2", "m^2"),
            ("W/m2", "W/m^2"),
            ("W m-2", "W m^-2"),
            ("J K-1 mol-1", "J K^-1 mol^-1"),
            ("kg m-3", "kg m^-3"),
            ("cm3", "cm^3"),
            ("m/s2", "m/s^2"),
            ("mm4", "mm^4"),
            ("s-1", "s^-1"),
        ] {
            assert_eq!(
                parse_unit(bare).unwrap(),
                parse_unit(written).unwrap(),
                "{bare}"
            );
            assert_eq!(unit_len(bare), Some(bare.len()), "{bare}");
        }
        // an element symbol with a count is a formula; other digits, glued text and a
        // same-unit range are no exponents
        for not_bare in [
            "N2", "H2", "C2", "K2", "W2", "m5", "m1", "m-5", "m21", "m2x", "m2.5",
        ] {
            assert!(parse_unit(not_bare).is_err(), "{not_bare}");
        }
        assert_eq!(unit_len("s-3 s"), Some(1));
        assert_eq!(unit_len("s-3 m"), Some(3));
    }
}
