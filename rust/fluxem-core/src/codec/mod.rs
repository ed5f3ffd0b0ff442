//! The number codec: a 23-dim block that stores one exact number three ways.
//!
//! ```text
//! off  0..9   LIN      fixed-point limbs: limb j is the base-10^4 digit group of weight
//!                      10^(4j-9), signed, stored as limb/2^14. Covers |x| < 10^27 at a
//!                      resolution of 10^-9.
//! off  9      LIN_INEXACT   1 when x is not on that grid but |x| < 10^27 (limbs hold x rounded
//!                           to it); LIN_OUT_OF_RANGE (32) when |x| >= 10^27 (limbs hold 0)
//! off 10      LOG_ZERO      1 for x == 0 (absorbing under products: any count > 0 decodes as 0)
//! off 11      LOG_NEG       1 for x < 0 (the product's sign is the parity of the sum)
//! off 12      LOG_K         k/16 with k = floor(log2|x|)
//! off 13      LOG_FHI       f = log2|x| - k in [0,1), truncated to a 2^-20 grid
//! off 14      LOG_FLO       (f - FHI) * 2^20, the rest of f
//! off 15..18  EXACT         significand m (|m| < 10^18, no trailing zeros) as 3 signed base-10^6
//!                           limbs (low first), each stored as limb/2^20
//! off 18      EXACT_EXP     decimal exponent e / 256 (x = m * 10^e)
//! off 19      EXACT_ROUNDED 1 when x needed more than 18 digits and m holds it rounded to 18
//! off 20..23  V_EXACT, V_LIN, V_LOG: which parts are valid (1 each on a fresh encoding)
//! ```
//!
//! Every stored value is an integer times a power of two that fits 24 bits, except LOG_FLO, so
//! the block is exact in float32, and sums of blocks (the algebra) are exact in float32 too.

use crate::number::{Number, ShortDecimal};
use crate::{FluxemError, Result};

/// Width of a codec block; domains embed one block per number they carry.
pub const CODEC_DIMS: usize = 23;

/// Offset of the first linear limb (the 10^-9 digit group).
pub const LIN: usize = 0;
/// Number of linear limbs (base 10^4, weights 10^-9 .. 10^23).
pub const LIN_LIMBS: usize = 9;
/// Offset of the count of operands that were off the linear grid.
pub const LIN_INEXACT: usize = 9;
/// Offset of the zero count of the log part.
pub const LOG_ZERO: usize = 10;
/// Offset of the sign parity of the log part.
pub const LOG_NEG: usize = 11;
/// Offset of the integer part of log2|x|, scaled by 1/16.
pub const LOG_K: usize = 12;
/// Offset of the fractional part of log2|x| on a 2^-20 grid.
pub const LOG_FHI: usize = 13;
/// Offset of the remainder of the fractional part, scaled by 2^20.
pub const LOG_FLO: usize = 14;
/// Offset of the first limb of the exact significand.
pub const EXACT: usize = 15;
/// Number of exact significand limbs (base 10^6, low first).
pub const EXACT_LIMBS: usize = 3;
/// Offset of the exact part's decimal exponent, scaled by 1/256.
pub const EXACT_EXP: usize = 18;
/// Offset of the flag set when the exact part holds an 18-digit rounding.
pub const EXACT_ROUNDED: usize = 19;
/// Offset of the validity flag of the exact part (0 after a sum, product or power).
pub const V_EXACT: usize = 20;
/// Offset of the validity flag of the linear part (0 after a product or power).
pub const V_LIN: usize = 21;
/// Offset of the validity flag of the log part (0 after a sum or difference).
pub const V_LOG: usize = 22;

/// Value of the inexact count for an operand beyond the linear range: its limbs hold nothing,
/// so any sum it enters has no readable linear part, even inexactly. Sums of embeddings add or
/// take the max of counts; anything at or above half of this reads as out of range (so a plain
/// sum of 16 or more off-grid operands is refused too: an error, never a wrong value). Small,
/// so every field stays within the documented bound of 64.
pub const LIN_OUT_OF_RANGE: f64 = 32.0;

