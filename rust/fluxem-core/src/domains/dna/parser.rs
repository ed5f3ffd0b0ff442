//! Nucleotide sequences: one linear pass that counts, never copies.
//!
//! Accepted symbols (either case): A C G T, U (RNA; a sequence may not mix T and U), N and the
//! IUPAC ambiguity codes R Y S W K M B D H V. Surrounding whitespace is ignored; anything else
//! (inner whitespace, gaps `-`/`.`, digits, look-alikes such as Cyrillic `А`) is a parse error
//! at its char position.

use crate::domains::pitch::trim_span;
use crate::{FluxemError, Result};

/// Symbols in counter order. The T slot holds U in an RNA sequence.
pub const SYMBOLS: [u8; 15] = *b"ACGTNRYSWKMBDHV";
/// Number of symbols (15).
pub const N_SYMBOLS: usize = SYMBOLS.len();
/// Index of the T/U slot.
pub const T: usize = 3;
/// Bases kept exactly at each end of the sequence.
pub const BOUNDARY: usize = 10;

/// Which of A, C, G, T (bits 1, 2, 4, 8) each symbol may stand for.
pub const SUBSETS: [u8; N_SYMBOLS] = [1, 2, 4, 8, 15, 5, 10, 6, 9, 12, 3, 14, 13, 11, 7];

const INVALID: u8 = 0xFF;

/// Byte -> symbol index (U/u -> the T slot); INVALID for anything else.
const TABLE: [u8; 256] = {
    let mut t = [INVALID; 256];
    let mut i = 0;
    while i < N_SYMBOLS {
        let up = SYMBOLS[i];
        t[up as usize] = i as u8;
        t[(up + 32) as usize] = i as u8;
        i += 1;
    }
    t[b'U' as usize] = T as u8;
    t[b'u' as usize] = T as u8;
    t
};

/// Symbol index of the complement (swap A<->T and C<->G in the subset).
pub const COMPLEMENT: [usize; N_SYMBOLS] = {
    let mut c = [0usize; N_SYMBOLS];
    let mut i = 0;
    while i < N_SYMBOLS {
        let s = SUBSETS[i];
        let comp = ((s & 1) << 3) | ((s & 8) >> 3) | ((s & 2) << 1) | ((s & 4) >> 1);
        let mut j = 0;
        while j < N_SYMBOLS {
            if SUBSETS[j] == comp {
                c[i] = j;
            }
            j += 1;
        }
        i += 1;
    }
    c
};

/// Everything the embedding stores about a sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnaProfile {
    /// Number of symbols in the sequence.
    pub length: u64,
    /// Count of each symbol, in `SYMBOLS` order.
    pub counts: [u64; N_SYMBOLS],
    /// How many symbols were written in lower case (soft-masked).
    pub lowercase: u64,
    /// Adjacent pairs XY with X, Y in A C G T(U): index 4·X + Y.
    pub dimers: [u64; 16],
    /// The sequence contains U.
    pub is_rna: bool,
    /// The first min(length, BOUNDARY) symbol indices.
    pub first: Block,
    /// The last min(length, BOUNDARY) symbol indices.
    pub last: Block,
}

/// At most `BOUNDARY` symbol indices, held inline: a profile allocates nothing (two small
/// vectors per sequence were a tenth of a short sequence's encode). Reads as a `[u8]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Block {
    len: u8,
    /// Symbols past `len` stay 0, so the derived equality compares the contents only.
    syms: [u8; BOUNDARY],
}

impl Block {
    /// Appends a symbol; a block never holds more than `BOUNDARY` (callers keep to it).
    pub fn push(&mut self, symbol: u8) {
        self.syms[self.len as usize] = symbol;
        self.len += 1;
    }

    /// The symbol indices of `bytes` (at most `BOUNDARY` of them), each through `symbol`.
    pub fn of_bytes(bytes: &[u8], symbol: impl Fn(u8) -> u8) -> Block {
        let mut b = Block::default();
        for (o, &x) in b.syms.iter_mut().zip(bytes) {
            *o = symbol(x);
        }
        b.len = bytes.len().min(BOUNDARY) as u8;
        b
    }

    /// Appends each symbol of `symbols`.
    pub fn extend_from_slice(&mut self, symbols: &[u8]) {
        for &s in symbols {
            self.push(s);
        }
    }
}

impl std::ops::Deref for Block {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.syms[..self.len as usize]
    }
}

