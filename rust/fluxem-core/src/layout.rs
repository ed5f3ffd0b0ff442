//! The 128-d embedding contract: a tag block naming the domain, then the domain's content.
//!
//! ```text
//! dims   0..16   tag block: 0.25 * (row `id` of the 16x16 Sylvester-Hadamard matrix)
//! dims  16..128  content block: layout defined per domain (see docs/FORMAL_DEFINITION.md)
//! ```
//!
//! Hadamard rows are mutually orthogonal, so every pair of domain tags is at the same distance
//! (sqrt 2 with unit-norm tags) and a tag survives scaling and sums of same-domain embeddings.
//! Row 0 (all ones) is never used; rows 1..=7 are the seven domains; rows 8..=15 are reserved.

/// Width of every embedding.
pub const EMBED_DIM: usize = 128;
/// Dims `0..TAG_DIMS` hold the domain tag.
pub const TAG_DIMS: usize = 16;
/// First dim of the domain-specific content block.
pub const CONTENT_START: usize = TAG_DIMS;
/// Version of the layout; bumped on any change that alters an emitted vector.
pub const LAYOUT_VERSION: &str = "1.4";

/// An embedding as computed (f64); bindings cast to f32 (default) or keep f64.
pub type Embedding = [f64; EMBED_DIM];

/// Domain identifiers. The numeric id is stable: it is the Hadamard row of the tag, the domain
/// id column in batch outputs, and the `DomainType` value in Python.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    /// Plain text: no encoder; it goes to the language model's own tokenizer.
    Text = 0,
    /// Numbers and arithmetic expressions (`1234 + 5678`).
    Arithmetic = 1,
    /// Numbers with units (`9.81 m/s^2`).
    Quantity = 2,
    /// Chemical formulas (`H2O`, `SO4^2-`).
    Formula = 3,
    /// Complex numbers (`3+4j`).
    Complex = 4,
    /// Real vectors of up to 16 components (`[1, 2, 3]`).
    Vector = 5,
    /// Nucleotide sequences (`ATGCGT`).
    Dna = 6,
    /// Musical pitches in scientific pitch notation (`A4`, `C#5`).
    Pitch = 7,
}

impl Domain {
    /// The seven domains with an encoder, in id order (every domain but `Text`).
    pub const ENCODED: [Domain; 7] = [
        Domain::Arithmetic,
        Domain::Quantity,
        Domain::Formula,
        Domain::Complex,
        Domain::Vector,
        Domain::Dna,
        Domain::Pitch,
    ];

    /// The stable numeric id (tag row, batch domain column, Python `DomainType` value).
    pub fn id(self) -> u8 {
        self as u8
    }

    /// The domain with this id; None for reserved or unknown ids.
    pub fn from_id(id: u8) -> Option<Domain> {
        Some(match id {
            0 => Domain::Text,
            1 => Domain::Arithmetic,
            2 => Domain::Quantity,
            3 => Domain::Formula,
            4 => Domain::Complex,
            5 => Domain::Vector,
            6 => Domain::Dna,
            7 => Domain::Pitch,
            _ => return None,
        })
    }

    /// The upper-case name (`"ARITHMETIC"`), as Python's `DomainType` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Domain::Text => "TEXT",
            Domain::Arithmetic => "ARITHMETIC",
            Domain::Quantity => "QUANTITY",
            Domain::Formula => "FORMULA",
            Domain::Complex => "COMPLEX",
            Domain::Vector => "VECTOR",
            Domain::Dna => "DNA",
            Domain::Pitch => "PITCH",
        }
    }

    /// The domain named `name`, in any case (`"formula"`, `"FORMULA"`); None if none is.
    pub fn from_name(name: &str) -> Option<Domain> {
        Domain::ENCODED
            .iter()
            .chain(std::iter::once(&Domain::Text))
            .copied()
            .find(|d| d.name().eq_ignore_ascii_case(name))
    }
}

/// Entry `(row, col)` of the Sylvester-Hadamard matrix of order 16: (-1)^popcount(row & col).
pub fn hadamard_sign(row: usize, col: usize) -> f64 {
    if (row & col).count_ones() % 2 == 0 {
        1.0
    } else {
        -1.0
    }
}

