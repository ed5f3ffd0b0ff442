//! VECTOR: up to 16 real components, each stored exactly as an integer significand and its own
//! decimal exponent (x_i = M_i * 10^e_i, |M_i| < 10^18).
//!
//! ```text
//! dims  16..64   SIG     M_i as 3 signed base-10^6 limbs (low first) at 16 + 3i, each limb/2^20
//! dims  64..80   EXP     e_i / 256
//! dims  80..96   EXP_SQ  e_i^2 / 2^16 (detects plain sums of components stored at different e)
//! dim   96       COUNT   1 (a plain sum of k encodings holds k)
//! dim   97       LEN     n / 16
//! dim   98       LEN_SQ  n^2 / 256 (detects plain sums of vectors of different lengths)
//! dim   99       ROUNDED number of roundings to 18 significant digits behind this vector
//! dims 100..116  MAG     sign(x_i) * log10(1 + |x_i|) / 8, readable (derived, not additive)
//! dim  116       NORM    log10(1 + ||x||) / 8, readable (derived, not additive)
//! dims 117..128  zero (reserved); every field of a component i >= n is zero
//! ```
//! The exponent is canonical: the one closest to -6 among those that hold x_i exactly in 18
//! digits, so every component with |x| < 10^12 on the 10^-6 grid is stored at e = -6 and plain
//! vector sums of such encodings are exact sums. Every field is an integer times a power of two
//! that fits 24 bits, so embeddings and plain sums of up to 16 of them are exact in float32.

mod ops;
mod parser;

pub use ops::{add, dot, neg, norm, scale, scale_ratio, sub};
pub use parser::parse_vector;

use crate::codec;
use crate::domains::{Algebra, BinOp, DomainEncoder};
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::number::{Number, POW10_U128};
use crate::{FluxemError, Result};

/// Most components a vector may have; a longer one is an `Encode` error, never truncated.
pub const MAX_COMPONENTS: usize = 16;
/// Significant digits each component holds exactly (more are rounded half-even and counted).
pub const DIGITS: u32 = 18;
// `store` checks a component's range on its DIGITS-digit decimal, as `codec::check_range` does
const _: () = assert!(DIGITS == codec::EXACT_DIGITS);
/// The exponent components are stored at when they allow it.
pub const ANCHOR_EXP: i32 = -6;

/// First dim of the significand limbs (component i at `SIG_START + LIMBS * i`).
pub const SIG_START: usize = CONTENT_START;
/// Significand limbs per component (base 10^6, low first).
pub const LIMBS: usize = 3;
/// First dim of the per-component decimal exponents.
pub const EXP_START: usize = SIG_START + LIMBS * MAX_COMPONENTS;
/// First dim of the squared exponents (they expose sums of mismatched exponents).
pub const EXP_SQ_START: usize = EXP_START + MAX_COMPONENTS;
/// Dim of the encoding count (1; k in a plain sum of k encodings).
pub const COUNT: usize = EXP_SQ_START + MAX_COMPONENTS;
/// Dim of the length n / 16.
pub const LEN: usize = COUNT + 1;
/// Dim of n^2 / 256 (exposes sums of vectors of different lengths).
pub const LEN_SQ: usize = LEN + 1;
/// Dim of the number of roundings behind the vector.
pub const ROUNDED: usize = LEN_SQ + 1;
/// First dim of the readable per-component magnitudes.
pub const MAG_START: usize = ROUNDED + 1;
/// Dim of the readable norm feature.
pub const NORM: usize = MAG_START + MAX_COMPONENTS;
/// First unused dim.
pub const CONTENT_END: usize = NORM + 1;

const LIMB_BASE: u128 = 1_000_000;
const LIMB_SCALE: f64 = 1.0 / 1048576.0;
const EXP_SCALE: f64 = 1.0 / 256.0;
const EXP_SQ_SCALE: f64 = 1.0 / 65536.0;
const LEN_SCALE: f64 = 1.0 / 16.0;
const LEN_SQ_SCALE: f64 = 1.0 / 256.0;
const FEATURE_SCALE: f64 = 1.0 / 8.0;

/// The VECTOR encoder: parses a vector literal and embeds each component exactly.
#[derive(Debug, Clone, Copy, Default)]
pub struct VectorEncoder;

