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
//! dims 49..128 zero (reserved)
//! ```
//!
//! Closed form on embeddings: `*` and `/` add or subtract the codec log parts and the
//! exponents; `^p` (p an integer or a half) scales both; `+` and `-` add the codec linear parts
//! of operands with equal exponents (a `DimensionError` otherwise). See
//! docs/FORMAL_DEFINITION.md (section QUANTITY) for the identities and their ranges.

mod dims;
mod factor;
mod levels;
mod si;
mod unit_expr;
mod units;

pub use dims::{Dims, MAX_EXPONENT};
pub use levels::{level_by_code, read_level, Level, LEVEL, LEVELS};
pub use si::{unit_of_text, SiUnit};
pub use unit_expr::{is_hspace, is_unit_char, parse_unit, unit_len, Unit};
pub use units::{
    all_atoms, shadowed_atoms, UnitDef, DIM_SYMBOLS, N_DIMS, PREFIXES, UNITS, WORD_LIKE,
};

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
pub const CONTENT_END: usize = LEVEL + 1;

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

/// Parses the whole of `text` as a quantity: a number (`-1.2e-3`, an optional `× 10^k`) and a
/// unit. A bare number, an unknown unit or trailing text is a `ParseError` with the char
/// position of the problem; an SI value outside the codec's range is the `EncodeError` that
/// encoding it raises (refused from its exponent alone when that decides it).
pub fn parse_quantity(text: &str) -> Result<Quantity> {
    let (number, unit) = parse_parts(text)?;
    if unit.clearly_out_of_range(&number) {
        return Err(codec::out_of_range("the value in SI units"));
    }
    let q = Quantity::new(number, unit);
    codec::accepts(&q.si)?;
    Ok(q)
}

