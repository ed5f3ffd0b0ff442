"""Span resolution: which of the segmenter's spans stay domain spans, and why the others fall back.

:func:`resolve` applies a :class:`~fluxem.integration.registry.DomainEncoderRegistry` to the
segmenter's output: spans of domains without an encoder fall back (``no_encoder``), spans of
domains with a registered (non-native) encoder are re-encoded with it, user domains' detectors
run and their spans replace the built-in spans they overlap, and every fallback is counted per
document by reason (the reasons are listed in ``fluxem.integration.registry``).
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from fluxem.domain_type import DomainType
from fluxem.domains._base import STATUS_NAMES
from fluxem.integration.registry import (
    EMBED_DIM,
    REASON_NO_ENCODER,
    REASON_SEGMENTER,
    DomainEncoderRegistry,
)

__all__ = ["ResolvedSpans", "resolve"]


@dataclass
class ResolvedSpans:
    """Spans that stay domain spans after the registry ran, sorted by (doc, start)."""

    doc: np.ndarray  # int64 (S,)
    start: np.ndarray  # int64 (S,) char offsets
    end: np.ndarray  # int64 (S,)
    domain: np.ndarray  # int64 (S,)
    embeddings: np.ndarray  # float32 (S, 128)
    fallbacks: np.ndarray  # int64 (n_docs, n_reasons) counts per doc
    reasons: tuple[str, ...]  # column names of ``fallbacks``
    errors: dict[str, str]  # encoder name -> first exception it raised in this batch


def resolve(
    registry: DomainEncoderRegistry, texts: list[str], seg: Mapping[str, np.ndarray]
) -> ResolvedSpans:
    """Applies the registry to the segmenter's output for ``texts``.

    ``seg`` is ``Segmenter.segment_batch(..., encode=True)``'s dict. Spans of domains
    without an encoder, spans whose encoder failed, and spans of the segmenter that are
    TEXT are dropped (their text is text); user domains' detectors run and their spans
    replace the built-in spans they overlap. No Python loop runs per built-in span unless
    a Python callable is registered for its domain.
    """
    n_docs = len(texts)
    counts_per_doc = np.diff(np.asarray(seg["doc_offsets"], dtype=np.int64))
    doc = np.repeat(np.arange(n_docs, dtype=np.int64), counts_per_doc)
    start = np.asarray(seg["start"], dtype=np.int64)
    end = np.asarray(seg["end"], dtype=np.int64)
    domain = np.asarray(seg["domain"], dtype=np.int64)
    status = np.asarray(seg["status"], dtype=np.int64)
    emb = np.asarray(seg["embeddings"], dtype=np.float32).reshape(-1, EMBED_DIM)
    keep = (domain != DomainType.TEXT) & (end > start)
    doc, start, end, domain, status, emb = (
        a[keep] for a in (doc, start, end, domain, status, emb)
    )
    emb = np.array(emb, dtype=np.float32)  # writable copy
    book = _Book()
    reason = np.zeros(len(doc), dtype=np.int64)  # 0 = stays a domain span

    for d in np.unique(domain).tolist():
        rows = np.flatnonzero(domain == d)
        e = registry.entry(d)
        if e is None:
            reason[rows] = book.code(REASON_NO_ENCODER)
        elif e.kind == "native":  # the segmenter's own encoding: read its status
            bad = rows[status[rows] != 0]
            for s in np.unique(status[bad]).tolist():
                name = STATUS_NAMES.get(s, f"status_{s}")
                reason[bad[status[bad] == s]] = book.code(name)
        else:
            span_texts = _slice_texts(texts, doc[rows], start[rows], end[rows])
            emb[rows], why, err = registry.encode_spans(e, span_texts)
            book.mark(reason, rows, why, e.name, err)

    if registry.user_domains:
        doc, start, end, domain, emb, reason = _add_user_spans(
            registry,
            texts, doc, start, end, domain, emb, reason, book
        )
    failed_docs = np.asarray(seg.get("doc_status", np.zeros(n_docs)), dtype=np.int64) != 0
    seg_code = book.code(REASON_SEGMENTER) if failed_docs.any() else None
    counts = np.zeros((n_docs, len(book.codes) + 1), dtype=np.int64)
    np.add.at(counts, (doc, reason), 1)
    if seg_code is not None:
        counts[:, seg_code] = failed_docs
    ok = reason == 0
    return ResolvedSpans(
        doc=doc[ok],
        start=start[ok],
        end=end[ok],
        domain=domain[ok],
        embeddings=np.ascontiguousarray(emb[ok], dtype=np.float32),
        fallbacks=counts[:, 1:],
        reasons=book.names(),
        errors=dict(book.errors),
    )


def _add_user_spans(
    registry: DomainEncoderRegistry,
    texts: list[str],
    doc: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    domain: np.ndarray,
    emb: np.ndarray,
    reason: np.ndarray,
    book: _Book,
) -> tuple[np.ndarray, ...]:
    found: list[tuple[int, int, int, int]] = []  # (doc, start, end, domain)
    for ud in registry.user_domains.values():
        for i, text in enumerate(texts):  # user detectors are Python: one call per doc
            for a, b in ud.detector(text):
                if 0 <= a < b <= len(text):
                    found.append((i, int(a), int(b), ud.id))
    if not found:
        return doc, start, end, domain, emb, reason
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
    j = np.searchsorted(g_start, base[doc] + end, side="left") - 1
    overlap = (j >= 0) & (g_end[np.maximum(j, 0)] > base[doc] + start)
    doc, start, end, domain, emb, reason = (
        a[~overlap] for a in (doc, start, end, domain, emb, reason)
    )
    u_emb = np.zeros((len(u_doc), EMBED_DIM), dtype=np.float32)
    u_reason = np.zeros(len(u_doc), dtype=np.int64)
    for d in np.unique(u_dom).tolist():
        rows = np.flatnonzero(u_dom == d)
        e = registry.entry(d)
        if e is None:
            u_reason[rows] = book.code(REASON_NO_ENCODER)
            continue
        span_texts = _slice_texts(texts, u_doc[rows], u_start[rows], u_end[rows])
        u_emb[rows], why, err = registry.encode_spans(e, span_texts)
        book.mark(u_reason, rows, why, e.name, err)
    order = np.lexsort((np.concatenate([start, u_start]), np.concatenate([doc, u_doc])))
    return tuple(
        np.concatenate([a, b])[order]
        for a, b in (
            (doc, u_doc),
            (start, u_start),
            (end, u_end),
            (domain, u_dom),
            (emb, u_emb),
            (reason, u_reason),
        )
    )


class _Book:
    """Numbers fallback reasons (column ids of the per-doc counts) and keeps first errors."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.errors: dict[str, str] = {}

    def code(self, name: str) -> int:
        return self.codes.setdefault(name, len(self.codes) + 1)

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self.codes, key=self.codes.__getitem__))

    def mark(
        self, reason: np.ndarray, rows: np.ndarray, why: list[str], name: str, err: str | None
    ) -> None:
        for r, w in zip(rows.tolist(), why, strict=True):
            if w:
                reason[r] = self.code(w)
        if err is not None:
            self.errors.setdefault(name, err)


def _slice_texts(
    texts: list[str], doc: np.ndarray, start: np.ndarray, end: np.ndarray
) -> list[str]:
    """``[texts[d][a:b] ...]`` with C-level iteration (map), no Python loop body per span."""
    docs = map(texts.__getitem__, doc.tolist())
    return list(map(operator.getitem, docs, map(slice, start.tolist(), end.tolist())))
