#!/usr/bin/env bash
# Installs the predecessor (fluxem 1.0.1 from PyPI, pure Python) into its own venv, outside
# the clone, since its import name clashes with ours. Prints the venv's python path.
set -euo pipefail
dir="${FLUXEM_BENCH_CACHE:-$HOME/.cache/fluxem-bench}/predecessor-venv"
if [ ! -x "$dir/bin/python" ]; then
    python3 -m venv "$dir" >&2
    "$dir/bin/python" -m pip install --quiet "fluxem==1.0.1" numpy >&2
fi
echo "$dir/bin/python"