impl FromIterator<u8> for Block {
    fn from_iter<I: IntoIterator<Item = u8>>(iter: I) -> Self {
        let mut b = Block::default();
        for s in iter {
            b.push(s);
        }
        b
    }
}

impl DnaProfile {
    /// G+C fraction among the bases whose strength is known (G C S over A C G T/U S W),
    /// as Biopython's `gc_fraction(seq, "remove")`; 0 when there are none.
    pub fn gc_fraction(&self) -> f64 {
        let c = &self.counts;
        let strong = c[1] + c[2] + c[7];
        let known = strong + c[0] + c[3] + c[8];
        if known == 0 {
            0.0
        } else {
            strong as f64 / known as f64
        }
    }

    /// The letter of symbol `index` (U for the T slot of an RNA sequence).
    pub fn letter(&self, index: u8) -> char {
        if index as usize == T && self.is_rna {
            'U'
        } else {
            SYMBOLS[index as usize] as char
        }
    }

    /// Letters of a boundary block.
    pub fn letters(&self, block: &[u8]) -> String {
        block.iter().map(|&i| self.letter(i)).collect()
    }

    /// The whole sequence (upper case) when the two boundary blocks cover it.
    pub fn sequence(&self) -> Option<String> {
        let n = self.length as usize;
        if n > 2 * BOUNDARY {
            return None;
        }
        let head = self.letters(&self.first);
        let tail_from = BOUNDARY.min(n);
        let tail = &self.last[self.last.len() - (n - tail_from)..];
        Some(head + &self.letters(tail))
    }
}

fn not_a_symbol(body: &str, i: usize, start_char: usize) -> FluxemError {
    // every earlier byte is an ASCII symbol, so byte i is char start_char + i
    let c = body[i..].chars().next().unwrap_or('?');
    let what = if c.is_ascii_graphic() {
        format!("{c:?}")
    } else {
        format!("{c:?} (U+{:04X})", c as u32)
    };
    FluxemError::parse(
        format!("{what} is not a nucleotide symbol (ACGTU, N, IUPAC RYSWKMBDHV)"),
        start_char + i,
    )
}

/// Byte -> counter code: symbol index | 16 if lower case | 32 if U/u; INVALID otherwise.
const CODE: [u8; 256] = {
    let mut t = [INVALID; 256];
    let mut b = 0;
    while b < 256 {
        let sym = TABLE[b];
        if sym != INVALID {
            let lower = if (b as u8).is_ascii_lowercase() {
                16
            } else {
                0
            };
            let u = if b == b'U' as usize || b == b'u' as usize {
                32
            } else {
                0
            };
            t[b] = sym | lower | u;
        }
        b += 1;
    }
    t
};

/// Bytes counted in u16 before they are added to the u64 totals (no u16 counter overflows:
/// a chunk has at most u16::MAX bytes). u16 keeps the histogram at 1 KiB, which every
/// sequence, however short, clears once.
const CHUNK: usize = u16::MAX as usize;

/// Pair classes of a previous symbol: A C G T(U) are 0..4; anything else, and the start, is 4
/// (the embedding keeps only the pairs of two bases).
const OTHER: usize = 4;

/// Counter code -> pair class of that symbol.
const CLASS: [u8; 64] = {
    let mut t = [OTHER as u8; 64];
    let mut c = 0;
    while c < 64 {
        if c & 15 < 4 {
            t[c] = (c & 15) as u8;
        }
        c += 1;
    }
    t
};

/// Byte -> its column in the histogram: the counter code, or `BAD_COLUMN` for a byte that is
/// no symbol (no symbol has index 15, so no valid code is 63).
const COLUMN: [u16; 256] = {
    let mut t = [BAD_COLUMN as u16; 256];
    let mut b = 0;
    while b < 256 {
        if CODE[b] != INVALID {
            t[b] = CODE[b] as u16;
        }
        b += 1;
    }
    t
};
const BAD_COLUMN: usize = 63;
const _: () = assert!(N_SYMBOLS <= 15, "code 63 must stay free for BAD_COLUMN");

/// Byte -> its column (low 16 bits) and the first cell of the histogram row it selects for
/// the next byte (its pair class times 64; high 16 bits): one table load per byte where two
/// tables took two (loads, not arithmetic, bound the loop).
const CELL: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut b = 0;
    while b < 256 {
        let row = CLASS[COLUMN[b] as usize] as u32 * 64;
        t[b] = COLUMN[b] as u32 | row << 16;
        b += 1;
    }
    t
};

