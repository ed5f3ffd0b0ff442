//! DNA: parse and decode to `DnaProfile`, and the operations on embeddings (reverse,
//! complement, concatenation).

use super::{Emb, EmbOut, Encoder};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::dna;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// What a DNA embedding holds (a record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct DnaProfile {
    /// int: the sequence length.
    length: Py<PyAny>,
    /// list of int: the count of each symbol, in `DNA_SYMBOLS` order.
    counts: Py<PyAny>,
    /// int: how many symbols were lower case.
    lowercase: Py<PyAny>,
    /// list of 16 ints: the 2-mer counts over A C G T/U, row-major.
    dimers: Py<PyAny>,
    /// bool, float.
    is_rna: Py<PyAny>,
    gc_fraction: Py<PyAny>,
    /// str: the first and last stored bases.
    first: Py<PyAny>,
    last: Py<PyAny>,
    /// str or None: the whole upper-cased sequence, after parse and after decode when it is
    /// short enough.
    sequence: Py<PyAny>,
}

impl DnaProfile {
    fn new(py: Python<'_>, p: &dna::DnaProfile, sequence: Option<String>) -> PyResult<Self> {
        Ok(DnaProfile {
            length: p.length.into_py_any(py)?,
            counts: p.counts.into_py_any(py)?,
            lowercase: p.lowercase.into_py_any(py)?,
            dimers: p.dimers.into_py_any(py)?,
            is_rna: p.is_rna.into_py_any(py)?,
            gc_fraction: p.gc_fraction().into_py_any(py)?,
            first: p.letters(&p.first).into_py_any(py)?,
            last: p.letters(&p.last).into_py_any(py)?,
            sequence: sequence.into_py_any(py)?,
        })
    }
}

#[pyclass(name = "DnaEncoder", extends = Encoder, frozen, module = "fluxem._native")]
pub struct PyDnaEncoder;

#[pymethods]
impl PyDnaEncoder {
    /// Parses a sequence (the GIL is released: inputs may be long); `sequence` is the whole
    /// input, upper-cased, without surrounding whitespace.
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<DnaProfile> {
        let (p, span) = py.detach(|| guarded(|| dna::parse_dna(&text))).py()?;
        DnaProfile::new(py, &p, Some(text[span].to_ascii_uppercase()))
    }

    /// Everything the embedding stores.
    fn decode(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<DnaProfile> {
        let v = read_embedding(&emb)?;
        let p = guarded(|| dna::decode(&v)).py()?;
        DnaProfile::new(py, &p, p.sequence())
    }

    /// Reverse, complement or both, as a signed permutation of the embedding's dims.
    #[pyo3(signature = (a, reverse, complement, float64 = false))]
    fn transform<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        reverse: bool,
        complement: bool,
        float64: bool,
    ) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |va| {
            dna::transform(va, reverse, complement)
        })
    }

    /// The embedding of sequence a followed by b.
    #[pyo3(signature = (a, b, float64 = false))]
    fn concat<'py>(&self, py: Python<'py>, a: Emb<'py>, b: Emb<'py>, float64: bool) -> EmbOut<'py> {
        arrays::binary_op(py, &a, &b, float64, dna::concat)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    crate::layout::add_offsets(
        m,
        "DNA_OFFSETS",
        &[
            ("LO", dna::LO),
            ("HI", dna::HI),
            ("GC", dna::GC),
            ("RNA", dna::RNA),
            ("FIRST", dna::FIRST),
            ("LAST", dna::LAST),
            ("RESERVED", dna::RESERVED),
            ("COUNTERS", dna::COUNTERS),
            ("LENGTH", dna::LENGTH),
            ("SYMBOL_COUNTS", dna::SYMBOL_COUNTS),
            ("LOWERCASE", dna::LOWERCASE),
            ("DIMERS", dna::DIMERS),
            ("BOUNDARY", dna::BOUNDARY),
        ],
    )?;
    m.add("DNA_SYMBOLS", std::str::from_utf8(&dna::SYMBOLS)?)?;
    m.add("DNA_CAPACITY", dna::CAPACITY)?;
    m.add_class::<PyDnaEncoder>()?;
    m.add_class::<DnaProfile>()?;
    Ok(())
}
