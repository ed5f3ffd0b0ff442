"""DomainEncoderRegistry: which encoder embeds each domain's spans, and the explicit fallbacks.

Built-in domains use the native encoders, which the segmenter runs for the whole batch in one
call (GIL released). Users may register, per domain:

- a fluxem encoder (``ArithmeticEncoder(...)``, ``DimensionalQuantity(...)``, a
  ``fluxem._native.Encoder``) or any *batch* encoder, i.e. an object with
  ``encode_batch(list[str])`` returning an ``(n, 128)`` array or ``(array, status)``: the
  domain's spans are re-encoded with one call;
- a Python callable ``fn(text) -> 128 floats | None``, called once per span of that domain;
- ``None`` (or :meth:`DomainEncoderRegistry.unregister`): the domain has no encoder, its spans
  are TEXT.

New domain types (ids 8..15, the reserved tag rows) come with a detector (a regex or a
callable returning ``(start, end)`` pairs) since the native segmenter does not know them.

Fallbacks (the span's text goes through the text tokenizer instead) are counted by reason on
every result, never printed:

==========================  =========================================================
reason                      cause
==========================  =========================================================
``parse_error`` etc.        a batch encoder's status for the span (``STATUS_NAMES``)
``no_encoder``              the domain has no encoder registered (seed: "treat as TEXT")
``encoder_returned_none``   a registered encoder returned ``None`` for the span
``encoder_error``           a registered encoder raised for the span
``segmenter_error``         counts *documents* the segmenter failed on (an internal
                            error, or a text that is not valid Unicode: a lone
                            surrogate; the whole document is text)
``detector_error``          counts *documents* on which a user domain's detector raised
                            (or returned something that is not ``(start, end)`` pairs):
                            that domain finds no span there; ``errors`` names the
                            detector. With ``on_error="raise"``: ``EncoderFailedError``
==========================  =========================================================

The native encoders also validate the segmenter's candidates: a candidate that does not encode
never becomes a span (``Segmenter.explain`` shows why), so a span of a natively served domain
never falls back.

A bad option (an unknown domain, a TEXT or unregistered id, an encoder of another domain, a
taken name) raises :class:`~fluxem.errors.ConfigError`; an argument of the wrong type a
``TypeError``. Span resolution itself is in ``fluxem.integration.resolve``.

A registered encoder that returns the wrong shape or non-finite values is a bug, not a
fallback: it raises :class:`EncoderOutputError` naming the encoder, the domain and the span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from fluxem import _native
from fluxem._inputs import real_array
from fluxem.domain_type import DOMAIN_ID_COUNT, USER_DOMAIN_IDS, DomainType
from fluxem.domains import BUILTIN_ENCODERS, DomainEncoderBase
from fluxem.domains._base import STATUS_NAMES
from fluxem.errors import ConfigError, EncodeError

EMBED_DIM: int = _native.EMBED_DIM
#: Number of domain ids (TEXT, the seven built-ins, the user ids): the type-embedding rows.
NUM_DOMAIN_IDS: int = DOMAIN_ID_COUNT

REASON_NO_ENCODER = "no_encoder"
REASON_RETURNED_NONE = "encoder_returned_none"
REASON_ERROR = "encoder_error"
REASON_SEGMENTER = "segmenter_error"
REASON_DETECTOR = "detector_error"


class EncoderOutputError(EncodeError):
    """A registered encoder returned something that is not 128 finite float values."""


class EncoderFailedError(EncodeError):
    """A registered encoder raised, with ``on_error="raise"`` (the default counts the span as
    an ``encoder_error`` fallback instead)."""


@dataclass(frozen=True)
class RegisteredEncoder:
    """One registry entry. ``kind`` is ``"native"`` (the segmenter's built-in encoder, fast
    path; ``encoder`` is then the encoder class), ``"batch"`` (one ``encode_batch`` call per
    batch) or ``"callable"`` (one call per span)."""

    domain: int
    name: str
    kind: str
    encoder: Any
    decoder: Callable[[np.ndarray], Any] | None = None


@dataclass(frozen=True)
class UserDomain:
    """A domain type registered by the user: its id, name and detector."""

    id: int
    name: str
    detector: Callable[[str], Iterable[tuple[int, int]]]


def _name_of(obj: Any) -> str:
    if isinstance(obj, DomainEncoderBase | _native.Encoder):
        return repr(obj)
    qual = getattr(obj, "__qualname__", None) or type(obj).__qualname__
    module = getattr(obj, "__module__", None)
    return f"{module}.{qual}" if module and module != "builtins" else str(qual)


def _is_default_native(domain: int, encoder: Any) -> bool:
    builtin = BUILTIN_ENCODERS.get(DomainType(domain)) if domain < len(DomainType) else None
    return builtin is not None and type(encoder) is builtin and not encoder.options


class DomainEncoderRegistry:
    """Maps each domain id to its encoder (see the module docstring for the rules).

    ``DomainEncoderRegistry()`` registers the seven built-in native encoders; pass
    ``domains=[...]`` to register only some (the others then fall back to text with reason
    ``no_encoder``). ``on_error="raise"`` turns an exception in a registered encoder into
    :class:`EncoderFailedError` (naming the encoder and the span) instead of an
    ``encoder_error`` fallback. Registries are plain picklable objects (picklable when their
    encoders are), so a collate function holding one works in DataLoader worker processes.
    """

    def __init__(
        self,
        domains: Iterable[DomainType | str | int] | None = None,
        *,
        on_error: str = "fallback",
    ) -> None:
        if on_error not in ("fallback", "raise"):
            raise ConfigError(f"on_error must be 'fallback' or 'raise', got {on_error!r}")
        self.on_error = on_error
        self._entries: dict[int, RegisteredEncoder] = {}
        self._user_domains: dict[int, UserDomain] = {}
        chosen = BUILTIN_ENCODERS if domains is None else [self.domain_id(d) for d in domains]
        for d in chosen:
            cls = BUILTIN_ENCODERS.get(DomainType(d)) if d < len(DomainType) else None
            if cls is None:
                raise ConfigError(f"{self.domain_name(d)} is not a built-in domain")
            # the class itself: instances are built on first use (decode, single encode)
            self._entries[int(d)] = RegisteredEncoder(int(d), cls.__name__, "native", cls)

    def __repr__(self) -> str:
        parts = [f"{self.domain_name(d)}: {e.name} ({e.kind})" for d, e in self._entries.items()]
        return f"DomainEncoderRegistry({{{', '.join(parts)}}})"

    # --- names and ids -------------------------------------------------------------------

    def domain_id(self, domain: DomainType | str | int) -> int:
        """The id of a ``DomainType``, a domain name (built-in or registered) or an id."""
        if isinstance(domain, str):
            key = domain.upper()
            if key in DomainType.__members__:
                return int(DomainType[key])
            for ud in self._user_domains.values():
                if ud.name.upper() == key:
                    return ud.id
            raise ConfigError(f"unknown domain {domain!r}")
        if isinstance(domain, bool) or not isinstance(domain, int | np.integer):
            raise TypeError(f"a domain is a DomainType, a name or an id, got {domain!r}")
        if not 0 <= int(domain) < NUM_DOMAIN_IDS:
            raise ConfigError(f"domain ids run from 0 to {NUM_DOMAIN_IDS - 1}, got {domain}")
        return int(domain)

    def domain_name(self, domain: int) -> str:
        d = int(domain)
        if d < len(DomainType):
            return DomainType(d).name
        ud = self._user_domains.get(d)
        return ud.name if ud is not None else f"DOMAIN_{d}"

    @property
    def domains(self) -> tuple[int, ...]:
        """Ids that have an encoder, ascending."""
        return tuple(sorted(self._entries))

    @property
    def user_domains(self) -> Mapping[int, UserDomain]:
        return dict(self._user_domains)

    def entry(self, domain: DomainType | str | int) -> RegisteredEncoder | None:
        return self._entries.get(self.domain_id(domain))

    def native_domains(self) -> tuple[int, ...]:
        """Built-in domains served by the segmenter's own encode (no re-encoding)."""
        return tuple(d for d, e in sorted(self._entries.items()) if e.kind == "native")

    # --- registration --------------------------------------------------------------------

    def register(
        self,
        domain: DomainType | str | int,
        encoder: Any,
        *,
        decoder: Callable[[np.ndarray], Any] | None = None,
        name: str | None = None,
    ) -> None:
        """Sets (or replaces) the encoder of ``domain``; ``encoder=None`` removes it.

        ``decoder`` (optional) turns an embedding back into a value for results and the
        output head; fluxem encoders bring their own ``decode``.
        """
        d = self.domain_id(domain)
        if d == DomainType.TEXT:
            raise ConfigError("TEXT has no encoder: its spans go through the text tokenizer")
        if d in USER_DOMAIN_IDS and d not in self._user_domains:
            raise ConfigError(f"domain id {d} is not registered; use register_domain first")
        if encoder is None:
            self._entries.pop(d, None)
            return
        if isinstance(encoder, DomainEncoderBase | _native.Encoder):
            enc_domain = (
                encoder.domain_id if isinstance(encoder, _native.Encoder) else int(encoder.domain)
            )
            if enc_domain != d:
                raise ConfigError(
                    f"{_name_of(encoder)} encodes {self.domain_name(enc_domain)}, "
                    f"not {self.domain_name(d)}"
                )
        if isinstance(encoder, DomainEncoderBase) and _is_default_native(d, encoder):
            kind = "native"
        elif hasattr(encoder, "encode_batch"):
            kind = "batch"
        elif callable(encoder):
            kind = "callable"
        else:
            raise TypeError(
                f"encoder for {self.domain_name(d)} must be callable (text -> 128 floats | "
                f"None) or have encode_batch, got {type(encoder).__name__}"
            )
        self._entries[d] = RegisteredEncoder(d, name or _name_of(encoder), kind, encoder, decoder)

    def unregister(self, domain: DomainType | str | int) -> None:
        """Removes the encoder of ``domain``: its spans become TEXT (reason ``no_encoder``)."""
        self._entries.pop(self.domain_id(domain), None)

    def register_domain(
        self,
        name: str,
        encoder: Any,
        *,
        pattern: str | re.Pattern[str] | Callable[[str], Iterable[tuple[int, int]]],
        decoder: Callable[[np.ndarray], Any] | None = None,
    ) -> int:
        """Adds a new domain type with its detector and encoder; returns its id (8..15).

        ``pattern`` finds the domain's spans in a document: a regex (each match is a span) or
        a callable returning ``(start, end)`` character offsets. The new domain's spans take
        precedence over overlapping built-in spans; among themselves, the earliest start, then
        the longest span wins. Tip: put ``fluxem.layout.tag_vector(id)`` in dims 0..16 of the
        embeddings so they carry the new domain's tag.
        """
        if not isinstance(name, str) or not name.isidentifier():
            raise ConfigError(f"domain name must be an identifier, got {name!r}")
        taken = {n.upper() for n in DomainType.__members__} | {
            u.name.upper() for u in self._user_domains.values()
        }
        if name.upper() in taken:
            raise ConfigError(f"domain {name!r} already exists")
        free = [i for i in USER_DOMAIN_IDS if i not in self._user_domains]
        if not free:
            raise ConfigError(f"all {len(USER_DOMAIN_IDS)} user domain ids are taken")
        if isinstance(pattern, str | re.Pattern):
            detector: Callable[[str], Iterable[tuple[int, int]]] = _RegexDetector(pattern)
        elif callable(pattern):
            detector = pattern
        else:
            raise TypeError("pattern must be a regex or a callable text -> [(start, end), ...]")
        d = free[0]
        self._user_domains[d] = UserDomain(d, name, detector)
        self.register(d, encoder, decoder=decoder)
        return d

    # --- single values -------------------------------------------------------------------

    def encode(self, domain: DomainType | str | int, text: str) -> np.ndarray | None:
        """Embeds one span's text as the pipeline would: ``None`` means the span falls back
        to text (no encoder, the encoder failed or returned ``None``)."""
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        e = self._entries.get(self.domain_id(domain))
        if e is None:
            return None
        emb, reasons, _ = self.encode_spans(e, [text])
        return None if reasons[0] else emb[0]

    def decode(self, domain: DomainType | str | int, emb: Any) -> Any:
        """The value of an embedding through the domain's decoder (``None`` if it has none)."""
        e = self._entries.get(self.domain_id(domain))
        if e is None:
            return None
        arr = np.ascontiguousarray(real_array(emb).reshape(-1))
        if e.decoder is not None:
            return e.decoder(arr)
        decode = getattr(_instance(e), "decode", None)
        return None if decode is None else decode(arr)

    # --- batches -------------------------------------------------------------------------

    def encode_spans(
        self, e: RegisteredEncoder, texts: list[str]
    ) -> tuple[np.ndarray, list[str], str | None]:
        """Embeds ``texts`` with entry ``e``: (n, 128) float32, a fallback reason per row
        ('' = ok) and the first exception message (for the result's ``encoder_errors``)."""
        if not isinstance(e, RegisteredEncoder):
            raise TypeError(f"expected a RegisteredEncoder (from .entry()), got {type(e).__name__}")
        n = len(texts)
        where = f"encoder {e.name!r} for domain {self.domain_name(e.domain)}"
        if e.kind in ("native", "batch"):
            try:
                out = _instance(e).encode_batch(texts)
            except Exception as exc:
                if self.on_error == "raise":
                    raise EncoderFailedError(f"{where} raised {exc!r}") from exc
                return np.zeros((n, EMBED_DIM), np.float32), [REASON_ERROR] * n, repr(exc)
            status = None
            if isinstance(out, tuple):
                out, status = out
            emb = _check_rows(where, out, n, texts)
            if status is None:
                return emb, [""] * n, None
            codes = np.asarray(status).reshape(-1)
            if codes.shape != (n,):
                raise EncoderOutputError(
                    f"{where} returned {codes.shape[0]} status codes for {n} spans"
                )
            reasons = [STATUS_NAMES.get(int(c), REASON_ERROR) if c else "" for c in codes]
            return emb, reasons, None
        emb = np.zeros((n, EMBED_DIM), dtype=np.float32)
        reasons = [""] * n
        first_error: str | None = None
        fn = e.encoder
        for i, text in enumerate(texts):  # user Python: necessarily one call per span
            try:
                value = fn(text)
            except Exception as exc:
                if self.on_error == "raise":
                    raise EncoderFailedError(
                        f"{where} raised {exc!r} on span {text[:60]!r}"
                    ) from exc
                reasons[i] = REASON_ERROR
                first_error = first_error or f"{exc!r} on span {text[:60]!r}"
                continue
            if value is None:
                reasons[i] = REASON_RETURNED_NONE
                continue
            emb[i] = _check_rows(where, value, None, [text])
        return emb, reasons, first_error


