"""Documents from JSONL (plain, .gz, .zst) and Parquet files, in fixed chunks.

A chunk is ``chunk_size`` consecutive *records* of one input (JSONL lines, Parquet rows), so
chunk boundaries do not depend on which records are bad: a resumed run skips whole chunks
and meets the same boundaries. Bad records are not raised but returned as ``BadRecord``s
(the caller counts them, logs them or stops under ``--strict``).
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Why a record did not become a document (the manifest counts each).
REASONS = (
    "empty",
    "malformed_json",
    "invalid_utf8",
    "missing_text",
    "not_a_string",
    "too_large",
)
_BLOCK = 1 << 20


@dataclass(frozen=True)
class BadRecord:
    """A record that is not a document: where it is (1-based line or row) and why."""

    path: str
    record: int
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.record}: {self.reason}{': ' + self.detail if self.detail else ''}"
        )


@dataclass
class Chunk:
    """Documents of one chunk of one input: their ids and texts as Arrow string arrays (read
    in place by the segmenter and written to the shard as they are), and the bad records."""

    index: int
    ids: Any
    texts: Any
    bad: list[BadRecord] = field(default_factory=list)
    records: int = 0

    @property
    def nbytes(self) -> int:
        """UTF-8 bytes of the documents' texts."""
        import pyarrow.compute as pc

        return int(pc.sum(pc.binary_length(self.texts)).as_py() or 0)


def _by_record(index: int, docs: list[tuple[str, str] | BadRecord], records: int) -> Chunk:
    """The chunk from records read one by one (the path for chunks with any bad record)."""
    import pyarrow as pa

    good = [d for d in docs if not isinstance(d, BadRecord)]
    bad = [d for d in docs if isinstance(d, BadRecord)]
    ids = pa.array([d[0] for d in good], pa.string())
    texts = pa.array([d[1] for d in good], pa.string())
    return Chunk(index, ids, texts, bad, records)


def _line_blocks(path: Path, n_lines: int) -> Iterator[tuple[bytes, int]]:
    """Consecutive pieces of a (possibly gz/zst-compressed) file holding ``n_lines`` lines
    each (the last piece: the rest), newlines kept, with their line counts. The newlines of
    each 1 MiB block are found once, in numpy, and every piece cut from them (no Python object
    per line, and linear in the file whatever ``n_lines`` is)."""
    import numpy as np
    import pyarrow as pa

    pieces: list[bytes] = []
    have = 0
    with pa.input_stream(str(path), compression="detect") as stream:
        while block := stream.read(_BLOCK):
            newlines = np.flatnonzero(np.frombuffer(block, np.uint8) == 10)
            start = k = 0
            while len(newlines) - k >= n_lines - have:
                k += n_lines - have
                cut = int(newlines[k - 1]) + 1
                pieces.append(block[start:cut])
                yield b"".join(pieces), n_lines
                pieces, have, start = [], 0, cut
            if start < len(block):
                pieces.append(block[start:])
                have += len(newlines) - k
    if pieces:
        rest = b"".join(pieces)
        yield rest, have + (not rest.endswith(b"\n"))


