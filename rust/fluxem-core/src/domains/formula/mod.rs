//! FORMULA: a chemical formula, stored as its exact element counts and net charge.
//!
//! ```text
//! dims  16..116  count of element Z = 1..=100 (H..Fm) at dim 15 + Z, as count * 2^-4
//! dims 116..122  Z = 101..=118 (Md..Og), three per dim: (count(Z) + 256 count(Z+1)
//!                + 65536 count(Z+2)) * 2^-20 for Z = 101, 104, ..., 116 (the highest element
//!                gets the same 2^-4 per atom)
//! dim  122, 123  count of deuterium (D), tritium (T), as count * 2^-4
//! dim  124       reserved (0)
//! dim  125       net charge * 2^-2
//! dim  126       total atom count * 2^-6 (also the check sum that exposes packed overflow)
//! dim  127       molar mass in g/mol * 2^-10 (a readable feature; decode recomputes the mass)
//! ```
//!
//! Every dim except 127 is an exact integer times a power of two, so float32 holds it exactly
//! within the capacity: at most 2^24 - 1 atoms in all, at most 255 atoms of each Z >= 101, and
//! |charge| <= 2^24 - 1. Encoding anything beyond is an `EncodeError`; decoding a vector whose
//! dims are not whole counts, or whose counts do not add up to the total, is a `DecodeError`.
//! All dims are linear in (counts, charge), so a plain vector sum of two encodings decodes to
//! the combined formula and k times an encoding to k times the formula.

mod composition;
mod elements;
mod ops;
mod parser;

pub use composition::Formula;
pub use elements::{
    element, lookup, lookup_atom, lookup_atom_symbol, lookup_symbol, Element, WeightSource,
    ATOM_KINDS, DEUTERIUM, ELEMENTS, ELEMENT_COUNT, TRITIUM,
};
pub use ops::{combine, compare, scale, subtract, Comparison, Relation};
pub use parser::{element_formula_len, formula_len, parse_formula, MAX_DEPTH, MAX_FORMULA_CHARS};

use crate::domains::DomainEncoder;
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START, EMBED_DIM};
use crate::{FluxemError, Result};

/// First count dim; element Z <= `DEDICATED` sits at `COUNT_START + Z - 1`.
pub const COUNT_START: usize = CONTENT_START;
/// Elements with a dim of their own (Z = 1..=100).
pub const DEDICATED: usize = 100;
/// First dim shared by three elements (Z = 101..=118).
pub const PACKED_START: usize = COUNT_START + DEDICATED;
/// Elements per shared dim.
pub const PACK_WIDTH: usize = 3;
/// Dims shared by three elements each (Z = 101..=118).
pub const PACKED_DIMS: usize = (ELEMENT_COUNT - DEDICATED) / PACK_WIDTH;
/// Dim of the deuterium count; tritium's is the next one.
pub const ISOTOPE_START: usize = PACKED_START + PACKED_DIMS;
/// Dim kept at 0 (room for a later addition; a non-zero value does not decode).
pub const RESERVED_DIM: usize = ISOTOPE_START + 2;
/// Dim of the net charge.
pub const CHARGE_DIM: usize = RESERVED_DIM + 1;
/// Dim of the total atom count (the check sum of the counts).
pub const TOTAL_DIM: usize = CHARGE_DIM + 1;
/// Dim of the molar mass (readable; not part of the exact algebra).
pub const MASS_DIM: usize = TOTAL_DIM + 1;
const _: () = assert!(MASS_DIM == EMBED_DIM - 1);

