r"""Trains the token-only baseline (character LM) of a config; resumes when interrupted.

    python experiments/scripts/train_token_only.py \
        --config experiments/configs/arithmetic_full.yaml --epochs 50 --seed 42

Flags: --epochs, --seed, --device {auto,cpu,cuda}, --no-resume, --max-steps, --no-progress.
"""

import sys

from _bootstrap import experiment_main

if __name__ == "__main__":
    sys.exit(experiment_main(["train", "--model", "token_only", *sys.argv[1:]]))