def _instance(e: RegisteredEncoder) -> Any:
    """The encoder object of an entry (built-in entries hold their class)."""
    return e.encoder() if isinstance(e.encoder, type) else e.encoder


class _RegexDetector:
    """Picklable regex detector: every match is a span."""

    def __init__(self, pattern: str | re.Pattern[str]) -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text) if m.end() > m.start()]


def _check_rows(where: str, value: Any, n: int | None, texts: list[str]) -> np.ndarray:
    """Validates an encoder's output: (128,) per span, (n, 128) per batch, finite floats."""
    want = (EMBED_DIM,) if n is None else (n, EMBED_DIM)
    try:
        if hasattr(value, "detach"):  # torch tensor
            value = value.detach().cpu().numpy()
        arr = np.asarray(value, dtype=np.float32)
    except (TypeError, ValueError) as exc:
        raise EncoderOutputError(
            f"{where} returned {type(value).__name__}, which is not an array of floats "
            f"(span {texts[0][:60]!r})"
        ) from exc
    if arr.shape != want:
        raise EncoderOutputError(
            f"{where} returned shape {arr.shape}, expected {want} "
            f"(span {texts[0][:60]!r}{'...' if n else ''})"
        )
    if not np.isfinite(arr).all():
        raise EncoderOutputError(f"{where} returned non-finite values (span {texts[0][:60]!r})")
    return arr


__all__ = [
    "BUILTIN_ENCODERS",
    "NUM_DOMAIN_IDS",
    "USER_DOMAIN_IDS",
    "DomainEncoderRegistry",
    "EncoderFailedError",
    "EncoderOutputError",
    "RegisteredEncoder",
    "UserDomain",
]
