"""Dataset generation and I/O: seeded, deterministic JSONL splits per config and seed.

Layout: ``experiments/data/<config>/seed<N>/{train,val,test_*}.jsonl`` plus ``meta.json``.
Each split has its own ``random.Random`` seeded from (task, seed, split), so a split does not
change when another split's size changes. Test and validation texts never occur in train.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fluxem_experiments import data_arithmetic, data_formula, data_units
from fluxem_experiments.config import ExperimentConfig

SCHEMA_VERSION = 1


def split_names(cfg: ExperimentConfig) -> tuple[str, ...]:
    return ("train", "val", *cfg.splits())


def _rng(cfg: ExperimentConfig, seed: int, split: str) -> random.Random:
    return random.Random(f"{cfg.task}:{seed}:{split}")


def generate(cfg: ExperimentConfig, seed: int) -> dict[str, list[dict[str, Any]]]:
    """All splits of a config for a seed (in memory)."""
    sizes = {"train": cfg.data.train_size, "val": cfg.data.val_size}
    if cfg.task == "arithmetic":
        draw = data_arithmetic.sampler(cfg.data.arithmetic)
    elif cfg.task == "formula":
        draw = data_formula.FormulaSampler(cfg.data.formula).draw
    else:
        u = cfg.data.units
        held = data_units.hold_out(_rng(cfg, seed, "hold_out"), u.ood_types_fraction)
        draw = data_units.UnitsSampler(u, held).draw
    out: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()  # texts of the training set, which no other split repeats
    for split in split_names(cfg):
        n = sizes.get(split, cfg.data.test_size)
        out[split] = _distinct_samples(draw, split, n, _rng(cfg, seed, split), seen)
        if split == "train":
            seen = {s["text"] for s in out["train"]}
    for split, samples in out.items():
        for i, s in enumerate(samples):
            s["id"] = i
            s["split"] = split
    return out


def _distinct_samples(
    draw: Callable[[random.Random, str], dict[str, Any]],
    split: str,
    size: int,
    rng: random.Random,
    exclude: set[str],
) -> list[dict[str, Any]]:
    """``size`` samples of a split; texts in ``exclude`` (the training set) are redrawn."""
    out: list[dict[str, Any]] = []
    attempts = 0
    while len(out) < size:
        attempts += 1
        if attempts > 100 * size + 1000:
            raise RuntimeError(f"could not draw {size} distinct samples for {split}")
        s = draw(rng, split)
        if s["text"] not in exclude:
            out.append(s)
    return out


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    tmp.replace(path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def generate_to_disk(cfg: ExperimentConfig, seed: int) -> Path:
    """Writes every split; returns the data folder."""
    d = cfg.data_dir(seed)
    splits = generate(cfg, seed)
    for split, rows in splits.items():
        write_jsonl(d / f"{split}.jsonl", rows)
    meta = {
        "schema_version": SCHEMA_VERSION,
        "config": cfg.stem,
        "task": cfg.task,
        "seed": seed,
        "sizes": {k: len(v) for k, v in splits.items()},
        "data": _data_fingerprint(cfg),
    }
    (d / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return d


def _data_fingerprint(cfg: ExperimentConfig) -> dict[str, Any]:
    import dataclasses

    return json.loads(json.dumps(dataclasses.asdict(cfg.data), default=str))


def ensure_data(cfg: ExperimentConfig, seed: int) -> Path:
    """The data folder for (config, seed), generated first when missing or stale."""
    d = cfg.data_dir(seed)
    meta = d / "meta.json"
    if meta.is_file():
        m = json.loads(meta.read_text())
        if m.get("schema_version") == SCHEMA_VERSION and m.get("data") == _data_fingerprint(cfg):
            if all((d / f"{s}.jsonl").is_file() for s in split_names(cfg)):
                return d
    return generate_to_disk(cfg, seed)


def load_split(cfg: ExperimentConfig, seed: int, split: str) -> list[dict[str, Any]]:
    return read_jsonl(cfg.data_dir(seed) / f"{split}.jsonl")


__all__ = [
    "ensure_data",
    "generate",
    "generate_to_disk",
    "load_split",
    "read_jsonl",
    "split_names",
    "write_jsonl",
]
