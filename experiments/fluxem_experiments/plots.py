"""PNG plots: loss curves and accuracy per split per model (matplotlib, Agg backend)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_loss_curve(history: dict[str, Any], path: Path, title: str) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6, 4))
    steps, loss = history.get("step", []), history.get("loss", [])
    if steps:
        k = max(1, len(loss) // 50)
        smooth = [
            sum(loss[max(0, i - k + 1) : i + 1]) / len(loss[max(0, i - k + 1) : i + 1])
            for i in range(len(loss))
        ]
        ax.plot(steps, loss, alpha=0.3, label="train (per step)")
        ax.plot(steps, smooth, label=f"train (mean of {k})")
    if history.get("val"):
        vs, vl = zip(*history["val"], strict=True)
        ax.plot(vs, vl, "o-", label="validation")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    if steps:
        ax.set_yscale("log")
        ax.legend()
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def plot_accuracy(
    table: dict[str, dict[str, dict[str, float]]],
    metric: str,
    path: Path,
    title: str,
    errors: dict[str, dict[str, float]] | None = None,
    splits: list[str] | None = None,
) -> None:
    """Grouped bars: ``table[model][split][metric]`` (with optional error bars)."""
    plt = _plt()
    models = list(table)
    if splits is None:
        splits = sorted({s for m in models for s in table[m]})
    fig, ax = plt.subplots(figsize=(1.8 + 1.6 * len(splits), 4))
    width = 0.8 / max(1, len(models))
    for i, m in enumerate(models):
        xs = [j + (i - (len(models) - 1) / 2) * width for j in range(len(splits))]
        ys = [table[m].get(s, {}).get(metric, float("nan")) for s in splits]
        err = None
        if errors is not None:
            err = [errors.get(m, {}).get(s, 0.0) for s in splits]
        bars = ax.bar(xs, ys, width, label=m, yerr=err, capsize=3)
        for b, y in zip(bars, ys, strict=True):
            if y == y:
                ax.text(
                    b.get_x() + b.get_width() / 2, y + 0.01, f"{y:.2f}", ha="center", fontsize=7
                )
    ax.set_xticks(range(len(splits)))
    ax.set_xticklabels(splits, fontsize=8)
    ax.set_ylim(0, 1.08)
    ax.set_ylabel(metric)
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


__all__ = ["plot_accuracy", "plot_loss_curve"]
