//! Exact numbers: decimal literals and rationals, parsing, and correctly rounded conversions.
//!
//! Parsed literals stay exact decimals (`m * 10^e`), arithmetic results are exact rationals;
//! nothing goes through a float before the codec decides how to store it.

mod lehmer;
pub mod rational_ops;
pub mod words;
pub mod written;

use crate::{FluxemError, Result};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Most significant digits a literal may carry (longer runs are rejected, not truncated).
pub const MAX_LITERAL_DIGITS: usize = 1000;
/// Largest |decimal exponent| a literal may carry. The codec's range ends near 10^±308, so
/// anything beyond is out of range even after an operation inside the arithmetic bit budget;
/// checked from the literal's text before any big number is built, which bounds the work
/// every literal can cause (a 10^99999 used to cost seconds).
pub const MAX_LITERAL_EXPONENT: i64 = 1_000;

/// An exact value: a decimal `(-1)^neg * m * 10^e` or a rational.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    /// A decimal: what every literal parses to, and what exact operations keep while they can.
    Decimal {
        /// The sign (a zero may carry either).
        neg: bool,
        /// The significand.
        m: u128,
        /// The decimal exponent.
        e: i32,
    },
    /// A rational: the result of an operation with no short decimal (1/3).
    Rational(BigRational),
}

/// A decimal with at most `digits` significant digits, as stored by the codec's exact part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortDecimal {
    /// The sign: true for a negative value.
    pub neg: bool,
    /// Significand with no trailing zeros (0 only for zero).
    pub m: u64,
    /// The decimal exponent: the value is `m * 10^e`.
    pub e: i32,
    /// True when the exact value needed more digits and was rounded half-to-even.
    pub rounded: bool,
}

impl ShortDecimal {
    /// Nearest f64 (correctly rounded: Rust's float parser).
    pub fn to_f64(&self) -> f64 {
        if self.m == 0 {
            return 0.0;
        }
        // Clinger's fast path: m and 10^|e| are exact doubles, so one IEEE operation rounds
        // correctly. Everything else goes through the (correctly rounding) parser.
        if self.m < (1u64 << 53) && (-22..=22).contains(&self.e) {
            // a static table: an array literal here was rebuilt on the stack at every call
            static POW10: [f64; 23] = [
                1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
            ];
            let p = POW10[self.e.unsigned_abs() as usize];
            let v = if self.e >= 0 {
                self.m as f64 * p
            } else {
                self.m as f64 / p
            };
            return if self.neg { -v } else { v };
        }
        // digits written on the stack: a `format!` here was a fifth of a QUANTITY encode
        let mut buf = [0u8; 40];
        let mut i = write_digits(&mut buf, 40, u64::from(self.e.unsigned_abs()));
        if self.e < 0 {
            i -= 1;
            buf[i] = b'-';
        }
        i -= 1;
        buf[i] = b'e';
        i = write_digits(&mut buf, i, self.m);
        if self.neg {
            i -= 1;
            buf[i] = b'-';
        }
        std::str::from_utf8(&buf[i..])
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    }
}

/// Writes the decimal digits of `v` so that they end at `buf[end]`; returns where they start.
fn write_digits(buf: &mut [u8], mut end: usize, mut v: u64) -> usize {
    loop {
        end -= 1;
        buf[end] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return end;
        }
    }
}

/// floor(log10(m)) for m > 0, without 128-bit division when m fits 64 bits (the usual case).
pub fn ilog10_u128(m: u128) -> u32 {
    match u64::try_from(m) {
        Ok(v) => v.ilog10(),
        Err(_) => m.ilog10(),
    }
}

/// Powers of ten up to this exponent are kept per thread once computed (the bit budget keeps
/// every exponent an expression or a conversion needs below it).
const POW10_CACHED: u32 = 5_000;

thread_local! {
    static POW10: std::cell::RefCell<Vec<Option<BigUint>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// 10^k, exactly (a clone of a per-thread table entry for k <= 5000: hostile text repeats the
/// same huge exponents, and a copy is linear where the power is not).
pub fn pow10(k: u32) -> BigUint {
    if k > POW10_CACHED {
        return num_traits::pow(BigUint::from(10u32), k as usize);
    }
    POW10.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() <= k as usize {
            t.resize(k as usize + 1, None);
        }
        t[k as usize]
            .get_or_insert_with(|| num_traits::pow(BigUint::from(10u32), k as usize))
            .clone()
    })
}

/// 10^k for k = 0..=38 (every power of ten a u128 holds).
pub(crate) static POW10_U128: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut k = 1;
    while k < 39 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

fn digits_u128(m: u128) -> u32 {
    // u64's ilog10 is a few instructions; u128's a loop of wide comparisons
    match u64::try_from(m) {
        Ok(v) => v.checked_ilog10().map_or(0, |l| l + 1),
        Err(_) => m.ilog10() + 1,
    }
}

/// `m * 10^e` with the trailing zeros of `m` moved into `e` (`m` > 0). The loop runs in u64
/// when `m` fits: a u128 division by 10 is a library call, a u64 one a multiplication.
fn strip_trailing_zeros(m: u128, mut e: i32) -> (u128, i32) {
    debug_assert!(m != 0);
    if let Ok(mut s) = u64::try_from(m) {
        while s % 10 == 0 {
            s /= 10;
            e += 1;
        }
        return (u128::from(s), e);
    }
    let mut m = m;
    while m % 10 == 0 {
        m /= 10;
        e += 1;
    }
    (m, e)
}

impl Number {
    /// Zero (a decimal).
    pub fn zero() -> Number {
        Number::Decimal {
            neg: false,
            m: 0,
            e: 0,
        }
    }

    /// The integer `v` (a decimal).
    pub fn from_i64(v: i64) -> Number {
        Number::Decimal {
            neg: v < 0,
            m: v.unsigned_abs() as u128,
            e: 0,
        }
    }

    /// Exact value of a finite float's shortest round-trip decimal (0.1 is 1/10, not the binary
    /// fraction): "a float written with 15 digits" means those digits.
    pub fn from_f64(x: f64) -> Result<Number> {
        if !x.is_finite() {
            return Err(FluxemError::encode(format!(
                "{x} is not a finite number and cannot be encoded"
            )));
        }
        let text = format!("{x:e}");
        parse_number(&text)
    }

    /// (negative, significand, exponent) of a decimal; None for a rational.
    fn decimal_parts(&self) -> Option<(&bool, &u128, &i32)> {
        match self {
            Number::Decimal { neg, m, e } => Some((neg, m, e)),
            _ => None,
        }
    }

