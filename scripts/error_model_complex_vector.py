"""Measures the worst cases stated in docs/ERROR_MODEL.md for COMPLEX and VECTOR.

    .venv/bin/python scripts/error_model_complex_vector.py [--n 20000] [--seed 0]

Every operation runs on float32 embeddings (the default output) over n seeded random inputs;
exact results come from ``fractions.Fraction`` (parts, sums, products, quotients, integer
powers, dot products) and ``mpmath`` at 60 digits (modulus, phase, real powers).
Prints one line per measurement: the worst case, and the count of inexact results where the
claim is exactness.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from fractions import Fraction

import mpmath
import numpy as np

import fluxem

mpmath.mp.dps = 60
C = fluxem.ComplexEncoder()
V = fluxem.VectorEncoder()


def decimal(rng: random.Random, digits: int, lo: int, hi: int) -> tuple[str, Fraction]:
    m = rng.randrange(10 ** rng.randint(1, digits))
    e = rng.randint(lo, hi)
    neg = rng.random() < 0.5
    return f"{'-' if neg else ''}{m}e{e}", Fraction(-m if neg else m) * Fraction(10) ** e


def cplx(rng: random.Random, digits: int, lo: int, hi: int) -> tuple[str, Fraction, Fraction]:
    (rt, rv), (it, iv) = decimal(rng, digits, lo, hi), decimal(rng, digits, lo, hi)
    return f"{rt}{'' if it.startswith('-') else '+'}{it}j", rv, iv


def mpc(re: Fraction, im: Fraction) -> mpmath.mpc:
    return mpmath.mpc(
        mpmath.mpf(re.numerator) / re.denominator, mpmath.mpf(im.numerator) / im.denominator
    )


def rel(got: complex, want: mpmath.mpc) -> float:
    if want == 0:
        return float(abs(mpmath.mpc(got)))
    return float(abs(mpmath.mpc(got) - want) / abs(want))


def cmul(a, b):
    return a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]


def cdiv(a, b):
    d = b[0] ** 2 + b[1] ** 2
    return (a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d


def report(name: str, worst: float, where: str = "") -> None:
    print(f"{name:<58} {worst:.3e}  {where}")


def count(name: str, bad: int, n: int) -> None:
    print(f"{name:<58} {bad} of {n} inexact")


def worst_of(n: int, sample: Callable[[], tuple[float, str]]) -> tuple[float, str]:
    best = (0.0, "")
    for _ in range(n):
        err, where = sample()
        if err > best[0]:
            best = (err, where)
    return best


def complex_section(rng: random.Random, n: int) -> None:
    print("== COMPLEX (float32 embeddings)")
    bad = 0
    for _ in range(n):
        text, re, im = cplx(rng, 18, -300, 290)
        emb = C.encode(text)
        parts = C.decode_exact(emb)
        bad += parts.real != re or parts.imag != im or C.decode(emb) != complex(parts)
    count("round trip, parts of <= 18 digits, 1e-300..1e308", bad, n)

    def polar_sample() -> tuple[float, str]:
        text, re, im = cplx(rng, 18, -300, 290)
        if re == 0 and im == 0:
            return 0.0, text
        r, phi = C.polar(C.encode(text))
        z = mpc(re, im)
        err_r = float(abs(r - abs(z)) / abs(z))
        err_phi = float(abs(mpmath.mpf(phi) - mpmath.arg(z)))
        return max(err_r, err_phi), text

    report("polar part of fresh encodings (rel modulus, abs phase rad)", *worst_of(n, polar_sample))

    bad = 0
    for _ in range(n):
        ints = [rng.randrange(-(10**26) + 1, 10**26) for _ in range(4)]
        fr = [Fraction(i, 10**9) for i in ints]
        texts = [f"{i}e-9" for i in ints]
        x = C.encode(f"{texts[0]}{'' if texts[1][0] == '-' else '+'}{texts[1]}j")
        y = C.encode(f"{texts[2]}{'' if texts[3][0] == '-' else '+'}{texts[3]}j")
        s, d = C.decode(C.add(x, y)), C.decode(C.sub(x, y))
        bad += s != complex(float(fr[0] + fr[2]), float(fr[1] + fr[3]))
        bad += d != complex(float(fr[0] - fr[2]), float(fr[1] - fr[3]))
        bad += C.decode_linear(x + y) != s
    count("add / sub / plain sum, parts on the 1e-9 grid below 1e17", bad, 3 * n)

    for label, (digits, lo, hi) in {
        "15 digits, 1e-60..1e55": (15, -60, 40),
        "18 digits, 1e-150..1e150": (18, -150, 130),
    }.items():

        def mul_sample(digits=digits, lo=lo, hi=hi) -> tuple[float, str]:
            (ta, ar, ai), (tb, br, bi) = cplx(rng, digits, lo, hi), cplx(rng, digits, lo, hi)
            x, y = C.encode(ta), C.encode(tb)
            err = rel(C.decode(C.mul(x, y)), mpc(*cmul((ar, ai), (br, bi))))
            if br or bi:
                err = max(err, rel(C.decode(C.div(x, y)), mpc(*cdiv((ar, ai), (br, bi)))))
            return err, f"{ta} , {tb}"

        report(f"mul / div relative error, {label}", *worst_of(n, mul_sample))

    def ipow_sample() -> tuple[float, str]:
        text, re, im = cplx(rng, 15, -20, 10)
        p = rng.randint(-8, 8)
        if re == 0 and im == 0:
            return 0.0, text
        want = (Fraction(1), Fraction(0))
        base = (re, im) if p >= 0 else cdiv((Fraction(1), Fraction(0)), (re, im))
        for _ in range(abs(p)):
            want = cmul(want, base)
        return rel(C.decode(C.pow(C.encode(text), p)), mpc(*want)), f"{text} ** {p}"

    report("pow, integer p in [-8, 8], relative error", *worst_of(n, ipow_sample))

    def rpow_sample() -> tuple[float, str]:
        text, re, im = cplx(rng, 15, -20, 10)
        p = rng.uniform(-8, 8)
        if re == 0 and im == 0:
            return 0.0, text
        want = mpmath.power(mpc(re, im), mpmath.mpf(p))
        return rel(C.decode(C.pow(C.encode(text), p)), want), f"{text} ** {p!r}"

    report("pow, real p in [-8, 8] (principal branch), relative error", *worst_of(n, rpow_sample))

    step = C.encode("0.99500416527802577+0.099833416646828155j")
    exact_step = mpc(Fraction("0.99500416527802577"), Fraction("0.099833416646828155"))
    acc = step
    for _ in range(999):
        acc = C.mul(acc, step)
    chain_err = rel(C.decode(acc), exact_step**1000)
    report("1000 chained products by ~e^(0.1i), relative error", chain_err)

    bad = 0
    for _ in range(n):
        text, re, im = cplx(rng, 18, -300, 290)
        x = C.encode(text)
        bad += C.decode_exact(C.conj(x)) != fluxem.domains.complex.ComplexParts(re, -im)
        bad += C.decode_exact(C.neg(x)) != fluxem.domains.complex.ComplexParts(-re, -im)
    count("conj / neg (exact parts)", bad, 2 * n)


def vector_section(rng: random.Random, n: int) -> None:
    print("== VECTOR (float32 embeddings)")

    def vec(k: int, digits: int = 18, lo: int = -300, hi: int = 290):
        comps = [decimal(rng, digits, lo, hi) for _ in range(k)]
        return "[" + ", ".join(t for t, _ in comps) + "]", [v for _, v in comps]

    bad = 0
    for _ in range(n):
        text, vals = vec(rng.randint(1, 16))
        emb = V.encode(text)
        bad += list(V.decode_exact(emb)) != vals
        bad += V.decode(emb).tolist() != [float(v) for v in vals]
    count("round trip, components of <= 18 digits, 1e-300..1e308", bad, 2 * n)

    for label, (digits, lo, hi) in {
        "6 digits, 1e-6..1e12 (sums fit 18 digits)": (6, -6, 6),
        "18 digits, 1e-100..1e118": (18, -100, 100),
    }.items():
        bad = rounded = 0
        worst_rounded = Fraction(0)
        for _ in range(n):
            k = rng.randint(1, 16)
            (ta, a), (tb, b) = vec(k, digits, lo, hi), vec(k, digits, lo, hi)
            x, y = V.encode(ta), V.encode(tb)
            s = rng.randint(-(10**6), 10**6)
            for emb, want in (
                (V.add(x, y), [u + v for u, v in zip(a, b, strict=True)]),
                (V.sub(x, y), [u - v for u, v in zip(a, b, strict=True)]),
                (V.neg(x), [-u for u in a]),
                (V.scale(x, s), [s * u for u in a]),
            ):
                got = list(V.decode_exact(emb))
                if V.is_rounded(emb):
                    rounded += 1
                    for g, w in zip(got, want, strict=True):
                        if w:
                            worst_rounded = max(worst_rounded, abs(g - w) / abs(w))
                else:
                    bad += got != want
            bad += V.dot_exact(x, y) != sum((u * v for u, v in zip(a, b, strict=True)), Fraction(0))
        count(f"add/sub/neg/scale(int)/dot_exact, {label}", bad, 5 * n - rounded)
        note = f"   {rounded} of {4 * n} results rounded to 18 digits; worst rel error"
        report(note, float(worst_rounded))

    bad = 0
    for _ in range(n):
        k = rng.randint(1, 16)
        (ta, a), (tb, b) = vec(k, 9, -6, 6), vec(k, 9, -6, 6)
        x, y = V.encode(ta), V.encode(tb)
        want = sum((u * v for u, v in zip(a, b, strict=True)), Fraction(0))
        bad += V.dot(x, y) != float(want)
    count("dot (float, correctly rounded from the exact dot)", bad, n)

    def norm_sample() -> tuple[float, str]:
        text, vals = vec(rng.randint(1, 16), lo=-150, hi=130)
        sq = sum((v * v for v in vals), Fraction(0))
        got = V.norm(V.encode(text))
        if sq == 0:
            return float(got != 0), text
        g = Fraction(got)  # (got^2 - sq) / (2 got ulp): the error in ulps, to first order
        return float(abs(g * g - sq) / (2 * g * Fraction(np.spacing(got)))), text

    report("norm, error in ulp (exact sum of squares)", *worst_of(n, norm_sample))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    complex_section(rng, args.n)
    vector_section(rng, args.n)


if __name__ == "__main__":
    main()
