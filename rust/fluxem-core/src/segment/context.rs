//! Context: which subject a sentence is about, from cue words and from the spans found in it.
//!
//! Look-alikes (`A4 paper`, `vitamin B12`, `CO` for Colorado, citations `[3, 4]`) are told
//! apart from real spans by context. A candidate that needs context names the subjects that
//! make it clear; the sentence mask (cue words and confidently found spans of this sentence
//! and its neighbours) must contain one of them. Short word lists look one word left or right
//! for labels (`Fig. 3`, `pp. 113-127`) and for nouns that name a look-alike (`A4 paper`).
//!
//! The words are lists in `vocab/` (`cues_chemistry.txt`, `labels.txt`, ...); this module
//! holds the rules that read them.

use super::vocab;
use crate::fnv::FnvBuild;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Subject bit of a context mask: chemistry (cue words, reaction arrows, found formulas).
pub const CHEM: u8 = 1;
/// Subject bit: physics and engineering (cue words, found quantities).
pub const PHYS: u8 = 2;
/// Subject bit: mathematics (cue words, `=`, found arithmetic, complex numbers, vectors).
pub const MATH: u8 = 4;
/// Subject bit: music (cue words, ♯ and ♭, found pitches).
pub const MUSIC: u8 = 8;
/// Subject bit: biology (cue words, found sequences).
pub const BIO: u8 = 16;
/// Any natural science: what letter-like units (`2 A`) need.
pub const SCIENCE: u8 = CHEM | PHYS | BIO;
/// Subject bit: firm chemistry, always set with `CHEM`: a chemistry cue word that is not also
/// a word of code documentation (`molecule`, `mol`, `acid`, not `buffer`, `elements`), two
/// different ambiguous ones, a formula found without context (`H2O`), two different
/// compounds (`NaCl and KBr`), a reaction arrow before a formula. What formula shapes that
/// are also names and letters (`S3`, `HF`, `NO`, `Mn`) need.
pub const CHEM_FIRM: u8 = 32;
/// Marks an ambiguous chemistry cue word (`vocab/cues_chemistry_ambiguous.txt`) in `cue_of`'s
/// bits: the sentence mask counts them and never keeps the bit.
pub const AMBIGUOUS_CHEM: u8 = 64;

/// Names of the subject bits, for explanations.
pub fn describe(mask: u8) -> String {
    let names = [
        (CHEM_FIRM, "firm chemistry"),
        (CHEM, "chemistry"),
        (PHYS, "physics/engineering"),
        (MATH, "mathematics"),
        (MUSIC, "music"),
        (BIO, "biology"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(b, _)| mask & b != 0)
        // firm chemistry says it all
        .filter(|(b, _)| !(*b == CHEM && mask & CHEM_FIRM != 0))
        .map(|(_, n)| *n)
        .collect();
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join(" or ")
    }
}

/// What a candidate needs from its context to be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Need {
    /// Kept only if the context has one of these bits (0: no requirement).
    pub any: u8,
    /// Rejected if the context has one of these bits ...
    pub veto: u8,
    /// ... unless it also has one of these.
    pub unless: u8,
}

impl Need {
    /// No requirement: kept in any context.
    pub const NONE: Need = Need {
        any: 0,
        veto: 0,
        unless: 0,
    };

    /// Kept only in a context with one of `bits`.
    pub const fn any(bits: u8) -> Need {
        Need {
            any: bits,
            veto: 0,
            unless: 0,
        }
    }

    /// Whether every context satisfies it.
    pub fn is_none(&self) -> bool {
        self.any == 0 && self.veto == 0
    }

    /// Whether adding context bits can only turn "not satisfied" into "satisfied" (no veto).
    pub fn is_monotone(&self) -> bool {
        self.veto == 0
    }

    /// Whether a context with subject bits `ctx` keeps the candidate.
    pub fn satisfied(&self, ctx: u8) -> bool {
        (self.any == 0 || ctx & self.any != 0) && !(ctx & self.veto != 0 && ctx & self.unless == 0)
    }

    /// Why context `ctx` does not satisfy it, for `Segmenter::explain`.
    pub fn explain_failure(&self, ctx: u8) -> String {
        if self.any != 0 && ctx & self.any == 0 {
            format!(
                "needs {} context (none in this sentence or its neighbours)",
                describe(self.any)
            )
        } else if self.unless == 0 {
            format!("{} context", describe(ctx & self.veto))
        } else {
            format!(
                "{} context without {} context",
                describe(ctx & self.veto),
                describe(self.unless)
            )
        }
    }
}

