//! QUANTITY: a number with a unit, stored as its exact value in SI base units plus the exact
//! dimension exponents.
//!
//! ```text
//! dims 16..39  number codec block of the value in SI base units (see codec)
//! dims 39..47  exponents of m, kg, s, A, K, mol, cd, rad, each * 1/4 (halves exact in f32)
//! dim  47      AFFINE: 1 when the text's unit was an affine temperature (°C, °F); the value is
//!              then the absolute kelvin temperature. Closed-form results carry 0.
//! dim  48      LEVEL: 0, or the code of a logarithmic level unit (dB 1, dBm 2, dBW 3, dBA 4);
//!              the codec block then holds the level as written (see `levels`)
//! dims 49..74  a pair (`5.2 ± 0.3 mg`, `10–20 °C`): kind flags and the second number's
//!              codec block (see `pair`); zero for a single value
//! dims 74..128 zero (reserved)
//! ```
//!
//! Closed form on embeddings: `*` and `/` add or subtract the codec log parts and the
//! exponents; `^p` (p an integer or a half) scales both; `+` and `-` add the codec linear parts
//! of operands with equal exponents (a `DimensionError` otherwise). See
//! docs/FORMAL_DEFINITION.md (section QUANTITY) for the identities and their ranges.

mod dims;
mod factor;
mod levels;
pub mod pair;
mod si;
mod unit_expr;
pub(crate) use unit_expr::superscript_digit;
mod units;

pub use dims::{Dims, MAX_EXPONENT};
pub use levels::{level_by_code, read_level, Level, LEVEL, LEVELS};
pub use pair::{Measured, PairKind, PairPart};
pub use si::{unit_of_text, SiUnit};
pub use unit_expr::{is_hspace, is_unit_char, parse_unit, unit_len, Unit};
pub use units::{
    all_atoms, shadowed_atoms, UnitDef, DIM_SYMBOLS, N_DIMS, PREFIXES, UNITS, WORD_LIKE,
};

/// The power of ten of the prefix an atom resolves with (`km` 3, `m` 0, `QW` 30), or None when
/// the atom is no unbroken unit spelling.
pub fn atom_prefix_exp10(atom: &str) -> Option<i32> {
    units::lookup(atom).map(|r| r.exp10)
}

use crate::codec::{self, Decoded, CODEC_DIMS};
use crate::cursor::Cursor;
use crate::domains::{DomainEncoder, Options};
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::number::{
    literal_len, number_len, parse_literal, plain_literal_prefix, pow10, Number,
    MAX_LITERAL_EXPONENT,
};
use crate::{FluxemError, Result};
use num_bigint::BigInt;
use num_rational::BigRational;
use std::sync::Arc;

/// First dim of the codec block of the SI value.
pub const CODEC_START: usize = CONTENT_START;
/// First of the eight dimension exponent dims (m, kg, s, A, K, mol, cd, rad).
pub const DIMS_START: usize = CODEC_START + CODEC_DIMS;
/// Each stored exponent is `exponent * DIM_SCALE`.
pub const DIM_SCALE: f64 = 0.25;
/// Dim of the affine-temperature flag.
pub const AFFINE: usize = DIMS_START + N_DIMS;
/// First dim after the QUANTITY content (the rest is zero).
pub const CONTENT_END: usize = pair::PAIR_END;

/// A parsed quantity: the number as written, its unit, and its value in SI base units.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The number exactly as written (in `unit`, not SI).
    pub number: Number,
    /// The unit, parsed, with its SI factor.
    pub unit: Arc<SiUnit>,
    /// The value in SI base units (kelvin for temperatures): exact when `exact`, else within a
    /// relative 10^-50 (units whose factor involves π or a square root).
    pub si: Number,
    /// Whether `si` is exact.
    pub exact: bool,
}

impl Quantity {
    fn new(number: Number, unit: Arc<SiUnit>) -> Self {
        let (si, exact) = unit.to_si(&number);
        Quantity {
            number,
            unit,
            si,
            exact,
        }
    }

    /// The unit's dimension exponents.
    pub fn dims(&self) -> Dims {
        self.unit.unit.dims
    }
    /// Whether the unit is an affine temperature (°C, °F): `si` is then the absolute kelvin
    /// value.
    pub fn is_affine(&self) -> bool {
        self.unit.unit.offset.is_some()
    }
    /// The logarithmic level unit (dB, dBm, ...), if the unit is one: `si` is then the level
    /// as written.
    pub fn level(&self) -> Option<&'static Level> {
        self.unit.unit.level
    }
    /// The unit `si` is in: the level's symbol for a level, else the SI spelling of the
    /// dimensions.
    pub fn si_unit_text(&self) -> String {
        self.level()
            .map_or_else(|| self.dims().si_unit(), |l| l.symbol.to_string())
    }
}

