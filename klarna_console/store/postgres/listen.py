"""Hearing what other desks commit to the team store, at once (PostgreSQL's LISTEN/NOTIFY)."""

from __future__ import annotations

import dataclasses
import threading

import psycopg

from .db import connect
from .journal import NOTIFY_CHANNEL as JOURNAL_CHANNEL
from .orders import NOTIFY_CHANNEL as ORDERS_CHANNEL


@dataclasses.dataclass(frozen=True)
class TeamChange:
    """What other connections committed since the last look: journal entry ids and order ids (lower case)."""

    entry_ids: frozenset[int] = frozenset()
    order_ids: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.entry_ids or self.order_ids)


class TeamListener:
    """Listens on a connection of its own; `wait()` blocks until something was committed (or the timeout).

    Safe to close from another thread while a `wait()` runs: the wait ends within its timeout.
    """

    def __init__(self, url: str, *, password: str | None = None, connect_timeout: int = 5) -> None:
        self._conn: psycopg.Connection | None = connect(url, password, connect_timeout, "klarna-console-listen")
        self._lock = threading.Lock()
        for channel in (JOURNAL_CHANNEL, ORDERS_CHANNEL):
            self._conn.execute(f"LISTEN {channel}")

    def wait(self, timeout: float = 1.0) -> TeamChange:
        """What was committed, gathered over at most `timeout` seconds once the first notice arrives."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return TeamChange()
            entries: set[int] = set()
            orders: set[str] = set()
            for notice in conn.notifies(timeout=timeout, stop_after=1):
                self._add(notice, entries, orders)
            if entries or orders:
                # Whatever else arrived with it (a bulk run commits many in a row): one change, not hundreds.
                for notice in conn.notifies(timeout=0.05):
                    self._add(notice, entries, orders)
        return TeamChange(frozenset(entries), frozenset(orders))

    @staticmethod
    def _add(notice: psycopg.Notify, entries: set[int], orders: set[str]) -> None:
        if notice.channel == JOURNAL_CHANNEL:
            entry_id, _, order_id = notice.payload.partition(" ")
            entries.add(int(entry_id))
            orders.add(order_id.lower())
        else:
            orders.update(notice.payload.split())

    def close(self) -> None:
        """Stop listening (waits for a running wait() to end, at most its timeout)."""
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
