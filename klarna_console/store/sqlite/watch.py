"""Noticing that another connection (another window, process or thread) committed to a profile's database."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class StoreWatcher:
    """Asks SQLite whether the database changed since the last look, on a connection of its own.

    `PRAGMA data_version` reads no table: it changes exactly when another connection has committed,
    so polling it every second costs next to nothing however large the store is. Safe to call from
    any thread, and to close while a look is running in another.
    """

    def __init__(self, path: Path) -> None:
        # check_same_thread=False: asyncio.to_thread may pick a different worker each time.
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False)
        # Closing a connection while another thread runs a statement on it crashes the process; a
        # cancelled poll leaves its worker thread running, and close() is called right after.
        self._lock = threading.Lock()
        self._version = self._read(self._conn)

    @staticmethod
    def _read(conn: sqlite3.Connection) -> int:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether anything was committed since the previous call (or since opening); False once closed."""
        with self._lock:
            if self._conn is None:
                return False
            version = self._read(self._conn)
            changed, self._version = version != self._version, version
            return changed

    def close(self) -> None:
        """Close the watcher's connection, after a look still running in another thread."""
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
