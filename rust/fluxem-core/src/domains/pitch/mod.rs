//! PITCH: a note in scientific pitch notation ("A4", "C#5", "Bb3", "C-1", "F𝄪2").
//!
//! ```text
//! dims  16      MIDI / 128                      exact (0..=127)
//! dims  17      MIDI octave / 16                exact: floor(MIDI / 12) - 1, in -1..=9
//! dims  18..20  cos, sin of 2π pc / 12          pitch class pc = MIDI mod 12 on the circle
//! dims  20..22  cos, sin of 2π 7pc / 12         the same pitch class on the circle of fifths
//! dims  22      log2(f / 1 Hz) / 16             readable; f = a4 · 2^((MIDI - 69) / 12)
//! dims  23..35  pitch-class one-hot (C, C#, .., B)
//! dims  35..42  letter one-hot (C D E F G A B)  the spelling
//! dims  42      alteration / 4                  exact: -2..=2 (bb, b, natural, #, ##)
//! dims  43      written octave / 16             exact: the octave as written (B#3 -> 3)
//! dims  44      line-of-fifths index / 32       exact: fifths(letter) + 7 · alteration
//! dims  45..68  number codec block of a4_hz     exact (see codec): the tuning reference
//! dims  68..128 zero (reserved)
//! ```
//!
//! Transposition acts on the embedding: the two circles rotate (by 2πn/12 and 2π·7n/12), the
//! one-hot shifts cyclically, MIDI and log2 f translate, the MIDI octave translates by the carry
//! of pc + n. The spelling of the result follows a stated rule (see `transpose`), or is exact
//! for a spelled interval (`transpose_interval`).

mod parser;

pub use parser::{parse_interval, parse_pitch, trim_span, Interval, Pitch, LETTERS, NATURAL_PC};

use crate::codec::{self, integer_field, CODEC_DIMS};
use crate::domains::{DomainEncoder, Options};
use crate::layout::{self, check_domain, Domain, Embedding, CONTENT_START};
use crate::number::Number;
use crate::{FluxemError, Result};

/// Dim of MIDI / 128.
pub const MIDI: usize = CONTENT_START;
/// Dim of the MIDI octave / 16.
pub const MIDI_OCTAVE: usize = MIDI + 1;
/// First of the two dims of the pitch class on the chromatic circle (cos, sin).
pub const PC_CIRCLE: usize = MIDI + 2;
/// First of the two dims of the pitch class on the circle of fifths (cos, sin).
pub const FIFTHS_CIRCLE: usize = MIDI + 4;
/// Dim of log2(frequency / 1 Hz) / 16.
pub const LOG2_FREQ: usize = MIDI + 6;
/// First of the 12 pitch-class one-hot dims.
pub const PC_ONEHOT: usize = MIDI + 7;
/// First of the 7 letter one-hot dims (the spelling).
pub const LETTER_ONEHOT: usize = PC_ONEHOT + 12;
/// Dim of the alteration / 4.
pub const ALTERATION: usize = LETTER_ONEHOT + 7;
/// Dim of the written octave / 16.
pub const WRITTEN_OCTAVE: usize = ALTERATION + 1;
/// Dim of the line-of-fifths index / 32.
pub const LINE_OF_FIFTHS: usize = WRITTEN_OCTAVE + 1;
/// First dim of the codec block of the tuning reference a4_hz.
pub const A4_CODEC: usize = LINE_OF_FIFTHS + 1;
/// First reserved (always zero) dim.
pub const RESERVED: usize = A4_CODEC + CODEC_DIMS;

const MIDI_SCALE: f64 = 1.0 / 128.0;
const OCTAVE_SCALE: f64 = 1.0 / 16.0;
const ALTERATION_SCALE: f64 = 0.25;
const FIFTHS_SCALE: f64 = 1.0 / 32.0;
const LOG2_FREQ_SCALE: f64 = 1.0 / 16.0;
/// The default tuning reference.
pub const DEFAULT_A4_HZ: f64 = 440.0;
/// Largest deviation of a circle or log2 f feature from its exact value that decode accepts
/// (they carry float rounding from rotations; anything larger is not a pitch embedding).
const FEATURE_TOLERANCE: f64 = 1e-3;

