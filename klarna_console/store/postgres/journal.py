"""The team's shared journal: the same contract as the SQLite journal, decided across desks.

Whether a write may be sent and its intent row are one transaction that first takes a lock on the
order (a transaction-scoped advisory lock), so two desks acting on one order at the same moment are
served one after the other: the second sees the first's intent and is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec
import psycopg
from psycopg.types.json import Jsonb

from ...api.keys import new_idempotency_key
from ..sqlite.fields import UTC
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
from .db import TeamDatabase

_COLUMNS = (
    "id, created_at, updated_at, profile_id, order_id, action, idempotency_key, request, state, "
    "http_status, error_code, error_messages, correlation_id, result_id, attempts, note, finished_by, "
    "next_attempt_at, agent, desk"
)
_OPEN = "state IN ('intent', 'unknown')"
NOTIFY_CHANNEL = "klarna_console_journal"
"""Each committed change of an entry notifies this channel with the entry's id and order id."""


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    (entry_id, created, updated, profile_id, order_id, action, key, request, state, http_status, error_code,
     messages, correlation_id, result_id, attempts, note, finished_by, next_at, agent, desk) = row
    return JournalEntry(
        id=entry_id, created_at=created, updated_at=updated, profile_id=profile_id, order_id=order_id,
        action=action, idempotency_key=key, request=request, state=JournalState(state), http_status=http_status,
        error_code=error_code, error_messages=tuple(messages), correlation_id=correlation_id,
        result_id=result_id, attempts=attempts, note=note, finished_by=finished_by, next_attempt_at=next_at,
        agent=agent, desk=desk,
    )


def _json(value: object) -> Jsonb:
    return Jsonb(msgspec.to_builtins(value))


def _notify(conn: psycopg.Connection, entry_id: int, order_id: str) -> None:
    # Delivered to every listening desk when (and only if) the transaction commits.
    conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, f"{entry_id} {order_id}"))


