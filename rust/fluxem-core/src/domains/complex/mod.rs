//! COMPLEX: a complex number stored both cartesian (two number-codec blocks) and polar.
//!
//! ```text
//! dims 16..39   RE     number codec block of the real part (exact, linear and log parts)
//! dims 39..62   IM     number codec block of the imaginary part
//! dims 62..73   POLAR  log2|z| and the phase in turns, plus derived cos/sin (see `polar`)
//! dims 73..128  zero (reserved)
//! ```
//! Plain vector sums of the linear parts of RE and IM are complex sums (exact on the codec's
//! 10^-9 grid); plain sums of POLAR blocks are complex products. The closed-form operations
//! keep exactly the part their algebra acts on and clear the other (validity flag 0):
//!
//! | op        | cartesian (RE, IM)                    | polar                          |
//! |-----------|---------------------------------------|--------------------------------|
//! | add, sub  | linear parts summed (exact)           | cleared: no closed form        |
//! | mul, div  | cleared: no closed form               | fields summed, renormalized    |
//! | pow       | cleared                               | fields scaled, renormalized    |
//! | conj, neg | every part kept (limbs negate)        | phase negated / half-turned    |

mod parser;
pub mod polar;

pub use parser::{parse_complex, ComplexLiteral};

use crate::codec::{self, Decoded, CODEC_DIMS, V_EXACT, V_LIN, V_LOG};
use crate::domains::DomainEncoder;
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::number::ShortDecimal;
use crate::{FluxemError, Result};
use polar::POLAR_DIMS;

/// First dim of the real part's codec block.
pub const RE_START: usize = CONTENT_START;
/// First dim of the imaginary part's codec block.
pub const IM_START: usize = RE_START + CODEC_DIMS;
/// First dim of the polar block.
pub const POLAR_START: usize = IM_START + CODEC_DIMS;
/// First unused dim.
pub const CONTENT_END: usize = POLAR_START + POLAR_DIMS;

const RE: std::ops::Range<usize> = RE_START..RE_START + CODEC_DIMS;
const IM: std::ops::Range<usize> = IM_START..IM_START + CODEC_DIMS;
const POLAR: std::ops::Range<usize> = POLAR_START..CONTENT_END;

/// The COMPLEX encoder: parses a complex literal exactly and embeds it cartesian and polar.
#[derive(Debug, Clone, Copy, Default)]
pub struct ComplexEncoder;

impl DomainEncoder for ComplexEncoder {
    fn domain(&self) -> Domain {
        Domain::Complex
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        encode_value(&parse_complex(text)?, out)
    }

    /// `encode_value` fails only when a part is outside the codec's range.
    fn accepts(&self, text: &str) -> Result<()> {
        let z = parse_complex(text)?;
        codec::accepts(&z.re).map_err(|e| in_part(e, "real part"))?;
        codec::accepts(&z.im).map_err(|e| in_part(e, "imaginary part"))
    }
}

fn in_part(err: FluxemError, part: &str) -> FluxemError {
    match err {
        FluxemError::Encode { message } => FluxemError::encode(format!("{part}: {message}")),
        other => other,
    }
}

/// Embeds exact parts into `emb`: both codec blocks and the polar block, every part valid.
pub fn encode_value(z: &ComplexLiteral, emb: &mut Embedding) -> Result<()> {
    layout::tag_into(Domain::Complex, emb);
    codec::encode(&z.re, &mut emb[RE]).map_err(|e| in_part(e, "real part"))?;
    codec::encode(&z.im, &mut emb[IM]).map_err(|e| in_part(e, "imaginary part"))?;
    polar::write(z.re.to_f64(), z.im.to_f64(), &mut emb[POLAR]);
    Ok(())
}

fn near(v: f64, target: f64) -> bool {
    (v - target).abs() < 1e-3
}

/// A decoded COMPLEX embedding, from whichever part its flags name.
#[derive(Debug, Clone, PartialEq)]
pub enum ComplexDecoded {
    /// Both exact parts (fresh encodings and their conj/neg).
    Exact {
        /// The real part.
        re: ShortDecimal,
        /// The imaginary part.
        im: ShortDecimal,
    },
    /// The linear parts (add/sub results).
    Linear {
        /// The real part times 10^9.
        re: i128,
        /// The imaginary part times 10^9.
        im: i128,
        /// Whether an operand was off the 10^-9 grid, so the parts hold a rounding.
        inexact: bool,
    },
    /// The polar part (mul/div/pow results).
    Polar {
        /// |z|.
        modulus: f64,
        /// The phase arg(z) / 2 pi, in (-1/2, 1/2].
        turns: f64,
    },
}