/// The linear part (limbs + inexact count): what plain vector sums act on.
pub const LINEAR_PART: std::ops::Range<usize> = LIN..LIN_INEXACT + 1;
/// The log part (zero, sign parity, log2 magnitude): what plain vector sums multiply.
pub const LOG_PART: std::ops::Range<usize> = LOG_ZERO..LOG_FLO + 1;

/// Weight of linear limb 0 is 10^LIN_MIN_EXP.
pub const LIN_MIN_EXP: i32 = -9;
// Base 10^4 (not 1000) so nine limbs reach 10^27 on the 10^-9 grid: products of three
// 9-digit operands and their sums stay linear. 10^36 units still fit i128 with room for
// sums, and |limb| < 2^14 leaves float32 sums of up to 1,677 fresh blocks exact.
const LIN_BASE: i128 = 10_000;
const LIN_SCALE: f64 = 1.0 / 16384.0;
/// |x| must be below this for the linear part to hold it (10^27).
pub const LIN_LIMIT: i128 = 1_000_000_000_000_000_000_000_000_000_000_000_000; // 10^36 units of 10^-9
/// `LIN_LIMIT` as a value: the linear range is |x| < 10^LIN_RANGE_EXP.
pub const LIN_RANGE_EXP: i32 = 27;
const LOG_K_SCALE: f64 = 1.0 / 16.0;
const FHI_GRID: f64 = 1048576.0; // 2^20
const EXACT_BASE: u64 = 1_000_000;
const EXACT_SCALE: f64 = 1.0 / 1048576.0;
const EXACT_EXP_SCALE: f64 = 1.0 / 256.0;
/// Significant digits the exact part holds (longer values are rounded half-to-even to this).
pub const EXACT_DIGITS: u32 = 18;

/// The range in error messages, spelled once: formatting the two f64 bounds cost more than
/// the rest of a refused encode (the segmenter's probes refuse many values).
const RANGE_TEXT: &str = "0 or 2.2250738585072014e-308 <= |x| <= 1.7976931348623157e308";

/// Smallest and largest non-zero magnitudes the codec accepts: the binary64 normal range.
pub const MIN_MAGNITUDE: f64 = f64::MIN_POSITIVE;
/// Largest magnitude the codec accepts (see `MIN_MAGNITUDE`).
pub const MAX_MAGNITUDE: f64 = f64::MAX;

/// Checks that a value (given by its 18-digit decimal) is zero or inside the codec's range;
/// returns its nearest f64.
pub fn check_decimal_range(d: &ShortDecimal) -> Result<f64> {
    let f = d.to_f64();
    if d.m != 0 && (!f.is_finite() || f.abs() < MIN_MAGNITUDE) {
        return Err(FluxemError::encode(format!(
            "{}{}e{} is outside the encodable range ({RANGE_TEXT})",
            if d.neg { "-" } else { "" },
            d.m,
            d.e
        )));
    }
    Ok(f)
}

/// Checks that `n` is zero or inside the codec's range; returns its nearest f64.
pub fn check_range(n: &Number) -> Result<f64> {
    check_decimal_range(&n.to_short_decimal(EXACT_DIGITS))
}

/// For 10^k <= |x| < 10^(k+1), with k known to within 1: whether x is certainly inside the
/// codec's range (the binary64 normal range, about 10^-308..10^308), with room to spare for
/// any rounding.
pub fn log10_well_inside(k: f64) -> bool {
    k - 1.0 > -300.0 && k + 2.0 < 300.0
}

/// For 10^k <= |x| < 10^(k+1), with k known to within 1: whether x is certainly outside the
/// codec's range, so that it can be refused without computing it (the mirror of
/// `log10_well_inside`, with the same margins).
pub fn log10_far_outside(k: f64) -> bool {
    k + 2.0 < -320.0 || k - 2.0 > 320.0
}

