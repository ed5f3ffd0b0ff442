"""Normalises batch inputs (list of str, numpy string arrays, pyarrow string arrays) to list[str].

Conversions run at C speed (``tolist`` / ``to_pylist``); the native call then checks every item
is a ``str`` and raises ``TypeError`` otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np


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
