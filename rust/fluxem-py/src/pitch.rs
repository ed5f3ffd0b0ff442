//! PITCH parse, decode and closed-form transpositions on embeddings.

use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use fluxem_core::batch::guarded;
use fluxem_core::domains::pitch::{self, Pitch, PitchEncoder, LETTERS};
use numpy::PyReadonlyArray1;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// (name, letter, alteration, octave, midi, pitch_class, frequency_hz, a4_hz)
type PitchTuple = (String, String, i64, i64, i64, i64, f64, f64);

fn pitch_tuple(p: &Pitch, a4_hz: f64) -> PitchTuple {
    let midi = p.midi();
    (
        p.name(),
        LETTERS[p.letter].to_string(),
        p.alteration,
        p.octave,
        midi,
        midi.rem_euclid(12),
        pitch::frequency(a4_hz, midi),
        a4_hz,
    )
}

/// Parses a pitch and checks it is encodable (MIDI 0..=127) under tuning `a4_hz`.
#[pyfunction]
#[pyo3(signature = (text, a4_hz = 440.0))]
fn pitch_parse(text: &str, a4_hz: f64) -> PyResult<PitchTuple> {
    guarded(|| {
        let p = pitch::parse_pitch(text)?;
        PitchEncoder::new(a4_hz)?.encode_pitch(&p)?;
        Ok(pitch_tuple(&p, a4_hz))
    })
    .py()
}

#[pyfunction]
fn pitch_decode(emb: PyReadonlyArray1<'_, f64>) -> PyResult<PitchTuple> {
    let v = read_embedding(&emb)?;
    let d = guarded(|| pitch::decode(&v)).py()?;
    Ok(pitch_tuple(&d.pitch, d.a4_hz))
}

/// The canonical name of MIDI note `midi`, spelled with sharps (or flats).
#[pyfunction]
#[pyo3(signature = (midi, sharps = true))]
fn pitch_name_of_midi(midi: i64, sharps: bool) -> String {
    Pitch::from_midi(midi, sharps).name()
}

#[pyfunction]
#[pyo3(signature = (a, semitones, float64 = false))]
fn pitch_transpose<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    semitones: i64,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| pitch::transpose(&va, semitones)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

#[pyfunction]
#[pyo3(signature = (a, interval, float64 = false))]
fn pitch_transpose_interval<'py>(
    py: Python<'py>,
    a: PyReadonlyArray1<'_, f64>,
    interval: &str,
    float64: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let va = read_embedding(&a)?;
    let emb = guarded(|| pitch::transpose_interval(&va, &pitch::parse_interval(interval)?)).py()?;
    Ok(arrays::embedding_out(py, &emb, float64))
}

/// A spelled interval as (diatonic steps, semitones).
#[pyfunction]
fn pitch_parse_interval(text: &str) -> PyResult<(i64, i64)> {
    let iv = guarded(|| pitch::parse_interval(text)).py()?;
    Ok((iv.steps, iv.semitones))
}

#[pyfunction]
fn pitch_interval(a: PyReadonlyArray1<'_, f64>, b: PyReadonlyArray1<'_, f64>) -> PyResult<i64> {
    let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
    guarded(|| pitch::interval_semitones(&va, &vb)).py()
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let offsets = PyDict::new(m.py());
    for (name, value) in [
        ("MIDI", pitch::MIDI),
        ("MIDI_OCTAVE", pitch::MIDI_OCTAVE),
        ("PC_CIRCLE", pitch::PC_CIRCLE),
        ("FIFTHS_CIRCLE", pitch::FIFTHS_CIRCLE),
        ("LOG2_FREQ", pitch::LOG2_FREQ),
        ("PC_ONEHOT", pitch::PC_ONEHOT),
        ("LETTER_ONEHOT", pitch::LETTER_ONEHOT),
        ("ALTERATION", pitch::ALTERATION),
        ("WRITTEN_OCTAVE", pitch::WRITTEN_OCTAVE),
        ("LINE_OF_FIFTHS", pitch::LINE_OF_FIFTHS),
        ("A4_CODEC", pitch::A4_CODEC),
        ("RESERVED", pitch::RESERVED),
    ] {
        offsets.set_item(name, value)?;
    }
    m.add("PITCH_OFFSETS", offsets)?;
    m.add_function(wrap_pyfunction!(pitch_parse, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_decode, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_name_of_midi, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_transpose, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_transpose_interval, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_parse_interval, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_interval, m)?)?;
    Ok(())
}
