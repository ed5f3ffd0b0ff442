//! DNA: parse and decode to `DnaProfile`, and the operations on embeddings (reverse,
//! complement, concatenation).

use super::{Emb, EmbOut, Encoder};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::dna;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3::PyClassInitializer;

/// What a DNA embedding holds (counters in `DNA_SYMBOLS` order; dimers over A C G T/U,
/// row-major).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct DnaProfile {
    length: u64,
    counts: Vec<u64>,
    lowercase: u64,
    dimers: Vec<u64>,
    is_rna: bool,
    gc_fraction: f64,
    /// The first and last stored bases.
    first: String,
    last: String,
    /// The whole upper-cased sequence: after parse, and after decode when it is short enough.
    sequence: Option<String>,
}

impl DnaProfile {
    fn new(p: &dna::DnaProfile, sequence: Option<String>) -> Self {
        DnaProfile {
            length: p.length,
            counts: p.counts.to_vec(),
            lowercase: p.lowercase,
            dimers: p.dimers.to_vec(),
            is_rna: p.is_rna,
            gc_fraction: p.gc_fraction(),
            first: p.letters(&p.first),
            last: p.letters(&p.last),
            sequence,
        }
    }
}

#[pyclass(name = "DnaEncoder", extends = Encoder, frozen, module = "fluxem._native")]
pub struct PyDnaEncoder;

#[pymethods]
impl PyDnaEncoder {
    /// Parses a sequence (the GIL is released: inputs may be long); `sequence` is the whole
    /// input, upper-cased, without surrounding whitespace.
    fn parse(&self, py: Python<'_>, text: &str) -> PyResult<DnaProfile> {
        let (p, span) = py.detach(|| guarded(|| dna::parse_dna(text))).py()?;
        Ok(DnaProfile::new(&p, Some(text[span].to_ascii_uppercase())))
    }

    /// Everything the embedding stores.
    fn decode(&self, emb: Emb<'_>) -> PyResult<DnaProfile> {
        let v = read_embedding(&emb)?;
        let p = guarded(|| dna::decode(&v)).py()?;
        Ok(DnaProfile::new(&p, p.sequence()))
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

pub fn instance<'py>(
    py: Python<'py>,
    base: PyClassInitializer<Encoder>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(Bound::new(py, base.add_subclass(PyDnaEncoder))?.into_any())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let offsets = PyDict::new(m.py());
    for (name, value) in [
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
    ] {
        offsets.set_item(name, value)?;
    }
    m.add("DNA_OFFSETS", offsets)?;
    m.add("DNA_SYMBOLS", std::str::from_utf8(&dna::SYMBOLS)?)?;
    m.add("DNA_CAPACITY", dna::CAPACITY)?;
    m.add_class::<PyDnaEncoder>()?;
    m.add_class::<DnaProfile>()?;
    Ok(())
}
