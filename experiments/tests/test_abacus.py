"""token_abacus (Abacus embeddings, McLeish et al. 2024): digit offsets, reversed numbers, a
tiny model training and predicting, token_only left as it was, the addition reproduction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")

import torch

from fluxem_experiments import vocab
from fluxem_experiments.config import ConfigError, ModelConfig, load_config
from fluxem_experiments.data import generate
from fluxem_experiments.models import TokenAbacusLM, TokenOnlyLM, build_model, digit_offsets
from fluxem_experiments.variants import TokenAbacus, TokenOnly, reversed_numbers

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
TINY = ModelConfig(d_model=32, n_layers=1, n_heads=2, d_ff=64, max_len=64)


def _offsets(text: str) -> list[int]:
    ids = torch.tensor([[vocab.BOS, *vocab.encode_chars(text), vocab.SEP]])
    out: list[int] = digit_offsets(ids)[0].tolist()
    return out


def test_digit_offsets_count_from_each_numbers_first_digit() -> None:
    # <bos> and <sep> are 0 at both ends
    assert _offsets("91 + 3") == [0, 1, 2, 0, 0, 0, 1, 0]
    assert _offsets("396 / 562 * 5") == [0, 1, 2, 3, 0, 0, 0, 1, 2, 3, 0, 0, 0, 1, 0]
    # a reversed decimal: the fraction digits, then the integer part from its ones digit
    assert _offsets("-5.321") == [0, 0, 1, 0, 1, 2, 3, 0]
    assert _offsets("x") == [0, 0, 0]
    assert _offsets("0000000000") == [0, *range(1, 11), 0]


def test_numbers_are_reversed_in_question_and_answer_and_back_for_scoring() -> None:
    assert reversed_numbers("693 / 265 * 5") == "396 / 562 * 5"
    assert reversed_numbers("10 - 200") == "01 - 002"
    variant = TokenAbacus("arithmetic")
    samples = generate(load_config(CONFIGS / "arithmetic_tiny.yaml"), 3)["test_id"][:8]
    for s, (ids, n_prompt) in zip(samples, variant.prepare(samples).examples, strict=True):
        assert vocab.decode_ids(ids[:n_prompt]) == reversed_numbers(s["text"])
        answer = vocab.decode_ids(ids[n_prompt:])
        sign = "-" if s["target_text"].startswith("-") else ""
        assert answer == sign + s["target_text"].removeprefix("-")[::-1]
    with pytest.raises(ConfigError):
        TokenAbacus("units")

    class Writes:
        """A model whose greedy answer is ``4570.31-`` reversed: ``-13.0754``."""

        def __call__(self, ids: torch.Tensor, pad: torch.Tensor) -> torch.Tensor:
            text = "-4570.31"
            written = (~pad).sum(-1) - len(variant.prompt(samples[0]))
            logits = torch.zeros(*ids.shape, vocab.VOCAB_SIZE)
            for r, n in enumerate(written.tolist()):
                nxt = vocab.encode_chars(text[n])[0] if n < len(text) else vocab.EOS
                logits[r, :, nxt] = 1.0
            return logits

    one = [samples[0]]
    assert [a.text for a in variant.predict(Writes(), one, torch.device("cpu"), 12)] == ["-13.0754"]


def test_tiny_abacus_model_trains_and_predicts() -> None:
    torch.manual_seed(0)
    model = build_model("token_abacus", TINY, "arithmetic")
    assert isinstance(model, TokenAbacusLM)
    variant = TokenAbacus("arithmetic")
    samples = generate(load_config(CONFIGS / "arithmetic_tiny.yaml"), 3)["train"][:16]
    prep = variant.prepare(samples)
    batch = prep.collate(prep.examples)
    device = torch.device("cpu")
    ids, pad = torch.from_numpy(batch["ids"]), torch.from_numpy(batch["pad"])
    assert model(ids, pad).shape == (*ids.shape, vocab.VOCAB_SIZE)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    losses = []
    for _ in range(8):
        loss = variant.loss(model, batch, device, True)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]
    assert model.abacus.weight.grad is not None and model.abacus.weight.grad.abs().sum() > 0
    model.eval()
    # evaluation reads the offsets unshifted (k = 0): the same input twice, no randomness
    plain = model.embed(ids) + model.abacus(digit_offsets(ids))
    assert torch.equal(model.inputs(ids), plain)
    answers = variant.predict(model, samples[:4], device, 6)
    assert len(answers) == 4 and all(len(a.text) <= 6 for a in answers)


def test_training_shifts_every_digit_of_a_question_by_one_k() -> None:
    model = TokenAbacusLM(TINY, max_k=30).train()
    ids = torch.tensor([[vocab.BOS, *vocab.encode_chars("12 + 345"), vocab.SEP]] * 64)
    seen = set()
    # recover each row's offsets from the added embedding (rows are distinct vectors)
    table = model.abacus.weight
    added = model.inputs(ids) - model.embed(ids)
    for row in added:
        offs = (row[:, None, :] - table[None]).abs().sum(-1).argmin(-1).tolist()
        digits = [o for o in offs if o]
        k = digits[0] - 1
        assert offs == [0, 1 + k, 2 + k, 0, 0, 0, 1 + k, 2 + k, 3 + k, 0]
        seen.add(k)
    assert len(seen) > 1 and max(seen) <= 30  # one k per question, not per batch


def test_token_only_inputs_and_weights_are_unchanged() -> None:
    sample = generate(load_config(CONFIGS / "arithmetic_tiny.yaml"), 3)["test_id"][0]
    ids, n_prompt = TokenOnly("arithmetic").prepare([sample]).examples[0]
    assert ids == [
        vocab.BOS,
        *vocab.encode_chars(sample["text"]),
        vocab.SEP,
        *vocab.encode_chars(sample["target_text"]),
        vocab.EOS,
    ]
    assert n_prompt == len(sample["text"]) + 2
    model = build_model("token_only", TINY, "arithmetic")
    assert type(model) is TokenOnlyLM and model.trunk.rotary
    assert {k.split(".")[0] for k in model.state_dict()} == {"embed", "trunk", "head"}
    t = torch.tensor([ids])
    assert torch.equal(model.inputs(t), model.embed(t))


def test_addition_reproduction_writes_accuracy_per_length(tmp_path: Path) -> None:
    from fluxem_experiments.abacus_addition import MODELS, AdditionSetup, reproduce

    cfg = load_config(CONFIGS / "arithmetic_tiny.yaml").replace(root=tmp_path)
    setup = AdditionSetup(train_digits=2, test_digits=3, steps=3, per_length=4, layers=1)
    result = reproduce(cfg, setup, [7], log=lambda *a: None)
    saved = json.loads((tmp_path / "results" / "abacus_addition" / "results.json").read_text())
    assert saved["setup"]["max_k"] == setup.max_k
    for name in MODELS:
        acc = result["runs"][name][7]["accuracy"]
        assert sorted(acc) == [1, 2, 3] and all(0.0 <= v <= 1.0 for v in acc.values())
    table = (tmp_path / "results" / "abacus_addition" / "results.md").read_text()
    assert "| 2 (train) |" in table and "| 3 |" in table
