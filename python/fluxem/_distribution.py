"""The distribution that installs the `fluxem` package, and a guard against the one that is not it.

This project is published as `fluxem-rs`: the PyPI name `fluxem` belongs to an unrelated, older
pure-Python package (1.0.1) that installs a top-level `fluxem` package too. pip does not notice
two distributions writing the same files: in one environment the one installed last overwrites
the other's `fluxem/__init__.py` and `fluxem/integration/*.py`, and uninstalling either deletes
files the other needs. `import fluxem` refuses to run in that state (`check_installation`), and
`fluxem --version` also notices when the package it loads is not this one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

DIST_NAME = "fluxem-rs"
OTHER_DIST = "fluxem"

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPAIR = f"pip uninstall -y {OTHER_DIST} {DIST_NAME} && pip install {DIST_NAME}"


def other_distribution_version(site_dir: Path) -> str | None:
    """Version of the `fluxem` distribution whose metadata is in `site_dir`, else None.

    One directory listing: the two can only overwrite each other's files when both are installed
    into the directory that holds our package.
    """
    try:
        entries = os.listdir(site_dir)
    except OSError:
        return None
    for entry in entries:
        stem, dot, suffix = entry.rpartition(".")
        if not dot or suffix not in ("dist-info", "egg-info"):
            continue
        name, _, rest = stem.partition("-")
        if re.sub(r"[-_.]+", "-", name).lower() == OTHER_DIST:
            return rest.split("-")[0] or "unknown version"
    return None


def check_installation(package_dir: Path = _PACKAGE_DIR) -> None:
    """Raise ImportError if the unrelated `fluxem` distribution shares our install directory."""
    other = other_distribution_version(package_dir.parent)
    if other is not None:
        raise ImportError(
            f"the unrelated PyPI package '{OTHER_DIST}' {other} is installed in "
            f"{package_dir.parent} beside {DIST_NAME}; both install the `fluxem` package, so "
            f"their files overwrite each other's. Repair the environment with: {_REPAIR}"
        )


def version_text() -> str:
    """The `fluxem --version` line; ImportError if `import fluxem` does not load this package."""
    check_installation()
    import fluxem
    from fluxem import _native

    if getattr(fluxem, "__version__", None) != _native.__version__:
        loaded = getattr(fluxem, "__file__", None) or "a namespace package"
        raise ImportError(
            f"`import fluxem` loads {loaded}, not the package of {DIST_NAME} "
            f"{_native.__version__} (another distribution overwrote or removed its files). "
            f"Repair the environment with: {_REPAIR}"
        )
    return f"fluxem {_native.__version__} ({DIST_NAME})"