/// The PITCH encoder; `a4_hz` is the frequency of A4 (default 440).
#[derive(Debug, Clone, Copy)]
pub struct PitchEncoder {
    /// Frequency of A4 in Hz: the tuning reference stored in every embedding.
    pub a4_hz: f64,
    /// log2(a4_hz) and the codec block of a4_hz, computed once.
    log2_a4: f64,
    a4_block: [f64; CODEC_DIMS],
}

/// Builds the PITCH encoder; the only option is `a4_hz` (finite, > 0).
pub fn build(options: &Options) -> Result<Box<dyn DomainEncoder>> {
    Ok(Box::new(PitchEncoder::from_options(options)?))
}

impl PitchEncoder {
    /// The encoder configured by `options` (only `a4_hz`; anything else is a config error).
    pub fn from_options(options: &Options) -> Result<Self> {
        let mut a4_hz = DEFAULT_A4_HZ;
        for (key, &value) in options {
            match key.as_str() {
                "a4_hz" => a4_hz = value,
                other => {
                    return Err(FluxemError::config(format!(
                        "unknown option {other:?} for the PITCH encoder (it takes a4_hz)"
                    )))
                }
            }
        }
        PitchEncoder::new(a4_hz)
    }

    /// An encoder tuned to `a4_hz`; a `Config` error unless it is finite, > 0 and storable.
    pub fn new(a4_hz: f64) -> Result<Self> {
        if !(a4_hz.is_finite() && a4_hz > 0.0) {
            return Err(FluxemError::config(format!(
                "a4_hz must be a finite frequency > 0, got {a4_hz}"
            )));
        }
        let mut a4_block = [0.0; CODEC_DIMS];
        Number::from_f64(a4_hz)
            .and_then(|n| codec::encode(&n, &mut a4_block))
            .map_err(|e| FluxemError::config(format!("a4_hz = {a4_hz} cannot be stored: {e}")))?;
        Ok(PitchEncoder {
            a4_hz,
            log2_a4: libm::log2(a4_hz),
            a4_block,
        })
    }

    /// Embeds a spelled pitch; MIDI must be in 0..=127.
    pub fn encode_pitch(&self, p: &Pitch) -> Result<Embedding> {
        layout::build(|emb| self.encode_pitch_into(p, emb))
    }

    /// `encode_pitch` into `emb`.
    pub fn encode_pitch_into(&self, p: &Pitch, emb: &mut Embedding) -> Result<()> {
        let midi = midi_in_range(p)?;
        layout::tag_into(Domain::Pitch, emb);
        let pc = midi.rem_euclid(12);
        emb[MIDI] = midi as f64 * MIDI_SCALE;
        emb[MIDI_OCTAVE] = (midi.div_euclid(12) - 1) as f64 * OCTAVE_SCALE;
        write_circle(&mut emb[PC_CIRCLE..PC_CIRCLE + 2], pc);
        write_circle(&mut emb[FIFTHS_CIRCLE..FIFTHS_CIRCLE + 2], (7 * pc) % 12);
        emb[LOG2_FREQ] = (self.log2_a4 + (midi - 69) as f64 / 12.0) * LOG2_FREQ_SCALE;
        emb[PC_ONEHOT + pc as usize] = 1.0;
        write_spelling(emb, p);
        emb[A4_CODEC..A4_CODEC + CODEC_DIMS].copy_from_slice(&self.a4_block);
        Ok(())
    }
}

