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

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
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
        max_length, truncation, padding, add_bos, add_eos, pad_to_multiple_of,
            padding_side: the sequence policy
            (:class:`~fluxem.integration.packing.SequencePolicy`; default: at most 4096
            positions, truncate at the end, pad to the longest row on the right, no BOS/EOS).
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
        pad_to_multiple_of: int | None = None,
        padding_side: str = "right",
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
            policy=SequencePolicy(
                max_length,
                truncation,
                padding,
                add_bos,
                add_eos,
                pad_to_multiple_of,
                padding_side,
            ),
            parallel=parallel,
        )
        reg = self.collator.registry
        self._options = {
            "llm_hidden_dim": llm_hidden_dim,
            "head": head,
            "head_layers": head_layers,
            "type_embeddings": type_embeddings,
            "external_text_embedding": text_embedding is not None,
            "parallel": parallel,
        }
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

    def forward(self, batch: Mapping[str, Any]) -> torch.Tensor:
        """``inputs_embeds`` ``(R, L, H)`` of a batch (a :class:`HybridBatch`, or a mapping
        with its ``input_ids``, ``span_index``, ``domain_embeddings``, ``span_domain`` and
        ``domain_types``), built on this module's device."""
        if not isinstance(batch, HybridBatch | Mapping):
            raise TypeError(
                f"pipeline(batch) takes a HybridBatch (or a mapping of its tensors), got "
                f"{type(batch).__name__}: for texts, batch = pipeline.encode_batch(texts) (or "
                "pipeline.collate_fn(texts)), then pipeline(batch)"
            )
        dev = self._device()
        keys = ("input_ids", "span_index", "domain_embeddings", "span_domain", "domain_types")
        embeds: torch.Tensor = self.embedder(
            *(torch.as_tensor(batch[k]).to(dev, non_blocking=True) for k in keys)
        )
        return embeds

    # --- save / load (transformers' layout) -------------------------------------------

    @property
    def config(self) -> dict[str, Any]:
        """Everything :meth:`from_pretrained` needs to rebuild this pipeline (JSON types):
        the head options, the segmenter's options, the sequence policy and the registered
        domains (user domains by id and name). The text tokenizer is saved next to it."""
        reg, seg = self.registry, self.collator.segmenter
        policy = self.collator.policy
        return {
            **self._options,
            "vocab_size": self.text_tokenizer.vocab_size,
            "domains": [d.name for d in seg.domains],
            "priority": [d.name for d in seg.priority],
            "arithmetic_granularity": seg.arithmetic_granularity,
            "policy": {f: getattr(policy, f) for f in policy.__dataclass_fields__},
            "registry": {
                "domains": [reg.domain_name(d) for d in reg.domains],
                "user_domains": {str(i): u.name for i, u in reg.user_domains.items()},
                "custom_encoders": {
                    reg.domain_name(d): e.name
                    for d in reg.domains
                    if (e := reg.entry(d)) is not None and e.kind != "native"
                },
            },
        }

    def save_pretrained(self, directory: str | Path) -> Path:
        """Writes ``config.json`` (:attr:`config` plus the fluxem version and
        ``LAYOUT_VERSION``), ``model.safetensors`` (the projection heads, type embeddings and
        an owned text embedding) and the text tokenizer's files into ``directory``."""
        from fluxem.integration.pretrained import save_module
        from fluxem.integration.text_tokenizer import save_text_tokenizer

        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        config = self.config
        config["text_tokenizer"] = save_text_tokenizer(self.text_tokenizer, path)
        return save_module(path, "TrainingPipeline", config, self)

    @classmethod
    def from_pretrained(
        cls,
        directory: str | Path,
        *,
        registry: DomainEncoderRegistry | None = None,
        text_tokenizer: Any = None,
        text_embedding: nn.Module | None = None,
        device: Any = None,
    ) -> TrainingPipeline:
        """The pipeline :meth:`save_pretrained` wrote, with the same weights, options and
        text tokenizer. Pass again what cannot be saved: ``registry`` when user domains or
        custom encoders were registered, ``text_embedding`` when the pipeline used the LLM's
        own (``model.get_input_embeddings()``), ``text_tokenizer`` for a user-defined one.
        Raises :class:`~fluxem.errors.ConfigError` when one is missing or does not match, or
        when the directory was written under another ``LAYOUT_VERSION``."""
        from fluxem.integration.pretrained import dtype_of, load_weights, read_config
        from fluxem.integration.text_tokenizer import load_text_tokenizer

        config = read_config(directory, "TrainingPipeline")
        saved = config["registry"]
        needs = dict(saved["user_domains"]) | dict(saved["custom_encoders"])
        if registry is None:
            if needs:
                raise ConfigError(
                    f"{directory} was saved with user domains or encoders {needs}: pass "
                    "registry= with them registered"
                )
            registry = DomainEncoderRegistry(saved["domains"])
        have = [registry.domain_name(d) for d in registry.domains]
        users = {str(i): u.name for i, u in registry.user_domains.items()}
        if have != saved["domains"] or users != saved["user_domains"]:
            raise ConfigError(
                f"the registry has domains {have} (user domains {users}); {directory} was "
                f"saved with {saved['domains']} (user domains {saved['user_domains']})"
            )
        if config["external_text_embedding"] and text_embedding is None:
            raise ConfigError(
                f"{directory} used the LLM's own text embedding: pass "
                "text_embedding=model.get_input_embeddings()"
            )
        if text_tokenizer is None:
            text_tokenizer = load_text_tokenizer(config["text_tokenizer"], directory)
        pipeline = cls(
            config["llm_hidden_dim"],
            registry=registry,
            text_tokenizer=text_tokenizer,
            text_embedding=text_embedding,
            head=config["head"],
            head_layers=config["head_layers"],
            type_embeddings=config["type_embeddings"],
            domains=config["domains"],
            priority=config["priority"],
            arithmetic_granularity=config["arithmetic_granularity"],
            parallel=config["parallel"],
            device=device,
            dtype=dtype_of(config),
            **config["policy"],
        )
        if pipeline.text_tokenizer.vocab_size != config["vocab_size"]:
            raise ConfigError(
                f"the text tokenizer has {pipeline.text_tokenizer.vocab_size} ids, "
                f"{directory} was saved with {config['vocab_size']}"
            )
        load_weights(directory, pipeline)
        return pipeline

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

    def batch_decode(self, batch: HybridBatch, *, skip_special_tokens: bool = True) -> list[str]:
        """The text of each row as the model sees it (transformers' ``batch_decode`` for a
        hybrid batch): runs of text tokens decoded by the text tokenizer, each domain span
        written as its decoded value the way ``generate`` emits values (``12 + 30`` is ``42``:
        the embedding holds the value), or as its source text when its domain has no decoder.
        Padding is left out, and the tokenizer's BOS/EOS/pad tokens too unless
        ``skip_special_tokens=False``."""
        from fluxem.integration.generation import format_value

        tok = self.text_tokenizer
        special = {tok.bos_id, tok.eos_id, tok.pad_id} if skip_special_tokens else set()
        ids, mask, where = (_rows(batch[k]) for k in ("input_ids", "attention_mask", "span_index"))
        embs, domains = _rows(batch.domain_embeddings), _rows(batch.span_domain)
        out = []
        for r in range(len(ids)):
            parts: list[str] = []
            run: list[int] = []
            for t, m, s in zip(ids[r], mask[r], where[r], strict=True):
                if not m:
                    continue
                if s < 0:
                    if t not in special:
                        run.append(t)
                    continue
                parts.append(tok.decode(run))
                run = []
                try:
                    value = self.registry.decode(domains[s], np.asarray(embs[s]))
                except (ValueError, NotImplementedError):
                    value = None
                if value is None and batch.texts:
                    doc = int(batch.span_doc[s])
                    a, b = int(batch.span_start[s]), int(batch.span_end[s])
                    parts.append(batch.texts[doc][a:b])
                else:
                    parts.append(format_value(value))
            parts.append(tok.decode(run))
            out.append("".join(parts))
        return out

    def encode(self, text: str, max_length: int | _Default | None = DEFAULT) -> PipelineResult:
        """One text -> :class:`PipelineResult` with ``(seq_len, H)`` embeddings.

        Truncation follows the pipeline's policy (``"split"`` is for batches: here it acts
        as ``"end"``). Gradients flow if grad mode is on.
        """
        if not isinstance(text, str):
            raise TypeError(f"encode expects str, got {type(text).__name__}")
        policy: dict[str, Any] = {"padding": "longest", "padding_side": "right"}
        policy["pad_to_multiple_of"] = None  # one row: no padding at all
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


def _rows(x: Any) -> list[Any]:
    """A tensor or array as nested lists (one pass, for Python loops)."""
    if isinstance(x, torch.Tensor):
        x = x.detach().cpu()
    return list(x.tolist())
