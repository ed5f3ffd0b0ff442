"""The training run of a profile-guided build (`scripts/build_pgo.sh` runs it on the
instrumented extension, so that LLVM lays out the native code for the branches real work takes).

It calls what users call: `segment_batch` (spans; spans and embeddings; a pyarrow string array),
`tokenize_batch`, `tokenize` per document, and every encoder's `encode_batch`, on one thread and
on all, plus values that take the exact big-number paths. Its text is kept apart from the
benchmark corpora, so that `benches/` measure the build on text it was not trained on:
`benches/corpus.py`'s generator with a seed of its own, and the real-text dev batches after
dev26 (the `--corpus realtext` bench stops at dev26). The real-text test split is never read.

    python scripts/pgo_workload.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

import corpus  # noqa: E402

from fluxem import _native  # noqa: E402

SEED = 1_000_000_007  # the benches use 1234 (and 1234 + n for their top-ups)
FIRST_REALTEXT_BATCH = 27  # benches/corpus.py's realtext_mb reads dev batches up to 26


def realtext_sentences() -> list[str]:
    """The real third-party sentences of the dev batches no bench reads, in file order."""
    sentences: list[str] = []
    k = FIRST_REALTEXT_BATCH
    while (path := corpus.REALTEXT / f"labels_dev{k}.jsonl").exists():
        sentences += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
        k += 1
    if not sentences:
        raise SystemExit(
            f"no real-text batches from dev{FIRST_REALTEXT_BATCH} in {corpus.REALTEXT}"
        )
    return sentences


def realtext_docs(mb: float) -> list[str]:
    """Those sentences, four to a document, repeated up to ``mb`` megabytes."""
    sentences = realtext_sentences()
    docs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    out: list[str] = []
    total = 0
    while total < mb * 1_000_000:
        for d in docs:
            out.append(d)
            total += len(d.encode())
    return out


def domain_values(n: int) -> dict[str, list[str]]:
    """``n`` generated values per domain, shaped as the generated corpus writes them."""
    g = corpus.Gen(SEED)
    makers = {
        "arithmetic": g.arithmetic,
        "quantity": g.quantity,
        "formula": g.formula,
        "complex": g.complex,
        "vector": g.vector,
        "dna": g.dna,
        "pitch": g.pitch,
    }
    return {name: [make() for _ in range(n)] for name, make in makers.items()}


def exact_values() -> list[str]:
    """Values that take the exact big-number paths (huge and tiny exponents, long sums of
    fractions, powers, long digit strings): rare in prose, but the profile must cover them, or
    the build lays them out as cold code."""
    out = []
    for k in range(1, 60):
        e = 5 * k + 5 if k % 4 else 400 * k  # mostly in the codec's range, some far out
        out += [
            f"{k}e{e} + {k + 1}e-{e}",
            f"{k}.5e-{e} km/h",
            f"(1/{k + 2})^{5 * k}",
            "+".join(f"1/{p}" for p in range(k + 2, 3 * k + 3)),
            f"{'9' * (k + 20)}e{e} * 3e-{e}",
            f"2^{31 * k} - 1",
            f"[{k}e-{e}, {k}e{e}, {k}/7]",
            f"{k}e{e}+{k}e-{e}i",
        ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MB of each corpus (default 1)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    corpora = {
        "generated": corpus.generate_mb(args.mb, SEED),
        "realtext": realtext_docs(args.mb),
    }
    seg = _native.Segmenter()
    for name, docs in corpora.items():
        for parallel in (False, True):
            seg.segment_batch(docs, parallel=parallel)
            seg.segment_batch(docs, parallel=parallel, encode=True)
            seg.tokenize_batch(docs, parallel=parallel)
        for d in docs[:2000]:
            seg.tokenize(d)
        try:
            import pyarrow as pa
        except ImportError:  # the Arrow path is then left out of the profile
            pass
        else:
            seg.segment_batch(pa.array(docs, pa.large_string()), parallel=False, encode=True)
        print(f"pgo workload: {name} corpus, {len(docs)} documents", flush=True)
    exact = exact_values()
    for name, values in domain_values(20_000).items():
        enc = _native.Encoder(name.upper())
        for parallel in (False, True):
            enc.encode_batch(values, parallel=parallel)
        enc.encode_batch(exact, parallel=False)
    seg.segment_batch(exact, parallel=False, encode=True)
    print(f"pgo workload: encoders; done in {time.perf_counter() - t0:.1f} s", flush=True)


if __name__ == "__main__":
    main()
