//! `tokenize_batch`'s per-document token sequences. A batch is segmented with the GIL released
//! and its tokens (TEXT gaps and spans) recorded as plain rows, one table for the batch; each
//! document is a `DocumentTokens`, a read-only sequence that builds a `DomainToken` (and the
//! `str` of its piece) only when the caller reads it. The call costs one Python object per
//! document instead of two per token, and a caller that reads only some tokens (the spans,
//! a count, the first token) pays only for those.

use crate::texts::BatchText;
use crate::tokens::{domain_members, new_token};
use fluxem_core::segment::batch::segment_columns;
use fluxem_core::segment::Segmenter as CoreSegmenter;
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PySlice, PyString, PyTuple};
use std::sync::Arc;

/// One token of a batch: its char range in its document and its domain id (0 is TEXT).
#[derive(Clone, Copy)]
struct Row {
    start: usize,
    end: usize,
    domain: u8,
}

/// The tokens of every document of one batch: document `d` is `rows[offsets[d]..offsets[d + 1]]`.
struct Table {
    rows: Vec<Row>,
    offsets: Vec<usize>,
}

/// The tokens of one document of a `tokenize_batch` call: a read-only sequence of
/// `DomainToken`, equal to the list `tokenize` returns for the same text.
#[pyclass(frozen, sequence, module = "fluxem._native")]
pub struct DocumentTokens {
    table: Arc<Table>,
    doc: usize,
    /// The document's text, as given (tokens are slices of it).
    #[pyo3(get)]
    source: Py<PyString>,
}

impl DocumentTokens {
    fn rows(&self) -> &[Row] {
        &self.table.rows[self.table.offsets[self.doc]..self.table.offsets[self.doc + 1]]
    }

    fn token(&self, py: Python<'_>, row: Row) -> PyResult<Py<PyAny>> {
        let source = self.source.bind(py);
        let piece = if row.start == 0 && row.end == source.len()? {
            source.clone()
        } else {
            substring(source, row.start, row.end)?
        };
        Ok(new_token(
            py,
            domain_members(py)?,
            piece.unbind(),
            row.domain,
            row.start,
            row.end,
        )?
        .into_any())
    }

    fn list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let tokens = self
            .rows()
            .iter()
            .map(|&r| self.token(py, r))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, tokens)
    }
}

/// `source[start:end]` in chars, as CPython slices a str.
fn substring<'py>(
    source: &Bound<'py, PyString>,
    start: usize,
    end: usize,
) -> PyResult<Bound<'py, PyString>> {
    let py = source.py();
    // SAFETY: PyUnicode_Substring returns a new reference to a str, or NULL with an exception.
    unsafe {
        Ok(Bound::from_owned_ptr_or_err(
            py,
            pyo3::ffi::PyUnicode_Substring(source.as_ptr(), start as isize, end as isize),
        )?
        .cast_into_unchecked())
    }
}

#[pymethods]
impl DocumentTokens {
    fn __len__(&self) -> usize {
        self.rows().len()
    }

