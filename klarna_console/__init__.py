"""Klarna Order Console: manage Klarna orders after the purchase."""

import sys

__version__ = "0.1.0"
APP_NAME = "klarna-console"

# httpx imports its command-line tool at import time, and with it rich and pygments when they are
# installed (~50 ms of start-up). We never use it; a None entry makes that import fail fast, and httpx
# falls back to a stub.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
