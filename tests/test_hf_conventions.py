"""Hugging Face conventions: HybridBatch as a BatchEncoding, transformers' padding/truncation
arguments (checked against a transformers tokenizer), ModelOutput, save/from_pretrained,
pre-encoded rows, and transformers.Trainer with pipeline.collate_fn and no glue."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("safetensors")

import torch
from tiny_models import bpe_fast_tokenizer, byte_gpt2

from fluxem import ConfigError
from fluxem.integration import (
    DomainEncoderRegistry,
    DomainOutputHead,
    HybridCausalLM,
    MultiDomainTokenizer,
    TrainingPipeline,
    pipeline_for_model,
)
from fluxem.integration.batch import MODEL_INPUT_KEYS

transformers = pytest.importorskip("transformers")

torch.set_num_threads(1)

TEXTS = [
    "What is 12 + 30? It is 42.",
    "Water H2O boils at 373.15 K.",
    "The vector [1, 2, 3] has 3 parts and a pitch A4.",
    "plain text without any spans",
    "",
]
PLAIN = ["plain text here", "a much longer line of plain words goes on and on", "x", ""]


def test_batch_is_a_mapping_like_batch_encoding():
    pipeline = TrainingPipeline(16)
    batch = pipeline.encode_batch(TEXTS)
    assert list(batch.keys()) == list(MODEL_INPUT_KEYS) == list(batch)
    assert batch["input_ids"] is batch.input_ids and batch["labels"] is batch.labels
    assert "input_ids" in batch and "offsets" not in batch and "texts" not in batch
    assert dict(batch.items()).keys() == set(MODEL_INPUT_KEYS)
    assert all(v is getattr(batch, k) for k, v in zip(batch.keys(), batch.values(), strict=True))
    assert {**batch}.keys() == set(MODEL_INPUT_KEYS)
    assert batch.get("offsets") is None and batch.get("input_ids") is batch.input_ids
    with pytest.raises(KeyError, match="attributes"):
        batch["offsets"]
    moved = batch.to("cpu")
    assert type(moved) is type(batch) and torch.equal(moved["span_index"], batch.span_index)
    assert len(batch) == len(TEXTS)  # rows, as before
    with pytest.raises(TypeError, match="encode_batch"):
        pipeline(TEXTS)  # texts are encoded first


def test_hybrid_model_takes_the_batch_as_keywords_and_returns_a_model_output():
    torch.manual_seed(0)
    model = byte_gpt2(n_positions=96)
    hybrid = HybridCausalLM(model, pipeline_for_model(model)).eval()  # no dropout
    batch = hybrid.pipeline.encode_batch(TEXTS)
    by_batch, by_keywords = hybrid(batch), hybrid(**batch)
    assert isinstance(by_keywords, transformers.utils.ModelOutput)
    assert torch.equal(by_batch.loss, by_keywords.loss)
    assert by_keywords["loss"] is by_keywords.loss and by_keywords[0] is by_keywords.loss
    assert torch.equal(by_keywords["logits"], by_batch.logits)
    assert by_keywords.logits.shape[:2] == batch.input_ids.shape
    no_labels = hybrid(**{k: v for k, v in batch.items() if k != "labels"})
    assert no_labels.loss is None and "loss" not in no_labels.keys()
    assert torch.equal(no_labels.logits, by_batch.logits)
    with pytest.raises(TypeError, match="missing hybrid inputs"):
        hybrid(input_ids=batch.input_ids)


def _hf_encode(fast, texts, **kw):
    try:
        out = fast(texts, add_special_tokens=False, **kw)
    except ValueError:  # ragged rows cannot become tensors
        return None
    ids = out["input_ids"]
    # numpy: transformers returns ragged rows as an object array instead of refusing them
    return None if isinstance(ids, np.ndarray) and ids.dtype == object else out


@pytest.mark.parametrize("return_tensors", ["pt", "np"])
def test_padding_and_truncation_follow_a_transformers_tokenizer(return_tensors):
    # on texts without spans every position is a text token: the oracle is the transformers
    # tokenizer itself, called with the same arguments
    fast = bpe_fast_tokenizer(PLAIN + TEXTS)
    pipeline = TrainingPipeline(16, text_tokenizer=fast)
    # the calls below turn padding/truncation on in fast's backend: the pipeline is immune
    fast(PLAIN, padding="max_length", truncation=True, max_length=3)
    combos = itertools.product(
        [True, "longest", "max_length", False],
        [True, False],
        [4, 30],
        [None, 8],
        ["right", "left"],
    )
    compared = refused = 0
    for padding, truncation, max_length, multiple, side in combos:
        kw = dict(
            padding=padding,
            truncation=truncation,
            max_length=max_length,
            pad_to_multiple_of=multiple,
            padding_side=side,
        )
        expect = _hf_encode(fast, PLAIN, return_tensors=return_tensors, **kw)
        if expect is None:
            with pytest.raises(ConfigError, match=r"rows of one length|not a multiple"):
                pipeline.encode_batch(PLAIN, return_tensors=return_tensors, **kw)
            refused += 1
            continue
        got = pipeline.encode_batch(PLAIN, return_tensors=return_tensors, **kw)
        ids, mask = got["input_ids"], got["attention_mask"]
        array = np.ndarray if return_tensors == "np" else torch.Tensor
        assert isinstance(ids, array) and isinstance(got["labels"], array), kw
        np.testing.assert_array_equal(np.asarray(ids), np.asarray(expect["input_ids"]), str(kw))
        np.testing.assert_array_equal(
            np.asarray(mask), np.asarray(expect["attention_mask"]), str(kw)
        )
        labels = np.where(np.asarray(mask) == 1, np.asarray(ids), -100)
        np.testing.assert_array_equal(np.asarray(got["labels"]), labels)
        compared += 1
    assert (compared, refused) == (32, 32)


def test_left_padding_shifts_hybrid_rows_and_keeps_their_content():
    pipeline = TrainingPipeline(16)
    right = pipeline.encode_batch(TEXTS, pad_to_multiple_of=16)
    left = pipeline.encode_batch(TEXTS, pad_to_multiple_of=16, padding_side="left")
    width = right.input_ids.shape[1]
    assert width % 16 == 0 and left.input_ids.shape == right.input_ids.shape
    assert torch.equal(left.domain_embeddings, right.domain_embeddings)
    for r, n in enumerate(right.lengths.tolist()):
        for name in ("input_ids", "attention_mask", "domain_types", "span_index", "labels"):
            a, b = getattr(right, name)[r], getattr(left, name)[r]
            assert torch.equal(a[:n], b[width - n :]), name
        assert not left.attention_mask[r, : width - n].any()


@pytest.mark.parametrize(
    "option",
    [
        {"padding": "maxlength"},
        {"padding": "max_length", "max_length": None},
        {"truncation": "sideways"},
        {"padding_side": "center"},
        {"pad_to_multiple_of": 0},
        {"return_tensors": "tf"},
        {"return_tensors": "jax"},
    ],
)
def test_bad_hf_options_raise_config_error(option):
    pipeline = TrainingPipeline(16)
    with pytest.raises(ConfigError):
        pipeline.encode_batch(TEXTS, **option)
    with pytest.raises(ConfigError):
        pipeline.collate_fn(TEXTS, **option)


def _saved_pipeline(tmp_path, **kw):
    torch.manual_seed(3)
    pipeline = TrainingPipeline(24, **kw)
    with torch.no_grad():  # trained-looking weights (type embeddings start at zero)
        for p in pipeline.parameters():
            p.add_(torch.randn_like(p))
    pipeline.save_pretrained(tmp_path)
    return pipeline


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"head": "shared", "head_layers": 2, "max_length": 40, "add_bos": True},
        {
            "head_layers": 3,
            "type_embeddings": False,
            "padding_side": "left",
            "domains": ["ARITHMETIC", "FORMULA"],
        },
    ],
)
def test_pipeline_save_load_reproduces_inputs_embeds_bit_for_bit(tmp_path, options):
    fast = bpe_fast_tokenizer(TEXTS)
    pipeline = _saved_pipeline(tmp_path, text_tokenizer=fast, **options)
    config = json.loads((tmp_path / "config.json").read_text())
    from fluxem import __version__
    from fluxem.layout import LAYOUT_VERSION

    assert config["layout_version"] == LAYOUT_VERSION and config["fluxem_version"] == __version__
    assert config["llm_hidden_dim"] == 24 and config["text_tokenizer"]["type"] == "hf"
    assert config["head"] == options.get("head", "per_domain")
    assert config["head_layers"] == options.get("head_layers", 1)
    assert config["policy"]["max_length"] == options.get("max_length", 4096)
    assert (tmp_path / "model.safetensors").is_file()
    # the text tokenizer was saved with its own save_pretrained: transformers loads it
    again = transformers.AutoTokenizer.from_pretrained(str(tmp_path))
    assert again("H2O boils")["input_ids"] == fast("H2O boils")["input_ids"]

    loaded = TrainingPipeline.from_pretrained(tmp_path)
    assert loaded.collator.policy == pipeline.collator.policy
    assert loaded.collator.segmenter.domains == pipeline.collator.segmenter.domains
    a, b = pipeline.encode_batch(TEXTS), loaded.encode_batch(TEXTS)
    for key in MODEL_INPUT_KEYS:
        assert torch.equal(a[key], b[key]), key
    with torch.no_grad():
        assert torch.equal(pipeline(a), loaded(b))
    assert any(a.domain_mask.flatten())


def test_byte_tokenizer_pipeline_round_trips_and_layout_version_is_checked(tmp_path):
    pipeline = _saved_pipeline(tmp_path)
    loaded = TrainingPipeline.from_pretrained(tmp_path)
    batch = pipeline.encode_batch(TEXTS)
    with torch.no_grad():
        assert torch.equal(pipeline(batch), loaded(batch))
    config = json.loads((tmp_path / "config.json").read_text())
    config["layout_version"] = "0.0-other"
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(ConfigError, match=r"LAYOUT_VERSION '0\.0-other'"):
        TrainingPipeline.from_pretrained(tmp_path)
    with pytest.raises(ConfigError, match="not a DomainOutputHead"):
        DomainOutputHead.from_pretrained(tmp_path)


def _user_registry():
    registry = DomainEncoderRegistry()

    def encode(text):
        from fluxem.layout import tag_vector

        v = np.zeros(128, dtype=np.float32)
        v[: len(tag_vector(8))] = tag_vector(8)
        v[20] = len(text)
        return v

    registry.register_domain("TICKER", encode, pattern=r"\$[A-Z]{2,5}")
    return registry


def test_user_domains_must_be_registered_again_to_load(tmp_path):
    pipeline = _saved_pipeline(tmp_path, registry=_user_registry())
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["registry"]["user_domains"] == {"8": "TICKER"}
    with pytest.raises(ConfigError, match="TICKER"):
        TrainingPipeline.from_pretrained(tmp_path)
    with pytest.raises(ConfigError, match="saved with"):
        TrainingPipeline.from_pretrained(tmp_path, registry=DomainEncoderRegistry())
    loaded = TrainingPipeline.from_pretrained(tmp_path, registry=_user_registry())
    texts = ["buy $ACME at 12 + 3", *TEXTS]
    batch = pipeline.encode_batch(texts)
    assert (batch.domain_types == 8).any()
    with torch.no_grad():
        assert torch.equal(pipeline(batch), loaded(loaded.encode_batch(texts)))


def test_hybrid_model_save_load_same_logits_and_heads(tmp_path):
    torch.manual_seed(4)
    model = byte_gpt2(n_positions=96)
    pipeline = pipeline_for_model(model, add_eos=True)
    hybrid = HybridCausalLM(model, pipeline, domain_weight=0.5)
    with torch.no_grad():
        for p in hybrid.output_head.parameters():
            p.add_(torch.randn_like(p))
    pipeline.save_pretrained(tmp_path / "alone")  # the LLM's embedding is not in it
    with pytest.raises(ConfigError, match="text_embedding"):
        TrainingPipeline.from_pretrained(tmp_path / "alone")
    hybrid.save_pretrained(tmp_path / "hybrid")
    loaded = HybridCausalLM.from_pretrained(tmp_path / "hybrid")
    assert loaded.domain_weight == 0.5
    assert loaded.pipeline.embedder.text is loaded.model.get_input_embeddings()
    batch = pipeline.encode_batch(TEXTS)
    hybrid.eval(), loaded.eval()
    with torch.no_grad():
        a, b = hybrid(**batch), loaded(**batch)
        assert torch.equal(hybrid.pipeline(batch), loaded.pipeline(batch))
        assert torch.equal(a.logits, b.logits) and torch.equal(a.loss, b.loss)
        h = a.hidden_states.reshape(-1, a.hidden_states.shape[-1])
        assert torch.equal(hybrid.output_head(h), loaded.output_head(h))
    head_dir = hybrid.output_head.save_pretrained(tmp_path / "head")
    head = DomainOutputHead.from_pretrained(head_dir)
    assert head.config == hybrid.output_head.config
    with torch.no_grad():
        assert torch.equal(
            head.predict_embedding(h[:5], torch.full((5,), 1)),
            hybrid.output_head.predict_embedding(h[:5], torch.full((5,), 1)),
        )


def _rows(embeddings):
    datasets = pytest.importorskip("datasets")
    from fluxem.preprocess.hf import SpanColumns

    ds = datasets.Dataset.from_dict({"text": TEXTS})
    return list(ds.map(SpanColumns(embeddings=embeddings), batched=True))


@pytest.mark.parametrize("embeddings", ["compact", "materialised"])
def test_preencoded_rows_collate_like_texts_without_segmenting(embeddings, monkeypatch):
    pipeline = TrainingPipeline(16)
    rows = _rows(embeddings)
    expect = pipeline.collate_fn(TEXTS)

    def no_segmenting(*args, **kwargs):
        raise AssertionError("the segmenter ran on pre-encoded rows")

    monkeypatch.setattr(MultiDomainTokenizer, "segment_batch", no_segmenting)
    got = pipeline.collate_fn(rows)
    for name in (*MODEL_INPUT_KEYS, "offsets", "span_start", "span_end", "span_doc"):
        assert torch.equal(getattr(got, name), getattr(expect, name)), name
    assert got.texts == TEXTS and got.fallbacks == expect.fallbacks
    left = pipeline.collate_fn(rows, padding_side="left", return_tensors="np")
    assert isinstance(left.input_ids, np.ndarray)
    assert left.attention_mask[:, -1].tolist() == [int(n > 0) for n in left.lengths.tolist()]


def test_preprocess_shards_collate_like_texts(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from fluxem.preprocess import preprocess

    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(TEXTS))
    )
    manifest = preprocess([src], tmp_path / "out", log=open(tmp_path / "log", "w"))
    rows = pq.read_table(tmp_path / "out" / manifest["shards"][0]["file"]).to_pylist()
    pipeline = TrainingPipeline(16)
    assert [r["text"] for r in rows] == [t for t in TEXTS if t]  # empty documents are skipped
    got, expect = pipeline.collate_fn(rows), pipeline.collate_fn([r["text"] for r in rows])
    for name in MODEL_INPUT_KEYS:
        assert torch.equal(got[name], expect[name]), name


def test_preencoded_rows_errors(monkeypatch):
    rows = _rows("compact")
    no_text = [{k: v for k, v in r.items() if k != "text"} for r in rows]
    with pytest.raises(ConfigError, match="row 0 lacks text"):
        TrainingPipeline(16).collate_fn(no_text)
    with pytest.raises(ConfigError, match="default segmenter"):
        TrainingPipeline(16, domains=["ARITHMETIC"]).collate_fn(rows)
    with pytest.raises(ConfigError, match="remove_unused_columns=False"):
        TrainingPipeline(16).collate_fn([{}, {}])


def _trainer(hybrid, pipeline, dataset, tmp_path, **args):
    arguments = transformers.TrainingArguments(
        output_dir=str(tmp_path),
        max_steps=8,
        per_device_train_batch_size=4,
        learning_rate=3e-3,
        logging_steps=1,
        report_to=[],
        use_cpu=True,
        save_strategy="steps",
        save_steps=8,
        **args,
    )
    return transformers.Trainer(
        model=hybrid, args=arguments, data_collator=pipeline.collate_fn, train_dataset=dataset
    )


def test_trainer_trains_with_collate_fn_and_no_glue(tmp_path):
    torch.manual_seed(5)
    model = byte_gpt2(n_positions=96)
    pipeline = pipeline_for_model(model, add_eos=True)
    hybrid = HybridCausalLM(model, pipeline)
    before = {n: p.detach().clone() for n, p in hybrid.named_parameters()}
    trainer = _trainer(hybrid, pipeline, TEXTS[:4] * 4, tmp_path)
    trainer.train()
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert len(losses) == 8 and all(np.isfinite(losses))
    assert np.mean(losses[-3:]) < np.mean(losses[:3])
    changed = {n for n, p in hybrid.named_parameters() if not torch.equal(p, before[n])}
    assert any("projection" in n for n in changed) and any("output_head" in n for n in changed)
    assert any(n.startswith("model.") for n in changed)
    metrics = trainer.evaluate(eval_dataset=TEXTS)  # prediction_step reads the ModelOutput
    assert np.isfinite(metrics["eval_loss"])
    # the checkpoint (tied GPT-2 head included) was written and loads back into the model
    from safetensors.torch import load_file

    state = load_file(str(tmp_path / "checkpoint-8" / "model.safetensors"))
    fresh = HybridCausalLM(m := byte_gpt2(n_positions=96), pipeline_for_model(m, add_eos=True))
    fresh.load_state_dict(state)
    batch = pipeline.encode_batch(TEXTS)
    hybrid.eval(), fresh.eval()
    with torch.no_grad():
        assert torch.equal(hybrid(**batch).logits, fresh(**batch).logits)


def test_trainer_on_a_preprocessed_dataset(tmp_path):
    datasets = pytest.importorskip("datasets")
    from fluxem.preprocess.hf import SpanColumns

    torch.manual_seed(6)
    model = byte_gpt2(n_positions=96)
    pipeline = pipeline_for_model(model)
    hybrid = HybridCausalLM(model, pipeline)
    ds = datasets.Dataset.from_dict({"text": TEXTS[:4] * 4}).map(SpanColumns(), batched=True)
    before = [p.detach().clone() for p in hybrid.parameters()]
    # datasets' columns reach the collator only with remove_unused_columns=False (the
    # Trainer otherwise drops every column the model's forward does not name)
    trainer = _trainer(hybrid, pipeline, ds, tmp_path, remove_unused_columns=False)
    trainer.train()
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert all(np.isfinite(losses)) and np.mean(losses[-3:]) < np.mean(losses[:3])
    assert any(not torch.equal(a, b) for a, b in zip(before, hybrid.parameters(), strict=True))


def test_single_text_paths_ignore_left_padding_defaults():
    # encode, predict_next and generate read rows from position 0: they pad on the right
    torch.manual_seed(7)
    model = byte_gpt2(n_positions=96)
    right = HybridCausalLM(model, pipeline_for_model(model)).eval()
    pipeline = pipeline_for_model(model, padding_side="left", pad_to_multiple_of=8)
    pipeline.load_state_dict(right.pipeline.state_dict())
    left = HybridCausalLM(model, pipeline, output_head=right.output_head).eval()
    with torch.no_grad():
        for text in TEXTS[:3]:
            a, b = right.pipeline.encode(text), left.pipeline.encode(text)
            assert torch.equal(a.embeddings, b.embeddings) and len(b) == len(a)
        prompts = ["Add 7 and 8 to get ", "It is "]
        assert left.predict_next(prompts) == right.predict_next(prompts)
        assert [str(g) for g in left.generate(prompts, max_new_tokens=5)] == [
            str(g) for g in right.generate(prompts, max_new_tokens=5)
        ]


def test_batch_decode_writes_rows_as_the_model_sees_them():
    fast = bpe_fast_tokenizer(PLAIN + TEXTS)
    for tokenizer in (None, fast):
        pipeline = TrainingPipeline(16, text_tokenizer=tokenizer, add_bos=True, add_eos=True)
        for kind, side in (("pt", "right"), ("np", "left")):
            batch = pipeline.encode_batch(PLAIN, return_tensors=kind, padding_side=side)
            assert pipeline.batch_decode(batch) == PLAIN  # no spans: the texts themselves
        batch = pipeline.encode_batch(["What is 12 + 30?", "Water H2O boils at 373.15 K."])
        # a span is written as its decoded value (the ARITHMETIC embedding holds 42)
        assert pipeline.batch_decode(batch) == ["What is 42?", "Water H2O boils at 373.15 K."]
    assert pipeline.batch_decode(pipeline.encode_batch(["x y"]), skip_special_tokens=False) == [
        "<s>x y</s>"
    ]
