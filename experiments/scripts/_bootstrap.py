"""Shared by the scripts: puts experiments/ (the folder of the ``fluxem_experiments`` package)
first on sys.path, so the scripts run without installing that package, and calls its command
line; a clear message when fluxem itself is not installed (from the repository root:
`pip install -e ".[dev]"`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def experiment_main(argv: list[str]) -> int:
    try:
        from fluxem_experiments.cli import main
    except ImportError as exc:  # pragma: no cover - depends on the environment
        print(
            f"error: cannot import the experiments ({exc}); from the repository root run\n"
            '  pip install -e ".[dev]"   (or scripts/setup.sh, then use .venv/bin/python)',
            file=sys.stderr,
        )
        return 2
    return main(argv)
