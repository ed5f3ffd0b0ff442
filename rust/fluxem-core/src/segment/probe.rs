//! Prefix probes: how far a unit or a formula extends from a position, in O(length) time.
//!
//! These only find span ends; whether a span is valid is decided by the domain's encoder.
//! PROVISIONAL: replaced by the domain parsers' own prefix helpers once they exist.

const ELEMENTS: [&str; 118] = [
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk",
    "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh",
    "Fl", "Mc", "Lv", "Ts", "Og",
];

fn is_element(sym: &[u8]) -> bool {
    ELEMENTS.iter().any(|e| e.as_bytes() == sym)
}

/// Length of the element symbol at the start of `b` (two letters preferred), 0 if none.
fn element_len(b: &[u8]) -> usize {
    if b.is_empty() || !b[0].is_ascii_uppercase() {
        return 0;
    }
    if b.len() >= 2 && b[1].is_ascii_lowercase() && is_element(&b[..2]) {
        return 2;
    }
    if is_element(&b[..1]) {
        1
    } else {
        0
    }
}

fn digits(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

fn seq(b: &[u8], mut i: usize, depth: usize) -> usize {
    loop {
        let el = element_len(&b[i..]);
        if el > 0 {
            i = digits(b, i + el);
            continue;
        }
        if depth < 4 && i < b.len() && (b[i] == b'(' || b[i] == b'[') {
            let close = if b[i] == b'(' { b')' } else { b']' };
            let j = seq(b, i + 1, depth + 1);
            if j > i + 1 && j < b.len() && b[j] == close {
                i = digits(b, j + 1);
                continue;
            }
        }
        return i;
    }
}

/// Length in bytes of the longest chemical formula at the start of `s` (elements with counts,
/// groups, one hydrate part, a charge), 0 if none.
pub fn formula_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = seq(b, 0, 0);
    if i == 0 {
        return 0;
    }
    // hydrate: ·5H2O
    for dot in ["\u{b7}", "\u{2022}", "*", "."] {
        if s[i..].starts_with(dot) {
            let j = digits(b, i + dot.len());
            let k = seq(b, j, 0);
            if k > j {
                i = k;
            }
            break;
        }
    }
    // charge: ^2-, 2+, +, -
    let mut j = i;
    if j < b.len() && b[j] == b'^' {
        j = digits(b, j + 1);
    }
    if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
        i = j + 1;
    }
    i
}

const PREFIXABLE: [&str; 32] = [
    "mol", "cd", "Hz", "Pa", "Wb", "lm", "lx", "Bq", "Gy", "Sv", "eV", "bar", "cal", "rad", "Da",
    "Wh", "Ah", "pc", "g", "s", "m", "A", "K", "N", "J", "W", "C", "V", "F", "S", "T", "H",
];
const PREFIXABLE_1: [&str; 4] = ["L", "l", "M", "\u{3a9}"];
const PLAIN: [&str; 29] = [
    "\u{b0}C", "\u{b0}F", "\u{b0}", "%", "ppm", "ppb", "min", "h", "d", "atm", "mmHg", "Torr",
    "psi", "in", "ft", "mi", "yd", "lb", "oz", "mph", "rpm", "dB", "au", "ly", "\u{c5}", "t",
    "\u{2126}", "ohm", "ha",
];
const PREFIXES: [&str; 20] = [
    "da", "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "d", "c", "m", "\u{b5}", "\u{3bc}", "u",
    "n", "p", "f", "a",
];

fn atom_len(s: &str) -> usize {
    let mut best = 0;
    for sym in PLAIN
        .iter()
        .chain(PREFIXABLE.iter())
        .chain(PREFIXABLE_1.iter())
    {
        if s.starts_with(sym) {
            best = best.max(sym.len());
        }
    }
    for p in PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            for sym in PREFIXABLE.iter().chain(PREFIXABLE_1.iter()) {
                if rest.starts_with(sym) {
                    best = best.max(p.len() + sym.len());
                }
            }
        }
    }
    best
}

fn exponent_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.first() == Some(&b'^') {
        let mut j = 1;
        if j < b.len() && b[j] == b'-' {
            j += 1;
        }
        let k = digits(b, j);
        return if k > j { k } else { 0 };
    }
    let mut n = 0;
    for c in s.chars() {
        if matches!(c, '\u{207b}' | '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2074}') {
            n += c.len_utf8();
        } else {
            break;
        }
    }
    n
}

/// Length in bytes of the longest unit expression at the start of `s` (`m`, `km/h`,
/// `m/s^2`, `kg·m²`, `°C`, `µm`), 0 if none.
pub fn unit_len(s: &str) -> usize {
    let mut i = atom_len(s);
    if i == 0 {
        return 0;
    }
    i += exponent_len(&s[i..]);
    loop {
        let rest = &s[i..];
        let sep = ["/", "\u{b7}", "*", "\u{22c5}"]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map_or(0, |p| p.len());
        if sep == 0 {
            return i;
        }
        let a = atom_len(&rest[sep..]);
        if a == 0 {
            return i;
        }
        i += sep + a;
        i += exponent_len(&s[i..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes() {
        assert_eq!(formula_len("H2O boils"), 3);
        assert_eq!(formula_len("Ca(OH)2 is"), 7);
        assert_eq!(formula_len("CuSO4\u{b7}5H2O."), 11);
        assert_eq!(formula_len("SO4^2- ion"), 6);
        assert_eq!(formula_len("NASA"), 1);
        assert_eq!(formula_len("xyz"), 0);
        assert_eq!(unit_len("m/s^2 down"), 5);
        assert_eq!(unit_len("mol of"), 3);
        assert_eq!(unit_len("\u{b0}C."), 3);
        assert_eq!(unit_len("samples"), 1);
        assert_eq!(unit_len("kPa"), 3);
    }
}
