"""``python -m timeline_app`` runs the command line."""

import sys

from timeline_app.cli import main

sys.exit(main())
