"""`ThreadedStore`: the awaitable `OrderStore` over a backend whose calls block (SQLite, PostgreSQL)."""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    UnfinishedWrite,
)

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class ThreadedStore:
    """Each call of a blocking order cache, journal and payouts cache runs in a worker thread.

    Cancelling a task stops the waiting, not the thread: a query may still be running when the store is
    closed. `wait_idle()` therefore waits for every call still in a worker; a backend's close() calls it
    before it closes its connections (closing one under a running statement can crash the process).
    The methods' contracts are `OrderStore`'s (store.interface).
    """

    read_only = False
    """True when this user may not write to the store (see OrderStore.read_only)."""

    def __init__(self, orders: Any, journal: Any, payouts: Any) -> None:
        self._orders = orders
        self._journal = journal
        self._payouts = payouts
        self._in_flight: set[asyncio.Future[Any]] = set()
        # Journal writes waiting for the commit under way to end; they are then committed together.
        self._queued: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self._committer: asyncio.Task[None] | None = None

    async def _run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a blocking call in a worker thread, remembered until the thread is done."""
        try:
            return await self._in_thread(function, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - handed to the backend to classify, else re-raised
            raise await self._classified(error, function) from (error.__cause__ or error)

    async def _in_thread(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        import asyncio  # here, not above: the window's first paint reads the store before asyncio loads

        call = functools.partial(contextvars.copy_context().run, function, *args, **kwargs)
        future = asyncio.get_running_loop().run_in_executor(None, call)
        self._in_flight.add(future)
        future.add_done_callback(self._in_flight.discard)
        # Shielded: a cancelled caller leaves the future (and its thread) to finish on its own.
        return await asyncio.shield(future)

    async def _classified(self, error: Exception, function: Callable[..., Any]) -> BaseException:
        """What to raise for an error of `function`: the backend's StoreError for it, else the error itself."""
        problem = await self._problem(error, getattr(function, "__name__", ""))
        if problem is None or problem is error:
            raise error
        return problem

    async def _write(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A journal write, committed in one transaction with those queued while the previous commit ran.

        A bulk run has dozens of writes under way at once; one commit (one sync to disk, one worker
        thread) for all that are waiting keeps each one's wait short. Each is still committed before it
        returns: an intent before its request leaves. A backend without `together` runs each alone.
        """
        import asyncio

        together = getattr(self._journal, "together", None)
        if together is None:
            return await self._run(function, *args, **kwargs)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queued.append((functools.partial(function, *args, **kwargs), future))
        if self._committer is None:
            self._committer = loop.create_task(self._commit_queued(together))
        try:
            # Shielded as in _run: a cancelled caller leaves its write to be committed with the others.
            return await asyncio.shield(future)
        except Exception as error:  # noqa: BLE001 - classified as _run does
            raise await self._classified(error, function) from (error.__cause__ or error)

    async def _commit_queued(self, together: Callable[[list[Callable[[], Any]]], list[Any]]) -> None:
        """Commit what is queued, together, until nothing is left; each waiter gets its own result or error."""
        try:
            while self._queued:
                batch, self._queued = self._queued, []
                try:
                    results = await self._in_thread(together, [call for call, _ in batch])
                except Exception as error:  # noqa: BLE001 - the commit failed: none of them was written
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                except BaseException:  # the loop is closing: the waiters are told so
                    for _, future in batch + self._queued:
                        future.cancel()
                    raise
                for (_, future), result in zip(batch, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, Exception):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self._committer = None

    async def _problem(self, error: Exception, call: str) -> BaseException | None:
        """What the backend makes of an error in `call` (a StoreError a person can act on), or None."""
        return None

    async def wait_idle(self) -> None:
        """Wait for calls still running in worker threads."""
        import asyncio

        while self._in_flight or self._committer is not None:
            await asyncio.wait([*self._in_flight, *([self._committer] if self._committer else [])])

    # --- orders ----------------------------------------------------------------------------------

    async def upsert_orders(self, orders: Iterable[Order], fetched_at: dt.datetime | None = None) -> int:
        """See `OrderCache.upsert_orders`."""
        return await self._run(self._orders.upsert_orders, list(orders), fetched_at)

    async def get_order(self, order_id: str) -> CachedOrder | None:
        """See `OrderCache.get_order`."""
        return await self._run(self._orders.get_order, order_id)

    async def order_ids(self) -> list[str]:
        """See `OrderCache.order_ids`."""
        return await self._run(self._orders.order_ids)

    async def stale(self, older_than: dt.datetime | dt.timedelta, *, limit: int | None = None) -> list[str]:
        """See `OrderCache.stale`."""
        return await self._run(self._orders.stale, older_than, limit=limit)

    async def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """See `OrderCache.search`."""
        return await self._run(self._orders.search, query, offset, limit)

    async def count(self, query: SearchQuery | str) -> int:
        """See `OrderCache.count`."""
        return await self._run(self._orders.count, query)

    # --- journal ---------------------------------------------------------------------------------

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
        """See `Journal.add_intent`."""
        return await self._write(
            self._journal.add_intent, order_id, action, request, idempotency_key=idempotency_key, now=now,
            sending=sending, guard=guard, confirmed_recent=confirmed_recent,
        )

    async def record_attempt(
        self, entry_id: int, *, now: dt.datetime | None = None, lifetime: dt.timedelta | None = None
    ) -> JournalEntry:
        """See `Journal.record_attempt`."""
        return await self._write(self._journal.record_attempt, entry_id, now=now, lifetime=lifetime)

    async def schedule_attempt(self, entry_id: int, when: dt.datetime | None) -> JournalEntry:
        """See `Journal.schedule_attempt`."""
        return await self._write(self._journal.schedule_attempt, entry_id, when)

    async def adopt(self, writes: Iterable[UnfinishedWrite], note: str) -> list[JournalEntry]:
        """See `Journal.adopt`."""
        return await self._run(self._journal.adopt, list(writes), note)

    async def entries_for_orders(self, order_ids: Iterable[str]) -> dict[str, list[JournalEntry]]:
        """See `Journal.entries_for_orders`."""
        return await self._run(self._journal.entries_for_orders, list(order_ids))

    async def fetched_at(self, order_ids: Iterable[str]) -> dict[str, dt.datetime]:
        """See `OrderCache.fetched_at`."""
        return await self._run(self._orders.fetched_at, list(order_ids))

    async def record_outcome(self, entry_id: int, state: JournalState | str, **outcome: Any) -> JournalEntry:
        """See `Journal.record_outcome` (same keyword arguments)."""
        return await self._write(self._journal.record_outcome, entry_id, state, **outcome)

    async def entries_for_order(self, order_id: str) -> list[JournalEntry]:
        """See `Journal.entries_for_order`."""
        return await self._run(self._journal.entries_for_order, order_id)

    async def entries_for_batch(self, batch: str) -> list[JournalEntry]:
        """See `Journal.entries_for_batch`."""
        return await self._run(self._journal.entries_for_batch, batch)

    async def open_intents(self) -> list[JournalEntry]:
        """See `Journal.open_intents`."""
        return await self._run(self._journal.open_intents)

    async def recent(self, limit: int = 100) -> list[JournalEntry]:
        """See `Journal.recent`."""
        return await self._run(self._journal.recent, limit)

    async def get_entry(self, entry_id: int) -> JournalEntry | None:
        """See `Journal.get`."""
        return await self._run(self._journal.get, entry_id)

    async def by_key(self, idempotency_key: str) -> JournalEntry | None:
        """See `Journal.by_key`."""
        return await self._run(self._journal.by_key, idempotency_key)

    # --- payouts ---------------------------------------------------------------------------------

    async def upsert_payouts(self, payouts: Iterable[Payout], fetched_at: dt.datetime | None = None) -> int:
        """See `PayoutCache.upsert_payouts`."""
        return await self._run(self._payouts.upsert_payouts, list(payouts), fetched_at)

    async def store_transactions(self, payment_reference: str, transactions: list[Transaction]) -> None:
        """See `PayoutCache.store_transactions`."""
        await self._run(self._payouts.store_transactions, payment_reference, transactions)

    async def payouts(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                      currency: str | None = None) -> list[PayoutRow]:
        """See `PayoutCache.payouts`."""
        return await self._run(self._payouts.payouts, start, end, currency)

    async def payout(self, payment_reference: str) -> PayoutRow | None:
        """See `PayoutCache.payout`."""
        return await self._run(self._payouts.payout, payment_reference)

    async def unsynced(self, references: Iterable[str]) -> list[str]:
        """See `PayoutCache.unsynced`."""
        return await self._run(self._payouts.unsynced, list(references))

    async def transactions(self, payment_reference: str) -> list[Transaction]:
        """See `PayoutCache.transactions`."""
        return await self._run(self._payouts.transactions, payment_reference)

    async def settled(self, order_id: str) -> list[Settled]:
        """See `PayoutCache.settled`."""
        return await self._run(self._payouts.settled, order_id)

    async def named_order_ids(self, payment_reference: str | None = None) -> list[str]:
        """See `PayoutCache.named_order_ids`."""
        return await self._run(self._payouts.named_order_ids, payment_reference)

    async def undiscovered(self) -> list[str]:
        """See `PayoutCache.undiscovered`."""
        return await self._run(self._payouts.undiscovered)

    async def unpaid_captures(self, captured_before: dt.datetime) -> list[tuple[str, str]]:
        """See `PayoutCache.unpaid_captures`."""
        return await self._run(self._payouts.unpaid_captures, captured_before)

    async def usual_delay_days(self, default: int = 14) -> int:
        """See `PayoutCache.usual_delay_days`."""
        return await self._run(self._payouts.usual_delay_days, default)

    async def get_state(self, key: str) -> str | None:
        """See `PayoutCache.get_state`."""
        return await self._run(self._payouts.get_state, key)

    async def set_state(self, key: str, value: str | None) -> None:
        """See `PayoutCache.set_state`."""
        await self._run(self._payouts.set_state, key, value)
