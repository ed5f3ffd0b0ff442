"""Measures the QUANTITY error model (docs/ERROR_MODEL.md, section QUANTITY).

    .venv/bin/python scripts/quantity_error_model.py [--n 20000] [--seed 0]

Random decimals (1 to 15 significant digits, exponents -20..20) in random units from a list of
~90 units; every error is measured against exact rationals (fractions.Fraction), with the
embeddings in float32 (the default output) unless the row says float64.
"""

from __future__ import annotations

import argparse
import random
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np

from fluxem import DecodeError, DimensionalQuantity, EncodeError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from quantity_units import UNITS

ENC = DimensionalQuantity()


def rel(a: float, b: Fraction | float) -> float:
    b = float(b)
    return abs(a - b) / abs(b) if b else abs(a)


def number(rng: random.Random) -> str:
    digits = rng.randint(1, 15)
    m = rng.randint(10 ** (digits - 1), 10**digits - 1)
    return f"{'-' if rng.random() < 0.3 else ''}{m}e{rng.randint(-20, 20)}"


def value(text: str) -> Fraction:
    q = ENC.parse(text)
    return q.exact if q.exact is not None else Fraction(q.value)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    rows: list[tuple[str, str]] = []

    # 1-2. round trips
    exact = rounded = 0
    worst_si = worst_unit = worst_affine = 0.0
    zero_of = {"°C": Fraction("273.15"), "°F": Fraction("459.67")}  # 0 K in the unit
    for _ in range(args.n):
        num, unit = number(rng), rng.choice(UNITS)
        text = f"{num} {unit}"
        q = ENC.parse(text)
        emb = ENC.encode(text)
        back = ENC.decode(emb)
        if back.exact is not None:
            exact += back.exact == q.exact
        else:
            rounded += 1
            worst_si = max(worst_si, rel(back.value, q.exact if q.exact is not None else q.value))
        got = ENC.decode(emb, unit).value
        if unit in zero_of:  # error relative to the absolute temperature that is stored
            absolute = abs(Fraction(num) + zero_of[unit])
            worst_affine = max(worst_affine, float(abs(Fraction(got) - Fraction(num)) / absolute))
        else:
            worst_unit = max(worst_unit, rel(got, Fraction(num)))
    rows.append(
        (
            "round trip, SI value",
            f"{exact} exact, {rounded} flagged rounded; worst "
            f"relative error of the rounded ones {worst_si:.2e}",
        )
    )
    rows.append(
        ("round trip, in the written unit (value)", f"worst relative error {worst_unit:.2e}")
    )
    rows.append(
        (
            "round trip, in °C / °F",
            f"worst error relative to the absolute temperature {worst_affine:.2e}",
        )
    )

    # 3. mul / div
    for dtype in (np.float32, np.float64):
        for op in ("mul", "div"):
            worst = 0.0
            for _ in range(args.n // 4):
                a, b = f"{number(rng)} {rng.choice(UNITS)}", f"{number(rng)} {rng.choice(UNITS)}"
                va, vb = value(a), value(b)
                if op == "div" and vb == 0:
                    continue
                want = va * vb if op == "mul" else va / vb
                if want and not 1e-300 < abs(want) < 1e300:
                    continue
                ea, eb = ENC.encode(a, dtype=dtype), ENC.encode(b, dtype=dtype)
                got = ENC.decode(getattr(ENC, op)(ea, eb)).value
                worst = max(worst, rel(got, want))
            rows.append((f"{op} ({np.dtype(dtype).name})", f"worst relative error {worst:.2e}"))

    # 4. pow
    for dtype in (np.float32, np.float64):
        worst_by_p: dict[float, float] = {}
        for _ in range(args.n // 4):
            p = rng.choice([-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3])
            text = f"{number(rng).lstrip('-')} {rng.choice(UNITS)}"
            v = value(text)
            want = float(v) ** p if v else None
            if want is None or not 1e-300 < want < 1e300:
                continue
            try:
                out = ENC.pow(ENC.encode(text, dtype=dtype), p)
            except EncodeError:  # a quarter exponent
                continue
            worst_by_p[abs(p)] = max(worst_by_p.get(abs(p), 0.0), rel(ENC.decode(out).value, want))
        detail = ", ".join(f"|p|={p:g}: {e:.2e}" for p, e in sorted(worst_by_p.items()))
        rows.append((f"pow ({np.dtype(dtype).name})", f"worst relative error {detail}"))

    # 5. add / sub
    on_grid_exact = on_grid = flagged = off_grid = 0
    grid_units = [
        "m",
        "km",
        "mm",
        "µm",
        "nm",
        "g",
        "kg",
        "s",
        "h",
        "°C",
        "K",
        "kWh",
        "in",
        "lb",
        "kPa",
        "L",
        "eV",
        "Da",
        "oz",
        "mol",
    ]
    for _ in range(args.n // 4):
        unit = rng.choice(grid_units)
        a, b = (
            f"{rng.randint(-(10**12), 10**12)} {unit}",
            f"{rng.randint(-(10**12), 10**12)} {unit}",
        )
        qa, qb = ENC.parse(a), ENC.parse(b)
        op = rng.choice(["add", "sub"])
        want = qa.exact + qb.exact if op == "add" else qa.exact - qb.exact
        out = getattr(ENC, op)(ENC.encode(a), ENC.encode(b))
        grid = all((x * 10**9).denominator == 1 and abs(x) < 10**18 for x in (qa.exact, qb.exact))
        if grid:
            on_grid += 1
            on_grid_exact += ENC.decode(out).exact == want
        else:
            off_grid += 1
            try:
                ENC.decode(out)
            except DecodeError:
                flagged += 1
    rows.append(("add/sub, operands on the 10^-9 SI grid", f"{on_grid_exact}/{on_grid} exact"))
    rows.append(
        (
            "add/sub, an operand off the grid",
            f"{flagged}/{off_grid} flagged (DecodeError without allow_inexact)",
        )
    )

    print(f"n = {args.n}, seed = {args.seed}")
    print("| measurement | result |\n|---|---|")
    for name, result in rows:
        print(f"| {name} | {result} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
