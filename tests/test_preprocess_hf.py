"""`Dataset.map(SpanColumns(), batched=True)`: the CLI's span columns, a fingerprint that is
the same in every run (the cache is reused), and workers (num_proc) that agree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

datasets = pytest.importorskip("datasets")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from fluxem.preprocess.hf import SpanColumns  # noqa: E402

TEXTS = [f"Run {i}: heat {i} g of NaCl to 373.15 K, then {i} + 5678." for i in range(200)]
SCRIPT = """
import sys, datasets
from fluxem.preprocess.hf import SpanColumns
ds = datasets.load_dataset("json", data_files=sys.argv[1], split="train", cache_dir=sys.argv[2])
out = ds.map(SpanColumns(), batched=True, batch_size=64)
print(out._fingerprint, out.cache_files[0]["filename"])
"""


def test_map_gives_the_cli_columns(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"id": "d{i}", "text": "{t}"}}\n' for i, t in enumerate(TEXTS)))
    subprocess.run(
        [sys.executable, "-m", "fluxem", "preprocess", src, "-o", tmp_path / "out"], check=True
    )
    cli = pq.read_table(next((tmp_path / "out").glob("part-*.parquet")))
    ds = datasets.Dataset.from_dict({"id": [f"d{i}" for i in range(200)], "text": TEXTS})
    mapped = ds.map(SpanColumns(), batched=True, batch_size=64)
    assert mapped.column_names == cli.column_names
    for name in cli.column_names:
        assert mapped[name] == cli.column(name).to_pylist(), name
    two = ds.map(SpanColumns(), batched=True, batch_size=50, num_proc=2)
    assert two["span_text"] == mapped["span_text"]


def test_the_fingerprint_is_stable_so_a_second_run_reuses_the_cache(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"text": "{t}"}}\n' for t in TEXTS))
    runs = [
        subprocess.run(
            [sys.executable, "-c", SCRIPT, src, tmp_path / "cache"],
            check=True,
            capture_output=True,
            text=True,
        )
        for _ in range(2)
    ]
    first, second = (r.stdout.split() for r in runs)
    assert first == second  # same fingerprint, same cache file
    assert "Map" in runs[0].stderr and "Map" not in runs[1].stderr  # not recomputed
    assert Path(first[1]).exists()


def test_bad_options_and_columns_are_config_errors() -> None:
    from fluxem.errors import ConfigError

    with pytest.raises(ConfigError):
        SpanColumns(embeddings="dense")
    with pytest.raises(ConfigError):
        SpanColumns(text_field="body")({"text": ["x"]})