/// Value of one atom in a dedicated count dim.
pub const COUNT_SCALE: f64 = 1.0 / 16.0;
/// Value of one unit in a packed dim (one atom of the lowest element).
pub const PACKED_SCALE: f64 = 1.0 / 1_048_576.0;
/// Each next element of a packed dim counts in units of `PACK_BASE` times the one before.
pub const PACK_BASE: u64 = 256;
/// Value of one elementary charge in the charge dim.
pub const CHARGE_SCALE: f64 = 0.25;
/// Value of one atom in the total dim.
pub const TOTAL_SCALE: f64 = 1.0 / 64.0;
/// Value of 1 g/mol in the mass dim.
pub const MASS_SCALE: f64 = 1.0 / 1024.0;

/// Most atoms a formula may have in all (float32 holds every integer up to 2^24 exactly).
pub const MAX_TOTAL_ATOMS: u64 = (1 << 24) - 1;
/// Most atoms of one element that shares a dim (Z >= 101): the elements from Md on are made
/// a few atoms at a time, so 255 loses nothing, and three to a dim leave room for D and T.
pub const MAX_PACKED_COUNT: u64 = PACK_BASE - 1;
/// Largest |charge|.
pub const MAX_CHARGE: u64 = (1 << 24) - 1;

/// The FORMULA encoder: parses a formula and embeds its exact element counts and charge.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormulaEncoder;

impl DomainEncoder for FormulaEncoder {
    fn domain(&self) -> Domain {
        Domain::Formula
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        parser::with_formula(text, |f| encode_into(f, out))
    }

    /// `encode` fails only in `check_capacity`.
    fn accepts(&self, text: &str) -> Result<()> {
        if parser::plain_within_capacity(text) {
            return Ok(()); // `H2O`, `Ca(OH)2`: parses, and fits the embedding
        }
        parser::with_formula(text, |f| check_capacity(f).map(|_| ()))
    }
}

/// `Ok(total atoms)` when `f` fits the embedding exactly; otherwise the `EncodeError` that says
/// why.
pub fn check_capacity(f: &Formula) -> Result<u64> {
    let total = f.total_atoms();
    if total > MAX_TOTAL_ATOMS as u128 {
        return Err(FluxemError::encode(format!(
            "formula has {total} atoms; a FORMULA embedding holds at most {MAX_TOTAL_ATOMS} \
             exactly"
        )));
    }
    let counts = f.counts();
    for i in f
        .present_indices()
        .filter(|i| (DEDICATED..ELEMENT_COUNT).contains(i))
    {
        let n = counts[i];
        if n > MAX_PACKED_COUNT {
            return Err(FluxemError::encode(format!(
                "{n} atoms of {} exceed {MAX_PACKED_COUNT}, the capacity of a shared dim \
                 (elements Z >= 101)",
                ELEMENTS[i].symbol
            )));
        }
    }
    if f.charge().unsigned_abs() > MAX_CHARGE {
        return Err(FluxemError::encode(format!(
            "charge {} is beyond +-{MAX_CHARGE}, the exact range of the charge dim",
            f.charge()
        )));
    }
    Ok(total as u64)
}

/// A zero FORMULA embedding with its tag (computed once).
fn template() -> &'static Embedding {
    static TEMPLATE: std::sync::OnceLock<Embedding> = std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| layout::tagged(Domain::Formula))
}

/// The embedding of a formula (an `EncodeError` when it is over capacity).
pub fn encode(f: &Formula) -> Result<Embedding> {
    layout::build(|emb| encode_into(f, emb))
}

