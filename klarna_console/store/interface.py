"""`OrderStore`: what the services ask of a profile's store, whatever backend holds it (SQLite today).

Every call is awaitable and none may block the event loop. Values in and out are those of
`store.values`; errors are `StoreError` classes whose message a person can act on. A backend is
chosen and opened by `store.factory`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

import msgspec

from ..api.models import Order
from ..api.settlement_models import Payout, Transaction
from .values import (
    CachedOrder,
    JournalEntry,
    JournalState,
    OrderRow,
    PayoutRow,
    SearchQuery,
    Settled,
    StoreSetAsideError,
    UnfinishedWrite,
)


class OrderStore(Protocol):
    """One profile's orders (cache and search), its action journal with the guard, and its payouts."""

    read_only: bool
    """True when this user may only read the store (a team store's read-only role): no write is sent."""

    # --- life ------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Wait for calls still running, then let go of the backend (connections, files)."""

    async def daily_backup(self) -> Path | None:
        """Check the store and back up its journal once a day; the new backup, if one was taken.

        Raises StoreDamagedError when the check fails. A backend that keeps no local file returns None.
        """

    def watch(self) -> AsyncGenerator[None, None]:
        """Yields each time another connection (window, process, desk) has committed to this store.

        Writes of this store object itself need not be reported. It runs until the consumer stops
        iterating (or the task is cancelled); closing the iterator lets go of what the watch holds.
        """

    # --- orders ----------------------------------------------------------------------------------

    async def upsert_orders(self, orders: Iterable[Order], fetched_at: dt.datetime | None = None) -> int:
        """Keep the orders as fetched at `fetched_at` (default now); a copy older than the cached one is
        ignored. Returns how many were given."""

    async def get_order(self, order_id: str) -> CachedOrder | None:
        """The cached order (its id matched without case or surrounding blanks), or None."""

    async def order_ids(self) -> list[str]:
        """Every cached order id, sorted."""

    async def stale(self, older_than: dt.datetime | dt.timedelta, *, limit: int | None = None) -> list[str]:
        """Ids of orders fetched before `older_than` (a time, or an age), least recently fetched first."""

    async def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """One page of the orders the query matches, in its sort order."""

    async def count(self, query: SearchQuery | str) -> int:
        """How many orders the query matches."""

    async def fetched_at(self, order_ids: Iterable[str]) -> dict[str, dt.datetime]:
        """When each of the cached ones among `order_ids` was fetched."""

    # --- the journal -----------------------------------------------------------------------------

    async def add_intent(
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
        """Journal an intended write (state intent, a fresh key unless given) before it is sent.

        With `guard`, the check and the new row are one atomic step across every window, process and
        desk sharing the store: an open entry of the same action on the order raises OpenWrite (or
        KeyExpired once its key is past KEY_LIFETIME); a capture or refund that succeeded on the order
        within RECENT_WRITE raises RecentWrite unless `confirmed_recent` names that very entry. A key
        already journaled raises ValueError. `sending` counts the first attempt at once.
        """

    async def record_attempt(
        self, entry_id: int, *, now: dt.datetime | None = None, lifetime: dt.timedelta | None = None
    ) -> JournalEntry:
        """Count one more sending of an open entry; with `lifetime`, refuse (KeyExpired) a key past it."""

    async def schedule_attempt(self, entry_id: int, when: dt.datetime | None) -> JournalEntry:
        """When an open entry is to be sent again (None: no retry planned)."""

    async def record_outcome(self, entry_id: int, state: JournalState | str, **outcome: Any) -> JournalEntry:
        """Record what became of an entry; a finished entry is never reopened or changed (ValueError)."""

    async def adopt(self, writes: Iterable[UnfinishedWrite], note: str) -> list[JournalEntry]:
        """Take open writes found in a damaged store into this journal, still open, with their keys
        (a key already here is skipped)."""

    async def get_entry(self, entry_id: int) -> JournalEntry | None:
        """One entry by its id."""

    async def by_key(self, idempotency_key: str) -> JournalEntry | None:
        """One entry by its idempotency key."""

    async def entries_for_order(self, order_id: str) -> list[JournalEntry]:
        """An order's entries, oldest first."""

    async def entries_for_orders(self, order_ids: Iterable[str]) -> dict[str, list[JournalEntry]]:
        """The entries of each of the orders that has any, oldest first."""

    async def entries_for_batch(self, batch: str) -> list[JournalEntry]:
        """The entries a bulk run journaled (their request names the batch), oldest first."""

    async def open_intents(self) -> list[JournalEntry]:
        """Every entry whose outcome is not known (intent, unknown), oldest first."""

    async def recent(self, limit: int = 100) -> list[JournalEntry]:
        """The newest entries, newest first."""

    # --- payouts ---------------------------------------------------------------------------------

    async def upsert_payouts(self, payouts: Iterable[Payout], fetched_at: dt.datetime | None = None) -> int:
        """Keep payouts (totals replaced; whether their transactions were synced kept)."""

    async def store_transactions(self, payment_reference: str, transactions: list[Transaction]) -> None:
        """Replace a payout's transactions and mark it synced, all or nothing."""

    async def payouts(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                      currency: str | None = None) -> list[PayoutRow]:
        """Cached payouts dated within [start, end] in the currency, newest first."""

    async def payout(self, payment_reference: str) -> PayoutRow | None:
        """One cached payout by its reference (any case)."""

    async def unsynced(self, references: Iterable[str]) -> list[str]:
        """Those of the references whose transactions are not cached yet, in the order given."""

    async def transactions(self, payment_reference: str) -> list[Transaction]:
        """A payout's transactions as Klarna listed them."""

    async def settled(self, order_id: str) -> list[Settled]:
        """What of an order was paid out or deducted, in which payout."""

    async def undiscovered(self) -> list[str]:
        """Order ids named by synced payouts that the order cache does not hold."""

    async def unpaid_captures(self, captured_before: dt.datetime) -> list[tuple[str, str]]:
        """(order id, capture id) of captures made before the time that no synced payout contains."""

    async def usual_delay_days(self, default: int = 14) -> int:
        """The usual days from capture to payout in what was synced (`default` before any)."""

    async def get_state(self, key: str) -> str | None:
        """A remembered value of the payout sync (its period, when it last ran)."""

    async def set_state(self, key: str, value: str | None) -> None:
        """Remember (None: forget) a value of the payout sync."""


class FirstPage(msgspec.Struct, frozen=True):
    """What the window shows first of a store, read with the store closed again (a child process hands it over).

    Attributes:
        rows, total: the first page of the query's results and how many there are.
        cached: the first result's order, if there is one; history: its journal entries.
    """

    rows: list[OrderRow]
    total: int
    cached: CachedOrder | None
    history: list[JournalEntry]


class FirstLook(msgspec.Struct, frozen=True):
    """A store opened before the event loop runs, with what the window shows first.

    Attributes:
        store: the opened store, for everything after.
        rows, total: the first page of the query's results and how many there are.
        cached: the first result's order, if there is one.
        history: that order's journal entries.
        set_aside: what was found when a damaged store had to be moved aside first, if it did.
    """

    store: OrderStore
    rows: list[OrderRow]
    total: int
    cached: CachedOrder | None
    history: list[JournalEntry]
    set_aside: StoreSetAsideError | None
