//! Exact sums and products of decimals as one big integer times a power of ten. num-rational
//! reduces every result with a binary gcd (quadratic in the bits: 200 µs for
//! `1e999 + 1e-999`); a decimal needs none on the way, and its one reduction at the end is
//! cheap because the denominator is 10^k: only factors 2 and 5 can cancel.

use super::budget::Bits;
use crate::number::{decimal_to_rational, pow10, Number};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive};

/// The exact value `m * 10^e` (not necessarily with the fewest digits).
#[derive(Debug, Clone, PartialEq)]
pub struct BigDecimal {
    /// The significand, signed.
    pub m: BigInt,
    /// The decimal exponent.
    pub e: i64,
}

fn ten_to(k: u64) -> BigInt {
    BigInt::from(pow10(k as u32))
}

impl BigDecimal {
    /// A decimal literal's value; None for a rational.
    pub fn of(n: &Number) -> Option<BigDecimal> {
        match n {
            Number::Decimal { neg, m, e } => {
                let m = BigInt::from(*m);
                Some(BigDecimal {
                    m: if *neg { -m } else { m },
                    e: *e as i64,
                })
            }
            // a literal of more than 38 digits: exact integers stay decimals
            Number::Rational(r) if r.is_integer() => Some(BigDecimal {
                m: r.numer().clone(),
                e: 0,
            }),
            Number::Rational(_) => None,
        }
    }

    /// `self + other`, exactly (aligned to the smaller exponent).
    pub fn add(&self, other: &BigDecimal) -> BigDecimal {
        let e = self.e.min(other.e);
        let scaled = |d: &BigDecimal| {
            if d.e == e {
                d.m.clone()
            } else {
                &d.m * ten_to((d.e - e) as u64)
            }
        };
        BigDecimal {
            m: scaled(self) + scaled(other),
            e,
        }
    }

    /// `self * other`, exactly.
    pub fn mul(&self, other: &BigDecimal) -> BigDecimal {
        BigDecimal {
            m: &self.m * &other.m,
            e: self.e + other.e,
        }
    }

    /// `-self`.
    pub fn neg(self) -> BigDecimal {
        BigDecimal {
            m: -self.m,
            e: self.e,
        }
    }

    /// Upper bounds of the reduced rational's sizes, O(1).
    pub fn bits(&self) -> Bits {
        let k = self.e.unsigned_abs();
        let p10 = (k * 33_220).div_ceil(10_000);
        if self.e >= 0 {
            Bits {
                num: self.m.bits() + p10,
                den: 1,
            }
        } else {
            Bits {
                num: self.m.bits(),
                den: p10,
            }
        }
    }

    /// The value as a rational in lowest terms (no gcd: see `decimal_to_rational`).
    pub fn to_rational(&self) -> BigRational {
        decimal_to_rational(self.m.clone(), self.e)
    }

    /// The value as a `Number`: a decimal when the significand fits 128 bits, else a rational.
    pub fn to_number(&self) -> Number {
        match (self.m.abs().to_u128(), i32::try_from(self.e)) {
            (Some(m), Ok(e)) => Number::Decimal {
                neg: self.m.is_negative(),
                m,
                e,
            },
            _ => Number::Rational(self.to_rational()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::parse_number;

    fn dec(s: &str) -> BigDecimal {
        BigDecimal::of(&parse_number(s).unwrap()).unwrap()
    }

    #[test]
    fn sums_and_products_match_rationals_in_lowest_terms() {
        let lits = [
            "0",
            "1",
            "-1",
            "2.5",
            "-0.125",
            "1e999",
            "1e-999",
            "7e-3",
            "-40",
            "3.2e-5",
            "1e20",
            "99999999999999999999999",
            "0.0625",
            "5e-1",
        ];
        for a in lits {
            for b in lits {
                let (x, y) = (dec(a), dec(b));
                let (rx, ry) = (x.to_rational(), y.to_rational());
                assert_eq!(rx, parse_number(a).unwrap().to_rational(), "{a}");
                let s = x.add(&y).to_rational();
                assert_eq!(s, &rx + &ry, "{a} + {b}");
                let reduced = BigRational::new(s.numer().clone(), s.denom().clone());
                assert_eq!(s.numer(), reduced.numer(), "{a} + {b} is in lowest terms");
                assert_eq!(x.mul(&y).to_rational(), &rx * &ry, "{a} * {b}");
                assert_eq!(x.add(&y).to_number().to_rational(), &rx + &ry, "{a} + {b}");
                let bound = x.add(&y).bits();
                assert!(s.numer().bits() <= bound.num && s.denom().bits() <= bound.den);
            }
        }
    }
}
