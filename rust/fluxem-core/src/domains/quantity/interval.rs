//! The algebra of pairs (docs/FORMAL_DEFINITION.md §4.7). A single quantity x takes part as
//! the degenerate pair: the range [x, x], or x ± 0.
//!
//! - Ranges follow interval arithmetic: `[a,b] + [c,d] = [a+c, b+d]`,
//!   `[a,b] − [c,d] = [a−d, b−c]`, the product spans the four products of the ends, a
//!   quotient needs a divisor range without 0, `[a,b]^p` (integer p) is the exact image.
//! - Uncertainties follow first-order propagation for independent operands (the GUM, and the
//!   `uncertainties` package): `u(x ± y) = √(u_x² + u_y²)`, `u(xy) = √((y·u_x)² + (x·u_y)²)`,
//!   `u(x/y) = √((u_x/y)² + (x·u_y/y²)²)`, `u(x^p) = |p·x^(p−1)|·u_x`.
//!
//! Every operand is read exactly (its exact part, or an exact linear part) and the result is
//! computed in rationals and encoded fresh: exact ends and values, stored exactly when they
//! have at most 18 significant digits, else rounded to 17 and flagged like any value; a square
//! root that is not rational is rounded correctly to 17 digits and flagged. A range and an
//! uncertainty never combine (`EncodeError`), nor does an operand that holds only a log part.

use super::pair::{self, PairKind, SECOND_START};
use super::{read_dims, spell, unit_expr, write_dims, Dims, BinOp, CODEC_START};
use crate::codec::{self, Decoded, CODEC_DIMS};
use crate::layout::{self, Domain, Embedding};
use crate::number::{pow10, Number};
use crate::{FluxemError, Result};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

/// An operand: its kind (None for a single value), its two numbers in SI base units (a single
/// value x reads as (x, x) for a range and (x, 0) for an uncertainty) and its exponents.
struct Operand {
    kind: Option<PairKind>,
    first: BigRational,
    second: Option<BigRational>,
    dims: Dims,
}

