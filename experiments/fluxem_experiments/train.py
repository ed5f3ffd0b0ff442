"""Training: seeded, deterministic on CPU, checkpoints with resume, loss curves.

A run lives in ``experiments/results/<config>/seed<N>/<model>/``:
``checkpoint.pt`` (every ``checkpoint_every`` steps and at each epoch end; an interrupted run
resumes from it), ``model.pt`` (the trained weights, written when the schedule completes),
``loss_curve.json`` and ``loss_curve.png``. The batch order of epoch ``e`` is a permutation
drawn from a generator seeded with (seed, e), so a resumed run sees exactly the batches an
uninterrupted one would.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch

import fluxem
from fluxem_experiments.algebra import algebra_for
from fluxem_experiments.baselines import NON_LEARNED
from fluxem_experiments.config import ExperimentConfig
from fluxem_experiments.data import ensure_data, load_split
from fluxem_experiments.models import build_model, count_parameters, parameter_report
from fluxem_experiments.spans import SpanFinder
from fluxem_experiments.variants import IGNORE, Prepared, make_variant

CHECKPOINT = "checkpoint.pt"
MODEL = "model.pt"
#: Steps between reading the training loss back from the device.
SYNC_EVERY = 25


def pick_device(name: str) -> torch.device:
    if name == "cuda" or (name == "auto" and torch.cuda.is_available()):
        return torch.device("cuda")
    return torch.device("cpu")


def seed_everything(seed: int, device: torch.device, num_threads: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    if num_threads > 0:
        torch.set_num_threads(num_threads)
    if device.type == "cpu":
        torch.use_deterministic_algorithms(True)


@contextlib.contextmanager
def torch_settings() -> Iterator[None]:
    """Restores torch's global thread count and determinism flag on exit (a library call
    must not leave them changed for its caller)."""
    threads = torch.get_num_threads()
    deterministic = torch.are_deterministic_algorithms_enabled()
    try:
        yield
    finally:
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(deterministic)


def lr_at(step: int, total: int, base: float, warmup: int) -> float:
    """Linear warm-up, then cosine decay to 10% of ``base``."""
    if warmup > 0 and step < warmup:
        return base * (step + 1) / warmup
    if total <= warmup:
        return base
    frac = min(1.0, (step - warmup) / max(1, total - warmup))
    return base * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))


def _fingerprint(cfg: ExperimentConfig, kind: str, seed: int) -> dict[str, Any]:
    t = dataclasses.asdict(cfg.training)
    for k in ("epochs", "checkpoint_every", "device", "num_threads"):
        t.pop(k)
    return json.loads(
        json.dumps(
            {
                "kind": kind,
                "seed": seed,
                # a checkpoint trained on other embeddings is not resumed
                "layout": fluxem.LAYOUT_VERSION,
                "task": cfg.task,
                "model": dataclasses.asdict(cfg.model),
                "training": t,
                "data": dataclasses.asdict(cfg.data),
            },
            default=str,
        )
    )


def supervised_targets(prep: Prepared) -> int:
    """What the loss scores in one epoch: answer tokens for the text variants, decisions for
    the hybrids (one per teacher state, pointers included), labelled operator windows for
    hybrid_local, answers for hybrid_regress. Read off the collated batches, so every variant
    is counted by what it actually trains on."""
    n = 0
    for i in range(0, len(prep.examples), 256):
        batch = prep.collate(prep.examples[i : i + 256])
        if "targets" in batch:
            n += int((batch["targets"] != IGNORE).sum())
        elif "mask" in batch:
            n += int(batch["mask"].sum())
        else:
            n += len(batch["decision"] if "decision" in batch else batch["kind"])
    return n


def make_finder(cfg: ExperimentConfig, kind: str) -> SpanFinder | None:
    return None if kind in ("token_only", "tool") else SpanFinder(cfg.task, algebra_for(cfg.task))


def _save(path: Path, obj: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    tmp.replace(path)


def train(
    cfg: ExperimentConfig,
    kind: str,
    seed: int,
    *,
    epochs: int | None = None,
    resume: bool = True,
    max_steps: int | None = None,
    progress: bool = True,
    log: Any = print,
) -> dict[str, Any]:
    """Trains one variant; returns a summary. ``max_steps`` stops early (a checkpoint is left
    behind and the run counts as interrupted)."""
    with torch_settings():
        return _train(
            cfg,
            kind,
            seed,
            epochs=epochs,
            resume=resume,
            max_steps=max_steps,
            progress=progress,
            log=log,
        )


def _train(
    cfg: ExperimentConfig,
    kind: str,
    seed: int,
    *,
    epochs: int | None,
    resume: bool,
    max_steps: int | None,
    progress: bool,
    log: Any,
) -> dict[str, Any]:
    from tqdm import tqdm

    if epochs is not None:
        cfg = cfg.with_training(epochs=epochs)
    tc = cfg.training
    device = pick_device(tc.device)
    seed_everything(seed, device, tc.num_threads)
    ensure_data(cfg, seed)
    train_samples = load_split(cfg, seed, "train")
    val_samples = load_split(cfg, seed, "val")
    finder = make_finder(cfg, kind)
    variant = make_variant(kind, cfg.task, finder, tc.entry_dropout)
    if kind in NON_LEARNED:
        return _fit_non_learned(cfg, kind, seed, variant, train_samples, log)
    prep = variant.prepare(train_samples)
    val_prep = variant.prepare(val_samples)

    torch.manual_seed(seed)
    model = build_model(kind, cfg.model, cfg.task).to(device)
    n_params = count_parameters(model)
    counts = parameter_report(cfg.model, ("token_only", kind), cfg.task)
    ratio = counts[kind] / counts["token_only"]
    log(
        f"[{cfg.stem} seed {seed}] {kind}: {n_params:,} parameters "
        f"(token_only {counts['token_only']:,}; ratio {ratio:.3f}); device {device}; "
        f"{len(train_samples)} training questions"
    )
    opt = torch.optim.AdamW(model.parameters(), lr=tc.lr, weight_decay=tc.weight_decay)

    n = len(prep.examples)
    per_epoch = math.ceil(n / tc.batch_size)
    total = tc.epochs * per_epoch
    run_dir = cfg.run_dir(seed, kind)
    run_dir.mkdir(parents=True, exist_ok=True)
    fp = _fingerprint(cfg, kind, seed)
    step = 0
    history: dict[str, Any] = {"step": [], "loss": [], "lr": [], "val": []}
    #: early stopping: the lowest validation loss so far, its step and weights
    best: dict[str, Any] = {"val": math.inf, "step": 0, "state": None, "stopped": False}
    elapsed = 0.0
    ckpt_path = run_dir / CHECKPOINT
    if resume and ckpt_path.is_file():
        # Loaded on the CPU: the RNG states must stay CPU ByteTensors (map_location=cuda
        # moved them and a GPU resume failed); load_state_dict moves weights and optimizer
        # state to the model's device.
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        if ck.get("fingerprint") == fp:
            model.load_state_dict(ck["model"])
            opt.load_state_dict(ck["optimizer"])
            step, history, elapsed = ck["step"], ck["history"], ck.get("elapsed", 0.0)
            best = ck.get("best", best)
            torch.set_rng_state(ck["rng"]["torch"])
            random.setstate(ck["rng"]["python"])
            np.random.set_state(ck["rng"]["numpy"])
            log(f"  resuming from step {step} of {total}")
        else:
            log("  checkpoint belongs to a different config, seed or layout; starting afresh")
    elif not resume:
        for p in (ckpt_path, run_dir / MODEL):
            p.unlink(missing_ok=True)

    def checkpoint() -> None:
        flush_losses()
        _save(
            ckpt_path,
            {
                "fingerprint": fp,
                "model": model.state_dict(),
                "optimizer": opt.state_dict(),
                "step": step,
                "history": history,
                "elapsed": elapsed,
                "best": best,
                "rng": {
                    "torch": torch.get_rng_state(),
                    "python": random.getstate(),
                    "numpy": np.random.get_state(),
                },
            },
        )
        (run_dir / "loss_curve.json").write_text(json.dumps(history) + "\n")

    def val_loss() -> float:
        model.eval()
        tot, cnt = 0.0, 0
        with torch.no_grad():
            for i in range(0, len(val_prep.examples), cfg.eval.batch_size):
                chunk = val_prep.examples[i : i + cfg.eval.batch_size]
                tot += float(variant.loss(model, val_prep.collate(chunk), device, False)) * len(
                    chunk
                )
                cnt += len(chunk)
        model.train()
        return tot / max(cnt, 1)

    # Losses stay on the device and are read back every SYNC_EVERY steps: a .item() per step
    # would make the CPU wait for the GPU at every step instead of queueing ahead.
    pending: list[torch.Tensor] = []

    def flush_losses() -> None:
        if pending:
            history["loss"].extend(torch.stack(pending).tolist())
            pending.clear()

    stop_at = total if max_steps is None else min(total, max_steps)
    bar = tqdm(
        total=total,
        initial=step,
        disable=not progress,
        desc=f"{kind} seed {seed}",
        dynamic_ncols=True,
        leave=True,
    )
    model.train()
    t0 = time.perf_counter()
    interrupted = False
    while step < total and not best["stopped"]:
        epoch, pos = divmod(step, per_epoch)
        g = torch.Generator().manual_seed(seed * 100_003 + epoch)
        order = torch.randperm(n, generator=g).tolist()
        idx = order[pos * tc.batch_size : (pos + 1) * tc.batch_size]
        batch = prep.collate([prep.examples[i] for i in idx])
        lr = lr_at(step, total, tc.lr, tc.warmup_steps)
        for group in opt.param_groups:
            group["lr"] = lr
        loss = variant.loss(model, batch, device, True)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        if tc.grad_clip > 0:
            torch.nn.utils.clip_grad_norm_(model.parameters(), tc.grad_clip)
        opt.step()
        step += 1
        history["step"].append(step)
        pending.append(loss.detach())
        history["lr"].append(lr)
        bar.update(1)
        end_of_epoch = step % per_epoch == 0
        if step % SYNC_EVERY == 0 or end_of_epoch or step >= stop_at:
            flush_losses()
            bar.set_postfix(loss=f"{history['loss'][-1]:.4f}", epoch=epoch + 1)
        stop_early = False
        if end_of_epoch:
            history["val"].append([step, val_loss()])
            if tc.patience > 0:
                if history["val"][-1][1] < best["val"]:
                    best = {
                        "val": history["val"][-1][1],
                        "step": step,
                        "state": {k: v.detach().clone() for k, v in model.state_dict().items()},
                        "stopped": False,
                    }
                stop_early = step - best["step"] >= tc.patience * per_epoch
                best["stopped"] = stop_early
            bar.set_postfix(
                loss=f"{history['loss'][-1]:.4f}",
                val=f"{history['val'][-1][1]:.4f}",
                epoch=epoch + 1,
            )
        if step % tc.checkpoint_every == 0 or end_of_epoch or step >= stop_at:
            elapsed_now = elapsed + time.perf_counter() - t0
            elapsed, t0 = elapsed_now, time.perf_counter()
            checkpoint()
        if stop_early:
            break
        if step >= stop_at and step < total:
            interrupted = True
            break
    bar.close()
    elapsed += time.perf_counter() - t0
    summary = {
        "kind": kind,
        "seed": seed,
        "config": cfg.stem,
        "steps": step,
        "total_steps": total,
        "epochs": tc.epochs,
        "lr": tc.lr,
        "dropout": cfg.model.dropout,
        "supervised_targets": supervised_targets(prep),
        "parameters": n_params,
        "complete": not interrupted,
        "train_seconds": round(elapsed, 2),
        "span_source": finder.source if finder else None,
        "span_stats": dict(finder.stats) if finder else None,
        "final_loss": history["loss"][-1] if history["loss"] else None,
        "final_val_loss": history["val"][-1][1] if history["val"] else None,
        "device": str(device),
    }
    if tc.patience > 0 and best["state"] is not None:
        summary["early_stopped"] = bool(best["stopped"])
        summary["best_val_loss"] = best["val"]
        summary["best_step"] = best["step"]
    if interrupted:
        log(f"  stopped at step {step}/{total}; run again to resume")
        return summary
    checkpoint()
    _save(
        run_dir / MODEL,
        {
            "kind": kind,
            "task": cfg.task,
            "model_config": dataclasses.asdict(cfg.model),
            "state_dict": best["state"] if best["state"] is not None else model.state_dict(),
            "summary": summary,
            "fingerprint": fp,
        },
    )
    (run_dir / "train_summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    from fluxem_experiments.plots import plot_loss_curve

    plot_loss_curve(history, run_dir / "loss_curve.png", f"{cfg.stem} {kind} seed {seed}")
    log(
        f"  done: {step} steps in {elapsed:.1f}s, final loss {summary['final_loss']}, "
        f"val {summary['final_val_loss']}"
    )
    return summary


def _fit_non_learned(
    cfg: ExperimentConfig,
    kind: str,
    seed: int,
    variant: Any,
    train_samples: list[dict[str, Any]],
    log: Any,
) -> dict[str, Any]:
    """A non-learned baseline's "training": its table from the training split."""
    t0 = time.perf_counter()
    fitted = variant.fit(train_samples)
    summary = {
        "kind": kind,
        "seed": seed,
        "config": cfg.stem,
        "steps": 0,
        "total_steps": 0,
        "epochs": 0,
        "parameters": 0,
        "complete": True,
        "train_seconds": round(time.perf_counter() - t0, 2),
        "fitted": {k: v for k, v in fitted.items() if k != "table"},
    }
    run_dir = cfg.run_dir(seed, kind)
    run_dir.mkdir(parents=True, exist_ok=True)
    _save(run_dir / MODEL, {"kind": kind, "task": cfg.task, "fitted": fitted, "summary": summary})
    (run_dir / "train_summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    log(f"[{cfg.stem} seed {seed}] {kind}: fitted {summary['fitted']}")
    return summary


def load_trained(path: Path, device: torch.device) -> tuple[Any, dict[str, Any]]:
    """A trained model from ``model.pt`` (eval mode) and its saved metadata; for a non-learned
    baseline, what it fitted (the variant's ``predict`` takes it as the model)."""
    from fluxem_experiments.config import ModelConfig

    ck = torch.load(path, map_location=device, weights_only=False)
    if ck["kind"] in NON_LEARNED:
        return ck["fitted"], ck
    model = build_model(ck["kind"], ModelConfig(**ck["model_config"]), ck["task"]).to(device)
    model.load_state_dict(ck["state_dict"])
    model.eval()
    return model, ck


__all__ = ["CHECKPOINT", "MODEL", "load_trained", "lr_at", "pick_device", "torch_settings", "train"]
