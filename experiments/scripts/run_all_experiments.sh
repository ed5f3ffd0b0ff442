#!/usr/bin/env bash
# Generate data, train every model variant a config lists, evaluate, plot: per seed.
#
#   ./experiments/scripts/run_all_experiments.sh --config arithmetic_full.yaml [--seeds 42 43 44]
#       [--epochs N] [--models token_only hybrid ...] [--device cpu|cuda] [--no-resume]
#       [--jobs N]   (N runs side by side, each in its own process: fills a GPU)
#
# --config is a file name under experiments/configs/ (or a path); repeat it to run several.
# Without --config it runs the small configs (arithmetic_small.yaml, units_small.yaml).
# Seeds default to the config's `seeds` list. Results: experiments/results/<config>/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# the folder of the fluxem_experiments package (symlinks resolved): importable without
# installing it, here and in the jobs that `--jobs N` starts
EXPERIMENTS="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
export PYTHONPATH="$EXPERIMENTS${PYTHONPATH:+:$PYTHONPATH}"
cd "$ROOT"
if [ -n "${PYTHON:-}" ]; then
    PY="$PYTHON"
elif [ -x .venv/bin/python ]; then
    PY=.venv/bin/python
else
    PY=python3
fi
configs=()
rest=()
while [ $# -gt 0 ]; do
    case "$1" in
        --config) configs+=("$2"); shift 2 ;;
        --config=*) configs+=("${1#--config=}"); shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) rest+=("$1"); shift ;;
    esac
done
if [ ${#configs[@]} -eq 0 ]; then
    configs=(arithmetic_small.yaml units_small.yaml)
fi
cargs=()
for c in "${configs[@]}"; do
    cargs+=(--config "$c")
done
exec "$PY" -m fluxem_experiments run "${cargs[@]}" ${rest[@]+"${rest[@]}"}
