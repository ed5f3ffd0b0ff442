"""TrainingPipeline: the seed's snippet, sequence construction, truncation, batches, bad input.

The central property: a sequence is a lossless re-writing of its text. Text positions carry
the text tokenizer's tokens of the text between spans, each domain span is exactly one
position, in text order, with offsets pointing back into the source.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("hypothesis")
pytest.importorskip("torch")

import torch
from hypothesis import given
from hypothesis import strategies as st

from fluxem import ArithmeticEncoder, DomainType
from fluxem.errors import ConfigError
from fluxem.integration import DomainEncoderRegistry, MultiDomainTokenizer, TrainingPipeline
from fluxem.integration.pipeline import HybridBatch, PipelineResult
from fluxem.integration.text_tokenizer import ByteTokenizer

torch.set_num_threads(1)
ARITH = ArithmeticEncoder()
SEED_TEXT = "Calculate 1234 + 5678 for the reaction H2 + O2 -> H2O"


@pytest.fixture(scope="module")
def small() -> TrainingPipeline:
    torch.manual_seed(0)
    return TrainingPipeline(llm_hidden_dim=16, max_length=None)


def rebuild(text: str, token_ids, domain_mask, offsets) -> str:
    """The text back from a byte-tokenized sequence: bytes of text tokens, spans by offset."""
    out = bytearray()
    for tid, is_span, (a, b) in zip(token_ids, domain_mask, offsets, strict=True):
        out += text[a:b].encode() if is_span else bytes([tid])
    return out.decode()


def test_seed_snippet_runs_as_written():
    from fluxem.integration import DomainEncoderRegistry, TrainingPipeline  # noqa: F401

    pipeline = TrainingPipeline(llm_hidden_dim=4096)
    result = pipeline.encode(SEED_TEXT)
    assert isinstance(result, PipelineResult)
    n = len(result)
    assert result.embeddings.shape == (n, 4096) and result.embeddings.dtype == torch.float32
    assert result.domain_mask.shape == (n,) and result.domain_mask.dtype == torch.bool
    assert result.domain_types.shape == (n,)
    assert torch.all((result.domain_types != DomainType.TEXT) == result.domain_mask)
    assert all(isinstance(t, DomainType) for t in result.types)
    spans = result.spans
    assert [s.position for s in spans] == result.domain_mask.nonzero().squeeze(1).tolist()
    arith = [s for s in spans if s.domain == DomainType.ARITHMETIC]
    assert arith and arith[0].text == "1234 + 5678" and arith[0].value == 6912
    assert (
        rebuild(
            SEED_TEXT,
            result.token_ids.tolist(),
            result.domain_mask.tolist(),
            result.offsets.tolist(),
        )
        == SEED_TEXT
    )
    assert n == len(SEED_TEXT.encode()) - sum(len(s.text.encode()) - 1 for s in spans)
    # a span's row is its projected 128-d embedding (plus its type vector, zero at init)
    head = pipeline.embedder.projection.heads["1"]
    pos = arith[0].position
    k = spans.index(arith[0])
    expect = head(result.span_embeddings[k]) + pipeline.embedder.type_embedding.weight[1]
    torch.testing.assert_close(result.embeddings[pos], expect)
    np.testing.assert_array_equal(result.span_embeddings[k].numpy(), ARITH.encode("1234 + 5678"))
    assert result.fallbacks == {} and not result.truncated


def _segmenter_hangs_on_known_inputs() -> bool:
    """Segmenter bug found by the property test below (feat/segmenter 7826cce): ``segment``
    never returns on "a(" or "4,+6" (scan.rs ``Scanner::run`` makes no progress). Probed in a
    subprocess so this file cannot hang; the test runs again once that is fixed."""
    code = "from fluxem import _native as n; s = n.Segmenter(); s.segment('a('); s.segment('4,+6')"
    try:
        subprocess.run([sys.executable, "-c", code], timeout=8, check=True, capture_output=True)
    except subprocess.TimeoutExpired:
        return True
    return False


TEXT = st.text(
    alphabet=st.sampled_from([*"0123456789 +-*/.,()[]eijmsKgHOCNaTGAC#b", "é", "中", "🙂"]),
    max_size=60,
)


@pytest.fixture(scope="module")
def segmenter_terminates() -> None:
    if _segmenter_hangs_on_known_inputs():
        pytest.skip("segmenter hangs on 'a(' and '4,+6' (segmenter bug, reported)")


@given(st.lists(TEXT, min_size=1, max_size=4))
def test_sequences_rewrite_their_text_losslessly(small, segmenter_terminates, texts):
    batch = small.encode_batch(texts)
    assert len(batch) == len(texts)
    for i, text in enumerate(texts):
        n = int(batch.lengths[i])
        ids = batch.input_ids[i, :n].tolist()
        mask = batch.domain_mask[i, :n].tolist()
        offs = batch.offsets[i, :n].tolist()
        assert rebuild(text, ids, mask, offs) == text
        starts = [a for a, _ in offs]
        assert starts == sorted(starts)
        assert not batch.attention_mask[i, n:].any() and batch.attention_mask[i, :n].all()
    # spans are numbered in row-major position order and typed
    rows, cols = batch.domain_mask.nonzero(as_tuple=True)
    assert batch.span_index[rows, cols].tolist() == list(range(len(rows)))
    assert torch.equal(batch.domain_types[rows, cols], batch.span_domain)
    assert (batch.span_domain > 0).all()
    assert torch.equal(
        batch.labels[batch.domain_mask | ~batch.attention_mask.bool()],
        torch.full((int((batch.domain_mask | ~batch.attention_mask.bool()).sum()),), -100),
    )


def test_batch_rows_equal_single_encodes(small):
    texts = ["add 12 + 30 now", "", "x", "12 apples and 3.5 kg of H2O at 300 K"]
    batch = small.encode_batch(texts)
    emb = small(batch)
    for i, text in enumerate(texts):
        r = small.encode(text)
        n = len(r)
        assert n == int(batch.lengths[i])
        assert torch.equal(r.token_ids, batch.input_ids[i, :n])
        assert torch.equal(r.domain_mask, batch.domain_mask[i, :n])
        torch.testing.assert_close(r.embeddings, emb[i, :n])


def test_truncation_end_split_error(small):
    text = "The sum 12 + 30 is 42 and 7 * 8 is 56. " * 3
    full = small.encode_batch([text], max_length=None)
    n = int(full.lengths[0])
    end = small.encode_batch([text], max_length=7)
    assert end.input_ids.shape == (1, 7) and bool(end.truncated[0])
    assert torch.equal(end.input_ids[0], full.input_ids[0, :7])
    assert torch.equal(end.domain_mask[0], full.domain_mask[0, :7])
    kept = int(end.domain_mask.sum())
    torch.testing.assert_close(end.domain_embeddings, full.domain_embeddings[:kept])

    split = small.encode_batch([text, "12 + 30"], max_length=7, truncation="split")
    rows = -(-n // 7)
    assert len(split) == rows + 1 and split.row_doc.tolist() == [0] * rows + [1]
    glued = split.input_ids[:rows].reshape(-1)[:n]
    assert torch.equal(glued, full.input_ids[0])
    torch.testing.assert_close(split.domain_embeddings[:-1], full.domain_embeddings)
    assert not split.truncated.any()

    with pytest.raises(ValueError, match=r"needs \d+ positions, more than max_length=7"):
        small.encode_batch([text], max_length=7, truncation="error")
    padded = small.encode_batch(["1"], max_length=9, padding="max_length")
    assert padded.input_ids.shape == (1, 9)
    with pytest.raises(ConfigError, match="truncation"):
        small.encode_batch(["1"], truncation="middle")


def test_bos_eos_and_default_length_policy():
    torch.manual_seed(0)
    p = TrainingPipeline(llm_hidden_dim=8, add_bos=True, add_eos=True, max_length=5)
    b = p.encode_batch(["ab", "abcdef"])
    tok = ByteTokenizer()
    assert b.input_ids[0, :4].tolist() == [tok.BOS, 97, 98, tok.EOS]
    assert b.input_ids[1].tolist() == [tok.BOS, 97, 98, 99, 100]  # truncated: no EOS
    assert b.truncated.tolist() == [False, True]
    assert TrainingPipeline(llm_hidden_dim=8).collator.policy.max_length == 4096


def test_bad_input(small):
    for bad in (b"12 + 3", None, 12, ["12"]):
        with pytest.raises(TypeError):
            small.encode(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] is int"):
        small.encode_batch(["ok", 3])
    with pytest.raises(TypeError):
        small.encode_batch("a single string")

    empty = small.encode("")
    assert len(empty) == 0 and empty.embeddings.shape == (0, 16) and empty.spans == []
    no_spans = small.encode("plain words only")
    assert not no_spans.domain_mask.any() and no_spans.fallbacks == {}
    assert len(no_spans) == len("plain words only")
    all_span = small.encode("1234 + 5678")
    assert all_span.domain_mask.tolist() == [True]
    assert all_span.spans[0].value == 6912


def test_one_megabyte_text():
    torch.manual_seed(0)
    p = TrainingPipeline(llm_hidden_dim=8)
    text = ("Mix 12.5 g of NaCl with 3 + 4 L water at 300 K; é中. " * 20_000)[:1_000_000]
    r = p.encode(text)
    assert len(r) == 4096 and r.truncated
    assert r.embeddings.shape == (4096, 8)
    split = p.encode_batch([text], max_length=None)
    n = int(split.lengths[0])
    assert n > 100_000 and not split.truncated.any()
    assert torch.equal(split.input_ids[0, :4096], r.token_ids)


def test_fallbacks_are_counted_on_results():
    text = "The sum 12 + 30 is 42 and 7 * 8 is 56; 9.5 kg of NaCl."
    found = [t for t in MultiDomainTokenizer().tokenize(text) if t.domain]
    arith = [t.text for t in found if t.domain == DomainType.ARITHMETIC]
    assert len(arith) >= 2 and len(found) > len(arith)
    reg = DomainEncoderRegistry()
    reg.unregister(DomainType.ARITHMETIC)
    p = TrainingPipeline(llm_hidden_dim=8, registry=reg, max_length=None)
    r = p.encode(text)
    assert r.fallbacks == {"no_encoder": len(arith)}
    assert int(r.domain_mask.sum()) == len(found) - len(arith)
    assert DomainType.ARITHMETIC not in r.types
    assert rebuild(text, r.token_ids.tolist(), r.domain_mask.tolist(), r.offsets.tolist()) == text

    reg = DomainEncoderRegistry()
    skip = arith[1]
    reg.register(DomainType.ARITHMETIC, lambda t: None if t == skip else ARITH.encode(t))
    p = TrainingPipeline(llm_hidden_dim=8, registry=reg)
    b = p.encode_batch([text, skip, "no spans", text])
    assert b.fallbacks == {"encoder_returned_none": 3}  # the span alone is a span too
    assert b.fallback_counts[:, 0].tolist() == [1, 1, 0, 1]
    assert int(b.domain_mask.sum()) == 2 * (len(found) - 1)


def test_user_encoder_output_reaches_the_sequence():
    reg = DomainEncoderRegistry()
    marker = np.arange(128, dtype=np.float32)
    reg.register(DomainType.ARITHMETIC, lambda t: marker)
    p = TrainingPipeline(llm_hidden_dim=8, registry=reg)
    r = p.encode("The sum 12 + 30 is 42")
    assert r.types.count(DomainType.ARITHMETIC) == 1
    assert torch.equal(r.span_embeddings[0], torch.tensor(marker))
    assert r.spans[0].text == "12 + 30" and r.spans[0].value is None  # no decoder given


def test_state_dict_round_trip_dtype_and_device():
    torch.manual_seed(0)
    a = TrainingPipeline(llm_hidden_dim=8)
    b = TrainingPipeline(llm_hidden_dim=8, head="shared", type_embeddings=False)
    with pytest.raises(RuntimeError):
        b.load_state_dict(a.state_dict())
    c = TrainingPipeline(llm_hidden_dim=8)
    c.load_state_dict(a.state_dict())
    torch.testing.assert_close(a.encode(SEED_TEXT).embeddings, c.encode(SEED_TEXT).embeddings)
    assert a.to(torch.float64).encode("1 + 1").embeddings.dtype == torch.float64
    assert (
        TrainingPipeline(llm_hidden_dim=8, dtype=torch.bfloat16).encode("3").embeddings.dtype
        == torch.bfloat16
    )
    assert a.encode("3").embeddings.device == torch.device("cpu")


def test_hf_tokenizers_plug_in():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(
        ["Calculate the reaction for water", "mix the salt with water"] * 5,
        trainers.BpeTrainer(
            vocab_size=300,
            special_tokens=["<pad>", "</s>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    p = TrainingPipeline(llm_hidden_dim=8, text_tokenizer=tok, add_eos=True)
    assert p.text_tokenizer.pad_id == 0 and p.text_tokenizer.eos_id == 1
    assert p.embedder.text_embedding.num_embeddings == tok.get_vocab_size()
    r = p.encode(SEED_TEXT)
    pieces, last, pending = [], 0, []
    for tid, is_span, (a, b) in zip(
        r.token_ids.tolist(), r.domain_mask.tolist(), r.offsets.tolist(), strict=True
    ):
        if is_span:
            pieces += [tok.decode(pending), SEED_TEXT[a:b]]
            pending = []
        elif tid != 1:
            pending.append(tid)
        assert a >= last or tid == 1
        last = a
    pieces.append(tok.decode(pending))
    assert "".join(pieces) == SEED_TEXT
    assert r.token_ids[-1] == 1
    # a pickled collator (DataLoader workers) rebuilds the same batches
    again = pickle.loads(pickle.dumps(p.collate_fn))([SEED_TEXT])
    assert isinstance(again, HybridBatch)
    assert torch.equal(again.input_ids[0], r.token_ids)


def test_collate_fn_accepts_rows():
    p = TrainingPipeline(llm_hidden_dim=8)
    b = p.collate_fn([{"text": "1 + 1"}, "two 2"])
    assert len(b) == 2 and b.texts == ["1 + 1", "two 2"]
    assert b.pin_memory is not None and b.to("cpu").input_ids.shape == b.input_ids.shape


class _SpySegmenter:
    """Wraps the collator's segmenter and keeps what its native call returned."""

    def __init__(self, inner: MultiDomainTokenizer) -> None:
        self.inner = inner
        self.batches: list = []

    def segment_batch(self, *args, **kwargs):
        batch = self.inner.segment_batch(*args, **kwargs)
        self.batches.append(batch)
        return batch


def test_span_embeddings_reach_the_tensor_without_a_copy():
    p = TrainingPipeline(llm_hidden_dim=8, max_length=None)
    spy = _SpySegmenter(p.collator.segmenter)
    p.collator.segmenter = spy
    texts = ["Water (H2O) boils at 373.15 K.", "no spans", SEED_TEXT]
    batch = p.encode_batch(texts)
    (native,) = spy.batches
    assert native.embeddings is not None and batch.domain_embeddings.shape[0] == native.n_spans > 3
    # the tensor is a view of the array the native call filled: same memory, same bytes
    assert batch.domain_embeddings.data_ptr() == native.embeddings.ctypes.data
    assert np.shares_memory(batch.domain_embeddings.numpy(), native.embeddings)
    # once a span is dropped (truncation) the kept rows are gathered: a copy, with equal rows
    short = p.encode_batch([SEED_TEXT], max_length=12)
    kept = int(short.domain_mask.sum())
    assert 0 < kept < spy.batches[-1].n_spans
    assert not np.shares_memory(short.domain_embeddings.numpy(), spy.batches[-1].embeddings)
    np.testing.assert_array_equal(
        short.domain_embeddings.numpy(), spy.batches[-1].embeddings[:kept]
    )
