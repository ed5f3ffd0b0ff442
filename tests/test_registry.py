"""DomainEncoderRegistry: encoder choice per domain, user encoders/domains, counted fallbacks.

``resolve`` is tested on hand-built segmenter outputs, so these tests pin the registry's rules
independently of the segmenter's span choices.
"""

from __future__ import annotations

import contextlib
import pickle
import re

import numpy as np
import pytest

from fluxem import ArithmeticEncoder, DomainType, _native
from fluxem.domains import STATUS_NAMES
from fluxem.errors import ConfigError, FluxemError
from fluxem.integration.batch import SegmentBatch
from fluxem.integration.registry import (
    BUILTIN_ENCODERS,
    DomainEncoderRegistry,
    EncoderFailedError,
    EncoderOutputError,
)
from fluxem.integration.resolve import resolve
from fluxem.layout import tag_vector

ARITH = ArithmeticEncoder()


def seg_of(
    texts: list[str], spans: list[list[tuple[int, int, int]]], doc_status=None
) -> SegmentBatch:
    """A segmenter output for ``texts`` with per-document (start, end, domain) spans; ARITHMETIC
    spans that encode get real embeddings, others zeros."""
    flat = [(i, a, b, d) for i, doc in enumerate(spans) for a, b, d in doc]
    emb = np.zeros((len(flat), 128), dtype=np.float32)
    for k, (i, a, b, d) in enumerate(flat):
        if d == DomainType.ARITHMETIC:
            with contextlib.suppress(FluxemError):
                emb[k] = ARITH.encode(texts[i][a:b])
    counts = [len(doc) for doc in spans]
    start = np.array([f[1] for f in flat], dtype=np.int64)
    end = np.array([f[2] for f in flat], dtype=np.int64)
    return SegmentBatch(
        doc_offsets=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
        start=start,
        end=end,
        byte_start=start,
        byte_end=end,
        domain=np.array([f[3] for f in flat], dtype=np.uint8),
        status=np.zeros(len(flat), np.uint8),
        doc_status=np.zeros(len(spans), np.uint8)
        if doc_status is None
        else np.asarray(doc_status, np.uint8),
        embeddings=emb,
    )


TEXTS = ["add 12 + 30 and 7", "no spans", "5"]
SPANS = [[(4, 11, 1), (16, 17, 1)], [], [(0, 1, 1)]]


def fallbacks(res) -> dict[str, int]:
    return {r: int(c) for r, c in zip(res.reasons, res.fallbacks.sum(0), strict=True) if c}


def test_default_registry_serves_the_seven_domains_natively():
    reg = DomainEncoderRegistry()
    assert reg.domains == tuple(range(1, 8))
    assert reg.native_domains() == tuple(range(1, 8))
    for d, cls in BUILTIN_ENCODERS.items():
        assert reg.entry(d).kind == "native" and reg.entry(d).encoder is cls
    assert reg.domain_id("quantity") == DomainType.QUANTITY
    assert reg.domain_name(3) == "FORMULA"


def test_native_spans_pass_through_untouched():
    reg = DomainEncoderRegistry()
    seg = seg_of(TEXTS, SPANS)
    res = resolve(reg, TEXTS, seg)
    assert res.doc.tolist() == [0, 0, 2]
    assert res.start.tolist() == [4, 16, 0] and res.end.tolist() == [11, 17, 1]
    np.testing.assert_array_equal(res.embeddings, seg.embeddings)
    assert np.shares_memory(res.embeddings, seg.embeddings)  # passed through, not copied
    assert fallbacks(res) == {}
    assert reg.decode(DomainType.ARITHMETIC, res.embeddings[0]) == 42


def test_batch_encoder_failures_are_counted_by_status_name():
    texts = ["add 12 + 30 and 7", "no spans", "1e999999"]
    reg = DomainEncoderRegistry()
    reg.register(DomainType.ARITHMETIC, _native.Encoder("ARITHMETIC"))
    assert reg.entry(DomainType.ARITHMETIC).kind == "batch"
    # "add" does not parse, "1e999999" is out of range: the encoder's own statuses
    res = resolve(reg, texts, seg_of(texts, [[(0, 3, 1), (4, 11, 1)], [], [(0, 8, 1)]]))
    assert res.start.tolist() == [4]
    np.testing.assert_array_equal(res.embeddings[0], ARITH.encode("12 + 30"))
    assert fallbacks(res) == {STATUS_NAMES[1]: 1, STATUS_NAMES[2]: 1}
    assert res.fallbacks[:, list(res.reasons).index("parse_error")].tolist() == [1, 0, 0]


