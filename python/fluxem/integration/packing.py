"""Builds padded hybrid sequences from resolved spans and a text tokenizer (numpy only).

A document becomes a stream of *positions* in text order::

    [BOS] tokens(gap 0) SPAN 0 tokens(gap 1) SPAN 1 ... tokens(gap k) [EOS]

where gap ``i`` is the text between span ``i-1`` and span ``i`` (spans that fell back to text
are part of the gaps), tokenized on its own, and every domain span takes exactly one position.
All gaps of a batch go to the tokenizer in one call; positions, rows and padding are computed
with numpy index arithmetic (no Python loop per span or per token).

Truncation (``max_length`` positions per row, BOS/EOS included):

- ``"end"`` (default): keep the first ``max_length`` positions of each document and drop the
  rest. A domain span is one position, so it is never split: it is either kept whole or
  dropped whole. EOS is the last position, so a truncated document has no EOS.
- ``"split"``: cut each document into consecutive rows of ``max_length`` positions (several
  rows per long document; ``row_doc`` says which document a row comes from).
- ``"error"``: raise ``ValueError`` if a document needs more than ``max_length`` positions.
- ``"do_not_truncate"``: keep every position in one row (``max_length`` then only sets the
  width of ``padding="max_length"``; a longer row is then an error, as in transformers).

Transformers' spellings are accepted too: ``truncation=True`` (or ``"longest_first"``,
``"only_first"``) is ``"end"``, ``False`` is ``"do_not_truncate"``; ``padding=True`` is
``"longest"``, ``False`` is ``"do_not_pad"`` (rows of unequal length are then an error, as
for a transformers tokenizer asked for tensors). ``pad_to_multiple_of`` rounds the width up;
``padding_side="left"`` puts the padding before each row's positions.

The policy is one frozen value, :class:`SequencePolicy`, checked when it is made.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fluxem.errors import ConfigError
from fluxem.integration.resolve import ResolvedSpans, slice_texts
from fluxem.integration.text_tokenizer import TextTokenizer

__all__ = ["PADDING_POLICIES", "TRUNCATION_POLICIES", "PackedRows", "SequencePolicy", "pack"]

TRUNCATION_POLICIES = ("end", "split", "error", "do_not_truncate")
PADDING_POLICIES = ("longest", "max_length", "do_not_pad")
PADDING_SIDES = ("right", "left")

# transformers' spellings -> this module's (a single sequence per row: "only_first" and
# "longest_first" both cut the end)
_TRUNCATION_ALIASES: dict[Any, str] = {
    True: "end",
    False: "do_not_truncate",
    "longest_first": "end",
    "only_first": "end",
}
_PADDING_ALIASES: dict[Any, str] = {True: "longest", False: "do_not_pad"}

_GAP, _SPAN, _BOS, _EOS = 0, 1, 2, 3

Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class SequencePolicy:
    """How documents become rows: at most ``max_length`` positions per row (BOS/EOS included;
    ``None`` = no limit), what happens to longer documents (``truncation``: ``"end"``,
    ``"split"`` or ``"error"``), how rows are padded (``padding``: ``"longest"`` or
    ``"max_length"`` or ``"do_not_pad"``; ``pad_to_multiple_of`` rounds the width up;
    ``padding_side`` ``"right"`` or ``"left"``) and whether the text tokenizer's BOS/EOS
    tokens are added. transformers' ``True``/``False`` spellings are accepted (module
    docstring) and stored as this module's names.

    A bad value raises :class:`~fluxem.errors.ConfigError` (a wrong type ``TypeError``) here,
    when the policy is made, not in the middle of a batch.
    """

    max_length: int | None = 4096
    truncation: str = "end"
    padding: str = "longest"
    add_bos: bool = False
    add_eos: bool = False
    pad_to_multiple_of: int | None = None
    padding_side: str = "right"

    def __post_init__(self) -> None:
        for name, aliases in (("truncation", _TRUNCATION_ALIASES), ("padding", _PADDING_ALIASES)):
            value = getattr(self, name)
            if isinstance(value, bool) or (isinstance(value, str) and value in aliases):
                object.__setattr__(self, name, aliases[value])
        if self.padding_side not in PADDING_SIDES:
            raise ConfigError(
                f"padding_side must be one of {PADDING_SIDES}, got {self.padding_side!r}"
            )
        if self.pad_to_multiple_of is not None:
            m = self.pad_to_multiple_of
            if isinstance(m, bool) or not isinstance(m, int | np.integer):
                raise TypeError(f"pad_to_multiple_of must be an int or None, got {m!r}")
            if m < 1:
                raise ConfigError(f"pad_to_multiple_of must be positive, got {m}")
        if self.truncation not in TRUNCATION_POLICIES:
            raise ConfigError(
                f"truncation must be one of {TRUNCATION_POLICIES}, got {self.truncation!r}"
            )
        if self.padding not in PADDING_POLICIES:
            raise ConfigError(f"padding must be one of {PADDING_POLICIES}, got {self.padding!r}")
        if self.max_length is not None:
            if isinstance(self.max_length, bool) or not isinstance(
                self.max_length, int | np.integer
            ):
                raise TypeError(f"max_length must be an int or None, got {self.max_length!r}")
            if self.max_length < 1:
                raise ConfigError(f"max_length must be positive, got {self.max_length}")
        if self.padding == "max_length" and self.max_length is None:
            raise ConfigError("padding='max_length' needs max_length")
        multiple = self.pad_to_multiple_of
        if (
            multiple is not None
            and self.max_length is not None
            and self.max_length % multiple
            and self.truncation != "do_not_truncate"
            and self.padding != "do_not_pad"
        ):  # padding could outgrow the truncation length (transformers refuses it too)
            raise ConfigError(
                f"max_length={self.max_length} is not a multiple of pad_to_multiple_of={multiple} "
                "while truncating and padding"
            )

    def replace(self, **changes: Any) -> SequencePolicy:
        """A copy with some fields changed (checked again)."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class PackedRows:
    """Row-major numpy arrays of a hybrid batch (``R`` rows, width ``W``, ``S`` kept spans)."""

    input_ids: Ints  # (R, W): text token id; pad_id at domain and pad positions
    attention_mask: npt.NDArray[np.bool_]  # (R, W)
    span_index: Ints  # (R, W): row of span_embeddings, -1 elsewhere
    domain_types: Ints  # (R, W): domain id, 0 (TEXT) at text and pad positions
    offsets: Ints  # (R, W, 2): [start, end) char offsets in the source document
    lengths: Ints  # (R,): positions used in each row
    row_doc: Ints  # (R,): source document of each row
    span_embeddings: npt.NDArray[np.float32]  # (S, 128), in row-major position order
    span_domain: Ints  # (S,)
    span_doc: Ints  # (S,)
    span_start: Ints  # (S,) char offsets in the document
    span_end: Ints  # (S,)
    doc_positions: Ints  # (n,): positions each document needs untruncated
    truncated: npt.NDArray[np.bool_]  # (n,): positions were dropped ("end" policy)
    fallbacks: Ints  # (n, k): fallback counts per document and reason
    reasons: tuple[str, ...]  # names of the k reason columns
    errors: dict[str, str]  # encoder name -> first exception message


