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

    A value written with its uncertainty (``5.2 ± 0.3 mg``, ``1.00794(7) g/mol``) carries it in
    ``uncertainty`` (nearest float) and ``uncertainty_exact``, in the same unit as ``value``
    and as a difference: ``20 ± 0.5 °C`` has an uncertainty of 0.5 in °C and in K alike.
    """

    value: float
    unit: str
    dimensions: tuple[int | float, ...]
    exact: Fraction | None = None
    uncertainty: float | None = None
    uncertainty_exact: Fraction | None = None

    def __str__(self) -> str:
        if self.uncertainty is not None:
            return f"{self.value!r} \u00b1 {self.uncertainty!r} {self.unit}".rstrip()
        return f"{self.value!r} {self.unit}".rstrip()

    def __repr__(self) -> str:
        if self.uncertainty is not None:
            return f"Quantity({self.value!r}, {self.unit!r}, uncertainty={self.uncertainty!r})"
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
        return _single(_CODEC.decode(_CODEC.encode(self), unit))

    def to_si(self) -> Quantity:
        """The same quantity in SI base units (kelvin for temperatures)."""
        return _single(_CODEC.decode(_CODEC.encode(self)))

    def to_pint(self, registry: Any = None) -> Any:
        """A ``pint.Quantity`` (needs ``fluxem-rs[pint]``), in this unit when pint reads it
        with the same dimensions, else in SI base units. ``registry`` defaults to pint's
        application registry."""
        if self.uncertainty is not None:
            raise ConfigError(
                "a value with an uncertainty is two numbers: convert value and uncertainty "
                "separately (pint's Measurement needs the uncertainties package)"
            )
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


@dataclass(frozen=True)
class QuantityRange:
    """A range of quantities written as one value (``10–20 °C``, ``2 to 3 atm``, ``6 and 8 cm``
    of ``between 6 and 8 cm``): both ends in one unit, ``low <= high``. It has no single value
    (no ``float()``); the algebra on its embedding raises ``DimensionError``."""

    low: Quantity
    high: Quantity

    @property
    def unit(self) -> str:
        return self.low.unit

    @property
    def dimensions(self) -> tuple[int | float, ...]:
        return self.low.dimensions

    @property
    def dims(self) -> dict[str, int | float]:
        """Non-zero exponents by unit symbol, e.g. ``{'K': 1}``."""
        return self.low.dims

    def __str__(self) -> str:
        return f"{self.low.value!r}\u2013{self.high.value!r} {self.unit}".rstrip()

    def to(self, unit: str) -> QuantityRange:
        """Both ends in ``unit``, exactly when known (``DimensionError`` for other dimensions)."""
        return _range(_CODEC.decode(_CODEC.encode(self), unit))

    def to_si(self) -> QuantityRange:
        """Both ends in SI base units (kelvin for temperatures)."""
        return _range(_CODEC.decode(_CODEC.encode(self)))


def _single(q: Quantity | QuantityRange) -> Quantity:
    assert isinstance(q, Quantity)  # a Quantity's embedding decodes to a Quantity
    return q


def _range(q: Quantity | QuantityRange) -> QuantityRange:
    assert isinstance(q, QuantityRange)  # a range's embedding decodes to a range
    return q


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


def _exact_of(q: Quantity) -> Fraction:
    return q.exact if q.exact is not None else _as_fraction(q.value)


def _as_fraction(value: Any) -> Fraction:
    """Any Fraction, else the exact value of the number as written (a float's shortest repr)."""
    return value if isinstance(value, Fraction) else Fraction(decimal_literal(value))


def _quantity(v: _native.QuantityValue) -> Quantity | QuantityRange:
    """The record as a Quantity, a Quantity with its uncertainty, or a QuantityRange."""
    exact = Fraction(*v.exact) if v.exact is not None else None
    dims = tuple(v.dims)
    second = Fraction(*v.second_exact) if v.second_exact is not None else None
    if v.pair == "range":
        assert v.second is not None
        return QuantityRange(
            Quantity(v.value, v.unit, dims, exact), Quantity(v.second, v.unit, dims, second)
        )
    return Quantity(v.value, v.unit, dims, exact, v.second, second)


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
        """Embeds a quantity given as text, a ``Quantity`` (with its uncertainty, if any), a
        ``QuantityRange`` or a ``(number, unit)`` pair."""
        if isinstance(value, QuantityRange):
            high = value.high if value.high.unit == value.low.unit else value.high.to(value.unit)
            return self._encode_pair(
                "range", _exact_of(value.low), _exact_of(high), value.unit, dtype
            )
        if isinstance(value, Quantity) and value.uncertainty is not None:
            u = value.uncertainty_exact
            u = u if u is not None else _as_fraction(value.uncertainty)
            return self._encode_pair("uncertainty", _exact_of(value), u, value.unit, dtype)
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

    def _encode_pair(
        self, kind: str, first: Fraction, second: Fraction, unit: str, dtype: Any
    ) -> Array:
        return self._impl.encode_pair_parts(
            kind,
            first.numerator,
            first.denominator,
            second.numerator,
            second.denominator,
            unit,
            _wants_float64(dtype),
        )

    def parse(self, text: str) -> Quantity | QuantityRange:
        """The quantity in SI base units (raises ``ParseError`` with the position of the problem):
        a ``Quantity`` (with ``uncertainty`` for ``5.2 ± 0.3 mg``) or a ``QuantityRange`` for
        ``10–20 °C``.

        ``parse(t)`` equals ``decode(encode(t))`` whenever the SI values have at most 18
        significant digits.
        """
        return _quantity(self._impl.parse(text))

    def is_affine(self, text: str) -> bool:
        """True when the text's unit is an affine temperature (°C, °F)."""
        return self._impl.parse(text).affine

    def decode(
        self, emb: Any, unit: str | None = None, *, allow_inexact: bool = False
    ) -> Quantity | QuantityRange:
        """The quantity, in SI base units or converted exactly to ``unit`` (e.g. ``"km/h"``):
        a ``QuantityRange`` for a range, a ``Quantity`` with ``uncertainty`` for a value with
        its uncertainty (never one number of a pair alone).

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
            one, zero = _single(_CODEC.parse(f"1 {atom}")), _single(_CODEC.parse(f"0 {atom}"))
            factor = None if one.exact is None or zero.exact is None else one.exact - zero.exact
            units.append(UnitInfo(atom, one.dimensions, factor, True))
        else:
            q = _single(_CODEC.parse(f"1 {atom}"))
            units.append(UnitInfo(atom, q.dimensions, q.exact, False))
    return tuple(units)


__all__ = [
    "DIM_SYMBOLS",
    "DimensionalQuantity",
    "Quantity",
    "QuantityRange",
    "UnitInfo",
    "supported_units",
]
