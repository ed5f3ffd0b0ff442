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
use crate::number::{pow10, powers_of_two_and_five, rational_ops, Number};
use crate::{FluxemError, Result};
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
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

/// Decimal digits of a positive big integer.
fn decimal_digits(m: &BigUint) -> u32 {
    // bits * log10(2) is within one of the digit count; settle it with one comparison
    let est = ((m.bits() as f64 - 1.0) * std::f64::consts::LOG10_2) as u32 + 1;
    if *m >= pow10(est) {
        est + 1
    } else {
        est
    }
}

/// m * 10^e as a Number::Decimal. A significand beyond 38 digits is cut to 37 digits plus a
/// sticky last digit (1 when anything non-zero was cut), so the later rounding to 18 digits
/// is still correctly rounded half-even.
fn number(m: BigInt, e: i32) -> Number {
    let neg = m.is_negative();
    let mag = m.magnitude();
    if let Some(u) = mag.to_u128() {
        return Number::Decimal { neg, m: u, e };
    }
    let cut = decimal_digits(mag) - 37;
    let (q, r) = mag.div_rem(&pow10(cut));
    let sticky = u128::from(!r.is_zero());
    let q = q.to_u128().unwrap_or(0) * 10 + sticky;
    Number::Decimal {
        neg,
        m: q,
        e: e + cut as i32 - 1,
    }
}

/// (ma * 10^ea) + s * (mb * 10^eb), exactly, at the smaller exponent.
fn aligned_sum((ma, ea): (i128, i32), (mb, eb): (i128, i32), s: i128) -> Number {
    let e = ea.min(eb);
    let scale = |m: i128, from: i32| BigInt::from(m) * BigInt::from(pow10((from - e) as u32));
    number(scale(ma, ea) + scale(s * mb, eb), e)
}

/// Sum of m_i * 10^e_i as (S, E) with the exact value S * 10^E.
fn exact_sum(terms: &[(BigInt, i32)]) -> (BigInt, i32) {
    let e = terms.iter().map(|t| t.1).min().unwrap_or(0);
    let s = terms
        .iter()
        .map(|(m, te)| m * BigInt::from(pow10((te - e) as u32)))
        .sum();
    (s, e)
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
    let comps: Vec<Number> = match s {
        Number::Decimal { neg, m, e } => {
            let sm = if *neg {
                -BigInt::from(*m)
            } else {
                BigInt::from(*m)
            };
            d.components
                .iter()
                .map(|&(cm, ce)| number(BigInt::from(cm) * &sm, ce + e))
                .collect()
        }
        Number::Rational(r) => d
            .numbers()
            .iter()
            .map(|x| Number::Rational(rational_ops::mul(&x.to_rational(), r)))
            .collect(),
    };
    encode_components(&comps, d.rounded)
}

/// a * (num / den), exactly as `scale` (den must not be zero); a terminating fraction is
/// scaled as a decimal.
pub fn scale_ratio(a: &[f64], num: &BigInt, den: &BigInt) -> Result<Embedding> {
    if den.is_zero() {
        return Err(FluxemError::encode("scale factor with a zero denominator"));
    }
    let r = BigRational::new(num.clone(), den.clone());
    let Some((twos, fives)) = powers_of_two_and_five(r.denom().magnitude()) else {
        return scale(a, &Number::Rational(r));
    };
    // num / (2^a 5^b) = num * 2^(k-a) 5^(k-b) / 10^k with k = max(a, b)
    let k = twos.max(fives);
    let m = r.numer()
        * BigInt::from(num_traits::pow(BigUint::from(2u32), (k - twos) as usize))
        * BigInt::from(num_traits::pow(BigUint::from(5u32), (k - fives) as usize));
    let decimal = number(m, -(k as i32));
    scale(a, &decimal)
}

/// The exact dot product of the decoded components as (S, E): the value is S * 10^E.
pub fn dot(a: &[f64], b: &[f64]) -> Result<(BigInt, i32)> {
    let (da, db) = same_length(a, b, "dot")?;
    let terms: Vec<(BigInt, i32)> = da
        .components
        .iter()
        .zip(db.components.iter())
        .map(|(&(ma, ea), &(mb, eb))| (BigInt::from(ma) * BigInt::from(mb), ea + eb))
        .collect();
    Ok(exact_sum(&terms))
}

/// The Euclidean norm: the integer square root of the exact sum of squares (scaled to at
/// least 40 digits), plus a sticky digit, rounded once to float64: within 1 ulp (correctly
/// rounded unless a float64 rounding boundary lies within 10^-20 relative of the norm).
pub fn norm(a: &[f64]) -> Result<f64> {
    let d = decode(a)?;
    let terms: Vec<(BigInt, i32)> = d
        .components
        .iter()
        .map(|&(m, e)| (BigInt::from(m) * BigInt::from(m), 2 * e))
        .collect();
    let (sum, e) = exact_sum(&terms);
    let sum = sum.magnitude();
    if sum.is_zero() {
        return Ok(0.0);
    }
    // radicand sum * 10^shift with an even exponent e - shift and >= 40 digits
    let mut shift = 40u32.saturating_sub(decimal_digits(sum));
    if (e - shift as i32).rem_euclid(2) == 1 {
        shift += 1;
    }
    let radicand = sum * pow10(shift);
    let root = radicand.sqrt();
    let sticky = if &root * &root == radicand { 0 } else { 1 };
    let exp10 = (e - shift as i32) / 2 - 1;
    let v: f64 = format!("{root}{sticky}e{exp10}")
        .parse()
        .unwrap_or(f64::NAN);
    if !v.is_finite() {
        return Err(FluxemError::decode(
            "the norm is beyond float64; compute it from decode_exact",
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_long_significands_keeps_rounding_correct() {
        // 1234567890123456785 * 10^22 + 1: above the tie, so it rounds up to 18 digits
        let big = BigInt::from(1_234_567_890_123_456_785u128) * BigInt::from(pow10(22)) + 1;
        let d = number(big, -3).to_short_decimal(18);
        assert_eq!((d.m, d.e, d.rounded), (123456789012345679, 20, true));
        // exactly the tie: half to even (down)
        let tie = BigInt::from(1_234_567_890_123_456_785u128) * BigInt::from(pow10(22));
        let d = number(tie, -3).to_short_decimal(18);
        assert_eq!((d.m, d.e), (123456789012345678, 20));
        assert_eq!(decimal_digits(&BigUint::from(999u32)), 3);
        assert_eq!(decimal_digits(&BigUint::from(1000u32)), 4);
    }
}
