//! `fluxem._native`: the PyO3 face of fluxem-core. Thin by design: argument conversion, GIL
//! release around batch work, typed errors. All behaviour lives in the core crate.

mod arithmetic;
mod arrays;
mod complex;
mod dna;
mod encoder;
mod errors;
mod formula;
mod pitch;
mod quantity;
mod segment;
mod vector;

use fluxem_core::{codec, layout};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// Tag row id of an embedding (1..15), or None when no tag is readable.
#[pyfunction]
fn tag_id(emb: numpy::PyReadonlyArray1<'_, f64>) -> PyResult<Option<u8>> {
    let v = arrays::read_embedding(&emb)?;
    Ok(layout::read_tag_id(&v).map(|(id, _)| id))
}

/// The unit-norm tag vector (16 values) of tag row `id`.
#[pyfunction]
fn tag_vector<'py>(py: Python<'py>, id: u8) -> PyResult<Bound<'py, numpy::PyArray1<f64>>> {
    if !(1..16).contains(&id) {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "tag ids run from 1 to 15",
        ));
    }
    Ok(numpy::PyArray1::from_vec(
        py,
        layout::tag_for_id(id).to_vec(),
    ))
}

/// Whether batch calls in this process would run on the thread pool.
#[pyfunction]
fn parallel_available() -> bool {
    fluxem_core::parallel::is_parallel_available()
}

/// Threads the pool uses (from FLUXEM_NUM_THREADS or the core count).
#[pyfunction]
fn configured_threads() -> usize {
    fluxem_core::parallel::configured_threads()
}

/// Test probe for the panic boundary: item `panic_at` of an n-item batch panics inside the
/// encoder. Returns the batch statuses; with `single=True` panics in a single-item call instead
/// (which must surface as `fluxem.FluxemError`, never as a PanicException).
#[pyfunction]
#[pyo3(signature = (n, panic_at, single = false))]
fn _panic_probe(py: Python<'_>, n: usize, panic_at: usize, single: bool) -> PyResult<Vec<u8>> {
    use crate::errors::IntoPyResult;
    use fluxem_core::batch::{encode_rows, guarded};
    let probe = |i: &usize| -> fluxem_core::Result<fluxem_core::Embedding> {
        if *i == panic_at {
            panic!("probe panic at item {i}");
        }
        Ok([0.0; layout::EMBED_DIM])
    };
    if single {
        guarded(|| probe(&panic_at)).py()?;
    }
    let items: Vec<usize> = (0..n).collect();
    let (_, status) = py.detach(|| encode_rows::<_, f32>(&items, true, probe));
    Ok(status)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // The workspace version in Cargo.toml: the one version source (the wheel's metadata too).
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    let py = m.py();
    m.add("LAYOUT_VERSION", layout::LAYOUT_VERSION)?;
    m.add("EMBED_DIM", layout::EMBED_DIM)?;
    m.add("TAG_DIMS", layout::TAG_DIMS)?;
    m.add("CODEC_DIMS", codec::CODEC_DIMS)?;
    let offsets = PyDict::new(py);
    for (name, value) in [
        ("LIN", codec::LIN),
        ("LIN_LIMBS", codec::LIN_LIMBS),
        ("LIN_INEXACT", codec::LIN_INEXACT),
        ("LOG_ZERO", codec::LOG_ZERO),
        ("LOG_NEG", codec::LOG_NEG),
        ("LOG_K", codec::LOG_K),
        ("LOG_FHI", codec::LOG_FHI),
        ("LOG_FLO", codec::LOG_FLO),
        ("EXACT", codec::EXACT),
        ("EXACT_EXP", codec::EXACT_EXP),
        ("EXACT_ROUNDED", codec::EXACT_ROUNDED),
        ("V_EXACT", codec::V_EXACT),
        ("V_LIN", codec::V_LIN),
        ("V_LOG", codec::V_LOG),
    ] {
        offsets.set_item(name, value)?;
    }
    m.add("CODEC_OFFSETS", offsets)?;
    m.add_function(wrap_pyfunction!(tag_id, m)?)?;
    m.add_function(wrap_pyfunction!(tag_vector, m)?)?;
    m.add_function(wrap_pyfunction!(parallel_available, m)?)?;
    m.add_function(wrap_pyfunction!(configured_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_probe, m)?)?;
    m.add_class::<encoder::Encoder>()?;
    arithmetic::register(m)?;
    quantity::register(m)?;
    formula::register(m)?;
    complex::register(m)?;
    vector::register(m)?;
    dna::register(m)?;
    pitch::register(m)?;
    segment::register(m)?;
    Ok(())
}
