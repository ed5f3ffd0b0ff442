//! DNA: a nucleotide sequence of any length (ACGT, U, N, IUPAC codes; case-insensitive).
//!
//! ```text
//! dims  16..49   counters, low limbs:  (c mod 4096) / 4096
//! dims  49..82   counters, high limbs: (c div 4096) / 4096      c = hi·4096 + lo, exact < 2^36
//!                counter 0: length; 1..16: symbols A C G T/U N R Y S W K M B D H V;
//!                16: lower-case symbols; 17..33: 2-mers AA AC .. TT over A C G T/U
//! dims  82       GC fraction (G C S over A C G T/U S W; 0 when none): readable, not exact
//! dims  83       RNA flag: 1 when the T slot holds U
//! dims  84..104  first 10 bases, (x/4, y/8) each, left-aligned; (0, 0) pads a shorter sequence
//! dims 104..124  last 10 bases, right-aligned
//! dims 124..128  zero (reserved)
//! ```
//!
//! A base standing for the set s of A/C/G/T is coded `x = [A]-[T] + 3([C]-[G])` and
//! `y = [A]+[T] + 3([C]+[G])` (`[A]` is 1 when A is in s): injective over the 15 symbols,
//! (0, 0) is padding, and the complement (swap A<->T, C<->G) is exactly x -> -x. Reverse,
//! complement and reverse complement are therefore signed permutations of dims; concatenation
//! adds counters (plus the junction 2-mer, read from the stored boundary bases) and splices the
//! boundary blocks.
//! A sequence of at most 20 bases is stored exactly (its two blocks cover it); case is only
//! counted, not placed.

mod parser;

pub use parser::{
    parse_dna, Block, DnaProfile, BOUNDARY, COMPLEMENT, N_SYMBOLS, SUBSETS, SYMBOLS, T,
};

use parser::check_dna;

use crate::codec::{self, integer_field};
use crate::domains::DomainEncoder;
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::{FluxemError, Result};

/// Counter slots: length, 15 symbols, lower case, 16 dimers.
pub const COUNTERS: usize = 1 + N_SYMBOLS + 1 + 16;
/// Counter slot of the sequence length.
pub const LENGTH: usize = 0;
/// First counter slot of the symbol counts (in `SYMBOLS` order).
pub const SYMBOL_COUNTS: usize = 1;
/// Counter slot of the lower-case symbol count.
pub const LOWERCASE: usize = SYMBOL_COUNTS + N_SYMBOLS;
/// First counter slot of the 16 2-mer counts (4·X + Y over A C G T/U).
pub const DIMERS: usize = LOWERCASE + 1;

/// First dim of the counters' low limbs.
pub const LO: usize = CONTENT_START;
/// First dim of the counters' high limbs.
pub const HI: usize = LO + COUNTERS;
/// Dim of the GC fraction.
pub const GC: usize = HI + COUNTERS;
/// Dim of the RNA flag.
pub const RNA: usize = GC + 1;
/// First dim of the first bases' block ((x, y) per base, left-aligned).
pub const FIRST: usize = RNA + 1;
/// First dim of the last bases' block ((x, y) per base, right-aligned).
pub const LAST: usize = FIRST + 2 * BOUNDARY;
/// First unused dim.
pub const RESERVED: usize = LAST + 2 * BOUNDARY;

const LIMB: u64 = 4096;
const LIMB_SCALE: f64 = 1.0 / 4096.0;
/// Every counter (length included) must stay below this: the high limb is then < 2^24 and
/// exact in float32.
pub const CAPACITY: u64 = 1 << 36;
const _: () = assert!(CAPACITY.is_power_of_two(), "check_capacity tests the union");
const X_SCALE: f64 = 0.25;
const Y_SCALE: f64 = 0.125;
/// Largest deviation of the stored GC fraction from the counters' value that decode accepts
/// (float32 rounding is 3e-8).
const GC_TOLERANCE: f64 = 1e-6;

/// The DNA encoder: counts a sequence in one pass and embeds counters and end bases.
#[derive(Debug, Clone, Copy, Default)]
pub struct DnaEncoder;

impl DomainEncoder for DnaEncoder {
    fn domain(&self) -> Domain {
        Domain::Dna
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        encode_profile_into(&parse_dna(text)?.0, out)
    }

