"""``python -m fluxem_experiments ...`` (the same as the ``fluxem-experiments`` command)."""

import sys

from fluxem_experiments.cli import main

sys.exit(main())
