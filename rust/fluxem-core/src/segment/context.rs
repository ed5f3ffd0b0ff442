//! Context: which subject a sentence is about, from cue words and from the spans found in it.
//!
//! Look-alikes (`A4 paper`, `vitamin B12`, `CO` for Colorado, citations `[3, 4]`) are told
//! apart from real spans by context. A candidate that needs context names the subjects that
//! make it clear; the sentence mask (cue words and confidently found spans of this sentence
//! and its neighbours) must contain one of them. Short word lists look one word left or right
//! for labels (`Fig. 3`, `pp. 113-127`) and for nouns that name a look-alike (`A4 paper`).

use crate::fnv::FnvBuild;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Subject bits of a context mask.
pub const CHEM: u8 = 1;
pub const PHYS: u8 = 2;
pub const MATH: u8 = 4;
pub const MUSIC: u8 = 8;
pub const BIO: u8 = 16;
pub const SCIENCE: u8 = CHEM | PHYS | BIO;

/// Names of the subject bits, for explanations.
pub fn describe(mask: u8) -> String {
    let names = [
        (CHEM, "chemistry"),
        (PHYS, "physics/engineering"),
        (MATH, "mathematics"),
        (MUSIC, "music"),
        (BIO, "biology"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(b, _)| mask & b != 0)
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
    pub const NONE: Need = Need {
        any: 0,
        veto: 0,
        unless: 0,
    };

    pub const fn any(bits: u8) -> Need {
        Need {
            any: bits,
            veto: 0,
            unless: 0,
        }
    }

    pub fn is_none(&self) -> bool {
        self.any == 0 && self.veto == 0
    }

    /// Whether adding context bits can only turn "not satisfied" into "satisfied" (no veto).
    pub fn is_monotone(&self) -> bool {
        self.veto == 0
    }

    pub fn satisfied(&self, ctx: u8) -> bool {
        (self.any == 0 || ctx & self.any != 0) && !(ctx & self.veto != 0 && ctx & self.unless == 0)
    }

    pub fn explain_failure(&self, ctx: u8) -> String {
        if self.any != 0 && ctx & self.any == 0 {
            format!(
                "needs {} context (none in this sentence or its neighbours)",
                describe(self.any)
            )
        } else {
            format!(
                "{} context without {} context",
                describe(ctx & self.veto),
                describe(self.unless)
            )
        }
    }
}

/// Cue words per subject (lowercase). A word may cue several subjects.
/// chemistry
/// Every cue-word list with the context bit it sets.
const CUE_LISTS: [(&[&str], u8); 5] = [
    (CHEM_WORDS, CHEM),
    (PHYS_WORDS, PHYS),
    (MATH_WORDS, MATH),
    (MUSIC_WORDS, MUSIC),
    (BIO_WORDS, BIO),
];

const CHEM_WORDS: &[&str] = &[
    "chemical",
    "chemicals",
    "chemistry",
    "chemist",
    "chemists",
    "molecule",
    "molecules",
    "molecular",
    "mol",
    "mole",
    "moles",
    "molar",
    "molarity",
    "compound",
    "compounds",
    "reaction",
    "reactions",
    "react",
    "reacts",
    "reacted",
    "reacting",
    "reactant",
    "reactants",
    "acid",
    "acids",
    "acidic",
    "alkaline",
    "salt",
    "salts",
    "solvent",
    "solute",
    "dissolve",
    "dissolved",
    "dissolves",
    "dissolving",
    "aqueous",
    "oxide",
    "oxides",
    "oxidation",
    "oxidized",
    "oxidised",
    "ion",
    "ions",
    "ionic",
    "cation",
    "cations",
    "anion",
    "anions",
    "electron",
    "electrons",
    "covalent",
    "atom",
    "atoms",
    "atomic",
    "isotope",
    "isotopes",
    "gas",
    "gases",
    "gaseous",
    "water",
    "catalyst",
    "catalysts",
    "catalyzed",
    "combustion",
    "precipitate",
    "titration",
    "formula",
    "formulas",
    "stoichiometry",
    "oxygen",
    "hydrogen",
    "carbon",
    "nitrogen",
    "sodium",
    "chloride",
    "chlorine",
    "sulfate",
    "sulphate",
    "sulfur",
    "nitrate",
    "carbonate",
    "hydroxide",
    "ammonia",
    "methane",
    "ethanol",
    "glucose",
    "metal",
    "metals",
    "alloy",
    "crystal",
    "crystals",
    "concentration",
    "dilute",
    "diluted",
    "mixture",
    "electrolysis",
    "electrolyte",
    "redox",
    "valence",
    "dioxide",
    "monoxide",
    "peroxide",
    "decomposes",
    "decompose",
    "decomposition",
    "hydrate",
    "anhydrous",
    "poisoning",
    "fumes",
    "vapor",
    "vapour",
    "reagent",
    "reagents",
    "beaker",
    "flask",
    "emissions",
    "greenhouse",
    "yields",
    "ph",
    "titrated",
    "element",
    "elements",
    "bond",
    "bonds",
    "bonded",
    "synthesis",
    "synthesized",
    "lab",
    "laboratory",
    "toxic",
    "inert",
    "noble",
    "pollutant",
    "pollutants",
    "oxidizer",
    "fuel",
    "burns",
    "burning",
    "equilibrium",
    "buffer",
    "precipitated",
    "solid",
    "liquid",
    "evaporates",
    "evaporated",
    "hydrated",
    "neutralize",
    "neutralizes",
    "neutralized",
    "acetate",
    "sulfide",
    "nitride",
    "semiconductor",
    "ore",
    "mineral",
    "minerals",
    "balloon",
    "balloons",
    "exhaust",
    "detector",
    "solution",
    "solutions",
    "diluting",
    "dilution",
    "lattice",
    "lattices",
    "stoichiometric",
];
/// physics and engineering
const PHYS_WORDS: &[&str] = &[
    "velocity",
    "speed",
    "acceleration",
    "accelerates",
    "force",
    "forces",
    "mass",
    "energy",
    "momentum",
    "power",
    "voltage",
    "current",
    "resistance",
    "resistor",
    "resistors",
    "circuit",
    "circuits",
    "magnetic",
    "electric",
    "electrical",
    "temperature",
    "temperatures",
    "pressure",
    "heat",
    "heated",
    "thermal",
    "frequency",
    "wavelength",
    "wave",
    "waves",
    "amplitude",
    "gravity",
    "gravitational",
    "friction",
    "torque",
    "density",
    "volume",
    "distance",
    "length",
    "height",
    "width",
    "radius",
    "diameter",
    "kinetic",
    "laser",
    "beam",
    "photon",
    "photons",
    "quantum",
    "particle",
    "particles",
    "spectrum",
    "sensor",
    "load",
    "stress",
    "strain",
    "motor",
    "engine",
    "battery",
    "capacitor",
    "inductor",
    "coil",
    "transformer",
    "tension",
    "spring",
    "pendulum",
    "orbit",
    "fluid",
    "flow",
    "viscosity",
    "cooled",
    "boils",
    "boiling",
    "melting",
    "freezing",
    "physics",
    "physical",
    "measured",
    "steel",
    "concrete",
    "pipe",
    "shaft",
    "rated",
    "tolerance",
    "magnet",
    "magnets",
    "tesla",
    "superconducting",
    "superconductor",
    "cryostat",
    "vacuum",
    "weighs",
    "weight",
    "thick",
    "wide",
    "tall",
    "long",
    "travels",
    "travelled",
    "traveled",
    "falls",
    "dropped",
    "charge",
    "charged",
    "ampere",
    "amps",
    "watts",
    "volts",
    "ohms",
    "joules",
    "newtons",
    "kelvin",
    "celsius",
    "fahrenheit",
    "field",
    "fields",
    "bandwidth",
    "antenna",
    "signal",
    "sampling",
    "insulation",
    "conductor",
    "wire",
    "cable",
    "mri",
    "scanner",
    "telescope",
    "wavelengths",
    "irradiated",
    "radiation",
];
/// mathematics
const MATH_WORDS: &[&str] = &[
    "polar",
    "prime",
    "primes",
    "compute",
    "computes",
    "computed",
    "calculate",
    "calculates",
    "calculated",
    "evaluate",
    "evaluates",
    "simplify",
    "solve",
    "sum",
    "difference",
    "quotient",
    "equals",
    "equation",
    "equations",
    "expression",
    "vector",
    "vectors",
    "matrix",
    "matrices",
    "norm",
    "dot",
    "cross",
    "scalar",
    "component",
    "components",
    "coordinate",
    "coordinates",
    "dimensional",
    "eigenvalue",
    "eigenvalues",
    "eigenvector",
    "complex",
    "imaginary",
    "roots",
    "root",
    "polynomial",
    "modulus",
    "conjugate",
    "algebra",
    "arithmetic",
    "math",
    "maths",
    "mathematics",
    "theorem",
    "proof",
    "integer",
    "integers",
    "multiply",
    "divide",
    "subtract",
    "plus",
    "minus",
    "times",
    "derivative",
    "integral",
    "array",
    "arrays",
    "tensor",
    "basis",
    "orthogonal",
    "linear",
    "embedding",
    "gradient",
    "displacement",
    "position",
    "point",
    "points",
    "axis",
    "unit",
    "sqrt",
    "squared",
    "cubed",
    "quadratic",
    "angle",
    "rotation",
    "numpy",
    "product",
    "entries",
    "magnitude",
    "argand",
    "phasor",
    "impedance",
    "add",
    "adding",
    "added",
    "mean",
    "average",
    "rotate",
    "rotated",
    "multiplied",
    "normalize",
    "normalized",
    "weights",
    "determinant",
];
/// music
const MUSIC_WORDS: &[&str] = &[
    "music",
    "musical",
    "note",
    "notes",
    "pitch",
    "pitches",
    "octave",
    "octaves",
    "chord",
    "chords",
    "melody",
    "melodic",
    "harmony",
    "tune",
    "tuned",
    "tuning",
    "semitone",
    "semitones",
    "piano",
    "violin",
    "viola",
    "cello",
    "guitar",
    "bass",
    "flute",
    "clarinet",
    "trumpet",
    "horn",
    "oboe",
    "bassoon",
    "saxophone",
    "organ",
    "keyboard",
    "soprano",
    "alto",
    "tenor",
    "baritone",
    "singer",
    "singers",
    "sing",
    "sings",
    "sang",
    "sung",
    "vocal",
    "vocalist",
    "choir",
    "song",
    "songs",
    "composer",
    "symphony",
    "sonata",
    "concerto",
    "orchestra",
    "clef",
    "treble",
    "sharp",
    "flat",
    "midi",
    "fret",
    "played",
    "plays",
    "play",
    "playing",
    "scale",
    "scales",
    "arpeggio",
    "tonic",
    "cadence",
    "aria",
    "hum",
    "hummed",
    "whistle",
    "register",
    "fortissimo",
    "pianissimo",
    "staccato",
    "legato",
    "ukulele",
    "harp",
    "timpani",
    "cellist",
    "pianist",
    "violinist",
    "guitarist",
    "tuner",
    "drone",
    "strings",
    "lowest",
    "highest",
    "interval",
    "intervals",
    "glissando",
    "trill",
    "unison",
    "overtone",
    "overtones",
    "harmonic",
    "harmonics",
    "middle",
];
/// biology
const BIO_WORDS: &[&str] = &[
    "dna",
    "rna",
    "mrna",
    "gene",
    "genes",
    "genetic",
    "genome",
    "genomic",
    "sequence",
    "sequences",
    "sequencing",
    "sequenced",
    "primer",
    "primers",
    "nucleotide",
    "nucleotides",
    "codon",
    "codons",
    "protein",
    "proteins",
    "amino",
    "cell",
    "cells",
    "cellular",
    "enzyme",
    "enzymes",
    "mutation",
    "mutations",
    "mutant",
    "allele",
    "alleles",
    "chromosome",
    "plasmid",
    "pcr",
    "promoter",
    "exon",
    "intron",
    "transcription",
    "strand",
    "helix",
    "bacteria",
    "bacterial",
    "virus",
    "viral",
    "organism",
    "species",
    "clone",
    "cloned",
    "cloning",
    "motif",
    "binding",
    "receptor",
    "receptors",
    "antibody",
    "antibodies",
    "patient",
    "patients",
    "tissue",
    "infection",
    "immune",
    "vaccine",
    "lymphocyte",
    "lymphocytes",
    "oligo",
    "oligonucleotide",
    "probe",
    "adapter",
    "barcode",
    "locus",
    "reads",
    "restriction",
    "ligase",
    "polymerase",
    "knockout",
    "crispr",
    "guide",
    "sgrna",
    "grna",
    "upstream",
    "downstream",
    "amplified",
    "amplify",
    "amplicon",
    "transfected",
    "tumor",
    "tumour",
    "genotype",
    "phenotype",
    "mouse",
    "mice",
    "yeast",
    "coli",
    "biology",
    "biological",
    "count",
    "counts",
    "inhibitor",
    "kinase",
    "microbiome",
    "metabolism",
    "metabolic",
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
    (b"oxid", CHEM),
    (b"hydrox", CHEM),
    (b"sulf", CHEM),
    (b"nano", CHEM),
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
/// `Table 2 C`, `version 3`, `No. 5`.
pub fn is_label(w: &[u8]) -> bool {
    matches!(
        w,
        b"fig"
            | b"figs"
            | b"figure"
            | b"figures"
            | b"table"
            | b"tables"
            | b"tab"
            | b"eq"
            | b"eqs"
            | b"equation"
            | b"equations"
            | b"section"
            | b"sections"
            | b"sec"
            | b"chapter"
            | b"chapters"
            | b"ch"
            | b"page"
            | b"pages"
            | b"p"
            | b"pp"
            | b"vol"
            | b"volume"
            | b"no"
            | b"nos"
            | b"nr"
            | b"issue"
            | b"ref"
            | b"refs"
            | b"line"
            | b"lines"
            | b"verse"
            | b"verses"
            | b"room"
            | b"version"
            | b"ver"
            | b"v"
            | b"rev"
            | b"release"
            | b"grade"
            | b"lane"
            | b"lanes"
            | b"panel"
            | b"panels"
            | b"step"
            | b"steps"
            | b"item"
            | b"items"
            | b"exercise"
            | b"problem"
            | b"question"
            | b"appendix"
            | b"box"
            | b"route"
            | b"highway"
            | b"interstate"
            | b"flight"
            | b"gate"
            | b"platform"
            | b"seat"
            | b"row"
            | b"rows"
            | b"column"
            | b"columns"
            | b"level"
            | b"model"
            | b"type"
            | b"class"
            | b"phase"
            | b"stage"
            | b"series"
            | b"part"
            | b"parts"
            | b"unit"
            | b"units"
            | b"apartment"
            | b"suite"
            | b"building"
            | b"channel"
            | b"session"
            | b"episode"
            | b"season"
            | b"week"
            | b"weeks"
            | b"day"
            | b"days"
            | b"year"
            | b"years"
            | b"id"
            | b"code"
            | b"patch"
            | b"build"
    )
}

/// Words before a letter-digit code that make it a name, not a pitch or a formula:
/// `vitamin B12`, `cell A4`, `Formula E2`.
pub fn names_code_before(w: &[u8]) -> bool {
    (is_label(w) && !matches!(w, b"eq" | b"eqs" | b"equation" | b"equations"))
        || matches!(
            w,
            b"vitamin"
                | b"vitamins"
                | b"cell"
                | b"cells"
                | b"grid"
                | b"square"
                | b"zone"
                | b"sector"
                | b"size"
                | b"sizes"
                | b"form"
                | b"paper"
                | b"format"
                | b"blood"
                | b"amazon"
                | b"formula"
                | b"sheet"
                | b"plant"
                | b"plants"
                | b"receptor"
                | b"sample"
                | b"samples"
                | b"specimen"
                | b"tube"
                | b"vial"
                | b"well"
                | b"slot"
                | b"bay"
                | b"bed"
                | b"ward"
        )
}

/// Nouns after a letter-digit code that make it a name: `A4 paper`, `F1 score`,
/// `E3 ligase`, `C4 plants`, `B2 bomber`, `F5 key`.
pub fn names_code_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"paper"
            | b"papers"
            | b"size"
            | b"sized"
            | b"sheet"
            | b"sheets"
            | b"format"
            | b"envelope"
            | b"envelopes"
            | b"score"
            | b"scores"
            | b"ligase"
            | b"ligases"
            | b"plant"
            | b"plants"
            | b"photosynthesis"
            | b"receptor"
            | b"receptors"
            | b"domain"
            | b"domains"
            | b"protein"
            | b"proteins"
            | b"bomber"
            | b"bombers"
            | b"jet"
            | b"jets"
            | b"engine"
            | b"engines"
            | b"car"
            | b"cars"
            | b"key"
            | b"keys"
            | b"cell"
            | b"cells"
            | b"column"
            | b"row"
            | b"chip"
            | b"chips"
            | b"processor"
            | b"team"
            | b"race"
            | b"races"
            | b"racing"
            | b"summit"
            | b"road"
            | b"motorway"
            | b"highway"
            | b"grade"
            | b"rating"
            | b"visa"
            | b"form"
            | b"forms"
            | b"model"
            | b"class"
            | b"standard"
            | b"connector"
            | b"cable"
            | b"deficiency"
            | b"supplement"
            | b"supplements"
            | b"levels"
            | b"injection"
            | b"injections"
            | b"sauce"
            | b"drive"
            | b"lymphocytes"
            | b"count"
            | b"mutation"
            | b"gene"
            | b"inhibitor"
            | b"pathway"
            | b"cluster"
            | b"hybrids"
            | b"generation"
            | b"offspring"
            | b"bus"
            | b"bucket"
            | b"buckets"
            | b"mask"
            | b"masks"
            | b"rocket"
            | b"rockets"
            | b"tank"
            | b"tanks"
            | b"printer"
            | b"printers"
            | b"folder"
            | b"binder"
            | b"driver"
            | b"drivers"
            | b"grand"
            | b"prix"
            | b"championship"
    )
}

