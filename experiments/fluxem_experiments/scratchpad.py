"""The hybrid's input items and its scratchpad executor.

A *state* is a list of items: character ids (text) and :class:`Entry` objects (one per domain
span: its fluxem embedding). The model sees ``<bos> items <sep> <ans>``. At ``<ans>`` it emits a
decision (``add``/``sub``/``mul``/``div``: coefficients (1, +1) or (1, -1) on the linear or the
log part of the codec; ``answer``; ``true``/``false``) and two pointers over the entries.

A binary step is executed deterministically: the chosen entries' embeddings are combined by the
encoder's closed-form operation (a plain sum/difference of their linear or log parts), the
result is decoded, re-encoded as a fresh entry, and replaces the stretch of items from the first
to the second chosen entry. Nothing here looks at the question's operators or words: which
entries and which operation come only from the model (or, in training, from the teacher
program).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from fluxem_experiments import vocab
from fluxem_experiments.models import BINARY, DECISIONS


class StepError(Exception):
    """A step the algebra cannot carry out (division by zero, out of the codec's range...)."""


@dataclass
class Entry:
    """A domain position: its embedding (float64, what the algebra combines)."""

    emb: np.ndarray
    domain: int
    #: Unit label of a target-unit step entry (units task): a quotient by it is a number of
    #: that unit.
    label: str | None = None
    note: str = ""
    #: The question's text of the span this entry was read from ("" for frames and results):
    #: an answer that chooses one of the question's own spans writes it as the question did.
    source: str = ""


Item = int | Entry


@dataclass
class Answer:
    text: str
    error: str | None = None
    steps: list[str] = field(default_factory=list)


class Algebra(Protocol):
    domain: int

    def span_entries(self, span: dict[str, Any]) -> list[Entry]: ...

    def combine(self, a: Entry, b: Entry, op: str) -> Entry: ...

    def answer_text(self, e: Entry) -> str: ...

    def describe(self, e: Entry) -> str: ...


def initial_items(text: str, spans: list[dict[str, Any]], algebra: Algebra) -> list[Item]:
    """Characters of ``text`` with every span replaced by its entries."""
    items: list[Item] = []
    pos = 0
    for sp in sorted(spans, key=lambda s: s["start"]):
        items += vocab.encode_chars(text[pos : sp["start"]])
        items += algebra.span_entries(sp)
        pos = sp["end"]
    items += vocab.encode_chars(text[pos:])
    return items


def entry_positions(items: list[Item]) -> list[int]:
    return [k for k, it in enumerate(items) if isinstance(it, Entry)]


def apply_step(items: list[Item], op: str, pa: int, pb: int, algebra: Algebra) -> list[Item]:
    """Executes ``items[pa] op items[pb]``; the result replaces items ``min..max`` of both."""
    a, b = items[pa], items[pb]
    if not isinstance(a, Entry) or not isinstance(b, Entry):
        raise StepError("a pointer does not name an entry")
    result = algebra.combine(a, b, op)
    lo, hi = min(pa, pb), max(pa, pb)
    return [*items[:lo], result, *items[hi + 1 :]]


@dataclass
class TeacherState:
    items: list[Item]
    decision: int
    arg1: int  # item index, -1 when unused
    arg2: int


def teacher_states(
    items: list[Item], program: list[list[Any]], algebra: Algebra
) -> list[TeacherState]:
    """Replays a teacher program; one supervised state per decision."""
    out: list[TeacherState] = []
    for step in program:
        op = step[0]
        pos = entry_positions(items)
        if op in BINARY:
            pa, pb = pos[step[1]], pos[step[2]]
            out.append(TeacherState(items, DECISIONS.index(op), pa, pb))
            items = apply_step(items, op, pa, pb, algebra)
        elif op == "answer":
            # the second pointer repeats the first (the decision compares an entry with itself)
            out.append(TeacherState(items, DECISIONS.index(op), pos[step[1]], pos[step[1]]))
        elif len(step) == 3:  # a boolean about a pair of entries
            out.append(TeacherState(items, DECISIONS.index(op), pos[step[1]], pos[step[2]]))
        else:
            out.append(TeacherState(items, DECISIONS.index(op), -1, -1))
    return out


def execute_program(items: list[Item], program: list[list[Any]], algebra: Algebra) -> Answer:
    """Runs a program (teacher format: ``[op, i, j]`` over the current entries, then
    ``["answer", i]`` or a boolean) with the same executor as the hybrid; a step the program
    or the algebra cannot carry out is no answer."""
    steps: list[str] = []
    try:
        for step in program:
            op = step[0]
            pos = entry_positions(items)
            if op in BINARY:
                items = apply_step(items, op, pos[step[1]], pos[step[2]], algebra)
                steps.append(f"{op}({step[1]}, {step[2]})")
            elif op == "answer":
                e = items[pos[step[1]]]
                assert isinstance(e, Entry)
                return Answer(algebra.answer_text(e), None, [*steps, op])
            elif op in ("true", "false"):
                return Answer(op, None, [*steps, op])
            else:
                return Answer("", f"unknown step {op!r}", steps)
    except IndexError:
        return Answer("", "a step names an entry the question does not have", steps)
    except StepError as exc:
        return Answer("", str(exc), steps)
    return Answer("", "the program gives no answer", steps)


@dataclass
class Batch:
    ids: np.ndarray  # (B, L) int64
    emb: np.ndarray  # (B, L, 128) float32
    is_entry: np.ndarray  # (B, L) bool
    domain: np.ndarray  # (B, L) int64
    pad: np.ndarray  # (B, L) bool
    ans_pos: np.ndarray  # (B,) int64


def sequence(items: list[Item], tail: list[int]) -> tuple[list[int], list[Entry | None]]:
    """``<bos> items <sep>`` + tail ids, with the entry at each position (or None)."""
    ids = [vocab.BOS]
    ents: list[Entry | None] = [None]
    for it in items:
        if isinstance(it, Entry):
            ids.append(vocab.ENT)
            ents.append(it)
        else:
            ids.append(it)
            ents.append(None)
    ids.append(vocab.SEP)
    ents.append(None)
    ids += tail
    ents += [None] * len(tail)
    return ids, ents


def collate(seqs: list[tuple[list[int], list[Entry | None]]], ans_last: bool) -> Batch:
    """Right-padded arrays; ``ans_pos`` is each row's last real position when ``ans_last``."""
    n = max(len(ids) for ids, _ in seqs)
    b = len(seqs)
    ids_a = np.full((b, n), vocab.PAD, dtype=np.int64)
    emb = np.zeros((b, n, 128), dtype=np.float32)
    is_entry = np.zeros((b, n), dtype=bool)
    domain = np.zeros((b, n), dtype=np.int64)
    pad = np.ones((b, n), dtype=bool)
    ans = np.zeros(b, dtype=np.int64)
    for r, (ids, ents) in enumerate(seqs):
        ids_a[r, : len(ids)] = ids
        pad[r, : len(ids)] = False
        ans[r] = len(ids) - 1 if ans_last else 0
        for k, e in enumerate(ents):
            if e is not None:
                emb[r, k] = e.emb
                is_entry[r, k] = True
                domain[r, k] = e.domain
    return Batch(ids_a, emb, is_entry, domain, pad, ans)


def decision_sequence(items: list[Item]) -> tuple[list[int], list[Entry | None]]:
    """The hybrid's input for one decision: ``<bos> items <sep> <ans>``."""
    return sequence(items, [vocab.ANS])


#: Offset from an item index to its sequence position (the leading ``<bos>``).
ITEM_OFFSET = 1

__all__ = [
    "ITEM_OFFSET",
    "Algebra",
    "Answer",
    "Batch",
    "Entry",
    "Item",
    "StepError",
    "TeacherState",
    "apply_step",
    "collate",
    "decision_sequence",
    "entry_positions",
    "execute_program",
    "initial_items",
    "sequence",
    "teacher_states",
]
