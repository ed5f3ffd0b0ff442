"""ARITHMETIC: numbers and arithmetic expressions, evaluated exactly, embedded by the codec."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import ProductEncoderBase, as_embedding
from fluxem.domains._literals import decimal_literal

Number = int | float | Fraction | Decimal

#: Names of the shape counts, in the order the embedding stores them.
_SHAPE = ("operands", "add", "sub", "mul", "div", "pow", "neg", "depth")


class ArithmeticEncoder(ProductEncoderBase):
    """Encodes ``"1234 + 5678"``, ``"-2.5e-3"``, ``7``, ``Fraction(1, 3)`` ... to (128,) float32.

    The value is computed exactly (rationals) and stored three ways (see
    docs/FORMAL_DEFINITION.md): an exact part (decodes to the value itself), a linear part
    (plain vector sums decode to exact sums) and a log part (plain vector sums decode to
    products). Closed-form operations act on embeddings without decoding them.
    """

    DOMAIN = DomainType.ARITHMETIC
    __slots__ = ()
    _impl: _native.ArithmeticEncoder

    def _to_text(self, value: Any) -> str:
        if isinstance(value, Fraction):
            return f"{value.numerator}/{value.denominator}"
        return decimal_literal(value)

    def parse(self, text: str) -> Fraction:
        """The exact value of ``text`` (raises ``ParseError`` with the position of the problem)."""
        return Fraction(*self._impl.parse(text).exact)

    def shape(self, text: str) -> dict[str, int]:
        """Operand and operator counts of an expression, as stored in the embedding."""
        return dict(zip(_SHAPE, self._impl.parse(text).shape, strict=True))

    def decode(self, emb: Any, *, allow_inexact: bool = False) -> int | float:
        """The value: an ``int`` for exact integers, else the nearest ``float``.

        A fresh encoding decodes through its exact part; the result of ``add``/``sub`` through
        its linear part, of ``mul``/``div``/``pow`` through its log part.
        """
        return self._impl.decode(as_embedding(emb), allow_inexact)

    def decode_exact(self, emb: Any) -> Fraction:
        """The exact part as a ``Fraction`` (check ``is_rounded`` for values of > 18 digits)."""
        return Fraction(*self._impl.decode_exact(as_embedding(emb)).exact)

    def is_rounded(self, emb: Any) -> bool:
        """True when the value needed more than 18 significant digits and was rounded
        half-to-even to 18."""
        return self._impl.decode_exact(as_embedding(emb)).rounded

    def decode_linear(self, emb: Any, *, allow_inexact: bool = False) -> int | float:
        """Reads only the linear part: plain sums of linear parts decode to exact sums."""
        return self._impl.decode_linear(as_embedding(emb), allow_inexact)

    def decode_log(self, emb: Any) -> float:
        """Reads only the log part: plain sums of log parts decode to products."""
        return self._impl.decode_log(as_embedding(emb))


__all__ = ["ArithmeticEncoder"]