/// The MIDI number of `p`, which must be in 0..=127 (the only way `encode_pitch` fails).
fn midi_in_range(p: &Pitch) -> Result<i64> {
    let midi = p.midi();
    if !(0..=127).contains(&midi) {
        return Err(FluxemError::encode(format!(
            "{} is MIDI {}, outside 0..=127 (C-1 .. G9)",
            p.name(),
            if p.octave.abs() >= 1_000_000 {
                "beyond any octave".to_string()
            } else {
                midi.to_string()
            }
        )));
    }
    Ok(midi)
}

impl DomainEncoder for PitchEncoder {
    fn domain(&self) -> Domain {
        Domain::Pitch
    }
    fn encode_into(&self, text: &str, out: &mut Embedding) -> Result<()> {
        self.encode_pitch_into(&parse_pitch(text)?, out)
    }

    fn accepts(&self, text: &str) -> Result<()> {
        midi_in_range(&parse_pitch(text)?).map(|_| ())
    }
}

/// log2(f / 1 Hz) of MIDI note `midi` under tuning `a4_hz`.
pub fn log2_frequency(a4_hz: f64, midi: i64) -> f64 {
    libm::log2(a4_hz) + (midi - 69) as f64 / 12.0
}

/// Frequency in Hz of MIDI note `midi` under tuning `a4_hz`.
pub fn frequency(a4_hz: f64, midi: i64) -> f64 {
    a4_hz * libm::exp2((midi - 69) as f64 / 12.0)
}

fn angle(steps: i64) -> (f64, f64) {
    let a = 2.0 * std::f64::consts::PI * steps as f64 / 12.0;
    (libm::cos(a), libm::sin(a))
}

fn write_circle(out: &mut [f64], steps: i64) {
    let (c, s) = angle(steps);
    out[0] = c;
    out[1] = s;
}

fn write_spelling(emb: &mut Embedding, p: &Pitch) {
    emb[LETTER_ONEHOT..LETTER_ONEHOT + 7].fill(0.0);
    emb[LETTER_ONEHOT + p.letter] = 1.0;
    emb[ALTERATION] = p.alteration as f64 * ALTERATION_SCALE;
    emb[WRITTEN_OCTAVE] = p.octave as f64 * OCTAVE_SCALE;
    emb[LINE_OF_FIFTHS] = p.fifths() as f64 * FIFTHS_SCALE;
}

/// A decoded PITCH embedding.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedPitch {
    /// The spelled pitch (letter, alteration, written octave).
    pub pitch: Pitch,
    /// Its MIDI note number.
    pub midi: i64,
    /// The tuning reference the embedding carries.
    pub a4_hz: f64,
}

impl DecodedPitch {
    /// Frequency in Hz under the embedding's own tuning.
    pub fn frequency(&self) -> f64 {
        frequency(self.a4_hz, self.midi)
    }
}

fn one_hot(emb: &[f64], what: &str) -> Result<usize> {
    let mut hot = None;
    for (i, &v) in emb.iter().enumerate() {
        match integer_field(v, 1.0, what)? {
            0 => {}
            1 if hot.is_none() => hot = Some(i),
            _ => {
                return Err(FluxemError::decode(format!(
                    "{what} is not a one-hot vector"
                )))
            }
        }
    }
    hot.ok_or_else(|| FluxemError::decode(format!("{what} is all zero")))
}

fn check_feature(value: f64, expected: f64, what: &str) -> Result<()> {
    if (value - expected).abs() > FEATURE_TOLERANCE {
        return Err(FluxemError::decode(format!(
            "{what} holds {value}, expected {expected} for the stored MIDI number"
        )));
    }
    Ok(())
}

