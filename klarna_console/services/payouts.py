"""Payout sync: Klarna's payouts of a period, their transactions, and every order they name, into the store.

Order Management cannot list orders; the Settlements API lists every payout and names the order of
each transaction in it. Syncing a period therefore finds every order paid out in it. The sync is
resumable: a payout's transactions are stored with its "synced" mark in one transaction, and the
orders still to fetch are those named by a stored transaction but absent from the order cache, so a
sync killed at any point picks up where it stopped.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ..api.client import OrderManagementClient
from ..api.errors import KlarnaError, NotFoundError
from ..api.models import Order
from ..api.settlement_models import Payout, Transaction
from ..api.settlements import SettlementsClient
from ..store.interface import OrderStore
from ..store.values import PayoutRow, Settled
from .events import EventBus, OrderChanged, SyncProgress

log = logging.getLogger(__name__)

DEFAULT_PERIOD_DAYS = 90
DEFAULT_RATE = 50.0  # Klarna's playground limit for "other operations", per second
DEFAULT_CONCURRENCY = 8
ORDER_BATCH = 100
LAST_SYNC = "last_sync"
PERIOD_START = "period_start"

T = TypeVar("T")


class Pacer:
    """At most `rate` request starts a second (0: no limit of its own) and `concurrency` at a time.

    In a session the client's RatePacer already paces every request to the limit Klarna announces, so
    the session gives rate 0; a client without one (the bench, tests) is paced here.
    """

    def __init__(self, rate: float = DEFAULT_RATE, concurrency: int = DEFAULT_CONCURRENCY) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._slots = asyncio.Semaphore(concurrency)
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def run(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run one request when a slot and the rate allow."""
        async with self._slots:
            async with self._lock:
                now = time.monotonic()
                wait = self._next - now
                self._next = max(now, self._next) + self.interval
            if wait > 0:
                await asyncio.sleep(wait)
            return await call()


@dataclasses.dataclass
class _Sync:
    """A sync's running state; each step publishes a frozen SyncProgress copy of it."""

    phase: str
    done: int = 0
    total: int = 0
    payouts: int = 0
    orders_found: int = 0
    orders_failed: int = 0

    def snapshot(self) -> SyncProgress:
        """The state as it is now, frozen."""
        return SyncProgress(**dataclasses.asdict(self))


