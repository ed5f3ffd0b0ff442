"""Objects across the FFI: one native encoder class per domain (the algebra domains under
``AlgebraEncoder``), frozen records with named fields, ConfigError for every bad option."""

from __future__ import annotations

import pickle
from fractions import Fraction

import numpy as np
import pytest

import fluxem
from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains import DNAEncoder, DomainEncoderBase, PitchEncoder

NATIVE = {
    DomainType.ARITHMETIC: _native.ArithmeticEncoder,
    DomainType.QUANTITY: _native.QuantityEncoder,
    DomainType.FORMULA: _native.FormulaEncoder,
    DomainType.COMPLEX: _native.ComplexEncoder,
    DomainType.VECTOR: _native.VectorEncoder,
    DomainType.DNA: _native.DnaEncoder,
    DomainType.PITCH: _native.PitchEncoder,
}
ALGEBRA = {DomainType.ARITHMETIC, DomainType.QUANTITY, DomainType.COMPLEX, DomainType.VECTOR}


def _encoders(cls: type[DomainEncoderBase]) -> list[type[DomainEncoderBase]]:
    """Every built-in encoder class below `cls` (the ones in fluxem.domains naming a DOMAIN)."""
    found = [cls] if "DOMAIN" in vars(cls) and cls.__module__.startswith("fluxem.") else []
    return found + [e for sub in cls.__subclasses__() for e in _encoders(sub)]


PYTHON = sorted(_encoders(DomainEncoderBase), key=lambda cls: cls.DOMAIN)
assert [cls.DOMAIN for cls in PYTHON] == list(NATIVE)


@pytest.mark.parametrize("domain", list(NATIVE))
def test_encoder_returns_the_domain_class(domain: DomainType) -> None:
    enc = _native.Encoder(domain.name)
    assert type(enc) is NATIVE[domain]
    assert isinstance(enc, _native.AlgebraEncoder) == (domain in ALGEBRA)
    assert type(pickle.loads(pickle.dumps(enc))) is NATIVE[domain]
    with pytest.raises(TypeError):
        NATIVE[domain]()  # type: ignore[call-arg]  # built only through Encoder(domain)


@pytest.mark.parametrize("cls", PYTHON)
def test_python_encoders_hold_their_native_class(cls: type[DomainEncoderBase]) -> None:
    enc = cls()
    assert type(enc._impl) is NATIVE[enc.DOMAIN]


def test_records_are_frozen_and_named() -> None:
    q = _native.Encoder("QUANTITY")
    v = q.parse("25 °C")
    assert (v.value, v.exact, v.unit, v.affine) == (298.15, (5963, 20), "K", True)
    assert v.dims == [0, 0, 0, 0, 1, 0, 0, 0]
    with pytest.raises(AttributeError):
        v.value = 1.0  # type: ignore[misc]
    half = q.decode(q.encode("1 m^0.5", float64=True))
    assert half.dims[0] == 0.5 and isinstance(half.dims[0], float)
    assert isinstance(half.dims[1], int)
    a = _native.Encoder("ARITHMETIC")
    ev = a.parse("(1 + 2) / 6")
    assert Fraction(*ev.exact) == Fraction(1, 2) and ev.shape == [3, 1, 0, 0, 1, 0, 0, 1]
    third = a.decode_exact(a.encode("1/3", float64=True))
    assert third.rounded and Fraction(*third.exact) == Fraction(10**18 // 3, 10**18)
    c = _native.Encoder("COMPLEX")
    z = c.encode("3+4j", float64=True)
    assert (c.decode(z).real, c.decode(z).imag, c.decode(z).part) == (3.0, 4.0, "exact")
    p = c.decode_polar(c.binary(z, z, "mul", True))
    assert (p.modulus, p.real, p.imag) == pytest.approx((25.0, -7.0, 24.0))
    pitch = _native.Encoder("PITCH", {"a4_hz": 432.0}).parse("A5")
    assert (pitch.name, pitch.letter, pitch.midi, pitch.frequency_hz) == ("A5", "A", 81, 864.0)


@pytest.mark.parametrize(
    ("domain", "a", "b"),
    [
        ("ARITHMETIC", "12.5", "-3"),
        ("QUANTITY", "3 m", "4 m"),
        ("COMPLEX", "1+2j", "3-1j"),
        ("VECTOR", "[1, 2]", "[0.5, -4]"),
    ],
)
def test_algebra_encoder_is_the_python_operations(domain: str, a: str, b: str) -> None:
    native = _native.Encoder(domain)
    assert isinstance(native, _native.AlgebraEncoder)
    py = next(cls() for cls in PYTHON if cls.DOMAIN.name == domain)
    ea, eb = py.encode(a, dtype=np.float64), py.encode(b, dtype=np.float64)
    ops = ["add", "sub"] if domain == "VECTOR" else ["add", "sub", "mul", "div"]
    for op in ops:
        got = native.binary(ea, eb, op, True)
        assert got.tobytes() == getattr(py, op)(ea, eb).tobytes()
    assert native.negate(ea, True).tobytes() == py.neg(ea).tobytes()
    with pytest.raises(fluxem.ConfigError):
        native.binary(ea, eb, "pow")
    if domain == "VECTOR":
        for op in ("mul", "div"):
            with pytest.raises(fluxem.ConfigError):
                native.binary(ea, eb, op)
        with pytest.raises(fluxem.ConfigError):
            native.power(ea, 2.0)
    else:
        assert native.power(ea, 2.0, True).tobytes() == py.pow(ea, 2).tobytes()


@pytest.mark.parametrize("cls", PYTHON)
def test_unknown_options_and_bad_dtypes_are_config_errors(cls: type[DomainEncoderBase]) -> None:
    with pytest.raises(fluxem.ConfigError, match="unknown option"):
        _native.Encoder(cls.DOMAIN.name, {"scale": 2.0})
    with pytest.raises(fluxem.ConfigError):
        DomainEncoderBase.__init__(cls.__new__(cls), scale=2.0)
    enc = cls()
    with pytest.raises(fluxem.ConfigError):
        enc.encode_batch(["x"], dtype=np.int32)
    with pytest.raises(TypeError):
        enc.encode_batch(["x"], dtype="no such dtype")


def test_bad_option_values_and_names_are_config_errors() -> None:
    for bad in (0.0, -440.0, float("nan"), float("inf"), 1e-310):
        with pytest.raises(fluxem.ConfigError, match="a4_hz"):
            PitchEncoder(a4_hz=bad)
    with pytest.raises(TypeError):
        PitchEncoder(a4_hz="440")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PitchEncoder(a4_hz=True)
    for name in ("KLINGON", "TEXT", ""):
        with pytest.raises(fluxem.ConfigError, match="unknown domain"):
            _native.Encoder(name)
    assert issubclass(fluxem.ConfigError, fluxem.FluxemError)
    assert not issubclass(fluxem.ConfigError, fluxem.EncodeError)


@pytest.mark.parametrize("cls", PYTHON)
def test_decoding_another_domain_is_a_decode_error(cls: type[DomainEncoderBase]) -> None:
    other = DNAEncoder() if cls is not DNAEncoder else PitchEncoder()
    emb = other.encode("ACGT" if cls is not DNAEncoder else "A4")
    with pytest.raises(fluxem.DecodeError):
        cls().decode(emb)
    with pytest.raises(fluxem.DecodeError):
        cls()._impl.decode(np.zeros(64))  # type: ignore[attr-defined]
    with pytest.raises(fluxem.DecodeError, match="shape"):
        cls().decode(np.zeros(64))  # type: ignore[attr-defined]
