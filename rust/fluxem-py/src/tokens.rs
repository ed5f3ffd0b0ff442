//! `DomainToken`: the seed API's token (domain, text, start, end), built here so that
//! `tokenize` costs one native call and no Python code per token (the segmentation runs with
//! the GIL released; the tokens are then built in one pass with the GIL held).
//! `tokenize_batch`'s lazy per-document sequences are in `doc_tokens`.

use crate::errors::IntoPyResult;
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::segment::Segmenter as CoreSegmenter;
use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple};

/// One segment: `text == source[start:end]` (`str` offsets, end exclusive).
#[pyclass(frozen, module = "fluxem._native")]
pub struct DomainToken {
    /// The domain (a `fluxem.DomainType` member).
    #[pyo3(get)]
    domain: Py<PyAny>,
    /// The segment's text.
    #[pyo3(get)]
    text: Py<PyString>,
    /// Start char offset in the source text.
    #[pyo3(get)]
    start: usize,
    /// End char offset (exclusive).
    #[pyo3(get)]
    end: usize,
}

impl DomainToken {
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                self.domain.bind(py).clone(),
                self.text.bind(py).clone().into_any(),
                self.start.into_pyobject(py)?.into_any(),
                self.end.into_pyobject(py)?.into_any(),
            ],
        )
    }
}

#[pymethods]
impl DomainToken {
    #[new]
    fn new(domain: Py<PyAny>, text: Py<PyString>, start: usize, end: usize) -> Self {
        DomainToken {
            domain,
            text,
            start,
            end,
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let name = self.domain.bind(py).getattr("name")?;
        Ok(format!(
            "DomainToken({name}: {})",
            self.text.bind(py).repr()?
        ))
    }

    /// Equal when every field is equal (as the dataclass it replaces).
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let py = other.py();
        let Ok(other) = other.cast::<DomainToken>() else {
            return Ok(py.NotImplemented());
        };
        let other = other.get();
        let same = self.start == other.start
            && self.end == other.end
            && self.domain.bind(py).eq(other.domain.bind(py))?
            && self.text.bind(py).as_any().eq(other.text.bind(py))?;
        match op {
            CompareOp::Eq => Ok(same.into_pyobject(py)?.to_owned().into_any().unbind()),
            CompareOp::Ne => Ok((!same).into_pyobject(py)?.to_owned().into_any().unbind()),
            _ => Ok(py.NotImplemented()),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.fields(py)?.hash()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        PyTuple::new(
            py,
            [slf.get_type().into_any(), slf.get().fields(py)?.into_any()],
        )
    }

    /// `__match_args__` of the dataclass: `case DomainToken(domain, text, start, end)`.
    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str, &'static str) {
        ("domain", "text", "start", "end")
    }
}

/// The `DomainType` members by id, fetched once per interpreter.
pub(crate) fn domain_members(py: Python<'_>) -> PyResult<&Vec<Py<PyAny>>> {
    static MEMBERS: PyOnceLock<Vec<Py<PyAny>>> = PyOnceLock::new();
    MEMBERS.get_or_try_init(py, || {
        let cls = py.import("fluxem.domain_type")?.getattr("DomainType")?;
        let mut members: Vec<(usize, Py<PyAny>)> = Vec::new();
        for m in cls.try_iter()? {
            let m = m?;
            members.push((m.extract()?, m.unbind()));
        }
        members.sort_by_key(|(id, _)| *id);
        // ids are 0..n without gaps (checked against the native list on import)
        Ok(members.into_iter().map(|(_, m)| m).collect())
    })
}

/// A token of domain id `domain` (0 is TEXT) whose text is `piece`.
pub(crate) fn new_token(
    py: Python<'_>,
    members: &[Py<PyAny>],
    piece: Py<PyString>,
    domain: u8,
    start: usize,
    end: usize,
) -> PyResult<Py<DomainToken>> {
    Py::new(
        py,
        DomainToken {
            domain: members[domain as usize].clone_ref(py),
            text: piece,
            start,
            end,
        },
    )
}

/// Appends the tokens of one document: TEXT gaps and spans, covering the text in order.
fn push_tokens<'py>(
    py: Python<'py>,
    members: &[Py<PyAny>],
    source: &Bound<'py, PyString>,
    text: &str,
    spans: &[(usize, usize, usize, usize, u8)],
    out: &Bound<'py, PyList>,
) -> PyResult<()> {
    let token = |d: u8, b0: usize, b1: usize, c0: usize, c1: usize| -> PyResult<Py<DomainToken>> {
        // the whole text: the caller's own str, no copy
        let piece = if b0 == 0 && b1 == text.len() {
            source.clone().unbind()
        } else {
            PyString::new(py, &text[b0..b1]).unbind()
        };
        new_token(py, members, piece, d, c0, c1)
    };
    let (mut byte, mut char) = (0usize, 0usize);
    for &(c0, c1, b0, b1, d) in spans {
        if b0 > byte {
            out.append(token(0, byte, b0, char, c0)?)?;
        }
        out.append(token(d, b0, b1, c0, c1)?)?;
        (byte, char) = (b1, c1);
    }
    if byte < text.len() {
        let n_chars = char + text[byte..].chars().count();
        out.append(token(0, byte, text.len(), char, n_chars)?)?;
    }
    Ok(())
}

/// The tokens of one text (`text` is `source` as UTF-8), segmented with the GIL released.
pub fn tokenize<'py>(
    py: Python<'py>,
    seg: &CoreSegmenter,
    source: &Bound<'py, PyString>,
    text: &str,
) -> PyResult<Bound<'py, PyList>> {
    let spans = py.detach(|| guarded(|| Ok(seg.segment(text)))).py()?;
    let spans: Vec<_> = spans
        .iter()
        .map(|s| {
            (
                s.start_char,
                s.end_char,
                s.start_byte,
                s.end_byte,
                s.domain.id(),
            )
        })
        .collect();
    let out = PyList::empty(py);
    push_tokens(py, domain_members(py)?, source, text, &spans, &out)?;
    Ok(out)
}

/// The tokens of `text` for spans given as (char start, char end, domain id), sorted and
/// disjoint (a batch's spans of one document, for display).
#[pyfunction]
fn tokens_from_spans<'py>(
    py: Python<'py>,
    text: Bound<'py, PyString>,
    spans: Vec<(usize, usize, u8)>,
) -> PyResult<Bound<'py, PyList>> {
    let utf8: Text = text.extract()?;
    // char offsets to byte offsets in one pass over the text
    let mut bytes: Vec<usize> = utf8.char_indices().map(|(b, _)| b).collect();
    bytes.push(utf8.len());
    let mut last = 0;
    let mut rows = Vec::with_capacity(spans.len());
    for (c0, c1, d) in spans {
        if c0 < last || c0 > c1 || c1 >= bytes.len() || d as usize >= domain_members(py)?.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "span ({c0}, {c1}, {d}) is not a sorted, disjoint span of a known domain in a text of {} chars",
                bytes.len() - 1
            )));
        }
        rows.push((c0, c1, bytes[c0], bytes[c1], d));
        last = c1;
    }
    let out = PyList::empty(py);
    push_tokens(py, domain_members(py)?, &text, &utf8, &rows, &out)?;
    Ok(out)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<DomainToken>()?;
    m.add_function(wrap_pyfunction!(tokens_from_spans, m)?)?;
    Ok(())
}
