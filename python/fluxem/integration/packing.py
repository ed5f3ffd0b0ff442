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
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fluxem.integration.registry import EMBED_DIM
from fluxem.integration.resolve import ResolvedSpans, _slice_texts
from fluxem.integration.text_tokenizer import TextTokenizer

TRUNCATION_POLICIES = ("end", "split", "error")
PADDING_POLICIES = ("longest", "max_length")

_GAP, _SPAN, _BOS, _EOS = 0, 1, 2, 3


@dataclass
class PackedRows:
    """Row-major numpy arrays of a hybrid batch (``R`` rows, width ``W``, ``S`` kept spans)."""

    input_ids: np.ndarray  # (R, W) int64: text token id; pad_id at domain and pad positions
    attention_mask: np.ndarray  # (R, W) bool
    span_index: np.ndarray  # (R, W) int64: row of span_embeddings, -1 elsewhere
    domain_types: np.ndarray  # (R, W) int64: domain id, 0 (TEXT) at text and pad positions
    offsets: np.ndarray  # (R, W, 2) int64: [start, end) char offsets in the source document
    lengths: np.ndarray  # (R,) int64: positions used in each row
    row_doc: np.ndarray  # (R,) int64: source document of each row
    span_embeddings: np.ndarray  # (S, 128) float32, in row-major position order
    span_domain: np.ndarray  # (S,) int64
    span_doc: np.ndarray  # (S,) int64
    span_start: np.ndarray  # (S,) int64 char offsets in the document
    span_end: np.ndarray  # (S,) int64
    doc_positions: np.ndarray  # (n,) int64: positions each document needs untruncated
    truncated: np.ndarray  # (n,) bool: positions were dropped ("end" policy)
    fallbacks: np.ndarray  # (n, k) int64 fallback counts per document and reason
    reasons: tuple[str, ...]  # names of the k reason columns
    errors: dict[str, str]  # encoder name -> first exception message


def check_policies(truncation: str, padding: str, max_length: int | None) -> None:
    if truncation not in TRUNCATION_POLICIES:
        raise ValueError(f"truncation must be one of {TRUNCATION_POLICIES}, got {truncation!r}")
    if padding not in PADDING_POLICIES:
        raise ValueError(f"padding must be one of {PADDING_POLICIES}, got {padding!r}")
    if max_length is not None and (isinstance(max_length, bool) or int(max_length) < 1):
        raise ValueError(f"max_length must be a positive int or None, got {max_length!r}")
    if padding == "max_length" and max_length is None:
        raise ValueError("padding='max_length' needs max_length")


def pack(
    texts: list[str],
    spans: ResolvedSpans,
    tokenizer: TextTokenizer,
    *,
    max_length: int | None,
    truncation: str = "end",
    padding: str = "longest",
    add_bos: bool = False,
    add_eos: bool = False,
) -> PackedRows:
    check_policies(truncation, padding, max_length)
    n = len(texts)
    n_spans = len(spans.doc)
    nb, ne = int(add_bos), int(add_eos)
    if (nb and tokenizer.bos_id is None) or (ne and tokenizer.eos_id is None):
        raise ValueError(f"{tokenizer!r} has no {'BOS' if nb else 'EOS'} token")
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
    tok = tokenizer.tokenize_pieces(_slice_texts(texts, seg_doc[gaps], seg_a[gaps], seg_b[gaps]))
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
    if nb:
        token[kind == _BOS] = tokenizer.bos_id
    if ne:
        token[kind == _EOS] = tokenizer.eos_id
    elem_span = seg_span[elem_seg]
    doc_positions = np.bincount(doc, minlength=n).astype(np.int64)
    pos = np.arange(len(doc), dtype=np.int64) - _bounds(doc_positions)[doc]

    # --- rows and truncation ---------------------------------------------------------------
    limit = int(max_length) if max_length is not None else max(int(doc_positions.max(initial=0)), 1)
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
    width = limit if padding == "max_length" else int(lengths.max(initial=0))
    flat = row * width + col  # one index computation for every scatter below

    input_ids = np.full(n_rows * width, tokenizer.pad_id, dtype=np.int64)
    input_ids[flat] = token
    attention_mask = np.zeros(n_rows * width, dtype=bool)
    attention_mask[flat] = True
    offsets = np.zeros((n_rows * width, 2), dtype=np.int64)
    offsets[flat, 0] = start
    offsets[flat, 1] = end

    is_span = elem_span >= 0
    kept = elem_span[is_span]  # spans that survived, in row-major order
    span_flat = flat[is_span]
    span_index = np.full(n_rows * width, -1, dtype=np.int64)
    span_index[span_flat] = np.arange(len(kept), dtype=np.int64)
    domain_types = np.zeros(n_rows * width, dtype=np.int64)
    domain_types[span_flat] = spans.domain[kept]
    shape = (n_rows, width)
    input_ids, attention_mask, span_index, domain_types = (
        a.reshape(shape) for a in (input_ids, attention_mask, span_index, domain_types)
    )
    offsets = offsets.reshape(n_rows, width, 2)

    return PackedRows(
        input_ids=input_ids,
        attention_mask=attention_mask,
        span_index=span_index,
        domain_types=domain_types,
        offsets=offsets,
        lengths=lengths,
        row_doc=row_doc,
        span_embeddings=np.ascontiguousarray(
            spans.embeddings[kept].reshape(-1, EMBED_DIM), dtype=np.float32
        ),
        span_domain=spans.domain[kept],
        span_doc=spans.doc[kept],
        span_start=spans.start[kept],
        span_end=spans.end[kept],
        doc_positions=doc_positions,
        truncated=truncated,
        fallbacks=spans.fallbacks,
        reasons=spans.reasons,
        errors=spans.errors,
    )


def _bounds(counts: np.ndarray) -> np.ndarray:
    """CSR offsets ``[0, c0, c0+c1, ...]`` of a count array."""
    out = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=out[1:])
    return out
