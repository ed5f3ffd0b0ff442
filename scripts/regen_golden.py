"""Writes tests/golden/<domain>.json: the exact float32 bytes of each listed input's embedding.

Golden vectors pin the layout. Regenerating them is a deliberate, versioned event: change
`LAYOUT_VERSION` in rust/fluxem-core/src/layout.rs first, then run

    .venv/bin/python scripts/regen_golden.py ARITHMETIC            # re-pin the existing inputs
    .venv/bin/python scripts/regen_golden.py PITCH A4 "C#5" Bb3     # (re)create with inputs
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fluxem import _native

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    domain, texts = argv[0].upper(), argv[1:]
    path = GOLDEN / f"{domain.lower()}.json"
    if not texts:
        texts = [v["text"] for v in json.loads(path.read_text())["vectors"]]
    enc = _native.Encoder(domain)
    vectors = [{"text": t, "float32_hex": enc.encode(t).tobytes().hex()} for t in texts]
    doc = {"layout_version": _native.LAYOUT_VERSION, "domain": domain, "vectors": vectors}
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(vectors)} vectors to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
