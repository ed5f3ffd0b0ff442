"""VECTOR: parsing, exact round trips, exact operations, plain sums, limits and bad input.

Oracles: ``fractions.Fraction`` for exact components, sums, dot products and squared norms;
numpy for float dot products and norms.
"""

from __future__ import annotations

import math
import pickle
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest

pytest.importorskip("hypothesis")

from hypothesis import given
from hypothesis import strategies as st
from strategies import decimal_parts
from typed_errors import check_batch_api, typed_error_tests

import fluxem
from fluxem import _native
from fluxem.errors import DecodeError, DimensionError, EncodeError, ParseError

ENC = fluxem.VectorEncoder()
MAX = _native.VECTOR_MAX_COMPONENTS
OFF = _native.VECTOR_OFFSETS


def vectors(n=None, **kw):
    size = st.integers(1, MAX) if n is None else st.just(n)
    return size.flatmap(lambda k: st.lists(decimal_parts(**kw), min_size=k, max_size=k))


def text_of(comps) -> str:
    return "[" + ", ".join(t for t, _ in comps) + "]"


def values(comps) -> tuple[Fraction, ...]:
    return tuple(v for _, v in comps)


def floats_of(vals) -> list[float]:
    return [float(v) for v in vals]


#: components on the 1e-6 grid with |x| < 1e12: all stored at the anchor exponent
anchored = st.integers(-(10**18) + 1, 10**18 - 1).map(lambda n: (f"{n}e-6", Fraction(n, 10**6)))
normal_floats = st.floats(allow_nan=False, allow_infinity=False).filter(
    lambda x: x == 0 or abs(x) >= 2.2250738585072014e-308
)


# --- parsing and round trips -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("[1, 2, 3]", (1, 2, 3)),
        ("[1.5, -2e3, 0]", (Fraction(3, 2), -2000, 0)),
        ("[ 4 ; 5 ]", (4, 5)),
        ("[1. 2. -3.5]", (1, 2, Fraction(-7, 2))),
        ("[−1,+2]", (-1, 2)),
    ],
)
def test_parses_the_issue_forms(text, want):
    assert ENC.parse(text) == tuple(Fraction(w) for w in want)
    assert ENC.decode_exact(ENC.encode(text)) == tuple(Fraction(w) for w in want)


@given(vectors())
def test_exact_round_trip_up_to_18_digits(comps):
    text = text_of(comps)
    assert ENC.parse(text) == values(comps)
    emb = ENC.encode(text)
    assert emb.shape == (128,) and emb.dtype == np.float32
    assert ENC.decode_exact(emb) == values(comps)
    assert not ENC.is_rounded(emb)
    assert ENC.decode(emb).tolist() == floats_of(values(comps))
    assert not emb[OFF["END"] :].any()


@given(st.lists(normal_floats, min_size=1, max_size=MAX))
def test_float_lists_and_arrays_round_trip(xs):
    assert ENC.decode(ENC.encode(xs)).tolist() == xs
    assert ENC.decode(ENC.encode(np.array(xs))).tolist() == xs


@given(
    st.lists(
        st.tuples(st.integers(-(10**6), 10**6), st.integers(1, 10**6)), min_size=1, max_size=MAX
    )
)
def test_quotient_components_are_exact_or_rounded_and_flagged(pairs):
    # `[1/2, 1/3]`: each component the exact quotient; one that does not terminate within 18
    # digits is rounded to them and flags the vector
    exact = [Fraction(n, d) for n, d in pairs]
    text = "[" + ", ".join(f"{n}/{d}" for n, d in pairs) + "]"
    assert ENC.parse(text) == tuple(exact)
    emb = ENC.encode(text)
    stored = ENC.decode_exact(emb)
    for got, want in zip(stored, exact, strict=True):
        assert abs(got - want) <= abs(want) * Fraction(1, 10**17)
    assert ENC.is_rounded(emb) == (stored != tuple(exact))


@pytest.mark.parametrize("text", ["[1/0, 2]", "[1/-2, 3]", "[1//2, 3]", "[1/, 2]"])
def test_bad_quotient_components_are_parse_errors(text):
    with pytest.raises(ParseError):
        ENC.encode(text)


def test_more_than_18_digits_are_rounded_and_flagged():
    emb = ENC.encode("[1.2345678901234567891, 2]")
    assert ENC.is_rounded(emb)
    assert ENC.decode_exact(emb)[0] == Fraction(123456789012345679, 10**17)


