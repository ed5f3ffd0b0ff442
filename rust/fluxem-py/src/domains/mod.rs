//! The native encoders, mirroring `fluxem_core::domains`: `Encoder` (any domain's text encoder,
//! single and batch, immutable and picklable), `AlgebraEncoder` (the core `Algebra` trait:
//! binary, power, negate on embeddings) and one subclass per domain, in this folder's files,
//! with that domain's parse, decode and operations.
//!
//! Values come back as records: frozen classes with named fields (no positional tuples). A
//! record's fields hold Python objects converted once when it is built: PyO3 serves `Py` fields
//! of a frozen class as struct members, so reading one costs what indexing a tuple does. The
//! field types are written in `_native.pyi`.

pub mod arithmetic;
pub mod complex;
pub mod dna;
pub mod formula;
pub mod pitch;
pub mod quantity;
pub mod vector;

use crate::arrays;
use crate::errors::{self, IntoPyResult};
use crate::texts::{BatchText, Text};
use fluxem_core::batch::{encode_rows, guarded};
use fluxem_core::domains::{
    arithmetic::ArithmeticEncoder, complex::ComplexEncoder, quantity::QuantityEncoder,
    vector::VectorEncoder,
};
use fluxem_core::domains::{build_encoder, Algebra, BinOp, DomainEncoder, Options};
use fluxem_core::layout::{Domain, Embedding};
use numpy::{PyArray1, PyReadonlyArray1};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use pyo3::PyClassInitializer;
use {
    arithmetic::PyArithmeticEncoder, complex::PyComplexEncoder, dna::PyDnaEncoder,
    formula::PyFormulaEncoder, pitch::PyPitchEncoder, quantity::PyQuantityEncoder,
    vector::PyVectorEncoder,
};

/// A 128-long float64 embedding argument (the Python layer casts other dtypes).
pub type Emb<'py> = PyReadonlyArray1<'py, f64>;

/// An embedding result: a (128,) float32 array, or float64 when asked.
pub type EmbOut<'py> = PyResult<Bound<'py, PyAny>>;

/// A domain's text encoder. `Encoder(domain, options)` returns that domain's subclass; the
/// subclasses have no constructor of their own, so this is the one way to build any of them.
#[pyclass(subclass, frozen, module = "fluxem._native")]
pub struct Encoder {
    domain: Domain,
    options: Options,
    inner: Box<dyn DomainEncoder>,
}

#[pymethods]
impl Encoder {
    /// The encoder of `domain` (a name such as "ARITHMETIC", any case) configured by
    /// `options`; returns that domain's subclass. Unknown names and options are ConfigError.
    #[new]
    #[pyo3(signature = (domain, options = None))]
    fn new(py: Python<'_>, domain: &str, options: Option<Options>) -> PyResult<Py<Encoder>> {
        let d = Domain::from_name(domain)
            .filter(|d| *d != Domain::Text)
            .ok_or_else(|| errors::config(format!("unknown domain {domain:?}")))?;
        let options = options.unwrap_or_default();
        let inner = build_encoder(d, &options).py()?;
        let base = PyClassInitializer::from(Encoder {
            domain: d,
            options: options.clone(),
            inner,
        });
        let obj = match d {
            Domain::Arithmetic => with_algebra(py, base, &ArithmeticEncoder, PyArithmeticEncoder)?,
            Domain::Quantity => with_algebra(py, base, &QuantityEncoder, PyQuantityEncoder)?,
            Domain::Complex => with_algebra(py, base, &ComplexEncoder, PyComplexEncoder)?,
            Domain::Vector => with_algebra(py, base, &VectorEncoder, PyVectorEncoder)?,
            Domain::Formula => Bound::new(py, base.add_subclass(PyFormulaEncoder))?.into_any(),
            Domain::Dna => Bound::new(py, base.add_subclass(PyDnaEncoder))?.into_any(),
            Domain::Pitch => {
                let pitch = PyPitchEncoder::from_options(&options)?;
                Bound::new(py, base.add_subclass(pitch))?.into_any()
            }
            Domain::Text => unreachable!("filtered above"),
        };
        Ok(obj.cast_into::<Encoder>()?.unbind())
    }

