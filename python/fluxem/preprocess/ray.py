"""Ray Data: the same span columns as ``fluxem preprocess``, on one machine or a cluster.

::

    import ray
    from fluxem.preprocess.ray import SpanBatches

    ray.init()  # or ray.init(address="ray://head:10001") on a cluster
    ds = ray.data.read_parquet("s3://bucket/corpus/")
    ds = ds.map_batches(
        SpanBatches,
        batch_format="pyarrow",
        batch_size=4096,
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=64),
    )
    ds.write_parquet("s3://bucket/shards/", compression="zstd")

``SpanBatches`` is a callable class: Ray builds one per actor, and its native segmenter is
built once there (in ``__init__``), not per batch. Each batch is segmented in one native call
on the actor's own thread (``parallel=False``): Ray scales by actors, one per CPU, so native
threads would only compete with them. Input columns are kept; for an input with ``id`` and
``text`` columns the output has the CLI's columns, row for row (docs/PREPROCESSING.md).
Ray is an optional dependency (``pip install "fluxem-rs[ray]"``); this module does not import
it.
"""

from __future__ import annotations

from typing import Any

from fluxem.preprocess.hf import SpanColumns


class SpanBatches:
    """``pyarrow.Table -> pyarrow.Table`` for ``Dataset.map_batches(SpanBatches,
    batch_format="pyarrow")``: the input columns plus ``span_start``, ``span_end``,
    ``span_byte_start``, ``span_byte_end``, ``span_domain``, ``span_status`` and
    ``span_text`` (compact) or ``span_embedding`` (materialised). Pass options with
    ``fn_constructor_kwargs={"text_field": "body", "embeddings": "materialised"}``."""

    def __init__(
        self, text_field: str = "text", embeddings: str = "compact", parallel: bool = False
    ) -> None:
        from fluxem.integration import MultiDomainTokenizer

        self._columns = SpanColumns(text_field, embeddings, parallel=parallel)
        self._columns._tokenizer = MultiDomainTokenizer()  # once per actor

    def __call__(self, batch: Any) -> Any:
        return self._columns(batch)


__all__ = ["SpanBatches"]
