//! VECTOR: parse, decode, the algebra (`AlgebraEncoder`: add, sub, negate) and the vector
//! operations (scale, dot, norm).

use super::{AlgebraEncoder, Emb, EmbOut};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::number::{decimal_ratio, ratio, Ratio};
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::vector::{self as vec_, VectorEncoder};
use fluxem_core::domains::Algebra;
use num_bigint::BigInt;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// The exact components of a VECTOR embedding (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct VectorExact {
    /// list of each component as (numerator, denominator).
    components: Py<PyAny>,
    /// int: how many times a component was rounded to 18 significant digits (at encode or in
    /// an operation).
    rounded: Py<PyAny>,
}

#[pyclass(name = "VectorEncoder", extends = AlgebraEncoder, frozen, module = "fluxem._native")]
pub struct PyVectorEncoder;

#[pymethods]
impl PyVectorEncoder {
    /// The exact components of a vector literal, as (numerator, denominator) pairs (any
    /// count: the component limit is checked by `encode`).
    fn parse(&self, text: Text) -> PyResult<Vec<Ratio>> {
        let comps = guarded(|| vec_::parse_vector(&text)).py()?;
        Ok(comps.iter().map(|n| ratio(&n.to_rational())).collect())
    }

    /// Correctly rounded float components (also of plain sums of same-exponent encodings).
    fn decode(&self, emb: Emb<'_>) -> PyResult<Vec<f64>> {
        let v = read_embedding(&emb)?;
        guarded(|| VectorEncoder.decode(&v)?.to_f64()).py()
    }

    /// The exact components and the rounding count.
    fn decode_exact(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<VectorExact> {
        let v = read_embedding(&emb)?;
        let d = guarded(|| VectorEncoder.decode(&v)).py()?;
        let components: Vec<Ratio> = (d.components.iter())
            .map(|&(m, e)| decimal_ratio(BigInt::from(m), e))
            .collect();
        Ok(VectorExact {
            components: components.into_py_any(py)?,
            rounded: d.rounded.into_py_any(py)?,
        })
    }

    /// a * (numerator / denominator), exact when every product fits 18 digits.
    #[pyo3(signature = (a, numerator, denominator, float64 = false))]
    fn scale<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        numerator: BigInt,
        denominator: BigInt,
        float64: bool,
    ) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |va| {
            vec_::scale_ratio(va, &numerator, &denominator)
        })
    }

    /// The exact dot product as (numerator, denominator), not reduced.
    fn dot(&self, a: Emb<'_>, b: Emb<'_>) -> PyResult<Ratio> {
        let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
        let (sig, exp) = guarded(|| vec_::dot(&va, &vb)).py()?;
        Ok(decimal_ratio(sig, exp))
    }

    /// The Euclidean norm (from the exact sum of squares).
    fn norm(&self, a: Emb<'_>) -> PyResult<f64> {
        let va = read_embedding(&a)?;
        guarded(|| vec_::norm(&va)).py()
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VECTOR_MAX_COMPONENTS", vec_::MAX_COMPONENTS)?;
    crate::layout::add_offsets(
        m,
        "VECTOR_OFFSETS",
        &[
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
        ],
    )?;
    m.add_class::<PyVectorEncoder>()?;
    m.add_class::<VectorExact>()?;
    Ok(())
}
