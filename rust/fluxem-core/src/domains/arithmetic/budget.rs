//! The bit budget of an expression: every exact intermediate keeps its numerator and
//! denominator within `MAX_BITS`, and each operation is checked *before* it builds a big
//! rational, from O(1) upper bounds of its operands' sizes. So no step multiplies, adds or
//! reduces integers of more than about `2 * MAX_BITS` bits, and a hostile expression
//! ("1e999 * 1e999 * ...", "2 ^ 99999") fails at the operator that would exceed the budget,
//! in time independent of the numbers' magnitudes.

use crate::number::Number;
use crate::{FluxemError, Result};
use num_rational::BigRational;

/// Intermediate results may not exceed this many bits in numerator or denominator (~10^4900).
pub const MAX_BITS: u64 = 16_384;

/// Upper bounds of the bit lengths of a value's numerator and denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bits {
    /// Numerator bits (an upper bound).
    pub num: u64,
    /// Denominator bits (an upper bound).
    pub den: u64,
}

/// Bits of 10^k, rounded up: k * log2(10) < k * 3.3220.
fn pow10_bits(k: u64) -> u64 {
    (k * 33_220).div_ceil(10_000)
}

impl Bits {
    /// O(1) bounds of an exact value (a decimal's are computed from m and e, without 10^e).
    pub fn of(n: &Number) -> Bits {
        match n {
            Number::Decimal { m, e, .. } => {
                let m_bits = 128 - m.leading_zeros() as u64;
                let k = e.unsigned_abs() as u64;
                if *e >= 0 {
                    Bits {
                        num: m_bits + pow10_bits(k),
                        den: 1,
                    }
                } else {
                    Bits {
                        num: m_bits,
                        den: pow10_bits(k),
                    }
                }
            }
            Number::Rational(r) => Bits::of_rational(r),
        }
    }

    /// Exact bit lengths of a rational (O(1): num-bigint stores the length).
    pub fn of_rational(r: &BigRational) -> Bits {
        Bits {
            num: r.numer().bits(),
            den: r.denom().bits(),
        }
    }

    /// Bounds of `a ± b` before reduction: (na * db ± nb * da) / (da * db).
    pub fn sum(a: Bits, b: Bits) -> Bits {
        Bits {
            num: (a.num + b.den).max(b.num + a.den) + 1,
            den: a.den + b.den,
        }
    }

    /// Bounds of `a * b` before reduction.
    pub fn product(a: Bits, b: Bits) -> Bits {
        Bits {
            num: a.num + b.num,
            den: a.den + b.den,
        }
    }

    /// Bounds of `a / b` before reduction.
    pub fn quotient(a: Bits, b: Bits) -> Bits {
        Bits {
            num: a.num + b.den,
            den: a.den + b.num,
        }
    }

    /// Bounds of `a ^ p`.
    pub fn power(a: Bits, p: u64) -> Bits {
        Bits {
            num: a.num.saturating_mul(p),
            den: a.den.saturating_mul(p),
        }
    }

    /// Within the budget: both parts at most `MAX_BITS`.
    pub fn fits(self) -> bool {
        self.num <= MAX_BITS && self.den <= MAX_BITS
    }

    /// `Ok` when within the budget, else the typed error naming the operator's position.
    pub fn check(self, pos: usize) -> Result<()> {
        if self.fits() {
            Ok(())
        } else {
            Err(FluxemError::encode(format!(
                "intermediate result at position {pos} would exceed {MAX_BITS} bits"
            )))
        }
    }
}

/// Work allowed to any expression, in 64-bit limb operations (a few tens of microseconds).
pub const BASE_WORK: u64 = 1 << 16;
/// Work allowed per byte of the expression's text: big-number work stays linear in the input
/// with a small constant (issue 11: a hostile text costs what prose costs per MB).
pub const WORK_PER_BYTE: u64 = 32;

/// Limbs of a part of `bits` bits.
fn limbs(bits: u64) -> u64 {
    bits / 64 + 1
}

