"""The same small tuning grid for every learned variant, chosen on the validation loss.

Each grid point trains the variant with the config's early stopping (``training.patience``)
under its own results folder (``results/<config>-tune-<point>/``) and is scored by its lowest
validation loss; the choice and every point's loss, steps and seconds are written to
``results/<config>/tuning_<model>.json``. Test splits are never read.
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from fluxem_experiments.baselines import NON_LEARNED
from fluxem_experiments.config import ExperimentConfig

#: Learning rate x dropout: six trainings per variant.
GRID: dict[str, tuple[float, ...]] = {"lr": (1e-3, 2e-3, 5e-3), "dropout": (0.0, 0.1)}


def at_point(cfg: ExperimentConfig, point: dict[str, float]) -> ExperimentConfig:
    """``cfg`` trained with the grid point's learning rate and dropout (same results folder)."""
    return cfg.replace(
        model=dataclasses.replace(cfg.model, dropout=point["dropout"])
    ).with_training(lr=point["lr"])


def grid_configs(cfg: ExperimentConfig) -> list[tuple[dict[str, float], ExperimentConfig]]:
    out = []
    for lr in GRID["lr"]:
        for dropout in GRID["dropout"]:
            point = {"lr": lr, "dropout": dropout}
            c = at_point(cfg, point).replace(
                name=f"{cfg.stem}-tune-lr{lr:g}-do{dropout:g}", path=None
            )
            out.append((point, c))
    return out


def tuning_path(cfg: ExperimentConfig, kind: str) -> Any:
    return cfg.results_dir() / f"tuning_{kind}.json"


def tuned_config(cfg: ExperimentConfig, kind: str) -> ExperimentConfig:
    """``cfg`` at the point ``tune`` chose for ``kind``; unchanged when ``kind`` was not tuned
    (non-learned models, or no ``tuning_<kind>.json`` yet)."""
    path = tuning_path(cfg, kind)
    if kind in NON_LEARNED or not path.exists():
        return cfg
    return at_point(cfg, json.loads(path.read_text())["chosen"])


def tune(cfg: ExperimentConfig, kind: str, seed: int, log: Any = print) -> dict[str, Any]:
    """Trains ``kind`` at every grid point; returns (and writes) the point with the lowest
    validation loss."""
    from fluxem_experiments.train import train

    if kind in NON_LEARNED:
        raise ValueError(f"{kind} has nothing to tune")
    points = []
    for point, c in grid_configs(cfg):
        s = train(c, kind, seed, progress=False, log=log)
        val = s.get("best_val_loss", s.get("final_val_loss"))
        points.append(
            {
                **point,
                "val_loss": val if val is not None else math.inf,
                "steps": s["steps"],
                "train_seconds": s["train_seconds"],
                "complete": s["complete"],
            }
        )
        log(f"[{cfg.stem} {kind} seed {seed}] {point}: validation loss {val}")
    best = min(points, key=lambda p: p["val_loss"])
    result = {"config": cfg.stem, "model": kind, "seed": seed, "grid": points, "chosen": best}
    out = tuning_path(cfg, kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    log(f"chosen {best}; wrote {out}")
    return result


__all__ = ["GRID", "at_point", "grid_configs", "tune", "tuned_config"]
