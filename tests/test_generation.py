"""Generation with a hybrid causal LM: no EOS after the prompt, batched = one by one, a KV
cache that agrees with transformers' own greedy generation, undecodable spans reported."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch
from tiny_models import byte_gpt2

from fluxem import DomainType
from fluxem.integration import HybridCausalLM, pipeline_for_model
from fluxem.integration.generation import Generated, UndecodableSpanWarning

torch.set_num_threads(1)
PROMPTS = ["Add 7 and 8 to get ", "Water H2O boils at ", "hello", "x"]


def tiny_gpt2(seed: int = 0) -> torch.nn.Module:
    torch.manual_seed(seed)
    return byte_gpt2(n_positions=128).eval()


def test_text_only_generation_matches_transformers_and_never_appends_eos() -> None:
    model = tiny_gpt2()
    # add_eos=True as in training: the prompt must still be continued, not ended
    pipeline = pipeline_for_model(model, add_eos=True, domains=[])
    hybrid = HybridCausalLM(model, pipeline, output_head=False)
    tok = pipeline.text_tokenizer
    for prompt in ["hello there", "The answer is"]:
        batch = pipeline.encode_batch([prompt])
        n = int(batch.lengths[0])
        assert int(batch.input_ids[0, n - 1]) == tok.eos_id  # training rows end with EOS
        ids = batch.input_ids[:, : n - 1]  # a prompt does not
        ref = model.generate(
            ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=12,
            do_sample=False,
            pad_token_id=tok.pad_id,
        )[0, ids.shape[1] :].tolist()
        if tok.eos_id in ref:
            ref = ref[: ref.index(tok.eos_id)]
        out = hybrid.generate(prompt, max_new_tokens=12)
        assert isinstance(out, Generated) and not out.has_undecodable
        assert out == prompt + tok.decode(ref)


def test_batched_generation_equals_one_prompt_at_a_time() -> None:
    model = tiny_gpt2(1)
    hybrid = HybridCausalLM(model, pipeline_for_model(model, add_eos=True))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndecodableSpanWarning)
        together = hybrid.generate(PROMPTS, max_new_tokens=10)
        alone = [hybrid.generate(p, max_new_tokens=10) for p in PROMPTS]
    assert together == alone
    # the same positions fall back (error texts quote float values, which padding may move)
    steps = [[(u.step, u.domain) for u in g.undecodable] for g in together]
    assert steps == [[(u.step, u.domain) for u in g.undecodable] for g in alone]
    assert all(g.startswith(p) for g, p in zip(together, PROMPTS, strict=True))


def test_sampling_is_reproducible_and_top_k_1_is_greedy() -> None:
    model = tiny_gpt2(2)
    hybrid = HybridCausalLM(model, pipeline_for_model(model), output_head=False)
    runs = [
        hybrid.generate(
            PROMPTS, max_new_tokens=8, do_sample=True, generator=torch.Generator().manual_seed(5)
        )
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    greedy = hybrid.generate(PROMPTS, max_new_tokens=8)
    top1 = hybrid.generate(
        PROMPTS,
        max_new_tokens=8,
        do_sample=True,
        top_k=1,
        generator=torch.Generator().manual_seed(5),
    )
    assert top1 == greedy
    with pytest.raises(ValueError):
        hybrid.generate("x", do_sample=True, temperature=0)


def test_an_undecodable_span_falls_back_to_text_and_is_reported() -> None:
    model = tiny_gpt2(3)
    hybrid = HybridCausalLM(model, pipeline_for_model(model))
    head = hybrid.output_head
    assert head is not None
    with torch.no_grad():  # the head always predicts QUANTITY, with an unreadable embedding
        head.type_head.weight.zero_()
        head.type_head.bias.fill_(-10.0)
        head.type_head.bias[int(DomainType.QUANTITY)] = 10.0
    head.predict_embedding = lambda hidden, domain: torch.full(  # type: ignore[method-assign]
        (hidden.shape[0], 128), 0.37
    )
    plain = HybridCausalLM(model, hybrid.pipeline, output_head=False)
    with pytest.warns(UndecodableSpanWarning, match="could not be decoded"):
        out = hybrid.generate("The mass is ", max_new_tokens=5)
    assert len(out.undecodable) == 5 and out.has_undecodable
    assert [u.step for u in out.undecodable] == list(range(5))
    assert {u.domain for u in out.undecodable} == {DomainType.QUANTITY}
    assert all(u.error for u in out.undecodable)
    # the fallback is the text head's own token at each position
    assert str(out) == str(plain.generate("The mass is ", max_new_tokens=5))
