//! Word-initial candidates: FORMULA, PITCH and DNA.
//!
//! A capitalised word may be all three (`C4` is carbon-4 and a pitch; `CCCCCCCC` a formula
//! and a sequence); each shape becomes an alternative and the priority order picks among the
//! ones whose context holds. Shape classes decide how much context a candidate needs:
//! `H2O`, `Ca(OH)2`, `C#5`, `ATGCGTACGT` need none; `NaCl`, `O2`, `A4`, `CO` need a
//! chemistry or music context; acronyms (`NASA`, `UV`, `US`), names (`H1N1`, `Y2K`,
//! `COVID-19`, `vitamin B12`, `A4 paper`) are refused.
//!
//! The spellings these rules single out (acronyms that parse as formulas, common formulas that
//! need no context, element symbols that are words) are lists in `vocab/`: `not_formulas.txt`,
//! `formulas_*.txt`, `symbols_wordlike.txt`.

use super::context::{self, Need, BIO, CHEM, CHEM_FIRM, MATH, MUSIC, PHYS};
use super::lex::{
    at_word_end, char_at, char_before, is_wordish, next_word, prev_word, skip_inline_spaces,
    skip_inline_spaces_back, word_end, WordAfter, WordBefore,
};
use super::lookalike;
use super::probe;
use super::scan::Scanner;
use super::vocab;
use crate::domains::formula::lookup;
use crate::layout::Domain;

/// Bytes a formula probe may read.
pub const MAX_FORMULA_BYTES: usize = 64;
/// Largest element count in a formula span (larger counts are codes: `CO2024`).
pub const MAX_COUNT: u64 = 200;
/// Shortest nucleotide run that is a DNA span.
pub const MIN_DNA: usize = 8;

/// Structural features of a formula's text (its charge stripped).
#[derive(Debug, Default)]
struct Shape {
    tokens: u32,
    has_digit: bool,
    has_lower: bool,
    has_group: bool,
    explicit_one: bool,
    /// An element symbol written without a count (`H2O` has one; `H2O1` has none).
    uncounted: bool,
    /// Largest count written (`CO2024` has 2024: a code, not a formula).
    max_count: u64,
    has_c: bool,
    has_h: bool,
    o_with_count: bool,
    /// Atoms of C and of H, and whether any other symbol is written (a hydrocarbon's H count
    /// is at most 2C + 2, one more for an ion like CH5+).
    c_atoms: u64,
    h_atoms: u64,
    other_symbol: bool,
    /// `lookalike::symbols(core)`, read in the same walk (None: a byte that is no element
    /// symbol or count, or a symbol no element has).
    symbols: Option<lookalike::Symbols>,
}

impl Shape {
    /// `CH4`, `C6H12O6`: C and H with counts, a hydrocarbon's valence allows (`CH16`, a
    /// product name, is no molecule).
    /// `C47H83N1O8P1`, `H2O1`: every symbol counted, as programs write Hill formulas, and
    /// one count above 1; names with a 1 (`H1N1`, `S1P1`, `F1`) have no such shape.
    fn fully_counted(&self, core: &[u8]) -> bool {
        // H then N: `H1N1`, `H5N1`, influenza subtypes
        let flu = self.tokens == 2
            && core[0] == b'H'
            && core[1..].iter().find(|c| !c.is_ascii_digit()) == Some(&b'N');
        self.tokens >= 2 && !self.uncounted && !self.has_group && self.max_count >= 2 && !flu
    }

    fn clearly_organic(&self) -> bool {
        self.has_c
            && self.has_h
            && self.has_digit
            && (self.other_symbol || self.h_atoms <= 2 * self.c_atoms + 3)
    }
}

/// Whether `core` is two symbols without counts, a halogen (`F`, `Cl`, `Br`, `I`) after an
/// element that is not monovalent (`InF`, `AlCl`, `FeBr`, `CaF`): not hydrogen, an alkali metal,
/// copper, silver, gold, thallium or another halogen (`HCl`, `CsI`, `AgBr`, `TlCl`, `BrF`).
fn polyvalent_halide(core: &[u8]) -> bool {
    let split = 1 + usize::from(core.get(1).is_some_and(u8::is_ascii_lowercase));
    let (first, second) = core.split_at(split.min(core.len()));
    matches!(second, b"F" | b"Cl" | b"Br" | b"I")
        && !matches!(
            first,
            b"H" | b"Li"
                | b"Na"
                | b"K"
                | b"Rb"
                | b"Cs"
                | b"Cu"
                | b"Ag"
                | b"Au"
                | b"Tl"
                | b"F"
                | b"Cl"
                | b"Br"
                | b"I"
        )
}

/// Whether `core` starts with oxygen and a count followed by a symbol that sorts before `O`
/// and is not `F` (`O2I`, `O3N2`, `O2C`): no formula writes oxygen first there. Oxides put
/// oxygen last (`NO2`, `I2O5`) or before fluorine only (`O2F2`), and Hill order puts the other
/// elements alphabetically, so only symbols after `O` follow it (`O2S`, `O4P`).
fn oxygen_first_out_of_order(core: &[u8]) -> bool {
    let [b'O', rest @ ..] = core else {
        return false;
    };
    let d = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    d > 0
        && rest
            .get(d)
            .is_some_and(|&c| c.is_ascii_uppercase() && c < b'O' && c != b'F')
}

fn shape_of(core: &[u8]) -> Shape {
    let mut sh = Shape::default();
    // `lookalike::symbols(core)`, as plain fields: whether every byte was read as a symbol
    // (all known) or a count, the first symbol with its count, the largest Z
    let (mut all_symbols, mut first, mut max_z) = (true, (0u8, 0u64), 0u8);
    let mut k = 0;
    while k < core.len() {
        let c = core[k];
        if c.is_ascii_uppercase() {
            sh.tokens += 1;
            let mut j = k + 1;
            let lower = j < core.len() && core[j].is_ascii_lowercase();
            if lower {
                sh.has_lower = true;
                j += 1;
            }
            let z = lookup(c, if lower { Some(core[k + 1]) } else { None });
            // the symbol's letter when it is one letter (`C`, `H`, `O`), else 0
            let single = if lower { 0 } else { c };
            let d0 = j;
            let mut n = 0u64;
            while j < core.len() && core[j].is_ascii_digit() {
                n = n
                    .saturating_mul(10)
                    .saturating_add(u64::from(core[j] & 0x0f));
                j += 1;
            }
            let counted = j > d0;
            let atoms = if counted { n } else { 1 };
            match z {
                Some(z) => {
                    if sh.tokens == 1 {
                        first = (z, atoms);
                    }
                    max_z = max_z.max(z);
                }
                None => all_symbols = false,
            }
            match single {
                b'C' => {
                    sh.has_c = true;
                    sh.c_atoms = sh.c_atoms.saturating_add(atoms);
                }
                b'H' => {
                    sh.has_h = true;
                    sh.h_atoms = sh.h_atoms.saturating_add(atoms);
                }
                _ => sh.other_symbol = true,
            }
            sh.uncounted |= !counted;
            if counted {
                sh.has_digit = true;
                sh.max_count = sh.max_count.max(n);
                sh.o_with_count |= single == b'O';
                sh.explicit_one |= j == d0 + 1 && core[d0] == b'1';
            }
            k = j;
        } else {
            if c.is_ascii_digit() {
                sh.has_digit = true;
            } else {
                sh.has_group = true;
            }
            sh.other_symbol = true; // a group's multiplier or content: not a plain CxHy
            all_symbols = false;
            k += 1;
        }
    }
    sh.symbols = all_symbols.then_some(lookalike::Symbols {
        len: sh.tokens as usize,
        first,
        max_z,
    });
    sh
}

/// The formula text without its charge (`SO4^2-` -> `SO4`, `Fe3+` -> `Fe3`, `NH4+` -> `NH4`).
/// `He-4`, `C-14`, `U-235`: one element symbol, a hyphen and a number at least its atomic
/// number is a mass number (`O-2`, `Cl-1` stay charges).
fn isotope_by_mass_number(text: &str) -> bool {
    let Some((sym, n)) = text.split_once('-') else {
        return false;
    };
    let (Some(z), Ok(a)) = (
        crate::domains::formula::lookup_symbol(sym),
        n.parse::<u32>(),
    ) else {
        return false;
    };
    !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && a >= u32::from(z)
}

/// `Fe3+`, `Al3+`, `Fe^3+`, `Na+`, `O2-`, `Cl-`: a lone element with the charge an ion of it
/// takes, an ion in any sentence: a metal with `+` and a charge number of 1 to 7 (or a
/// two-letter metal that is no word, with `+` alone), O, S, N, P, Se, Te with 2 or 3 and `-`,
/// or Cl, Br with `-` alone; PHREEQC's sign before the number too (`Ca+2`, `Cl-1`). `S4+` (a
/// permutation group), `C2-` (a plot format), `B+` (a grade) and `He+` stay context-bound.
fn ion_with_charge(text: &str, core: &str) -> bool {
    let t = text.as_bytes();
    let (c, sign, sign_first) = match t {
        [head @ .., s @ (b'+' | b'-'), d @ b'1'..=b'7']
            if (1..=2).contains(&head.len()) && head.iter().all(u8::is_ascii_alphabetic) =>
        {
            (head, *s, Some(d - b'0'))
        }
        _ => (core.as_bytes(), t.last().copied().unwrap_or(0), None),
    };
    let letters = if c.get(1).is_some_and(u8::is_ascii_lowercase) {
        2
    } else {
        1
    };
    let Some(z) = lookup(c[0], (letters == 2).then(|| c[1])) else {
        return false;
    };
    // the charge number: the digits after the symbol, before or after `^` (one at most)
    let charge = match sign_first {
        Some(q) if c.len() == letters => q,
        Some(_) => return false,
        None => {
            let mut digits = c[letters..]
                .iter()
                .chain(&t[c.len()..])
                .filter(|d| d.is_ascii_digit());
            match (digits.next(), digits.next()) {
                (None, _) => 0,
                (Some(d), None) => d - b'0',
                _ => return false,
            }
        }
    };
    let nonmetal = matches!(z, 1 | 2 | 5..=10 | 14..=18 | 33..=36 | 52..=54 | 85 | 86);
    match sign {
        b'+' => {
            !nonmetal
                && if charge == 0 {
                    letters == 2 && !vocab::symbols_wordlike(&c[..2])
                } else {
                    charge <= 7
                }
        }
        b'-' => {
            (matches!(z, 7 | 8 | 15 | 16 | 34 | 52) && matches!(charge, 2 | 3))
                || (matches!(z, 17 | 35) && matches!(charge, 0 | 1))
        }
        _ => false,
    }
}

/// Why a formula-shaped word (`core`, its charge stripped; `sh` its shape) is a code or a
/// name by its shape alone, or None.
fn code_shape(sh: &Shape, core: &str) -> Option<&'static str> {
    if sh.max_count > MAX_COUNT {
        return Some("count too large for a formula (a code like CO2024)");
    }
    if sh.tokens == 2 && sh.has_h && sh.h_atoms > 6 && sh.uncounted && !sh.has_group {
        // `PH12`, `NH10`: no single atom holds more than six hydrogens (an author-year
        // code, `data from PH12`); `CH16` is caught by the hydrocarbons' valence
        return Some("one atom with more than six hydrogens (PH12): a code, no compound");
    }
    if core.starts_with("No")
        && core.as_bytes().get(2).is_some_and(u8::is_ascii_uppercase)
        && !sh.has_digit
    {
        // `the NoCr sub-API`, `NoH`: CamelCase "no Cr"; nobelium forms no such compounds
        return Some("a name opening with No (NoCr: no chromium), not nobelium");
    }
    if sh.explicit_one && !sh.fully_counted(core.as_bytes()) {
        return Some("explicit count 1 (H1N1, F1): a name");
    }
    None
}

fn core_of(f: &str) -> &str {
    // bytes, not chars: `^`, `+` and `-` are ASCII, so every cut is at a char boundary (a
    // char searcher cost more than the few bytes of a formula)
    let b = f.as_bytes();
    let mut end = b.iter().position(|&c| c == b'^').unwrap_or(b.len());
    while end > 0 && matches!(b[end - 1], b'+' | b'-') {
        end -= 1;
    }
    &f[..end]
}

