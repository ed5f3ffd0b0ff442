"""Pre-encoded rows back into a ``SegmentBatch``: training from a preprocessed dataset.

A row is what ``fluxem preprocess`` writes (one Parquet row per document) or what
``SpanColumns`` adds in ``datasets.map``: the document's ``text`` and its span columns, with
``span_embedding`` (materialised) or ``span_text`` (compact: the embeddings are rebuilt, bit for
bit, in one native call per domain). The segmenter does not run again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from fluxem.errors import ConfigError
from fluxem.integration.batch import SegmentBatch

#: The columns every pre-encoded row has (besides ``text`` and one embedding column).
SPAN_COLUMNS = (
    "span_start",
    "span_end",
    "span_byte_start",
    "span_byte_end",
    "span_domain",
    "span_status",
)


def is_preencoded(item: Any) -> bool:
    """Whether a batch item is a pre-encoded row (a mapping with span columns)."""
    return isinstance(item, Mapping) and "span_start" in item


def segments_from_rows(
    rows: Sequence[Mapping[str, Any]], text_key: str = "text"
) -> tuple[list[str], SegmentBatch]:
    """The texts of ``rows`` and their spans, as ``segment_batch(texts, encode=True)`` would
    return them when the rows were written. Raises ``ConfigError`` naming a row that lacks its
    text or its span columns."""
    for i, row in enumerate(rows):
        missing = [c for c in (text_key, *SPAN_COLUMNS) if c not in row]
        if "span_embedding" not in row and "span_text" not in row:
            missing.append("span_embedding or span_text")
        if missing:
            hint = " (preprocess without --no-text to train from it)" if text_key in missing else ""
            raise ConfigError(f"pre-encoded row {i} lacks {', '.join(missing)}{hint}")
    texts = [row[text_key] for row in rows]
    counts = np.fromiter((len(row["span_start"]) for row in rows), dtype=np.int64, count=len(rows))
    doc_offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(counts, out=doc_offsets[1:])

    def column(name: str, dtype: Any) -> np.ndarray:
        parts = [np.asarray(row[name], dtype=dtype).reshape(-1) for row in rows]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

    if all("span_embedding" in row for row in rows):
        embs = [np.asarray(row["span_embedding"], dtype=np.float32) for row in rows]
        embeddings = np.concatenate([e.reshape(-1, 128) for e in embs]) if embs else None
        span_text = None
    else:
        embeddings = None
        span_text = np.array([t for row in rows for t in row["span_text"]], dtype=object)
    return texts, span_batch(doc_offsets, column, embeddings, span_text)


def span_batch(
    doc_offsets: np.ndarray,
    column: Any,
    embeddings: np.ndarray | None,
    span_text: np.ndarray | None,
) -> SegmentBatch:
    """The ``SegmentBatch`` of pre-encoded span columns, however they were stored (Python rows
    here, Arrow tables in ``loader.py``): ``column(name, dtype)`` gives one span column flat;
    the embeddings are given (materialised) or rebuilt from ``span_text`` (compact)."""
    domain = column("span_domain", np.uint8)
    if embeddings is None and span_text is not None:
        embeddings = embeddings_of(span_text.reshape(-1), domain)
    if embeddings is None:
        embeddings = np.zeros((0, 128), dtype=np.float32)
    return SegmentBatch(
        doc_offsets=doc_offsets,
        start=column("span_start", np.int64),
        end=column("span_end", np.int64),
        byte_start=column("span_byte_start", np.int64),
        byte_end=column("span_byte_end", np.int64),
        domain=domain,
        status=column("span_status", np.uint8),
        doc_status=np.zeros(len(doc_offsets) - 1, dtype=np.uint8),
        embeddings=np.ascontiguousarray(embeddings, dtype=np.float32),
    )


def embeddings_of(span_text: np.ndarray, domains: np.ndarray) -> np.ndarray:
    """``(n, 128)`` float32 embeddings of spans given by their text and domain: one native
    ``encode_batch`` call per domain. Raises ``ValueError`` if a span does not encode (it was
    written by another layout)."""
    from fluxem.domain_type import DomainType
    from fluxem.domains import encoder_for

    out = np.zeros((len(span_text), 128), dtype=np.float32)
    for d in np.unique(domains).tolist():
        rows = np.flatnonzero(domains == d)
        embs, status = encoder_for(d).encode_batch(span_text[rows])
        if status.any():
            raise ValueError(f"{int((status != 0).sum())} {DomainType(d).name} spans do not encode")
        out[rows] = embs
    return out
