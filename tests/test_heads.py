"""Torch heads: projection (per-domain / shared), type embeddings, the hybrid embedder, the
output head and its deterministic decode."""

from __future__ import annotations

import io

import numpy as np
import pytest

pytest.importorskip("torch")

import torch
from torch import nn

from fluxem import ArithmeticEncoder, DomainType
from fluxem.errors import ConfigError
from fluxem.integration.heads import (
    DomainOutputHead,
    DomainProjection,
    HybridEmbedder,
    TypeEmbedding,
    decode_embedding,
    snap,
)
from fluxem.integration.registry import DomainEncoderRegistry

torch.set_num_threads(1)
ARITH = ArithmeticEncoder()


def embs(*values: str) -> torch.Tensor:
    return torch.tensor(np.stack([ARITH.encode(v) for v in values]))


def test_per_domain_projection_applies_each_domains_own_head():
    torch.manual_seed(0)
    proj = DomainProjection(16, domains=[1, 2, 3])
    x = torch.randn(5, 128)
    dom = torch.tensor([1, 3, 1, 2, 3])
    out = proj(x, dom)
    for i, d in enumerate(dom.tolist()):
        torch.testing.assert_close(out[i], proj.heads[str(d)](x[i]))
    with pytest.raises(KeyError, match="no projection head for domain id 5"):
        proj(x, torch.tensor([1, 5, 1, 1, 1]))
    out.sum().backward()
    assert all(h.weight.grad is not None for h in proj.heads.values())
    assert proj(x[:0], dom[:0]).shape == (0, 16)


def test_linear_projection_keeps_the_encoders_algebra():
    """A plain sum of encodings decodes to the exact sum; a linear head maps it to the sum of
    the projections (minus one bias), so the structure reaches the LLM."""
    torch.manual_seed(1)
    proj = DomainProjection(32, domains=[1]).double()
    a, b = embs("1234", "5678").double()
    assert ARITH.decode_linear((a + b).numpy()) == 6912
    one = torch.tensor([1])
    lhs = proj((a + b)[None], one)[0]
    rhs = proj(a[None], one)[0] + proj(b[None], one)[0] - proj.heads["1"].bias
    torch.testing.assert_close(lhs, rhs)


def test_shared_projection_and_mlp():
    torch.manual_seed(2)
    shared = DomainProjection(8, mode="shared", layers=2, mlp_dim=12)
    x = torch.randn(3, 128)
    out = shared(x, torch.tensor([1, 4, 7]))
    torch.testing.assert_close(out, shared.shared(x))
    assert isinstance(shared.shared, nn.Sequential)
    with pytest.raises(ConfigError, match="mode"):
        DomainProjection(8, mode="both")


def test_type_embedding_starts_at_zero():
    t = TypeEmbedding(8)
    assert t.weight.shape == (16, 8) and torch.count_nonzero(t.weight) == 0


def test_hybrid_embedder_places_projected_spans_and_adds_types():
    torch.manual_seed(3)
    emb = HybridEmbedder(8, vocab_size=20, domains=[1, 2])
    with torch.no_grad():
        emb.type_embedding.weight.normal_()
    ids = torch.tensor([[3, 4, 0, 5], [6, 0, 7, 8]])  # 0 (pad id) only at domain positions
    span_index = torch.tensor([[-1, -1, 0, -1], [-1, 1, -1, -1]])
    types = torch.tensor([[0, 0, 1, 0], [0, 2, 0, 0]])
    d_emb = torch.randn(2, 128)
    out = emb(ids, span_index, d_emb, torch.tensor([1, 2]), types)
    te, tt = emb.text_embedding.weight, emb.type_embedding.weight
    torch.testing.assert_close(out[0, 0], te[3])  # text positions: the text embedding only
    torch.testing.assert_close(out[0, 2], emb.projection.heads["1"](d_emb[0]) + tt[1])
    torch.testing.assert_close(out[1, 1], emb.projection.heads["2"](d_emb[1]) + tt[2])
    out.sum().backward()
    # the pad id sits under domain positions but receives no gradient from them
    grad = emb.text_embedding.weight.grad
    assert torch.count_nonzero(grad[0]) == 0 and torch.count_nonzero(grad[3]) > 0
    with pytest.raises(ValueError, match="domain_types"):
        emb(ids, span_index, d_emb, torch.tensor([1, 2]))


def test_external_text_embedding_is_used_not_owned():
    llm_emb = nn.Embedding(30, 8)
    emb = HybridEmbedder(8, vocab_size=30, text_embedding=llm_emb, type_embeddings=False)
    assert not any(k.startswith("text") for k in emb.state_dict())
    assert all(p is not llm_emb.weight for p in emb.parameters())
    out = emb(
        torch.tensor([[1, 2]]),
        torch.tensor([[-1, -1]]),
        torch.zeros(0, 128),
        torch.zeros(0, dtype=torch.long),
    )
    torch.testing.assert_close(out[0], llm_emb.weight[[1, 2]])
    with pytest.raises(ConfigError, match="rows"):
        HybridEmbedder(8, vocab_size=31, text_embedding=llm_emb)
    with pytest.raises(ConfigError, match="width"):
        HybridEmbedder(9, vocab_size=30, text_embedding=llm_emb)


