"""Numbers written in words and with scale words (issue 10.1): `twenty-five grams`,
`three litres`, `2.5 trillion`, `3 million`. Values are exact; inflect (an independent
speller) is the oracle for the word grammar. Where a writing is ambiguous or everyday prose,
no span."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fluxem import ArithmeticEncoder, DimensionalQuantity
from fluxem.errors import ParseError
from fluxem.integration import MultiDomainTokenizer

inflect = pytest.importorskip("inflect")
SPELL = inflect.engine()
TOK = MultiDomainTokenizer()
Q, A = DimensionalQuantity(), ArithmeticEncoder()


def spans(text: str) -> list[tuple[str, str]]:
    return [(t.domain.name, t.text) for t in TOK.tokenize(text) if t.domain != 0]


def test_issue_row_number_words_before_units() -> None:
    text = "Add twenty-five grams of NaCl to three litres of water"
    assert spans(text) == [
        ("QUANTITY", "twenty-five grams"),
        ("FORMULA", "NaCl"),
        ("QUANTITY", "three litres"),
    ]
    assert Q.parse("twenty-five grams").exact == Fraction(25, 1000)  # kg
    assert Q.parse("three litres").exact == Fraction(3, 1000)  # m³
    assert Q.decode(Q.encode("twenty-five grams"), "g").exact == 25


def test_issue_row_scale_words() -> None:
    """A bare number is never a span (money neither): `2.5 trillion dollars` and `3 million`
    stay text, and wherever a number is read their value is exact."""
    assert spans("2.5 trillion dollars") == []
    assert spans("3 million") == []
    assert A.parse("2.5 trillion") == 2_500_000_000_000
    assert A.parse("3 million") == 3_000_000
    assert A.decode_exact(A.encode("2.5 trillion")) == 2_500_000_000_000
    assert A.decode_exact(A.encode("3 million")) == 3_000_000
    assert spans("a distance of 2.5 trillion km") == [("QUANTITY", "2.5 trillion km")]
    assert Q.parse("2.5 trillion km").exact == 2_500_000_000_000_000


@given(st.integers(0, 10**15 - 1), st.sampled_from(["", "and"]), st.booleans())
def test_any_spelled_integer_reads_as_its_value(n: int, andword: str, capital: bool) -> None:
    words = SPELL.number_to_words(n, andword=andword, comma="")
    if capital:
        words = words[0].upper() + words[1:]
    assert A.parse(words) == n
    assert A.decode_exact(A.encode(words)) == n
    assert Q.parse(f"{words} kg").exact == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty five", 25),
        ("twelve hundred", 1200),
        ("twenty-five hundred", 2500),
        ("three hundred and twenty-five thousand", 325_000),
        ("twenty-five million", 25_000_000),
    ],
)
def test_other_common_spellings(text: str, value: int) -> None:
    assert A.parse(text) == value


def test_words_are_operands_of_the_arithmetic_parser() -> None:
    assert A.parse("twenty-five + 3") == 28
    assert A.parse("(one hundred - forty) / three") == 20


@pytest.mark.parametrize(
    "text",
    [
        "a dozen",  # the article and `dozen` are not read (approximate counts)
        "a hundred",
        "one-third",  # fractions, ordinals, compounds
        "twenty-first",
        "two-fold",
        "one two",  # not one number
        "two thousand million",
        "one million twelve hundred",
        "twenty-five thousand, four hundred",  # a comma inside: not read
    ],
)
def test_writings_that_are_not_one_number(text: str) -> None:
    with pytest.raises(ParseError):
        A.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "Add a dozen grams of salt to the water.",
        "Add a hundred grams of salt to the water.",
        "Two hours later the reaction in the flask was complete.",  # a duration in prose
        "He drove three miles home.",  # no science context
        "We counted three T cells in the sample.",  # a one-letter unit after words
        "Add two or three litres of water to the solution.",
        "Add two to three hundred grams of salt to the water.",  # 2-300 or 200-300 g?
        "Add two and three litres of water to the solution.",  # `and` needs `between`
        "Add twenty-five thousand, four hundred grams of water.",  # a longer number
        "Add one-third litre of water to the solution.",
        "one of the samples",
        "twenty-five + 3 in the water",  # no ARITHMETIC from words
    ],
)
def test_prose_and_ambiguous_writings_give_no_wrong_span(text: str) -> None:
    assert spans(text) == []


WORD_RANGES = [
    ("Add two to three litres of water to the solution.", "two to three litres", "L", (2, 3)),
    (
        "Add between two and three litres of water to the solution.",
        "two and three litres",
        "L",
        (2, 3),
    ),
    (
        "Dissolve twenty-five to thirty grams of NaCl in water.",
        "twenty-five to thirty grams",
        "g",
        (25, 30),
    ),
    (
        "Dissolve two hundred to three hundred grams of NaCl in water.",
        "two hundred to three hundred grams",
        "g",
        (200, 300),
    ),
]


@pytest.mark.parametrize(("sentence", "span", "unit", "ends"), WORD_RANGES)
def test_a_range_in_words_is_one_span_with_both_ends(
    sentence: str, span: str, unit: str, ends: tuple[int, int]
) -> None:
    """A range written in words is one value, as in digits (span-conventions.md): both ends
    exact, equal to the same range in digits."""
    from fluxem.domains.quantity import QuantityRange

    batch = TOK.segment_batch([sentence], encode=True, float64=True)
    assert batch.embeddings is not None
    found = [sentence[a:b] for a, b in zip(batch.start.tolist(), batch.end.tolist(), strict=True)]
    assert span in found
    emb = batch.embeddings[found.index(span)]
    r = Q.decode(emb, unit)
    assert isinstance(r, QuantityRange)
    assert (r.low.exact, r.high.exact) == (Fraction(ends[0]), Fraction(ends[1]))
    unit_word = span.split()[-1]
    assert (emb == Q.encode(f"{ends[0]} to {ends[1]} {unit_word}", dtype=np.float64)).all()


@pytest.mark.parametrize(
    "text",
    [
        "The NaCl solution was diluted from two to three litres.",  # a change, not a range
        "Add two to 3 grams of NaCl to the water.",  # a range half in words: not read
        "Add two–three grams of NaCl to the water.",  # only `to` and `between ... and`
    ],
)
def test_ranges_in_words_that_are_not_read_give_no_quantity(text: str) -> None:
    assert ("FORMULA", "NaCl") in spans(text)  # a chemistry context
    assert [s for s in spans(text) if s[0] == "QUANTITY"] == []


def test_ranges_in_words_parse_only_when_unambiguous() -> None:
    r = Q.parse("three to five grams")
    assert (r.low.exact, r.high.exact) == (Fraction(3, 1000), Fraction(5, 1000))
    for text in ["two to three hundred grams", "two to 3 grams", "two or three grams"]:
        with pytest.raises(ParseError):
            Q.parse(text)


def test_words_glued_to_other_words_are_not_numbers() -> None:
    assert spans("The Type-two reaction used water.") == []
    assert spans("It was someone's water, one-to-one.") == []


def test_a_number_word_before_digits_is_no_range() -> None:
    """`zero and 20 mA` is no range: the digits keep their quantity."""
    text = "The sensor outputs 4 mA at zero and 20 mA at full scale."
    assert spans(text) == [("QUANTITY", "4 mA"), ("QUANTITY", "20 mA")]
