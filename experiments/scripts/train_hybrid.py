r"""Trains the hybrid model of a config, then the hybrid ablations the config lists
(hybrid_text, hybrid_regress); --variant picks one. Resumes when interrupted.

    python experiments/scripts/train_hybrid.py \
        --config experiments/configs/arithmetic_full.yaml --epochs 50 --seed 42

Flags: --variant, --epochs, --seed, --device {auto,cpu,cuda}, --no-resume, --max-steps,
--no-progress.
"""

import argparse
import sys

from _bootstrap import experiment_main

HYBRIDS = ("hybrid", "hybrid_text", "hybrid_regress")

if __name__ == "__main__":
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--variant", choices=HYBRIDS, default=None)
    p.add_argument("--config")
    known, rest = p.parse_known_args()
    if known.config is None:
        sys.exit(experiment_main(["train", "--model", "hybrid", *sys.argv[1:]]))
    if known.variant:
        variants = [known.variant]
    else:
        from fluxem_experiments.config import load_config

        listed = load_config(known.config).models
        variants = [v for v in HYBRIDS if v in listed] or ["hybrid"]
    for v in variants:
        rc = experiment_main(["train", "--config", known.config, "--model", v, *rest])
        if rc:
            sys.exit(rc)
