//! Values written as a pair: a value with its uncertainty (`5.2 ± 0.3 mg`, `(5.2 ± 0.3) mg`,
//! `5.2 +/- 0.3 mg`, `1.2345(6) m`) or a range (`10–20 °C`, `10 to 20 °C`, `3 and 5 mm`,
//! `10-20 %`). One unit applies to both numbers, so the pair is one value: its embedding holds
//! both numbers exactly (the second in its own codec block) and a kind flag.
//!
//! ```text
//! dim  49      UNCERTAIN: 1 for `value ± uncertainty` (the codec block at 16 holds the value)
//! dim  50      RANGE: 1 for `low–high` (the codec block at 16 holds the low end)
//! dims 51..74  codec block of the second number in SI base units: the standard uncertainty
//!              (a temperature uncertainty is a difference: no °C/°F offset) or the high end
//! ```
//!
//! A plain quantity has zeros there, so its embedding is what it was before pairs existed.
//! The closed-form operations refuse a pair with a `DimensionError` (docs/ERROR_MODEL.md):
//! a range or an uncertainty is not one number, and treating it as its first number would
//! drop the second.

use super::{is_hspace, times_ten_power, unit_len, Quantity, SiUnit};
use crate::codec::{CODEC_DIMS, EXACT_DIGITS};
use crate::cursor::Cursor;
use crate::number::{literal_len, parse_literal, rational_ops, Number};
use crate::{FluxemError, Result};

/// Dim of the flag of `value ± uncertainty`.
pub const UNCERTAIN_FLAG: usize = super::LEVEL + 1;
/// Dim of the flag of a range `low–high`.
pub const RANGE_FLAG: usize = UNCERTAIN_FLAG + 1;
/// First dim of the codec block of the second number (uncertainty or high end).
pub const SECOND_START: usize = RANGE_FLAG + 1;
/// First dim after the pair block (the rest is zero).
pub const PAIR_END: usize = SECOND_START + CODEC_DIMS;

/// Which pair a QUANTITY holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PairKind {
    /// `value ± uncertainty`: the second number is the standard uncertainty (>= 0).
    Uncertainty,
    /// `low–high`: the second number is the high end (>= the low end).
    Range,
}

impl PairKind {
    /// `"uncertainty"` or `"range"` (the Python record's kind).
    pub fn name(self) -> &'static str {
        match self {
            PairKind::Uncertainty => "uncertainty",
            PairKind::Range => "range",
        }
    }

    /// The dim of this kind's flag.
    pub fn flag_dim(self) -> usize {
        match self {
            PairKind::Uncertainty => UNCERTAIN_FLAG,
            PairKind::Range => RANGE_FLAG,
        }
    }
}

/// The second number of a pair: as written (in the pair's unit) and in SI base units.
#[derive(Debug, Clone, PartialEq)]
pub struct PairPart {
    /// Uncertainty or range.
    pub kind: PairKind,
    /// The number as written.
    pub number: Number,
    /// In SI base units: the high end converts like the value (°C offset included), an
    /// uncertainty as a difference (factor only).
    pub si: Number,
    /// Whether `si` is exact (see `Quantity::exact`).
    pub exact: bool,
}

/// A quantity as written: one value, or a value with the second number of a pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// The value (`5.2 mg` of `5.2 ± 0.3 mg`) or the low end (`10 °C` of `10–20 °C`).
    pub value: Quantity,
    /// The uncertainty or the high end, when the text is a pair.
    pub pair: Option<PairPart>,
}

impl PairPart {
    pub(super) fn new(kind: PairKind, number: Number, unit: &SiUnit) -> PairPart {
        let (si, exact) = match kind {
            PairKind::Range => unit.to_si(&number),
            PairKind::Uncertainty => unit.difference_to_si(&number),
        };
        PairPart {
            kind,
            number,
            si,
            exact,
        }
    }
}

/// Reads the rest of a pair right after its first number `first` (the literal's text is
/// `first_lit`): `(digits)` of the concise notation, or optional spaces, a joiner (`±`, `∓`,
/// `+/-`, `–`, `—`, `-`, `to`, `and`) and the second number. `None`, with the cursor
/// unmoved, when no joiner follows; an error when a joiner is not followed by what it needs.
pub(super) fn second_number(
    cur: &mut Cursor,
    first_lit: &str,
) -> Result<Option<(PairKind, Number)>> {
    read_second(cur, first_lit, true)
}

