//! ARITHMETIC decode and closed-form operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::codec::{self, Decoded};
use fluxem_core::domains::arithmetic as arith;
use fluxem_core::FluxemError;
use num_bigint::BigInt;
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;

/// A decoded value as a Python int (exact integers) or float.
pub fn decoded_to_py(py: Python<'_>, d: &Decoded, allow_inexact: bool) -> PyResult<Py<PyAny>> {
    match d {
        Decoded::Exact(s) if !s.rounded && s.e >= 0 => {
            let mut v = BigInt::from(s.m) * num_traits::pow(BigInt::from(10), s.e as usize);
            if s.neg {
                v = -v;
            }
            Ok(v.into_pyobject(py)?.into_any().unbind())
        }
        Decoded::Linear { inexact: true, .. } if !allow_inexact => {
            Err(crate::errors::to_py(FluxemError::decode(
                "the linear part is flagged inexact (an operand was off the 10^-9 grid or \
                 beyond 10^18); pass allow_inexact=True to read it anyway",
            )))
        }
        Decoded::Linear { scaled, .. } if scaled % 1_000_000_000 == 0 => Ok((scaled
            / 1_000_000_000)
            .into_pyobject(py)?
            .into_any()
            .unbind()),
        other => Ok(other.to_f64().into_pyobject(py)?.into_any().unbind()),
    }
}

#[pyfunction]
#[pyo3(signature = (emb, allow_inexact = false))]
fn arithmetic_decode(
    py: Python<'_>,
    emb: PyReadonlyArray1<'_, f64>,
    allow_inexact: bool,
) -> PyResult<Py<PyAny>> {
    let v = read_embedding(&emb)?;
    let d = guarded(|| arith::decode(&v)).py()?;
    decoded_to_py(py, &d, allow_inexact)
}

#[pyfunction]
#[pyo3(signature = (emb, allow_inexact = false))]
fn arithmetic_decode_linear(
    py: Python<'_>,
    emb: PyReadonlyArray1<'_, f64>,
    allow_inexact: bool,
) -> PyResult<Py<PyAny>> {
    let v = read_embedding(&emb)?;
    let d = guarded(|| codec::decode_linear(arith::codec_block(&v)?)).py()?;
    decoded_to_py(py, &d, allow_inexact)
}

#[pyfunction]
fn arithmetic_decode_log(emb: PyReadonlyArray1<'_, f64>) -> PyResult<f64> {
    let v = read_embedding(&emb)?;
    guarded(|| codec::decode_log(arith::codec_block(&v)?)).py()
}

/// The exact part as (significand, exponent, rounded): value = significand * 10**exponent.
#[pyfunction]
fn arithmetic_decode_exact(emb: PyReadonlyArray1<'_, f64>) -> PyResult<(i128, i32, bool)> {
    let v = read_embedding(&emb)?;
    let d = guarded(|| codec::decode_exact(arith::codec_block(&v)?)).py()?;
    let m = if d.neg { -(d.m as i128) } else { d.m as i128 };
    Ok((m, d.e, d.rounded))
}

/// Exact value of an expression as (numerator, denominator) and its shape counts.
#[pyfunction]
fn arithmetic_evaluate(text: &str) -> PyResult<(BigInt, BigInt, Vec<u32>)> {
    let ev = guarded(|| arith::evaluate(text)).py()?;
    let r = ev.value.to_rational();
    Ok((
        r.numer().clone(),
        r.denom().clone(),
        ev.shape.counts().to_vec(),
    ))
}

#[pyfunction]
#[pyo3(signature = (a, b, op, float64 = false))]
fn arithmetic_binary<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    op: &str,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let op = arrays::binop(op)?;
    arrays::binary_op(py, &a, &b, float64, |va, vb| arith::binary(va, vb, op))
}

#[pyfunction]
#[pyo3(signature = (a, exponent, float64 = false))]
fn arithmetic_power<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    exponent: f64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    arrays::unary_op(py, &a, float64, |va| arith::power(va, exponent))
}

#[pyfunction]
#[pyo3(signature = (a, float64 = false))]
fn arithmetic_negate<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    arrays::unary_op(py, &a, float64, arith::negate)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ARITHMETIC_CODEC_START", arith::CODEC_START)?;
    m.add("ARITHMETIC_SHAPE_START", arith::SHAPE_START)?;
    m.add_function(wrap_pyfunction!(arithmetic_decode, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_decode_linear, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_decode_log, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_decode_exact, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_evaluate, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_binary, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_power, m)?)?;
    m.add_function(wrap_pyfunction!(arithmetic_negate, m)?)?;
    Ok(())
}
