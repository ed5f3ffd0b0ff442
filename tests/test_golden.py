"""Golden vectors: every pinned input still embeds to the same float32 bytes.

A failure here means the layout changed. If that is intended, bump LAYOUT_VERSION and re-pin
with scripts/regen_golden.py (see its docstring); never edit the JSON by hand.
"""

import json
from pathlib import Path

import numpy as np
import pytest

import fluxem
from fluxem import _native

FILES = sorted((Path(__file__).parent / "golden").glob("*.json"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_vectors(path: Path) -> None:
    doc = json.loads(path.read_text())
    assert doc["layout_version"] == fluxem.LAYOUT_VERSION, "re-pin after a layout version bump"
    enc = _native.Encoder(doc["domain"])
    assert doc["vectors"], "a golden file must pin at least one vector"
    texts = [v["text"] for v in doc["vectors"]]
    batch, status = enc.encode_batch(texts)
    assert (status == 0).all()
    for row, v in zip(batch, doc["vectors"], strict=True):
        expected = np.frombuffer(bytes.fromhex(v["float32_hex"]), dtype=np.float32)
        single = enc.encode(v["text"])
        assert single.tobytes() == expected.tobytes(), v["text"]
        assert row.tobytes() == expected.tobytes(), v["text"]
