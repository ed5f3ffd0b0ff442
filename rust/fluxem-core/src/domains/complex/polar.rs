//! The polar block: log2 of the modulus and the phase in turns, stored so that plain vector sums
//! of blocks are products (log-moduli add, phases add, zero counts add).
//!
//! ```text
//! off  0  ZERO   zero count: 1 for z == 0 (absorbing under products: any count > 0 is zero)
//! off  1  K      k/16 with k = floor(log2|z|)
//! off  2  FHI    f = log2|z| - k in [0,1) as three 20-bit slices: FHI = f truncated to the
//! off  3  FMID   2^-20 grid, FMID = the next 20 bits (on the 2^-20 grid, in [0,1)),
//! off  4  FLO    FLO = the rest times 2^40 (in [0,1)); f = FHI + FMID/2^20 + FLO/2^40
//! off  5  THI    phase t = arg(z)/(2 pi) in (-1/2, 1/2], sliced the same way but truncated
//! off  6  TMID   toward zero (so negating t negates every slice exactly)
//! off  7  TLO
//! off  8  COS    cos(2 pi t), off 9 SIN sin(2 pi t): readable features derived from the fields
//!                above (0 and 0 for z == 0), recomputed by every operation, not additive
//! off 10  VALID  1 when the block holds z (0 after add/sub, which have no closed form here)
//! ```
//! K and the HI/MID slices are integers times powers of two (exact in float32, and so are
//! their sums); the LO slices hold the last bits of the float64 value, so float32 storage
//! keeps log2|z| and t to about 2^-64. Phases of axis-aligned values (0, 1/4, 1/2, -1/4) and
//! of |re| == |im| are exact.

use crate::{FluxemError, Result};

/// Width of a polar block.
pub const POLAR_DIMS: usize = 11;
/// Offset of the zero count.
pub const ZERO: usize = 0;
/// Offset of floor(log2|z|) / 16.
pub const K: usize = 1;
/// Offset of the high 20-bit slice of the fractional part of log2|z|.
pub const FHI: usize = 2;
/// Offset of the middle slice of the fractional part of log2|z|.
pub const FMID: usize = 3;
/// Offset of the rest of the fractional part of log2|z|, times 2^40.
pub const FLO: usize = 4;
/// Offset of the high 20-bit slice of the phase in turns.
pub const THI: usize = 5;
/// Offset of the middle slice of the phase in turns.
pub const TMID: usize = 6;
/// Offset of the rest of the phase in turns, times 2^40.
pub const TLO: usize = 7;
/// Offset of cos(2 pi t), a derived feature.
pub const COS: usize = 8;
/// Offset of sin(2 pi t), a derived feature.
pub const SIN: usize = 9;
/// Offset of the validity flag (0 after add/sub).
pub const VALID: usize = 10;

const K_SCALE: f64 = 1.0 / 16.0;
const GRID: f64 = 1048576.0; // 2^20
const TAU: f64 = std::f64::consts::TAU;
/// The largest float64 below 1/2 (the phase of a non-real z nearest the branch cut).
const BELOW_HALF: f64 = 0.5 - f64::EPSILON / 4.0;

/// The phase of `re + im i` in turns, in (-1/2, 1/2]; exact on the axes and diagonals, and
/// odd in `im` (so conjugation negates it exactly).
pub fn turns(re: f64, im: f64) -> f64 {
    if im == 0.0 {
        return if re < 0.0 { 0.5 } else { 0.0 };
    }
    if re == 0.0 {
        return if im > 0.0 { 0.25 } else { -0.25 };
    }
    let (x, y) = (re.abs(), im.abs());
    let q = if x == y {
        0.125
    } else {
        libm::atan2(y, x) / TAU
    };
    // off the real axis |t| < 1/2 strictly: 0.5 - q may round to 0.5, which would put z on
    // the wrong side of the branch cut
    let t = if re > 0.0 {
        q
    } else {
        (0.5 - q).min(BELOW_HALF)
    };
    if im < 0.0 {
        -t
    } else {
        t
    }
}

