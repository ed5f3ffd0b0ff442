"""Embeddings back from compact shards: one native ``encode_batch`` call per domain."""

from __future__ import annotations

from typing import Any

import numpy as np

from fluxem.domain_type import DomainType


def rebuild_embeddings(table: Any) -> np.ndarray:
    """The ``(n_spans, 128)`` float32 embeddings of a compact shard's spans, in row-major
    span order: bit for bit what ``segment_batch(encode=True)`` gave when it was written.
    Raises ``ValueError`` if a span does not encode (the shard was made by another layout)."""
    from fluxem.domains import encoder_for

    # flatten, not .values: a sliced table's list arrays share their parent's values
    span_text = table.column("span_text").combine_chunks()
    texts = span_text.flatten().to_numpy(zero_copy_only=False)
    domains = table.column("span_domain").combine_chunks().flatten().to_numpy()
    out = np.zeros((len(texts), 128), dtype=np.float32)
    for d in np.unique(domains).tolist():
        rows = np.flatnonzero(domains == d)
        embs, status = encoder_for(d).encode_batch(texts[rows])
        if status.any():
            raise ValueError(f"{int((status != 0).sum())} {DomainType(d).name} spans do not encode")
        out[rows] = embs
    return out
