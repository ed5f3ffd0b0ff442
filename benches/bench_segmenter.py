"""Segmenter throughput: fluxem vs the predecessor vs a byte-level BPE, on one corpus.

    python benches/bench_segmenter.py                 # 1 MB and 10 MB corpora
    python benches/bench_segmenter.py --mb 1 --reps 3 --predecessor none
    python benches/bench_segmenter.py --corpus realtext --mb 1   # real third-party sentences

Measures, in one run on one machine:
- fluxem `MultiDomainTokenizer.segment_batch` (spans validated by their encoders), one thread
  (`parallel=False`) and all threads; with `encode=True` (spans + embeddings, one pass); the
  per-document `tokenize` loop (Python objects, as the predecessor returns); the cost per MB
  at 1 MB and 10 MB, and of one 10 MB document against one 1 MB document;
- the predecessor `fluxem==1.0.1` `MultiDomainTokenizer.tokenize`, one thread, in its own venv
  (`benches/predecessor_venv.sh`), in a subprocess;
- a byte-level BPE (HF `tokenizers`, trained on the same corpus) `encode_batch`, one thread
  (`TOKENIZERS_PARALLELISM=false`) and all threads, each in a fresh subprocess.
The corpus is `benches/corpus.py`'s generated span-dense text (default) or, with `--corpus
realtext`, the dev split of the labelled real-text set (docstrings of about 300 packages).
Every figure is the best of `--reps` runs. Results go to stdout (markdown) and a JSON file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import pyarrow as pa  # noqa: E402
from predecessor import find_predecessor  # noqa: E402

from fluxem import _native  # noqa: E402
from fluxem.integration.tokenizer import MultiDomainTokenizer  # noqa: E402

PREDECESSOR_SNIPPET = r"""
import json, sys, time
from fluxem.integration.tokenizer import MultiDomainTokenizer
docs = json.load(open(sys.argv[1]))
reps = int(sys.argv[2])
tok = MultiDomainTokenizer()
best = float("inf")
for _ in range(reps):
    t0 = time.perf_counter()
    for d in docs:
        tok.tokenize(d)
    best = min(best, time.perf_counter() - t0)
print(json.dumps({"seconds": best}))
"""

BPE_SNIPPET = r"""
import json, sys, time
from tokenizers import Tokenizer
docs = json.load(open(sys.argv[1]))
tok = Tokenizer.from_file(sys.argv[2])
reps = int(sys.argv[3])
tok.encode_batch(docs[:64])
best = float("inf")
for _ in range(reps):
    t0 = time.perf_counter()
    tok.encode_batch(docs)
    best = min(best, time.perf_counter() - t0)
