"""The preprocessing loop: chunks in, shards out, the manifest updated after each shard."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from fluxem._optional import require
from fluxem.errors import ConfigError
from fluxem.preprocess import manifest as mf
from fluxem.preprocess.readers import BadRecord, Chunk, chunks
from fluxem.preprocess.shards import shard_table, write_atomically

#: Exit codes of ``fluxem preprocess`` (docs/PREPROCESSING.md).
EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_CHANGED = 0, 2, 3, 4

T = TypeVar("T")
#: shards written side by side (each on its own thread)
_WRITERS = 2


class BadInputError(ValueError):
    """``--strict`` met a record that is not a document."""


class ChangedRunError(ConfigError):
    """The output directory holds a run with other options, inputs or fluxem version."""


@dataclass(frozen=True)
class PreprocessOptions:
    """What a run does; stored in the manifest (a rerun must use the same options)."""

    text_field: str = "text"
    id_field: str | None = "id"
    chunk_size: int = 10_000
    embeddings: str = "compact"  # or "materialised"
    keep_text: bool = True
    max_doc_bytes: int = 16 << 20
    strict: bool = False

    def check(self) -> None:
        if self.embeddings not in ("compact", "materialised"):
            raise ConfigError(
                f"embeddings must be 'compact' or 'materialised', got {self.embeddings!r}"
            )
        if self.chunk_size < 1 or self.max_doc_bytes < 1:
            raise ConfigError("chunk_size and max_doc_bytes must be positive")


class _Progress:
    """A tqdm bar on a terminal, a log line every few seconds otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.docs = self.bytes = self.spans = 0
        self.start = self.last = time.monotonic()
        self.stream = stream
        self.bar: Any = None
        if stream.isatty():
            try:
                from tqdm import tqdm

                self.bar = tqdm(unit=" docs", file=stream, dynamic_ncols=True)
            except ImportError:
                pass

    def update(self, docs: int, nbytes: int, spans: int) -> None:
        self.docs += docs
        self.bytes += nbytes
        self.spans += spans
        now = time.monotonic()
        rate = f"{self.bytes / 1e6 / max(now - self.start, 1e-9):.1f} MB/s, {self.spans} spans"
        if self.bar is not None:
            self.bar.update(docs)
            self.bar.set_postfix_str(rate)
        elif now - self.last >= 5:
            self.last = now
            print(f"fluxem preprocess: {self.docs} docs, {rate}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def preprocess(
    inputs: list[Path],
    outdir: Path,
    options: PreprocessOptions | None = None,
    *,
    log: TextIO = sys.stderr,
) -> dict[str, Any]:
    """Runs (or resumes) a preprocessing job; returns the final manifest."""
    from fluxem import __version__
    from fluxem.integration import MultiDomainTokenizer
    from fluxem.layout import LAYOUT_VERSION

    # pyarrow is an optional dependency: say which extra to install before any work is done
    require("pyarrow", "preprocess")
    opts = options or PreprocessOptions()
    opts.check()
    outdir.mkdir(parents=True, exist_ok=True)
    sources = [{"path": str(p), "sha256": mf.file_sha256(p)} for p in inputs]
    fresh: dict[str, Any] = {
        "fluxem_version": __version__,
        "layout_version": LAYOUT_VERSION,
        "options": asdict(opts),
        "inputs": sources,
        "shards": [],
    }
    manifest = mf.load(outdir)
    if manifest is None:
        manifest = fresh
    else:
        same = ("fluxem_version", "layout_version", "options", "inputs")
        changed = [k for k in same if manifest.get(k) != fresh[k]]
        if changed:
            raise ChangedRunError(
                f"{outdir} holds a run with other {', '.join(changed)}: use a new output "
                "directory (or delete this one) to start over"
            )
    done = {(s["input"], s["chunk"]) for s in manifest["shards"]}
    tok = MultiDomainTokenizer()
    materialise = opts.embeddings == "materialised"
    progress = _Progress(log)

    def todo() -> Iterator[tuple[int, Chunk]]:
        for n, path in enumerate(inputs):
            skip = {c for i, c in done if i == n}
            for chunk in chunks(
                path, opts.chunk_size, opts.text_field, opts.id_field, opts.max_doc_bytes, skip
            ):
                if chunk is not None:
                    yield n, chunk

    def record_first() -> None:
        """The oldest shard in flight is on disk: into the manifest (in input order), then the
        progress; it leaves ``pending`` only then (one that failed stays, and stops the
        recording: the manifest never skips a shard)."""
        job = pending[0]
        digest = job.future.result()
        manifest["shards"].append(_shard_entry(job.name, job.input, job.chunk, job.batch, digest))
        mf.save(outdir, manifest)
        pending.popleft()
        progress.update(len(job.chunk.texts), job.chunk.nbytes, job.batch.n_spans)

    # Three stages overlap: the next chunk is read and parsed on one thread, the current one
    # segmented (the native pool, GIL released), the previous two written on two more threads
    # (Arrow's JSON reader and Parquet writer release the GIL too; zstd over the text is the
    # slowest stage once the segmenter has many threads). At most four chunks in memory;
    # shards are recorded strictly in order.
    pending: deque[_Written] = deque()
    with (
        ThreadPoolExecutor(1, "fluxem-read") as reader,
        ThreadPoolExecutor(_WRITERS, "fluxem-write") as writer,
    ):
        try:
            for n, chunk in _read_ahead(reader, todo()):
                if opts.strict and chunk.bad:
                    raise BadInputError(f"{chunk.bad[0]} (--strict stops at the first)")
                for bad in chunk.bad:
                    print(f"fluxem preprocess: skipped {bad}", file=log)
                batch = tok.segment_batch(chunk.texts, encode=materialise)
                name = f"part-{n:05d}-{chunk.index:06d}.parquet"
                table = shard_table(
                    chunk.ids, chunk.texts, batch, keep_text=opts.keep_text, materialise=materialise
                )
                future = writer.submit(write_atomically, table, outdir / name)
                pending.append(_Written(future, name, n, chunk, batch))
                if len(pending) > _WRITERS:
                    record_first()
            while pending:
                record_first()
        finally:
            # a run that stops (--strict, an error, Ctrl-C) still records the shards it wrote
            while pending and pending[0].future.exception() is None:
                record_first()
            progress.close()
    mf.save(outdir, manifest)
    return manifest


