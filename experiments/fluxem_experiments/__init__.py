"""Token-only vs hybrid experiments: data generation, models, training, evaluation, plots.

A package of its own, beside its configs (``experiments/configs``), data and results; it is not
part of the ``fluxem`` wheel. Entry points: ``fluxem-experiments`` / ``python -m
fluxem_experiments`` (see :mod:`fluxem_experiments.cli`) and the thin scripts under
``experiments/scripts/``. See docs/EXPERIMENTS.md.
"""

from fluxem_experiments.config import ConfigError, ExperimentConfig, load_config

__all__ = ["ConfigError", "ExperimentConfig", "load_config"]
