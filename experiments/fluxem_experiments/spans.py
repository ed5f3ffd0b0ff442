"""Where the hybrid's domain spans come from: the segmenter, reading the question text only.

``MultiDomainTokenizer(arithmetic_granularity="number")`` segments each question; its number
(ARITHMETIC) and QUANTITY spans are the hybrid's entries (the formula task's: its FORMULA
spans). The generator's labelled spans are never used to build an input: they are only
compared with the segmenter's (``SpanFinder.stats`` counts the questions where the two differ;
evaluation reports it). The units task's target unit
(``in m/s?``, ``to °F.``) is a bare unit, not a quantity: it is the question's last word before
its closing punctuation, accepted when the segmenter reads ``1 <word>`` as one QUANTITY span and
the word is not the unit of a quantity the question ends with (``Is 5 km more than 3000 ft?``).
Only without a segmenter (a fluxem build that has none) do the labels stand in.
"""

from __future__ import annotations

from typing import Any

#: The span types that become entries, per task (the formula task's are its formulas).
_SEGMENTED = {
    "arithmetic": ("ARITHMETIC", "QUANTITY"),
    "units": ("ARITHMETIC", "QUANTITY"),
    "formula": ("FORMULA",),
}


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


def _key(spans: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    return [(s["type"], s["start"], s["end"]) for s in spans]


class SpanFinder:
    def __init__(self, task: str, algebra: Any, use_segmenter: bool = True) -> None:
        self.task = task
        self.algebra = algebra
        self.segmenter = load_segmenter() if use_segmenter else None
        self.stats = {"questions": 0, "segmenter_agrees": 0, "disagrees_with_labels": 0}
        self._cache: dict[str, list[dict[str, Any]]] = {}

    @property
    def source(self) -> str:
        return "segmenter" if self.segmenter is not None else "labels"

    def spans(self, sample: dict[str, Any]) -> list[dict[str, Any]]:
        """The spans of ``sample["text"]`` (labels only counted against, never used)."""
        text = sample["text"]
        if text in self._cache:
            return self._cache[text]
        labelled = sorted(sample.get("spans", []), key=lambda s: s["start"])
        if self.segmenter is None:
            out = labelled
        else:
            out = [
                {"type": _domain_name(t), "start": t.start, "end": t.end, "text": t.text}
                for t in self.segmenter.tokenize(text)
                if _domain_name(t) in _SEGMENTED[self.task]
            ]
            unit = self._target_unit_span(text) if self.task == "units" else None
            # a last word inside a quantity ("... than 3000 ft?") is that quantity's unit
            if unit is not None and not any(s["end"] > unit["start"] for s in out):
                out.append(unit)
            self.stats["questions"] += 1
            same = _key(out) == _key(labelled)
            self.stats["segmenter_agrees" if same else "disagrees_with_labels"] += 1
        self._cache[text] = out
        return out

    def _target_unit_span(self, text: str) -> dict[str, Any] | None:
        """The question's last word before its closing ``?``/``.``, when it is a unit: the
        segmenter reads ``1 <word>`` as exactly one QUANTITY span."""
        body = text.rstrip().rstrip("?.")
        start = body.rfind(" ") + 1
        word = body[start:]
        if not word or self.segmenter is None:
            return None
        probe = f"1 {word}"
        toks = [t for t in self.segmenter.tokenize(probe) if _domain_name(t) != "TEXT"]
        if len(toks) != 1 or _domain_name(toks[0]) != "QUANTITY":
            return None
        if (toks[0].start, toks[0].end) != (0, len(probe)):
            return None
        return {"type": "UNIT", "start": start, "end": start + len(word), "text": word}

    def target_unit_text(self, sample: dict[str, Any]) -> str:
        """The unit the question asks for ("" when it asks for none)."""
        for s in self.spans(sample):
            if s["type"] == "UNIT":
                return str(s["text"])
        return ""


__all__ = ["SpanFinder", "load_segmenter"]
