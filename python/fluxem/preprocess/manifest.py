"""``manifest.json``: the inputs, the options, and every completed shard with its counts.

A shard is listed only after its file is complete, and the manifest itself is replaced
atomically, so after a crash at any moment the manifest names exactly the shards that are
whole. It holds no timestamps: an interrupted and resumed run writes the same bytes as an
uninterrupted one. Totals are sums over the listed shards.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

NAME = "manifest.json"


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def load(outdir: Path) -> dict[str, Any] | None:
    path = outdir / NAME
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def save(outdir: Path, manifest: dict[str, Any]) -> None:
    """Recomputes the totals and replaces ``manifest.json`` atomically."""
    totals: dict[str, Any] = {"documents": 0, "records": 0, "spans": 0}
    by_domain: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for shard in manifest["shards"]:
        totals["documents"] += shard["documents"]
        totals["records"] += shard["records"]
        totals["spans"] += shard["spans"]
        by_domain.update(shard["spans_by_domain"])
        bad.update(shard["bad_records"])
    totals["spans_by_domain"] = dict(sorted(by_domain.items()))
    totals["bad_records"] = dict(sorted(bad.items()))
    manifest["totals"] = totals
    manifest["shards"].sort(key=lambda s: (s["input"], s["chunk"]))
    tmp = outdir / (NAME + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, outdir / NAME)
