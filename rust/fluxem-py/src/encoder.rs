//! `Encoder`: any domain's text encoder, single and batch, immutable and picklable.

use crate::arrays;
use crate::errors::IntoPyResult;
use fluxem_core::batch::{encode_rows, guarded};
use fluxem_core::domains::{build_encoder, DomainEncoder, Options};
use fluxem_core::layout::Domain;
use numpy::PyArray1;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

#[pyclass(frozen, module = "fluxem._native")]
pub struct Encoder {
    domain: Domain,
    options: Options,
    inner: Box<dyn DomainEncoder>,
}

#[pymethods]
impl Encoder {
    #[new]
    #[pyo3(signature = (domain, options = None))]
    fn new(domain: &str, options: Option<Options>) -> PyResult<Self> {
        let d = Domain::from_name(domain)
            .filter(|d| *d != Domain::Text)
            .ok_or_else(|| {
                pyo3::exceptions::PyValueError::new_err(format!("unknown domain {domain:?}"))
            })?;
        let options = options.unwrap_or_default();
        let inner = build_encoder(d, &options).py()?;
        Ok(Encoder {
            domain: d,
            options,
            inner,
        })
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
    fn encode<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        float64: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let emb = guarded(|| self.inner.encode_text(text)).py()?;
        Ok(arrays::embedding_out(py, &emb, float64))
    }

    /// Embeds many texts in one call, in parallel with the GIL released. Returns an (n, 128)
    /// array and an (n,) uint8 status array (0 = ok; failed rows are zero).
    #[pyo3(signature = (texts, parallel = true, float64 = false))]
    fn encode_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        parallel: bool,
        float64: bool,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyArray1<u8>>)> {
        let n = texts.len();
        let inner = &self.inner;
        let encode = |t: &String| inner.encode_text(t);
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

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let args = (me.domain.name(), me.options.clone());
        PyTuple::new(
            py,
            [
                slf.get_type().into_any(),
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