impl ComplexDecoded {
    /// The nearest (re, im) floats (correctly rounded for Exact and Linear).
    pub fn to_f64_pair(&self) -> (f64, f64) {
        match self {
            ComplexDecoded::Exact { re, im } => {
                (Decoded::Exact(*re).to_f64(), Decoded::Exact(*im).to_f64())
            }
            ComplexDecoded::Linear { re, im, .. } => (linear_f64(*re), linear_f64(*im)),
            ComplexDecoded::Polar { modulus, turns } => polar::to_cartesian(*modulus, *turns),
        }
    }
}

fn linear_f64(scaled: i128) -> f64 {
    Decoded::Linear {
        scaled,
        inexact: false,
    }
    .to_f64()
}

/// The number of encodings summed into `emb`, read from its tag's scale: 1 for an encoding or
/// an operation's result, k for a plain sum of k (or k times one). Must be a positive integer.
fn summands(emb: &[f64]) -> Result<f64> {
    check_domain(emb, Domain::Complex)?;
    let k = layout::read_tag_id(emb).map_or(0.0, |(_, scale)| scale);
    if k < 0.5 || (k - k.round()).abs() > 1e-3 {
        return Err(FluxemError::decode(format!(
            "the tag has scale {k}: not an encoding or a plain sum of encodings"
        )));
    }
    Ok(k.round())
}

/// The three blocks of a single encoding (tag scale 1).
fn blocks(emb: &[f64]) -> Result<(&[f64], &[f64], &[f64])> {
    let k = summands(emb)?;
    if k != 1.0 {
        return Err(FluxemError::decode(format!(
            "this is a plain sum of {k} encodings, not one: read it with decode_linear (the \
             sum) or decode_polar (the product)"
        )));
    }
    Ok((&emb[RE], &emb[IM], &emb[POLAR]))
}

/// Decodes a single embedding through the part its validity flags name: the exact parts when
/// valid, else the polar part (products), else the linear parts (sums).
pub fn decode(emb: &[f64]) -> Result<ComplexDecoded> {
    let (re, im, pol) = blocks(emb)?;
    let flag = |b: &[f64], f: usize, v: f64| near(b[f], v);
    if flag(re, V_EXACT, 1.0) && flag(im, V_EXACT, 1.0) {
        return decode_exact(emb).map(|(re, im)| ComplexDecoded::Exact { re, im });
    }
    let cart_clear = [re, im]
        .iter()
        .all(|b| [V_EXACT, V_LIN, V_LOG].iter().all(|&f| flag(b, f, 0.0)));
    if cart_clear && near(pol[polar::VALID], 1.0) {
        return decode_polar(emb).map(|(modulus, turns)| ComplexDecoded::Polar { modulus, turns });
    }
    let linear_only = [re, im]
        .iter()
        .all(|b| flag(b, V_EXACT, 0.0) && flag(b, V_LIN, 1.0) && flag(b, V_LOG, 0.0));
    if linear_only && near(pol[polar::VALID], 0.0) {
        return decode_linear(emb);
    }
    Err(FluxemError::decode(format!(
        "validity flags (real: exact {} linear {}; imaginary: exact {} linear {}; polar {}) \
         name no single part; a plain sum of encodings must be read with decode_linear (sum) \
         or decode_polar (product)",
        re[V_EXACT],
        re[V_LIN],
        im[V_EXACT],
        im[V_LIN],
        pol[polar::VALID]
    )))
}

/// The exact parts (valid on fresh encodings and after conj/neg only).
pub fn decode_exact(emb: &[f64]) -> Result<(ShortDecimal, ShortDecimal)> {
    let (re, im, _) = blocks(emb)?;
    for (b, part) in [(re, "real"), (im, "imaginary")] {
        if !near(b[V_EXACT], 1.0) {
            return Err(FluxemError::decode(format!(
                "the {part} part has no valid exact part (flag {}): only fresh encodings and \
                 their conj/neg keep it",
                b[V_EXACT]
            )));
        }
    }
    Ok((codec::decode_exact(re)?, codec::decode_exact(im)?))
}

/// The linear parts: exact complex sums for add/sub results and plain sums of embeddings.
pub fn decode_linear(emb: &[f64]) -> Result<ComplexDecoded> {
    let k = summands(emb)?;
    let (re, im) = (&emb[RE], &emb[IM]);
    for (b, part) in [(re, "real"), (im, "imaginary")] {
        if !near(b[V_LIN], k) {
            return Err(FluxemError::decode(format!(
                "the {part} part's linear flag is {} for {k} summand(s): some summand has no \
                 linear part (a mul/div/pow result)",
                b[V_LIN]
            )));
        }
    }
    match (codec::decode_linear(re)?, codec::decode_linear(im)?) {
        (
            Decoded::Linear {
                scaled: r,
                inexact: ri,
            },
            Decoded::Linear {
                scaled: i,
                inexact: ii,
            },
        ) => Ok(ComplexDecoded::Linear {
            re: r,
            im: i,
            inexact: ri || ii,
        }),
        _ => Err(FluxemError::Internal {
            message: "codec::decode_linear returned a non-linear value".into(),
        }),
    }
}

