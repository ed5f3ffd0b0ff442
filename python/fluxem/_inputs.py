"""Normalises batch inputs (list of str, numpy string arrays, pyarrow string arrays) to list[str].

Conversions run at C speed (``tolist`` / ``to_pylist``); the native call then checks every item
is a ``str`` and raises ``TypeError`` otherwise.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt


def as_text_list(texts: Any) -> list[str]:
    if isinstance(texts, str | bytes):
        raise TypeError("expected a sequence of str, got a single string; wrap it in a list")
    if isinstance(texts, np.ndarray):
        if texts.ndim != 1:
            raise TypeError(f"expected a 1-d array of str, got shape {texts.shape}")
        return texts.tolist()
    to_pylist = getattr(texts, "to_pylist", None)
    if callable(to_pylist):  # pyarrow Array / ChunkedArray
        items = to_pylist()
        if any(item is None for item in items):
            raise TypeError("the arrow array has null entries; fill or drop them first")
        return items
    if isinstance(texts, list):
        return texts
    if isinstance(texts, Iterable):
        return list(texts)
    raise TypeError(f"expected a sequence of str, got {type(texts).__name__}")


def int_arg(value: Any, name: str, lo: int, hi: int) -> int:
    """An integer argument in ``lo..=hi``: anything else is a ``TypeError`` (not an integer)
    or an ``EncodeError`` (out of range), never the ``OverflowError`` a native conversion
    would raise for ``10**400``."""
    from fluxem.errors import EncodeError

    if isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got bool")
    v = operator.index(value)
    if not lo <= v <= hi:
        raise EncodeError(f"{name} must be in {lo}..{hi}, got {v}")
    return v


def float_arg(value: Any, name: str) -> float:
    """A finite float argument: an int too large for a float (``10**400``), inf or NaN is an
    ``EncodeError``; a non-number is a ``TypeError``."""
    from fluxem.errors import EncodeError

    if isinstance(value, bool):
        raise TypeError(f"{name} must be a number, got bool")
    try:
        v = float(value)
    except OverflowError:
        raise EncodeError(f"{name} is too large for a float64: {value!r:.40}") from None
    if not math.isfinite(v):
        raise EncodeError(f"{name} must be finite, got {v}")
    return v


def real_array(emb: Any) -> npt.NDArray[np.float64]:
    """A float64 numpy array of an embedding-like value (numpy, list, torch tensor): a complex
    array is a ``TypeError`` (numpy would drop the imaginary part with only a warning), a
    number too large for a float (``10**400``) a ``DecodeError``."""
    from fluxem.errors import DecodeError

    if hasattr(emb, "detach"):  # torch tensor
        emb = emb.detach().cpu().numpy()
    if np.iscomplexobj(emb):
        raise TypeError("an embedding is real: got a complex array")
    try:
        return np.ascontiguousarray(emb, dtype=np.float64)
    except OverflowError:
        raise DecodeError("not an embedding: a value is too large for a float64") from None
