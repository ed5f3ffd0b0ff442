"""The domain of a span or an embedding."""

from __future__ import annotations

from enum import IntEnum


class DomainType(IntEnum):
    """Stable ids: the tag row of an embedding and the domain column of batch outputs.

    Ids 8..15 are reserved for domains registered by users (see ``DomainEncoderRegistry``).
    """

    TEXT = 0
    ARITHMETIC = 1
    QUANTITY = 2
    FORMULA = 3
    COMPLEX = 4
    VECTOR = 5
    DNA = 6
    PITCH = 7


__all__ = ["DomainType"]
