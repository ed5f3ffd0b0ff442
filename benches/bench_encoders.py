"""Per-value encode cost of every domain encoder, side by side with the predecessor.

    .venv/bin/python benches/bench_encoders.py                 # all domains
    .venv/bin/python benches/bench_encoders.py --domains ARITHMETIC --items 50000

Each domain contributes a module `benches/encoders_<name>.py` with `DOMAIN`, `cases()` (span
texts) and `PREDECESSOR` (Python source defining `encode_one(text)` with the predecessor's
equivalent call, run in the predecessor's own venv: see predecessor_venv.sh). For fluxem we
time single `encode` calls and `encode_batch` over the cases repeated to `--items` values, on
one thread and on all threads; for the predecessor, `encode_one` per value (it has no batch
API). Results print as a markdown table and are saved to benches/results/encoders.json.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from predecessor import find_predecessor

HERE = Path(__file__).resolve().parent

PREDECESSOR_RUNNER = """
import json, sys, time
cases = json.loads(sys.stdin.read())
{code}
out = []
for text in cases:
    encode_one(text)  # warm up / fail early
reps = max(1, {calls} // len(cases))
t0 = time.perf_counter()
for _ in range(reps):
    for text in cases:
        encode_one(text)
print(json.dumps((time.perf_counter() - t0) / (reps * len(cases)) * 1e6))
"""


def predecessor_us(code: str, cases: list[str], calls: int) -> float | None:
    python = find_predecessor()
    if python is None:
        return None
    src = PREDECESSOR_RUNNER.format(code=textwrap.dedent(code), calls=calls)
    proc = subprocess.run(
        [python, "-c", src], input=json.dumps(cases), capture_output=True, text=True
    )
    if proc.returncode != 0:
        print(f"predecessor failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return float(proc.stdout.strip())


def fluxem_us(domain: str, cases: list[str], items: int) -> dict[str, float]:
    from fluxem import _native

    enc = _native.Encoder(domain)
    _, status = enc.encode_batch(cases)
    bad = [c for c, s in zip(cases, status, strict=True) if s != 0]
    if bad:
        raise SystemExit(f"{domain}: fluxem rejects bench cases {bad}")
    texts = (cases * (items // len(cases) + 1))[:items]
    t0 = time.perf_counter()
    for t in texts[: min(items, 20000)]:
        enc.encode(t)
    single = (time.perf_counter() - t0) / min(items, 20000) * 1e6
    result = {"encode": single}
    for label, parallel in (("batch_1_thread", False), ("batch_all_threads", True)):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            enc.encode_batch(texts, parallel=parallel)
            best = min(best, time.perf_counter() - t0)
        result[label] = best / len(texts) * 1e6
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domains", default="", help="comma-separated (default: all)")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--predecessor-calls", type=int, default=5_000)
    args = parser.parse_args()
    wanted = {d.strip().upper() for d in args.domains.split(",") if d.strip()}
    rows = []
    for path in sorted(HERE.glob("encoders_*.py")):
        mod = importlib.import_module(path.stem)
        if wanted and mod.DOMAIN not in wanted:
            continue
        cases = mod.cases()
        ours = fluxem_us(mod.DOMAIN, cases, args.items)
        theirs = predecessor_us(mod.PREDECESSOR, cases, args.predecessor_calls)
        rows.append({"domain": mod.DOMAIN, "cases": cases, "predecessor": theirs, **ours})
    print(f"machine: {os.cpu_count()} cores; items per batch: {args.items}\n")
    print(
        "| domain | predecessor µs/value | fluxem `encode` µs | `encode_batch` 1 thread µs "
        "| `encode_batch` all threads µs | speed-up (1 thread) |"
    )
    print("|---|---|---|---|---|---|")
    for r in rows:
        pred = r["predecessor"]
        ratio = f"{pred / r['batch_1_thread']:.0f}x" if pred else "n/a"
        pred_s = f"{pred:.2f}" if pred else "failed"
        print(
            f"| {r['domain']} | {pred_s} | {r['encode']:.2f} | {r['batch_1_thread']:.3f} "
            f"| {r['batch_all_threads']:.3f} | {ratio} |"
        )
    out = HERE / "results" / "encoders.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
