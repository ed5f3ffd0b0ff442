"""Training from preprocessed shards: a torch ``IterableDataset`` of ``HybridBatch``es.

::

    from torch.utils.data import DataLoader
    from fluxem.preprocess.loader import ShardDataset

    data = ShardDataset("shards/", pipeline, batch_size=32)
    for batch in DataLoader(data, batch_size=None, num_workers=4):
        loss = model(batch).loss

The documents are cut into pieces (a Parquet row group, or a slice of one when there are
fewer row groups than readers) and piece ``p`` goes to reader ``p % (world_size *
num_workers)``, reader ``rank * num_workers + worker``: every document is read by exactly one
DataLoader worker of one rank. No document is segmented again: the spans come from the
shard, their embeddings from the shard (materialised) or rebuilt from its ``span_text``
(compact: rebuilt as ``rebuild_embeddings`` does, one native ``encode_batch`` call per domain),
and the pipeline's registry, text tokenizer and sequence policy make the rows, as
``TrainingPipeline.encode_batch`` would from the texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch.distributed as dist
from torch.utils.data import IterableDataset, get_worker_info

from fluxem._optional import require
from fluxem.errors import ConfigError
from fluxem.integration.batch import HybridBatch, SegmentBatch
from fluxem.integration.collator import HybridCollator
from fluxem.preprocess.manifest import NAME as MANIFEST
from fluxem.preprocess.rows import span_batch

_SPANS = ("span_start", "span_end", "span_byte_start", "span_byte_end", "span_domain")


def shard_files(shards: str | Path | Sequence[str | Path]) -> list[Path]:
    """The shard files of an output directory (in its manifest's order; the manifest's
    ``LAYOUT_VERSION`` must be this fluxem's) or the given files."""
    from fluxem.layout import LAYOUT_VERSION

    if isinstance(shards, str | Path) and Path(shards).is_dir():
        root = Path(shards)
        if not (root / MANIFEST).exists():
            raise ConfigError(f"{root} has no {MANIFEST}: not a `fluxem preprocess` output")
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        if manifest["layout_version"] != LAYOUT_VERSION:
            raise ConfigError(
                f"{root} was written with LAYOUT_VERSION {manifest['layout_version']}, this "
                f"fluxem has {LAYOUT_VERSION}: preprocess the corpus again"
            )
        return [root / s["file"] for s in manifest["shards"]]
    return [Path(shards)] if isinstance(shards, str | Path) else [Path(s) for s in shards]


def pieces(files: Sequence[Path], readers: int) -> list[tuple[int, int, int, int]]:
    """``(file, row group, first row, end row)`` of every piece, in file order; each row
    group is cut into enough slices that there are at least ``readers`` pieces."""
    import pyarrow.parquet as pq

    groups = []
    for i, f in enumerate(files):
        meta = pq.ParquetFile(f).metadata
        groups += [(i, g, meta.row_group(g).num_rows) for g in range(meta.num_row_groups)]
    cuts = max(1, -(-readers // max(len(groups), 1)))
    out = []
    for i, g, n in groups:
        step = max(1, -(-n // cuts))
        out += [(i, g, lo, min(n, lo + step)) for lo in range(0, n, step)]
    return out


def segments_of(table: Any) -> SegmentBatch:
    """The ``SegmentBatch`` (with embeddings) of a table of shard rows."""

    def column(name: str, dtype: Any) -> np.ndarray:
        flat = table.column(name).combine_chunks().flatten()
        return flat.to_numpy(zero_copy_only=False).astype(dtype)

    offsets = np.asarray(table.column("span_start").combine_chunks().offsets, dtype=np.int64)
    embeddings = span_text = None
    if "span_embedding" in table.column_names:
        values = table.column("span_embedding").combine_chunks().flatten().flatten()
        embeddings = values.to_numpy().reshape(-1, 128).copy()  # Arrow's buffers are read-only
    else:
        span_text = column("span_text", object)
    return span_batch(offsets - offsets[0], column, embeddings, span_text)


class ShardDataset(IterableDataset[HybridBatch]):
    """``HybridBatch``es of ``batch_size`` documents from ``fluxem preprocess`` shards (an
    output directory or a list of shard files, written with the text kept).

    Args:
        shards: the output directory, or shard files.
        pipeline: the ``TrainingPipeline`` (or ``HybridCollator``) whose registry, text
            tokenizer and sequence policy make the rows; default: ``HybridCollator()``.
        batch_size: documents per batch (a reader's last batch may be smaller, unless
            ``drop_last``).
        rank, world_size: this process's place among distributed ranks; default: from
            ``torch.distributed`` when it is initialised, else 0 of 1.

    Use it with ``DataLoader(dataset, batch_size=None, num_workers=N)``: the dataset makes
    the batches. Readers get whole pieces, so with uneven pieces ranks may see different
    numbers of batches (a ``DistributedDataParallel`` loop must allow for that, e.g. with
    ``join``).
    """

    def __init__(
        self,
        shards: str | Path | Sequence[str | Path],
        pipeline: Any = None,
        batch_size: int = 32,
        *,
        drop_last: bool = False,
        rank: int | None = None,
        world_size: int | None = None,
    ) -> None:
        super().__init__()
        if batch_size < 1:
            raise ConfigError(f"batch_size must be positive, got {batch_size}")
        require("pyarrow", "preprocess")
        self.files = shard_files(shards)
        collator = getattr(pipeline, "collator", pipeline)
        self.collator: HybridCollator = collator if collator is not None else HybridCollator()
        self.batch_size = batch_size
        self.drop_last = drop_last
        distributed = dist.is_available() and dist.is_initialized()
        self.rank = rank if rank is not None else (dist.get_rank() if distributed else 0)
        self.world_size = (
            world_size if world_size is not None else (dist.get_world_size() if distributed else 1)
        )
        if not 0 <= self.rank < self.world_size:
            raise ConfigError(f"rank {self.rank} is not in 0..{self.world_size - 1}")

    def __iter__(self) -> Iterator[HybridBatch]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        info = get_worker_info()
        workers, worker = (info.num_workers, info.id) if info is not None else (1, 0)
        readers = self.world_size * workers
        mine = pieces(self.files, readers)[self.rank * workers + worker :: readers]
        columns = ["text", *_SPANS, "span_status"]
        pending: list[Any] = []
        held = 0
        for i, g, lo, hi in mine:
            f = pq.ParquetFile(self.files[i])
            names = f.schema_arrow.names
            if "text" not in names:
                raise ConfigError(f"{self.files[i]} has no text column (written with --no-text)")
            extra = "span_embedding" if "span_embedding" in names else "span_text"
            pending.append(f.read_row_group(g, columns=[*columns, extra]).slice(lo, hi - lo))
            held += hi - lo
            while held >= self.batch_size:
                table = pa.concat_tables(pending).combine_chunks()
                yield self._batch(table.slice(0, self.batch_size))
                pending, held = [table.slice(self.batch_size)], held - self.batch_size
        if held and not self.drop_last:
            yield self._batch(pa.concat_tables(pending).combine_chunks())

    def _batch(self, table: Any) -> HybridBatch:
        texts = table.column("text").to_pylist()
        packed = self.collator.pack_segments(texts, segments_of(table))
        return HybridBatch.from_packed(packed, texts)


__all__ = ["ShardDataset", "pieces", "segments_of", "shard_files"]
