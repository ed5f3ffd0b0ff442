"""COMPLEX: complex numbers, stored cartesian (two exact number-codec blocks) and polar."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import Array, ProductEncoderBase, as_embedding, float64_out
from fluxem.domains._literals import decimal_literal
from fluxem.errors import EncodeError


@dataclass(frozen=True)
class ComplexParts:
    """The exact real and imaginary parts of a complex number."""

    real: Fraction
    imag: Fraction

    def __complex__(self) -> complex:
        return complex(float(self.real), float(self.imag))


def _parts(exact: _native.ComplexExact) -> ComplexParts:
    return ComplexParts(Fraction(*exact.real), Fraction(*exact.imag))


class ComplexEncoder(ProductEncoderBase):
    """Encodes ``"3+4j"``, ``"-2-5i"``, ``"(1+2i)"``, ``-1j``, ``(re, im)`` ... to (128,) float32.

    Both parts are stored exactly (18 significant digits, as the number codec does) and the
    polar form (log2 modulus, phase in turns) is stored next to them: ``add``/``sub`` are
    plain sums of the cartesian linear parts, ``mul``/``div``/``pow`` plain sums (scalings)
    of the polar part (``pow`` for real exponents, principal branch; ``div`` by zero is an
    ``EncodeError``), ``conj``/``neg`` act on both. An operation clears the part it has no
    closed form for; ``decode`` reads whichever part is valid (``decoded_part`` says which).
    See docs/FORMAL_DEFINITION.md (COMPLEX).
    """

    DOMAIN = DomainType.COMPLEX
    __slots__ = ()
    _impl: _native.ComplexEncoder

    def _to_text(self, value: Any) -> str:
        re: Any
        im: Any
        if isinstance(value, ComplexParts):
            re, im = value.real, value.imag
        elif isinstance(value, complex | np.complexfloating):
            z = complex(value)
            if not (math.isfinite(z.real) and math.isfinite(z.imag)):
                raise EncodeError(f"{z} is not a finite complex number and cannot be encoded")
            re, im = z.real, z.imag
        elif isinstance(value, tuple) and len(value) == 2:
            re, im = value
        else:
            return decimal_literal(value)
        re_text, im_text = decimal_literal(re), decimal_literal(im)
        sign = "" if im_text.startswith("-") else "+"
        return f"{re_text}{sign}{im_text}j"

    def parse(self, text: str) -> ComplexParts:
        """The exact parts of ``text`` (``ParseError`` with the position of the problem)."""
        return _parts(self._impl.parse(text))

    def decode(self, emb: Any, *, allow_inexact: bool = False) -> complex:
        """The value as a Python ``complex``: from the exact parts of a fresh encoding (and of
        conj/neg results), from the polar part of mul/div/pow results, from the linear parts
        of add/sub results (``allow_inexact`` reads them when flagged off-grid)."""
        v = self._impl.decode(as_embedding(emb), allow_inexact)
        return complex(v.real, v.imag)

    def decoded_part(self, emb: Any) -> str:
        """Which part ``decode`` reads: ``"exact"``, ``"linear"`` or ``"polar"``."""
        return self._impl.decode(as_embedding(emb), True).part

    def decode_exact(self, emb: Any) -> ComplexParts:
        """The exact parts (valid on fresh encodings and after conj/neg)."""
        return _parts(self._impl.decode_exact(as_embedding(emb)))

    def is_rounded(self, emb: Any) -> bool:
        """True when a part needed more than 18 significant digits and was rounded."""
        return self._impl.decode_exact(as_embedding(emb)).rounded

    def decode_linear(self, emb: Any, *, allow_inexact: bool = False) -> complex:
        """Reads only the linear parts: plain sums of embeddings decode to exact sums."""
        v = self._impl.decode_linear(as_embedding(emb), allow_inexact)
        return complex(v.real, v.imag)

    def decode_polar(self, emb: Any) -> complex:
        """Reads only the polar part: plain sums of embeddings decode to products."""
        p = self._impl.decode_polar(as_embedding(emb))
        return complex(p.real, p.imag)

    def polar(self, emb: Any) -> tuple[float, float]:
        """(modulus, phase in radians in (-pi, pi]) from the polar part, like ``cmath.polar``."""
        p = self._impl.decode_polar(as_embedding(emb))
        return p.modulus, p.turns * 2.0 * math.pi

    def conj(self, a: Any) -> Array:
        """The conjugate: every valid part stays valid."""
        return self._impl.conjugate(as_embedding(a), float64_out(a))


__all__ = ["ComplexEncoder", "ComplexParts"]