/// For lo <= log10|x| < hi (bounds known to about 1e-12): whether x is certainly outside the
/// codec's range. Tighter than `log10_far_outside`, for callers that know the magnitude to
/// within one decade (a decimal times a unit factor).
pub fn log10_outside(lo: f64, hi: f64) -> bool {
    const EPS: f64 = 1e-9;
    hi < MIN_MAGNITUDE.log10() - EPS || lo > MAX_MAGNITUDE.log10() + EPS
}

/// For lo <= log10|x| <= hi (bounds known to about 1e-12): whether x is certainly inside the
/// codec's range (the mirror of `log10_outside`, with the same margin).
pub fn log10_inside(lo: f64, hi: f64) -> bool {
    const EPS: f64 = 1e-9;
    lo > MIN_MAGNITUDE.log10() + EPS && hi < MAX_MAGNITUDE.log10() - EPS
}

/// The error for a value refused by its magnitude alone (`what` names it).
pub fn out_of_range(what: &str) -> FluxemError {
    FluxemError::encode(format!(
        "{what} is outside the encodable range ({RANGE_TEXT})"
    ))
}

/// Exactly `check_range(n).map(|_| ())`: decimals of ordinary magnitude are decided from their
/// exponent, without rounding them to 18 digits.
pub fn accepts(n: &Number) -> Result<()> {
    match n {
        Number::Decimal { m, e, .. } => {
            if *m == 0 || log10_well_inside(*e as f64 + crate::number::ilog10_u128(*m) as f64) {
                return Ok(());
            }
        }
        Number::Rational(r) => match rational_log10(r) {
            None => return Ok(()),
            Some(k) if log10_well_inside(k) => return Ok(()),
            Some(k) if log10_far_outside(k) => return Err(out_of_range("the value")),
            Some(_) => {}
        },
    }
    check_range(n).map(|_| ())
}

/// log10|r| to within about 0.3 from the bit lengths (log2|r| is within 1 of their
/// difference): O(1), before any decimal conversion. None for zero.
fn rational_log10(r: &num_rational::BigRational) -> Option<f64> {
    let (nb, db) = (r.numer().bits(), r.denom().bits());
    (nb != 0).then_some((nb as f64 - db as f64) * std::f64::consts::LOG10_2)
}

/// Whether `n` is a non-zero rational certainly outside the codec's range (`rational_log10`).
fn rational_far_outside(n: &Number) -> bool {
    match n {
        Number::Rational(r) => rational_log10(r).is_some_and(log10_far_outside),
        Number::Decimal { .. } => false,
    }
}

/// Writes the codec block of `n` into `out` (length CODEC_DIMS). The exact value is reduced to
/// its 18-digit decimal once; rationals pay one more exact division only when off the grid.
///
/// ```
/// use fluxem_core::codec::{self, Decoded, CODEC_DIMS};
/// use fluxem_core::number::parse_literal;
///
/// let mut a = [0.0; CODEC_DIMS];
/// let mut b = [0.0; CODEC_DIMS];
/// codec::encode(&parse_literal("1234.5").unwrap(), &mut a).unwrap();
/// codec::encode(&parse_literal("-0.25").unwrap(), &mut b).unwrap();
/// // a fresh block decodes exactly through its exact part
/// match codec::decode(&a).unwrap() {
///     Decoded::Exact(d) => assert_eq!((d.neg, d.m, d.e), (false, 12345, -1)),
///     other => panic!("{other:?}"),
/// }
/// // the sum in closed form keeps the linear part: 1234.25 exactly, times 10^9
/// let mut sum = [0.0; CODEC_DIMS];
/// codec::add_scaled(&a, &b, 1.0, &mut sum).unwrap();
/// let expected = Decoded::Linear { scaled: 1_234_250_000_000, inexact: false };
/// assert_eq!(codec::decode(&sum).unwrap(), expected);
/// ```
pub fn encode(n: &Number, out: &mut [f64]) -> Result<()> {
    if rational_far_outside(n) {
        return Err(out_of_range("the value"));
    }
    encode_rounded(n, &n.to_short_decimal(EXACT_DIGITS), out)
}