/// (cos, sin) of `t` turns, reduced to an eighth of a turn first so that multiples of a
/// quarter turn are exact (no spurious 1e-16 imaginary part on -1).
pub fn cos_sin_turns(t: f64) -> (f64, f64) {
    let q = libm::round(4.0 * t);
    let r = t - q * 0.25; // in [-1/8, 1/8]
    let (c, s) = if r == 0.0 {
        (1.0, 0.0)
    } else if r.abs() == 0.125 {
        let h = std::f64::consts::FRAC_1_SQRT_2;
        (h, if r > 0.0 { h } else { -h })
    } else {
        (libm::cos(TAU * r), libm::sin(TAU * r))
    };
    match (q as i64).rem_euclid(4) {
        0 => (c, s),
        1 => (-s, c),
        2 => (-c, -s),
        _ => (s, -c),
    }
}

/// log2 of hypot(re, im) as (k, f) with f in [0, 1), without overflow or underflow.
fn log2_modulus(re: f64, im: f64) -> (f64, f64) {
    let (x, y) = (re.abs(), im.abs());
    let (big, small) = if x >= y { (x, y) } else { (y, x) };
    let (mant, exp) = libm::frexp(big); // big = mant * 2^exp, mant in [0.5, 1)
    let ratio = small / big;
    let l = libm::log2(2.0 * mant) + 0.5 * libm::log1p(ratio * ratio) / std::f64::consts::LN_2;
    let whole = libm::floor(l);
    ((exp - 1) as f64 + whole, l - whole)
}

/// Writes the block of `re + im i` (finite values) into `out` (length POLAR_DIMS).
pub fn write(re: f64, im: f64, out: &mut [f64]) {
    out.fill(0.0);
    out[VALID] = 1.0;
    if re == 0.0 && im == 0.0 {
        out[ZERO] = 1.0;
        return;
    }
    let (k, f) = log2_modulus(re, im);
    set_log(out, k, f);
    set_turns(out, turns(re, im));
    derive(out);
}

/// Writes `x` as three slices at `out[at..at + 3]`, cutting with `cut` (floor or trunc).
fn split(x: f64, cut: fn(f64) -> f64, out: &mut [f64], at: usize) {
    let hi = cut(x * GRID) / GRID;
    let r = (x - hi) * GRID;
    let mid = cut(r * GRID) / GRID;
    out[at] = hi;
    out[at + 1] = mid;
    out[at + 2] = (r - mid) * GRID;
}

fn join(block: &[f64], at: usize) -> f64 {
    block[at] + (block[at + 1] + block[at + 2] / GRID) / GRID
}

/// Stores log2|z| = k + f, f in [0, 1).
fn set_log(out: &mut [f64], k: f64, f: f64) {
    out[K] = k * K_SCALE;
    split(f, libm::floor, out, FHI);
}

/// Stores a phase already in (-1/2, 1/2].
fn set_turns(out: &mut [f64], t: f64) {
    split(t, libm::trunc, out, THI);
}

/// Recomputes the readable (cos, sin) features from the stored fields.
fn derive(out: &mut [f64]) {
    let (c, s) = if out[ZERO].round() > 0.0 {
        (0.0, 0.0)
    } else {
        cos_sin_turns(phase(out))
    };
    out[COS] = c;
    out[SIN] = s;
}

/// The stored phase in turns (any real; it is only meaningful mod 1).
pub fn phase(block: &[f64]) -> f64 {
    join(block, THI)
}

/// Wraps a phase into (-1/2, 1/2]; exact (t - round(t) is exact in binary floating point,
/// which `t - ceil(t - 0.5)` is not next to the branch cut).
fn wrap(t: f64) -> f64 {
    let r = t - libm::round(t);
    if r <= -0.5 {
        r + 1.0
    } else {
        r
    }
}

