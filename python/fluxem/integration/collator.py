"""HybridCollator: texts -> padded hybrid batches (segment, resolve, tokenize, pack).

The stage that runs the others for a batch of texts: the segmenter's native call (spans and
their embeddings), the registry's resolution, the text tokenizer and the packing policy. It
holds no torch weights, so it pickles cheaply into DataLoader workers; only
:meth:`HybridCollator.encode_batch` (tensors) needs torch, :meth:`HybridCollator.encode_arrays`
(numpy) does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from fluxem import _native
from fluxem._inputs import as_text_list
from fluxem.domain_type import DomainType
from fluxem.integration.batch import HybridBatch
from fluxem.integration.packing import PackedRows, check_policies, pack
from fluxem.integration.registry import DomainEncoderRegistry
from fluxem.integration.resolve import resolve
from fluxem.integration.text_tokenizer import TextTokenizer, as_text_tokenizer

__all__ = ["DEFAULT", "HybridCollator"]

class _Default:
    """Marks "use the pipeline's setting" (``max_length=None`` means no limit)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()

class HybridCollator:
    """Texts -> :class:`HybridBatch` (segmentation, registry, text tokenizer, padding).

    Holds no torch weights, so it is cheap to pickle into DataLoader workers
    (``num_workers > 0``); the native segmenter is rebuilt in each process. Items may be
    ``str`` or mappings with a ``text_key`` entry. All domain embeddings of a batch come from
    one native ``segment_batch(..., encode=True)`` call (GIL released, threads over
    documents; in forked workers it runs on the worker's thread).
    """

    def __init__(
        self,
        registry: DomainEncoderRegistry | None = None,
        text_tokenizer: Any = None,
        *,
        domains: Iterable[Any] | None = None,
        priority: Sequence[Any] | None = None,
        arithmetic_granularity: str = "expression",
        max_length: int | None = 4096,
        truncation: str = "end",
        padding: str = "longest",
        add_bos: bool = False,
        add_eos: bool = False,
        parallel: bool = True,
        text_key: str = "text",
    ) -> None:
        check_policies(truncation, padding, max_length)
        self.registry = registry if registry is not None else DomainEncoderRegistry()
        self.text_tokenizer: TextTokenizer = as_text_tokenizer(text_tokenizer)
        self.domains = _domain_names(domains)
        self.priority = _domain_names(priority)
        self.arithmetic_granularity = arithmetic_granularity
        self.max_length = max_length
        self.truncation = truncation
        self.padding = padding
        self.add_bos = add_bos
        self.add_eos = add_eos
        self.parallel = parallel
        self.text_key = text_key
        self._segmenter: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_segmenter"] = None
        return state

    def segmenter(self) -> Any:
        """The native segmenter (built on first use, once per process)."""
        if self._segmenter is None:
            cls = getattr(_native, "Segmenter", None)
            if cls is None:
                raise ImportError("this build of fluxem._native has no Segmenter")
            self._segmenter = cls(
                domains=self.domains,
                priority=self.priority,
                arithmetic_granularity=self.arithmetic_granularity,
            )
        return self._segmenter

    def __call__(self, items: Sequence[Any]) -> HybridBatch:
        texts = [
            item
            if isinstance(item, str)
            else item[self.text_key]
            if isinstance(item, Mapping)
            else item
            for item in items
        ]
        return self.encode_batch(texts)

    def encode_arrays(
        self,
        texts: Any,
        *,
        max_length: int | _Default | None = DEFAULT,
        truncation: str | None = None,
        padding: str | None = None,
    ) -> tuple[list[str], PackedRows]:
        """The numpy form of :meth:`encode_batch` (no torch), e.g. for ``datasets.map``."""
        items = _check_texts(texts)
        seg = self.segmenter().segment_batch(items, parallel=self.parallel, encode=True)
        spans = resolve(self.registry, items, seg)
        packed = pack(
            items,
            spans,
            self.text_tokenizer,
            max_length=self.max_length if isinstance(max_length, _Default) else max_length,
            truncation=truncation or self.truncation,
            padding=padding or self.padding,
            add_bos=self.add_bos,
            add_eos=self.add_eos,
        )
        return items, packed

    def encode_batch(
        self,
        texts: Any,
        *,
        max_length: int | _Default | None = DEFAULT,
        truncation: str | None = None,
        padding: str | None = None,
    ) -> HybridBatch:
        items, packed = self.encode_arrays(
            texts, max_length=max_length, truncation=truncation, padding=padding
        )
        return HybridBatch.from_packed(packed, items)


def _domain_names(domains: Iterable[Any] | None) -> list[str] | None:
    """The segmenter takes domain names; accept ``DomainType`` values and ids too."""
    if domains is None:
        return None
    return [d.upper() if isinstance(d, str) else DomainType(int(d)).name for d in domains]


def _check_texts(texts: Any) -> list[str]:
    items = as_text_list(texts)
    bad = next((i for i, t in enumerate(items) if type(t) is not str), None)
    if bad is not None:
        raise TypeError(f"texts[{bad}] is {type(items[bad]).__name__}, expected str")
    return items