/// `second_number`; `shared_unit` false when the second number has a unit of its own (`1 keV
/// and 1E8 keV`): a power of ten on it alone is then no question of reach.
fn read_second(
    cur: &mut Cursor,
    first_lit: &str,
    shared_unit: bool,
) -> Result<Option<(PairKind, Number)>> {
    if cur.peek_byte() == Some(b'(') {
        return concise(cur, first_lit).map(|u| Some((PairKind::Uncertainty, u)));
    }
    let mut c = *cur;
    c.skip_while(is_hspace);
    let spaced = c.pos() != cur.pos();
    if first_lit.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
        return words_range(cur, c, first_lit);
    }
    let Some((kind, signed)) =
        ellipsis(&mut c, first_lit, spaced).or_else(|| joiner(&mut c, spaced))
    else {
        return Ok(None);
    };
    c.skip_while(is_hspace);
    // `10 to ~20 mm`, `5.2 ± ~0.3 mg`: a hedge (about) on the second number leaves its value
    if c.eat("~") || c.eat("\u{2248}") || c.eat("\u{223c}") {
        c.skip_while(is_hspace);
    }
    let mark = c;
    let n = second_literal(&mut c, kind, signed)?;
    // `1–5 × 10^3 m`, `1 to 5 million`: does the power reach back to the first number?
    if shared_unit && has_magnitude(c.since(&mark)) && !has_magnitude(first_lit) {
        return Err(FluxemError::parse(
            "a power of ten or scale word on the second number of a pair only is ambiguous",
            mark.char_pos(),
        ));
    }
    *cur = c;
    Ok(Some((kind, n)))
}

/// A range whose lower end was written in words (`two to three litres`, `between two and three
/// litres`): only `to` and `and` join it, and the upper end is in words too (`two to 3 litres`
/// is no pair: an error, so no span). A scale word on the upper end only (`two to three
/// hundred grams`: 2-300 or 200-300?) is ambiguous, as with digits.
fn words_range<'a>(
    cur: &mut Cursor<'a>,
    mut c: Cursor<'a>,
    first_lit: &str,
) -> Result<Option<(PairKind, Number)>> {
    let Some(word) = ["to", "and"].into_iter().find(|w| {
        let mut t = c;
        t.eat(w) && t.peek().is_some_and(is_hspace)
    }) else {
        return Ok(None);
    };
    c.eat(word);
    c.skip_while(is_hspace);
    let Some((len, v)) = crate::number::words::number_words(c.rest()) else {
        return Err(c.error("expected the upper end of the range in words"));
    };
    let scale = |t: &str| {
        t.split([' ', '-']).any(|w| {
            matches!(
                w,
                "hundred" | "thousand" | "million" | "billion" | "trillion"
            )
        })
    };
    if scale(&c.rest()[..len].to_ascii_lowercase()) && !scale(&first_lit.to_ascii_lowercase()) {
        return Err(FluxemError::parse(
            "a scale word on the upper end of a range in words only is ambiguous",
            c.char_pos(),
        ));
    }
    c.advance_bytes(len);
    *cur = c;
    Ok(Some((PairKind::Range, Number::from_i64(v as i64))))
}

/// `unit joiner number unit` at the cursor (`K to 5000 K`, `g ± 0.2 g`, `mm and 10 km`): the
/// pair's kind, its second number, the first unit's byte length and the second unit's text.
/// None when the text is not that (the caller then reads it all as one unit).
pub(super) fn with_second_unit<'a>(cur: &Cursor<'a>) -> Option<(PairKind, Number, usize, &'a str)> {
    let rest = cur.rest();
    let len = unit_len(rest).filter(|&n| n < rest.len())?;
    let unit = &rest[..len];
    let mut c = *cur;
    c.advance_bytes(len);
    // `(` after a unit is no concise uncertainty, and a scale word on the second number only
    // is ambiguous: either way, not this form
    let Ok(Some((kind, second))) = read_second(&mut c, "", false) else {
        return None;
    };
    c.skip_while(is_hspace);
    let unit2 = c.rest();
    (unit2 == unit || unit_len(unit2) == Some(unit2.len())).then_some((kind, second, len, unit2))
}

