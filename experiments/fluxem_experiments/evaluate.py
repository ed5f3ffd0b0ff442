"""Evaluation: loads every trained checkpoint and scores every model on every split.

Each model is scored on the answer *text* it emits (parsed the same way for all models):

* ``exact_match``: the text equals the target text (the rounding rule of numfmt);
* ``within_1pct``: numeric answers within 1% relative error (units: in the asked unit);
* ``median_rel_error``: median relative error over numeric questions (no answer = inf);
* units only: ``dim_correct`` (the answer's unit has the target's dimension) and
  ``bool_acc`` (can-these-be-added questions);
* ``accuracy``: ``within_1pct`` for arithmetic; for the other tasks, questions answered
  correctly (numeric within 1%, boolean right, or a choice question's option named exactly as
  the question writes it) over all questions.

Honesty checks on ``test_id`` (``honesty``): ``label_swap_identical``, the share of predictions
unchanged when every question's program, targets and labels are swapped with another
question's (both tasks; 1.0 means only the text is read); and, for arithmetic, the operators
in the text shuffled while the labels stay the original question's (a model that reads the
operators must lose the original targets, a pipeline that read the labels would keep them).
Outputs in ``experiments/results/<config>/``: ``evaluation_results.json``, ``results.md``,
``{accuracy,exact_match,within_1pct}.png`` and per-run ``predictions_<split>.jsonl``.
"""

from __future__ import annotations

import json
import math
import random
import re
import statistics
from fractions import Fraction
from pathlib import Path
from typing import Any

import torch

from fluxem_experiments.config import MODEL_KINDS, ExperimentConfig
from fluxem_experiments.data import ensure_data, load_split, write_jsonl
from fluxem_experiments.data_arithmetic import reduce_canonical
from fluxem_experiments.data_units import UNITS
from fluxem_experiments.numfmt import exact_text, format_value, parse_exact, relative_error
from fluxem_experiments.stats import paired_difference, t_interval
from fluxem_experiments.train import MODEL, load_trained, make_finder, pick_device, torch_settings
from fluxem_experiments.variants import make_variant

_NUM = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*$")
_NUM_UNIT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s+(\S.*?)\s*$")
HEADLINE = ("accuracy", "exact_match", "within_1pct", "median_rel_error")
#: Per-run scores written next to model.pt (reused by ``evaluate(..., reuse=True)``).
RUN_EVALUATION = "evaluation.json"


def _finite(x: float) -> float | str:
    return x if math.isfinite(x) else "inf"


def score_one(sample: dict[str, Any], text: str) -> dict[str, Any]:
    """Per-question scores of one answer text."""
    text = text.strip()
    out: dict[str, Any] = {"exact": text == sample["target_text"]}
    if sample["answer_type"] == "boolean":
        out["bool"] = text == sample["target_text"]
        out["correct"] = out["bool"]
        return out
    if sample["answer_type"] == "choice":  # one of the question's spans, as written
        out["correct"] = out["exact"]
        return out
    target = parse_exact(sample["target_exact"])
    if sample["task"] == "units":
        m = _NUM_UNIT.match(text)
        unit = m.group(2) if m else None
        num = m.group(1) if m else None
        tdims = tuple(sample["target_dims"])
        out["dim_ok"] = unit in UNITS and UNITS[unit].dims == tdims
        same_unit = unit == sample["target_unit"]
        rel = relative_error(parse_exact(num), target) if (num and same_unit) else math.inf
    else:
        m = _NUM.match(text)
        rel = relative_error(parse_exact(m.group(1)), target) if m else math.inf
    out["rel"] = rel
    out["within"] = rel <= 0.01
    out["correct"] = out["within"]
    return out


