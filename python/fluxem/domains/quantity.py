"""QUANTITY: a number with a unit, embedded as its exact SI value plus exact dimensions."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import Array, ProductEncoderBase, _wants_float64, as_embedding
from fluxem.domains._literals import decimal_literal

#: The units the 8 exponents count, in layout order (the radian is kept apart from 1).
DIM_SYMBOLS: tuple[str, ...] = tuple(_native.QUANTITY_DIM_SYMBOLS)


@dataclass(frozen=True)
class Quantity:
    """A value in a unit. ``dimensions`` are the exponents over ``DIM_SYMBOLS``
    (m, kg, s, A, K, mol, cd, rad); halves are allowed.

    ``value`` is the nearest float; ``exact`` is the exact value when it is known (a
    ``Fraction``), else None (the unit involves π or a square root, the value needed more than
    18 significant digits, or it comes from a product).
    """

    value: float
    unit: str
    dimensions: tuple[int | float, ...]
    exact: Fraction | None = None

    def __str__(self) -> str:
        return f"{self.value!r} {self.unit}".rstrip()

    def __repr__(self) -> str:
        return f"Quantity({self.value!r}, {self.unit!r})"

    @property
    def dims(self) -> dict[str, int | float]:
        """Non-zero exponents by unit symbol, e.g. ``{'m': 1, 's': -2}``."""
        return {s: e for s, e in zip(DIM_SYMBOLS, self.dimensions, strict=True) if e}


def _as_fraction(value: Any) -> Fraction:
    """Any Fraction, else the exact value of the number as written (a float's shortest repr)."""
    return value if isinstance(value, Fraction) else Fraction(decimal_literal(value))


def _quantity(v: _native.QuantityValue) -> Quantity:
    exact = Fraction(*v.exact) if v.exact is not None else None
    return Quantity(v.value, v.unit, tuple(v.dims), exact)


class DimensionalQuantity(ProductEncoderBase):
    """Encodes ``"9.8 m/s^2"``, ``"25 °C"``, ``"4.7 kΩ"``, ``(5, "km/h")`` ... to (128,) float32.

    The value is converted exactly to SI base units (kelvin for temperatures, with the °C/°F
    offset applied) and stored by the number codec; the 8 dimension exponents (m, kg, s, A, K,
    mol, cd, rad) are stored exactly. ``mul``/``div``/``pow``/``add``/``sub``/``neg`` act on
    embeddings without decoding them: products add (subtract, scale) the log magnitudes and
    the exponents (``pow`` takes an integer or a half); ``add``/``sub`` add the linear parts of
    operands of equal dimensions (else ``DimensionError``). See docs/FORMAL_DEFINITION.md,
    section QUANTITY.
    """

    DOMAIN = DomainType.QUANTITY
    __slots__ = ()
    _impl: _native.QuantityEncoder

    def _to_text(self, value: Any) -> str:
        raise TypeError(
            "DimensionalQuantity.encode expects str, a Quantity or a (number, unit) pair, "
            f"got {type(value).__name__}"
        )

    def encode(self, value: Any, *, dtype: Any = np.float32) -> Array:
        """Embeds a quantity given as text, a ``Quantity`` or a ``(number, unit)`` pair."""
        if isinstance(value, Quantity):
            number: Any = value.exact if value.exact is not None else value.value
            value = (number, value.unit)
        if isinstance(value, tuple):
            if len(value) != 2 or not isinstance(value[1], str):
                raise TypeError("expected a (number, unit) pair")
            frac = _as_fraction(value[0])
            return self._impl.encode_parts(
                frac.numerator, frac.denominator, value[1], _wants_float64(dtype)
            )
        return super().encode(value, dtype=dtype)

    def parse(self, text: str) -> Quantity:
        """The quantity in SI base units (raises ``ParseError`` with the position of the problem).

        ``parse(t)`` equals ``decode(encode(t))`` whenever the SI value has at most 18
        significant digits.
        """
        return _quantity(self._impl.parse(text))

    def is_affine(self, text: str) -> bool:
        """True when the text's unit is an affine temperature (°C, °F)."""
        return self._impl.parse(text).affine

    def decode(self, emb: Any, unit: str | None = None, *, allow_inexact: bool = False) -> Quantity:
        """The quantity, in SI base units or converted exactly to ``unit`` (e.g. ``"km/h"``).

        Raises ``DimensionError`` when ``unit`` has other dimensions (radians count), and
        ``DecodeError`` for a sum whose operands were off the codec's 10^-9 grid (SI units)
        unless ``allow_inexact``.
        """
        return _quantity(self._impl.decode(as_embedding(emb), unit, allow_inexact))

    def dimensions(self, emb: Any) -> dict[str, int | float]:
        """The non-zero dimension exponents stored in an embedding."""
        return self.decode(emb, allow_inexact=True).dims

    @staticmethod
    def unit_len(text: str) -> int | None:
        """Length of the longest unit expression at the start of ``text`` (None if none)."""
        return _native.quantity_unit_len(text)

    @staticmethod
    def unit_atoms() -> list[str]:
        """Every unit symbol, name and prefixed form the grammar accepts."""
        return [atom for atom, _affine in _native.quantity_unit_atoms()]


__all__ = ["DIM_SYMBOLS", "DimensionalQuantity", "Quantity"]