def test_component_limit_is_an_error_not_a_truncation():
    assert len(ENC.decode(ENC.encode([1] * MAX))) == MAX == 16
    with pytest.raises(EncodeError, match="17 components"):
        ENC.encode([1] * (MAX + 1))
    assert len(ENC.parse("[" + ", ".join(["1"] * 40) + "]")) == 40  # parse does not truncate
    with pytest.raises(EncodeError, match="component 2"):
        ENC.encode("[1, 2, 1e400]")


# --- operations ------------------------------------------------------------------------------


@given(st.integers(1, MAX).flatmap(lambda n: st.tuples(*[st.tuples(anchored, anchored)] * n)))
def test_plain_sums_of_anchored_vectors_are_exact_sums(pairs):
    a = [p[0] for p in pairs]
    b = [p[1] for p in pairs]
    x, y = ENC.encode(text_of(a)), ENC.encode(text_of(b))
    want = tuple(u + v for u, v in zip(values(a), values(b), strict=True))
    assert ENC.decode_exact(x + y) == want
    assert ENC.decode_exact(3 * x) == tuple(3 * u for u in values(a))
    fresh = ENC.encode("[" + ", ".join(f"{int(w * 10**6)}e-6" for w in want) + "]")
    assert np.array_equal(ENC.add(x, y), fresh)


small = {"min_exp": -100, "max_exp": 100}


@given(st.integers(1, MAX).flatmap(lambda n: st.tuples(vectors(n, **small), vectors(n, **small))))
def test_add_sub_neg_are_exact(pair):
    a, b = pair
    x, y = ENC.encode(text_of(a)), ENC.encode(text_of(b))
    s = tuple(u + v for u, v in zip(values(a), values(b), strict=True))
    d = tuple(u - v for u, v in zip(values(a), values(b), strict=True))
    for emb, want in ((ENC.add(x, y), s), (ENC.sub(x, y), d)):
        got = ENC.decode_exact(emb)
        if ENC.is_rounded(emb):  # more than 18 digits: rounded to 18, never silently
            for g, w in zip(got, want, strict=True):
                assert g == w or abs(g - w) <= abs(w) * Fraction(1, 10**17)
        else:
            assert got == want
    assert ENC.decode_exact(ENC.neg(x)) == tuple(-u for u in values(a))


@given(vectors(max_digits=9, min_exp=-50, max_exp=50), st.integers(-(10**9), 10**9))
def test_integer_scaling_is_exact(comps, k):
    x = ENC.encode(text_of(comps))
    assert ENC.decode_exact(ENC.scale(x, k)) == tuple(k * u for u in values(comps))


@given(
    vectors(max_digits=8, min_exp=-40, max_exp=40),
    st.floats(-1e6, 1e6, allow_nan=False).filter(lambda f: f == 0 or abs(f) > 1e-6),
)
def test_float_scaling_is_exact_by_the_shortest_decimal(comps, f):
    x = ENC.scale(ENC.encode(text_of(comps)), f)
    want = tuple(Fraction(repr(f)) * u for u in values(comps))
    if ENC.is_rounded(x):  # the product needed more than 18 digits
        for g, w in zip(ENC.decode_exact(x), want, strict=True):
            assert abs(g - w) <= abs(w) * Fraction(1, 10**17)
    else:
        assert ENC.decode_exact(x) == want


def test_float_scaling_uses_the_shortest_decimal():
    x = ENC.encode("[3, -0.7]")
    assert ENC.decode_exact(ENC.scale(x, 0.1)) == (Fraction(3, 10), Fraction(-7, 100))
    assert ENC.decode_exact(ENC.scale(x, Fraction(1, 4))) == (Fraction(3, 4), Fraction(-7, 40))
    thirds = ENC.scale(x, Fraction(1, 3))
    assert ENC.is_rounded(thirds)
    assert ENC.decode(thirds).tolist() == [1.0, float(Fraction(-7, 30))]


@given(st.integers(1, MAX).flatmap(lambda n: st.tuples(vectors(n, **small), vectors(n, **small))))
def test_dot_is_exact_and_matches_numpy(pair):
    a, b = pair
    x, y = ENC.encode(text_of(a)), ENC.encode(text_of(b))
    exact = sum((u * v for u, v in zip(values(a), values(b), strict=True)), Fraction(0))
    assert ENC.dot_exact(x, y) == exact
    try:
        want = float(exact)
    except OverflowError:
        with pytest.raises(DecodeError):
            ENC.dot(x, y)
        return
    assert ENC.dot(x, y) == want
    fa, fb = np.array(floats_of(values(a))), np.array(floats_of(values(b)))
    with np.errstate(all="ignore"):
        ref = float(fa @ fb)
    if math.isfinite(ref) and abs(want) > 1e-290:
        scale = float(np.abs(fa) @ np.abs(fb))
        assert abs(ENC.dot(x, y) - ref) <= 4 * len(a) * 2**-52 * scale