/// Words before `a/b` that make it a score or a date: `scored 7/10`, `on 9/11`.
pub fn names_score_or_date_before(w: &[u8]) -> bool {
    matches!(
        w,
        b"scored"
            | b"score"
            | b"scores"
            | b"rated"
            | b"rating"
            | b"got"
            | b"gets"
            | b"on"
            | b"dated"
            | b"since"
            | b"until"
            | b"by"
            | b"before"
            | b"after"
    )
}

/// Words after which a time-of-day follows: `at 5 pm`.
pub fn time_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"at"
            | b"by"
            | b"until"
            | b"till"
            | b"before"
            | b"after"
            | b"from"
            | b"to"
            | b"around"
            | b"about"
            | b"since"
            | b"past"
    )
}

/// Nouns after `4K`/`8K` etc. that make it a resolution, not kelvins.
pub fn names_resolution_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"display"
            | b"displays"
            | b"video"
            | b"videos"
            | b"resolution"
            | b"monitor"
            | b"monitors"
            | b"tv"
            | b"tvs"
            | b"screen"
            | b"screens"
            | b"camera"
            | b"cameras"
            | b"stream"
            | b"streaming"
            | b"footage"
            | b"users"
            | b"followers"
            | b"views"
            | b"downloads"
            | b"network"
            | b"networks"
            | b"phone"
            | b"phones"
    )
}

