"""The sandbox's clock: wall time shifted by however far it has been moved forward."""

from __future__ import annotations

import datetime as dt
import threading


def utcnow() -> dt.datetime:
    """The real time, aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


class Clock:
    """The time the sandbox believes it is; expiry and idempotency are measured against it.

    Without `at` the clock follows the wall clock plus every `advance()`; with `at` it stands still
    at that instant until advanced, which is what a test wants for exact dates.
    """

    def __init__(self, at: dt.datetime | None = None, *, offset: dt.timedelta = dt.timedelta(0)) -> None:
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=dt.timezone.utc)
        self._at = at
        self._offset = offset
        self._lock = threading.Lock()

    @property
    def frozen(self) -> bool:
        """True when the clock only moves by `advance()`."""
        return self._at is not None

    @property
    def offset(self) -> dt.timedelta:
        """How far the clock has been moved forward in total (kept in the state file)."""
        return self._offset

    def now(self) -> dt.datetime:
        """The sandbox's current time (aware, UTC)."""
        with self._lock:
            base = self._at if self._at is not None else utcnow()
            now = base + self._offset
        # Whole seconds, as in Klarna's examples ("2015-11-29T10:25:40Z").
        return now.replace(microsecond=0)

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        """Move time forward (never back: orders that expired stay expired); returns the new now."""
        if delta < dt.timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += delta
        return self.now()