def ulp_error(got: float, square: Fraction) -> float:
    """|got - sqrt(square)| in ulps of got, exactly to first order: (got^2 - sq) / (2 got ulp)."""
    if square == 0:
        return 0.0 if got == 0 else math.inf
    g = Fraction(got)
    return float(abs(g * g - square) / (2 * g * Fraction(math.ulp(got))))


@given(vectors(min_exp=-150, max_exp=130))
def test_norm_is_correctly_rounded(comps):
    x = ENC.encode(text_of(comps))
    got = ENC.norm(x)
    assert ulp_error(got, sum((v * v for v in values(comps)), Fraction(0))) <= 0.5 + 1e-9
    ref = float(np.linalg.norm(np.array(floats_of(values(comps)))))
    assert abs(got - ref) <= 1e-15 * max(ref, 1e-300) * len(comps) + 4 * math.ulp(ref)


def test_plain_sums_that_cannot_be_read_are_errors():
    a, b = ENC.encode("[1.5, 2]"), ENC.encode("[1e-9, 2]")
    with pytest.raises(DecodeError, match="component 0"):
        ENC.decode(a + b)
    assert ENC.decode(ENC.add(a, b)).tolist() == [1.500000001, 4.0]
    with pytest.raises(DecodeError, match="lengths"):
        ENC.decode(a + ENC.encode("[1, 2, 3]"))
    with pytest.raises(DecodeError):
        ENC.decode(a - b)
    with pytest.raises(DecodeError):
        ENC.decode(0.5 * a)
    with pytest.raises(DimensionError):
        ENC.add(a, ENC.encode("[1]"))
    with pytest.raises(DimensionError):
        ENC.dot(a, ENC.encode("[1, 2, 3]"))
    with pytest.raises(DecodeError):
        ENC.decode(fluxem.ComplexEncoder().encode("1+2j"))


def test_wide_results_round_and_say_so():
    s = ENC.add(ENC.encode("[1e300]"), ENC.encode("[1]"))
    assert ENC.is_rounded(s)
    assert ENC.decode(s).tolist() == [1e300]
    assert ENC.norm(ENC.encode("[3e300, -4e300]")) == 5e300
    with pytest.raises(DecodeError):
        ENC.norm(ENC.encode("[1.7e308, 1.7e308]"))


# --- bad input -------------------------------------------------------------------------------

BAD = [
    ("", ParseError),
    ("[]", ParseError),
    ("[1, 2", ParseError),
    ("[1, 2,]", ParseError),
    ("[1, 2; 3]", ParseError),
    ("[1 2, 3]", ParseError),
    ("(1, 2)", ParseError),
    ("[1, nan]", ParseError),
    ("[inf]", ParseError),
    ("[1, --2]", ParseError),
    ("[１, 2]", ParseError),  # fullwidth digit
    ("[1，2]", ParseError),  # fullwidth comma
    ("[٣]", ParseError),  # Arabic-Indic digit
    ("［1, 2］", ParseError),  # fullwidth brackets
    ("[1e400]", EncodeError),
    ("[1e-400]", EncodeError),
    ("[" + "1" * 100_000 + "]", EncodeError),
    ("[" + "1, " * 300_000, ParseError),
    ("[" + "[" * 100_000, ParseError),
    ("[" + "1, " * 20 + "1]", EncodeError),
]


test_bad_input_is_a_typed_error, test_arbitrary_text_is_encoded_or_rejected_cleanly = (
    typed_error_tests(ENC, BAD)
)


def test_python_values():
    with pytest.raises(EncodeError):
        ENC.encode([1.0, math.nan])
    with pytest.raises(TypeError):
        ENC.encode([True, 1])
    with pytest.raises(TypeError):
        ENC.encode(np.zeros((2, 2)))
    assert ENC.decode_exact(ENC.encode([Decimal("0.1"), Fraction(1, 8), 3])) == (
        Fraction(1, 10),
        Fraction(1, 8),
        Fraction(3),
    )


def test_batch_statuses_and_api():
    embs = check_batch_api(ENC, ["[1, 2]", "[1,", "[1e999]", "[0.5]"])
    assert pickle.loads(pickle.dumps(ENC)).decode(embs[3]).tolist() == [0.5]
