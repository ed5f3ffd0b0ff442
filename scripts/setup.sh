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
# torch from PyPI is the CUDA build: about 7 GiB in the venv plus the wheels pip unpacks beside
# it. Fail before pip does (its "No space left on device" names no cause) when the disk is short.
need_gib=${FLUXEM_SETUP_NEED_GIB:-12}
if ! .venv/bin/python -c "import torch" >/dev/null 2>&1; then
    free_gib=$(($(df -Pk . | awk 'NR == 2 {print $4}') / 1024 / 1024))
    tmp_gib=$(($(df -Pk "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $4}') / 1024 / 1024))
    if [ "$free_gib" -lt "$need_gib" ] || [ "$tmp_gib" -lt "$need_gib" ]; then
        echo "setup: installing torch needs about $need_gib GiB free; $free_gib GiB free here and" \
            "$tmp_gib GiB in ${TMPDIR:-/tmp}. Free some space (or set FLUXEM_SETUP_NEED_GIB to" \
            "override) and re-run." >&2
        exit 1
    fi
fi
.venv/bin/python -m pip install --quiet -e ".[dev]"
# the experiments: a package of their own (not in the fluxem wheel), editable
.venv/bin/python -m pip install --quiet -e experiments
