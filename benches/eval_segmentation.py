"""Scores a segmenter against the hand-labelled sentences: precision, recall, F1 per domain,
for fluxem and the predecessor.

    python benches/eval_segmentation.py                  # print the tables
    python benches/eval_segmentation.py --write-doc      # also update docs/SEGMENTATION.md
    python benches/eval_segmentation.py --predecessor none --errors   # fluxem's mistakes too
    python benches/eval_segmentation.py --predecessor none --shape-only

A labelled line (span conventions, tests/data/segmentation_eval.jsonl): ``{"id", "text",
"spans": [[start, end, TYPE] or [start, end, TYPE, "optional"]], "source", "note"}``. Matching
is exact on (start, end, TYPE). A predicted span whose boundaries equal an optional span's
counts neither as right nor as wrong; a missed optional span costs nothing.

The predecessor (`fluxem==1.0.1`, its own venv from `benches/predecessor_venv.sh`) runs in a
subprocess. Its types outside the seven domains (CHORD, PROTEIN, POLYNOMIAL, DATE, ...) are
false positives in the strict score; the lenient score first maps CHORD -> PITCH,
RNA -> DNA, RATIONAL -> ARITHMETIC, DIMENSION -> QUANTITY and drops the other types.
tests/test_segmentation_eval.py loads this file for its scorer.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluxem import DomainType

HERE = Path(__file__).resolve().parent
DOC = HERE.parent / "docs" / "SEGMENTATION.md"
DEFAULT_PATH = HERE.parent / "tests" / "data" / "segmentation_eval.jsonl"
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"
#: The domains a span can have, in the order of the tables.
DOMAINS = tuple(d.name for d in DomainType if d is not DomainType.TEXT)

Span = tuple[int, int, str]
Predictor = Callable[[str], Iterable[Sequence[Any]]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    per_domain: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    #: Predicted types outside the seven domains (e.g. the predecessor's CHORD): all FP.
    other_fp: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    sentences: int = 0

    def table(self, title: str = "fluxem") -> str:
        lines = [
            f"| domain ({title}) | gold | precision | recall | F1 |",
            "|---|---:|---:|---:|---:|",
        ]
        for d in DOMAINS:
            c = self.per_domain.get(d, Counts())
            lines.append(
                f"| {d} | {c.tp + c.fn} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} |"
            )
        for name, n in sorted(self.other_fp.items()):
            lines.append(f"| other: {name} | 0 | 0.000 (FP {n}) | - | - |")
        o = self.overall
        lines.append(
            f"| **overall** | {o.tp + o.fn} | {o.precision:.3f} | {o.recall:.3f} | **{o.f1:.3f}** |"
        )
        return "\n".join(lines)


def load(path: str | Path = DEFAULT_PATH) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_sentence(
    gold: Iterable[Sequence[Any]], predicted: Iterable[Span]
) -> tuple[dict[str, Counts], list[tuple[str, Span]]]:
    """Counts for one sentence and the mistakes as ("FP" | "FN", span)."""
    required = {(int(s[0]), int(s[1]), str(s[2])) for s in gold if len(s) < 4}
    optional_bounds = {(int(s[0]), int(s[1])) for s in gold if len(s) >= 4}
    counts: dict[str, Counts] = {}
    mistakes: list[tuple[str, Span]] = []
    pred = set(predicted)
    for p in pred:
        c = counts.setdefault(p[2], Counts())
        if p in required:
            c.tp += 1
        elif (p[0], p[1]) in optional_bounds:
            continue
        else:
            c.fp += 1
            mistakes.append(("FP", p))
    for g in required - pred:
        counts.setdefault(g[2], Counts()).fn += 1
        mistakes.append(("FN", g))
    return counts, mistakes


def evaluate(predict: Predictor, rows: Sequence[dict[str, Any]]) -> Report:
    """Runs ``predict(text) -> [(start, end, domain), ...]`` (domain as a name or a
    ``DomainType``) over the labelled rows."""
    report = Report()
    for row in rows:
        pred = {(int(s), int(e), getattr(d, "name", str(d))) for s, e, d in predict(row["text"])}
        counts, mistakes = score_sentence(row["spans"], pred)
        report.sentences += 1
        for d, c in counts.items():
            if d in DOMAINS:
                report.per_domain.setdefault(d, Counts()).add(c)
                report.overall.add(c)
            else:
                report.other_fp[d] = report.other_fp.get(d, 0) + c.fp
                report.overall.fp += c.fp
        for kind, (s, e, d) in mistakes:
            report.errors.append(
                {"id": row["id"], "kind": kind, "domain": d, "text": row["text"][s:e], "at": s}
            )
    return report


def fluxem_predictor(**options: Any) -> Predictor:
    from fluxem.integration.tokenizer import MultiDomainTokenizer

    tok = MultiDomainTokenizer(**options)
    return tok.spans


def shape_only_predictor(**options: Any) -> Predictor:
    """What the segmenter would emit if every domain had an encoder that accepts every
    candidate: kept candidates plus those rejected only for lack of an encoder. A development
    aid for domains whose encoder does not exist yet; not a score of the real segmenter."""
    from fluxem.integration.tokenizer import MultiDomainTokenizer

    tok = MultiDomainTokenizer(**options)

    def predict(text: str) -> list[tuple[int, int, str]]:
        out = []
        for c in tok.explain(text):
            if c["kept"] or c["reason"].endswith(f"no encoder registered for {c['domain']}"):
                out.append((c["start"], c["end"], c["domain"]))
        return out

    return predict


PREDECESSOR_SNIPPET = r"""
import json, sys
from fluxem.integration.tokenizer import MultiDomainTokenizer
tok = MultiDomainTokenizer()
out = []
for text in json.load(open(sys.argv[1])):
    out.append([[t.start, t.end, t.domain.name] for t in tok.tokenize(text)
                if t.domain.name != "TEXT"])