/// `second` written in `unit2`, in `unit1` exactly (`0.1 mm and 10 km`: 10 km = 10^7 mm), when
/// both units have rational factors, the same dimensions, no affine offset (°C, °F) and no
/// level; None otherwise (no pair is read).
pub(super) fn in_first_unit(second: &Number, unit1: &SiUnit, unit2: &SiUnit) -> Option<Number> {
    let plain = |u: &SiUnit| u.unit.offset.is_none() && u.unit.level.is_none();
    if !(plain(unit1) && plain(unit2)) || unit1.unit.dims != unit2.unit.dims {
        return None;
    }
    let ratio = rational_ops::div(unit2.exact.as_ref()?, unit1.exact.as_ref()?);
    Some(Number::Rational(rational_ops::mul(
        &second.to_rational(),
        &ratio,
    )))
}

/// Whether a literal carries an exponent, a written power of ten or a scale word (anything
/// beyond digits, a point, a sign and digit-group separators).
fn has_magnitude(lit: &str) -> bool {
    lit.chars()
        .any(|c| c.is_alphabetic() || "\u{d7}\u{b7}^*⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c))
}

/// The joiner at the cursor, consumed, with whether the second number may carry a sign:
/// `±` `∓` `+/-` (uncertainty), `–` `—` `--` `-` (range, unsigned: `10–-5` is not a range),
/// `to` `and` (range, signed: `-20 to -10 °C`; the words need a space after them). A hyphen
/// joins a range unspaced (`10-20 °C`) or spaced on both sides (`0.25 - 4.0 keV`: a number
/// minus a quantity is no difference, so the unit after the second number makes it a range);
/// `10 -20 °C` is neither.
fn joiner(c: &mut Cursor, spaced: bool) -> Option<(PairKind, bool)> {
    if c.eat("\u{b1}") || c.eat("\u{2213}") || c.eat("+/-") {
        return Some((PairKind::Uncertainty, false));
    }
    // `--` unspaced is how LaTeX and reST write an en dash (`800--2200 K`)
    if c.eat("\u{2013}") || c.eat("\u{2014}") || (!spaced && (c.eat("--") || c.eat("-"))) {
        return Some((PairKind::Range, false));
    }
    let mut w = *c;
    if spaced && w.eat("-") && w.peek().is_some_and(is_hspace) {
        *c = w;
        return Some((PairKind::Range, false));
    }
    for word in ["to", "and"] {
        let mut w = *c;
        if w.eat(word) && w.peek().is_some_and(is_hspace) {
            *c = w;
            return Some((PairKind::Range, true));
        }
    }
    None
}

/// `-100...+100 °C`, `0…5 V`: an ellipsis of exactly three dots (or `…`) glued between the
/// two numbers joins a range, as humidity and instrument docs write one; so do exactly two
/// dots (`0..1000 cm`, a model's valid range, dev148); the upper end may carry a sign. The
/// first literal took the first dot (`100.`), so two dots (or one) remain.
fn ellipsis(c: &mut Cursor, first_lit: &str, spaced: bool) -> Option<(PairKind, bool)> {
    if spaced || !first_lit.ends_with(|ch: char| ch.is_ascii_digit() || ch == '.') {
        return None;
    }
    let rest = c.rest();
    let dots = if first_lit.ends_with('.') { 2 } else { 3 };
    let n = rest.bytes().take_while(|&b| b == b'.').count();
    let len = if (n == dots || n + 1 == dots) && !first_lit.ends_with("..") {
        n
    } else if n == 0 && !first_lit.ends_with('.') && rest.starts_with('\u{2026}') {
        '\u{2026}'.len_utf8()
    } else {
        return None;
    };
    let next = rest[len..].bytes().next();
    if !next.is_some_and(|b| b.is_ascii_digit() || b == b'+' || b == b'-') {
        return None;
    }
    c.advance_bytes(len);
    Some((PairKind::Range, true))
}

/// The second number, signed only where the joiner allows it.
fn second_literal(c: &mut Cursor, kind: PairKind, signed: bool) -> Result<Number> {
    let n = if signed {
        Some(c.signed_literal()?)
    } else {
        c.unsigned_literal()?
    };
    n.ok_or_else(|| {
        c.error(match kind {
            PairKind::Uncertainty => "expected the uncertainty after ±",
            PairKind::Range => "expected the upper end of the range",
        })
    })
}

/// `1.2345(6)`: the digits in parentheses are the uncertainty in units of the literal's last
/// digit (`1.2345(6)` = 1.2345 ± 0.0006, `12.3(12)` = 12.3 ± 1.2). The literal must be plain
/// (`digits.digits`, optionally signed; the digits after the point may be grouped, as in
/// `6.674 30(15)`): an exponent or grouped integer digits leave the last digit's place unclear.
fn concise(cur: &mut Cursor, first_lit: &str) -> Result<Number> {
    let digits = first_lit.trim_start_matches(['+', '-']);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let group_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}');
    if digits.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit() || group_space(c))
    {
        return Err(cur.error("concise uncertainty needs a plain decimal before the parentheses"));
    }
    let frac = frac.bytes().filter(u8::is_ascii_digit).count();
    cur.bump(); // `(`
    let rest = cur.rest();
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > EXACT_DIGITS as usize || rest.as_bytes().get(n) != Some(&b')') {
        return Err(cur.error("expected the digits of a concise uncertainty and `)`"));
    }
    let m: u128 = rest[..n].parse().expect("ASCII digits");
    cur.advance_bytes(n + 1);
    Ok(Number::Decimal {
        neg: false,
        m,
        e: -(frac as i32),
    })
}

