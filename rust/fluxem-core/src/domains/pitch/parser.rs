//! Scientific pitch notation and spelled intervals.
//!
//! ```text
//! pitch       := letter accidentals octave          (surrounding whitespace is ignored)
//! letter      := A-G | a-g                          (H is rejected: German H is B)
//! accidentals := '♮' | sharp* | flat*               (one direction, total -2..=2)
//! sharp       := '#' | '♯' (+1) | 'x' | '𝄪' (+2)
//! flat        := 'b' | '♭' | '!' (-1) | '𝄫' (-2)
//! octave      := ('+' | '-' | '−')? ASCII digit+    (leading zeros allowed, as pretty_midi)
//! interval    := ('+' | '-' | '−')? quality number  (P M m A d AA dd; number >= 1)
//! ```
//! MIDI = 12 (octave + 1) + natural(letter) + alteration, so C-1 = 0, C4 = 60, G9 = 127. The
//! parser reads any octave (saturating at 10^6 so that long digit runs stay cheap); whether the
//! MIDI number is in 0..=127 is the encoder's range check. Both parsers run in linear time.

use crate::cursor::Cursor;
use crate::{FluxemError, Result};

/// Letters in diatonic order from C.
pub const LETTERS: [char; 7] = ['C', 'D', 'E', 'F', 'G', 'A', 'B'];
/// Pitch class of each natural letter.
pub const NATURAL_PC: [i64; 7] = [0, 2, 4, 5, 7, 9, 11];
/// Position of each natural letter on the line of fifths (C = 0, G = 1, F = -1).
pub const LETTER_FIFTHS: [i64; 7] = [0, 2, 4, -1, 1, 3, 5];
/// Largest |alteration| (a double sharp or double flat).
pub const MAX_ALTERATION: i64 = 2;
/// Octave values saturate here while parsing (any such pitch is far outside MIDI 0..=127).
const OCTAVE_SATURATION: i64 = 1_000_000;

/// A spelled pitch: letter, alteration and written octave (B#3 has written octave 3, MIDI 60).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pitch {
    /// Index into `LETTERS` (0 = C .. 6 = B).
    pub letter: usize,
    /// Semitones added by the accidentals, -2..=2.
    pub alteration: i64,
    /// The octave number as written.
    pub octave: i64,
}

impl Pitch {
    /// MIDI note number (may lie outside 0..=127 for parsed but unencodable pitches).
    pub fn midi(&self) -> i64 {
        12 * (self.octave + 1) + NATURAL_PC[self.letter] + self.alteration
    }

    /// Position of the spelled pitch class on the line of fifths (C 0, G 1, F -1, F# 6, Bb -2).
    pub fn fifths(&self) -> i64 {
        LETTER_FIFTHS[self.letter] + 7 * self.alteration
    }

    /// Canonical name: letter, `#`/`##` or `b`/`bb`, octave ("C#5", "Bbb3", "C-1").
    pub fn name(&self) -> String {
        let acc = match self.alteration {
            a if a > 0 => "#".repeat(a as usize),
            a => "b".repeat(a.unsigned_abs() as usize),
        };
        format!("{}{}{}", LETTERS[self.letter], acc, self.octave)
    }

    /// The pitch spelled from a MIDI number: naturals where possible, else sharps or flats.
    pub fn from_midi(midi: i64, sharps: bool) -> Pitch {
        let pc = midi.rem_euclid(12);
        let (letter, alteration) = match NATURAL_PC.iter().position(|&n| n == pc) {
            Some(l) => (l, 0),
            None if sharps => (NATURAL_PC.iter().position(|&n| n == pc - 1).unwrap_or(0), 1),
            None => (
                NATURAL_PC.iter().position(|&n| n == pc + 1).unwrap_or(0),
                -1,
            ),
        };
        // In i128: near i64::MIN the subtraction would wrap (a wrong octave, silently).
        let octave =
            ((midi as i128 - (alteration + NATURAL_PC[letter]) as i128).div_euclid(12) - 1) as i64;
        Pitch {
            letter,
            alteration,
            octave,
        }
    }

