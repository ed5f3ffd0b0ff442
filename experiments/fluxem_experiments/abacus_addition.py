"""Abacus embeddings in the paper's own setting, at CPU scale: multi-digit addition.

McLeish et al. ("Transformers Can Do Arithmetic with the Right Embeddings", NeurIPS 2024,
arXiv 2405.17399) train on additions of operands of 1 to 20 digits (every pair of lengths
equally often, digits reversed) for one GPU-day and reach up to 99% exact match on 100-digit
operands. Here two models with the same trunk, seed, initial weights of the shared layers and
batches learn ``a + b`` with operands of 1 to ``train_digits`` digits, numbers reversed in
question and answer (``variants.TokenAbacus``):

* ``abacus``: ``models.TokenAbacusLM`` (the digit-offset embedding, random shift ``max_k``);
* ``no_abacus``: ``models.TokenOnlyLM``, the same model without it.

Both are scored by exact match per operand length, both operands of ``n`` digits, ``n`` from
1 to ``test_digits``. The trunk is ``arithmetic_small``'s with 4 layers instead of 2 (with 2
the first answer digit stayed wrong at shift 0 on 500 in-distribution validation questions)
and, as the paper's main Abacus runs, no positions in attention (NoPE; ``rotary=True``: the
rotary positions of every model of this package). Left out from the paper: its size (16
layers, 1024 wide, 20M questions), input injection and recurrence (looped layers). Not tuned:
lr and schedule are ``arithmetic_small``'s, and ``max_k`` is the smallest shift that takes the
longest training answer's offsets to the longest test answer's.

``fluxem-experiments abacus-addition`` writes ``results/abacus_addition/results.{json,md}``
(``--rotary``: ``results/abacus_addition_rope/``).
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from dataclasses import asdict, dataclass
from typing import Any

import torch
from torch import nn

from fluxem_experiments.config import ExperimentConfig
from fluxem_experiments.data_arithmetic import make_sample
from fluxem_experiments.models import TokenAbacusLM, TokenOnlyLM
from fluxem_experiments.train import lr_at, seed_everything, torch_settings
from fluxem_experiments.variants import TokenAbacus

MODELS = ("abacus", "no_abacus")


@dataclass(frozen=True)
class AdditionSetup:
    train_digits: int = 6
    test_digits: int = 18
    steps: int = 1500
    batch_size: int = 64
    #: a training answer has at most train_digits + 1 digits; shifted by up to max_k its
    #: offsets reach the test_digits + 1 of the longest test answer
    max_k: int = 12
    per_length: int = 100
    layers: int = 4
    rotary: bool = False


def operand(rng: random.Random, digits: int) -> int:
    """A uniform integer of exactly ``digits`` digits (0-9 for one)."""
    return rng.randint(0 if digits == 1 else 10 ** (digits - 1), 10**digits - 1)


def addition(rng: random.Random, digits_a: int, digits_b: int) -> dict[str, Any]:
    return make_sample([operand(rng, digits_a), operand(rng, digits_b)], ["+"])


def training_batch(rng: random.Random, setup: AdditionSetup) -> list[dict[str, Any]]:
    """Questions whose two operand lengths are drawn independently from 1..train_digits (every
    pair of lengths equally often, as the paper's training data)."""
    n = setup.train_digits
    return [addition(rng, rng.randint(1, n), rng.randint(1, n)) for _ in range(setup.batch_size)]


def questions_of_length(seed: int, digits: int, count: int) -> list[dict[str, Any]]:
    rng = random.Random(f"abacus-test:{seed}:{digits}")
    return [addition(rng, digits, digits) for _ in range(count)]


def build(name: str, cfg: ExperimentConfig, setup: AdditionSetup) -> nn.Module:
    trunk = dataclasses.replace(cfg.model, n_layers=setup.layers)
    # the Abacus table is created after the shared layers: same seed, same shared weights
    if name == "abacus":
        return TokenAbacusLM(trunk, setup.max_k, setup.rotary)
    return TokenOnlyLM(trunk, setup.rotary)


def fit(
    model: nn.Module, cfg: ExperimentConfig, setup: AdditionSetup, seed: int, device: torch.device
) -> float:
    """Trains on fresh questions every step (the config's lr, schedule and clipping); returns
    the final training loss."""
    tc = cfg.training
    variant = TokenAbacus("arithmetic")
    rng = random.Random(f"abacus-train:{seed}")
    opt = torch.optim.AdamW(model.parameters(), lr=tc.lr, weight_decay=tc.weight_decay)
    model.train()
    loss = torch.tensor(float("nan"))
    for step in range(setup.steps):
        for group in opt.param_groups:
            group["lr"] = lr_at(step, setup.steps, tc.lr, tc.warmup_steps)
        prep = variant.prepare(training_batch(rng, setup))
        loss = variant.loss(model, prep.collate(prep.examples), device, True)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), tc.grad_clip)
        opt.step()
    model.eval()
    return float(loss.detach())


