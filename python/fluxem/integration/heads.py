"""Learned parts of hybrid training (torch ``nn.Module``s).

- :class:`DomainProjection`: 128-d fluxem embeddings -> LLM hidden size. Per-domain heads
  (default) or one shared head.
- :class:`TypeEmbedding`: an optional learned vector per domain id, zero-initialised.
- :class:`HybridEmbedder`: builds ``inputs_embeds`` on the device from text token ids, the
  batch's 128-d domain embeddings and the index of each span's position.
- :class:`DomainOutputHead`: the output side. From the hidden state at position ``t`` it
  predicts the domain of position ``t + 1`` (TEXT = "emit a text token") and, for a domain,
  its 128-d embedding, which is decoded deterministically by the domain's encoder.

The deterministic encoders are not modules and have no parameters: they stay frozen by
construction. Everything here is saved and loaded with ``state_dict``;
:class:`DomainOutputHead` (like the ``TrainingPipeline`` holding the others) also with
``save_pretrained``/``from_pretrained`` (``config.json`` + safetensors).

Why per-domain projection heads by default: each domain lays out dims 16..128 differently (the
number codec of ARITHMETIC, SI exponents of QUANTITY, element counts of FORMULA, ...). A shared
*linear* head must map the same dim through the same weights whatever it means; the tag block
only adds a per-domain bias. A linear head per domain gives each layout its own map and keeps
the encoders' algebra (``P(a + b) = P(a) + P(b) - bias``). It costs ``7 x 128 x H`` weights
(3.7M at H = 4096), negligible next to the LLM. ``mode="shared"`` is the choice for few
training examples per domain or many user domains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from fluxem import _native
from fluxem.domain_type import DomainType, domain_or_id
from fluxem.errors import ConfigError
from fluxem.integration.registry import EMBED_DIM, NUM_DOMAIN_IDS, DomainEncoderRegistry
from fluxem.layout import ARITHMETIC_CODEC, TAG_DIMS, tag_vector

PROJECTION_MODES = ("per_domain", "shared")
DEFAULT_DOMAINS = tuple(int(d) for d in DomainType if d != DomainType.TEXT)

__all__ = [
    "PROJECTION_MODES",
    "DecodedSpan",
    "DomainOutputHead",
    "DomainProjection",
    "HybridEmbedder",
    "TypeEmbedding",
]


def _mlp(
    in_dim: int, out_dim: int, layers: int, width: int | None, device: Any, dtype: Any
) -> nn.Module:
    if layers == 1:
        return nn.Linear(in_dim, out_dim, device=device, dtype=dtype)
    width = width or out_dim
    mods: list[nn.Module] = [nn.Linear(in_dim, width, device=device, dtype=dtype)]
    for _ in range(layers - 2):
        mods += [nn.GELU(), nn.Linear(width, width, device=device, dtype=dtype)]
    mods += [nn.GELU(), nn.Linear(width, out_dim, device=device, dtype=dtype)]
    return nn.Sequential(*mods)


class DomainProjection(nn.Module):
    """Maps ``(S, in_dim)`` rows with a domain id each to ``(S, out_dim)``.

    ``mode="per_domain"`` (default): one head per domain in ``domains``, applied to that
    domain's rows (a loop over the domains present, never over rows). ``mode="shared"``: one
    head for all. ``layers=1`` is a linear map (keeps the encoders' additive structure);
    ``layers>=2`` an MLP with GELU of width ``mlp_dim`` (default ``out_dim``).
    """

    def __init__(
        self,
        out_dim: int,
        domains: Iterable[int] = DEFAULT_DOMAINS,
        *,
        in_dim: int = EMBED_DIM,
        mode: str = "per_domain",
        layers: int = 1,
        mlp_dim: int | None = None,
        device: Any = None,
        dtype: Any = None,
    ) -> None:
        super().__init__()
        if mode not in PROJECTION_MODES:
            raise ConfigError(f"mode must be one of {PROJECTION_MODES}, got {mode!r}")
        if layers < 1:
            raise ConfigError(f"layers must be >= 1, got {layers}")
        self.mode = mode
        self.in_dim, self.out_dim = in_dim, out_dim
        self.domains = tuple(sorted({int(d) for d in domains}))
        if mode == "shared":
            self.shared = _mlp(in_dim, out_dim, layers, mlp_dim, device, dtype)
        else:
            self.heads = nn.ModuleDict(
                {
                    str(d): _mlp(in_dim, out_dim, layers, mlp_dim, device, dtype)
                    for d in self.domains
                }
            )

    def extra_repr(self) -> str:
        return f"mode={self.mode!r}, domains={self.domains}"

    def forward(self, x: torch.Tensor, domain: torch.Tensor) -> torch.Tensor:
        w = next(self.parameters(), None)
        if w is not None:
            x = x.to(device=w.device, dtype=w.dtype)
        if self.mode == "shared":
            shared: torch.Tensor = self.shared(x)
            return shared
        domain = domain.to(x.device)
        out = x.new_zeros((x.shape[0], self.out_dim))
        present = torch.unique(domain).tolist() if len(domain) else []
        for d in present:
            head = self.heads[str(d)] if str(d) in self.heads else None
            if head is None:
                raise KeyError(
                    f"no projection head for domain id {d} (heads exist for {self.domains}); "
                    "register domains before building the pipeline, or use mode='shared'"
                )
            idx = (domain == d).nonzero().squeeze(1)
            out = out.index_copy(0, idx, head(x.index_select(0, idx)))
        return out


class TypeEmbedding(nn.Embedding):
    """One learned vector per domain id (1..7 built-ins, 8..15 user domains), added at domain
    positions. Row 0 (TEXT) exists so that rows are domain ids; it is never added: text
    positions keep the LLM's own embeddings.

    Zero-initialised: at step 0 a span's input is exactly its projection.
    """

    def __init__(self, hidden_dim: int, *, device: Any = None, dtype: Any = None) -> None:
        super().__init__(NUM_DOMAIN_IDS, hidden_dim, device=device, dtype=dtype)
        with torch.no_grad():
            self.weight.zero_()


class HybridEmbedder(nn.Module):
    """Builds ``inputs_embeds`` ``(B, L, H)`` from a hybrid batch, on the batch's device.

    Text positions: ``text_embedding(input_ids)``, untouched (a pretrained LLM always sees its
    own text inputs). Domain positions (``span_index >= 0``): the projected 128-d embedding of
    their span plus, if enabled, the type embedding of their domain.

    ``text_embedding``: ``None`` creates a learned ``nn.Embedding(vocab_size, H)`` (normal,
    std 0.02). Passing an LLM's own input embeddings (``model.get_input_embeddings()``) uses
    them *without* registering them here: they stay owned by the LLM, so they are neither in
    this module's ``state_dict`` nor in ``parameters()`` (no duplicate optimizer entries).
    """

    def __init__(
        self,
        hidden_dim: int,
        vocab_size: int | None = None,
        *,
        text_embedding: nn.Module | None = None,
        domains: Iterable[int] = DEFAULT_DOMAINS,
        head: str = "per_domain",
        head_layers: int = 1,
        type_embeddings: bool = True,
        device: Any = None,
        dtype: Any = None,
    ) -> None:
        super().__init__()
        self.hidden_dim = hidden_dim
        if text_embedding is None:
            if vocab_size is None:
                raise ConfigError("vocab_size is needed to create the text embedding")
            emb = nn.Embedding(vocab_size, hidden_dim, device=device, dtype=dtype)
            nn.init.normal_(emb.weight, std=0.02)
            self.text_embedding: nn.Module | None = emb
            self._external: tuple[nn.Module, ...] = ()
        else:
            dim = getattr(text_embedding, "embedding_dim", hidden_dim)
            if dim != hidden_dim:
                raise ConfigError(f"text embedding width {dim} != hidden_dim {hidden_dim}")
            rows = getattr(text_embedding, "num_embeddings", None)
            if vocab_size is not None and rows is not None and rows < vocab_size:
                raise ConfigError(
                    f"the text embedding has {rows} rows but the text tokenizer has "
                    f"{vocab_size} ids; resize the model's embeddings first"
                )
            self.text_embedding = None
            self._external = (text_embedding,)  # a tuple hides it from nn.Module
        self.projection = DomainProjection(
            hidden_dim, domains, mode=head, layers=head_layers, device=device, dtype=dtype
        )
        self.type_embedding = (
            TypeEmbedding(hidden_dim, device=device, dtype=dtype) if type_embeddings else None
        )

    @property
    def text(self) -> nn.Module:
        return self.text_embedding if self.text_embedding is not None else self._external[0]

    def forward(
        self,
        input_ids: torch.Tensor,
        span_index: torch.Tensor,
        domain_embeddings: torch.Tensor,
        span_domain: torch.Tensor,
        domain_types: torch.Tensor | None = None,
    ) -> torch.Tensor:
        # One (B, L, H) allocation; the edits below are in place, which autograd allows here
        # (embedding lookups and additions do not save their outputs for backward).
        out: torch.Tensor = self.text(input_ids)
        where = (span_index >= 0).nonzero(as_tuple=True)
        if len(where[0]):
            rows = span_index[where]
            proj = self.projection(domain_embeddings.index_select(0, rows), span_domain[rows])
            out.index_put_(where, proj.to(out.dtype))
        if self.type_embedding is not None and len(where[0]):
            if domain_types is None:
                raise ValueError("domain_types is needed when type embeddings are enabled")
            d = domain_types.to(out.device)[where]
            out.index_put_(where, self.type_embedding(d).to(out.dtype), accumulate=True)
        return out


@dataclass(frozen=True)
class DecodedSpan:
    """What :meth:`DomainOutputHead.decode` read from a predicted embedding.

    ``via``: ``"exact"`` (the domain's decode accepted the vector: every integer code was
    within its rounding tolerance), ``"log"`` (ARITHMETIC only: the exact part was off, the
    value is read from the noise-tolerant log part and is approximate), or ``None`` with
    ``error`` set when nothing could be decoded.
    """

    domain: DomainType | int
    value: Any
    via: str | None
    error: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "domain", domain_or_id(self.domain))


class DomainOutputHead(nn.Module):
    """Predicts the next position's domain and, for a domain span, its 128-d embedding.

    ``type_logits`` has ``NUM_DOMAIN_IDS`` classes (0 = TEXT: the LM emits a text token).
    ``mode``: the embedding regressor, ``"shared"`` (default: the hidden state already says
    which domain comes next) or ``"per_domain"``. Decoding is deterministic: the tag block is
    set to the predicted domain's tag, ARITHMETIC validity flags are rounded, and the
    registry's decoder reads the value (see :class:`DecodedSpan`).
    """

    _allowed: torch.Tensor  # 0 for ids with a head, -inf elsewhere (a buffer)

    def __init__(
        self,
        hidden_dim: int,
        domains: Iterable[int] = DEFAULT_DOMAINS,
        *,
        registry: DomainEncoderRegistry | None = None,
        mode: str = "shared",
        layers: int = 1,
        device: Any = None,
        dtype: Any = None,
    ) -> None:
        super().__init__()
        self.domains = tuple(sorted({int(d) for d in domains}))
        self.registry = registry if registry is not None else DomainEncoderRegistry()
        self.config = {"hidden_dim": hidden_dim, "domains": list(self.domains), "mode": mode}
        self.config["layers"] = layers
        self.type_head = nn.Linear(hidden_dim, NUM_DOMAIN_IDS, device=device, dtype=dtype)
        self.embedding_head = DomainProjection(
            EMBED_DIM,
            self.domains,
            in_dim=hidden_dim,
            mode=mode,
            layers=layers,
            device=device,
            dtype=dtype,
        )
        allowed = torch.full((NUM_DOMAIN_IDS,), float("-inf"))
        allowed[[0, *self.domains]] = 0.0
        self.register_buffer("_allowed", allowed, persistent=False)

    def save_pretrained(self, directory: str | Path) -> Path:
        """Writes ``config.json`` (:attr:`config`, the fluxem version and ``LAYOUT_VERSION``)
        and ``model.safetensors`` into ``directory``."""
        from fluxem.integration.pretrained import save_module

        return save_module(directory, "DomainOutputHead", dict(self.config), self)

    @classmethod
    def from_pretrained(
        cls,
        directory: str | Path,
        *,
        registry: DomainEncoderRegistry | None = None,
        device: Any = None,
    ) -> DomainOutputHead:
        """The head :meth:`save_pretrained` wrote. ``registry`` decodes its predictions (the
        built-in one by default; it must have every domain the head predicts). Raises
        :class:`~fluxem.errors.ConfigError` for another ``LAYOUT_VERSION``."""
        from fluxem.integration.pretrained import dtype_of, load_weights, read_config

        config = read_config(directory, "DomainOutputHead")
        registry = registry if registry is not None else DomainEncoderRegistry()
        missing = sorted(set(config["domains"]) - set(registry.domains))
        if missing:
            raise ConfigError(
                f"{directory} predicts domains {missing} that the registry lacks: pass "
                "registry= with them registered"
            )
        head = cls(
            config["hidden_dim"],
            config["domains"],
            registry=registry,
            mode=config["mode"],
            layers=config["layers"],
            device=device,
            dtype=dtype_of(config),
        )
        load_weights(directory, head)
        return head

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        """Type logits ``(..., NUM_DOMAIN_IDS)``; ids without a head are masked to -inf."""
        logits: torch.Tensor = self.type_head(hidden)
        return logits + self._allowed.to(hidden.dtype)

    def predict_embedding(self, hidden: torch.Tensor, domain: torch.Tensor) -> torch.Tensor:
        """``(N, H)`` hidden states and ``(N,)`` domains -> ``(N, 128)`` embeddings."""
        emb: torch.Tensor = self.embedding_head(hidden, domain)
        return emb

    def loss(
        self,
        hidden: torch.Tensor,
        domain_types: torch.Tensor,
        attention_mask: torch.Tensor,
        span_index: torch.Tensor,
        domain_embeddings: torch.Tensor,
        *,
        embedding_weight: float = 1.0,
    ) -> dict[str, torch.Tensor]:
        """Next-position losses on ``(B, L, H)`` hidden states of a hybrid batch.

        ``type_loss``: cross-entropy of the next position's domain (over positions whose next
        position is real). ``embedding_loss``: mean squared error of the predicted embedding
        where the next position is a domain span (0 when there is none). ``loss`` is
        ``type_loss + embedding_weight * embedding_loss``.
        """
        mask = attention_mask[:, 1:].bool() & attention_mask[:, :-1].bool()
        h = hidden[:, :-1][mask]
        target_type = domain_types[:, 1:][mask].to(h.device)
        logits = self(h).float()
        type_loss = nn.functional.cross_entropy(logits, target_type)
        nxt = span_index[:, 1:][mask].to(h.device)
        is_span = nxt >= 0
        if bool(is_span.any()):
            pred = self.predict_embedding(h[is_span], target_type[is_span]).float()
            target = domain_embeddings.to(h.device).index_select(0, nxt[is_span]).float()
            emb_loss = nn.functional.mse_loss(pred, target)
        else:
            emb_loss = h.new_zeros((), dtype=torch.float32)
        return {
            "loss": type_loss + embedding_weight * emb_loss,
            "type_loss": type_loss,
            "embedding_loss": emb_loss,
        }

    @torch.no_grad()
    def decode(self, hidden: torch.Tensor) -> list[DecodedSpan | None]:
        """Decodes ``(N, H)`` hidden states: ``None`` where TEXT is predicted (emit a text
        token), else the predicted domain's value read from the predicted embedding."""
        hidden = hidden.reshape(-1, hidden.shape[-1])
        return self.decode_as(hidden, self(hidden).argmax(-1))

    def decode_as(self, hidden: torch.Tensor, domain: torch.Tensor) -> list[DecodedSpan | None]:
        """Like :meth:`decode`, for domains already chosen (e.g. sampled from the type
        logits): ``None`` where ``domain`` is 0 (TEXT)."""
        hidden = hidden.reshape(-1, hidden.shape[-1])
        domain = domain.reshape(-1).to(hidden.device)
        out: list[DecodedSpan | None] = [None] * len(domain)
        rows = (domain != 0).nonzero().squeeze(1)
        if len(rows) == 0:
            return out
        embs = self.predict_embedding(hidden[rows], domain[rows]).float().cpu().numpy()
        for r, d, e in zip(rows.tolist(), domain[rows].tolist(), embs, strict=True):
            out[r] = decode_embedding(self.registry, d, e)
        return out


