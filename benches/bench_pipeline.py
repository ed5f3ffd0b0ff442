"""Benchmark: TrainingPipeline over 1,000 documents of ~500 characters, CPU.

    .venv/bin/python benches/bench_pipeline.py                 # fluxem only
    .venv/bin/python benches/bench_pipeline.py --predecessor   # + fluxem 1.0.1 in its venv

Measures, in documents per second (median of ``--repeats`` runs):

- ``encode_batch``: segment + encode every span (one native call) + text tokenization +
  padding -> token ids, 128-d domain embeddings, masks (what a training loop's collate_fn
  produces; independent of the hidden size). Whole corpus in one call, and in batches of 32.
- ``encode_batch + inputs_embeds``: the above plus building the ``(B, L, H)`` inputs on CPU
  (text embedding lookup + per-domain projection heads), batches of 32, ``torch.no_grad``.
- ``encode`` per document: the seed's one-text API, returning ``(seq_len, H)`` embeddings.

The predecessor's ``TrainingPipeline`` needs MLX (its constructor raises without it, and MLX
does not install on Linux); ``--predecessor`` records that error and times the part of its
``encode`` that runs without MLX: ``MultiDomainTokenizer.tokenize`` + ``registry.encode_token``
for every segment. That is an upper bound on its ``encode`` throughput (the projection is
missing). The corpus comes from ``make_corpus`` below (seeded; mixed prose and spans of all
seven domains) and is passed to the predecessor as the same list of strings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from predecessor import find_predecessor

HERE = Path(__file__).resolve().parent

WORDS = (
    "the of and to in for with at from by we measured then added mixed into sample result "
    "value reaction solution water energy total each about after before under over"
).split()


def _span(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return str(rng.randrange(1, 100_000))
    if kind == 1:
        return f"{rng.randrange(1, 9999)} {rng.choice('+-*')} {rng.randrange(1, 9999)}"
    if kind == 2:
        unit = rng.choice(["m/s^2", "K", "kg", "mol", "J", "km/h", "mL", "Pa"])
        return f"{rng.uniform(0.1, 500):.2f} {unit}"
    if kind == 3:
        return rng.choice(["H2O", "NaCl", "C6H12O6", "CO2", "H2SO4", "CH4", "Fe2O3"])
    if kind == 4:
        return f"{rng.randrange(-9, 9)}+{rng.randrange(1, 9)}j"
    if kind == 5:
        parts = (str(rng.randrange(-20, 20)) for _ in range(rng.randrange(2, 5)))
        return "[" + ", ".join(parts) + "]"
    if kind == 6:
        return "".join(rng.choice("ACGT") for _ in range(rng.randrange(12, 30)))
    if kind == 7:
        return rng.choice(["A4", "C#5", "Eb3", "G2", "F#4"])
    return f"{rng.uniform(0, 1000):.3f}"


def make_corpus(n: int = 1000, chars: int = 500, seed: int = 0) -> list[str]:
    """``n`` documents of about ``chars`` characters: prose with a span every ~6 words."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        parts: list[str] = []
        size = 0
        while size < chars:
            piece = _span(rng) if rng.random() < 0.17 else rng.choice(WORDS)
            parts.append(piece)
            size += len(piece) + 1
        docs.append((" ".join(parts) + ".")[: chars + 20])
    return docs


def _median_rate(fn: Callable[[], object], n_docs: int, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return n_docs / statistics.median(times)


def bench_fluxem(docs: list[str], hidden: list[int], repeats: int) -> dict[str, float]:
    import torch

    from fluxem.integration import TrainingPipeline

    out: dict[str, float] = {}
    n = len(docs)
    batches = [docs[i : i + 32] for i in range(0, n, 32)]
    p = TrainingPipeline(llm_hidden_dim=hidden[0])
    p.encode_batch(docs[:8])  # warm-up: builds the segmenter and encoders
    out["encode_batch, 1 call"] = _median_rate(lambda: p.encode_batch(docs), n, repeats)
    out["encode_batch, batches of 32"] = _median_rate(
        lambda: [p.encode_batch(b) for b in batches], n, repeats
    )
    for h in hidden:
        torch.manual_seed(0)
        ph = TrainingPipeline(llm_hidden_dim=h)

        def full(ph: TrainingPipeline = ph) -> None:
            with torch.no_grad():
                for b in batches:
                    ph(ph.encode_batch(b))

        def single(ph: TrainingPipeline = ph) -> None:
            with torch.no_grad():
                for d in docs:
                    ph.encode(d)

        out[f"encode_batch + inputs_embeds, H={h}"] = _median_rate(full, n, repeats)
        out[f"encode per document, H={h}"] = _median_rate(single, n, repeats)
    return out


PREDECESSOR = r"""
import json, sys, time
docs = json.load(open(sys.argv[1]))
out = {}
try:
    from fluxem.integration.pipeline import TrainingPipeline
    TrainingPipeline(llm_hidden_dim=4096)
    out["TrainingPipeline(4096)"] = "constructed"
except Exception as e:
    out["TrainingPipeline(4096)"] = f"{type(e).__name__}: {e}"
from fluxem.integration.tokenizer import MultiDomainTokenizer
from fluxem.integration.pipeline import DomainEncoderRegistry
tok, reg = MultiDomainTokenizer(), DomainEncoderRegistry()
import io, contextlib
def run():
    with contextlib.redirect_stdout(io.StringIO()):  # it prints per failed span
        for d in docs:
            for t in tok.tokenize(d):
                reg.encode_token(t)
run()  # warm-up (lazy encoder loading)
t0 = time.perf_counter(); run(); dt = time.perf_counter() - t0
out["tokenize + encode_token (no projection)"] = len(docs) / dt
print(json.dumps(out))
"""


def bench_predecessor(docs: list[str]) -> dict[str, object]:
    py = find_predecessor()
    if py is None:
        return {"error": "predecessor venv unavailable"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.json"
        path.write_text(json.dumps(docs))
        env = dict(os.environ, FLUXEM_ENABLE_MLX="1")
        res = subprocess.run(
            [py, "-c", PREDECESSOR, str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--chars", type=int, default=500)
    ap.add_argument("--hidden", type=int, nargs="+", default=[256, 4096])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--predecessor", action="store_true")
    ap.add_argument("--torch-threads", type=int, help="torch.set_num_threads (default: torch's)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()

    import torch

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)
    docs = make_corpus(args.docs, args.chars)
    mean_chars = sum(map(len, docs)) / len(docs)
    print(
        f"{len(docs)} documents, {mean_chars:.0f} chars on average; CPU, "
        f"torch threads {torch.get_num_threads()}, FLUXEM_NUM_THREADS="
        f"{os.environ.get('FLUXEM_NUM_THREADS', 'all cores')}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    results: dict[str, object] = {"fluxem": bench_fluxem(docs, args.hidden, args.repeats)}
    for name, rate in results["fluxem"].items():  # type: ignore[union-attr]
        print(f"  fluxem  {name:40s} {rate:10.1f} docs/s")
    if args.predecessor:
        results["predecessor"] = pred = bench_predecessor(docs)
        for name, value in pred.items():
            shown = f"{value:10.1f} docs/s" if isinstance(value, float) else value
            print(f"  fluxem 1.0.1  {name:34s} {shown}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.exit(main())