impl Operand {
    fn read(emb: &[f64]) -> Result<Operand> {
        layout::check_domain(emb, Domain::Quantity)?;
        let kind = pair::read_kind(emb)?;
        let first = exact_of(&emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
        let second = match kind {
            Some(_) => Some(exact_of(pair::second_block(emb))?),
            None => None,
        };
        Ok(Operand {
            kind,
            first,
            second,
            dims: read_dims(emb)?,
        })
    }

    /// The ends of a range (a single value is [x, x]).
    fn ends(&self) -> (BigRational, BigRational) {
        let hi = self.second.clone().unwrap_or_else(|| self.first.clone());
        (self.first.clone(), hi)
    }

    /// The value and its uncertainty (a single value has none).
    fn measured(&self) -> (BigRational, BigRational) {
        let u = self.second.clone().unwrap_or_else(BigRational::zero);
        (self.first.clone(), u)
    }
}

/// The exact value a codec block holds: its exact part (the stored decimal), or a linear part
/// that is not flagged inexact. A log part (a product of single quantities) is not exact.
fn exact_of(block: &[f64]) -> Result<BigRational> {
    match codec::decode(block)? {
        Decoded::Exact(d) => Ok(Number::Decimal {
            neg: d.neg,
            m: d.m as u128,
            e: d.e,
        }
        .to_rational()),
        Decoded::Linear {
            scaled,
            inexact: false,
        } => Ok(BigRational::new(
            BigInt::from(scaled),
            BigInt::from(pow10(9)),
        )),
        Decoded::Linear { inexact: true, .. } => Err(FluxemError::decode(
            "an operand's linear part is flagged inexact: pair arithmetic needs exact values",
        )),
        Decoded::Log(_) => Err(FluxemError::decode(
            "an operand holds only a log part (a product of quantities): pair arithmetic needs \
             exact values; decode it and encode the value",
        )),
    }
}

/// The kind of a result: the operands' pair kind; a range and an uncertainty do not combine.
fn kind_of(a: &Operand, b: &Operand) -> Result<PairKind> {
    match (a.kind, b.kind) {
        (Some(x), Some(y)) if x != y => Err(FluxemError::encode(
            "cannot combine a range with a value ± uncertainty: a range holds every value \
             between its ends, an uncertainty describes one value",
        )),
        (Some(k), _) | (None, Some(k)) => Ok(k),
        (None, None) => unreachable!("interval ops run only when an operand is a pair"),
    }
}

/// `a op b` where at least one operand is a pair.
pub fn binary(a: &[f64], b: &[f64], op: BinOp) -> Result<Embedding> {
    let (pa, pb) = (Operand::read(a)?, Operand::read(b)?);
    let kind = kind_of(&pa, &pb)?;
    let dims = match op {
        BinOp::Add | BinOp::Sub => {
            if pa.dims != pb.dims {
                return Err(FluxemError::dimension(format!(
                    "cannot {} quantities of dimensions {} and {}",
                    if op == BinOp::Add { "add" } else { "subtract" },
                    spell(&pa.dims),
                    spell(&pb.dims)
                )));
            }
            pa.dims
        }
        BinOp::Mul => pa.dims.combine(&pb.dims, 1)?,
        BinOp::Div => pa.dims.combine(&pb.dims, -1)?,
    };
    let (first, second) = match kind {
        PairKind::Range => range_binary(pa.ends(), pb.ends(), op)?,
        PairKind::Uncertainty => uncertain_binary(pa.measured(), pb.measured(), op)?,
    };
    build(kind, first, second, &dims)
}

type Pair = (BigRational, BigRational);

fn range_binary((a, b): Pair, (c, d): Pair, op: BinOp) -> Result<(Number, Number)> {
    let (lo, hi) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - d, b - c),
        BinOp::Mul => hull([&a * &c, &a * &d, &b * &c, &b * &d]),
        BinOp::Div => {
            if !c.is_positive() && !d.is_negative() {
                return Err(FluxemError::encode(
                    "division by a range that contains zero",
                ));
            }
            let (rc, rd) = (c.recip(), d.recip());
            hull([&a * &rc, &a * &rd, &b * &rc, &b * &rd])
        }
    };
    Ok((Number::Rational(lo), Number::Rational(hi)))
}

/// The smallest and largest of four values.
fn hull(v: [BigRational; 4]) -> Pair {
    let lo = v.iter().min().expect("four values").clone();
    let hi = v.iter().max().expect("four values").clone();
    (lo, hi)
}

fn uncertain_binary((x, ux): Pair, (y, uy): Pair, op: BinOp) -> Result<(Number, Number)> {
    let sq = |r: &BigRational| r * r;
    let (value, variance) = match op {
        BinOp::Add => (&x + &y, sq(&ux) + sq(&uy)),
        BinOp::Sub => (&x - &y, sq(&ux) + sq(&uy)),
        BinOp::Mul => (&x * &y, sq(&(&y * &ux)) + sq(&(&x * &uy))),
        BinOp::Div => {
            if y.is_zero() {
                return Err(FluxemError::encode("division by zero"));
            }
            let q = &x / &y;
            let var = sq(&(&ux / &y)) + sq(&(&q * &uy / &y));
            (q, var)
        }
    };
    Ok((Number::Rational(value), sqrt_number(&variance)))
}

/// `a ^ p` for a pair: p must be an integer (a half power of a range or of a value with an
/// uncertainty has no exact form).
pub fn power(a: &[f64], p: f64) -> Result<Embedding> {
    let pa = Operand::read(a)?;
    let kind = pa.kind.expect("interval ops run only on pairs");
    if !p.is_finite() || p.fract() != 0.0 || p.abs() > unit_expr::MAX_POWER as f64 {
        return Err(FluxemError::encode(format!(
            "power {p}: a pair takes integer powers up to ±{}",
            unit_expr::MAX_POWER
        )));
    }
    let n = p as i32;
    let dims = pa.dims.pow_half(2 * n as i64)?;
    let (first, second) = match kind {
        PairKind::Range => {
            let (lo, hi) = range_power(pa.ends(), n)?;
            (Number::Rational(lo), Number::Rational(hi))
        }
        PairKind::Uncertainty => {
            let (x, u) = pa.measured();
            if x.is_zero() && n < 0 {
                return Err(FluxemError::encode("zero to a negative power"));
            }
            // d(x^n)/dx = n·x^(n−1); n = 0 is the constant 1
            let slope = match n {
                0 => BigRational::zero(),
                _ => BigRational::from_integer(n.into()) * ipow(&x, n - 1),
            };
            (Number::Rational(ipow(&x, n)), Number::Rational(slope.abs() * u))
        }
    };
    build(kind, first, second, &dims)
}

