"""Accuracy against the number of operations (arithmetic), 1 to 30, for trained runs.

Questions of each length are drawn fresh (operands from the training range; a generator seeded
from (seed, length), independent of every split). Length 4 is the *dev* length: the one length
between training (1-3) and the lengths reported as out of distribution (5-30) that design
choices may look at. Next to the models, two references that need no training: ``executor``
(the teacher program run by the hybrid's executor: where the codec itself fails, e.g. a sum
past its 10^27 linear range) and ``tool`` (exact evaluation).

``fluxem-experiments length --config arithmetic_small`` writes
``results/<config>/length_curve.{json,md,png}``.
"""

from __future__ import annotations

import json
import random
from typing import Any

import torch

from fluxem_experiments.config import ExperimentConfig
from fluxem_experiments.data_arithmetic import draw
from fluxem_experiments.stats import t_interval

DEV_LENGTH = 4


def length_questions(cfg: ExperimentConfig, seed: int, n_ops: int, n: int) -> list[dict[str, Any]]:
    rng = random.Random(f"length:{seed}:{n_ops}")
    a = cfg.data.arithmetic
    return [draw(rng, a.id_range, n_ops, a.operators) for _ in range(n)]


def length_curve(
    cfg: ExperimentConfig,
    seeds: list[int],
    models: list[str],
    *,
    max_ops: int = 30,
    per_length: int = 50,
    log: Any = print,
) -> dict[str, Any]:
    from fluxem_experiments.algebra import algebra_for
    from fluxem_experiments.evaluate import _predict, aggregate, score_one
    from fluxem_experiments.scratchpad import execute_program, initial_items
    from fluxem_experiments.spans import SpanFinder
    from fluxem_experiments.train import MODEL, load_trained, make_finder, pick_device
    from fluxem_experiments.variants import make_variant

    if cfg.task != "arithmetic":
        raise ValueError("the length curve is an arithmetic experiment")
    device = pick_device(cfg.training.device)
    lengths = list(range(1, max_ops + 1))
    acc: dict[str, dict[int, dict[int, float]]] = {}  # model -> seed -> length -> accuracy
    finder = SpanFinder(cfg.task, algebra_for(cfg.task))
    for seed in seeds:
        qs = {k: length_questions(cfg, seed, k, per_length) for k in lengths}
        ref = acc.setdefault("executor", {}).setdefault(seed, {})
        for k, samples in qs.items():
            answers = [
                execute_program(
                    initial_items(s["text"], finder.spans(s), finder.algebra),
                    s["program"],
                    finder.algebra,
                )
                for s in samples
            ]
            ref[k] = aggregate(
                samples, [score_one(s, a.text) for s, a in zip(samples, answers, strict=True)]
            )["accuracy"]
        for kind in models:
            path = cfg.run_dir(seed, kind) / MODEL
            if not path.is_file():
                log(f"[{cfg.stem} seed {seed}] {kind}: no model.pt; left out")
                continue
            with torch.no_grad():
                model, _ = load_trained(path, device)
                variant = make_variant(kind, cfg.task, make_finder(cfg, kind))
                row = acc.setdefault(kind, {}).setdefault(seed, {})
                for k, samples in qs.items():
                    answers = _predict(variant, model, samples, device, cfg)
                    scores = [score_one(s, a.text) for s, a in zip(samples, answers, strict=True)]
                    row[k] = aggregate(samples, scores)["accuracy"]
            log(
                f"[{cfg.stem} seed {seed}] {kind}: "
                + " ".join(f"{k}:{row[k]:.2f}" for k in lengths)
            )
    summary = {
        kind: {k: _stat([by_seed[s][k] for s in by_seed if k in by_seed[s]]) for k in lengths}
        for kind, by_seed in acc.items()
    }
    result = {
        "config": cfg.stem,
        "seeds": seeds,
        "per_length": per_length,
        "dev_length": DEV_LENGTH,
        "accuracy": {m: {str(s): v for s, v in by.items()} for m, by in acc.items()},
        "summary": summary,
    }
    md = _markdown({**result, "by_seed": acc}, lengths)
    out = cfg.results_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / "length_curve.json").write_text(json.dumps(result, indent=2) + "\n")
    (out / "length_curve.md").write_text(md + "\n")
    _plot(summary, lengths, out / "length_curve.png", f"{cfg.stem}: accuracy vs operations")
    log(f"wrote {out / 'length_curve.md'}")
    return result


def _stat(vals: list[float]) -> dict[str, Any]:
    ci = t_interval(vals)
    return {
        "mean": sum(vals) / len(vals) if vals else None,
        "ci95": [ci[1], ci[2]] if ci else None,
        "min": min(vals) if vals else None,
        "n_seeds": len(vals),
    }


def _markdown(result: dict[str, Any], lengths: list[int]) -> str:
    summary = result["summary"]
    groups = [("1-3 (train)", range(1, 4)), (f"{DEV_LENGTH} (dev)", [DEV_LENGTH])]
    groups += [("5-7", range(5, 8)), ("8-15", range(8, 16)), ("16-30", range(16, 31))]
    groups = [(g, [k for k in ks if k in lengths]) for g, ks in groups]
    groups = [(g, ks) for g, ks in groups if ks]
    lines = [
        f"# Accuracy vs number of operations: {result['config']}",
        "",
        f"Seeds {result['seeds']}; {result['per_length']} questions per length and seed; "
        "mean over the lengths of a group, then over seeds [95% t interval over seeds]; "
        "`min seed` is the lowest seed's mean over the group.",
        "",
        "| model | " + " | ".join(g for g, _ in groups) + " |",
        "|---|" + "---|" * len(groups),
    ]
    for kind, by_seed in result["by_seed"].items():
        cells = []
        for _, ks in groups:
            per_seed = [sum(v[k] for k in ks) / len(ks) for v in by_seed.values()]
            st = _stat(per_seed)
            ci = st["ci95"]
            cell = f"{100 * st['mean']:.1f}%"
            if ci:
                lo, hi = 100 * max(0.0, ci[0]), 100 * min(1.0, ci[1])
                cell += f" [{lo:.1f}, {hi:.1f}] min {100 * st['min']:.1f}"
            cells.append(cell)
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Per length (mean over seeds, %):",
        "",
        "| model | " + " | ".join(map(str, lengths)) + " |",
    ]
    lines.append("|---|" + "---|" * len(lengths))
    for kind, per in summary.items():
        lines.append(
            f"| {kind} | " + " | ".join(f"{100 * per[k]['mean']:.0f}" for k in lengths) + " |"
        )
    return "\n".join(lines)


def _plot(summary: dict[str, Any], lengths: list[int], path: Any, title: str) -> None:
    from fluxem_experiments.plots import _plt

    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for kind, per in summary.items():
        ys = [100 * per[k]["mean"] for k in lengths]
        ax.plot(lengths, ys, marker="o", ms=3, label=kind)
        lo = [100 * (per[k]["ci95"] or [per[k]["mean"]] * 2)[0] for k in lengths]
        hi = [100 * (per[k]["ci95"] or [per[k]["mean"]] * 2)[1] for k in lengths]
        ax.fill_between(lengths, lo, hi, alpha=0.15)
    ax.axvspan(0.5, 3.5, color="grey", alpha=0.1, label="training lengths")
    ax.axvline(DEV_LENGTH, color="grey", ls=":", label="dev length")
    ax.set_xlabel("operations")
    ax.set_ylabel("accuracy (%)")
    ax.set_ylim(-2, 102)
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


__all__ = ["DEV_LENGTH", "length_curve", "length_questions"]
