"""The rows of issue 11 (hostile input), each run in a fresh process with a time limit: prints
the CPU seconds and the outcome (result summary or exception class). Used for the before/after
numbers in docs/RELIABILITY.md:

    .venv/bin/python benches/hostile_rows.py [--timeout 60]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

ROWS: dict[str, str] = {
    "tokenize 1e99999 + 1e-99999": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "r = T().tokenize('1e99999 + 1e-99999')"
    ),
    "quantity encode 1e-99999 km/h": (
        "from fluxem import DimensionalQuantity as Q\nr = Q().encode('1e-99999 km/h')"
    ),
    "segment_batch speed 1e-99995 km/h": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "r = T().segment_batch(['speed 1e-99995 km/h, '])"
    ),
    "four phrases (84 chars)": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "doc = 'speed 1e-99995 km/h, ' * 4\n"
        "r = T().segment_batch([doc], encode=True)"
    ),
    "vector of 1000 x 1e-99999": (
        "from fluxem import VectorEncoder as V\n"
        "r = V().parse('[' + ', '.join(['1e-99999'] * 1000) + ']')"
    ),
    "product of 128 x 1e99999": (
        "from fluxem import ArithmeticEncoder as A\nr = A().parse('*'.join(['1e99999'] * 128))"
    ),
    "sum 1+1+... 1 MB": (
        "from fluxem import ArithmeticEncoder as A\nr = A().encode('1' + '+1' * 500_000)"
    ),
    "encode_batch with a lone surrogate": (
        "from fluxem import ArithmeticEncoder as A\nr = A().encode_batch(['1 + 2', '\\ud800'])[1]"
    ),
    "segment_batch with a lone surrogate": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "r = T().segment_batch(['1 + 2', '\\ud800']).doc_status"
    ),
    "tokenize_batch with a lone surrogate": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "r = [len(t) for t in T().tokenize_batch(['1 + 2', '\\ud800'])]"
    ),
    "collator with a lone surrogate": (
        "from fluxem.integration import HybridCollator as C\n"
        "r = C()(['1 + 2', '\\ud800']).input_ids.shape"
    ),
    "decode_linear of random tagged vectors": (
        "import numpy as np\nfrom fluxem import ArithmeticEncoder as A, layout\n"
        "a = A(); rng = np.random.default_rng(0); ok = 0\n"
        "for _ in range(500):\n"
        "    v = rng.normal(size=128); v[:16] = layout.tag_vector(a.domain)[:16]\n"
        "    try: a.decode_linear(v); ok += 1\n"
        "    except ValueError: pass\n"
        "r = f'{ok}/500 decoded'"
    ),
    "decode_log of random tagged vectors": (
        "import numpy as np\nfrom fluxem import ArithmeticEncoder as A, layout\n"
        "a = A(); rng = np.random.default_rng(0); ok = 0\n"
        "for _ in range(500):\n"
        "    v = rng.normal(size=128); v[:16] = layout.tag_vector(a.domain)[:16]\n"
        "    try: a.decode_log(v); ok += 1\n"
        "    except ValueError: pass\n"
        "r = f'{ok}/500 decoded'"
    ),
    "pow(enc('6912'), 1e308)": (
        "import numpy as np\nfrom fluxem import ArithmeticEncoder as A\n"
        "a = A(); e = a.pow(a.encode('6912'), 1e308); r = bool(np.isfinite(e).all())"
    ),
    "quantity pow near f32 max": (
        "import numpy as np\nfrom fluxem import DimensionalQuantity as Q\n"
        "q = Q(); e = q.encode('1 m'); e[28] = np.float32(3e38)\n"
        "e = q.pow(e, 2); r = bool(np.isfinite(e).all())"
    ),
    "pow(e, 10**400)": (
        "from fluxem import ArithmeticEncoder as A\na = A(); r = a.pow(a.encode('2'), 10**400)"
    ),
    "transpose(e, 2**63)": (
        "from fluxem import PitchEncoder as P\np = P(); r = p.transpose(p.encode('C4'), 2**63)"
    ),
    "name_of(2**70)": "from fluxem import PitchEncoder as P\nr = P().name_of(2**70)",
    "tag_vector(-1)": "from fluxem import layout\nr = layout.tag_vector(-1)",
    "formula scale by -1": (
        "from fluxem import MoleculeEncoder as M\nm = M(); r = m.scale(m.encode('H2O'), -1)"
    ),
    "name_of(-1)": "from fluxem import PitchEncoder as P\nr = P().name_of(-1)",
    "name_of(10**6)": "from fluxem import PitchEncoder as P\nr = P().name_of(10**6)",
    "complex-dtype embedding": (
        "import numpy as np\nfrom fluxem import ArithmeticEncoder as A\n"
        "a = A(); r = a.decode(a.encode('5').astype(np.complex128))"
    ),
    "registry detector that raises": (
        "import numpy as np\n"
        "from fluxem.integration import DomainEncoderRegistry as R, HybridCollator as C\n"
        "reg = R()\n"
        "def bad(text):\n    raise RuntimeError('detector bug')\n"
        "reg.register_domain('X', lambda t: np.zeros(128), pattern=bad)\n"
        "r = C(registry=reg)(['1 + 2']).fallbacks"
    ),
    "HybridCollator()('1 + 2')": (
        "from fluxem.integration import HybridCollator as C\nr = C()('1 + 2').input_ids.shape"
    ),
    "FLUXEM_NUM_THREADS=100000": (
        "import os\nos.environ['FLUXEM_NUM_THREADS'] = '100000'\n"
        "from fluxem import ArithmeticEncoder as A\nr = A().encode_batch(['1'] * 1000)[1].sum()"
    ),
    "MultiDomainTokenizer()._seg = None": (
        "from fluxem.integration import MultiDomainTokenizer as T\n"
        "t = T(); t._seg = None; r = 'accepted'"
    ),
    "quantity parse 1e99999 m": (
        "from fluxem import DimensionalQuantity as Q\nr = Q().parse('1e99999 m')"
    ),
}

PRELUDE = "import time\nt0 = time.process_time()\n"
EPILOGUE = "\nprint(f'{time.process_time() - t0:.4f}s', repr(r)[:60])\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("only", nargs="*")
    args = ap.parse_args()
    for name, code in ROWS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        body = PRELUDE + "try:\n" + "".join("    " + ln + "\n" for ln in code.splitlines())
        body += "except Exception as exc:\n    r = f'{type(exc).__name__}: {exc}'[:80]\n"
        body += EPILOGUE
        env = dict(os.environ)
        try:
            out = subprocess.run(
                [args.python, "-c", body],
                capture_output=True,
                text=True,
                timeout=args.timeout,
                env=env,
                cwd="/tmp",
            )
            line = (out.stdout.strip() or out.stderr.strip().splitlines()[-1])[:140]
        except subprocess.TimeoutExpired:
            line = f"> {args.timeout:.0f}s (timed out)"
        print(f"{name:42s} {line}", flush=True)


if __name__ == "__main__":
    main()
