"""``python -m provider_wizard``: the same entry point as the ``provider-wizard`` command."""

import sys

from .entry import main

sys.exit(main())