/// `(value ± uncertainty) unit`, or a range in parentheses `(10–20) °C`, with an optional
/// `× 10^k` after the `)` that scales both numbers. The cursor is on the `(`; returns the two
/// numbers and the pair's kind with the cursor after the `)` and its power of ten.
pub(super) fn parenthesised(cur: &mut Cursor) -> Result<(Number, PairKind, Number)> {
    cur.bump(); // `(`
    cur.skip_while(is_hspace);
    let unicode_minus = cur.eat("\u{2212}");
    let len = literal_len(cur.rest());
    if len == 0 {
        return Err(cur.error("expected a number after `(`"));
    }
    let lit = &cur.rest()[..len];
    let first = parse_literal(lit)?.negated_if(unicode_minus);
    cur.advance_bytes(len);
    let Some((kind, second)) = second_number(cur, lit)? else {
        return Err(cur.error("expected ± or a range in the parentheses"));
    };
    cur.skip_while(is_hspace);
    if !cur.eat(")") {
        return Err(cur.error("expected `)`"));
    }
    match times_ten_power(cur)? {
        Some(k) => Ok((
            super::scale_by_pow10(first, k)?,
            kind,
            super::scale_by_pow10(second, k)?,
        )),
        None => Ok((first, kind, second)),
    }
}

/// Checks what makes a pair a value: a range's ends ascend (`from 20 to 10` is a change, not
/// a range). An uncertainty is never negative (it is read unsigned).
pub(super) fn check_order(first: &Number, kind: PairKind, second: &Number) -> Result<()> {
    if kind == PairKind::Range && first.to_rational() > second.to_rational() {
        return Err(FluxemError::encode(
            "a range's lower end is above its upper end (a change, not a range)",
        ));
    }
    Ok(())
}

/// The pair kind an embedding's flags name: None for a single value. Each flag must read 0 or
/// 1 and at most one may be set (a plain sum of pairs has flags 2 and is a `DecodeError`, as is
/// a second block with no flag).
pub fn read_kind(emb: &[f64]) -> Result<Option<PairKind>> {
    let flag = |dim: usize| {
        let v = emb[dim];
        match v.round() {
            r if (v - r).abs() <= 0.25 && (r == 0.0 || r == 1.0) => Ok(r == 1.0),
            _ => Err(FluxemError::decode(format!(
                "the pair flag at dim {dim} holds {v}, not 0 or 1: a plain sum of pairs \
                 (add them with the encoder's add)"
            ))),
        }
    };
    match (flag(UNCERTAIN_FLAG)?, flag(RANGE_FLAG)?) {
        (false, false) => {
            if second_block(emb).iter().any(|&x| x != 0.0) {
                return Err(FluxemError::decode(
                    "the pair block holds a number but no kind flag is set",
                ));
            }
            Ok(None)
        }
        (true, false) => Ok(Some(PairKind::Uncertainty)),
        (false, true) => Ok(Some(PairKind::Range)),
        (true, true) => Err(FluxemError::decode(
            "both pair flags are set: an uncertainty and a range at once",
        )),
    }
}

/// The codec block of a pair's second number.
pub fn second_block(emb: &[f64]) -> &[f64] {
    &emb[SECOND_START..PAIR_END]
}

