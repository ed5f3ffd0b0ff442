"""HybridCollator: texts -> padded hybrid batches (segment, resolve, tokenize, pack).

The stage that runs the others on a batch of texts: the segmenter's native call (spans and
their embeddings, a :class:`~fluxem.integration.batch.SegmentBatch`), the registry's
resolution, the text tokenizer and the packing :class:`~fluxem.integration.packing.SequencePolicy`.
It holds no torch weights, so it pickles cheaply into DataLoader workers. Pre-encoded rows
(from ``fluxem preprocess`` or ``SpanColumns``) skip the segmenter. Only
:meth:`HybridCollator.encode_batch` (tensors) needs torch; :meth:`HybridCollator.encode_arrays`
(numpy) does not, nor does importing this module.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import numpy as np

from fluxem._inputs import as_text_list
from fluxem.errors import ConfigError
from fluxem.integration.batch import RETURN_TENSORS, HybridBatch, SegmentBatch
from fluxem.integration.packing import PackedRows, SequencePolicy, pack
from fluxem.integration.registry import DomainEncoderRegistry
from fluxem.integration.resolve import resolve
from fluxem.integration.segmenter import MultiDomainTokenizer
from fluxem.integration.text_tokenizer import TextTokenizer, as_text_tokenizer
from fluxem.preprocess.rows import is_preencoded, segments_from_rows

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

    def __call__(self, items: Sequence[Any], **options: Any) -> HybridBatch:
        """A batch of ``str``, of mappings holding ``text_key``, or of pre-encoded rows (the
        rows ``fluxem preprocess`` writes or ``SpanColumns`` adds: their spans are used as
        they are, the segmenter does not run); numpy and arrow string arrays as in
        ``encode_batch``, whose keywords (``padding``, ``return_tensors``, ...) apply. A bare
        ``str`` (which would iterate as characters), a dict or a set (no order of rows) is a
        ``TypeError``."""
        if isinstance(items, str | bytes | Mapping | AbstractSet):
            raise TypeError(
                f"expected a sequence of texts (a batch), got {type(items).__name__}; "
                "wrap a single text in a list"
            )
        if isinstance(items, np.ndarray) or callable(getattr(items, "to_pylist", None)):
            return self.encode_batch(items, **options)
        rows = list(items)
        if rows and all(map(is_preencoded, rows)):
            return self.encode_rows(rows, **options)
        lacking = next(
            (i for i, it in enumerate(rows) if isinstance(it, Mapping) and self.text_key not in it),
            None,
        )
        if lacking is not None:
            raise ConfigError(
                f"items[{lacking}] has no {self.text_key!r} key (keys: {list(rows[lacking])}); "
                "with transformers.Trainer and a dataset of mappings, set "
                "TrainingArguments(remove_unused_columns=False) so that it keeps the columns "
                "the collator reads"
            )
        texts = [item[self.text_key] if isinstance(item, Mapping) else item for item in rows]
        return self.encode_batch(texts, **options)

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

    def encode_batch(
        self, texts: Any, *, return_tensors: str | None = "pt", **policy: Any
    ) -> HybridBatch:
        """Token ids, 128-d span embeddings and masks of ``texts``. Keywords override fields
        of the collator's :class:`SequencePolicy` for this call (``max_length``, ``padding``,
        ``truncation``, ``pad_to_multiple_of``, ``padding_side``, in transformers' spellings
        too); ``return_tensors``: ``"pt"`` (default; ``None`` means it too) or ``"np"``."""
        kind = _tensor_kind(return_tensors)
        items, packed = self.encode_arrays(texts, **policy)
        return HybridBatch.from_packed(packed, items, kind)

    def encode_rows(
        self, rows: Sequence[Mapping[str, Any]], *, return_tensors: str | None = "pt", **policy: Any
    ) -> HybridBatch:
        """Like :meth:`encode_batch`, for pre-encoded rows (``fluxem preprocess`` shards or
        ``SpanColumns`` output, compact or materialised): the rows' spans and embeddings are
        used, the segmenter does not run (the registry's user domains and encoders still
        apply). The rows were made by the default segmenter, so a collator whose segmenter has
        other options raises ``ConfigError``."""
        kind = _tensor_kind(return_tensors)
        if _segmenter_options(self.segmenter) != _default_segmenter_options():
            raise ConfigError(
                f"pre-encoded rows come from the default segmenter, this collator uses "
                f"{self.segmenter!r}: encode the texts instead"
            )
        texts, segments = segments_from_rows(rows, self.text_key)
        bad = next((i for i, t in enumerate(texts) if type(t) is not str), None)
        if bad is not None:
            raise TypeError(f"rows[{bad}][{self.text_key!r}] is {type(texts[bad]).__name__}")
        return HybridBatch.from_packed(self.pack_segments(texts, segments, **policy), texts, kind)


def _tensor_kind(return_tensors: str | None) -> str:
    kind = "pt" if return_tensors is None else return_tensors
    if kind not in RETURN_TENSORS:
        raise ConfigError(f"return_tensors must be one of {RETURN_TENSORS}, got {return_tensors!r}")
    return kind


def _segmenter_options(seg: MultiDomainTokenizer) -> tuple[Any, ...]:
    return (seg.domains, seg.priority, seg.arithmetic_granularity)


@functools.cache
def _default_segmenter_options() -> tuple[Any, ...]:
    return _segmenter_options(MultiDomainTokenizer())


def _check_texts(texts: Any) -> list[str]:
    items = as_text_list(texts)
    bad = next((i for i, t in enumerate(items) if type(t) is not str), None)
    if bad is not None:
        raise TypeError(f"texts[{bad}] is {type(items[bad]).__name__}, expected str")
    return items
