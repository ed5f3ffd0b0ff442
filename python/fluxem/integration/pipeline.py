"""TrainingPipeline: mixed streams of text tokens and projected domain embeddings for any LLM.

::

    from fluxem.integration import TrainingPipeline
    pipeline = TrainingPipeline(llm_hidden_dim=4096)
    result = pipeline.encode("Calculate 1234 + 5678 for the reaction H2 + O2 -> H2O")
    result.embeddings    # (seq_len, 4096) float tensor, ready for the LLM
    result.domain_mask   # (seq_len,) bool: True at domain-span positions
    result.domain_types  # (seq_len,) int64: the DomainType id of each position (0 = TEXT)

For training, :meth:`TrainingPipeline.encode_batch` (or its ``collate_fn`` in a DataLoader)
returns a :class:`HybridBatch` of token ids, 128-d domain embeddings and masks; the model builds
its ``inputs_embeds`` on the device with ``pipeline(batch)``. Sequence construction and the
truncation policy are described in ``fluxem.integration._sequence`` and docs/PIPELINE.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

import numpy as np
import torch
from torch import nn

from fluxem import _native
from fluxem._inputs import as_text_list
from fluxem.domain_type import DomainType
from fluxem.integration._sequence import PackedRows, check_policies, pack
from fluxem.integration.heads import HybridEmbedder
from fluxem.integration.registry import EMBED_DIM, DomainEncoderRegistry
from fluxem.integration.text_tokenizer import TextTokenizer, as_text_tokenizer

__all__ = [
    "HybridBatch",
    "HybridCollator",
    "PipelineResult",
    "SpanValue",
    "TrainingPipeline",
]


class _Default:
    """Marks "use the pipeline's setting" (``max_length=None`` means no limit)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()

#: Label value ignored by torch/HF cross-entropy (domain, BOS-less padding positions).
IGNORE_INDEX = -100


def _domain(d: int) -> DomainType | int:
    return DomainType(d) if d < len(DomainType) else d


def _fallback_dict(counts: np.ndarray, reasons: Sequence[str]) -> dict[str, int]:
    totals = counts.sum(axis=0) if counts.ndim == 2 else counts
    return {r: int(c) for r, c in zip(reasons, totals.tolist(), strict=True) if c}


@dataclass
class HybridBatch:
    """A padded batch of hybrid sequences (``R`` rows of width ``L``; ``S`` domain spans).

    Per position (``(R, L)``): ``input_ids`` (text token id; the tokenizer's pad id at domain
    and padding positions), ``attention_mask`` (1 for real positions), ``domain_mask`` (True at
    domain spans), ``domain_types`` (domain id, 0 = TEXT), ``span_index`` (row of
    ``domain_embeddings`` or -1), ``labels`` (``input_ids`` at text positions, -100 elsewhere,
    for the LM loss), ``offsets`` (``(R, L, 2)`` char offsets in the source text).
    Per span (``(S, ...)``, row-major position order): ``domain_embeddings`` (float32, 128-d,
    deterministic), ``span_domain``, ``span_doc``, ``span_start``, ``span_end``.
    Per row: ``lengths``, ``row_doc`` (source document). Per document: ``truncated``,
    ``fallback_counts`` (``(n, k)``, columns named by ``fallback_reasons``).
    ``fallbacks`` sums them: ``{reason: count}``.
    """

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    domain_mask: torch.Tensor
    domain_types: torch.Tensor
    span_index: torch.Tensor
    labels: torch.Tensor
    offsets: torch.Tensor
    lengths: torch.Tensor
    row_doc: torch.Tensor
    domain_embeddings: torch.Tensor
    span_domain: torch.Tensor
    span_doc: torch.Tensor
    span_start: torch.Tensor
    span_end: torch.Tensor
    truncated: torch.Tensor
    fallback_counts: torch.Tensor
    fallback_reasons: tuple[str, ...] = ()
    encoder_errors: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def from_packed(cls, p: PackedRows, texts: list[str]) -> HybridBatch:
        t = torch.from_numpy
        domain_mask = p.span_index >= 0
        labels = np.where(p.attention_mask & ~domain_mask, p.input_ids, IGNORE_INDEX)
        return cls(
            input_ids=t(p.input_ids),
            attention_mask=t(p.attention_mask.astype(np.int64)),
            domain_mask=t(domain_mask),
            domain_types=t(p.domain_types),
            span_index=t(p.span_index),
            labels=t(labels),
            offsets=t(p.offsets),
            lengths=t(p.lengths),
            row_doc=t(p.row_doc),
            domain_embeddings=t(p.span_embeddings),
            span_domain=t(p.span_domain),
            span_doc=t(p.span_doc),
            span_start=t(p.span_start),
            span_end=t(p.span_end),
            truncated=t(p.truncated),
            fallback_counts=t(p.fallbacks),
            fallback_reasons=p.reasons,
            encoder_errors=dict(p.errors),
            texts=texts,
        )

    def __len__(self) -> int:
        return int(self.input_ids.shape[0])

    @property
    def fallbacks(self) -> dict[str, int]:
        """Spans that went to the text path, counted by reason (whole batch)."""
        return _fallback_dict(self.fallback_counts.numpy(force=True), self.fallback_reasons)

    def _map(self, fn: Any) -> HybridBatch:
        values = {
            f.name: fn(getattr(self, f.name))
            if isinstance(getattr(self, f.name), torch.Tensor)
            else getattr(self, f.name)
            for f in fields(self)
        }
        return HybridBatch(**values)

    def to(self, device: Any, non_blocking: bool = False) -> HybridBatch:
        """A copy with every tensor on ``device``."""
        return self._map(lambda x: x.to(device, non_blocking=non_blocking))

    def pin_memory(self) -> HybridBatch:
        """For ``DataLoader(pin_memory=True)``."""
        return self._map(lambda x: x.pin_memory())

    def model_inputs(self, embedder: nn.Module) -> dict[str, torch.Tensor]:
        """``{"inputs_embeds", "attention_mask"}`` for an HF model's forward."""
        return {"inputs_embeds": embedder(self), "attention_mask": self.attention_mask}


