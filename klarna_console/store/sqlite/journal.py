"""The action journal: one row per intended write to Klarna, written before the request is sent.

An entry starts as an intent with its idempotency key and ends as succeeded or failed; "unknown" means
the request may have reached Klarna but no answer came (timeout, lost connection), so it must be
resumed with the same key, never sent with a new one.

The guard lives here, in the database: whether a write may be sent now and its intent row are decided in
one `BEGIN IMMEDIATE` transaction, so two windows, processes (and later desks) cannot both pass it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import msgspec

from ...api.keys import new_idempotency_key
from ..values import (
    MONEY_ACTIONS,
    RECENT_WRITE,
    JournalEntry,
    JournalState,
    KeyExpired,
    check_guard,
    records_outcome,
    this_process,
)
from .db import Database
from .fields import UTC, from_db_time, to_db_time

_COLUMNS = (
    "id, created_at, updated_at, profile_id, order_id, action, idempotency_key, request, state, "
    "http_status, error_code, error_messages, correlation_id, result_id, attempts, note, finished_by, "
    "next_attempt_at"
)
_OPEN = "state IN ('intent', 'unknown')"
T = TypeVar("T")


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    (entry_id, created, updated, profile_id, order_id, action, key, request, state,
     http_status, error_code, messages, correlation_id, result_id, attempts, note, finished_by, next_at) = row
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
        note=note,
        finished_by=finished_by,
        next_attempt_at=from_db_time(next_at) if next_at else None,
    )


def _json(value: object) -> str:
    # Exactly as sent: a resumed request must be the same bytes of meaning as the first one. Secrets
    # never get here: the Authorization header is not part of a request, and services refuse a body
    # that holds a known secret before journaling it.
    return msgspec.json.encode(msgspec.to_builtins(value)).decode("utf-8")


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
        guard: bool = False,
        confirmed_recent: int | None = None,
    ) -> JournalEntry:
        """Record that a write is about to be sent, with the key every attempt will carry (new if not given).

        With `guard`, the same transaction first refuses the write (raising a GuardRefusal) when an entry of
        the same action on the order is still open (OpenWrite), or when the same capture or refund
        succeeded within RECENT_WRITE and `confirmed_recent` does not name that entry (RecentWrite).
        `sending` counts the first attempt in the same transaction, saving a write per action; the row
        is still committed before the request leaves.
        """
        moment = now or dt.datetime.now(UTC)
        stamp = to_db_time(moment)
        key = idempotency_key or new_idempotency_key()
        action = str(action)
        try:
            with self._db.write() as conn:
                if guard:
                    self._check_guard(conn, order_id, action, moment, confirmed_recent)
                cursor = conn.execute(
                    "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, "
                    "idempotency_key, request, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (stamp, stamp, self.profile_id, order_id, action, key,
                     _json(request if request is not None else {}), JournalState.INTENT.value,
                     1 if sending else 0),
                )
                entry_id = cursor.lastrowid
        except sqlite3.IntegrityError as exc:
            existing = self.by_key(key)
            if existing is None:
                raise
            raise ValueError(
                f"idempotency key {key} is already journaled (entry {existing.id}, {existing.action} "  # english-ok: an invariant
                f"on {existing.order_id}): one key must stand for exactly one write"
            ) from exc
        entry = self.get(int(entry_id or 0))
        assert entry is not None
        return entry

    def together(self, calls: Sequence[Callable[[], T]]) -> list[T | Exception]:
        """Several journal writes in one transaction, committed (and synced to disk) once; see `Database.together`."""
        return self._db.together(calls)

    def adopt(self, writes: Iterable[Any], note: str) -> list[JournalEntry]:
        """Take open writes read from a damaged store into this journal, with their keys, as unknown.

        `writes` are store.recovery.UnfinishedWrite. They then block new sends of the same action on
        their orders (the guard), are resumed with their own keys inside the key's lifetime, and
        otherwise wait for Check with Klarna: the same path as any write whose answer was lost.
        A key this journal already holds is skipped. Returns the entries added.
        """
        added: list[int] = []
        with self._db.write() as conn:
            for write in writes:
                if conn.execute("SELECT 1 FROM journal WHERE idempotency_key = ?", (write.idempotency_key,)).fetchone():
                    continue
                cursor = conn.execute(
                    "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, idempotency_key, "
                    "request, state, attempts, note) VALUES (?, ?, ?, ?, ?, ?, ?, 'unknown', 1, ?)",
                    (_stamp(write.created_at), _stamp(write.created_at), self.profile_id, write.order_id, write.action,
                     write.idempotency_key, _json(write.request if write.request is not None else {}), note),
                )
                added.append(int(cursor.lastrowid or 0))
        return [entry for entry in (self.get(i) for i in added) if entry is not None]

    def _check_guard(
        self, conn: sqlite3.Connection, order_id: str, action: str, now: dt.datetime, confirmed_recent: int | None
    ) -> None:
        """Inside the write transaction: raise OpenWrite or RecentWrite if this write must not go now."""
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM journal WHERE order_id = ? AND action = ? AND {_OPEN} ORDER BY id LIMIT 1",
            (order_id, action),
        ).fetchone()
        recent = None
        if row is None and action in MONEY_ACTIONS:
            recent = conn.execute(
                f"SELECT {_COLUMNS} FROM journal WHERE order_id = ? AND action = ? AND state = 'succeeded' "
                "AND updated_at >= ? ORDER BY id DESC LIMIT 1",
                (order_id, action, to_db_time(now - RECENT_WRITE)),
            ).fetchone()
        check_guard(action, _entry(row) if row else None, _entry(recent) if recent else None, confirmed_recent)

    def record_attempt(
        self, entry_id: int, *, now: dt.datetime | None = None, lifetime: dt.timedelta | None = None
    ) -> JournalEntry:
        """Count one more sending of an open entry (call it just before each resend).

        Decided in one transaction: an entry another process has finished meanwhile is returned as it is
        (not counted: the caller must not send it), and with `lifetime` an entry older than that raises
        KeyExpired instead of being sent.
        """
        moment = now or dt.datetime.now(UTC)
        with self._db.write() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM journal WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise KeyError(f"no journal entry {entry_id}")
            entry = _entry(row)
            if not entry.is_open:
                return entry
            if lifetime is not None and moment - entry.created_at >= lifetime:
                raise KeyExpired(entry)
            conn.execute(
                "UPDATE journal SET attempts = attempts + 1, updated_at = ?, next_attempt_at = NULL WHERE id = ?",
                (to_db_time(moment), entry_id),
            )
        return self._require(entry_id, 1)

    def schedule_attempt(self, entry_id: int, when: dt.datetime | None) -> JournalEntry:
        """Note when an open entry is next retried in the background (None: not scheduled).

        A finished entry is left as it is (another window may have finished it meanwhile) and returned.
        """
        with self._db.write() as conn:
            conn.execute(
                f"UPDATE journal SET next_attempt_at = ? WHERE id = ? AND {_OPEN}",
                (to_db_time(when) if when else None, entry_id),
            )
        return self._require(entry_id, 1)

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
        note: str | None = None,
        now: dt.datetime | None = None,
    ) -> JournalEntry:
        """Record how a write ended: succeeded, failed, or unknown (may have been applied; resume it).

        A succeeded or failed entry is final: another final state raises ValueError, and "unknown" (a lost
        answer, when another process already recorded the real one) leaves it as it is.
        """
        state = JournalState(state)
        stamp = to_db_time(now or dt.datetime.now(UTC))
        with self._db.write() as conn:
            row = conn.execute("SELECT state FROM journal WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise KeyError(f"no journal entry {entry_id}")
            if not records_outcome(entry_id, JournalState(row[0]), state):
                # Finished already (another window's resend got the answer this one lost): keep that.
                return self._require(entry_id, 1)
            conn.execute(
                "UPDATE journal SET state = ?, http_status = ?, error_code = ?, error_messages = ?, "
                "correlation_id = ?, result_id = ?, note = COALESCE(?, note), finished_by = ?, updated_at = ?, "
                "next_attempt_at = NULL WHERE id = ?",
                (state.value, http_status, error_code, _json(list(error_messages)),
                 correlation_id, result_id, note, this_process(), stamp, entry_id),
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

    def entries_for_orders(self, order_ids: Iterable[str]) -> dict[str, list[JournalEntry]]:
        """Every entry of each of these orders, oldest first (a bulk plan looks at all of them)."""
        wanted = sorted(set(order_ids))
        found: dict[str, list[JournalEntry]] = {order_id: [] for order_id in wanted}
        conn = self._db.connection()
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters is 999 on old builds
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in conn.execute(
                f"SELECT {_COLUMNS} FROM journal WHERE order_id IN ({marks}) ORDER BY id", chunk
            ):
                entry = _entry(row)
                found[entry.order_id].append(entry)
        return found

    def entries_for_batch(self, batch: str) -> list[JournalEntry]:
        """Entries whose request carries `"batch": batch` (one bulk run), oldest first."""
        rows = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE json_extract(request, '$.batch') = ? ORDER BY id", (batch,)
        )
        return [_entry(row) for row in rows]

    def open_intents(self) -> list[JournalEntry]:
        """Entries whose outcome is not known (intent or unknown), oldest first: what to resume on start."""
        rows = self._db.connection().execute(
            f"SELECT {_COLUMNS} FROM journal WHERE {_OPEN} ORDER BY id"
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


def _stamp(text: str) -> str:
    """A time read from another store's journal, in this journal's form (unchanged if it cannot be read)."""
    try:
        moment = from_db_time(text)
    except ValueError:
        return text
    return to_db_time(moment) if moment is not None else text
