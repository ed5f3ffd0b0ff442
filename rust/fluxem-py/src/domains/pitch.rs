//! PITCH: parse and decode to `PitchValue`, transposition on embeddings, intervals.

use super::{Emb, EmbOut, Encoder};
use crate::arrays::{self, read_embedding};
use crate::errors::IntoPyResult;
use crate::texts::Text;
use fluxem_core::batch::guarded;
use fluxem_core::domains::pitch::{self, Pitch, PitchEncoder, LETTERS};
use fluxem_core::domains::Options;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// A spelled pitch with its MIDI number and its frequency under the tuning `a4_hz` (a
/// record).
#[pyclass(frozen, get_all, module = "fluxem._native")]
pub struct PitchValue {
    /// str: the canonical name ("C#5").
    name: Py<PyAny>,
    /// str: the letter, A-G.
    letter: Py<PyAny>,
    /// int: semitones added by the accidentals, -2..2.
    alteration: Py<PyAny>,
    /// int: the octave as written.
    octave: Py<PyAny>,
    /// int: MIDI number and pitch class (0..11).
    midi: Py<PyAny>,
    pitch_class: Py<PyAny>,
    /// float: the frequency in Hz, and the tuning it is computed under.
    frequency_hz: Py<PyAny>,
    a4_hz: Py<PyAny>,
}

impl PitchValue {
    fn new(py: Python<'_>, p: &Pitch, a4_hz: f64) -> PyResult<Self> {
        let midi = p.midi();
        Ok(PitchValue {
            name: p.name().into_py_any(py)?,
            letter: LETTERS[p.letter].into_py_any(py)?,
            alteration: p.alteration.into_py_any(py)?,
            octave: p.octave.into_py_any(py)?,
            midi: midi.into_py_any(py)?,
            pitch_class: midi.rem_euclid(12).into_py_any(py)?,
            frequency_hz: pitch::frequency(a4_hz, midi).into_py_any(py)?,
            a4_hz: a4_hz.into_py_any(py)?,
        })
    }
}

#[pyclass(name = "PitchEncoder", extends = Encoder, frozen, module = "fluxem._native")]
pub struct PyPitchEncoder {
    core: PitchEncoder,
}

impl PyPitchEncoder {
    pub fn from_options(options: &Options) -> PyResult<Self> {
        let core = PitchEncoder::from_options(options).py()?;
        Ok(PyPitchEncoder { core })
    }
}

#[pymethods]
impl PyPitchEncoder {
    /// The pitch named by `text`, checked to be encodable (MIDI 0..=127) under this tuning.
    fn parse(&self, py: Python<'_>, text: Text) -> PyResult<PitchValue> {
        let p = guarded(|| {
            let p = pitch::parse_pitch(&text)?;
            self.core.encode_pitch(&p)?;
            Ok(p)
        })
        .py()?;
        PitchValue::new(py, &p, self.core.a4_hz)
    }

    /// The spelled pitch and the tuning stored in the embedding.
    fn decode(&self, py: Python<'_>, emb: Emb<'_>) -> PyResult<PitchValue> {
        let v = read_embedding(&emb)?;
        let d = guarded(|| pitch::decode(&v)).py()?;
        PitchValue::new(py, &d.pitch, d.a4_hz)
    }

    /// Moves the pitch by `semitones`.
    #[pyo3(signature = (a, semitones, float64 = false))]
    fn transpose<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        semitones: i64,
        float64: bool,
    ) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |va| pitch::transpose(va, semitones))
    }

    /// Moves the pitch by a spelled interval ("M3", "-P5", ...).
    #[pyo3(signature = (a, interval, float64 = false))]
    fn transpose_interval<'py>(
        &self,
        py: Python<'py>,
        a: Emb<'py>,
        interval: &str,
        float64: bool,
    ) -> EmbOut<'py> {
        arrays::unary_op(py, &a, float64, |va| {
            pitch::transpose_interval(va, &pitch::parse_interval(interval)?)
        })
    }

    /// Semitones from a up to b.
    fn interval(&self, a: Emb<'_>, b: Emb<'_>) -> PyResult<i64> {
        let (va, vb) = (read_embedding(&a)?, read_embedding(&b)?);
        guarded(|| pitch::interval_semitones(&va, &vb)).py()
    }
}

/// The canonical name of MIDI note `midi`, spelled with sharps (or flats).
#[pyfunction]
#[pyo3(signature = (midi, sharps = true))]
fn pitch_name_of_midi(midi: i64, sharps: bool) -> PyResult<String> {
    guarded(|| Ok(Pitch::from_midi(midi, sharps).name())).py()
}

/// A spelled interval as (diatonic steps, semitones).
#[pyfunction]
fn pitch_parse_interval(text: Text) -> PyResult<(i64, i64)> {
    let iv = guarded(|| pitch::parse_interval(&text)).py()?;
    Ok((iv.steps, iv.semitones))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    crate::layout::add_offsets(
        m,
        "PITCH_OFFSETS",
        &[
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
        ],
    )?;
    m.add_class::<PyPitchEncoder>()?;
    m.add_class::<PitchValue>()?;
    m.add_function(wrap_pyfunction!(pitch_name_of_midi, m)?)?;
    m.add_function(wrap_pyfunction!(pitch_parse_interval, m)?)?;
    Ok(())
}
