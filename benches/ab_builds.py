"""Wall-clock A/B of two or more builds of the extension: `segment_batch` (and
`tokenize_batch` where the build has it), one thread, each build loaded from its own
`python/` folder in a fresh subprocess, the builds alternated so that a slow phase of the
machine hits them all alike.

    python benches/ab_builds.py --reps 9 --corpus generated filing=/tmp/filing now=.

Each DIR is a checkout whose `python/fluxem/_native.abi3.so` is the build to time (a plain
release build: `cargo build --release -p fluxem-py --features pyo3/extension-module`, then
copy `target/release/lib_native.so` there). Prints best and median MB/s per build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BENCHES = Path(__file__).resolve().parent

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
import corpus
docs = corpus.generate_mb(1) if sys.argv[1] == "generated" else corpus.realtext_mb(1)
mb = sum(len(d.encode()) for d in docs) / 1e6
from fluxem._native import Segmenter
seg = Segmenter()
calls = {"segment_batch": lambda: seg.segment_batch(docs, parallel=False)}
if hasattr(seg, "tokenize_batch"):
    calls["tokenize_batch"] = lambda: seg.tokenize_batch(docs, parallel=False)
out = {}
for name, call in calls.items():
    call()
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    out[name] = mb / min(times)
print(json.dumps(out))
"""


def run_once(corpus: str, checkout: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout / "python"), "RAYON_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, corpus, str(BENCHES)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        sys.exit(f"ab_builds: the build in {checkout} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("builds", nargs="+", metavar="LABEL=DIR")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--corpus", choices=["generated", "realtext"], default="generated")
    args = ap.parse_args()
    builds = []
    for item in args.builds:
        label, sep, folder = item.partition("=")
        if not sep or not (Path(folder) / "python" / "fluxem").is_dir():
            ap.error(f"{item!r}: expected LABEL=DIR with DIR/python/fluxem")
        builds.append((label, Path(folder).resolve()))
    runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in builds}
    for _ in range(args.reps):
        for label, folder in builds:
            runs[label].append(run_once(args.corpus, folder))
    for label, rows in runs.items():
        for call in rows[0]:
            mbs = sorted(row[call] for row in rows)
            print(
                f"{args.corpus:9s} {label:10s} {call:15s} "
                f"best {mbs[-1]:6.1f}  median {statistics.median(mbs):6.1f} MB/s"
            )


if __name__ == "__main__":
    main()