/// Counts of a sequence before they become a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tally {
    /// Per symbol index (T and U in the same slot).
    counts: [u64; N_SYMBOLS],
    /// Symbols written in lower case.
    lowercase: u64,
    /// How many of the T-slot symbols were U or u.
    u_count: u64,
    /// Per pair of bases x, y: index 4·x + y.
    dimers: [u64; 16],
}

/// Sequences up to this many bytes are counted directly: the histogram's fixed cost (clear
/// 1 KiB, sum 320 cells) was most of a 10-base primer's encode.
const SHORT: usize = 64;

/// The tally of `body`; a byte that is not a symbol is a parse error.
fn tally(body: &str, start_char: usize) -> Result<Tally> {
    if body.len() <= SHORT {
        tally_direct(body, start_char)
    } else {
        tally_histogram(body, start_char)
    }
}

/// One pass of byte counters (u8: at most `SHORT` bytes): per counter code, and per pair
/// (class of the previous symbol, class of this one) at 8·x + y, OTHER for non-bases and the
/// start. A byte that is no symbol lands in `BAD_COLUMN`, checked once after the loop.
fn tally_direct(body: &str, start_char: usize) -> Result<Tally> {
    const _: () = assert!(SHORT <= u8::MAX as usize, "u8 counters must not wrap");
    let mut codes = [0u8; 64];
    let mut pairs = [0u8; 64];
    let mut prev = OTHER;
    for &b in body.as_bytes() {
        // `CELL`'s row is the class times 64, shifted 16: the class is bits 22 and up
        let e = CELL[b as usize] as usize;
        let class = e >> 22;
        codes[e & 63] = codes[e & 63].wrapping_add(1);
        let pair = (prev * 8 + class) & 63;
        pairs[pair] = pairs[pair].wrapping_add(1);
        prev = class;
    }
    if codes[BAD_COLUMN] != 0 {
        let at = body.bytes().position(|b| CODE[b as usize] == INVALID);
        return Err(not_a_symbol(body, at.unwrap_or(0), start_char));
    }
    let dimers = std::array::from_fn(|d| u64::from(pairs[d / 4 * 8 + d % 4]));
    Ok(Tally::of_codes(&codes.map(u64::from), dimers))
}

impl Tally {
    /// From counts per counter code (`CODE`); sums never wrap (each is at most the length).
    fn of_codes(c: &[u64; 64], dimers: [u64; 16]) -> Tally {
        // codes: symbol | 16 lower case | 32 U (U only in the T slot)
        let (upper, lower, upper_u, lower_u) = (&c[..16], &c[16..32], &c[32..48], &c[48..]);
        let mut t = Tally {
            counts: [0; N_SYMBOLS],
            lowercase: 0,
            u_count: upper_u[T].wrapping_add(lower_u[T]),
            dimers,
        };
        for sym in 0..N_SYMBOLS {
            t.counts[sym] = (upper[sym].wrapping_add(lower[sym]))
                .wrapping_add(upper_u[sym].wrapping_add(lower_u[sym]));
            t.lowercase = t
                .lowercase
                .wrapping_add(lower[sym].wrapping_add(lower_u[sym]));
        }
        t
    }
}

