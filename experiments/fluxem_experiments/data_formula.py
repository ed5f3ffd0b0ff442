"""Formula data: choice questions whose answer needs a chemical formula's composition.

* ``atoms``: ``Which has more oxygen atoms, C6H12O6 or H2SO4?`` (the element's counts differ);
* ``mass``: ``Which is heavier per mole, CO2 or N2O?`` (molar masses differ). A third of
  the pairs are made close on purpose, as CO2 and N2O are: one formula is the other with one
  nearly isobaric substitution (``O`` for ``NH2``: 15.999 against 16.023 g/mol; masses a few
  parts in 10^4 apart); the rest are aimed at a mass ratio of up to e^0.4.

The answer is the chosen formula as the question writes it; the teacher program points at it
(``answer``). Formulas are synthetic: 2-4 elements of ``BUILDING``, written in Hill order (C, H,
then alphabetical; ``H2O4S``), counts from the split's range. What an element weighs comes from
fluxem's element table (``fluxem.domains.formula``); counts come from the generator itself.
Only formulas the segmenter reads as one FORMULA span are used (two one-atom, one-letter
elements such as ``NS`` read as a word).
"""

from __future__ import annotations

import functools
import math
import random
from typing import Any

from fluxem.domains.formula import Formula
from fluxem_experiments.config import FormulaData
from fluxem_experiments.data_units import choice_example, fill_template
from fluxem_experiments.spans import load_segmenter

#: Elements formulas are built from.
BUILDING = ("C", "H", "N", "O", "S", "P", "F", "Cl", "Br", "Na", "K", "Mg", "Ca")
#: Elements ``atoms`` questions ask about, and their names in the question.
ASKED = {
    "C": "carbon",
    "H": "hydrogen",
    "N": "nitrogen",
    "O": "oxygen",
    "S": "sulfur",
    "Cl": "chlorine",
}
#: Phrasings (``{e}``: the element's name, ``{o}``: the options): training, validation,
#: test_id and test_ood_magnitude use the first tuple of each; test_ood_types only the second.
ATOMS_TEXTS = (
    "Which has more {e} atoms, {o}?",
    "Which formula contains more {e} atoms: {o}?",
    "Which has the larger number of {e} atoms, {o}?",
)
ATOMS_OOD_TEXTS = ("Counting {e} atoms, which has more: {o}?",)
MASS_TEXTS = (
    "Which is heavier per mole, {o}?",
    "Which has the larger molar mass: {o}?",
    "Which weighs more per mole, {o}?",
)
MASS_OOD_TEXTS = ("One mole of which is heavier, {o}?",)
#: How far apart (natural log of the mass ratio) a mass question's pair is aimed: uniform in
#: [-MASS_LOG_SPREAD, MASS_LOG_SPREAD], the closest of MASS_CANDIDATES draws.
MASS_LOG_SPREAD = 0.4
MASS_CANDIDATES = 20
#: Share of mass questions whose pair differs by one nearly isobaric substitution, and the
#: substitutions (a group of atoms -> one of about the same mass; both directions are used).
MASS_CLOSE_SHARE = 1 / 3
ISOBARS = (
    ({"O": 1}, {"N": 1, "H": 2}),  # 15.999 / 16.023
    ({"O": 1}, {"C": 1, "H": 4}),  # 15.999 / 16.043
    ({"N": 1}, {"C": 1, "H": 2}),  # 14.007 / 14.027
    ({"S": 1}, {"O": 2}),  # 32.06 / 31.998
)


_segmenter = functools.cache(load_segmenter)


def formula_text(counts: dict[str, int]) -> str:
    """Hill-order text (``H2O4S``, ``C6H12O6``)."""
    return "".join(s + (str(n) if n > 1 else "") for s, n in Formula(counts).counts.items())


@functools.cache
def reads_as_formula(text: str) -> bool:
    """Whether the segmenter reads ``text`` as one FORMULA span inside a question."""
    segmenter = _segmenter()
    if segmenter is None:
        raise RuntimeError("formula questions need fluxem's segmenter (MultiDomainTokenizer)")
    probe = f"Which is it, {text} or H2O?"
    found = [(t.domain.name, t.start, t.end) for t in segmenter.tokenize(probe)]
    return ("FORMULA", 13, 13 + len(text)) in found


def draw_formula(
    rng: random.Random, counts: tuple[int, int], must_have: str | None = None
) -> dict[str, int]:
    """2-4 distinct elements of BUILDING (``must_have`` among them), counts in ``counts``."""
    while True:
        k = rng.randint(2, 4)
        elements = rng.sample(BUILDING, k)
        if must_have is not None and must_have not in elements:
            elements[0] = must_have
        out = {e: rng.randint(*counts) for e in elements}
        if reads_as_formula(formula_text(out)):
            return out


