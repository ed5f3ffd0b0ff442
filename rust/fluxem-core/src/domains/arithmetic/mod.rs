//! ARITHMETIC: a number or an arithmetic expression, evaluated exactly, stored by the codec.
//!
//! ```text
//! dims 16..39  number codec block of the exact value (see codec)
//! dims 39..47  expression shape, each count * 2^-3: operands, +, -, *, /, ^, unary minus,
//!              maximum parenthesis depth
//! dims 47..128 zero (reserved)
//! ```

mod big_decimal;
mod budget;
mod expr;

pub use budget::{Bits, MAX_BITS};
pub use expr::{evaluate, evaluate_for_codec, Evaluated, Shape};

use crate::codec::{self, CODEC_DIMS};
use crate::domains::DomainEncoder;
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::number::Number;
use crate::Result;

/// First dim of the codec block holding the value.
pub const CODEC_START: usize = CONTENT_START;
/// First dim of the expression shape counts.
pub const SHAPE_START: usize = CODEC_START + CODEC_DIMS;
/// Number of shape counts (`Shape::counts`).
pub const SHAPE_DIMS: usize = 8;
const SHAPE_SCALE: f64 = 0.125;

/// The ARITHMETIC encoder: evaluates the text exactly and embeds value and shape.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArithmeticEncoder;

/// Embeds an exact value with a given expression shape into `emb`.
pub fn encode_value(value: &Number, shape: &Shape, emb: &mut Embedding) -> Result<()> {
    layout::tag_into(Domain::Arithmetic, emb);
    codec::encode(value, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
    write_shape(shape, emb);
    Ok(())
}

fn write_shape(shape: &Shape, emb: &mut Embedding) {
    for (i, c) in shape.counts().iter().enumerate() {
        emb[SHAPE_START + i] = *c as f64 * SHAPE_SCALE;
    }
}

impl DomainEncoder for ArithmeticEncoder {
    fn domain(&self) -> Domain {
        Domain::Arithmetic
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        let ev = evaluate_for_codec(text)?;
        let Some(short) = ev.short else {
            return encode_value(&ev.value, &ev.shape, out);
        };
        layout::tag_into(Domain::Arithmetic, out);
        codec::encode_rounded(
            &ev.value,
            &short,
            &mut out[CODEC_START..CODEC_START + CODEC_DIMS],
        )?;
        write_shape(&ev.shape, out);
        Ok(())
    }

    /// `encode_value` fails only when the value is outside the codec's range.
    fn accepts(&self, text: &str) -> Result<()> {
        let ev = evaluate_for_codec(text)?;
        match ev.short {
            Some(short) => codec::check_decimal_range(&short).map(|_| ()),
            None => codec::accepts(&ev.value),
        }
    }

    /// Accepting is the exact evaluation, most of an encode: worth keeping for a long
    /// expression or one whose literals outgrow 128 bits (`1e300 + 1e-300` evaluated twice
    /// cost hostile text four times prose's cost per MB). Short plain ones (nearly all) are
    /// cheaper to evaluate again: keeping every one cost 10% on a span-dense corpus.
    fn keep_accepted_embedding(&self, text: &str) -> bool {
        text.len() >= KEEP_FROM_BYTES || has_big_literal(text.as_bytes())
    }
}

/// Expressions at least this long keep the embedding they were accepted with.
const KEEP_FROM_BYTES: usize = 65;

/// Whether `s` has an exponent of two or more digits (after `e`, `E`, `^` or `*` and spaces,
/// signed or not) or a run of 20 digits: literals whose exact values need big integers.
fn has_big_literal(s: &[u8]) -> bool {
    let mut run = 0;
    for (i, &c) in s.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 20 {
                return true;
            }
            continue;
        }
        run = 0;
        if matches!(c, b'e' | b'E' | b'^' | b'*') {
            let rest = s[i + 1..].trim_ascii_start();
            let rest = rest
                .strip_prefix(b"-")
                .or_else(|| rest.strip_prefix(b"+"))
                .unwrap_or(rest);
            let rest = rest.strip_prefix("−".as_bytes()).unwrap_or(rest);
            if rest.len() >= 2 && rest[0].is_ascii_digit() && rest[1].is_ascii_digit() {
                return true;
            }
        }
    }
    false
}

/// First dim after the ARITHMETIC content (the rest is reserved, zero).
pub const CONTENT_END: usize = SHAPE_START + SHAPE_DIMS;

/// Largest |value| a reserved dim may hold and still read as zero (a model's prediction is
/// noisy; random content is not this small in 81 dims).
pub const RESERVED_TOLERANCE: f64 = 1e-3;

/// The codec block of an ARITHMETIC embedding, after checking its tag and the redundancy of
/// the layout: shape counts are integer codes and the reserved dims are zero, in every
/// encoding and every sum or difference of encodings (a vector with random content is a
/// `DecodeError`, not a value).
pub fn codec_block(emb: &[f64]) -> Result<&[f64]> {
    check_domain(emb, Domain::Arithmetic)?;
    for v in &emb[SHAPE_START..CONTENT_END] {
        codec::integer_field(*v, SHAPE_SCALE, "an expression shape count")?;
    }
    if emb[CONTENT_END..]
        .iter()
        .any(|v| v.abs() > RESERVED_TOLERANCE)
    {
        return Err(crate::FluxemError::decode(
            "reserved ARITHMETIC dims are not zero",
        ));
    }
    Ok(&emb[CODEC_START..CODEC_START + CODEC_DIMS])
}

