"""Writes the fuzz seed corpus (fuzz/corpus/seeds/<target>/): the README's examples, the rows of
issue 11 and the worst shapes of tests/test_time_budget.py, plus encodings for `decode`.
Re-run after adding seeds: `.venv/bin/python fuzz/make_seeds.py`."""

from __future__ import annotations

import hashlib
import struct
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent / "corpus" / "seeds"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

TEXTS = [
    "Water (H2O) boils at 373.15 K. Compute 1234 + 5678 and v = [1, 2, 3].",
    "The soprano sang a C#5, z = 3 + 4i, primer ATGCGTACGTTAGC, 2 mol NaCl;",
    "see pp. 113-127 [3, 4], version 3.11.2, A4 paper, vitamin B12, COVID-19.",
    "9.81 m/s^2",
    "25 °C",
    "4.7 kΩ",
    "CuSO4·5H2O",
    "[Fe(CN)6]4-",
    "SO4^2-",
    "3+4j",
    "[1, 2, 3]",
    "ATGCGTAC",
    "A4",
    "Bb3",
    "C#4",
    "2 ** -1",
    "-2^2",
    "(1 + 2) * (3 - 4) / 6",
    "7 × 6 ÷ 3 − 1",
    "1.5e3 - 0.25",
    "6.02214076 × 10^23 mol^-1",
    "1e-3 kg·m²/s²",
    "1e99999 + 1e-99999",
    "1e-99999 km/h",
    "speed 1e-99995 km/h, " * 4,
    "[" + ", ".join(["1e-99999"] * 20) + "]",
    "*".join(["1e99999"] * 8),
    "1" + "+1" * 200,
]


def main() -> None:
    import test_time_budget as tb

    texts = TEXTS + [u.strip() for u in tb.HOSTILE]
    for target in ("segment", "domain", "decode"):
        (ROOT / target).mkdir(parents=True, exist_ok=True)

    def put(target: str, data: bytes) -> None:
        name = hashlib.sha1(data).hexdigest()[:16]
        (ROOT / target / name).write_bytes(data)

    for t in texts:
        raw = t.encode()
        put("segment", raw)
        for d in range(7):
            put("domain", bytes([d]) + raw)
    import fluxem

    samples = {
        1: "1234 + 5678",
        2: "9.81 m/s^2",
        3: "CuSO4·5H2O",
        4: "3+4j",
        5: "[1, 2, 3]",
        6: "ATGCGTAC",
        7: "C#4",
    }
    encoders = [
        fluxem.ArithmeticEncoder(),
        fluxem.DimensionalQuantity(),
        fluxem.MoleculeEncoder(),
        fluxem.ComplexEncoder(),
        fluxem.VectorEncoder(),
        fluxem.DNAEncoder(),
        fluxem.PitchEncoder(),
    ]
    for (d, text), enc in zip(samples.items(), encoders, strict=True):
        emb = enc.encode(text, dtype=np.float64)
        body = b"".join(struct.pack("<d", x) for x in emb[16:])
        head = b"".join(struct.pack("<d", x) for x in emb[:16])
        put("decode", bytes([d]) + head + body)  # the exact embedding, tag bytes included
        put("decode", bytes([0]) + head + body)


if __name__ == "__main__":
    main()