@dataclass(frozen=True)
class SpanValue:
    """A domain span of a result: where it is, its position, and its decoded value."""

    domain: DomainType | int
    text: str
    start: int
    end: int
    position: int
    value: Any


@dataclass
class PipelineResult:
    """One encoded text. Per position (``seq_len``): ``embeddings`` (``(seq_len, H)``),
    ``domain_mask``, ``domain_types`` (int64 DomainType ids, 0 = TEXT), ``token_ids`` (text
    token ids; pad id at domain positions), ``offsets`` (``(seq_len, 2)`` char offsets).
    ``span_embeddings``: the 128-d deterministic embedding of each domain span, in order.
    ``spans``: :class:`SpanValue` s with decoded values. ``fallbacks``: ``{reason: count}``
    of spans that went to the text path; ``truncated``: positions were dropped."""

    text: str
    embeddings: torch.Tensor
    domain_mask: torch.Tensor
    domain_types: torch.Tensor
    token_ids: torch.Tensor
    offsets: torch.Tensor
    span_embeddings: torch.Tensor
    span_domains: torch.Tensor
    fallbacks: dict[str, int]
    encoder_errors: dict[str, str]
    truncated: bool
    registry: DomainEncoderRegistry = field(repr=False)

    def __len__(self) -> int:
        return int(self.domain_mask.shape[0])

    @property
    def types(self) -> list[DomainType | int]:
        """``domain_types`` as a list of ``DomainType`` (ints for user domains)."""
        return [_domain(d) for d in self.domain_types.tolist()]

    @cached_property
    def spans(self) -> list[SpanValue]:
        """The domain spans in text order, with values decoded from their embeddings (``None``
        when the domain's encoder has no decoder)."""
        positions = self.domain_mask.nonzero().squeeze(1).tolist()
        offsets = self.offsets[self.domain_mask].tolist()
        embs = self.span_embeddings.numpy(force=True)
        out = []
        for i, (pos, (a, b), d) in enumerate(
            zip(positions, offsets, self.span_domains.tolist(), strict=True)
        ):
            try:
                value = self.registry.decode(d, embs[i])
            except (ValueError, NotImplementedError):
                value = None
            out.append(SpanValue(_domain(d), self.text[a:b], a, b, pos, value))
        return out


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
        spans = self.registry.resolve(items, seg)
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


