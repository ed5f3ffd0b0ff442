"""FORMULA encode cost per span, fluxem vs the predecessor (fluxem 1.0.1 MoleculeEncoder).

Hooks for benches/bench_encoders.py: ``cases()`` gives representative spans and
``predecessor_snippet()`` the predecessor code that times the same spans. Run standalone to
print both, in microseconds per span:

    .venv/bin/python benches/encoders_formula.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import timeit
from pathlib import Path


def cases() -> list[str]:
    """Representative spans: small molecule, sugar, hydrate, complex ion, large biomolecule."""
    return ["H2O", "C6H12O6", "CuSO4·5H2O", "[Fe(CN)6]4-", "C55H72MgN4O5"]


def predecessor_snippet() -> str:
    """Python (run by the predecessor's interpreter) printing {span: microseconds per encode}.

    The predecessor drops '·', charges and brackets silently, so it does less work on some
    spans than fluxem does; the times are still its cost per span.
    """
    return (
        "import json, timeit\n"
        "from fluxem.domains.chemistry import MoleculeEncoder\n"
        "enc = MoleculeEncoder()\n"
        f"cases = {cases()!r}\n"
        "out = {}\n"
        "for c in cases:\n"
        "    n = 2000\n"
        "    t = min(timeit.repeat(lambda: enc.encode(c), number=n, repeat=5))\n"
        "    out[c] = t / n * 1e6\n"
        "print(json.dumps(out))\n"
    )


def fluxem_times() -> dict[str, dict[str, float]]:
    from fluxem import MoleculeEncoder

    enc = MoleculeEncoder()
    out: dict[str, dict[str, float]] = {}
    for c in cases():
        n = 20_000
        single = min(timeit.repeat(lambda c=c: enc.encode(c), number=n, repeat=5)) / n
        batch = [c] * 10_000
        t = min(timeit.repeat(lambda b=batch: enc.encode_batch(b), number=5, repeat=3)) / 5
        out[c] = {"single_us": single * 1e6, "batch_us_per_item": t / len(batch) * 1e6}
    return out


def main() -> int:
    here = Path(__file__).resolve().parent
    ours = fluxem_times()
    python = subprocess.run(
        [str(here / "predecessor_venv.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    theirs = json.loads(
        subprocess.run(
            [python, "-c", predecessor_snippet()], capture_output=True, text=True, check=True
        ).stdout
    )
    print(f"{'span':<16}{'fluxem single':>15}{'fluxem batch':>14}{'predecessor':>13}")
    for c in cases():
        o = ours[c]
        print(
            f"{c:<16}{o['single_us']:>13.2f}us{o['batch_us_per_item']:>12.3f}us{theirs[c]:>11.2f}us"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
