"""Measures the FORMULA error model (the numbers in docs/ERROR_MODEL.md, FORMULA).

    .venv/bin/python benches/formula_accuracy.py [N]      # N random compositions (default 20000)

Reports, over the molmass oracle set of tests/test_formula.py and N random compositions:
count/charge mismatches after encode -> float32 -> decode and after each closed-form
operation (expected 0), the worst relative error of the decoded molar mass against the exact
decimal sum of the table weights, the worst relative gap to molmass (all formulas, and those
whose elements have the same weight in both tables), and the float32 error of the mass dim.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import test_formula as tf

from fluxem import _native
from fluxem.domains.formula import ELEMENTS, Formula, MoleculeEncoder

ENC = MoleculeEncoder()
SYMBOLS = list(ELEMENTS)


def random_formula(rng: random.Random) -> Formula:
    k = rng.randint(0, 10)
    counts = {}
    for _ in range(k):
        s = rng.choice(SYMBOLS)
        top = tf.MAX_PACKED if s in tf.PACKED_SYMBOLS else 4095
        counts[s] = rng.choice([1, 2, 3, 10, 100, top])
    return Formula(counts, rng.randint(-8, 8))


def rel(a: float | Fraction, b: float | Fraction) -> float:
    return abs(float((Fraction(a) - Fraction(b)) / Fraction(b))) if b else 0.0


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 20_000
    rng = random.Random(1)
    mismatches = {"round trip": 0, "combine": 0, "raw f32 sum": 0, "scale": 0, "subtract": 0}
    worst_exact = worst_mass_dim = 0.0
    randoms = [random_formula(rng) for _ in range(n)]
    for f in randoms:
        emb = ENC.encode(f)
        d = ENC.decode(emb)
        mismatches["round trip"] += d != f
        exact = tf.exact_mass(f.counts)
        if exact:
            worst_exact = max(worst_exact, rel(d.molar_mass, exact))
            mass_dim = float(emb[_native.FORMULA_MASS_DIM]) * 1024
            worst_mass_dim = max(worst_mass_dim, rel(mass_dim, exact))
    for a, b in zip(randoms[::2], randoms[1::2], strict=False):
        total = Formula(dict(Counter(a.counts) + Counter(b.counts)), a.charge + b.charge)
        if any(total.counts.get(s, 0) > tf.MAX_PACKED for s in tf.PACKED_SYMBOLS):
            continue
        ea, eb = ENC.encode(a), ENC.encode(b)
        mismatches["combine"] += ENC.decode(ENC.combine(ea, eb)) != total
        mismatches["raw f32 sum"] += ENC.decode(ea + eb) != total
        mismatches["subtract"] += ENC.decode(ENC.subtract(ENC.encode(total), eb)) != a
        k = rng.randint(1, 3)
        scaled = Formula({s: c * k for s, c in a.counts.items()}, a.charge * k)
        if all(scaled.counts.get(s, 0) <= tf.MAX_PACKED for s in tf.PACKED_SYMBOLS):
            mismatches["scale"] += ENC.decode(ENC.scale(ea, k)) != scaled

    worst_mm = worst_mm_same = worst_mm_std = 0.0
    oracle = tf.oracle_cases()
    oracle_bad = 0
    for text, mm_text in oracle:
        comp, charge, mm_mass = tf.molmass_truth(mm_text)
        f = ENC.decode(ENC.encode(text))
        oracle_bad += (f.counts, f.charge) != (comp, charge)
        r = rel(f.molar_mass, mm_mass)
        worst_mm = max(worst_mm, r)
        if all(abs(ELEMENTS[s].weight / tf.MOLMASS_WEIGHT[s] - 1) < 1e-7 for s in comp):
            worst_mm_same = max(worst_mm_same, r)
        if all(ELEMENTS[s].weight_source != "mass_number" for s in comp):
            worst_mm_std = max(worst_mm_std, r)
        worst_exact = max(worst_exact, rel(f.molar_mass, tf.exact_mass(f.counts)))

    print(f"random compositions: {n}; oracle formulas: {len(oracle)}")
    for k, v in mismatches.items():
        print(f"  {k:<12} count/charge mismatches: {v}")
    print(f"  oracle composition/charge mismatches vs molmass: {oracle_bad}")
    print(f"  molar mass vs exact table sum, worst relative error: {worst_exact:.3e}")
    print(f"  mass dim (float32) vs exact table sum, worst relative error: {worst_mass_dim:.3e}")
    print(f"  molar mass vs molmass, same-weight elements only: {worst_mm_same:.3e}")
    print(f"  molar mass vs molmass, elements with a standard weight: {worst_mm_std:.3e}")
    print(f"  molar mass vs molmass, all oracle formulas, worst relative: {worst_mm:.3e}")
    assert np.isfinite(worst_mm)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