impl Scanner<'_> {
    /// `push`, out of line and cold: the rare candidates below (a nucleotide run, a listed
    /// isotopic formula, an adduct) make one call instead of a copy of its Vec push each.
    #[cold]
    #[inline(never)]
    fn push_out_of_line(
        &mut self,
        start: usize,
        end: usize,
        domain: Domain,
        need: Need,
        rule: &'static str,
    ) {
        self.push(start, end, domain, need, rule);
    }

    /// A capitalised word at `i` (after a digit coefficient when `coef`, as in `2H2O`).
    /// `C4'`, `O3′`: an atom or position name with a prime (nucleotide atoms, `5′ end`) is a
    /// label, not a formula or a pitch. A quote that opens before the word (`'H2O'`) and a
    /// possessive (`H2O's`) are no prime. Returns where the scan continues.
    fn primed_label(&mut self, i: usize, wend: usize) -> Option<usize> {
        let s = self.s;
        let prime = match char_at(s, wend)? {
            '\u{2032}' => true,
            '\'' => {
                !matches!(char_before(s, i), Some('\'' | '\u{2018}'))
                    && !char_at(s, wend + 1).is_some_and(char::is_alphanumeric)
                    && !self.quote_opened_before(i)
            }
            _ => false,
        };
        if !prime || !self.b[i..wend].iter().any(u8::is_ascii_digit) {
            return None;
        }
        let end = wend + char_at(s, wend)?.len_utf8();
        self.refuse(
            i,
            end,
            Domain::Formula,
            "atom or position name with a prime (C4', O3')",
        );
        Some(end)
    }

    /// `('CO2 = CO2')`: the nearest `'` within 48 bytes before `i` opens a quotation (it
    /// follows a space or an opening bracket), so a `'` after the word closes it, no prime.
    fn quote_opened_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(48);
        self.b[lo..i]
            .iter()
            .rposition(|&c| c == b'\'')
            .is_some_and(|q| {
                let q = lo + q;
                q == 0 || matches!(self.b[q - 1], b' ' | b'(' | b'[' | b'=' | b',')
            })
    }

    /// `cosine-sine (CS)`, `mass spectrometry (MS)`: capitals in parentheses spelled by the
    /// initials of the words just before them are an acronym being defined, not a formula;
    /// unless one of those words is a chemistry cue (`nitric oxide (NO)`, `hydrogen fluoride
    /// (HF)` define formulas). Reads at most six words back.
    fn defined_acronym(&mut self, i: usize, wend: usize) -> bool {
        let (s, b) = (self.s, self.b);
        // the initials, then a level or order the words leave out (`coupled-cluster (CC2)`)
        let n = b[i..wend]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(2..=6).contains(&n)
            || char_before(s, i) != Some('(')
            || b.get(wend) != Some(&b')')
            || !b[i + n..wend].iter().all(u8::is_ascii_digit)
            || wend - i - n > 2
        {
            return false;
        }
        // the n words before `(`, last first, split at spaces and hyphens
        let mut k = i - 1;
        for letter in b[i..i + n].iter().rev() {
            while k > 0 && matches!(b[k - 1], b' ' | b'-') {
                k -= 1;
            }
            let end = k;
            while k > 0 && b[k - 1].is_ascii_alphabetic() && end - k < 24 {
                k -= 1;
            }
            if k == end || !b[k].eq_ignore_ascii_case(letter) {
                return false;
            }
            let mut word = [0u8; 24];
            for (d, c) in word.iter_mut().zip(&b[k..end]) {
                *d = c.to_ascii_lowercase();
            }
            if context::cue_of(&word[..end - k]) & context::CHEM != 0 {
                return false;
            }
        }
        self.refuse(
            i,
            wend,
            Domain::Formula,
            "acronym defined by the words before it (cosine-sine (CS))",
        );
        true
    }

    /// `H2O-CO2 fluid`, `CO2-H2O`, `Na2O-K2O-CaO-MgO-FeO-Fe2O3`, `FeO-Fe2O3-TiO2`: a mixture or
    /// an oxide system written with hyphens between formulas; the word is a formula too, not
    /// the tail of a name (`SARS-CoV-2`). `i` is right after a hyphen, `wend` the end of this
    /// word. Every member of the chain (at most `MAX_CHAIN` each way, each one word) must be
    /// element symbols with counts, two of them with a count at least (the previous one and
    /// this one, for a pair).
    fn formula_pair_before(&self, i: usize, wend: usize) -> bool {
        const MAX_CHAIN: usize = 12;
        let b = self.b;
        if self.element_compound_pair(i, wend) {
            return true;
        }
        let member = |w: &[u8]| {
            !w.is_empty()
                && w[0].is_ascii_uppercase()
                && w.iter().all(u8::is_ascii_alphanumeric)
                && symbols_ok(w)
        };
        // a counted formula, or a compound of two symbols or more with a lowercase letter
        // (`NaCl` in `CO2-NaCl`): one of a pair of chemicals
        let counted = |w: &[u8]| {
            w.iter().any(u8::is_ascii_digit)
                || (w.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
                    && w.iter().any(u8::is_ascii_lowercase))
        };
        if !member(&b[i..wend]) {
            return false;
        }
        let digit = |w: &[u8]| w.iter().any(u8::is_ascii_digit);
        let mut with_counts = usize::from(counted(&b[i..wend]));
        let mut chain_has_digit = digit(&b[i..wend]);
        // back: every word before a hyphen is a member, up to the chain's start
        let mut e = i - 1;
        let mut members = 1;
        loop {
            let a = alnum_start(b, e);
            if !member(&b[a..e]) || members > MAX_CHAIN {
                return false;
            }
            members += 1;
            with_counts += usize::from(counted(&b[a..e]));
            chain_has_digit |= digit(&b[a..e]);
            if a == 0 || b[a - 1] != b'-' {
                if a > 0 && b[a - 1].is_ascii_alphanumeric() {
                    return false;
                }
                break;
            }
            e = a - 1;
        }
        // forward: members after a hyphen count too; the chain ends at anything else
        let mut k = wend;
        for _ in 0..MAX_CHAIN {
            if b.get(k) != Some(&b'-') || !b.get(k + 1).is_some_and(u8::is_ascii_uppercase) {
                break;
            }
            let e = alnum_end(b, k + 1);
            if !member(&b[k + 1..e]) {
                return false;
            }
            with_counts += usize::from(counted(&b[k + 1..e]));
            chain_has_digit |= digit(&b[k + 1..e]);
            k = e;
        }
        // so a pair (`H2O-CO2`, `CO2-NaCl`) needs both counted or mixed-case compounds, one
        // of them counted
        with_counts >= 2 && chain_has_digit
    }

    /// `Fe XII`, `He II`, `O III`: one element symbol, a space and a Roman numeral of capitals
    /// (`I` to `XXX`) standing as a word: an ion stage, as spectroscopy names ions and lines.
    fn ion_stage_after(&self, i: usize, end: usize) -> bool {
        let b = self.b;
        let symbol = end - i <= 2
            && b[i].is_ascii_uppercase()
            && (end - i == 1 || b[i + 1].is_ascii_lowercase());
        if !symbol || b.get(end) != Some(&b' ') {
            return false;
        }
        let n = b[end + 1..]
            .iter()
            .take(6)
            .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
            .count();
        (1..=5).contains(&n)
            && !b
                .get(end + 1 + n)
                .is_some_and(|c| c.is_ascii_alphanumeric())
    }

    /// `Li-Li2O`, `Si-SiO2`, `Cu2O-Cu`: an element and a compound of two or more elements that
    /// starts with it, joined by one hyphen (a phase boundary, an interface, a couple), the word
    /// at `i..wend` being either side. Both are chemicals.
    pub(super) fn element_compound_pair(&self, i: usize, wend: usize) -> bool {
        let b = self.b;
        let word = |a: usize, e: usize| a < e && b[a..e].iter().all(u8::is_ascii_alphanumeric);
        let (elem, comp) = if b.get(wend) == Some(&b'-') {
            ((i, wend), (wend + 1, alnum_end(b, wend + 1)))
        } else if i >= 2 && b[i - 1] == b'-' {
            ((alnum_start(b, i - 1), i - 1), (i, wend))
        } else {
            return false;
        };
        // the lone symbol may stand on either side: order the pair as (symbol, compound)
        let one_symbol = |(a, e): (usize, usize)| {
            e - a <= 2
                && b[a].is_ascii_uppercase()
                && (e - a == 1 || b[a + 1].is_ascii_lowercase())
                && symbols_ok(&b[a..e])
        };
        let (elem, comp) = if one_symbol(elem) {
            (elem, comp)
        } else {
            (comp, elem)
        };
        let (ea, ee) = elem;
        let (ca, ce) = comp;
        let n = ee - ea;
        // nothing else hyphenated on either end (`A-B-C` chains are read as chains)
        let lo = ea.min(ca);
        let hi = ee.max(ce);
        let alone = (lo == 0 || !matches!(b[lo - 1], b'-') && !b[lo - 1].is_ascii_alphanumeric())
            && !matches!(b.get(hi), Some(b'-'))
            && !b.get(hi).is_some_and(u8::is_ascii_alphanumeric);
        alone
            && one_symbol(elem)
            && word(ca, ce)
            && ce - ca > n
            && b[ca..ca + n] == b[ea..ee]
            && !b[ca + n].is_ascii_lowercase()
            && b[ca + n..ce].iter().any(u8::is_ascii_uppercase)
            // capitals only without a count (`W-WO`) is read as an acronym: no pair then
            && b[ca..ce].iter().any(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
            && symbols_ok(&b[ca..ce])
    }

    /// `m3/Mg`, `kg/Mg`: a unit that is no element symbol, then `/` right before `i`.
    fn unit_before_slash(&self, i: usize) -> bool {
        let b = self.b;
        if i < 2 || b[i - 1] != b'/' {
            return false;
        }
        let left = &self.s[alnum_start(b, i - 1)..i - 1];
        !left.is_empty()
            && left.as_bytes()[0].is_ascii_alphabetic()
            && crate::domains::formula::lookup_symbol(left).is_none()
            && probe::unit_len(left) == left.len()
    }

    /// `Mg/Ca`, `Fe/Mn`, `Ca/Sr`: two element symbols of two letters joined by `/`, one of
    /// them no word (`Ca`, `Co`, `In` alone are also words), name the ratio of the two elements
    /// (paleothermometry, water chemistry); the symbol at `i..end` is one of them. A third
    /// member (`Fe/Mn/Ca`) or a glued word makes it a path or a name.
    fn element_ratio(&self, i: usize, end: usize) -> bool {
        let b = self.b;
        let two = |a: usize| {
            b.get(a).is_some_and(u8::is_ascii_uppercase)
                && b.get(a + 1).is_some_and(u8::is_ascii_lowercase)
                && lookup(b[a], Some(b[a + 1])).is_some()
        };
        let outer =
            |k: Option<&u8>| !k.is_some_and(|&c| c.is_ascii_alphanumeric() || b"/.-_".contains(&c));
        if end != i + 2 || !two(i) {
            return false;
        }
        let (a, e) = if b.get(end) == Some(&b'/') {
            (i, end + 3)
        } else if i >= 3 && b[i - 1] == b'/' {
            (i - 3, end)
        } else {
            return false;
        };
        two(a)
            && two(e - 2)
            && outer(a.checked_sub(1).map(|k| &b[k]))
            && outer(b.get(e))
            && !(vocab::symbols_wordlike(&b[a..a + 2]) && vocab::symbols_wordlike(&b[e - 2..e]))
    }

    /// Whether the `of` before the word at `i` follows a unit or noun of an amount of
    /// substance (`kg of`, `mol of`: `vocab/amount_words_before_of.txt`).
    fn amount_before_of(&self, i: usize) -> bool {
        let of = skip_inline_spaces_back(self.s, i, 8).saturating_sub(2);
        let mut buf = [0u8; 24];
        vocab::amount_words_before_of(prev_word(self.s, of, &mut buf))
    }

    /// `(kg H2)/kWh`, `5 g O2`: a unit of an amount of substance written right before the
    /// element (`vocab/amount_words_before_of.txt`, as in `kg of H2`); a one-letter `g` only
    /// after a number (`e.g. H2` is no gram).
    fn amount_unit_before(&self, i: usize, before: &[u8]) -> bool {
        let stop = skip_inline_spaces_back(self.s, i, 8);
        if before.is_empty() || stop == i || !self.b[stop - 1].is_ascii_alphabetic() {
            return false;
        }
        let unit = stop - before.len();
        let counted = || {
            let k = skip_inline_spaces_back(self.s, unit, 8);
            k > 0 && self.b[k - 1].is_ascii_digit()
        };
        vocab::amount_words_before_of(before) && (before.len() > 1 || counted())
    }

    /// A capitalised word at `i` (after a digit coefficient when `coef`, as in `2H2O`); returns
    /// where the scan continues. Inlined into the scan loop, so that the words decided by
    /// their first letters do not enter the large function that reads every other shape.
    #[inline]
    pub(super) fn upper_word(&mut self, i: usize, coef: bool) -> usize {
        let wend = word_end(self.s, i);
        // `The`, `Water`: a capital and two lowercase letters is no formula (a symbol has at
        // most one lowercase letter), no pitch and no sequence. Most capitalised words stop here.
        let b = self.b;
        if !coef
            && wend >= i + 3
            && b[i + 1].is_ascii_lowercase()
            && b[i + 2].is_ascii_lowercase()
            && !matches!(b[i + 1], b'b' | b'x')
        {
            return wend;
        }
        // `We`, `It`, `If`, `To`: a capital and a lowercase letter that no element spells is
        // no formula (`symbols_ok` refuses it, and no isotopic formula is so spelled), no
        // pitch (no octave digit; `Bb`, `Ex` may open one) and no sequence; every other shape
        // test wants a digit, a second capital or a `(`. Only a refusal when tracing (a
        // hyphenated name's part) would differ, so tracing takes the long way.
        if !coef
            && wend == i + 2
            && b[i + 1].is_ascii_lowercase()
            && !matches!(b[i + 1], b'b' | b'x')
            && lookup(b[i], Some(b[i + 1])).is_none()
            && self.refusals.is_none()
        {
            return wend;
        }
        // `A mass`, `E is`: a lone capital that is no element symbol (nor `D`, `T`, which the
        // isotope tests read) before a space is no formula (`symbols_ok` refuses it, with no
        // reason kept), no pitch (no accidental or octave follows) and no sequence; tracing
        // takes the long way (a hyphenated name's part is refused there)
        if !coef
            && wend == i + 1
            && b.get(wend) == Some(&b' ')
            && !matches!(b[i], b'D' | b'T')
            && lookup(b[i], None).is_none()
            && self.refusals.is_none()
        {
            return wend;
        }
        self.word_shapes(i, wend, coef)
    }

    /// The FORMULA, PITCH and DNA readings of the capitalised word `i..wend`.
    #[inline(never)]
    fn word_shapes(&mut self, i: usize, wend: usize, coef: bool) -> usize {
        let s = self.s;
        if !coef {
            if let Some(end) = self.complexity_notation(i) {
                return end;
            }
            if let Some(end) = self.primed_label(i, wend) {
                return end;
            }
            if self.defined_acronym(i, wend) {
                return wend;
            }
        }
        let mut resume = wend;
        // `SARS-CoV-2`; not `alpha-Al2O3`, `beta-Sn` (a polymorph named before its formula),
        // nor `non-CO2`, `pre-H2O` (a prefix word before a formula), nor `O2-per-CO2` (a
        // joining word between two)
        let polymorph = i >= 1 && self.b[i - 1] == b'-' && {
            let mut buf = [0u8; 24];
            matches!(
                prev_word(s, i - 1, &mut buf),
                b"alpha"
                    | b"beta"
                    | b"gamma"
                    | b"delta"
                    | b"epsilon"
                    | b"kappa"
                    | b"theta"
                    | b"non"
                    | b"anti"
                    | b"pre"
                    | b"post"
                    | b"low"
                    | b"high"
                    | b"zero"
                    | b"ortho"
                    | b"para"
                    // `O2-per-CO2 ratios`, `CO2-by-CO2 covariance`, `CO-to-H2 factor`
                    | b"per"
                    | b"by"
                    | b"to"
                    | b"vs"
                    | b"versus"
            )
        };
        let hyphen_name = !coef
            && char_before(s, i) == Some('-')
            && i >= 1
            && char_before(s, i - 1).is_some_and(is_wordish)
            && !polymorph;
        if !coef && wend - i >= MIN_DNA {
            if let Some(need) = self.dna_need(i, wend) {
                self.push_out_of_line(i, wend, Domain::Dna, need, "run of nucleotide letters");
            }
        }
        // the word before `i`, read once for the pitch and the formula readings; the word
        // after the note is the word after the formula too when both end together (`F4`)
        let mut before = WordBefore::new(i);
        let mut after = WordAfter::new();
        if !coef && !hyphen_name && (b'A'..=b'G').contains(&self.b[i]) {
            if let Some(end) = self.pitch(i, &mut before, &mut after) {
                resume = resume.max(end);
            }
        }
        // `H2O-CO2 fluid`: only the formula reading, never a note (`C0-C2` are points)
        if !hyphen_name || self.formula_pair_before(i, wend) {
            if let Some(end) = self.formula(i, wend, coef, &mut before, &mut after) {
                resume = resume.max(end);
            }
        } else if wend > i {
            self.refuse(
                i,
                wend,
                Domain::Formula,
                "part of a hyphenated name (SARS-CoV-2)",
            );
        }
        resume
    }

    /// `In mass spectrometry, ...`, `As mass grows, ...`: `In`, `As` or `At` opening a sentence
    /// is the preposition (indium would be named: `Indium atoms`, `In atoms` mid-sentence).
    fn preposition_opening_sentence(&self, i: usize, core: &str) -> bool {
        matches!(core, "In" | "As" | "At")
            && i >= self.sent_start
            && i - self.sent_start <= 8
            && self.b[self.sent_start..i]
                .iter()
                .all(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'(' | b'*'))
    }

    /// A lowercase word: only a lowercase nucleotide run can be a span.
    pub(super) fn lower_word(&mut self, i: usize) -> usize {
        let wend = word_end(self.s, i);
        // a word whose second or third byte is no nucleotide letter (`compared`, `under`) is
        // no run (`dna_need` stops at the first such byte), decided without reading it all
        if wend - i >= MIN_DNA
            && matches!(self.b[i], b'a' | b'c' | b'g' | b't' | b'u' | b'n')
            && nucleotide(self.b[i + 1]) != Nucleotide::No
            && nucleotide(self.b[i + 2]) != Nucleotide::No
            && at_word_start_ascii(self.b, i)
        {
            if let Some(need) = self.dna_need(i, wend) {
                self.push_out_of_line(i, wend, Domain::Dna, need, "run of nucleotide letters");
            }
        }
        wend
    }

    /// Context a nucleotide word needs, or None when it is not one.
    fn dna_need(&self, i: usize, wend: usize) -> Option<Need> {
        let w = &self.b[i..wend];
        let (mut core, mut iupac, mut upper) = (0usize, 0usize, 0usize);
        for &c in w {
            match nucleotide(c) {
                Nucleotide::Base => core += 1,
                Nucleotide::Code => iupac += 1,
                Nucleotide::No => return None,
            }
            upper += usize::from(c.is_ascii_uppercase());
        }
        if iupac == 0 {
            if upper == w.len() || w.len() >= 12 {
                Some(Need::NONE)
            } else {
                Some(Need::any(BIO))
            }
        } else if core * 4 >= w.len() * 3 {
            Some(Need::any(BIO))
        } else {
            None
        }
    }

    /// Pitch shape at `i`: letter, accidental, octave; pushes a candidate, returns its end.
    fn pitch(&mut self, i: usize, before: &mut WordBefore, after: &mut WordAfter) -> Option<usize> {
        let s = self.s;
        let b = self.b;
        let mut j = i + 1;
        let mut accidental = true;
        let rest = &s[j..];
        if rest.starts_with("##") || (rest.starts_with("bb") && b.get(j + 2) != Some(&b'b')) {
            j += 2;
        } else if rest.starts_with('#') || rest.starts_with('b') || rest.starts_with('x') {
            j += 1;
        } else if let Some(c) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '\u{266f}' | '\u{266d}' | '\u{1d12a}' | '\u{1d12b}'))
        {
            j += c.len_utf8();
        } else {
            accidental = false;
        }
        let negative = b.get(j) == Some(&b'-');
        if negative {
            j += 1;
        }
        let d = *b.get(j)?;
        if !d.is_ascii_digit() || (negative && d != b'1') {
            return None;
        }
        j += 1;
        if !at_word_end(s, j) {
            return None;
        }
        if matches!(b.get(j), Some(b'.') | Some(b'-') | Some(b','))
            && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            return None; // `E3-ligase`, `A4.2`
        }
        if context::names_code_before(before.get(s)) {
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "code after a naming word (vitamin B12, cell A4)",
            );
            return Some(j);
        }
        if context::names_code_after(after.get(s, j)) {
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "code before a naming noun (A4 paper, F1 score)",
            );
            return Some(j);
        }
        // `a C1 parametric surface`, `smooth (C1) parametric surface`: a smoothness class (the
        // word after a `)` closing the code counts as the word after it)
        let smoothness = |w: &[u8]| vocab::smoothness_words_after(w);
        let paren_after = || {
            let mut buf = [0u8; 24];
            char_before(s, i) == Some('(')
                && b.get(j) == Some(&b')')
                && smoothness(next_word(s, j + 1, &mut buf))
        };
        if smoothness(after.get(s, j)) || paren_after() {
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "smoothness class before its object (a C1 parametric surface, C2 continuity)",
            );
            return Some(j);
        }
        if let Some(end) = self.chord_or_interval(i, j, before, after) {
            return Some(end);
        }
        if !accidental && self.named_scale_before(i) {
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "grade or table of a named scale (Projection Scale G2, Fujita Scale F5)",
            );
            return Some(j);
        }
        if equation_label_before(s, i) {
            // `Eq. (A1)`, `Equation B2`, `eqs. (C3)`: an equation of an appendix, numbered
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "equation number after an equation label (Eq. (A1))",
            );
            return Some(j);
        }
        if &b[i..j] == b"F0" {
            // audio's fundamental frequency; the note F0 lies below the piano's range
            self.refuse(i, j, Domain::Pitch, "fundamental frequency (F0)");
            return Some(j);
        }
        if let Some(why) = pitch_shaped_name(self.s, i, j) {
            self.refuse(i, j, Domain::Pitch, why);
            return Some(j);
        }
        if series_before_ellipsis(b, i, j) || next_member_before_ellipsis(b, i, j) {
            // `shape [B1, ..., Bb, n]`, `{D1, ..., Dk}`: the first members of an index series
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "first member of a series before an ellipsis (B1, ..., Bn)",
            );
            return Some(j);
        }
        if !accidental && index_letter_sibling(b, i, j) {
            // `broadcast(Bk, B1, B2)`: members of a series whose general term is `Bk`
            self.refuse(
                i,
                j,
                Domain::Pitch,
                "member of an indexed series beside its general term (Bk, B1, B2)",
            );
            return Some(j);
        }
        let strong = (accidental && !negative) || self.followed_by_hertz(j);
        let need = if strong { Need::NONE } else { Need::any(MUSIC) };
        let rule = if accidental {
            "note with accidental and octave"
        } else {
            "note letter and octave"
        };
        self.push(i, j, Domain::Pitch, need, rule);
        Some(j)
    }

    /// `the 2012 table and Projection Scale G2`, `an EF4 on the Enhanced Fujita Scale F5`,
    /// `Glasgow Coma Scale E4`: a letter-digit code one space after a capitalised `Scale`
    /// inside a sentence (a word of the same sentence before it) is a grade or a table of a
    /// named scale (mortality improvement, tornado, coma scales), not a note. `scale` is a
    /// music cue word, but running text writes a musical scale lowercase (`the scale C4 to
    /// C5` keeps its pitches); a sentence's first word may be an imperative (`Scale C4 ...`).
    /// Looks back at most one space, `Scale`, two spaces and one byte.
    fn named_scale_before(&self, i: usize) -> bool {
        let b = self.b;
        if i < 7 || b[i - 1] != b' ' || &b[i - 6..i - 1] != b"Scale" {
            return false;
        }
        let w = i - 6;
        if w <= self.sent_start || !matches!(b[w - 1], b' ' | b'\t') {
            return false;
        }
        let m = skip_inline_spaces_back(self.s, w, 2);
        m > self.sent_start && (b[m - 1].is_ascii_alphanumeric() || b[m - 1] == b')')
    }

    /// `A4 = 440 Hz`, `A4 at 440 Hz`: a pitch followed by its frequency.
    fn followed_by_hertz(&self, j: usize) -> bool {
        let end = (j + 24).min(self.b.len());
        let w = &self.b[j..end];
        let Some(eq) = w.iter().position(|&c| c != b' ') else {
            return false;
        };
        let rest = &w[eq..];
        let rest = if rest.starts_with(b"=") {
            &rest[1..]
        } else if rest.starts_with(b"at ") || rest.starts_with(b"is ") {
            &rest[3..]
        } else {
            return false;
        };
        let num = rest.trim_ascii_start();
        let digits = num
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'.')
            .count();
        digits > 0 && num[digits..].trim_ascii_start().starts_with(b"Hz")
    }

    /// `(NH4)2SO4`: a formula that opens with a group. Returns the resume position.
    pub(super) fn paren_formula(&mut self, i: usize) -> Option<usize> {
        if char_before(self.s, i).is_some_and(is_wordish) {
            return None;
        }
        let fl = self.formula_probe(i);
        let f = &self.s[i..i + fl];
        // `(NaCl)` is a parenthesised formula, not a group with a count; so is `(FP32) -`
        // with a sign after it (a dash in a list, never the group's charge)
        let signs = ['+', '-', '\u{2212}', '\u{207a}', '\u{207b}'];
        let uncharged = f
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .strip_suffix(signs)
            .map_or(f, |rest| rest.trim_end_matches([' ', '^']));
        if fl == 0 || !f.bytes().any(|c| c.is_ascii_digit()) || uncharged.ends_with(')') {
            return None;
        }
        let (mut before, mut after) = (WordBefore::new(i), WordAfter::new());
        self.formula(i, word_end(self.s, i), false, &mut before, &mut after)
    }

    /// Whether the word `b[i..wend]` is a lone symbol that is also a letter or word (`In`,
    /// `As`, `He`, `I`) between spaces with none of the cues that make the lone-symbol branch
    /// of `formula` keep it: that branch then refuses it, and so does every look-alike test
    /// before it, so deciding it here skips them (sentence-initial `In`, `As`, `At` are
    /// everywhere in prose), and so is a one-letter symbol before a sharp (`C#4`, `F#`: a
    /// note's letter). Not used when tracing, so `explain` still names the refusal.
    fn wordlike_symbol_stays_text(
        &self,
        i: usize,
        wend: usize,
        before: &mut WordBefore,
        after: &mut WordAfter,
    ) -> bool {
        let b = self.b;
        let w = &b[i..wend];
        let shape = match w {
            [_] => true,
            [_, l] => l.is_ascii_lowercase() && vocab::symbols_wordlike(w),
            _ => false,
        };
        // `C#4`, `F#`: a sharp after one letter, as a space, neither continues the formula
        // (the probe reads the letter alone) nor opens a group, charge, state or pair, so
        // only the cues below can keep it
        let sharp = w.len() == 1 && b.get(wend) == Some(&b'#');
        // (no word of `formulas_isotopic` is this short: a test checks, so it is not read)
        if !shape
            || !(i == 0 || matches!(b[i - 1], b' ' | b'\n'))
            || !(wend == b.len() || matches!(b[wend], b' ' | b',' | b'\n') || sharp)
        {
            return false;
        }
        let s = self.s;
        let core = &s[i..wend];
        let before = before.get(s);
        let after = after.get(s, wend);
        // the three list cues need a separator next to the word (`, ` `and` `or` `&`)
        let listed = lookalike::in_a_list(b, i, wend);
        let kept = self.after_element_name(i, core)
            || matches!(before, b"bcc" | b"fcc" | b"hcp")
            || context::names_element_after(after)
            || (listed
                && (self.list_before_element_noun(wend)
                    || self.listed_with_chemicals(i, wend)
                    || self.in_chemical_list(i, wend)))
            || self.after_atom_count(i)
            || self.in_formula_run(i, wend)
            || self.reaction_species(i, wend)
            || (before == b"of" && w.len() == 2)
            || (w.len() == 1
                && ((listed && self.organic_elements_list(i, wend))
                    || self.element_of_formula_before(i, wend).is_some()));
        !kept
    }

    fn formula_probe(&self, i: usize) -> usize {
        let s = self.s;
        let mut cap = (i + MAX_FORMULA_BYTES).min(s.len());
        while !s.is_char_boundary(cap) {
            cap -= 1;
        }
        probe::formula_len(&s[i..cap])
    }

    /// Formula shape at `i` (its word ends at `wend`); pushes a candidate (or records why
    /// not), returns its end.
    /// `before` is the word before `i` (shared with the pitch reading).
    fn formula(
        &mut self,
        i: usize,
        wend: usize,
        coef: bool,
        before: &mut WordBefore,
        after: &mut WordAfter,
    ) -> Option<usize> {
        let s = self.s;
        if !coef && vocab::formulas_isotopic(&self.b[i..wend]) {
            // `D2O`, `CDCl3`: the probe reads no D or T (labels far more often), the list does
            self.push_out_of_line(
                i,
                wend,
                Domain::Formula,
                Need::NONE,
                "deuterated or tritiated formula in the list (D2O, CDCl3)",
            );
            return Some(wend);
        }
        let isotope_ion = matches!(&self.b[i..wend], b"D" | b"T")
            && self.b.get(wend) == Some(&b'+')
            && !self.b.get(wend + 1).is_some_and(u8::is_ascii_alphanumeric);
        if !coef && isotope_ion && self.words_near(i, wend + 1, &["deuter", "tritium", "triton"]) {
            // `'D+'` for deuterium: the deuteron, named beside it
            self.push_out_of_line(
                i,
                wend + 1,
                Domain::Formula,
                Need::NONE,
                "deuteron or triton beside its name ('D+' for deuterium)",
            );
            return Some(wend + 1);
        }
        if !symbols_ok(&self.b[i..wend]) {
            return None; // `NASA`, `A4`, `It`: not element symbols with counts
        }
        if !coef
            && self.refusals.is_none()
            && self.wordlike_symbol_stays_text(i, wend, before, after)
        {
            return Some(wend); // `In this case`, `As expected`, `He showed`
        }
        let mut fl = if plain_formula_word(self.b, i, wend) {
            wend - i
        } else {
            self.formula_probe(i)
        };
        if fl == 0 {
            return None;
        }
        let mut end = i + space_cut(&s[i..i + fl]);
        fl = end - i;
        if !at_word_end(s, end) && matches!(self.b[end - 1], b'+' | b'-') {
            end -= 1; // `Cl-containing`: the hyphen is not a charge
            fl -= 1;
        }
        if fl == 0 || !at_word_end(s, end) {
            return None; // runs into a word: `NASA`, `Hello`, `H2Oxyz`
        }
        if self.b[end - 1].is_ascii_digit()
            && self.b.get(end) == Some(&b'.')
            && self.b.get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            let k = end
                + 1
                + self.b[end + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            if !self.b.get(k).is_some_and(u8::is_ascii_uppercase) {
                // `SSP2-4.5`, `Table S2.1`: the count runs on into a decimal (a scenario's or
                // a label's number); `CuSO4.5H2O` is a hydrate
                self.refuse(
                    i,
                    k,
                    Domain::Formula,
                    "count that runs into a decimal (SSP2-4.5, S2.1): a label",
                );
                return Some(k);
            }
        }
        // (the four are non-ASCII: an ASCII byte next rules them out without decoding a char)
        if self.b.get(end).is_some_and(|&c| c >= 0x80)
            && s[end..].starts_with(['\u{b7}', '\u{22c5}', '\u{2219}', '\u{2022}'])
        {
            // a hydrate part that did not parse (`Fe2O3·nH2O`): not a clean formula end
            self.refuse(
                i,
                end,
                Domain::Formula,
                "formula runs into a hydrate part that does not parse",
            );
            let sep = s[end..].chars().next().map_or(1, char::len_utf8);
            return Some(word_end(s, end + sep));
        }
        let text = &s[i..end];
        let core = core_of(text);
        // `core` is a prefix of `text`: shorter when a charge was cut off
        let charged = core.len() < text.len();
        if !coef && self.adduct_part(i, end) {
            // `[M+H-H2O]+`: the water lost is a species; the proton or sodium added is the
            // notation's adduct, not a substance in the text
            if crate::domains::formula::lookup_symbol(text).is_some() {
                let why = "the adduct in adduct notation ([M+H]+, [M+Na]+)";
                self.refuse(i, end, Domain::Formula, why);
            } else {
                let why = "a loss or an adduct of several atoms in adduct notation ([M+H-H2O]+)";
                self.push_out_of_line(i, end, Domain::Formula, Need::NONE, why);
            }
            return Some(end);
        }
        if !coef && spaced_formula_piece(self.b, i, end) {
            // `Li (NiMnCo) O2`: one formula written in pieces with spaces; a piece alone is
            // another substance, and the whole is no formula the grammar reads
            let why = "a piece of a formula written with spaces (Li (NiMnCo) O2)";
            self.refuse(i, end, Domain::Formula, why);
            return Some(end);
        }
        if !coef && self.starred_species(i, end) {
            let why = "species at a surface site in a list of starred ones (*COOH, *CO, *O)";
            self.push_out_of_line(i, end, Domain::Formula, Need::any(CHEM_FIRM), why);
            return Some(end);
        }
        if standard_part_number(self.b, i, end) {
            // `FIPS186-3`: capitals, a number of three digits or more and a part after a hyphen
            let stop = word_end(s, end);
            self.refuse(
                i,
                stop,
                Domain::Formula,
                "capitals, a number of 100 or more and a part (FIPS186-3): a standard's number",
            );
            return Some(stop);
        }
        if !coef
            && self.refusals.is_none()
            && text.len() >= 2
            && text.bytes().all(|c| c.is_ascii_uppercase())
            && !vocab::formulas_caps_no_count(text.as_bytes())
            && !self.in_formula_run(i, end)
            && !self.after_slash_of_compound(i)
        {
            // `CSV`, `CPU`, `SSH`: capitals only, no count, charge or group, and not a listed
            // compound (`CO`, `HF`) nor a member of a run of species (`TiO VO FeH`): every
            // test below can only refuse it ("capital-letter acronym" at the end), so it is
            // decided here (when tracing, `explain` takes the long way and names the refusal)
            return Some(end);
        }
        // the word before, read once: the label test here and the naming-word test below
        let word_before = before.get(s);
        // `Eq. S6`, `Eqs. A3`: an equation's label (`equation H2 + O2` stays chemistry)
        if matches!(word_before, b"eq" | b"eqs" | b"eqn" | b"eqns") {
            self.refuse(i, end, Domain::Formula, "an equation's label (Eq. S6)");
            return Some(end);
        }
        // `*N2*` (a parameter in emphasis), `N2 by 3 numpy array`: a dimension's name
        let emphasis = i > 0
            && self.b[i - 1] == b'*'
            && self.b.get(end) == Some(&b'*')
            && !(i > 1 && self.b[i - 2] == b'*');
        // (`CO2 by Duan and Sun`: a capitalised word after `by` is an author)
        let by_dimension = self.b[end..].starts_with(b" by ")
            && self.b.get(end + 4).is_some_and(|c| {
                c.is_ascii_digit()
                    || (c.is_ascii_uppercase()
                        && !self.b.get(end + 5).is_some_and(u8::is_ascii_lowercase))
            });
        // `shape(N2, D)`: the first dimension of a shape
        let shape_dimension = i > 0
            && self.b[i - 1] == b'('
            && (self.b[..i].ends_with(b"shape(") || self.b[..i].ends_with(b"shape ("));
        // `(N2, N_weights2)`: a tuple that opens with it and goes on with a snake_case name
        let tuple_of_names = i > 0 && matches!(self.b[i - 1], b'(' | b'[') && {
            let rest = &self.b[end..];
            let name = rest.strip_prefix(b", ").unwrap_or(&[]);
            let n = name
                .iter()
                .take(32)
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count();
            name[..n].contains(&b'_') && matches!(name.get(n), Some(b')' | b']' | b','))
        };
        if emphasis || by_dimension || shape_dimension || tuple_of_names {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "a dimension's name (*N2*, N2 by 3 array)",
            );
            return Some(end);
        }
        if self.b.get(skip_inline_spaces(s, end)) == Some(&b'=') && self.defined_by_words(end) {
            // `Ts= temperature (kelvin)`, `Ps = static pressure`: a variable defined in words
            self.refuse(
                i,
                end,
                Domain::Formula,
                "a name defined in words (Ts= temperature)",
            );
            return Some(end);
        }
        // model names are capitals and digits; `Fe2O3` beside `ABO3` stays a formula
        if text.bytes().any(|c| c.is_ascii_digit())
            && !text.bytes().any(|c| c.is_ascii_lowercase())
            && lookalike::in_a_list(self.b, i, end)
            && self.listed_with_codes(i, end)
        {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "in a list of model names with codes (TIP3P, SPCE, OPC3, FB3)",
            );
            return Some(end);
        }
        let tb = text.as_bytes();
        if (tb.get(1) == Some(&b'-') || tb.get(2) == Some(&b'-')) && isotope_by_mass_number(text) {
            // `He-4`, `C-14`: the encoder would read a charge (He with charge -4)
            self.refuse(
                i,
                end,
                Domain::Formula,
                "isotope named by its mass number (He-4, C-14), not a charge",
            );
            return Some(end);
        }
        if vocab::not_formulas(core.as_bytes()) {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "acronym or name that parses as a formula",
            );
            return Some(end);
        }
        if !charged
            && !matches!(self.b.get(end), Some(b'+' | b'-'))
            && citation_key(core.as_bytes())
        {
            // `following CW98`, `HP85`: a symbol, then one with a year-like count, is a
            // citation key or a product code (`SO42-` is sulfate with its charge)
            self.refuse(
                i,
                end,
                Domain::Formula,
                "citation key or code (CW98): one symbol beside a count of 20 or more",
            );
            return Some(end);
        }
        if !charged && lookalike::year_glued_to_formula(core.as_bytes()) {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "a model's name with its year glued on (H2O92), not a formula",
            );
            return Some(end);
        }
        let lead = self.b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if i > lead && self.b[i - lead - 1] == b']' {
            // `[13C]4H12N2`: what follows an isotope label is no formula of its own (the
            // label's count would be read as a coefficient)
            self.refuse(
                i,
                end,
                Domain::Formula,
                "after a bracketed isotope label ([13C]4H12N2)",
            );
            return Some(end);
        }
        let markup = |tag: &[u8]| {
            self.b
                .get(end..end + tag.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(tag))
        };
        if self.b.get(end) == Some(&b'<') && (markup(b"<sub>") || markup(b"<sup>")) {
            // `SiO<sub>2</sub>`: HTML subscripts cut the formula; its first part alone is
            // another compound (SiO, not SiO2)
            self.refuse(
                i,
                end,
                Domain::Formula,
                "a formula cut by HTML sub/sup markup (SiO<sub>2</sub>)",
            );
            return Some(end);
        }
        if matches!(super::lex::char_before(s, i), Some('\u{b0}' | '\u{ba}')) {
            // `[kPa °C-1]`: a degree sign makes the letters a temperature unit
            self.refuse(
                i,
                end,
                Domain::Formula,
                "a unit after a degree sign (°C-1, °F)",
            );
            return Some(end);
        }
        if self.ion_stage_after(i, end) {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "an element and its spectroscopic ion stage (Fe XII, He II): a line or ion name",
            );
            return Some(end);
        }
        if let Some(kind) = lookalike::chemical_notation(core) {
            let why = if kind == lookalike::ChemicalNotation::Smiles {
                "a symbol side by side with itself (BrCCBr): SMILES, which a formula would count"
            } else {
                // a ratio's name still says its sentence is chemistry (`Fe3Fe2 : melt
                // Fe3+/Fe2+`); `V2V`, `P2P` (one thing to another) say nothing
                if core.ends_with(|c: char| c.is_ascii_digit()) {
                    self.note_subject(Domain::Formula);
                }
                "one element's symbol repeated apart (Fe3Fe2, V2V): a name"
            };
            self.refuse(i, end, Domain::Formula, why);
            return Some(end);
        }
        let sh = shape_of(core.as_bytes());
        let by_shape = code_shape(&sh, core);
        // Not tracing, a refusal by shape or by a naming word is decided before the look-alike
        // tests: each of those only refuses the word too (returning `end`, with no other
        // effect), so the order changes nothing but the reason `explain` names, and `explain`
        // keeps it (`F1 score`, `vitamin B12` skip the look-alike tests).
        let fast = self.refusals.is_none();
        if fast && by_shape.is_some() {
            return Some(end);
        }
        let before = if coef { &[][..] } else { word_before };
        // `with formula C6H10O5`: a compound named as a formula (`formula E1` is a name)
        // `ppm (volume H2O/volume wet)`: a label word (`volume 6`, `Table 2`) names a number,
        // never one of the common formulas (a naming noun, `vitamin`, `cell`, still names)
        let common_after_label =
            || vocab::formulas_common_caps(core.as_bytes()) && !vocab::code_names_before(before);
        let named_before = context::names_code_before(before)
            && !(before == b"formula" && sh.tokens >= 2)
            && !common_after_label();
        let after = after.get(s, end);
        let element_after = context::names_element_after(after);
        let named_after = context::names_code_after(after);
        // `for CH4 set [1, 6]`: a hydrocarbon or a common formula is no code before a noun
        let weak_code = (sh.tokens == 1 || !sh.has_lower)
            && !(named_after
                && !named_before
                && (sh.clearly_organic()
                    || (sh.o_with_count && sh.tokens == 2) // `CO2 model`, not `NBO7`
                    || vocab::formulas_common_caps(core.as_bytes())));
        // an ion with its charge (`Fe3+ templates`) is no code name before a noun
        let ion = charged && text.ends_with(['+', '-']);
        // `in the form NH3+`: a charged formula of two symbols or more with a count is an ion
        // after a naming word too (`grade C+`, `vitamin B12` stay names)
        let counted_ion = ion && sh.tokens >= 2 && sh.has_digit;
        let named_code = weak_code
            && ((named_before && !counted_ion) || (named_after && !ion))
            && !element_after;
        if fast && named_code {
            return Some(end);
        }
        if let Some(why) = self
            .symmetry_group(i, end)
            .or_else(|| lookalike::code_name_of(text, core, sh.symbols))
            .or_else(|| lookalike::variable_expression(text))
            .or_else(|| self.code_series(i, end))
            .or_else(|| self.indexed_product(i, end))
            .or_else(|| self.quantity_in_parens(i, end))
            .or_else(|| self.unit_power_in_notation(i, end))
            .or_else(|| self.romance_function_word(i, end))
            .or_else(|| self.suffixed_stem(i, end))
            .or_else(|| self.roman_numeral_in_list(i, end))
            .or_else(|| self.spectral_ion(i, end))
            .or_else(|| self.qualified_name(i, end))
            .or_else(|| self.property_symbol(i, end))
            .or_else(|| self.quantity_symbol(i, end))
            .or_else(|| self.group_name(i, end))
            .or_else(|| self.sleep_stage(i, end))
            .or_else(|| self.gas_exchange_symbol(i, end))
        {
            self.refuse(i, end, Domain::Formula, why);
            return Some(end);
        }
        if let Some(why) = by_shape {
            self.refuse(i, end, Domain::Formula, why);
            return Some(end);
        }
        if named_code {
            self.refuse(
                i,
                end,
                Domain::Formula,
                "code next to a naming word (vitamin B12, CD4 count)",
            );
            return Some(end);
        }
        let in_code = char_before(s, i) == Some('`') && self.b.get(end) == Some(&b'`');
        if sh.tokens == 1 && !sh.has_digit && !charged && in_code {
            // `Tb`, `Tc` in inline code markup: a variable name (a formula in code markup
            // has counts or more than one symbol: ``H2O``)
            self.refuse(
                i,
                end,
                Domain::Formula,
                "lone symbol in code markup: an identifier",
            );
            return Some(end);
        }
        if sh.tokens == 1 && !sh.has_digit && !charged && self.unit_before_slash(i) {
            // `fgv (m3/Mg)`, `kg/Mg`: megagrams in a unit, not magnesium
            self.refuse(
                i,
                end,
                Domain::Formula,
                "symbol after a unit and a slash (m3/Mg): a unit",
            );
            return Some(end);
        }
        let (need, rule): (Option<Need>, &'static str) = if sh.tokens == 1 {
            if !sh.has_digit && !charged && self.after_element_name(i, core) {
                (
                    Some(Need::NONE),
                    "element symbol after its name: silicon (Si)",
                )
            } else if !sh.has_digit && !charged && matches!(before, b"bcc" | b"fcc" | b"hcp") {
                // `The BCC Mo pressure standard`, `fcc Ni`: a crystal lattice names a solid
                (
                    Some(Need::NONE),
                    "element after its crystal lattice: BCC Mo, fcc Ni",
                )
            } else if !sh.has_digit && !charged && self.element_ratio(i, end) {
                (
                    Some(Need::NONE),
                    "element in a ratio of two elements (Mg/Ca, Fe/Mn)",
                )
            } else if !sh.has_digit && !charged && self.element_compound_pair(i, end) {
                (
                    Some(Need::NONE),
                    "element beside a compound that starts with it (Li-Li2O, Si-SiO2)",
                )
            } else if !sh.has_digit
                && !charged
                && core.len() == 1
                && self.b.get(end) == Some(&b'-')
                && self.b[end + 1..]
                    .iter()
                    .take(3)
                    .filter(|c| c.is_ascii_alphabetic())
                    .count()
                    == 3
            {
                // `F-Gases`, `X-ray`, `T-cell`: the letter opens a hyphenated word
                (None, "a letter opening a hyphenated word (F-gases, T-cell)")
            } else if !sh.has_digit && !charged {
                let one_letter = core.len() == 1;
                let in_parens = char_before(s, i) == Some('(') && self.b.get(end) == Some(&b')');
                if one_letter || vocab::symbols_wordlike(core.as_bytes()) {
                    if element_after
                        && one_letter
                        && (vocab::count_words_before(before) || self.letter_in_product(i))
                    {
                        // `the first K atoms`, `with N atoms`: a count variable
                        self.refuse(
                            i,
                            end,
                            Domain::Formula,
                            "count variable before a noun of atoms (the first K atoms)",
                        );
                        return Some(end);
                    } else if core == "B" && after == b"atom" && self.count_before_singular(i) {
                        // `a 512 B atom`: a singular noun after a count is a compound noun
                        // (an atom of 512 bytes); boron would be `512 B atoms`
                        self.refuse(
                            i,
                            end,
                            Domain::Formula,
                            "B after a count before a singular noun (a 512 B atom): bytes",
                        );
                        return Some(end);
                    } else if (element_after && !self.preposition_opening_sentence(i, core))
                        || self.list_before_element_noun(end)
                    {
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "element symbol before atom/gas/ion (or a list of them before it)",
                        )
                    } else if self.listed_with_chemicals(i, end) || self.in_chemical_list(i, end) {
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "element symbol in a list of chemicals: O2, N2, Ar",
                        )
                    } else if one_letter && self.organic_elements_list(i, end) {
                        // letters named in mathematics (`the C, H, and O matrices`) are not
                        (
                            Some(Need {
                                veto: MATH,
                                unless: CHEM,
                                ..Need::NONE
                            }),
                            "one of the elements of organic matter listed: C, H, O and N",
                        )
                    } else if let Some(need) = one_letter
                        .then(|| self.element_of_formula_before(i, end))
                        .flatten()
                    {
                        (
                            Some(need),
                            "element a formula before it is counted as: N2O as N, CO2 (for C)",
                        )
                    } else if in_parens
                        && !one_letter
                        && i >= 2
                        && self.b[i - 2] == b' '
                        && probe::unit_len(core) == core.len()
                        && self.quantity_named_before(i - 1)
                    {
                        // `temperature (K) and pressure (Pa)`: the unit of the quantity
                        self.refuse(
                            i,
                            end,
                            Domain::Formula,
                            "unit in parentheses after its quantity: pressure (Pa)",
                        );
                        return Some(end);
                    } else if in_parens && !one_letter {
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "element symbol in parentheses: Helium (He)",
                        )
                    } else if core == "B"
                        && self.after_atom_count(i)
                        && !self.words_near(i, end, &["boron", "borid", "boran"])
                    {
                        // `16 B apart`, `a 512 B atom`: bytes, which the unit reader refuses
                        self.refuse(
                            i,
                            end,
                            Domain::Formula,
                            "B after a number: bytes, not boron",
                        );
                        return Some(end);
                    } else if self.after_atom_count(i) {
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "element symbol after a count of atoms (1 Li from LiFePO4)",
                        )
                    } else if self.reaction_species(i, end) {
                        // an arrow alone is only chemistry (`A -> B` maps types in code)
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "species in a reaction equation (C + O2 -> CO2)",
                        )
                    } else if before == b"of" && !one_letter {
                        (
                            Some(Need::any(CHEM_FIRM)),
                            "element symbol after `of`: 1 mol of Ar",
                        )
                    } else if lookalike::element_state_after(self.b, end) {
                        (
                            Some(Need::any(CHEM)),
                            "element symbol with its physical state: C(gr), Fe(cr), Hg(liq)",
                        )
                    } else if self.in_formula_run(i, end) {
                        (
                            Some(Need::NONE),
                            "member of a run of species separated by spaces (H2O CH4 ... K He)",
                        )
                    } else {
                        (None, "lone element symbol that is also a letter or word")
                    }
                } else if let Some(why) = self.indexed_name(i, end) {
                    self.refuse(i, end, Domain::Formula, why);
                    return Some(end);
                } else {
                    if self.listed_with_chemicals(i, end) || self.in_chemical_list(i, end) {
                        // `Kr, Xe and Rn`, `Mg, Ca, Br, F, As, Fe and B`: a list of chemicals
                        // makes its sentence chemical
                        self.note_compound(i, end);
                    }
                    (Some(Need::any(CHEM_FIRM)), "lone element symbol")
                }
            } else if vocab::formulas_elemental(core.as_bytes()) {
                (Some(Need::NONE), "elemental molecule")
            } else if charged
                && !(text.ends_with('-') && matches!(after, b"and" | b"or" | b"to" | b"through"))
                && ion_with_charge(text, core)
            {
                // an ion needs no context (`O2- and S2-based` are prefixes, not anions)
                (Some(Need::NONE), "ion with its charge (Fe3+, Na+, O2-)")
            } else if before == b"of" && self.amount_before_of(i) {
                (
                    Some(Need::NONE),
                    "element with count after an amount of it (per kg of H2)",
                )
            } else if self.amount_unit_before(i, before) {
                (
                    Some(Need::NONE),
                    "element with count after a unit of its amount (kg H2/kWh, 5 g O2)",
                )
            } else if vocab::substance_nouns_after(after) {
                (
                    Some(Need::NONE),
                    "element with count before a noun of a substance (H2 demand, N2 fixation)",
                )
            } else {
                (Some(Need::any(CHEM_FIRM)), "element with count or charge")
            }
        } else if !sh.has_digit && !sh.has_group && !charged {
            // a binary (`GaN`, `SiC`, `BN`) is named in materials and device physics as often
            // as in chemistry
            let binary = if sh.tokens == 2 { CHEM | PHYS } else { CHEM };
            if vocab::amount_nouns_after(after)
                && (sh.has_lower || vocab::formulas_caps_no_count(core.as_bytes()))
            {
                self.note_compound(i, end);
                (
                    Some(Need::NONE),
                    "compound before a noun of its amount (FeO contents, CO concentrations)",
                )
            } else if sh.has_lower && polyvalent_halide(core.as_bytes()) {
                // a halide without a count is a compound only of a monovalent element (`CsI`,
                // `LiF`, `AgCl` crystals): `InF`, `AlCl`, `FeBr` lack the count their
                // compounds have (InF3, AlCl3), so a weak cue (`lattice`, `crystal`) or physics
                // names none of them (`InF` is 3GPP's indoor factory)
                (
                    Some(Need::any(CHEM_FIRM)),
                    "halide without the count its compounds have (InF, AlCl)",
                )
            } else if sh.has_lower {
                self.note_compound(i, end);
                (Some(Need::any(binary)), "compound without counts")
            } else if vocab::formulas_caps_no_count(core.as_bytes())
                && self.listed_with_capital_codes(i, end)
            {
                (
                    None,
                    "capital letters among country or region codes (CH, DE, FR, AU)",
                )
            } else if vocab::formulas_caps_no_count(core.as_bytes()) {
                // `HF`, `NO`, `BN`, `CO` are also abbreviations and words (Hugging Face, batch
                // norm, `NO` shouted): firm chemistry, not physics; listed with another
                // compound (`GaN and BN`) it is one of two
                if self.listed_with_chemicals(i, end) {
                    self.note_compound(i, end);
                }
                (
                    Some(Need::any(CHEM_FIRM)),
                    "capital-letter compound without counts",
                )
            } else if self.in_formula_run(i, end) {
                (
                    Some(Need::NONE),
                    "member of a run of species separated by spaces (TiO VO FeH)",
                )
            } else if self.after_slash_of_compound(i) {
                (
                    Some(Need::any(binary)),
                    "the second of a pair of species after a slash (TiO/VO)",
                )
            } else {
                (None, "capital-letter acronym")
            }
        } else if !sh.has_lower && !sh.has_group {
            // oxygen with a count says oxide (`NO2`, `SO4`) only where the formula's order
            // allows it: `O2I` (outdoor-to-indoor), `O3N2` put a counted O first before a
            // symbol that neither convention (O last but before F) nor Hill order (the others
            // alphabetically, O before P and S) puts after it
            let chemical = vocab::formulas_common_caps(core.as_bytes())
                || sh.clearly_organic()
                || (sh.o_with_count && !oxygen_first_out_of_order(core.as_bytes()));
            if chemical {
                (Some(Need::NONE), "formula with counts")
            } else if self.b[..i].ends_with(b"_{") {
                // `f_{PU2S}`: a subscript's capitals name a term of the formula (a flux from
                // plant uptake to soil), not a compound
                (
                    None,
                    "capitals with counts as a LaTeX subscript (f_{PU2S}): a term's name",
                )
            } else {
                (
                    Some(Need::any(CHEM_FIRM)),
                    "capital letters with counts (CD4, PS4, H3N2)",
                )
            }
        } else {
            (Some(Need::NONE), "formula with counts or groups")
        };
        // a stoichiometric coefficient written against the formula belongs to it (`2Fe2O3`)
        let from = if coef {
            i - self.b[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count()
        } else {
            i
        };
        match need {
            Some(need) if untaken_charge(&self.b[end..]) => {
                // `Hg22+` (count or charge?), `Mg+2`, `SO4-2`: the part before the charge
                // would hand the model a neutral species; still, a formula that needs no
                // context makes its sentence chemical (`Ca2+ or Hg22+`)
                if need.is_none() {
                    self.note_subject(Domain::Formula);
                }
                self.refuse(
                    i,
                    end,
                    Domain::Formula,
                    "formula runs into a charge it does not read",
                );
            }
            Some(need) => self.push(from, end, Domain::Formula, need, rule),
            None => self.refuse(i, end, Domain::Formula, rule),
        }
        Some(end)
    }
}

