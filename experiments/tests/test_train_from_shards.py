"""experiments/scripts/train_from_shards.py: `fluxem preprocess` on a tiny corpus, then the
tiny GPT-2 trains from the shards through ShardDataset (two DataLoader workers) and its loss
falls."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[2]


def test_the_tiny_gpt2_trains_from_preprocessed_shards(tmp_path: Path) -> None:
    def run(*command: str | Path) -> str:
        out = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
        return out.stdout

    corpus = tmp_path / "corpus.jsonl"
    run(sys.executable, ROOT / "benches" / "corpus.py", "--mb", "0.05", "--out", corpus)
    run(
        sys.executable,
        "-m",
        "fluxem",
        "preprocess",
        corpus,
        "-o",
        tmp_path / "shards",
        "--chunk-size",
        "25",
    )
    script = ROOT / "experiments" / "scripts" / "train_from_shards.py"
    out = run(
        sys.executable,
        script,
        tmp_path / "shards",
        "--steps",
        "12",
        "--batch-size",
        "4",
        "--context",
        "64",
        "--workers",
        "2",
        "--log-every",
        "4",
    )
    assert len(re.findall(r"^step \d+: loss", out, re.M)) == 3
    final = re.search(r"final loss ([\d.]+) after 12 steps \(first ([\d.]+)\)", out)
    assert final is not None, out
    assert float(final.group(1)) < 0.8 * float(final.group(2))
