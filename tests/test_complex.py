"""COMPLEX: parsing, exact round trips, closed-form operations and their flags, bad input.

Oracles: ``fractions.Fraction`` for exact parts and exact products, ``cmath`` for powers.
The bounds (MUL_BOUND, ...) are the ones stated in docs/ERROR_MODEL.md (COMPLEX).
"""

from __future__ import annotations

import cmath
import math
import pickle
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
from fluxem.domains.complex import ComplexParts
from fluxem.errors import DecodeError, EncodeError, ParseError

ENC = fluxem.ComplexEncoder()
RE = slice(_native.COMPLEX_RE_START, _native.COMPLEX_IM_START)
IM = slice(_native.COMPLEX_IM_START, _native.COMPLEX_POLAR_START)
POLAR = slice(_native.COMPLEX_POLAR_START, _native.COMPLEX_POLAR_START + 11)

# Relative bounds (|computed - exact| / |exact|) from docs/ERROR_MODEL.md, float32 embeddings.
POLAR_BOUND = 1e-15  # decode_polar of a fresh encoding
MUL_BOUND = 2e-15  # mul / div
POW_BOUND = 1e-14  # pow, |p| <= 8 (integer or not)


# --- strategies ------------------------------------------------------------------------------


def join(re_text: str, im_text: str) -> str:
    sign = "" if im_text.startswith("-") else "+"
    return f"{re_text}{sign}{im_text}j"


@st.composite
def complex_parts(draw, **kw):
    (rt, rv), (it, iv) = draw(decimal_parts(**kw)), draw(decimal_parts(**kw))
    return join(rt, it), rv, iv


def grid(n: int) -> tuple[str, Fraction]:
    """n * 10^-9: on the linear grid (exact sums)."""
    return f"{n}e-9", Fraction(n, 10**9)


grid_ints = st.integers(-(10**26) + 1, 10**26 - 1)
normal_floats = st.floats(allow_nan=False, allow_infinity=False).filter(
    lambda x: x == 0 or abs(x) >= 2.2250738585072014e-308
)
moderate = {"max_digits": 15, "min_exp": -60, "max_exp": 40}


def as_complex(re: Fraction, im: Fraction) -> complex:
    return complex(float(re), float(im))


def rel_err(got: complex, want: complex) -> float:
    return abs(got - want) / abs(want) if want != 0 else abs(got)


def cmul(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
    return a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]


def cdiv(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
    d = b[0] ** 2 + b[1] ** 2
    return (a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d


# --- parsing and round trips -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3+4j", (3, 4)),
        ("-2-5i", (-2, -5)),
        ("2.5e3-1.2j", (2500, Fraction(-6, 5))),
        ("4i", (0, 4)),
        ("-j", (0, -1)),
        ("0.5+0j", (Fraction(1, 2), 0)),
        ("(1+2i)", (1, 2)),
        (" ( 1 − 2I ) ", (1, -2)),
        ("7", (7, 0)),
    ],
)
def test_parses_the_issue_forms(text, want):
    parts = ENC.parse(text)
    assert parts == ComplexParts(Fraction(want[0]), Fraction(want[1]))
    assert ENC.decode(ENC.encode(text)) == complex(parts)
    assert ENC.decode_exact(ENC.encode(text)) == parts


@given(complex_parts())
def test_exact_round_trip_up_to_18_digits(case):
    text, re, im = case
    assert ENC.parse(text) == ComplexParts(re, im)
    emb = ENC.encode(text)
    assert emb.shape == (128,) and emb.dtype == np.float32
    assert ENC.decode_exact(emb) == ComplexParts(re, im)
    assert not ENC.is_rounded(emb)
    assert ENC.decode(emb) == as_complex(re, im)
    assert ENC.decoded_part(emb) == "exact"


@given(complex_parts())
def test_polar_part_of_fresh_encodings(case):
    text, re, im = case
    z = as_complex(re, im)
    if z == 0 or not math.isfinite(abs(z)):
        return
    r, phi = ENC.polar(ENC.encode(text))
    want_r, want_phi = cmath.polar(z)
    assert abs(r - want_r) <= POLAR_BOUND * want_r
    assert abs(phi - want_phi) <= POLAR_BOUND


@given(normal_floats, normal_floats)
def test_python_complex_round_trips(x, y):
    z = complex(x, y)
    assert ENC.decode(ENC.encode(z)) == z
    assert ENC.decode(ENC.encode((x, y))) == z


def test_more_than_18_digits_are_rounded_and_flagged():
    emb = ENC.encode("1.2345678901234567891+1j")
    assert ENC.is_rounded(emb)
    assert ENC.decode_exact(emb).real == Fraction(123456789012345679, 10**17)