/// Every cue-word list (`vocab/cues_*.txt`: lowercase; a word may cue several subjects)
/// with the context bit it sets.
const CUE_LISTS: [(&[&str], u8); 6] = [
    (vocab::CUES_CHEMISTRY, CHEM | CHEM_FIRM),
    (vocab::CUES_CHEMISTRY_AMBIGUOUS, CHEM | AMBIGUOUS_CHEM),
    (vocab::CUES_PHYSICS, PHYS),
    (vocab::CUES_MATH, MATH),
    (vocab::CUES_MUSIC, MUSIC),
    (vocab::CUES_BIOLOGY, BIO),
];

type WordTable = HashMap<&'static [u8], u8, FnvBuild>;

/// The cue words, and a filter that rules most other words out before hashing: for each
/// (length, first letter) the set of last letters that some cue word has (about a quarter of
/// running words pass it).
struct CueTable {
    words: WordTable,
    shape: [[u32; 26]; 25],
    /// For each first letter, the second letters that some stem starts with.
    stem_starts: [u32; 26],
    shortest_stem: usize,
}

/// The filter cell of a word, when it has one (lowercase ASCII letters, length 2..=24).
fn shape_cell(w: &[u8]) -> Option<(usize, usize, u32)> {
    let (&first, &last) = (w.first()?, w.last()?);
    (w.len() <= 24 && first.is_ascii_lowercase() && last.is_ascii_lowercase())
        .then(|| (w.len(), (first - b'a') as usize, 1u32 << (last - b'a')))
}

fn cue_table() -> &'static CueTable {
    static TABLE: OnceLock<CueTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = CueTable {
            words: WordTable::default(),
            shape: [[0; 26]; 25],
            stem_starts: [0; 26],
            shortest_stem: STEMS.iter().map(|(s, _)| s.len()).min().unwrap_or(0),
        };
        for (stem, _) in STEMS {
            t.stem_starts[(stem[0] - b'a') as usize] |= 1 << (stem[1] - b'a');
        }
        for (words, bit) in CUE_LISTS {
            for w in words {
                *t.words.entry(w.as_bytes()).or_insert(0) |= bit;
                if let Some((len, first, last)) = shape_cell(w.as_bytes()) {
                    t.shape[len][first] |= last;
                }
            }
        }
        t
    })
}

/// Stems that cover inflections (`oxidizing`, `electrons`), with their subject.
const STEMS: &[(&[u8], u8)] = &[
    (b"oxid", CHEM | CHEM_FIRM),
    (b"hydrox", CHEM | CHEM_FIRM),
    (b"sulf", CHEM | CHEM_FIRM),
    // `nanoseconds`, `nanoGPT`
    (b"nano", CHEM | AMBIGUOUS_CHEM),
    (b"electr", PHYS),
    (b"thermo", PHYS),
    (b"accelerat", PHYS),
    (b"oscillat", PHYS),
    (b"resonan", PHYS),
];

/// Subject bits of one lowercased ASCII word.
pub fn cue_of(w: &[u8]) -> u8 {
    if w.len() < 2 {
        return 0;
    }
    let t = cue_table();
    let maybe = match shape_cell(w) {
        Some((len, first, last)) => t.shape[len][first] & last != 0,
        None => true, // not the shape the filter covers: look it up
    };
    if maybe {
        if let Some(&bits) = t.words.get(w) {
            return bits;
        }
    }
    STEMS
        .iter()
        .find(|(stem, _)| w.starts_with(stem))
        .map_or(0, |&(_, bits)| bits)
}

/// Subject bits of a run of ASCII letters in any case: `cue_of` of it lowercased. Most
/// running words are ruled out from their length and first, second and last letters before
/// anything is copied or hashed.
pub fn cue_of_letters(w: &[u8]) -> u8 {
    let n = w.len();
    if !(2..=24).contains(&n) {
        return 0;
    }
    debug_assert!(w.iter().all(u8::is_ascii_alphabetic));
    let (first, second, last) = (w[0] | 0x20, w[1] | 0x20, w[n - 1] | 0x20);
    let t = cue_table();
    let f = (first - b'a') as usize;
    let word = t.shape[n][f] & (1 << (last - b'a')) != 0;
    let stem = n >= t.shortest_stem && t.stem_starts[f] & (1 << (second - b'a')) != 0;
    if !word && !stem {
        return 0;
    }
    let mut buf = [0u8; 24];
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c | 0x20;
    }
    cue_of(&buf[..n])
}

