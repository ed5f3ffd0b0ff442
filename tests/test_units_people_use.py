"""Units people use (issue 10.4): logarithmic levels (dB, dBm, dBW, dBA), ppm/ppb/‰, mmol/L,
and the spellings refused because the value they mean is not one a unit table can give (ppt,
IU, pH). Checked against pint where pint has the unit."""

from __future__ import annotations

from fractions import Fraction

import pytest

from fluxem import DimensionalQuantity
from fluxem.domains.quantity import LEVEL_UNITS, LEVELS
from fluxem.errors import DimensionError, ParseError
from fluxem.integration import MultiDomainTokenizer

pint = pytest.importorskip("pint")
UREG = pint.UnitRegistry()
TOK = MultiDomainTokenizer()
Q = DimensionalQuantity()


def spans(text: str) -> list[tuple[str, str]]:
    return [(t.domain.name, t.text) for t in TOK.tokenize(text) if t.domain != 0]


def pint_dims(q: object) -> dict[str, float]:
    return {k: float(v) for k, v in q.dimensionality.items()}  # type: ignore[attr-defined]


def our_dims(text: str) -> dict[str, float]:
    names = {"m": "[length]", "kg": "[mass]", "s": "[time]", "A": "[current]", "mol": "[substance]"}
    return {names[k]: float(v) for k, v in Q.parse(text).dims.items()}


def test_issue_row_attenuation_in_decibels() -> None:
    assert spans("attenuated by 30 dB") == [("QUANTITY", "30 dB")]
    q = Q.parse("30 dB")
    assert (q.value, q.unit, q.exact, q.dims) == (30.0, "dB", Fraction(30), {})


@pytest.mark.parametrize(("symbol", "reference", "factor"), LEVELS)
def test_levels_agree_with_pint(symbol: str, reference: str, factor: int) -> None:
    """pint defines dB, dBm and dBW as logarithmic units; where it has one, its reference
    (level 0), its factor (a level of `factor` is ten times the reference) and its dimensions
    are ours. dBA is not in pint."""
    try:
        UREG.parse_units(symbol)
    except pint.errors.UndefinedUnitError:
        assert symbol == "dBA"
        assert (reference, factor) == ("0.00002", 20)  # 20 µPa, a root-power level
        assert our_dims(f"65 {symbol}") == {"[mass]": 1.0, "[length]": -1.0, "[time]": -2.0}
        return
    at_zero = UREG.Quantity(0, symbol).to_base_units()
    assert at_zero.magnitude == pytest.approx(float(reference), rel=1e-12)
    at_factor = UREG.Quantity(factor, symbol).to_base_units()
    assert at_factor.magnitude == pytest.approx(10 * float(reference), rel=1e-12)
    assert pint_dims(at_zero) == our_dims(f"-3 {symbol}")


@pytest.mark.parametrize("symbol", LEVEL_UNITS)
def test_a_level_is_stored_as_written_and_refuses_arithmetic(symbol: str) -> None:
    text = f"-12.5 {symbol}"
    emb = Q.encode(text)
    back = Q.decode(emb)
    assert (back.value, back.unit, back.exact) == (-12.5, symbol, Fraction(-25, 2))
    assert Q.decode(emb, symbol).exact == Fraction(-25, 2)
    assert Q.decode(Q.neg(emb)).exact == Fraction(25, 2)  # still a level
    assert Q.decode(Q.neg(emb)).unit == symbol
    other = Q.encode(f"3 {symbol}")
    for op in (Q.add, Q.sub, Q.mul, Q.div):
        with pytest.raises(DimensionError, match="logarithmic level"):
            op(emb, other)
    with pytest.raises(DimensionError, match="logarithmic level"):
        Q.add(emb, Q.encode("2 W"))
    with pytest.raises(DimensionError, match="logarithmic level"):
        Q.pow(emb, 2)
    with pytest.raises(DimensionError, match="logarithmic"):
        Q.decode(emb, "W")


