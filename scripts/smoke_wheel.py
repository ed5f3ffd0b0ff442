"""Checks an installed fluxem-rs (from a wheel or the sdist) in a fresh environment.

Run with the environment's python from a checkout (the tests and Cargo.toml come from there, the
package from site-packages), by scripts/check_wheel.sh and .github/workflows/release.yml:

    python scripts/smoke_wheel.py [--pytest]

It checks: `import fluxem` loads the installed package and needs no torch; the segmenter and an
encoder work; `fluxem --version` and every version seen agree with Cargo.toml's workspace
version; the installed files hold no experiment code. With --pytest it then runs SMOKE_TESTS
(needs pytest and hypothesis): the golden vectors pin every embedding byte for byte, so they catch
a platform or toolchain whose wheel embeds differently.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMOKE_TESTS = [
    "tests/test_golden.py",
    "tests/test_arithmetic.py",
    "tests/test_complex.py",
    "tests/test_vector.py",
    "tests/test_dna.py",
    "tests/test_distribution.py",
]


FAILED: list[str] = []


def check(condition: bool, what: str) -> None:
    """Report one check; a failure is collected so that one run shows every problem."""
    print(f"smoke_wheel: {'ok' if condition else 'FAILED'}: {what}", flush=True)
    if not condition:
        FAILED.append(what)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pytest", action="store_true", help="also run SMOKE_TESTS")
    args = parser.parse_args()

    with open(ROOT / "Cargo.toml", "rb") as f:
        cargo_version = tomllib.load(f)["workspace"]["package"]["version"]

    import fluxem
    from fluxem._distribution import DIST_NAME
    from fluxem.integration.tokenizer import MultiDomainTokenizer

    package_dir = Path(fluxem.__file__).resolve().parent
    check(ROOT not in package_dir.parents, f"fluxem is imported from the install: {package_dir}")
    check(
        importlib.util.find_spec("torch") is None and "torch" not in sys.modules,
        "fluxem imports in an environment without torch",
    )
    tokens = MultiDomainTokenizer().tokenize("Water (H2O) boils at 373.15 K under pressure.")
    spans = [(t.domain.name, t.text) for t in tokens if t.domain.name != "TEXT"]
    check(spans == [("FORMULA", "H2O"), ("QUANTITY", "373.15 K")], f"segmenter spans {spans}")
    enc = fluxem.ArithmeticEncoder()
    check(enc.decode(enc.encode("1234 + 5678")) == 6912, "ArithmeticEncoder round trip")

    exe = Path(sys.executable).parent / ("fluxem.exe" if os.name == "nt" else "fluxem")
    line = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True).stdout
    expected = f"fluxem {cargo_version} ({DIST_NAME})"
    check(line.strip() == expected, f"`fluxem --version` prints {line.strip()!r}")
    metadata_version = importlib.metadata.version(DIST_NAME)
    check(
        fluxem.__version__ == cargo_version and metadata_version == cargo_version,
        f"fluxem.__version__ {fluxem.__version__}, metadata {metadata_version}, "
        f"Cargo.toml {cargo_version}",
    )

    files = importlib.metadata.files(DIST_NAME) or []
    experiments = sorted(str(f) for f in files if f.parts[:2] == ("fluxem", "experiments"))
    check(not experiments, f"no experiment code installed ({len(experiments)} files found)")

    if args.pytest:
        test_args = ["-q", "-p", "no:cacheprovider", *SMOKE_TESTS]
        rc = subprocess.run([sys.executable, "-m", "pytest", *test_args], cwd=ROOT).returncode
        check(rc == 0, f"pytest {' '.join(SMOKE_TESTS)}")
    if FAILED:
        sys.exit(f"smoke_wheel: {len(FAILED)} check(s) failed: {'; '.join(FAILED)}")


if __name__ == "__main__":
    main()