print(json.dumps(out))
"""
LENIENT = {"CHORD": "PITCH", "RNA": "DNA", "RATIONAL": "ARITHMETIC", "DIMENSION": "QUANTITY"}


def predecessor_spans(python: str, texts: list[str]) -> list[list[list[object]]]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
        path = f.name
    out = subprocess.run(
        [python, "-c", PREDECESSOR_SNIPPET, path],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    Path(path).unlink()
    return json.loads(out.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", help="a labelled JSONL file (default: the labelled set)")
    ap.add_argument("--predecessor", default="auto", help="its python, 'auto' or 'none'")
    ap.add_argument("--write-doc", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list fluxem's mistakes")
    ap.add_argument(
        "--shape-only", action="store_true", help="score shape_only_predictor instead of fluxem"
    )
    args = ap.parse_args(argv)
    if args.write_doc and (args.shape_only or args.path):
        ap.error("--write-doc scores the real segmenter on the default set")

    rows = load(args.path or DEFAULT_PATH)
    held = [r for r in rows if r["id"].startswith("h-")]
    predictor = shape_only_predictor() if args.shape_only else fluxem_predictor()
    name = "fluxem, shape only" if args.shape_only else "fluxem"
    report = evaluate(predictor, rows)
    parts = [
        f"Labelled set: {len(rows)} sentences ({len(rows) - len(held)} used while writing the "
        f"rules, {len(held)} held out), "
        f"{sum('look-alikes' in r['note'] for r in rows)} of them built around look-alikes; "
        f"{sum(len(r['spans']) for r in rows)} marked spans "
        f"({sum(len(s) == 4 for r in rows for s in r['spans'])} optional).",
        "",
        report.table(f"{name}, all sentences"),
        "",
        evaluate(predictor, held).table(f"{name}, held-out sentences only"),
    ]
    from predecessor import find_predecessor  # benches/, beside this file

    pred = find_predecessor(args.predecessor)
    if pred:
        spans = predecessor_spans(pred, [r["text"] for r in rows])
        by_text = {r["text"]: s for r, s in zip(rows, spans, strict=True)}

        def strict(text: str) -> list[tuple[int, int, str]]:
            return [(s, e, d) for s, e, d in by_text[text]]

        def lenient(text: str) -> list[tuple[int, int, str]]:
            out = []
            for s, e, d in by_text[text]:
                d = LENIENT.get(d, d)
                if d in DOMAINS:
                    out.append((s, e, d))
            return out

        parts += [
            "",
            evaluate(strict, rows).table("predecessor 1.0.1, strict"),
            "",
            evaluate(lenient, rows).table("predecessor 1.0.1, lenient mapping"),
        ]
    text = "\n".join(parts)
    print(text)
    if args.errors:
        for err in report.errors:
            print(f"{err['kind']} {err['domain']:<10} {err['text']!r:<28} {err['id']}")
    if args.write_doc:
        doc = DOC.read_text(encoding="utf-8")
        a, b = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        DOC.write_text(doc[:a] + "\n" + text + "\n" + doc[b:], encoding="utf-8")
        print(f"updated {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