/// Decodes a PITCH embedding, checking that every field agrees with the MIDI number.
pub fn decode(emb: &[f64]) -> Result<DecodedPitch> {
    check_domain(emb, Domain::Pitch)?;
    let midi = integer_field(emb[MIDI], MIDI_SCALE, "the MIDI field")? as i64;
    if !(0..=127).contains(&midi) {
        return Err(FluxemError::decode(format!(
            "MIDI field holds {midi}, outside 0..=127"
        )));
    }
    let pc = midi.rem_euclid(12);
    let octave = integer_field(emb[MIDI_OCTAVE], OCTAVE_SCALE, "the MIDI octave")? as i64;
    if octave != midi.div_euclid(12) - 1 {
        return Err(FluxemError::decode(format!(
            "MIDI octave field {octave} disagrees with MIDI {midi}"
        )));
    }
    if one_hot(&emb[PC_ONEHOT..PC_ONEHOT + 12], "the pitch-class one-hot")? != pc as usize {
        return Err(FluxemError::decode(
            "pitch-class one-hot disagrees with the MIDI number",
        ));
    }
    let (c, s) = angle(pc);
    check_feature(emb[PC_CIRCLE], c, "the pitch-class circle (cos)")?;
    check_feature(emb[PC_CIRCLE + 1], s, "the pitch-class circle (sin)")?;
    let (c, s) = angle(7 * pc % 12);
    check_feature(emb[FIFTHS_CIRCLE], c, "the circle of fifths (cos)")?;
    check_feature(emb[FIFTHS_CIRCLE + 1], s, "the circle of fifths (sin)")?;
    let letter = one_hot(&emb[LETTER_ONEHOT..LETTER_ONEHOT + 7], "the letter one-hot")?;
    let alteration = integer_field(emb[ALTERATION], ALTERATION_SCALE, "the alteration")?;
    let written = integer_field(emb[WRITTEN_OCTAVE], OCTAVE_SCALE, "the written octave")?;
    // range first, as i128: a crafted field cast to i64 wrapped, and 12 * octave overflowed
    // (found by the decode fuzz target); MIDI 0..=127 is written in octaves -2..=10 at most
    if alteration.abs() > i128::from(parser::MAX_ALTERATION) || !(-2..=10).contains(&written) {
        return Err(FluxemError::decode(format!(
            "alteration {alteration} or written octave {written} cannot spell a MIDI note"
        )));
    }
    let (alteration, written) = (alteration as i64, written as i64);
    let pitch = Pitch {
        letter,
        alteration,
        octave: written,
    };
    if pitch.midi() != midi {
        return Err(FluxemError::decode(format!(
            "spelling (letter {}, alteration {alteration}, octave {written}) does not spell MIDI {midi}",
            LETTERS[letter]
        )));
    }
    let fifths = integer_field(
        emb[LINE_OF_FIFTHS],
        FIFTHS_SCALE,
        "the line-of-fifths index",
    )?;
    if fifths as i64 != pitch.fifths() {
        return Err(FluxemError::decode(
            "line-of-fifths index disagrees with the spelling",
        ));
    }
    let a4 = codec::decode_exact(&emb[A4_CODEC..A4_CODEC + CODEC_DIMS])?;
    let a4_hz = codec::Decoded::Exact(a4).to_f64();
    if !(a4_hz.is_finite() && a4_hz > 0.0) {
        return Err(FluxemError::decode(format!(
            "the tuning reference holds {a4_hz}, not a frequency"
        )));
    }
    check_feature(
        emb[LOG2_FREQ] / LOG2_FREQ_SCALE,
        log2_frequency(a4_hz, midi),
        "the log2 frequency",
    )?;
    if emb[RESERVED..].iter().any(|&v| v != 0.0) {
        return Err(FluxemError::decode("reserved PITCH dims are not zero"));
    }
    Ok(DecodedPitch { pitch, midi, a4_hz })
}

/// Rotates the (cos, sin) pair at `at` by `steps` twelfths of a turn, in place.
fn rotate(emb: &mut Embedding, at: usize, steps: i64) {
    let (c, s) = angle(steps.rem_euclid(12));
    let (x, y) = (emb[at], emb[at + 1]);
    emb[at] = c * x - s * y;
    emb[at + 1] = s * x + c * y;
}

fn check_midi_range(midi: i64) -> Result<()> {
    if !(0..=127).contains(&midi) {
        return Err(FluxemError::encode(format!(
            "transposition leaves MIDI 0..=127 (gives {midi})"
        )));
    }
    Ok(())
}

