"""The labelled evaluation set: its shape, the scoring rules, and the F1 floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while being built
    spec.loader.exec_module(mod)
    return mod


ev = _load("eval_segmentation", "benches/eval_segmentation.py")  # the scorer
ROWS = ev.load()


def test_jsonl_is_built_from_the_sources() -> None:
    b = _load("build_segmentation_eval", "scripts/build_segmentation_eval.py")
    assert (ROOT / "tests/data/segmentation_eval.jsonl").read_text(encoding="utf-8") == b.render(
        b.build()
    )


def test_labelled_set_follows_the_conventions() -> None:
    assert len(ROWS) >= 300
    styles = {r["source"] for r in ROWS}
    assert styles >= {"chem", "phys", "bio", "music", "math", "eng", "prose"}
    look_alike_heavy = sum("look-alikes" in r["note"] for r in ROWS)
    assert look_alike_heavy * 3 >= len(ROWS)
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    for r in ROWS:
        text, last = r["text"], 0
        for span in sorted(r["spans"]):
            s, e, kind = span[:3]
            assert 0 <= last <= s < e <= len(text), r["id"]
            assert kind in ev.DOMAINS and span[3:] in ([], ["optional"]), r["id"]
            assert text[s:e] == text[s:e].strip() and text[e - 1] not in ".,;:", r["id"]
            last = e


def test_scoring_counts_exact_matches_and_ignores_optional_spans() -> None:
    gold = [[0, 3, "FORMULA"], [8, 13, "QUANTITY", "optional"], [20, 22, "PITCH"]]
    counts, mistakes = ev.score_sentence(
        gold, {(0, 3, "FORMULA"), (8, 13, "QUANTITY"), (20, 23, "PITCH")}
    )
    assert (counts["FORMULA"].tp, counts["FORMULA"].fp) == (1, 0)
    assert counts["QUANTITY"].tp + counts["QUANTITY"].fp + counts["QUANTITY"].fn == 0
    assert (counts["PITCH"].tp, counts["PITCH"].fp, counts["PITCH"].fn) == (0, 1, 1)
    assert sorted(kind for kind, _ in mistakes) == ["FN", "FP"]
    # a wrong type on the exact boundaries of a required span is a FP and a FN
    counts, _ = ev.score_sentence([[0, 3, "FORMULA"]], {(0, 3, "DNA")})
    assert counts["DNA"].fp == 1 and counts["FORMULA"].fn == 1
    c = ev.Counts(tp=9, fp=1, fn=3)
    assert c.precision == pytest.approx(0.9) and c.recall == pytest.approx(0.75)
    assert c.f1 == pytest.approx(2 * 0.9 * 0.75 / 1.65)


def test_overall_f1_floor() -> None:
    report = ev.evaluate(ev.fluxem_predictor(), ROWS)
    assert report.sentences == len(ROWS)
    assert report.overall.f1 >= 0.95, report.table()
    # every domain is found at all (no domain silently missing)
    for d in ev.DOMAINS:
        assert report.per_domain[d].tp > 0, d
