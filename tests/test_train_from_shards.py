"""The example script of issue 12.6 trains the tiny GPT-2 from `fluxem preprocess` shards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("transformers")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]


def test_the_example_trains_from_shards(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"text": f"Heat {i} g of NaCl to 373.15 K; {i} + 5 = {i + 5}."})
        for i in range(24)
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "shards"
    run = [sys.executable, "-m", "fluxem", "preprocess", str(corpus), "-o", str(out)]
    subprocess.run(run, check=True, capture_output=True, text=True)
    script = ROOT / "experiments/scripts/train_from_shards.py"
    args = ["--steps", "3", "--batch-size", "4", "--context", "96", "--log-every", "1"]
    done = subprocess.run(
        [sys.executable, str(script), str(out), *args], check=True, capture_output=True, text=True
    )
    assert "final loss" in done.stdout and "after 3 steps" in done.stdout, done.stdout
