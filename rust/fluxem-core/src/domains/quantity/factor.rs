//! Exact unit factors: `rat * sqrt(root) * π^(pi2 / 2)`, with `rat`, `root` positive rationals.
//!
//! Products of table units with integer powers stay in `rat` (exact). Half powers (`Hz^0.5`)
//! put a rational under the root; angle units bring powers of π. A factor whose root is a
//! perfect square and whose π power is zero is an exact rational; any other is irrational and
//! is evaluated to `APPROX_DIGITS` significant digits (the codec then rounds to 18 and flags it).

use crate::number::rational_ops::{div, mul, reduced};
use crate::number::{parse_number, pow10};
use crate::{FluxemError, Result};
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// Digits of π kept (more than any value needs: the codec stores 18).
const PI_60: &str = "3.14159265358979323846264338327950288419716939937510582097494";
/// Significant digits an irrational factor is evaluated to.
pub const APPROX_DIGITS: u32 = 50;
/// Largest numerator/denominator size, in bits, a factor may reach (~10^2466): far beyond the
/// codec's range, small enough that hostile powers fail fast.
pub const MAX_FACTOR_BITS: u64 = 8192;
/// Largest |power of π| a factor may hold (`deg^8`; square degrees are the usual most): each power
/// costs a 200-bit product in the 50-digit evaluation, and `°^50·°^61.5·...` (28 bytes) cost
/// 67 ms before this bound (found by the domain fuzz target).
pub const MAX_PI_POWER: u64 = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    pub rat: BigRational,
    pub root: BigRational,
    /// Twice the power of π.
    pub pi2: i64,
    /// `Some(k)` when the factor is exactly 10^k (SI prefixes): a decimal fast path.
    pub pow10: Option<i64>,
}

/// Parses a table factor: a decimal, or `a/b` of decimals.
pub fn parse_exact(text: &str) -> BigRational {
    let parse = |s: &str| {
        parse_number(s)
            .unwrap_or_else(|e| panic!("bad unit-table number {s:?}: {e}"))
            .to_rational()
    };
    match text.split_once('/') {
        Some((a, b)) => parse(a) / parse(b),
        None => parse(text),
    }
}

fn ten_pow(k: i64) -> BigRational {
    let p = BigRational::from_integer(BigInt::from(pow10(k.unsigned_abs() as u32)));
    if k >= 0 {
        p
    } else {
        p.recip()
    }
}

fn bits(r: &BigRational) -> u64 {
    r.numer().bits().max(r.denom().bits())
}

/// Whether a positive rational is the square of a rational; returns the root if so.
fn rational_sqrt(r: &BigRational) -> Option<BigRational> {
    let (n, d) = (r.numer().magnitude(), r.denom().magnitude());
    let (sn, sd) = (n.sqrt(), d.sqrt());
    // roots of coprime squares are coprime: already in lowest terms
    (&sn * &sn == *n && &sd * &sd == *d)
        .then(|| BigRational::new_raw(BigInt::from(sn), BigInt::from(sd)))
}

impl Factor {
    pub fn one() -> Factor {
        Factor {
            rat: BigRational::one(),
            root: BigRational::one(),
            pi2: 0,
            pow10: Some(0),
        }
    }

    /// `10^k * table_factor * π^pi`.
    pub fn of_unit(exp10: i32, factor: &BigRational, pi: i8, factor_is_one: bool) -> Factor {
        Factor {
            rat: mul(&ten_pow(exp10 as i64), factor),
            root: BigRational::one(),
            pi2: 2 * pi as i64,
            pow10: (factor_is_one && pi == 0).then_some(exp10 as i64),
        }
    }

    fn check(self) -> Result<Factor> {
        if bits(&self.rat) > MAX_FACTOR_BITS
            || bits(&self.root) > MAX_FACTOR_BITS
            || self.pi2.unsigned_abs() > 2 * MAX_PI_POWER
        {
            return Err(FluxemError::encode(
                "the unit's conversion factor is outside any representable range",
            ));
        }
        Ok(self)
    }

