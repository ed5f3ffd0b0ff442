"""QUANTITY algebra for the hybrid's scratchpad (units task).

A quantity span becomes one entry (its QUANTITY embedding: exact SI value + dimensions). The
question's target unit ``u`` becomes two entries, the unit's *frame*: ``Z`` = the embedding of
``0 u`` and ``D`` = one step of ``u`` (``1 u`` for ordinary units; for °C/°F the interval
``1 u - 0 u`` in kelvin). A value expressed in ``u`` is ``(x - Z) / D``; the model has to choose
those steps (and, for derived questions, ``a * b`` or ``a / b`` first).

A quotient by a ``D`` entry carries ``u`` as its label: when it is dimensionless, the answer is
written as ``<number> u``; any other result is written in SI base units (and is then scored
wrong, since the question asks for ``u``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fluxem.domain_type import DomainType
from fluxem.errors import FluxemError
from fluxem_experiments.numfmt import format_output
from fluxem_experiments.scratchpad import Entry, StepError


class QuantityAlgebra:
    domain = int(DomainType.QUANTITY)

    def __init__(self) -> None:
        from fluxem import DimensionalQuantity

        self.enc = DimensionalQuantity()
        self._frames: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _entry(self, emb: np.ndarray, label: str | None = None, note: str = "") -> Entry:
        return Entry(emb, self.domain, label, note)

    def span_entries(self, span: dict[str, Any]) -> list[Entry]:
        try:
            if span["type"] == "UNIT":
                z, d = self.frame(span["text"])
                return [self._entry(z, note="zero"), self._entry(d, span["text"], "step")]
            emb = self.enc.encode(span["text"], dtype=np.float64)
            return [Entry(emb, self.domain, source=span["text"])]
        except FluxemError as exc:
            raise StepError(f"cannot encode {span['text']!r}: {exc}") from exc

    def frame(self, unit: str) -> tuple[np.ndarray, np.ndarray]:
        """(Z, D) of a unit: the embeddings of its zero and of one step of it."""
        if unit not in self._frames:
            z = self.enc.encode(f"0 {unit}", dtype=np.float64)
            if self.enc.is_affine(f"1 {unit}"):
                one, zero = self.enc.parse(f"1 {unit}"), self.enc.parse(f"0 {unit}")
                assert one.exact is not None and zero.exact is not None
                d = self.enc.encode((one.exact - zero.exact, one.unit), dtype=np.float64)
            else:
                d = self.enc.encode(f"1 {unit}", dtype=np.float64)
            self._frames[unit] = (z, d)
        return self._frames[unit]

    def _decode(self, emb: np.ndarray) -> Any:
        try:
            return self.enc.decode(emb, allow_inexact=True)
        except FluxemError as exc:
            raise StepError(str(exc)) from exc

    def combine(self, a: Entry, b: Entry, op: str) -> Entry:
        try:
            out = getattr(self.enc, op)(a.emb, b.emb)
            q = self.enc.decode(out, allow_inexact=True)
            emb = self.enc.encode(q, dtype=np.float64)
        except (FluxemError, ValueError, TypeError, AttributeError) as exc:
            raise StepError(f"{op}: {exc}") from exc
        label = b.label if op == "div" and b.label else None
        return self._entry(emb, label)

    def answer_text(self, e: Entry) -> str:
        if e.source:  # a choice among the question's quantities: as the question wrote it
            return e.source
        q = self._decode(e.emb)
        number = format_output(q.exact if q.exact is not None else q.value)
        if not any(q.dimensions) and e.label:
            return f"{number} {e.label}"
        return f"{number} {q.unit}".strip()

    def describe(self, e: Entry) -> str:
        try:
            q = self._decode(e.emb)
        except StepError:
            return "?"
        return f"{q.value!r} {q.unit}".strip() + (f" [{e.label}]" if e.label else "")


__all__ = ["QuantityAlgebra"]