/// `encode` for a caller that already holds `d = n.to_short_decimal(EXACT_DIGITS)` (computed
/// from a cheaper form of the value than `n`: ARITHMETIC's big decimals).
pub fn encode_rounded(n: &Number, d: &ShortDecimal, out: &mut [f64]) -> Result<()> {
    debug_assert_eq!(out.len(), CODEC_DIMS);
    let f = check_decimal_range(d)?;
    out.fill(0.0);
    write_linear(n, d, f, out);
    write_log(f, out);
    write_exact(d, out);
    out[V_EXACT] = 1.0;
    out[V_LIN] = 1.0;
    out[V_LOG] = 1.0;
    Ok(())
}

/// `f` is `d.to_f64()` (computed once by the caller: the parse costs more than the rest).
fn write_linear(n: &Number, d: &ShortDecimal, f: f64, out: &mut [f64]) {
    // A decimal is on the grid iff m * 10^(e+9) is an integer below the limit.
    // (More than 18 digits can still be on the grid: up to 36 digits fit below 10^27.)
    // Far beyond the range, nothing is computed (a huge rational costs a gcd per step).
    let on_grid = if f.abs() >= 1e28 {
        None
    } else if d.rounded {
        n.scaled_integer(-LIN_MIN_EXP)
            .filter(|v| v.abs() < LIN_LIMIT)
    } else {
        let short = Number::Decimal {
            neg: d.neg,
            m: d.m as u128,
            e: d.e,
        };
        short
            .scaled_integer(-LIN_MIN_EXP)
            .filter(|v| v.abs() < LIN_LIMIT)
    };
    let (scaled, inexact) = match on_grid {
        Some(v) => (v, 0.0),
        None => {
            // Not on the grid: keep the nearest grid value when in range, else nothing.
            if f.abs() < 1e-10 {
                (0, 1.0) // rounds to 0 on the 10^-9 grid
            } else if f.abs() < 1e27 {
                let v = round_scaled(&n.to_rational(), (-LIN_MIN_EXP) as u32);
                if v.abs() < LIN_LIMIT {
                    (v, 1.0)
                } else {
                    (0, LIN_OUT_OF_RANGE)
                }
            } else {
                (0, LIN_OUT_OF_RANGE)
            }
        }
    };
    let sign = if scaled < 0 { -1.0 } else { 1.0 };
    let limbs: &mut [f64; LIN_LIMBS] = (&mut out[LIN..LIN + LIN_LIMBS]).try_into().expect("9 dims");
    write_limbs::<{ LIN_BASE as u64 }, LIN_LIMBS>(scaled.unsigned_abs(), sign, LIN_SCALE, limbs);
    out[LIN_INEXACT] = inexact;
}

/// Writes `sign * limb * scale` for the base-`BASE` digits of `u`, lowest first, one per slot
/// of `out` (the value mod BASE^N). Each limb is written as it is computed: an array of limbs
/// stored and read back as vectors stalled store forwarding. Limbs are below `BASE` < 2^31, so
/// `as i64 as f64` is exact and one instruction.
#[inline(always)]
pub(crate) fn write_limbs<const BASE: u64, const N: usize>(
    u: u128,
    sign: f64,
    scale: f64,
    out: &mut [f64; N],
) {
    let limb = |l: u64| sign * (l as i64 as f64) * scale;
    if let Ok(v) = u64::try_from(u) {
        // limb j is (v / BASE^j) % BASE: divisions by constants, independent of each other
        // (one quotient feeding the next was a chain of multiplications through all N limbs)
        for (j, o) in out.iter_mut().enumerate() {
            *o = match BASE.checked_pow(j as u32) {
                Some(p) => limb((v / p) % BASE),
                None => limb(0), // BASE^j > v (a signed zero, as every zero limb)
            };
        }
        return;
    }
    // past 64 bits: u128 divisions (library calls) until the rest fits
    let mut u = u;
    let mut j = 0;
    while j < N && u > u128::from(u64::MAX) {
        out[j] = limb((u % u128::from(BASE)) as u64);
        u /= u128::from(BASE);
        j += 1;
    }
    let mut v = u as u64;
    for o in &mut out[j..] {
        *o = limb(v % BASE);
        v /= BASE;
    }
}