/// Parses the whole of `text` as a single quantity: a number (`-1.2e-3`, an optional
/// `× 10^k`) and a unit. A bare number, an unknown unit or trailing text is a `ParseError` with
/// the char position of the problem; a pair (`5.2 ± 0.3 mg`, `10–20 °C`) is a `ParseError`
/// too, since one number would drop the other: read it with [`parse_measured`].
pub fn parse_quantity(text: &str) -> Result<Quantity> {
    let m = parse_measured(text)?;
    match m.pair {
        None => Ok(m.value),
        Some(p) => Err(FluxemError::parse(
            format!(
                "a value written as a pair ({}) is not a single quantity",
                p.kind.name()
            ),
            0,
        )),
    }
}

/// Parses the whole of `text` as a quantity as written: a single value, or a pair sharing one
/// unit, `5.2 ± 0.3 mg`, `(5.2 ± 0.3) mg`, `5.2 +/- 0.3 mg`, `1.2345(6) m`, `10–20 °C`,
/// `10 to 20 °C`, `3 and 5 mm` (see `pair`). A range whose ends descend is an `EncodeError`.
pub fn parse_measured(text: &str) -> Result<Measured> {
    let p = parse_parts(text)?;
    accepts_parts(&p)?;
    Ok(measured(p))
}

/// The quantity of parts whose range was checked (or will be, by the codec).
fn measured(p: Parts) -> Measured {
    let pair = p.pair.map(|(kind, n)| PairPart::new(kind, n, &p.unit));
    Measured {
        value: Quantity::new(p.number, p.unit),
        pair,
    }
}

/// A quantity's text read, before conversion to SI.
struct Parts {
    number: Number,
    pair: Option<(PairKind, Number)>,
    unit: Arc<SiUnit>,
}

/// The numbers as written and the unit of `text`, before conversion to SI: everything
/// `parse_measured` checks except the values' range.
fn parse_parts(text: &str) -> Result<Parts> {
    // candidates rarely have surrounding spaces: check the end bytes before trimming
    let (first, last) = (text.as_bytes().first(), text.as_bytes().last());
    let plain = |c: Option<&u8>| c.is_some_and(|&c| c < 0x80 && !(c as char).is_whitespace());
    let (lead, body) = if plain(first) && plain(last) {
        (0, text)
    } else {
        (text.len() - text.trim_start().len(), text.trim())
    };
    // char positions are counted only for an error
    parse_body(body).map_err(|e| e.offset_by(text[..lead].chars().count()))
}

fn parse_body(body: &str) -> Result<Parts> {
    let mut cur = Cursor::new(body);
    if cur.at_end() {
        return Err(cur.error("expected a quantity"));
    }
    if cur.peek_byte() == Some(b'(') {
        let (number, kind, second) = pair::parenthesised(&mut cur)?;
        return finish_parts(cur, number, Some((kind, second)));
    }
    // U+2212 MINUS SIGN is a sign too (an ASCII sign belongs to the literal).
    let unicode_minus = cur.eat("\u{2212}");
    if unicode_minus && cur.rest().starts_with(['+', '-']) {
        return Err(FluxemError::parse(
            "two signs before the number",
            cur.char_pos(),
        ));
    }
    // `10^-6 m`, `10**5 Pa`, `10⁵ Pa`: a power of ten written alone is the number (an integer
    // exponent only: `10^-8.1` is no exact decimal); it takes no second number
    if cur.rest().starts_with("10") {
        if let Some(k) = ten_power(&mut cur)? {
            let number = scale_by_pow10(Number::from_i64(1), k)?.negated_if(unicode_minus);
            return finish_parts(cur, number, None);
        }
    }
    let (number, len) = match plain_literal_prefix(cur.rest()) {
        Some(fast) => fast, // the common `9.8`, `373`: one pass
        None => {
            let len = number_len(cur.rest());
            if len == 0 {
                return Err(cur.error("expected a number"));
            }
            (parse_literal(&cur.rest()[..len])?, len)
        }
    };
    let lit = &cur.rest()[..len];
    let mut number = number.negated_if(unicode_minus);
    cur.advance_bytes(len);
    let concise = cur.peek_byte() == Some(b'(');
    // `2-m`, `10-ft`: a hyphen glued between the number and a unit's letters (an adjective of
    // measure, `a 2-m tall volume`) stands for the space, where no pair reads (a pair reader
    // that takes the hyphen keeps its reading: `1-inf` is no unit)
    let mut pair = match pair::second_number(&mut cur, lit) {
        Err(_) if hyphen_before_unit(cur.rest()) => {
            cur.advance_bytes(1);
            None
        }
        read => read?,
    };
    if let Some(k) = times_ten_power(&mut cur)? {
        // `6.67430(15)×10⁻¹¹` scales both; after `±` or a range it would be ambiguous
        match &mut pair {
            None => number = scale_by_pow10(number, k)?,
            Some((_, u)) if concise => {
                number = scale_by_pow10(number, k)?;
                *u = scale_by_pow10(u.clone(), k)?;
            }
            Some(_) => {
                return Err(FluxemError::parse(
                    "a power of ten after the second number of a pair is ambiguous: write \
                     (a ± b) × 10^k",
                    cur.char_pos(),
                ))
            }
        }
    }
    finish_parts(cur, number, pair)
}

