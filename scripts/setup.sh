#!/usr/bin/env bash
# Creates .venv (if missing), installs fluxem (built by maturin, release profile) with every
# dependency the tests, benchmarks and experiments need. Safe to re-run: it rebuilds fluxem.
# pip's download cache lives outside the clone (~/.cache/pip), so torch is fetched once.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# a venv made before the rename to fluxem-rs (or holding the unrelated PyPI fluxem) has a
# distribution named `fluxem` that owns the same files: remove it before installing ours
if .venv/bin/python -m pip show --quiet fluxem >/dev/null 2>&1; then
    .venv/bin/python -m pip uninstall --quiet -y fluxem
fi
.venv/bin/python -m pip install --quiet -e ".[dev]"
# the experiments: a package of their own (not in the fluxem wheel), editable
.venv/bin/python -m pip install --quiet -e experiments
