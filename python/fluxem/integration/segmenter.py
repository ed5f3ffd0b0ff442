"""MultiDomainTokenizer: finds the seven domains in running text, in linear time.

>>> from fluxem.integration.tokenizer import MultiDomainTokenizer
>>> MultiDomainTokenizer().tokenize("Combine 2 mol H2O with 1 mol NaCl")[:4]
[DomainToken(TEXT: 'Combine '), DomainToken(QUANTITY: '2 mol'), DomainToken(TEXT: ' '), \
DomainToken(FORMULA: 'H2O')]

A span is emitted only when its domain's encoder accepts it, so every non-TEXT token can be
encoded. Look-alikes (``A4 paper``, ``vitamin B12``, ``pp. 113-127``, citations ``[3, 4]``,
acronyms) stay TEXT unless context makes the domain clear. ``explain(text)`` lists every
candidate with the reason it was kept or rejected. The algorithm, the fallback rules and the
measured precision/recall are in docs/SEGMENTATION.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from fluxem import _native
from fluxem._inputs import as_text_list
from fluxem.domain_type import DomainType
from fluxem.errors import ConfigError
from fluxem.integration.batch import SegmentBatch
from fluxem.render import TokenList, to_displacy

#: A domain as options name it: a ``DomainType``, its name (any case) or its id.
DomainLike = DomainType | str | int


#: One segment: ``text == source[start:end]`` (``str`` offsets, end exclusive), with its
#: ``domain`` (a ``DomainType``). A frozen native class (built in Rust by ``tokenize`` and
#: ``tokenize_batch``, no Python code per token): equal and hashable by its fields, picklable.
DomainToken = _native.DomainToken

#: One document's tokens from ``tokenize_batch``: a read-only sequence of ``DomainToken``
#: (``len``, index, slice, iteration, ``==`` with the list ``tokenize`` returns), each token
#: built when it is read; ``tolist()`` gives a plain list, pickling gives one too.
DocumentTokens = _native.DocumentTokens
Sequence.register(DocumentTokens)


def domain_names(domains: Iterable[DomainLike] | None, what: str) -> list[str] | None:
    """The segmenter's option form of a list of domains: their names. Names are checked by the
    native segmenter (an unknown or repeated one is a ``ConfigError``); ids here."""
    if domains is None:
        return None
    if isinstance(domains, str | int):
        raise TypeError(f"{what} must be a list of domains, not a single value")
    out = []
    for d in domains:
        if isinstance(d, str):
            out.append(d.upper())
        elif isinstance(d, int) and not isinstance(d, bool):
            if not 0 <= d < len(DomainType):
                raise ConfigError(f"unknown domain id {d} in {what}")
            out.append(DomainType(d).name)
        else:
            raise TypeError(
                f"{what} entries must be DomainType, str or int, got {type(d).__name__}"
            )
    return out


class MultiDomainTokenizer:
    """Splits text into TEXT and domain tokens.

    Args:
        domains: domains to find (``DomainType``, names or ids); default all seven. Others stay
            TEXT.
        priority: order that decides between domains that fit the same text (e.g. ``C4`` as a
            pitch or a formula when the context allows both); unlisted domains follow in the
            default order DNA, PITCH, FORMULA, COMPLEX, QUANTITY, ARITHMETIC, VECTOR.
        arithmetic_granularity: ``"expression"`` (``1234 + 5678`` is one span) or ``"number"``
            (each number literal of an expression is a span, operators stay TEXT, and an
            ``= result`` literal after an expression is a span too).
    """

    __slots__ = ("_seg",)
    _seg: _native.Segmenter

    def __init__(
        self,
        domains: Iterable[DomainLike] | None = None,
        priority: Iterable[DomainLike] | None = None,
        arithmetic_granularity: str = "expression",
    ) -> None:
        # every option is checked by the native segmenter (ConfigError), against its own lists
        seg = _native.Segmenter(
            domain_names(domains, "domains"),
            domain_names(priority, "priority"),
            arithmetic_granularity,
        )
        object.__setattr__(self, "_seg", seg)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    @property
    def domains(self) -> tuple[DomainType, ...]:
        return tuple(DomainType[n] for n in self._seg.domains)

    @property
    def priority(self) -> tuple[DomainType, ...]:
        return tuple(DomainType[n] for n in self._seg.priority)

    @property
    def arithmetic_granularity(self) -> str:
        return self._seg.arithmetic_granularity

    @property
    def encoder_domains(self) -> tuple[DomainType, ...]:
        """Enabled domains with a registered encoder (the others always stay TEXT)."""
        return tuple(DomainType[n] for n in self._seg.encoder_domains)

    def spans(self, text: str, unit: str = "char") -> list[tuple[int, int, DomainType]]:
        """Non-TEXT spans as (start, end, domain); ``unit="byte"`` gives UTF-8 byte offsets."""
        if unit == "char":
            raw = self._seg.segment(text)
        elif unit == "byte":
            raw = self._seg.segment_bytes(text)
        else:
            raise ConfigError(f"unit must be 'char' or 'byte', got {unit!r}")
        return [(s, e, DomainType(d)) for s, e, d in raw]

    def tokenize(self, text: str) -> list[DomainToken]:
        """TEXT and domain tokens covering ``text`` exactly, in order (a list that also
        draws itself in a notebook)."""
        return TokenList(text, self._seg.tokenize(text))

    def to_displacy(self, text: str) -> dict[str, Any]:
        """The spans of ``text`` in spaCy's manual format:
        ``displacy.render(tok.to_displacy(text), style="span", manual=True)``."""
        return to_displacy(text, self.tokenize(text))

    def tokenize_batch(self, texts: Any, parallel: bool = True) -> list[DocumentTokens]:
        """``tokenize`` for many texts (one native call, parallel over documents): one
        ``DocumentTokens`` per text, equal to ``tokenize(text)``, whose tokens are built as
        they are read (a caller that reads only the spans pays only for those)."""
        return self._seg.tokenize_batch(as_text_list(texts), parallel=parallel)

    def segment_batch(
        self, texts: Any, encode: bool = False, parallel: bool = True, float64: bool = False
    ) -> SegmentBatch:
        """Columnar spans of many texts (``list[str]``, numpy string arrays, pyarrow string
        arrays). With ``encode=True`` each span's embedding comes along, computed in the same
        parallel pass (float32, or float64 with ``float64=True``)."""
        chunks = getattr(texts, "chunks", None)
        if isinstance(chunks, list) and hasattr(texts, "__arrow_c_stream__"):
            # a pyarrow ChunkedArray: each chunk read in place, the columns joined
            parts = [
                self._seg.segment_batch(c, parallel=parallel, encode=encode, float64=float64)
                for c in chunks
            ]
            cols = _join_columns(parts) if parts else self._seg.segment_batch([])
        else:
            # an Arrow array is read in place from its buffers (no str per document)
            native = texts if hasattr(texts, "__arrow_c_array__") else as_text_list(texts)
            cols = self._seg.segment_batch(
                native, parallel=parallel, encode=encode, float64=float64
            )
        return SegmentBatch(
            doc_offsets=cols["doc_offsets"],
            start=cols["start"],
            end=cols["end"],
            byte_start=cols["byte_start"],
            byte_end=cols["byte_end"],
            domain=cols["domain"],
            status=cols["status"],
            doc_status=cols["doc_status"],
            embeddings=cols.get("embeddings"),
        )

    def explain(self, text: str) -> list[dict[str, Any]]:
        """Every candidate the segmenter considered in ``text``: dicts with ``start``, ``end``,
        ``text``, ``domain``, ``kept`` and the ``reason`` it was kept or rejected."""
        return self._seg.explain(text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            type(self),
            (
                list(self._seg.domains),
                list(self._seg.priority),
                self._seg.arithmetic_granularity,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"MultiDomainTokenizer(domains={list(self._seg.domains)}, "
            f"priority={list(self._seg.priority)}, "
            f"arithmetic_granularity={self.arithmetic_granularity!r})"
        )


def _join_columns(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The columns of consecutive batches as one batch (span rows and document rows append;
    document offsets shift by the spans before them)."""
    out: dict[str, Any] = {}
    shift, offsets = 0, [parts[0]["doc_offsets"][:1]]
    for p in parts:
        offsets.append(p["doc_offsets"][1:] + shift)
        shift += int(p["doc_offsets"][-1])
    out["doc_offsets"] = np.concatenate(offsets)
    for key in parts[0]:
        if key != "doc_offsets":
            out[key] = np.concatenate([p[key] for p in parts])
    return out


def _tokens(text: str, spans: Iterable[Sequence[int]]) -> list[DomainToken]:
    """TEXT and domain tokens of ``text`` for sorted, disjoint (start, end, domain id) spans."""
    return _native.tokens_from_spans(text, [(int(a), int(b), int(d)) for a, b, d in spans])


__all__ = ["DomainToken", "DomainType", "MultiDomainTokenizer", "SegmentBatch"]