def aggregate(samples: list[dict[str, Any]], scores: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(scores)
    num = [s for s in scores if "rel" in s]
    boo = [s for s in scores if "bool" in s]
    res: dict[str, Any] = {
        "n": n,
        "n_numeric": len(num),
        "n_boolean": len(boo),
        "accuracy": sum(s["correct"] for s in scores) / n if n else 0.0,
        "exact_match": sum(s["exact"] for s in scores) / n if n else 0.0,
        "within_1pct": sum(s["within"] for s in num) / len(num) if num else None,
        "median_rel_error": _finite(statistics.median(s["rel"] for s in num)) if num else None,
    }
    if samples and samples[0]["task"] == "units":
        res["dim_correct"] = sum(s["dim_ok"] for s in num) / len(num) if num else None
        res["bool_acc"] = sum(s["bool"] for s in boo) / len(boo) if boo else None
    return res


def shuffle_operators(samples: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The same operands with every operator in the *text* replaced by a different one
    (arithmetic). Every other field (``program``, ``spans``, targets) is the original
    question's, so a pipeline that read them instead of the text would still answer the
    original; the shuffled question's own target is in ``shuffled_target_text`` /
    ``shuffled_target_exact`` (computed here, read only by scoring)."""
    rng = random.Random(f"shuffle:{seed}")
    out = []
    for s in samples:
        operands = [int(sp["text"]) for sp in s["spans"]]
        text = list(s["text"])
        new_ops = []
        for k, sp in enumerate(s["spans"][:-1]):
            op = text[sp["end"] + 1]
            choices = [o for o in "+-*/" if o != op and not (o == "/" and operands[k + 1] == 0)]
            new_ops.append(rng.choice(choices))
            text[sp["end"] + 1] = new_ops[-1]
        value, _ = reduce_canonical([Fraction(v) for v in operands], new_ops)
        out.append(
            {
                **s,
                "text": "".join(text),
                "shuffled_target_text": format_value(value),
                "shuffled_target_exact": exact_text(value),
            }
        )
    return out


#: Everything a generated question carries besides its text: the teacher program, targets and
#: labels. No model's prediction may depend on them.
LABEL_FIELDS = (
    "program",
    "spans",
    "target_text",
    "target_value",
    "target_exact",
    "target_unit",
    "target_dims",
    "answer_type",
    "category",
    "combo",
    "n_ops",
    "template",
)


def swap_labels(samples: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each question's text with the label fields of the next question (cyclically)."""
    n = len(samples)
    return [
        {
            **s,
            **{k: samples[(i + 1) % n][k] for k in LABEL_FIELDS if k in samples[(i + 1) % n]},
        }
        for i, s in enumerate(samples)
    ]


def label_swap_check(
    variant: Any,
    model: torch.nn.Module,
    samples: list[dict[str, Any]],
    device: torch.device,
    cfg: ExperimentConfig,
    answers: list[Any],
) -> float:
    """Share of questions whose prediction (text and executor steps) is unchanged when the
    questions' programs, targets and labels are swapped (1.0: nothing but the text is read)."""
    swapped = _predict(variant, model, swap_labels(samples), device, cfg)
    same = sum(
        (a.text, a.steps) == (b.text, b.steps) for a, b in zip(answers, swapped, strict=True)
    )
    return same / max(1, len(samples))


def _runs(cfg: ExperimentConfig, seeds: list[int] | None) -> list[tuple[int, str, Path]]:
    found = []
    base = cfg.results_dir()
    for seed_dir in sorted(base.glob("seed*")):
        try:
            seed = int(seed_dir.name[4:])
        except ValueError:
            continue
        if seeds is not None and seed not in seeds:
            continue
        for kind_dir in sorted(seed_dir.iterdir()):
            if (kind_dir / MODEL).is_file():
                found.append((seed, kind_dir.name, kind_dir / MODEL))
    return found


def evaluate_run(
    cfg: ExperimentConfig,
    seed: int,
    kind: str,
    path: Path,
    device: torch.device,
    log: Any = print,
    limit: int | None = None,
) -> dict[str, Any]:
    """Scores one trained model on every split (plus the honesty check)."""
    model, meta = load_trained(path, device)
    finder = make_finder(cfg, kind)
    variant = make_variant(kind, cfg.task, finder)
    ensure_data(cfg, seed)
    out: dict[str, Any] = {"splits": {}, "summary": meta.get("summary", {}), "honesty": {}}
    for split in cfg.splits():
        samples = load_split(cfg, seed, split)[:limit]
        answers = _predict(variant, model, samples, device, cfg)
        if split == "test_id":
            out["honesty"]["label_swap_identical"] = label_swap_check(
                variant, model, samples, device, cfg, answers
            )
        scores = [score_one(s, a.text) for s, a in zip(samples, answers, strict=True)]
        out["splits"][split] = aggregate(samples, scores)
        out["splits"][split]["no_answer"] = sum(1 for a in answers if not a.text) / max(
            1, len(answers)
        )
        write_jsonl(
            path.parent / f"predictions_{split}.jsonl",
            [
                {
                    "text": s["text"],
                    "target": s["target_text"],
                    "prediction": a.text,
                    "correct": sc["correct"],
                    "error": a.error,
                    "steps": a.steps,
                }
                for s, a, sc in zip(samples, answers, scores, strict=True)
            ],
        )
    if cfg.task == "arithmetic":
        base = load_split(cfg, seed, "test_id")[:limit]
        shuffled = shuffle_operators(base, seed)
        answers = _predict(variant, model, shuffled, device, cfg)
        new = [
            {
                **s,
                "target_text": s["shuffled_target_text"],
                "target_exact": s["shuffled_target_exact"],
            }
            for s in shuffled
        ]
        vs_new = [score_one(s, a.text) for s, a in zip(new, answers, strict=True)]
        vs_orig = [score_one(s, a.text) for s, a in zip(shuffled, answers, strict=True)]
        out["honesty"]["shuffled_ops_vs_original_target"] = aggregate(shuffled, vs_orig)["accuracy"]
        out["honesty"]["shuffled_ops_vs_shuffled_target"] = aggregate(new, vs_new)["accuracy"]
    if finder is not None:
        out["span_source"] = finder.source
        out["span_stats"] = dict(finder.stats)
    acc = {s: round(v["accuracy"], 3) for s, v in out["splits"].items()}
    log(f"[{cfg.stem} seed {seed}] {kind}: accuracy {acc}")
    out["model_file"] = _model_stamp(path)
    (path.parent / RUN_EVALUATION).write_text(json.dumps(out, indent=2) + "\n")
    return out


def _model_stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def cached_run_evaluation(path: Path, limit: int | None = None) -> dict[str, Any] | None:
    """The evaluation a run wrote next to ``path`` (its model.pt), if it scored exactly
    that file on full splits; None otherwise."""
    cache = path.parent / RUN_EVALUATION
    if limit is not None or not cache.is_file():
        return None
    res: dict[str, Any] = json.loads(cache.read_text())
    return res if res.get("model_file") == _model_stamp(path) else None


def _predict(
    variant: Any,
    model: torch.nn.Module,
    samples: list[dict[str, Any]],
    device: torch.device,
    cfg: ExperimentConfig,
) -> list[Any]:
    out = []
    bs = cfg.eval.batch_size
    with torch.no_grad():
        for i in range(0, len(samples), bs):
            chunk = samples[i : i + bs]
            if variant.kind in ("hybrid", "hybrid_blind"):
                out += variant.predict(
                    model, chunk, device, cfg.eval.max_answer_len, cfg.eval.max_steps_per_entry
                )
            else:
                out += variant.predict(model, chunk, device, cfg.eval.max_answer_len)
    return out


def summarize(runs: dict[str, dict[int, dict[str, Any]]]) -> dict[str, Any]:
    """Mean, sample standard deviation, 95% t interval of the mean (``ci95``; two seeds or
    more), min and max over seeds, per model, split, metric."""
    out: dict[str, Any] = {}
    for kind, by_seed in runs.items():
        out[kind] = {}
        splits = sorted({s for r in by_seed.values() for s in r["splits"]})
        for split in splits:
            stats: dict[str, Any] = {}
            metrics = {m for r in by_seed.values() for m in r["splits"].get(split, {})}
            for metric in sorted(metrics):
                vals = []
                for r in by_seed.values():
                    v = r["splits"].get(split, {}).get(metric)
                    if v is None:
                        continue
                    vals.append(math.inf if v == "inf" else float(v))
                if not vals:
                    continue
                fin = [v for v in vals if math.isfinite(v)]
                mean = statistics.fmean(vals) if len(fin) == len(vals) else math.inf
                std = statistics.stdev(vals) if len(fin) == len(vals) and len(vals) > 1 else 0.0
                ci = t_interval(vals)
                stats[metric] = {
                    "mean": _finite(mean),
                    "std": _finite(std),
                    "ci95": [ci[1], ci[2]] if ci else None,
                    "min": _finite(min(vals)),
                    "max": _finite(max(vals)),
                    "n_seeds": len(vals),
                }
            out[kind][split] = stats
    return out


def _fmt(stat: dict[str, Any] | None, pct: bool) -> str:
    if not stat:
        return "-"
    mean, std, n = stat["mean"], stat["std"], stat["n_seeds"]
    if mean == "inf":
        return "inf"
    if pct:
        s = f"{100 * mean:.1f}%"
        ci = stat.get("ci95")
        if ci:
            s += f" [{100 * max(0.0, ci[0]):.1f}, {100 * min(1.0, ci[1]):.1f}]"
        return s + (f" ± {100 * std:.1f}" if n > 1 else "")
    s = f"{mean:.3g}"
    return s + (f" ± {std:.2g}" if n > 1 and std != "inf" else "")


def markdown(
    cfg: ExperimentConfig,
    summary: dict[str, Any],
    params: dict[str, int],
    seeds: list[int],
    runs: dict[str, dict[int, dict[str, Any]]] | None = None,
) -> str:
    metrics = ["accuracy", "exact_match", "within_1pct", "median_rel_error"]
    if cfg.task == "units":
        metrics += ["dim_correct", "bool_acc"]
    splits = list(cfg.splits())
    lines = [
        f"# Results: {cfg.stem}",
        "",
        f"Seeds: {', '.join(map(str, seeds))} (mean [95% t interval of the mean, clipped to "
        "0-100%] ± sample std over seeds). "
        f"Parameters: " + ", ".join(f"{k} {v:,}" for k, v in params.items()) + ".",
        "",
    ]
    if runs:
        trained = []
        for kind, by_seed in runs.items():
            sched = sorted(
                {(r["summary"].get("epochs"), r["summary"].get("steps")) for r in by_seed.values()},
                key=str,
            )
            trained.append(f"{kind} " + "/".join(f"{e} epochs ({n} steps)" for e, n in sched))
        lines += ["Trained: " + "; ".join(trained) + ".", ""]
    for metric in metrics:
        lines += [
            f"## {metric}",
            "",
            "| model | " + " | ".join(splits) + " |",
            "|---|" + "---|" * len(splits),
        ]
        for kind, by_split in summary.items():
            cells = [
                _fmt(by_split.get(s, {}).get(metric), metric != "median_rel_error") for s in splits
            ]
            lines.append(f"| {kind} | " + " | ".join(cells) + " |")
        lines.append("")
    if runs:
        lines += _cost_table(runs)
    if runs and "hybrid" in runs and len(runs) > 1:
        lines += [
            "## accuracy: hybrid minus each other model",
            "",
            "Mean per-seed difference in points [95% t interval over the seeds both have].",
            "",
            "| model | " + " | ".join(splits) + " |",
            "|---|" + "---|" * len(splits),
        ]
        for kind in runs:
            if kind != "hybrid":
                cells = [_difference(runs["hybrid"], runs[kind], s) for s in splits]
                lines.append(f"| {kind} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _cost_table(runs: dict[str, dict[int, dict[str, Any]]]) -> list[str]:
    """Training cost per model: wall-clock seconds and steps (mean over seeds), what the loss
    scores per epoch, and the learning rate and dropout it trained with."""
    lines = [
        "## training cost",
        "",
        "| model | seconds | steps | supervised targets per epoch | lr | dropout |",
        "|---|---|---|---|---|---|",
    ]
    for kind, by_seed in runs.items():
        sums = [r["summary"] for r in by_seed.values()]

        def mean(key: str, sums: list[dict[str, Any]] = sums) -> str:
            vals = [s[key] for s in sums if s.get(key) is not None]
            return f"{sum(vals) / len(vals):,.0f}" if vals else "-"

        def seen(key: str, sums: list[dict[str, Any]] = sums) -> str:
            vals = sorted({s[key] for s in sums if s.get(key) is not None})
            return "/".join(f"{v:g}" for v in vals) or "-"

        cells = [
            mean("train_seconds"),
            mean("steps"),
            mean("supervised_targets"),
            seen("lr"),
            seen("dropout"),
        ]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _difference(a: dict[int, dict[str, Any]], b: dict[int, dict[str, Any]], split: str) -> str:
    def acc(r: dict[int, dict[str, Any]]) -> dict[int, float]:
        return {s: v["splits"][split]["accuracy"] for s, v in r.items() if split in v["splits"]}

    d = paired_difference(acc(a), acc(b))
    return f"{100 * d[0]:+.1f} [{100 * d[1]:+.1f}, {100 * d[2]:+.1f}]" if d else "-"


def evaluate(
    cfg: ExperimentConfig,
    seeds: list[int] | None = None,
    *,
    log: Any = print,
    limit: int | None = None,
    plots: bool = True,
    reuse: bool = False,
    cached_only: bool = False,
) -> dict[str, Any]:
    """Evaluates every trained model of a config; writes the JSON, markdown and plots.
    ``reuse`` takes a run's own ``evaluation.json`` when it scored the same model.pt (runs
    trained by ``fluxem-experiments run --jobs N`` score themselves in their own process);
    ``cached_only`` leaves out runs without one (an interrupted ``run`` reports what it has)."""
    with torch_settings():
        return _evaluate(
            cfg,
            seeds,
            log=log,
            limit=limit,
            plots=plots,
            reuse=reuse or cached_only,
            cached_only=cached_only,
        )


def _evaluate(
    cfg: ExperimentConfig,
    seeds: list[int] | None,
    *,
    log: Any,
    limit: int | None,
    plots: bool,
    reuse: bool,
    cached_only: bool,
) -> dict[str, Any]:
    from fluxem_experiments.models import parameter_report
    from fluxem_experiments.plots import plot_accuracy

    device = pick_device(cfg.training.device)
    if cfg.training.num_threads > 0:
        torch.set_num_threads(cfg.training.num_threads)
    found = _runs(cfg, seeds)
    if not found:
        raise FileNotFoundError(
            f"no trained models under {cfg.results_dir()}; train first (train_hybrid.py / "
            "train_token_only.py or `fluxem-experiments train`)"
        )
    runs: dict[str, dict[int, dict[str, Any]]] = {}
    for seed, kind, path in found:
        cached = cached_run_evaluation(path, limit) if reuse else None
        if cached is None and cached_only:
            log(f"[{cfg.stem} seed {seed}] {kind}: not scored yet; left out")
            continue
        runs.setdefault(kind, {})[seed] = cached or evaluate_run(
            cfg, seed, kind, path, device, log, limit
        )
    if not runs:
        raise FileNotFoundError(f"no scored models under {cfg.results_dir()}")
    order = [k for k in MODEL_KINDS if k in runs]
    runs = {k: runs[k] for k in order}
    summary = summarize(runs)
    used_seeds = sorted({s for by_seed in runs.values() for s in by_seed})
    params = parameter_report(cfg.model, tuple(runs), cfg.task)
    honesty = {k: {str(s): r.get("honesty") for s, r in v.items()} for k, v in runs.items()}
    result = {
        "config": cfg.stem,
        "task": cfg.task,
        "seeds": used_seeds,
        "parameters": params,
        "summary": summary,
        "honesty": honesty,
        "runs": {k: {str(s): r for s, r in v.items()} for k, v in runs.items()},
    }
    out_dir = cfg.results_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "evaluation_results.json").write_text(json.dumps(result, indent=2) + "\n")
    (out_dir / "results.md").write_text(markdown(cfg, summary, params, used_seeds, runs) + "\n")
    if plots:
        for metric in ("accuracy", "exact_match", "within_1pct"):
            table = {
                k: {s: {metric: v[s][metric]["mean"]} for s in v if metric in v[s]}
                for k, v in summary.items()
            }
            err = {
                k: {s: v[s][metric]["std"] for s in v if metric in v[s]} for k, v in summary.items()
            }
            plot_accuracy(
                table,
                metric,
                out_dir / f"{metric}.png",
                f"{cfg.stem}: {metric} per split (seeds {used_seeds})",
                err,
                list(cfg.splits()),
            )
    log(f"wrote {out_dir / 'evaluation_results.json'}, results.md and plots")
    return result


def combined_table(cfgs: list[ExperimentConfig]) -> str:
    """One markdown table over configs from their evaluation_results.json: per model and
    split, accuracy (mean ± sample std over seeds), exact match, and median relative error."""
    lines = [
        "| config | model | split | accuracy | exact match | median rel. error | seeds |",
        "|---|---|---|---|---|---|---|",
    ]
    for cfg in cfgs:
        path = cfg.results_dir() / "evaluation_results.json"
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing; run eval for {cfg.stem} first")
        res = json.loads(path.read_text())
        for kind, by_split in res["summary"].items():
            for split in cfg.splits():
                st = by_split.get(split, {})
                n = st.get("accuracy", {}).get("n_seeds", 0)
                lines.append(
                    f"| {cfg.stem} | {kind} | {split} | {_fmt(st.get('accuracy'), True)} | "
                    f"{_fmt(st.get('exact_match'), True)} | "
                    f"{_fmt(st.get('median_rel_error'), False)} | {n} |"
                )
    return "\n".join(lines)


__all__ = [
    "RUN_EVALUATION",
    "aggregate",
    "cached_run_evaluation",
    "combined_table",
    "evaluate",
    "evaluate_run",
    "score_one",
    "shuffle_operators",
    "summarize",
    "swap_labels",
]
