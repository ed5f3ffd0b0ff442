//! Exact numbers cross the boundary as `(numerator, denominator)` pairs, as Python's
//! `as_integer_ratio` does; `fractions.Fraction(*pair)` rebuilds them.

use fluxem_core::number::{pow10, ShortDecimal};
use num_bigint::BigInt;
use num_rational::BigRational;

/// `(numerator, denominator)` of an exact value.
pub type Ratio = (BigInt, BigInt);

pub fn ratio(r: &BigRational) -> Ratio {
    (r.numer().clone(), r.denom().clone())
}

/// `significand * 10**exponent` as a ratio (not reduced: `Fraction` reduces).
pub fn decimal_ratio(significand: BigInt, exponent: i32) -> Ratio {
    let p = BigInt::from(pow10(exponent.unsigned_abs()));
    if exponent >= 0 {
        (significand * p, BigInt::from(1))
    } else {
        (significand, p)
    }
}

/// A signed short decimal (a codec's exact part) as a ratio.
pub fn short_ratio(d: &ShortDecimal) -> Ratio {
    let m = BigInt::from(d.m);
    decimal_ratio(if d.neg { -m } else { m }, d.e)
}