/// Vectors add, subtract and negate in closed form; products are `dot` and `scale`.
impl Algebra for VectorEncoder {
    type Value = DecodedVector;
    fn binary(&self, a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
        match op {
            BinOp::Add => add(a, b),
            BinOp::Sub => sub(a, b),
            BinOp::Mul | BinOp::Div => Err(FluxemError::config(format!(
                "VECTOR embeddings have no closed-form {} (use dot or scale)",
                op.name()
            ))),
        }
    }
    fn power(&self, _a: &[f64], _exponent: f64) -> Result<Embedding> {
        Err(FluxemError::config("VECTOR embeddings have no power"))
    }
    fn negate(&self, a: &[f64]) -> Result<Embedding> {
        neg(a)
    }
    fn decode(&self, emb: &[f64]) -> Result<DecodedVector> {
        decode(emb)
    }
}

impl DomainEncoder for VectorEncoder {
    fn domain(&self) -> Domain {
        Domain::Vector
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        encode_components_into(&parse_vector(text)?, 0, out)
    }

    /// `encode_components` fails only on the component count and out-of-range components.
    fn accepts(&self, text: &str) -> Result<()> {
        let comps = parse_vector(text)?;
        check_count(&comps)?;
        for (i, n) in comps.iter().enumerate() {
            codec::accepts(n).map_err(|e| in_component(i, e))?;
        }
        Ok(())
    }
}

/// One component in canonical form.
#[derive(Debug, PartialEq)]
struct Stored {
    m: i128, // signed significand, |m| < 10^18
    e: i32,
    rounded: bool,
    value: f64,
}

fn digits(m: u64) -> i32 {
    m.checked_ilog10().map_or(0, |l| l as i32 + 1)
}

fn check_count(comps: &[Number]) -> Result<()> {
    if comps.len() > MAX_COMPONENTS {
        return Err(FluxemError::encode(format!(
            "the vector has {} components; at most {MAX_COMPONENTS} are supported",
            comps.len()
        )));
    }
    if comps.is_empty() {
        return Err(FluxemError::encode("a vector needs at least one component"));
    }
    Ok(())
}

/// An out-of-range error, said of component `i`.
fn in_component(i: usize, e: FluxemError) -> FluxemError {
    match e {
        FluxemError::Encode { message } => FluxemError::encode(format!("component {i}: {message}")),
        other => other,
    }
}

fn store(i: usize, n: &Number) -> Result<Stored> {
    match store_plain(n) {
        Some(s) => Ok(s),
        None => store_general(i, n),
    }
}

/// Below this a component with at most 6 decimals is stored at the anchor (at most 18 digits).
const PLAIN_BELOW: u128 = 1_000_000_000_000;

/// The usual component (|x| < 10^12, at most 6 decimals as written) straight into canonical
/// form: it is always stored at the anchor exponent, so the trailing-zero strip and the digit
/// count of `store_general` (a fifth of a VECTOR encode) are not needed. Same result as
/// `store_general`, bit for bit (a test compares them).
fn store_plain(n: &Number) -> Option<Stored> {
    const POW10_F64: [f64; 7] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];
    let Number::Decimal { neg, m, e } = *n else {
        return None;
    };
    if !(ANCHOR_EXP..=0).contains(&e) || m >= PLAIN_BELOW {
        return None;
    }
    let m = m as u64; // below 10^12
                      // m and 10^-e are exact doubles: one division rounds correctly, as the general path's
                      // conversion does for the same value. Zero is +0.0 whatever its sign.
    let v = m as f64 / POW10_F64[e.unsigned_abs() as usize];
    let scaled = (m * POW10_U128[(e - ANCHOR_EXP) as usize] as u64) as i128;
    Some(Stored {
        m: if neg { -scaled } else { scaled },
        e: ANCHOR_EXP,
        rounded: false,
        value: if neg && m != 0 { -v } else { v },
    })
}