/// The number as written and the unit of `text`, before conversion to SI: everything
/// `parse_quantity` checks except the value's range.
fn parse_parts(text: &str) -> Result<(Number, Arc<SiUnit>)> {
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

fn parse_body(body: &str) -> Result<(Number, Arc<SiUnit>)> {
    let mut cur = Cursor::new(body);
    if cur.at_end() {
        return Err(cur.error("expected a quantity"));
    }
    // U+2212 MINUS SIGN is a sign too (an ASCII sign belongs to the literal).
    let unicode_minus = cur.eat("\u{2212}");
    if unicode_minus && cur.rest().starts_with(['+', '-']) {
        return Err(FluxemError::parse(
            "two signs before the number",
            cur.char_pos(),
        ));
    }
    let len = number_len(cur.rest());
    if len == 0 {
        return Err(cur.error("expected a number"));
    }
    let mut number = parse_literal(&cur.rest()[..len])?.negated_if(unicode_minus);
    cur.advance_bytes(len);
    if let Some(k) = times_ten_power(&mut cur)? {
        number = scale_by_pow10(number, k)?;
    }
    cur.skip_while(is_hspace);
    if cur.at_end() {
        return Err(FluxemError::parse(
            "expected a unit after the number",
            cur.char_pos(),
        ));
    }
    let unit = si::unit_of(cur.rest()).map_err(|e| e.offset_by(cur.char_pos()))?;
    Ok((number, unit))
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
    if !c.eat("10") {
        return Ok(None);
    }
    let k = if c.eat("^") {
        let len = literal_len(c.rest());
        let lit = &c.rest()[..len];
        if len == 0 || lit.contains(['.', 'e', 'E']) {
            return Ok(None);
        }
        c.advance_bytes(len);
        lit.parse::<i64>().ok()
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
        .filter(|k| k.abs() <= MAX_LITERAL_EXPONENT)
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

/// Embeds a parsed quantity.
pub fn encode_quantity(q: &Quantity) -> Result<Embedding> {
    let mut emb = layout::tagged(Domain::Quantity);
    codec::encode(&q.si, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
    write_dims(&mut emb, &q.dims());
    emb[AFFINE] = if q.is_affine() { 1.0 } else { 0.0 };
    emb[LEVEL] = q.level().map_or(0.0, |l| l.code as f64);
    Ok(emb)
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
    fn encode_text(&self, text: &str) -> Result<Embedding> {
        encode_quantity(&parse_quantity(text)?)
    }

    /// `encode_quantity` fails only when the SI value is outside the codec's range; a value
    /// whose magnitude is clearly inside it is accepted without computing it exactly.
    fn accepts(&self, text: &str) -> Result<()> {
        if let Some(decided) = accepts_common(text) {
            return decided;
        }
        let (number, unit) = parse_parts(text)?;
        accepts_value(&number, &unit)
    }
}

/// Whether `number` in `unit` encodes (the codec's range check on its SI value).
fn accepts_value(number: &Number, unit: &SiUnit) -> Result<()> {
    if unit.clearly_in_range(number) {
        return Ok(());
    }
    if unit.clearly_out_of_range(number) {
        return Err(codec::out_of_range("the value in SI units"));
    }
    codec::accepts(&unit.to_si(number).0)
}

/// `accepts` for the segmenter's common case, in one pass: a plain unsigned literal, optional
/// spaces and a unit this thread has parsed before. `Some` only where `parse_parts` would
/// return that literal and unit; `None` means "not this case" (the full check runs).
fn accepts_common(text: &str) -> Option<Result<()>> {
    let (number, len) = plain_literal_prefix(text)?;
    let unit_text = text[len..].trim_start_matches(is_hspace);
    // a `× 10^k` tail, trailing spaces and a missing unit take the full path
    if unit_text.is_empty()
        || unit_text.starts_with(['\u{d7}', 'x', '*', '\u{b7}'])
        || unit_text.ends_with(char::is_whitespace)
    {
        return None;
    }
    si::with_cached_unit(unit_text, |u| accepts_value(&number, u))
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
/// exponents and the affine flag.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedQuantity {
    /// The value in SI base units, from the codec part the flags name.
    pub value: Decoded,
    /// The dimension exponents.
    pub dims: Dims,
    /// Whether the text's unit was an affine temperature.
    pub affine: bool,
    /// The logarithmic level unit, when the text's unit was one (`value` is then the level).
    pub level: Option<&'static Level>,
}

/// Decodes a QUANTITY embedding (a `Decode` error for another domain's or a malformed one).
pub fn decode(emb: &[f64]) -> Result<DecodedQuantity> {
    let block = codec_block(emb)?;
    let value = codec::decode(block)?;
    let dims = read_dims(emb)?;
    Ok(DecodedQuantity {
        value,
        dims,
        affine: emb[AFFINE].round() == 1.0,
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
    // The SI value, whether it is exact, and for a rounded exact part its half-ulp: the true
    // value lies within si ± half_ulp.
    let (si, exact, half_ulp) = match &d.value {
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
                     beyond 10^18 in SI units); pass allow_inexact=True to read it anyway",
                ));
            }
            let r = BigRational::new(BigInt::from(*scaled), BigInt::from(pow10(9)));
            (r, !*inexact, None)
        }
        Decoded::Log(v) => (Number::from_f64(*v)?.to_rational(), false, None),
    };
    let (target, name) = match unit {
        None => (unit_of_text("")?, d.dims.si_unit()),
        Some(text) => {
            let u = unit_of_text(text)?;
            if u.unit.dims != d.dims {
                return Err(FluxemError::dimension(format!(
                    "cannot express a quantity of dimension {} in {text:?} (dimension {})",
                    spell(&d.dims),
                    spell(&u.unit.dims)
                )));
            }
            (u, text.trim().to_string())
        }
    };
    let (factor, factor_exact) = (&target.approx, target.exact.is_some());
    let to_target = |x: &BigRational| {
        let shifted = match &target.unit.offset {
            Some(off) => x - off,
            None => x.clone(),
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
        dims: d.dims,
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