def molar_mass(counts: dict[str, int]) -> float:
    return Formula(counts).molar_mass


def make_choice(
    category: str, template: str, element: str | None, options: list[dict[str, int]], best: int
) -> dict[str, Any]:
    """A choice question over formulas; ``best`` is the right option's index."""
    texts = [formula_text(c) for c in options]
    parts: dict[str, tuple[str, Any]] = {"o": ("spans", [("FORMULA", t) for t in texts])}
    if element is not None:
        parts["e"] = ("lit", ASKED[element])
    b = fill_template(template, **parts)
    return choice_example("formula", category, b, best, texts[best], [element or "mass"], template)


def _isobaric_pair(
    rng: random.Random, counts: tuple[int, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """A formula and the same with one ISOBARS substitution, every count within ``counts``."""
    while True:
        old, new = rng.choice(ISOBARS)
        if rng.random() < 0.5:
            old, new = new, old
        a = draw_formula(rng, counts, must_have=next(iter(old)))
        b = dict(a)
        for e, n in old.items():
            b[e] = b.get(e, 0) - n
        for e, n in new.items():
            b[e] = b.get(e, 0) + n
        b = {e: n for e, n in b.items() if n}
        in_range = all(counts[0] <= n <= counts[1] for n in b.values()) and len(b) >= 2
        if in_range and min(a.get(e, 0) - n for e, n in old.items()) >= 0:
            if reads_as_formula(formula_text(b)) and molar_mass(a) != molar_mass(b):
                return a, b


class FormulaSampler:
    """Draws samples of one split: test_ood_magnitude takes counts from the OOD range,
    test_ood_types the phrasings no other split uses."""

    def __init__(self, cfg: FormulaData) -> None:
        self.cfg = cfg

    def draw(self, rng: random.Random, split: str) -> dict[str, Any]:
        cats = sorted(self.cfg.categories)
        cat = rng.choices(cats, [self.cfg.categories[c] for c in cats])[0]
        ood_types = split == "test_ood_types"
        counts = self.cfg.ood_count_range if split == "test_ood_magnitude" else self.cfg.count_range
        if cat == "atoms":
            template = rng.choice(ATOMS_OOD_TEXTS if ood_types else ATOMS_TEXTS)
            return self._atoms(rng, template, counts)
        template = rng.choice(MASS_OOD_TEXTS if ood_types else MASS_TEXTS)
        return self._mass(rng, template, counts)

    @staticmethod
    def _atoms(rng: random.Random, template: str, counts: tuple[int, int]) -> dict[str, Any]:
        """The winner has the element; the other has it half the time, never as often; the
        winner's position is drawn uniformly (balanced answers)."""
        element = rng.choice(sorted(ASKED))
        while True:
            a = draw_formula(rng, counts, element)
            b = draw_formula(rng, counts, element if rng.random() < 0.5 else None)
            if a.get(element, 0) != b.get(element, 0):
                break
        win, lose = (a, b) if a[element] > b.get(element, 0) else (b, a)
        best = rng.randrange(2)
        options = [win, lose] if best == 0 else [lose, win]
        return make_choice("atoms", template, element, options, best)

    @staticmethod
    def _mass(rng: random.Random, template: str, counts: tuple[int, int]) -> dict[str, Any]:
        """A close pair (MASS_CLOSE_SHARE) or one aimed at a log mass ratio drawn uniformly;
        equal masses excluded; the heavier one's position drawn uniformly."""
        if rng.random() < MASS_CLOSE_SHARE:
            a, b = _isobaric_pair(rng, counts)
        else:
            a = draw_formula(rng, counts)
            aim = math.log(molar_mass(a)) + rng.uniform(-MASS_LOG_SPREAD, MASS_LOG_SPREAD)
            candidates = [draw_formula(rng, counts) for _ in range(MASS_CANDIDATES)]
            candidates = [c for c in candidates if molar_mass(c) != molar_mass(a)]
            b = min(candidates, key=lambda c: abs(math.log(molar_mass(c)) - aim))
        heavy, light = (a, b) if molar_mass(a) > molar_mass(b) else (b, a)
        best = rng.randrange(2)
        options = [heavy, light] if best == 0 else [light, heavy]
        return make_choice("mass", template, None, options, best)


__all__ = [
    "ASKED",
    "ATOMS_OOD_TEXTS",
    "ATOMS_TEXTS",
    "BUILDING",
    "MASS_OOD_TEXTS",
    "MASS_TEXTS",
    "FormulaSampler",
    "draw_formula",
    "formula_text",
    "make_choice",
    "molar_mass",
]
