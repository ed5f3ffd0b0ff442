#!/usr/bin/env bash
# The main job on its embedded default: sets up .venv, then runs the hybrid vs token-only
# experiments on the small configs (generate -> train every variant, 3 seeds -> evaluate) and
# prints the results tables. Results: experiments/results/<config>/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
./experiments/scripts/run_all_experiments.sh
.venv/bin/fluxem-experiments table --config arithmetic_small.yaml --config units_small.yaml