/// Whether `rest` (after a number) is a hyphen glued to a unit's first letter (`-m`, `-ft`).
fn hyphen_before_unit(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.first() == Some(&b'-') && b.get(1).is_some_and(u8::is_ascii_alphabetic)
}

/// The unit after the number(s), and the pair's order check.
fn finish_parts(
    mut cur: Cursor,
    number: Number,
    mut pair: Option<(PairKind, Number)>,
) -> Result<Parts> {
    let pair_start = cur.char_pos();
    cur.skip_while(is_hspace);
    if cur.at_end() {
        return Err(FluxemError::parse(
            "expected a unit after the number",
            cur.char_pos(),
        ));
    }
    let mut unit_text = cur.rest();
    // a text this thread has read whole as a unit before is one unit: no second number and
    // unit follow it, so the pair probe (a unit parse) is skipped
    let cached = pair.is_none().then(|| si::cached_unit(unit_text)).flatten();
    if pair.is_none() && cached.is_none() {
        // `200 K to 5000 K`, `300 K ± 2 K`: the unit written after both numbers; `0.1 mm and
        // 10 km`: the second number in another unit of the same dimensions, read in the first
        if let Some((kind, second, len, unit2)) = pair::with_second_unit(&cur) {
            let mut unit1 = &unit_text[..len];
            // `0° to 150°C`: a bare degree sign on the first number abbreviates the
            // temperature scale written on the second (an angle of 0° is not what is meant)
            if unit1 == "\u{b0}" && degree_temperature(unit2) {
                unit1 = unit2;
            }
            let second = if unit2 == unit1 {
                Some(second)
            } else {
                match (si::unit_of(unit1), si::unit_of(unit2)) {
                    (Ok(a), Ok(b)) => pair::in_first_unit(&second, &a, &b),
                    _ => None,
                }
            };
            if let Some(second) = second {
                pair = Some((kind, second));
                unit_text = unit1;
            }
        }
    }
    if let Some((kind, second)) = &pair {
        pair::check_order(&number, *kind, second)?;
    }
    let unit = match cached {
        Some(unit) => unit,
        None => si::unit_of(unit_text).map_err(|e| e.offset_by(cur.char_pos()))?,
    };
    if pair.is_some() && unit.unit.level.is_some() {
        // a range of levels is not the range of their values: not read (no span)
        return Err(FluxemError::parse(
            "a pair of logarithmic levels is not read",
            pair_start,
        ));
    }
    Ok(Parts { number, pair, unit })
}

/// `°C`, `°F`, `℃`, `℉`: a temperature written with its degree sign (`° C` is no unit text
/// the pair reader passes here).
fn degree_temperature(unit: &str) -> bool {
    matches!(unit, "\u{b0}C" | "\u{b0}F" | "\u{2103}" | "\u{2109}")
}

fn scale_by_pow10(n: Number, k: i64) -> Result<Number> {
    match n {
        Number::Decimal { neg, m, e } if (e as i64 + k).abs() <= MAX_LITERAL_EXPONENT => {
            Ok(Number::Decimal {
                neg,
                m,
                e: (e as i64 + k) as i32,
            })
        }
        Number::Decimal { .. } => Err(FluxemError::encode(
            "the number is far outside the representable range",
        )),
        Number::Rational(r) => {
            let p = BigRational::from_integer(BigInt::from(pow10(k.unsigned_abs() as u32)));
            Ok(Number::Rational(if k >= 0 { r * p } else { r / p }))
        }
    }
}

/// The byte length of the scientific-notation tail (`× 10^-11`, `x10⁵`, `· 10^(−6)`) this reader
/// takes at the start of `text`, right after a number; 0 if none (or one out of range). The
/// segmenter asks it where a unit after an uncertainty starts, so the two agree.
pub(crate) fn times_ten_len(text: &str) -> usize {
    let mut cur = Cursor::new(text);
    match times_ten_power(&mut cur) {
        Ok(Some(_)) => cur.pos(),
        _ => 0,
    }
}

