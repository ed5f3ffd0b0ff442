"""The shared transformer trunk and the learned model variants.

* ``TokenOnlyLM``: characters in, answer characters out (causal LM, greedy decoding).
* ``TokenAbacusLM``: ``TokenOnlyLM`` with Abacus embeddings (McLeish et al., NeurIPS 2024): a
  learned embedding of each digit's offset in its number added to the digit's embedding.
* ``HybridModel``: characters plus one position per domain span (fluxem embedding through a
  projection head plus a type embedding), a bidirectional trunk, and an *algebraic combination
  head*: at an ``<ans>`` position it chooses an operation (its coefficient signs and the
  linear or log subspace) and points at two entries; the scratchpad executor forms the
  combination of their codec parts and decodes it deterministically.
* ``HybridBlind`` (ablation): ``HybridModel`` with every span's input replaced by one learned
  constant vector.
* ``HybridTextLM`` (ablation): hybrid inputs, answer generated as characters.
* ``HybridRegressor`` (ablation): hybrid inputs, a plain regression head onto the log part of
  the answer's codec block (zero flag, sign, log2|x|/16), decoded deterministically.

Every variant uses ``Trunk`` with the same sizes; only the input and output layers differ.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from fluxem.domain_type import DomainType
from fluxem_experiments import vocab
from fluxem_experiments.config import ModelConfig
from fluxem_experiments.vocab import VOCAB_SIZE

EMBED_DIM = 128
#: Decisions of the combination head. add/sub: coefficients (1, +-1) on the linear part;
#: mul/div: (1, +-1) on the log part; answer: the entry it points at is the answer.
DECISIONS = ("add", "sub", "mul", "div", "answer", "true", "false")
BINARY = ("add", "sub", "mul", "div")
#: Classes of the regressor's answer-kind head.
ANSWER_KINDS = ("number", "true", "false")
LOG_K_SCALE = 16.0


def rope_tables(n: int, dim: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    inv = 1.0 / (10000 ** (torch.arange(0, dim, 2, device=device, dtype=torch.float32) / dim))
    t = torch.arange(n, device=device, dtype=torch.float32)
    freqs = torch.outer(t, inv)
    return freqs.cos(), freqs.sin()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    x1, x2 = x[..., 0::2], x[..., 1::2]
    out = torch.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), dim=-1)
    return out.flatten(-2)


class Attention(nn.Module):
    def __init__(self, d: int, heads: int, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.dropout = dropout

    def forward(
        self, x: torch.Tensor, mask: torch.Tensor, cos: torch.Tensor | None, sin: torch.Tensor
    ) -> torch.Tensor:
        b, n, d = x.shape
        q, k, v = self.qkv(x).view(b, n, 3, self.heads, d // self.heads).unbind(2)
        q, k, v = (t.transpose(1, 2) for t in (q, k, v))
        if cos is not None:
            q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
        y = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, dropout_p=self.dropout if self.training else 0.0
        )
        return self.out(y.transpose(1, 2).reshape(b, n, d))


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.d_model)
        self.attn = Attention(cfg.d_model, cfg.n_heads, cfg.dropout)
        self.ln2 = nn.LayerNorm(cfg.d_model)
        self.ff = nn.Sequential(
            nn.Linear(cfg.d_model, cfg.d_ff), nn.GELU(), nn.Linear(cfg.d_ff, cfg.d_model)
        )
        self.drop = nn.Dropout(cfg.dropout)

    def forward(
        self, x: torch.Tensor, mask: torch.Tensor, cos: torch.Tensor | None, sin: torch.Tensor
    ) -> torch.Tensor:
        x = x + self.drop(self.attn(self.ln1(x), mask, cos, sin))
        return x + self.drop(self.ff(self.ln2(x)))


class Trunk(nn.Module):
    """Pre-LN transformer with rotary positions (``rotary=False``: none, the Abacus paper's
    NoPE); causal or bidirectional per call."""

    def __init__(self, cfg: ModelConfig, rotary: bool = True) -> None:
        super().__init__()
        self.cfg = cfg
        self.rotary = rotary
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.ln = nn.LayerNorm(cfg.d_model)

    def forward(
        self, x: torch.Tensor, pad: torch.Tensor, causal: bool, window: int = 0
    ) -> torch.Tensor:
        """``x`` (B, L, d); ``pad`` (B, L) True at padding; ``window`` > 0: each position
        attends only to positions at most that far away (local attention)."""
        b, n, _ = x.shape
        allowed = (~pad)[:, None, None, :].expand(b, 1, n, n)
        if causal:
            allowed = allowed & torch.ones(n, n, dtype=torch.bool, device=x.device).tril()
        if window > 0:
            idx = torch.arange(n, device=x.device)
            allowed = allowed & ((idx[:, None] - idx[None, :]).abs() <= window)
        # every position may attend to itself, so no row is empty (padding rows are ignored)
        allowed = allowed | torch.eye(n, dtype=torch.bool, device=x.device)
        cos, sin = rope_tables(n, self.cfg.d_model // self.cfg.n_heads, x.device)
        for blk in self.blocks:
            x = blk(x, allowed, cos if self.rotary else None, sin)
        return self.ln(x)


class HybridInput(nn.Module):
    """Character embeddings at text positions; at domain spans the fluxem embedding through the
    pipeline's projection head (``fluxem.integration.heads.DomainProjection``, one linear head
    per domain); the pipeline's type embedding is added at every position."""

    def __init__(self, d: int, domains: tuple[int, ...], blind: bool = False) -> None:
        super().__init__()
        from fluxem.integration.heads import DomainProjection, TypeEmbedding

        self.embed = nn.Embedding(VOCAB_SIZE, d)
        self.blind = blind
        if blind:
            # hybrid_blind: every span's input is this one learned vector (the embeddings
            # never reach the network; the executor still combines them)
            self.constant = nn.Parameter(torch.randn(d) * 0.02)
        else:
            self.project = DomainProjection(d, domains, mode="per_domain", layers=1)
        self.types = TypeEmbedding(d)

    def forward(
        self,
        ids: torch.Tensor,
        emb: torch.Tensor,
        is_entry: torch.Tensor,
        domain: torch.Tensor,
        entry_keep: torch.Tensor | None = None,
    ) -> torch.Tensor:
        x = self.embed(ids)
        rows = is_entry.nonzero(as_tuple=True)
        if len(rows[0]):
            if self.blind:
                proj = self.constant.expand(len(rows[0]), -1)
            else:
                proj = self.project(emb[rows], domain[rows])
            if entry_keep is not None:
                proj = proj * entry_keep[rows][:, None]
            x = x.index_put(rows, proj.to(x.dtype))
        return x + self.types(domain)