fn store_general(i: usize, n: &Number) -> Result<Stored> {
    let d = n.to_short_decimal(DIGITS);
    let value = codec::check_decimal_range(&d).map_err(|e| in_component(i, e))?;
    if d.m == 0 {
        return Ok(Stored {
            m: 0,
            e: ANCHOR_EXP,
            rounded: d.rounded,
            value,
        });
    }
    // exact at any e in [e_min, d.e]: d.m has no trailing zeros and at most 18 digits
    let e_min = d.e + digits(d.m) - DIGITS as i32;
    let e = ANCHOR_EXP.clamp(e_min, d.e);
    // below 10^18 (at most 18 digits in all): a u64 product, the power from a table
    let m = (d.m * POW10_U128[(d.e - e) as usize] as u64) as i128;
    Ok(Stored {
        m: if d.neg { -m } else { m },
        e,
        rounded: d.rounded,
        value,
    })
}

fn feature(x: f64) -> f64 {
    let mag = libm::log1p(x.abs()) / std::f64::consts::LN_10 * FEATURE_SCALE;
    if x < 0.0 {
        -mag
    } else {
        mag
    }
}

/// log10(1 + ||x||) without overflow (sequential, deterministic); only for the NORM feature.
fn log_norm(values: &[f64]) -> f64 {
    let big = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if big == 0.0 {
        return 0.0;
    }
    let sum: f64 = values.iter().map(|v| (v / big) * (v / big)).sum();
    let norm = big * libm::sqrt(sum);
    if norm.is_finite() {
        libm::log1p(norm) / std::f64::consts::LN_10
    } else {
        libm::log10(big) + 0.5 * libm::log10(sum)
    }
}

/// Embeds exact components; `prior_rounded` counts roundings already behind them (for ops).
pub fn encode_components(comps: &[Number], prior_rounded: u32) -> Result<Embedding> {
    layout::build(|emb| encode_components_into(comps, prior_rounded, emb))
}

/// `encode_components` into `emb`.
pub fn encode_components_into(
    comps: &[Number],
    prior_rounded: u32,
    emb: &mut Embedding,
) -> Result<()> {
    check_count(comps)?;
    layout::tag_into(Domain::Vector, emb);
    let mut rounded = prior_rounded;
    let mut values = [0.0; MAX_COMPONENTS];
    for (i, n) in comps.iter().enumerate() {
        let s = store(i, n)?;
        let sign = if s.m < 0 { -1.0 } else { 1.0 };
        let sig = SIG_START + LIMBS * i;
        let limbs: &mut [f64; LIMBS] = (&mut emb[sig..sig + LIMBS]).try_into().expect("LIMBS dims");
        codec::write_limbs::<{ LIMB_BASE as u64 }, LIMBS>(
            s.m.unsigned_abs(),
            sign,
            LIMB_SCALE,
            limbs,
        );
        emb[EXP_START + i] = s.e as f64 * EXP_SCALE;
        emb[EXP_SQ_START + i] = (s.e as f64) * (s.e as f64) * EXP_SQ_SCALE;
        emb[MAG_START + i] = feature(s.value);
        rounded = rounded.saturating_add(u32::from(s.rounded));
        values[i] = s.value;
    }
    let n = comps.len() as f64;
    emb[COUNT] = 1.0;
    emb[LEN] = n * LEN_SCALE;
    emb[LEN_SQ] = n * n * LEN_SQ_SCALE;
    emb[ROUNDED] = rounded as f64;
    emb[NORM] = log_norm(&values[..comps.len()]) * FEATURE_SCALE;
    Ok(())
}

/// An integer field: `value / scale` must be within 0.25 of an integer (`codec::integer_field`)
/// and below 10^30 in magnitude.
fn int_field(value: f64, scale: f64, what: &str) -> Result<i128> {
    let r = codec::integer_field(value, scale, what)?;
    if r.unsigned_abs() > 10u128.pow(30) {
        return Err(FluxemError::decode(format!(
            "{what} holds {}, which is not an integer code",
            value / scale
        )));
    }
    Ok(r)
}

/// A decoded vector: exact components and the number of roundings behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedVector {
    /// (M_i, e_i) with x_i = M_i * 10^e_i exactly (|M_i| may exceed 10^18 in a plain sum).
    pub components: Vec<(i128, i32)>,
    /// How many components were rounded to 18 significant digits, in all encodings summed.
    pub rounded: u32,
}

impl DecodedVector {
    /// The components as exact decimals.
    pub fn numbers(&self) -> Vec<Number> {
        self.components
            .iter()
            .map(|&(m, e)| Number::Decimal {
                neg: m < 0,
                m: m.unsigned_abs(),
                e,
            })
            .collect()
    }

