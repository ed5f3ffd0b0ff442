//! ARITHMETIC: exact evaluation, the codec's three decodes, the algebra (`AlgebraEncoder`).

use super::{AlgebraEncoder, Emb};
use crate::arrays::read_embedding;
use crate::errors::{to_py, IntoPyResult};
use crate::number::{ratio, short_ratio};
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::codec::{self, Decoded};
use fluxem_core::domains::arithmetic::{self as arith, ArithmeticEncoder};
use fluxem_core::domains::Algebra;
use fluxem_core::FluxemError;
use num_bigint::BigInt;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// The exact value of an expression and its shape (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct Evaluation {
    /// (numerator, denominator).
    exact: Py<PyAny>,
    /// list of the counts of operands, +, -, *, /, ^, unary minus and the parenthesis depth.
    shape: Py<PyAny>,
}

/// The exact part of a codec block: 18 significant digits, `rounded` when more were needed
/// (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct ExactValue {
    /// (numerator, denominator).
    exact: Py<PyAny>,
    /// bool.
    rounded: Py<PyAny>,
}

/// A decoded value as a Python int (exact integers) or float.
fn decoded_to_py(py: Python<'_>, d: &Decoded, allow_inexact: bool) -> PyResult<Py<PyAny>> {
    match d {
        Decoded::Exact(s) if !s.rounded && s.e >= 0 => {
            let mut v = BigInt::from(s.m) * num_traits::pow(BigInt::from(10), s.e as usize);
            if s.neg {
                v = -v;
            }
            Ok(v.into_pyobject(py)?.into_any().unbind())
        }
        Decoded::Linear { inexact: true, .. } if !allow_inexact => Err(to_py(FluxemError::decode(
            "the linear part is flagged inexact (an operand was off the 10^-9 grid or \
             beyond 10^27); pass allow_inexact=True to read it anyway",
        ))),
        Decoded::Linear { scaled, .. } if scaled % 1_000_000_000 == 0 => Ok((scaled
            / 1_000_000_000)
            .into_pyobject(py)?
            .into_any()
            .unbind()),
        other => Ok(other.to_f64().into_pyobject(py)?.into_any().unbind()),
    }
}

#[pyclass(name = "ArithmeticEncoder", extends = AlgebraEncoder, frozen, module = "fluxem._native")]
pub struct PyArithmeticEncoder;

#[pymethods]
impl PyArithmeticEncoder {
    /// The exact value and shape of an expression (ParseError with the position).
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<Evaluation> {
        let ev = guarded(|| arith::evaluate(&text)).py()?;
        Ok(Evaluation {
            exact: ratio(&ev.value.to_rational()).into_py_any(py)?,
            shape: ev.shape.counts().into_py_any(py)?,
        })
    }

    /// The value (int for exact integers, else float) from whichever part is valid.
    #[pyo3(signature = (emb, allow_inexact = false))]
    fn decode(&self, py: Python<'_>, emb: Emb<'_>, allow_inexact: bool) -> PyResult<Py<PyAny>> {
        let v = read_embedding(&emb)?;
        let d = guarded(|| ArithmeticEncoder.decode(&v)).py()?;
        decoded_to_py(py, &d, allow_inexact)
    }

    /// The linear part only: plain sums of embeddings decode to sums.
    #[pyo3(signature = (emb, allow_inexact = false))]
    fn decode_linear(
        &self,
        py: Python<'_>,
        emb: Emb<'_>,
        allow_inexact: bool,
    ) -> PyResult<Py<PyAny>> {
        let v = read_embedding(&emb)?;
        let d = guarded(|| codec::decode_linear(arith::codec_block(&v)?)).py()?;
        decoded_to_py(py, &d, allow_inexact)
    }

    /// The log part only: plain sums of embeddings decode to products.
    fn decode_log(&self, emb: Emb<'_>) -> PyResult<f64> {
        let v = read_embedding(&emb)?;
        guarded(|| codec::decode_log(arith::codec_block(&v)?)).py()
    }

    /// The exact part.
    fn decode_exact(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<ExactValue> {
        let v = read_embedding(&emb)?;
        let d = guarded(|| codec::decode_exact(arith::codec_block(&v)?)).py()?;
        Ok(ExactValue {
            exact: short_ratio(&d).into_py_any(py)?,
            rounded: d.rounded.into_py_any(py)?,
        })
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ARITHMETIC_CODEC_START", arith::CODEC_START)?;
    m.add("ARITHMETIC_SHAPE_START", arith::SHAPE_START)?;
    m.add_class::<PyArithmeticEncoder>()?;
    m.add_class::<Evaluation>()?;
    m.add_class::<ExactValue>()?;
    Ok(())
}
