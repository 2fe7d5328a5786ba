"""Noticing that another connection (another window, process or thread) committed to a profile's database."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreWatcher:
    """Asks SQLite whether the database changed since the last look, on a connection of its own.

    `PRAGMA data_version` reads no table: it changes exactly when another connection has committed,
    so polling it every second costs next to nothing however large the store is. Use it from one
    thread at a time (a worker thread; calls are sequential).
    """

    def __init__(self, path: Path) -> None:
        # check_same_thread=False: asyncio.to_thread may pick a different worker each time.
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether anything was committed since the previous call (or since opening)."""
        version = self._read()
        changed, self._version = version != self._version, version
        return changed

    def close(self) -> None:
        """Close the watcher's connection."""
        self._conn.close()
