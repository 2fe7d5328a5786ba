"""The action journal: one row per intended write to Klarna, written before the request is sent.

An entry starts as an intent with its idempotency key and ends as succeeded or failed; "unknown" means
the request may have reached Klarna but no answer came (timeout, lost connection), so it must be
resumed with the same key, never sent with a new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

from ..api.keys import new_idempotency_key
from ..log import redact
from .db import Database
from .fields import UTC, from_db_time, to_db_time


class JournalState(enum.StrEnum):
    """Where an intended write stands."""

    INTENT = "intent"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_open(self) -> bool:
        """True while the outcome is not known: the write may still have to be resumed."""
        return self in (JournalState.INTENT, JournalState.UNKNOWN)


@dataclasses.dataclass(frozen=True, slots=True)
class JournalEntry:
    """One intended write and, once known, its outcome."""

    id: int
    created_at: dt.datetime
    updated_at: dt.datetime
    profile_id: str
    order_id: str
    action: str
    idempotency_key: str
    request: Any
    state: JournalState
    http_status: int | None
    error_code: str | None
    error_messages: tuple[str, ...]
    correlation_id: str | None
    result_id: str | None
    attempts: int

    @property
    def is_open(self) -> bool:
        """True while the outcome is not known (state intent or unknown)."""
        return self.state.is_open


_COLUMNS = (
    "id, created_at, updated_at, profile_id, order_id, action, idempotency_key, request, state, "
    "http_status, error_code, error_messages, correlation_id, result_id, attempts"
)


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    (entry_id, created, updated, profile_id, order_id, action, key, request, state,
     http_status, error_code, messages, correlation_id, result_id, attempts) = row
    return JournalEntry(
        id=entry_id,
        created_at=from_db_time(created),  # type: ignore[arg-type]
        updated_at=from_db_time(updated),  # type: ignore[arg-type]
        profile_id=profile_id,
        order_id=order_id,
        action=action,
        idempotency_key=key,
        request=json.loads(request),
        state=JournalState(state),
        http_status=http_status,
        error_code=error_code,
        error_messages=tuple(json.loads(messages)),
        correlation_id=correlation_id,
        result_id=result_id,
        attempts=attempts,
    )


def _scrubbed(value: Any) -> Any:
    """The value with every string passed through log.redact(); keys and numbers are left exactly as they are."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _scrubbed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrubbed(item) for item in value]
    return value


def _scrubbed_json(value: object) -> str:
    # A request never holds credentials; scrubbing each string (never the JSON text, where a short
    # secret could match part of a number) keeps a registered secret out even if a caller errs.
    return msgspec.json.encode(_scrubbed(msgspec.to_builtins(value))).decode("utf-8")


