//! Prefix probes: how far a unit or a formula extends from a position, in O(length) time.
//!
//! These only find span ends; whether a span is valid is decided by the domain's encoder.
//! Both are the domain parsers' own readings (`formula_len` the FORMULA parser's helper,
//! `unit_len` the QUANTITY unit grammar's extent reading, which computes no unit factors).
//! Callers cap the text they pass so each probe reads a bounded window.

/// Length in bytes of the longest chemical formula at the start of `s` (elements with counts,
/// groups, hydrates, a charge), 0 if none: the FORMULA parser's own prefix helper, reading
/// element symbols only (no `D`/`T`: see `formula::element_formula_len`).
pub fn formula_len(s: &str) -> usize {
    crate::domains::formula::element_formula_len(s)
}

/// Length in bytes of the longest unit expression at the start of `s` (`m`, `km/h`,
/// `m/s^2`, `J/(mol·K)`, `°C`, `µm`), 0 if none: `quantity::unit_len`.
pub fn unit_len(s: &str) -> usize {
    crate::domains::quantity::unit_len(s).unwrap_or(0)
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
