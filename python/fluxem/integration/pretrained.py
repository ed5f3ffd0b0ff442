"""``save_pretrained`` / ``from_pretrained`` for the learned parts, in transformers' layout.

A directory holds ``config.json`` (what to build: the class, its options, the fluxem version
and ``LAYOUT_VERSION``) and ``model.safetensors`` (the weights). Loading refuses a directory
written under another ``LAYOUT_VERSION``: its projection heads were trained on embeddings that
the current encoders no longer produce.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from fluxem.errors import ConfigError

CONFIG_NAME = "config.json"
WEIGHTS_NAME = "model.safetensors"

__all__ = ["CONFIG_NAME", "WEIGHTS_NAME", "read_config", "save_module"]


def save_module(
    directory: str | Path, kind: str, config: dict[str, Any], module: nn.Module
) -> Path:
    """Writes ``config.json`` (``config`` plus class and versions) and the module's weights."""
    from safetensors.torch import save_model

    from fluxem import __version__
    from fluxem.layout import LAYOUT_VERSION

    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    full = {
        "fluxem_class": kind,
        "fluxem_version": __version__,
        "layout_version": LAYOUT_VERSION,
        "dtype": _dtype_name(module),
        **config,
    }
    (path / CONFIG_NAME).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")
    save_model(module, str(path / WEIGHTS_NAME))
    return path


def read_config(directory: str | Path, kind: str) -> dict[str, Any]:
    """The checked ``config.json`` of a directory written by ``save_module(kind=kind)``."""
    from fluxem.layout import LAYOUT_VERSION

    path = Path(directory) / CONFIG_NAME
    if not path.is_file():
        raise ConfigError(f"{directory}: no {CONFIG_NAME} (not a saved fluxem {kind})")
    config: dict[str, Any] = json.loads(path.read_text())
    if config.get("fluxem_class") != kind:
        raise ConfigError(f"{directory} holds a {config.get('fluxem_class')!r}, not a {kind}")
    if config.get("layout_version") != LAYOUT_VERSION:
        raise ConfigError(
            f"{directory} was saved with LAYOUT_VERSION {config.get('layout_version')!r} "
            f"(fluxem {config.get('fluxem_version')}); this fluxem has {LAYOUT_VERSION!r}: "
            "the embeddings its heads were trained on have changed, so it cannot be loaded "
            "(use the fluxem version it was saved with, or retrain)"
        )
    return config


def load_weights(directory: str | Path, module: nn.Module) -> None:
    """Loads ``model.safetensors`` into ``module`` (every key must match)."""
    from safetensors.torch import load_model

    device = next(module.parameters(), torch.empty(0)).device
    load_model(module, str(Path(directory) / WEIGHTS_NAME), strict=True, device=str(device))


def dtype_of(config: dict[str, Any]) -> torch.dtype | None:
    name = config.get("dtype")
    return getattr(torch, name) if name else None


def _dtype_name(module: nn.Module) -> str | None:
    p = next(module.parameters(), None)
    return str(p.dtype).removeprefix("torch.") if p is not None else None
