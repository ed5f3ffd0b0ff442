"""Measures the number codec's bounds stated in docs/ERROR_MODEL.md (worst case over samples).

    .venv/bin/python benches/measure_codec_bounds.py [--samples 200000] [--seed 0]

Every check runs on float32 embeddings (the default output) unless it says float64.
"""

from __future__ import annotations

import argparse
import random
from fractions import Fraction

import numpy as np

from fluxem import ArithmeticEncoder
from fluxem.layout import ARITHMETIC_LINEAR, ARITHMETIC_LOG

ENC = ArithmeticEncoder()


def batch(texts: list[str], dtype=np.float32) -> np.ndarray:
    embs, status = ENC.encode_batch(texts, dtype=dtype)
    assert (status == 0).all()
    return embs


def integer_round_trip(rng: random.Random, n: int) -> str:
    xs = [rng.randint(-(10**15), 10**15) for _ in range(n)] + [0, 10**15, -(10**15)]
    embs = batch([str(x) for x in xs])
    bad = sum(ENC.decode(e) != x for e, x in zip(embs, xs, strict=True))
    return f"integers |x| <= 1e15: {bad} of {len(xs)} not exact"


def float_round_trip(rng: random.Random, n: int) -> str:
    xs = []
    for _ in range(n):
        d = rng.randint(1, 15)
        m = rng.randint(10 ** (d - 1), 10**d - 1)
        x = float(f"{rng.choice('+-')}{m}e{rng.randint(-300 - d + 1, 300 - d + 1)}")
        if 1e-300 <= abs(x) <= 1e300:
            xs.append(x)
    embs = batch([repr(x) for x in xs])
    bad = sum(repr(float(ENC.decode(e))) != repr(x) for e, x in zip(embs, xs, strict=True))
    return f"floats of <= 15 digits in [1e-300, 1e300]: {bad} of {len(xs)} not printed back"


def linear_sums(rng: random.Random, n: int, bound: int) -> str:
    pairs = [(rng.randint(-bound, bound), rng.randint(-bound, bound)) for _ in range(n)]
    ea = batch([str(a) for a, _ in pairs])
    eb = batch([str(b) for _, b in pairs])
    s = ea.copy()
    s[:, ARITHMETIC_LINEAR] = ea[:, ARITHMETIC_LINEAR] + eb[:, ARITHMETIC_LINEAR]
    bad = sum(ENC.decode_linear(v) != a + b for v, (a, b) in zip(s, pairs, strict=True))
    return f"linear sums, |a|, |b| <= {bound:.0e}: {bad} of {n} not exact"


def log_products(rng: random.Random, n: int, dtype) -> str:
    def draw() -> float:
        return rng.choice([1.0, -1.0]) * 10 ** rng.uniform(-30, 30)

    pairs = [(draw(), draw()) for _ in range(n)]
    ea = batch([repr(a) for a, _ in pairs], dtype)
    eb = batch([repr(b) for _, b in pairs], dtype)
    s = ea.copy()
    s[:, ARITHMETIC_LOG] = ea[:, ARITHMETIC_LOG] + eb[:, ARITHMETIC_LOG]
    worst = 0.0
    for v, (a, b) in zip(s, pairs, strict=True):
        exact = Fraction(a) * Fraction(b)
        rel = abs((Fraction(ENC.decode_log(v)) - exact) / exact)
        worst = max(worst, float(rel))
    name = np.dtype(dtype).name
    return f"log products, |a|, |b| in [1e-30, 1e30], {name}: worst relative error {worst:.2e}"


def powers(rng: random.Random, n: int) -> str:
    worst = 0.0
    for _ in range(n // 20):
        x = 10 ** rng.uniform(-10, 10)
        p = rng.randint(-10, 10)
        got = ENC.decode(ENC.pow(ENC.encode(x), p))
        exact = Fraction(x) ** p
        worst = max(worst, float(abs((Fraction(got) - exact) / exact)))
    return f"closed-form pow, x in [1e-10, 1e10], integer p in [-10, 10]: worst rel {worst:.2e}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.samples
    print(integer_round_trip(rng, n))
    print(float_round_trip(rng, n))
    print(linear_sums(rng, n, 10**12))
    print(linear_sums(rng, n, 10**17))
    print(linear_sums(rng, n, 10**26))
    print(log_products(rng, n, np.float32))
    print(log_products(rng, n, np.float64))
    print(powers(rng, n))


if __name__ == "__main__":
    main()
