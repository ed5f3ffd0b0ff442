"""DomainToken built natively (issue 12.8): ``tokenize`` and ``tokenize_batch`` give exactly the
tokens the span columns of ``segment_batch`` describe, on generated and hypothesis text; the
token keeps the dataclass behaviour it replaced (fields, equality, hash, pickle, repr, match)."""

from __future__ import annotations

import importlib.util
import pickle
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fluxem.errors import ParseError
from fluxem.integration import DomainToken, DomainType, MultiDomainTokenizer

ROOT = Path(__file__).resolve().parents[1]
TOK = MultiDomainTokenizer()


def _corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benches/corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


def reference(texts: list[str]) -> list[list[tuple[DomainType, str, int, int]]]:
    """The tokens the columns describe, built in Python: gaps are TEXT, spans as found."""
    batch = TOK.segment_batch(texts)
    out = []
    for i, text in enumerate(texts):
        a, b = int(batch.doc_offsets[i]), int(batch.doc_offsets[i + 1])
        toks, pos = [], 0
        for s, e, d in zip(
            batch.start[a:b].tolist(),
            batch.end[a:b].tolist(),
            batch.domain[a:b].tolist(),
            strict=True,
        ):
            if s > pos:
                toks.append((DomainType.TEXT, text[pos:s], pos, s))
            toks.append((DomainType(d), text[s:e], s, e))
            pos = e
        if pos < len(text):
            toks.append((DomainType.TEXT, text[pos:], pos, len(text)))
        out.append(toks)
    return out


def as_tuples(tokens: list[DomainToken]) -> list[tuple[DomainType, str, int, int]]:
    return [(t.domain, t.text, t.start, t.end) for t in tokens]


def test_generated_corpus_matches_the_columns() -> None:
    texts = _corpus().generate(300, seed=7)
    got = TOK.tokenize_batch(texts)
    assert [as_tuples(t) for t in got] == reference(texts)
    assert sum(t.domain != DomainType.TEXT for doc in got for t in doc) > 1000
    # the single-text path is the same tokens
    for text, toks in zip(texts[:50], got[:50], strict=True):
        assert TOK.tokenize(text) == toks
    # every token is a DomainType member and covers its document exactly
    for text, toks in zip(texts, got, strict=True):
        assert "".join(t.text for t in toks) == text
        assert all(type(t.domain) is DomainType for t in toks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=6))
def test_any_text_matches_the_columns(texts: list[str]) -> None:
    got = TOK.tokenize_batch(texts, parallel=False)
    valid = [t for t in texts if _utf8(t)]
    want = iter(reference(valid))
    for text, toks in zip(texts, got, strict=True):
        if _utf8(text):
            assert as_tuples(toks) == next(want)
        else:  # a lone surrogate: no span, the whole text one TEXT token
            assert as_tuples(toks) == [(DomainType.TEXT, text, 0, len(text))]


def _utf8(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def test_lone_surrogate_in_a_single_call_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        TOK.tokenize("1 + 2 \ud800")


def test_token_behaves_as_the_dataclass_did() -> None:
    a = DomainToken(DomainType.QUANTITY, "2 mol", 8, 13)
    assert (a.domain, a.text, a.start, a.end) == (DomainType.QUANTITY, "2 mol", 8, 13)
    assert repr(a) == "DomainToken(QUANTITY: '2 mol')"
    assert a == DomainToken(DomainType.QUANTITY, "2 mol", 8, 13)
    assert a != DomainToken(DomainType.QUANTITY, "2 mol", 8, 14)
    assert a != ("QUANTITY", "2 mol", 8, 13)
    assert len({a, DomainToken(DomainType.QUANTITY, "2 mol", 8, 13)}) == 1
    assert pickle.loads(pickle.dumps(a)) == a
    match a:
        case DomainToken(domain, text, start, end):
            assert (domain, text, start, end) == (DomainType.QUANTITY, "2 mol", 8, 13)
    with pytest.raises(AttributeError):
        a.start = 3  # type: ignore[misc]


def test_batch_documents_are_lazy_sequences_equal_to_tokenize() -> None:
    from collections.abc import Sequence

    from fluxem.integration import DocumentTokens

    texts = ["Combine 2 mol H2O with 1 mol NaCl", "", "é 3 kg é", "x \ud800 y"]
    docs = TOK.tokenize_batch(texts)
    assert all(type(d) is DocumentTokens and isinstance(d, Sequence) for d in docs)
    whole = TOK.tokenize(texts[0])
    d = docs[0]
    assert d == whole and whole == d and not d != whole and d == docs[0]
    assert d.source is texts[0]
    assert len(d) == len(whole) == 8
    assert d.tolist() == list(whole) and type(d.tolist()) is list
    assert [d[i] for i in range(-len(d), len(d))] == list(whole) * 2
    assert d[1:6:2] == whole[1:6:2] and d[::-1] == whole[::-1] and d[5:2] == []
    assert list(reversed(d)) == whole[::-1]
    assert d.index(whole[3]) == 3 and d.count(whole[3]) == 1 and whole[3] in d
    with pytest.raises(IndexError):
        d[8]
    with pytest.raises(IndexError):
        d[-9]
    with pytest.raises(IndexError):
        d[10**400]
    assert d[np.int64(1)] == whole[1]  # any integer with __index__, as for a list
    with pytest.raises(TypeError):
        d["1"]  # type: ignore[call-overload]
    with pytest.raises(ValueError):
        d.index(DomainToken(DomainType.TEXT, "absent", 0, 6))
    with pytest.raises(ValueError):
        d.index(whole[3], 4)  # as list.index: searched from 4 on
    with pytest.raises(TypeError):
        hash(d)
    assert (d == tuple(whole)) is False  # as a list: never equal to a tuple
    assert pickle.loads(pickle.dumps(d)) == whole  # pickles as a plain list
    assert repr(d) == repr(list(whole))
    assert d._repr_html_() == whole._repr_html_() and "QUANTITY" in d._repr_html_()
    assert len(docs[1]) == 0 and docs[1] == []
    assert [(t.text, t.start, t.end) for t in docs[2]] == [
        ("é ", 0, 2),
        ("3 kg", 2, 6),
        (" é", 6, 8),
    ]
    assert [t.text for t in docs[3]] == ["x \ud800 y"]
    # a token read twice is built twice: equal, not the same object
    assert d[3] == d[3]


def test_batch_documents_outlive_the_batch_list() -> None:
    """Each document keeps the batch's token table alive: reading it later still works."""
    import gc

    docs = TOK.tokenize_batch(["1 + 2 = 3", "mass 4 kg"])
    second = docs[1]
    del docs
    gc.collect()
    assert [t.text for t in second] == ["mass ", "4 kg"]
