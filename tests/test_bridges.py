"""Bridges from decoded values to the libraries users already have: pint, molmass, music21,
pretty_midi; conversions of a decoded Quantity; clear errors when an op is handed text."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quantity_units import UNITS, pint_name_expr

from fluxem import DimensionalQuantity, DomainType, MoleculeEncoder, PitchEncoder
from fluxem.domains.quantity import Quantity, supported_units
from fluxem.errors import DimensionError, ParseError

Q = DimensionalQuantity()


def test_decoded_pressure_converts_to_the_unit_a_reader_wants() -> None:
    q = Q.decode(Q.encode("1e5 Pa"))
    assert q.unit == "kg/(m·s²)"  # SI base units unless asked
    assert q.to("Pa").value == 100000.0 and q.to("Pa").unit == "Pa"
    assert q.to("bar").exact == 1
    assert float(q.to("kPa")) == 100.0
    assert q.to("kPa").to_si() == q


def test_to_is_exact_and_checks_dimensions() -> None:
    speed = Q.decode(Q.encode("36 km/h"), "km/h")
    assert speed.to("m/s").exact == 10
    assert Q.decode(Q.encode("1 in")).to("mm").exact == Fraction(254, 10)
    with pytest.raises(DimensionError):
        speed.to("kg")
    with pytest.raises(ParseError):
        speed.to("furlongs-per-blarg")


@given(
    st.integers(-(10**9), 10**9),
    st.sampled_from([u for u in UNITS if u not in ("°C", "°F")]),
    st.sampled_from([u for u in UNITS if u not in ("°C", "°F")]),
)
def test_to_agrees_with_pint(n: int, src: str, dst: str) -> None:
    pint = pytest.importorskip("pint")
    q = Q.decode(Q.encode(f"{n} {src}"), src)
    theirs = q.to_pint()
    try:
        ours = q.to(dst)
    except DimensionError:
        with pytest.raises(pint.errors.DimensionalityError):
            theirs.to(pint_name_expr(dst))
        return
    want = theirs.to(pint_name_expr(dst)).magnitude
    assert math.isclose(ours.value, want, rel_tol=1e-12, abs_tol=1e-300)


def test_pint_round_trip_keeps_the_unit_and_the_value() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for text in ["9.8 m/s^2", "4.7 kΩ", "25 °C", "2.5 kWh", "-3 mmol/L"]:
        written = Q.parse(text)
        unit = text.split(" ", 1)[1]
        q = Q.decode(Q.encode(text), unit)
        p = q.to_pint(ureg)
        assert p.magnitude == pytest.approx(q.value, rel=1e-15)
        back = Quantity.from_pint(p)
        assert back.to_si().value == pytest.approx(written.value, rel=1e-15)


def test_from_pint_units_we_do_not_spell_go_through_si() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    p = ureg.Quantity(1, "furlong/fortnight")
    q = Quantity.from_pint(p)
    assert q.dims == {"m": 1, "s": -1}
    assert q.value == p.to_base_units().magnitude
    with pytest.raises(TypeError):
        Quantity.from_pint(ureg.Quantity([1, 2], "m"))


def test_supported_units_agree_with_the_parser_and_pint() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    units = {u.symbol: u for u in supported_units()}
    assert len(units) > 1000
    assert units["km"].si_factor == 1000 and units["km"].dimensions[0] == 1
    assert units["°F"].affine and units["°F"].si_factor == Fraction(5, 9)
    for sym in ["mm", "kPa", "eV", "mi", "kWh", "Da"]:
        assert float(units[sym].si_factor) == pytest.approx(
            ureg.Quantity(1, sym).to_base_units().magnitude, rel=1e-12
        )


def test_formula_to_molmass_has_the_same_composition_and_charge() -> None:
    molmass = pytest.importorskip("molmass")
    enc = MoleculeEncoder()
    assert isinstance(enc.decode(enc.encode("H2O")).to_molmass(), molmass.Formula)
    for text in ["C6H12O6", "CuSO4·5H2O", "SO4^2-", "NH4+", "Fe2(SO4)3"]:
        ours = enc.decode(enc.encode(text))
        theirs = ours.to_molmass()
        counts = {s: item.count for s, item in theirs.composition().items() if s != "e-"}
        assert counts == ours.counts, text
        assert theirs.charge == ours.charge, text
        assert theirs.mass == pytest.approx(ours.molar_mass, rel=1e-4), text


def test_pitch_to_music21_and_pretty_midi_agree_on_midi_and_spelling() -> None:
    music21 = pytest.importorskip("music21")
    pretty_midi = pytest.importorskip("pretty_midi")
    enc = PitchEncoder()
    for name in ["A4", "C#5", "Bb3", "C-1", "F##2", "Ebb4", "G9"]:
        p = enc.decode(enc.encode(name))
        m = p.to_music21()
        assert isinstance(m, music21.pitch.Pitch)
        assert (m.midi, m.step, m.octave) == (p.midi, p.letter.upper(), p.octave), name
        assert int(m.alter) == p.alteration, name
        note = p.to_pretty_midi(start=1.0, end=1.5, velocity=90)
        assert (note.pitch, note.start, note.end, note.velocity) == (p.midi, 1.0, 1.5, 90)
        assert pretty_midi.note_number_to_name(note.pitch)[-1] == str(p.midi // 12 - 1)[-1]


def test_an_op_given_text_says_to_encode_first() -> None:
    with pytest.raises(TypeError, match="encode it first"):
        Q.add("1 m", "20 cm")
    with pytest.raises(TypeError, match="encode it first"):
        PitchEncoder().transpose("A4", 2)
    assert Q.decode(Q.add(Q.encode("1 m"), Q.encode("20 cm"))).exact == Fraction(6, 5)


def test_decoded_span_domain_is_a_domain_type() -> None:
    pytest.importorskip("torch")
    from fluxem.integration.heads import DecodedSpan

    assert DecodedSpan(2, None, None).domain is DomainType.QUANTITY
    assert DecodedSpan(9, None, None).domain == 9  # user-registered ids stay ints