def _document(
    raw: Any, path: str, record: int, text_field: str, id_field: str | None, max_bytes: int
) -> tuple[str, str] | BadRecord:
    if not isinstance(raw, dict) or raw.get(text_field) is None:
        return BadRecord(path, record, "missing_text", f"no {text_field!r} field")
    text = raw[text_field]
    if not isinstance(text, str):
        return BadRecord(path, record, "not_a_string", type(text).__name__)
    if not text:
        return BadRecord(path, record, "empty", "empty text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as err:  # a lone surrogate written as \ud800 in JSON
        return BadRecord(path, record, "invalid_utf8", str(err.reason))
    if size > max_bytes:
        return BadRecord(path, record, "too_large", f"{size} bytes > {max_bytes}")
    doc_id = raw.get(id_field) if id_field else None
    return (str(doc_id) if doc_id is not None else f"{Path(path).name}:{record}", text)


def _whole_columns(
    index: int,
    first: int,
    table: Any,
    path: Path,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
) -> Chunk | None:
    """The chunk straight from the Arrow columns of all its records, or None when any record
    needs the record-by-record path (a missing, null, empty, non-string or oversized text, an
    id column that is neither integer nor string)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if text_field not in table.column_names:
        return None
    text = table.column(text_field).combine_chunks()
    # `is_string_view` arrived in pyarrow 16; the package supports pyarrow 14 and later
    is_view = getattr(pa.types, "is_string_view", lambda _t: False)
    string_types = (pa.types.is_string, pa.types.is_large_string, is_view)
    if not any(is_type(text.type) for is_type in string_types) or text.null_count:
        return None
    if is_view(text.type):
        text = text.cast(pa.large_string())
    sizes = pc.binary_length(text)
    if len(text) and (pc.min(sizes).as_py() == 0 or pc.max(sizes).as_py() > max_bytes):
        return None
    numbers = pa.array(np.arange(first, first + len(text)))
    ids = pc.binary_join_element_wise(f"{path.name}:", pc.cast(numbers, pa.string()), "")
    if id_field and id_field in table.column_names:
        col = table.column(id_field).combine_chunks()
        if not (pa.types.is_integer(col.type) or pa.types.is_string(col.type)):
            return None
        ids = pc.if_else(pc.is_null(col), ids, pc.cast(col, pa.string()))
    return Chunk(index, ids, text, [], len(text))


def _lines_open_objects(block: bytes, n_lines: int) -> bool:
    """Whether every line starts with ``{``: no blank line (Arrow's JSON reader would skip it,
    here it is a record) and nothing that is not an object; checked in numpy."""
    import numpy as np

    raw = np.frombuffer(block, np.uint8)
    starts = np.flatnonzero(raw == 10)[: n_lines - 1] + 1
    return len(raw) > 0 and raw[0] == 123 and bool((raw[starts] == 123).all())


def _read_chunk(
    index: int,
    block: bytes,
    n_lines: int,
    path: Path,
    chunk_size: int,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
) -> Chunk:
    import pyarrow as pa
    import pyarrow.json as pajson

    first = index * chunk_size + 1
    end = len(block) - block.endswith(b"\n")
    if _lines_open_objects(block, n_lines):
        try:
            table = pajson.read_json(pa.py_buffer(block))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            table = None
        # Arrow refuses lone surrogates (`\ud800`) and non-UTF-8 bytes: the slow path names them
        if table is not None and table.num_rows == n_lines:
            fast = _whole_columns(index, first, table, path, text_field, id_field, max_bytes)
            if fast is not None:
                return fast
    lines = block[:end].split(b"\n")
    docs: list[tuple[str, str] | BadRecord] = []
    for n, line in enumerate(lines, first):
        if not line.strip():
            docs.append(BadRecord(str(path), n, "empty", "blank line"))
            continue
        if len(line) > max_bytes * 2 + 1024:  # bigger than any acceptable document
            docs.append(BadRecord(str(path), n, "too_large", f"{len(line)} byte line"))
            continue
        try:
            raw = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            docs.append(BadRecord(str(path), n, "invalid_utf8", str(err.reason)))
            continue
        except json.JSONDecodeError as err:
            docs.append(BadRecord(str(path), n, "malformed_json", err.msg))
            continue
        docs.append(_document(raw, str(path), n, text_field, id_field, max_bytes))
    return _by_record(index, docs, len(lines))


def jsonl_chunks(
    path: Path,
    chunk_size: int,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
    skip: Container[int] = (),
) -> Iterator[Chunk | None]:
    for index, (block, n_lines) in enumerate(_line_blocks(path, chunk_size)):
        if index in skip:
            yield None
        else:
            yield _read_chunk(
                index, block, n_lines, path, chunk_size, text_field, id_field, max_bytes
            )


def parquet_chunks(
    path: Path,
    chunk_size: int,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
    skip: Container[int] = (),
) -> Iterator[Chunk | None]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(str(path))
    names = pf.schema_arrow.names
    if text_field not in names:
        raise ValueError(f"{path}: no column {text_field!r} (columns: {names})")
    columns = [text_field] + ([id_field] if id_field and id_field in names else [])
    row = 0
    for index, batch in enumerate(pf.iter_batches(batch_size=chunk_size, columns=columns)):
        first, row = row + 1, row + batch.num_rows
        if index in skip:
            yield None
            continue
        table = pa.Table.from_batches([batch])
        fast = _whole_columns(index, first, table, path, text_field, id_field, max_bytes)
        if fast is not None:
            yield fast
            continue
        docs = [
            _document(rec, str(path), n, text_field, id_field, max_bytes)
            for n, rec in enumerate(batch.to_pylist(), first)
        ]
        yield _by_record(index, docs, batch.num_rows)


def chunks(
    path: Path,
    chunk_size: int,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
    skip: Container[int] = (),
) -> Iterator[Chunk | None]:
    """Chunks of any supported input, chosen by its name; None for the chunk indexes in
    ``skip`` (done by an earlier run: their records are counted, not parsed)."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        return parquet_chunks(path, chunk_size, text_field, id_field, max_bytes, skip)
    if name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".json", ".ndjson")):
        return jsonl_chunks(path, chunk_size, text_field, id_field, max_bytes, skip)
    raise ValueError(f"{path}: unsupported input (use .jsonl, .jsonl.gz, .jsonl.zst or .parquet)")