    /// Domain name, e.g. "ARITHMETIC".
    #[getter]
    fn domain(&self) -> &'static str {
        self.domain.name()
    }

    /// Stable domain id (the tag row and the `DomainType` value).
    #[getter]
    fn domain_id(&self) -> u8 {
        self.domain.id()
    }

    #[getter]
    fn options(&self) -> Options {
        self.options.clone()
    }

    /// Embeds one span's text; raises ParseError / EncodeError on bad input.
    #[pyo3(signature = (text, float64 = false))]
    fn encode<'py>(&self, py: Python<'py>, text: Text, float64: bool) -> EmbOut<'py> {
        let emb = guarded(|| self.inner.encode_text(&text)).py()?;
        arrays::embedding_out(py, &emb, float64)
    }

    /// Embeds many texts in one call, in parallel with the GIL released. Returns an (n, 128)
    /// array and an (n,) uint8 status array (0 = ok; failed rows are zero).
    #[pyo3(signature = (texts, parallel = true, float64 = false))]
    fn encode_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<BatchText>,
        parallel: bool,
        float64: bool,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyArray1<u8>>)> {
        let n = texts.len();
        let inner = &self.inner;
        let encode = |t: &BatchText, buf: &mut Embedding| match t.error() {
            Some(e) => Err(e.clone()),
            None => inner.encode_into(t.text(), buf),
        };
        if float64 {
            let (data, status) = py.detach(|| encode_rows::<_, f64>(&texts, parallel, encode));
            Ok((
                arrays::rows_out(py, data, n)?,
                PyArray1::from_vec(py, status),
            ))
        } else {
            let (data, status) = py.detach(|| encode_rows::<_, f32>(&texts, parallel, encode));
            Ok((
                arrays::rows_out(py, data, n)?,
                PyArray1::from_vec(py, status),
            ))
        }
    }

    /// Rebuilt through `Encoder(domain, options)`, which picks the subclass again.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let args = (me.domain.name(), me.options.clone());
        PyTuple::new(
            py,
            [
                py.get_type::<Encoder>().into_any(),
                args.into_pyobject(py)?.into_any(),
            ],
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "Encoder({:?}, options={:?})",
            self.domain.name(),
            self.options
        )
    }
}

/// The embedding half of the core `Algebra` trait, without its `Value` type, so that one
/// class serves every domain implementing it (each subclass decodes its own values).
trait Ops: Sync {
    fn binary(&self, a: &[f64], b: &[f64], op: BinOp) -> fluxem_core::Result<Embedding>;
    fn power(&self, a: &[f64], exponent: f64) -> fluxem_core::Result<Embedding>;
    fn negate(&self, a: &[f64]) -> fluxem_core::Result<Embedding>;
}

impl<A: Algebra> Ops for A {
    fn binary(&self, a: &[f64], b: &[f64], op: BinOp) -> fluxem_core::Result<Embedding> {
        Algebra::binary(self, a, b, op)
    }
    fn power(&self, a: &[f64], exponent: f64) -> fluxem_core::Result<Embedding> {
        Algebra::power(self, a, exponent)
    }
    fn negate(&self, a: &[f64]) -> fluxem_core::Result<Embedding> {
        Algebra::negate(self, a)
    }
}

/// The encoders of the domains with a closed-form algebra on embeddings (ARITHMETIC,
/// QUANTITY, COMPLEX, VECTOR): results are computed from the embeddings alone.
#[pyclass(extends = Encoder, subclass, frozen, module = "fluxem._native")]
pub struct AlgebraEncoder {
    ops: &'static dyn Ops,
}

/// An instance of `S`, a domain's class under `AlgebraEncoder`, over `base`, with `algebra`'s
/// operations.
fn with_algebra<'py, A, S>(
    py: Python<'py>,
    base: PyClassInitializer<Encoder>,
    algebra: &'static A,
    sub: S,
) -> PyResult<Bound<'py, PyAny>>
where
    A: Algebra + 'static,
    S: pyo3::PyClass<BaseType = AlgebraEncoder>,
{
    let init = base.add_subclass(AlgebraEncoder { ops: algebra });
    Ok(Bound::new(py, init.add_subclass(sub))?.into_any())
}

#[pymethods]
impl AlgebraEncoder {
    /// `a op b` for op "add", "sub", "mul" or "div" (another name is a ConfigError).
    #[pyo3(signature = (a, b, op, float64 = false))]
    fn binary<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        b: Emb<'py>,
        op: &str,
        float64: bool,
    ) -> EmbOut<'py> {
        let op = BinOp::from_name(op).py()?;
        arrays::binary_op(py, &a, &b, float64, |x, y| self.ops.binary(x, y, op))
    }

    /// `a ** exponent`.
    #[pyo3(signature = (a, exponent, float64 = false))]
    fn power<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        exponent: f64,
        float64: bool,
    ) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |x| self.ops.power(x, exponent))
    }

    /// `-a`.
    #[pyo3(signature = (a, float64 = false))]
    fn negate<'py>(&self, py: Python<'py>, a: Emb<'py>, float64: bool) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |x| self.ops.negate(x))
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Encoder>()?;
    m.add_class::<AlgebraEncoder>()?;
    arithmetic::register(m)?;
    quantity::register(m)?;
    formula::register(m)?;
    complex::register(m)?;
    vector::register(m)?;
    dna::register(m)?;
    pitch::register(m)?;
    Ok(())
}
