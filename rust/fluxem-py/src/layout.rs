//! The embedding layout and the domain ids: constants, tags, and the domain list by id.

use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::layout::{self, Domain, TAG_DIMS};
use fluxem_core::{codec, EMBED_DIM};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyRange};

/// Tag row id of an embedding (1..15), or None when no tag is readable.
#[pyfunction]
fn tag_id(emb: numpy::PyReadonlyArray1<'_, f64>) -> PyResult<Option<u8>> {
    let v = crate::arrays::read_embedding(&emb)?;
    guarded(|| Ok(layout::read_tag_id(&v).map(|(id, _)| id))).py()
}

/// The unit-norm tag vector (16 values) of tag row `id`; other ids are a ConfigError.
#[pyfunction]
fn tag_vector<'py>(py: Python<'py>, id: u8) -> PyResult<Bound<'py, numpy::PyArray1<f64>>> {
    if !(1..DOMAIN_ID_COUNT).contains(&id) {
        return Err(crate::errors::config(format!(
            "tag ids run from 1 to {}, got {id}",
            DOMAIN_ID_COUNT - 1
        )));
    }
    Ok(numpy::PyArray1::from_vec(
        py,
        layout::tag_for_id(id).to_vec(),
    ))
}

/// Domain ids, one per row of the order-16 Hadamard matrix that makes the tags.
const DOMAIN_ID_COUNT: u8 = TAG_DIMS as u8;

/// Adds `name` to the module: a dict of the named offsets of a layout block.
pub fn add_offsets(m: &Bound<'_, PyModule>, name: &str, table: &[(&str, usize)]) -> PyResult<()> {
    let offsets = PyDict::new(m.py());
    for &(key, value) in table {
        offsets.set_item(key, value)?;
    }
    m.add(name, offsets)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("LAYOUT_VERSION", layout::LAYOUT_VERSION)?;
    m.add("EMBED_DIM", EMBED_DIM)?;
    m.add("TAG_DIMS", TAG_DIMS)?;
    m.add("CODEC_DIMS", codec::CODEC_DIMS)?;
    m.add("CODEC_LINEAR_RANGE_EXP", codec::LIN_RANGE_EXP)?;
    add_offsets(
        m,
        "CODEC_OFFSETS",
        &[
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
        ],
    )?;
    // The built-in domains by id (`DOMAINS[id]` is the name), then the ids left to users.
    let builtin: Vec<&str> = (0..DOMAIN_ID_COUNT)
        .map_while(Domain::from_id)
        .map(Domain::name)
        .collect();
    m.add("DOMAINS", builtin.clone())?;
    m.add(
        "USER_DOMAIN_IDS",
        PyRange::new(py, builtin.len() as isize, DOMAIN_ID_COUNT as isize)?,
    )?;
    m.add("DOMAIN_ID_COUNT", DOMAIN_ID_COUNT)?;
    m.add_function(wrap_pyfunction!(tag_id, m)?)?;
    m.add_function(wrap_pyfunction!(tag_vector, m)?)?;
    Ok(())
}
