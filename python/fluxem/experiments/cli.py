"""``fluxem experiment ...``: generate, train, eval, run (the scripts under experiments/scripts
call these same functions)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from fluxem.experiments.config import MODEL_KINDS, ConfigError, load_config


def add_parser(sub: Any) -> None:
    p = sub.add_parser("experiment", help="token-only vs hybrid experiments (needs fluxem[train])")
    esub = p.add_subparsers(dest="action", required=True)

    g = esub.add_parser("generate", help="write the JSONL splits of a config")
    _common(g)

    t = esub.add_parser("train", help="train one model variant (resumes when interrupted)")
    _common(t)
    t.add_argument("--model", required=True, choices=MODEL_KINDS)
    _train_flags(t)

    e = esub.add_parser("eval", help="score every trained model of a config on every split")
    _common(e, seed_default=None)
    e.add_argument("--limit", type=int, default=None, help="questions per split (debugging)")

    tb = esub.add_parser("table", help="print one markdown table of evaluated configs")
    tb.add_argument("--config", required=True, action="append",
                    help="a config (repeat for several)")

    r = esub.add_parser("run", help="generate, train every variant and evaluate, per seed")
    _common(r, seed_default=None)
    r.add_argument("--models", nargs="+", choices=MODEL_KINDS, default=None)
    r.add_argument("--seeds", nargs="+", type=int, default=None,
                   help="seeds to run (default: the config's seeds)")
    _train_flags(r)


def _common(p: argparse.ArgumentParser, seed_default: Any = "config") -> None:
    p.add_argument("--config", required=True,
                   help="experiments/configs/NAME.yaml, NAME.yaml or NAME")
    p.add_argument("--seed", type=int, default=None,
                   help="seed (default: the config's)" if seed_default else "only this seed")


def _train_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--epochs", type=int, default=None, help="override training.epochs")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), default=None)
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads for torch (overrides training.num_threads)")
    p.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="continue from the last checkpoint (default); --no-resume restarts")
    p.add_argument("--max-steps", type=int, default=None,
                   help="stop after this many steps (the run resumes later)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "table":
            from fluxem.experiments.evaluate import combined_table

            print(combined_table([load_config(c) for c in args.config]))
            return 0
        cfg = load_config(args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "device", None):
        cfg = cfg.with_training(device=args.device)
    if getattr(args, "threads", None):
        cfg = cfg.with_training(num_threads=args.threads)
    if args.action == "generate":
        from fluxem.experiments.data import generate_to_disk

        seed = cfg.seed if args.seed is None else args.seed
        d = generate_to_disk(cfg, seed)
        sizes = {p.stem: sum(1 for _ in p.open()) for p in sorted(d.glob("*.jsonl"))}
        print(f"wrote {d}: {sizes}")
        return 0
    if args.action == "train":
        from fluxem.experiments.train import train

        seed = cfg.seed if args.seed is None else args.seed
        s = train(cfg, args.model, seed, epochs=args.epochs, resume=args.resume,
                  max_steps=args.max_steps, progress=not args.no_progress)
        return 0 if s["complete"] or args.max_steps is not None else 1
    if args.action == "eval":
        from fluxem.experiments.evaluate import evaluate

        evaluate(cfg, None if args.seed is None else [args.seed], limit=args.limit)
        return 0
    if args.action == "run":
        return run_all(cfg, args)
    return 2


def run_all(cfg: Any, args: argparse.Namespace) -> int:
    from fluxem.experiments.data import generate_to_disk
    from fluxem.experiments.evaluate import evaluate
    from fluxem.experiments.train import train

    seeds = args.seeds or ([args.seed] if args.seed is not None else list(cfg.seeds))
    models = args.models or list(cfg.models)
    t0 = time.perf_counter()
    for seed in seeds:
        generate_to_disk(cfg, seed)
        for kind in models:
            s = train(cfg, kind, seed, epochs=args.epochs, resume=args.resume,
                      max_steps=args.max_steps, progress=not args.no_progress)
            if not s["complete"]:
                print(f"{kind} seed {seed} did not finish; evaluation skips it")
    evaluate(cfg, seeds)
    print(f"total {time.perf_counter() - t0:.1f}s; results in {cfg.results_dir()}")
    return 0


__all__ = ["add_parser", "run"]