    /// `self + other` (or `self * other`) exactly in 128-bit decimal arithmetic, when both are
    /// decimals and nothing overflows; None means "use rationals".
    pub fn checked_decimal_op(&self, other: &Number, multiply: bool) -> Option<Number> {
        let ((na, ma, ea), (nb, mb, eb)) = (self.decimal_parts()?, other.decimal_parts()?);
        let (sa, sb) = (signed(*na, *ma)?, signed(*nb, *mb)?);
        let (v, e) = if multiply {
            (sa.checked_mul(sb)?, ea.checked_add(*eb)?)
        } else {
            // align to the smaller exponent
            let e = (*ea).min(*eb);
            let scale = |s: i128, from: i32| -> Option<i128> {
                s.checked_mul(10i128.checked_pow((from - e).try_into().ok()?)?)
            };
            (scale(sa, *ea)?.checked_add(scale(sb, *eb)?)?, e)
        };
        Some(Number::Decimal {
            neg: v < 0,
            m: v.unsigned_abs(),
            e,
        })
    }

    /// `self / other` exactly as a decimal when both are decimals, `other` is not zero, the
    /// quotient terminates and fits, and its exponent stays within ±1000; None means "use
    /// rationals" (the same value, computed the slow way).
    pub fn checked_decimal_div(&self, other: &Number) -> Option<Number> {
        let ((na, ma, ea), (nb, mb, eb)) = (self.decimal_parts()?, other.decimal_parts()?);
        if *mb == 0 {
            return None;
        }
        // mb = 2^x * 5^y * r: the quotient terminates iff r divides ma
        let (mut r, mut x, mut y) = (*mb, 0u32, 0u32);
        while r % 2 == 0 {
            r /= 2;
            x += 1;
        }
        while r % 5 == 0 {
            r /= 5;
            y += 1;
        }
        if ma % r != 0 {
            return None;
        }
        // ma / mb = (ma / r) * 2^(k-x) * 5^(k-y) / 10^k with k = max(x, y)
        let k = x.max(y);
        let q = (ma / r)
            .checked_mul(2u128.checked_pow(k - x)?)?
            .checked_mul(5u128.checked_pow(k - y)?)?;
        let e = *ea as i64 - *eb as i64 - k as i64;
        if e.abs() > 1000 {
            return None;
        }
        Some(Number::Decimal {
            neg: (na != nb) && q != 0,
            m: q,
            e: e as i32,
        })
    }

    /// `self ^ p` exactly for an integer `self` (exponent 0) and `0 <= p`, when the result fits
    /// in 128 bits; None means "use rationals".
    pub fn checked_integer_pow(&self, p: u32) -> Option<Number> {
        let Number::Decimal { neg, m, e: 0 } = self else {
            return None;
        };
        Some(Number::Decimal {
            neg: *neg && p % 2 == 1 && *m != 0,
            m: m.checked_pow(p)?,
            e: 0,
        })
    }

    /// `-self` when `neg`, else `self`.
    pub fn negated_if(self, neg: bool) -> Number {
        match self {
            _ if !neg => self,
            Number::Decimal { neg, m, e } => Number::Decimal { neg: !neg, m, e },
            Number::Rational(r) => Number::Rational(-r),
        }
    }

    /// Whether the value is zero (of either sign).
    pub fn is_zero(&self) -> bool {
        match self {
            Number::Decimal { m, .. } => *m == 0,
            Number::Rational(r) => r.is_zero(),
        }
    }

    /// Whether the value is below zero (a negative zero is not).
    pub fn is_negative(&self) -> bool {
        match self {
            Number::Decimal { neg, m, .. } => *neg && *m != 0,
            Number::Rational(r) => r.is_negative(),
        }
    }

    /// The exact value as a rational.
    pub fn to_rational(&self) -> BigRational {
        match self {
            Number::Rational(r) => r.clone(),
            Number::Decimal { neg, m, e } => {
                let mut n = BigInt::from(*m);
                if *neg {
                    n = -n;
                }
                decimal_to_rational(n, *e as i64)
            }
        }
    }

    /// Nearest f64 (correctly rounded for decimals; within an ulp for other rationals).
    pub fn to_f64(&self) -> f64 {
        self.to_short_decimal(17).to_f64()
    }

    /// The value rounded (half to even) to at most `max_digits` significant digits when it has
    /// more; exact otherwise. `max_digits` must be in 1..=18.
    pub fn to_short_decimal(&self, max_digits: u32) -> ShortDecimal {
        debug_assert!((1..=18).contains(&max_digits));
        match self {
            Number::Decimal { neg, m, e } => {
                if *m == 0 {
                    return ShortDecimal {
                        neg: false,
                        m: 0,
                        e: 0,
                        rounded: false,
                    };
                }
                let (m, e) = strip_trailing_zeros(*m, *e);
                let digits = digits_u128(m);
                if digits <= max_digits {
                    return ShortDecimal {
                        neg: *neg,
                        m: m as u64,
                        e,
                        rounded: false,
                    };
                }
                let drop = digits - max_digits;
                let div = 10u128.pow(drop);
                let (q, r) = (m / div, m % div);
                let q = round_half_even_u128(q, r, div);
                finish_rounded(*neg, q, e + drop as i32, max_digits)
            }
            Number::Rational(r) => rational_to_short_decimal(r, max_digits),
        }
    }

    /// `self * 10^shift` as an integer if it is one and |.| < 10^38, else None.
    pub fn scaled_integer(&self, shift: i32) -> Option<i128> {
        match self {
            Number::Decimal { neg, m, e } => {
                let total = e + shift;
                let v = if total >= 0 {
                    let p = *POW10_U128.get(total as usize)?;
                    match (u64::try_from(*m), u64::try_from(p)) {
                        // one widening multiply (the u128 checked_mul is a library call)
                        (Ok(a), Ok(b)) => u128::from(a) * u128::from(b),
                        _ => m.checked_mul(p)?,
                    }
                } else {
                    let Some(&div) = POW10_U128.get(total.unsigned_abs() as usize) else {
                        return if *m == 0 { Some(0) } else { None };
                    };
                    match (u64::try_from(*m), u64::try_from(div)) {
                        (Ok(a), Ok(b)) if a % b != 0 => return None,
                        (Ok(a), Ok(b)) => u128::from(a / b),
                        _ if m % div != 0 => return None,
                        _ => m / div,
                    }
                };
                let v = i128::try_from(v).ok()?;
                Some(if *neg { -v } else { v })
            }
            Number::Rational(r) => {
                // integer division instead of rational products (each reduces with a gcd)
                let (num, den) = if shift >= 0 {
                    (
                        r.numer() * BigInt::from(pow10(shift as u32)),
                        r.denom().clone(),
                    )
                } else {
                    (
                        r.numer().clone(),
                        r.denom() * BigInt::from(pow10(shift.unsigned_abs())),
                    )
                };
                let (q, rem) = num.div_rem(&den);
                if !rem.is_zero() {
                    return None;
                }
                q.to_i128()
            }
        }
    }
}

