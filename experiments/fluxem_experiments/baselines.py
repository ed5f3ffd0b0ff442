"""Non-learned baselines, scored like every model on the answer text they emit.

* ``lookup`` (the floor a learned selector must beat): a table from a question's *skeleton*
  (its text with every number or quantity span, as the segmenter finds them, written ``#``;
  the units task's target unit stays as text) to the most frequent teacher program of the
  training questions with that skeleton, run by the hybrid's own executor (the codec). An
  unseen skeleton gets no answer. Arithmetic skeletons are the operator patterns
  (``# + # * #``).
* ``tool`` (the ceiling): the question handed to an exact evaluator where it is a formal
  expression: arithmetic through Python's parser over ``Fraction``s; units ``Convert Q to
  U.``, ``Can Q and R be added?``, ``Is Q more than R?`` and ``Which is largest: Q, R or
  S?`` (every phrasing the generator uses) through fluxem's exact quantity parser; formula
  questions (more atoms of an element, larger molar mass) through fluxem's formula parser.
  Word problems (the units task's derived questions) are not formal expressions: no answer.
"""

from __future__ import annotations

import ast
import operator
import re
from collections import Counter
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from fluxem_experiments.data_formula import (
    ASKED,
    ATOMS_OOD_TEXTS,
    ATOMS_TEXTS,
    MASS_OOD_TEXTS,
    MASS_TEXTS,
)
from fluxem_experiments.data_units import LARGEST_OOD_TEXTS, LARGEST_TEXTS
from fluxem_experiments.numfmt import format_value
from fluxem_experiments.scratchpad import Answer, execute_program, initial_items
from fluxem_experiments.spans import SpanFinder

#: Variants without trained weights: ``train`` fits them on the training split.
NON_LEARNED = ("lookup", "tool")


class Lookup:
    kind = "lookup"

    def __init__(self, task: str, finder: SpanFinder) -> None:
        self.task = task
        self.finder = finder
        self.algebra = finder.algebra

    def skeleton(self, sample: dict[str, Any]) -> str:
        text, out, pos = sample["text"], [], 0
        for sp in self.finder.spans(sample):
            if sp["type"] == "UNIT":
                continue
            out += [text[pos : sp["start"]], "#"]
            pos = sp["end"]
        return "".join([*out, text[pos:]])

    def fit(self, samples: list[dict[str, Any]]) -> dict[str, Any]:
        """skeleton -> the most frequent program (ties: the first seen)."""
        seen: dict[str, Counter[str]] = {}
        for s in samples:
            seen.setdefault(self.skeleton(s), Counter())[repr(s["program"])] += 1
        table = {k: ast.literal_eval(c.most_common(1)[0][0]) for k, c in seen.items()}
        programs = {repr(p) for p in table.values()}
        return {"table": table, "keys": len(table), "programs": len(programs)}

    def predict(
        self, model: dict[str, Any], samples: list[dict[str, Any]], device: Any, max_len: int
    ) -> list[Answer]:
        out = []
        for s in samples:
            program = model["table"].get(self.skeleton(s))
            if program is None:
                out.append(Answer("", "skeleton not in the table"))
                continue
            items = initial_items(s["text"], self.finder.spans(s), self.algebra)
            out.append(execute_program(items, program, self.algebra))
        return out


_CONVERT = re.compile(r"^Convert (.+) to (\S+)\.$")
_CAN_ADD = re.compile(r"^Can (.+) and (.+) be added\?$")
_COMPARE = re.compile(r"^Is (.+) more than (.+)\?$")


def option_patterns(templates: tuple[str, ...]) -> list[re.Pattern[str]]:
    """One pattern per choice template (``{o}``: the options), capturing the options."""
    out = []
    for t in templates:
        head, tail = t.split("{o}")
        out.append(re.compile("^" + re.escape(head) + "(.+)" + re.escape(tail) + "$"))
    return out


def split_options(text: str) -> list[str]:
    """``a, b or c`` -> ``[a, b, c]``."""
    return re.split(r", | or ", text)


def largest_option(options: list[str], values: list[Any]) -> str:
    """The option with the largest value (a tie has no answer)."""
    top = max(values)
    if values.count(top) > 1:
        raise ValueError("no unique largest option")
    return options[values.index(top)]


