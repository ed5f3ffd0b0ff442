"""PITCH: a note in scientific pitch notation ("A4", "C#5", "Bb3", "C-1", "F𝄪2").

The embedding stores the MIDI number exactly, the pitch class on the chromatic circle and on
the circle of fifths, log2 of the frequency, the spelling (letter, alteration, written octave)
and the tuning reference ``a4_hz``; see docs/FORMAL_DEFINITION.md. Transposition acts on the
embedding: the circles rotate, the pitch-class one-hot shifts, MIDI and log2 f translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from fluxem import _native
from fluxem._inputs import int_arg
from fluxem._optional import require
from fluxem.domain_type import DomainType
from fluxem.domains._base import Array, DomainEncoderBase, as_embedding, float64_out
from fluxem.errors import EncodeError

DEFAULT_A4_HZ = 440.0


@dataclass(frozen=True)
class Pitch:
    """A spelled pitch. ``name`` is canonical ("C#5", "Ebb4"); case of the letter and the
    accidental glyphs (♯ ♭ 𝄪 𝄫 x !) are normalised, the spelling itself is kept."""

    name: str
    letter: str
    #: Semitones added by the accidentals, -2..2.
    alteration: int
    #: The octave as written (B#3 is written octave 3 and MIDI 60).
    octave: int
    midi: int
    pitch_class: int
    frequency_hz: float
    a4_hz: float

    def to_music21(self) -> Any:
        """A ``music21.pitch.Pitch`` with this spelling and octave (needs ``fluxem-rs[music]``;
        music21 keeps no tuning reference, so ``a4_hz`` is not carried)."""
        pitch = require("music21.pitch", "music")
        p = pitch.Pitch()
        p.step = self.letter.upper()
        p.accidental = pitch.Accidental(self.alteration)
        p.octave = self.octave
        return p

    def to_pretty_midi(self, start: float = 0.0, end: float = 0.5, velocity: int = 100) -> Any:
        """A ``pretty_midi.Note`` of this MIDI number (needs ``fluxem-rs[music]``)."""
        pretty_midi = require("pretty_midi", "music")
        return pretty_midi.Note(velocity=velocity, pitch=self.midi, start=start, end=end)


def _pitch(p: _native.PitchValue) -> Pitch:
    return Pitch(
        p.name,
        p.letter,
        p.alteration,
        p.octave,
        p.midi,
        p.pitch_class,
        p.frequency_hz,
        p.a4_hz,
    )


class PitchEncoder(DomainEncoderBase):
    """Encodes pitches such as ``"A4"``, ``"C#5"``, ``"Bb3"``, ``"C-1"``, ``"G9"``, ``"E♭4"``,
    ``"F##2"``, a MIDI number (spelled with sharps) or a :class:`Pitch`.

    Letters A-G in either case; accidentals ``# ♯ b ♭ ! x 𝄪 𝄫 ♮`` up to a double sharp/flat;
    octave numbers with an optional sign. Anything else, including "H4", is a ``ParseError``
    with the position of the problem; MIDI numbers outside 0..127 are an ``EncodeError``.
    """

    DOMAIN = DomainType.PITCH
    __slots__ = ()
    _impl: _native.PitchEncoder

    def __init__(self, a4_hz: float = DEFAULT_A4_HZ) -> None:
        super().__init__(a4_hz=a4_hz)

    @property
    def a4_hz(self) -> float:
        return self.options["a4_hz"]

    def _to_text(self, value: Any) -> str:
        if isinstance(value, Pitch):
            return value.name
        if isinstance(value, bool):
            raise TypeError("bool is not a MIDI number")
        if isinstance(value, int | np.integer):
            if not 0 <= value <= 127:
                raise EncodeError(f"MIDI {value} is outside 0..127")
            return _native.pitch_name_of_midi(int(value))
        raise TypeError(
            f"PitchEncoder.encode expects str, a MIDI int or Pitch, got {type(value).__name__}"
        )

    def parse(self, text: str) -> Pitch:
        """The pitch named by ``text`` (``ParseError`` with ``.position``, ``EncodeError``
        outside MIDI 0..127)."""
        return _pitch(self._impl.parse(text))

    def decode(self, emb: Any) -> Pitch:
        """The spelled pitch, its MIDI number and its frequency under the stored ``a4_hz``."""
        return _pitch(self._impl.decode(as_embedding(emb)))

    def name_of(self, midi: int, *, sharps: bool = True) -> str:
        """The canonical name of a MIDI number, spelled with sharps (or flats)."""
        return _native.pitch_name_of_midi(int_arg(midi, "midi", 0, 127), sharps)

    def transpose(self, emb: Any, semitones: int) -> Array:
        """Moves the pitch by ``semitones`` on the embedding itself.

        Spelling rule: a multiple of 12 keeps the spelling; otherwise the result is a natural
        where its pitch class has one, else sharp if the input had sharps, flat if it had
        flats, and for a natural input sharp going up, flat going down.
        """
        return self._impl.transpose(
            as_embedding(emb), int_arg(semitones, "semitones", -(2**31), 2**31), float64_out(emb)
        )

    def transpose_interval(self, emb: Any, interval: str) -> Array:
        """Moves the pitch by a spelled interval ("M3", "P5", "m2", "A4", "-M2", "M9"): the
        letter moves by the interval's steps, so C#4 + M3 is E#4 and Bb3 + A4 is E4."""
        return self._impl.transpose_interval(as_embedding(emb), interval, float64_out(emb))

    def interval(self, a: Any, b: Any) -> int:
        """Semitones from ``a`` up to ``b`` (the difference of the MIDI fields)."""
        return self._impl.interval(as_embedding(a), as_embedding(b))


__all__ = ["DEFAULT_A4_HZ", "Pitch", "PitchEncoder"]