@dataclass(frozen=True)
class _Written:
    """A shard being written: its future (the file's sha256) and what the manifest needs."""

    future: Future[str]
    name: str
    input: int
    chunk: Chunk
    batch: Any


def _read_ahead(pool: ThreadPoolExecutor, items: Iterator[T]) -> Iterator[T]:
    """The items of ``items``, each next one produced on ``pool``'s thread while the caller
    works on the current one."""
    end = object()
    following = pool.submit(next, items, end)
    while (item := following.result()) is not end:
        following = pool.submit(next, items, end)
        yield item  # type: ignore[misc]


def _shard_entry(name: str, n: int, chunk: Any, batch: Any, digest: str) -> dict[str, Any]:
    from fluxem import DomainType

    counts = Counter(batch.domain.tolist())
    bad: Counter[str] = Counter(b.reason for b in chunk.bad)
    return {
        "file": name,
        "input": n,
        "chunk": chunk.index,
        "records": chunk.records,
        "documents": len(chunk.texts),
        "spans": int(batch.n_spans),
        "spans_by_domain": {DomainType(d).name: c for d, c in sorted(counts.items())},
        "bad_records": dict(sorted(bad.items())),
        "sha256": digest,
    }


def set_threads(threads: int | None) -> None:
    """``--threads``: the native pool reads ``FLUXEM_NUM_THREADS`` when first used."""
    if threads is not None:
        if threads < 1:
            raise ConfigError(f"--threads must be at least 1, got {threads}")
        os.environ["FLUXEM_NUM_THREADS"] = str(threads)


__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_CHANGED",
    "EXIT_OK",
    "EXIT_USAGE",
    "BadInputError",
    "BadRecord",
    "ChangedRunError",
    "PreprocessOptions",
    "preprocess",
    "set_threads",
]
