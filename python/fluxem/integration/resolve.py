"""Span resolution: which of the segmenter's spans stay domain spans, and why the others fall back.

:func:`resolve` applies a :class:`~fluxem.integration.registry.DomainEncoderRegistry` to the
segmenter's output: spans of domains without an encoder fall back (``no_encoder``), spans of
domains with a registered (non-native) encoder are re-encoded with it, user domains' detectors
run and their spans replace the built-in spans they overlap, and every fallback is counted per
document by reason (the reasons are listed in ``fluxem.integration.registry``).
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

from fluxem.integration.batch import SegmentBatch
from fluxem.integration.registry import (
    EMBED_DIM,
    REASON_DETECTOR,
    REASON_NO_ENCODER,
    REASON_SEGMENTER,
    DomainEncoderRegistry,
    EncoderFailedError,
)

__all__ = ["ResolvedSpans", "resolve", "slice_texts"]


Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class ResolvedSpans:
    """Spans that stay domain spans after the registry ran, sorted by (doc, start)."""

    doc: Ints  # (S,)
    start: Ints  # (S,) char offsets
    end: Ints  # (S,)
    domain: Ints  # (S,)
    embeddings: Floats  # (S, 128)
    fallbacks: Ints  # (n_docs, n_reasons) counts per doc
    reasons: tuple[str, ...]  # column names of ``fallbacks``
    errors: dict[str, str]  # encoder name -> first exception it raised in this batch


def resolve(
    registry: DomainEncoderRegistry, texts: list[str], segments: SegmentBatch
) -> ResolvedSpans:
    """Applies ``registry`` to the segmenter's spans of ``texts``.

    ``segments`` comes from ``MultiDomainTokenizer.segment_batch(texts, encode=True)``. Spans
    of built-in domains served natively keep the segmenter's embeddings (the segmenter only
    emits a span that its encoder accepted); spans of a domain without an encoder fall back;
    spans of a domain with a registered encoder are re-encoded with it, and fall back when it
    fails; user domains' detectors run and their spans replace the built-in spans they
    overlap. No Python loop runs per built-in span unless a Python callable is registered for
    its domain. When nothing falls back and no encoder rewrites a row, the embeddings are the
    segmenter's array itself (no copy).
    """
    if segments.embeddings is None:
        raise ValueError("resolve needs the spans' embeddings: segment_batch(..., encode=True)")
    n_docs = len(texts)
    if len(segments) != n_docs:
        raise ValueError(f"{len(segments)} segmented documents for {n_docs} texts")
    cols = _Columns(
        doc=segments.doc,
        start=segments.start,
        end=segments.end,
        domain=segments.domain.astype(np.int64),
        emb=np.asarray(segments.embeddings, dtype=np.float32).reshape(-1, EMBED_DIM),
        reason=np.zeros(segments.n_spans, dtype=np.int64),  # 0 = stays a domain span
    )
    book = _Book()
    rewritten = False
    for d in np.unique(cols.domain).tolist():
        rows = np.flatnonzero(cols.domain == d)
        e = registry.entry(d)
        if e is None:
            cols.reason[rows] = book.code(REASON_NO_ENCODER)
        elif e.kind != "native":
            if not rewritten:  # the segmenter's array is shared: copy it once before writing
                cols.emb, rewritten = cols.emb.copy(), True
            span_texts = slice_texts(texts, cols.doc[rows], cols.start[rows], cols.end[rows])
            cols.emb[rows], why, err = registry.encode_spans(e, span_texts)
            book.mark(cols.reason, rows, why, e.name, err)

    detector_failed: list[int] = []  # one entry per (detector, document) that raised
    if registry.user_domains:
        cols = _add_user_spans(registry, texts, cols, book, detector_failed)
    failed_docs = segments.doc_status != 0
    seg_code = book.code(REASON_SEGMENTER) if failed_docs.any() else None
    det_code = book.code(REASON_DETECTOR) if detector_failed else None
    counts = np.zeros((n_docs, len(book.codes) + 1), dtype=np.int64)
    np.add.at(counts, (cols.doc, cols.reason), 1)
    if seg_code is not None:
        counts[:, seg_code] = failed_docs
    if det_code is not None:
        np.add.at(counts[:, det_code], np.asarray(detector_failed), 1)
    ok = cols.reason == 0
    if not ok.all():
        cols = cols.select(ok)
    return ResolvedSpans(
        doc=cols.doc,
        start=cols.start,
        end=cols.end,
        domain=cols.domain,
        embeddings=cols.emb,
        fallbacks=counts[:, 1:],
        reasons=book.names(),
        errors=dict(book.errors),
    )


@dataclass(slots=True)
class _Columns:
    """One row per span while resolution runs; ``reason`` is the fallback code (0 = none)."""

    doc: Ints
    start: Ints
    end: Ints
    domain: Ints
    emb: Floats
    reason: Ints

    def select(self, rows: npt.NDArray[Any]) -> _Columns:
        return _Columns(*(getattr(self, f.name)[rows] for f in fields(self)))

    def concat(self, other: _Columns, order: Ints) -> _Columns:
        return _Columns(
            *(np.concatenate([getattr(self, f), getattr(other, f)])[order] for f in self.__slots__)
        )


def _add_user_spans(
    registry: DomainEncoderRegistry,
    texts: list[str],
    cols: _Columns,
    book: _Book,
    detector_failed: list[int],
) -> _Columns:
    found: list[tuple[int, int, int, int]] = []  # (doc, start, end, domain)
    for ud in registry.user_domains.values():
        for i, text in enumerate(texts):  # user detectors are Python: one call per doc
            try:
                pairs = [(int(a), int(b)) for a, b in ud.detector(text)]
            except Exception as exc:
                where = f"detector of domain {ud.name}"
                if registry.on_error == "raise":
                    raise EncoderFailedError(f"{where} raised {exc!r} on document {i}") from exc
                detector_failed.append(i)  # the document keeps its other spans
                book.errors.setdefault(where, f"{exc!r} on document {i}")
                continue
            for a, b in pairs:
                if 0 <= a < b <= len(text):
                    found.append((i, a, b, ud.id))
    if not found:
        return cols
    found.sort(key=lambda t: (t[0], t[1], t[1] - t[2]))
    chosen: list[tuple[int, int, int, int]] = []
    for f in found:  # earliest start, then longest; drop overlaps
        if chosen and chosen[-1][0] == f[0] and f[1] < chosen[-1][2]:
            continue
        chosen.append(f)
    u_doc, u_start, u_end, u_dom = np.array(chosen, dtype=np.int64).reshape(-1, 4).T
    # global char coordinates turn "overlaps a user span" into one searchsorted
    base = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=base[1:])
    g_start, g_end = base[u_doc] + u_start, base[u_doc] + u_end
    j = np.searchsorted(g_start, base[cols.doc] + cols.end, side="left") - 1
    overlap = (j >= 0) & (g_end[np.maximum(j, 0)] > base[cols.doc] + cols.start)
    cols = cols.select(~overlap)
    user = _Columns(
        doc=u_doc,
        start=u_start,
        end=u_end,
        domain=u_dom,
        emb=np.zeros((len(u_doc), EMBED_DIM), dtype=np.float32),
        reason=np.zeros(len(u_doc), dtype=np.int64),
    )
    for d in np.unique(u_dom).tolist():
        rows = np.flatnonzero(u_dom == d)
        e = registry.entry(d)
        if e is None:
            user.reason[rows] = book.code(REASON_NO_ENCODER)
            continue
        span_texts = slice_texts(texts, u_doc[rows], u_start[rows], u_end[rows])
        user.emb[rows], why, err = registry.encode_spans(e, span_texts)
        book.mark(user.reason, rows, why, e.name, err)
    order = np.lexsort((np.concatenate([cols.start, u_start]), np.concatenate([cols.doc, u_doc])))
    return cols.concat(user, order)


class _Book:
    """Numbers fallback reasons (column ids of the per-doc counts) and keeps first errors."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.errors: dict[str, str] = {}

    def code(self, name: str) -> int:
        return self.codes.setdefault(name, len(self.codes) + 1)

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self.codes, key=self.codes.__getitem__))

    def mark(self, reason: Ints, rows: Ints, why: list[str], name: str, err: str | None) -> None:
        for r, w in zip(rows.tolist(), why, strict=True):
            if w:
                reason[r] = self.code(w)
        if err is not None:
            self.errors.setdefault(name, err)


def slice_texts(texts: list[str], doc: Ints, start: Ints, end: Ints) -> list[str]:
    """``[texts[d][a:b] ...]`` with C-level iteration (map), no Python loop body per span."""
    docs = map(texts.__getitem__, doc.tolist())
    return list(map(operator.getitem, docs, map(slice, start.tolist(), end.tolist())))
