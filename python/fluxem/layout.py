"""Where things are in a 128-d embedding (see docs/FORMAL_DEFINITION.md)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from fluxem import _native
from fluxem._inputs import int_arg, real_array
from fluxem.domain_type import DomainType, domain_or_id

EMBED_DIM: int = _native.EMBED_DIM
TAG_DIMS: int = _native.TAG_DIMS
CODEC_DIMS: int = _native.CODEC_DIMS
LAYOUT_VERSION: str = _native.LAYOUT_VERSION
#: A codec's linear part holds values with |x| < CODEC_LINEAR_LIMIT (10**27) on the 10**-9
#: grid; sums beyond it are refused (docs/FORMAL_DEFINITION.md, section 2).
CODEC_LINEAR_LIMIT: int = 10**_native.CODEC_LINEAR_RANGE_EXP

_O = _native.CODEC_OFFSETS
_A = _native.ARITHMETIC_CODEC_START

#: Slices of an ARITHMETIC embedding: the linear part (plain sums add values) and the log part
#: (plain sums multiply values).
ARITHMETIC_LINEAR = slice(_A + _O["LIN"], _A + _O["LIN_INEXACT"] + 1)
ARITHMETIC_LOG = slice(_A + _O["LOG_ZERO"], _A + _O["LOG_FLO"] + 1)
ARITHMETIC_CODEC = slice(_A, _A + CODEC_DIMS)


def tag_vector(domain: DomainType | int) -> npt.NDArray[np.float64]:
    """The unit-norm 16-d tag of a domain (a row of a Hadamard matrix)."""
    return _native.tag_vector(int_arg(domain, "domain", 0, 255))


def domain_of(emb: Any) -> DomainType | int | None:
    """Reads the domain back from an embedding's tag block (an int for user-registered ids)."""
    arr = real_array(emb)
    tag = _native.tag_id(arr)
    return None if tag is None else domain_or_id(tag)


__all__ = [
    "ARITHMETIC_CODEC",
    "ARITHMETIC_LINEAR",
    "ARITHMETIC_LOG",
    "CODEC_DIMS",
    "CODEC_LINEAR_LIMIT",
    "EMBED_DIM",
    "LAYOUT_VERSION",
    "TAG_DIMS",
    "domain_of",
    "tag_vector",
]