class Journal:
    """The journal of one profile's database.

    All methods block on SQLite: call them from a worker thread (`asyncio.to_thread`) in async code.
    """

    def __init__(self, db: Database, profile_id: str) -> None:
        self._db = db
        self.profile_id = profile_id

    def add_intent(
        self,
        order_id: str,
        action: str,
        request: Mapping[str, Any] | msgspec.Struct | None = None,
        *,
        idempotency_key: str | None = None,
        now: dt.datetime | None = None,
        sending: bool = False,
    ) -> JournalEntry:
        """Record that a write is about to be sent, with the key every attempt will carry (new if not given).

        `sending` counts the first attempt in the same transaction, saving a write per action; the row
        is still committed before the request leaves.
        """
        stamp = to_db_time(now or dt.datetime.now(UTC))
        key = idempotency_key or new_idempotency_key()
        try:
            with self._db.write() as conn:
                cursor = conn.execute(
                    "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, "
                    "idempotency_key, request, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (stamp, stamp, self.profile_id, order_id, str(action), key,
                     _scrubbed_json(request if request is not None else {}), JournalState.INTENT.value,
                     1 if sending else 0),
                )
                entry_id = cursor.lastrowid
        except sqlite3.IntegrityError as exc:
            existing = self.by_key(key)
            if existing is None:
                raise
            raise ValueError(
                f"idempotency key {key} is already journaled (entry {existing.id}, {existing.action} "
                f"on {existing.order_id}): one key must stand for exactly one write"
            ) from exc
        entry = self.get(int(entry_id or 0))
        assert entry is not None
        return entry

    def record_attempt(self, entry_id: int, *, now: dt.datetime | None = None) -> JournalEntry:
        """Count one more sending of the request (call it just before each send)."""
        stamp = to_db_time(now or dt.datetime.now(UTC))
        with self._db.write() as conn:
            changed = conn.execute(
                "UPDATE journal SET attempts = attempts + 1, updated_at = ? WHERE id = ?", (stamp, entry_id)
            ).rowcount
        return self._require(entry_id, changed)

    def record_outcome(
        self,
        entry_id: int,
        state: JournalState | str,
        *,
        http_status: int | None = None,
        error_code: str | None = None,
        error_messages: Iterable[str] = (),
        correlation_id: str | None = None,
        result_id: str | None = None,
        now: dt.datetime | None = None,
    ) -> JournalEntry:
        """Record how a write ended: succeeded, failed, or unknown (may have been applied; resume it).

        A succeeded or failed entry is final: recording a different state for it raises ValueError.
        """
        state = JournalState(state)
        if state is JournalState.INTENT:
            raise ValueError("an outcome is succeeded, failed or unknown, not intent")
        stamp = to_db_time(now or dt.datetime.now(UTC))
        with self._db.write() as conn:
            row = conn.execute("SELECT state FROM journal WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise KeyError(f"no journal entry {entry_id}")
            current = JournalState(row[0])
            if not current.is_open and current is not state:
                raise ValueError(f"journal entry {entry_id} already {current.value}; it cannot become {state.value}")
            conn.execute(
                "UPDATE journal SET state = ?, http_status = ?, error_code = ?, error_messages = ?, "
                "correlation_id = ?, result_id = ?, updated_at = ? WHERE id = ?",
                (state.value, http_status, error_code, _scrubbed_json(list(error_messages)),
                 correlation_id, result_id, stamp, entry_id),
            )
        return self._require(entry_id, 1)

    def get(self, entry_id: int) -> JournalEntry | None:
        """The entry with this id, or None."""
        row = self._db.connection().execute(f"SELECT {_COLUMNS} FROM journal WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def by_key(self, idempotency_key: str) -> JournalEntry | None:
        """The entry that owns this idempotency key, or None."""
        row = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE idempotency_key = ?", (idempotency_key,)
        ).fetchone()
        return _entry(row) if row else None

    def entries_for_order(self, order_id: str) -> list[JournalEntry]:
        """Everything done (or attempted) on one order, oldest first: its History tab."""
        rows = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE order_id = ? ORDER BY id", (order_id,)
        )
        return [_entry(row) for row in rows]

    def entries_for_batch(self, batch: str) -> list[JournalEntry]:
        """Entries whose request carries `"batch": batch` (one bulk run), oldest first."""
        rows = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE json_extract(request, '$.batch') = ? ORDER BY id", (batch,)
        )
        return [_entry(row) for row in rows]

    def open_intents(self) -> list[JournalEntry]:
        """Entries whose outcome is not known (intent or unknown), oldest first: what to resume on start."""
        rows = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE state IN ('intent', 'unknown') ORDER BY id"
        )
        return [_entry(row) for row in rows]

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """The latest entries, newest first."""
        rows = self._db.connection().execute(f"SELECT {_COLUMNS} FROM journal ORDER BY id DESC LIMIT ?", (limit,))
        return [_entry(row) for row in rows]

    def _require(self, entry_id: int, changed: int) -> JournalEntry:
        entry = self.get(entry_id) if changed else None
        if entry is None:
            raise KeyError(f"no journal entry {entry_id}")
        return entry