/// Moves every sounding-pitch field by `n` semitones on the embedding itself (the spelling
/// fields are left to the caller). Returns the input's decoded state and the new MIDI number.
fn shift_sounding(a: &[f64], n: i64) -> Result<(Embedding, DecodedPitch, i64)> {
    let d = decode(a)?;
    let new_midi = d.midi + n;
    check_midi_range(new_midi)?;
    let mut emb: Embedding = a
        .try_into()
        .map_err(|_| FluxemError::decode("bad length"))?;
    let pc = d.midi.rem_euclid(12);
    emb[MIDI] += n as f64 * MIDI_SCALE;
    emb[MIDI_OCTAVE] += (pc + n).div_euclid(12) as f64 * OCTAVE_SCALE;
    rotate(&mut emb, PC_CIRCLE, n);
    rotate(&mut emb, FIFTHS_CIRCLE, 7 * n);
    emb[LOG2_FREQ] += n as f64 / 12.0 * LOG2_FREQ_SCALE;
    let shift = n.rem_euclid(12) as usize;
    emb[PC_ONEHOT..PC_ONEHOT + 12].rotate_right(shift);
    Ok((emb, d, new_midi))
}

/// Transposes by `n` semitones. Spelling rule: a multiple of 12 keeps the spelling (octave
/// moves); otherwise the result is a natural when its pitch class has one, else it takes a
/// sharp if the input was spelled with sharps, a flat if with flats, and for a natural input a
/// sharp when moving up and a flat when moving down.
pub fn transpose(a: &[f64], n: i64) -> Result<Embedding> {
    if n.abs() > 127 {
        return Err(FluxemError::encode(format!(
            "transposition by {n} semitones leaves MIDI 0..=127"
        )));
    }
    let (mut emb, d, new_midi) = shift_sounding(a, n)?;
    let spelled = if n.rem_euclid(12) == 0 {
        Pitch {
            octave: d.pitch.octave + n / 12,
            ..d.pitch
        }
    } else {
        let sharps = d.pitch.alteration > 0 || (d.pitch.alteration == 0 && n > 0);
        Pitch::from_midi(new_midi, sharps)
    };
    write_spelling(&mut emb, &spelled);
    Ok(emb)
}

/// Transposes by a spelled interval: the letter moves by the interval's steps, MIDI by its
/// semitones, and the alteration is whatever makes the two agree (C4 + M3 = E4, C#4 + M3 = E#4,
/// Bb3 + A4 = E4). Fails when that would need more than a double sharp or flat.
pub fn transpose_interval(a: &[f64], interval: &Interval) -> Result<Embedding> {
    if interval.semitones.abs() > 127 || interval.steps.abs() > 127 {
        return Err(FluxemError::encode(
            "the interval is wider than the MIDI range",
        ));
    }
    let (mut emb, d, new_midi) = shift_sounding(a, interval.semitones)?;
    let moved = d.pitch.letter as i64 + interval.steps;
    let letter = moved.rem_euclid(7) as usize;
    let octave = d.pitch.octave + moved.div_euclid(7);
    let spelled = Pitch::spelled(letter, octave, new_midi).ok_or_else(|| {
        FluxemError::encode(format!(
            "{} moved by {} steps and {} semitones needs more than a double accidental",
            d.pitch.name(),
            interval.steps,
            interval.semitones
        ))
    })?;
    write_spelling(&mut emb, &spelled);
    Ok(emb)
}

