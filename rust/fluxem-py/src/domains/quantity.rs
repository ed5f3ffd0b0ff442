//! QUANTITY: parse and decode to `QuantityValue`, exact encoding of (value, unit), the algebra
//! (`AlgebraEncoder`), and the unit grammar's helpers.

use super::{AlgebraEncoder, Emb, EmbOut, Encoder};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::number::{ratio, Ratio};
use fluxem_core::batch::guarded;
use fluxem_core::domains::quantity::{self as qty, Dims, QuantityEncoder};
use fluxem_core::domains::Algebra;
use num_bigint::BigInt;
use pyo3::prelude::*;
use pyo3::PyClassInitializer;

/// A quantity read from text or from an embedding.
#[pyclass(frozen, module = "fluxem._native")]
pub struct QuantityValue {
    /// Nearest float of the value in `unit`.
    #[pyo3(get)]
    value: f64,
    /// The exact value as (numerator, denominator); None when it is not known exactly (π or a
    /// square root in the unit, more than 18 significant digits, a product).
    #[pyo3(get)]
    exact: Option<Ratio>,
    /// The unit of `value`: as asked, or the canonical SI spelling of the dimensions.
    #[pyo3(get)]
    unit: String,
    /// Whether the unit is an affine temperature (°C, °F).
    #[pyo3(get)]
    affine: bool,
    dims: Dims,
}

#[pymethods]
impl QuantityValue {
    /// The 8 exponents over `QUANTITY_DIM_SYMBOLS`: ints, or floats for halves.
    #[getter]
    fn dims(&self, py: Python<'_>) -> PyResult<Vec<Py<PyAny>>> {
        self.dims
            .0
            .iter()
            .map(|&twice| {
                Ok(if twice % 2 == 0 {
                    (twice / 2).into_pyobject(py)?.into_any().unbind()
                } else {
                    (twice as f64 / 2.0).into_pyobject(py)?.into_any().unbind()
                })
            })
            .collect()
    }
}

#[pyclass(name = "QuantityEncoder", extends = AlgebraEncoder, frozen, module = "fluxem._native")]
pub struct PyQuantityEncoder;

#[pymethods]
impl PyQuantityEncoder {
    /// The quantity in SI base units (ParseError with the position of the problem).
    fn parse(&self, text: &str) -> PyResult<QuantityValue> {
        let q = guarded(|| qty::parse_quantity(text)).py()?;
        let dims = q.dims();
        Ok(QuantityValue {
            value: q.si.to_f64(),
            exact: q.exact.then(|| ratio(&q.si.to_rational())),
            unit: dims.si_unit(),
            affine: q.is_affine(),
            dims,
        })
    }

    /// The stored quantity, in SI base units or converted exactly to `unit`.
    #[pyo3(signature = (emb, unit = None, allow_inexact = false))]
    fn decode(
        &self,
        emb: Emb<'_>,
        unit: Option<&str>,
        allow_inexact: bool,
    ) -> PyResult<QuantityValue> {
        let v = read_embedding(&emb)?;
        guarded(|| {
            let d = QuantityEncoder.decode(&v)?;
            let c = qty::convert(&d, unit, allow_inexact)?;
            Ok(QuantityValue {
                value: c.value,
                exact: c.exact.as_ref().map(ratio),
                unit: c.unit,
                affine: d.affine,
                dims: c.dims,
            })
        })
        .py()
    }

    /// Embeds the exact value numerator/denominator in `unit`.
    #[pyo3(signature = (numerator, denominator, unit, float64 = false))]
    fn encode_parts<'py>(
        &self,
        py: Python<'py>,
        numerator: BigInt,
        denominator: BigInt,
        unit: &str,
        float64: bool,
    ) -> EmbOut<'py> {
        let emb = guarded(|| qty::encode_fraction(numerator, denominator, unit)).py()?;
        Ok(arrays::embedding_out(py, &emb, float64))
    }
}

/// Length in chars of the longest unit expression at the start of `text`, or None.
#[pyfunction]
fn quantity_unit_len(text: &str) -> PyResult<Option<usize>> {
    guarded(|| Ok(qty::unit_len(text).map(|n| text[..n].chars().count()))).py()
}

/// Every unit atom the grammar accepts, with its affine flag (for oracle tests).
#[pyfunction]
fn quantity_unit_atoms() -> PyResult<Vec<(String, bool)>> {
    guarded(|| Ok(qty::all_atoms())).py()
}

pub fn instance<'py>(
    py: Python<'py>,
    base: PyClassInitializer<Encoder>,
) -> PyResult<Bound<'py, PyAny>> {
    let init = AlgebraEncoder::init(base, &QuantityEncoder).add_subclass(PyQuantityEncoder);
    Ok(Bound::new(py, init)?.into_any())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("QUANTITY_CODEC_START", qty::CODEC_START)?;
    m.add("QUANTITY_DIMS_START", qty::DIMS_START)?;
    m.add("QUANTITY_AFFINE", qty::AFFINE)?;
    m.add("QUANTITY_DIM_SYMBOLS", qty::DIM_SYMBOLS.to_vec())?;
    m.add("QUANTITY_WORD_LIKE_UNITS", qty::WORD_LIKE.to_vec())?;
    m.add_class::<PyQuantityEncoder>()?;
    m.add_class::<QuantityValue>()?;
    m.add_function(wrap_pyfunction!(quantity_unit_len, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_unit_atoms, m)?)?;
    Ok(())
}
