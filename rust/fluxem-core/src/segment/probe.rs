//! Prefix probes: how far a unit or a formula extends from a position, in O(length) time.
//!
//! These only find span ends; whether a span is valid is decided by the domain's encoder.
//! Both are the domain parsers' own helpers; callers cap the text they pass so each probe
//! reads a bounded window.

/// Length in bytes of the longest chemical formula at the start of `s` (elements with counts,
/// groups, hydrates, a charge), 0 if none: the FORMULA parser's own prefix helper.
pub fn formula_len(s: &str) -> usize {
    crate::domains::formula::formula_len(s)
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
        assert_eq!(formula_len("CO2-rich"), 3);
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