impl Bits {
    /// The larger part's limbs.
    fn limbs(self) -> u64 {
        limbs(self.num.max(self.den))
    }

    /// Upper bound of the limb operations of an exact operation on values of these sizes:
    /// products, quotients and the gcds that reduce them are linear in each operand's limbs
    /// (so `big + 1/7` is cheap and `big * big` is quadratic).
    pub fn work(a: Bits, b: Bits) -> u64 {
        4 * a.limbs().saturating_mul(b.limbs())
    }

    /// Upper bound of the limb operations of building a value of this size by repeated
    /// squaring (`x ^ p`).
    pub fn power_work(result: Bits) -> u64 {
        result.limbs().saturating_mul(result.limbs())
    }
}

/// The exact work an expression may still spend: `BASE_WORK + WORK_PER_BYTE * len`, charged
/// before each big-number operation from O(1) size bounds. An expression whose exact
/// evaluation would cost more than that (long chains of products of huge quotients) fails
/// with an `EncodeError` at the operator that would exceed it, so evaluation time is linear in
/// the text's length on any input.
#[derive(Debug, Clone, Copy)]
pub struct Work {
    left: u64,
}

impl Work {
    /// The allowance of a text of `len` bytes.
    pub fn for_text(len: usize) -> Work {
        Work {
            left: BASE_WORK.saturating_add(WORK_PER_BYTE.saturating_mul(len as u64)),
        }
    }

    /// Spends `cost`, or fails naming the operator at `pos` when the allowance is short.
    pub fn charge(&mut self, cost: u64, pos: usize) -> Result<()> {
        match self.left.checked_sub(cost) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(FluxemError::encode(format!(
                "evaluating the expression exactly at position {pos} would take more work than \
                 its length allows (a chain of products of huge values)"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::parse_number;
    use num_traits::Zero;

    fn exact(n: &Number) -> Bits {
        Bits::of_rational(&n.to_rational())
    }

    fn covers(bound: Bits, r: &BigRational) -> bool {
        let e = Bits::of_rational(r);
        r.is_zero() || (e.num <= bound.num && e.den <= bound.den)
    }

    #[test]
    fn bounds_cover_the_exact_sizes() {
        let lits = [
            "0",
            "1",
            "7",
            "-12.5",
            "0.001",
            "1e300",
            "1e-300",
            "3e999",
            "99999999999999999999",
            "1.5e-7",
            "123456789012345678901234567890",
        ];
        for a in lits {
            let x = parse_number(a).unwrap();
            let bx = Bits::of(&x);
            assert!(covers(bx, &x.to_rational()), "{a}");
            assert!(
                bx.num <= exact(&x).num + 2 && bx.den <= exact(&x).den + 2,
                "{a}"
            );
            for b in lits {
                let y = parse_number(b).unwrap();
                let by = Bits::of(&y);
                let (rx, ry) = (x.to_rational(), y.to_rational());
                assert!(covers(Bits::sum(bx, by), &(&rx + &ry)), "{a} + {b}");
                assert!(covers(Bits::sum(bx, by), &(&rx - &ry)), "{a} - {b}");
                assert!(covers(Bits::product(bx, by), &(&rx * &ry)), "{a} * {b}");
                if !ry.is_zero() {
                    assert!(covers(Bits::quotient(bx, by), &(&rx / &ry)), "{a} / {b}");
                }
            }
        }
    }

    #[test]
    fn the_budget_is_decided_without_building_numbers() {
        let huge = Number::Decimal {
            neg: false,
            m: 1,
            e: i32::MAX,
        };
        assert!(!Bits::of(&huge).fits());
        let ten_to = |e| Number::Decimal {
            neg: false,
            m: 1,
            e,
        };
        assert!(Bits::of(&ten_to(4900)).fits());
        assert!(!Bits::of(&ten_to(4940)).fits());
        assert!(!Bits::of(&ten_to(-4940)).fits());
        assert!(!Bits::power(Bits::of(&parse_number("2").unwrap()), u64::MAX).fits());
    }
}