/// The polar part as (modulus, phase in turns): products for mul/div/pow results and for
/// plain sums of embeddings.
pub fn decode_polar(emb: &[f64]) -> Result<(f64, f64)> {
    let k = summands(emb)?;
    let pol = &emb[POLAR];
    if !near(pol[polar::VALID], k) {
        return Err(FluxemError::decode(format!(
            "the polar flag is {} for {k} summand(s): some summand has no polar part (an \
             add/sub result)",
            pol[polar::VALID]
        )));
    }
    polar::decode(pol)
}

pub use crate::domains::BinOp;

fn require_linear(b: &[f64], op: &str) -> Result<()> {
    if near(b[V_LIN], 1.0) {
        Ok(())
    } else {
        Err(FluxemError::decode(format!(
            "{op} needs the cartesian linear part, and this operand has none (flag {}): it is \
             the result of mul/div/pow; decode it and encode the value again",
            b[V_LIN]
        )))
    }
}

/// `a op b` on the embeddings alone: add/sub sum the linear parts of RE and IM, mul/div sum
/// the polar blocks. The part without a closed form is cleared (all zero, flags 0).
pub fn binary(a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
    let (ar, ai, ap) = blocks(a)?;
    let (br, bi, bp) = blocks(b)?;
    let mut emb = layout::tagged(Domain::Complex);
    match op {
        BinOp::Add | BinOp::Sub => {
            let name = if op == BinOp::Add { "add" } else { "sub" };
            for blk in [ar, ai, br, bi] {
                require_linear(blk, name)?;
            }
            let s = if op == BinOp::Add { 1.0 } else { -1.0 };
            codec::add_scaled(ar, br, s, &mut emb[RE])?;
            codec::add_scaled(ai, bi, s, &mut emb[IM])?;
        }
        BinOp::Mul => polar::mul_scaled(ap, bp, 1.0, &mut emb[POLAR])?,
        BinOp::Div => polar::mul_scaled(ap, bp, -1.0, &mut emb[POLAR])?,
    }
    // crafted polar blocks (a log magnitude near f64::MAX) overflow in the sum
    codec::check_finite(&emb, op.name())?;
    Ok(emb)
}

/// `a ^ p` (real p, principal branch) on the polar block.
pub fn power(a: &[f64], p: f64) -> Result<Embedding> {
    let (_, _, ap) = blocks(a)?;
    let mut emb = layout::tagged(Domain::Complex);
    polar::pow(ap, p, &mut emb[POLAR])?;
    codec::check_finite(&emb, "the power")?;
    Ok(emb)
}

/// Negates a codec block; parts whose flag is 0 stay all zero (codec::neg would flip the
/// sign parity of a cleared log part).
fn neg_block(src: &[f64], out: &mut [f64]) {
    codec::neg(src, out);
    if near(src[V_LOG], 0.0) {
        out[codec::LOG_PART].fill(0.0);
    }
    if near(src[V_EXACT], 0.0) {
        out[codec::EXACT..codec::EXACT_ROUNDED + 1].fill(0.0);
    }
    if near(src[V_LIN], 0.0) {
        out[codec::LINEAR_PART].fill(0.0);
    }
}

/// The conjugate: the imaginary block negates, the phase negates; every valid part stays.
pub fn conjugate(a: &[f64]) -> Result<Embedding> {
    let (ar, ai, ap) = blocks(a)?;
    let mut emb = layout::tagged(Domain::Complex);
    emb[RE].copy_from_slice(ar);
    neg_block(ai, &mut emb[IM]);
    polar::conj(ap, &mut emb[POLAR]);
    // a crafted input's non-finite field would pass through (found by the decode fuzz target)
    codec::check_finite(&emb, "the conjugate")?;
    Ok(emb)
}

/// The negation: both blocks negate, the phase turns by a half; every valid part stays.
pub fn negate(a: &[f64]) -> Result<Embedding> {
    let (ar, ai, ap) = blocks(a)?;
    let mut emb = layout::tagged(Domain::Complex);
    neg_block(ar, &mut emb[RE]);
    neg_block(ai, &mut emb[IM]);
    polar::neg(ap, &mut emb[POLAR]);
    codec::check_finite(&emb, "the negation")?;
    Ok(emb)
}

#[cfg(test)]
mod tests;