def test_other_python_values():
    assert ENC.decode(ENC.encode(ComplexParts(Fraction(1, 4), Fraction(-3, 8)))) == 0.25 - 0.375j
    assert ENC.decode(ENC.encode(5)) == 5
    assert ENC.decode(ENC.encode(np.complex64(1.5 - 2j))) == 1.5 - 2j
    with pytest.raises(EncodeError):
        ENC.encode(complex(math.inf, 1))
    with pytest.raises(EncodeError):
        ENC.encode((Fraction(1, 3), 0))
    with pytest.raises(TypeError):
        ENC.encode(True)


# --- closed-form operations ------------------------------------------------------------------


@given(grid_ints, grid_ints, grid_ints, grid_ints)
def test_add_sub_are_exact_on_the_grid(a, b, c, d):
    (ta, fa), (tb, fb), (tc, fc), (td, fd) = grid(a), grid(b), grid(c), grid(d)
    x, y = ENC.encode(join(ta, tb)), ENC.encode(join(tc, td))
    s = ENC.add(x, y)
    assert ENC.decoded_part(s) == "linear"
    assert ENC.decode(s) == as_complex(fa + fc, fb + fd)
    assert ENC.decode(ENC.sub(x, y)) == as_complex(fa - fc, fb - fd)
    # the closed form is the plain sum of the linear parts, bit for bit in float32
    lin = slice(RE.start, RE.start + 10)
    assert np.array_equal(s[lin], x[lin] + y[lin])
    assert ENC.decode_linear(x + y) == as_complex(fa + fc, fb + fd)


@given(complex_parts(**moderate), complex_parts(**moderate))
def test_mul_div_match_exact_products(p, q):
    (_, ar, ai), (_, br, bi) = p, q
    x, y = ENC.encode(p[0]), ENC.encode(q[0])
    prod = ENC.mul(x, y)
    assert ENC.decoded_part(prod) == "polar"
    assert rel_err(ENC.decode(prod), as_complex(*cmul((ar, ai), (br, bi)))) <= MUL_BOUND
    # plain sums of embeddings are products too
    assert rel_err(ENC.decode_polar(x + y), as_complex(*cmul((ar, ai), (br, bi)))) <= MUL_BOUND
    if br or bi:
        quot = ENC.div(x, y)
        assert rel_err(ENC.decode(quot), as_complex(*cdiv((ar, ai), (br, bi)))) <= MUL_BOUND
    else:
        with pytest.raises(EncodeError):
            ENC.div(x, y)


@given(complex_parts(max_digits=12, min_exp=-20, max_exp=10), st.integers(-8, 8))
def test_integer_powers_match_exact_powers(p, n):
    _, re, im = p
    if re == 0 and im == 0:
        return
    want = (Fraction(1), Fraction(0))
    base = (re, im) if n >= 0 else cdiv((Fraction(1), Fraction(0)), (re, im))
    for _ in range(abs(n)):
        want = cmul(want, base)
    got = ENC.decode(ENC.pow(ENC.encode(p[0]), n))
    assert rel_err(got, as_complex(*want)) <= POW_BOUND


@given(
    complex_parts(max_digits=12, min_exp=-20, max_exp=10),
    st.floats(-8, 8, allow_nan=False).map(lambda x: round(x, 3)),
)
def test_real_powers_take_the_principal_branch(p, e):
    _, re, im = p
    z = as_complex(re, im)
    if z == 0:
        return
    got = ENC.decode(ENC.pow(ENC.encode(p[0]), e))
    assert rel_err(got, z**e) <= POW_BOUND


@given(complex_parts())
def test_conj_and_neg_keep_every_part_exact(p):
    text, re, im = p
    x = ENC.encode(text)
    c, n = ENC.conj(x), ENC.neg(x)
    assert ENC.decode_exact(c) == ComplexParts(re, -im)
    assert ENC.decode_exact(n) == ComplexParts(-re, -im)
    assert ENC.decoded_part(c) == ENC.decoded_part(n) == "exact"
    # the polar part follows: |conj z| = |z|, arg conj z = -arg z, arg(-z) = arg z + pi
    if re or im:
        r, phi = ENC.polar(x)
        rc, phic = ENC.polar(c)
        rn, phin = ENC.polar(n)
        assert rc == r and rn == r
        if phi != math.pi:
            assert phic == -phi
        assert abs(cmath.rect(1, phin) + cmath.rect(1, phi)) < 1e-15