/// `r * 10^k` rounded to the nearest integer, halves away from zero (`BigRational::round`),
/// by one integer division (a rational product would reduce with a gcd); 0 if it overflows.
fn round_scaled(r: &num_rational::BigRational, k: u32) -> i128 {
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive};
    let num = r.numer() * num_bigint::BigInt::from(crate::number::pow10(k));
    let den = r.denom(); // positive
    let (q, rem) = num.abs().div_rem(den);
    let q = if rem * 2u32 >= *den { q + 1u32 } else { q };
    let q = if num.is_negative() { -q } else { q };
    q.to_i128().unwrap_or(0)
}

fn write_log(f: f64, out: &mut [f64]) {
    if f == 0.0 {
        out[LOG_ZERO] = 1.0;
        return;
    }
    out[LOG_NEG] = if f < 0.0 { 1.0 } else { 0.0 };
    let (mant, exp) = libm::frexp(f.abs()); // |f| = mant * 2^exp, mant in [0.5, 1)
    let k = exp - 1;
    let frac = libm::log2(2.0 * mant); // in [0, 1]
    let hi = libm::floor(frac * FHI_GRID) / FHI_GRID;
    out[LOG_K] = k as f64 * LOG_K_SCALE;
    out[LOG_FHI] = hi;
    out[LOG_FLO] = (frac - hi) * FHI_GRID;
}

fn write_exact(d: &ShortDecimal, out: &mut [f64]) {
    let sign = if d.neg { -1.0 } else { 1.0 };
    let mut m = d.m;
    for j in 0..EXACT_LIMBS {
        out[EXACT + j] = sign * (m % EXACT_BASE) as f64 * EXACT_SCALE;
        m /= EXACT_BASE;
    }
    out[EXACT_EXP] = d.e as f64 * EXACT_EXP_SCALE;
    out[EXACT_ROUNDED] = if d.rounded { 1.0 } else { 0.0 };
}

/// Rounds a stored integer field, rejecting values that are not within 0.25 of an integer
/// (a vector that was never produced by the algebra).
pub fn integer_field(value: f64, scale: f64, what: &str) -> Result<i128> {
    let v = value / scale;
    let r = v.round();
    if !v.is_finite() || (v - r).abs() > 0.25 || r.abs() > 1e36 {
        return Err(FluxemError::decode(format!(
            "{what} holds {v}, which is not an integer code"
        )));
    }
    Ok(r as i128)
}

/// An integer combination of decoded fields (`hi * base + lo`, `a * b`) that overflowed i128
/// comes from a vector that is no encoding: a `DecodeError`, never a wrapped value.
pub fn checked_field(v: Option<i128>, what: &str) -> Result<i128> {
    v.ok_or_else(|| FluxemError::decode(format!("{what} is too large to be an encoding's field")))
}

/// A decoded codec block.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// From the exact part: the value itself (or its 18-digit rounding when `rounded`).
    Exact(ShortDecimal),
    /// From the linear part.
    Linear {
        /// The value times 10^9 (exact on the linear grid).
        scaled: i128,
        /// Whether an operand was off the grid, so `scaled` holds a rounding.
        inexact: bool,
    },
    /// From the log part.
    Log(f64),
}

impl Decoded {
    /// The decoded value as the nearest f64.
    pub fn to_f64(&self) -> f64 {
        match self {
            Decoded::Exact(d) => d.to_f64(),
            Decoded::Linear { scaled, .. } => format!("{scaled}e{LIN_MIN_EXP}")
                .parse()
                .unwrap_or(f64::NAN),
            Decoded::Log(v) => *v,
        }
    }
}

