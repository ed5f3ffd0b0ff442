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
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fluxem import _native
from fluxem._inputs import as_text_list
from fluxem.domain_type import DomainType
from fluxem.render import TokenList, to_displacy

GRANULARITIES = ("expression", "number")


@dataclass(frozen=True, slots=True)
class DomainToken:
    """One segment: ``text == source[start:end]`` (``str`` offsets, end exclusive)."""

    domain: DomainType
    text: str
    start: int
    end: int

    def __repr__(self) -> str:
        return f"DomainToken({self.domain.name}: {self.text!r})"


@dataclass(frozen=True, slots=True)
class SegmentBatch:
    """Spans of many documents as flat columns, one row per non-TEXT span.

    Rows of document ``i`` are ``doc_offsets[i]:doc_offsets[i + 1]``. ``start``/``end`` are
    ``str`` offsets, ``byte_start``/``byte_end`` UTF-8 byte offsets, ``domain`` the
    ``DomainType`` value, ``status`` 0 for every span (each was encoded when validated),
    ``doc_status`` 0 per document unless segmenting it hit an internal error (255).
    ``embeddings`` is ``(n_spans, 128)`` when requested, else None.
    """

    doc_offsets: npt.NDArray[np.int64]
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]
    byte_start: npt.NDArray[np.int64]
    byte_end: npt.NDArray[np.int64]
    domain: npt.NDArray[np.uint8]
    status: npt.NDArray[np.uint8]
    doc_status: npt.NDArray[np.uint8]
    embeddings: npt.NDArray[Any] | None = None

    def __len__(self) -> int:
        return len(self.doc_offsets) - 1

    @property
    def n_spans(self) -> int:
        return len(self.start)

    @property
    def doc(self) -> npt.NDArray[np.int64]:
        """The document index of every span row."""
        counts = np.diff(self.doc_offsets)
        return np.repeat(np.arange(len(counts), dtype=np.int64), counts)

    def spans_of(self, i: int) -> list[tuple[int, int, DomainType]]:
        """The spans of document ``i`` as (start, end, domain)."""
        n = len(self)
        if not -n <= i < n:
            raise IndexError(f"document {i} out of range for a batch of {n}")
        i %= n
        a, b = int(self.doc_offsets[i]), int(self.doc_offsets[i + 1])
        return [
            (int(s), int(e), DomainType(int(d)))
            for s, e, d in zip(self.start[a:b], self.end[a:b], self.domain[a:b], strict=True)
        ]

    def to_arrow(self) -> Any:
        """A ``pyarrow.RecordBatch`` with one row per span (numeric columns are zero-copy
        views of the numpy arrays; ``doc`` is computed; ``embedding`` is a fixed-size list)."""
        import pyarrow as pa

        cols = {
            "doc": pa.array(self.doc),
            "start": pa.array(self.start),
            "end": pa.array(self.end),
            "byte_start": pa.array(self.byte_start),
            "byte_end": pa.array(self.byte_end),
            "domain": pa.array(self.domain),
            "status": pa.array(self.status),
        }
        if self.embeddings is not None:
            flat = pa.array(np.ascontiguousarray(self.embeddings).reshape(-1))
            cols["embedding"] = pa.FixedSizeListArray.from_arrays(flat, self.embeddings.shape[1])
        return pa.RecordBatch.from_pydict(cols)


def _domain_names(domains: Iterable[DomainType | str] | None, what: str) -> list[str] | None:
    if domains is None:
        return None
    if isinstance(domains, str | DomainType):
        raise TypeError(f"{what} must be a list of domains, not a single value")
    out = []
    for d in domains:
        if isinstance(d, DomainType):
            out.append(d.name)
        elif isinstance(d, str):
            out.append(d.upper())
        else:
            raise TypeError(f"{what} entries must be DomainType or str, got {type(d).__name__}")
    return out


class MultiDomainTokenizer:
    """Splits text into TEXT and domain tokens.

    Args:
        domains: domains to find (``DomainType`` or names); default all seven. Others stay TEXT.
        priority: order that decides between domains that fit the same text (e.g. ``C4`` as a
            pitch or a formula when the context allows both); unlisted domains follow in the
            default order DNA, PITCH, FORMULA, COMPLEX, QUANTITY, ARITHMETIC, VECTOR.
        arithmetic_granularity: ``"expression"`` (``1234 + 5678`` is one span) or ``"number"``
            (each number literal of an expression is a span, operators stay TEXT, and an
            ``= result`` literal after an expression is a span too).
    """

    __slots__ = ("_seg",)

    def __init__(
        self,
        domains: Iterable[DomainType | str] | None = None,
        priority: Iterable[DomainType | str] | None = None,
        arithmetic_granularity: str = "expression",
    ) -> None:
        if arithmetic_granularity not in GRANULARITIES:
            raise ValueError(
                f"arithmetic_granularity must be one of {GRANULARITIES}, "
                f"got {arithmetic_granularity!r}"
            )
        self._seg = _native.Segmenter(
            _domain_names(domains, "domains"),
            _domain_names(priority, "priority"),
            arithmetic_granularity,
        )

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
            raise ValueError(f"unit must be 'char' or 'byte', got {unit!r}")
        return [(s, e, DomainType(d)) for s, e, d in raw]

    def tokenize(self, text: str) -> list[DomainToken]:
        """TEXT and domain tokens covering ``text`` exactly, in order (a list that also
        draws itself in a notebook)."""
        return TokenList(text, _tokens(text, self._seg.segment(text)))

    def to_displacy(self, text: str) -> dict[str, Any]:
        """The spans of ``text`` in spaCy's manual format:
        ``displacy.render(tok.to_displacy(text), style="span", manual=True)``."""
        return to_displacy(text, self.tokenize(text))

    def tokenize_batch(self, texts: Any, parallel: bool = True) -> list[list[DomainToken]]:
        """``tokenize`` for many texts (one native call, parallel over documents)."""
        items = as_text_list(texts)
        batch = self.segment_batch(items, parallel=parallel)
        out = []
        for i, text in enumerate(items):
            a, b = int(batch.doc_offsets[i]), int(batch.doc_offsets[i + 1])
            raw = zip(
                batch.start[a:b].tolist(),
                batch.end[a:b].tolist(),
                batch.domain[a:b].tolist(),
                strict=True,
            )
            out.append(_tokens(text, raw))
        return out

    def segment_batch(
        self, texts: Any, encode: bool = False, parallel: bool = True, float64: bool = False
    ) -> SegmentBatch:
        """Columnar spans of many texts (``list[str]``, numpy string arrays, pyarrow string
        arrays). With ``encode=True`` each span's embedding comes along, computed in the same
        parallel pass (float32, or float64 with ``float64=True``)."""
        cols = self._seg.segment_batch(
            as_text_list(texts), parallel=parallel, encode=encode, float64=float64
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


def _tokens(text: str, spans: Iterable[Sequence[int]]) -> list[DomainToken]:
    out: list[DomainToken] = []
    pos = 0
    for s, e, d in spans:
        if s > pos:
            out.append(DomainToken(DomainType.TEXT, text[pos:s], pos, s))
        out.append(DomainToken(DomainType(d), text[s:e], s, e))
        pos = e
    if pos < len(text):
        out.append(DomainToken(DomainType.TEXT, text[pos:], pos, len(text)))
    return out


__all__ = ["DomainToken", "DomainType", "MultiDomainTokenizer", "SegmentBatch"]
