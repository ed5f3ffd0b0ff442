"""Checks the domain test modules share: bad text raises a typed error, a ``ParseError``
carries a position inside the text, and text that parses encodes to the value it parsed to."""

from __future__ import annotations

from typing import Any

import pytest

from fluxem.errors import EncodeError, ParseError


def check_position(err: ParseError, text: str) -> None:
    assert err.position is not None and 0 <= err.position <= len(text)


def check_bad_input(encoder: Any, text: str, error: type[Exception]) -> None:
    """``encoder.encode(text)`` raises ``error`` (a ``ParseError`` with a valid position)."""
    with pytest.raises(error) as info:
        encoder.encode(text)
    if isinstance(info.value, ParseError):
        check_position(info.value, text)


def check_encoded_or_rejected(encoder: Any) -> Any:
    """A check for arbitrary ``text``: it is rejected with a typed error, or its embedding
    decodes (``decode_exact``) to what ``parse`` read."""

    def check(text: str) -> None:
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

    return check
