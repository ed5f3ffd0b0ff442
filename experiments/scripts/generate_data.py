r"""Writes the JSONL splits of a config: experiments/data/<config>/seed<N>/*.jsonl.

    python experiments/scripts/generate_data.py \
        --config experiments/configs/arithmetic_full.yaml --seed 42
"""

import sys

from _bootstrap import experiment_main

if __name__ == "__main__":
    sys.exit(experiment_main(["generate", *sys.argv[1:]]))
