"""QUANTITY encode cost per span: fluxem against the predecessor (fluxem 1.0.1, pure Python).

    .venv/bin/python benches/encoders_quantity.py [--repeat N]

Times, per span: our single `encode` call, our `encode_batch` (one thread and the pool), and the
predecessor's equivalent (`parse_unit` + `DimensionalQuantity.encode(value * factor, dims)`,
which it never wires up itself) plus what its pipeline actually ran (`UnitEncoder.encode(unit)`,
which drops the number). The predecessor runs in its own venv (benches/predecessor_venv.sh).
Numbers depend on the build: use a release build of fluxem for reportable figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import timeit
from pathlib import Path

CASES = [
    "9.8 m/s^2",
    "373.15 K",
    "2 mol",
    "100 kPa",
    "6.022e23 mol^-1",
    "12 V",
    "1.2e-3 kg*m^2/s^2",
    "5 km/h",
]


def cases() -> list[str]:
    """Representative spans, all parseable by the predecessor too."""
    return list(CASES)


def predecessor_snippet() -> str:
    """Python for the predecessor's venv: prints {case: [equivalent_us, unit_only_us]}."""
    return f"""
import json, sys, timeit
from fluxem.domains.physics import DimensionalQuantity, UnitEncoder
from fluxem.domains.physics.units import parse_unit
dq, ue = DimensionalQuantity(), UnitEncoder()
def equivalent(text):
    number, unit = text.split(" ", 1)
    p = parse_unit(unit)
    return dq.encode(float(number) * p.total_factor, p.dimensions)
repeat = int(sys.argv[1])
out = {{}}
for text in {CASES!r}:
    unit = text.split(" ", 1)[1]
    try:
        eq = min(timeit.repeat(lambda: equivalent(text), number=repeat, repeat=5)) / repeat
        uo = min(timeit.repeat(lambda: ue.encode(unit), number=repeat, repeat=5)) / repeat
        out[text] = [eq * 1e6, uo * 1e6]
    except Exception as e:
        out[text] = [None, None, repr(e)]
print(json.dumps(out))
"""


def predecessor_times(repeat: int) -> dict[str, list[float | None]]:
    script = Path(__file__).with_name("predecessor_venv.sh")
    python = subprocess.run([str(script)], check=True, capture_output=True, text=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # its own `fluxem`
    result = subprocess.run(
        [python.stdout.strip(), "-c", predecessor_snippet(), str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(result.stdout)


def ours(repeat: int) -> dict[str, tuple[float, float, float]]:
    from fluxem import DimensionalQuantity

    enc = DimensionalQuantity()
    out = {}
    for text in CASES:
        single = min(timeit.repeat(lambda t=text: enc.encode(t), number=repeat, repeat=5))
        batch = [text] * 10_000
        serial = min(timeit.repeat(lambda b=batch: enc.encode_batch(b, parallel=False),
                                   number=1, repeat=5))
        pooled = min(timeit.repeat(lambda b=batch: enc.encode_batch(b), number=1, repeat=5))
        out[text] = (single / repeat * 1e6, serial / len(batch) * 1e6,
                     pooled / len(batch) * 1e6)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args(argv)
    mine = ours(args.repeat)
    theirs = predecessor_times(args.repeat // 4)
    print("| span | fluxem encode (µs) | batch, 1 thread (µs/span) | batch, pool (µs/span) "
          "| predecessor equivalent (µs) | predecessor unit only (µs) | speed-up (batch 1T) |")
    print("|---|---|---|---|---|---|---|")
    for text in CASES:
        single, serial, pooled = mine[text]
        eq, uo = theirs[text][:2]
        ratio = f"{eq / serial:.0f}x" if eq else "n/a"
        fmt = lambda v: f"{v:.2f}" if v is not None else "fails"  # noqa: E731
        print(f"| `{text}` | {single:.2f} | {serial:.2f} | {pooled:.2f} | {fmt(eq)} "
              f"| {fmt(uo)} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
