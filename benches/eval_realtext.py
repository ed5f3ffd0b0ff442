"""Scores the segmenter on the real-text set (tests/data/realtext/): sentences from third-party
documentation that nobody here wrote or tuned on, labelled before any segmenter run.

    python benches/eval_realtext.py                    # dev split: the tables
    python benches/eval_realtext.py --errors           # and every mistake on dev
    python benches/eval_realtext.py --write-doc        # dev tables into docs/SEGMENTATION.md
    python benches/eval_realtext.py --split test --final   # the merger, once, at the end
    python benches/eval_realtext.py --part code        # the code/ML part, dev split
    python benches/eval_realtext.py --part code --split test --final   # once, at the end
    python benches/eval_realtext.py --part dev2 --errors   # the second dev batch (dev only)
    python benches/eval_realtext.py --part dev3 --errors   # the third dev batch (dev only)
    python benches/eval_realtext.py --part dev4 --errors   # the fourth dev batch (dev only)
    python benches/eval_realtext.py --part dev5 --errors   # the fifth dev batch (dev only)
    python benches/eval_realtext.py --part dev6 --errors   # the sixth dev batch (dev only)
    python benches/eval_realtext.py --part dev7 --errors   # the seventh dev batch (dev only)
    python benches/eval_realtext.py --part dev8 --errors   # the eighth dev batch (dev only)
    python benches/eval_realtext.py --part dev9 --errors   # the ninth dev batch (dev only)
    python benches/eval_realtext.py --part dev10 --errors  # the tenth dev batch (dev only)
    python benches/eval_realtext.py --part dev11 --errors  # the eleventh dev batch (dev only)
    python benches/eval_realtext.py --part dev12 --errors  # the twelfth dev batch (dev only)
    python benches/eval_realtext.py --part dev13 --errors  # the thirteenth dev batch (dev only)
    python benches/eval_realtext.py --part dev14 --errors  # the fourteenth dev batch (dev only)
    python benches/eval_realtext.py --part all         # every dev part, one line each (and pooled)
    python benches/eval_realtext.py --part all --write-doc  # that table into docs/SEGMENTATION.md

``--part all`` is the check a rule must pass: run it before and after, and ``diff`` the two
outputs (one process; every part's overall F1 and its count of wrong values).

Matching is the own set's (benches/eval_segmentation.py): exact (start, end, TYPE); a predicted
span with an optional span's boundaries counts neither way; a missed optional span costs nothing.
A matched span is also checked for its value: the domain's encoder must give the span's text
and the labelled value (`"values"`: `7.6 C` labelled `7.6 °C`) the same embedding, bit for bit;
a match with another value (coulombs for degrees) is counted and listed apart (`--errors`),
since a wrong value is the one mistake this library exists to prevent.
Beside per-domain P/R/F1 it reports false positives per 10,000 words: on the plain-prose
sentences with no marked span (Python and SQLite documentation; any span found there is
wrong) and on the whole split (predictions that match no marked span, optional ones excepted).
Rules are developed against dev only; ``--split test`` refuses to run without ``--final``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval_segmentation import Counts, Predictor, Report, evaluate, fluxem_predictor, load

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "realtext"
DOC = HERE.parent / "docs" / "SEGMENTATION.md"
#: extra strata chosen by a cue of our own, apart from the base sample
STRATA = ("dense", "target", "arith", "acronym")


def dev_batches(manifest: Path) -> tuple[str, ...]:
    """The dev-only batches (their own labels file each, no test side): the manifest's
    ``devN_part`` entries, which the builder writes one per batch, in batch order."""
    keys = json.loads(manifest.read_text(encoding="utf-8"))
    names = (k.removesuffix("_part") for k in keys if k.endswith("_part"))
    return tuple(sorted((n for n in names if n[3:].isdigit()), key=lambda n: int(n[3:])))


DEV_BATCHES = dev_batches(DATA / "manifest.json")


def words(rows: Sequence[dict[str, Any]]) -> int:
    return sum(len(r["text"].split()) for r in rows)


def false_positives_per_10k(report: Report, rows: Sequence[dict[str, Any]]) -> tuple[int, float]:
    """(false positives, per 10,000 words of ``rows``); ``report`` must score ``rows``."""
    fp = sum(1 for e in report.errors if e["kind"] == "FP")
    n = words(rows)
    return fp, 10_000 * fp / n if n else 0.0


def summary_table(predict: Predictor, groups: dict[str, list[dict[str, Any]]]) -> str:
    lines = [
        "| sentences | n | words | gold spans | precision | recall | F1 | FP / 10k words |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, rows in groups.items():
        if not rows:
            continue
        rep = evaluate(predict, rows)
        o: Counts = rep.overall
        _, per10k = false_positives_per_10k(rep, rows)
        lines.append(
            f"| {name} | {len(rows)} | {words(rows)} | {o.tp + o.fn} | {o.precision:.3f} | "
            f"{o.recall:.3f} | {o.f1:.3f} | {per10k:.1f} |"
        )
    return "\n".join(lines)


def labels_name(part: str, split: str) -> str:
    if part == "base":
        return f"labels_{split}.jsonl"
    # a dev-only batch (dev2, dev3, dev4): its own file, no test side
    return f"labels_{part}.jsonl" if part in DEV_BATCHES else f"labels_{part}_{split}.jsonl"


def value_mismatches(
    predict: Predictor, rows: Sequence[dict[str, Any]]
) -> tuple[int, list[dict[str, Any]]]:
    """(matched spans checked, those whose text encodes to another value than the label's).
    A label value that its encoder refuses is not checked."""
    import numpy as np

    from fluxem.integration.registry import DomainEncoderRegistry

    registry = DomainEncoderRegistry()
    checked, wrong = 0, []
    for row in rows:
        pred = {(int(s), int(e), getattr(d, "name", str(d))) for s, e, d in predict(row["text"])}
        for span, value in zip(row["spans"], row["values"], strict=True):
            start, end, dom = int(span[0]), int(span[1]), str(span[2])
            if len(span) >= 4 or (start, end, dom) not in pred:
                continue
            want = registry.encode(dom, value)
            if want is None:
                continue
            checked += 1
            text = row["text"][start:end]
            got = registry.encode(dom, text)
            if got is None or not np.array_equal(got, want):
                wrong.append({"id": row["id"], "domain": dom, "text": text, "value": value})
    return checked, wrong


def score(split: str, predict: Predictor, part: str = "base") -> tuple[str, Report]:
    rows = load(DATA / labels_name(part, split))
    packages = sorted({r["source"]["package"] for r in rows})
    report = evaluate(predict, rows)
    prose_plain = [r for r in rows if r["source"]["kind"] == "prose" and not r["spans"]]
    prose_rep = evaluate(predict, prose_plain)
    prose_fp, prose_per10k = false_positives_per_10k(prose_rep, prose_plain)
    all_fp, all_per10k = false_positives_per_10k(report, rows)
    checked, wrong = value_mismatches(predict, rows)
    report.errors += [
        {
            "id": w["id"],
            "kind": "VAL",
            "domain": w["domain"],
            "text": f"{w['text']} != {w['value']}",
        }
        for w in wrong
    ]

    def kind(k: str) -> list[dict[str, Any]]:
        return [r for r in rows if r["source"]["kind"] == k]

    groups = {
        "all": rows,
        "science docstrings": kind("science"),
        "code / ML docstrings": kind("code"),
        "plain prose": kind("prose"),
        "base sample": [r for r in rows if r["source"].get("stratum") not in STRATA],
        "dense stratum": [r for r in rows if r["source"].get("stratum") == "dense"],
        "targeted stratum (dev2, dev3)": [
            r for r in rows if r["source"].get("stratum") == "target"
        ],
        "arithmetic stratum (dev3)": [r for r in rows if r["source"].get("stratum") == "arith"],
        "acronym stratum (dev117)": [r for r in rows if r["source"].get("stratum") == "acronym"],
    }
    n_opt = sum(len(s) == 4 for r in rows for s in r["spans"])
    label = "" if part == "base" else f"{part} part, "
    parts = [
        f"Real-text {label}**{split}** split: {len(rows)} sentences from {len(packages)} packages "
        f"({', '.join(packages)}), {words(rows)} words; "
        f"{sum(len(r['spans']) for r in rows)} marked spans ({n_opt} optional).",
        "",
        report.table(f"fluxem, real-text {split}"),
        "",
        summary_table(predict, groups),
        "",
        f"False positives on plain prose without domain content ({len(prose_plain)} sentences, "
        f"{words(prose_plain)} words): {prose_fp}, **{prose_per10k:.1f} per 10,000 words**; "
        f"on the whole split: {all_fp}, {all_per10k:.1f} per 10,000 words.",
        "",
        f"Values of the matched spans, checked against the labelled value by their encoder: "
        f"{checked} checked, **{len(wrong)} with another value**.",
    ]
    return "\n".join(parts), report


def all_parts(predict: Predictor) -> str:
    """Every dev part (the base sample, the code part, each dev-only batch) on one line, then
    all of them pooled (the dev split only: the test split is scored part by part, once)."""
    lines = [
        "| dev part | sentences | gold spans | precision | recall | F1 | wrong values |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    pooled, n_rows, n_wrong = Counts(), 0, 0
    for part in ("base", "code", *DEV_BATCHES):
        rows = load(DATA / labels_name(part, "dev"))
        o = evaluate(predict, rows).overall
        wrong = len(value_mismatches(predict, rows)[1])
        pooled.add(o)
        n_rows, n_wrong = n_rows + len(rows), n_wrong + wrong
        lines.append(
            f"| {part} | {len(rows)} | {o.tp + o.fn} | {o.precision:.3f} | {o.recall:.3f} "
            f"| {o.f1:.3f} | {wrong} |"
        )
    lines.append(
        f"| **pooled** | {n_rows} | {pooled.tp + pooled.fn} | {pooled.precision:.3f} "
        f"| {pooled.recall:.3f} | **{pooled.f1:.3f}** | {n_wrong} |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument(
        "--part",
        choices=("base", "code", *DEV_BATCHES, "all"),
        default="base",
        help="code: the code/ML docstring part; dev2, dev3, ...: the dev-only batches; "
        "all: every dev part, one line each",
    )
    ap.add_argument("--final", action="store_true", help="allow --split test (the merger, once)")
    ap.add_argument("--errors", action="store_true", help="list the mistakes")
    ap.add_argument("--write-doc", action="store_true", help="update docs/SEGMENTATION.md")
    args = ap.parse_args(argv)
    if args.split == "test" and not args.final:
        ap.error("the test split is scored once, at the end: add --final if that is now")
    if args.part == "all":
        if args.split != "dev" or args.errors:
            ap.error("--part all is the dev split's summary: no --split test, no --errors")
        text = all_parts(fluxem_predictor())
        print(text)
        if args.write_doc:
            write_doc("realtext-parts", text)
        return 0
    if args.part in DEV_BATCHES and args.split != "dev":
        ap.error(f"{args.part} is a dev-only batch")
    if args.split == "test" and args.errors:
        ap.error("no error listing on the test split: nobody tunes on it")
    name = labels_name(args.part, args.split)
    if not (DATA / name).exists():
        ap.error(f"no {name} yet: see tests/data/realtext/LABELLING.md")
    text, report = score(args.split, fluxem_predictor(), args.part)
    print(text)
    if args.errors:
        for err in report.errors:
            print(f"{err['kind']} {err['domain']:<10} {err['text']!r:<32} {err['id']}")
    if args.write_doc:
        tag = "realtext" if args.part == "base" else f"realtext-{args.part}"
        write_doc(tag + ("-test" if args.split == "test" else ""), text)
    return 0


def write_doc(tag: str, text: str) -> None:
    """Puts `text` between the ``<!-- TAG:begin -->`` and ``<!-- TAG:end -->`` marks."""
    doc = DOC.read_text(encoding="utf-8")
    a_mark, b_mark = f"<!-- {tag}:begin -->", f"<!-- {tag}:end -->"
    a, b = doc.index(a_mark) + len(a_mark), doc.index(b_mark)
    DOC.write_text(doc[:a] + "\n" + text + "\n" + doc[b:], encoding="utf-8")
    print(f"updated {DOC}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
