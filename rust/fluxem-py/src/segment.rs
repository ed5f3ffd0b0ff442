//! `Segmenter`: the span segmenter, single text and columnar batches, immutable and picklable.

use crate::arrow_texts::{ArrowStrings, ArrowText};
use crate::errors::IntoPyResult;
use crate::texts::{BatchText, Text};
use fluxem_core::batch::guarded;
use fluxem_core::layout::EMBED_DIM;
use fluxem_core::segment::batch::{segment_columns, SpanColumns};
use fluxem_core::segment::{Segmenter as CoreSegmenter, SegmenterConfig};
use numpy::{PyArray1, PyArrayMethods};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

#[pyclass(frozen, module = "fluxem._native")]
pub struct Segmenter {
    inner: CoreSegmenter,
}

fn names(ds: &[fluxem_core::Domain]) -> Vec<&'static str> {
    ds.iter().map(|d| d.name()).collect()
}

fn columns_out<'py, F: numpy::Element + fluxem_core::batch::Float>(
    py: Python<'py>,
    cols: SpanColumns<F>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    let n_spans = cols.start.len();
    d.set_item("doc_offsets", PyArray1::from_vec(py, cols.doc_offsets))?;
    d.set_item("start", PyArray1::from_vec(py, cols.start))?;
    d.set_item("end", PyArray1::from_vec(py, cols.end))?;
    d.set_item("byte_start", PyArray1::from_vec(py, cols.byte_start))?;
    d.set_item("byte_end", PyArray1::from_vec(py, cols.byte_end))?;
    d.set_item("domain", PyArray1::from_vec(py, cols.domain))?;
    d.set_item("status", PyArray1::from_vec(py, cols.status))?;
    d.set_item("doc_status", PyArray1::from_vec(py, cols.doc_status))?;
    if let Some(e) = cols.embeddings {
        let arr = PyArray1::from_vec(py, e).reshape([n_spans, EMBED_DIM])?;
        d.set_item("embeddings", arr)?;
    }
    Ok(d)
}

/// A batch item that may carry the error of its extraction (not valid Unicode).
trait ItemError {
    fn error(&self) -> Option<&fluxem_core::FluxemError>;
}

impl ItemError for BatchText {
    fn error(&self) -> Option<&fluxem_core::FluxemError> {
        BatchText::error(self)
    }
}

impl ItemError for ArrowText<'_> {
    fn error(&self) -> Option<&fluxem_core::FluxemError> {
        self.0.as_ref().err()
    }
}

/// Documents that are not valid Unicode were segmented as empty: their status says why.
fn mark_invalid<F, T: ItemError>(mut cols: SpanColumns<F>, texts: &[T]) -> SpanColumns<F> {
    for (st, t) in cols.doc_status.iter_mut().zip(texts) {
        if let Some(e) = t.error() {
            *st = e.status() as u8;
        }
    }
    cols
}

impl Segmenter {
    /// `segment_batch` over items that are texts or per-item errors (GIL released).
    fn columns<'py, T: AsRef<str> + Sync + ItemError>(
        &self,
        py: Python<'py>,
        items: &[T],
        parallel: bool,
        encode: bool,
        float64: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let inner = &self.inner;
        if float64 {
            let cols = py.detach(|| segment_columns::<_, f64>(inner, items, parallel, encode));
            columns_out(py, mark_invalid(cols, items))
        } else {
            let cols = py.detach(|| segment_columns::<_, f32>(inner, items, parallel, encode));
            columns_out(py, mark_invalid(cols, items))
        }
    }

    /// The spans of `text` (GIL released) with char offsets, or byte offsets when `bytes`.
    fn spans(&self, py: Python<'_>, text: &str, bytes: bool) -> PyResult<Vec<(usize, usize, u8)>> {
        let spans = py
            .detach(|| guarded(|| Ok(self.inner.segment(text))))
            .py()?;
        Ok(spans
            .iter()
            .map(|s| {
                if bytes {
                    (s.start_byte, s.end_byte, s.domain.id())
                } else {
                    (s.start_char, s.end_char, s.domain.id())
                }
            })
            .collect())
    }
}

#[pymethods]
impl Segmenter {
    #[new]
    #[pyo3(signature = (domains = None, priority = None, arithmetic_granularity = "expression"))]
    fn new(
        domains: Option<Vec<String>>,
        priority: Option<Vec<String>>,
        arithmetic_granularity: &str,
    ) -> PyResult<Self> {
        let cfg = SegmenterConfig::from_names(
            domains.as_deref(),
            priority.as_deref(),
            arithmetic_granularity,
        )
        .py()?;
        let inner = CoreSegmenter::new(cfg).py()?;
        Ok(Segmenter { inner })
    }

