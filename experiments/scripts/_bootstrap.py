"""Shared by the scripts: imports the experiment CLI with a clear message when fluxem is not
installed (install it from the repository root with `pip install -e ".[dev]"`)."""

from __future__ import annotations

import sys


def experiment_main(argv: list[str]) -> int:
    try:
        from fluxem.cli import main
    except ImportError as exc:  # pragma: no cover - depends on the environment
        print(
            f"error: cannot import fluxem ({exc}); from the repository root run\n"
            '  pip install -e ".[dev]"   (or scripts/setup.sh, then use .venv/bin/python)',
            file=sys.stderr,
        )
        return 2
    return main(["experiment", *argv])