    fn accepts(&self, text: &str) -> Result<()> {
        // every counter is at most the length (counts and dimers of its symbols): a shorter
        // sequence passes the capacity check, so only parsing can fail
        if (check_dna(text)? as u64) < CAPACITY {
            return Ok(());
        }
        check_capacity(&counters_of(&parse_dna(text)?.0))
    }
}

/// The (x, y) code of symbol `i`.
pub fn base_code(i: usize) -> (i64, i64) {
    let s = SUBSETS[i];
    let bit = |b: u8| i64::from(s & b != 0);
    let (a, c, g, t) = (bit(1), bit(2), bit(4), bit(8));
    (a - t + 3 * (c - g), a + t + 3 * (c + g))
}

fn counters_of(p: &DnaProfile) -> [u64; COUNTERS] {
    let mut c = [0u64; COUNTERS];
    c[LENGTH] = p.length;
    c[SYMBOL_COUNTS..LOWERCASE].copy_from_slice(&p.counts);
    c[LOWERCASE] = p.lowercase;
    c[DIMERS..].copy_from_slice(&p.dimers);
    c
}

/// Every counter below `CAPACITY` (the only way `encode_profile` fails).
fn check_capacity(counters: &[u64; COUNTERS]) -> Result<()> {
    // CAPACITY is a power of two: one test of the counters' union (no branch per counter)
    if counters.iter().fold(0, |all, &c| all | c) >= CAPACITY {
        let c = counters.iter().max().copied().unwrap_or_default();
        return Err(FluxemError::encode(format!(
            "a count of {c} exceeds the DNA embedding's capacity (< 2^36 per counter)"
        )));
    }
    Ok(())
}

/// Embeds a profile (counters below `CAPACITY`, blocks of min(length, BOUNDARY) symbols).
pub fn encode_profile(p: &DnaProfile) -> Result<Embedding> {
    layout::build(|emb| encode_profile_into(p, emb))
}

/// `encode_profile` into `emb`.
pub fn encode_profile_into(p: &DnaProfile, emb: &mut Embedding) -> Result<()> {
    let counters = counters_of(p);
    check_capacity(&counters)?;
    layout::tag_into(Domain::Dna, emb);
    let (lo, hi) = emb[LO..GC].split_at_mut(COUNTERS);
    for ((lo, hi), &c) in lo.iter_mut().zip(hi).zip(&counters) {
        // both limbs are below 2^24 (c < CAPACITY): `as i32 as f64` is exact and converts
        // several at once, where a u64 conversion branches on the top bit
        *lo = (c % LIMB) as i32 as f64 * LIMB_SCALE;
        *hi = (c / LIMB) as i32 as f64 * LIMB_SCALE;
    }
    emb[GC] = p.gc_fraction();
    emb[RNA] = if p.is_rna { 1.0 } else { 0.0 };
    for (slot, &s) in p.first.iter().enumerate() {
        write_base(emb, FIRST, slot, s);
    }
    let pad = BOUNDARY - p.last.len();
    for (slot, &s) in p.last.iter().enumerate() {
        write_base(emb, LAST, pad + slot, s);
    }
    Ok(())
}

/// The stored (x, y) dims of each symbol (`base_code` scaled), computed at compile time.
const BASE_DIMS: [(f64, f64); N_SYMBOLS] = {
    let mut t = [(0.0, 0.0); N_SYMBOLS];
    let mut i = 0;
    while i < N_SYMBOLS {
        let s = SUBSETS[i] as i64;
        let (a, c, g, tt) = (s & 1, (s >> 1) & 1, (s >> 2) & 1, (s >> 3) & 1);
        t[i] = (
            (a - tt + 3 * (c - g)) as f64 * X_SCALE,
            (a + tt + 3 * (c + g)) as f64 * Y_SCALE,
        );
        i += 1;
    }
    t
};

fn write_base(emb: &mut Embedding, block: usize, slot: usize, symbol: u8) {
    let (x, y) = BASE_DIMS[symbol as usize];
    emb[block + 2 * slot] = x;
    emb[block + 2 * slot + 1] = y;
}

/// The symbol in a block slot, None for padding.
fn read_base(emb: &[f64], block: usize, slot: usize) -> Result<Option<u8>> {
    let x = integer_field(emb[block + 2 * slot], X_SCALE, "a base code (x)")? as i64;
    let y = integer_field(emb[block + 2 * slot + 1], Y_SCALE, "a base code (y)")? as i64;
    if (x, y) == (0, 0) {
        return Ok(None);
    }
    (0..N_SYMBOLS)
        .find(|&i| base_code(i) == (x, y))
        .map(|i| Some(i as u8))
        .ok_or_else(|| FluxemError::decode(format!("({x}, {y}) is not a base code")))
}