/// `m * 10^e` as a rational in lowest terms, without a gcd (num-rational's binary gcd is
/// quadratic in the bits: 10^-999 cost tens of microseconds): the denominator 10^k shares only
/// factors 2 and 5 with `m`, which are counted (5s in chunks of 5^27) and divided out.
pub fn decimal_to_rational(m: BigInt, e: i64) -> BigRational {
    if e >= 0 {
        return BigRational::from_integer(m * BigInt::from(pow10(e as u32)));
    }
    let k = e.unsigned_abs();
    if m.is_zero() {
        return BigRational::zero();
    }
    let twos = m.trailing_zeros().unwrap_or(0).min(k);
    if twos == 0 && !divisible_by_5(&m) {
        // already in lowest terms over 10^k (cached): the usual case, with no division
        return BigRational::new_raw(m, BigInt::from(pow10(k as u32)));
    }
    let mut m = m >> twos;
    let mut fives = 0u64;
    for (chunk, n) in [(BigInt::from(5u64.pow(27)), 27), (BigInt::from(5u32), 1)] {
        while fives + n <= k {
            let (q, r) = m.div_rem(&chunk);
            if !r.is_zero() {
                break;
            }
            m = q;
            fives += n;
        }
    }
    // 2^(k - twos) * 5^(k - fives) = 10^j (cached) times the power of the prime left over
    let (a2, a5) = (k - twos, k - fives);
    let j = a2.min(a5);
    let mut den = pow10(j as u32);
    if a2 > j {
        den <<= a2 - j;
    } else if a5 > j {
        den *= num_traits::pow(BigUint::from(5u32), (a5 - j) as usize);
    }
    BigRational::new_raw(m, BigInt::from(den))
}

/// Whether 5 divides `m`, from the sum of its 64-bit limbs (2^64 = 1 mod 5): one pass of
/// additions, where `m % 5` is a pass of 128-bit divisions.
fn divisible_by_5(m: &BigInt) -> bool {
    let sum = m
        .iter_u64_digits()
        .fold(0u128, |acc, limb| acc + u128::from(limb));
    sum % 5 == 0
}

/// `n * r` in lowest terms for a decimal `n` and a rational `r` whose denominator fits 64 bits
/// (a unit's factor), with no big gcd: the only factors that can cancel are those of r's small
/// denominator (found modulo it) and 2s and 5s of 10^k (`decimal_to_rational`). None when `n`
/// is not a decimal or the denominator is large: callers then multiply rationals.
pub fn decimal_times_rational(n: &Number, r: &BigRational) -> Option<BigRational> {
    let Number::Decimal { neg, m, e } = n else {
        return None;
    };
    let q = r.denom().to_u64()?;
    let mut num = BigInt::from(*m) * r.numer();
    if *neg {
        num = -num;
    }
    if *e > 0 {
        num *= BigInt::from(pow10(*e as u32));
    }
    let rem = (&num % BigInt::from(q)).abs().to_u64()?;
    let g = rem.gcd(&q).max(1);
    let (num, q) = (num / BigInt::from(g), q / g);
    let d = decimal_to_rational(num, (*e).min(0) as i64);
    // d's numerator is coprime to q (it divides num / g) and to its own denominator
    Some(BigRational::new_raw(
        d.numer().clone(),
        d.denom() * BigInt::from(q),
    ))
}

fn signed(neg: bool, m: u128) -> Option<i128> {
    let v = i128::try_from(m).ok()?;
    Some(if neg { -v } else { v })
}

fn round_half_even_u128(q: u128, rem: u128, div: u128) -> u128 {
    let twice = rem * 2;
    if twice > div || (twice == div && q % 2 == 1) {
        q + 1
    } else {
        q
    }
}

pub(crate) fn finish_rounded(neg: bool, q: u128, mut e: i32, max_digits: u32) -> ShortDecimal {
    // q <= 10^max_digits <= 10^18 fits u64, whose division by 10 is a multiplication (u128's
    // is a library call: 17 of them for a rounded 10^17)
    let mut q = q as u64;
    if q == 10u64.pow(max_digits) {
        q /= 10;
        e += 1;
    }
    while q % 10 == 0 && q != 0 {
        q /= 10;
        e += 1;
    }
    ShortDecimal {
        neg,
        m: q,
        e,
        rounded: true,
    }
}

/// `Some((a, b))` when `q = 2^a * 5^b` (the denominators of terminating decimals), else None.
pub(crate) fn powers_of_two_and_five(q: &BigUint) -> Option<(u32, u32)> {
    // powers of 2 by the trailing zero count, of 5 in chunks of 5^27: each step is one linear
    // pass, so a 10^-999 costs tens of passes, not thousands (a hostile-input cost)
    if q.is_zero() {
        return None;
    }
    let a = q.trailing_zeros().unwrap_or(0) as u32;
    let mut rest = q >> a;
    let mut b = 0u32;
    for (chunk, k) in [(BigUint::from(5u64.pow(27)), 27), (BigUint::from(5u32), 1)] {
        loop {
            let (quot, rem) = rest.div_rem(&chunk);
            if !rem.is_zero() {
                break;
            }
            rest = quot;
            b += k;
        }
    }
    rest.is_one().then_some((a, b))
}

fn rational_to_short_decimal(r: &BigRational, max_digits: u32) -> ShortDecimal {
    if r.is_zero() {
        return ShortDecimal {
            neg: false,
            m: 0,
            e: 0,
            rounded: false,
        };
    }
    let neg = r.is_negative();
    let (p, q) = (r.numer().magnitude(), r.denom().magnitude());
    if let (Some(p), Some(q)) = (p.to_u64(), q.to_u64()) {
        // a unit's factor times a short decimal (5/6 for `3 km/h`): machine words suffice
        if let Some(d) = small_rational_to_short_decimal(neg, p, q, max_digits) {
            return d;
        }
    }
    big_rational_to_short_decimal(neg, p.clone(), q.clone(), max_digits)
}

