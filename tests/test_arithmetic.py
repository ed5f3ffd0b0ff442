"""ARITHMETIC: exact evaluation (oracle: fractions.Fraction), shape, closed-form ops, bad input."""

from __future__ import annotations

import decimal
import operator
from fractions import Fraction

import numpy as np
import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given
from hypothesis import strategies as st

import fluxem
from fluxem import ArithmeticEncoder, DomainType, EncodeError, ParseError, domain_of
from fluxem.domains import ArithmeticEncoder as FromDomains

ENC = ArithmeticEncoder()
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def test_exported_in_both_places() -> None:
    assert FromDomains is fluxem.ArithmeticEncoder


@st.composite
def expressions(draw: st.DrawFn) -> tuple[str, Fraction]:
    """Random expressions with standard precedence, and their exact values (Fraction oracle)."""
    n = draw(st.integers(min_value=1, max_value=6))
    nums = [draw(st.integers(min_value=0, max_value=10**6)) for _ in range(n)]
    ops = [draw(st.sampled_from(list(OPS))) for _ in range(n - 1)]
    if any(op == "/" and b == 0 for op, b in zip(ops, nums[1:], strict=True)):
        nums = [x + 1 for x in nums]
    # precedence by hand: fold * and / first, then + and -
    terms: list[Fraction] = [Fraction(nums[0])]
    signs: list[str] = []
    for op, x in zip(ops, nums[1:], strict=True):
        if op in "*/":
            terms[-1] = OPS[op](terms[-1], Fraction(x))
        else:
            signs.append(op)
            terms.append(Fraction(x))
    value = terms[0]
    for op, t in zip(signs, terms[1:], strict=True):
        value = OPS[op](value, t)
    text = str(nums[0]) + "".join(f" {op} {x}" for op, x in zip(ops, nums[1:], strict=True))
    return text, value


def rounded_18(value: Fraction) -> Fraction:
    """``value`` rounded half-to-even to 18 significant digits (decimal division rounds
    correctly under its context): the oracle for the codec's flagged exact part."""
    ctx = decimal.Context(prec=18, rounding=decimal.ROUND_HALF_EVEN, Emax=10**6, Emin=-(10**6))
    q = ctx.divide(decimal.Decimal(value.numerator), decimal.Decimal(value.denominator))
    return Fraction(q)


@given(expressions())
@example(("1 / 3", Fraction(1, 3)))
@example(("2 / 3 + 1234567", Fraction(3703703, 3)))
@example(("1234567890.1234567891 * 1", Fraction("1234567890.1234567891")))
def test_expressions_evaluate_exactly_with_precedence(case: tuple[str, Fraction]) -> None:
    text, value = case
    assert ENC.parse(text) == value
    emb = ENC.encode(text)
    if ENC.is_rounded(emb):  # the exact part holds the half-even rounding to 18 digits
        assert ENC.decode_exact(emb) == rounded_18(value) != value
    else:
        assert ENC.decode_exact(emb) == value
        assert ENC.decode(emb) == (int(value) if value.denominator == 1 else float(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234 + 5678", 6912),
        ("-2^2", -4),
        ("2^3^2", 512),
        ("2 ** -2", Fraction(1, 4)),
        ("(1 + 2) * -(3 - 5)", 6),
        ("1.5e3 / 4", Fraction(375)),
        ("7 × 6 ÷ 4 − 0.5", 10),
        ("  42  ", 42),
        (".5 + 5.", Fraction(11, 2)),
    ],
)
def test_examples(text: str, value: Fraction) -> None:
    assert ENC.parse(text) == value
    assert domain_of(ENC.encode(text)) is DomainType.ARITHMETIC


def test_shape_is_in_the_embedding() -> None:
    assert ENC.shape("-(1 + 2) * 3 ^ 2 / 4 - 5") == {
        "operands": 6,
        "add": 1,
        "sub": 1,
        "mul": 1,
        "div": 1,
        "pow": 1,
        "neg": 1,
        "depth": 1,
    }
    assert not np.array_equal(ENC.encode("3 + 4"), ENC.encode("7"))
    assert ENC.decode(ENC.encode("3 + 4")) == ENC.decode(ENC.encode("7")) == 7


@pytest.mark.parametrize(
    ("text", "position"),
    [("1 +", 3), ("", 0), ("3 4", 2), ("(1 + 2", 6), ("2x", 1), ("1 + * 2", 4), ("٣ + 1", 0)],
)
def test_parse_errors_carry_the_position(text: str, position: int) -> None:
    with pytest.raises(ParseError) as err:
        ENC.encode(text)
    assert err.value.position == position
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize("text", ["2 ** 10000000", "1/0", "0 ^ -1", "2 ^ 0.5", "9" * 2000])
def test_encode_errors_are_fast_and_typed(text: str) -> None:
    with pytest.raises(EncodeError):
        ENC.encode(text)


def test_hostile_nesting_is_bounded() -> None:
    with pytest.raises(ParseError):
        ENC.encode("(" * 100_000 + "1" + ")" * 100_000)


@given(st.integers(-(10**9), 10**9), st.integers(-(10**9), 10**9))
def test_closed_form_ops_match_exact_results(a: int, b: int) -> None:
    ea, eb = ENC.encode(a), ENC.encode(b)
    assert ENC.decode(ENC.add(ea, eb)) == a + b
    assert ENC.decode(ENC.sub(ea, eb)) == a - b
    assert ENC.decode(ENC.neg(ea)) == -a
    prod = ENC.decode(ENC.mul(ea, eb))
    assert abs(Fraction(prod) - a * b) <= abs(Fraction(a * b)) * Fraction(1, 10**12)
    if b != 0:
        q = ENC.decode(ENC.div(ea, eb))
        assert abs(Fraction(q) - Fraction(a, b)) <= abs(Fraction(a, b)) * Fraction(1, 10**12)


def test_pow_and_errors_of_ops() -> None:
    assert ENC.decode(ENC.pow(ENC.encode(-3), 3)) == pytest.approx(-27, rel=1e-13)
    with pytest.raises(EncodeError):
        ENC.pow(ENC.encode(-3), 0.5)
    with pytest.raises(fluxem.DecodeError):
        ENC.add(ENC.mul(ENC.encode(2), ENC.encode(3)), ENC.encode(1))  # product has no linear part


def test_python_number_types() -> None:
    assert ENC.decode(ENC.encode(Fraction(1, 8))) == 0.125
    from decimal import Decimal

    assert ENC.decode(ENC.encode(Decimal("1.25E+3"))) == 1250
    assert ENC.decode(ENC.encode(np.int64(-7))) == -7
    with pytest.raises(TypeError):
        ENC.encode(True)
    with pytest.raises(TypeError):
        ENC.encode([1, 2])


@pytest.mark.parametrize(("x", "p"), [(1000, 0.5), (8, 0.5), (2, -1.5), (10**12, 1 / 3)])
def test_fractional_powers(x: int, p: float) -> None:
    got = ENC.decode(ENC.pow(ENC.encode(x), p))
    assert got == pytest.approx(x**p, rel=1e-13)
