//! QUANTITY parse, decode and closed-form operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::quantity::{self as qty, BinOp};
use num_bigint::BigInt;
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;

type Fraction = (BigInt, BigInt);
/// (nearest float, exact fraction, unit, twice the exponents, affine flag)
type DecodedTuple = (f64, Option<Fraction>, String, Vec<i64>, bool);
/// (SI fraction, exact, nearest float, twice the exponents, SI unit, affine)
type ParsedTuple = (Fraction, bool, f64, Vec<i64>, String, bool);

/// Parses a quantity: (SI value as numerator, denominator; whether exact; nearest float;
/// twice the 8 exponents; canonical SI unit; affine). An inexact value (π or a square root in
/// the unit) is a 50-digit rational approximation.
#[pyfunction]
fn quantity_parse(text: &str) -> PyResult<ParsedTuple> {
    let q = guarded(|| qty::parse_quantity(text)).py()?;
    let si = q.si.to_rational();
    Ok((
        qty::fraction_parts(&si),
        q.exact,
        q.si.to_f64(),
        q.dims().0.to_vec(),
        q.dims().si_unit(),
        q.is_affine(),
    ))
}

/// Embeds the exact value numerator/denominator in `unit`.
#[pyfunction]
#[pyo3(signature = (numerator, denominator, unit, float64 = false))]
fn quantity_encode_parts<'py>(
    py: Python<'py>,
    numerator: BigInt,
    denominator: BigInt,
    unit: &str,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let emb = guarded(|| qty::encode_fraction(numerator, denominator, unit)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// Decodes an embedding, optionally in `unit`: (nearest float, exact fraction or None, unit,
/// twice the 8 exponents, affine flag).
#[pyfunction]
#[pyo3(signature = (emb, unit = None, allow_inexact = false))]
fn quantity_decode(
    emb: PyReadonlyArray1<'_, f64>,
    unit: Option<&str>,
    allow_inexact: bool,
) -> PyResult<DecodedTuple> {
    let v = read_embedding(&emb)?;
    guarded(|| {
        let d = qty::decode(&v)?;
        let c = qty::convert(&d, unit, allow_inexact)?;
        Ok((
            c.value,
            c.exact.as_ref().map(qty::fraction_parts),
            c.unit,
            c.dims.0.to_vec(),
            d.affine,
        ))
    })
    .py()
}

#[pyfunction]
#[pyo3(signature = (a, b, op, float64 = false))]
fn quantity_binary<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    op: &str,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let op = match op {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "div" => BinOp::Div,
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "unknown operation {other:?} (add, sub, mul, div)"
            )))
        }
    };
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let emb = guarded(|| qty::binary(&va, &vb, op)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, exponent, float64 = false))]
fn quantity_power<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    exponent: f64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| qty::power(&va, exponent)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, float64 = false))]
fn quantity_negate<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| qty::negate(&va)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// Length in chars of the longest unit expression at the start of `text`, or None.
#[pyfunction]
fn quantity_unit_len(text: &str) -> Option<usize> {
    qty::unit_len(text).map(|n| text[..n].chars().count())
}

/// Every unit atom the grammar accepts, with its affine flag (for oracle tests).
#[pyfunction]
fn quantity_unit_atoms() -> Vec<(String, bool)> {
    qty::all_atoms()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("QUANTITY_CODEC_START", qty::CODEC_START)?;
    m.add("QUANTITY_DIMS_START", qty::DIMS_START)?;
    m.add("QUANTITY_AFFINE", qty::AFFINE)?;
    m.add("QUANTITY_DIM_SYMBOLS", qty::DIM_SYMBOLS.to_vec())?;
    m.add("QUANTITY_WORD_LIKE_UNITS", qty::WORD_LIKE.to_vec())?;
    m.add_function(wrap_pyfunction!(quantity_parse, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_encode_parts, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_decode, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_binary, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_power, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_negate, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_unit_len, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_unit_atoms, m)?)?;
    Ok(())
}