    /// The pitch with `letter` and written `octave` that sounds at `midi`, if its alteration
    /// is within a double sharp/flat.
    pub fn spelled(letter: usize, octave: i64, midi: i64) -> Option<Pitch> {
        let p = Pitch {
            letter,
            alteration: 0,
            octave,
        };
        let alteration = midi - p.midi();
        (alteration.abs() <= MAX_ALTERATION).then_some(Pitch { alteration, ..p })
    }
}

/// A spelled interval: diatonic steps (a third is 2 steps) and semitones, both signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// Diatonic steps (a third is 2, an octave 7; negative downwards).
    pub steps: i64,
    /// Semitones (a major third is 4; negative downwards).
    pub semitones: i64,
}

/// A run of ASCII digits as a saturating integer; None when there is none.
fn digits(cur: &mut Cursor) -> Option<i64> {
    let mut value: Option<i64> = None;
    while let Some(d) = cur.peek_byte().filter(u8::is_ascii_digit) {
        value = Some((value.unwrap_or(0) * 10 + i64::from(d - b'0')).min(OCTAVE_SATURATION));
        cur.advance_char(char::from(d));
    }
    value
}

/// Nothing may follow the `what` that ended the text.
fn expect_end(cur: &Cursor, what: &str) -> Result<()> {
    match cur.peek() {
        None => Ok(()),
        Some(c) => Err(FluxemError::parse(
            format!("unexpected {c:?} after the {what}"),
            cur.char_pos(),
        )),
    }
}

/// A cursor over the trimmed `body` of `text`: error positions count from the start of `text`.
fn body_cursor(text: &str) -> Cursor<'_> {
    let (body, _, start) = trim_span(text);
    Cursor::at(&text[..start + body.len()], start)
}

/// The text without surrounding (Unicode) whitespace, with the char and byte offsets where it
/// starts. Shared by the PITCH and DNA parsers.
pub fn trim_span(text: &str) -> (&str, usize, usize) {
    // printable ASCII at both ends (the usual span) is never whitespace: nothing to trim
    let solid = |c: Option<&u8>| c.is_some_and(|&c| c > b' ' && c < 0x80);
    if solid(text.as_bytes().first()) && solid(text.as_bytes().last()) {
        return (text, 0, 0);
    }
    let start = text.len() - text.trim_start().len();
    (text.trim(), text[..start].chars().count(), start)
}

fn describe(c: char) -> String {
    if c.is_ascii_graphic() {
        format!("{c:?}")
    } else {
        format!("{c:?} (U+{:04X})", c as u32)
    }
}

/// Parses the whole of `text` as one pitch in scientific pitch notation.
pub fn parse_pitch(text: &str) -> Result<Pitch> {
    let mut cur = body_cursor(text);
    let letter = match cur.peek() {
        None => return Err(FluxemError::parse("empty pitch", cur.char_pos())),
        Some(c) => match LETTERS.iter().position(|&l| l == c.to_ascii_uppercase()) {
            Some(l) if c.is_ascii() => l,
            _ if c == 'H' || c == 'h' => {
                return Err(FluxemError::parse(
                    "'H' is not a note letter (German H is B: write B; German B is Bb)",
                    cur.char_pos(),
                ))
            }
            _ => {
                return Err(FluxemError::parse(
                    format!("expected a note letter A-G, found {}", describe(c)),
                    cur.char_pos(),
                ))
            }
        },
    };
    cur.bump();
    let alteration = accidentals(&mut cur)?;
    let negative = cur.sign().unwrap_or(false);
    let Some(octave) = digits(&mut cur) else {
        return Err(FluxemError::parse(
            match cur.peek() {
                Some(c) => format!("expected an octave number, found {}", describe(c)),
                None => "expected an octave number (e.g. A4)".to_string(),
            },
            cur.char_pos(),
        ));
    };
    expect_end(&cur, "octave")?;
    Ok(Pitch {
        letter,
        alteration,
        octave: if negative { -octave } else { octave },
    })
}