/// `rational_to_short_decimal` for `p / q` with 64-bit parts, in u128 arithmetic; None when an
/// intermediate would not fit (the big path then decides). Same results as the big path
/// (tested on random and edge fractions).
fn small_rational_to_short_decimal(
    neg: bool,
    p: u64,
    q: u64,
    max_digits: u32,
) -> Option<ShortDecimal> {
    let (p, q) = (u128::from(p), u128::from(q));
    if p == 0 || q == 0 {
        return None;
    }
    let est = ((128 - p.leading_zeros()) as f64 - (128 - q.leading_zeros()) as f64)
        * std::f64::consts::LOG10_2;
    let mut s = max_digits as i64 - 1 - est.floor() as i64;
    loop {
        let scale = 10u128.checked_pow(u32::try_from(s.unsigned_abs()).ok()?)?;
        let (num, den) = if s >= 0 {
            (p.checked_mul(scale)?, q)
        } else {
            (p, q.checked_mul(scale)?)
        };
        let (quot, rem) = (num / den, num % den);
        if quot >= 10u128.pow(max_digits) {
            s -= 1;
        } else if quot < 10u128.pow(max_digits - 1) {
            s += 1;
        } else {
            // 2 * rem may overflow u128: compare rem with den - rem instead
            let half = den - rem;
            let up = rem > half || (rem == half && quot % 2 == 1);
            let mut d =
                finish_rounded(neg, if up { quot + 1 } else { quot }, -s as i32, max_digits);
            d.rounded = rem != 0;
            return Some(d);
        }
    }
}

fn big_rational_to_short_decimal(
    neg: bool,
    p: BigUint,
    q: BigUint,
    max_digits: u32,
) -> ShortDecimal {
    // Round to max_digits significant digits: find s with 10^(d-1) <= |r| * 10^s < 10^d.
    // A value with at most max_digits digits comes out exact (remainder 0, trailing zeros
    // stripped), so terminating decimals need no test of their own (one cost 12 divisions
    // of the denominator by 5^27 for `3e-306 km/h`).
    // floor(log10|r|) within about 1, from bit lengths (no decimal conversion of big numbers)
    let log10_2 = std::f64::consts::LOG10_2;
    let est = ((p.bits() as f64 - q.bits() as f64) * log10_2).floor() as i64;
    let mut s = max_digits as i64 - 1 - est;
    loop {
        let (num, den) = if s >= 0 {
            (&p * pow10(s as u32), q.clone())
        } else {
            (p.clone(), &q * pow10((-s) as u32))
        };
        let (quot, rem) = num.div_rem(&den);
        // compared as a machine word (a BigUint::from per comparison is an allocation)
        let quot = quot.to_u64().unwrap_or(u64::MAX);
        if quot >= 10u64.pow(max_digits) {
            s -= 1;
            continue;
        }
        if quot < 10u64.pow(max_digits - 1) {
            s += 1;
            continue;
        }
        let twice: BigUint = rem << 1u32;
        let up = twice > den || (twice == den && quot % 2 == 1);
        let exact = twice.is_zero();
        let quot = u128::from(quot);
        let q = if up { quot + 1 } else { quot };
        let mut d = finish_rounded(neg, q, -s as i32, max_digits);
        d.rounded = !exact;
        return d;
    }
}

/// Length in bytes of the longest decimal literal at the start of `s`:
/// `[+-]? (int (. digits?)? | . digits) ([eE] [+-]? digits | power of ten)? scale?` where
/// `int` may be written in digit groups; 0 if none. The written forms (`12,000`,
/// `6.022×10²³`, `2.5 trillion`) are read by [`written`].
pub fn literal_len(s: &str) -> usize {
    literal_len_grouped(s, true)
}

/// Byte length of the number at the start of `s`: a decimal literal ([`literal_len`]) or, at
/// a letter, English number words (`twenty-five`, `three hundred`: [`words`]); 0 if none. The
/// reader of a number where QUANTITY and ARITHMETIC take one; [`parse_literal`] reads both.
pub fn number_len(s: &str) -> usize {
    match s.as_bytes().first() {
        Some(c) if c.is_ascii_alphabetic() => words::number_words(s).map_or(0, |(len, _)| len),
        _ => literal_len(s),
    }
}

/// [`literal_len`] for a component of a list (a vector): digit groups only with `,`, since a
/// space there separates components (`[100 200 300]` is three numbers).
pub fn literal_len_in_list(s: &str) -> usize {
    literal_len_grouped(s, false)
}

#[inline]
fn literal_len_grouped(s: &str, space_groups: bool) -> usize {
    // the commonest literals, `int`, `int.frac`, `.frac` and those with an e-exponent, that
    // nothing continues (`35 °C`, `2.5)`, `1.5e-3 m`, `[1.4, 2]`), are settled by their digits
    // and the bytes after them: the general reader gives the same answer for them (tested),
    // so they skip its many branches
    let b = s.as_bytes();
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut i = sign;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_end = i;
    if b.get(i) == Some(&b'.') {
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        // `5.` takes its dot; a lone `.` is no literal
        if i > sign || j > i + 1 {
            i = j;
        }
    }
    if i == sign {
        return 0;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) || written::may_extend(s, i) {
        return literal_len_tail(s, space_groups, int_end, i);
    }
    i
}

/// [`literal_len_grouped`] after the digits `s[..i]` (the integer part ends at `int_end`) when
/// an `e` or a byte that may continue a literal follows: an e-exponent that nothing
/// continues and a comma that starts no digit group are read here, the rest by the general
/// reader.
#[inline(never)]
fn literal_len_tail(s: &str, space_groups: bool, int_end: usize, i: usize) -> usize {
    let b = s.as_bytes();
    match b.get(i) {
        Some(b'e' | b'E') => {
            let mut j = i + 1;
            j += written::exponent_sign(b, j).0;
            let digits = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j == digits {
                i // `2eV`: no exponent, and nothing continues at a letter
            } else if written::may_extend(s, j) {
                literal_len_general(s, space_groups)
            } else {
                j
            }
        }
        // a comma starts no power of ten or scale word, and digit groups only right after
        // the integer digits and before a digit (`1,000`; not `1.5, 2` or `3, 4`)
        Some(b',') if i != int_end || !b.get(i + 1).is_some_and(u8::is_ascii_digit) => i,
        _ => literal_len_general(s, space_groups),
    }
}