class TokenOnlyLM(nn.Module):
    kind = "token_only"

    def __init__(self, cfg: ModelConfig, rotary: bool = True) -> None:
        super().__init__()
        self.embed = nn.Embedding(VOCAB_SIZE, cfg.d_model)
        self.trunk = Trunk(cfg, rotary)
        self.head = nn.Linear(cfg.d_model, VOCAB_SIZE)

    def forward(self, ids: torch.Tensor, pad: torch.Tensor) -> torch.Tensor:
        return self.head(self.trunk(self.inputs(ids), pad, causal=True))

    def inputs(self, ids: torch.Tensor) -> torch.Tensor:
        """The trunk's input vectors (B, L, d) of a batch of character ids."""
        out: torch.Tensor = self.embed(ids)
        return out


def digit_offsets(ids: torch.Tensor) -> torch.Tensor:
    """Each token's 1-based offset in its run of consecutive digits, 0 at every other token
    (B, L): ``<bos>91 + 3<sep>`` -> 0 1 2 0 0 0 1 0. With numbers written least significant
    digit first, equal offsets are equal places."""
    is_digit = (ids >= vocab.DIGITS.start) & (ids < vocab.DIGITS.stop)
    idx = torch.arange(ids.shape[-1], device=ids.device).expand_as(ids)
    last_other = torch.where(is_digit, -1, idx).cummax(dim=-1).values
    return torch.where(is_digit, idx - last_other, 0)


#: Largest random shift of the digit offsets in training (the paper's ``max_k``): integers in
#: arithmetic training questions have at most 9 digits (a product of three operands below
#: 1000); shifted by up to 20 their offsets reach the 28 digits of a product of three 10-digit
#: operands (test_ood_magnitude).
ABACUS_MAX_K = 20


class TokenAbacusLM(TokenOnlyLM):
    """``TokenOnlyLM`` with Abacus embeddings (McLeish et al. 2024, reference code
    mcleish7/arithmetic ``abacus.py``): a learned embedding of :func:`digit_offsets` (index 0
    for non-digits) is added to every token's embedding. In training a random ``k`` in
    ``[0, max_k]`` is added to every nonzero offset of a question, so the embeddings of
    offsets beyond the training numbers' lengths are trained too; at evaluation ``k = 0``. One
    ``k`` per question, where the reference draws one per batch: over a few thousand batches
    of 64 that left the first answer digit (read at ``<sep>``, which has no offset) tuned to
    the last batches' shift. The digits must be written least significant first
    (``variants.TokenAbacus``)."""

    kind = "token_abacus"

    def __init__(self, cfg: ModelConfig, max_k: int = ABACUS_MAX_K, rotary: bool = True) -> None:
        super().__init__(cfg, rotary)
        self.max_k = max_k
        # a number of up to max_len digits at the largest shift
        self.abacus = nn.Embedding(cfg.max_len + max_k + 1, cfg.d_model)

    def inputs(self, ids: torch.Tensor) -> torch.Tensor:
        offsets = digit_offsets(ids)
        if self.training and self.max_k > 0:
            k = torch.randint(0, self.max_k + 1, (ids.shape[0], 1), device=ids.device)
            offsets = torch.where(offsets > 0, offsets + k, offsets)
        return super().inputs(ids) + self.abacus(offsets)


