//! FORMULA: parse and decode to `Composition`, encoding of counts, and the composition
//! operations (combine, subtract, scale, compare).

use super::{Emb, EmbOut, Encoder};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::formula::{self as fm, Formula};
use fluxem_core::FluxemError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// Element counts and net charge (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct Composition {
    /// list of (symbol, count) in order of Z.
    counts: Py<PyAny>,
    /// int.
    charge: Py<PyAny>,
}

impl Composition {
    fn new(py: Python<'_>, f: &Formula) -> PyResult<Self> {
        let counts: Vec<(&str, u64)> = (f.elements())
            .map(|(z, n)| (fm::element(z).symbol, n))
            .collect();
        Ok(Composition {
            counts: counts.into_py_any(py)?,
            charge: f.charge().into_py_any(py)?,
        })
    }
}

/// How the counts of A relate to those of B (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct CompositionComparison {
    /// str: "equal", "subset", "superset" or "incomparable" (charges are not part of it).
    relation: Py<PyAny>,
    /// list of (symbol, count_a - count_b) for the elements whose counts differ, by Z.
    difference: Py<PyAny>,
    /// int.
    charge_difference: Py<PyAny>,
}

fn from_counts(counts: &[(String, u64)], charge: i64) -> fluxem_core::Result<Formula> {
    let mut pairs = Vec::with_capacity(counts.len());
    for (sym, n) in counts {
        let z = fm::lookup_atom_symbol(sym)
            .ok_or_else(|| FluxemError::encode(format!("unknown element symbol {sym:?}")))?;
        pairs.push((z, *n));
    }
    Formula::from_pairs(&pairs, charge)
        .ok_or_else(|| FluxemError::encode("element count out of range (overflows 2^64)"))
}

#[pyclass(name = "FormulaEncoder", extends = Encoder, frozen, module = "fluxem._native")]
pub struct PyFormulaEncoder;

#[pymethods]
impl PyFormulaEncoder {
    /// The composition and charge of a formula (ParseError with the position).
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<Composition> {
        Composition::new(py, &guarded(|| fm::parse_formula(&text)).py()?)
    }

    /// The exact counts and charge stored in a FORMULA embedding.
    fn decode(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<Composition> {
        let v = read_embedding(&emb)?;
        Composition::new(py, &guarded(|| fm::decode(&v)).py()?)
    }

    /// Embeds a formula given as (symbol, count) pairs and a charge (no text round trip).
    #[pyo3(signature = (counts, charge, float64 = false))]
    fn encode_counts<'py>(
        &self,
        py: Python<'py>,
        counts: Vec<(String, u64)>,
        charge: i64,
        float64: bool,
    ) -> EmbOut<'py> {
        let emb = guarded(|| fm::encode(&from_counts(&counts, charge)?)).py()?;
        arrays::embedding_out(py, &emb, float64)
    }

    /// A + B (counts and charges add), or with `subtract` A - B when every count of B is <=
    /// that of A (else EncodeError).
    #[pyo3(signature = (a, b, subtract = false, float64 = false))]
    fn combine<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        b: Emb<'py>,
        subtract: bool,
        float64: bool,
    ) -> EmbOut<'py> {
        let op = if subtract { fm::subtract } else { fm::combine };
        arrays::binary_op(py, &a, &b, float64, op)
    }

    /// k x A for an integer k >= 1.
    #[pyo3(signature = (a, k, float64 = false))]
    fn scale<'py>(&self, py: Python<'py>, a: Emb<'py>, k: u64, float64: bool) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |va| fm::scale(va, k))
    }

    /// Compares the compositions stored in two embeddings.
    fn compare(&self, py: Python<'_>, a: Emb<'_>, b: Emb<'_>) -> PyResult<CompositionComparison> {
        let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
        let c = guarded(|| fm::compare(&va, &vb)).py()?;
        let difference: Vec<(&str, i64)> = (c.difference.iter().enumerate())
            .filter(|(_, &d)| d != 0)
            .map(|(i, &d)| (fm::ELEMENTS[i].symbol, d))
            .collect();
        Ok(CompositionComparison {
            relation: c.relation.name().into_py_any(py)?,
            difference: difference.into_py_any(py)?,
            charge_difference: c.charge_difference.into_py_any(py)?,
        })
    }
}

