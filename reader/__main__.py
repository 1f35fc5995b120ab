"""``python -m reader`` is the same as the ``reader`` console script."""

import sys

from reader.cli import main

sys.exit(main())
