//! numpy in and out: embeddings leave as arrays that own the Rust buffer (no copy).

use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::layout::{Embedding, EMBED_DIM};
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1, PyUntypedArrayMethods};
use pyo3::prelude::*;

/// One embedding as a (128,) float32 (default) or float64 array. A value that is not finite
/// in the returned dtype (a closed-form result near the float32 limit, an op on a crafted
/// vector) is an `EncodeError`: no inf or NaN ever leaves inside an embedding.
pub fn embedding_out<'py>(
    py: Python<'py>,
    emb: &Embedding,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let finite = if float64 {
        emb.iter().all(|v| v.is_finite())
    } else {
        emb.iter().all(|&v| (v as f32).is_finite())
    };
    if !finite {
        let dtype = if float64 { "float64" } else { "float32" };
        return Err(crate::errors::to_py(fluxem_core::FluxemError::encode(
            format!("the result is not finite in {dtype}: it is outside the embedding's range"),
        )));
    }
    Ok(if float64 {
        PyArray1::from_vec(py, emb.to_vec()).into_any()
    } else {
        PyArray1::from_vec(py, emb.iter().map(|&v| v as f32).collect()).into_any()
    })
}

/// A flat row-major buffer of n embeddings as an (n, 128) array, without copying.
pub fn rows_out<'py, T: numpy::Element>(
    py: Python<'py>,
    data: Vec<T>,
    n: usize,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(PyArray1::from_vec(py, data)
        .reshape([n, EMBED_DIM])?
        .into_any())
}

/// A 128-long float64 vector from a numpy array (the Python layer casts other dtypes).
pub fn read_embedding(arr: &PyReadonlyArray1<'_, f64>) -> PyResult<Vec<f64>> {
    if arr.len() != EMBED_DIM {
        return Err(crate::errors::to_py(fluxem_core::FluxemError::decode(
            format!(
                "expected a {EMBED_DIM}-d embedding, got length {}",
                arr.len()
            ),
        )));
    }
    Ok(arr.as_array().iter().copied().collect())
}

/// A closed-form operation on one embedding, panic-guarded, returned as an array.
pub fn unary_op<'py>(
    py: Python<'py>,
    a: &PyReadonlyArray1<'_, f64>,
    float64: bool,
    op: impl FnOnce(&[f64]) -> fluxem_core::Result<Embedding>,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(a)?;
    let emb = guarded(|| op(&va)).py()?;
    embedding_out(py, &emb, float64)
}

/// A closed-form operation on two embeddings, panic-guarded, returned as an array.
pub fn binary_op<'py>(
    py: Python<'py>,
    a: &PyReadonlyArray1<'_, f64>,
    b: &PyReadonlyArray1<'_, f64>,
    float64: bool,
    op: impl FnOnce(&[f64], &[f64]) -> fluxem_core::Result<Embedding>,
) -> PyResult<Bound<'py, PyAny>> {
    let (va, vb) = (read_embedding(a)?, read_embedding(b)?);
    let emb = guarded(|| op(&va, &vb)).py()?;
    embedding_out(py, &emb, float64)
}