class TrainingPipeline(nn.Module):
    """Segmenter + encoder registry + text tokenizer (the collator) and the learned parts
    (:class:`~fluxem.integration.heads.HybridEmbedder`) in one object.

    Args:
        llm_hidden_dim: width of the LLM's input embeddings.
        registry: the :class:`DomainEncoderRegistry` (default: the seven built-in encoders).
            Register user domains *before* building the pipeline so they get heads.
        text_tokenizer: ``None`` (built-in byte tokenizer), an HF ``tokenizers.Tokenizer``, a
            transformers fast tokenizer, or a ``TextTokenizer``.
        text_embedding: ``None`` (a learned ``nn.Embedding``) or the LLM's own input
            embeddings (used, not owned: not in this module's ``state_dict``).
        head: ``"per_domain"`` (default; see ``fluxem.integration.heads`` for why) or
            ``"shared"``; ``head_layers``: 1 = linear, more = MLP.
        type_embeddings: add a learned (zero-initialised) vector per domain id.
        domains, priority, arithmetic_granularity: passed to the segmenter.
        max_length, truncation, padding: sequence length policy (default: at most 4096
            positions, truncate at the end, pad to the longest row).
        add_bos, add_eos: add the text tokenizer's BOS/EOS tokens.
        parallel: let native calls use threads.
    """

    def __init__(
        self,
        llm_hidden_dim: int = 4096,
        *,
        registry: DomainEncoderRegistry | None = None,
        text_tokenizer: Any = None,
        text_embedding: nn.Module | None = None,
        head: str = "per_domain",
        head_layers: int = 1,
        type_embeddings: bool = True,
        domains: Iterable[Any] | None = None,
        priority: Sequence[Any] | None = None,
        arithmetic_granularity: str = "expression",
        max_length: int | None = 4096,
        truncation: str = "end",
        padding: str = "longest",
        add_bos: bool = False,
        add_eos: bool = False,
        parallel: bool = True,
        device: Any = None,
        dtype: Any = None,
    ) -> None:
        super().__init__()
        if isinstance(llm_hidden_dim, bool) or not isinstance(llm_hidden_dim, int):
            raise TypeError(f"llm_hidden_dim must be an int, got {llm_hidden_dim!r}")
        if llm_hidden_dim < 1:
            raise ValueError(f"llm_hidden_dim must be positive, got {llm_hidden_dim}")
        self.collator = HybridCollator(
            registry,
            text_tokenizer,
            domains=domains,
            priority=priority,
            arithmetic_granularity=arithmetic_granularity,
            max_length=max_length,
            truncation=truncation,
            padding=padding,
            add_bos=add_bos,
            add_eos=add_eos,
            parallel=parallel,
        )
        reg = self.collator.registry
        self.embedder = HybridEmbedder(
            llm_hidden_dim,
            self.collator.text_tokenizer.vocab_size,
            text_embedding=text_embedding,
            domains=reg.domains,
            head=head,
            head_layers=head_layers,
            type_embeddings=type_embeddings,
            device=device,
            dtype=dtype,
        )

    @property
    def registry(self) -> DomainEncoderRegistry:
        return self.collator.registry

    @property
    def text_tokenizer(self) -> TextTokenizer:
        return self.collator.text_tokenizer

    @property
    def hidden_dim(self) -> int:
        return self.embedder.hidden_dim

    @property
    def collate_fn(self) -> HybridCollator:
        """``DataLoader(dataset, collate_fn=pipeline.collate_fn, num_workers=...)``."""
        return self.collator

    def _device(self) -> torch.device:
        p = next(self.embedder.parameters(), None)
        if p is None:
            p = next(self.embedder.text.parameters())
        return p.device

    def forward(self, batch: HybridBatch) -> torch.Tensor:
        """``inputs_embeds`` ``(R, L, H)`` of a batch, built on this module's device."""
        dev = self._device()
        return self.embedder(
            *(
                t.to(dev, non_blocking=True)
                for t in (
                    batch.input_ids,
                    batch.span_index,
                    batch.domain_embeddings,
                    batch.span_domain,
                    batch.domain_types,
                )
            )
        )

    def encode_batch(
        self,
        texts: Any,
        max_length: int | _Default | None = DEFAULT,
        *,
        truncation: str | None = None,
        padding: str | None = None,
    ) -> HybridBatch:
        """Token ids + 128-d domain embeddings + masks for many texts (see
        :class:`HybridBatch`); ``pipeline(batch)`` turns it into ``inputs_embeds``.
        ``max_length``/``truncation``/``padding`` override the pipeline's policy."""
        return self.collator.encode_batch(
            texts, max_length=max_length, truncation=truncation, padding=padding
        )

    def encode(self, text: str, max_length: int | _Default | None = DEFAULT) -> PipelineResult:
        """One text -> :class:`PipelineResult` with ``(seq_len, H)`` embeddings.

        Truncation follows the pipeline's policy (``"split"`` is for batches: here it acts
        as ``"end"``). Gradients flow if grad mode is on.
        """
        if not isinstance(text, str):
            raise TypeError(f"encode expects str, got {type(text).__name__}")
        trunc = "end" if self.collator.truncation == "split" else None
        batch = self.encode_batch([text], max_length, truncation=trunc, padding="longest")
        n = int(batch.lengths[0])
        emb = self(batch)[0, :n]
        return PipelineResult(
            text=text,
            embeddings=emb,
            domain_mask=batch.domain_mask[0, :n],
            domain_types=batch.domain_types[0, :n],
            token_ids=batch.input_ids[0, :n],
            offsets=batch.offsets[0, :n],
            span_embeddings=batch.domain_embeddings,
            span_domains=batch.span_domain,
            fallbacks=batch.fallbacks,
            encoder_errors=batch.encoder_errors,
            truncated=bool(batch.truncated[0]),
            registry=self.registry,
        )

    def extra_repr(self) -> str:
        c = self.collator
        return (
            f"text_tokenizer={c.text_tokenizer!r}, max_length={c.max_length}, "
            f"truncation={c.truncation!r}, embed_dim={EMBED_DIM}"
        )