impl Scanner<'_> {
    /// Whether `=` (not `==`) and then a lowercase word follow `end`: the word before is a
    /// variable defined in words (`Ts= temperature`).
    fn defined_by_words(&self, end: usize) -> bool {
        let b = self.b;
        let k = skip_inline_spaces(self.s, end);
        if b.get(k) != Some(&b'=') || b.get(k + 1) == Some(&b'=') {
            return false;
        }
        let w = skip_inline_spaces(self.s, k + 1);
        let n = b[w..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        n >= 3
            && !b
                .get(w + n)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'(')
    }

    /// Whether the one-letter symbol at `i` also stands in a product within 80 bytes (`N*3`,
    /// `3*N`, `N×3`): a count variable (`array of N atoms of shape N*3`).
    fn letter_in_product(&self, i: usize) -> bool {
        let b = self.b;
        let l = b[i];
        let (lo, hi) = (i.saturating_sub(80), (i + 80).min(b.len()));
        (lo..hi).any(|k| {
            k != i
                && b[k] == l
                && (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                && !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)
                && (b.get(k + 1) == Some(&b'*') || (k > 0 && b[k - 1] == b'*'))
        })
    }

    /// Whether the word before `at` names a physical quantity whose unit follows in
    /// parentheses (`pressure (Pa)`, `energy (eV)`).
    fn quantity_named_before(&self, at: usize) -> bool {
        matches!(
            prev_word(self.s, at, &mut [0u8; 24]),
            b"pressure" | b"temperature" | b"energy" | b"power" | b"time" | b"frequency"
        )
    }

    /// `silicon (Si)`, `Helium (He)`, `iron Fe`, `calcium to Ca`, `carbon to graphite (single
    /// C)`: a lone symbol with its own element name (in any case) among the four words before
    /// it in the same clause (only spaces, `(`, `)` and `,` between them) is named by the writer
    /// as the element. The American and older spellings of the table's names count too.
    pub(super) fn after_element_name(&self, i: usize, core: &str) -> bool {
        let Some(z) = crate::domains::formula::lookup_symbol(core) else {
            return false;
        };
        let name = crate::domains::formula::element(z).name;
        let b = self.b;
        let mut at = i;
        for _ in 0..4 {
            let mut k = at;
            while k > 0 && k + 8 > at && matches!(b[k - 1], b' ' | b'\t' | b'(' | b')' | b',') {
                k -= 1;
            }
            let n = b[..k]
                .iter()
                .rev()
                .take(24)
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            if n == 0 || k == at {
                return false;
            }
            let w = &b[k - n..k];
            let alias = match z {
                13 => &b"aluminum"[..],
                16 => b"sulphur",
                55 => b"cesium",
                _ => b"",
            };
            if w.eq_ignore_ascii_case(name.as_bytes()) || w.eq_ignore_ascii_case(alias) {
                return true;
            }
            at = k - n;
        }
        false
    }
}

