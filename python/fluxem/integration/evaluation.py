"""Scores a segmenter against hand-labelled sentences: precision, recall, F1 per domain.

A labelled line (span conventions): ``{"id", "text", "spans": [[start, end, TYPE] or
[start, end, TYPE, "optional"]], "source", "note"}``. Matching is exact on (start, end, TYPE).
A predicted span whose boundaries equal an optional span's counts neither as right nor as
wrong; a missed optional span costs nothing.

    python -m fluxem.integration.evaluation [PATH] [--errors]   # prints the table
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOMAINS = ("ARITHMETIC", "QUANTITY", "FORMULA", "COMPLEX", "VECTOR", "DNA", "PITCH")
DEFAULT_PATH = Path(__file__).resolve().parents[3] / "tests/data/segmentation_eval.jsonl"

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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    show_errors = "--errors" in args
    shape_only = "--shape-only" in args
    args = [a for a in args if a not in ("--errors", "--shape-only")]
    rows = load(args[0] if args else DEFAULT_PATH)
    predictor = shape_only_predictor() if shape_only else fluxem_predictor()
    report = evaluate(predictor, rows)
    print(f"{report.sentences} sentences")
    print(report.table())
    if show_errors:
        for err in report.errors:
            print(f"{err['kind']} {err['domain']:<10} {err['text']!r:<28} {err['id']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
