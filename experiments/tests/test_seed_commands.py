"""The commands of docs/HYBRID_TRAINING.md's "Full model training setup", typed as written
(relative script paths from the repository root, `python` of an activated venv), on the tiny
units config instead of the full ones and with --epochs 1. The repository root is a copy: its
experiments/scripts links to the real scripts, its experiments/configs holds the tiny config,
so data and results land in the copy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("yaml")

EXPERIMENTS = Path(__file__).resolve().parents[1]
CONFIG = "units_tiny.yaml"


def test_seed_commands_work_verbatim(tmp_path: Path) -> None:
    (tmp_path / "experiments" / "configs").mkdir(parents=True)
    shutil.copy(EXPERIMENTS / "configs" / CONFIG, tmp_path / "experiments" / "configs")
    (tmp_path / "experiments" / "scripts").symlink_to(EXPERIMENTS / "scripts")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env["PATH"]  # activated venv

    def run(*command: str) -> str:
        out = subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
        )
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
        return out.stdout

    python, config = sys.executable, f"experiments/configs/{CONFIG}"
    run(python, "experiments/scripts/generate_data.py", "--config", config, "--seed", "42")
    data = tmp_path / "experiments/data/units_tiny/seed42"
    for split in ("train", "val", "test_id", "test_ood_magnitude", "test_ood_types"):
        assert (data / f"{split}.jsonl").read_text().count("\n") > 0, split

    run(
        python,
        "experiments/scripts/train_hybrid.py",
        "--config",
        config,
        *"--epochs 1 --seed 42".split(),
    )
    run(
        python,
        "experiments/scripts/train_token_only.py",
        "--config",
        config,
        *"--epochs 1 --seed 42".split(),
    )
    results = tmp_path / "experiments/results/units_tiny"
    models = {"token_only", "hybrid", "hybrid_text", "hybrid_regress"}  # the config's list
    for kind in models:
        assert (results / "seed42" / kind / "model.pt").is_file(), kind

    run(python, "experiments/scripts/eval.py", "--config", config)
    evaluated = json.loads((results / "evaluation_results.json").read_text())
    assert set(evaluated["summary"]) == models and evaluated["seeds"] == [42]

    (results / "evaluation_results.json").unlink()
    run("./experiments/scripts/run_all_experiments.sh", "--config", CONFIG)
    swept = json.loads((results / "evaluation_results.json").read_text())
    assert set(swept["summary"]) == models and swept["seeds"] == [42]
    assert (results / "results.md").is_file()
