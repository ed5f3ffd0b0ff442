"""Turns a labeller's easy form of the real-text set into character offsets, and checks it.

Easy form (tests/data/realtext/easy_<split>.jsonl), one line per sentence that was read::

    {"id": "rt-dev-chemicals-022", "spans": [["273.15 K", 0, "Q"], ["235 K", 0, "Q"]]}
    {"id": "rt-dev-music21-012", "spans": [["B-4", 0, "P?", "Bb4"]], "note": "music21 '-' = flat"}
    {"id": "rt-dev-scipy-014", "spans": []}

A span is ``[surface, occurrence, domain]`` or ``[surface, occurrence, domain, value]``:
``surface`` the exact text of the span, ``occurrence`` which of its occurrences in the sentence
(0 = first, counting non-overlapping matches from the left), ``domain`` a letter A Q F C V D P
or a full name (ARITHMETIC ...), with a trailing ``?`` for an optional span, ``value`` what a
reader means when it differs from the surface (``"12000 rpm"`` for ``12,000 rpm``). An empty
list means "read, nothing to mark". See tests/data/realtext/LABELLING.md.

    python scripts/realtext_offsets.py dev            # easy_dev.jsonl -> labels_dev.jsonl
    python scripts/realtext_offsets.py dev --check    # exit 1 if labels_dev.jsonl is stale
    python scripts/realtext_offsets.py dev2           # the dev-only batches dev2, dev3 (and
    python scripts/realtext_offsets.py dev3           # dev4, dev5, dev6, code_dev, code_test)

Output lines: ``{"id", "text", "spans": [[start, end, TYPE] | [start, end, TYPE, "optional"]],
"values": [one string per span], "source": {...}, "note"}``, in the candidates' order, only for
the sentences the easy form lists. Offsets are Python ``str`` indices, end exclusive (the span
conventions of benches/eval_segmentation.py).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "realtext"
TYPES = {
    "A": "ARITHMETIC",
    "Q": "QUANTITY",
    "F": "FORMULA",
    "C": "COMPLEX",
    "V": "VECTOR",
    "D": "DNA",
    "P": "PITCH",
}
#: never the first or last character of a span (the span conventions)
EDGE = set(" \t\n.,;:!?`*\"'")


class LabelError(ValueError):
    pass


def find_occurrence(text: str, surface: str, occurrence: int) -> int:
    pos = -1
    start = 0
    for _ in range(occurrence + 1):
        pos = text.find(surface, start)
        if pos < 0:
            raise LabelError(f"{surface!r}: occurrence {occurrence} not in the sentence")
        start = pos + len(surface)
    return pos


def domain_of(code: str) -> tuple[str, bool]:
    optional = code.endswith("?")
    code = code.rstrip("?")
    name = TYPES.get(code, code)
    if name not in TYPES.values():
        raise LabelError(f"unknown domain {code!r}")
    return name, optional


def convert(easy: dict[str, Any], cand: dict[str, Any]) -> dict[str, Any]:
    text = cand["text"]
    spans: list[list[Any]] = []
    values: list[str] = []
    for item in easy["spans"]:
        if not isinstance(item, list) or len(item) not in (3, 4):
            raise LabelError(f"span must be [surface, occurrence, domain(, value)]: {item!r}")
        surface, occ, code = item[0], item[1], item[2]
        if not surface or not isinstance(occ, int) or occ < 0:
            raise LabelError(f"bad surface or occurrence: {item!r}")
        # dev116: a number written without its leading zero (`+ .5 K`) starts with its point
        leading_point = surface[0] == "." and surface[1:2].isdigit()
        if (surface[0] in EDGE and not leading_point) or surface[-1] in EDGE:
            raise LabelError(f"{surface!r}: space, markup or punctuation at an edge")
        name, optional = domain_of(code)
        start = find_occurrence(text, surface, occ)
        span: list[Any] = [start, start + len(surface), name]
        if optional:
            span.append("optional")
        spans.append(span)
        values.append(str(item[3]) if len(item) == 4 else surface)
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    spans = [spans[i] for i in order]
    values = [values[i] for i in order]
    for a, b in itertools.pairwise(spans):
        if b[0] < a[1]:
            raise LabelError(f"overlapping spans {text[a[0] : a[1]]!r} and {text[b[0] : b[1]]!r}")
    return {
        "id": cand["id"],
        "text": text,
        "spans": spans,
        "values": values,
        "source": cand["source"],
        "note": easy.get("note", ""),
    }


def build(split: str, data: Path = DATA) -> tuple[list[dict[str, Any]], list[str]]:
    """(labelled rows, errors)."""
    cands = {}
    order = []
    with open(data / f"candidates_{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            cands[row["id"]] = row
            order.append(row["id"])
    easy: dict[str, dict[str, Any]] = {}
    errors = []
    with open(data / f"easy_{split}.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("id") not in cands:
                errors.append(f"line {n}: unknown id {row.get('id')!r}")
            elif row["id"] in easy:
                errors.append(f"line {n}: {row['id']} listed twice")
            else:
                easy[row["id"]] = row
    out = []
    for i in order:
        if i not in easy:
            continue
        try:
            out.append(convert(easy[i], cands[i]))
        except LabelError as e:
            errors.append(f"{i}: {e}")
    return out, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "split",
        help="dev, test, code_dev, code_test or a dev-only batch (devN): the part whose "
        "easy_<split>.jsonl and candidates_<split>.jsonl are read",
    )
    ap.add_argument("--check", action="store_true", help="exit 1 if labels_<split> is stale")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not (args.data / f"candidates_{args.split}.jsonl").exists():
        ap.error(f"no candidates_{args.split}.jsonl in {args.data}")
    rows, errors = build(args.split, args.data)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path = args.data / f"labels_{args.split}.jsonl"
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run {sys.argv[0]} {args.split}", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    n_spans = sum(len(r["spans"]) for r in rows)
    print(f"{path}: {len(rows)} sentences, {n_spans} spans", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
