r"""Loads every trained model of a config and scores it on every split; writes
experiments/results/<config>/{evaluation_results.json, results.md, *.png}.

    python experiments/scripts/eval.py \
        --config experiments/configs/arithmetic_full.yaml

Flags: --seed (only that seed), --limit (questions per split).
"""

import sys

from _bootstrap import experiment_main

if __name__ == "__main__":
    sys.exit(experiment_main(["eval", *sys.argv[1:]]))