class HybridTrunk(nn.Module):
    """The body every hybrid model shares: :class:`HybridInput`, then the :class:`Trunk`.
    Subclasses' ``forward`` take the hybrid inputs as keywords (``ids``, ``emb``,
    ``is_entry``, ``domain``, ``pad``) and pass them to :meth:`hidden`."""

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...], blind: bool = False) -> None:
        super().__init__()
        self.inp = HybridInput(cfg.d_model, domains, blind)
        self.trunk = Trunk(cfg)

    def hidden(
        self,
        ids: torch.Tensor,
        emb: torch.Tensor,
        is_entry: torch.Tensor,
        domain: torch.Tensor,
        pad: torch.Tensor,
        *,
        causal: bool,
        entry_keep: torch.Tensor | None = None,
        window: int = 0,
    ) -> torch.Tensor:
        """Hidden states (B, L, d) of a batch of hybrid sequences."""
        x = self.inp(ids, emb, is_entry, domain, entry_keep)
        out: torch.Tensor = self.trunk(x, pad, causal=causal, window=window)
        return out


class HybridTextLM(HybridTrunk):
    kind = "hybrid_text"

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...]) -> None:
        super().__init__(cfg, domains)
        self.head = nn.Linear(cfg.d_model, VOCAB_SIZE)

    def forward(self, **inputs: torch.Tensor) -> torch.Tensor:
        return self.head(self.hidden(**inputs, causal=True))