def accuracy_by_length(
    model: nn.Module, setup: AdditionSetup, seed: int, device: torch.device
) -> dict[int, float]:
    """Exact match of the answer per operand length (both operands of that many digits)."""
    variant = TokenAbacus("arithmetic")
    out = {}
    with torch.no_grad():
        for n in range(1, setup.test_digits + 1):
            samples = questions_of_length(seed, n, setup.per_length)
            # the answer has at most n + 1 digits, then EOS
            answers = variant.predict(model, samples, device, n + 2)
            right = sum(a.text == s["target_text"] for a, s in zip(answers, samples, strict=True))
            out[n] = right / len(samples)
    return out


def reproduce(
    cfg: ExperimentConfig,
    setup: AdditionSetup,
    seeds: list[int],
    *,
    threads: int = 1,
    device: torch.device | None = None,
    log: Any = print,
) -> dict[str, Any]:
    """Trains and scores both models for every seed; writes results.{json,md}."""
    device = device or torch.device("cpu")
    runs: dict[str, dict[int, Any]] = {m: {} for m in MODELS}
    with torch_settings():
        for seed in seeds:
            for name in MODELS:
                seed_everything(seed, device, threads)
                model = build(name, cfg, setup).to(device)
                t0 = time.perf_counter()
                loss = fit(model, cfg, setup, seed, device)
                acc = accuracy_by_length(model, setup, seed, device)
                seconds = time.perf_counter() - t0
                runs[name][seed] = {"final_loss": loss, "seconds": seconds, "accuracy": acc}
                log(f"seed {seed} {name}: loss {loss:.4f}, {seconds:.0f}s, {_summary(acc, setup)}")
    result = {"setup": asdict(setup), "trunk": asdict(cfg.model), "seeds": seeds, "runs": runs}
    out = cfg.root / "results" / ("abacus_addition_rope" if setup.rotary else "abacus_addition")
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    table = markdown(runs, setup)
    (out / "results.md").write_text(table + "\n")
    log(table)
    log(f"wrote {out / 'results.json'} and results.md")
    return result


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _summary(acc: dict[int, float], setup: AdditionSetup) -> str:
    inside = [v for n, v in acc.items() if n <= setup.train_digits]
    beyond = [v for n, v in acc.items() if n > setup.train_digits]
    return f"exact match {100 * _mean(inside):.1f}% at 1-{setup.train_digits} digits, " + (
        f"{100 * _mean(beyond):.1f}% at {setup.train_digits + 1}-{setup.test_digits}"
    )


def markdown(runs: dict[str, dict[int, Any]], setup: AdditionSetup) -> str:
    """Exact match (%) per operand length, mean over seeds, one column per model."""
    lines = [
        f"Exact match (%) by operand length (both operands), trained on 1-{setup.train_digits} "
        f"digits, {setup.steps} steps of {setup.batch_size}, {setup.layers} layers, "
        f"{'rotary positions' if setup.rotary else 'NoPE'}, max_k {setup.max_k}; "
        f"{setup.per_length} questions per length; mean over seeds "
        + ", ".join(str(s) for s in next(iter(runs.values()))),
        "",
        "| digits | " + " | ".join(MODELS) + " |",
        "|---|" + "---|" * len(MODELS),
    ]
    for n in range(1, setup.test_digits + 1):
        cells = [f"{100 * _mean([r['accuracy'][n] for r in runs[m].values()]):.1f}" for m in MODELS]
        mark = " (train)" if n <= setup.train_digits else ""
        lines.append(f"| {n}{mark} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


__all__ = ["MODELS", "AdditionSetup", "accuracy_by_length", "reproduce", "training_batch"]
