"""``fluxem-experiments`` (or ``python -m fluxem_experiments``): generate, train, tune, eval,
length, abacus-addition, table, run. The scripts under experiments/scripts call this same
``main``."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from fluxem_experiments.config import MODEL_KINDS, ConfigError, load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fluxem-experiments", description="token-only vs hybrid experiments"
    )
    _add_actions(parser.add_subparsers(dest="action", required=True))
    return run(parser.parse_args(argv))


def _add_actions(esub: Any) -> None:

    g = esub.add_parser("generate", help="write the JSONL splits of a config")
    _common(g)

    t = esub.add_parser("train", help="train one model variant (resumes when interrupted)")
    _common(t)
    t.add_argument("--model", required=True, choices=MODEL_KINDS)
    t.add_argument(
        "--evaluate",
        action="store_true",
        help="score the trained model on every split (writes evaluation.json)",
    )
    _train_flags(t)

    e = esub.add_parser("eval", help="score every trained model of a config on every split")
    _common(e, seed_default=None)
    e.add_argument("--limit", type=int, default=None, help="questions per split (debugging)")
    e.add_argument(
        "--reuse",
        action="store_true",
        help="take each run's own evaluation.json when it scored the same model.pt",
    )

    tu = esub.add_parser(
        "tune", help="train variants at every point of the tuning grid (validation loss)"
    )
    _common(tu)
    tu.add_argument("--model", "--models", nargs="+", required=True, choices=MODEL_KINDS)
    tu.add_argument(
        "--threads",
        type=int,
        default=None,
        help="CPU threads for torch (overrides training.num_threads; 1 to run two tunings "
        "side by side on two cores)",
    )

    ln = esub.add_parser(
        "length", help="accuracy vs number of operations (arithmetic) of trained runs"
    )
    ln.add_argument("--config", required=True)
    ln.add_argument("--seeds", nargs="+", type=int, default=None)
    ln.add_argument("--models", nargs="+", choices=MODEL_KINDS, default=None)
    ln.add_argument("--max-ops", type=int, default=30)
    ln.add_argument("--per-length", type=int, default=50, help="questions per length and seed")

    ab = esub.add_parser(
        "abacus-addition",
        help="Abacus embeddings in the paper's setting: addition, accuracy per operand length",
    )
    ab.add_argument("--config", default="arithmetic_small", help="the trunk's and lr's config")
    ab.add_argument("--seeds", nargs="+", type=int, default=[42])
    for flag in SETUP_FLAGS:
        ab.add_argument(flag, type=int, default=None, help="default: abacus_addition's")
    ab.add_argument(
        "--rotary", action="store_true", help="rotary positions in attention (default: NoPE)"
    )
    ab.add_argument("--threads", type=int, default=1)
    ab.add_argument("--device", choices=("auto", "cpu", "cuda"), default="cpu")

    tb = esub.add_parser("table", help="print one markdown table of evaluated configs")
    tb.add_argument(
        "--config", required=True, action="append", help="a config (repeat for several)"
    )

    r = esub.add_parser("run", help="generate, train every variant and evaluate, per seed")
    _common(r, seed_default=None, several=True)
    r.add_argument("--models", nargs="+", choices=MODEL_KINDS, default=None)
    r.add_argument(
        "--seeds",
        nargs="+",
        type=int,
        default=None,
        help="seeds to run (default: the config's seeds)",
    )
    r.add_argument(
        "--n-seeds",
        type=int,
        default=None,
        help="run N seeds: the config's seed and the N-1 following ones (for confidence "
        "intervals; instead of --seeds)",
    )
    r.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="train this many runs side by side, each in its own process "
        "(small models leave a GPU mostly idle); default 1: in this process",
    )
    _train_flags(r)


def _common(
    p: argparse.ArgumentParser, seed_default: Any = "config", several: bool = False
) -> None:
    p.add_argument(
        "--config",
        required=True,
        action="append" if several else "store",
        help="experiments/configs/NAME.yaml, NAME.yaml or NAME"
        + (" (repeat for several)" if several else ""),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seed (default: the config's)" if seed_default else "only this seed",
    )


def _train_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--epochs", type=int, default=None, help="override training.epochs")
    p.add_argument(
        "--tuned",
        action="store_true",
        help="train each model at the learning rate and dropout `tune` chose for it "
        "(results/<config>/tuning_<model>.json; models not tuned keep the config's)",
    )
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), default=None)
    p.add_argument(
        "--threads",
        type=int,
        default=None,
        help="CPU threads for torch (overrides training.num_threads)",
    )
    p.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="continue from the last checkpoint (default); --no-resume restarts",
    )
    p.add_argument(
        "--max-steps",
        type=int,
        default=None,
        help="stop after this many steps (the run resumes later)",
    )
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "table":
            from fluxem_experiments.evaluate import combined_table

            print(combined_table([load_config(c) for c in args.config]))
            return 0
        cfgs = [
            _with_overrides(load_config(c), args)
            for c in (args.config if isinstance(args.config, list) else [args.config])
        ]
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.action == "run":
        return run_all(cfgs, args)
    if args.action == "abacus-addition":
        return abacus_addition(cfgs[0], args)
    cfg = cfgs[0]
    if args.action == "generate":
        from fluxem_experiments.data import generate_to_disk

        seed = cfg.seed if args.seed is None else args.seed
        d = generate_to_disk(cfg, seed)
        sizes = {p.stem: sum(1 for _ in p.open()) for p in sorted(d.glob("*.jsonl"))}
        print(f"wrote {d}: {sizes}")
        return 0
    if args.action == "train":
        from fluxem_experiments.train import train
        from fluxem_experiments.tune import tuned_config

        seed = cfg.seed if args.seed is None else args.seed
        s = train(
            tuned_config(cfg, args.model) if args.tuned else cfg,
            args.model,
            seed,
            epochs=args.epochs,
            resume=args.resume,
            max_steps=args.max_steps,
            progress=not args.no_progress,
        )
        if args.evaluate and s["complete"]:
            from fluxem_experiments.evaluate import evaluate_run
            from fluxem_experiments.train import MODEL, pick_device, torch_settings

            with torch_settings():
                evaluate_run(
                    cfg,
                    seed,
                    args.model,
                    cfg.run_dir(seed, args.model) / MODEL,
                    pick_device(cfg.training.device),
                )
        return 0 if s["complete"] or args.max_steps is not None else 1
    if args.action == "length":
        from fluxem_experiments.length import length_curve

        seeds = args.seeds or sorted(
            int(p.name[4:]) for p in cfg.results_dir().glob("seed*") if p.name[4:].isdigit()
        )
        models = args.models or list(cfg.models)
        length_curve(cfg, seeds, models, max_ops=args.max_ops, per_length=args.per_length)
        return 0
    if args.action == "tune":
        from fluxem_experiments.tune import tune

        for kind in args.model:
            tune(cfg, kind, cfg.seed if args.seed is None else args.seed)
        return 0
    if args.action == "eval":
        from fluxem_experiments.evaluate import evaluate

        evaluate(
            cfg, None if args.seed is None else [args.seed], limit=args.limit, reuse=args.reuse
        )
        return 0
    return 2


#: abacus-addition's integer flags, each overriding the AdditionSetup field of its name.
SETUP_FLAGS = ("--steps", "--train-digits", "--test-digits", "--max-k", "--per-length")


def abacus_addition(cfg: Any, args: argparse.Namespace) -> int:
    from fluxem_experiments.abacus_addition import AdditionSetup, reproduce
    from fluxem_experiments.train import pick_device

    fields = [f[2:].replace("-", "_") for f in SETUP_FLAGS]
    given = {f: getattr(args, f) for f in fields if getattr(args, f) is not None}
    setup = AdditionSetup(**given, rotary=args.rotary)
    reproduce(cfg, setup, args.seeds, threads=args.threads, device=pick_device(args.device))
    return 0


def _with_overrides(cfg: Any, args: argparse.Namespace) -> Any:
    if getattr(args, "device", None):
        cfg = cfg.with_training(device=args.device)
    if getattr(args, "threads", None):
        cfg = cfg.with_training(num_threads=args.threads)
    return cfg


def _train_flags_of(args: argparse.Namespace) -> list[str]:
    """The training flags of ``run`` as passed on to each job's ``train``."""
    flags = [] if args.resume else ["--no-resume"]
    if args.tuned:
        flags.append("--tuned")
    if args.device:
        flags += ["--device", args.device]
    if args.threads:
        flags += ["--threads", str(args.threads)]
    if args.max_steps is not None:
        flags += ["--max-steps", str(args.max_steps)]
    return flags


