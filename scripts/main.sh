#!/usr/bin/env bash
# The main job on its embedded default: sets up .venv, then runs the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/fluxem demo
