"""Klarna-Idempotency-Key replay: the first response to a key is kept for 24 hours and sent again."""

from __future__ import annotations

import datetime as dt
import threading

import msgspec

KEY_LIFETIME = dt.timedelta(hours=24)


class StoredResponse(msgspec.Struct, kw_only=True):
    """The first answer given to an idempotency key, exactly as it was sent."""

    key: str
    stored_at: dt.datetime
    status: int
    headers: list[tuple[str, str]]
    body: str = ""


class IdempotencyCache:
    """Responses by key; a key older than 24 hours on the sandbox clock is forgotten.

    Only the key counts (as Klarna documents): a repeat with another body, or even on another route,
    gets the first response and changes nothing.
    """

    def __init__(self, lifetime: dt.timedelta = KEY_LIFETIME) -> None:
        self.lifetime = lifetime
        self._entries: dict[str, StoredResponse] = {}
        self._lock = threading.Lock()

    def get(self, key: str, now: dt.datetime) -> StoredResponse | None:
        """The response first given to `key`, if it is younger than the lifetime."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and now - entry.stored_at >= self.lifetime:
                del self._entries[key]
                return None
            return entry

    def put(self, entry: StoredResponse) -> None:
        """Remember a response; old entries are dropped on the way so the cache cannot grow forever."""
        with self._lock:
            self._entries[entry.key] = entry
            if len(self._entries) % 256 == 0:
                self._prune(entry.stored_at)

    def _prune(self, now: dt.datetime) -> None:
        for key in [k for k, e in self._entries.items() if now - e.stored_at >= self.lifetime]:
            del self._entries[key]

    def snapshot(self, now: dt.datetime) -> list[StoredResponse]:
        """The live entries, for the state file."""
        with self._lock:
            self._prune(now)
            return list(self._entries.values())

    def restore(self, entries: list[StoredResponse]) -> None:
        """Load entries saved by `snapshot`."""
        with self._lock:
            self._entries = {e.key: e for e in entries}

    def __len__(self) -> int:
        return len(self._entries)
