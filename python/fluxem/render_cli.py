"""``fluxem render``: read documents, segment them in one batch call, write an HTML page."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from fluxem.errors import ConfigError


def read_documents(source: str, text_field: str, limit: int) -> list[str]:
    """Paragraphs of a text file or rows of a JSONL file (``-``: stdin), at most ``limit``."""
    if limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {limit}")
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    docs: Iterator[str]
    if source.endswith(".jsonl"):
        docs = (_jsonl_text(line, text_field, n) for n, line in enumerate(raw.splitlines(), 1))
        docs = (d for d in docs if d)
    else:
        docs = (p.strip() for p in raw.split("\n\n") if p.strip())
    out: list[str] = []
    for doc in docs:
        if len(out) == limit:
            break
        out.append(doc)
    return out


def _jsonl_text(line: str, field: str, lineno: int) -> str:
    if not line.strip():
        return ""
    row = json.loads(line)
    text = row.get(field) if isinstance(row, dict) else None
    if not isinstance(text, str):
        raise ConfigError(f"line {lineno}: no string field {field!r}")
    return text


def run_render(source: str, output: Path, text_field: str, limit: int) -> int:
    from fluxem.integration import MultiDomainTokenizer
    from fluxem.render import page_html

    try:
        docs = read_documents(source, text_field, limit)
    except (OSError, ValueError) as err:  # ConfigError and json errors are ValueErrors
        print(f"fluxem render: {err}", file=sys.stderr)
        return 2
    tokens = MultiDomainTokenizer().tokenize_batch(docs)
    title = f"fluxem spans: {Path(source).name if source != '-' else 'stdin'}"
    output.write_text(page_html(list(zip(docs, tokens, strict=True)), title=title), "utf-8")
    n_spans = sum(1 for toks in tokens for t in toks if t.domain != 0)
    print(f"wrote {output}: {len(docs)} documents, {n_spans} spans")
    return 0