/// Reads a scientific-notation tail `× 10^k` (also `x`, `*`, `·`, and `10⁻³`) at the cursor:
/// Some(k) with the cursor moved past it, or None with the cursor where it was.
fn times_ten_power(cur: &mut Cursor) -> Result<Option<i64>> {
    let mut c = *cur;
    c.skip_while(is_hspace);
    let Some(op) = c.peek().filter(|ch| matches!(ch, '×' | 'x' | '*' | '·')) else {
        return Ok(None);
    };
    c.advance_char(op);
    c.skip_while(is_hspace);
    let k = ten_power(&mut c)?;
    if k.is_some() {
        *cur = c;
    }
    Ok(k)
}

/// `10^k`, `10**k` or `10⁻⁶` at the cursor, with an integer exponent: `k` (the cursor moved
/// past it), or None (the cursor left where it was) for anything else (`10`, `10^2.5`).
fn ten_power(cur: &mut Cursor) -> Result<Option<i64>> {
    let mut c = *cur;
    if !c.eat("10") {
        return Ok(None);
    }
    let k = if c.eat("^") || c.eat("**") {
        // `10^(-6)`: the exponent may be bracketed, as code and calculators write it; its
        // minus may be the typeset one (`10^−8`)
        let paren = c.eat("(");
        let typeset_minus = c.eat("\u{2212}");
        let len = literal_len(c.rest());
        let lit = &c.rest()[..len];
        if len == 0
            || lit.contains(['.', 'e', 'E'])
            || (typeset_minus && lit.starts_with(['+', '-']))
        {
            return Ok(None);
        }
        c.advance_bytes(len);
        if paren && !c.eat(")") {
            return Ok(None);
        }
        lit.parse::<i64>()
            .ok()
            .map(|k| if typeset_minus { -k } else { k })
    } else {
        let mark = c;
        if !c.skip_while(|ch| "⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹".contains(ch)) {
            return Ok(None);
        }
        let ascii: String = c
            .since(&mark)
            .chars()
            .map(|ch| match ch {
                '⁻' => '-',
                '⁺' => '+',
                '¹' => '1',
                '²' => '2',
                '³' => '3',
                ch => char::from_digit(ch as u32 - '⁰' as u32, 10).unwrap_or('?'),
            })
            .collect();
        ascii.parse::<i64>().ok()
    };
    let k = k
        .filter(|k| k.unsigned_abs() <= MAX_LITERAL_EXPONENT.unsigned_abs())
        .ok_or_else(|| {
            FluxemError::encode("the power of ten is far outside any representable range")
        })?;
    *cur = c;
    Ok(Some(k))
}

/// Builds a quantity from an exact value and a unit text (the Python `encode((value, unit))`).
pub fn quantity_from_parts(number: Number, unit_text: &str) -> Result<Quantity> {
    Ok(Quantity::new(number, unit_of_text(unit_text)?))
}

/// Embeds `numerator / denominator` in `unit_text` exactly.
pub fn encode_fraction(
    numerator: BigInt,
    denominator: BigInt,
    unit_text: &str,
) -> Result<Embedding> {
    if denominator == BigInt::from(0) {
        return Err(FluxemError::encode("zero denominator"));
    }
    let n = Number::Rational(BigRational::new(numerator, denominator));
    encode_quantity(&quantity_from_parts(n, unit_text)?)
}

/// Embeds `(numerator_1 / denominator_1, numerator_2 / denominator_2)` in `unit_text` as a pair
/// of `kind` exactly (the Python `encode` of a `Measurement` or a `QuantityRange`).
pub fn encode_pair_fractions(
    kind: PairKind,
    first: (BigInt, BigInt),
    second: (BigInt, BigInt),
    unit_text: &str,
) -> Result<Embedding> {
    let exact = |(n, d): (BigInt, BigInt)| {
        if d == BigInt::from(0) {
            return Err(FluxemError::encode("zero denominator"));
        }
        Ok(Number::Rational(BigRational::new(n, d)))
    };
    let (a, b) = (exact(first)?, exact(second)?);
    if kind == PairKind::Uncertainty && b.is_negative() {
        return Err(FluxemError::encode("an uncertainty is never negative"));
    }
    pair::check_order(&a, kind, &b)?;
    let unit = unit_of_text(unit_text)?;
    if unit.unit.level.is_some() {
        return Err(FluxemError::dimension(
            "a pair of logarithmic levels has no embedding (a level is not a linear value)",
        ));
    }
    let pair = Some(PairPart::new(kind, b, &unit));
    encode_measured(&Measured {
        value: Quantity::new(a, unit),
        pair,
    })
}