/// The tag of Hadamard row `id` (any id in 1..16, including reserved ones), unit norm.
pub fn tag_for_id(id: u8) -> [f64; TAG_DIMS] {
    let mut tag = [0.0; TAG_DIMS];
    for (col, t) in tag.iter_mut().enumerate() {
        *t = 0.25 * hadamard_sign(id as usize, col);
    }
    tag
}

/// A zero embedding carrying `domain`'s tag.
pub fn tagged(domain: Domain) -> Embedding {
    let mut emb = [0.0; EMBED_DIM];
    tag_into(domain, &mut emb);
    emb
}

/// Overwrites `out` with the zero embedding carrying `domain`'s tag (what `tagged` returns).
pub fn tag_into(domain: Domain, out: &mut Embedding) {
    out.fill(0.0);
    out[..TAG_DIMS].copy_from_slice(&tag_for_id(domain.id()));
}

/// The embedding `write` puts into a fresh buffer, by value (for callers that keep one).
#[inline]
pub fn build(write: impl FnOnce(&mut Embedding) -> crate::Result<()>) -> crate::Result<Embedding> {
    let mut emb = [0.0; EMBED_DIM];
    write(&mut emb)?;
    Ok(emb)
}

/// Reads the tag row back: the Hadamard row whose cosine with the tag block is above 0.99,
/// with the scale factor (1 for a single encoding, k for a sum of k same-domain encodings).
/// Returns the raw row id so reserved (user-registered) domains are readable too.
pub fn read_tag_id(emb: &[f64]) -> Option<(u8, f64)> {
    let block = &emb[..TAG_DIMS];
    let norm = block.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm.is_nan() || norm <= 1e-6 {
        return None;
    }
    (1..TAG_DIMS as u8).find_map(|id| {
        let tag = tag_for_id(id);
        let dot: f64 = block.iter().zip(tag.iter()).map(|(a, b)| a * b).sum();
        (dot / norm > 0.99).then_some((id, dot))
    })
}

/// The encoded domain of an embedding, if its tag names one of the seven.
pub fn domain_of(emb: &[f64]) -> Option<Domain> {
    read_tag_id(emb).and_then(|(id, _)| Domain::from_id(id))
}

/// Check that `emb` is 128-long and tagged `expected` with scale ~1 (a single encoding).
pub fn check_domain(emb: &[f64], expected: Domain) -> crate::Result<()> {
    if emb.len() != EMBED_DIM {
        return Err(crate::FluxemError::decode(format!(
            "expected a {EMBED_DIM}-d embedding, got length {}",
            emb.len()
        )));
    }
    if let Some(bad) = emb.iter().position(|x| !x.is_finite()) {
        return Err(crate::FluxemError::decode(format!(
            "embedding has a non-finite value at dim {bad}"
        )));
    }
    match read_tag_id(emb) {
        Some((id, _)) if id == expected.id() => Ok(()),
        Some((id, _)) => Err(crate::FluxemError::decode(format!(
            "embedding is tagged {} (tag row {id}), not {}",
            Domain::from_id(id).map_or("a reserved domain", |d| d.name()),
            expected.name()
        ))),
        None => Err(crate::FluxemError::decode(format!(
            "embedding carries no readable domain tag (expected {})",
            expected.name()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_orthonormal() {
        for a in 1..16u8 {
            for b in 1..16u8 {
                let dot: f64 = tag_for_id(a)
                    .iter()
                    .zip(tag_for_id(b).iter())
                    .map(|(x, y)| x * y)
                    .sum();
                assert_eq!(dot, if a == b { 1.0 } else { 0.0 });
            }
        }
    }

    #[test]
    fn every_domain_reads_back() {
        for d in Domain::ENCODED {
            let emb = tagged(d);
            assert_eq!(domain_of(&emb), Some(d));
            assert!(check_domain(&emb, d).is_ok());
            let mut twice = emb;
            twice.iter_mut().for_each(|x| *x *= 2.0);
            assert_eq!(domain_of(&twice), Some(d));
        }
        assert_eq!(domain_of(&[0.0; EMBED_DIM]), None);
    }
}