    /// Correctly rounded float64 components; an error names a component beyond float64.
    pub fn to_f64(&self) -> Result<Vec<f64>> {
        self.components
            .iter()
            .enumerate()
            .map(|(i, &(m, e))| {
                let v: f64 = format!("{m}e{e}").parse().unwrap_or(f64::NAN);
                if v.is_finite() {
                    Ok(v)
                } else {
                    Err(FluxemError::decode(format!(
                        "component {i} ({m}e{e}) is beyond float64; read it with decode_exact"
                    )))
                }
            })
            .collect()
    }
}

/// Decodes a VECTOR embedding, or a plain sum of k encodings (with positive integer weights)
/// whose components share their stored exponents: the result is then the exact sum. Every
/// inconsistency (different lengths or exponents, non-integer fields) is a `Decode` error.
pub fn decode(emb: &[f64]) -> Result<DecodedVector> {
    check_domain(emb, Domain::Vector)?;
    let count = int_field(emb[COUNT], 1.0, "the count field")?;
    let scale = layout::read_tag_id(emb).map_or(0.0, |(_, k)| k);
    if (scale - count as f64).abs() > 1e-3 {
        return Err(FluxemError::decode(format!(
            "the count field ({count}) disagrees with the tag's scale ({scale}): a plain sum \
             with non-integer weights or with an embedding of another kind"
        )));
    }
    if count < 1 {
        return Err(FluxemError::decode(format!(
            "the count field holds {count}: not an encoding or a positive sum of encodings \
             (use sub() for differences)"
        )));
    }
    let len_sum = int_field(emb[LEN], LEN_SCALE, "the length field")?;
    let len_sq_sum = int_field(emb[LEN_SQ], LEN_SQ_SCALE, "the squared-length field")?;
    let square = |a: i128, b: i128, what: &str| codec::checked_field(a.checked_mul(b), what);
    if len_sum % count != 0
        || square(len_sq_sum, count, "the squared-length field")?
            != square(len_sum, len_sum, "the length field")?
    {
        return Err(FluxemError::decode(
            "this is a plain sum of vectors of different lengths, which has no meaning",
        ));
    }
    let n = (len_sum / count) as usize;
    if !(1..=MAX_COMPONENTS).contains(&n) {
        return Err(FluxemError::decode(format!(
            "the length field gives {n} components (1 to {MAX_COMPONENTS} expected)"
        )));
    }
    let mut components = Vec::with_capacity(n);
    for i in 0..MAX_COMPONENTS {
        let what = |f: &str| format!("component {i}'s {f}");
        let e_sum = int_field(emb[EXP_START + i], EXP_SCALE, &what("exponent"))?;
        let e_sq_sum = int_field(
            emb[EXP_SQ_START + i],
            EXP_SQ_SCALE,
            &what("squared exponent"),
        )?;
        let mut m: i128 = 0;
        for j in (0..LIMBS).rev() {
            let limb = int_field(emb[SIG_START + LIMBS * i + j], LIMB_SCALE, &what("limb"))?;
            m = codec::checked_field(
                m.checked_mul(LIMB_BASE as i128)
                    .and_then(|v| v.checked_add(limb)),
                &what("significand"),
            )?;
        }
        if i >= n {
            if e_sum != 0 || e_sq_sum != 0 || m != 0 {
                return Err(FluxemError::decode(format!(
                    "component {i} is beyond the length {n} but holds a value"
                )));
            }
            continue;
        }
        if e_sum % count != 0
            || square(e_sq_sum, count, &what("squared exponent"))?
                != square(e_sum, e_sum, &what("exponent"))?
        {
            return Err(FluxemError::decode(format!(
                "component {i}: the summed vectors store it at different decimal exponents, so \
                 their plain sum is not decodable; use add(), which aligns them"
            )));
        }
        components.push((m, (e_sum / count) as i32));
    }
    let rounded = int_field(emb[ROUNDED], 1.0, "the rounded count")?;
    Ok(DecodedVector {
        components,
        rounded: rounded.clamp(0, u32::MAX as i128) as u32,
    })
}

#[cfg(test)]
mod tests;