def snap(domain: int, emb: np.ndarray) -> np.ndarray:
    """A predicted embedding made decodable: the exact tag of ``domain`` in dims 0..16, and for
    ARITHMETIC its codec's three validity flags rounded to 0/1 and its reserved dims zeroed
    (the decoder checks they are zero). Other fields are left to the decoders, which round
    integer codes within their tolerance."""
    v = np.array(emb, dtype=np.float64).reshape(-1)
    if 1 <= domain < NUM_DOMAIN_IDS:
        v[:TAG_DIMS] = tag_vector(domain)
    if domain == DomainType.ARITHMETIC:
        flags = slice(ARITHMETIC_CODEC.stop - 3, ARITHMETIC_CODEC.stop)
        v[flags] = np.clip(np.round(v[flags]), 0.0, 1.0)
        v[_ARITHMETIC_RESERVED] = 0.0
    return v


#: The reserved (always zero) dims of an ARITHMETIC embedding: after the 8 shape counts.
_ARITHMETIC_RESERVED = slice(_native.ARITHMETIC_SHAPE_START + 8, None)


def decode_embedding(registry: DomainEncoderRegistry, domain: int, emb: Any) -> DecodedSpan:
    """Deterministic decode of a (predicted) embedding of ``domain`` (see :func:`snap`)."""
    v = snap(domain, np.asarray(emb))
    try:
        return DecodedSpan(domain, registry.decode(domain, v), "exact")
    except (ValueError, NotImplementedError) as exc:
        first = str(exc)
    if domain == DomainType.ARITHMETIC:  # the log part is the most noise-tolerant one
        from fluxem.domains import ArithmeticEncoder

        try:
            return DecodedSpan(domain, ArithmeticEncoder().decode_log(v), "log")
        except ValueError:
            pass
    return DecodedSpan(domain, None, None, first)