fn read_counters(emb: &[f64]) -> Result<[u64; COUNTERS]> {
    let mut c = [0u64; COUNTERS];
    for (i, out) in c.iter_mut().enumerate() {
        let lo = integer_field(emb[LO + i], LIMB_SCALE, "a counter's low limb")?;
        let hi = integer_field(emb[HI + i], LIMB_SCALE, "a counter's high limb")?;
        let v = codec::checked_field(
            hi.checked_mul(LIMB as i128).and_then(|h| h.checked_add(lo)),
            "a counter",
        )?;
        if !(0..CAPACITY as i128).contains(&v) {
            return Err(FluxemError::decode(format!(
                "counter {i} holds {v}, outside 0..2^36"
            )));
        }
        *out = v as u64;
    }
    Ok(c)
}

/// Reads a boundary block: `n` symbols, left-aligned (`right` false) or right-aligned.
fn read_block(emb: &[f64], block: usize, n: usize, right: bool) -> Result<Block> {
    let mut out = Block::default();
    for slot in 0..BOUNDARY {
        let inside = if right {
            slot >= BOUNDARY - n
        } else {
            slot < n
        };
        match (read_base(emb, block, slot)?, inside) {
            (Some(s), true) => out.push(s),
            (None, false) => {}
            _ => {
                return Err(FluxemError::decode(format!(
                    "boundary block does not hold exactly {n} bases"
                )))
            }
        }
    }
    Ok(out)
}

/// Decodes a DNA embedding and checks that its parts agree; the profile's `sequence()` is the
/// whole sequence when it has at most 2·BOUNDARY bases.
pub fn decode(emb: &[f64]) -> Result<DnaProfile> {
    check_domain(emb, Domain::Dna)?;
    let c = read_counters(emb)?;
    let mut p = DnaProfile {
        length: c[LENGTH],
        counts: c[SYMBOL_COUNTS..LOWERCASE].try_into().unwrap_or_default(),
        lowercase: c[LOWERCASE],
        dimers: c[DIMERS..].try_into().unwrap_or_default(),
        is_rna: false,
        first: Block::default(),
        last: Block::default(),
    };
    p.is_rna = match integer_field(emb[RNA], 1.0, "the RNA flag")? {
        0 => false,
        1 => true,
        _ => return Err(FluxemError::decode("the RNA flag is not 0 or 1")),
    };
    if p.length == 0 || p.counts.iter().sum::<u64>() != p.length {
        return Err(FluxemError::decode(
            "symbol counts do not add up to a non-zero length",
        ));
    }
    if p.lowercase > p.length || p.dimers.iter().sum::<u64>() >= p.length {
        return Err(FluxemError::decode(
            "lower-case or 2-mer counts exceed the length",
        ));
    }
    if (emb[GC] - p.gc_fraction()).abs() > GC_TOLERANCE {
        return Err(FluxemError::decode(format!(
            "GC fraction {} disagrees with the counts ({})",
            emb[GC],
            p.gc_fraction()
        )));
    }
    let k = BOUNDARY.min(p.length as usize);
    p.first = read_block(emb, FIRST, k, false)?;
    p.last = read_block(emb, LAST, k, true)?;
    if emb[RESERVED..].iter().any(|&v| v != 0.0) {
        return Err(FluxemError::decode("reserved DNA dims are not zero"));
    }
    check_short_sequence(&p)?;
    Ok(p)
}

/// For a sequence the blocks cover, the blocks must overlap consistently and reproduce the
/// stored counts exactly.
fn check_short_sequence(p: &DnaProfile) -> Result<()> {
    let n = p.length as usize;
    if n > 2 * BOUNDARY {
        return Ok(());
    }
    let k = BOUNDARY.min(n);
    let overlap = 2 * k - n; // the last `overlap` of `first` are the first of `last`
    if p.first[k - overlap..] != p.last[..overlap] {
        return Err(FluxemError::decode(
            "the two boundary blocks disagree where they overlap",
        ));
    }
    let seq: Vec<u8> = p.first.iter().chain(&p.last[overlap..]).copied().collect();
    let mut counts = [0u64; N_SYMBOLS];
    let mut dimers = [0u64; 16];
    for (i, &s) in seq.iter().enumerate() {
        counts[s as usize] += 1;
        if i > 0 && s < 4 && seq[i - 1] < 4 {
            dimers[4 * seq[i - 1] as usize + s as usize] += 1;
        }
    }
    if counts != p.counts || dimers != p.dimers {
        return Err(FluxemError::decode(
            "the stored bases disagree with the stored counts",
        ));
    }
    Ok(())
}