/// [`literal_len_grouped`] for every literal: fractions, exponents, digit groups, written
/// powers of ten and scale words.
#[inline(never)]
fn literal_len_general(s: &str, space_groups: bool) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    // `may_extend` is false where no written form (digit groups, a power of ten, a scale
    // word) can start: the common `35 °C`, `2.5)` skip their readers
    let int_end = i;
    let extends_at_int_end = digits > 0 && written::may_extend(s, i);
    if extends_at_int_end && (space_groups || b.get(i) == Some(&b',')) {
        i = written::grouped_integer_end(b, int_start, i);
    }
    if i < b.len() && b[i] == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if digits > 0 || j > frac_start {
            digits += j - frac_start;
            i = j;
            if space_groups {
                // `1.602 176 634` (digits grouped after the point, as the SI writes them)
                i = written::grouped_fraction_end(b, frac_start, j);
            }
        }
    }
    if digits == 0 {
        return 0;
    }
    let mut exponent = false;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        j += written::exponent_sign(b, j).0;
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
            exponent = true;
        }
    }
    let extends = if i == int_end {
        extends_at_int_end // no fraction, exponent or groups: tested above
    } else {
        written::may_extend(s, i)
    };
    if !extends {
        return i;
    }
    if !exponent {
        if let Some((len, _)) = written::times_ten(s, i, 1) {
            i += len;
        }
    }
    if let Some((len, _)) = written::scale_word(s, i) {
        i += len;
    }
    i
}

/// The common literal in one pass: `digits (. digits)? (e sign? digits)?` (unsigned, at most
/// 38 digit characters and a 4-digit exponent) at the start of `s`, with its byte length;
/// exactly `parse_literal(&s[..literal_len(s)])` when `Some`. `None` means "not this form" (a
/// sign, a trailing `.`, more digits, a value out of range): callers then take `literal_len`
/// and `parse_literal`.
pub fn plain_literal_prefix(s: &str) -> Option<(Number, usize)> {
    plain_literal_prefix_with(s, literal_len)
}

/// [`plain_literal_prefix`] for the reader `delimit` (`literal_len` or `literal_len_in_list`):
/// exactly `parse_literal(&s[..delimit(s)])` when `Some`.
pub fn plain_literal_prefix_with(s: &str, delimit: fn(&str) -> usize) -> Option<(Number, usize)> {
    let b = s.as_bytes();
    let mut acc = DigitAcc::default();
    let mut i = acc.digits(b, 0)?;
    if i == 0 {
        return None;
    }
    let mut frac = 0;
    if b.get(i) == Some(&b'.') {
        let j = acc.digits(b, i + 1)?;
        frac = j - i - 1;
        if frac == 0 {
            return None; // `5.`: literal_len takes the dot
        }
        i = j;
    }
    // `9.74e8`, `1.5E-3` (the e-notation of tables): up to 4 exponent digits keep the sum
    // below parse_literal's cap on the exponent (10 * MAX_LITERAL_EXPONENT), so the two agree
    let mut exp = 0i64;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let neg = b.get(j) == Some(&b'-');
        if neg || b.get(j) == Some(&b'+') {
            j += 1;
        }
        let start = j;
        while let Some(d) = b.get(j).filter(|c| c.is_ascii_digit()) {
            if j - start == 4 {
                return None;
            }
            exp = exp * 10 + i64::from(d - b'0');
            j += 1;
        }
        if j == start {
            return None; // `2eV`, `5e-`: no exponent, the full reader decides
        }
        exp = if neg { -exp } else { exp };
        if (exp - frac as i64).abs() > MAX_LITERAL_EXPONENT {
            return None; // out of range: parse_literal's error
        }
        i = j;
    }
    if matches!(b.get(i), Some(b'.' | b'e' | b'E')) {
        return None; // `1.2.3`, `1e5e3`: the full reader decides
    }
    if written::may_extend(s, i) && delimit(s) != i {
        return None; // `12,000`, `6.022×10²³`, `3 million`: the full reader decides
    }
    let n = match acc.number(frac) {
        Number::Decimal { neg, m, e } if m != 0 => Number::Decimal {
            neg,
            m,
            e: e + exp as i32,
        },
        zero => zero,
    };
    Some((n, i))
}

/// Decimal digits read into an integer: a u64 for the first 19 (a u128 multiply-add per digit
/// costs several times more), then a u128, up to 38 in all.
#[derive(Default)]
pub(crate) struct DigitAcc {
    n: usize,
    m64: u64,
    m: u128,
}

impl DigitAcc {
    /// Reads the digits of `b` from `i`; returns where they end, or None past 38 digits.
    #[inline]
    pub(crate) fn digits(&mut self, b: &[u8], mut i: usize) -> Option<usize> {
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            let d = d - b'0';
            // at most 19 digits in the u64 and 38 in the u128: neither can wrap
            if self.n < 19 {
                self.m64 = self.m64.wrapping_mul(10).wrapping_add(u64::from(d));
            } else if self.n < 38 {
                if self.n == 19 {
                    self.m = u128::from(self.m64);
                }
                self.m = self.m.wrapping_mul(10).wrapping_add(u128::from(d));
            } else {
                return None;
            }
            self.n += 1;
            i += 1;
        }
        Some(i)
    }

    /// The digits read, `frac` of them after the point, as the exact number
    /// (what `parse_literal` returns for the same digits).
    pub(crate) fn number(&self, frac: usize) -> Number {
        let m = if self.n <= 19 {
            u128::from(self.m64)
        } else {
            self.m
        };
        if m == 0 {
            Number::zero()
        } else {
            Number::Decimal {
                neg: false,
                m,
                e: -(frac as i32),
            }
        }
    }
}

/// Parses a whole string as one decimal literal, exactly.
pub fn parse_number(s: &str) -> Result<Number> {
    let len = literal_len(s);
    if len == 0 {
        return Err(FluxemError::parse(
            format!("expected a number, found {:?}", first_char(s)),
            0,
        ));
    }
    if len != s.len() {
        let pos = s[..len].chars().count();
        return Err(FluxemError::parse(
            format!(
                "unexpected {:?} after the number {:?}",
                first_char(&s[len..]),
                &s[..len]
            ),
            pos,
        ));
    }
    parse_literal(&s[..len])
}

fn first_char(s: &str) -> String {
    s.chars()
        .next()
        .map_or_else(|| "end of input".to_string(), |c| c.to_string())
}