/// Embeds a quantity as written: a single value, or a pair (value and uncertainty, or the two
/// ends of a range) with its kind flag and the second number's codec block.
pub fn encode_measured(m: &Measured) -> Result<Embedding> {
    layout::build(|emb| encode_measured_into(m, emb))
}

/// `encode_measured` into `emb`.
pub fn encode_measured_into(m: &Measured, emb: &mut Embedding) -> Result<()> {
    encode_quantity_into(&m.value, emb)?;
    if let Some(p) = &m.pair {
        codec::encode(&p.si, &mut emb[pair::SECOND_START..pair::PAIR_END])?;
        emb[p.kind.flag_dim()] = 1.0;
    }
    Ok(())
}

/// Embeds a parsed single quantity.
pub fn encode_quantity(q: &Quantity) -> Result<Embedding> {
    layout::build(|emb| encode_quantity_into(q, emb))
}

fn encode_quantity_into(q: &Quantity, emb: &mut Embedding) -> Result<()> {
    layout::tag_into(Domain::Quantity, emb);
    codec::encode(&q.si, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
    write_dims(emb, &q.dims());
    emb[AFFINE] = if q.is_affine() { 1.0 } else { 0.0 };
    emb[LEVEL] = q.level().map_or(0.0, |l| l.code as f64);
    Ok(())
}

fn write_dims(emb: &mut Embedding, dims: &Dims) {
    for (i, e2) in dims.0.iter().enumerate() {
        emb[DIMS_START + i] = *e2 as f64 * 0.5 * DIM_SCALE;
    }
}

/// Reads the exponents back (each must be a multiple of 1/2).
pub fn read_dims(emb: &[f64]) -> Result<Dims> {
    let mut d = Dims::default();
    for (i, e2) in d.0.iter_mut().enumerate() {
        let v = emb[DIMS_START + i] / (0.5 * DIM_SCALE);
        let r = v.round();
        if (v - r).abs() > 0.25 || r.abs() > 2.0 * MAX_EXPONENT as f64 {
            return Err(FluxemError::decode(format!(
                "the {} exponent holds {}, which is not a multiple of 1/2",
                DIM_SYMBOLS[i],
                v / 2.0
            )));
        }
        *e2 = r as i64;
    }
    Ok(d)
}

/// The QUANTITY encoder: parses number and unit and embeds the exact SI value and dimensions.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuantityEncoder;

impl DomainEncoder for QuantityEncoder {
    fn domain(&self) -> Domain {
        Domain::Quantity
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        // `parse_measured` without its exact range check: the codec refuses the same values
        // with the same error while encoding, so each SI value is converted and rounded once
        // (`accepts_parts` did both a second time). The refusals by magnitude still run
        // first: they spare building a huge SI value.
        let p = parse_parts(text)?;
        refuse_by_magnitude(&p)?;
        encode_measured_into(&measured(p), out)
    }

    /// `encode_quantity` fails only when the SI value is outside the codec's range; a value
    /// whose magnitude is clearly inside it is accepted without computing it exactly.
    fn accepts(&self, text: &str) -> Result<()> {
        if let Some(decided) = accepts_common(text) {
            return decided;
        }
        accepts_parts(&parse_parts(text)?)
    }
}

/// Whether every number of `p` encodes (the codec's range check on the SI values).
fn accepts_parts(p: &Parts) -> Result<()> {
    accepts_value(&p.number, &p.unit)?;
    match &p.pair {
        None => Ok(()),
        Some((PairKind::Range, high)) => accepts_value(high, &p.unit),
        Some((PairKind::Uncertainty, u)) => codec::accepts(&p.unit.difference_to_si(u).0),
    }
}

/// Whether `number` in `unit` encodes (the codec's range check on its SI value).
fn accepts_value(number: &Number, unit: &SiUnit) -> Result<()> {
    if unit.clearly_in_range(number) {
        return Ok(());
    }
    refuse_value_by_magnitude(number, unit)?;
    codec::accepts(&unit.to_si(number).0)
}

/// The refusals of `accepts_parts` decided from magnitudes alone, before any SI conversion.
fn refuse_by_magnitude(p: &Parts) -> Result<()> {
    refuse_value_by_magnitude(&p.number, &p.unit)?;
    match &p.pair {
        Some((PairKind::Range, high)) => refuse_value_by_magnitude(high, &p.unit),
        _ => Ok(()),
    }
}

fn refuse_value_by_magnitude(number: &Number, unit: &SiUnit) -> Result<()> {
    if unit.clearly_out_of_range(number) {
        return Err(codec::out_of_range("the value in SI units"));
    }
    Ok(())
}

/// `accepts` for the segmenter's common case, in one pass: a plain unsigned literal, optional
/// spaces and a unit this thread has parsed before. `Some` only where `parse_parts` would
/// return that literal and unit; `None` means "not this case" (the full check runs).
fn accepts_common(text: &str) -> Option<Result<()>> {
    let (number, len) = plain_literal_prefix(text)?;
    let unit_text = unit_text_after(&text[len..]);
    // a `× 10^k` tail, trailing spaces, a missing unit and a `(` glued to the number (the
    // concise uncertainty `1.2345(6) m`, read by the full parser) take the full path
    let u = unit_text.as_bytes();
    if u.is_empty()
        || text.as_bytes()[len] == b'('
        || matches!(u, [b'x' | b'*', ..] | [0xC3, 0x97, ..] | [0xC2, 0xB7, ..])
        || ends_in_whitespace(unit_text)
    {
        return None;
    }
    si::with_cached_unit(unit_text, |u| accepts_value(&number, u))
}

/// `rest.trim_start_matches(is_hspace)`, with the segmenter's spans (no space or one ASCII
/// space, then an ASCII byte) read in byte tests rather than char decoding.
#[inline]
fn unit_text_after(rest: &str) -> &str {
    // an ASCII byte other than a space or a tab is no `is_hspace` char
    let plain = |c: &u8| *c < 0x80 && *c != b' ' && *c != b'\t';
    match rest.as_bytes() {
        [c, ..] if plain(c) => rest,
        [b' ', c, ..] if plain(c) => &rest[1..],
        _ => trim_hspace_start(rest),
    }
}

/// The general case of `unit_text_after`, out of line (rare in spans).
#[cold]
#[inline(never)]
fn trim_hspace_start(rest: &str) -> &str {
    rest.trim_start_matches(is_hspace)
}

/// The general case of `ends_in_whitespace`, out of line (rare in spans).
#[cold]
#[inline(never)]
fn ends_in_whitespace_char(t: &str) -> bool {
    t.ends_with(char::is_whitespace)
}

/// `str::ends_with(char::is_whitespace)` for the bytes of a `str`, an ASCII last byte tested
/// as a byte.
#[inline]
fn ends_in_whitespace(t: &str) -> bool {
    match t.as_bytes().last() {
        None => false,
        // the ASCII chars of `char::is_whitespace`: `\t`, `\n`, `\x0b`, `\x0c`, `\r` and space
        Some(&c) if c < 0x80 => matches!(c, b'\t'..=b'\r' | b' '),
        Some(_) => ends_in_whitespace_char(t),
    }
}

/// Builds the QUANTITY encoder (it takes no options).
pub fn build(options: &Options) -> Result<Box<dyn DomainEncoder>> {
    if let Some(k) = options.keys().next() {
        return Err(FluxemError::config(format!(
            "unknown option {k:?} for the QUANTITY encoder"
        )));
    }
    Ok(Box::new(QuantityEncoder))
}

fn codec_block(emb: &[f64]) -> Result<&[f64]> {
    check_domain(emb, Domain::Quantity)?;
    Ok(&emb[CODEC_START..CODEC_START + CODEC_DIMS])
}

/// A decoded QUANTITY embedding: the SI value (from whichever codec part is valid), the
/// exponents, the affine flag and, for a pair, its kind and second number.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedQuantity {
    /// The value in SI base units, from the codec part the flags name (a range's low end).
    pub value: Decoded,
    /// The dimension exponents.
    pub dims: Dims,
    /// Whether the text's unit was an affine temperature.
    pub affine: bool,
    /// For a pair: its kind and the uncertainty or high end in SI base units.
    pub pair: Option<(PairKind, Decoded)>,
    /// The logarithmic level unit, when the text's unit was one (`value` is then the level).
    pub level: Option<&'static Level>,
}

