"""benches/corpus.py's one-pool corpora (`pool_mb`, `--pool`), which benches/README.md uses to
show where the segmenter's cost falls sentence kind by kind: each holds the sentences of its pool
only, and the same seed gives the same text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benches"))

import corpus  # noqa: E402

from fluxem.integration import MultiDomainTokenizer  # noqa: E402


def domains_in(docs: list[str]) -> set[str]:
    tok = MultiDomainTokenizer()
    return {t.domain.name for d in docs for t in tok.tokenize(d) if t.domain.name != "TEXT"}


def test_plain_sentences_hold_no_span_and_physics_ones_quantities() -> None:
    assert domains_in(corpus.pool_mb("plain", 0.02)) == set()
    phys = corpus.pool_mb("phys", 0.02)
    assert "QUANTITY" in domains_in(phys)
    # six sentences a document, all of the pool: every one carries a quantity
    tok = MultiDomainTokenizer()
    for d in phys[:20]:
        found = [t for t in tok.tokenize(d) if t.domain.name == "QUANTITY"]
        assert len(found) >= 6, d


def test_same_seed_same_text_and_the_size_asked() -> None:
    a = corpus.pool_mb("music", 0.05, seed=99)
    assert a == corpus.pool_mb("music", 0.05, seed=99)
    assert a != corpus.pool_mb("music", 0.05, seed=100)
    size = sum(len(d.encode()) + 1 for d in a)
    assert 50_000 <= size < 50_000 + 2_000


def test_unknown_pool_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown pool 'poetry'"):
        corpus.pool_mb("poetry", 0.01)


def test_the_cli_writes_one_document_a_line(tmp_path: Path) -> None:
    out = tmp_path / "chem.txt"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benches" / "corpus.py"),
            "--pool",
            "chem",
            "--mb",
            "0.01",
            "--seed",
            "99",
            "--format",
            "text",
            "--out",
            str(out),
        ],
        check=True,
        timeout=120,
    )
    assert out.read_text("utf-8").splitlines() == corpus.pool_mb("chem", 0.01, seed=99)