    /// A token by index (negative from the end), or a `list` of tokens for a slice.
    fn __getitem__(&self, py: Python<'_>, index: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let rows = self.rows();
        if let Ok(slice) = index.cast::<PySlice>() {
            let ix = slice.indices(rows.len() as isize)?;
            let tokens = (0..ix.slicelength)
                .map(|k| self.token(py, rows[(ix.start + k as isize * ix.step) as usize]))
                .collect::<PyResult<Vec<_>>>()?;
            return Ok(PyList::new(py, tokens)?.into_any().unbind());
        }
        let i = match index.extract::<isize>() {
            Ok(i) => i,
            // an integer too large for an index is out of range, as for a list
            Err(_) if index.hasattr("__index__")? => isize::MAX,
            Err(_) => {
                return Err(PyTypeError::new_err(format!(
                    "token indices must be integers or slices, not {}",
                    index.get_type().name()?
                )))
            }
        };
        let k = if i < 0 { i + rows.len() as isize } else { i };
        if k < 0 || k >= rows.len() as isize {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        self.token(py, rows[k as usize])
    }

    fn __iter__(slf: Bound<'_, Self>) -> DocumentTokensIter {
        let len = slf.get().rows().len();
        DocumentTokensIter {
            tokens: slf.unbind(),
            next: 0,
            len,
        }
    }

    /// The tokens as a plain `list`.
    fn tolist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py)
    }

    /// How many tokens equal `value`.
    #[pyo3(signature = (value, /))]
    fn count(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<usize> {
        self.list(py)?
            .as_any()
            .call_method1("count", (value,))?
            .extract()
    }

    /// The index of the first token equal to `value` in `[start:stop]`, as `list.index`.
    #[pyo3(signature = (value, start = 0, stop = isize::MAX, /))]
    fn index(
        &self,
        py: Python<'_>,
        value: &Bound<'_, PyAny>,
        start: isize,
        stop: isize,
    ) -> PyResult<usize> {
        self.list(py)?
            .as_any()
            .call_method1("index", (value, start, stop))?
            .extract()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.list(py)?.repr()?.to_string())
    }

    /// The tokens drawn over the text in a notebook (as `tokenize`'s list).
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let render = py.import("fluxem.render")?;
        Ok(render
            .getattr("spans_html")?
            .call1((self.source.bind(py), self.list(py)?))?
            .unbind())
    }

    /// Equal to a `list` (or another `DocumentTokens`) of equal tokens in the same order,
    /// as `tokenize(text) == tokenize_batch([text])[0]`.
    fn __richcmp__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        op: CompareOp,
    ) -> PyResult<Py<PyAny>> {
        let other = if let Ok(o) = other.cast::<DocumentTokens>() {
            o.get().list(py)?.into_any()
        } else if other.is_instance_of::<PyList>() {
            other.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        let same = self.list(py)?.as_any().eq(other)?;
        match op {
            CompareOp::Eq => Ok(same.into_pyobject(py)?.to_owned().into_any().unbind()),
            CompareOp::Ne => Ok((!same).into_pyobject(py)?.to_owned().into_any().unbind()),
            _ => Ok(py.NotImplemented()),
        }
    }

    /// A plain list when pickled (the batch table stays behind).
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                py.get_type::<PyList>().into_any(),
                PyTuple::new(py, [self.list(py)?])?.into_any(),
            ],
        )
    }
}

/// Iterator over a `DocumentTokens`, building each token when it is reached.
#[pyclass(module = "fluxem._native")]
pub struct DocumentTokensIter {
    tokens: Py<DocumentTokens>,
    next: usize,
    len: usize,
}

#[pymethods]
impl DocumentTokensIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if self.next >= self.len {
            return Ok(None);
        }
        let tokens = self.tokens.get();
        let row = tokens.rows()[self.next];
        self.next += 1;
        tokens.token(py, row).map(Some)
    }
}

/// `tokenize` for many texts: one `DocumentTokens` per text (segmentation in parallel over
/// documents with the GIL released; no token object is built until it is read). A text that
/// is not valid Unicode (a lone surrogate) is one TEXT token, as it has no span.
pub fn tokenize_batch<'py>(
    py: Python<'py>,
    seg: &CoreSegmenter,
    texts: Vec<Bound<'py, PyString>>,
    parallel: bool,
) -> PyResult<Bound<'py, PyList>> {
    let backed: Vec<BatchText> = texts.iter().map(BatchText::of).collect();
    let chars = texts
        .iter()
        .map(|s| s.len())
        .collect::<PyResult<Vec<_>>>()?;
    let table = py.detach(|| {
        let cols = segment_columns::<_, f32>(seg, &backed, parallel, false);
        let mut rows = Vec::with_capacity(cols.domain.len() * 2 + backed.len());
        let mut offsets = Vec::with_capacity(backed.len() + 1);
        offsets.push(0);
        for (d, &n_chars) in chars.iter().enumerate() {
            let mut at = 0usize;
            for k in cols.doc_offsets[d] as usize..cols.doc_offsets[d + 1] as usize {
                let (start, end) = (cols.start[k] as usize, cols.end[k] as usize);
                if start > at {
                    rows.push(Row {
                        start: at,
                        end: start,
                        domain: 0,
                    });
                }
                rows.push(Row {
                    start,
                    end,
                    domain: cols.domain[k],
                });
                at = end;
            }
            if at < n_chars {
                rows.push(Row {
                    start: at,
                    end: n_chars,
                    domain: 0,
                });
            }
            offsets.push(rows.len());
        }
        Arc::new(Table { rows, offsets })
    });
    let docs = texts
        .into_iter()
        .enumerate()
        .map(|(doc, source)| {
            Py::new(
                py,
                DocumentTokens {
                    table: Arc::clone(&table),
                    doc,
                    source: source.unbind(),
                },
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, docs)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<DocumentTokens>()?;
    m.add_class::<DocumentTokensIter>()?;
    Ok(())
}
