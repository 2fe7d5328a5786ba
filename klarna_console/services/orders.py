"""Reading orders: cache first then Klarna, search over the local index, and bulk import of order ids."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import datetime as dt
import io
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING

from ..api import KlarnaError, NotFoundError
from ..api.models import Order
from ..store.interface import OrderStore
from ..store.values import CachedOrder, OrderRow, SearchQuery
from .events import EventBus, ImportProgress, OrderChanged

if TYPE_CHECKING:
    from ..api.client import OrderManagementClient

log = logging.getLogger(__name__)

UUID = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
IMPORT_CONCURRENCY = 8


def parse_order_ids(text: str) -> tuple[list[str], list[str]]:
    """Order ids from pasted text or a CSV export: (ids in first-seen order, lines holding none).

    Klarna order ids are UUIDs; anything else on a line (a header, a name, an amount) is ignored, and
    a non-empty line without an id is reported so the user sees what was skipped.
    """
    ids: dict[str, None] = {}
    skipped: list[str] = []
    first = True
    for row in csv.reader(io.StringIO(text.replace("\t", ","))):
        line = ",".join(row).strip()
        found = UUID.findall(line)
        for order_id in found:
            ids.setdefault(order_id.lower(), None)
        # A first line without an id is a header (the export's column names are in the user's language).
        if line and not found and not (first and len(row) > 1) and not _looks_like_header(row):
            skipped.append(line[:80])
        first = first and not line
    return list(ids), skipped


def _looks_like_header(row: list[str]) -> bool:
    return any("order" in cell.lower() and "id" in cell.lower() for cell in row)


@dataclasses.dataclass
class ImportReport:
    """What an import found: orders fetched, ids Klarna does not know, and ids that failed otherwise."""

    total: int
    fetched: list[str] = dataclasses.field(default_factory=list)
    not_found: list[str] = dataclasses.field(default_factory=list)
    failed: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    cancelled: bool = False

    @property
    def done(self) -> int:
        """How many ids have an outcome."""
        return len(self.fetched) + len(self.not_found) + len(self.failed)


class OrderService:
    """Loads, searches and imports the orders of one profile."""

    def __init__(
        self,
        client: OrderManagementClient,
        store: OrderStore,
        now: Callable[[], dt.datetime],
        *,
        events: EventBus | None = None,
    ) -> None:
        self._client = client
        self._store = store
        self._now = now
        self.events = events if events is not None else EventBus()

    async def cached(self, order_id: str) -> CachedOrder | None:
        """The order as last fetched, without asking Klarna."""
        return await self._store.get_order(order_id)

    async def fetch(self, order_id: str) -> Order:
        """Read the order from Klarna and keep it in the cache (raises Klarna's errors)."""
        # Stamped when asked, not when answered: an answer that waited behind a busy loop (or another
        # desk's newer read) must not pass for the newest copy and put an older state back.
        asked = self._now()
        order = await self._client.get_order(order_id)
        await self._store.upsert_orders([order], asked)
        self.events.publish(OrderChanged(order_id, order))
        return order

    async def load(self, order_id: str) -> AsyncIterator[Order]:
        """Yield the cached order at once (if any), then the fresh one from Klarna (stale-while-revalidate).

        If Klarna cannot be reached the cached copy stays the last one yielded and the error is raised.
        """
        cached = await self.cached(order_id)
        if cached is not None:
            yield cached.order
        yield await self.fetch(order_id)

    async def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """A page of matching orders from the local index (off the event loop)."""
        return await self._store.search(query, offset, limit)

    async def count(self, query: SearchQuery | str) -> int:
        """How many orders match (off the event loop)."""
        return await self._store.count(query)

    async def import_ids(
        self,
        order_ids: Iterable[str],
        *,
        concurrency: int = IMPORT_CONCURRENCY,
        job: str = "",
        stop: asyncio.Event | None = None,
    ) -> ImportReport:
        """Fetch many orders into the cache, a few at a time, publishing ImportProgress (named `job`).

        Setting `stop` ends the import after the requests in flight: what was fetched stays cached and
        the partial report says it was cancelled. Orders are written in batches, not one at a time, and
        each is announced (OrderChanged) once its batch is cached.
        """
        ids = list(dict.fromkeys(order_ids))
        report = ImportReport(total=len(ids))
        pending: list[Order] = []
        asked: list[dt.datetime] = []  # when each pending order was asked for
        queue: asyncio.Queue[str] = asyncio.Queue()
        for order_id in ids:
            queue.put_nowait(order_id)

        async def flush() -> None:
            if pending:
                batch, stamp = pending[:], min(asked)
                pending.clear()
                asked.clear()
                # The earliest question of the batch: a copy read since by anyone else is kept (see fetch).
                await self._store.upsert_orders(batch, stamp)
                for order in batch:
                    self.events.publish(OrderChanged(order.order_id or "", order))

        async def worker() -> None:
            while not queue.empty() and not (stop and stop.is_set()):
                order_id = queue.get_nowait()
                when = self._now()
                try:
                    order = await self._client.get_order(order_id)
                except NotFoundError:
                    report.not_found.append(order_id)
                except KlarnaError as error:
                    report.failed.append((order_id, str(error)))
                else:
                    report.fetched.append(order_id)
                    pending.append(order)
                    asked.append(when)
                    if len(pending) >= 50:
                        await flush()
                self.events.publish(ImportProgress(job, report.done, report.total))

        workers = [asyncio.create_task(worker()) for _ in range(max(1, min(concurrency, len(ids))))]
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
            # What was fetched is kept even when the import is cancelled.
            await asyncio.shield(flush())
        report.cancelled = report.done < report.total
        log.info("imported %d of %d orders (%d unknown, %d failed%s)", len(report.fetched), report.total,
                 len(report.not_found), len(report.failed), ", cancelled" if report.cancelled else "")
        return report

    async def refresh_stale(
        self,
        older_than: dt.timedelta = dt.timedelta(hours=1),
        *,
        limit: int = 500,
        job: str = "",
        stop: asyncio.Event | None = None,
    ) -> ImportReport:
        """Re-fetch cached orders last read longer ago than `older_than` (at most `limit` of them)."""
        ids = await self._store.stale(self._now() - older_than, limit=limit)
        return await self.import_ids(ids, job=job, stop=stop)