/// One pass and one histogram over (class of the previous symbol, code of this symbol): the
/// symbol counts are its column sums, the dimers its base x base cells. One small counter
/// update per byte (separate byte and pair histograms took twice as long), u32 counters
/// summed per chunk.
fn tally_histogram(body: &str, start_char: usize) -> Result<Tally> {
    let mut codes = [0u64; 64];
    let mut dimers = [0u64; 16];
    let mut prev_row = OTHER * 64;
    for (c, chunk) in body.as_bytes().chunks(CHUNK).enumerate() {
        // 512 cells, indexed `& 511`: no bounds check in the loop (cells past 320 stay 0).
        // Per byte two table loads and one increment: a byte that is no symbol lands in
        // BAD_COLUMN, checked once after the loop.
        let mut hist = [0u16; 512];
        let mut count = |b: u8| {
            let e = CELL[b as usize];
            let cell = (prev_row + (e & 0xFFFF) as usize) & 511;
            // a chunk has at most u16::MAX bytes: no counter can wrap
            hist[cell] = hist[cell].wrapping_add(1);
            prev_row = (e >> 16) as usize;
        };
        // four bytes per loop step: the loop's own compare and jump were a quarter of the
        // instructions per byte (eight from one u64 load measured slower)
        let quads = chunk.chunks_exact(4);
        let rest = quads.remainder();
        for q in quads {
            q.iter().for_each(|&b| count(b));
        }
        rest.iter().for_each(|&b| count(b));
        let invalid = (0..=OTHER).any(|x| hist[x * 64 + BAD_COLUMN] != 0);
        if invalid {
            // found again only on the error path: the loop keeps no position
            let at = chunk.iter().position(|&b| CODE[b as usize] == INVALID);
            return Err(not_a_symbol(body, c * CHUNK + at.unwrap_or(0), start_char));
        }
        // column sums in u32 first (at most 5 x u16::MAX: no wrap; these loops vectorise),
        // then once into the u64 totals (which never wrap: each is at most the text's length)
        let mut column = [0u32; 64];
        for (x, row) in hist[..(OTHER + 1) * 64].chunks_exact(64).enumerate() {
            for (sum, &n) in column.iter_mut().zip(row) {
                *sum = sum.wrapping_add(u32::from(n));
            }
            if x < OTHER {
                // the codes of a base: its index with any case and U bits
                for flags in [0, 16, 32, 48] {
                    for y in 0..OTHER {
                        let d = &mut dimers[4 * x + y];
                        *d = d.wrapping_add(u64::from(row[flags + y]));
                    }
                }
            }
        }
        for (total, &n) in codes.iter_mut().zip(&column) {
            *total = total.wrapping_add(u64::from(n));
        }
    }
    Ok(Tally::of_codes(&codes, dimers))
}

/// Parses the whole of `text` as one nucleotide sequence. Returns its profile and the byte
/// range of the sequence inside `text` (without the surrounding whitespace).
pub fn parse_dna(text: &str) -> Result<(DnaProfile, std::ops::Range<usize>)> {
    let (t, body, start_byte) = counted(text)?;
    let bytes = body.as_bytes();
    let symbol = |b: u8| TABLE[b as usize];
    let k = BOUNDARY.min(bytes.len());
    let p = DnaProfile {
        length: bytes.len() as u64,
        counts: t.counts,
        lowercase: t.lowercase,
        dimers: t.dimers,
        is_rna: t.u_count > 0,
        first: Block::of_bytes(&bytes[..k], symbol),
        last: Block::of_bytes(&bytes[bytes.len() - k..], symbol),
    };
    Ok((p, start_byte..start_byte + body.len()))
}

/// Ok with the sequence's byte length exactly where `parse_dna` succeeds, without building
/// the profile (its blocks and counters): what an accept check needs.
pub fn check_dna(text: &str) -> Result<usize> {
    counted(text).map(|(_, body, _)| body.len())
}

