"""Arithmetic data: integer expressions with + - * /, standard precedence, exact targets.

``38 - 94 * 79 - 31 + 59`` evaluates ``*`` and ``/`` before ``+`` and ``-``, each left to right
(no parentheses are generated). Targets are exact ``Fraction``s; the target text follows
:func:`fluxem_experiments.numfmt.format_value`. A division's right operand is never 0.

Each sample also carries its *teacher program*, the supervision of the hybrid's scratchpad: the
canonical order of reductions (leftmost ``*``/``/`` first, else leftmost ``+``/``-``) as
``[op, i, j]`` over the current list of number entries, where the result replaces entries
``i..j``; then ``["answer", 0]``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from fluxem_experiments.config import ArithmeticData
from fluxem_experiments.numfmt import exact_text, format_value

OP_NAMES = {"+": "add", "-": "sub", "*": "mul", "/": "div"}
_PRECEDENCE = {"+": 0, "-": 0, "*": 1, "/": 1}


def apply(op: str, a: Fraction, b: Fraction) -> Fraction:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def reduce_canonical(operands: list[Fraction], ops: list[str]) -> tuple[Fraction, list[list[Any]]]:
    """Evaluates with standard precedence; returns the value and the teacher program."""
    vals = list(operands)
    ops = list(ops)
    program: list[list[Any]] = []
    while ops:
        top = max(_PRECEDENCE[o] for o in ops)
        i = next(k for k, o in enumerate(ops) if _PRECEDENCE[o] == top)
        program.append([OP_NAMES[ops[i]], i, i + 1])
        vals[i : i + 2] = [apply(ops[i], vals[i], vals[i + 1])]
        del ops[i]
    program.append(["answer", 0])
    return vals[0], program


def render(operands: list[int], ops: list[str]) -> tuple[str, list[dict[str, Any]]]:
    """The question text and the labelled operand spans."""
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    for k, v in enumerate(operands):
        if k:
            sep = f" {ops[k - 1]} "
            parts.append(sep)
            pos += len(sep)
        t = str(v)
        spans.append(
            {"type": "ARITHMETIC", "start": pos, "end": pos + len(t), "text": t, "value": t}
        )
        parts.append(t)
        pos += len(t)
    return "".join(parts), spans


def make_sample(operands: list[int], ops: list[str]) -> dict[str, Any]:
    value, program = reduce_canonical([Fraction(v) for v in operands], ops)
    text, spans = render(operands, ops)
    return {
        "task": "arithmetic",
        "category": "expression",
        "text": text,
        "answer_type": "number",
        "target_text": format_value(value),
        "target_value": float(value),
        "target_exact": exact_text(value),
        "target_unit": None,
        "n_ops": len(ops),
        "spans": spans,
        "program": program,
    }


def draw(
    rng: random.Random, value_range: tuple[int, int], n_ops: int, operators: tuple[str, ...]
) -> dict[str, Any]:
    lo, hi = value_range
    operands = [rng.randint(lo, hi) for _ in range(n_ops + 1)]
    ops = [rng.choice(operators) for _ in range(n_ops)]
    for k, op in enumerate(ops):
        while op == "/" and operands[k + 1] == 0:
            operands[k + 1] = rng.randint(max(lo, 1), max(hi, 1))
    return make_sample(operands, ops)


def split_spec(cfg: ArithmeticData, split: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(operand range, operation-count range) of a split."""
    if split in ("train", "val", "test_id"):
        return cfg.id_range, cfg.id_ops
    if split == "test_ood_magnitude":
        return cfg.ood_magnitude_range, cfg.id_ops
    if split == "test_ood_length":
        return cfg.id_range, cfg.ood_length_ops
    raise ValueError(f"unknown arithmetic split {split!r}")


def sampler(cfg: ArithmeticData) -> Callable[[random.Random, str], dict[str, Any]]:
    """``draw_sample(rng, split)``: one sample of a split, drawn with ``rng``."""

    def draw_sample(rng: random.Random, split: str) -> dict[str, Any]:
        value_range, ops_range = split_spec(cfg, split)
        return draw(rng, value_range, rng.randint(*ops_range), cfg.operators)

    return draw_sample


__all__ = ["OP_NAMES", "apply", "draw", "make_sample", "reduce_canonical", "sampler"]
