//! VECTOR decode and operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::vector as vec_;
use fluxem_core::number::pow10;
use num_bigint::BigInt;
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// Exact components of a vector literal as (numerator, denominator) pairs (any count: the
/// component limit is the encoder's).
#[pyfunction]
fn vector_parse(text: &str) -> PyResult<Vec<(BigInt, BigInt)>> {
    let comps = guarded(|| vec_::parse_vector(text)).py()?;
    Ok(comps
        .iter()
        .map(|n| {
            let r = n.to_rational();
            (r.numer().clone(), r.denom().clone())
        })
        .collect())
}

/// Correctly rounded float components (also of plain sums of same-exponent encodings).
#[pyfunction]
fn vector_decode(emb: PyReadonlyArray1<'_, f64>) -> PyResult<Vec<f64>> {
    let v = read_embedding(&emb)?;
    guarded(|| vec_::decode(&v)?.to_f64()).py()
}

/// ([(m, e), ...], rounded): component i = m * 10**e exactly; rounded counts roundings.
#[pyfunction]
fn vector_decode_exact(emb: PyReadonlyArray1<'_, f64>) -> PyResult<(Vec<(i128, i32)>, u32)> {
    let v = read_embedding(&emb)?;
    let d = guarded(|| vec_::decode(&v)).py()?;
    Ok((d.components, d.rounded))
}

#[pyfunction]
#[pyo3(signature = (a, b, op, float64 = false))]
fn vector_binary<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    op: &str,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let f = match op {
        "add" => vec_::add,
        "sub" => vec_::sub,
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "unknown operation {other:?} (add, sub)"
            )))
        }
    };
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let emb = guarded(|| f(&va, &vb)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, float64 = false))]
fn vector_negate<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| vec_::neg(&va)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// a * (numerator / denominator), exact when every product fits 18 digits.
#[pyfunction]
#[pyo3(signature = (a, numerator, denominator, float64 = false))]
fn vector_scale<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    numerator: BigInt,
    denominator: BigInt,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| vec_::scale_ratio(&va, &numerator, &denominator)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// The exact dot product as (numerator, denominator), not reduced.
#[pyfunction]
fn vector_dot(
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
) -> PyResult<(BigInt, BigInt)> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let (sig, exp) = guarded(|| vec_::dot(&va, &vb)).py()?;
    let p = BigInt::from(pow10(exp.unsigned_abs()));
    Ok(if exp >= 0 {
        (sig * p, BigInt::from(1))
    } else {
        (sig, p)
    })
}

/// The Euclidean norm (from the exact sum of squares).
#[pyfunction]
fn vector_norm(a: PyReadonlyArray1<'_, f64>) -> PyResult<f64> {
    let va = read_embedding(&a)?;
    guarded(|| vec_::norm(&va)).py()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VECTOR_MAX_COMPONENTS", vec_::MAX_COMPONENTS)?;
    let offsets = PyDict::new(m.py());
    for (name, value) in [
        ("SIG", vec_::SIG_START),
        ("EXP", vec_::EXP_START),
        ("EXP_SQ", vec_::EXP_SQ_START),
        ("COUNT", vec_::COUNT),
        ("LEN", vec_::LEN),
        ("LEN_SQ", vec_::LEN_SQ),
        ("ROUNDED", vec_::ROUNDED),
        ("MAG", vec_::MAG_START),
        ("NORM", vec_::NORM),
        ("END", vec_::CONTENT_END),
    ] {
        offsets.set_item(name, value)?;
    }
    m.add("VECTOR_OFFSETS", offsets)?;
    m.add_function(wrap_pyfunction!(vector_parse, m)?)?;
    m.add_function(wrap_pyfunction!(vector_decode, m)?)?;
    m.add_function(wrap_pyfunction!(vector_decode_exact, m)?)?;
    m.add_function(wrap_pyfunction!(vector_binary, m)?)?;
    m.add_function(wrap_pyfunction!(vector_negate, m)?)?;
    m.add_function(wrap_pyfunction!(vector_scale, m)?)?;
    m.add_function(wrap_pyfunction!(vector_dot, m)?)?;
    m.add_function(wrap_pyfunction!(vector_norm, m)?)?;
    Ok(())
}
