"""Hugging Face ``datasets``: the same span columns as ``fluxem preprocess``, from ``map``.

::

    from datasets import load_dataset
    from fluxem.preprocess.hf import SpanColumns

    ds = load_dataset("json", data_files="corpus.jsonl", split="train")
    ds = ds.map(SpanColumns(), batched=True, batch_size=1000, num_proc=4)

``SpanColumns`` is a small picklable object: its state is its options alone (the native
segmenter is built on first use in each worker), so ``datasets`` computes the same
fingerprint for it in every run and reuses its cache. It returns an Arrow table (the input columns
and the span columns), one native call per batch.
"""

from __future__ import annotations

from typing import Any

from fluxem.errors import ConfigError


class SpanColumns:
    """``batch -> span columns`` for ``Dataset.map(batched=True)``: ``span_start``,
    ``span_end``, ``span_byte_start``, ``span_byte_end``, ``span_domain``, ``span_status``
    and ``span_text`` (compact) or ``span_embedding`` (materialised), as in
    docs/PREPROCESSING.md."""

    def __init__(
        self, text_field: str = "text", embeddings: str = "compact", parallel: bool = True
    ) -> None:
        if embeddings not in ("compact", "materialised"):
            raise ConfigError(f"embeddings must be 'compact' or 'materialised', got {embeddings!r}")
        self.text_field = text_field
        self.embeddings = embeddings
        self.parallel = parallel
        self._tokenizer: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {
            "text_field": self.text_field,
            "embeddings": self.embeddings,
            "parallel": self.parallel,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __call__(self, batch: Any) -> Any:
        """The batch (a dict of columns, or a ``pyarrow.Table``) with the span columns added
        (as an Arrow table); a null text has no spans."""
        import pyarrow as pa

        from fluxem.preprocess.shards import span_columns

        if self._tokenizer is None:
            from fluxem.integration import MultiDomainTokenizer

            self._tokenizer = MultiDomainTokenizer()
        names = batch.column_names if isinstance(batch, pa.Table) else list(batch)
        if self.text_field not in names:
            raise ConfigError(f"the batch has no column {self.text_field!r}: {names}")
        # a returned table replaces the batch: carry the input columns along
        if isinstance(batch, pa.Table):
            columns = {name: batch.column(name) for name in names}
        else:
            columns = {name: pa.array(values) for name, values in batch.items()}
        text = columns[self.text_field]
        if not pa.types.is_string(text.type) and not pa.types.is_large_string(text.type):
            raise ConfigError(f"column {self.text_field!r} holds {text.type}, not strings")
        materialise = self.embeddings == "materialised"
        segments = self._tokenizer.segment_batch(
            text.fill_null(""), encode=materialise, parallel=self.parallel
        )
        columns.update(span_columns(text, segments, materialise=materialise))
        return pa.table(columns)