class PayoutService:
    """Syncs payouts and discovers orders; answers what an order's captures and refunds were paid out in."""

    def __init__(self, store: OrderStore, om: OrderManagementClient, *, now: Callable[[], dt.datetime] | None = None,
                 pacer: Pacer | None = None, events: EventBus | None = None) -> None:
        self.store = store
        self.events = events if events is not None else EventBus()
        self.om = om
        self.settlements = SettlementsClient.over(om)
        self.now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.pacer = pacer or Pacer()

    async def sync(self, period_days: int = DEFAULT_PERIOD_DAYS, *, stop: asyncio.Event | None = None) -> SyncProgress:
        """Sync the payouts of the last `period_days` days and fetch the orders they name that are new.

        Each step is published as SyncProgress on the bus; the last one is returned.
        """
        if period_days < 1:
            raise ValueError("period_days: must be 1 or more")
        stop = stop or asyncio.Event()
        state = _Sync("payouts")

        def report(current: _Sync) -> None:
            self.events.publish(current.snapshot())

        start = self.now() - dt.timedelta(days=period_days)
        await self.store.set_state(PERIOD_START, start.isoformat())
        report(state)
        payouts: list[Payout] = []
        pages = self.settlements.payout_pages(start_date=start, end_date=self.now())
        while True:
            page = await self.pacer.run(lambda: anext(pages, None))
            if page is None:
                break
            payouts += page.payouts
            if stop.is_set():
                return self._stopped(state, report)
        await self.store.upsert_payouts(payouts)
        state.payouts = len(payouts)
        todo = await self.store.unsynced([p.payment_reference for p in payouts])
        state.phase, state.done, state.total = "transactions", len(payouts) - len(todo), len(payouts)
        report(state)

        async def one_payout(reference: str) -> None:
            rows = []
            pages = self.settlements.transaction_pages(payment_reference=reference)
            while (page := await self.pacer.run(lambda: anext(pages, None))) is not None:
                rows += page.transactions
            await self.store.store_transactions(reference, rows)
            state.done += 1
            report(state)

        await self._each(todo, one_payout, stop)
        if stop.is_set():
            return self._stopped(state, report)
        await self.discover(state, report, stop)
        if stop.is_set():
            return self._stopped(state, report)
        await self.store.set_state(LAST_SYNC, self.now().isoformat())
        state.phase = "done"
        report(state)
        return state.snapshot()

    async def discover(self, state: _Sync, report: Callable[[_Sync], None], stop: asyncio.Event) -> None:
        """Fetch from Order Management every order a stored transaction names that the cache lacks."""
        missing = await self.store.undiscovered()
        state.phase, state.done, state.total = "orders", 0, len(missing)
        report(state)
        fetched: list[Order] = []

        async def one_order(order_id: str) -> None:
            try:
                fetched.append(await self.pacer.run(lambda: self.om.get_order(order_id)))
            except NotFoundError:
                state.orders_failed += 1
                log.warning("order %s is in a payout but Order Management does not know it", order_id)
            state.done += 1
            if len(fetched) >= ORDER_BATCH:
                batch = fetched[:]
                fetched.clear()
                await self._cached(batch)
                state.orders_found += len(batch)
            report(state)

        await self._each(missing, one_order, stop)
        if fetched:
            await self._cached(fetched)
            state.orders_found += len(fetched)
        report(state)

    async def _cached(self, orders: list[Order]) -> None:
        """Keep discovered orders and announce each (they join the window's list)."""
        await self.store.upsert_orders(orders)
        for order in orders:
            self.events.publish(OrderChanged(order.order_id or "", order))

    async def _each(self, items: list[str], work: Callable[[str], Awaitable[None]], stop: asyncio.Event) -> None:
        """Run `work` on every item, a pacer's worth at a time, until done or stopped."""
        queue = list(reversed(items))

        async def worker() -> None:
            while queue and not stop.is_set():
                await work(queue.pop())

        workers = [asyncio.create_task(worker()) for _ in range(DEFAULT_CONCURRENCY * 2)]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            for task in workers:
                task.cancel()
            raise

    @staticmethod
    def _stopped(state: _Sync, report: Callable[[_Sync], None]) -> SyncProgress:
        state.phase = "stopped"
        report(state)
        return state.snapshot()

    # --- reading what is cached ------------------------------------------------------------------

    async def payouts(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                      currency: str | None = None) -> list[PayoutRow]:
        """Cached payouts, newest first."""
        return await self.store.payouts(start, end, currency)

    async def settled(self, order_id: str) -> list[Settled]:
        """What of an order was paid out or deducted, in which payout, with the fees."""
        return await self.store.settled(order_id)

    async def payout(self, payment_reference: str) -> PayoutRow | None:
        """The cached payout with this reference (any case), if there is one."""
        return await self.store.payout(payment_reference)

    async def transactions(self, payment_reference: str) -> list[Transaction]:
        """A cached payout's transactions as Klarna listed them."""
        return await self.store.transactions(payment_reference)

    async def ever_synced(self) -> bool:
        """Whether a payout sync of this profile ever ran to its end."""
        return await self.store.get_state(LAST_SYNC) is not None

    async def usual_delay_days(self) -> int:
        """The account's usual capture-to-payout delay in days, from what was synced (14 before any sync)."""
        return await self.store.usual_delay_days()

    async def unpaid_captures(self, delay: dt.timedelta | None = None) -> list[tuple[str, str]]:
        """Captures older than the usual payout delay that no synced payout contains."""
        delay = delay if delay is not None else dt.timedelta(days=await self.usual_delay_days())
        return await self.store.unpaid_captures(self.now() - delay)

    async def report(self, payment_reference: str, kind: str) -> bytes:
        """Klarna's CSV or PDF report of one payout."""
        if kind == "csv":
            return await self.settlements.payout_report_csv(payment_reference)
        if kind == "pdf":
            return await self.settlements.payout_report_pdf(payment_reference)
        raise ValueError(f"kind: {kind!r} is not csv or pdf")  # english-ok: a programming error


__all__ = ["KlarnaError", "Pacer", "PayoutService", "SyncProgress"]
