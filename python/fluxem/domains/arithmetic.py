"""ARITHMETIC: numbers and arithmetic expressions, evaluated exactly, embedded by the codec."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import DomainEncoderBase, as_embedding
from fluxem.errors import EncodeError

Number = int | float | Fraction | Decimal


def _float64_out(*embs: Any) -> bool:
    return any(getattr(e, "dtype", None) == np.float64 for e in embs)


class ArithmeticEncoder(DomainEncoderBase):
    """Encodes ``"1234 + 5678"``, ``"-2.5e-3"``, ``7``, ``Fraction(1, 3)`` ... to (128,) float32.

    The value is computed exactly (rationals) and stored three ways (see
    docs/FORMAL_DEFINITION.md): an exact part (decodes to the value itself), a linear part
    (plain vector sums decode to exact sums) and a log part (plain vector sums decode to
    products). Closed-form operations act on embeddings without decoding them.
    """

    DOMAIN = DomainType.ARITHMETIC
    __slots__ = ()

    def _to_text(self, value: Any) -> str:
        if isinstance(value, bool):
            raise TypeError("bool is not a number here; pass int(value)")
        if isinstance(value, str):
            return value
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float | np.floating):
            if not math.isfinite(value):
                raise EncodeError(f"{value} is not a finite number and cannot be encoded")
            return repr(float(value))
        if isinstance(value, np.integer):
            return str(int(value))
        if isinstance(value, Fraction):
            return f"{value.numerator}/{value.denominator}"
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise EncodeError(f"{value} is not a finite number and cannot be encoded")
            return str(value)
        raise TypeError(
            f"ArithmeticEncoder.encode expects str or a number, got {type(value).__name__}"
        )

    def parse(self, text: str) -> Fraction:
        """The exact value of ``text`` (raises ``ParseError`` with the position of the problem)."""
        num, den, _shape = _native.arithmetic_evaluate(text)
        return Fraction(num, den)

    def shape(self, text: str) -> dict[str, int]:
        """Operand and operator counts of an expression, as stored in the embedding."""
        _num, _den, counts = _native.arithmetic_evaluate(text)
        names = ("operands", "add", "sub", "mul", "div", "pow", "neg", "depth")
        return dict(zip(names, counts, strict=True))

    def decode(self, emb: Any, *, allow_inexact: bool = False) -> int | float:
        """The value: an ``int`` for exact integers, else the nearest ``float``.

        A fresh encoding decodes through its exact part; the result of ``add``/``sub`` through
        its linear part, of ``mul``/``div``/``pow`` through its log part.
        """
        return _native.arithmetic_decode(as_embedding(emb), allow_inexact)

    def decode_exact(self, emb: Any) -> Fraction:
        """The exact part as a ``Fraction`` (check ``is_rounded`` for values of > 18 digits)."""
        m, e, _rounded = _native.arithmetic_decode_exact(as_embedding(emb))
        return Fraction(m) * Fraction(10) ** e

    def is_rounded(self, emb: Any) -> bool:
        """True when the value needed more than 18 significant digits and was rounded to 17."""
        return _native.arithmetic_decode_exact(as_embedding(emb))[2]

    def decode_linear(self, emb: Any, *, allow_inexact: bool = False) -> int | float:
        """Reads only the linear part: plain sums of linear parts decode to exact sums."""
        return _native.arithmetic_decode_linear(as_embedding(emb), allow_inexact)

    def decode_log(self, emb: Any) -> float:
        """Reads only the log part: plain sums of log parts decode to products."""
        return _native.arithmetic_decode_log(as_embedding(emb))

    def _binary(self, a: Any, b: Any, op: str) -> np.ndarray:
        return _native.arithmetic_binary(as_embedding(a), as_embedding(b), op, _float64_out(a, b))

    def add(self, a: Any, b: Any) -> np.ndarray:
        return self._binary(a, b, "add")

    def sub(self, a: Any, b: Any) -> np.ndarray:
        return self._binary(a, b, "sub")

    def mul(self, a: Any, b: Any) -> np.ndarray:
        return self._binary(a, b, "mul")

    def div(self, a: Any, b: Any) -> np.ndarray:
        return self._binary(a, b, "div")

    def pow(self, a: Any, exponent: float) -> np.ndarray:
        return _native.arithmetic_power(as_embedding(a), float(exponent), _float64_out(a))

    def neg(self, a: Any) -> np.ndarray:
        return _native.arithmetic_negate(as_embedding(a), _float64_out(a))


__all__ = ["ArithmeticEncoder"]
