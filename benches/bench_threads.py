"""How fluxem's batch calls and `fluxem preprocess` scale with threads on one machine.

For each thread count N, a fresh process with `FLUXEM_NUM_THREADS=N` (the native pool reads it
once) times, best of `--reps`, over the same generated corpus (`benches/corpus.py`, seeded):
`segment_batch(parallel=True)`, the same with `encode=True`, and `tokenize_batch(parallel=True)`
with every token read. Then `fluxem preprocess --threads N` end to end (JSONL in, compact
Parquet shards out, wall clock of the whole command). Reports MB/s, the speed-up over one
thread and the efficiency (speed-up / N); writes the JSON to `--out`.

    python benches/bench_threads.py --mb 20 --threads 1 2
    python benches/bench_threads.py --mb 50 --threads 1 2 4 8 16 --preprocess-mb 200
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_segmenter import best_of, machine, rate, read_all  # noqa: E402
from corpus import generate_mb  # noqa: E402


def worker(mb: float, reps: int) -> dict[str, Any]:
    """Runs in the child: the pool size is fixed by FLUXEM_NUM_THREADS before first use."""
    from fluxem import _native
    from fluxem.integration.tokenizer import MultiDomainTokenizer

    docs = generate_mb(mb)
    tok = MultiDomainTokenizer()
    tok.segment_batch(docs[:64])
    out: dict[str, Any] = {"pool_threads": _native.configured_threads()}
    calls = {
        "segment": lambda: tok.segment_batch(docs, parallel=True),
        "segment_encode": lambda: tok.segment_batch(docs, parallel=True, encode=True),
        "tokenize_read": lambda: read_all(tok.tokenize_batch(docs, parallel=True)),
    }
    for name, call in calls.items():
        out[name] = rate(best_of(reps, call), docs)
    return out


def run_worker(threads: int, mb: float, reps: int) -> dict[str, Any]:
    env = dict(os.environ, FLUXEM_NUM_THREADS=str(threads))
    cmd = [sys.executable, __file__, "--worker", "--mb", str(mb), "--reps", str(reps)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_preprocess(corpus: Path, workdir: Path, threads: int) -> dict[str, float]:
    out = workdir / f"out{threads}"
    cmd = [sys.executable, "-m", "fluxem", "preprocess", str(corpus), "-o", str(out)]
    cmd += ["--threads", str(threads)]
    t0 = time.perf_counter()
    subprocess.run(cmd, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    shutil.rmtree(out)
    mb = corpus.stat().st_size / 1e6
    return {"seconds": seconds, "mb": mb, "mb_per_s": mb / seconds}


def table(results: dict[str, Any], keys: list[tuple[str, str]]) -> str:
    lines = [
        "| call | threads | MB/s | speed-up | efficiency |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, label in keys:
        base = None
        for threads, res in results.items():
            if key not in res:
                continue
            speed = res[key]["mb_per_s"]
            base = base or speed
            up = speed / base
            lines.append(
                f"| {label} | {threads} | {speed:.1f} | {up:.2f}x | {up / int(threads):.2f} |"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size for the batch calls")
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument(
        "--preprocess-mb", type=float, default=50.0, help="JSONL size for the CLI; 0 skips it"
    )
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/fluxem-bench-threads"))
    ap.add_argument("--out", type=Path, default=HERE / "results" / "threads.json")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.mb, args.reps)))
        return 0

    results: dict[str, Any] = {}
    for threads in args.threads:
        results[str(threads)] = run_worker(threads, args.mb, args.reps)
        print(f"threads {threads}: {results[str(threads)]['segment']['mb_per_s']:.1f} MB/s")
    if args.preprocess_mb > 0:
        args.workdir.mkdir(parents=True, exist_ok=True)
        corpus = args.workdir / "corpus.jsonl"
        gen = [sys.executable, str(HERE / "corpus.py"), "--mb", str(args.preprocess_mb)]
        subprocess.run([*gen, "--out", str(corpus)], check=True)
        for threads in args.threads:
            results[str(threads)]["preprocess"] = run_preprocess(corpus, args.workdir, threads)
        shutil.rmtree(args.workdir)

    report = table(
        results,
        [
            ("segment", "segment_batch"),
            ("segment_encode", "segment_batch(encode=True)"),
            ("tokenize_read", "tokenize_batch, every token read"),
            ("preprocess", "fluxem preprocess (compact), end to end"),
        ],
    )
    m = machine()
    print(f"\nMachine: {m['cpu']}, {m['cores']} cores; corpus {args.mb} MB\n\n{report}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": m, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
