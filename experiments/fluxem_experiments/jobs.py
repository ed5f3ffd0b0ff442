"""Parallel sweeps: every (config, seed, model) run trains in its own process.

The experiment models are small: one of them leaves a GPU (or a many-core CPU) mostly idle,
so ``fluxem-experiments run --jobs N`` runs N of them side by side. Each job is
``fluxem-experiments train ... --evaluate``: it trains (resuming from its checkpoint), scores
its model on every split and writes ``evaluation.json`` next to ``model.pt``; its output goes
to ``<run dir>/train.log``. The caller then aggregates the scores per config. Each job is the
same code as a sequential run, so a model does not depend on how many ran beside it (on CPU;
GPU kernels are not bit-deterministic either way).
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fluxem_experiments.config import ExperimentConfig

LOG = "train.log"


@dataclass(frozen=True)
class Job:
    cfg: ExperimentConfig
    seed: int
    kind: str
    epochs: int

    @property
    def steps(self) -> int:
        per_epoch = math.ceil(self.cfg.data.train_size / self.cfg.training.batch_size)
        return self.epochs * per_epoch

    @property
    def name(self) -> str:
        return f"{self.cfg.stem} seed {self.seed} {self.kind}"


def plan(
    cfgs: Sequence[ExperimentConfig],
    seeds: Sequence[int] | None,
    models: Sequence[str] | None,
    epochs: int | None,
) -> list[Job]:
    """Jobs in start order: models in the order given (the comparison first, ablations
    after), and within a model the longest runs first so that the sweep ends sooner."""
    jobs = [
        Job(cfg, seed, kind, epochs or cfg.training.epochs)
        for cfg in cfgs
        for seed in (seeds or cfg.seeds)
        for kind in (models or cfg.models)
    ]
    rank = {
        k: i for i, k in enumerate(models or dict.fromkeys(k for cfg in cfgs for k in cfg.models))
    }
    return sorted(jobs, key=lambda j: (rank[j.kind], -j.steps, j.cfg.stem, j.seed))


def _command(job: Job, train_flags: Sequence[str]) -> list[str]:
    assert job.cfg.path is not None, "jobs need configs loaded from a file"
    return [
        sys.executable,
        "-m",
        "fluxem_experiments",
        "train",
        "--config",
        str(job.cfg.path),
        "--seed",
        str(job.seed),
        "--model",
        job.kind,
        "--epochs",
        str(job.epochs),
        "--no-progress",
        "--evaluate",
        *train_flags,
    ]


def _child_env() -> dict[str, str]:
    """The environment with this package's folder first on PYTHONPATH: a job imports the same
    code as its caller, also when the scripts put experiments/ on sys.path themselves."""
    home = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": home + (os.pathsep + path if path else "")}


def run_jobs(
    jobs: Sequence[Job],
    n_parallel: int,
    train_flags: Sequence[str] = (),
    log: Any = print,
    progress: bool = True,
) -> dict[str, list[Job]]:
    """Runs ``jobs`` with at most ``n_parallel`` at a time. Ctrl-C or SIGTERM stops the
    running ones (each resumes from its last checkpoint next time) and returns what finished.
    Returns the jobs by outcome: ``done``, ``failed`` and ``not_run`` (stopped or never
    started)."""
    from tqdm import tqdm

    pending = list(jobs)
    running: dict[subprocess.Popen[bytes], tuple[Job, float]] = {}
    done: list[Job] = []
    failed: list[Job] = []
    bar = tqdm(total=len(jobs), desc="runs", disable=not progress, dynamic_ncols=True)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        while pending or running:
            while pending and len(running) < n_parallel:
                job = pending.pop(0)
                run_dir = job.cfg.run_dir(job.seed, job.kind)
                run_dir.mkdir(parents=True, exist_ok=True)
                with (run_dir / LOG).open("ab") as out:
                    proc = subprocess.Popen(
                        _command(job, train_flags),
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        env=_child_env(),
                    )
                running[proc] = (job, time.perf_counter())
            time.sleep(0.2)
            for proc in [p for p in running if p.poll() is not None]:
                job, t0 = running.pop(proc)
                ok = proc.returncode == 0
                (done if ok else failed).append(job)
                bar.update(1)
                status = (
                    "done"
                    if ok
                    else f"FAILED (exit {proc.returncode}; see "
                    f"{job.cfg.run_dir(job.seed, job.kind) / LOG})"
                )
                log(f"{job.name}: {status} in {time.perf_counter() - t0:.0f}s")
    except KeyboardInterrupt:
        log(f"interrupted: stopping {len(running)} running job(s); they resume next time")
    finally:
        signal.signal(signal.SIGTERM, previous)
        for proc in running:
            proc.terminate()
        for proc in running:
            proc.wait()
        bar.close()
    not_run = [j for j, _ in running.values()] + pending
    return {"done": done, "failed": failed, "not_run": not_run}


__all__ = ["LOG", "Job", "plan", "run_jobs"]