/// Reads the accidental run after the letter; returns the alteration.
fn accidentals(cur: &mut Cursor) -> Result<i64> {
    let mut total: i64 = 0;
    let mut natural = false;
    let mut any = false;
    while let Some(c) = cur.peek() {
        let step = match c {
            '#' | '♯' => 1,
            'x' | '𝄪' => 2,
            'b' | '♭' | '!' => -1,
            '𝄫' => -2,
            '♮' => 0,
            _ => break,
        };
        if (step == 0 && any) || (natural && step != 0) {
            return Err(FluxemError::parse(
                "a natural sign cannot be combined with other accidentals",
                cur.char_pos(),
            ));
        }
        if step * total < 0 {
            return Err(FluxemError::parse(
                "accidentals mix sharps and flats",
                cur.char_pos(),
            ));
        }
        total += step;
        if total.abs() > MAX_ALTERATION {
            return Err(FluxemError::parse(
                "more than a double sharp or double flat",
                cur.char_pos(),
            ));
        }
        natural |= step == 0;
        any = true;
        cur.bump();
    }
    Ok(total)
}

/// Semitones of the major/perfect interval of each diatonic class (unison .. seventh).
const CLASS_SEMITONES: [i64; 7] = [0, 2, 4, 5, 7, 9, 11];
/// Whether each diatonic class is perfect (unison, fourth, fifth) rather than major/minor.
const CLASS_PERFECT: [bool; 7] = [true, false, false, true, true, false, false];
/// Interval numbers saturate here (a 1000th spans far more than MIDI's 0..=127).
const INTERVAL_SATURATION: i64 = 1000;

/// Parses a spelled interval such as "M3", "P5", "m2", "A4", "d5", "-M2", "P8", "M9".
pub fn parse_interval(text: &str) -> Result<Interval> {
    let mut cur = body_cursor(text);
    if cur.peek().is_none() {
        return Err(FluxemError::parse("empty interval", cur.char_pos()));
    }
    let down = cur.sign().unwrap_or(false);
    let qpos = cur.char_pos();
    let mut quality = String::new();
    while let Some(c @ ('P' | 'M' | 'm' | 'A' | 'd')) = cur.peek() {
        quality.push(c);
        cur.bump();
    }
    let npos = cur.char_pos();
    let number = digits(&mut cur)
        .map(|n| n.min(INTERVAL_SATURATION))
        .filter(|&n| n >= 1)
        .ok_or_else(|| {
            FluxemError::parse("expected an interval number >= 1 (e.g. M3, P5)", npos)
        })?;
    expect_end(&cur, "interval number")?;
    let steps = number - 1;
    let class = steps.rem_euclid(7) as usize;
    let perfect = CLASS_PERFECT[class];
    let offset = match (quality.as_str(), perfect) {
        ("P", true) | ("M", false) => 0,
        ("m", false) => -1,
        ("A", _) => 1,
        ("AA", _) => 2,
        ("d", true) => -1,
        ("d", false) => -2,
        ("dd", true) => -2,
        ("dd", false) => -3,
        ("", _) => {
            return Err(FluxemError::parse(
                "expected a quality P, M, m, A or d",
                qpos,
            ))
        }
        (q, _) => {
            return Err(FluxemError::parse(
                format!(
                    "quality {q:?} does not apply to a {} (use {})",
                    ordinal(class),
                    if perfect { "P, A, d" } else { "M, m, A, d" }
                ),
                qpos,
            ))
        }
    };
    let semitones = CLASS_SEMITONES[class] + 12 * (steps / 7) + offset;
    let sign = if down { -1 } else { 1 };
    Ok(Interval {
        steps: sign * steps,
        semitones: sign * semitones,
    })
}