/// Labels whose following number is an identifier, not a value: `Fig. 3`, `pp. 113-127`,
/// `Table 2 C`, `version 3`, `No. 5` (`vocab/labels.txt`), and standards (`ISO 8601`:
/// `vocab/standards_bodies.txt`).
pub fn is_label(w: &[u8]) -> bool {
    vocab::labels(w) || vocab::standards_bodies(w)
}

/// Words before a letter-digit code that make it a name, not a pitch or a formula:
/// `vitamin B12`, `cell A4`, `Formula E2`: the labels except the equation labels, and
/// `vocab/code_names_before.txt`.
pub fn names_code_before(w: &[u8]) -> bool {
    (is_label(w) && !matches!(w, b"eq" | b"eqs" | b"equation" | b"equations"))
        || vocab::code_names_before(w)
}

/// Nouns after a letter-digit code that make it a name: `A4 paper`, `F1 score`,
/// `E3 ligase`, `C4 plants`, `B2 bomber`, `F5 key` (`vocab/code_names_after.txt`).
pub fn names_code_after(w: &[u8]) -> bool {
    vocab::code_names_after(w)
}

/// Words before `a/b` that make it a score or a date: `scored 7/10`, `on 9/11`
/// (`vocab/score_or_date_before.txt`).
pub fn names_score_or_date_before(w: &[u8]) -> bool {
    vocab::score_or_date_before(w)
}

/// Words after which a time-of-day follows: `at 5 pm` (`vocab/time_prepositions.txt`).
pub fn time_preposition(w: &[u8]) -> bool {
    vocab::time_prepositions(w)
}

/// Nouns after `4K`/`8K` etc. that make it a resolution, not kelvins
/// (`vocab/resolution_nouns_after.txt`).
pub fn names_resolution_after(w: &[u8]) -> bool {
    vocab::resolution_nouns_after(w)
}

/// Words that name an element as a substance after a lone symbol: `He gas`, `C atoms`
/// (`vocab/element_nouns_after.txt`).
pub fn names_element_after(w: &[u8]) -> bool {
    vocab::element_nouns_after(w)
}

/// Math cue right before a bracketed list or an unspaced difference: `v = [1, 2]`,
/// `the vector [1, 2]`, `compute 12-7` (`vocab/math_lead_words.txt`).
pub fn math_lead_word(w: &[u8]) -> bool {
    vocab::math_lead_words(w)
}

/// Words before a two-number bracket that make it an interval: `on [0, 1]`, `in [-1, 1]`
/// (`vocab/interval_words.txt`).
pub fn interval_word(w: &[u8]) -> bool {
    vocab::interval_words(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs() {
        let n = Need::any(CHEM);
        assert!(n.satisfied(CHEM | BIO));
        assert!(!n.satisfied(BIO));
        let v = Need {
            any: 0,
            veto: BIO,
            unless: CHEM,
        };
        assert!(v.satisfied(0));
        assert!(!v.satisfied(BIO));
        assert!(v.satisfied(BIO | CHEM));
        assert_eq!(cue_of(b"octave"), MUSIC);
        assert_eq!(cue_of(b"oxidizing"), CHEM | CHEM_FIRM);
        assert_eq!(cue_of(b"buffer"), CHEM | AMBIGUOUS_CHEM);
        assert_eq!(cue_of(b"oscillating"), PHYS);
        assert_eq!(cue_of(b"the"), 0);
        assert_eq!(cue_of_letters(b"Oxidizing"), CHEM | CHEM_FIRM);
        assert_eq!(cue_of_letters(b"THE"), 0);
        // the filters never hide a cue word or stem, in any case
        for (stem, bit) in STEMS {
            let w = [*stem, b"ing"].concat();
            assert_eq!(cue_of_letters(&w), *bit);
            assert_eq!(cue_of_letters(&w.to_ascii_uppercase()), *bit);
        }
        for (words, bit) in CUE_LISTS {
            for w in words {
                assert_ne!(cue_of(w.as_bytes()) & bit, 0, "{w}");
                if w.bytes().all(|c| c.is_ascii_alphabetic()) {
                    assert_eq!(cue_of_letters(w.as_bytes()), cue_of(w.as_bytes()), "{w}");
                    let upper = w.to_ascii_uppercase();
                    assert_eq!(
                        cue_of_letters(upper.as_bytes()),
                        cue_of(w.as_bytes()),
                        "{w}"
                    );
                }
            }
        }
        assert!(is_label(b"pp"));
        assert!(names_code_after(b"paper"));
    }
}