/// Char length of the longest prefix of `text` that is a complete formula (0 if none).
#[pyfunction]
fn formula_len(text: Text) -> PyResult<usize> {
    guarded(|| Ok(text[..fm::formula_len(&text)].chars().count())).py()
}

/// Molar mass (g/mol) of the counts: sum of count x atomic weight in order of Z, in f64.
#[pyfunction]
fn formula_molar_mass(counts: Vec<(String, u64)>) -> PyResult<f64> {
    guarded(|| from_counts(&counts, 0).map(|f| f.molar_mass())).py()
}

/// Hill-order text with the charge suffix (`O4S^2-`); `FormulaEncoder.parse` reads it back.
#[pyfunction]
fn formula_hill(counts: Vec<(String, u64)>, charge: i64) -> PyResult<String> {
    guarded(|| from_counts(&counts, charge).map(|f| f.hill())).py()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let elements: Vec<(u8, &str, &str, f64, &str)> = fm::ELEMENTS
        .iter()
        .map(|e| (e.z, e.symbol, e.name, e.weight, e.source.name()))
        .collect();
    m.add("FORMULA_ELEMENTS", elements)?;
    for (name, value) in [
        ("FORMULA_COUNT_START", fm::COUNT_START),
        ("FORMULA_DEDICATED", fm::DEDICATED),
        ("FORMULA_PACKED_START", fm::PACKED_START),
        ("FORMULA_PACK_WIDTH", fm::PACK_WIDTH),
        ("FORMULA_ISOTOPE_START", fm::ISOTOPE_START),
        ("FORMULA_RESERVED_DIM", fm::RESERVED_DIM),
        ("FORMULA_CHARGE_DIM", fm::CHARGE_DIM),
        ("FORMULA_TOTAL_DIM", fm::TOTAL_DIM),
        ("FORMULA_MASS_DIM", fm::MASS_DIM),
        ("FORMULA_MAX_DEPTH", fm::MAX_DEPTH),
        ("FORMULA_MAX_CHARS", fm::MAX_FORMULA_CHARS),
    ] {
        m.add(name, value)?;
    }
    for (name, value) in [
        ("FORMULA_MAX_TOTAL_ATOMS", fm::MAX_TOTAL_ATOMS),
        ("FORMULA_MAX_PACKED_COUNT", fm::MAX_PACKED_COUNT),
        ("FORMULA_MAX_CHARGE", fm::MAX_CHARGE),
        ("FORMULA_PACK_BASE", fm::PACK_BASE),
    ] {
        m.add(name, value)?;
    }
    for (name, value) in [
        ("FORMULA_COUNT_SCALE", fm::COUNT_SCALE),
        ("FORMULA_PACKED_SCALE", fm::PACKED_SCALE),
        ("FORMULA_CHARGE_SCALE", fm::CHARGE_SCALE),
        ("FORMULA_TOTAL_SCALE", fm::TOTAL_SCALE),
        ("FORMULA_MASS_SCALE", fm::MASS_SCALE),
    ] {
        m.add(name, value)?;
    }
    m.add_class::<PyFormulaEncoder>()?;
    m.add_class::<Composition>()?;
    m.add_class::<CompositionComparison>()?;
    m.add_function(wrap_pyfunction!(formula_len, m)?)?;
    m.add_function(wrap_pyfunction!(formula_molar_mass, m)?)?;
    m.add_function(wrap_pyfunction!(formula_hill, m)?)?;
    Ok(())
}