/// `encode` into `emb`.
pub fn encode_into(f: &Formula, emb: &mut Embedding) -> Result<()> {
    let total = check_capacity(f)?;
    // the template's count dims are zero: only present atoms are written
    emb.copy_from_slice(template());
    let counts = f.counts();
    for i in f.present_indices().take_while(|&i| i < ELEMENT_COUNT) {
        if i < DEDICATED {
            emb[COUNT_START + i] = counts[i] as f64 * COUNT_SCALE;
        } else {
            let k = (i - DEDICATED) / PACK_WIDTH;
            let z = DEDICATED + PACK_WIDTH * k;
            let units = counts[z] + PACK_BASE * (counts[z + 1] + PACK_BASE * counts[z + 2]);
            emb[PACKED_START + k] = units as f64 * PACKED_SCALE;
        }
    }
    for (d, id) in emb[ISOTOPE_START..RESERVED_DIM]
        .iter_mut()
        .zip([DEUTERIUM, TRITIUM])
    {
        *d = f.count(id) as f64 * COUNT_SCALE;
    }
    emb[CHARGE_DIM] = f.charge() as f64 * CHARGE_SCALE;
    emb[TOTAL_DIM] = total as f64 * TOTAL_SCALE;
    emb[MASS_DIM] = f.molar_mass() * MASS_SCALE;
    Ok(())
}

/// A dim that must hold a whole number in `0..=max` after dividing by its scale.
fn whole(emb: &[f64], dim: usize, scale: f64, max: u64, what: &str) -> Result<u64> {
    let v = emb[dim] / scale;
    if v < 0.0 || v != v.round() || v > max as f64 {
        return Err(FluxemError::decode(format!(
            "dim {dim} ({what}) holds {v} after scaling, not a whole number in 0..={max}: the \
             vector is not an exact FORMULA embedding or is beyond capacity"
        )));
    }
    Ok(v as u64)
}

/// The formula of a FORMULA embedding: exact counts and charge, checked against the total.
pub fn decode(emb: &[f64]) -> Result<Formula> {
    check_domain(emb, Domain::Formula)?;
    let mut counts = [0u64; ATOM_KINDS];
    for (i, c) in counts.iter_mut().enumerate().take(DEDICATED) {
        let what = format!("count of {}", ELEMENTS[i].symbol);
        *c = whole(emb, COUNT_START + i, COUNT_SCALE, MAX_TOTAL_ATOMS, &what)?;
    }
    for k in 0..PACKED_DIMS {
        let z = DEDICATED + PACK_WIDTH * k;
        let what = format!(
            "packed counts of {}, {} and {}",
            ELEMENTS[z].symbol,
            ELEMENTS[z + 1].symbol,
            ELEMENTS[z + 2].symbol
        );
        let limit = PACK_BASE.pow(PACK_WIDTH as u32) - 1;
        let mut units = whole(emb, PACKED_START + k, PACKED_SCALE, limit, &what)?;
        for c in &mut counts[z..z + PACK_WIDTH] {
            *c = units % PACK_BASE;
            units /= PACK_BASE;
        }
    }
    for (k, id) in [DEUTERIUM, TRITIUM].into_iter().enumerate() {
        let what = format!("count of {}", element(id).symbol);
        counts[id as usize - 1] =
            whole(emb, ISOTOPE_START + k, COUNT_SCALE, MAX_TOTAL_ATOMS, &what)?;
    }
    if emb[RESERVED_DIM] != 0.0 {
        return Err(FluxemError::decode(format!(
            "dim {RESERVED_DIM} is reserved and must be 0, found {}",
            emb[RESERVED_DIM]
        )));
    }
    let total = whole(emb, TOTAL_DIM, TOTAL_SCALE, MAX_TOTAL_ATOMS, "total atoms")?;
    let sum: u64 = counts.iter().sum();
    if sum != total {
        return Err(FluxemError::decode(format!(
            "the counts add up to {sum} atoms but the total dim says {total}: a packed count \
             (Z >= 101) overflowed {MAX_PACKED_COUNT} in a vector sum, or the vector was edited"
        )));
    }
    let q = emb[CHARGE_DIM] / CHARGE_SCALE;
    if q != q.round() || q.abs() > MAX_CHARGE as f64 {
        return Err(FluxemError::decode(format!(
            "dim {CHARGE_DIM} (charge) holds {q} after scaling, not a whole number within \
             +-{MAX_CHARGE}"
        )));
    }
    Ok(Formula::new(counts, q as i64))
}

#[cfg(test)]
mod tests;
