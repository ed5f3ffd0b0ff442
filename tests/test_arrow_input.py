"""Arrow string columns read in place (issue 12.7): ``segment_batch`` on a pyarrow array reads
its buffers through the C Data Interface (``utf8``, ``large_utf8``, ``utf8_view``, slices,
chunked arrays) and gives exactly the columns of the same texts as a list of ``str``."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fluxem.integration import MultiDomainTokenizer

pa = pytest.importorskip("pyarrow")

TOK = MultiDomainTokenizer()
KEYS = ["doc_offsets", "start", "end", "byte_start", "byte_end", "domain", "status", "doc_status"]
TEXTS = [
    "Heat 5 g of NaCl to 373.15 K.",
    "",
    "Then 1234 + 5678 = 6912, then 3 kg at 20 °C (é).",
    "short 2 m",
    "A long sentence past the twelve inline bytes of a string view: C#5 and [1, 2, 3].",
]


def assert_same(got, want, encode: bool) -> None:
    for key in KEYS + (["embeddings"] if encode else []):
        assert np.array_equal(getattr(got, key), getattr(want, key)), key


@pytest.mark.parametrize("type_", ["string", "large_string", "string_view"])
@pytest.mark.parametrize("encode", [False, True])
def test_every_string_layout_matches_the_list(type_: str, encode: bool) -> None:
    arr = pa.array(TEXTS, getattr(pa, type_)())
    assert_same(
        TOK.segment_batch(arr, encode=encode), TOK.segment_batch(TEXTS, encode=encode), encode
    )
    # a slice has an offset into the buffers
    assert_same(
        TOK.segment_batch(arr.slice(2, 2), encode=encode),
        TOK.segment_batch(TEXTS[2:4], encode=encode),
        encode,
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(st.characters(exclude_categories=["Cs"]), max_size=60), max_size=8),
    st.sampled_from(["string", "large_string", "string_view"]),
    st.integers(1, 3),
)
def test_any_texts_and_chunking_match_the_list(texts: list[str], type_: str, pieces: int) -> None:
    cut = [len(texts) * k // pieces for k in range(pieces + 1)]
    chunked = pa.chunked_array(
        [texts[a:b] for a, b in itertools.pairwise(cut)], getattr(pa, type_)()
    )
    assert_same(
        TOK.segment_batch(chunked, encode=True), TOK.segment_batch(texts, encode=True), True
    )


def test_nulls_and_other_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="null"):
        TOK.segment_batch(pa.array(["5 g", None]))
    with pytest.raises(TypeError, match="strings"):
        TOK.segment_batch(pa.array([1, 2]))


def test_invalid_utf8_is_that_document_s_status() -> None:
    data = b"5 g" + b"\xff 2 m" + b"1 + 2"
    offsets = np.array([0, 3, 8, 13], dtype=np.int32)
    arr = pa.Array.from_buffers(pa.string(), 3, [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    batch = TOK.segment_batch(arr)
    assert batch.doc_status.tolist() == [0, 1, 0]  # ok, parse_error, ok
    assert batch.spans_of(0) == TOK.segment_batch(["5 g"]).spans_of(0)
    assert batch.spans_of(2) == TOK.segment_batch(["1 + 2"]).spans_of(0)


def test_empty_arrays() -> None:
    assert TOK.segment_batch(pa.array([], pa.string())).doc_offsets.tolist() == [0]
    assert TOK.segment_batch(pa.chunked_array([], pa.string())).doc_offsets.tolist() == [0]