/// Decodes the exact part (requires a single, fresh-or-negated encoding).
pub fn decode_exact(block: &[f64]) -> Result<ShortDecimal> {
    let mut m: i128 = 0;
    for j in (0..EXACT_LIMBS).rev() {
        let limb = integer_field(block[EXACT + j], EXACT_SCALE, "an exact-part limb")?;
        if limb.abs() >= EXACT_BASE as i128 {
            return Err(FluxemError::decode(
                "exact-part limb out of range: this is a sum of encodings, decode its linear or log part",
            ));
        }
        m = m * EXACT_BASE as i128 + limb;
    }
    let e = integer_field(block[EXACT_EXP], EXACT_EXP_SCALE, "the exact exponent")?;
    let rounded = integer_field(block[EXACT_ROUNDED], 1.0, "the rounded flag")? != 0;
    Ok(ShortDecimal {
        neg: m < 0,
        m: m.unsigned_abs() as u64,
        e: e as i32,
        rounded,
    })
}

/// Decodes the linear part: rounds each limb to an integer (limbs of sums may exceed 999 or be
/// negative) and recombines them exactly.
pub fn decode_linear(block: &[f64]) -> Result<Decoded> {
    if closed_form_kind(block) == Some(V_LOG) {
        return Err(FluxemError::decode(
            "this embedding is the result of a product, quotient or power: only its log part \
             is valid (use decode_log)",
        ));
    }
    verify_flags(block)?;
    if closed_form_kind(block) == Some(V_LIN) {
        require_zero(block, LOG_PART, "log part of a closed-form sum")?;
    }
    let mut scaled: i128 = 0;
    for j in (0..LIN_LIMBS).rev() {
        let limb = integer_field(block[LIN + j], LIN_SCALE, "a linear limb")? as f64;
        if limb.abs() > 1e9 {
            return Err(FluxemError::decode("linear limb is too large"));
        }
        scaled = scaled
            .checked_mul(LIN_BASE)
            .and_then(|s| s.checked_add(limb as i128))
            .ok_or_else(|| FluxemError::decode("linear part overflows"))?;
    }
    let count = block[LIN_INEXACT];
    if !count.is_finite() || count.abs() >= LIN_OUT_OF_RANGE / 2.0 {
        return Err(FluxemError::decode(
            "the linear part holds nothing: an operand was beyond its range (|x| >= 10^27); \
             only the exact or log parts of the operands carry it",
        ));
    }
    let inexact = integer_field(count, 1.0, "the inexact count")? != 0;
    Ok(Decoded::Linear { scaled, inexact })
}

/// Decodes the log part: zero if the zero count is positive, else (-1)^parity * 2^(k + f).
pub fn decode_log(block: &[f64]) -> Result<f64> {
    if closed_form_kind(block) == Some(V_LIN) {
        return Err(FluxemError::decode(
            "this embedding is the result of a sum or difference: only its linear part is \
             valid (use decode_linear)",
        ));
    }
    verify_flags(block)?;
    if closed_form_kind(block) == Some(V_LOG) {
        require_zero(block, LINEAR_PART, "linear part of a closed-form product")?;
    }
    let zeros = integer_field(block[LOG_ZERO], 1.0, "the zero count")?;
    if zeros < 0 {
        return Err(FluxemError::decode(
            "negative zero count: the log part divides by zero",
        ));
    }
    if zeros > 0 {
        return Ok(0.0);
    }
    let parity = integer_field(block[LOG_NEG], 1.0, "the sign parity")?;
    let k = integer_field(block[LOG_K], LOG_K_SCALE, "the log2 integer part")? as f64;
    let frac = block[LOG_FHI] + block[LOG_FLO] / FHI_GRID;
    if !k.is_finite() || !frac.is_finite() {
        return Err(FluxemError::decode("log part is not finite"));
    }
    let whole = libm::floor(frac);
    let exp = k + whole;
    if exp.abs() > 2000.0 {
        return Err(FluxemError::decode("log part is outside the float64 range"));
    }
    let v = libm::scalbn(libm::exp2(frac - whole), exp as i32);
    if !v.is_finite() {
        return Err(FluxemError::decode("product is outside the float64 range"));
    }
    Ok(if parity.rem_euclid(2) == 1 { -v } else { v })
}

