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
truncation policy are described in ``fluxem.integration.packing`` and docs/PIPELINE.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import torch
from torch import nn

from fluxem.errors import ConfigError
from fluxem.integration.batch import HybridBatch, PipelineResult, SpanValue
from fluxem.integration.collator import HybridCollator
from fluxem.integration.heads import HybridEmbedder
from fluxem.integration.packing import SequencePolicy
from fluxem.integration.registry import EMBED_DIM, DomainEncoderRegistry
from fluxem.integration.segmenter import DomainLike, MultiDomainTokenizer
from fluxem.integration.text_tokenizer import TextTokenizer

__all__ = [
    "HybridBatch",
    "HybridCollator",
    "PipelineResult",
    "SpanValue",
    "TrainingPipeline",
]


class _Default:
    """Marks "use the pipeline's policy" (``max_length=None`` means no limit)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()


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
        domains, priority, arithmetic_granularity: the segmenter's options
            (:class:`~fluxem.integration.segmenter.MultiDomainTokenizer`).
        max_length, truncation, padding, add_bos, add_eos: the sequence policy
            (:class:`~fluxem.integration.packing.SequencePolicy`; default: at most 4096
            positions, truncate at the end, pad to the longest row, no BOS/EOS).
        parallel: let native calls use threads.

    A bad option value raises :class:`~fluxem.errors.ConfigError` (a wrong type
    ``TypeError``) when the pipeline is built.
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
        domains: Iterable[DomainLike] | None = None,
        priority: Iterable[DomainLike] | None = None,
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
            raise ConfigError(f"llm_hidden_dim must be positive, got {llm_hidden_dim}")
        self.collator = HybridCollator(
            registry,
            text_tokenizer,
            segmenter=MultiDomainTokenizer(domains, priority, arithmetic_granularity),
            policy=SequencePolicy(max_length, truncation, padding, add_bos, add_eos),
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
        embeds: torch.Tensor = self.embedder(
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
        return embeds

    def encode_batch(
        self, texts: Any, max_length: int | _Default | None = DEFAULT, **policy: Any
    ) -> HybridBatch:
        """Token ids + 128-d domain embeddings + masks for many texts (see
        :class:`HybridBatch`); ``pipeline(batch)`` turns it into ``inputs_embeds``.
        ``max_length`` and keywords (``truncation``, ``padding``, ...) override fields of the
        pipeline's :class:`SequencePolicy` for this call."""
        if not isinstance(max_length, _Default):
            policy["max_length"] = max_length
        return self.collator.encode_batch(texts, **policy)

    def encode(self, text: str, max_length: int | _Default | None = DEFAULT) -> PipelineResult:
        """One text -> :class:`PipelineResult` with ``(seq_len, H)`` embeddings.

        Truncation follows the pipeline's policy (``"split"`` is for batches: here it acts
        as ``"end"``). Gradients flow if grad mode is on.
        """
        if not isinstance(text, str):
            raise TypeError(f"encode expects str, got {type(text).__name__}")
        policy: dict[str, Any] = {"padding": "longest"}
        if self.collator.policy.truncation == "split":
            policy["truncation"] = "end"
        batch = self.encode_batch([text], max_length, **policy)
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
            f"text_tokenizer={c.text_tokenizer!r}, max_length={c.policy.max_length}, "
            f"truncation={c.policy.truncation!r}, embed_dim={EMBED_DIM}"
        )
