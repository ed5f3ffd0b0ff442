"""Checks the domain test modules share: bad text raises a typed error, a ``ParseError``
carries a position inside the text, and text that parses encodes to the value it parsed to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import fluxem
from fluxem.errors import ConfigError, EncodeError, ParseError


def check_position(err: ParseError, text: str) -> None:
    assert err.position is not None and 0 <= err.position <= len(text)


def check_bad_input(encoder: Any, text: str, error: type[Exception]) -> None:
    """``encoder.encode(text)`` raises ``error`` (a ``ParseError`` with a valid position)."""
    with pytest.raises(error) as info:
        encoder.encode(text)
    if isinstance(info.value, ParseError):
        check_position(info.value, text)


def typed_error_tests(
    encoder: Any, bad: list[tuple[str, type[Exception]]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a domain's module binds to test names: every ``(text, error)`` of ``bad``
    raises its error, and arbitrary text is rejected with a typed error or encodes to an
    embedding that decodes (``decode_exact``) to what ``parse`` read."""

    @pytest.mark.parametrize(("text", "error"), bad, ids=[repr(t[:12]) for t, _ in bad])
    def bad_input_is_a_typed_error(text: str, error: type[Exception]) -> None:
        check_bad_input(encoder, text, error)

    @given(st.text(max_size=40))
    def arbitrary_text_is_encoded_or_rejected_cleanly(text: str) -> None:
        try:
            value = encoder.parse(text)
        except ParseError as e:
            check_position(e, text)
            return
        except EncodeError:
            return
        try:
            assert encoder.decode_exact(encoder.encode(text)) == value
        except EncodeError:
            pass

    return bad_input_is_a_typed_error, arbitrary_text_is_encoded_or_rejected_cleanly


def check_batch_api(encoder: Any, texts: list[str]) -> Any:
    """``texts`` = [valid, parse error, encode error, valid]: ``encode_batch`` returns their
    statuses, a zero row for a failure and the single-item embedding otherwise; the class is
    exported at the top level, tags its domain and rejects an unknown option. Returns the
    embeddings."""
    embs, status = encoder.encode_batch(texts)
    assert embs.shape == (4, 128)
    assert status.tolist() == [0, 1, 2, 0]
    assert not embs[1].any()
    assert np.array_equal(embs[0], encoder.encode(texts[0]))
    cls = type(encoder)
    assert getattr(fluxem, cls.__name__) is getattr(fluxem.domains, cls.__name__) is cls
    assert fluxem.domain_of(embs[0]) == cls.DOMAIN
    with pytest.raises(ConfigError):
        cls(bogus=1.0)
    return embs
