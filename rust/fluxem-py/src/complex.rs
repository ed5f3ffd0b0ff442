//! COMPLEX decode and closed-form operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::{to_py, IntoPyResult};
use fluxem_core::batch::guarded;
use fluxem_core::domains::complex::{self as cx, polar, BinOp, ComplexDecoded};
use fluxem_core::number::ShortDecimal;
use fluxem_core::FluxemError;
use num_bigint::BigInt;
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// Exact parts of a complex literal as (re_num, re_den, im_num, im_den).
#[pyfunction]
fn complex_parse(text: &str) -> PyResult<(BigInt, BigInt, BigInt, BigInt)> {
    let z = guarded(|| cx::parse_complex(text)).py()?;
    let (re, im) = (z.re.to_rational(), z.im.to_rational());
    Ok((
        re.numer().clone(),
        re.denom().clone(),
        im.numer().clone(),
        im.denom().clone(),
    ))
}

fn pair(d: &ComplexDecoded, allow_inexact: bool) -> PyResult<(f64, f64, &'static str)> {
    let part = match d {
        ComplexDecoded::Exact { .. } => "exact",
        ComplexDecoded::Linear { inexact: true, .. } if !allow_inexact => {
            return Err(to_py(FluxemError::decode(
                "the linear parts are flagged inexact (an operand was off the 10^-9 grid or \
                 beyond 10^18); pass allow_inexact=True to read them anyway",
            )))
        }
        ComplexDecoded::Linear { .. } => "linear",
        ComplexDecoded::Polar { .. } => "polar",
    };
    let (re, im) = d.to_f64_pair();
    Ok((re, im, part))
}

/// (re, im, part): the value and the part it was read from ("exact", "linear" or "polar").
#[pyfunction]
#[pyo3(signature = (emb, allow_inexact = false))]
fn complex_decode(
    emb: PyReadonlyArray1<'_, f64>,
    allow_inexact: bool,
) -> PyResult<(f64, f64, &'static str)> {
    let v = read_embedding(&emb)?;
    pair(&guarded(|| cx::decode(&v)).py()?, allow_inexact)
}

/// One exact part: (significand, decimal exponent, rounded).
type ExactPart = (i128, i32, bool);

fn short(d: &ShortDecimal) -> ExactPart {
    let m = if d.neg { -(d.m as i128) } else { d.m as i128 };
    (m, d.e, d.rounded)
}

/// The exact parts as ((m, e, rounded), (m, e, rounded)): part = m * 10**e.
#[pyfunction]
fn complex_decode_exact(emb: PyReadonlyArray1<'_, f64>) -> PyResult<(ExactPart, ExactPart)> {
    let v = read_embedding(&emb)?;
    let (re, im) = guarded(|| cx::decode_exact(&v)).py()?;
    Ok((short(&re), short(&im)))
}

/// The linear parts as (re, im): sums of embeddings decode to sums.
#[pyfunction]
#[pyo3(signature = (emb, allow_inexact = false))]
fn complex_decode_linear(
    emb: PyReadonlyArray1<'_, f64>,
    allow_inexact: bool,
) -> PyResult<(f64, f64)> {
    let v = read_embedding(&emb)?;
    let (re, im, _) = pair(&guarded(|| cx::decode_linear(&v)).py()?, allow_inexact)?;
    Ok((re, im))
}

/// The polar part as (modulus, phase in turns in (-1/2, 1/2]): sums decode to products.
#[pyfunction]
fn complex_decode_polar(emb: PyReadonlyArray1<'_, f64>) -> PyResult<(f64, f64)> {
    let v = read_embedding(&emb)?;
    guarded(|| cx::decode_polar(&v)).py()
}

/// (re, im) of a modulus and a phase in turns, exact on multiples of a quarter turn.
#[pyfunction]
fn complex_polar_to_cartesian(modulus: f64, turns: f64) -> (f64, f64) {
    polar::to_cartesian(modulus, turns)
}

#[pyfunction]
#[pyo3(signature = (a, b, op, float64 = false))]
fn complex_binary<'py>(
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
    let emb = guarded(|| cx::binary(&va, &vb, op)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, exponent, float64 = false))]
fn complex_power<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    exponent: f64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| cx::power(&va, exponent)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, float64 = false))]
fn complex_conjugate<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| cx::conjugate(&va)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, float64 = false))]
fn complex_negate<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| cx::negate(&va)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("COMPLEX_RE_START", cx::RE_START)?;
    m.add("COMPLEX_IM_START", cx::IM_START)?;
    m.add("COMPLEX_POLAR_START", cx::POLAR_START)?;
    let offsets = PyDict::new(m.py());
    for (name, value) in [
        ("ZERO", polar::ZERO),
        ("K", polar::K),
        ("FHI", polar::FHI),
        ("FMID", polar::FMID),
        ("FLO", polar::FLO),
        ("THI", polar::THI),
        ("TMID", polar::TMID),
        ("TLO", polar::TLO),
        ("COS", polar::COS),
        ("SIN", polar::SIN),
        ("VALID", polar::VALID),
    ] {
        offsets.set_item(name, value)?;
    }
    m.add("COMPLEX_POLAR_OFFSETS", offsets)?;
    m.add_function(wrap_pyfunction!(complex_parse, m)?)?;
    m.add_function(wrap_pyfunction!(complex_decode, m)?)?;
    m.add_function(wrap_pyfunction!(complex_decode_exact, m)?)?;
    m.add_function(wrap_pyfunction!(complex_decode_linear, m)?)?;
    m.add_function(wrap_pyfunction!(complex_decode_polar, m)?)?;
    m.add_function(wrap_pyfunction!(complex_polar_to_cartesian, m)?)?;
    m.add_function(wrap_pyfunction!(complex_binary, m)?)?;
    m.add_function(wrap_pyfunction!(complex_power, m)?)?;
    m.add_function(wrap_pyfunction!(complex_conjugate, m)?)?;
    m.add_function(wrap_pyfunction!(complex_negate, m)?)?;
    Ok(())
}
