import sys

from fluxem.cli import main

sys.exit(main())
