//! COMPLEX: parse, the decodes of the exact, linear and polar parts, the algebra
//! (`AlgebraEncoder`) and the conjugate.

use super::{AlgebraEncoder, Emb, EmbOut};
use crate::arrays::{self, read_embedding};
use crate::errors::{to_py, IntoPyResult};
use crate::number::{ratio, short_ratio, Ratio};
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::complex::{self as cx, polar, ComplexDecoded, ComplexEncoder};
use fluxem_core::domains::Algebra;
use fluxem_core::FluxemError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// Exact real and imaginary parts: a parsed literal, or an embedding's exact parts (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct ComplexExact {
    /// (numerator, denominator) of each part.
    real: Py<PyAny>,
    imag: Py<PyAny>,
    /// bool: whether a part needed more than 18 significant digits and was rounded.
    rounded: Py<PyAny>,
}

impl ComplexExact {
    fn new(py: Python<'_>, real: Ratio, imag: Ratio, rounded: bool) -> PyResult<Self> {
        Ok(ComplexExact {
            real: real.into_py_any(py)?,
            imag: imag.into_py_any(py)?,
            rounded: rounded.into_py_any(py)?,
        })
    }
}

/// A decoded value (floats) and the part it was read from: "exact", "linear" or "polar" (a
/// record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct ComplexValue {
    real: Py<PyAny>,
    imag: Py<PyAny>,
    part: Py<PyAny>,
}

/// The polar part: modulus, phase in turns in (-1/2, 1/2], and the cartesian value they make
/// (exact on multiples of a quarter turn); all floats (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct PolarValue {
    modulus: Py<PyAny>,
    turns: Py<PyAny>,
    real: Py<PyAny>,
    imag: Py<PyAny>,
}

fn value(py: Python<'_>, d: &ComplexDecoded, allow_inexact: bool) -> PyResult<ComplexValue> {
    let part = match d {
        ComplexDecoded::Exact { .. } => "exact",
        ComplexDecoded::Linear { inexact: true, .. } if !allow_inexact => {
            return Err(to_py(FluxemError::decode(
                "the linear parts are flagged inexact (an operand was off the 10^-9 grid or \
                 beyond 10^27); pass allow_inexact=True to read them anyway",
            )))
        }
        ComplexDecoded::Linear { .. } => "linear",
        ComplexDecoded::Polar { .. } => "polar",
    };
    let (real, imag) = d.to_f64_pair();
    Ok(ComplexValue {
        real: real.into_py_any(py)?,
        imag: imag.into_py_any(py)?,
        part: part.into_py_any(py)?,
    })
}

#[pyclass(name = "ComplexEncoder", extends = AlgebraEncoder, frozen, module = "fluxem._native")]
pub struct PyComplexEncoder;

#[pymethods]
impl PyComplexEncoder {
    /// The exact parts of a complex literal (ParseError with the position of the problem).
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<ComplexExact> {
        let z = guarded(|| cx::parse_complex(&text)).py()?;
        let (re, im) = (ratio(&z.re.to_rational()), ratio(&z.im.to_rational()));
        ComplexExact::new(py, re, im, false)
    }

    /// The value, from whichever part is valid.
    #[pyo3(signature = (emb, allow_inexact = false))]
    fn decode(&self, py: Python<'_>, emb: Emb<'_>, allow_inexact: bool) -> PyResult<ComplexValue> {
        let v = read_embedding(&emb)?;
        value(
            py,
            &guarded(|| ComplexEncoder.decode(&v)).py()?,
            allow_inexact,
        )
    }

    /// The exact parts (valid on fresh encodings and after conjugate/negate).
    fn decode_exact(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<ComplexExact> {
        let v = read_embedding(&emb)?;
        let (re, im) = guarded(|| cx::decode_exact(&v)).py()?;
        let rounded = re.rounded || im.rounded;
        ComplexExact::new(py, short_ratio(&re), short_ratio(&im), rounded)
    }

    /// The linear parts: sums of embeddings decode to sums.
    #[pyo3(signature = (emb, allow_inexact = false))]
    fn decode_linear(
        &self,
        py: Python<'_>,
        emb: Emb<'_>,
        allow_inexact: bool,
    ) -> PyResult<ComplexValue> {
        let v = read_embedding(&emb)?;
        value(py, &guarded(|| cx::decode_linear(&v)).py()?, allow_inexact)
    }

    /// The polar part: sums of embeddings decode to products.
    fn decode_polar(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<PolarValue> {
        let v = read_embedding(&emb)?;
        let (modulus, turns) = guarded(|| cx::decode_polar(&v)).py()?;
        let (real, imag) = polar::to_cartesian(modulus, turns);
        Ok(PolarValue {
            modulus: modulus.into_py_any(py)?,
            turns: turns.into_py_any(py)?,
            real: real.into_py_any(py)?,
            imag: imag.into_py_any(py)?,
        })
    }

    /// The conjugate: every valid part stays valid.
    #[pyo3(signature = (a, float64 = false))]
    fn conjugate<'py>(&self, py: Python<'py>, a: Emb<'py>, float64: bool) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, cx::conjugate)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("COMPLEX_RE_START", cx::RE_START)?;
    m.add("COMPLEX_IM_START", cx::IM_START)?;
    m.add("COMPLEX_POLAR_START", cx::POLAR_START)?;
    crate::layout::add_offsets(
        m,
        "COMPLEX_POLAR_OFFSETS",
        &[
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
        ],
    )?;
    m.add_class::<PyComplexEncoder>()?;
    m.add_class::<ComplexExact>()?;
    m.add_class::<ComplexValue>()?;
    m.add_class::<PolarValue>()?;
    Ok(())
}
