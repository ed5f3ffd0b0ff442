//! FORMULA parse, decode and closed-form operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::formula::{self as fm, Formula};
use fluxem_core::FluxemError;
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;

/// A formula as ([(symbol, count)] in order of Z, charge).
type Counts = (Vec<(&'static str, u64)>, i64);
/// (relation, [(symbol, count_a - count_b)] where they differ, charge_a - charge_b).
type Compared = (&'static str, Vec<(&'static str, i64)>, i64);

fn to_py(f: &Formula) -> Counts {
    let counts = f
        .elements()
        .map(|(z, n)| (fm::element(z).symbol, n))
        .collect();
    (counts, f.charge())
}

fn from_py(counts: &[(String, u64)], charge: i64) -> fluxem_core::Result<Formula> {
    let mut pairs = Vec::with_capacity(counts.len());
    for (sym, n) in counts {
        let z = fm::lookup_symbol(sym)
            .ok_or_else(|| FluxemError::encode(format!("unknown element symbol {sym:?}")))?;
        pairs.push((z, *n));
    }
    Formula::from_pairs(&pairs, charge)
        .ok_or_else(|| FluxemError::encode("element count out of range (overflows 2^64)"))
}

/// Parses a formula: ([(symbol, count)] in order of Z, charge).
#[pyfunction]
fn formula_parse(text: &str) -> PyResult<Counts> {
    guarded(|| fm::parse_formula(text)).py().map(|f| to_py(&f))
}

/// Char length of the longest prefix of `text` that is a complete formula (0 if none).
#[pyfunction]
fn formula_len(text: &str) -> usize {
    let bytes = fm::formula_len(text);
    text[..bytes].chars().count()
}

/// Reads the exact counts and charge off a FORMULA embedding.
#[pyfunction]
fn formula_decode(emb: PyReadonlyArray1<'_, f64>) -> PyResult<Counts> {
    let v = read_embedding(&emb)?;
    guarded(|| fm::decode(&v)).py().map(|f| to_py(&f))
}

/// Embeds a formula given as counts and charge (no text round trip).
#[pyfunction]
#[pyo3(signature = (counts, charge, float64 = false))]
fn formula_encode_counts<'py>(
    py: Python<'py>,
    counts: Vec<(String, u64)>,
    charge: i64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let emb = guarded(|| fm::encode(&from_py(&counts, charge)?)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// Molar mass (g/mol) of the counts: sum of count x atomic weight in order of Z, in f64.
#[pyfunction]
fn formula_molar_mass(counts: Vec<(String, u64)>) -> PyResult<f64> {
    guarded(|| from_py(&counts, 0).map(|f| f.molar_mass())).py()
}

/// Hill-order text with the charge suffix (`O4S^2-`); `formula_parse` reads it back.
#[pyfunction]
fn formula_hill(counts: Vec<(String, u64)>, charge: i64) -> PyResult<String> {
    guarded(|| from_py(&counts, charge).map(|f| f.hill())).py()
}

#[pyfunction]
#[pyo3(signature = (a, b, float64 = false))]
fn formula_combine<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let emb = guarded(|| fm::combine(&va, &vb)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, b, float64 = false))]
fn formula_subtract<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let emb = guarded(|| fm::subtract(&va, &vb)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, k, float64 = false))]
fn formula_scale<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    k: u64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| fm::scale(&va, k)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// (relation, [(symbol, count_a - count_b)] for the elements that differ, charge_a - charge_b).
#[pyfunction]
fn formula_compare(
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
) -> PyResult<Compared> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let c = guarded(|| fm::compare(&va, &vb)).py()?;
    let diff = c
        .difference
        .iter()
        .enumerate()
        .filter(|(_, &d)| d != 0)
        .map(|(i, &d)| (fm::ELEMENTS[i].symbol, d))
        .collect();
    Ok((c.relation.name(), diff, c.charge_difference))
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
    m.add_function(wrap_pyfunction!(formula_parse, m)?)?;
    m.add_function(wrap_pyfunction!(formula_len, m)?)?;
    m.add_function(wrap_pyfunction!(formula_decode, m)?)?;
    m.add_function(wrap_pyfunction!(formula_encode_counts, m)?)?;
    m.add_function(wrap_pyfunction!(formula_molar_mass, m)?)?;
    m.add_function(wrap_pyfunction!(formula_hill, m)?)?;
    m.add_function(wrap_pyfunction!(formula_combine, m)?)?;
    m.add_function(wrap_pyfunction!(formula_subtract, m)?)?;
    m.add_function(wrap_pyfunction!(formula_scale, m)?)?;
    m.add_function(wrap_pyfunction!(formula_compare, m)?)?;
    Ok(())
}