/// Two capitals, the second with a count of 20 to 99 (`CW98`): no molecule has a bare atom
/// beside twenty or more of another.
fn citation_key(w: &[u8]) -> bool {
    matches!(w, [a, b, b'2'..=b'9', d] if a.is_ascii_uppercase() && b.is_ascii_uppercase() && d.is_ascii_digit())
}

/// What a byte is in a nucleotide run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Nucleotide {
    /// A, C, G, T, U in either case.
    Base,
    /// An ambiguity code: N or n, or R, Y, S, W, K, M, B, D, H, V in capitals.
    Code,
    /// Any other byte. A lowercase ambiguity code other than `n` is one too: `accuracy` (a, c,
    /// c, u, r, a, c, y) is English, not a sequence (lowercase sequences mask with `n`).
    No,
}

#[inline]
fn nucleotide(c: u8) -> Nucleotide {
    match c.to_ascii_uppercase() {
        b'A' | b'C' | b'G' | b'T' | b'U' => Nucleotide::Base,
        b'N' => Nucleotide::Code,
        b'R' | b'Y' | b'S' | b'W' | b'K' | b'M' | b'B' | b'D' | b'H' | b'V'
            if c.is_ascii_uppercase() =>
        {
            Nucleotide::Code
        }
        _ => Nucleotide::No,
    }
}

