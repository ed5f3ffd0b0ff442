//! Operations on VECTOR embeddings, computed from their exact integer fields.
//!
//! add/sub align each pair of components to the smaller exponent (multiplying the other's
//! significand by a power of ten) and add exactly: when the exponents already agree (the
//! canonical -6 makes that the common case) this is the plain limb sum. Results are written in
//! canonical form, so `add(enc(a), enc(b))` is bit-identical to `enc(a + b)` whenever a + b
//! fits 18 digits per component (else it is rounded half-even and counted in ROUNDED).
//! dot and norm are computed from the decoded exact components (not a vector identity).

use super::{decode, encode_components, DecodedVector};
use crate::layout::Embedding;
use crate::number::{pow10, Number};
use crate::{FluxemError, Result};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

fn same_length(a: &[f64], b: &[f64], op: &str) -> Result<(DecodedVector, DecodedVector)> {
    let (da, db) = (decode(a)?, decode(b)?);
    if da.components.len() != db.components.len() {
        return Err(FluxemError::dimension(format!(
            "{op}: the vectors have {} and {} components",
            da.components.len(),
            db.components.len()
        )));
    }
    Ok((da, db))
}

/// m * 10^e as a Number (a decimal when the significand fits, else a rational).
fn number(m: BigInt, e: i32) -> Number {
    match m.abs().to_u128() {
        Some(u) => Number::Decimal {
            neg: m.is_negative(),
            m: u,
            e,
        },
        None => {
            let p = BigInt::from(pow10(e.unsigned_abs()));
            Number::Rational(if e >= 0 {
                BigRational::from_integer(m * p)
            } else {
                BigRational::new(m, p)
            })
        }
    }
}

/// (ma * 10^ea) + s * (mb * 10^eb), exactly, at the smaller exponent.
fn aligned_sum((ma, ea): (i128, i32), (mb, eb): (i128, i32), s: i128) -> Number {
    if ea == eb {
        return number(BigInt::from(ma) + BigInt::from(s * mb), ea);
    }
    let e = ea.min(eb);
    let scale = |m: i128, from: i32| BigInt::from(m) * BigInt::from(pow10((from - e) as u32));
    number(scale(ma, ea) + scale(s * mb, eb), e)
}

fn combine(a: &[f64], b: &[f64], s: i128, op: &str) -> Result<Embedding> {
    let (da, db) = same_length(a, b, op)?;
    let comps: Vec<Number> = da
        .components
        .iter()
        .zip(db.components.iter())
        .map(|(&x, &y)| aligned_sum(x, y, s))
        .collect();
    encode_components(&comps, da.rounded.saturating_add(db.rounded))
}

/// a + b, componentwise and exact (see the module doc).
pub fn add(a: &[f64], b: &[f64]) -> Result<Embedding> {
    combine(a, b, 1, "add")
}

/// a - b, componentwise and exact.
pub fn sub(a: &[f64], b: &[f64]) -> Result<Embedding> {
    combine(a, b, -1, "sub")
}

/// -a (exact).
pub fn neg(a: &[f64]) -> Result<Embedding> {
    let d = decode(a)?;
    let comps: Vec<Number> = d
        .components
        .iter()
        .map(|&(m, e)| number(BigInt::from(-m), e))
        .collect();
    encode_components(&comps, d.rounded)
}

/// s * a for an exact number s (a float means its shortest decimal): exact whenever each
/// product fits 18 significant digits, else rounded half-even and counted in ROUNDED.
pub fn scale(a: &[f64], s: &Number) -> Result<Embedding> {
    let d = decode(a)?;
    let sr = s.to_rational();
    let comps: Vec<Number> = d
        .numbers()
        .iter()
        .map(|x| Number::Rational(x.to_rational() * &sr))
        .collect();
    encode_components(&comps, d.rounded)
}

/// a * (num / den), exactly as `scale` (den must not be zero).
pub fn scale_ratio(a: &[f64], num: &BigInt, den: &BigInt) -> Result<Embedding> {
    if den.is_zero() {
        return Err(FluxemError::encode("scale factor with a zero denominator"));
    }
    let s = Number::Rational(BigRational::new(num.clone(), den.clone()));
    scale(a, &s)
}

/// The exact dot product of the decoded components.
pub fn dot(a: &[f64], b: &[f64]) -> Result<BigRational> {
    let (da, db) = same_length(a, b, "dot")?;
    let mut acc = BigRational::zero();
    for (x, y) in da.numbers().iter().zip(db.numbers().iter()) {
        acc += x.to_rational() * y.to_rational();
    }
    Ok(acc)
}

/// The Euclidean norm: the square root of the exact sum of squares, within 2 ulp.
pub fn norm(a: &[f64]) -> Result<f64> {
    let d = decode(a)?;
    let mut sum = BigRational::zero();
    for x in d.numbers() {
        let r = x.to_rational();
        sum += &r * &r;
    }
    let s = Number::Rational(sum).to_short_decimal(18);
    if s.m == 0 {
        return Ok(0.0);
    }
    let (mut m, mut e) = (s.m as f64, s.e);
    if e.rem_euclid(2) == 1 {
        m *= 10.0;
        e -= 1;
    }
    let (mant, exp10) = split_sci(libm::sqrt(m));
    let v: f64 = format!("{mant}e{}", exp10 + e / 2)
        .parse()
        .unwrap_or(f64::NAN);
    if !v.is_finite() {
        return Err(FluxemError::decode(
            "the norm is beyond float64; compute it from decode_exact",
        ));
    }
    Ok(v)
}

/// A float's shortest decimal as (mantissa digits with a point, power of ten).
fn split_sci(x: f64) -> (String, i32) {
    let s = format!("{x:e}");
    match s.split_once('e') {
        Some((mant, exp)) => (mant.to_string(), exp.parse().unwrap_or(0)),
        None => (s, 0),
    }
}
