"""The answer-text rule shared by targets and by every model's output, and number parsing.

Rule (stated in docs/EXPERIMENTS.md): an integer value is written with all its digits; any other
value is rounded half-to-even to 6 significant digits and written in positional notation
without trailing zeros (``1/3 -> 0.333333``, ``-7/2 -> -3.5``, ``1/999^3 -> 0.00000000100301``).
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, Context, Decimal
from fractions import Fraction

SIG_DIGITS = 6
_CTX = Context(prec=SIG_DIGITS, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)")


def format_value(value: Fraction | int) -> str:
    """The answer text of an exact value."""
    q = Fraction(value)
    if q.denominator == 1:
        return str(q.numerator)
    d = _CTX.divide(Decimal(q.numerator), Decimal(q.denominator))
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_float(value: float, *, sig: int = 12) -> str:
    """The answer text of a float model output: first rounded to ``sig`` significant digits
    (the precision the codec's log part carries, ~1e-15 relative), then the rule above."""
    if not math.isfinite(value):
        return "nan"
    if value == 0:
        return "0"
    d = Context(prec=sig, rounding=ROUND_HALF_EVEN).create_decimal(repr(float(value)))
    return format_value(Fraction(d))


def format_output(value: int | float | Fraction) -> str:
    """Text of a decoded model value: exact for ints/Fractions, rounded for floats."""
    if isinstance(value, int | Fraction):
        return format_value(value)
    return format_float(value)


def parse_number(text: str) -> Fraction | None:
    """The number at the start of ``text`` (an answer), or None."""
    m = _NUMBER.match(text)
    if not m:
        return None
    return Fraction(m.group(1))


def parse_exact(text: str) -> Fraction:
    """Reads a stored exact value: ``"n/d"`` or a decimal string."""
    return Fraction(text)


def exact_text(value: Fraction) -> str:
    """How exact values are stored in the JSONL (``"n"`` or ``"n/d"``)."""
    return str(Fraction(value))


def relative_error(pred: float | Fraction | None, target: Fraction) -> float:
    """|pred - target| / |target| (inf for no answer; for target 0: 0 if pred == 0 else inf)."""
    if pred is None:
        return math.inf
    if isinstance(pred, float) and not math.isfinite(pred):
        return math.inf
    if target == 0:
        return 0.0 if pred == 0 else math.inf
    p = Fraction(pred) if not isinstance(pred, Fraction) else pred
    return float(abs(p - target) / abs(target))


__all__ = [
    "SIG_DIGITS",
    "exact_text",
    "format_float",
    "format_output",
    "format_value",
    "parse_exact",
    "parse_number",
    "relative_error",
]