/// Decodes a QUANTITY embedding (a `Decode` error for another domain's or a malformed one,
/// including a plain sum of pairs, whose kind flags are not 0 or 1).
pub fn decode(emb: &[f64]) -> Result<DecodedQuantity> {
    let block = codec_block(emb)?;
    let value = codec::decode(block)?;
    let dims = read_dims(emb)?;
    let pair = match pair::read_kind(emb)? {
        None => None,
        Some(kind) => Some((kind, codec::decode(pair::second_block(emb))?)),
    };
    Ok(DecodedQuantity {
        value,
        dims,
        affine: emb[AFFINE].round() == 1.0,
        pair,
        level: levels::read_level(emb)?,
    })
}

/// A decoded value expressed in a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    /// Nearest float of the value in `unit`.
    pub value: f64,
    /// The exact value in `unit`, when the embedding part and the unit factor are exact.
    pub exact: Option<BigRational>,
    /// The unit: as asked, or the canonical SI spelling of the dimensions.
    pub unit: String,
    /// The dimension exponents of the value.
    pub dims: Dims,
}

/// Expresses a decoded quantity in SI base units (`unit` None) or in `unit` (same dimensions,
/// radians included, else a `DimensionError`; an affine unit subtracts its offset). An
/// inexact linear part (an operand off the codec's 10^-9 grid) is a `DecodeError` unless
/// `allow_inexact`.
pub fn convert(d: &DecodedQuantity, unit: Option<&str>, allow_inexact: bool) -> Result<Converted> {
    if let Some(level) = d.level {
        return convert_level(d, level, unit, allow_inexact);
    }
    convert_value(&d.value, &d.dims, unit, allow_inexact, true)
}

