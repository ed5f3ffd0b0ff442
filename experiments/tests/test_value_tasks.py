"""Value-dependent choice questions (largest_small, formula_small): targets against independent
oracles (pint; a hand-written formula parser and atomic-weight table), balanced answers,
phrasings held out of training, and lookup / hybrid_blind unable to beat chance by
construction."""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("torch")
pytest.importorskip("yaml")

from fluxem_experiments.algebra import algebra_for
from fluxem_experiments.baselines import Lookup, Tool
from fluxem_experiments.config import load_config
from fluxem_experiments.data import generate
from fluxem_experiments.spans import SpanFinder

CONFIGS = Path(__file__).resolve().parents[1] / "configs"

#: pint's names for the question units it spells differently
PINT_NAMES = {
    "°C": "degC",
    "°F": "degF",
    "mph": "mile/hour",
    "cal": "calorie",
    "kcal": "kilocalorie",
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
}
#: IUPAC standard atomic weights (conventional values for H, C, N, O, Mg, S, Cl, Br), typed in
#: from the CIAAW table, independent of fluxem's element table.
WEIGHTS = {
    "H": Fraction("1.008"),
    "C": Fraction("12.011"),
    "N": Fraction("14.007"),
    "O": Fraction("15.999"),
    "F": Fraction("18.998403162"),
    "Na": Fraction("22.98976928"),
    "Mg": Fraction("24.305"),
    "P": Fraction("30.973761998"),
    "S": Fraction("32.06"),
    "Cl": Fraction("35.45"),
    "K": Fraction("39.0983"),
    "Ca": Fraction("40.078"),
    "Br": Fraction("79.904"),
}
ELEMENT_OF = {
    "carbon": "C",
    "hydrogen": "H",
    "nitrogen": "N",
    "oxygen": "O",
    "sulfur": "S",
    "chlorine": "Cl",
}


def _small(tmp_path: Path, name: str) -> Any:
    """``name`` with 600 training and 60 questions in every other split."""
    text = (CONFIGS / name).read_text()
    for old, new in (("train_size: 2000", "train_size: 600"), (": 200\n", ": 60\n")):
        assert old in text
        text = text.replace(old, new)
    dst = tmp_path / "experiments" / "configs" / name
    dst.parent.mkdir(parents=True)
    dst.write_text(text)
    return load_config(dst)


def _counts(formula: str) -> Counter[str]:
    """Atom counts of a formula written without groups (``C6H12O6``)."""
    out: Counter[str] = Counter()
    for sym, n in re.findall(r"([A-Z][a-z]?)(\d*)", formula):
        out[sym] += int(n or 1)
    return out


def _check_choice_splits(splits: dict[str, list[dict[str, Any]]], task: str) -> None:
    """Shared checks: balanced answer positions, phrasings of test_ood_types never in train,
    the segmenter finds exactly the labelled options, the tool answers every question, and a
    lookup (one program per skeleton) is no better than chance."""
    train = splits["train"]
    for n_options in {len(s["spans"]) for s in train}:
        pos = Counter(s["target_value"] for s in train if len(s["spans"]) == n_options)
        assert len(pos) == n_options
        assert min(pos.values()) > 0.6 * max(pos.values()), pos
    assert not {s["template"] for s in train} & {s["template"] for s in splits["test_ood_types"]}
    finder = SpanFinder(task, algebra_for(task))
    tool = Tool(task)
    for rows in splits.values():
        for s in rows:
            assert [(x["start"], x["end"]) for x in finder.spans(s)] == [
                (x["start"], x["end"]) for x in s["spans"]
            ]
            assert tool.answer(s["text"]) == s["target_text"]
    lookup = Lookup(task, finder)
    table = lookup.fit(train)
    test = splits["test_id"]
    answers = lookup.predict(table, test, None, 0)
    right = sum(a.text == s["target_text"] for a, s in zip(answers, test, strict=True))
    chance = sum(1 / len(s["spans"]) for s in test)
    assert right < chance + 3 * (len(test) * 0.25) ** 0.5  # 3 sd above chance at most
    unseen = lookup.predict(table, splits["test_ood_types"], None, 0)
    assert all(a.text == "" for a in unseen)  # unseen phrasings: no skeleton, no answer