def run_all(cfgs: list[Any], args: argparse.Namespace) -> int:
    from fluxem_experiments.data import generate_to_disk
    from fluxem_experiments.evaluate import evaluate
    from fluxem_experiments.jobs import LOG, plan, run_jobs
    from fluxem_experiments.train import train
    from fluxem_experiments.tune import tuned_config

    seeds = args.seeds or ([args.seed] if args.seed is not None else None)
    if args.n_seeds:
        first = cfgs[0].seed if args.seed is None else args.seed
        seeds = list(range(first, first + args.n_seeds))
    t0 = time.perf_counter()
    jobs = plan(cfgs, seeds, args.models, args.epochs)
    for cfg in cfgs:
        for seed in sorted({j.seed for j in jobs if j.cfg is cfg}):
            generate_to_disk(cfg, seed)
    interrupted = False
    if args.jobs > 1:
        print(f"{len(jobs)} runs, {args.jobs} at a time; each logs to <run dir>/{LOG}")
        outcome = run_jobs(jobs, args.jobs, _train_flags_of(args), progress=not args.no_progress)
        interrupted = bool(outcome["not_run"])
        for j in outcome["failed"] + outcome["not_run"]:
            print(f"{j.name} did not finish; evaluation skips it")
    else:
        for j in jobs:
            s = train(
                tuned_config(j.cfg, j.kind) if args.tuned else j.cfg,
                j.kind,
                j.seed,
                epochs=j.epochs,
                resume=args.resume,
                max_steps=args.max_steps,
                progress=not args.no_progress,
            )
            if not s["complete"]:
                print(f"{j.name} did not finish; evaluation skips it")
    for cfg in cfgs:
        cfg_seeds = sorted({j.seed for j in jobs if j.cfg is cfg})
        try:
            evaluate(cfg, cfg_seeds, reuse=args.jobs > 1, cached_only=interrupted)
        except FileNotFoundError as exc:
            print(f"{cfg.stem}: {exc}")
    print(
        f"total {time.perf_counter() - t0:.1f}s; results in "
        + ", ".join(str(c.results_dir()) for c in cfgs)
    )
    return 130 if interrupted else 0


__all__ = ["main", "run"]
