"""Documents from JSONL (plain, .gz, .zst) and Parquet files, in fixed chunks.

A chunk is ``chunk_size`` consecutive *records* of one input (JSONL lines, Parquet rows), so
chunk boundaries do not depend on which records are bad: a resumed run skips whole chunks
and meets the same boundaries. Bad records are not raised but returned as ``BadRecord``s
(the caller counts them, logs them or stops under ``--strict``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
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
    """Documents of one chunk of one input, with their ids, carried columns and bad records."""

    index: int
    ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    records: int = 0

    def add(self, doc: tuple[str, str] | BadRecord) -> None:
        """Records a document (its id and text) or a bad record."""
        if isinstance(doc, BadRecord):
            self.bad.append(doc)
        else:
            self.ids.append(doc[0])
            self.texts.append(doc[1])


def _lines(path: Path) -> Iterator[bytes]:
    """Lines of a (possibly gz/zst-compressed) file, read in 1 MiB blocks."""
    import pyarrow as pa

    with pa.input_stream(str(path), compression="detect") as stream:
        rest = b""
        while True:
            block = stream.read(_BLOCK)
            if not block:
                break
            lines = (rest + block).split(b"\n")
            rest = lines.pop()
            yield from lines
        if rest:
            yield rest


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


def _fast_chunk(
    index: int,
    first: int,
    lines: list[bytes],
    path: Path,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
) -> Chunk | None:
    """The chunk read by Arrow's JSON reader in one call, or None when any record needs the
    record-by-record path (a bad line, a missing, empty, non-string or oversized text)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pajson

    if any(not line.strip() for line in lines):
        return None
    try:
        table = pajson.read_json(pa.py_buffer(b"\n".join(lines)))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if table.num_rows != len(lines) or text_field not in table.column_names:
        return None
    text = table.column(text_field)
    if not pa.types.is_string(text.type) or text.null_count:
        return None
    sizes = pc.binary_length(text)
    if pc.min(sizes).as_py() == 0 or pc.max(sizes).as_py() > max_bytes:
        return None
    texts: list[str] = text.to_pylist()  # Arrow refuses lone surrogates (`\ud800`) above
    if id_field and id_field in table.column_names:
        col = table.column(id_field)
        ids = [
            str(v) if v is not None else f"{path.name}:{first + k}"
            for k, v in enumerate(col.to_pylist())
        ]
    else:
        ids = [f"{path.name}:{first + k}" for k in range(len(texts))]
    return Chunk(index, ids, texts, [], len(lines))


def jsonl_chunks(
    path: Path, chunk_size: int, text_field: str, id_field: str | None, max_bytes: int
) -> Iterator[Chunk]:
    lines: list[bytes] = []
    index = 0
    for line in _lines(path):
        lines.append(line)
        if len(lines) == chunk_size:
            yield _read_chunk(index, lines, path, chunk_size, text_field, id_field, max_bytes)
            lines, index = [], index + 1
    if lines:
        yield _read_chunk(index, lines, path, chunk_size, text_field, id_field, max_bytes)


def _read_chunk(
    index: int,
    lines: list[bytes],
    path: Path,
    chunk_size: int,
    text_field: str,
    id_field: str | None,
    max_bytes: int,
) -> Chunk:
    first = index * chunk_size + 1
    fast = _fast_chunk(index, first, lines, path, text_field, id_field, max_bytes)
    if fast is not None:
        return fast
    chunk = Chunk(index)
    for n, line in enumerate(lines, first):
        chunk.records += 1
        if not line.strip():
            chunk.bad.append(BadRecord(str(path), n, "empty", "blank line"))
            continue
        if len(line) > max_bytes * 2 + 1024:  # bigger than any acceptable document
            chunk.bad.append(BadRecord(str(path), n, "too_large", f"{len(line)} byte line"))
            continue
        try:
            raw = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            chunk.bad.append(BadRecord(str(path), n, "invalid_utf8", str(err.reason)))
            continue
        except json.JSONDecodeError as err:
            chunk.bad.append(BadRecord(str(path), n, "malformed_json", err.msg))
            continue
        chunk.add(_document(raw, str(path), n, text_field, id_field, max_bytes))
    return chunk


def parquet_chunks(
    path: Path, chunk_size: int, text_field: str, id_field: str | None, max_bytes: int
) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(str(path))
    names = pf.schema_arrow.names
    if text_field not in names:
        raise ValueError(f"{path}: no column {text_field!r} (columns: {names})")
    columns = [text_field] + ([id_field] if id_field and id_field in names else [])
    row = 0
    for index, batch in enumerate(pf.iter_batches(batch_size=chunk_size, columns=columns)):
        chunk = Chunk(index)
        for rec in batch.to_pylist():
            row += 1
            chunk.records += 1
            chunk.add(_document(rec, str(path), row, text_field, id_field, max_bytes))
        yield chunk


def chunks(
    path: Path, chunk_size: int, text_field: str, id_field: str | None, max_bytes: int
) -> Iterator[Chunk]:
    """Chunks of any supported input, chosen by its name."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        return parquet_chunks(path, chunk_size, text_field, id_field, max_bytes)
    if name.endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".json", ".ndjson")):
        return jsonl_chunks(path, chunk_size, text_field, id_field, max_bytes)
    raise ValueError(f"{path}: unsupported input (use .jsonl, .jsonl.gz, .jsonl.zst or .parquet)")