    pub fn mul(&self, other: &Factor, sign: i64) -> Result<Factor> {
        // cross-cancelling products (Lehmer's gcd): num-rational's reduce with a binary gcd made
        // `9 MM^24 MM^24 ...` cost 1 ms per 180 bytes
        let (rat, root) = if sign > 0 {
            (mul(&self.rat, &other.rat), mul(&self.root, &other.root))
        } else {
            (div(&self.rat, &other.rat), div(&self.root, &other.root))
        };
        Factor {
            rat,
            root,
            pi2: self.pi2 + sign * other.pi2,
            pow10: self.pow10.zip(other.pow10).map(|(a, b)| a + sign * b),
        }
        .check()
    }

    /// `self^(n/2)`. Fails (EncodeError) when that needs a fourth root.
    pub fn pow_half(&self, n2: i64) -> Result<Factor> {
        let mut f = self.clone();
        if let Some(r) = rational_sqrt(&f.root) {
            f.rat = mul(&f.rat, &r);
            f.root = BigRational::one();
        }
        let estimate = (bits(&f.rat) + bits(&f.root)) * n2.unsigned_abs();
        if estimate > 2 * MAX_FACTOR_BITS {
            return Err(FluxemError::encode(
                "the unit's conversion factor is outside any representable range",
            ));
        }
        if n2 < 0 {
            f.rat = f.rat.recip();
            f.root = f.root.recip();
            f.pi2 = -f.pi2;
        }
        let n = n2.abs();
        // the parts' powers: a power of a fraction in lowest terms is in lowest terms
        let pow = |r: &BigRational, k: i64| {
            let k = k as u32; // |n2| / 2, bounded by the size estimate above
            BigRational::new_raw(
                num_traits::Pow::pow(r.numer(), k),
                num_traits::Pow::pow(r.denom(), k),
            )
        };
        let out = if n % 2 == 0 {
            let k = n / 2;
            Factor {
                rat: pow(&f.rat, k),
                root: pow(&f.root, k),
                pi2: f.pi2 * k,
                pow10: self.pow10.map(|p| p * n2 / 2),
            }
        } else {
            if !f.root.is_one() || f.pi2 % 2 != 0 {
                return Err(FluxemError::encode(
                    "a half power of a unit that already carries a square root would need a \
                     fourth root; exponents must be integers or halves",
                ));
            }
            let k = (n - 1) / 2;
            Factor {
                rat: pow(&f.rat, k),
                root: f.rat.clone(),
                pi2: f.pi2 * n / 2,
                pow10: self.pow10.filter(|p| (p * n2) % 2 == 0).map(|p| p * n2 / 2),
            }
        };
        out.check()
    }

    /// The exact value when the factor is rational.
    pub fn exact(&self) -> Option<BigRational> {
        if self.pi2 != 0 {
            return None;
        }
        rational_sqrt(&self.root).map(|r| mul(&self.rat, &r))
    }

    /// A rational within a relative 10^-APPROX_DIGITS of the factor (the factor itself when
    /// it is exact).
    pub fn approx(&self) -> BigRational {
        if let Some(r) = self.exact() {
            return r;
        }
        let powers = pi_powers();
        let k = (self.pi2.unsigned_abs() / 2) as usize; // at most MAX_PI_POWER (`check`)
        let mut v = mul(&self.rat, &powers[k].clone().recip_if(self.pi2 < 0));
        let mut under = self.root.clone();
        if self.pi2 % 2 != 0 {
            under = mul(&under, &powers[1].clone().recip_if(self.pi2 < 0));
        }
        if !under.is_one() {
            v = mul(&v, &sqrt_approx(&under));
        }
        v
    }
}

/// π_60^k for k = 0..=MAX_PI_POWER, exactly (powers of a fraction in lowest terms are in
/// lowest terms), built once per process: each distinct angle unit used to parse π and raise
/// it again.
fn pi_powers() -> &'static [BigRational] {
    static POWERS: std::sync::OnceLock<Vec<BigRational>> = std::sync::OnceLock::new();
    POWERS.get_or_init(|| {
        let pi = parse_exact(PI_60);
        (0..=MAX_PI_POWER as u32)
            .map(|k| {
                BigRational::new_raw(
                    num_traits::Pow::pow(pi.numer(), k),
                    num_traits::Pow::pow(pi.denom(), k),
                )
            })
            .collect()
    })
}