def test_state_dict_round_trip_and_dtype():
    torch.manual_seed(4)
    a = HybridEmbedder(8, vocab_size=20, head="shared")
    buf = io.BytesIO()
    torch.save(a.state_dict(), buf)
    buf.seek(0)
    b = HybridEmbedder(8, vocab_size=20, head="shared")
    b.load_state_dict(torch.load(buf))
    args = (
        torch.tensor([[1, 0]]),
        torch.tensor([[-1, 0]]),
        embs("7"),
        torch.tensor([1]),
        torch.tensor([[0, 1]]),
    )
    torch.testing.assert_close(a(*args), b(*args))
    c = HybridEmbedder(8, vocab_size=20, dtype=torch.float64)
    assert c(*args).dtype == torch.float64
    assert b.to(torch.bfloat16)(*args).dtype == torch.bfloat16


def test_snap_and_exact_decode_of_a_noisy_prediction():
    reg = DomainEncoderRegistry()
    target = ARITH.encode("1234 + 5678", dtype=np.float64)
    rng = np.random.default_rng(0)
    # noise below the codec's rounding tolerance (2^-22 on the finest field), tag scrambled
    noisy = target + rng.uniform(-2e-7, 2e-7, 128)
    noisy[:16] = rng.normal(size=16)
    noisy[-10:] += 0  # the shape block is not read by decode
    assert decode_embedding(reg, DomainType.ARITHMETIC, noisy).value == 6912
    assert decode_embedding(reg, 1, noisy).via == "exact"
    np.testing.assert_array_equal(snap(1, noisy)[:16], target[:16])
    # larger noise: the exact part is rejected, the log part still gives the magnitude
    rough = target + rng.uniform(-1e-4, 1e-4, 128)
    d = decode_embedding(reg, 1, rough)
    assert d.via == "log" and d.value == pytest.approx(6912, rel=1e-2)
    # a domain without a decoder reports that, not a wrong value
    d = decode_embedding(DomainEncoderRegistry(domains=[]), 1, target)
    assert d.value is None


def test_output_head_loss_targets_the_next_position():
    torch.manual_seed(5)
    head = DomainOutputHead(8, domains=[1, 2])
    hidden = torch.randn(1, 4, 8, requires_grad=True)
    types = torch.tensor([[0, 1, 0, 2]])
    span_index = torch.tensor([[-1, 0, -1, 1]])
    attention = torch.tensor([[1, 1, 1, 1]])
    d_emb = torch.randn(2, 128)
    out = head.loss(hidden, types, attention, span_index, d_emb)
    logits = head(hidden[0, :3])
    ce = nn.functional.cross_entropy(logits, torch.tensor([1, 0, 2]))
    torch.testing.assert_close(out["type_loss"], ce)
    pred = torch.stack(
        [
            head.predict_embedding(hidden[0, 0:1], torch.tensor([1]))[0],
            head.predict_embedding(hidden[0, 2:3], torch.tensor([2]))[0],
        ]
    )
    torch.testing.assert_close(out["embedding_loss"], ((pred - d_emb) ** 2).mean())
    out["loss"].backward()
    assert hidden.grad is not None
    assert torch.isinf(head(hidden[0])[:, 3:]).all()  # no head for ids 3..15


def test_trained_output_head_emits_exact_numbers():
    """The output side end to end: a head trained to predict embeddings of numbers from
    hidden states emits the exact values through the deterministic decode."""
    torch.manual_seed(6)
    values = ["42", "7", "1234", "3.5", "-19"]
    hidden = torch.randn(len(values), 32)
    target = embs(*values)
    head = DomainOutputHead(32, domains=[1])
    opt = torch.optim.Adam(head.parameters(), lr=1e-2)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 400)
    dom = torch.ones(len(values), dtype=torch.long)
    for _ in range(400):
        loss = nn.functional.mse_loss(head.predict_embedding(hidden, dom), target)
        type_loss = nn.functional.cross_entropy(head(hidden), dom)
        opt.zero_grad()
        (loss + type_loss).backward()
        opt.step()
        sched.step()
    decoded = head.decode(hidden)
    assert [d.value for d in decoded] == [42, 7, 1234, 3.5, -19]
    assert all(d.via == "exact" and d.domain == 1 for d in decoded)
    # a position whose next token is text decodes to None (emit a text token)
    text_head = DomainOutputHead(32, domains=[1])
    with torch.no_grad():
        text_head.type_head.bias[0] = 100.0
    assert text_head.decode(hidden) == [None] * len(values)