/// Brings summed fields back to canonical ranges (whole units of f carried into K, whole
/// turns dropped from the phase, slices re-cut), then re-derives the features. Keeps long
/// chains of products exact in float32.
fn normalize(out: &mut [f64]) {
    if out[ZERO].round() > 0.0 {
        out[K..=TLO].fill(0.0);
    } else {
        let f = join(out, FHI);
        let whole = libm::floor(f);
        set_log(out, libm::round(out[K] / K_SCALE) + whole, f - whole);
        set_turns(out, wrap(phase(out)));
    }
    derive(out);
}

/// Whether the block's validity flag is set (a single, valid block).
pub fn is_valid(block: &[f64]) -> bool {
    (block[VALID] - 1.0).abs() < 1e-3
}

fn require(block: &[f64], op: &str) -> Result<()> {
    if is_valid(block) {
        Ok(())
    } else {
        Err(FluxemError::decode(format!(
            "{op} needs the polar part, and this operand has none (flag {}): it is the result \
             of add/sub; decode it and encode the value again",
            block[VALID]
        )))
    }
}

/// a * b (s = 1) or a / b (s = -1): the plain sum (difference) of the blocks, normalized.
pub fn mul_scaled(a: &[f64], b: &[f64], s: f64, out: &mut [f64]) -> Result<()> {
    let op = if s > 0.0 { "mul" } else { "div" };
    require(a, op)?;
    require(b, op)?;
    if s < 0.0 && b[ZERO].round() > 0.0 {
        return Err(FluxemError::encode("complex division by zero"));
    }
    for i in ZERO..=TLO {
        out[i] = a[i] + s * b[i];
    }
    if s < 0.0 {
        out[ZERO] = a[ZERO]; // the divisor has no zero count to cancel
    }
    out[VALID] = 1.0;
    normalize(out);
    Ok(())
}

/// a ^ p for real p: the principal branch (phase taken in (-1/2, 1/2] first), every field
/// scaled by p, then re-split. 0^0 = 1; 0^p = 0 for p > 0; 0^p for p < 0 is an error.
pub fn pow(a: &[f64], p: f64, out: &mut [f64]) -> Result<()> {
    require(a, "pow")?;
    if !p.is_finite() {
        return Err(FluxemError::encode("the exponent must be finite"));
    }
    out.fill(0.0);
    out[VALID] = 1.0;
    if a[ZERO].round() > 0.0 {
        if p < 0.0 {
            return Err(FluxemError::encode(
                "zero to a negative power (division by zero)",
            ));
        }
        out[ZERO] = if p == 0.0 { 0.0 } else { 1.0 };
        derive(out);
        return Ok(());
    }
    // k * p = kp + kp_err exactly (k * p may carry more bits than a float64 holds)
    let k = libm::round(a[K] / K_SCALE);
    let kp = k * p;
    let kp_err = libm::fma(k, p, -kp);
    let kint = libm::floor(kp);
    let l = (kp - kint) + kp_err + join(a, FHI) * p;
    let whole = libm::floor(l);
    let k = kint + whole;
    // NaN (an infinite k * p) is refused too
    if !k.is_finite() || k.abs() > 1e6 {
        return Err(FluxemError::encode(
            "the power is far outside the float64 range",
        ));
    }
    set_log(out, k, l - whole);
    let t = wrap(phase(a));
    let turns = t * p;
    if !turns.is_finite() {
        return Err(FluxemError::encode(
            "the power's phase is not finite (the exponent is too large)",
        ));
    }
    set_turns(out, wrap(turns));
    derive(out);
    Ok(())
}

/// The conjugate: the phase negates exactly.
pub fn conj(a: &[f64], out: &mut [f64]) {
    out.copy_from_slice(a);
    if is_valid(a) {
        for i in THI..=TLO {
            out[i] = -a[i];
        }
        normalize(out);
    }
}