/// The redundancy every block produced by the codec and its algebra has, whatever was added
/// or subtracted: the validity flags and the exact part's rounded flag are integer counts.
/// (Checked with `integer_field`'s tolerance, so a model's slightly noisy prediction still
/// reads; a vector with random content fails.)
fn verify_flags(block: &[f64]) -> Result<()> {
    for (i, what) in [
        (V_EXACT, "the exact-part flag"),
        (V_LIN, "the linear-part flag"),
        (V_LOG, "the log-part flag"),
        (EXACT_ROUNDED, "the rounded flag"),
    ] {
        integer_field(block[i], 1.0, what)?;
    }
    Ok(())
}

/// A closed-form result zeroes the parts it does not keep (`keep_only`): anything else there
/// means the vector was not produced by that operation.
fn require_zero(block: &[f64], part: std::ops::Range<usize>, what: &str) -> Result<()> {
    if block[part].iter().any(|v| *v != 0.0) {
        return Err(FluxemError::decode(format!(
            "the {what} is not zero: this vector was not produced by the codec's algebra"
        )));
    }
    Ok(())
}

/// The output of a closed-form operation must be finite (a crafted operand or an extreme
/// power would otherwise put inf or NaN inside the returned embedding).
pub fn check_finite(out: &[f64], op: &str) -> Result<()> {
    if out.iter().all(|v| v.is_finite()) {
        Ok(())
    } else {
        Err(FluxemError::encode(format!(
            "{op} is outside the range an embedding can hold"
        )))
    }
}

fn near(v: f64, target: f64) -> bool {
    (v - target).abs() < 1e-3
}

/// For the result of a closed-form operation (flags (0,1,0) or (0,0,1)), the flag of its one
/// valid part. Plain vector combinations have other flags and are read as asked.
fn closed_form_kind(block: &[f64]) -> Option<usize> {
    let (e, l, g) = (block[V_EXACT], block[V_LIN], block[V_LOG]);
    if !near(e, 0.0) {
        return None;
    }
    match (near(l, 1.0) && near(g, 0.0), near(l, 0.0) && near(g, 1.0)) {
        (true, _) => Some(V_LIN),
        (_, true) => Some(V_LOG),
        _ => None,
    }
}

/// Decodes whichever single part the validity flags name: a fresh encoding through its exact
/// part, a closed-form sum through its linear part, a closed-form product through its log part.
pub fn decode(block: &[f64]) -> Result<Decoded> {
    let (e, l, g) = (block[V_EXACT], block[V_LIN], block[V_LOG]);
    if near(e, 1.0) {
        return decode_exact(block).map(Decoded::Exact);
    }
    if near(e, 0.0) && near(l, 1.0) && near(g, 0.0) {
        return decode_linear(block);
    }
    if near(e, 0.0) && near(l, 0.0) && near(g, 1.0) {
        return decode_log(block).map(Decoded::Log);
    }
    Err(FluxemError::decode(format!(
        "validity flags (exact {e}, linear {l}, log {g}) do not name one valid part; a plain \
         sum of encodings must be decoded with decode_linear or decode_log"
    )))
}

/// Which part a closed-form operation keeps valid.
fn keep_only(out: &mut [f64], linear: bool) {
    if linear {
        out[LOG_PART].fill(0.0);
    } else {
        out[LINEAR_PART].fill(0.0);
    }
    out[EXACT..EXACT_ROUNDED + 1].fill(0.0);
    out[V_EXACT] = 0.0;
    out[V_LIN] = if linear { 1.0 } else { 0.0 };
    out[V_LOG] = if linear { 0.0 } else { 1.0 };
}

fn require(block: &[f64], flag: usize, what: &str) -> Result<()> {
    if near(block[flag], 1.0) {
        Ok(())
    } else {
        Err(FluxemError::decode(format!(
            "operand has no valid {what} part (flag {})",
            block[flag]
        )))
    }
}

/// a + s*b on the linear parts (s = 1 or -1): exact while limbs stay below 2^24.
pub fn add_scaled(a: &[f64], b: &[f64], s: f64, out: &mut [f64]) -> Result<()> {
    require(a, V_LIN, "linear")?;
    require(b, V_LIN, "linear")?;
    for j in 0..LIN_LIMBS {
        out[LIN + j] = a[LIN + j] + s * b[LIN + j];
    }
    out[LIN_INEXACT] = a[LIN_INEXACT].max(b[LIN_INEXACT]);
    keep_only(out, true);
    check_finite(out, "the sum")
}