/// A pair's second number expressed like [`convert`] expresses its value: a range's high end
/// exactly as the value, an uncertainty as a difference (an affine unit's offset does not
/// apply: `20 ± 0.5 °C` has an uncertainty of 0.5 °C = 0.5 K). None for a single value.
pub fn convert_pair(
    d: &DecodedQuantity,
    unit: Option<&str>,
    allow_inexact: bool,
) -> Result<Option<(PairKind, Converted)>> {
    let Some((kind, second)) = &d.pair else {
        return Ok(None);
    };
    let offset = *kind == PairKind::Range;
    let c = convert_value(second, &d.dims, unit, allow_inexact, offset)?;
    Ok(Some((*kind, c)))
}

/// `value` (in SI base units, of dimensions `dims`) in `unit`, applying an affine unit's
/// offset when `offset`.
fn convert_value(
    value: &Decoded,
    dims: &Dims,
    unit: Option<&str>,
    allow_inexact: bool,
    offset: bool,
) -> Result<Converted> {
    // The SI value, whether it is exact, and for a rounded exact part its half-ulp: the true
    // value lies within si ± half_ulp.
    let (si, exact, half_ulp) = match value {
        Decoded::Exact(s) => {
            let n = Number::Decimal {
                neg: s.neg,
                m: s.m as u128,
                e: s.e,
            };
            let half = Number::Decimal {
                neg: false,
                m: 5,
                e: s.e - 1,
            };
            (
                n.to_rational(),
                !s.rounded,
                s.rounded.then(|| half.to_rational()),
            )
        }
        Decoded::Linear { scaled, inexact } => {
            if *inexact && !allow_inexact {
                return Err(FluxemError::decode(
                    "the linear part is flagged inexact (an operand was off the 10^-9 grid or \
                     beyond 10^27 in SI units); pass allow_inexact=True to read it anyway",
                ));
            }
            let r = BigRational::new(BigInt::from(*scaled), BigInt::from(pow10(9)));
            (r, !*inexact, None)
        }
        Decoded::Log(v) => (Number::from_f64(*v)?.to_rational(), false, None),
    };
    let (target, name) = match unit {
        None => (unit_of_text("")?, dims.si_unit()),
        Some(text) => {
            let u = unit_of_text(text)?;
            if u.unit.dims != *dims {
                return Err(FluxemError::dimension(format!(
                    "cannot express a quantity of dimension {} in {text:?} (dimension {})",
                    spell(dims),
                    spell(&u.unit.dims)
                )));
            }
            (u, text.trim().to_string())
        }
    };
    let (factor, factor_exact) = (&target.approx, target.exact.is_some());
    let to_target = |x: &BigRational| {
        let shifted = match &target.unit.offset {
            Some(off) if offset => x - off,
            _ => x.clone(),
        };
        shifted / factor
    };
    let v = to_target(&si);
    // A rounded value reads as the shortest decimal consistent with its rounding interval
    // (5 km/h stored as 1.3888888888888888889 m/s reads back as 5, not 5.00000000000000000004).
    let value = match &half_ulp {
        Some(h) => shortest_decimal_in(&to_target(&(&si - h)), &to_target(&(&si + h))),
        None => v.clone(),
    };
    Ok(Converted {
        value: Number::Rational(value).to_f64(),
        exact: (exact && factor_exact).then_some(v),
        unit: name,
        dims: *dims,
    })
}

