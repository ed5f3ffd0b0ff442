"""Deterministic per-domain algebra behind the hybrid's combination head.

Each class embeds spans (the encoder), combines two entries with the encoder's closed-form
operation on their codec parts, decodes the result and re-encodes it as a fresh entry, and
writes an entry as answer text. They never see the question's text or its operators.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fluxem import ArithmeticEncoder, MoleculeEncoder
from fluxem.domain_type import DomainType
from fluxem.errors import FluxemError
from fluxem.layout import CODEC_LINEAR_LIMIT
from fluxem_experiments.numfmt import format_output
from fluxem_experiments.scratchpad import Entry, StepError


class ArithmeticAlgebra:
    domain = int(DomainType.ARITHMETIC)

    def __init__(self) -> None:
        self.enc = ArithmeticEncoder()

    def encode(self, value: Any) -> Entry:
        try:
            emb = self.enc.encode(value, dtype=np.float64)
        except (FluxemError, ValueError, TypeError) as exc:
            raise StepError(f"cannot encode {value!r}: {exc}") from exc
        return Entry(emb, self.domain)

    def span_entries(self, span: dict[str, Any]) -> list[Entry]:
        return [self.encode(span["text"])]

    def value(self, e: Entry) -> int | float:
        try:
            return self.enc.decode(e.emb, allow_inexact=True)
        except FluxemError as exc:
            raise StepError(str(exc)) from exc

    def combine(self, a: Entry, b: Entry, op: str) -> Entry:
        try:
            if op in ("add", "sub"):
                # beyond the linear range the limbs are empty: the sum is not defined by the codec
                for e in (a, b):
                    if abs(self.value(e)) >= CODEC_LINEAR_LIMIT:
                        raise StepError("operand beyond the linear part's range (10^27)")
                out = self.enc.add(a.emb, b.emb) if op == "add" else self.enc.sub(a.emb, b.emb)
            elif op == "mul":
                out = self.enc.mul(a.emb, b.emb)
            elif op == "div":
                out = self.enc.div(a.emb, b.emb)
            else:
                raise StepError(f"unknown operation {op}")
            v = self.enc.decode(out, allow_inexact=True)
        except FluxemError as exc:
            raise StepError(str(exc)) from exc
        return self.encode(v)

    def answer_text(self, e: Entry) -> str:
        return format_output(self.value(e))

    def describe(self, e: Entry) -> str:
        try:
            return repr(self.value(e))
        except StepError:
            return "?"


class FormulaAlgebra:
    """FORMULA entries (the formula task): the hybrid only chooses among them (``answer``);
    there is no arithmetic on formulas in these questions, so every binary step is refused."""

    domain = int(DomainType.FORMULA)

    def __init__(self) -> None:
        self.enc = MoleculeEncoder()

    def span_entries(self, span: dict[str, Any]) -> list[Entry]:
        try:
            emb = self.enc.encode(span["text"], dtype=np.float64)
        except FluxemError as exc:
            raise StepError(f"cannot encode {span['text']!r}: {exc}") from exc
        return [Entry(emb, self.domain, source=span["text"])]

    def combine(self, a: Entry, b: Entry, op: str) -> Entry:
        raise StepError(f"{op}: formula questions have no binary steps")

    def answer_text(self, e: Entry) -> str:
        return e.source or self.describe(e)

    def describe(self, e: Entry) -> str:
        try:
            return str(self.enc.decode(e.emb))
        except FluxemError:
            return "?"


def algebra_for(task: str) -> Any:
    if task == "arithmetic":
        return ArithmeticAlgebra()
    if task == "formula":
        return FormulaAlgebra()
    from fluxem_experiments.units_algebra import QuantityAlgebra

    return QuantityAlgebra()


__all__ = ["ArithmeticAlgebra", "FormulaAlgebra", "algebra_for"]
