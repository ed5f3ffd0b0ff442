//! Exact sums and products of decimals as one big integer times a power of ten. num-rational
//! reduces every result with a binary gcd (quadratic in the bits: 200 µs for
//! `1e999 + 1e-999`); a decimal needs none on the way, and its one reduction at the end is
//! cheap because the denominator is 10^k: only factors 2 and 5 can cancel.

use super::budget::Bits;
use crate::codec;
use crate::number::{decimal_to_rational, finish_rounded, pow10, Number, ShortDecimal};
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

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

    /// The value rounded half to even to `max_digits` (1..=18) significant digits, as
    /// `to_number().to_short_decimal(max_digits)` rounds it, from the decimal itself: one
    /// division of the significand by a cached power of ten, where the rational path first
    /// multiplies its denominator by one (most of the cost of `1e300 + 1e-300`). None when
    /// the value is certainly outside the codec's range (the codec refuses it from its bit
    /// lengths, without this division).
    pub fn to_short_decimal(&self, max_digits: u32) -> Option<ShortDecimal> {
        debug_assert!((1..=18).contains(&max_digits));
        let neg = self.m.is_negative();
        let m = self.m.magnitude();
        if let (Some(small), Ok(e)) = (m.to_u128(), i32::try_from(self.e)) {
            return Some(Number::Decimal { neg, m: small, e }.to_short_decimal(max_digits));
        }
        // log10(m) from its top 64 bits: the digit count, off by one only next to a power of
        // ten (the loop then corrects it; a second division costs as much as the first)
        let bits = m.bits();
        let mut top = m.iter_u64_digits().rev();
        let (hi, lo) = (top.next().unwrap_or(0), top.next().unwrap_or(0));
        let lz = hi.leading_zeros();
        let lead = if lz == 0 {
            hi
        } else {
            (hi << lz) | (lo >> (64 - lz))
        };
        let log10 = libm::log10(lead as f64) + (bits - 64) as f64 * std::f64::consts::LOG10_2;
        if codec::log10_far_outside(log10.floor() + self.e as f64) {
            return None;
        }
        let mut drop = (log10.floor() as u64 + 1).saturating_sub(u64::from(max_digits));
        loop {
            let div = pow10(u32::try_from(drop).ok()?);
            let (q, r) = num_integer::Integer::div_rem(m, &div);
            let Some(q) = q.to_u64().filter(|&q| q < 10u64.pow(max_digits)) else {
                drop += 1;
                continue;
            };
            if q < 10u64.pow(max_digits - 1) && drop > 0 {
                drop -= 1;
                continue;
            }
            let twice: BigUint = r << 1u32;
            let up = twice > div || (twice == div && q % 2 == 1);
            let e = i32::try_from(self.e + drop as i64).ok()?;
            let mut d = finish_rounded(neg, u128::from(q + u64::from(up)), e, max_digits);
            d.rounded = !twice.is_zero();
            return Some(d);
        }
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
    use crate::test_rng::XorShift;

    #[test]
    fn short_decimals_match_the_rational_path() {
        // significands of 1-80 digits, with rounding ties, nines that carry, trailing zeros
        let mut rng = XorShift::new(0x5eed_d1c1);
        for case in 0..4000 {
            let digits = 1 + rng.below(80);
            let mut text: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            match case % 4 {
                1 if digits > 19 => {
                    text.replace_range(18.., &format!("5{}", "0".repeat(digits - 19)))
                }
                2 if digits > 19 => text.replace_range(..18, &"9".repeat(18)),
                3 => text.push_str(&"0".repeat(rng.below(30))),
                _ => {}
            }
            let m: BigInt = text.parse().unwrap();
            let m = if rng.below(2) == 0 { -m } else { m };
            let e = rng.below(700) as i64 - 350;
            let d = BigDecimal { m: m.clone(), e };
            let via_rational = Number::Rational(decimal_to_rational(m, e));
            for max_digits in [1, 7, 18] {
                match d.to_short_decimal(max_digits) {
                    Some(s) => {
                        assert_eq!(s, via_rational.to_short_decimal(max_digits), "{text}e{e}")
                    }
                    None => assert!(codec::check_range(&via_rational).is_err(), "{text}e{e}"),
                }
            }
        }
    }

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
                let sum = x.add(&y).to_number();
                match x.add(&y).to_short_decimal(18) {
                    Some(short) => assert_eq!(short, sum.to_short_decimal(18), "{a} + {b}"),
                    None => assert!(codec::check_range(&sum).is_err(), "{a} + {b}"),
                }
                let bound = x.add(&y).bits();
                assert!(s.numer().bits() <= bound.num && s.denom().bits() <= bound.den);
            }
        }
    }
}