fn ordinal(class: usize) -> &'static str {
    [
        "unison/octave",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
    ][class]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_midi_names_every_i64() {
        for midi in [i64::MIN, i64::MIN + 5, -13, -1, 0, 60, 127, i64::MAX] {
            for sharps in [true, false] {
                let p = Pitch::from_midi(midi, sharps);
                let natural = NATURAL_PC[p.letter] + p.alteration;
                let octave = (midi as i128 - natural as i128).div_euclid(12) - 1;
                assert_eq!(p.octave as i128, octave, "{midi}");
                assert_eq!((midi as i128 - natural as i128).rem_euclid(12), 0);
            }
        }
    }

    fn midi(text: &str) -> i64 {
        parse_pitch(text).unwrap().midi()
    }

    fn err_pos(text: &str) -> usize {
        crate::error::parse_error_at(parse_pitch(text), text)
    }

    #[test]
    fn reference_pitches() {
        assert_eq!(midi("A4"), 69);
        assert_eq!(midi("C4"), 60);
        assert_eq!(midi("C#5"), 73);
        assert_eq!(midi("Bb3"), 58);
        assert_eq!(midi("C-1"), 0);
        assert_eq!(midi("G9"), 127);
        assert_eq!(midi("E♭4"), 63);
        assert_eq!(midi("F♯2"), 42);
        assert_eq!(midi("C##4"), 62);
        assert_eq!(midi("Cx4"), 62);
        assert_eq!(midi("C𝄪4"), 62);
        assert_eq!(midi("Dbb4"), 60);
        assert_eq!(midi("D𝄫4"), 60);
        assert_eq!(midi("B#3"), 60);
        assert_eq!(midi("Cb4"), 59);
        assert_eq!(midi("c4"), 60);
        assert_eq!(midi("bb3"), 58);
        assert_eq!(midi("A!4"), 68);
        assert_eq!(midi("C+4"), 60);
        assert_eq!(midi("C04"), 60);
        assert_eq!(midi("C−1"), 0);
        assert_eq!(midi("  A4\n"), 69);
        assert_eq!(midi("A♮4"), 69);
    }

    #[test]
    fn spelling_survives() {
        for name in ["C#5", "Db5", "Bbb3", "E##4", "Fb-1", "B#9"] {
            assert_eq!(parse_pitch(name).unwrap().name(), name);
        }
        assert_eq!(parse_pitch("E♭4").unwrap().name(), "Eb4");
        assert_eq!(parse_pitch("Cx4").unwrap().name(), "C##4");
    }

    #[test]
    fn bad_input_has_positions() {
        assert_eq!(err_pos(""), 0);
        assert_eq!(err_pos("   "), 3);
        assert_eq!(err_pos("H4"), 0);
        assert_eq!(err_pos("X4"), 0);
        assert_eq!(err_pos("Ａ4"), 0);
        assert_eq!(err_pos("A"), 1);
        assert_eq!(err_pos("A#"), 2);
        assert_eq!(err_pos("A4x"), 2);
        assert_eq!(err_pos("C#b4"), 2);
        assert_eq!(err_pos("C###4"), 3);
        assert_eq!(err_pos("C♮#4"), 2);
        assert_eq!(err_pos("C４"), 1);
        assert_eq!(err_pos("C 4"), 1);
        assert_eq!(err_pos("  B4 5"), 4);
        assert_eq!(err_pos("Anan"), 1);
        assert_eq!(err_pos("Cinf"), 1);
    }

    #[test]
    fn huge_octaves_saturate() {
        let p = parse_pitch(&format!("C{}", "9".repeat(100_000))).unwrap();
        assert_eq!(p.octave, OCTAVE_SATURATION);
    }

    #[test]
    fn from_midi_spells() {
        assert_eq!(Pitch::from_midi(61, true).name(), "C#4");
        assert_eq!(Pitch::from_midi(61, false).name(), "Db4");
        assert_eq!(Pitch::from_midi(0, true).name(), "C-1");
        assert_eq!(Pitch::from_midi(127, false).name(), "G9");
        for m in 0..128 {
            assert_eq!(Pitch::from_midi(m, true).midi(), m);
            assert_eq!(Pitch::from_midi(m, false).midi(), m);
        }
    }

    #[test]
    fn intervals() {
        let iv = |t: &str| {
            let i = parse_interval(t).unwrap();
            (i.steps, i.semitones)
        };
        assert_eq!(iv("P1"), (0, 0));
        assert_eq!(iv("m2"), (1, 1));
        assert_eq!(iv("M3"), (2, 4));
        assert_eq!(iv("P4"), (3, 5));
        assert_eq!(iv("A4"), (3, 6));
        assert_eq!(iv("d5"), (4, 6));
        assert_eq!(iv("P5"), (4, 7));
        assert_eq!(iv("m7"), (6, 10));
        assert_eq!(iv("d7"), (6, 9));
        assert_eq!(iv("P8"), (7, 12));
        assert_eq!(iv("M9"), (8, 14));
        assert_eq!(iv("-M2"), (-1, -2));
        assert!(parse_interval("P3").is_err());
        assert!(parse_interval("M5").is_err());
        assert!(parse_interval("M0").is_err());
        assert!(parse_interval("3").is_err());
        assert!(parse_interval("").is_err());
    }
}