_LARGEST = option_patterns(LARGEST_TEXTS + LARGEST_OOD_TEXTS)
#: (pattern, element symbol) of every atoms phrasing and asked element; mass phrasings: None.
_FORMULA = [
    (p, sym)
    for sym, name in ASKED.items()
    for p in option_patterns(tuple(t.replace("{e}", name) for t in ATOMS_TEXTS + ATOMS_OOD_TEXTS))
] + [(p, None) for p in option_patterns(MASS_TEXTS + MASS_OOD_TEXTS)]


def formula_answer(text: str) -> str:
    """A formula question's answer from the formulas' parsed compositions (fluxem's parser and
    element table)."""
    from fluxem import MoleculeEncoder

    enc = MoleculeEncoder()
    for pattern, element in _FORMULA:
        if m := pattern.match(text):
            options = split_options(m.group(1))
            formulas = [enc.parse(o) for o in options]
            if element is None:
                return largest_option(options, [f.molar_mass for f in formulas])
            return largest_option(options, [f.counts.get(element, 0) for f in formulas])
    raise ValueError("not a formal expression")


#: The operators of an arithmetic question and their exact values.
ARITHMETIC_OPS: dict[type, tuple[str, Callable[[Fraction, Fraction], Fraction]]] = {
    ast.Add: ("+", operator.add),
    ast.Sub: ("-", operator.sub),
    ast.Mult: ("*", operator.mul),
    ast.Div: ("/", operator.truediv),
}


def evaluate_arithmetic(
    text: str, combine: Callable[[str, Fraction, Fraction], Fraction] | None = None
) -> Fraction:
    """An arithmetic question's value, exactly, in Python's evaluation order (precedence, ties
    to the left). ``combine(symbol, a, b)`` replaces each binary operation (a worked solution
    records and rounds its steps there); by default the exact operation."""

    def walk(node: ast.AST) -> Fraction:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return Fraction(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -walk(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC_OPS:
            a, b = walk(node.left), walk(node.right)
            symbol, exact = ARITHMETIC_OPS[type(node.op)]
            return combine(symbol, a, b) if combine else exact(a, b)
        raise ValueError("not an arithmetic expression")

    return walk(ast.parse(text, mode="eval"))


class Tool:
    kind = "tool"

    def __init__(self, task: str, finder: SpanFinder | None = None) -> None:
        self.task = task

    def fit(self, samples: list[dict[str, Any]]) -> dict[str, Any]:
        return {}

    def answer(self, text: str) -> str:
        if self.task == "arithmetic":
            return format_value(evaluate_arithmetic(text))
        if self.task == "formula":
            return formula_answer(text)
        from fluxem import DimensionalQuantity

        q = DimensionalQuantity()
        if m := _CONVERT.match(text):
            unit = m.group(2)
            si, zero, one = (q.parse(t).exact for t in (m.group(1), f"0 {unit}", f"1 {unit}"))
            if si is None or zero is None or one is None:
                raise ValueError("inexact quantity")
            if q.parse(m.group(1)).dims != q.parse(f"1 {unit}").dims:
                raise ValueError("dimensions differ")
            return f"{format_value((si - zero) / (one - zero))} {unit}"
        if m := _CAN_ADD.match(text):
            return "true" if q.parse(m.group(1)).dims == q.parse(m.group(2)).dims else "false"
        if m := _COMPARE.match(text):
            a, b = q.parse(m.group(1)), q.parse(m.group(2))
            if a.exact is None or b.exact is None or a.dims != b.dims:
                raise ValueError("not comparable")
            return "true" if a.exact > b.exact else "false"
        if m := next(filter(None, (p.match(text) for p in _LARGEST)), None):
            options = split_options(m.group(1))
            parsed = [q.parse(o) for o in options]
            if any(p.exact is None or p.dims != parsed[0].dims for p in parsed):
                raise ValueError("not comparable")
            return largest_option(options, [p.exact for p in parsed])
        raise ValueError("not a formal expression")

    def predict(
        self, model: Any, samples: list[dict[str, Any]], device: Any, max_len: int
    ) -> list[Answer]:
        out = []
        for s in samples:
            try:
                out.append(Answer(self.answer(s["text"])))
            except (ValueError, ZeroDivisionError, SyntaxError) as exc:
                out.append(Answer("", str(exc)))
        return out


__all__ = ["NON_LEARNED", "Lookup", "Tool"]
