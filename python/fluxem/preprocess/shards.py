"""The shard format: one row per document, list columns of its spans; written atomically.

Columns: ``id`` (string), ``text`` (string, unless ``keep_text=False``), ``span_start``,
``span_end`` (str offsets), ``span_byte_start``, ``span_byte_end`` (UTF-8 offsets),
``span_domain`` (uint8 ``DomainType``), ``span_status`` (uint8 batch status), and either
``span_embedding`` (``list<fixed_size_list<float32, 128>>``: materialised) or ``span_text``
(``list<string>``: compact, the exact text each encoder reads; ``rebuild_embeddings`` turns
it back into the same float32 bytes in one native call per domain).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import numpy as np

EMBED_DIM = 128


def _lists(offsets: np.ndarray, values: Any) -> Any:
    import pyarrow as pa

    return pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), values)


def shard_table(ids: Any, texts: Any, batch: Any, *, keep_text: bool, materialise: bool) -> Any:
    """The Arrow table of one chunk from its ids and texts (Arrow string arrays) and the
    ``SegmentBatch`` of the texts."""
    import pyarrow as pa

    text = texts if texts.type == pa.string() else texts.cast(pa.string())
    cols: dict[str, Any] = {"id": ids}
    if keep_text:
        cols["text"] = text
    cols.update(span_columns(text, batch, materialise=materialise))
    return pa.table(cols)


def span_columns(text: Any, batch: Any, *, materialise: bool) -> dict[str, Any]:
    """The ``span_*`` list columns (name -> Arrow array, one row per document) of the
    ``SegmentBatch`` of the documents in the Arrow string array ``text`` (nulls have no
    spans)."""
    import pyarrow as pa

    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    off = batch.doc_offsets
    cols: dict[str, Any] = {}
    for name, values in (
        ("span_start", batch.start),
        ("span_end", batch.end),
        ("span_byte_start", batch.byte_start),
        ("span_byte_end", batch.byte_end),
        ("span_domain", batch.domain),
        ("span_status", batch.status),
    ):
        cols[name] = _lists(off, pa.array(values))
    if materialise:
        flat = pa.array(np.ascontiguousarray(batch.embeddings, dtype=np.float32).reshape(-1))
        cols["span_embedding"] = _lists(off, pa.FixedSizeListArray.from_arrays(flat, EMBED_DIM))
    else:
        cols["span_text"] = _lists(off, span_texts(text, batch))
    return cols


def span_texts(docs: Any, batch: Any) -> Any:
    """The text of every span as one Arrow string array, gathered from the documents' UTF-8
    buffer by byte offsets in numpy (no Python loop per span)."""
    import pyarrow as pa

    docs = docs.cast(pa.large_string()) if docs.type != pa.large_string() else docs
    _, doc_offsets, data = docs.buffers()
    base = np.frombuffer(doc_offsets, dtype=np.int64)[docs.offset : docs.offset + len(docs) + 1]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    counts = np.diff(batch.doc_offsets)
    starts = np.repeat(base[:-1], counts) + batch.byte_start
    lengths = batch.byte_end - batch.byte_start
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    gather = np.repeat(starts - offsets[:-1], lengths) + np.arange(offsets[-1])
    values = raw[gather]
    return pa.LargeStringArray.from_buffers(
        len(lengths), pa.py_buffer(offsets), pa.py_buffer(values)
    ).cast(pa.string())


def write_atomically(table: Any, path: Path) -> str:
    """Writes ``table`` to ``path`` through a temporary file and a rename (a reader never
    sees half a shard); returns the file's sha256."""
    import pyarrow.parquet as pq

    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return digest
