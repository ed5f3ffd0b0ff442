"""Where the hybrid's domain spans come from: the segmenter, checked against the labels.

``MultiDomainTokenizer(arithmetic_granularity="number")`` segments each question; its number
(ARITHMETIC) and QUANTITY spans are used when they match the generator's labelled spans
exactly. A question where they differ falls back to the labelled spans and is counted
(``SpanFinder.stats``; evaluation reports the agreement rate). The units task's target unit
(``in m/s?``) is a bare unit, not a quantity, so it comes from the labelled ``UNIT`` span.
"""

from __future__ import annotations

from typing import Any

from fluxem.domain_type import DomainType

_SEGMENTED = {"ARITHMETIC": int(DomainType.ARITHMETIC), "QUANTITY": int(DomainType.QUANTITY)}


def load_segmenter() -> Any | None:
    """The segmenter, or None when this build of fluxem has none."""
    try:
        from fluxem.integration.tokenizer import MultiDomainTokenizer
    except ImportError:
        return None
    try:
        return MultiDomainTokenizer(arithmetic_granularity="number")
    except TypeError:
        return None


def _domain_name(tok: Any) -> str:
    d = tok.domain
    return getattr(d, "name", str(d))


class SpanFinder:
    def __init__(self, task: str, algebra: Any, use_segmenter: bool = True) -> None:
        self.task = task
        self.algebra = algebra
        self.segmenter = load_segmenter() if use_segmenter else None
        self.stats = {"questions": 0, "segmenter_agrees": 0, "fallback_to_labels": 0}
        self._cache: dict[str, list[dict[str, Any]]] = {}

    @property
    def source(self) -> str:
        return "segmenter" if self.segmenter is not None else "labels"

    def spans(self, sample: dict[str, Any]) -> list[dict[str, Any]]:
        text = sample["text"]
        if text in self._cache:
            return self._cache[text]
        labelled = [s for s in sample["spans"] if s["type"] in _SEGMENTED]
        extra = [s for s in sample["spans"] if s["type"] not in _SEGMENTED]
        chosen = labelled
        self.stats["questions"] += 1
        if self.segmenter is not None:
            found = [
                {"type": _domain_name(t), "start": t.start, "end": t.end, "text": t.text}
                for t in self.segmenter.tokenize(text)
                if _domain_name(t) in _SEGMENTED
            ]
            same = [(f["type"], f["start"], f["end"]) for f in found] == [
                (s["type"], s["start"], s["end"]) for s in labelled
            ]
            if same:
                self.stats["segmenter_agrees"] += 1
                chosen = [
                    {**lab, "text": f["text"]} for f, lab in zip(found, labelled, strict=True)
                ]
            else:
                self.stats["fallback_to_labels"] += 1
        out = sorted(chosen + extra, key=lambda s: s["start"])
        self._cache[text] = out
        return out

    def target_unit_text(self, sample: dict[str, Any]) -> str:
        for s in sample["spans"]:
            if s["type"] == "UNIT":
                return str(s["text"])
        return ""


__all__ = ["SpanFinder", "load_segmenter"]