trait RecipIf {
    fn recip_if(self, cond: bool) -> Self;
}
impl RecipIf for BigRational {
    fn recip_if(self, cond: bool) -> Self {
        if cond {
            self.recip()
        } else {
            self
        }
    }
}

/// sqrt(r) for a positive rational, to about APPROX_DIGITS + 10 significant digits.
fn sqrt_approx(r: &BigRational) -> BigRational {
    debug_assert!(r.is_positive() && !r.is_zero());
    // sqrt(n/d) = sqrt(n*d) / d; scale by 10^(2s) so the integer root has enough digits.
    let nd: BigUint = r.numer().magnitude() * r.denom().magnitude();
    // decimal digits from the bit length (within one): `to_string` is quadratic in the size
    let digits = (nd.bits() as f64 * std::f64::consts::LOG10_2) as u32 + 1;
    let want = 2 * (APPROX_DIGITS + 10);
    let s = want.saturating_sub(digits).div_ceil(2);
    let root = (nd * pow10(2 * s)).sqrt();
    reduced(
        BigInt::from(root),
        BigInt::from(r.denom().magnitude() * pow10(s)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::Number;

    fn f(text: &str) -> Factor {
        Factor::of_unit(0, &parse_exact(text), 0, text == "1")
    }

    #[test]
    fn powers_of_pi_are_bounded_and_evaluated_to_50_digits() {
        let deg = Factor::of_unit(0, &parse_exact("1/180"), 1, false);
        let d8 = deg.pow_half(16).unwrap();
        // (π/180)^8 against the same power computed from π in f64: 1e-15 relative
        let want = (std::f64::consts::PI / 180.0).powi(8);
        let got = Number::Rational(d8.approx()).to_f64();
        assert!(((got - want) / want).abs() < 1e-14, "{got} vs {want}");
        assert!(deg.pow_half(18).is_err()); // π^9
        assert!(d8.mul(&deg, 1).is_err());
        assert!(deg.pow_half(-16).is_ok());
    }

    #[test]
    fn integer_and_half_powers() {
        let km = Factor::of_unit(3, &BigRational::one(), 0, true);
        assert_eq!(km.pow_half(4).unwrap().exact(), Some(parse_exact("1e6")));
        assert_eq!(km.pow_half(4).unwrap().pow10, Some(6));
        let root = km.pow_half(1).unwrap(); // sqrt(1000)
        assert_eq!(root.exact(), None);
        let v = root.approx();
        let sq = &v * &v;
        let err = (sq - parse_exact("1000")).abs() / parse_exact("1000");
        assert!(err < parse_exact("1e-50"));
        assert!(root.pow_half(1).is_err()); // fourth root
        assert_eq!(root.pow_half(2).unwrap().exact(), None); // power 1
        assert_eq!(root.pow_half(4).unwrap().exact(), Some(parse_exact("1000")));
        let hundred = Factor::of_unit(2, &BigRational::one(), 0, true);
        assert_eq!(
            hundred.pow_half(-1).unwrap().exact(),
            Some(parse_exact("0.1"))
        );
    }

    #[test]
    fn pi_factors_are_approximated() {
        let deg = Factor::of_unit(0, &parse_exact("1/180"), 1, false);
        assert_eq!(deg.exact(), None);
        let v = deg.approx() * BigRational::from_integer(180.into());
        assert!((v - parse_exact(PI_60)).abs() < parse_exact("1e-55"));
        let inv = f("1").mul(&deg, -1).unwrap();
        assert!(inv.approx() > parse_exact("57.29") && inv.approx() < parse_exact("57.3"));
    }

    #[test]
    fn hostile_powers_fail_fast() {
        let q = Factor::of_unit(30, &BigRational::one(), 0, true);
        let big = q.pow_half(64).unwrap();
        assert!(big.pow_half(64).is_err());
    }
}