/// The negation: half a turn added to the phase, staying on the side of the branch cut the
/// operand's phase implies (t > 0 moves to t - 1/2 > -1/2, t < 0 to t + 1/2 < 1/2).
pub fn neg(a: &[f64], out: &mut [f64]) {
    out.copy_from_slice(a);
    if is_valid(a) && a[ZERO].round() <= 0.0 {
        let t = wrap(phase(a));
        let moved = if t > 0.0 {
            (t - 0.5).max(-BELOW_HALF)
        } else if t < 0.0 {
            (t + 0.5).min(BELOW_HALF)
        } else {
            0.5
        };
        set_turns(out, moved);
        normalize(out);
    }
}

/// Decodes (modulus, phase in turns) from a block, or from a plain sum of blocks (the
/// product): zero when the zero count is positive.
pub fn decode(block: &[f64]) -> Result<(f64, f64)> {
    let zeros = block[ZERO];
    if !zeros.is_finite() || (zeros - zeros.round()).abs() > 0.25 || zeros.round() < 0.0 {
        return Err(FluxemError::decode(format!(
            "the zero count holds {zeros}, which is not a count"
        )));
    }
    if zeros.round() > 0.0 {
        return Ok((0.0, 0.0));
    }
    let k = block[K] / K_SCALE;
    if !k.is_finite() || (k - k.round()).abs() > 0.25 {
        return Err(FluxemError::decode(format!(
            "the log2 exponent holds {k}, which is not an integer code"
        )));
    }
    let f = join(block, FHI);
    let t = phase(block);
    if !f.is_finite() || !t.is_finite() {
        return Err(FluxemError::decode("the polar part is not finite"));
    }
    let whole = libm::floor(f);
    let exp = k.round() + whole;
    if exp.abs() > 2000.0 {
        return Err(FluxemError::decode(
            "the modulus is outside the float64 range",
        ));
    }
    let r = libm::scalbn(libm::exp2(f - whole), exp as i32);
    if !r.is_finite() {
        return Err(FluxemError::decode(
            "the modulus is outside the float64 range",
        ));
    }
    Ok((r, wrap(t)))
}

/// The cartesian value of a decoded (modulus, turns) pair.
pub fn to_cartesian(r: f64, t: f64) -> (f64, f64) {
    let (c, s) = cos_sin_turns(t);
    (r * c, r * s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(re: f64, im: f64) -> Vec<f64> {
        let mut b = vec![0.0; POLAR_DIMS];
        write(re, im, &mut b);
        b
    }

    #[test]
    fn axis_phases_are_exact() {
        assert_eq!(turns(1.0, 0.0), 0.0);
        assert_eq!(turns(-1.0, 0.0), 0.5);
        assert_eq!(turns(0.0, 2.0), 0.25);
        assert_eq!(turns(0.0, -2.0), -0.25);
        assert_eq!(turns(-3.0, -3.0), -0.375);
        assert_eq!(cos_sin_turns(0.5), (-1.0, 0.0));
        assert_eq!(cos_sin_turns(-0.25), (0.0, -1.0));
        assert_eq!(turns(3.0, -4.0), -turns(3.0, 4.0));
        assert_eq!(turns(-1.0, -1e-17), -BELOW_HALF, "stays below the cut");
    }

    #[test]
    fn products_of_units_are_exact() {
        let (i, mut out) = (block(0.0, 1.0), vec![0.0; POLAR_DIMS]);
        mul_scaled(&i, &i, 1.0, &mut out).unwrap();
        let (r, t) = decode(&out).unwrap();
        assert_eq!(to_cartesian(r, t), (-1.0, 0.0));
    }

    #[test]
    fn modulus_of_extremes() {
        assert!(decode(&block(f64::MAX, -f64::MAX)).is_err());
        let (r, _) = decode(&block(3e-300, 4e-300)).unwrap();
        assert!((r / 5e-300 - 1.0).abs() < 1e-14);
    }
}
