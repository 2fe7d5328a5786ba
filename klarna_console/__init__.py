"""Klarna Order Console: manage Klarna orders after the purchase."""

import sys

__version__ = "0.1.0"
APP_NAME = "klarna-console"

# httpx imports its command-line tool at import time, and with it rich and pygments when they are
# installed (~50 ms of start-up). We never use it; a None entry makes that import fail fast, and httpx
# falls back to a stub.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# msgspec takes get_type_hints from typing_extensions when it is installed (starlette and psycopg pull
# it in): importing that module cost every start 11 M instructions (~5 ms; issue 17, measured with
# bench/startup.py --instructions). On Python 3.11+ typing's own is the same function; a None entry
# while msgspec loads makes it fall back to that. typing_extensions stays importable for the libraries
# that need it.
if "msgspec" not in sys.modules and "typing_extensions" not in sys.modules:
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]