/// Where counter `i` goes under reverse and/or complement.
fn counter_target(i: usize, reverse: bool, complement: bool) -> usize {
    let comp = |s: usize| if complement { COMPLEMENT[s] } else { s };
    match i {
        s if (SYMBOL_COUNTS..LOWERCASE).contains(&s) => SYMBOL_COUNTS + comp(s - SYMBOL_COUNTS),
        d if d >= DIMERS => {
            let (x, y) = ((d - DIMERS) / 4, (d - DIMERS) % 4);
            let (x, y) = (comp(x), comp(y));
            let (x, y) = if reverse { (y, x) } else { (x, y) };
            DIMERS + 4 * x + y
        }
        other => other,
    }
}

/// Reverse, complement, or reverse complement: a signed permutation of the embedding's dims.
/// The input is validated by `decode` first; the output is bit-identical to encoding the
/// transformed sequence.
pub fn transform(a: &[f64], reverse: bool, complement: bool) -> Result<Embedding> {
    decode(a)?;
    let mut out = layout::tagged(Domain::Dna);
    for i in 0..COUNTERS {
        let j = counter_target(i, reverse, complement);
        out[LO + j] = a[LO + i];
        out[HI + j] = a[HI + i];
    }
    out[GC] = a[GC];
    out[RNA] = a[RNA];
    let sign = if complement { -1.0 } else { 1.0 };
    for (src, dst) in [(FIRST, LAST), (LAST, FIRST)] {
        for slot in 0..BOUNDARY {
            let (from, to) = if reverse {
                (src + 2 * slot, dst + 2 * (BOUNDARY - 1 - slot))
            } else {
                (src + 2 * slot, src + 2 * slot)
            };
            // +0.0 turns a negated zero back into +0.0, so padding stays bit-identical
            out[to] = sign * a[from] + 0.0;
            out[to + 1] = a[from + 1];
        }
    }
    Ok(out)
}

/// The reverse complement: `transform(a, true, true)`.
pub fn reverse_complement(a: &[f64]) -> Result<Embedding> {
    transform(a, true, true)
}

