//! `fluxem._native`: the PyO3 face of fluxem-core. Thin by design: argument conversion, GIL
//! release around batch work, typed errors. All behaviour lives in the core crate, and the
//! files mirror it: `domains/` (the encoders), `errors.rs` (`error.rs`), `layout.rs`,
//! `number.rs`, `segment.rs`, `tokens.rs` (the seed's `DomainToken`).

mod arrays;
mod arrow_texts;
mod doc_tokens;
mod domains;
mod errors;
mod layout;
mod number;
mod segment;
mod texts;
mod tokens;

use fluxem_core::segment::Granularity;
use pyo3::prelude::*;

/// Whether batch calls in this process would run on the thread pool.
#[pyfunction]
fn parallel_available() -> bool {
    fluxem_core::parallel::is_parallel_available()
}

/// Threads the pool uses (from FLUXEM_NUM_THREADS, capped, or the core count).
#[pyfunction]
fn configured_threads() -> usize {
    fluxem_core::parallel::configured_threads()
}

/// FLUXEM_NUM_THREADS as written (None when unset or not a positive count), before the cap.
#[pyfunction]
fn requested_threads() -> Option<usize> {
    fluxem_core::parallel::requested_threads()
}

/// Test probe for the panic boundary: item `panic_at` of an n-item batch panics inside the
/// encoder. Returns the batch statuses; with `single=True` panics in a single-item call instead
/// (which must surface as `fluxem.FluxemError`, never as a PanicException).
#[pyfunction]
#[pyo3(signature = (n, panic_at, single = false))]
fn _panic_probe(py: Python<'_>, n: usize, panic_at: usize, single: bool) -> PyResult<Vec<u8>> {
    use crate::errors::IntoPyResult;
    use fluxem_core::batch::{encode_rows, guarded};
    let probe = |i: &usize, out: &mut fluxem_core::Embedding| -> fluxem_core::Result<()> {
        if *i == panic_at {
            panic!("probe panic at item {i}");
        }
        out.fill(0.0);
        Ok(())
    };
    if single {
        guarded(|| probe(&panic_at, &mut [0.0; fluxem_core::EMBED_DIM])).py()?;
    }
    let items: Vec<usize> = (0..n).collect();
    let (_, status) = py.detach(|| encode_rows::<_, f32>(&items, true, probe));
    Ok(status)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // The workspace version in Cargo.toml: the one version source (the wheel's metadata too).
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    // a profile-guided build (scripts/build_pgo.sh): same results, laid out for speed
    m.add("BUILD_PGO", option_env!("FLUXEM_BUILD_PGO").is_some())?;
    layout::register(m)?;
    errors::register(m)?;
    // How ARITHMETIC spans may be cut (the segmenter's `arithmetic_granularity`).
    let granularities = [Granularity::Expression, Granularity::Number].map(Granularity::name);
    m.add("ARITHMETIC_GRANULARITIES", granularities.to_vec())?;
    m.add_function(wrap_pyfunction!(parallel_available, m)?)?;
    m.add_function(wrap_pyfunction!(configured_threads, m)?)?;
    m.add_function(wrap_pyfunction!(requested_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_probe, m)?)?;
    domains::register(m)?;
    segment::register(m)?;
    tokens::register(m)?;
    doc_tokens::register(m)?;
    Ok(())
}