/// Semitones from `a` to `b`: the difference of the MIDI fields.
pub fn interval_semitones(a: &[f64], b: &[f64]) -> Result<i64> {
    Ok(decode(b)?.midi - decode(a)?.midi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(text: &str) -> Embedding {
        PitchEncoder::new(440.0).unwrap().encode_text(text).unwrap()
    }

    fn name(emb: &[f64]) -> String {
        decode(emb).unwrap().pitch.name()
    }

    #[test]
    fn round_trip_every_midi_number() {
        let e = PitchEncoder::new(440.0).unwrap();
        for m in 0..128 {
            for sharps in [true, false] {
                let p = Pitch::from_midi(m, sharps);
                let d = decode(&e.encode_pitch(&p).unwrap()).unwrap();
                assert_eq!((d.midi, d.pitch), (m, p));
            }
        }
        assert_eq!(decode(&enc("A4")).unwrap().frequency(), 440.0);
    }

    #[test]
    fn range_is_checked() {
        let e = PitchEncoder::new(440.0).unwrap();
        for bad in ["G#9", "C10", "Cb-1", "C-2", "C999999999"] {
            assert!(
                matches!(e.encode_text(bad), Err(FluxemError::Encode { .. })),
                "{bad}"
            );
        }
        assert_eq!(decode(&enc("B#-2")).unwrap().midi, 0);
        assert_eq!(decode(&enc("Fb9")).unwrap().midi, 124);
    }

    #[test]
    fn transpose_moves_every_field() {
        let up = transpose(&enc("A4"), 3).unwrap();
        assert_eq!(name(&up), "C5");
        let fresh = enc("C5");
        for i in 0..128 {
            assert!((up[i] - fresh[i]).abs() < 1e-12, "dim {i}");
        }
        assert_eq!(name(&transpose(&enc("C#4"), 1).unwrap()), "D4");
        assert_eq!(name(&transpose(&enc("C#4"), 3).unwrap()), "E4");
        assert_eq!(name(&transpose(&enc("C4"), 1).unwrap()), "C#4");
        assert_eq!(name(&transpose(&enc("C4"), -1).unwrap()), "B3");
        assert_eq!(name(&transpose(&enc("D4"), -1).unwrap()), "Db4");
        assert_eq!(name(&transpose(&enc("Eb4"), 2).unwrap()), "F4");
        assert_eq!(name(&transpose(&enc("Eb4"), 3).unwrap()), "Gb4");
        assert_eq!(name(&transpose(&enc("B#3"), 12).unwrap()), "B#4");
        assert!(transpose(&enc("G9"), 1).is_err());
        assert!(transpose(&enc("C-1"), -1).is_err());
    }

    #[test]
    fn transpose_by_spelled_interval() {
        let t = |p: &str, i: &str| {
            name(&transpose_interval(&enc(p), &parse_interval(i).unwrap()).unwrap())
        };
        assert_eq!(t("C4", "M3"), "E4");
        assert_eq!(t("C#4", "M3"), "E#4");
        assert_eq!(t("Bb3", "A4"), "E4");
        assert_eq!(t("A4", "m3"), "C5");
        assert_eq!(t("C4", "-m2"), "B3");
        assert_eq!(t("C4", "-M2"), "Bb3");
        assert_eq!(t("D4", "P8"), "D5");
        assert!(transpose_interval(&enc("B##4"), &parse_interval("A4").unwrap()).is_err());
    }

    #[test]
    fn decode_rejects_foreign_vectors() {
        let a = enc("A4");
        let mut sum = a;
        for (s, b) in sum.iter_mut().zip(enc("C5").iter()) {
            *s += b;
        }
        assert!(decode(&sum).is_err());
        let mut off = a;
        off[PC_CIRCLE] += 0.1;
        assert!(decode(&off).is_err());
        let mut reserved = a;
        reserved[127] = 1.0;
        assert!(decode(&reserved).is_err());
    }

    #[test]
    fn tuning_is_stored() {
        let e = PitchEncoder::new(432.0).unwrap();
        let d = decode(&e.encode_text("A5").unwrap()).unwrap();
        assert_eq!(d.a4_hz, 432.0);
        assert_eq!(d.frequency(), 864.0);
        assert!(PitchEncoder::new(f64::NAN).is_err());
        assert!(PitchEncoder::new(-1.0).is_err());
        assert!(PitchEncoder::new(f64::INFINITY).is_err());
    }
}
