"""FORMULA: chemical formulas, stored as exact element counts and net charge.

``MoleculeEncoder().encode("CuSO4·5H2O")`` embeds the composition Cu S O9 H10 (charge 0); the
embedding decodes back to exactly that, and combining, scaling and subtracting formulas are
plain vector operations on the embeddings (see docs/FORMAL_DEFINITION.md, FORMULA).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fluxem import _native
from fluxem._inputs import int_arg
from fluxem._optional import require
from fluxem.domain_type import DomainType
from fluxem.domains._base import (
    Array,
    DomainEncoderBase,
    _wants_float64,
    as_embedding,
    float64_out,
)
from fluxem.errors import EncodeError


@dataclass(frozen=True)
class Element:
    """One of the 118 elements, or deuterium (``D``) or tritium (``T``), with the atomic weight
    fluxem uses for molar masses.

    ``weight_source`` is ``"standard"`` (IUPAC/CIAAW standard atomic weight),
    ``"conventional"`` (the conventional value of an interval standard weight),
    ``"mass_number"`` (no standard weight: mass number of the longest-lived isotope) or
    ``"isotope"`` (D and T, ``z`` 1: the nuclide's atomic mass, AME2020).
    """

    z: int
    symbol: str
    name: str
    weight: float
    weight_source: str


#: The element table, by symbol, in order of atomic number, then D and T (from the Rust core).
ELEMENTS: dict[str, Element] = {
    sym: Element(z, sym, name, weight, source)
    for z, sym, name, weight, source in _native.FORMULA_ELEMENTS
}


def _hill_order(counts: dict[str, int]) -> dict[str, int]:
    """C first, then H, then alphabetical; all alphabetical without carbon."""
    first = ("C", "H") if "C" in counts else ()
    rest = sorted(s for s in counts if s not in first)
    return {s: counts[s] for s in (*[s for s in first if s in counts], *rest)}


@dataclass(frozen=True)
class Formula:
    """An exact composition: element symbol -> atom count (> 0, < 2**64), and the net charge.

    ``counts`` is normalised on construction (zero counts dropped, Hill order: C, H, then
    alphabetical) and must be treated as read-only. Two formulas are equal when they have the
    same counts and charge, however they were written (``CuSO4·5H2O == CuH10O9S``).
    """

    counts: dict[str, int]
    charge: int = 0
    _items: tuple[tuple[str, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        clean: dict[str, int] = {}
        for sym, n in dict(self.counts).items():
            if sym not in ELEMENTS:
                raise EncodeError(f"unknown element symbol {sym!r}")
            if isinstance(n, bool) or not isinstance(n, int | np.integer) or not 0 <= n < 2**64:
                raise EncodeError(f"count of {sym} must be an int in [0, 2**64), got {n!r}")
            if n:
                clean[sym] = int(n)
        charge = self.charge
        if (
            isinstance(charge, bool)
            or not isinstance(charge, int | np.integer)
            or not -(2**63) < charge < 2**63
        ):
            raise EncodeError(f"charge must be an int in (-2**63, 2**63), got {charge!r}")
        ordered = _hill_order(clean)
        object.__setattr__(self, "counts", ordered)
        object.__setattr__(self, "charge", int(charge))
        by_z = sorted(ordered.items(), key=lambda kv: ELEMENTS[kv[0]].z)
        object.__setattr__(self, "_items", tuple(by_z))

    def __hash__(self) -> int:
        return hash((self._items, self.charge))

    @property
    def molar_mass(self) -> float:
        """Sum of count x atomic weight (g/mol), computed exactly as the Rust core does.

        Electrons are not counted: a charge does not change the molar mass.
        """
        return _native.formula_molar_mass(list(self._items))

    @property
    def total_atoms(self) -> int:
        return sum(self.counts.values())

    def hill_formula(self) -> str:
        """Hill-order text with the charge as a suffix (``"O4S^2-"``); ``parse`` reads it back."""
        return _native.formula_hill(list(self._items), self.charge)

    def __str__(self) -> str:
        return self.hill_formula()

    def to_molmass(self) -> Any:
        """A ``molmass.Formula`` with the same counts and charge (needs ``fluxem-rs[molmass]``).

        Its masses use molmass's own atomic weights, which can differ from ``molar_mass`` in
        the last digits for elements with interval standard weights."""
        molmass = require("molmass", "molmass")
        body = "".join(f"{sym}{n if n > 1 else ''}" for sym, n in self.counts.items())
        if not self.charge:
            return molmass.Formula(body)
        size = abs(self.charge)
        return molmass.Formula(
            f"[{body}]{size if size > 1 else ''}{'+' if self.charge > 0 else '-'}"
        )


@dataclass(frozen=True)
class Comparison:
    """How the counts of A relate to those of B.

    ``relation`` is ``"equal"``, ``"subset"`` (every count of A <= that of B),
    ``"superset"`` or ``"incomparable"``; charges are not part of it. ``difference`` maps
    each element whose counts differ to count_A - count_B.
    """

    relation: str
    difference: dict[str, int]
    charge_difference: int


def _formula(c: _native.Composition) -> Formula:
    return Formula(dict(c.counts), c.charge)


class MoleculeEncoder(DomainEncoderBase):
    """Encodes chemical formulas (``"H2O"``, ``"CuSO4·5H2O"``, ``"[Fe(CN)6]4-"``) to (128,).

    All 118 elements and the isotopes ``D`` and ``T`` (``D2O``, ``CD3OD``); groups ``()``/``[]``,
    hydrates (``·``, ``.``, ``*``, ``⋅``), leading coefficients, charges (``SO4^2-``, ``SO4 2-``,
    ``Fe3+``, ``SO4²⁻``) and subscript digits. The embedding holds the exact counts and charge
    (capacity: 2^24 - 1 atoms in all, 255 of each element with Z >= 101,
    |charge| <= 2^24 - 1; beyond that encoding raises
    ``EncodeError``). Bad text raises ``ParseError`` with the position of the problem.
    """

    DOMAIN = DomainType.FORMULA
    __slots__ = ()
    _impl: _native.FormulaEncoder

    def parse(self, text: str) -> Formula:
        """The composition and charge of ``text``."""
        return _formula(self._impl.parse(text))

    def encode(self, value: Any, *, dtype: Any = np.float32) -> Array:
        """Embeds a formula given as text or as a ``Formula``."""
        if isinstance(value, Formula):
            return self._impl.encode_counts(list(value._items), value.charge, _wants_float64(dtype))
        return super().encode(value, dtype=dtype)

    def decode(self, emb: Any) -> Formula:
        """The exact composition and charge stored in ``emb``.

        Raises ``DecodeError`` when a dim is not a whole count or the counts do not add up to
        the total-atoms dim (e.g. a shared dim overflowed in a vector sum).
        """
        return _formula(self._impl.decode(as_embedding(emb)))

    def combine(self, a: Any, b: Any) -> Array:
        """The embedding of A + B (counts and charges add): ``a + b`` on the embeddings."""
        return self._impl.combine(as_embedding(a), as_embedding(b), False, float64_out(a, b))

    def subtract(self, a: Any, b: Any) -> Array:
        """The embedding of A - B when every count of B is <= that of A (else ``EncodeError``)."""
        return self._impl.combine(as_embedding(a), as_embedding(b), True, float64_out(a, b))

    def scale(self, a: Any, k: int) -> Array:
        """The embedding of k x A for an integer k >= 1: ``k * a`` on the embedding."""
        if isinstance(k, bool) or not isinstance(k, int | np.integer):
            raise TypeError(f"scale factor must be an int, got {type(k).__name__}")
        if k < 1 or k >= 2**64:
            raise EncodeError(f"scale factor must be a positive integer below 2**64, got {k}")
        return self._impl.scale(as_embedding(a), int_arg(k, "k", 1, 2**64 - 1), float64_out(a))

    def compare(self, a: Any, b: Any) -> Comparison:
        """Compares the compositions stored in two embeddings."""
        c = self._impl.compare(as_embedding(a), as_embedding(b))
        return Comparison(c.relation, dict(c.difference), c.charge_difference)

    def equal(self, a: Any, b: Any) -> bool:
        """True when both embeddings hold the same counts and the same charge."""
        c = self.compare(a, b)
        return c.relation == "equal" and c.charge_difference == 0

    @staticmethod
    def formula_len(text: str) -> int:
        """Length (in str chars) of the longest prefix of ``text`` that is a complete formula."""
        return _native.formula_len(text)


__all__ = ["ELEMENTS", "Comparison", "Element", "Formula", "MoleculeEncoder"]