/// End of the run of ASCII letters and digits that starts at `k`, read at most one byte past the
/// longest formula (a bounded window: linear time however long the run).
fn alnum_end(b: &[u8], k: usize) -> usize {
    k + b[k..]
        .iter()
        .take(MAX_FORMULA_BYTES + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

/// Start of the run of ASCII letters and digits that ends at `e`, with the same bound.
fn alnum_start(b: &[u8], e: usize) -> usize {
    e - b[..e]
        .iter()
        .rev()
        .take(MAX_FORMULA_BYTES + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
}

/// Whether a word splits into element symbols with counts (`H2O`, `NaCl`, `Ca`), the only
/// shape a formula has up to its first group, hydrate or charge. A cheap filter before the
/// FORMULA probe; words with non-ASCII chars (`H₂O`) are left to the probe.
/// Whether `b[i..end]` is one of the three words of a formula written in pieces with spaces:
/// an element symbol, a group of two or more symbols in parentheses, and element symbols with
/// counts after it (`Li (NiMnCo) O2`, `Li (Ni0.8Co0.1Mn0.1) O2`). Reads at most three words of
/// at most 24 bytes each around the piece.
fn spaced_formula_piece(b: &[u8], i: usize, end: usize) -> bool {
    const MAX: usize = 24;
    let word = |a: usize| {
        b[a..]
            .iter()
            .take(MAX + 1)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.')
            .count()
    };
    let word_back = |z: usize| {
        b[..z]
            .iter()
            .rev()
            .take(MAX + 1)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.')
            .count()
    };
    // the symbols of a word, its decimal counts read as digits (`Ni0.8` as `Ni08`)
    let symbols = |w: &[u8]| {
        let mut buf = [0u8; MAX];
        let mut n = 0;
        for &c in w {
            if c != b'.' {
                buf[n] = c;
                n += 1;
            }
        }
        n > 0 && symbols_ok(&buf[..n])
    };
    let capitals = |w: &[u8]| w.iter().filter(|c| c.is_ascii_uppercase()).count();
    // the whole at the head symbol `h`: (head end, group start, group end, tail start, tail end)
    let whole = |h: usize| -> Option<[usize; 5]> {
        let he = h + word(h);
        let head = &b[h..he];
        if !(1..=2).contains(&head.len()) || !head.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        if !symbols(head) || (h > 0 && b[h - 1].is_ascii_alphanumeric()) {
            return None;
        }
        if b.get(he..he + 2) != Some(b" (") {
            return None;
        }
        let gs = he + 2;
        let gn = word(gs);
        let ge = gs + gn;
        if gn == 0 || gn > MAX || capitals(&b[gs..ge]) < 2 || !symbols(&b[gs..ge]) {
            return None;
        }
        if b.get(ge..ge + 2) != Some(b") ") {
            return None;
        }
        let ts = ge + 2;
        let tn = word(ts);
        let te = ts + tn;
        let tail = &b[ts..te];
        if tn == 0 || tn > MAX || !symbols(tail) || !tail.iter().any(u8::is_ascii_digit) {
            return None;
        }
        Some([he, gs, ge, ts, te])
    };
    let is = |h: usize| {
        whole(h).is_some_and(|w| {
            (h, w[0]) == (i, end) || (w[1], w[2]) == (i, end) || (w[3], w[4]) == (i, end)
        })
    };
    // `i` as the head, the group or the tail
    if is(i) {
        return true;
    }
    if i >= 4 && b[i - 1] == b'(' && b[i - 2] == b' ' {
        let n = word_back(i - 2);
        if (1..=2).contains(&n) && is(i - 2 - n) {
            return true;
        }
    }
    if i >= 8 && b[i - 1] == b' ' && b[i - 2] == b')' {
        let g = word_back(i - 2);
        let gs = i - 2 - g;
        if g > 0 && g <= MAX && gs >= 4 && b[gs - 1] == b'(' && b[gs - 2] == b' ' {
            let n = word_back(gs - 2);
            if (1..=2).contains(&n) && is(gs - 2 - n) {
                return true;
            }
        }
    }
    false
}

pub(super) fn symbols_ok(w: &[u8]) -> bool {
    if w.iter().any(|&c| c >= 0x80) {
        return true;
    }
    let mut k = 0;
    while k < w.len() {
        if !w[k].is_ascii_uppercase() {
            return false;
        }
        let mut j = k + 1;
        if j < w.len() && w[j].is_ascii_lowercase() {
            j += 1;
        }
        if lookup(w[k], (j == k + 2).then(|| w[k + 1])).is_none() {
            return false;
        }
        while j < w.len() && w[j].is_ascii_digit() {
            j += 1;
        }
        k = j;
    }
    true
}

/// Whether the word `b[i..wend]` (which passed `symbols_ok`) is, after `space_cut`, the whole
/// of what the FORMULA probe reads at `i`: ASCII element symbols with counts the grammar
/// takes (no leading 0, at most 18 digits), well inside the probe's window, followed by a
/// byte that cannot continue a formula (no group, separator, charge or subscript). A space
/// may only be followed by what `space_cut` cuts off. Decides `As`, `In`, `F1`, `COVID`,
/// `H2O` without running the probe; any other shape is left to it.
fn plain_formula_word(b: &[u8], i: usize, wend: usize) -> bool {
    if wend - i > MAX_FORMULA_BYTES / 2 {
        return false;
    }
    let mut k = i;
    while k < wend {
        let c = b[k];
        if c.is_ascii_digit() {
            let start = k;
            while k < wend && b[k].is_ascii_digit() {
                k += 1;
            }
            if c == b'0' || k - start > 18 {
                return false;
            }
        } else if c.is_ascii_alphabetic() {
            k += 1;
        } else {
            return false;
        }
    }
    match b.get(wend) {
        None => true,
        Some(b' ') => {
            let rest = b[wend..].iter().position(|&c| c != b' ');
            rest.is_none_or(|r| !matches!(b[wend + r], b'*' | 0x80..))
        }
        // `CuSO4.5H2O`, `MgNH4PO4:6H2O`: a hydrate separator when a digit follows
        Some(b'.' | b':') => !b.get(wend + 1).is_some_and(u8::is_ascii_digit),
        Some(c) => matches!(
            c,
            b',' | b';'
                | b'!'
                | b'?'
                | b')'
                | b']'
                | b'"'
                | b'\''
                | b'/'
                | b'='
                | b'\n'
                | b'\t'
                | b'\r'
        ),
    }
}

/// Whether `rest` (the text right after a formula) starts with a charge notation that the
/// formula did not take: `^...`, a sign not followed by a letter (`Hg22+`, `Mg+2`; `CO2-rich`
/// and `H2O+CO2` go on with a letter), a bracketed sign (`[-1]`, `[2+]`), the charge of an
/// enclosing bracket (`[Fe(CN)6]4-`), a minus sign or a superscript sign.
fn untaken_charge(rest: &[u8]) -> bool {
    match rest {
        [b'^', ..] => true,
        // a double hyphen is an en dash (`MgO--SiO2 phase diagram`), not a charge
        [b'-', b'-', next, ..] if next.is_ascii_uppercase() => false,
        [b'+' | b'-', next, ..] => !next.is_ascii_alphabetic(),
        [b'+' | b'-'] => true,
        [b'[', b'+' | b'-', ..] => true,
        // the charge of a group the formula sits in: `[Fe(CN)6]4-`
        [b']', tail @ ..] => {
            let k = tail.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(tail.get(k), Some(b'+' | b'-'))
                && !tail.get(k + 1).is_some_and(u8::is_ascii_alphanumeric)
        }
        [b'[', d, ..] if d.is_ascii_digit() => {
            let k = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(rest.get(1 + k), Some(b'+' | b'-'))
        }
        // U+2212 MINUS SIGN, U+207A/U+207B SUPERSCRIPT PLUS/MINUS
        [0xE2, 0x88, 0x92, ..] | [0xE2, 0x81, 0xBA | 0xBB, ..] => true,
        _ => false,
    }
}

/// `FIPS186-3`: the formula-shaped `b[i..end]` is capitals and digits only, ends in a number
/// of three digits or more (no formula's last count is that large in prose) and runs on into
/// `-` and a digit.
fn standard_part_number(b: &[u8], i: usize, end: usize) -> bool {
    // the probe may have read `-3` as a charge: the name ends at its first hyphen
    let k = i + b[i..end].iter().position(|&c| c == b'-').unwrap_or(end - i);
    // the part after the hyphen first: most words have none (the same test, cheapest first)
    if b.get(k) != Some(&b'-') || !b.get(k + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let w = &b[i..k];
    let run = w.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    run >= 3
        && w.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The formula text up to its first inline space, unless a hydrate separator follows the
/// space (`CuSO4 · 5H2O`). The FORMULA grammar reads ` 2-` after a space as a charge, which in
/// running text is more often an equation's `+` (`CH4 + 2 O2`).
fn space_cut(f: &str) -> usize {
    let b = f.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b' ' {
            let rest = f[k..].trim_start_matches(' ');
            if !rest.starts_with(['\u{b7}', '\u{22c5}', '\u{2219}', '\u{2022}', '*']) {
                return k;
            }
            k = f.len() - rest.len();
        } else {
            k += 1;
        }
    }
    f.len()
}

fn at_word_start_ascii(b: &[u8], i: usize) -> bool {
    i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] >= 0x80)
}

/// Whether the item ending at `j` opens an index series: a comma, an ellipsis, then the same
/// capital with a letter index (`B1, ..., Bb`, `D1, \dots, Dk`): a series' member, not a
/// value of its own, as when the list closes after the ellipsis (`[B1, ...]`); a range of
/// notes (`A0, ..., C8`, `C4, ..., C5`) ends on a note.
fn series_before_ellipsis(b: &[u8], i: usize, j: usize) -> bool {
    if b.get(j) != Some(&b',') {
        return false;
    }
    let spaces = |k: usize| {
        k + b[k.min(b.len())..]
            .iter()
            .take_while(|&&c| c == b' ')
            .count()
    };
    let k = spaces(j + 1);
    let rest = &b[k..];
    let dots = [
        &b"..."[..],
        b"..",
        "\u{2026}".as_bytes(),
        b"\\dots",
        b"\\ldots",
    ]
    .into_iter()
    .find(|d| rest.starts_with(d))
    .map_or(0, <[u8]>::len);
    if dots == 0 {
        return false;
    }
    let mut m = k + dots;
    if b.get(m) == Some(&b',') {
        m += 1;
    }
    let m = spaces(m);
    if matches!(b.get(m), None | Some(b']' | b'}' | b')')) {
        return true; // `shape [B1, ...]`: nothing ends the series
    }
    b.get(m) == Some(&b[i])
        && b.get(m + 1)
            .is_some_and(|&c| c.is_ascii_lowercase() || matches!(c, b'N' | b'K' | b'M'))
        && !b.get(m + 2).is_some_and(u8::is_ascii_alphanumeric)
}

/// `F1` in `[..., M, F1, F2, ...]`: the next comma-separated item is the same letter with
/// digits and itself opens an ellipsis.
fn next_member_before_ellipsis(b: &[u8], i: usize, j: usize) -> bool {
    if b.get(j) != Some(&b',') {
        return false;
    }
    let k = j + 1 + b[j + 1..].iter().take_while(|&&c| c == b' ').count();
    let digits = b[(k + 1).min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    b.get(k) == Some(&b[i]) && digits > 0 && series_before_ellipsis(b, k, k + 1 + digits)
}

/// Whether the same capital with an index letter (`Bk`, `Fi`, `Dn`: i, j, k, m, n) stands as
/// a word within 40 bytes of the pitch-shaped `i..j`: the general term of a series.
fn index_letter_sibling(b: &[u8], i: usize, j: usize) -> bool {
    let (lo, hi) = (i.saturating_sub(40), (j + 40).min(b.len()));
    super::lex::positions_of(b, lo, hi.saturating_sub(1), b[i]).any(|k| {
        matches!(b[k + 1], b'i' | b'j' | b'k' | b'm' | b'n')
            && (k == 0 || !b[k - 1].is_ascii_alphanumeric())
            && !b.get(k + 2).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Whether an equation label (`Eq.`, `Eqs.`, `Equation`, `equations`) stands right before
/// `i`, with at most one opening parenthesis between (`Eq. (A1)`, `Equation B2`): the word at
/// `i` numbers an equation. Bounded: `prev_word` reads back at most 40 bytes.
fn equation_label_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let k = skip_inline_spaces_back(s, i, 8);
    let k = if k > 0 && b[k - 1] == b'(' { k - 1 } else { k };
    matches!(
        prev_word(s, k, &mut [0u8; 24]),
        b"eq" | b"eqs" | b"equation" | b"equations"
    )
}

/// Why the pitch-shaped word `i..j` is a name, or None: a cell range (`A1:D5`), a symbol
/// defined with `=` as a name or an expression (`B1 = NaCl`, `D2 = 2 * D_diag`; a pitch's
/// number or frequency, `C#4 = 29`, `A4 = 440 Hz`, stays).
/// Whether the note-shaped code at `i..j` is glued by `*` or `/` to a name that is no
/// note: a word of letters, digits and underscores starting with a letter or `_`, not itself
/// note-shaped (`P_sep*B0/R0`, `B0*R_0`, `2*pi/G1`... `q/B0`, dev165: a field symbol in an
/// expression). A pair of notes (`C4/C5`) and a number (`A4*2`) stay. Reads at most 24 bytes
/// on each side.
fn symbol_operand_beside(b: &[u8], i: usize, j: usize) -> bool {
    let name = |w: &[u8]| {
        !w.is_empty()
            && (w[0].is_ascii_alphabetic() || w[0] == b'_')
            && !((2..=3).contains(&w.len())
                && (b'A'..=b'G').contains(&w[0])
                && w[w.len() - 1].is_ascii_digit()
                && (w.len() == 2 || w[1] == b'b'))
    };
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let before = i >= 2 && matches!(b[i - 1], b'*' | b'/') && {
        let floor = (i - 1).saturating_sub(24);
        let k = (floor..i - 1)
            .rev()
            .find(|&k| !word(&b[k]))
            .map_or(floor, |k| k + 1);
        name(&b[k..i - 1])
    };
    let after = matches!(b.get(j), Some(b'*' | b'/')) && {
        let end = (j + 25).min(b.len());
        let n = b[j + 1..end].iter().take_while(|c| word(c)).count();
        name(&b[j + 1..j + 1 + n])
    };
    before || after
}

fn pitch_shaped_name(s: &str, i: usize, j: usize) -> Option<&'static str> {
    let b = s.as_bytes();
    let cell_before =
        i >= 3 && b[i - 1] == b':' && b[i - 2].is_ascii_digit() && b[i - 3].is_ascii_uppercase();
    let cell_after = b.get(j) == Some(&b':')
        && b.get(j + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(j + 2).is_some_and(u8::is_ascii_digit);
    if cell_before || cell_after {
        return Some("spreadsheet cell range (A1:D5)");
    }
    if symbol_operand_beside(b, i, j) {
        return Some("a symbol glued by * or / to a name (P_sep*B0/R0)");
    }
    let k = skip_inline_spaces(s, j);
    if b.get(k) == Some(&b'=') && b.get(k + 1) != Some(&b'=') {
        // `B1 = NaCl`, `D2 = 2 * D_diag`: a name or an expression; `C#4 = 29`, `A4 = 440 Hz`
        // (a pitch's number or frequency) stay
        let v = skip_inline_spaces(s, k + 1);
        let num = b[v..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'.')
            .count();
        let after = skip_inline_spaces(s, v + num);
        let named = b.get(v).is_some_and(u8::is_ascii_alphabetic);
        let operated = num > 0 && matches!(b.get(after), Some(b'*' | b'/' | b'+' | b'^'));
        if named || operated {
            return Some("a symbol defined with = (B1 = NaCl, D2 = 2 * D_diag)");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lex::{at_word_start, word_end};

    /// What `formula` reads at `i` through the probe: its length after `space_cut`.
    fn probed(s: &str, i: usize) -> usize {
        let mut cap = (i + MAX_FORMULA_BYTES).min(s.len());
        while !s.is_char_boundary(cap) {
            cap -= 1;
        }
        let fl = probe::formula_len(&s[i..cap]);
        space_cut(&s[i..i + fl])
    }

    /// Where the shortcut applies, it gives exactly the probe's reading.
    fn check(s: &str) -> bool {
        let b = s.as_bytes();
        let wend = word_end(s, 0);
        if wend == 0 || !b[0].is_ascii_uppercase() || !symbols_ok(&b[..wend]) {
            return false;
        }
        let plain = plain_formula_word(b, 0, wend);
        if plain {
            assert_eq!(probed(s, 0), wend, "{s:?}");
        }
        plain
    }

    #[test]
    fn core_strips_the_charge_as_the_char_patterns_did() {
        for f in [
            "SO4^2-",
            "Fe3+",
            "NH4+",
            "Cl-",
            "Cl--",
            "H2O",
            "",
            "^",
            "+-",
            "O2^-",
            "Fe^3+",
            "a^b^c",
            "H\u{2082}O+",
            "Na+^",
            "\u{b7}-",
        ] {
            let old = f
                .split('^')
                .next()
                .unwrap_or(f)
                .trim_end_matches(['+', '-']);
            assert_eq!(core_of(f), old, "{f:?}");
        }
    }

    #[test]
    fn plain_word_is_what_the_probe_reads() {
        for s in [
            "As",
            "In the",
            "C.",
            "F1 score",
            "COVID",
            "H2O, ",
            "CO2024",
            "Na0",
            "H05",
            "C 2-",
            "O2 *",
            "Fe \u{b7}",
            "Cu.5H2O",
            "H2O\n",
            "NaCl)",
            "He=4",
        ] {
            check(s);
        }
        assert!(check("As in") && check("H2O.") && check("CO2024)"));
        assert!(!check("C.5H2O") && !check("H05") && !check("Fe \u{b7} 5H2O") && !check("Cl-"));
        // random words of symbols, digits and the bytes that may continue a formula
        let alphabet: Vec<&str> = vec![
            "C", "O", "H", "N", "Na", "Cl", "Fe", "Co", "In", "As", "0", "1", "2", "9", "12", " ",
            "  ", ".", ",", ")", "(", "]", "[", "*", "+", "-", "^", "\u{b7}", "\u{2212}",
            "\u{2082}", "\u{207a}", "\u{b2}", "x", "e", "/", "=", "\n", "5H2O", "'",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x2545_f491_4f6c_dd1d);
        let mut plain = 0;
        for _ in 0..200_000 {
            let mut s = String::new();
            let state = rng.next_u64();
            let n = 1 + (state % 9) as usize;
            let mut r = state;
            for _ in 0..n {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                s.push_str(alphabet[(r >> 33) as usize % alphabet.len()]);
            }
            plain += usize::from(check(&s));
        }
        assert!(plain > 10_000, "{plain}");
    }

    /// `shape_of` reads the element symbols `code_name` needs in its own walk: the same as
    /// `lookalike::symbols` on every core (valid or not, counts past u64, groups, charges).
    #[test]
    fn shape_symbols_match_lookalike_symbols() {
        let pieces: &[&[u8]] = &[
            b"H",
            b"C",
            b"O",
            b"N",
            b"Fe",
            b"Og",
            b"Rf",
            b"Xx",
            b"J",
            b"Q",
            b"a",
            b"2",
            b"1",
            b"0",
            b"99999999999999999999",
            b"(",
            b")",
            b"[",
            b"+",
            b"-",
            b"\xc2\xb7",
            b"D",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5EED_0003);
        for _ in 0..100_000 {
            let n = rng.below(7);
            let mut core = Vec::new();
            for _ in 0..n {
                core.extend_from_slice(pieces[rng.below(pieces.len())]);
            }
            assert_eq!(
                shape_of(&core).symbols,
                lookalike::symbols(&core),
                "{:?}",
                String::from_utf8_lossy(&core)
            );
        }
    }

    /// The `upper_word` shortcut for two letters that spell no element (`We`, `It`) returns
    /// what `word_shapes` returns, with no candidate, in any surrounding.
    #[test]
    fn two_letter_non_symbols_match_word_shapes() {
        use super::super::scan::Buffers;
        let befores = [
            "", " ", "-", "x-", "CO2-", "Fe-", "(", "2", "2 ", "'", "\\", "*", "O(", "[", ".",
            "_{", "Eq. ", "of ", "`",
        ];
        let afters = [
            "", " ", "-", "-1", "-Fe", "'", "'s", "(", "(x)", ")", "+", "2+", ".", ",", ", Fe",
            " atoms", "*", "`", "#4", "\u{2032}", "/Ca",
        ];
        let mut shortcut = 0;
        for up in b'A'..=b'Z' {
            for low in b'a'..=b'z' {
                if matches!(low, b'b' | b'x') || lookup(up, Some(low)).is_some() {
                    continue;
                }
                let w = [up, low];
                assert!(!vocab::formulas_isotopic(&w));
                let w = std::str::from_utf8(&w).unwrap();
                for before in befores {
                    for after in afters {
                        let text = format!("{before}{w}{after}");
                        let i = before.len();
                        let wend = word_end(&text, i);
                        if wend != i + 2 || !at_word_start(&text, i) {
                            continue;
                        }
                        shortcut += 1;
                        let mut sc = Scanner::new(&text, false, false, Buffers::default());
                        assert_eq!(sc.word_shapes(i, wend, false), wend, "{text:?}");
                        assert!(sc.cands.is_empty(), "{text:?}");
                        let mut sc = Scanner::new(&text, false, false, Buffers::default());
                        assert_eq!(sc.upper_word(i, false), wend, "{text:?}");
                    }
                }
            }
        }
        assert!(shortcut > 100_000, "{shortcut}");
    }

    /// `standard_part_number` tests the hyphen and the digit after it first: the same answer
    /// as the tests in their old order.
    #[test]
    fn standard_part_number_matches_the_old_order() {
        let pieces: &[&[u8]] = &[
            b"FIPS", b"A", b"x", b"1", b"86", b"186", b"-", b"-3", b"+", b" ",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5EED_0008);
        let mut yes = 0;
        for _ in 0..50_000 {
            let n = 1 + rng.below(6);
            let mut b = Vec::new();
            for _ in 0..n {
                b.extend_from_slice(pieces[rng.below(pieces.len())]);
            }
            for end in 1..=b.len() {
                let i = 0;
                let k = i + b[i..end].iter().position(|&c| c == b'-').unwrap_or(end - i);
                let w = &b[i..k];
                let run = w.iter().rev().take_while(|c| c.is_ascii_digit()).count();
                let old = run >= 3
                    && w.iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && b.get(k) == Some(&b'-')
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit);
                assert_eq!(standard_part_number(&b, i, end), old, "{b:?} {end}");
                yes += usize::from(old);
            }
        }
        assert!(yes > 100, "{yes}");
        // `formula`'s hydrate test skips the char search after an ASCII byte: the four chars
        // it looks for all start with a non-ASCII byte
        for c in ['\u{b7}', '\u{22c5}', '\u{2219}', '\u{2022}'] {
            assert!(c.to_string().as_bytes()[0] >= 0x80);
        }
    }

    /// A one-letter symbol before a sharp (`C#4`, `B#`) is decided by the lone-symbol cues
    /// alone when not tracing: the spans are those `explain` (which takes the long way) keeps,
    /// over texts that put the letters in lists, after element names, counts, `of`, stars,
    /// signs and brackets, next to reactions and runs of formulas; the probe reads the
    /// letter alone before a sharp.
    #[test]
    fn sharp_after_a_symbol_letter_takes_the_long_ways_decision() {
        use crate::segment::{Segmenter, SegmenterConfig};
        for c in b'A'..=b'Z' {
            for tail in ["", "4", "#", "-1", "m7 chord", "x", "4 atoms", "(gr)", "+"] {
                let t = format!("{}#{tail}", c as char);
                if symbols_ok(&t.as_bytes()[..1]) {
                    assert_eq!(probe::formula_len(&t), 1, "{t:?}");
                }
            }
        }
        let seg = Segmenter::new(SegmenterConfig::default()).unwrap();
        let pieces = [
            " ",
            " ",
            ", ",
            " and ",
            " or ",
            " & ",
            "C#4",
            "F#",
            "B#1",
            "N#",
            "O#",
            "H#2",
            "S#",
            "K#",
            "I#",
            "U#",
            "C#m7",
            "carbon ",
            "fluorine ",
            "boron ",
            "fcc ",
            "of ",
            "2 ",
            "512 ",
            "*",
            "+",
            "-",
            "(",
            ")",
            "[",
            "]",
            "atoms",
            " atoms",
            " gas",
            "H2O",
            " CO2",
            "NaCl",
            " -> ",
            " + ",
            "Fe2O3",
            " TiO VO FeH ",
            "\n",
            "C",
            "F",
            "the chord ",
            "melody ",
            "pitch ",
            "O2, N2, Ar",
            "C, H, O and N",
            "#",
            "4",
            ".",
            "=",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5EED_C5A2);
        let mut sharps = 0;
        for _ in 0..6000 {
            let n = 1 + rng.below(10);
            let text = rng.join(&pieces, n);
            sharps += text.matches('#').count();
            let kept: Vec<(usize, usize, Domain)> = seg
                .explain(&text)
                .iter()
                .filter(|c| c.kept)
                .map(|c| (c.start_byte, c.end_byte, c.domain))
                .collect();
            let emitted: Vec<(usize, usize, Domain)> = seg
                .segment(&text)
                .iter()
                .map(|s| (s.start_byte, s.end_byte, s.domain))
                .collect();
            assert_eq!(kept, emitted, "{text:?}");
        }
        assert!(sharps > 3000, "{sharps}");
    }

    #[test]
    fn wordlike_shapes_are_never_isotopic_formulas() {
        // `wordlike_symbol_stays_text` reads one- and two-letter words only and no longer looks
        // them up in `formulas_isotopic`: no listed word is that short, so the lookup it
        // dropped was false for every word it reads
        for w in vocab::FORMULAS_ISOTOPIC {
            assert!(w.len() >= 3, "{w}");
        }
        let mut rng = crate::test_rng::XorShift::new(0x5EED_150D);
        for _ in 0..20_000 {
            let w: Vec<u8> = (0..1 + rng.below(2))
                .map(|_| rng.below(256) as u8)
                .collect();
            assert!(!vocab::formulas_isotopic(&w), "{w:?}");
        }
    }

    /// `upper_word`'s exit for a lone capital (`A mass`) leaves what `word_shapes` would: the
    /// same resume position, candidates and refusals, at every one-letter capital word of
    /// random texts of letters, symbols, notes, digits and punctuation, traced or not.
    #[test]
    fn upper_word_exits_leave_what_word_shapes_would() {
        use super::super::scan::Buffers;
        let pieces = [
            " ", " ", " A ", " E ", " G ", "A", "E", "G", "L", "M", "R", "X", "Z", "J", "Q", "D",
            "T", "C", "F", "B", "H", "O", "We", "It", "In", "As", "He", "The", "mass", "4", "#",
            "b", "-", "+", "(", ")", "'", ",", ".", "\n", "2", "of ", "atoms", "CO2", "\u{2032}",
            "\u{e9}",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5EED_A0A0);
        let mut lone = 0;
        for _ in 0..20_000 {
            let n = 1 + rng.below(10);
            let text = rng.join(&pieces, n);
            let b = text.as_bytes();
            for i in 0..b.len() {
                if !b[i].is_ascii_uppercase()
                    || (i > 0 && b[i - 1].is_ascii_alphanumeric())
                    || word_end(&text, i) != i + 1
                {
                    continue;
                }
                for trace in [false, true] {
                    let mut fast = Scanner::new(&text, false, trace, Buffers::default());
                    let mut full = Scanner::new(&text, false, trace, Buffers::default());
                    let wend = word_end(&text, i);
                    let got = fast.upper_word(i, false);
                    let want = full.word_shapes(i, wend, false);
                    assert_eq!(got, want, "{text:?} at {i}");
                    let key = |sc: &Scanner| {
                        let c: Vec<_> = sc.cands.iter().map(|c| (c.start, c.end, c.rule)).collect();
                        let r: Vec<_> = sc
                            .refusals
                            .iter()
                            .flatten()
                            .map(|r| (r.start, r.end, r.reason))
                            .collect();
                        (c, r)
                    };
                    assert_eq!(key(&fast), key(&full), "{text:?} at {i}");
                }
                lone += usize::from(wend_is_lone(b, i));
            }
        }
        assert!(lone > 5_000, "{lone}");
    }

    fn wend_is_lone(b: &[u8], i: usize) -> bool {
        b.get(i + 1) == Some(&b' ')
    }
}
