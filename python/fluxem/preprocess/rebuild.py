"""Embeddings back from compact shards: one native ``encode_batch`` call per domain."""

from __future__ import annotations

from typing import Any

import numpy as np

from fluxem.preprocess.rows import embeddings_of


def rebuild_embeddings(table: Any) -> np.ndarray:
    """The ``(n_spans, 128)`` float32 embeddings of a compact shard's spans, in row-major
    span order: bit for bit what ``segment_batch(encode=True)`` gave when it was written.
    Raises ``ValueError`` if a span does not encode (the shard was made by another layout)."""
    # flatten, not .values: a sliced table's list arrays share their parent's values
    texts = table.column("span_text").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    domains = table.column("span_domain").combine_chunks().flatten().to_numpy()
    return embeddings_of(texts, domains)
