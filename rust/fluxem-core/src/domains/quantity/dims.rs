//! Dimension exponents over (m, kg, s, A, K, mol, cd, rad), kept as twice the exponent so that
//! halves are integers, and their canonical SI spelling (`kg·m²/s²`).

use super::units::{DIM_SYMBOLS, N_DIMS};
use crate::{FluxemError, Result};

/// Largest |exponent| any dimension may reach (in a unit or after closed-form operations).
pub const MAX_EXPONENT: i64 = 1024;

/// Twice each exponent: `Dims([2, 0, -4, ..])` is m·s⁻².
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Dims(pub [i64; N_DIMS]);

/// Order in which the canonical spelling lists the units (SI style: kg·m²/s²).
const SPELL_ORDER: [usize; N_DIMS] = [1, 0, 2, 3, 4, 5, 6, 7];

impl Dims {
    /// From whole exponents (doubled for storage).
    pub fn from_whole(dims: &[i8; N_DIMS]) -> Dims {
        Dims(dims.map(|e| 2 * e as i64))
    }

    /// Whether every exponent is zero.
    pub fn is_dimensionless(&self) -> bool {
        self.0.iter().all(|&e| e == 0)
    }

    fn checked(self) -> Result<Dims> {
        if self.0.iter().any(|e| e.abs() > 2 * MAX_EXPONENT) {
            return Err(FluxemError::encode(format!(
                "a dimension exponent beyond ±{MAX_EXPONENT} is not representable"
            )));
        }
        Ok(self)
    }

    /// `self + sign * other` (products and quotients).
    pub fn combine(&self, other: &Dims, sign: i64) -> Result<Dims> {
        let mut out = *self;
        for (o, b) in out.0.iter_mut().zip(other.0.iter()) {
            *o += sign * b;
        }
        out.checked()
    }

    /// Exponents times `n2 / 2`; each result must be an integer or a half.
    pub fn pow_half(&self, n2: i64) -> Result<Dims> {
        let mut out = *self;
        for (i, e) in out.0.iter_mut().enumerate() {
            let twice = *e * n2;
            if twice % 2 != 0 {
                return Err(FluxemError::encode(format!(
                    "{} to the power {} would have exponent {}/4; exponents must be integers \
                     or halves",
                    DIM_SYMBOLS[i],
                    fmt_half(n2),
                    twice
                )));
            }
            *e = twice / 2;
        }
        out.checked()
    }

    /// Canonical SI spelling, parseable by the unit grammar: `kg·m²/s²`, `m/(s·A)`, `s⁻¹`,
    /// `Hz^0.5` style halves as `s^-0.5`; "" for dimensionless.
    pub fn si_unit(&self) -> String {
        let mut num = Vec::new();
        let mut den = Vec::new();
        for &i in &SPELL_ORDER {
            let e = self.0[i];
            if e > 0 {
                num.push((DIM_SYMBOLS[i], e));
            } else if e < 0 {
                den.push((DIM_SYMBOLS[i], -e));
            }
        }
        let join = |parts: &[(&str, i64)], sign: i64| {
            parts
                .iter()
                .map(|(s, e)| format!("{s}{}", fmt_power(sign * e)))
                .collect::<Vec<_>>()
                .join("·")
        };
        match (num.is_empty(), den.len()) {
            (true, 0) => String::new(),
            (true, _) => join(&den, -1),
            (false, 0) => join(&num, 1),
            (false, 1) => format!("{}/{}", join(&num, 1), join(&den, 1)),
            (false, _) => format!("{}/({})", join(&num, 1), join(&den, 1)),
        }
    }
}

fn fmt_half(n2: i64) -> String {
    if n2 % 2 == 0 {
        (n2 / 2).to_string()
    } else {
        format!("{}{}.5", if n2 < 0 { "-" } else { "" }, n2.abs() / 2)
    }
}

/// The power suffix of twice-exponent `e2`: "" for 1, superscripts for integers, `^0.5` forms
/// for halves.
fn fmt_power(e2: i64) -> String {
    if e2 == 2 {
        return String::new();
    }
    if e2 % 2 != 0 {
        return format!("^{}", fmt_half(e2));
    }
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let e = e2 / 2;
    let mut s = String::new();
    if e < 0 {
        s.push('⁻');
    }
    for c in e.abs().to_string().chars() {
        s.push(SUP[c.to_digit(10).unwrap_or(0) as usize]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling() {
        let energy = Dims::from_whole(&[2, 1, -2, 0, 0, 0, 0, 0]);
        assert_eq!(energy.si_unit(), "kg·m²/s²");
        let pa = Dims::from_whole(&[-1, 1, -2, 0, 0, 0, 0, 0]);
        assert_eq!(pa.si_unit(), "kg/(m·s²)");
        assert_eq!(
            Dims::from_whole(&[0, 0, -1, 0, 0, 0, 0, 0]).si_unit(),
            "s⁻¹"
        );
        assert_eq!(Dims([0, 0, -1, 0, 0, 0, 0, 0]).si_unit(), "s^-0.5");
        assert_eq!(Dims([3, 0, 0, 0, 0, 0, 0, 0]).si_unit(), "m^1.5");
        assert_eq!(Dims::default().si_unit(), "");
    }

    #[test]
    fn powers() {
        let m = Dims::from_whole(&[1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(m.pow_half(1).unwrap(), Dims([1, 0, 0, 0, 0, 0, 0, 0]));
        assert!(m.pow_half(1).unwrap().pow_half(1).is_err());
        assert_eq!(m.pow_half(-4).unwrap().0[0], -4);
    }
}