def test_domain_without_encoder_is_text():
    reg = DomainEncoderRegistry()
    reg.unregister("ARITHMETIC")
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert len(res.doc) == 0
    assert fallbacks(res) == {"no_encoder": 3}
    assert reg.encode(DomainType.ARITHMETIC, "12") is None
    only = DomainEncoderRegistry(domains=["QUANTITY"])
    assert only.domains == (2,)
    assert fallbacks(resolve(only, TEXTS, seg_of(TEXTS, SPANS))) == {"no_encoder": 3}


def test_python_callable_encoder_is_called_per_span_of_its_domain():
    calls: list[str] = []

    def enc(text: str) -> np.ndarray:
        calls.append(text)
        return np.full(128, len(text), dtype=np.float64)

    reg = DomainEncoderRegistry()
    reg.register(DomainType.ARITHMETIC, enc)
    assert reg.entry(1).kind == "callable" and "enc" in reg.entry(1).name
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert calls == ["12 + 30", "7", "5"]
    assert res.embeddings.dtype == np.float32
    np.testing.assert_array_equal(res.embeddings[:, 0], [7, 1, 1])


def test_callable_none_and_exceptions_fall_back_with_reasons():
    def enc(text: str):
        if text == "7":
            return None
        if text == "5":
            raise RuntimeError("boom")
        return np.ones(128)

    reg = DomainEncoderRegistry()
    reg.register(DomainType.ARITHMETIC, enc, name="picky")
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert res.start.tolist() == [4]
    assert fallbacks(res) == {"encoder_returned_none": 1, "encoder_error": 1}
    assert "boom" in res.errors["picky"] and "'5'" in res.errors["picky"]

    strict = DomainEncoderRegistry(on_error="raise")
    strict.register(DomainType.ARITHMETIC, enc, name="picky")
    with pytest.raises(EncoderFailedError, match=r"picky.*ARITHMETIC.*boom"):
        resolve(strict, TEXTS, seg_of(TEXTS, SPANS))


@pytest.mark.parametrize(
    ("value", "what"),
    [
        (np.ones(127), r"shape \(127,\)"),
        (np.ones((1, 128)), r"shape \(1, 128\)"),
        ("not numbers", "not an array of floats"),
        (np.full(128, np.nan), "non-finite"),
    ],
)
def test_wrong_output_raises_naming_the_encoder(value, what):
    def my_encoder(text: str):
        return value

    reg = DomainEncoderRegistry()
    reg.register("arithmetic", my_encoder)
    with pytest.raises(EncoderOutputError, match=f"my_encoder.*ARITHMETIC.*{what}"):
        resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    with pytest.raises(EncoderOutputError, match="my_encoder"):
        reg.encode("ARITHMETIC", "1")


def test_batch_and_rust_encoders_get_one_call_per_batch():
    class Batch:
        calls = 0

        def encode_batch(self, texts):
            Batch.calls += 1
            return np.stack([np.full(128, float(len(t))) for t in texts])

    reg = DomainEncoderRegistry()
    reg.register(DomainType.ARITHMETIC, Batch())
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert Batch.calls == 1 and reg.entry(1).kind == "batch"
    np.testing.assert_array_equal(res.embeddings[:, 5], [7, 1, 1])

    reg.register(DomainType.ARITHMETIC, ArithmeticEncoder())  # default options: native again
    assert reg.entry(1).kind == "native"

    class Failing:
        def encode_batch(self, texts):
            return np.zeros((len(texts), 128)), np.array([0, 2, 1][: len(texts)])

    reg.register(DomainType.ARITHMETIC, Failing(), name="failing")
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert fallbacks(res) == {"encode_error": 1, "parse_error": 1}

    with pytest.raises(ConfigError, match="encodes ARITHMETIC, not QUANTITY"):
        reg.register(DomainType.QUANTITY, ArithmeticEncoder())
    with pytest.raises(TypeError, match="callable"):
        reg.register(DomainType.QUANTITY, 42)
    with pytest.raises(ConfigError, match="TEXT has no encoder"):
        reg.register(DomainType.TEXT, lambda t: None)