/// Decodes the value of an ARITHMETIC embedding (see `codec::decode` for which part is read).
pub fn decode(emb: &[f64]) -> Result<codec::Decoded> {
    codec::decode(codec_block(emb)?)
}

pub use crate::domains::BinOp;

/// `a op b` computed on the embeddings alone: the linear parts for `+` and `-`, the log parts
/// for `*` and `/`. The shape block records the combined expression (operand counts add, the
/// op's counter is incremented).
pub fn binary(a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
    let (ca, cb) = (codec_block(a)?, codec_block(b)?);
    let mut emb = layout::tagged(Domain::Arithmetic);
    let out = &mut emb[CODEC_START..CODEC_START + CODEC_DIMS];
    match op {
        BinOp::Add => codec::add_scaled(ca, cb, 1.0, out)?,
        BinOp::Sub => codec::add_scaled(ca, cb, -1.0, out)?,
        BinOp::Mul => codec::mul_scaled(ca, cb, 1.0, out)?,
        BinOp::Div => codec::mul_scaled(ca, cb, -1.0, out)?,
    }
    for i in 0..SHAPE_DIMS {
        emb[SHAPE_START + i] = a[SHAPE_START + i] + b[SHAPE_START + i];
    }
    let counter = match op {
        BinOp::Add => 1,
        BinOp::Sub => 2,
        BinOp::Mul => 3,
        BinOp::Div => 4,
    };
    emb[SHAPE_START + counter] += SHAPE_SCALE;
    Ok(emb)
}

/// `a ^ p` on the log part.
pub fn power(a: &[f64], p: f64) -> Result<Embedding> {
    let ca = codec_block(a)?;
    let mut emb = layout::tagged(Domain::Arithmetic);
    codec::pow(ca, p, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
    emb[SHAPE_START..SHAPE_START + SHAPE_DIMS]
        .copy_from_slice(&a[SHAPE_START..SHAPE_START + SHAPE_DIMS]);
    emb[SHAPE_START + 5] += SHAPE_SCALE;
    Ok(emb)
}

/// `-a`: all parts stay valid.
pub fn negate(a: &[f64]) -> Result<Embedding> {
    let ca = codec_block(a)?;
    let mut emb = layout::tagged(Domain::Arithmetic);
    codec::neg(ca, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS]);
    emb[SHAPE_START..SHAPE_START + SHAPE_DIMS]
        .copy_from_slice(&a[SHAPE_START..SHAPE_START + SHAPE_DIMS]);
    emb[SHAPE_START + 6] += SHAPE_SCALE;
    Ok(emb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::Decoded;

    fn value(text: &str) -> f64 {
        decode(&ArithmeticEncoder.encode_text(text).unwrap())
            .unwrap()
            .to_f64()
    }

    #[test]
    fn expressions_evaluate_with_precedence() {
        assert_eq!(value("1234 + 5678"), 6912.0);
        assert_eq!(value("2 + 3 * 4"), 14.0);
        assert_eq!(value("-2^2"), -4.0);
        assert_eq!(value("2^3^2"), 512.0);
        assert_eq!(value("2 ** -1"), 0.5);
        assert_eq!(value("(1 + 2) * (3 - 4) / 6"), -0.5);
        assert_eq!(value("1.5e3 - 0.25"), 1499.75);
        assert_eq!(value("7 × 6 ÷ 3 − 1"), 13.0);
    }

    #[test]
    fn thirds_are_rounded_and_flagged() {
        let emb = ArithmeticEncoder.encode_text("1/3").unwrap();
        match decode(&emb).unwrap() {
            Decoded::Exact(d) => assert!(d.rounded),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn big_literals_keep_their_accepted_embedding() {
        for kept in [
            "1e300 + 1e-300",
            "2^100",
            "3 * 10^-20",
            "1E+22 - 1",
            "2**64",
            "250^ -892",
            "5 − 10^−12",
            "123456789012345678901 + 1",
        ] {
            assert!(ArithmeticEncoder.keep_accepted_embedding(kept), "{kept}");
        }
        for again in [
            "1234 + 5678",
            "2^3",
            "1e9 * 7",
            "1.5e3 - 0.25",
            "1234567890123456789",
        ] {
            assert!(!ArithmeticEncoder.keep_accepted_embedding(again), "{again}");
        }
        assert!(ArithmeticEncoder.keep_accepted_embedding(&"1 + ".repeat(17)));
    }

    #[test]
    fn closed_form_ops() {
        let a = ArithmeticEncoder.encode_text("123").unwrap();
        let b = ArithmeticEncoder.encode_text("456").unwrap();
        assert_eq!(
            decode(&binary(&a, &b, BinOp::Add).unwrap())
                .unwrap()
                .to_f64(),
            579.0
        );
        assert_eq!(
            decode(&binary(&a, &b, BinOp::Sub).unwrap())
                .unwrap()
                .to_f64(),
            -333.0
        );
        let p = decode(&binary(&a, &b, BinOp::Mul).unwrap())
            .unwrap()
            .to_f64();
        assert!((p - 56088.0).abs() < 1e-8);
        let n = decode(&negate(&a).unwrap()).unwrap().to_f64();
        assert_eq!(n, -123.0);
    }
}
