"""Numbers as people write them (issue 10): digit groups, powers of ten written out, scale
words. The sentences of the issue's table are used verbatim; each span must carry the value
a reader means, and an ambiguous writing gets no span, never a guess."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fluxem import ArithmeticEncoder, DimensionalQuantity, VectorEncoder
from fluxem.errors import ParseError
from fluxem.integration import MultiDomainTokenizer

TOK = MultiDomainTokenizer()
Q, A, V = DimensionalQuantity(), ArithmeticEncoder(), VectorEncoder()


def spans(text: str) -> list[tuple[str, str]]:
    return [(t.domain.name, t.text) for t in TOK.tokenize(text) if t.domain != 0]


def test_issue_rows_give_what_a_reader_means() -> None:
    assert spans("centrifuged at 12,000 rpm") == [("QUANTITY", "12,000 rpm")]
    assert Q.parse("12,000 rpm") == Q.parse("12000 rpm")
    assert spans("from 12,000 + 3,500 to 15,500 units") == [("ARITHMETIC", "12,000 + 3,500")]
    assert A.parse("12,000 + 3,500") == 15500
    assert spans("The sample weighed 1 234.5 g") == [("QUANTITY", "1 234.5 g")]
    assert Q.parse("1 234.5 g").exact == Fraction(12345, 10000)  # kg
    assert spans("The vector [1,000, 2,000]") == [("VECTOR", "[1,000, 2,000]")]
    assert V.parse("[1,000, 2,000]") == (1000, 2000)
    assert spans("6.022×10²³ mol⁻¹") == [("QUANTITY", "6.022×10²³ mol⁻¹")]
    assert Q.parse("6.022×10²³ mol⁻¹").exact == Fraction(6022) * 10**20


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234,567", 1234567),
        ("7 654 321", 7654321),
        ("7\u2009654\u2009321", 7654321),
        ("7\u202f654", 7654),
        ("48\u00a0000", 48000),
        ("1,000.25", Fraction(400100, 400)),
        ("9.11×10⁻³¹", Fraction(911, 10**33)),
        ("1.6 · 10^-19", Fraction(16, 10**20)),
        ("3 x 10^8", 3 * 10**8),
        ("2.5×10⁶", 2500000),
        ("2.5 trillion", 2500000000000),
        ("3 million", 3000000),
        ("1.2 billion", 1200000000),
        ("4 thousand", 4000),
    ],
)
def test_written_forms_are_exact(text: str, value: Fraction | int) -> None:
    assert A.parse(text) == value
    assert Q.parse(f"{text} m").exact == value
    assert A.decode_exact(A.encode(text)) == value


@pytest.mark.parametrize(
    "text",
    [
        "the list 1,2,3 of items",  # a list, not groups
        "pi is about 3,14 in some locales",  # a decimal comma: no span
        "a value of 0,125 m",  # a decimal comma
        "v = [1,234,567]",  # groups or components? no span
        "v = [1,000,2,000]",
        "between 1,0000 and more",  # not a group of three
    ],
)
def test_ambiguous_writings_give_no_wrong_span(text: str) -> None:
    for domain, span in spans(text):
        assert domain not in ("VECTOR", "ARITHMETIC", "QUANTITY"), (text, span)


def test_vectors_keep_their_separators() -> None:
    assert V.parse("[100 200 300]") == (100, 200, 300)  # spaces separate, never group
    assert V.parse("[1,2,3]") == (1, 2, 3)
    # a tight list with an item no group can be (`32`): every comma separates
    assert V.parse("[64,32,128]") == (64, 32, 128)
    for text in ["[1,234,567]", "[1,000,2,000]", "[12,000]", "[128,128,128]"]:
        with pytest.raises(ParseError, match="ambiguous digit groups"):
            V.parse(text)


def test_expressions_and_bare_numbers_keep_their_reading() -> None:
    assert spans("compute 2 * 10^3 now") == [("ARITHMETIC", "2 * 10^3")]
    assert spans("The charge is 1.6 × 10^-19 C") == [("QUANTITY", "1.6 × 10^-19 C")]
    assert spans("It has 48,000 parts.") == []  # a bare number is never a span
    assert spans("3 million") == []
    assert spans("in 2019, 300 people came") == []
    assert spans("at 5, 100 m away") == [("QUANTITY", "100 m")]


@given(st.integers(0, 10**15), st.sampled_from([",", " ", "\u2009", "\u202f"]))
def test_any_grouped_integer_reads_as_its_value(n: int, sep: str) -> None:
    text = f"{n:,}".replace(",", sep)
    assert A.parse(text) == n
    assert Q.parse(f"{text} kg").exact == n


@pytest.mark.parametrize("number", ["12\u2009000", "12\u00a0000", "12,000", "6.022×10²³"])
def test_error_positions_after_a_written_number_are_str_indices(number: str) -> None:
    """A literal with non-ASCII separators or a written power of ten is several bytes per
    char: the position of an error after it is still a ``str`` index inside the text."""
    text = f"{number} zorgs"
    with pytest.raises(ParseError) as quantity:
        Q.parse(text)
    assert quantity.value.position == text.index("zorgs")
    text = f"{number} + "
    with pytest.raises(ParseError) as arithmetic:
        A.parse(text)
    assert arithmetic.value.position == len(text)


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


@given(st.integers(-30, 30), st.sampled_from(["torr", "Pa", "m", "cm⁻²", "mol/L", "Hz"]))
def test_a_power_of_ten_in_superscript_digits_is_the_quantity_it_spells(k: int, unit: str) -> None:
    power = "10" + str(k).translate(SUPERSCRIPT)
    text = f"The chamber was held at {power} {unit} before use."
    assert spans(text) == [("QUANTITY", f"{power} {unit}")]
    assert Q.parse(f"{power} {unit}").exact == Q.parse(f"1e{k} {unit}").exact


@pytest.mark.parametrize(
    "text",
    [
        "Pressures from 10⁵ to 10⁶ Pa were applied.",  # the upper end alone misstates it
        "Pressures from 10⁵ Pa to 10⁶ Pa were applied.",
        "Pressures between 10⁴ Pa and 10⁶ Pa were applied.",
        "The load was 10⁵ ± 10⁴ N in every test.",
        "A mantissa of 2.5 10⁵ Pa was printed.",
    ],
)
def test_a_superscript_power_inside_a_longer_value_gives_no_span(text: str) -> None:
    assert spans(text) == []


@given(
    st.integers(0, 999),
    st.lists(st.integers(0, 999), min_size=2, max_size=4),
    st.sampled_from([" ", "\u2009", "\u202f", "\u00a0"]),
    st.integers(-30, 30),
)
def test_digits_grouped_after_the_point_read_as_the_plain_number(
    whole: int, groups: list[int], sep: str, exp: int
) -> None:
    # `1.602 176 634 × 10^-19 C`: the SI groups the digits after the point in threes too;
    # before, the literal stopped at the first space and the segmenter read `176 634 × 10^-19 C`
    # (a wrong value). The embedding is the plain spelling's bit for bit.
    digits = [f"{g:03d}" for g in groups]
    grouped, plain = f"{whole}.{sep.join(digits)}", f"{whole}.{''.join(digits)}"
    assert Q.parse(f"{grouped} m").exact == Q.parse(f"{plain} m").exact
    assert (Q.encode(f"{grouped} m") == Q.encode(f"{plain} m")).all()
    assert A.parse(f"{grouped} + 1") == A.parse(f"{plain} + 1")
    power = f"{grouped} \u00d7 10^{exp} kg"
    assert (Q.encode(power) == Q.encode(f"{plain} \u00d7 10^{exp} kg")).all()
    assert spans(f"The mass is {power} here.") == [("QUANTITY", power)]


@given(st.integers(1, 300), st.sampled_from(["m", "kg", "s", "\u03a9\u00b7m", "J/K"]))
def test_a_typeset_minus_in_an_exponent_reads_as_the_ascii_one(exp: int, unit: str) -> None:
    # `1.7e−8 Ω·m`, `1.7 × 10^−8 Ω·m`: typeset text writes the exponent's minus as U+2212;
    # before, `1.7e−8 Ω·m` gave the span `8 Ω·m` (a wrong value) and `10^−8` no span
    for typeset, ascii_text in [
        (f"1.7e\u2212{exp} {unit}", f"1.7e-{exp} {unit}"),
        (f"1.7 \u00d7 10^\u2212{exp} {unit}", f"1.7 \u00d7 10^-{exp} {unit}"),
    ]:
        assert (Q.encode(typeset) == Q.encode(ascii_text)).all(), typeset
        assert spans(f"It is {typeset} here.") == [("QUANTITY", typeset)]


def test_constants_as_codata_writes_them() -> None:
    # groups after the point, the last short after a full group or before a concise
    # uncertainty, and the power of ten after the uncertainty
    g = "6.674 30(15) \u00d7 10^-11 m^3 kg^-1 s^-2"
    assert spans(f"We used G = {g} throughout.") == [("QUANTITY", g)]
    value = Q.parse(g)
    assert value.exact == Fraction(667430, 10**16)
    assert Q.parse("6.67430(15) \u00d7 10^-11 m^3 kg^-1 s^-2") == value
    h = "6.626 070 15 \u00d7 10^-34 J\u00b7s"
    assert spans(f"Planck's constant is {h} exactly.") == [("QUANTITY", h)]
    assert Q.parse(h).exact == Fraction(662607015, 10**42)
    # not groups: the literal stops where it did, and no number is made of two
    for text in ["0.125 25 mm", "1.000 2.000 m", "1.000 2000 m"]:
        with pytest.raises(ParseError):
            Q.parse(text)