    /// Enabled domains, by name.
    #[getter]
    fn domains(&self) -> Vec<&'static str> {
        names(&self.inner.config().domains)
    }

    /// The full priority order (first wins among alternatives for the same text).
    #[getter]
    fn priority(&self) -> Vec<&'static str> {
        names(&self.inner.config().effective_priority())
    }

    #[getter]
    fn arithmetic_granularity(&self) -> &'static str {
        self.inner.config().arithmetic.name()
    }

    /// Enabled domains that have an encoder (the others stay text).
    #[getter]
    fn encoder_domains(&self) -> Vec<&'static str> {
        names(&self.inner.encoder_domains())
    }

    /// Non-TEXT spans as (start, end, domain id) with `str` (code point) offsets.
    fn segment(&self, py: Python<'_>, text: Text) -> PyResult<Vec<(usize, usize, u8)>> {
        self.spans(py, &text, false)
    }

    /// Non-TEXT spans as (start, end, domain id) with UTF-8 byte offsets.
    fn segment_bytes(&self, py: Python<'_>, text: Text) -> PyResult<Vec<(usize, usize, u8)>> {
        self.spans(py, &text, true)
    }

    /// Every candidate considered: dicts with start, end (str offsets), byte_start, byte_end,
    /// text, domain (name), kept, reason.
    fn explain<'py>(&self, py: Python<'py>, text: Text) -> PyResult<Bound<'py, PyList>> {
        let notes = py
            .detach(|| guarded(|| Ok(self.inner.explain(&text))))
            .py()?;
        let out = PyList::empty(py);
        for n in notes {
            let d = PyDict::new(py);
            d.set_item("start", n.start_char)?;
            d.set_item("end", n.end_char)?;
            d.set_item("byte_start", n.start_byte)?;
            d.set_item("byte_end", n.end_byte)?;
            d.set_item("text", &text[n.start_byte..n.end_byte])?;
            d.set_item("domain", n.domain.name())?;
            d.set_item("kept", n.kept)?;
            d.set_item("reason", n.reason)?;
            out.append(d)?;
        }
        Ok(out)
    }

    /// Segments many texts (in parallel over documents, GIL released) into columns: see
    /// `fluxem.integration.batch.SegmentBatch`.
    /// `texts`: a list of `str`, or an Arrow string array (anything with
    /// `__arrow_c_array__`: `utf8`, `large_utf8`, `utf8_view`), read in place from its buffers.
    #[pyo3(signature = (texts, parallel = true, encode = false, float64 = false))]
    fn segment_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Bound<'py, PyAny>,
        parallel: bool,
        encode: bool,
        float64: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        if let Some(arrow) = ArrowStrings::of(&texts)? {
            let items = arrow.texts()?;
            return self.columns(py, &items, parallel, encode, float64);
        }
        let items: Vec<BatchText> = texts.extract()?;
        self.columns(py, &items, parallel, encode, float64)
    }

    /// `DomainToken`s covering `text` in order (TEXT gaps included), built natively.
    fn tokenize<'py>(
        &self,
        py: Python<'py>,
        text: Bound<'py, PyString>,
    ) -> PyResult<Bound<'py, PyList>> {
        let utf8: Text = text.extract()?;
        crate::tokens::tokenize(py, &self.inner, &text, &utf8)
    }

    /// `tokenize` for many texts in one call (parallel over documents, GIL released while
    /// segmenting): one `DocumentTokens` per text, whose tokens are built when read; a text
    /// with a lone surrogate is one TEXT token.
    #[pyo3(signature = (texts, parallel = true))]
    fn tokenize_batch<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Bound<'py, PyString>>,
        parallel: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        crate::doc_tokens::tokenize_batch(py, &self.inner, texts, parallel)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.get().inner.config();
        let args = (
            names(&py.domains),
            names(&py.priority),
            py.arithmetic.name(),
        );
        let pyo = slf.py();
        PyTuple::new(
            pyo,
            [
                slf.get_type().into_any(),
                args.into_pyobject(pyo)?.into_any(),
            ],
        )
    }

    fn __repr__(&self) -> String {
        let c = self.inner.config();
        format!(
            "Segmenter(domains={:?}, priority={:?}, arithmetic_granularity={:?})",
            names(&c.domains),
            names(&c.effective_priority()),
            c.arithmetic.name()
        )
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Segmenter>()?;
    Ok(())
}
