"""Hypothesis strategies shared by the domain test modules."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st


@st.composite
def decimal_parts(
    draw: st.DrawFn, max_digits: int = 18, min_exp: int = -300, max_exp: int = 290
) -> tuple[str, Fraction]:
    """(text, Fraction) of a decimal with at most max_digits significant digits."""
    m = draw(st.integers(0, 10**max_digits - 1))
    e = draw(st.integers(min_exp, max_exp))
    neg = draw(st.booleans())
    return f"{'-' if neg else ''}{m}e{e}", Fraction(-m if neg else m) * Fraction(10) ** e