def test_user_domain_detects_overrides_and_resolves_overlaps():
    def date_emb(text: str) -> np.ndarray:
        v = np.zeros(128)
        v[:16] = tag_vector(8)
        v[16:19] = [int(x) for x in text.split("-")]
        return v

    reg = DomainEncoderRegistry()
    did = reg.register_domain("DATE", date_emb, pattern=r"\d{4}-\d{2}-\d{2}")
    assert did == 8 and reg.domain_id("date") == 8 and reg.domain_name(8) == "DATE"
    texts = ["on 2024-01-15 we paid 30", "2024-01-15"]
    # the built-in segmenter saw arithmetic in the date ("2024-01-15" = 2008) and "30"
    seg = seg_of(texts, [[(3, 13, 1), (22, 24, 1)], [(0, 4, 1), (5, 10, 1)]])
    res = resolve(reg, texts, seg)
    assert list(zip(res.doc.tolist(), res.start.tolist(), res.domain.tolist(), strict=True)) == [
        (0, 3, 8),
        (0, 22, 1),
        (1, 0, 8),
    ]
    np.testing.assert_array_equal(res.embeddings[0, 16:19], [2024, 1, 15])
    assert fallbacks(res) == {}

    # among user domains: the earliest start, then the longest span wins
    reg.register_domain("YEAR", lambda t: np.zeros(128), pattern=r"\d{4}")
    reg.register_domain("ON", lambda t: np.zeros(128), pattern=r"on \d")
    res = resolve(reg, texts, seg_of(texts, [[], []]))
    got = list(
        zip(
            res.doc.tolist(), res.start.tolist(), res.end.tolist(), res.domain.tolist(), strict=True
        )
    )
    assert got == [(0, 0, 4, 10), (1, 0, 10, 8)]
    with pytest.raises(ConfigError, match="already exists"):
        reg.register_domain("date", date_emb, pattern="x")
    with pytest.raises(ConfigError, match="already exists"):
        reg.register_domain("PITCH", date_emb, pattern="x")
    for i in range(5):  # 8 user ids in all
        reg.register_domain(f"D{i}", date_emb, pattern="x")
    with pytest.raises(ConfigError, match="ids are taken"):
        reg.register_domain("ONE_TOO_MANY", date_emb, pattern="x")


def test_user_domain_encoder_none_is_counted():
    reg = DomainEncoderRegistry()
    reg.register_domain("WORD", lambda t: None, pattern=re.compile(r"spans"))
    res = resolve(reg, TEXTS, seg_of(TEXTS, SPANS))
    assert fallbacks(res) == {"encoder_returned_none": 1}
    assert 1 not in res.doc.tolist()


def hex_encoder(text: str) -> np.ndarray:
    return ARITH.encode(str(int(text, 16)))


def test_registry_pickles_with_its_domains():
    reg = DomainEncoderRegistry()
    reg.register_domain("HEX", hex_encoder, pattern=r"0x[0-9a-f]+")
    back = pickle.loads(pickle.dumps(reg))
    assert back.domains == reg.domains and back.domain_id("HEX") == 8
    seg = seg_of(["n 0x1f"], [[]])
    res = resolve(back, ["n 0x1f"], seg)
    assert res.start.tolist() == [2] and ARITH.decode(res.embeddings[0]) == 31


def test_decode_uses_registered_decoder():
    reg = DomainEncoderRegistry()
    reg.register(DomainType.ARITHMETIC, ARITH.encode, decoder=lambda v: "decoded")
    assert reg.decode(1, ARITH.encode("3")) == "decoded"
    assert DomainEncoderRegistry().decode("ARITHMETIC", ARITH.encode("1234 + 5678")) == 6912
    assert DomainEncoderRegistry(domains=[]).decode(1, ARITH.encode("3")) is None
    with pytest.raises(TypeError):
        reg.encode(1, 3)  # type: ignore[arg-type]


def test_documents_the_segmenter_failed_on_are_counted():
    seg = seg_of(TEXTS, SPANS, doc_status=[0, 255, 0])
    res = resolve(DomainEncoderRegistry(), TEXTS, seg)
    assert fallbacks(res) == {"segmenter_error": 1}
    assert res.fallbacks[:, 0].tolist() == [0, 1, 0]


def test_registry_and_segmenter_do_not_import_torch():
    import importlib.util
    import subprocess
    import sys

    code = (
        "import sys, fluxem, fluxem.integration\n"
        "from fluxem.integration import DomainEncoderRegistry, MultiDomainTokenizer\n"
        "from fluxem.integration.text_tokenizer import ByteTokenizer\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
    )
    if importlib.util.find_spec("torch") is not None:
        code += "from fluxem.integration import TrainingPipeline\nassert 'torch' in sys.modules\n"
    else:  # torch is optional: without it the pipeline is an ImportError, the rest works
        code += (
            "try:\n    from fluxem.integration import TrainingPipeline\n"
            "except ImportError:\n    pass\n"
            "else:\n    raise AssertionError('TrainingPipeline imported without torch')\n"
        )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