print(json.dumps({"seconds": best}))
"""


def read_all(docs: list[Any]) -> None:
    """Reads every token of every document (``tokenize_batch`` builds them when read)."""
    for doc in docs:
        for _ in doc:
            pass


def best_of(reps: int, fn: Any) -> float:
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def rate(seconds: float, docs: list[str]) -> dict[str, float]:
    mb = sum(len(d.encode()) for d in docs) / 1e6
    return {
        "seconds": seconds,
        "mb": mb,
        "mb_per_s": mb / seconds,
        "docs_per_s": len(docs) / seconds,
        "s_per_mb": seconds / mb,
    }


def run_json(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env, timeout=3600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "fluxem_threads": _native.configured_threads(),
        "fluxem_build": "pgo" if _native.BUILD_PGO else "release",
        "python": platform.python_version(),
        "load_avg": os.getloadavg(),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--predecessor", default="auto", help="its python, 'auto' or 'none'")
    ap.add_argument("--predecessor-mb", type=float, default=1.0)
    ap.add_argument("--bpe-vocab", type=int, default=8000)
    ap.add_argument(
        "--corpus",
        choices=("generated", "realtext"),
        default="generated",
        help="generated: span-dense text (corpus.py); realtext: real sentences (dev split)",
    )
    ap.add_argument("--out", help="JSON results (default results/segmenter[_realtext].json)")
    args = ap.parse_args()
    suffix = "" if args.corpus == "generated" else f"_{args.corpus}"
    out = Path(args.out or HERE / "results" / f"segmenter{suffix}.json")
    make = corpus.generate_mb if args.corpus == "generated" else corpus.realtext_mb

    results: dict[str, Any] = {"machine": machine(), "corpus": args.corpus, "corpora": {}}
    tok = MultiDomainTokenizer()
    corpora = {mb: make(mb) for mb in args.mb}
    small = corpora[min(corpora)]
    pred_docs = make(args.predecessor_mb)

    for mb, docs in corpora.items():
        r: dict[str, Any] = {}
        tok.segment_batch(docs[:256])  # warm-up (builds tables, starts the pool)
        batch = tok.segment_batch(docs, parallel=False)
        r["spans_per_doc"] = batch.n_spans / len(docs)
        r["fluxem_1t"] = rate(
            best_of(args.reps, lambda d=docs: tok.segment_batch(d, parallel=False)), docs
        )
        r["fluxem_1t_encode"] = rate(
            best_of(args.reps, lambda d=docs: tok.segment_batch(d, parallel=False, encode=True)),
            docs,
        )
        r["fluxem_all"] = rate(best_of(args.reps, lambda d=docs: tok.segment_batch(d)), docs)
        r["fluxem_all_encode"] = rate(
            best_of(args.reps, lambda d=docs: tok.segment_batch(d, encode=True)), docs
        )
        r["fluxem_tokenize_loop_1t"] = rate(
            best_of(args.reps, lambda d=docs: [tok.tokenize(x) for x in d]), docs
        )
        arrow = pa.array(docs)  # read in place from its buffers (C Data Interface)
        r["fluxem_1t_arrow"] = rate(
            best_of(args.reps, lambda a=arrow: tok.segment_batch(a, parallel=False)), docs
        )
        r["fluxem_1t_to_pylist"] = rate(
            best_of(args.reps, lambda a=arrow: tok.segment_batch(a.to_pylist(), parallel=False)),
            docs,
        )
        r["fluxem_tokenize_batch_1t"] = rate(
            best_of(args.reps, lambda d=docs: tok.tokenize_batch(d, parallel=False)), docs
        )
        # the same, then every token read (each DomainToken is built when read)
        r["fluxem_tokenize_batch_read_1t"] = rate(
            best_of(args.reps, lambda d=docs: read_all(tok.tokenize_batch(d, parallel=False))),
            docs,
        )
        results["corpora"][str(mb)] = r
        print(f"fluxem {mb} MB done", file=sys.stderr)

    # one long document: the same text as one string
    one_small = " ".join(small)
    one_large = one_small * 10
    seg = _native.Segmenter()
    results["one_document"] = {
        "1x": rate(best_of(args.reps, lambda: seg.segment_bytes(one_small)), [one_small]),
        "10x": rate(best_of(args.reps, lambda: seg.segment_bytes(one_large)), [one_large]),
    }

    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / "docs.json"
        docs_file.write_text(json.dumps(small))
        # BPE trained on the same corpus, then timed in fresh processes
        from tokenizers import ByteLevelBPETokenizer

        bpe = ByteLevelBPETokenizer()
        bpe.train_from_iterator(small, vocab_size=args.bpe_vocab, show_progress=False)
        bpe_file = Path(tmp) / "bpe.json"
        bpe.save(str(bpe_file))
        bpe_cmd = [sys.executable, "-c", BPE_SNIPPET, str(docs_file), str(bpe_file)]
        env1 = dict(os.environ, TOKENIZERS_PARALLELISM="false", RAYON_NUM_THREADS="1")
        envn = dict(os.environ, TOKENIZERS_PARALLELISM="true")
        results["bpe_1t"] = rate(run_json([*bpe_cmd, str(args.reps)], env1)["seconds"], small)
        results["bpe_all"] = rate(run_json([*bpe_cmd, str(args.reps)], envn)["seconds"], small)
        print("bpe done", file=sys.stderr)

        pred = find_predecessor(args.predecessor)
        if pred:
            pred_file = Path(tmp) / "pred.json"
            pred_file.write_text(json.dumps(pred_docs))
            secs = run_json([pred, "-c", PREDECESSOR_SNIPPET, str(pred_file), "1"])["seconds"]
            results["predecessor_1t"] = rate(secs, pred_docs)
            print("predecessor done", file=sys.stderr)
    results["machine"]["load_avg_end"] = os.getloadavg()

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(report(results, min(corpora)))
    return 0


def report(res: dict[str, Any], small_mb: float) -> str:
    m = res["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores (fluxem pool: {m['fluxem_threads']} threads), "
        f"Python {m['python']}; load average {m['load_avg'][0]:.2f} at start, "
        f"{m['load_avg_end'][0]:.2f} at end. Corpus: {res.get('corpus', 'generated')}. "
        f"fluxem build: {m.get('fluxem_build', 'release')}.",
        "",
        "| run | corpus | MB/s | docs/s |",
        "|---|---|---:|---:|",
    ]
    for mb, r in res["corpora"].items():
        for key, label in [
            ("fluxem_1t", "fluxem segment_batch, 1 thread"),
            ("fluxem_1t_encode", "fluxem segment_batch(encode=True), 1 thread"),
            ("fluxem_tokenize_loop_1t", "fluxem tokenize() per doc, 1 thread"),
            ("fluxem_tokenize_batch_1t", "fluxem tokenize_batch (the call), 1 thread"),
            (
                "fluxem_tokenize_batch_read_1t",
                "fluxem tokenize_batch, every token read, 1 thread",
            ),
            ("fluxem_1t_arrow", "fluxem segment_batch of a pa.string array (in place), 1 thread"),
            (
                "fluxem_1t_to_pylist",
                "fluxem segment_batch of the same array's to_pylist(), 1 thread",
            ),
            ("fluxem_all", "fluxem segment_batch, all threads"),
            ("fluxem_all_encode", "fluxem segment_batch(encode=True), all threads"),
        ]:
            x = r[key]
            lines.append(f"| {label} | {mb} MB | {x['mb_per_s']:.1f} | {x['docs_per_s']:.0f} |")
    for key, label in [
        ("bpe_1t", "HF byte-level BPE encode_batch, 1 thread"),
        ("bpe_all", "HF byte-level BPE encode_batch, all threads"),
        ("predecessor_1t", "predecessor tokenize(), 1 thread"),
    ]:
        if key in res:
            x = res[key]
            lines.append(
                f"| {label} | {x['mb']:.1f} MB | {x['mb_per_s']:.2f} | {x['docs_per_s']:.0f} |"
            )
    r1 = res["corpora"][str(small_mb)]
    lines.append("")
    if "predecessor_1t" in res:
        p = res["predecessor_1t"]["mb_per_s"]
        lines.append(
            f"- speed-up over the predecessor, 1 thread: segment_batch "
            f"{r1['fluxem_1t']['mb_per_s'] / p:.0f}x, tokenize_batch "
            f"{r1['fluxem_tokenize_batch_1t']['mb_per_s'] / p:.0f}x (every token read: "
            f"{r1['fluxem_tokenize_batch_read_1t']['mb_per_s'] / p:.0f}x), tokenize loop "
            f"{r1['fluxem_tokenize_loop_1t']['mb_per_s'] / p:.0f}x"
        )
    cost = r1["fluxem_1t"]["mb_per_s"] / r1["fluxem_tokenize_batch_1t"]["mb_per_s"]
    read = r1["fluxem_1t"]["mb_per_s"] / r1["fluxem_tokenize_batch_read_1t"]["mb_per_s"]
    lines.append(
        f"- tokenize_batch costs {cost:.2f}x segment_batch, 1 thread ({read:.2f}x with every "
        "token read: one Python str and one DomainToken per token)"
    )
    lines.append(
        f"- segmentation cost / BPE cost over the same text, 1 thread: "
        f"{res['bpe_1t']['mb_per_s'] / r1['fluxem_1t']['mb_per_s']:.2f}; all threads: "
        f"{res['bpe_all']['mb_per_s'] / r1['fluxem_all']['mb_per_s']:.2f}"
    )
    sizes = sorted(res["corpora"], key=float)
    if len(sizes) > 1:
        a, b = res["corpora"][sizes[0]], res["corpora"][sizes[-1]]
        lines.append(
            f"- cost per MB, 1 thread: {a['fluxem_1t']['s_per_mb'] * 1e3:.1f} ms at {sizes[0]} MB, "
            f"{b['fluxem_1t']['s_per_mb'] * 1e3:.1f} ms at {sizes[-1]} MB"
        )
    o = res["one_document"]
    lines.append(
        f"- one document: {o['1x']['s_per_mb'] * 1e3:.1f} ms/MB at {o['1x']['mb']:.1f} MB, "
        f"{o['10x']['s_per_mb'] * 1e3:.1f} ms/MB at {o['10x']['mb']:.1f} MB"
    )
    lines.append(f"- spans per document: {r1['spans_per_doc']:.1f}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
