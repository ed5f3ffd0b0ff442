"""The number codec's identities (docs/ERROR_MODEL.md, section 2), as hypothesis properties.

Every property runs on the float32 embedding users get, exactly as a model would see it.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given
from hypothesis import strategies as st

from fluxem import ArithmeticEncoder, DecodeError, EncodeError
from fluxem.layout import (
    ARITHMETIC_CODEC,
    ARITHMETIC_LINEAR,
    ARITHMETIC_LOG,
    CODEC_LINEAR_LIMIT,
)

ENC = ArithmeticEncoder()


def plain_sum(a: np.ndarray, b: np.ndarray, part: slice) -> np.ndarray:
    """A vector whose `part` is the float32 sum of the two encodings' parts."""
    out = a.copy()
    out[part] = a[part] + b[part]
    return out


@given(st.integers(min_value=-(10**15), max_value=10**15))
@example(0)
@example(10**15)
@example(-(10**15))
def test_integer_round_trip_is_exact(x: int) -> None:
    got = ENC.decode(ENC.encode(x))
    assert type(got) is int and got == x


@st.composite
def short_floats(draw: st.DrawFn) -> float:
    """Floats written with at most 15 significant digits, magnitudes in [1e-300, 1e300]."""
    digits = draw(st.integers(min_value=1, max_value=15))
    mantissa = draw(st.integers(min_value=10 ** (digits - 1), max_value=10**digits - 1))
    exponent = draw(st.integers(min_value=-300 - digits + 1, max_value=300 - digits + 1))
    sign = draw(st.sampled_from(["", "-"]))
    value = float(f"{sign}{mantissa}e{exponent}")
    if not 1e-300 <= abs(value) <= 1e300:
        value = math.copysign(1e300 if abs(value) > 1 else 1e-300, value)
    return value


@given(short_floats())
@example(1e-300)
@example(1e300)
@example(0.1)
@example(-123456789012345.0)
def test_float_round_trip_prints_back_the_same_digits(x: float) -> None:
    got = ENC.decode(ENC.encode(x))
    assert float(got) == x
    assert repr(float(got)) == repr(x)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e308, max_value=1e308))
def test_any_normal_float_round_trips(x: float) -> None:
    if x != 0 and abs(x) < 2.2250738585072014e-308:
        with pytest.raises(EncodeError):
            ENC.encode(x)
        return
    assert float(ENC.decode(ENC.encode(x))) == x


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=-(10**12), max_value=10**12),
)
@example(123, 456)
@example(-6, 7)
@example(10**12, -(10**12))
def test_plain_sum_of_linear_parts_is_the_exact_sum(a: int, b: int) -> None:
    s = plain_sum(ENC.encode(a), ENC.encode(b), ARITHMETIC_LINEAR)
    assert s.dtype == np.float32
    got = ENC.decode_linear(s)
    assert type(got) is int and got == a + b


@given(
    st.integers(min_value=-(10**27) + 1, max_value=10**27 - 1),
    st.integers(min_value=-(10**27) + 1, max_value=10**27 - 1),
)
@example(10**27 - 1, 10**27 - 1)
@example(10**27 - 1, -(10**27) + 1)
def test_plain_sum_at_the_top_of_the_linear_range_is_exact(a: int, b: int) -> None:
    s = plain_sum(ENC.encode(a), ENC.encode(b), ARITHMETIC_LINEAR)
    got = ENC.decode_linear(s)
    assert type(got) is int and got == a + b


@pytest.mark.parametrize("x", [CODEC_LINEAR_LIMIT, -CODEC_LINEAR_LIMIT, 10**40])
def test_past_the_linear_range_a_sum_is_refused(x: int) -> None:
    assert CODEC_LINEAR_LIMIT == 10**27
    with pytest.raises(DecodeError):
        ENC.decode_linear(plain_sum(ENC.encode(x), ENC.encode(1), ARITHMETIC_LINEAR))
    assert ENC.decode(ENC.encode(x)) == x  # the exact part still holds it


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=9, allow_nan=False),
    st.decimals(min_value=-(10**9), max_value=10**9, places=9, allow_nan=False),
)
def test_plain_sum_of_decimals_on_the_grid_is_exact(a, b) -> None:
    s = plain_sum(ENC.encode(a), ENC.encode(b), ARITHMETIC_LINEAR)
    got = ENC.decode_linear(s)
    assert Fraction(str(got)) == Fraction(a) + Fraction(b) or got == float(a + b)


def log_magnitudes() -> st.SearchStrategy[float]:
    mag = st.floats(min_value=-30, max_value=30).map(lambda e: 10.0**e)
    return st.tuples(mag, st.sampled_from([1.0, -1.0])).map(lambda t: t[0] * t[1])


@given(log_magnitudes(), log_magnitudes())
@example(-6.0, 7.0)
@example(-6.0, -7.0)
def test_plain_sum_of_log_parts_is_the_product(a: float, b: float) -> None:
    s = plain_sum(ENC.encode(a), ENC.encode(b), ARITHMETIC_LOG)
    got = ENC.decode_log(s)
    exact = Fraction(a) * Fraction(b)
    assert abs(Fraction(got) - exact) <= abs(exact) * Fraction(1, 10**6)
    assert (got < 0) == (exact < 0)


@given(log_magnitudes())
def test_zero_absorbs_in_products(a: float) -> None:
    assert ENC.decode_log(plain_sum(ENC.encode(a), ENC.encode(0), ARITHMETIC_LOG)) == 0.0
    assert ENC.decode(ENC.mul(ENC.encode(0), ENC.encode(a))) == 0.0
    assert ENC.decode(ENC.div(ENC.encode(0), ENC.encode(a))) == 0.0
    with pytest.raises(EncodeError):
        ENC.div(ENC.encode(a), ENC.encode(0))


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 1e309, "1e400", "-1e-400"])
def test_non_finite_and_out_of_range_raise(bad: object) -> None:
    with pytest.raises(EncodeError):
        ENC.encode(bad)


def test_batch_reports_out_of_range_as_status() -> None:
    embs, status = ENC.encode_batch(["1", "1e400", "nan", "2 +"])
    assert status.tolist() == [0, 2, 1, 1]
    assert not embs[1:].any()


@given(short_floats())
def test_components_are_of_order_one(x: float) -> None:
    """Every stored field is bounded; for |x| in [1e-6, 1e6] all are within [-1.5, 1.5]."""
    block = ENC.encode(x)[ARITHMETIC_CODEC]
    assert np.abs(block).max() <= 64  # LOG_K reaches 1023/16 at the top of the range
    if 1e-6 <= abs(x) <= 1e6:
        assert np.abs(block).max() <= 1.5


def test_a_plain_sum_is_not_decoded_as_a_single_value() -> None:
    a, b = ENC.encode(1), ENC.encode(2)
    with pytest.raises(DecodeError):
        ENC.decode(a + b)


def test_float64_output_carries_the_same_values() -> None:
    e32 = ENC.encode("123.456")
    e64 = ENC.encode("123.456", dtype=np.float64)
    assert e64.dtype == np.float64
    assert ENC.decode(e64) == ENC.decode(e32) == 123.456
    np.testing.assert_allclose(e32, e64, rtol=1e-7)