def test_a_level_is_not_the_plain_number() -> None:
    """30 dB and the dimensionless 30 (or 30 dBm and 30 dBW) are different vectors."""
    vectors = [Q.encode(t).tolist() for t in ["30 dB", "30 dBm", "30 dBW", "30 dBA", "30 %"]]
    assert len({tuple(v) for v in vectors}) == len(vectors)


@pytest.mark.parametrize(
    "text",
    [
        "a loss of 0.2 dB/km in the fibre",  # a level inside a compound unit: not read
        "a gain of 3 dBi",  # pint: decibiot; antennas: re isotropic
        "a level of 4 dBu",  # pint: re 1 µW; audio: re 0.775 V
    ],
)
def test_levels_that_are_not_read_give_no_span(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2 ‰", Fraction(2, 1000)), ("2 permille", Fraction(2, 1000)), ("7 %", Fraction(7, 100))],
)
def test_ratios_agree_with_pint(text: str, expected: Fraction) -> None:
    q = Q.parse(text)
    assert q.exact == expected and q.dims == {}
    magnitude = UREG.Quantity(text).to("dimensionless").magnitude
    assert magnitude == pytest.approx(float(expected), rel=1e-15)


def test_ppm_ppb_and_permille_in_text() -> None:
    assert spans("The water held 5 ppb lead and 2 ppm arsenic.") == [
        ("QUANTITY", "5 ppb"),
        ("QUANTITY", "2 ppm"),
    ]
    assert Q.parse("5 ppb").exact == Fraction(5, 10**9)
    assert spans("a mass fraction of 2‰ in the sample") == [("QUANTITY", "2‰")]


def test_millimoles_per_litre_agree_with_pint() -> None:
    assert spans("a glucose level of 5.5 mmol/L in blood") == [("QUANTITY", "5.5 mmol/L")]
    q = Q.parse("5.5 mmol/L")
    assert q.exact == Fraction(11, 2)  # mol/m³
    assert UREG.Quantity("5.5 mmol/L").to("mol/m**3").magnitude == pytest.approx(5.5, rel=1e-15)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("35 ppt", "parts per thousand"),  # salinity; chemistry: per trillion; pint: picopint
        ("500 IU", "International Unit"),  # a different mass for each substance
        ("7 pH", "acidity"),  # pH is a scale, not picohenry
    ],
)
def test_refused_spellings_name_their_reason(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        Q.parse(text)
    assert spans(f"we measured {text} in the sea water sample") == []


def test_ph_stays_text() -> None:
    assert spans("The buffer was at pH 7.4, held at 25 °C.") == [("QUANTITY", "25 °C")]
    assert spans("Adjust the solution to 7 pH.") == []


@pytest.mark.parametrize(
    ("text", "span", "written"),
    [
        ("irradiance of 1000 W/m2.", "1000 W/m2", "1000 W/m^2"),
        ("a flux of 1000 W m-2 at noon", "1000 W m-2", "1000 W m^-2"),
        ("R = 8.314 J K-1 mol-1 here", "8.314 J K-1 mol-1", "8.314 J K^-1 mol^-1"),
        ("a density of 1.2 kg m-3.", "1.2 kg m-3", "1.2 kg m^-3"),
        ("a plot of 5 m2 was sown", "5 m2", "5 m^2"),
        ("falls at 9.8 m/s2 near the ground", "9.8 m/s2", "9.8 m/s^2"),
    ],
)
def test_plain_text_powers_are_read_whole(text: str, span: str, written: str) -> None:
    """`1000 W m-2` was emitted as `1000 W`: the model got watts for a flux."""
    assert spans(text) == [("QUANTITY", span)]
    assert Q.encode(span).tolist() == Q.encode(written).tolist()


def test_element_counts_are_not_powers() -> None:
    assert spans("bubbled 3 N2 through it") == [("FORMULA", "N2")]
    assert spans("the ratio 3%2 in Python") == []
