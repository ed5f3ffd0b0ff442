"""Where the predecessor (fluxem 1.0.1, pure Python, in its own venv) lives, for the benches."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def find_predecessor(arg: str = "auto") -> str | None:
    """The predecessor venv's python: `arg` itself if it is a path, None for "none", else
    installed on first use by predecessor_venv.sh (None, with a message, if that fails)."""
    if arg == "none":
        return None
    if arg != "auto":
        return arg
    try:
        out = subprocess.run(
            ["bash", str(HERE / "predecessor_venv.sh")],
            capture_output=True,
            text=True,
            check=True,
            timeout=900,
        )
        return out.stdout.strip().splitlines()[-1]
    except (subprocess.SubprocessError, OSError, IndexError) as e:
        print(f"predecessor unavailable: {e}", file=sys.stderr)
        return None
