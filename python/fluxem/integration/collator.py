"""HybridCollator: texts -> padded hybrid batches (segment, resolve, tokenize, pack).

The stage that runs the others on a batch of texts: the segmenter's native call (spans and
their embeddings, a :class:`~fluxem.integration.batch.SegmentBatch`), the registry's
resolution, the text tokenizer and the packing :class:`~fluxem.integration.packing.SequencePolicy`.
It holds no torch weights, so it pickles cheaply into DataLoader workers. Only
:meth:`HybridCollator.encode_batch` (tensors) needs torch; :meth:`HybridCollator.encode_arrays`
(numpy) does not, nor does importing this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import numpy as np

from fluxem._inputs import as_text_list
from fluxem.integration.batch import HybridBatch, SegmentBatch
from fluxem.integration.packing import PackedRows, SequencePolicy, pack
from fluxem.integration.registry import DomainEncoderRegistry
from fluxem.integration.resolve import resolve
from fluxem.integration.segmenter import MultiDomainTokenizer
from fluxem.integration.text_tokenizer import TextTokenizer, as_text_tokenizer

__all__ = ["HybridCollator"]


class HybridCollator:
    """Texts -> :class:`~fluxem.integration.batch.HybridBatch` (segmentation, registry, text
    tokenizer, packing).

    Args:
        registry: the :class:`DomainEncoderRegistry` (default: the seven built-in encoders).
        text_tokenizer: ``None`` (byte tokenizer), an HF tokenizer or a ``TextTokenizer``.
        segmenter: the :class:`MultiDomainTokenizer` that finds the spans (its ``domains``,
            ``priority`` and ``arithmetic_granularity``); default: all seven domains.
        policy: the :class:`SequencePolicy` (length, truncation, padding, BOS/EOS); default:
            at most 4096 positions, truncated at the end, padded to the longest row.
        parallel: let the native segmenter use threads.
        text_key: the text's key when batch items are mappings.

    All domain embeddings of a batch come from one native ``segment_batch(..., encode=True)``
    call (GIL released, threads over documents; in forked workers it runs on the worker's
    thread) and reach the batch's ``domain_embeddings`` tensor without a copy unless a
    registered Python encoder, a user domain or truncation changes which rows stay.
    """

    def __init__(
        self,
        registry: DomainEncoderRegistry | None = None,
        text_tokenizer: Any = None,
        *,
        segmenter: MultiDomainTokenizer | None = None,
        policy: SequencePolicy | None = None,
        parallel: bool = True,
        text_key: str = "text",
    ) -> None:
        self.registry = registry if registry is not None else DomainEncoderRegistry()
        self.text_tokenizer: TextTokenizer = as_text_tokenizer(text_tokenizer)
        self.segmenter = segmenter if segmenter is not None else MultiDomainTokenizer()
        self.policy = policy if policy is not None else SequencePolicy()
        self.parallel = parallel
        self.text_key = text_key

    def __repr__(self) -> str:
        return (
            f"HybridCollator(registry={self.registry!r}, text_tokenizer={self.text_tokenizer!r}, "
            f"segmenter={self.segmenter!r}, policy={self.policy!r})"
        )

    def __call__(self, items: Sequence[Any]) -> HybridBatch:
        """A batch of ``str`` or of mappings holding ``text_key``; numpy and arrow string
        arrays as in ``encode_batch``. A bare ``str`` (which would iterate as characters), a
        dict or a set (no order of rows) is a ``TypeError``."""
        if isinstance(items, str | bytes | Mapping | AbstractSet):
            raise TypeError(
                f"expected a sequence of texts (a batch), got {type(items).__name__}; "
                "wrap a single text in a list"
            )
        if isinstance(items, np.ndarray) or callable(getattr(items, "to_pylist", None)):
            return self.encode_batch(items)
        texts = [
            item[self.text_key] if isinstance(item, Mapping) and not isinstance(item, str) else item
            for item in items
        ]
        return self.encode_batch(texts)

    def encode_arrays(self, texts: Any, **policy: Any) -> tuple[list[str], PackedRows]:
        """The numpy form of :meth:`encode_batch` (no torch), e.g. for ``datasets.map``."""
        items = _check_texts(texts)
        segments = self.segmenter.segment_batch(items, encode=True, parallel=self.parallel)
        return items, self.pack_segments(items, segments, **policy)

    def pack_segments(self, texts: list[str], segments: SegmentBatch, **policy: Any) -> PackedRows:
        """The rows of ``texts`` from spans found earlier (their ``SegmentBatch`` with
        embeddings, e.g. read back from preprocessed shards): registry, tokenizer, packing."""
        rules = self.policy.replace(**policy) if policy else self.policy
        spans = resolve(self.registry, texts, segments)
        return pack(texts, spans, self.text_tokenizer, rules)

    def encode_batch(self, texts: Any, **policy: Any) -> HybridBatch:
        """Token ids, 128-d span embeddings and masks of ``texts``. Keywords override fields
        of the collator's :class:`SequencePolicy` for this call (``max_length=None``,
        ``truncation="split"``, ...)."""
        items, packed = self.encode_arrays(texts, **policy)
        return HybridBatch.from_packed(packed, items)


def _check_texts(texts: Any) -> list[str]:
    items = as_text_list(texts)
    bad = next((i for i, t in enumerate(items) if type(t) is not str), None)
    if bad is not None:
        raise TypeError(f"texts[{bad}] is {type(items[bad]).__name__}, expected str")
    return items
