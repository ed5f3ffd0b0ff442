"""HF transformers: hybrid inputs_embeds for causal LMs built from configs (no download),
training steps on hybrid batches, DataLoader workers, the output head in the loop."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")

import torch
from tiny_models import byte_gpt2
from torch.utils.data import DataLoader

from fluxem import DomainType
from fluxem.integration import HybridCausalLM, pipeline_for_model
from fluxem.integration.heads import DecodedSpan

transformers = pytest.importorskip("transformers")
torch.set_num_threads(1)

TEXTS = [
    "What is 12 + 30? It is 42.",
    "Add 7 and 8 to get 15.",
    "Water H2O boils at 373.15 K.",
    "The vector [1, 2, 3] has 3 parts.",
    "plain text without any spans",
    "",
]


def tiny_gpt2() -> torch.nn.Module:
    return byte_gpt2(n_positions=96)


def test_gpt2_trains_on_hybrid_batches():
    torch.manual_seed(0)
    model = tiny_gpt2()
    pipeline = pipeline_for_model(model, add_eos=True)
    assert pipeline.collator.policy.max_length == 96 and pipeline.hidden_dim == 32
    assert pipeline.embedder.text is model.get_input_embeddings()
    hybrid = HybridCausalLM(model, pipeline)
    params = list(hybrid.parameters())
    assert len(params) == len({id(p) for p in params})  # the LLM embedding is counted once
    batch = pipeline.encode_batch(TEXTS)
    assert batch.domain_mask.any()
    opt = torch.optim.Adam(params, lr=3e-3)
    losses = []
    for _ in range(15):
        out = hybrid(batch)
        opt.zero_grad()
        out.loss.backward()
        opt.step()
        losses.append((out.loss.item(), out.lm_loss.item(), out.type_loss.item()))
    first, last = losses[0], losses[-1]
    assert last[0] < 0.7 * first[0] and last[1] < first[1] and last[2] < first[2]
    for name in ("projection", "type_embedding"):
        assert any(p.grad is not None for n, p in hybrid.named_parameters() if name in n)
    # text rows of the hybrid inputs are exactly the LLM's own embeddings
    embeds = pipeline(batch)
    text_pos = ~batch.domain_mask & batch.attention_mask.bool()
    expect = model.get_input_embeddings()(batch.input_ids)[text_pos]
    torch.testing.assert_close(embeds[text_pos], expect)

    # output side: predictions are text token ids or decoded domain values
    nxt = hybrid.predict_next(["What is 12 + 30? It is "])
    assert isinstance(nxt[0], int | DecodedSpan)
    text = hybrid.generate("Add 7 and 8 to get ", max_new_tokens=4)
    assert isinstance(text, str) and text.startswith("Add 7 and 8 to get ")

    # state_dict of the wrapper holds the model, the heads and the output head
    keys = hybrid.state_dict().keys()
    assert any(k.startswith("model.") for k in keys)
    assert any(k.startswith("pipeline.embedder.projection") for k in keys)
    assert any(k.startswith("output_head.") for k in keys)


def test_llama_with_a_fast_tokenizer_forward_backward():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    raw.train_from_iterator(
        TEXTS * 3,
        trainers.BpeTrainer(
            vocab_size=320,
            special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
    )
    torch.manual_seed(1)
    config = transformers.LlamaConfig(
        vocab_size=len(fast),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=128,
        bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id,
        pad_token_id=fast.pad_token_id,
    )
    model = transformers.LlamaForCausalLM(config)
    pipeline = pipeline_for_model(model, fast, add_bos=True, head="shared")
    tok = pipeline.text_tokenizer
    assert (tok.bos_id, tok.eos_id, tok.pad_id) == (1, 2, 3)
    batch = pipeline.encode_batch(TEXTS)
    assert (batch.input_ids[:, 0] == 1).all()
    out = model(**batch.model_inputs(pipeline), labels=batch.labels)
    assert out.logits.shape[:2] == batch.input_ids.shape
    out.loss.backward()
    assert model.get_input_embeddings().weight.grad is not None
    assert pipeline.embedder.projection.shared.weight.grad is not None


def test_dataloader_with_workers_matches_direct_batches():
    torch.manual_seed(2)
    model = tiny_gpt2()
    pipeline = pipeline_for_model(model)
    data = [t + f" item {i}" for i in range(8) for t in TEXTS]
    loader = DataLoader(data, batch_size=12, collate_fn=pipeline.collate_fn, num_workers=2)
    seen = 0
    for k, batch in enumerate(loader):
        direct = pipeline.encode_batch(data[12 * k : 12 * (k + 1)])
        assert torch.equal(batch.input_ids, direct.input_ids)
        assert torch.equal(batch.domain_types, direct.domain_types)
        torch.testing.assert_close(batch.domain_embeddings, direct.domain_embeddings)
        assert batch.fallbacks == direct.fallbacks
        seen += len(batch)
        out = model(**batch.model_inputs(pipeline), labels=batch.labels)
        assert torch.isfinite(out.loss)
    assert seen == len(data)
    assert int(DomainType.ARITHMETIC) in torch.unique(batch.span_domain).tolist()