class TeamJournal:
    """The journal of a team store; `agent` and `desk` are recorded on every entry this desk adds.

    All methods block on the network: call them from a worker thread in async code.
    """

    def __init__(self, db: TeamDatabase, profile_id: str, *, agent: str, desk: str) -> None:
        self._db = db
        self.profile_id = profile_id
        self.agent = agent
        self.desk = desk

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
        """See `Journal.add_intent`; with `guard`, the order is locked across desks for the decision."""
        moment = now or dt.datetime.now(UTC)
        key = idempotency_key or new_idempotency_key()
        action = str(action)
        try:
            with self._db.write() as conn:
                if guard:
                    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (order_id,))
                    self._check_guard(conn, order_id, action, moment, confirmed_recent)
                row = conn.execute(
                    "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, idempotency_key, "
                    "request, state, attempts, agent, desk) VALUES (%s, %s, %s, %s, %s, %s, %s, 'intent', %s, %s, %s) "
                    f"RETURNING {_COLUMNS}",
                    (moment, moment, self.profile_id, order_id, action, key,
                     _json(request if request is not None else {}), 1 if sending else 0, self.agent, self.desk),
                ).fetchone()
                assert row is not None
                _notify(conn, row[0], order_id)
        except psycopg.errors.UniqueViolation as exc:
            existing = self.by_key(key)
            if existing is None:
                raise
            raise ValueError(
                f"idempotency key {key} is already journaled (entry {existing.id}, {existing.action} "  # english-ok: an invariant
                f"on {existing.order_id}): one key must stand for exactly one write"
            ) from exc
        return _entry(row)

    def _check_guard(
        self, conn: psycopg.Connection, order_id: str, action: str, now: dt.datetime, confirmed_recent: int | None
    ) -> None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM journal WHERE order_id = %s AND action = %s AND {_OPEN} ORDER BY id LIMIT 1",
            (order_id, action),
        ).fetchone()
        recent = None
        if row is None and action in MONEY_ACTIONS:
            recent = conn.execute(
                f"SELECT {_COLUMNS} FROM journal WHERE order_id = %s AND action = %s AND state = 'succeeded' "
                "AND updated_at >= %s ORDER BY id DESC LIMIT 1",
                (order_id, action, now - RECENT_WRITE),
            ).fetchone()
        check_guard(action, _entry(row) if row else None, _entry(recent) if recent else None, confirmed_recent)

    def adopt(self, writes: Iterable[Any], note: str) -> list[JournalEntry]:
        """See `Journal.adopt`."""
        added: list[JournalEntry] = []
        with self._db.write() as conn:
            for write in writes:
                row = conn.execute(
                    "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, idempotency_key, "
                    "request, state, attempts, note, agent, desk) VALUES (%s, %s, %s, %s, %s, %s, %s, 'unknown', 1, "
                    f"%s, %s, %s) ON CONFLICT (idempotency_key) DO NOTHING RETURNING {_COLUMNS}",
                    (_moment(write.created_at), _moment(write.created_at), self.profile_id, write.order_id,
                     write.action, write.idempotency_key, _json(write.request if write.request is not None else {}),
                     note, self.agent, self.desk),
                ).fetchone()
                if row is not None:
                    added.append(_entry(row))
                    _notify(conn, row[0], write.order_id)
        return added

    def record_attempt(
        self, entry_id: int, *, now: dt.datetime | None = None, lifetime: dt.timedelta | None = None
    ) -> JournalEntry:
        """See `Journal.record_attempt` (the row is locked, so two desks cannot both count a resend)."""
        moment = now or dt.datetime.now(UTC)
        with self._db.write() as conn:
            entry = self._locked(conn, entry_id)
            if not entry.is_open:
                return entry
            if lifetime is not None and moment - entry.created_at >= lifetime:
                raise KeyExpired(entry)
            row = conn.execute(
                "UPDATE journal SET attempts = attempts + 1, updated_at = %s, next_attempt_at = NULL WHERE id = %s "
                f"RETURNING {_COLUMNS}", (moment, entry_id)).fetchone()
            assert row is not None
            _notify(conn, entry_id, entry.order_id)
        return _entry(row)

    def schedule_attempt(self, entry_id: int, when: dt.datetime | None) -> JournalEntry:
        """See `Journal.schedule_attempt`."""
        with self._db.write() as conn:
            conn.execute(f"UPDATE journal SET next_attempt_at = %s WHERE id = %s AND {_OPEN}", (when, entry_id))
        return self._require(entry_id)

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
        """See `Journal.record_outcome`."""
        state = JournalState(state)
        with self._db.write() as conn:
            current = self._locked(conn, entry_id)
            if not records_outcome(entry_id, current.state, state):
                return current
            row = conn.execute(
                "UPDATE journal SET state = %s, http_status = %s, error_code = %s, error_messages = %s, "
                "correlation_id = %s, result_id = %s, note = COALESCE(%s, note), finished_by = %s, updated_at = %s, "
                f"next_attempt_at = NULL WHERE id = %s RETURNING {_COLUMNS}",
                (state.value, http_status, error_code, _json(list(error_messages)), correlation_id, result_id, note,
                 this_process(), now or dt.datetime.now(UTC), entry_id),
            ).fetchone()
            assert row is not None
            _notify(conn, entry_id, current.order_id)
        return _entry(row)

    def _locked(self, conn: psycopg.Connection, entry_id: int) -> JournalEntry:
        row = conn.execute(f"SELECT {_COLUMNS} FROM journal WHERE id = %s FOR UPDATE", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(f"no journal entry {entry_id}")
        return _entry(row)

    def _require(self, entry_id: int) -> JournalEntry:
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(f"no journal entry {entry_id}")
        return entry

    def _select(self, where: str, params: tuple[Any, ...] = (), tail: str = "ORDER BY id") -> list[JournalEntry]:
        rows = self._db.read().execute(f"SELECT {_COLUMNS} FROM journal WHERE {where} {tail}", params).fetchall()
        return [_entry(row) for row in rows]

    def get(self, entry_id: int) -> JournalEntry | None:
        """The entry with this id, or None."""
        found = self._select("id = %s", (entry_id,))
        return found[0] if found else None

    def by_key(self, idempotency_key: str) -> JournalEntry | None:
        """The entry that owns this idempotency key, or None."""
        found = self._select("idempotency_key = %s", (idempotency_key,))
        return found[0] if found else None

    def entries_for_order(self, order_id: str) -> list[JournalEntry]:
        """Everything done (or attempted) on one order, by any desk, oldest first."""
        return self._select("order_id = %s", (order_id,))

    def entries_for_orders(self, order_ids: Iterable[str]) -> dict[str, list[JournalEntry]]:
        """Every entry of each of these orders, oldest first."""
        wanted = sorted(set(order_ids))
        found: dict[str, list[JournalEntry]] = {order_id: [] for order_id in wanted}
        for entry in self._select("order_id = ANY(%s)", (wanted,)):
            found[entry.order_id].append(entry)
        return found

    def entries_for_batch(self, batch: str) -> list[JournalEntry]:
        """Entries whose request carries `"batch": batch` (one bulk run), oldest first."""
        return self._select("request->>'batch' = %s", (batch,))

    def open_intents(self) -> list[JournalEntry]:
        """Entries whose outcome is not known, oldest first (of every desk: any desk may resume them)."""
        return self._select(_OPEN)

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """The latest entries, newest first."""
        return self._select("true", (limit,), "ORDER BY id DESC LIMIT %s")


def _moment(value: str | dt.datetime) -> dt.datetime:
    """A time read from a damaged local store (text) as an aware datetime."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