/// A `DimensionError` when any operand is a pair: the closed-form operations hold for single
/// values only (`a + a` of `5 ± 1` would need the correlation of the two uncertainties).
pub fn refuse_pairs(operands: &[&[f64]], op: &str) -> Result<()> {
    for emb in operands {
        if let Some(kind) = read_kind(emb)? {
            return Err(FluxemError::dimension(format!(
                "cannot {op} a quantity written as a {}: it holds two numbers (decode it \
                 and compute with both)",
                kind.name()
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{binary, decode, negate, parse_measured, BinOp, QuantityEncoder};
    use super::*;
    use crate::codec::Decoded;
    use crate::domains::DomainEncoder;
    use crate::FluxemError as E;

    fn second(text: &str) -> (PairKind, Number) {
        let m = parse_measured(text).unwrap();
        let p = m.pair.expect(text);
        (p.kind, p.si)
    }

    #[test]
    fn every_form_reads_both_numbers() {
        let u = |t| second(t).1.to_rational();
        let milli = |x: &str| crate::number::parse_literal(x).unwrap().to_rational();
        for t in [
            "5.2 ± 0.3 mg",
            "(5.2 ± 0.3) mg",
            "5.2 +/- 0.3 mg",
            "5.2(3) mg",
        ] {
            assert_eq!(second(t).0, PairKind::Uncertainty, "{t}");
            assert_eq!(u(t), milli("3e-7"), "{t}");
        }
        assert_eq!(u("1.00794(7) g/mol"), milli("7e-8"));
        for t in [
            "10–20 °C",
            "10 to 20 °C",
            "10-20 °C",
            "10 - 20 °C",
            "10 °C to 20 °C",
            "10 and 20 °C",
        ] {
            let (kind, high) = second(t);
            assert_eq!(
                (kind, high.to_rational()),
                (PairKind::Range, milli("293.15")),
                "{t}"
            );
        }
        // an uncertainty in °C is a difference
        assert_eq!(u("20 ± 0.5 °C"), milli("0.5"));
    }

    #[test]
    fn what_is_not_a_pair() {
        let err = |t: &str| parse_measured(t).map(|_| ()).unwrap_err();
        assert!(matches!(err("20 to 10 °C"), E::Encode { .. }));
        for t in [
            "10 -20 °C",
            "1–5 × 10^3 m",
            "25 to 30 dB",
            "1,234(5) m",
            "200 K to 5000 m",
            "5 °C to 300 K",
        ] {
            assert!(matches!(err(t), E::Parse { .. }), "{t}");
        }
        assert!(matches!(err("2 km to 500 m"), E::Encode { .. }));
        assert!(parse_measured("5 m").unwrap().pair.is_none());
    }

    #[test]
    fn a_second_number_in_another_unit_is_converted_exactly() {
        let milli = |x: &str| crate::number::parse_literal(x).unwrap().to_rational();
        for (t, kind, si) in [
            ("0.1 mm and 10 km", PairKind::Range, "10000"),
            ("10 mL to 2 L", PairKind::Range, "0.002"),
            ("500 g ± 2 mg", PairKind::Uncertainty, "0.000002"),
            ("5 m to 3 mi", PairKind::Range, "4828.032"),
        ] {
            let (k, high) = second(t);
            assert_eq!((k, high.to_rational()), (kind, milli(si)), "{t}");
        }
    }

    #[test]
    fn the_embedding_holds_both_and_the_algebra_refuses_it() {
        let e = QuantityEncoder.encode_text("10–20 °C").unwrap();
        assert_eq!((e[UNCERTAIN_FLAG], e[RANGE_FLAG]), (0.0, 1.0));
        let d = decode(&e).unwrap();
        let (kind, high) = d.pair.unwrap();
        assert_eq!(kind, PairKind::Range);
        assert!(matches!(high, Decoded::Exact(_)));
        let plain = QuantityEncoder.encode_text("2 K").unwrap();
        assert!(plain[UNCERTAIN_FLAG..PAIR_END].iter().all(|&x| x == 0.0));
        for op in [BinOp::Add, BinOp::Mul] {
            assert!(matches!(binary(&e, &plain, op), Err(E::Dimension { .. })));
            assert!(matches!(binary(&plain, &e, op), Err(E::Dimension { .. })));
        }
        assert!(matches!(negate(&e), Err(E::Dimension { .. })));
        let doubled: Vec<f64> = e.iter().map(|x| x * 2.0).collect();
        assert!(read_kind(&doubled).is_err());
    }
}
