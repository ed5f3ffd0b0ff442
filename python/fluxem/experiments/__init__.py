"""Token-only vs hybrid experiments: data generation, models, training, evaluation, plots.

Entry points: the ``fluxem experiment`` command (see :mod:`fluxem.experiments.cli`) and the thin
scripts under ``experiments/scripts/``. Needs the ``train`` extra (torch, pyyaml, tqdm,
matplotlib). See docs/EXPERIMENTS.md.
"""

from fluxem.experiments.config import ConfigError, ExperimentConfig, load_config

__all__ = ["ConfigError", "ExperimentConfig", "load_config"]
