"""The profile-guided build's training run (scripts/pgo_workload.py): it runs on the installed
build, and its text is none of the benchmarks' text, so that benches/ measure the PGO build on
text it was not trained on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benches"))
sys.path.insert(0, str(ROOT / "scripts"))

import corpus  # noqa: E402
import pgo_workload  # noqa: E402


def test_generated_text_is_not_the_benchmarks() -> None:
    bench = set(corpus.generate_mb(1.0))  # benches/bench_segmenter.py's default seed
    trained = corpus.generate_mb(0.3, pgo_workload.SEED)
    assert len(trained) > 100
    assert not bench & set(trained)


def test_real_text_is_not_the_realtext_bench() -> None:
    # one sentence a document: every sentence the realtext bench reads (it repeats them in order)
    bench = set(corpus.realtext_mb(5.0, doc_bytes=1))
    trained = pgo_workload.realtext_sentences()
    assert len(trained) > 1000
    assert not bench & set(trained)


def test_the_workload_runs_on_the_installed_build() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pgo_workload.py"), "--mb", "0.02"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert "generated corpus" in out.stdout and "realtext corpus" in out.stdout
    assert "encoders; done" in out.stdout
