"""Shared machinery of the domain encoders: text in, (128,) float32 out, batches with status,
and the plumbing every operation on embeddings goes through (``as_embedding`` in, the
float64-out rule, one native call)."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from fluxem import _native
from fluxem._inputs import as_text_list, float_arg, real_array
from fluxem.domain_type import DomainType
from fluxem.errors import ConfigError, DecodeError

#: An embedding as returned: (128,) float32, or float64 when asked or when an operand was.
Array = npt.NDArray[Any]

#: Batch status codes (``encode_batch`` returns one per item), by code, from the native module.
STATUS_NAMES: dict[int, str] = dict(_native.STATUS_NAMES)
_STATUS_CODES = {name: code for code, name in STATUS_NAMES.items()}
STATUS_OK = _STATUS_CODES["ok"]
STATUS_PARSE_ERROR = _STATUS_CODES["parse_error"]
STATUS_ENCODE_ERROR = _STATUS_CODES["encode_error"]
STATUS_DECODE_ERROR = _STATUS_CODES["decode_error"]
STATUS_DIMENSION_ERROR = _STATUS_CODES["dimension_error"]
STATUS_CONFIG_ERROR = _STATUS_CODES["config_error"]
STATUS_INTERNAL_ERROR = _STATUS_CODES["internal_error"]


def _wants_float64(dtype: Any) -> bool:
    dt = np.dtype(dtype)
    if dt == np.float64:
        return True
    if dt == np.float32:
        return False
    raise ConfigError(f"dtype must be float32 or float64, got {dt}")


def float64_out(*embs: object) -> bool:
    """Operations on embeddings return float64 when any operand is float64, else float32."""
    for e in embs:  # a loop, not any(...): this runs on every operation
        if getattr(e, "dtype", None) == np.float64:
            return True
    return False


def as_embedding(emb: Any) -> npt.NDArray[np.float64]:
    """A contiguous float64 copy/view of a (128,) embedding (accepts float32, lists, tensors)."""
    if isinstance(emb, str | bytes):
        raise TypeError(
            f"expected an embedding (the array encode() returns), got the text {emb!r}: "
            "encode it first, e.g. enc.add(enc.encode(a), enc.encode(b))"
        )
    arr = real_array(emb)
    if arr.shape != (_native.EMBED_DIM,):
        raise DecodeError(f"expected an embedding of shape ({_native.EMBED_DIM},), got {arr.shape}")
    return arr


def _option_value(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise TypeError(f"option {name} must be a number, got {type(value).__name__}")
    return float(value)


class DomainEncoderBase:
    """Base of the seven encoders. Instances are immutable, thread-safe and picklable."""

    DOMAIN: ClassVar[DomainType]
    __slots__ = ("_impl",)
    #: The native encoder (each subclass narrows the type to its domain's class).
    _impl: _native.Encoder

    def __init__(self, **options: float) -> None:
        opts = {k: _option_value(k, v) for k, v in options.items()}
        object.__setattr__(self, "_impl", _native.Encoder(self.DOMAIN.name, opts))

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
        return dict(self._impl.options)

    def _to_text(self, value: Any) -> str:
        """The text the native parser reads for a value that is not a ``str``; subclasses
        add the Python types they understand."""
        raise TypeError(f"{type(self).__name__}.encode expects str, got {type(value).__name__}")

    def encode(self, value: Any, *, dtype: Any = np.float32) -> Array:
        """Embeds one value (its text, or a Python value the encoder understands)."""
        text = value if isinstance(value, str) else self._to_text(value)
        return self._impl.encode(text, float64=_wants_float64(dtype))

    def encode_batch(
        self, texts: Any, *, parallel: bool = True, dtype: Any = np.float32
    ) -> tuple[Array, npt.NDArray[np.uint8]]:
        """Embeds many texts in one native call (GIL released, threads over items).

        Returns ``(embeddings, status)``: an (n, 128) array and an (n,) uint8 array whose
        codes are in ``STATUS_NAMES``; rows that failed are zero. ``texts`` may be a list of
        str, a numpy string array or a pyarrow string array. Set ``parallel=False`` (or the
        environment variable ``FLUXEM_NUM_THREADS=1``) to stay on the calling thread.
        """
        items = as_text_list(texts)
        return self._impl.encode_batch(items, parallel, _wants_float64(dtype))


class AlgebraEncoderBase(DomainEncoderBase):
    """Base of the encoders whose embeddings have a closed-form algebra (the native
    ``AlgebraEncoder``): ``add``, ``sub`` and ``neg`` act on embeddings without decoding them.
    What each operation keeps exactly is said in the subclass's docstring. Operands may be
    float32 or float64 (the result is float64 when one of them is)."""

    __slots__ = ()
    _impl: _native.AlgebraEncoder

    def add(self, a: Any, b: Any) -> Array:
        """a + b."""
        return self._binary(a, b, "add")

    def sub(self, a: Any, b: Any) -> Array:
        """a - b."""
        return self._binary(a, b, "sub")

    def neg(self, a: Any) -> Array:
        """-a."""
        return self._impl.negate(as_embedding(a), float64_out(a))

    def _binary(self, a: Any, b: Any, op: str) -> Array:
        return self._impl.binary(as_embedding(a), as_embedding(b), op, float64_out(a, b))

    def _power(self, a: Any, exponent: float) -> Array:
        return self._impl.power(as_embedding(a), float_arg(exponent, "exponent"), float64_out(a))


class ProductEncoderBase(AlgebraEncoderBase):
    """An :class:`AlgebraEncoderBase` with products as well: ``mul``, ``div`` and ``pow``."""

    __slots__ = ()

    def mul(self, a: Any, b: Any) -> Array:
        """a * b."""
        return self._binary(a, b, "mul")

    def div(self, a: Any, b: Any) -> Array:
        """a / b."""
        return self._binary(a, b, "div")

    def pow(self, a: Any, exponent: float) -> Array:
        """a ** exponent."""
        return self._power(a, exponent)


def _rebuild(cls: type[DomainEncoderBase], options: dict[str, float]) -> DomainEncoderBase:
    return cls(**options)
