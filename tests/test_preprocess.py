"""`fluxem preprocess`: shards and manifest, bad input counted per reason, --strict, compact
shards rebuilt bit for bit, and a run killed with SIGKILL at random points that resumes to
the same bytes as an uninterrupted one."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from fluxem.integration import MultiDomainTokenizer  # noqa: E402
from fluxem.preprocess import rebuild_embeddings  # noqa: E402

SENTENCES = [
    "Heat 5 g of NaCl to 373.15 K under 101.3 kPa.",
    "Then 1234 + 5678 = 6912 and the vector [1, 2, 3].",
    "The primer ATGCCGTAGCATTGCA binds; play C#5 and z = 3+4j.",
    "Plain prose without any values at all.",
    "It weighed 1 234.5 g and ran at 12,000 rpm.",
]


def corpus(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6))) for _ in range(n)]


def write_jsonl(path: Path, texts: list[str], extra: list[str] = ()) -> Path:
    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(texts)] + list(extra)
    data = ("\n".join(lines) + "\n").encode()
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def cli(*args: str | Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fluxem", "preprocess", *map(str, args)],
        capture_output=True,
        text=True,
        check=check,
    )


def read_rows(outdir: Path) -> pa.Table:
    files = sorted(outdir.glob("part-*.parquet"))
    return pa.concat_tables([pq.read_table(f) for f in files])


def test_spans_match_segment_batch_and_compact_rebuilds_bit_for_bit(tmp_path: Path) -> None:
    texts = corpus(300)
    src = write_jsonl(tmp_path / "in.jsonl.gz", texts)
    cli(src, "-o", tmp_path / "c", "--chunk-size", "64", check=True)
    cli(src, "-o", tmp_path / "m", "--chunk-size", "64", "--embeddings", "materialised", check=True)
    compact, full = read_rows(tmp_path / "c"), read_rows(tmp_path / "m")
    assert compact.column("id").to_pylist() == [f"d{i}" for i in range(300)]
    ref = MultiDomainTokenizer().segment_batch(texts, encode=True)
    got = compact.column("span_start").combine_chunks()
    assert np.array_equal(got.offsets.to_numpy(), ref.doc_offsets)
    assert np.array_equal(got.values.to_numpy(), ref.start)
    assert np.array_equal(compact.column("span_domain").combine_chunks().values, ref.domain)
    rebuilt = rebuild_embeddings(compact)
    stored = np.stack(
        full.column("span_embedding").combine_chunks().values.to_numpy(zero_copy_only=False)
    )
    assert rebuilt.tobytes() == ref.embeddings.astype(np.float32).tobytes()
    assert stored.astype(np.float32).tobytes() == rebuilt.tobytes()
    m = json.loads((tmp_path / "c" / "manifest.json").read_text())
    assert m["totals"]["documents"] == 300 and m["totals"]["spans"] == ref.n_spans
    assert sum(m["totals"]["spans_by_domain"].values()) == ref.n_spans


def test_bad_records_are_counted_logged_and_stop_a_strict_run(tmp_path: Path) -> None:
    bad = [
        "not json",
        json.dumps({"text": None}),
        json.dumps({"text": 5}),
        "",
        json.dumps({"text": ""}),
        '{"text": "lone \\ud800 surrogate"}',
    ]
    src = write_jsonl(tmp_path / "in.jsonl", corpus(10), bad)
    with open(src, "ab") as f:
        f.write(b'{"text": "\xff\xfe not utf-8"}\n')
    done = cli(src, "-o", tmp_path / "out", check=True)
    m = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert m["totals"]["bad_records"] == {
        "empty": 2,
        "invalid_utf8": 2,
        "malformed_json": 1,
        "missing_text": 1,
        "not_a_string": 1,
    }
    assert m["totals"]["documents"] == 10
    assert f"{src}:11: malformed_json" in done.stderr
    strict = cli(src, "-o", tmp_path / "strict", "--strict")
    assert strict.returncode == 3 and ":11: malformed_json" in strict.stderr


def test_parquet_input_carries_the_same_spans(tmp_path: Path) -> None:
    texts = corpus(50, seed=3)
    table = pa.table({"id": [f"d{i}" for i in range(50)], "body": texts})
    pq.write_table(table, tmp_path / "in.parquet")
    cli(tmp_path / "in.parquet", "-o", tmp_path / "p", "--text-field", "body", check=True)
    write_jsonl(tmp_path / "in.jsonl", texts)
    cli(tmp_path / "in.jsonl", "-o", tmp_path / "j", check=True)
    p, j = read_rows(tmp_path / "p"), read_rows(tmp_path / "j")
    with pa.output_stream(str(tmp_path / "in.jsonl.zst"), compression="zstd") as f:
        f.write((tmp_path / "in.jsonl").read_bytes())
    cli(tmp_path / "in.jsonl.zst", "-o", tmp_path / "z", check=True)
    z = read_rows(tmp_path / "z")
    for col in ("id", "text", "span_start", "span_end", "span_domain", "span_text"):
        assert p.column(col).to_pylist() == j.column(col).to_pylist(), col
        assert z.column(col).to_pylist() == j.column(col).to_pylist(), col


def test_usage_errors_and_a_changed_rerun_have_their_exit_codes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", corpus(5))
    assert cli(tmp_path / "in.csv", "-o", tmp_path / "x").returncode == 2
    assert cli(src, "-o", tmp_path / "x", "--chunk-size", "0").returncode == 2
    cli(src, "-o", tmp_path / "out", check=True)
    changed = cli(src, "-o", tmp_path / "out", "--embeddings", "materialised")
    assert changed.returncode == 4 and "holds a run with other options" in changed.stderr


def test_without_pyarrow_the_cli_names_the_extra_to_install(tmp_path: Path) -> None:
    # `pip install fluxem-rs` alone has no pyarrow: a clear message and exit code 2, no
    # traceback, nothing written
    src = write_jsonl(tmp_path / "in.jsonl", corpus(3))
    out = tmp_path / "out"
    blocked = (
        "import sys; sys.modules['pyarrow'] = None; from fluxem.cli import main; "
        f"sys.exit(main(['preprocess', {str(src)!r}, '-o', {str(out)!r}]))"
    )
    run = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True)
    assert run.returncode == 2, run.stderr
    assert 'pip install "fluxem-rs[preprocess]"' in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()


def _shards_done(outdir: Path) -> int:
    try:
        return len(json.loads((outdir / "manifest.json").read_text())["shards"])
    except (OSError, ValueError):
        return 0


def test_killed_runs_resume_to_the_bytes_of_an_uninterrupted_run(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", corpus(2400, seed=7))
    args = ["--chunk-size", "8", "--threads", "1"]  # 300 shards
    cli(src, "-o", tmp_path / "ref", *args, check=True)
    out = tmp_path / "out"
    rng = random.Random(11)
    seen = []
    for target in sorted(rng.sample(range(1, 290), 4)):  # kill at random points of the run
        proc = subprocess.Popen(
            [sys.executable, "-m", "fluxem", "preprocess", str(src), "-o", str(out), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while _shards_done(out) < target and proc.poll() is None:
            time.sleep(0.001)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        seen.append(_shards_done(out))
    assert all(n < 300 for n in seen), seen  # every kill interrupted the run
    cli(src, "-o", out, *args, check=True)
    ref = {p.name: p.read_bytes() for p in (tmp_path / "ref").iterdir()}
    got = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.endswith(".tmp")}
    assert sorted(got) == sorted(ref)
    assert got == ref


def test_a_failed_shard_write_is_never_skipped_in_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fluxem.preprocess import run
    from fluxem.preprocess.shards import write_atomically

    src = write_jsonl(tmp_path / "in.jsonl", corpus(60, seed=5))
    opts = run.PreprocessOptions(chunk_size=6)  # 10 shards, two written side by side
    run.preprocess([src], tmp_path / "ref", opts, log=io.StringIO())

    def failing(table: pa.Table, path: Path) -> str:
        if path.name.endswith("000003.parquet"):
            raise OSError("disk full")
        return write_atomically(table, path)

    monkeypatch.setattr(run, "write_atomically", failing)
    with pytest.raises(OSError, match="disk full"):
        run.preprocess([src], tmp_path / "out", opts, log=io.StringIO())
    m = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert [s["chunk"] for s in m["shards"]] == [0, 1, 2]  # shard 4 may be written, not recorded
    monkeypatch.undo()
    run.preprocess([src], tmp_path / "out", opts, log=io.StringIO())
    ref = {p.name: p.read_bytes() for p in (tmp_path / "ref").iterdir()}
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == ref
