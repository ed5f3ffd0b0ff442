"""Optional third-party packages, imported only when a bridge to them is used."""

from __future__ import annotations

import importlib
from types import ModuleType


def require(module: str, extra: str) -> ModuleType:
    """Imports ``module`` or raises an ``ImportError`` that names the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(
            f"this needs the optional package {module.split('.')[0]!r}: "
            f'pip install "fluxem-rs[{extra}]"'
        ) from err
