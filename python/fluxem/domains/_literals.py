"""Python numbers as the exact decimal literals the native parsers read (COMPLEX, VECTOR)."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import numpy as np

from fluxem.errors import EncodeError


def _terminating(f: Fraction) -> str:
    """A fraction whose denominator is 2^a 5^b, written as an exact decimal."""
    den, k = f.denominator, 0
    while den % 10 == 0:
        den //= 10
        k += 1
    for p in (2, 5):
        while den % p == 0:
            den //= p
            k += 1
    if den != 1:
        raise EncodeError(f"{f} has no finite decimal expansion; round it first")
    scaled = f * 10**k
    return f"{scaled.numerator}e-{k}"


def decimal_literal(value: Any) -> str:
    """The exact decimal text of a real number: int, float (its shortest repr), Decimal,
    a Fraction with a terminating expansion, or a numpy scalar. Non-finite values are
    ``EncodeError``; other types ``TypeError``."""
    if isinstance(value, bool | np.bool_):
        raise TypeError("bool is not a number here; pass int(value)")
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        x = float(value)
        if not math.isfinite(x):
            raise EncodeError(f"{x} is not a finite number and cannot be encoded")
        return repr(x)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise EncodeError(f"{value} is not a finite number and cannot be encoded")
        return str(value)
    if isinstance(value, Fraction):
        return _terminating(value)
    raise TypeError(f"expected a real number, got {type(value).__name__}")


__all__ = ["decimal_literal"]
