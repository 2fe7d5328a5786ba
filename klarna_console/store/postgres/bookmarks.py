"""Bookmarks into all orders in creation order, so that a page deep in them starts next to its first row."""

from __future__ import annotations

import threading
from typing import Any

import psycopg

STEP = 1000
"""Every STEP-th order is bookmarked: a page skips fewer than STEP orders after its bookmark."""


class Bookmarks:
    """Every STEP-th order by creation time (created_at, id), as they stood when last read.

    An offset costs PostgreSQL a step per order skipped (about 80 ms to the middle of a million); the
    bookmarks are read once (one walk of the index) and hold until an order is added, removed or moved
    in creation order, which the database counts (`order_count.reordered`, schema 5).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[Any, ...] | None = None
        self._marks: list[tuple[Any, int]] = []

    def seek(self, conn: psycopg.Connection, position: int) -> tuple[str, list[Any], int] | None:
        """The condition (on `o`) for the orders after the last bookmark at or before `position` (0-based,
        oldest first), its parameters, and how many orders to skip after it; None where there is none."""
        if position < STEP:
            return None
        state = conn.execute("SELECT n, reordered FROM order_count").fetchone()
        with self._lock:
            if state != self._state:
                self._marks = [(created, row_id) for created, row_id in conn.execute(
                    "SELECT created_at, id FROM (SELECT created_at, id, row_number() OVER "
                    "(ORDER BY created_at NULLS FIRST, id) AS n FROM orders) AS s WHERE n %% %s = 0 ORDER BY n",
                    (STEP,))]
                self._state = state
            marks = self._marks
        index = position // STEP - 1  # the bookmark at position (index + 1) * STEP - 1
        if index >= len(marks) or marks[index][0] is None:
            return None  # orders without a creation time come first, and compare with nothing
        created, row_id = marks[index]
        return "(o.created_at, o.id) > (%s, %s)", [created, row_id], position - (index + 1) * STEP