/// Converts text already delimited by [`literal_len`] (or [`number_len`]) into an exact
/// number.
pub fn parse_literal(lit: &str) -> Result<Number> {
    let b = lit.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphabetic) {
        return match words::number_words(lit) {
            Some((len, v)) if len == lit.len() => Ok(Number::from_i64(v as i64)),
            _ => Err(FluxemError::parse(format!("{lit:?} is not a number"), 0)),
        };
    }
    let mut i = 0;
    let neg = b.first() == Some(&b'-');
    if neg || b.first() == Some(&b'+') {
        i = 1;
    }
    // Significant digits (leading zeros dropped) accumulate into a u64 for the first 19 (a
    // u128 multiply-add per digit was a tenth of a plain literal's parse), then a u128 while
    // they fit (38 digits); longer literals are re-read below as a big integer.
    let mut n_digits = 0usize;
    let mut m64: u64 = 0;
    let mut m: u128 = 0;
    let mut frac_digits: i64 = 0;
    let mut seen_dot = false;
    let digits_start = i;
    let int_end = {
        let mut k = i;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        written::grouped_integer_end(b, i, k)
    };
    // the end of the digit groups after the point, if any (`1.602 176 634`)
    let groups_end = if b.get(int_end) == Some(&b'.') {
        let mut k = int_end + 1;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        written::fraction_groups_end_in_literal(b, k)
    } else {
        int_end
    };
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || i < groups_end) {
        if i < groups_end && !b[i].is_ascii_digit() && b[i] != b'.' {
            // a group separator (literal_len validated the groups)
        } else if b[i] == b'.' {
            seen_dot = true;
        } else {
            if !(n_digits == 0 && b[i] == b'0') {
                let d = b[i] - b'0';
                if n_digits < 19 {
                    m64 = m64 * 10 + u64::from(d);
                } else if n_digits < 38 {
                    if n_digits == 19 {
                        m = u128::from(m64);
                    }
                    m = m * 10 + u128::from(d);
                }
                n_digits += 1;
            }
            if seen_dot {
                frac_digits += 1;
            }
        }
        i += 1;
    }
    let digits_end = i;
    let mut exp: i64 = 0;
    let cap = 10 * MAX_LITERAL_EXPONENT;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        // e/E, optional sign, digits (guaranteed by literal_len)
        let (sign_len, exp_neg) = written::exponent_sign(b, i + 1);
        let mut j = i + 1 + sign_len;
        while j < b.len() && b[j].is_ascii_digit() {
            exp = (exp * 10 + (b[j] - b'0') as i64).min(cap);
            j += 1;
        }
        if exp_neg {
            exp = -exp;
        }
        i = j;
    } else if let Some((len, e)) = written::times_ten(lit, i, cap) {
        exp = e;
        i += len;
    }
    if let Some((_, power)) = written::scale_word(lit, i) {
        exp += power;
    }
    if n_digits == 0 {
        return Ok(Number::zero());
    }
    if n_digits > MAX_LITERAL_DIGITS {
        return Err(FluxemError::encode(format!(
            "number literal has {n_digits} significant digits; at most {MAX_LITERAL_DIGITS} are accepted"
        )));
    }
    let e = exp - frac_digits;
    if e.abs() > MAX_LITERAL_EXPONENT {
        return Err(FluxemError::encode(format!(
            "number literal {lit:?} is far outside the representable range"
        )));
    }
    if n_digits <= 38 {
        let m = if n_digits <= 19 { u128::from(m64) } else { m };
        return Ok(Number::Decimal {
            neg,
            m,
            e: e as i32,
        });
    }
    let text: Vec<u8> = b[digits_start..digits_end]
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    let mut n = BigInt::parse_bytes(&text, 10).unwrap_or_default();
    if neg {
        n = -n;
    }
    Ok(Number::Rational(decimal_to_rational(n, e)))
}

