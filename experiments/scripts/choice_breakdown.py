"""Accuracy of evaluated runs per question category, pooled over seeds (mean over questions),
and for the value choices (largest, formula mass) per closeness: the largest value over the
second largest (SI values; molar masses). Reads each seed's test splits
(experiments/data/<config>/seed<N>/) and the runs' predictions_<split>.jsonl (same order).
Usage: python experiments/scripts/choice_breakdown.py CONFIG [MODEL ...]"""

from __future__ import annotations

import sys
from collections import defaultdict
from fractions import Fraction
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fluxem_experiments.config import load_config
from fluxem_experiments.data import read_jsonl
from fluxem_experiments.data_units import UNITS

#: Edges of the closeness bins (largest / second largest value).
RATIO_EDGES = (1.0, 1.001, 1.01, 1.05, 1.2)


def values(sample: dict[str, Any], enc: Any) -> list[Any] | None:
    """The values a choice question compares (None: not a value comparison)."""
    if sample["category"] == "largest":
        return [UNITS[s["unit"]].to_si(Fraction(s["value"])) for s in sample["spans"]]
    if sample["category"] == "mass":
        return [enc.parse(s["text"]).molar_mass for s in sample["spans"]]
    return None


def groups(sample: dict[str, Any], enc: Any) -> list[str]:
    """The category, and for a value comparison its closeness bin."""
    out = [sample["category"]]
    vals = values(sample, enc)
    if vals is not None:
        second, top = sorted(vals)[-2:]
        k = max(i for i, edge in enumerate(RATIO_EDGES) if top / second >= edge)
        upper = f"-{RATIO_EDGES[k + 1]}" if k + 1 < len(RATIO_EDGES) else " and more"
        out.append(f"{sample['category']}, ratio {RATIO_EDGES[k]}{upper}")
    return out


def main(config: str, models: list[str]) -> None:
    from fluxem import MoleculeEncoder

    cfg, enc = load_config(config), MoleculeEncoder()
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for seed_dir in sorted(cfg.results_dir().glob("seed*")):
        data = cfg.root / "data" / cfg.stem / seed_dir.name
        for split in cfg.splits():
            samples = read_jsonl(data / f"{split}.jsonl")
            for model in models:
                path = seed_dir / model / f"predictions_{split}.jsonl"
                if not path.is_file():
                    continue
                for s, p in zip(samples, read_jsonl(path), strict=True):
                    assert s["text"] == p["text"], "predictions do not match the data"
                    for g in groups(s, enc):
                        t = tally[(model, split, g)]
                        t[0] += bool(p["correct"])
                        t[1] += 1
    print("| model | split | questions | accuracy | n |\n|---|---|---|---|---|")
    for (model, split, g), (right, n) in sorted(tally.items()):
        print(f"| {model} | {split} | {g} | {100 * right / n:.1f}% | {n} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["hybrid", "hybrid_blind", "token_program"])
