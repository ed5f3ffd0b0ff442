"""VECTOR: real vectors of up to 16 components, each stored exactly (18 significant digits)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any, ClassVar

import numpy as np

from fluxem import _native
from fluxem.domain_type import DomainType
from fluxem.domains._base import AlgebraEncoderBase, Array, as_embedding, float64_out
from fluxem.domains._literals import decimal_literal
from fluxem.errors import DecodeError


class VectorEncoder(AlgebraEncoderBase):
    """Encodes ``"[1, 2, 3]"``, ``"[1.5, -2e3, 0]"``, ``"[4; 5]"``, ``[0.5, 2]``, numpy arrays ...

    Each component is an integer significand and its own decimal exponent, so any float64
    and any decimal of up to 18 significant digits round-trips exactly (more digits are
    rounded half-even and counted, see ``is_rounded``). At most ``MAX_COMPONENTS`` (16)
    components; a longer vector is an ``EncodeError``. Plain sums of embeddings whose
    components share their stored exponent (every component with |x| < 1e12 on the 1e-6 grid)
    decode to exact sums; ``add``/``sub``/``neg``/``scale`` align exponents and are exact
    (canonical: equal to encoding the exact result).
    See docs/FORMAL_DEFINITION.md (VECTOR).
    """

    DOMAIN = DomainType.VECTOR
    MAX_COMPONENTS: ClassVar[int] = _native.VECTOR_MAX_COMPONENTS
    __slots__ = ()
    _impl: _native.VectorEncoder

    def _to_text(self, value: Any) -> str:
        if isinstance(value, np.ndarray):
            if value.ndim != 1:
                raise TypeError(f"expected a 1-d array, got shape {value.shape}")
            value = value.tolist()
        if isinstance(value, Sequence):
            return "[" + ", ".join(decimal_literal(x) for x in value) + "]"
        raise TypeError(
            f"VectorEncoder.encode expects str, a sequence or a 1-d array, "
            f"got {type(value).__name__}"
        )

    def parse(self, text: str) -> tuple[Fraction, ...]:
        """The exact components of ``text`` (``ParseError`` with the position of the problem;
        the component limit is checked by ``encode``, not here)."""
        return tuple(Fraction(n, d) for n, d in self._impl.parse(text))

    def decode(self, emb: Any) -> Array:
        """The components as a float64 array (each correctly rounded from its exact value)."""
        return np.array(self._impl.decode(as_embedding(emb)), dtype=np.float64)

    def decode_exact(self, emb: Any) -> tuple[Fraction, ...]:
        """The exact components."""
        return tuple(
            Fraction(n, d) for n, d in self._impl.decode_exact(as_embedding(emb)).components
        )

    def is_rounded(self, emb: Any) -> bool:
        """True when a component was rounded to 18 significant digits (at encode or in an op)."""
        return self._impl.decode_exact(as_embedding(emb)).rounded > 0

    def scale(self, a: Any, factor: Any) -> Array:
        """factor * a with the factor's exact value (a float means its shortest decimal, so
        0.1 is 1/10): exact while each product fits 18 significant digits, else rounded."""
        f = factor if isinstance(factor, Fraction) else Fraction(decimal_literal(factor))
        return self._impl.scale(as_embedding(a), f.numerator, f.denominator, float64_out(a))

    def dot_exact(self, a: Any, b: Any) -> Fraction:
        """The exact dot product of the stored components."""
        return Fraction(*self._impl.dot(as_embedding(a), as_embedding(b)))

    def dot(self, a: Any, b: Any) -> float:
        """The dot product, correctly rounded from the exact one."""
        try:
            return float(self.dot_exact(a, b))
        except OverflowError:
            raise DecodeError("the dot product is beyond float64; use dot_exact") from None

    def norm(self, a: Any) -> float:
        """The Euclidean norm, from the exact sum of squares (within 1 ulp)."""
        return self._impl.norm(as_embedding(a))


__all__ = ["VectorEncoder"]