def pack(
    texts: list[str], spans: ResolvedSpans, tokenizer: TextTokenizer, policy: SequencePolicy
) -> PackedRows:
    """The rows of ``texts`` (see the module docstring); ``spans`` are their resolved spans."""
    n = len(texts)
    n_spans = len(spans.doc)
    nb, ne = int(policy.add_bos), int(policy.add_eos)
    bos_id, eos_id = tokenizer.bos_id, tokenizer.eos_id
    if (nb and bos_id is None) or (ne and eos_id is None):
        raise ConfigError(f"{tokenizer!r} has no {'BOS' if nb else 'EOS'} token")
    doc_len = np.fromiter(map(len, texts), dtype=np.int64, count=n)

    # --- segments: per document [BOS] gap (span gap)* [EOS] ------------------------------
    k = np.bincount(spans.doc, minlength=n).astype(np.int64)
    span_off = _bounds(k)
    seg_base = _bounds(2 * k + 1 + nb + ne)
    n_seg = int(seg_base[-1])
    seg_kind = np.zeros(n_seg, dtype=np.int8)
    seg_doc = np.repeat(np.arange(n, dtype=np.int64), np.diff(seg_base))
    seg_a = np.zeros(n_seg, dtype=np.int64)
    seg_b = np.zeros(n_seg, dtype=np.int64)
    seg_span = np.full(n_seg, -1, dtype=np.int64)

    s_ids = np.arange(n_spans, dtype=np.int64)
    j = s_ids - span_off[spans.doc]  # rank of the span inside its document
    span_seg = seg_base[spans.doc] + nb + 2 * j + 1
    seg_kind[span_seg] = _SPAN
    seg_span[span_seg] = s_ids
    seg_a[span_seg], seg_b[span_seg] = spans.start, spans.end
    prev_end = np.concatenate([[0], spans.end[:-1]]).astype(np.int64)
    seg_a[span_seg - 1] = np.where(j > 0, prev_end, 0)  # gap before each span
    seg_b[span_seg - 1] = spans.start
    tail = seg_base[:-1] + nb + 2 * k  # gap after the last span
    last_end = spans.end[np.maximum(span_off[1:] - 1, 0)] if n_spans else np.zeros(n, np.int64)
    seg_a[tail] = np.where(k > 0, last_end, 0)
    seg_b[tail] = doc_len
    if nb:
        seg_kind[seg_base[:-1]] = _BOS
    if ne:
        eos_seg = seg_base[1:] - 1
        seg_kind[eos_seg] = _EOS
        seg_a[eos_seg] = seg_b[eos_seg] = doc_len

    # --- tokens of every non-empty gap, one tokenizer call --------------------------------
    gaps = np.flatnonzero((seg_kind == _GAP) & (seg_b > seg_a))
    tok = tokenizer.tokenize_pieces(slice_texts(texts, seg_doc[gaps], seg_a[gaps], seg_b[gaps]))
    seg_len = (seg_kind != _GAP).astype(np.int64)
    seg_len[gaps] = tok.counts

    # --- positions (elements) in document order -------------------------------------------
    elem_seg = np.repeat(np.arange(n_seg, dtype=np.int64), seg_len)
    kind = seg_kind[elem_seg]
    doc = seg_doc[elem_seg]
    token = np.full(len(elem_seg), tokenizer.pad_id, dtype=np.int64)
    start = seg_a[elem_seg]
    end = seg_b[elem_seg]
    is_tok = kind == _GAP
    gap_base = start[is_tok]
    token[is_tok] = tok.ids
    start[is_tok] = gap_base + tok.start
    end[is_tok] = gap_base + tok.end
    if bos_id is not None and nb:
        token[kind == _BOS] = bos_id
    if eos_id is not None and ne:
        token[kind == _EOS] = eos_id
    elem_span = seg_span[elem_seg]
    doc_positions = np.bincount(doc, minlength=n).astype(np.int64)
    pos = np.arange(len(doc), dtype=np.int64) - _bounds(doc_positions)[doc]

    # --- rows and truncation ---------------------------------------------------------------
    max_length, truncation = policy.max_length, policy.truncation
    longest = max(int(doc_positions.max(initial=0)), 1)
    limit = int(max_length) if max_length is not None else longest
    if truncation == "do_not_truncate":
        limit = max(limit, longest)
    too_long = doc_positions > limit
    if truncation == "error" and too_long.any():
        i = int(np.flatnonzero(too_long)[0])
        raise ValueError(
            f"document {i} needs {int(doc_positions[i])} positions, more than max_length="
            f"{limit} ({int(too_long.sum())} such documents); use truncation='end' or 'split'"
        )
    if truncation == "split":
        rows_per_doc = np.maximum((doc_positions + limit - 1) // limit, 1)
        row = _bounds(rows_per_doc)[doc] + pos // limit
        col = pos % limit
        row_doc = np.repeat(np.arange(n, dtype=np.int64), rows_per_doc)
        truncated = np.zeros(n, dtype=bool)
    else:
        row, col = doc, pos
        row_doc = np.arange(n, dtype=np.int64)
        truncated = too_long
        if too_long.any():
            keep = pos < limit
            row, col, token, start, end, elem_span = (
                a[keep] for a in (row, col, token, start, end, elem_span)
            )
    n_rows = len(row_doc)
    lengths = np.bincount(row, minlength=n_rows).astype(np.int64)
    width = int(lengths.max(initial=0))
    if policy.padding == "max_length" and max_length is not None:
        if width > max_length:  # only without truncation; transformers refuses it too
            raise ConfigError(
                f"padding='max_length' with a row of {width} positions, more than max_length="
                f"{max_length} (truncation is off): tensors need rows of one length"
            )
        width = int(max_length)
    elif policy.padding == "do_not_pad" and len(set(lengths.tolist())) > 1:
        raise ConfigError(
            f"padding=False with rows of {int(lengths.min())} to {int(lengths.max())} positions: "
            "tensors need rows of one length (use padding=True)"
        )
    if policy.pad_to_multiple_of is not None:
        m = int(policy.pad_to_multiple_of)
        width = -(-width // m) * m
    if policy.padding_side == "left":
        col = col + (width - lengths)[row]
    flat = row * width + col  # one index computation for every scatter below

    # every per-position array is filled flat, then seen as (rows, width) without a copy
    input_ids = np.full((n_rows, width), tokenizer.pad_id, dtype=np.int64)
    input_ids.reshape(-1)[flat] = token
    attention_mask = np.zeros((n_rows, width), dtype=bool)
    attention_mask.reshape(-1)[flat] = True
    offsets = np.zeros((n_rows, width, 2), dtype=np.int64)
    offsets.reshape(-1, 2)[flat] = np.stack([start, end], axis=1)

    is_span = elem_span >= 0
    kept = elem_span[is_span]  # spans that survived, in row-major order
    span_flat = flat[is_span]
    span_index = np.full((n_rows, width), -1, dtype=np.int64)
    span_index.reshape(-1)[span_flat] = np.arange(len(kept), dtype=np.int64)
    domain_types = np.zeros((n_rows, width), dtype=np.int64)
    domain_types.reshape(-1)[span_flat] = spans.domain[kept]

    # kept is an increasing run of span ids; when it holds them all (nothing truncated away),
    # the span columns pass through as they are: no gather, no copy of the embeddings.
    def take(a: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return a if len(kept) == n_spans else a[kept]

    return PackedRows(
        input_ids=input_ids,
        attention_mask=attention_mask,
        span_index=span_index,
        domain_types=domain_types,
        offsets=offsets,
        lengths=lengths,
        row_doc=row_doc,
        span_embeddings=take(spans.embeddings),
        span_domain=take(spans.domain),
        span_doc=take(spans.doc),
        span_start=take(spans.start),
        span_end=take(spans.end),
        doc_positions=doc_positions,
        truncated=truncated,
        fallbacks=spans.fallbacks,
        reasons=spans.reasons,
        errors=spans.errors,
    )


def _bounds(counts: npt.NDArray[np.int64]) -> Ints:
    """CSR offsets ``[0, c0, c0+c1, ...]`` of a count array."""
    out = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out
