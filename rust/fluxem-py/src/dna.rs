//! DNA parse, decode and closed-form operations on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::dna::{self, DnaProfile};
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// (length, counts, lowercase, dimers, is_rna, gc_fraction, first, last, sequence)
type ProfileTuple = (
    u64,
    Vec<u64>,
    u64,
    Vec<u64>,
    bool,
    f64,
    String,
    String,
    Option<String>,
);

fn profile_tuple(p: &DnaProfile, sequence: Option<String>) -> ProfileTuple {
    (
        p.length,
        p.counts.to_vec(),
        p.lowercase,
        p.dimers.to_vec(),
        p.is_rna,
        p.gc_fraction(),
        p.letters(&p.first),
        p.letters(&p.last),
        sequence,
    )
}

/// Parses a sequence (the GIL is released: inputs may be long). The tuple's sequence is the
/// whole input, upper-cased, without surrounding whitespace.
#[pyfunction]
fn dna_parse(py: Python<'_>, text: &str) -> PyResult<ProfileTuple> {
    let (p, span) = py.detach(|| guarded(|| dna::parse_dna(text))).py()?;
    let sequence = text[span].to_ascii_uppercase();
    Ok(profile_tuple(&p, Some(sequence)))
}

#[pyfunction]
fn dna_decode(emb: PyReadonlyArray1<'_, f64>) -> PyResult<ProfileTuple> {
    let v = read_embedding(&emb)?;
    let p = guarded(|| dna::decode(&v)).py()?;
    let sequence = p.sequence();
    Ok(profile_tuple(&p, sequence))
}

/// Reverse (`reverse`), complement (`complement`) or both, as a signed permutation of dims.
#[pyfunction]
#[pyo3(signature = (a, reverse, complement, float64 = false))]
fn dna_transform<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    reverse: bool,
    complement: bool,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| dna::transform(&va, reverse, complement)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, b, float64 = false))]
fn dna_concat<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    b: PyReadonlyArray1<'_, f64>,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    let emb = guarded(|| dna::concat(&va, &vb)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
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
    m.add_function(wrap_pyfunction!(dna_parse, m)?)?;
    m.add_function(wrap_pyfunction!(dna_decode, m)?)?;
    m.add_function(wrap_pyfunction!(dna_transform, m)?)?;
    m.add_function(wrap_pyfunction!(dna_concat, m)?)?;
    Ok(())
}
