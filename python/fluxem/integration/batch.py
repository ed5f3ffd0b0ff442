"""Batch types: what flows out of the stages, one row per span or per position.

- :class:`SegmentBatch`: the segmenter's spans of many documents as flat numpy columns (and
  their embeddings, when asked for), straight from the native call.
- :class:`HybridBatch`: the collator's padded rows of text tokens and domain positions, as
  torch tensors (shared with the numpy arrays they come from: no copy).
- :class:`PipelineResult` and :class:`SpanValue`: one encoded text, for inspection.

Only building a :class:`HybridBatch` needs torch; importing this module does not.
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from fluxem.domain_type import DomainType

if TYPE_CHECKING:
    import torch
    from torch import nn

    from fluxem.integration.packing import PackedRows
    from fluxem.integration.registry import DomainEncoderRegistry

__all__ = ["HybridBatch", "PipelineResult", "SegmentBatch", "SpanValue"]

#: Label value ignored by torch/HF cross-entropy (domain, BOS-less padding positions).
IGNORE_INDEX = -100

#: The keys of a :class:`HybridBatch` as a mapping: what a hybrid model's forward takes
#: (``HybridCausalLM(**batch)``); the other fields are attributes only.
MODEL_INPUT_KEYS = (
    "input_ids",
    "attention_mask",
    "labels",
    "domain_types",
    "span_index",
    "domain_embeddings",
    "span_domain",
)

#: ``return_tensors`` values: torch tensors or numpy arrays.
RETURN_TENSORS = ("pt", "np")


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

    Like transformers' ``BatchEncoding`` it is a read-only mapping over
    :data:`MODEL_INPUT_KEYS` (``batch["input_ids"]``, ``keys()``, ``items()``, ``in``,
    ``model(**batch)`` for :class:`~fluxem.integration.hf.HybridCausalLM`), and ``.to(device)``
    moves every tensor. ``len(batch)`` is its number of rows, as before (not its number of
    keys). With ``return_tensors="np"`` the fields are numpy arrays instead of tensors.
    It is not registered as a ``collections.abc.Mapping``: transformers' ``Trainer`` and
    accelerate rebuild a ``Mapping`` with ``type(batch)(dict)``, which would drop the other
    fields; they move a ``HybridBatch`` with its ``.to()`` instead.
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
    def from_packed(
        cls, p: PackedRows, texts: list[str], return_tensors: str = "pt"
    ) -> HybridBatch:
        """Wraps the packed arrays as tensors with ``torch.from_numpy`` (shared memory), or
        keeps them as numpy arrays (``return_tensors="np"``, no torch needed)."""
        if return_tensors == "np":
            t: Any = np.asarray
        else:
            import torch

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

    # --- mapping access (transformers' BatchEncoding) ------------------------------------

    def __getitem__(self, key: str) -> Any:
        if key not in MODEL_INPUT_KEYS:
            raise KeyError(
                f"{key!r}: a HybridBatch's keys are {MODEL_INPUT_KEYS} (other fields are "
                "attributes)"
            )
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in MODEL_INPUT_KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(MODEL_INPUT_KEYS)

    def keys(self) -> KeysView[str]:
        return KeysView(dict.fromkeys(MODEL_INPUT_KEYS))

    def values(self) -> list[Any]:
        return [getattr(self, k) for k in MODEL_INPUT_KEYS]

    def items(self) -> list[tuple[str, Any]]:
        return [(k, getattr(self, k)) for k in MODEL_INPUT_KEYS]

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key) if key in MODEL_INPUT_KEYS else default

    def _repr_html_(self) -> str:
        """Each document of the batch with its spans highlighted (notebooks)."""
        from fluxem.integration.segmenter import _tokens
        from fluxem.render import spans_html

        docs = self.span_doc.tolist()
        spans = list(
            zip(
                self.span_start.tolist(),
                self.span_end.tolist(),
                self.span_domain.tolist(),
                strict=True,
            )
        )
        parts = []
        for d, text in enumerate(self.texts):
            mine = sorted({sp for sp, doc in zip(spans, docs, strict=True) if doc == d})
            parts.append(spans_html(text, _tokens(text, mine)))
        return "<br>".join(parts)

    @property
    def fallbacks(self) -> dict[str, int]:
        """Spans that went to the text path, counted by reason (whole batch)."""
        counts = self.fallback_counts
        arr = counts if isinstance(counts, np.ndarray) else counts.numpy(force=True)
        return _fallback_dict(arr, self.fallback_reasons)

    def _map(self, fn: Any) -> HybridBatch:
        import torch

        values = {
            f.name: fn(getattr(self, f.name))
            if isinstance(getattr(self, f.name), torch.Tensor)
            else getattr(self, f.name)
            for f in fields(self)
        }
        return HybridBatch(**values)

    def to(self, device: Any, non_blocking: bool = False) -> HybridBatch:
        """A copy with every tensor on ``device`` (numpy fields stay as they are)."""
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


@dataclass(frozen=True, slots=True)
class SegmentBatch:
    """Spans of many documents as flat columns, one row per non-TEXT span.

    Rows of document ``i`` are ``doc_offsets[i]:doc_offsets[i + 1]``. ``start``/``end`` are
    ``str`` offsets, ``byte_start``/``byte_end`` UTF-8 byte offsets, ``domain`` the
    ``DomainType`` value, ``status`` 0 for every span (each was encoded when validated),
    ``doc_status`` 0 per document unless segmenting it hit an internal error (255).
    ``embeddings`` is ``(n_spans, 128)`` when requested, else None.
    """

    doc_offsets: npt.NDArray[np.int64]
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]
    byte_start: npt.NDArray[np.int64]
    byte_end: npt.NDArray[np.int64]
    domain: npt.NDArray[np.uint8]
    status: npt.NDArray[np.uint8]
    doc_status: npt.NDArray[np.uint8]
    embeddings: npt.NDArray[Any] | None = None

    def __len__(self) -> int:
        return len(self.doc_offsets) - 1

    @property
    def n_spans(self) -> int:
        return len(self.start)

    @property
    def doc(self) -> npt.NDArray[np.int64]:
        """The document index of every span row."""
        counts = np.diff(self.doc_offsets)
        return np.repeat(np.arange(len(counts), dtype=np.int64), counts)

    def spans_of(self, i: int) -> list[tuple[int, int, DomainType]]:
        """The spans of document ``i`` as (start, end, domain)."""
        n = len(self)
        if not -n <= i < n:
            raise IndexError(f"document {i} out of range for a batch of {n}")
        i %= n
        a, b = int(self.doc_offsets[i]), int(self.doc_offsets[i + 1])
        return [
            (int(s), int(e), DomainType(int(d)))
            for s, e, d in zip(self.start[a:b], self.end[a:b], self.domain[a:b], strict=True)
        ]

    def to_arrow(self) -> Any:
        """A ``pyarrow.RecordBatch`` with one row per span (numeric columns are zero-copy
        views of the numpy arrays; ``doc`` is computed; ``embedding`` is a fixed-size list)."""
        import pyarrow as pa

        cols = {
            "doc": pa.array(self.doc),
            "start": pa.array(self.start),
            "end": pa.array(self.end),
            "byte_start": pa.array(self.byte_start),
            "byte_end": pa.array(self.byte_end),
            "domain": pa.array(self.domain),
            "status": pa.array(self.status),
        }
        if self.embeddings is not None:
            flat = pa.array(np.ascontiguousarray(self.embeddings).reshape(-1))
            cols["embedding"] = pa.FixedSizeListArray.from_arrays(flat, self.embeddings.shape[1])
        return pa.RecordBatch.from_pydict(cols)
