"""The domain of a span or an embedding.

The domain list is defined once, in the Rust core (``fluxem._native.DOMAINS``, names by id).
``DomainType`` spells it out so type checkers see its members, and is checked against the
native list when this module is imported.
"""

from __future__ import annotations

from enum import IntEnum

from fluxem import _native


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


def domain_or_id(domain: int) -> DomainType | int:
    """A built-in id as its ``DomainType``; a user-registered id (8..15) stays an int."""
    try:
        return DomainType(domain)
    except ValueError:
        return int(domain)


#: Ids left to domains registered by users (8..15).
USER_DOMAIN_IDS: range = _native.USER_DOMAIN_IDS
#: Number of domain ids (the order of the Hadamard matrix whose rows are the tags).
DOMAIN_ID_COUNT: int = _native.DOMAIN_ID_COUNT


def _check_against_native() -> None:
    ours = [d.name for d in DomainType]
    if ours != list(_native.DOMAINS) or [d.value for d in DomainType] != list(range(len(ours))):
        raise ImportError(
            f"fluxem.DomainType {ours} disagrees with the native domain list "
            f"{_native.DOMAINS}: the extension module and the Python package are out of sync"
        )


_check_against_native()

__all__ = ["DOMAIN_ID_COUNT", "USER_DOMAIN_IDS", "DomainType", "domain_or_id"]
