//! Prefix probes: how far a unit or a formula extends from a position, in O(length) time.
//!
//! These only find span ends; whether a span is valid is decided by the domain's encoder.
//! `unit_len` is the QUANTITY parser's; `formula_len` is PROVISIONAL until the FORMULA
//! parser's helper exists.

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

/// Length in bytes of the longest unit expression at the start of `s` (`m`, `km/h`,
/// `m/s^2`, `J/(mol·K)`, `°C`, `µm`), 0 if none: the QUANTITY parser's own prefix helper.
///
/// That helper gives up on the whole text when a following word is an ambiguous unit
/// spelling (`5 mW at noon`: `at` could be attotonnes), so on failure the text is cut before
/// each space, longest first, and tried again. `s` is at most a few dozen bytes (the caller
/// caps it), so the retries are bounded.
pub fn unit_len(s: &str) -> usize {
    use crate::domains::quantity;
    if let Some(n) = quantity::unit_len(s) {
        return n;
    }
    let cuts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| quantity::is_hspace(c) && i > 0)
        .map(|(i, _)| i)
        .collect();
    cuts.iter()
        .rev()
        .find_map(|&cut| quantity::unit_len(&s[..cut]))
        .unwrap_or(0)
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
        assert_eq!(unit_len("samples"), 0);
        assert_eq!(unit_len("kPa"), 3);
        assert_eq!(unit_len("mW at noon"), 2);
        assert_eq!(unit_len("kg m^2 at rest"), 6);
    }
}