/// `r^n` for an integer n (r ≠ 0 when n < 0; 0^0 = 1).
fn ipow(r: &BigRational, n: i32) -> BigRational {
    let mut out = BigRational::from_integer(1.into());
    for _ in 0..n.unsigned_abs() {
        out *= r;
    }
    if n < 0 {
        out.recip()
    } else {
        out
    }
}

/// The exact image of [lo, hi] under x ↦ x^n.
fn range_power((lo, hi): Pair, n: i32) -> Result<Pair> {
    if n < 0 {
        if !lo.is_positive() && !hi.is_negative() {
            return Err(FluxemError::encode(
                "a negative power of a range that contains zero",
            ));
        }
        let (a, b) = range_power((lo, hi), -n)?;
        return Ok((b.recip(), a.recip()));
    }
    let (a, b) = (ipow(&lo, n), ipow(&hi, n));
    Ok(if n % 2 == 1 || !lo.is_negative() {
        (a, b)
    } else if !hi.is_positive() {
        (b, a)
    } else {
        (BigRational::zero(), a.max(b))
    })
}

/// `-a`: a range `[−b, −a]`, an uncertainty `−x ± u`.
pub fn negate(a: &[f64]) -> Result<Embedding> {
    let pa = Operand::read(a)?;
    let kind = pa.kind.expect("interval ops run only on pairs");
    let (first, second) = match kind {
        PairKind::Range => {
            let (lo, hi) = pa.ends();
            (-hi, -lo)
        }
        PairKind::Uncertainty => pa.measured(),
    };
    let first = match kind {
        PairKind::Range => first,
        PairKind::Uncertainty => -first,
    };
    build(
        kind,
        Number::Rational(first),
        Number::Rational(second),
        &pa.dims,
    )
}

/// A fresh pair embedding (affine flag 0, like every closed-form result).
fn build(kind: PairKind, first: Number, second: Number, dims: &Dims) -> Result<Embedding> {
    let mut emb = layout::tagged(Domain::Quantity);
    codec::encode(&first, &mut emb[CODEC_START..CODEC_START + CODEC_DIMS])?;
    codec::encode(&second, &mut emb[SECOND_START..SECOND_START + CODEC_DIMS])?;
    write_dims(&mut emb, dims);
    emb[kind.flag_dim()] = 1.0;
    Ok(emb)
}

/// √r for r ≥ 0: exact when r is the square of a rational, else 36 correct digits and a
/// sticky 1 (never a tie), which the codec rounds correctly to 17 digits and flags.
fn sqrt_number(r: &BigRational) -> Number {
    if r.is_zero() {
        return Number::zero();
    }
    let (n, d) = (r.numer().magnitude(), r.denom().magnitude());
    let (sn, sd) = (n.sqrt(), d.sqrt());
    if &sn * &sn == *n && &sd * &sd == *d {
        return Number::Rational(BigRational::new(sn.into(), sd.into()));
    }
    // floor(√r · 10^k) = isqrt(floor(r · 10^2k)), with k giving about 37 digits
    let log10 = (n.bits() as i64 - d.bits() as i64) * 30103 / 100000;
    let k = (37 - log10 / 2).max(0) as u32;
    let k_neg = (log10 / 2 - 37).max(0) as u32;
    let scaled = (n * pow10(2 * k)) / (d * pow10(2 * k_neg));
    let root = scaled.sqrt() * 10u32 + 1u32;
    let value = BigRational::new(root.into(), (pow10(k) * 10u32).into())
        * BigRational::from_integer(pow10(k_neg).into());
    Number::Rational(value)
}
