"""VECTOR encode cost per span: fluxem (text in, parse included) vs the predecessor.

    .venv/bin/python benches/encoders_vector.py

`cases()` and `predecessor_snippet()` are the hooks for benches/bench_encoders.py. The
predecessor's VectorEncoder takes Python lists, not text, so its timing starts from an
already-parsed list (ours includes parsing the text).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _encoder_timing import print_table, time_fluxem  # noqa: E402

DOMAIN = "VECTOR"


def cases() -> list[str]:
    sixteen = "[" + ", ".join(f"{i * 0.37 - 2:.2f}" for i in range(16)) + "]"
    return ["[1, 2, 3]", "[1.5, -2e3, 0]", "[ 4 ; 5 ]", "[0.1, 0.2, 0.3, 0.4, 0.5, 0.6]", sixteen]


def predecessor_snippet() -> str:
    """Python for the predecessor's venv: prints {case: microseconds per encode} as JSON."""
    return f"""
import json, timeit
from fluxem.domains.math import VectorEncoder
enc = VectorEncoder()
out = {{}}
for text in {cases()!r}:
    v = [float(x) for x in text.strip("[] ").replace(";", ",").split(",")]
    n = 2000
    best = min(timeit.repeat(lambda: enc.encode(v), number=n, repeat=5))
    out[text] = best / n * 1e6
print(json.dumps(out))
"""


def run_predecessor() -> dict[str, float]:
    python = subprocess.run(
        [str(HERE / "predecessor_venv.sh")], check=True, capture_output=True, text=True
    ).stdout.strip()
    res = subprocess.run(
        [python, "-c", predecessor_snippet()], check=True, capture_output=True, text=True
    )
    return json.loads(res.stdout)


if __name__ == "__main__":
    print_table(DOMAIN, time_fluxem(DOMAIN, cases()), run_predecessor())