/// The embedding of the sequence `a` followed by `b`, computed from the two embeddings:
/// counters add (with the junction 2-mer read from a's last and b's first base), the boundary
/// blocks are spliced, the GC fraction is recomputed from the summed counts.
pub fn concat(a: &[f64], b: &[f64]) -> Result<Embedding> {
    let (pa, pb) = (decode(a)?, decode(b)?);
    let has_t = |p: &DnaProfile| !p.is_rna && p.counts[T] > 0;
    if (pa.is_rna && has_t(&pb)) || (pb.is_rna && has_t(&pa)) {
        return Err(FluxemError::encode(
            "cannot concatenate a DNA sequence containing T with an RNA sequence containing U",
        ));
    }
    let (la, lb) = (pa.length as usize, pb.length as usize);
    let mut p = DnaProfile {
        length: pa.length + pb.length,
        counts: std::array::from_fn(|i| pa.counts[i] + pb.counts[i]),
        lowercase: pa.lowercase + pb.lowercase,
        dimers: std::array::from_fn(|i| pa.dimers[i] + pb.dimers[i]),
        is_rna: pa.is_rna || pb.is_rna,
        first: pa.first,
        last: pb.last,
    };
    let (x, y) = (pa.last[pa.last.len() - 1], pb.first[0]);
    if x < 4 && y < 4 {
        p.dimers[4 * x as usize + y as usize] += 1;
    }
    // first: a's bases, then b's while fewer than BOUNDARY; last: symmetric from the right
    let need = BOUNDARY.saturating_sub(la).min(lb);
    p.first.extend_from_slice(&pb.first[..need]);
    let need = BOUNDARY.saturating_sub(lb).min(la);
    let mut last: Block = pa.last[pa.last.len() - need..].iter().copied().collect();
    last.extend_from_slice(&pb.last);
    p.last = last;
    encode_profile(&p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_dims_are_the_scaled_base_codes() {
        for (i, &(x, y)) in super::BASE_DIMS.iter().enumerate() {
            let (cx, cy) = super::base_code(i);
            assert_eq!(
                (x, y),
                (cx as f64 * super::X_SCALE, cy as f64 * super::Y_SCALE)
            );
        }
    }

    use super::*;

    fn enc(s: &str) -> Embedding {
        DnaEncoder.encode_text(s).unwrap()
    }

    fn rc_text(s: &str) -> String {
        s.chars()
            .rev()
            .map(|c| {
                let i = SYMBOLS.iter().position(|&x| x as char == c).unwrap_or(T);
                if c == 'U' {
                    'A'
                } else if c == 'A' && s.contains('U') {
                    'U'
                } else {
                    SYMBOLS[COMPLEMENT[i]] as char
                }
            })
            .collect()
    }

    #[test]
    fn base_codes_are_distinct_and_complement_negates_x() {
        for (i, &comp) in COMPLEMENT.iter().enumerate() {
            let (x, y) = base_code(i);
            assert_ne!((x, y), (0, 0));
            assert_eq!(base_code(comp), (-x, y));
            for j in 0..i {
                assert_ne!(base_code(i), base_code(j));
            }
        }
    }

    #[test]
    fn short_sequences_round_trip() {
        for s in [
            "A",
            "ACGT",
            "NNNN",
            "ACGUUAGC",
            "RYSWKMBDHVNACGTAC",
            "ACGTACGTACGTACGTACGT",
        ] {
            assert_eq!(decode(&enc(s)).unwrap().sequence().as_deref(), Some(s));
        }
        assert_eq!(decode(&enc(&"A".repeat(21))).unwrap().sequence(), None);
        let p = decode(&enc("acgtN")).unwrap();
        assert_eq!((p.sequence().unwrap().as_str(), p.lowercase), ("ACGTN", 4));
    }

    #[test]
    fn reverse_complement_is_exact() {
        for s in [
            "A",
            "ACGTTGCA",
            "AACCGGTTRYKMBDHVSWN",
            "ACGU",
            "GATTACA".repeat(9).as_str(),
        ] {
            let rc = reverse_complement(&enc(s)).unwrap();
            assert_eq!(rc, enc(&rc_text(s)), "{s}");
        }
    }

    #[test]
    fn concatenation_is_exact() {
        let parts = [
            "A",
            "CG",
            "ACGTACGTAC",
            "TTTTTTTTTTTTTTTTT",
            "nrY",
            "GATTACA",
        ];
        for a in parts {
            for b in parts {
                assert_eq!(
                    concat(&enc(a), &enc(b)).unwrap(),
                    enc(&format!("{a}{b}")),
                    "{a}+{b}"
                );
            }
        }
        assert!(concat(&enc("ACGU"), &enc("ACGT")).is_err());
        assert!(concat(&enc("ACGU"), &enc("ACG")).is_ok());
    }

    #[test]
    fn accepts_is_parse_and_capacity_check() {
        // the accept shortcut against the full profile and its capacity check, on random
        // sequences, cases, RNA/DNA mixes, bad bytes and surrounding whitespace
        let pieces = [
            "A",
            "C",
            "G",
            "T",
            "U",
            "a",
            "c",
            "g",
            "t",
            "u",
            "N",
            "r",
            "y",
            "s",
            "w",
            "k",
            "m",
            "b",
            "d",
            "h",
            "v",
            "-",
            "x",
            " ",
            "\n",
            "\u{a0}",
            "\u{e9}",
            "1",
            "ACGTACGTACGT",
        ];
        let mut rng = crate::test_rng::XorShift::new(0xd1a_5eed);
        for _ in 0..30_000 {
            let n = rng.below(40);
            let t = rng.join(&pieces, n);
            let old = parse_dna(&t).and_then(|(p, _)| check_capacity(&counters_of(&p)));
            let new = DnaEncoder.accepts(&t);
            assert_eq!(format!("{new:?}"), format!("{old:?}"), "{t:?}");
        }
    }

    #[test]
    fn capacity_is_enforced() {
        let p = DnaProfile {
            length: CAPACITY,
            counts: [0; N_SYMBOLS],
            lowercase: 0,
            dimers: [0; 16],
            is_rna: false,
            first: Block::default(),
            last: Block::default(),
        };
        assert!(matches!(
            encode_profile(&p),
            Err(FluxemError::Encode { .. })
        ));
    }

    #[test]
    fn decode_rejects_sums() {
        let mut s = enc("ACGT");
        for (x, y) in s.iter_mut().zip(enc("ACGT").iter()) {
            *x += y;
        }
        assert!(decode(&s).is_err());
    }
}