def test_axis_aligned_products_are_exact():
    i = ENC.encode("i")
    assert ENC.decode(ENC.mul(i, i)) == -1 + 0j
    assert ENC.decode(ENC.pow(i, 3)) == -1j
    assert ENC.decode(ENC.div(ENC.encode("-2"), ENC.encode("2i"))) == 1j
    assert ENC.decode(ENC.pow(ENC.encode("-4"), 0.5)) == 2j
    z = ENC.encode("3+4i")
    w = ENC.decode(ENC.mul(z, ENC.conj(z)))
    assert w.imag == 0 and abs(w.real - 25) <= 25 * MUL_BOUND


def test_flags_follow_each_operation():
    x, y = ENC.encode("3+4j"), ENC.encode("-1.5+2j")
    s, p = ENC.add(x, y), ENC.mul(x, y)
    assert not s[POLAR].any(), "add clears the polar part"
    assert not p[RE].any() and not p[IM].any(), "mul clears the cartesian part"
    for op in (ENC.conj, ENC.neg):
        log_part = slice(RE.start + 10, RE.start + 15)  # the codec log part, cleared by add
        assert not op(s)[log_part].any()
        assert ENC.decoded_part(op(s)) == "linear"
        assert ENC.decoded_part(op(p)) == "polar"
        assert not op(s)[POLAR].any()
        assert not op(p)[RE].any() and not op(p)[IM].any()
    assert ENC.decode(ENC.conj(s)) == (1.5 - 6j)
    assert ENC.decode(ENC.neg(s)) == (-1.5 - 6j)
    with pytest.raises(DecodeError):
        ENC.add(p, x)
    with pytest.raises(DecodeError):
        ENC.mul(s, x)
    with pytest.raises(DecodeError):
        ENC.decode_linear(p)
    with pytest.raises(DecodeError):
        ENC.decode_polar(s)
    with pytest.raises(DecodeError):
        ENC.decode_exact(s)
    with pytest.raises(DecodeError):
        ENC.decode(x + y)  # a plain sum names no single part
    with pytest.raises(DecodeError):
        ENC.decode(p + x)


def test_zero():
    z, a = ENC.encode("0"), ENC.encode("2-3j")
    assert ENC.decode(ENC.mul(z, a)) == 0
    assert ENC.decode(ENC.div(z, a)) == 0
    assert ENC.decode(ENC.pow(z, 0)) == 1
    assert ENC.decode(ENC.pow(z, 2.5)) == 0
    with pytest.raises(EncodeError):
        ENC.div(a, z)
    with pytest.raises(EncodeError):
        ENC.pow(z, -1)


def test_long_chains_of_products_stay_accurate():
    step = ENC.encode(cmath.exp(0.1j))
    acc = step
    for _ in range(999):
        acc = ENC.mul(acc, step)
    r, phi = ENC.polar(acc)
    want = cmath.exp(0.1j) ** 1000
    assert abs(r - 1) < 1e-12
    assert abs(phi - cmath.phase(want)) < 1e-12
    assert abs(ENC.decode(acc) - want) < 1e-12


def test_float64_embeddings_stay_float64():
    x = ENC.encode("1+1j", dtype=np.float64)
    assert x.dtype == np.float64
    assert ENC.mul(x, x).dtype == np.float64
    assert ENC.mul(x.astype(np.float32), x.astype(np.float32)).dtype == np.float32


# --- bad input -------------------------------------------------------------------------------

BAD = [
    ("", ParseError),
    ("   ", ParseError),
    ("3+", ParseError),
    ("3+-4j", ParseError),
    ("4j+3", ParseError),
    ("(1+2i", ParseError),
    ("1+2i)", ParseError),
    ("inf", ParseError),
    ("nan+1j", ParseError),
    ("1+infj", ParseError),
    ("3＋4j", ParseError),  # fullwidth plus
    ("3+4ⅈ", ParseError),  # double-struck italic i
    ("٣+4j", ParseError),  # Arabic-Indic digit
    ("3+4і", ParseError),  # Cyrillic i
    ("1e400+1j", EncodeError),
    ("1-1e-400j", EncodeError),
    ("1" * 100_000 + "j", EncodeError),
    ("(" * 100_000, ParseError),
    ("1" + " " * 1_000_000 + "+", ParseError),
    ("1+" + "2" * 500 + "e" * 1_000_000, ParseError),
]


test_bad_input_is_a_typed_error, test_arbitrary_text_is_encoded_or_rejected_cleanly = (
    typed_error_tests(ENC, BAD)
)


def test_batch_statuses_and_api():
    embs = check_batch_api(ENC, ["3+4j", "3+", "1e999j", "(1+2i)"])
    assert pickle.loads(pickle.dumps(ENC)).decode(embs[3]) == 1 + 2j
