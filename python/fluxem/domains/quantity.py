"""QUANTITY: a number with a unit, embedded as its exact SI value plus exact dimensions."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from fluxem import _native
from fluxem._optional import require
from fluxem.domain_type import DomainType
from fluxem.domains._base import Array, ProductEncoderBase, _wants_float64, as_embedding
from fluxem.domains._literals import decimal_literal
from fluxem.errors import ConfigError

#: The units the 8 exponents count, in layout order (the radian is kept apart from 1).
DIM_SYMBOLS: tuple[str, ...] = tuple(_native.QUANTITY_DIM_SYMBOLS)
#: Logarithmic level units (``30 dB``): the level is stored as written and never converted;
#: each with its reference value in SI units and its factor (``L = factor·log10(x/ref)``).
LEVELS: tuple[tuple[str, str, int], ...] = tuple(_native.QUANTITY_LEVELS)
LEVEL_UNITS: tuple[str, ...] = tuple(symbol for symbol, _, _ in LEVELS)


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

    def __float__(self) -> float:
        """The value in this quantity's own unit (``float(q) == q.value``)."""
        return self.value

    def to(self, unit: str) -> Quantity:
        """The same quantity in ``unit`` (e.g. ``"km/h"``, ``"Pa"``), converted exactly when
        ``exact`` is known. ``DimensionError`` when the dimensions differ, ``ParseError`` for a
        unit the grammar does not know (see :func:`supported_units`)."""
        return _CODEC.decode(_CODEC.encode(self), unit)

    def to_si(self) -> Quantity:
        """The same quantity in SI base units (kelvin for temperatures)."""
        return _CODEC.decode(_CODEC.encode(self))

    def to_pint(self, registry: Any = None) -> Any:
        """A ``pint.Quantity`` (needs ``fluxem-rs[pint]``), in this unit when pint reads it
        with the same dimensions, else in SI base units. ``registry`` defaults to pint's
        application registry."""
        pint = require("pint", "pint")
        ureg = registry if registry is not None else pint.get_application_registry()
        try:
            own = ureg.Quantity(self.value, ureg.parse_units(_pint_unit_text(self.unit)))
        except (pint.errors.PintError, AttributeError, TypeError, ValueError):
            own = None  # a unit pint spells differently: go through the SI base units
        if own is not None and _pint_dims(own) == _dims_without_radian(self.dims):
            return own
        if self.unit in LEVEL_UNITS:
            # a logarithmic level has no value in SI base units to fall back on
            raise ConfigError(f"pint has no level unit {self.unit!r}")
        si = self.to_si()
        units = ureg.dimensionless
        for sym, exp in si.dims.items():
            units = units * ureg.parse_units(_PINT_BASE[sym]) ** exp
        return ureg.Quantity(si.value, units)

    @classmethod
    def from_pint(cls, quantity: Any) -> Quantity:
        """The fluxem ``Quantity`` of a scalar ``pint.Quantity``: in its own unit when the
        grammar reads pint's symbol for it, else in SI base units. The magnitude is taken as
        written (a float's shortest repr), so ``exact`` is that decimal."""
        magnitude = quantity.magnitude
        if isinstance(magnitude, bool) or not isinstance(
            magnitude, int | float | Fraction | np.integer | np.floating
        ):
            raise TypeError(f"expected a scalar pint.Quantity, got magnitude {magnitude!r}")
        exact = _as_fraction(magnitude.item() if isinstance(magnitude, np.generic) else magnitude)
        unit = f"{quantity.units:~C}"
        try:
            dims = _CODEC.parse(f"1 {unit}").dimensions
        except ValueError:
            base = quantity.to_base_units()
            parts = [(_FROM_PINT_BASE.get(str(u)), e) for u, e in base.units._units.items()]
            if any(sym is None for sym, _ in parts):
                raise ConfigError(
                    f"cannot express {quantity.units} in the units fluxem knows"
                ) from None
            unit = "*".join(f"{sym}**{e}" for sym, e in parts) or ""
            exact = _as_fraction(base.magnitude)
            dims = _CODEC.parse(f"1 {unit}").dimensions
        return cls(float(exact), unit, dims, exact)


#: pint's names for the base units of ``DIM_SYMBOLS``, and back.
_PINT_BASE = {
    "m": "meter",
    "kg": "kilogram",
    "s": "second",
    "A": "ampere",
    "K": "kelvin",
    "mol": "mole",
    "cd": "candela",
    "rad": "radian",
}
_FROM_PINT_BASE = {name: sym for sym, name in _PINT_BASE.items()}
_PINT_DIMENSION = {
    "m": "[length]",
    "kg": "[mass]",
    "s": "[time]",
    "A": "[current]",
    "K": "[temperature]",
    "mol": "[substance]",
    "cd": "[luminosity]",
}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _pint_unit_text(unit: str) -> str:
    """Our unit text in pint's syntax: ``kg·m²/s²`` -> ``kg*m**2/s**2``."""
    out, i = [], 0
    while i < len(unit):
        j = i
        while j < len(unit) and unit[j] in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻":
            j += 1
        if j > i:
            out.append("**" + unit[i:j].translate(_SUPERSCRIPTS))
            i = j
        else:
            out.append("*" if unit[i] == "·" else unit[i])
            i += 1
    return "".join(out)


def _dims_without_radian(dims: dict[str, int | float]) -> dict[str, int | float]:
    """pint counts the radian as dimensionless."""
    return {_PINT_DIMENSION[s]: e for s, e in dims.items() if s != "rad"}


def _pint_dims(q: Any) -> dict[str, int | float]:
    return {str(k): v for k, v in q.dimensionality.items() if v}


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


_CODEC = DimensionalQuantity()


@dataclass(frozen=True)
class UnitInfo:
    """One unit the grammar accepts: its symbol or name as written, its dimensions over
    ``DIM_SYMBOLS``, the exact factor to SI base units (None for units involving π or roots)
    and whether it is an affine temperature (°C, °F: the factor then omits the offset)."""

    symbol: str
    dimensions: tuple[int | float, ...]
    si_factor: Fraction | None
    affine: bool


@functools.cache
def supported_units() -> tuple[UnitInfo, ...]:
    """Every unit symbol, name and prefixed form the grammar accepts (about 3,000), in the
    order of the Rust unit table."""
    units = []
    for atom, affine in _native.quantity_unit_atoms():
        if affine:
            # 1 °C is 274.15 K: read the factor from a difference, which has no offset
            one, zero = _CODEC.parse(f"1 {atom}"), _CODEC.parse(f"0 {atom}")
            factor = None if one.exact is None or zero.exact is None else one.exact - zero.exact
            units.append(UnitInfo(atom, one.dimensions, factor, True))
        else:
            q = _CODEC.parse(f"1 {atom}")
            units.append(UnitInfo(atom, q.dimensions, q.exact, False))
    return tuple(units)


__all__ = ["DIM_SYMBOLS", "DimensionalQuantity", "Quantity", "UnitInfo", "supported_units"]