/// The decimal with the fewest significant digits in [lo, hi] (lo <= hi, the midpoint's
/// roundings), or the midpoint rounded to 17 digits when none shorter fits. Rounding the
/// midpoint to more digits only moves it closer, so the digit count is binary-searched.
fn shortest_decimal_in(lo: &BigRational, hi: &BigRational) -> BigRational {
    let zero = BigRational::from_integer(0.into());
    if lo <= &zero && &zero <= hi {
        return zero;
    }
    let mid = Number::Rational((lo + hi) / BigRational::from_integer(2.into()));
    let rounded = |digits: u32| {
        let d = mid.to_short_decimal(digits);
        Number::Decimal {
            neg: d.neg,
            m: d.m as u128,
            e: d.e,
        }
        .to_rational()
    };
    let (mut low, mut high) = (1u32, 17u32);
    let mut best = rounded(high);
    while low < high {
        let digits = (low + high) / 2;
        let c = rounded(digits);
        if lo <= &c && &c <= hi {
            best = c;
            high = digits;
        } else {
            low = digits + 1;
        }
    }
    best
}

/// A level is given back in its own unit only (no SI value: see `levels`).
fn convert_level(
    d: &DecodedQuantity,
    level: &'static Level,
    unit: Option<&str>,
    allow_inexact: bool,
) -> Result<Converted> {
    if let Some(u) = unit.map(str::trim).filter(|u| *u != level.symbol) {
        return Err(FluxemError::dimension(format!(
            "a level in {} is logarithmic: it converts to no other unit ({u:?})",
            level.symbol
        )));
    }
    let plain = DecodedQuantity {
        value: d.value.clone(),
        dims: Dims::default(),
        affine: false,
        level: None,
        pair: None,
    };
    let mut c = convert(&plain, None, allow_inexact)?;
    c.unit = level.symbol.to_string();
    c.dims = d.dims;
    Ok(c)
}

fn spell(d: &Dims) -> String {
    let s = d.si_unit();
    if s.is_empty() {
        "1 (dimensionless)".into()
    } else {
        s
    }
}

pub use crate::domains::BinOp;

/// `a op b` on the embeddings alone: codec log parts and exponents for `*` `/`, codec linear
/// parts for `+` `-` (equal exponents required).
pub fn binary(a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
    let (ca, cb) = (codec_block(a)?, codec_block(b)?);
    levels::refuse_levels(&[a, b], op.name())?;
    pair::refuse_pairs(&[a, b], op.name())?;
    let (da, db) = (read_dims(a)?, read_dims(b)?);
    let mut emb = layout::tagged(Domain::Quantity);
    let out = &mut emb[CODEC_START..CODEC_START + CODEC_DIMS];
    let dims = match op {
        BinOp::Add | BinOp::Sub => {
            if da != db {
                return Err(FluxemError::dimension(format!(
                    "cannot {} quantities of dimensions {} and {}",
                    if op == BinOp::Add { "add" } else { "subtract" },
                    spell(&da),
                    spell(&db)
                )));
            }
            let s = if op == BinOp::Add { 1.0 } else { -1.0 };
            codec::add_scaled(ca, cb, s, out)?;
            da
        }
        BinOp::Mul => {
            codec::mul_scaled(ca, cb, 1.0, out)?;
            da.combine(&db, 1)?
        }
        BinOp::Div => {
            codec::mul_scaled(ca, cb, -1.0, out)?;
            da.combine(&db, -1)?
        }
    };
    write_dims(&mut emb, &dims);
    Ok(emb)
}

/// `a ^ p` for p an integer or a half: the codec log part and the exponents scale by p.
pub fn power(a: &[f64], p: f64) -> Result<Embedding> {
    let ca = codec_block(a)?;
    levels::refuse_levels(&[a], "raise to a power")?;
    pair::refuse_pairs(&[a], "raise to a power")?;
    let n2 = p * 2.0;
    if !n2.is_finite() || n2.fract() != 0.0 || n2.abs() > 2.0 * unit_expr::MAX_POWER as f64 {
        return Err(FluxemError::encode(format!(
            "power {p}: quantities take integer or half powers up to ±{}",
            unit_expr::MAX_POWER
        )));
    }
    let dims = read_dims(a)?.pow_half(n2 as i64)?;
    let mut emb = layout::tagged(Domain::Quantity);
    let out = &mut emb[CODEC_START..CODEC_START + CODEC_DIMS];
    codec::pow(ca, p, out)?;
    write_dims(&mut emb, &dims);
    Ok(emb)
}

/// `-a`: every codec part stays valid; exponents unchanged.
pub fn negate(a: &[f64]) -> Result<Embedding> {
    let ca = codec_block(a)?;
    pair::refuse_pairs(&[a], "negate")?;
    let dims = read_dims(a)?;
    let mut emb = layout::tagged(Domain::Quantity);
    codec::neg(ca, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS]);
    write_dims(&mut emb, &dims);
    // -30 dB is a level too
    emb[LEVEL] = read_level(a)?.map_or(0.0, |l| l.code as f64);
    Ok(emb)
}

#[cfg(test)]
mod tests;