def test_largest_questions_match_pint(tmp_path: Path) -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    splits = generate(_small(tmp_path, "largest_small.yaml"), 5)
    for split, rows in splits.items():
        for s in rows:
            quantities = [
                ureg.Quantity(float(Fraction(sp["value"])), PINT_NAMES.get(sp["unit"], sp["unit"]))
                for sp in s["spans"]
            ]
            assert len(quantities) in (3, 4)
            assert len({q.dimensionality for q in quantities}) == 1  # one dimension
            si = [q.to_base_units().magnitude for q in quantities]
            assert s["target_text"] == s["spans"][si.index(max(si))]["text"], s["text"]
            assert sorted(si)[-2] < max(si)  # one largest
            # drawn within a factor of 10, then rounded to 1-4 significant digits
            assert max(si) / min(si) < 20, s["text"]
            if split == "test_ood_magnitude":
                assert max(float(Fraction(sp["value"])) for sp in s["spans"]) >= 1e5
    _check_choice_splits(splits, "units")


def test_formula_questions_match_an_independent_table(tmp_path: Path) -> None:
    splits = generate(_small(tmp_path, "formula_small.yaml"), 5)
    close = 0
    for split, rows in splits.items():
        for s in rows:
            options = [sp["text"] for sp in s["spans"]]
            counts = [_counts(o) for o in options]
            if s["category"] == "atoms":
                element = next(e for name, e in ELEMENT_OF.items() if f" {name} " in s["text"])
                values = [c[element] for c in counts]
            else:
                values = [sum(WEIGHTS[e] * n for e, n in c.items()) for c in counts]
                close += max(values) / min(values) < Fraction(101, 100)
            assert values.count(max(values)) == 1  # no ties
            assert s["target_text"] == options[values.index(max(values))], s["text"]
            lo, hi = (10, 40) if split == "test_ood_magnitude" else (1, 9)
            assert all(lo <= n <= hi for c in counts for n in c.values()), s["text"]
    assert close >= 5  # close molar masses (within 1%) are asked
    _check_choice_splits(splits, "formula")


@pytest.mark.parametrize("config", ["largest_small.yaml", "formula_small.yaml"])
def test_hybrid_blind_reads_the_same_input_whatever_the_values(tmp_path: Path, config: str) -> None:
    """hybrid_blind's network sees one constant per span, so two questions that differ only
    inside their spans get the same decision and pointers, whatever their answers."""
    import torch

    from fluxem_experiments.models import build_model
    from fluxem_experiments.scratchpad import collate, decision_sequence
    from fluxem_experiments.variants import Hybrid

    cfg = _small(tmp_path, config)
    rows = generate(cfg, 5)["test_id"]
    finder = SpanFinder(cfg.task, algebra_for(cfg.task))
    variant = Hybrid(cfg.task, finder)
    by_skeleton: dict[str, list[dict[str, Any]]] = {}
    lookup = Lookup(cfg.task, finder)
    for s in rows:
        by_skeleton.setdefault(lookup.skeleton(s), []).append(s)
    a, b = next(
        (x, y)
        for group in by_skeleton.values()
        for x in group
        for y in group
        if x["target_value"] != y["target_value"]
    )
    torch.manual_seed(0)
    for kind, same in (("hybrid_blind", True), ("hybrid", False)):
        model = build_model(kind, cfg.model, cfg.task).eval()
        batch = collate([decision_sequence(variant.items(s)) for s in (a, b)], ans_last=True)
        with torch.no_grad():
            out = variant.forward(model, batch, torch.device("cpu"))
        equal = all(torch.allclose(t[0], t[1]) for t in out)
        assert equal == same, kind