/// Words that name an element as a substance after a lone symbol: `He gas`, `C atoms`.
pub fn names_element_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"atom"
            | b"atoms"
            | b"ion"
            | b"ions"
            | b"gas"
            | b"isotope"
            | b"isotopes"
            | b"nucleus"
            | b"nuclei"
            | b"radical"
            | b"radicals"
            | b"level"
            | b"levels"
            | b"poisoning"
            | b"emissions"
            | b"concentration"
            | b"concentrations"
            | b"content"
            | b"dopant"
            | b"doping"
            | b"electrode"
            | b"electrodes"
            | b"plating"
            | b"wire"
            | b"foil"
            | b"powder"
            | b"metal"
            | b"alloy"
            | b"ore"
            | b"oxide"
    )
}

/// Math cue right before a bracketed list or an unspaced difference: `v = [1, 2]`,
/// `the vector [1, 2]`, `compute 12-7`.
pub fn math_lead_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"vector"
            | b"vectors"
            | b"point"
            | b"points"
            | b"of"
            | b"and"
            | b"is"
            | b"are"
            | b"be"
            | b"from"
            | b"to"
            | b"by"
            | b"with"
            | b"compute"
            | b"calculate"
            | b"evaluate"
            | b"simplify"
            | b"array"
            | b"coordinates"
            | b"position"
            | b"direction"
            | b"velocity"
            | b"gives"
            | b"returns"
            | b"yields"
            | b"equals"
            | b"becomes"
            | b"at"
            | b"onto"
            | b"minus"
            | b"plus"
            | b"add"
            | b"adding"
            | b"added"
            | b"subtract"
            | b"subtracting"
            | b"multiply"
            | b"multiplying"
            | b"rotate"
            | b"rotating"
            | b"normalize"
            | b"normalise"
            | b"mean"
            | b"sum"
            | b"average"
            | b"scale"
            | b"scaling"
            | b"give"
            | b"list"
            | b"set"
            | b"sequence"
    )
}

/// Words before a two-number bracket that make it an interval: `on [0, 1]`, `in [-1, 1]`.
pub fn interval_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"interval" | b"intervals" | b"range" | b"in" | b"on" | b"over" | b"within" | b"domain"
    )
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
        assert_eq!(cue_of(b"oxidizing"), CHEM);
        assert_eq!(cue_of(b"oscillating"), PHYS);
        assert_eq!(cue_of(b"the"), 0);
        assert_eq!(cue_of_letters(b"Oxidizing"), CHEM);
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
