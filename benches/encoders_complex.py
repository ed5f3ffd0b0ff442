"""COMPLEX encode cost per span: fluxem (text in, parse included) vs the predecessor.

    .venv/bin/python benches/encoders_complex.py

`cases()` and `predecessor_snippet()` are the hooks for benches/bench_encoders.py. The
predecessor's ComplexEncoder takes Python values, not text, so its timing starts from an
already-parsed ``complex`` (ours includes parsing the text).
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

DOMAIN = "COMPLEX"


def cases() -> list[str]:
    return ["3+4j", "-2-5i", "2.5e3-1.2j", "4i", "(0.125-123456.789j)"]


def predecessor_snippet() -> str:
    """Python for the predecessor's venv: prints {case: microseconds per encode} as JSON."""
    return f"""
import json, timeit
from fluxem.domains.math import ComplexEncoder
enc = ComplexEncoder()
out = {{}}
for text in {cases()!r}:
    z = complex(text.strip("()").replace("i", "j"))
    n = 2000
    best = min(timeit.repeat(lambda: enc.encode(z), number=n, repeat=5))
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
