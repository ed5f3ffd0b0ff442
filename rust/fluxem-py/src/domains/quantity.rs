//! QUANTITY: parse and decode to `QuantityValue`, exact encoding of (value, unit), the algebra
//! (`AlgebraEncoder`), and the unit grammar's helpers.

use super::{AlgebraEncoder, Emb, EmbOut};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::number::{ratio, Ratio};
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::quantity::{self as qty, Dims, QuantityEncoder};
use fluxem_core::domains::Algebra;
use num_bigint::BigInt;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// A quantity read from text or from an embedding (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct QuantityValue {
    /// float: the nearest float of the value in `unit`.
    value: Py<PyAny>,
    /// (numerator, denominator) of the exact value, or None when it is not known exactly (π or
    /// a square root in the unit, more than 18 significant digits, a product).
    exact: Py<PyAny>,
    /// str: the unit of `value`, as asked or the canonical SI spelling of the dimensions.
    unit: Py<PyAny>,
    /// list of the 8 exponents over `QUANTITY_DIM_SYMBOLS`: ints, or floats for halves.
    dims: Py<PyAny>,
    /// bool: whether the unit is an affine temperature (°C, °F).
    affine: Py<PyAny>,
}

impl QuantityValue {
    fn new(
        py: Python<'_>,
        value: f64,
        exact: Option<Ratio>,
        unit: String,
        dims: &Dims,
        affine: bool,
    ) -> PyResult<Self> {
        let exponents = (dims.0.iter())
            .map(|&twice| match twice % 2 {
                0 => (twice / 2).into_py_any(py),
                _ => (twice as f64 / 2.0).into_py_any(py),
            })
            .collect::<PyResult<Vec<_>>>()?;
        Ok(QuantityValue {
            value: value.into_py_any(py)?,
            exact: exact.into_py_any(py)?,
            unit: unit.into_py_any(py)?,
            dims: exponents.into_py_any(py)?,
            affine: affine.into_py_any(py)?,
        })
    }
}

#[pyclass(name = "QuantityEncoder", extends = AlgebraEncoder, frozen, module = "fluxem._native")]
pub struct PyQuantityEncoder;

#[pymethods]
impl PyQuantityEncoder {
    /// The quantity in SI base units (ParseError with the position of the problem).
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<QuantityValue> {
        let q = guarded(|| qty::parse_quantity(&text)).py()?;
        let dims = q.dims();
        let exact = q.exact.then(|| ratio(&q.si.to_rational()));
        QuantityValue::new(
            py,
            q.si.to_f64(),
            exact,
            q.si_unit_text(),
            &dims,
            q.is_affine(),
        )
    }

    /// The stored quantity, in SI base units or converted exactly to `unit`.
    #[pyo3(signature = (emb, unit = None, allow_inexact = false))]
    fn decode(
        &self,
        py: Python<'_>,
        emb: Emb<'_>,
        unit: Option<&str>,
        allow_inexact: bool,
    ) -> PyResult<QuantityValue> {
        let v = read_embedding(&emb)?;
        let (d, c) = guarded(|| {
            let d = QuantityEncoder.decode(&v)?;
            let c = qty::convert(&d, unit, allow_inexact)?;
            Ok((d, c))
        })
        .py()?;
        let exact = c.exact.as_ref().map(ratio);
        QuantityValue::new(py, c.value, exact, c.unit, &c.dims, d.affine)
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
        arrays::embedding_out(py, &emb, float64)
    }
}

/// Length in chars of the longest unit expression at the start of `text`, or None.
#[pyfunction]
fn quantity_unit_len(text: Text) -> PyResult<Option<usize>> {
    guarded(|| Ok(qty::unit_len(&text).map(|n| text[..n].chars().count()))).py()
}

/// Every unit atom the grammar accepts, with its affine flag (for oracle tests).
#[pyfunction]
fn quantity_unit_atoms() -> PyResult<Vec<(String, bool)>> {
    guarded(|| Ok(qty::all_atoms())).py()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("QUANTITY_CODEC_START", qty::CODEC_START)?;
    m.add("QUANTITY_DIMS_START", qty::DIMS_START)?;
    m.add("QUANTITY_AFFINE", qty::AFFINE)?;
    m.add("QUANTITY_LEVEL", qty::LEVEL)?;
    let levels: Vec<_> = (qty::LEVELS.iter())
        .map(|l| (l.symbol, l.reference, l.factor))
        .collect();
    m.add("QUANTITY_LEVELS", levels)?;
    m.add("QUANTITY_DIM_SYMBOLS", qty::DIM_SYMBOLS.to_vec())?;
    m.add("QUANTITY_WORD_LIKE_UNITS", qty::WORD_LIKE.to_vec())?;
    m.add_class::<PyQuantityEncoder>()?;
    m.add_class::<QuantityValue>()?;
    m.add_function(wrap_pyfunction!(quantity_unit_len, m)?)?;
    m.add_function(wrap_pyfunction!(quantity_unit_atoms, m)?)?;
    Ok(())
}