/// `parse_dna`'s checks and counts: the tally, the sequence and its byte offset in `text`.
#[inline(always)]
fn counted(text: &str) -> Result<(Tally, &str, usize)> {
    let (body, start_char, start_byte) = trim_span(text);
    if body.is_empty() {
        return Err(FluxemError::parse("empty sequence", start_char));
    }
    let bytes = body.as_bytes();
    let t = tally(body, start_char)?;
    let u_count = t.u_count;
    if u_count > 0 && t.counts[T] > u_count {
        // the first conflicting symbol is the later of the first T and the first U
        let first = |c: u8| bytes.iter().position(|b| b.to_ascii_uppercase() == c);
        let at = first(b'T').max(first(b'U')).unwrap_or(0);
        return Err(FluxemError::parse(
            "sequence mixes T (DNA) and U (RNA)",
            start_char + at,
        ));
    }
    Ok((t, body, start_byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err_pos(text: &str) -> usize {
        crate::error::parse_error_at(parse_dna(text), text)
    }

    #[test]
    fn counts_and_dimers() {
        let (p, span) = parse_dna("  ACGTacgtNN\n").unwrap();
        assert_eq!(span, 2..12);
        assert_eq!(p.length, 10);
        assert_eq!(&p.counts[..5], &[2, 2, 2, 2, 2]);
        assert_eq!(p.lowercase, 4);
        assert_eq!(p.dimers.iter().sum::<u64>(), 7);
        assert_eq!(p.dimers[1], 2); // AC, ac
        assert_eq!(p.dimers[3 * 4], 1); // TA
        assert_eq!(p.gc_fraction(), 0.5);
        assert_eq!(p.sequence().unwrap(), "ACGTACGTNN");
    }

    #[test]
    fn rna_and_ambiguity_codes() {
        let (p, _) = parse_dna("ACGUUryswkmbdhv").unwrap();
        assert!(p.is_rna);
        assert_eq!(p.counts[T], 2);
        assert_eq!(p.sequence().unwrap(), "ACGUURYSWKMBDHV");
        assert!(p.counts[5..].iter().all(|&c| c == 1) && p.counts[4] == 0);
    }

    #[test]
    fn complement_table() {
        let comp = |s: u8| {
            let i = SYMBOLS.iter().position(|&x| x == s).unwrap();
            SYMBOLS[COMPLEMENT[i]]
        };
        let pairs = [
            (b'A', b'T'),
            (b'C', b'G'),
            (b'R', b'Y'),
            (b'K', b'M'),
            (b'B', b'V'),
            (b'D', b'H'),
            (b'S', b'S'),
            (b'W', b'W'),
            (b'N', b'N'),
        ];
        for (a, b) in pairs {
            assert_eq!(comp(a), b);
            assert_eq!(comp(b), a);
        }
    }

    #[test]
    fn bad_input_has_positions() {
        assert_eq!(err_pos(""), 0);
        assert_eq!(err_pos(" \t"), 2);
        assert_eq!(err_pos("ACGTX"), 4);
        assert_eq!(err_pos("ACG T"), 3);
        assert_eq!(err_pos("ACGTU"), 4);
        assert_eq!(err_pos("UAT"), 2);
        assert_eq!(err_pos("  ACАT"), 4); // Cyrillic A
        assert_eq!(err_pos("ACGＴ"), 3);
        assert_eq!(err_pos("AC-GT"), 2);
        assert_eq!(err_pos("inf"), 0);
        assert!(parse_dna("NaN").is_ok()); // N, A, N: a valid sequence
    }

    #[test]
    fn long_sequences_keep_their_ends() {
        let s = "A".repeat(1000) + "CG" + &"T".repeat(1000);
        let (p, _) = parse_dna(&s).unwrap();
        assert_eq!(p.length, 2002);
        assert_eq!(p.sequence(), None);
        assert_eq!(p.letters(&p.first), "AAAAAAAAAA");
        assert_eq!(p.letters(&p.last), "TTTTTTTTTT");
        assert_eq!(p.dimers[6], 1); // CG
    }

    #[test]
    fn counts_cross_chunk_boundaries_exactly() {
        // several histogram chunks (CHUNK bytes each), pairs straddling every boundary, an
        // invalid byte past the first chunk
        let unit = "ACGTTGCANacgu"; // 13 symbols: chunk boundaries fall mid-unit
        let n = 3 * CHUNK / unit.len() + 7;
        let text = unit.replace('u', "t").repeat(n);
        let (p, _) = parse_dna(&text).unwrap();
        let bases = |c: u8| b"ACGT".iter().position(|&b| b == c.to_ascii_uppercase());
        let mut dimers = [0u64; 16];
        for w in text.as_bytes().windows(2) {
            if let (Some(x), Some(y)) = (bases(w[0]), bases(w[1])) {
                dimers[4 * x + y] += 1;
            }
        }
        assert_eq!(p.dimers, dimers);
        assert_eq!(p.counts[4], n as u64); // N
        assert_eq!(p.lowercase, 4 * n as u64);
        let bad = text[..CHUNK + 5].to_string() + "x" + &text[CHUNK + 5..];
        assert!(parse_dna(&bad).unwrap_err().to_string().contains("'x'"));
    }

    #[test]
    fn direct_and_histogram_tallies_agree() {
        // every sequence a short-path length allows, over symbols, cases, U and bad bytes:
        // both counting paths give the same tally, or the same error position
        let alphabet = b"ACGTUNRYacgtunwx -";
        let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
        for len in 1..=SHORT + 3 {
            for _ in 0..40 {
                let s: String = (0..len)
                    .map(|_| {
                        let state = rng.next_u64();
                        let bad = state % 97 == 0;
                        let pick = (state >> 8) as usize % if bad { alphabet.len() } else { 14 };
                        alphabet[pick] as char
                    })
                    .collect();
                let (a, b) = (tally_direct(&s, 0), tally_histogram(&s, 0));
                match (a, b) {
                    (Ok(a), Ok(b)) => assert_eq!(a, b, "{s}"),
                    (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{s}"),
                    (a, b) => panic!("{s}: {a:?} vs {b:?}"),
                }
            }
        }
    }
}
