"""Checks the domain test modules share: bad text raises a typed error, a ``ParseError``
carries a position inside the text, and text that parses encodes to the value it parsed to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fluxem.errors import EncodeError, ParseError


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
