//! Logarithmic levels: `30 dB`, `-90 dBm`, `20 dBW`, `65 dBA` (docs/FORMAL_DEFINITION.md,
//! QUANTITY, "Levels"). A level `L` stands for the ratio `10^(L/f)` to a reference (f = 10
//! for power quantities, 20 for root-power ones such as sound pressure), so it has no exact
//! value in SI units (`10^0.3` is irrational) and adding two levels is not adding the
//! numbers. What is stored is the level as written (the codec block holds 30 for `30 dB`),
//! the dimensions of the reference (power for dBm and dBW, pressure for dBA, none for dB) and
//! the level's code in dim [`LEVEL`], so a model sees a level and its kind and the value the
//! writer wrote. The closed-form operations and conversions refuse a level with a
//! `DimensionError`; `decode` gives the level back in its own unit.
//!
//! A level unit is read only as the whole unit (`0.2 dB/km` is not read: no span), and not
//! with SI prefixes (`dB` is the deci-bel; a bare `B` is a byte or boron in running text).

use super::units::N_DIMS;
use super::AFFINE;
use crate::{FluxemError, Result};

/// Dim of the level code: 0 for every quantity that is not a level, else [`Level::code`].
pub const LEVEL: usize = AFFINE + 1;

/// One logarithmic level unit.
#[derive(Debug, PartialEq, Eq)]
pub struct Level {
    /// Stored in dim [`LEVEL`]; 1.. (0 means "not a level").
    pub code: u8,
    /// The spelling read after a number (exact bytes).
    pub symbol: &'static str,
    /// The reference value in SI units (level 0), exact decimal.
    pub reference: &'static str,
    /// Dimension exponents of the reference over `DIM_SYMBOLS`.
    pub dims: [i8; N_DIMS],
    /// `L = factor * log10(x / reference)`: 10 for power quantities, 20 for root-power ones.
    pub factor: u8,
}

const POWER: [i8; N_DIMS] = [2, 1, -3, 0, 0, 0, 0, 0];
const PRESSURE: [i8; N_DIMS] = [-1, 1, -2, 0, 0, 0, 0, 0];

/// The level units (pint 0.25 defines dB, dBm and dBW the same way: logbase 10, logfactor 10,
/// references 1, 1 mW, 1 W; tests/test_units_people_use.py checks them against it).
pub static LEVELS: &[Level] = &[
    Level {
        code: 1,
        symbol: "dB",
        reference: "1",
        dims: [0; N_DIMS],
        factor: 10,
    },
    Level {
        code: 2,
        symbol: "dBm",
        reference: "0.001",
        dims: POWER,
        factor: 10,
    },
    Level {
        code: 3,
        symbol: "dBW",
        reference: "1",
        dims: POWER,
        factor: 10,
    },
    // A-weighted sound pressure level re 20 µPa (IEC 61672); pint has no dBA
    Level {
        code: 4,
        symbol: "dBA",
        reference: "0.00002",
        dims: PRESSURE,
        factor: 20,
    },
];

/// The level whose symbol is all of `unit`.
pub fn level_of(unit: &str) -> Option<&'static Level> {
    if !unit.starts_with("dB") {
        return None;
    }
    LEVELS.iter().find(|l| l.symbol == unit)
}

/// The level with `code`.
pub fn level_by_code(code: u8) -> Option<&'static Level> {
    LEVELS.iter().find(|l| l.code == code)
}

/// Byte length of a level symbol at the start of `s` that is the whole unit: not followed by
/// anything that would continue a unit (`dB/km`, `dBm2`, `dB·Hz`).
pub fn lone_level_len(s: &str) -> Option<usize> {
    if !s.starts_with("dB") {
        return None;
    }
    let b = s.as_bytes();
    let mut end = 2;
    while end < b.len() && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    level_of(&s[..end])?;
    let continues = s[end..].chars().next().is_some_and(|c| {
        c.is_alphanumeric()
            || super::is_unit_char(c)
            || matches!(c, '/' | '^' | '*' | '·' | '⋅' | '²' | '³' | '¹' | '⁻' | '⁰')
            || (c == '.' && b.get(end + 1).is_some_and(u8::is_ascii_alphabetic))
    });
    (!continues).then_some(end)
}

/// The level code stored in an embedding (None for 0); a `DecodeError` for a value that is
/// no level code.
pub fn read_level(emb: &[f64]) -> Result<Option<&'static Level>> {
    let v = emb[LEVEL];
    if v == 0.0 {
        return Ok(None);
    }
    let code = v.round();
    let level = ((v - code).abs() < 0.25 && (1.0..=255.0).contains(&code))
        .then(|| level_by_code(code as u8))
        .flatten();
    level.map(Some).ok_or_else(|| {
        FluxemError::decode(format!(
            "dim {LEVEL} holds {v}, which is no level unit's code"
        ))
    })
}

/// A `DimensionError` when an operand of a closed-form operation is a level: `30 dB + 30 dB`
/// is 33 dB for powers, not 60 dB, and a product of levels means nothing.
pub fn refuse_levels(operands: &[&[f64]], op: &str) -> Result<()> {
    for emb in operands {
        if let Some(level) = read_level(emb)? {
            return Err(FluxemError::dimension(format!(
                "cannot {op} a level in {}: a logarithmic level has no closed-form {op} \
                 (decode it and compute with the ratio 10^(L/{}))",
                level.symbol, level.factor
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_whole_units() {
        assert_eq!(lone_level_len("dB"), Some(2));
        assert_eq!(lone_level_len("dB."), Some(2));
        assert_eq!(lone_level_len("dBm at"), Some(3));
        assert_eq!(lone_level_len("dBA, said"), Some(3));
        assert_eq!(lone_level_len("dB/km"), None);
        assert_eq!(lone_level_len("dB.m"), None);
        assert_eq!(lone_level_len("dBm2"), None);
        assert_eq!(lone_level_len("dBu"), None); // pint: a microwatt level; audio: re 0.775 V
        assert_eq!(lone_level_len("dBi"), None);
        assert_eq!(lone_level_len("db"), None);
        let codes: Vec<u8> = LEVELS.iter().map(|l| l.code).collect();
        assert_eq!(codes, [1, 2, 3, 4]); // distinct, never 0
        assert!(LEVELS.iter().all(|l| level_by_code(l.code).is_some()));
    }

    #[test]
    fn a_level_is_stored_as_written_and_refused_by_the_algebra() {
        use super::super::{
            binary, convert, decode, encode_quantity, parse_quantity, power, BinOp,
        };
        let db = encode_quantity(&parse_quantity("30 dB").unwrap()).unwrap();
        let m = encode_quantity(&parse_quantity("30 m").unwrap()).unwrap();
        assert_eq!((db[LEVEL], m[LEVEL]), (1.0, 0.0));
        let d = decode(&db).unwrap();
        let c = convert(&d, None, false).unwrap();
        assert_eq!((c.value, c.unit.as_str()), (30.0, "dB"));
        for op in [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div] {
            let e = binary(&db, &m, op).unwrap_err();
            assert!(matches!(e, FluxemError::Dimension { .. }), "{op:?}");
        }
        assert!(power(&db, 2.0).is_err());
        assert!(convert(&d, Some("W"), false).is_err());
        let mut bad = db;
        bad[LEVEL] = 9.0;
        assert!(decode(&bad).is_err());
    }
}
