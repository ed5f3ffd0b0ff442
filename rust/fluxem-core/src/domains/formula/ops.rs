//! Closed-form operations on FORMULA embeddings.
//!
//! The count, charge and total dims are linear in the formula, so combining is vector addition,
//! scaling is multiplication by k and removing a sub-formula is subtraction. Each operation
//! first reads the operands' counts (to check capacity: a packed dim would otherwise carry
//! silently) and re-derives the mass feature from the result's counts, which makes the result
//! bit-identical to encoding the resulting formula directly.

use super::{
    check_capacity, decode, Formula, ATOM_KINDS, CHARGE_DIM, COUNT_START, MASS_DIM, MASS_SCALE,
};
use crate::layout::Embedding;
use crate::{FluxemError, Result};

/// `out[d] = f(a[d], b[d])` on every content dim but the mass, then the mass from `result`.
fn linear(a: &[f64], b: &[f64], result: &Formula, f: impl Fn(f64, f64) -> f64) -> Embedding {
    let mut emb = *super::template();
    for d in COUNT_START..MASS_DIM {
        emb[d] = f(a[d], b[d]);
    }
    emb[MASS_DIM] = result.molar_mass() * MASS_SCALE;
    debug_assert_eq!(
        emb[CHARGE_DIM],
        result.charge() as f64 * super::CHARGE_SCALE
    );
    emb
}

fn over_capacity(op: &str, e: FluxemError) -> FluxemError {
    FluxemError::encode(format!("{op}: the result is over capacity: {e}"))
}

/// The formula A + B (counts add, charges add): `a + b` on the embeddings.
pub fn combine(a: &[f64], b: &[f64]) -> Result<Embedding> {
    let (fa, fb) = (decode(a)?, decode(b)?);
    let mut counts = [0u64; ATOM_KINDS];
    for (i, c) in counts.iter_mut().enumerate() {
        *c = fa.counts()[i] + fb.counts()[i];
    }
    let sum = Formula::new(counts, fa.charge() + fb.charge());
    check_capacity(&sum).map_err(|e| over_capacity("combine", e))?;
    Ok(linear(a, b, &sum, |x, y| x + y))
}

/// The formula k * A for an integer k >= 1: `k * a` on the embedding.
pub fn scale(a: &[f64], k: u64) -> Result<Embedding> {
    if k == 0 {
        return Err(FluxemError::encode(
            "scale: the factor must be a positive integer (k >= 1)",
        ));
    }
    let fa = decode(a)?;
    let mut counts = [0u64; ATOM_KINDS];
    for (i, c) in counts.iter_mut().enumerate() {
        *c = fa.counts()[i].saturating_mul(k);
    }
    let charge = fa
        .charge()
        .checked_mul(i64::try_from(k).unwrap_or(i64::MAX))
        .unwrap_or(i64::MAX);
    let scaled = Formula::new(counts, charge);
    check_capacity(&scaled).map_err(|e| over_capacity("scale", e))?;
    Ok(linear(a, a, &scaled, |x, _| x * k as f64))
}

/// The formula A - B when B is a sub-formula of A (every count of B <= that of A; charges
/// subtract freely): `a - b` on the embeddings. An `EncodeError` otherwise, since negative
/// counts are not a formula.
pub fn subtract(a: &[f64], b: &[f64]) -> Result<Embedding> {
    let (fa, fb) = (decode(a)?, decode(b)?);
    let mut counts = [0u64; ATOM_KINDS];
    for (i, c) in counts.iter_mut().enumerate() {
        *c = fa.counts()[i].checked_sub(fb.counts()[i]).ok_or_else(|| {
            FluxemError::encode(format!(
                "subtract: B has more {} than A ({} > {}), so A - B is not a formula",
                super::ELEMENTS[i].symbol,
                fb.counts()[i],
                fa.counts()[i]
            ))
        })?;
    }
    let diff = Formula::new(counts, fa.charge() - fb.charge());
    check_capacity(&diff).map_err(|e| over_capacity("subtract", e))?;
    Ok(linear(a, b, &diff, |x, y| x - y))
}

/// How the element counts of A relate to those of B (charges are not part of the relation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Same count of every element.
    Equal,
    /// Every count of A <= that of B, and A != B.
    Subset,
    /// Every count of A >= that of B, and A != B.
    Superset,
    /// Neither contains the other.
    Incomparable,
}

impl Relation {
    /// `"equal"`, `"subset"`, `"superset"` or `"incomparable"`: the name the Python API reports.
    pub fn name(self) -> &'static str {
        match self {
            Relation::Equal => "equal",
            Relation::Subset => "subset",
            Relation::Superset => "superset",
            Relation::Incomparable => "incomparable",
        }
    }
}

/// How two formulas' compositions relate, with their exact differences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Containment of A's counts in B's.
    pub relation: Relation,
    /// count_A(Z) - count_B(Z) for every Z (index Z - 1).
    pub difference: [i64; ATOM_KINDS],
    /// charge_A - charge_B.
    pub charge_difference: i64,
}

/// Compares the compositions of two embeddings (read off the count dims).
pub fn compare(a: &[f64], b: &[f64]) -> Result<Comparison> {
    let (fa, fb) = (decode(a)?, decode(b)?);
    let mut difference = [0i64; ATOM_KINDS];
    let (mut less, mut more) = (false, false);
    for (i, d) in difference.iter_mut().enumerate() {
        // Counts are <= 2^24 after a successful decode, so they fit i64.
        *d = fa.counts()[i] as i64 - fb.counts()[i] as i64;
        less |= *d < 0;
        more |= *d > 0;
    }
    let relation = match (less, more) {
        (false, false) => Relation::Equal,
        (true, false) => Relation::Subset,
        (false, true) => Relation::Superset,
        (true, true) => Relation::Incomparable,
    };
    Ok(Comparison {
        relation,
        difference,
        charge_difference: fa.charge() - fb.charge(),
    })
}
