"""PITCH: parsing (oracle: pretty_midi), round trips, transposition on embeddings, bad input."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

pytest.importorskip("hypothesis")
pytest.importorskip("pretty_midi")

import pretty_midi
from hypothesis import given
from hypothesis import strategies as st

import fluxem
from fluxem import (
    ConfigError,
    DecodeError,
    DomainType,
    EncodeError,
    ParseError,
    PitchEncoder,
    domain_of,
)
from fluxem.domains import PitchEncoder as FromDomains
from fluxem.domains.pitch import Pitch

ENC = PitchEncoder()
OFF = fluxem._native.PITCH_OFFSETS
LETTERS = "CDEFGAB"
NATURAL = [0, 2, 4, 5, 7, 9, 11]
SHARP_GLYPHS = {1: ["#", "♯"], 2: ["##", "x", "𝄪", "#♯", "♯♯"]}
FLAT_GLYPHS = {1: ["b", "♭", "!"], 2: ["bb", "𝄫", "♭♭", "b!"]}
#: Dims that float rounding may move under a rotation or translation (all others are exact).
ROUNDED = [
    OFF["PC_CIRCLE"],
    OFF["PC_CIRCLE"] + 1,
    OFF["FIFTHS_CIRCLE"],
    OFF["FIFTHS_CIRCLE"] + 1,
    OFF["LOG2_FREQ"],
]
EXACT = [i for i in range(128) if i not in ROUNDED]


def test_exported_in_both_places() -> None:
    assert FromDomains is fluxem.PitchEncoder
    assert domain_of(ENC.encode("A4")) == DomainType.PITCH


def oracle_names() -> list[str]:
    """Every name form pretty_midi accepts: letters in both cases, '', '#', 'b', '!', and
    octaves written plain, with '+' and with a leading zero."""
    octaves = [str(o) for o in range(-3, 12)]
    octaves += [f"+{o}" for o in range(12)] + [f"0{o}" for o in range(12)] + ["-01", "+004"]
    return [
        letter + acc + octave
        for letter in "ABCDEFGabcdefg"
        for acc in ("", "#", "b", "!")
        for octave in octaves
    ]


def test_midi_numbers_agree_with_pretty_midi() -> None:
    names = oracle_names()
    batch, status = ENC.encode_batch(names)
    checked = 0
    for name, row, st_ in zip(names, batch, status, strict=True):
        expected = pretty_midi.note_name_to_number(name)
        if 0 <= expected <= 127:
            assert ENC.parse(name).midi == expected, name
            assert ENC.decode(row).midi == expected, name
            assert st_ == 0
            checked += 1
        else:
            with pytest.raises(EncodeError):
                ENC.encode(name)
            assert st_ == 2  # STATUS_ENCODE_ERROR
    assert checked > 1000


def test_issue_examples() -> None:
    cases = {
        "A4": 69, "C#5": 73, "Bb3": 58, "C-1": 0, "G9": 127, "E♭4": 63, "F♯2": 42,
        "C##4": 62, "Dbb4": 60, "C𝄪4": 62, "D𝄫4": 60, "Cx4": 62, "B#3": 60, "Cb4": 59,
    }  # fmt: skip
    for name, midi in cases.items():
        assert ENC.decode(ENC.encode(name)).midi == midi, name
    assert ENC.parse("E♭4").name == "Eb4"
    assert ENC.parse("F𝄪2").name == "F##2"
    # the predecessor read these as C4 and MIDI 24
    with pytest.raises(ParseError):
        ENC.encode("H4")
    assert ENC.decode(ENC.encode("C-1")).midi == 0


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str, int, int, int]:
    """(text with random glyphs, canonical name, letter index, alteration, octave), in range."""
    letter = draw(st.integers(0, 6))
    alteration = draw(st.integers(-2, 2))
    lo = -2 if (letter, alteration) in ((6, 1), (6, 2)) else -1
    octave = draw(st.integers(lo, 9))
    midi = 12 * (octave + 1) + NATURAL[letter] + alteration
    if not 0 <= midi <= 127:
        octave = 4
    glyphs = SHARP_GLYPHS if alteration > 0 else FLAT_GLYPHS
    acc = draw(st.sampled_from(glyphs[abs(alteration)])) if alteration else ""
    upper = draw(st.booleans())
    text = (LETTERS[letter] if upper else LETTERS[letter].lower()) + acc + str(octave)
    canon = "#" * alteration if alteration > 0 else "b" * -alteration
    return text, LETTERS[letter] + canon + str(octave), letter, alteration, octave


@given(spelled())
def test_round_trip_keeps_midi_and_spelling(case: tuple[str, str, int, int, int]) -> None:
    text, name, letter, alteration, octave = case
    midi = 12 * (octave + 1) + NATURAL[letter] + alteration
    emb = ENC.encode(text)
    assert emb.shape == (128,) and emb.dtype == np.float32
    p = ENC.decode(emb)
    assert p == ENC.parse(text)
    assert (p.name, p.midi, p.alteration, p.octave) == (name, midi, alteration, octave)
    assert p.pitch_class == midi % 12
    assert p.frequency_hz == pytest.approx(pretty_midi.note_number_to_hz(midi), rel=1e-14)
    # the exact fields hold what the layout says
    assert emb[OFF["MIDI"]] * 128 == midi
    assert emb[OFF["ALTERATION"]] * 4 == alteration
    assert emb[OFF["PC_ONEHOT"] + midi % 12] == 1.0
    angle = 2 * np.pi * (midi % 12) / 12
    assert emb[OFF["PC_CIRCLE"]] == pytest.approx(np.cos(angle), abs=1e-7)
    assert emb[OFF["PC_CIRCLE"] + 1] == pytest.approx(np.sin(angle), abs=1e-7)


def test_every_midi_number_round_trips_both_spellings() -> None:
    for midi in range(128):
        for sharps in (True, False):
            name = ENC.name_of(midi, sharps=sharps)
            assert ENC.decode(ENC.encode(name)).midi == midi
        assert ENC.decode(ENC.encode(midi)).name == ENC.name_of(midi)


def test_tuning_reference_is_stored() -> None:
    enc = PitchEncoder(a4_hz=432.1)
    p = enc.decode(enc.encode("A5"))
    assert (p.a4_hz, p.frequency_hz) == (432.1, 864.2)
    assert ENC.decode(enc.encode("C4")).a4_hz == 432.1  # decode reads the embedding's tuning
    assert not np.array_equal(enc.encode("C4"), ENC.encode("C4"))
    assert pickle.loads(pickle.dumps(enc)).a4_hz == 432.1
    for bad in (0.0, -440.0, float("nan"), float("inf")):
        with pytest.raises(ConfigError):
            PitchEncoder(a4_hz=bad)
    with pytest.raises(ConfigError):
        fluxem._native.Encoder("PITCH", {"a5_hz": 880.0})


@given(spelled(), st.integers(-130, 130))
def test_transpose_acts_on_the_embedding(case: tuple[str, str, int, int, int], n: int) -> None:
    text, _name, _letter, alteration, _octave = case
    src = ENC.parse(text)
    emb = ENC.encode(text)
    if not 0 <= src.midi + n <= 127:
        with pytest.raises(EncodeError):
            ENC.transpose(emb, n)
        return
    out = ENC.transpose(emb, n)
    p = ENC.decode(out)
    assert p.midi == src.midi + n
    fresh = ENC.encode(p.name)
    assert np.array_equal(out[EXACT], fresh[EXACT])
    assert np.abs(out[ROUNDED] - fresh[ROUNDED]).max() <= 2.4e-7
    # the stated spelling rule
    if n % 12 == 0:
        assert (p.letter, p.alteration) == (src.letter, src.alteration)
    elif (src.midi + n) % 12 in NATURAL:
        assert p.alteration == 0
    else:
        up = alteration > 0 or (alteration == 0 and n > 0)
        assert p.alteration == (1 if up else -1)


@given(spelled(), st.integers(-40, 40), st.integers(-40, 40))
def test_transpositions_compose_on_sounding_fields(
    case: tuple[str, str, int, int, int], a: int, b: int
) -> None:
    emb = ENC.encode(case[0])
    midi = ENC.decode(emb).midi
    if not (0 <= midi + a <= 127 and 0 <= midi + a + b <= 127):
        return
    two = ENC.transpose(ENC.transpose(emb, a), b)
    one = ENC.transpose(emb, a + b)
    sounding = slice(OFF["MIDI"], OFF["LETTER_ONEHOT"])
    assert np.abs(two[sounding] - one[sounding]).max() <= 4.8e-7
    assert ENC.decode(two).midi == ENC.decode(one).midi == midi + a + b


def spelled_transpose_oracle(p: Pitch, steps: int, semitones: int) -> tuple[str, int] | None:
    """Independent spelled transposition: move the diatonic number, then fix the accidental."""
    diatonic = 7 * p.octave + LETTERS.index(p.letter) + steps
    letter, octave = diatonic % 7, diatonic // 7
    midi = p.midi + semitones
    alteration = midi - (12 * (octave + 1) + NATURAL[letter])
    if abs(alteration) > 2 or not 0 <= midi <= 127:
        return None
    acc = "#" * alteration if alteration > 0 else "b" * -alteration
    return LETTERS[letter] + acc + str(octave), midi


INTERVALS = [
    "P1", "m2", "M2", "m3", "M3", "P4", "A4", "d5", "P5", "m6", "M6", "m7", "M7", "P8",
    "M9", "m10", "P11", "P12", "A1", "d3", "A5", "d7", "AA4", "dd5", "P15",
]  # fmt: skip


@given(spelled(), st.sampled_from(INTERVALS), st.booleans())
def test_transpose_by_spelled_interval(
    case: tuple[str, str, int, int, int], interval: str, down: bool
) -> None:
    text = case[0]
    iv = ("-" if down else "") + interval
    steps, semitones = fluxem._native.pitch_parse_interval(iv)
    expected = spelled_transpose_oracle(ENC.parse(text), steps, semitones)
    emb = ENC.encode(text)
    if expected is None:
        with pytest.raises(EncodeError):
            ENC.transpose_interval(emb, iv)
        return
    out = ENC.transpose_interval(emb, iv)
    p = ENC.decode(out)
    assert (p.name, p.midi) == expected
    fresh = ENC.encode(p.name)
    assert np.array_equal(out[EXACT], fresh[EXACT])
    assert ENC.interval(emb, out) == semitones


def test_interval_table() -> None:
    semis = [0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 19, 1, 2, 8, 9, 7, 5, 24]
    got = [fluxem._native.pitch_parse_interval(i)[1] for i in INTERVALS]
    assert got == semis
    for bad in ["", "P3", "M5", "m4", "3", "M0", "Q3", "M3x", "ＭＭ3"]:
        with pytest.raises(ParseError):
            fluxem._native.pitch_parse_interval(bad)


BAD = {
    "": 0, "   ": 3, "H4": 0, "h4": 0, "X4": 0, "A": 1, "A#": 2, "4A": 0, "A4 ": None,
    "A 4": 1, "A4x": 2, "C#b4": 2, "C###4": 3, "Cbbb4": 3, "C♮#4": 2, "C##♮4": 3,
    "NaN": 0, "nan": 0, "inf": 0, "-inf": 0, "Ａ4": 0, "А4": 0, "A４": 1, "A＃4": 1,
    "A٤": 1, "A4.0": 2, "A4e0": 2, "A--1": 2, "A+-1": 2, "Α4": 0,
}  # fmt: skip


@pytest.mark.parametrize("text", list(BAD))
def test_bad_input_is_a_parse_error_with_position(text: str) -> None:
    if BAD[text] is None:  # surrounding whitespace is fine
        assert ENC.parse(text).midi == 69
        return
    with pytest.raises(ParseError) as info:
        ENC.encode(text)
    assert info.value.position == BAD[text]
    with pytest.raises(ParseError):
        ENC.parse(text)


def test_huge_and_out_of_range_inputs() -> None:
    with pytest.raises(EncodeError):
        ENC.encode("C" + "9" * 1_000_000)
    with pytest.raises(ParseError) as info:
        ENC.encode("A" * 1_000_000)
    assert info.value.position == 1
    with pytest.raises(ParseError) as info:
        ENC.encode("A" + "#" * 1_000_000 + "4")
    assert info.value.position == 3
    for text in ("G#9", "C10", "Cb-1", "C-2", "B#9", "A10", "Cbb-1"):
        with pytest.raises(EncodeError):
            ENC.encode(text)
    for value in (128, -1, 10**30):
        with pytest.raises(EncodeError):
            ENC.encode(value)
    for value in (True, 60.0, float("nan"), None):
        with pytest.raises(TypeError):
            ENC.encode(value)


def test_decode_rejects_vectors_that_are_not_pitches() -> None:
    a, b = ENC.encode("A4"), ENC.encode("C5")
    nan = a.copy()
    nan[OFF["MIDI"]] = np.nan
    bent = a.copy()
    bent[OFF["PC_CIRCLE"]] += 0.01
    respelled = a.copy()
    respelled[OFF["ALTERATION"]] += 0.25
    for bad in (a + b, nan, bent, respelled, fluxem.DNAEncoder().encode("ACGT"), np.zeros(128)):
        with pytest.raises(DecodeError):
            ENC.decode(bad)
    with pytest.raises(ValueError):
        ENC.decode(a[:64])


def test_batch_matches_single_and_reports_status() -> None:
    texts = ["A4", "H4", "C#5", "G#9", "", "Bb3"]
    batch, status = ENC.encode_batch(texts)
    assert list(status) == [0, 1, 0, 2, 1, 0]
    for text, row, s in zip(texts, batch, status, strict=True):
        if s == 0:
            assert np.array_equal(row, ENC.encode(text))
        else:
            assert not row.any()


def test_float64_round_trip_and_ops() -> None:
    emb = ENC.encode("Eb4", dtype=np.float64)
    assert emb.dtype == np.float64
    out = ENC.transpose(emb, 5)
    assert out.dtype == np.float64
    assert ENC.decode(out).name == "Ab4"
    assert np.abs(out - ENC.encode("Ab4", dtype=np.float64)).max() < 1e-12


@given(st.text(max_size=12) | st.from_regex(r"[A-Ha-h][#b!x♯♭𝄪𝄫♮]{0,3}[-+−]?[0-9]{0,3}"))
def test_any_text_either_encodes_or_raises_a_typed_error(text: str) -> None:
    try:
        p = ENC.parse(text)
    except (ParseError, EncodeError):
        _, status = ENC.encode_batch([text])
        assert status[0] in (1, 2)
        return
    assert ENC.decode(ENC.encode(text)) == p
    assert p.midi == 12 * (p.octave + 1) + NATURAL[LETTERS.index(p.letter)] + p.alteration