/// a * b (s = 1) or a / b (s = -1) on the log parts.
pub fn mul_scaled(a: &[f64], b: &[f64], s: f64, out: &mut [f64]) -> Result<()> {
    require(a, V_LOG, "log")?;
    require(b, V_LOG, "log")?;
    if s < 0.0 && b[LOG_ZERO].round() > 0.0 {
        return Err(FluxemError::encode("division by zero"));
    }
    for i in LOG_PART {
        out[i] = a[i] + s * b[i];
    }
    if s < 0.0 {
        // a zero numerator stays zero; the divisor's (absent) zero flag must not cancel it
        out[LOG_ZERO] = a[LOG_ZERO];
    }
    keep_only(out, false);
    check_finite(out, "the product")
}

/// a ^ p on the log part: every log field scales by p.
pub fn pow(a: &[f64], p: f64, out: &mut [f64]) -> Result<()> {
    require(a, V_LOG, "log")?;
    if !p.is_finite() {
        return Err(FluxemError::encode("exponent must be finite"));
    }
    let is_int = p.fract() == 0.0;
    let zero = a[LOG_ZERO].round() > 0.0;
    if zero {
        if p < 0.0 {
            return Err(FluxemError::encode(
                "zero to a negative power (division by zero)",
            ));
        }
        out.copy_from_slice(a);
        out[LOG_ZERO] = if p == 0.0 { 0.0 } else { 1.0 };
        out[LOG_NEG] = 0.0;
        keep_only(out, false);
        return Ok(());
    }
    let parity = a[LOG_NEG].round().rem_euclid(2.0);
    if parity == 1.0 && !is_int {
        return Err(FluxemError::encode(
            "a negative number to a non-integer power is not real",
        ));
    }
    // Scale log2|x| = k + f by p, then re-split it so LOG_K holds an integer again (decode
    // rounds k; a non-integer k*p, e.g. from a half power, must move into the fraction).
    let k = (a[LOG_K] / LOG_K_SCALE).round() * p;
    let frac = (a[LOG_FHI] + a[LOG_FLO] / FHI_GRID) * p;
    let k_whole = libm::floor(k);
    let total_frac = (k - k_whole) + frac;
    let carry = libm::floor(total_frac);
    if !(k_whole + carry).is_finite() || (k_whole + carry).abs() > POW_MAX_LOG2 {
        return Err(FluxemError::encode(format!(
            "the power is outside the float64 range (log2 of its magnitude is beyond ±{POW_MAX_LOG2})"
        )));
    }
    let f = total_frac - carry;
    let hi = libm::floor(f * FHI_GRID) / FHI_GRID;
    out[LOG_K] = (k_whole + carry) * LOG_K_SCALE;
    out[LOG_FHI] = hi;
    out[LOG_FLO] = (f - hi) * FHI_GRID;
    out[LOG_ZERO] = 0.0;
    out[LOG_NEG] = if is_int {
        (parity * p).rem_euclid(2.0)
    } else {
        0.0
    };
    keep_only(out, false);
    check_finite(out, "the power")
}

/// Largest |log2| a power's result may have: beyond the float64 range (±1024) with room for
/// products that bring it back, far inside the range LOG_K holds exactly in float32.
const POW_MAX_LOG2: f64 = 4096.0;

/// -a: every part stays valid (linear and exact limbs negate, the sign parity flips).
pub fn neg(a: &[f64], out: &mut [f64]) {
    out.copy_from_slice(a);
    for j in 0..LIN_LIMBS {
        out[LIN + j] = -a[LIN + j];
    }
    for j in 0..EXACT_LIMBS {
        out[EXACT + j] = -a[EXACT + j];
    }
    if a[LOG_ZERO].round() == 0.0 {
        out[LOG_NEG] = (a[LOG_NEG].round() + 1.0).rem_euclid(2.0);
    }
}

#[cfg(test)]
mod tests;
