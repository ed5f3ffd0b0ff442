"""Shared machinery of the domain encoders: text in, (128,) float32 out, batches with status."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from fluxem import _native
from fluxem._inputs import as_text_list
from fluxem.domain_type import DomainType

#: Batch status codes (``encode_batch`` returns one per item).
STATUS_OK = 0
STATUS_PARSE_ERROR = 1
STATUS_ENCODE_ERROR = 2
STATUS_DECODE_ERROR = 3
STATUS_DIMENSION_ERROR = 4
STATUS_INTERNAL_ERROR = 255

STATUS_NAMES = {
    STATUS_OK: "ok",
    STATUS_PARSE_ERROR: "parse_error",
    STATUS_ENCODE_ERROR: "encode_error",
    STATUS_DECODE_ERROR: "decode_error",
    STATUS_DIMENSION_ERROR: "dimension_error",
    STATUS_INTERNAL_ERROR: "internal_error",
}


def _wants_float64(dtype: Any) -> bool:
    dt = np.dtype(dtype)
    if dt == np.float64:
        return True
    if dt == np.float32:
        return False
    raise TypeError(f"dtype must be float32 or float64, got {dt}")


def as_embedding(emb: Any) -> np.ndarray:
    """A contiguous float64 copy/view of a (128,) embedding (accepts float32, lists, tensors)."""
    if hasattr(emb, "detach"):  # torch tensor
        emb = emb.detach().cpu().numpy()
    arr = np.ascontiguousarray(emb, dtype=np.float64)
    if arr.shape != (_native.EMBED_DIM,):
        raise ValueError(f"expected an embedding of shape ({_native.EMBED_DIM},), got {arr.shape}")
    return arr


class DomainEncoderBase:
    """Base of the seven encoders. Instances are immutable, thread-safe and picklable."""

    DOMAIN: ClassVar[DomainType]
    __slots__ = ("_native",)

    def __init__(self, **options: float) -> None:
        native = _native.Encoder(self.DOMAIN.name, {k: float(v) for k, v in options.items()})
        object.__setattr__(self, "_native", native)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.options))

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self.options.items())
        return f"{type(self).__name__}({opts})"

    @property
    def domain(self) -> DomainType:
        return self.DOMAIN

    @property
    def options(self) -> dict[str, float]:
        return dict(self._native.options)

    def _to_text(self, value: Any) -> str:
        """Turns a Python value into the text the native parser reads; subclasses add types."""
        if isinstance(value, str):
            return value
        raise TypeError(f"{type(self).__name__}.encode expects str, got {type(value).__name__}")

    def encode(self, value: Any, *, dtype: Any = np.float32) -> np.ndarray:
        """Embeds one value (its text, or a Python value the encoder understands)."""
        return self._native.encode(self._to_text(value), float64=_wants_float64(dtype))

    def encode_batch(
        self, texts: Any, *, parallel: bool = True, dtype: Any = np.float32
    ) -> tuple[np.ndarray, np.ndarray]:
        """Embeds many texts in one native call (GIL released, threads over items).

        Returns ``(embeddings, status)``: an (n, 128) array and an (n,) uint8 array whose
        codes are in ``STATUS_NAMES``; rows that failed are zero. ``texts`` may be a list of
        str, a numpy string array or a pyarrow string array. Set ``parallel=False`` (or the
        environment variable ``FLUXEM_NUM_THREADS=1``) to stay on the calling thread.
        """
        items = as_text_list(texts)
        return self._native.encode_batch(items, parallel, _wants_float64(dtype))


def _rebuild(cls: type[DomainEncoderBase], options: dict[str, float]) -> DomainEncoderBase:
    return cls(**options)
