"""`fluxem preprocess` end to end on a generated JSONL corpus, beside HF `tokenizers`' BPE.

Generates the corpus (`benches/corpus.py`), runs the CLI under `/usr/bin/time -v` (wall, peak
RSS) per mode and thread count, measures the output bytes per input MB, then trains a byte-level
BPE tokenizer on a sample of the corpus (locally, no download) and times its `encode_batch`
over the whole corpus in chunks (1 and 2 threads). Deletes the corpus and every output.

    python benches/bench_preprocess.py --mb 1000 --workdir /tmp/ppbench
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load() -> str:
    return os.getloadavg().__repr__()


def run_cli(corpus: Path, out: Path, threads: int, extra: list[str]) -> dict[str, float]:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "fluxem", "preprocess", str(corpus)]
    cmd += ["-o", str(out), "--threads", str(threads), *extra]
    before = load()
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", r.stderr)
    assert wall is not None, r.stderr
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr).group(1))
    written = sum(f.stat().st_size for f in out.glob("*.parquet"))
    shutil.rmtree(out)
    return {"wall_s": seconds, "rss_mb": rss_kb / 1024, "out_bytes": written, "load": before}


BPE_SCRIPT = r"""
import json, sys, time
from tokenizers import Tokenizer
corpus, tok_path = sys.argv[1], sys.argv[2]
tok = Tokenizer.from_file(tok_path)
read = encode = 0.0
nbytes = ntokens = 0
with open(corpus, "rb") as f:
    while True:
        t0 = time.perf_counter()
        lines = f.readlines(8 << 20)
        if not lines:
            break
        texts = [json.loads(line)["text"] for line in lines]
        t1 = time.perf_counter()
        encs = tok.encode_batch(texts)
        t2 = time.perf_counter()
        read += t1 - t0
        encode += t2 - t1
        nbytes += sum(len(t.encode()) for t in texts)
        ntokens += sum(len(e.ids) for e in encs)
print(json.dumps({"read_s": read, "encode_s": encode, "text_bytes": nbytes, "tokens": ntokens}))
"""


def train_bpe(corpus: Path, sample_mb: float, path: Path) -> None:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    texts: list[str] = []
    size = 0
    with open(corpus, "rb") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            size += len(line)
            if size > sample_mb * 1e6:
                break
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=32_000, show_progress=False))
    tok.save(str(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1000)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ppbench"))
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--bpe-sample-mb", type=float, default=20)
    ap.add_argument("--skip", nargs="*", default=[], help="modes to skip: materialised bpe")
    args = ap.parse_args()
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    results: dict[str, object] = {}
    try:
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "corpus.py"), "--mb", str(args.mb), "--out", str(corpus)],
            check=True,
        )
        mb = corpus.stat().st_size / 1e6
        results["corpus"] = {"mb": mb, "generate_s": time.perf_counter() - t0}
        print(json.dumps(results["corpus"]), flush=True)
        modes = [("compact", []), ("compact --no-text", ["--no-text"])]
        if "materialised" not in args.skip:
            modes.append(("materialised", ["--embeddings", "materialised"]))
        for name, extra in modes:
            for threads in args.threads:
                r = run_cli(corpus, work / "out", threads, extra)
                r["mb_s"] = mb / r["wall_s"]
                r["bytes_per_input_mb"] = r["out_bytes"] / mb
                results[f"{name} t{threads}"] = r
                print(name, threads, json.dumps(r), flush=True)
        if "bpe" not in args.skip:
            tok_path = work / "bpe.json"
            t0 = time.perf_counter()
            train_bpe(corpus, args.bpe_sample_mb, tok_path)
            results["bpe_train_s"] = time.perf_counter() - t0
            for threads in args.threads:
                env = dict(os.environ, RAYON_RS_NUM_THREADS=str(threads))
                env["TOKENIZERS_PARALLELISM"] = "true"
                before = load()
                r = subprocess.run(
                    ["/usr/bin/time", "-v", sys.executable, "-c", BPE_SCRIPT, corpus, tok_path],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                )
                out = json.loads(r.stdout)
                rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
                out["rss_mb"] = int(rss.group(1)) / 1024
                out["encode_mb_s"] = out["text_bytes"] / 1e6 / out["encode_s"]
                out["end_to_end_mb_s"] = mb / (out["read_s"] + out["encode_s"])
                out["load"] = before
                results[f"bpe t{threads}"] = out
                print("bpe", threads, json.dumps(out), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