/// Sign of a big integer as -1/0/1, for callers that avoid num-bigint types.
pub fn sign_of(n: &BigInt) -> i32 {
    match n.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_fractions_and_typeset_exponents_read_as_their_plain_spellings() {
        // `1.602 176 634` (the SI's groups after the point) and `1.7e−8` (a typeset minus)
        // are the numbers `1.602176634` and `1.7e-8`; before, the literal stopped at the
        // space or the `e`, and the segmenter took `176 634 × 10^-19 C` or `8 Ω·m` for a value
        for (written, plain) in [
            ("1.602 176 634", "1.602176634"),
            ("6.626\u{2009}070\u{2009}15", "6.62607015"),
            ("1.660 539 066 60", "1.66053906660"),
            ("1.7e\u{2212}8", "1.7e-8"),
            ("-2.5E\u{2212}12", "-2.5E-12"),
            ("1 234.567 891", "1234.567891"),
        ] {
            assert_eq!(literal_len(written), written.len(), "{written:?}");
            assert_eq!(
                parse_literal(written).unwrap(),
                parse_literal(plain).unwrap(),
                "{written:?}"
            );
        }
        // not groups: the literal stops where it did
        for (text, len) in [
            ("0.125 25", 5),
            ("1.000 2.000", 5),
            ("1.5 250", 3),
            ("1.7e\u{2212}x", 3),
        ] {
            assert_eq!(literal_len(text), len, "{text:?}");
        }
        // a list's components are separated by spaces: no groups there
        assert_eq!(literal_len_in_list("1.602 176 634"), 5);
    }

    #[test]
    fn decimals_become_rationals_in_lowest_terms() {
        let big = num_traits::pow(BigInt::from(7), 400);
        let mut ms: Vec<BigInt> = [0i64, 1, -1, 2, 5, 10, 125, 3, -40, 999_999, 1 << 40]
            .iter()
            .map(|&v| BigInt::from(v))
            .collect();
        // many limbs, with and without factors 2 and 5 (the limb-sum test of 5)
        for f in [1u64, 2, 5, 10, 5u64.pow(27), 3 * 5u64.pow(20), 1 << 63] {
            ms.push(&big * BigInt::from(f));
            ms.push(-(&big * BigInt::from(f)) + 1);
        }
        for m in &ms {
            for e in [-1i64, -2, -7, -30, -400, 0, 3] {
                let want = if e >= 0 {
                    BigRational::from_integer(m * BigInt::from(pow10(e as u32)))
                } else {
                    BigRational::new(m.clone(), BigInt::from(pow10(e.unsigned_abs() as u32)))
                };
                let got = decimal_to_rational(m.clone(), e);
                assert_eq!(
                    (got.numer(), got.denom()),
                    (want.numer(), want.denom()),
                    "{m}e{e}"
                );
            }
        }
    }

    #[test]
    fn word_sized_fractions_round_as_the_big_path_does() {
        // xorshift: deterministic parts of every size, plus the edges of u64 and of 10^k
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        let mut next = || rng.next_u64();
        let mut parts: Vec<u64> = vec![1, 2, 3, 5, 6, 7, 9, 10, 18, 3600, 1_000_000_007];
        parts.extend([
            u64::MAX,
            u64::MAX - 1,
            1 << 63,
            10u64.pow(18),
            10u64.pow(19),
            5u64.pow(27),
        ]);
        for _ in 0..3000 {
            let v = next();
            parts.push((v >> (v % 64)).max(1)); // zero is answered before either path
        }
        let mut checked = 0;
        for (i, &p) in parts.iter().enumerate() {
            for &q in &parts[i % 7..][..7.min(parts.len() - i % 7)] {
                for digits in [1, 2, 17, 18] {
                    let r = BigRational::new(BigInt::from(p), BigInt::from(q));
                    let (n, d) = (r.numer().magnitude(), r.denom().magnitude());
                    let big = big_rational_to_short_decimal(false, n.clone(), d.clone(), digits);
                    let (n, d) = (n.to_u64().unwrap(), d.to_u64().unwrap());
                    if let Some(small) = small_rational_to_short_decimal(false, n, d, digits) {
                        assert_eq!(small, big, "{p}/{q} to {digits} digits");
                        checked += 1;
                    }
                }
            }
        }
        assert!(
            checked > 50_000,
            "the word-sized path answered only {checked} times"
        );
    }

    #[test]
    fn short_decimal_to_f64_is_the_parser_of_its_text() {
        for (m, e) in [
            (1u64, 0i32),
            (833_333_333_333_333_333, -18),
            (u64::MAX, 290),
            (17, -324),
            (5, -330),
            (3, 400),
            (123, -45),
            (9_007_199_254_740_993, 0),
        ] {
            for neg in [false, true] {
                let d = ShortDecimal {
                    neg,
                    m,
                    e,
                    rounded: false,
                };
                let want: f64 = format!("{}{m}e{e}", if neg { "-" } else { "" })
                    .parse()
                    .unwrap();
                assert_eq!(d.to_f64().to_bits(), want.to_bits(), "{m}e{e}");
            }
        }
    }

    #[test]
    fn literals() {
        assert_eq!(literal_len("12.5e-3kg"), 7);
        assert_eq!(literal_len("-.5"), 3);
        assert_eq!(literal_len("5."), 2);
        assert_eq!(literal_len("e5"), 0);
        assert_eq!(literal_len("3e"), 1);
        assert_eq!(literal_len("-"), 0);
        let n = parse_number("0012.50").unwrap();
        assert_eq!(n.to_short_decimal(17).m, 125);
        assert_eq!(n.to_short_decimal(17).e, -1);
        assert!(parse_number("1.2.3").is_err());
        assert!(parse_number("").is_err());
    }

    #[test]
    fn plain_literal_prefix_is_the_full_reader() {
        let digits38 = "1".repeat(38);
        let mut texts: Vec<String> = [
            "0",
            "00",
            "0.0",
            "007",
            "12.50",
            "5",
            "5 m",
            "5mg",
            "5.",
            "5.m",
            ".5",
            "-5",
            "+5",
            "1e5",
            "2eV",
            "2E3",
            "1.2.3",
            "3,5",
            "0.000001",
            "99999999999999999999",
            "x",
            "",
            "12.5e-3kg",
            "4i",
            "3°C",
            "10^3",
            "1 000 kg",
            "100 200 300]",
            "12,000",
            "1,2,3",
            "3 million",
            "2 x 10^3",
            "9.74e8 kJ/mol",
            "7.70e-5 m/s",
            "1.5E+3",
            "0e5",
            "0.0e-3 m",
            "0.05e3",
            "1e05",
            "1e9999",
            "1e10000",
            "1e1000",
            "1e-1001",
            "1.5e-1000",
            "2.5e3 million",
            "1e5.3",
            "1e5e3",
            "5e",
            "5e+ m",
            "3e3,000",
            "3e3 x 10^2",
            "4e2 000",
            "1.602 176 634 C",
            "6.674 30(15)",
            "1.000 2.000",
            "1.7e\u{2212}8 m",
            "1.7e\u{2212} m",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for (int, frac) in [
            (38, 0),
            (39, 0),
            (37, 1),
            (38, 1),
            (20, 18),
            (20, 19),
            (1, 38),
        ] {
            let f = if frac > 0 {
                format!(".{}", "7".repeat(frac))
            } else {
                String::new()
            };
            texts.push(format!("{}{f} kg", "9".repeat(int)));
            texts.push(format!("{}{f}", "0".repeat(int)));
        }
        texts.push(format!("0.{digits38}"));
        let mut fast = 0;
        let readers: [fn(&str) -> usize; 2] = [literal_len, literal_len_in_list];
        for (t, delimit) in texts.iter().flat_map(|t| readers.map(|r| (t, r))) {
            let full = delimit(t);
            match plain_literal_prefix_with(t, delimit) {
                Some((n, len)) => {
                    assert_eq!(len, full, "{t:?}");
                    assert_eq!(n, parse_literal(&t[..len]).unwrap(), "{t:?}");
                    fast += 1;
                }
                // declining is always allowed, but not for the plain forms
                None => assert!(
                    full == 0
                        || !t.as_bytes()[..full]
                            .iter()
                            .all(|c| c.is_ascii_digit() || *c == b'.')
                        || t.starts_with('.')
                        || t[..full].ends_with('.')
                        || t[full..].starts_with(['.', 'e', 'E'])
                        || t[..full].bytes().filter(u8::is_ascii_digit).count() > 38,
                    "{t:?}"
                ),
            }
        }
        assert!(fast > 30, "{fast}");
        assert_eq!(plain_literal_prefix("1 000 kg").map(|p| p.1), None); // the full reader
        assert_eq!(
            plain_literal_prefix_with("1 000", literal_len_in_list).map(|p| p.1),
            Some(1)
        );
    }

    #[test]
    fn plain_literal_prefix_agrees_with_the_full_reader_on_random_texts() {
        // short strings over the characters that decide a literal's extent and value
        let alphabet: Vec<char> = "0159.eE+- ,xk\u{d7}".chars().collect();
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let (mut fast, mut with_exponent) = (0, 0);
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = 1 + (x % 9) as usize;
            let t: String = (0..len)
                .map(|k| alphabet[((x >> (4 + 5 * k)) % alphabet.len() as u64) as usize])
                .collect();
            let readers: [fn(&str) -> usize; 2] = [literal_len, literal_len_in_list];
            for delimit in readers {
                if let Some((n, len)) = plain_literal_prefix_with(&t, delimit) {
                    assert_eq!(len, delimit(&t), "{t:?}");
                    assert_eq!(Ok(n), parse_literal(&t[..len]).map_err(|_| ()), "{t:?}");
                    fast += 1;
                    with_exponent += usize::from(t[..len].contains(['e', 'E']));
                }
            }
        }
        assert!(
            fast > 10_000 && with_exponent > 1_000,
            "{fast} {with_exponent}"
        );
    }

    #[test]
    fn literal_len_shortcut_is_the_general_reader() {
        // pieces that start, continue or end every literal form (groups, fractions,
        // exponents, written powers of ten, scale words)
        let pieces = [
            "0", "1", "5", "12", "345", ".", ".5", "e", "E", "e-", "e+", "+", "-", " ", ",", "x",
            "*", "\u{d7}", "\u{b7}", "\u{a0}", "\u{2009}", "10", "^", "\u{b3}", "million", "th",
            "kg", "a", ")", "\u{b0}C",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5EED_1E7E_2A11_0001);
        let (mut short, mut general) = (0, 0);
        for _ in 0..200_000 {
            let n = 1 + rng.below(6);
            let t = rng.join(&pieces, n);
            for space_groups in [true, false] {
                let want = literal_len_general(&t, space_groups);
                assert_eq!(literal_len_grouped(&t, space_groups), want, "{t:?}");
                // the shortcut answers alone where no e/E or written form follows
                let b = t.as_bytes();
                let ends_plain =
                    !matches!(b.get(want), Some(b'e' | b'E')) && !written::may_extend(&t, want);
                if want > 0 && ends_plain {
                    short += 1;
                } else {
                    general += 1;
                }
            }
        }
        assert!(short > 50_000 && general > 50_000, "{short} {general}");
    }

    #[test]
    fn short_decimal_rounds_half_even() {
        let third = Number::Rational(BigRational::new(1.into(), 3.into()));
        let d = third.to_short_decimal(17);
        assert_eq!((d.m, d.e, d.rounded), (33333333333333333, -17, true));
        let n = parse_number("1234567890123456785").unwrap(); // 19 digits, tie -> even
        let d = n.to_short_decimal(18);
        assert_eq!((d.m, d.e, d.rounded), (123456789012345678, 1, true));
        let n = parse_number("999999999999999999.9").unwrap();
        let d = n.to_short_decimal(18);
        assert_eq!((d.m, d.e), (1, 18));
    }

    #[test]
    fn f64_round_trip_of_shortest_repr() {
        for x in [
            0.1,
            1e-300,
            1.7976931348623157e308,
            123456.789,
            -2.5e-7,
            5e-324,
        ] {
            assert_eq!(Number::from_f64(x).unwrap().to_f64(), x);
        }
        assert!(Number::from_f64(f64::NAN).is_err());
    }

    #[test]
    fn decimal_division_and_powers_match_rationals() {
        let lits = [
            "0",
            "1",
            "-1",
            "2",
            "3",
            "4",
            "7",
            "12",
            "-12.5",
            "0.25",
            "1e3",
            "1e-3",
            "0.1",
            "6",
            "40",
            "125",
            "1024",
            "-0.0625",
            "99999999999999999999",
            "3e999",
            "1e-999",
        ];
        for a in lits {
            for b in lits {
                let (x, y) = (parse_number(a).unwrap(), parse_number(b).unwrap());
                if let Some(q) = x.checked_decimal_div(&y) {
                    assert!(matches!(q, Number::Decimal { .. }));
                    assert_eq!(
                        q.to_rational(),
                        x.to_rational() / y.to_rational(),
                        "{a} / {b}"
                    );
                } else if !y.is_zero() {
                    // only quotients that do not terminate, or are huge, take the slow path
                    let r = x.to_rational() / y.to_rational();
                    let terminating = Number::Rational(r.clone()).to_short_decimal(18);
                    assert!(
                        terminating.rounded || a.contains('e') || b.contains('e') || a.len() > 18,
                        "{a} / {b} = {r} should be a decimal"
                    );
                }
            }
            for p in [0u32, 1, 2, 3, 5, 10, 40, 200] {
                let x = parse_number(a).unwrap();
                if let Some(v) = x.checked_integer_pow(p) {
                    let want = num_traits::pow(x.to_rational(), p as usize);
                    assert_eq!(v.to_rational(), want, "{a} ^ {p}");
                }
            }
        }
        let two = parse_number("2").unwrap();
        assert!(two.checked_integer_pow(127).is_some());
        assert!(two.checked_integer_pow(128).is_none());
        assert!(parse_number("1.5")
            .unwrap()
            .checked_integer_pow(2)
            .is_none());
        assert!(two.checked_decimal_div(&Number::zero()).is_none());
    }

    #[test]
    fn decimal_rationals_are_in_lowest_terms_without_a_gcd() {
        let lits = [
            "0", "1", "-2.5", "0.125", "1e-999", "3e-306", "-40", "7e20", "1e300",
        ];
        let factors = [
            (1, 1),
            (5, 18),
            (-3, 7),
            (1000, 3600),
            (1, 1i64 << 40),
            (12, 1),
        ];
        for a in lits {
            let n = parse_number(a).unwrap();
            let exact = n.to_rational();
            let reduced = BigRational::new(exact.numer().clone(), exact.denom().clone());
            assert_eq!(exact.numer(), reduced.numer(), "{a}");
            for (p, q) in factors {
                let r = BigRational::new(p.into(), q.into());
                let got = decimal_times_rational(&n, &r).unwrap();
                let want = &exact * &r;
                assert_eq!(
                    (got.numer(), got.denom()),
                    (want.numer(), want.denom()),
                    "{a}*{r}"
                );
            }
        }
    }

    #[test]
    fn scaled_integers() {
        let n = parse_number("-1.25").unwrap();
        assert_eq!(n.scaled_integer(2), Some(-125));
        assert_eq!(n.scaled_integer(1), None);
        let r = Number::Rational(BigRational::new(7.into(), 4.into()));
        assert_eq!(r.scaled_integer(2), Some(175));
    }
}