class HybridModel(HybridTrunk):
    """Bidirectional trunk + combination head: decision logits and two pointers over entries.

    The decision is read at ``<ans>`` plus a comparison of the two entries pointed at
    (``|h[a1] - h[a2]|`` through a linear layer), so that questions about a pair of spans
    (can these be added?) can be decided from the pair the model chose.
    """

    kind = "hybrid"

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...], blind: bool = False) -> None:
        super().__init__(cfg, domains, blind)
        d, p = cfg.d_model, cfg.pointer_dim
        self.decide = nn.Linear(d, len(DECISIONS))
        self.compare = nn.Linear(d, len(DECISIONS), bias=False)
        self.query = nn.Linear(d, 2 * p)
        self.key = nn.Linear(d, 2 * p)
        self.p = p

    def forward(
        self,
        ans_pos: torch.Tensor,
        arg1: torch.Tensor | None = None,
        arg2: torch.Tensor | None = None,
        entry_keep: torch.Tensor | None = None,
        **inputs: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Decision logits (B, 7) and pointer logits for both arguments (B, L). The pair the
        decision compares is ``arg1``/``arg2`` where given (the teacher's, in training; -100
        falls back to the pointer's argmax), else the pointers' argmax."""
        h = self.hidden(**inputs, causal=False, entry_keep=entry_keep)
        is_entry = inputs["is_entry"]
        rows = torch.arange(h.shape[0], device=h.device)
        h_ans = h[rows, ans_pos]
        q1, q2 = self.query(h_ans).split(self.p, dim=-1)
        k1, k2 = self.key(h).split(self.p, dim=-1)
        scale = 1.0 / math.sqrt(self.p)
        neg = torch.finfo(h.dtype).min
        p1 = (torch.einsum("bp,blp->bl", q1, k1) * scale).masked_fill(~is_entry, neg)
        p2 = (torch.einsum("bp,blp->bl", q2, k2) * scale).masked_fill(~is_entry, neg)
        a1 = p1.argmax(-1) if arg1 is None else torch.where(arg1 >= 0, arg1, p1.argmax(-1))
        a2 = p2.argmax(-1) if arg2 is None else torch.where(arg2 >= 0, arg2, a1)
        pair = (h[rows, a1] - h[rows, a2]).abs()
        return self.decide(h_ans) + self.compare(pair), p1, p2


class HybridBlind(HybridModel):
    """Ablation: the hybrid with every span's projection replaced by one learned constant
    vector (same head, same executor): what the embeddings add to the learned decisions."""

    kind = "hybrid_blind"

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...]) -> None:
        super().__init__(cfg, domains, blind=True)


class HybridLocal(HybridTrunk):
    """Length-generalising hybrid (arithmetic): local attention (each position sees
    ``LOCAL_WINDOW`` positions either side in every layer) and, for every pair of adjacent
    entries, a *reduce now?* logit and the operation, read from the two entries' states. With
    two layers an entry sees its own two operators and the neighbouring entries, so a pair sees
    the window (left operator, its operator, right operator) and nothing else: the same
    windows occur at every length."""

    kind = "hybrid_local"
    LOCAL_WINDOW = 2

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...]) -> None:
        super().__init__(cfg, domains)
        d = cfg.d_model
        self.pair = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Linear(d, 1 + len(BINARY)))

    def forward(
        self, left: torch.Tensor, right: torch.Tensor, **inputs: torch.Tensor
    ) -> torch.Tensor:
        """(B, P, 1 + 4): the reduce logit and the operation logits of each pair ``(left[b, p],
        right[b, p])`` of sequence positions (padding pairs point at position 0)."""
        h = self.hidden(**inputs, causal=False, window=self.LOCAL_WINDOW)
        rows = torch.arange(h.shape[0], device=h.device)[:, None]
        out: torch.Tensor = self.pair(torch.cat((h[rows, left], h[rows, right]), dim=-1))
        return out


class HybridRegressor(HybridTrunk):
    """Bidirectional trunk; at ``<ans>``: answer kind + regression onto the answer's log part."""

    kind = "hybrid_regress"

    def __init__(self, cfg: ModelConfig, domains: tuple[int, ...]) -> None:
        super().__init__(cfg, domains)
        d = cfg.d_model
        self.kind_head = nn.Linear(d, len(ANSWER_KINDS))
        # (zero logit, negative logit, log2|x| / 16)
        self.regress = nn.Linear(d, 3)

    def forward(
        self, ans_pos: torch.Tensor, **inputs: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.hidden(**inputs, causal=False)
        h_ans = h[torch.arange(h.shape[0], device=h.device), ans_pos]
        return self.kind_head(h_ans), self.regress(h_ans)


MODEL_CLASSES: dict[str, type[nn.Module]] = {
    "token_only": TokenOnlyLM,
    "token_abacus": TokenAbacusLM,
    "hybrid": HybridModel,
    "hybrid_blind": HybridBlind,
    "hybrid_local": HybridLocal,
    "hybrid_text": HybridTextLM,
    "hybrid_regress": HybridRegressor,
}


def task_domains(task: str) -> tuple[int, ...]:
    """The domains whose spans a task's hybrid inputs hold."""
    domain = {"arithmetic": DomainType.ARITHMETIC, "formula": DomainType.FORMULA}
    return (int(domain.get(task, DomainType.QUANTITY)),)


def build_model(kind: str, cfg: ModelConfig, task: str) -> nn.Module:
    if kind in ("token_only", "token_program", "token_scratchpad"):
        return TokenOnlyLM(cfg)
    if kind == "token_abacus":
        return TokenAbacusLM(cfg)
    return MODEL_CLASSES[kind](cfg, task_domains(task))


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def parameter_report(cfg: ModelConfig, kinds: tuple[str, ...], task: str) -> dict[str, int]:
    """Parameter counts of each variant (built on CPU, not trained; non-learned ones 0)."""
    learned = (*MODEL_CLASSES, "token_program", "token_scratchpad")
    return {k: count_parameters(build_model(k, cfg, task)) if k in learned else 0 for k in kinds}


__all__ = [
    "ABACUS_MAX_K",
    "ANSWER_KINDS",
    "BINARY",
    "DECISIONS",
    "MODEL_CLASSES",
    "HybridBlind",
    "HybridLocal",
    "HybridModel",
    "HybridRegressor",
    "HybridTextLM",
    "TokenAbacusLM",
    "TokenOnlyLM",
    "Trunk",
    "build_model",
    "count_parameters",
    "digit_offsets",
    "parameter_report",
]


def byte_gpt2(n_positions: int) -> nn.Module:
    """A 2-layer, 32-wide transformers GPT-2 whose vocabulary is fluxem's byte tokenizer's ids
    (built from a config, no download): the tiny LM of `scripts/train_from_shards.py` and of
    the transformers tests."""
    import transformers

    from fluxem.integration.text_tokenizer import ByteTokenizer

    tok = ByteTokenizer()
    config = transformers.GPT2Config(
        vocab_size=tok.vocab_size,
        n_embd=32,
        n_layer=2,
        n_head=2,
        n_positions=n_positions,
        bos_token_id=tok.BOS,
        eos_token_id=tok.EOS,
        pad_token_id=tok.PAD,
    )
    return transformers.GPT2LMHeadModel(config)
