"""The environment of the running ``make production`` stack, for the scripts that measure it
(``deploy/purge_check.py``, ``bench/stack.py``)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / ".run"


def load_env():
    """Take the stack's settings from ``.run/env`` and make the project importable."""
    env_file = RUN / "env"
    if not env_file.exists():
        sys.exit("No .run/env: start the stack first (make production).")
    for line in env_file.read_text().splitlines():
        name, _, value = line.partition("=")
        if name:
            os.environ[name] = value
    sys.path.insert(0, str(ROOT))
