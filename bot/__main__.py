"""`python -m bot` is the same as `jointclass`."""

import sys

from bot.cli.main import main

sys.exit(main())
