"""The window searches while imports and actions write: off the event loop, and never "database is locked"."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

from klarna_console.paths import Paths
from klarna_console.store import AsyncStore, JournalState, SearchQuery, Store

from fixtures.store import NOW, make_order


def annas(start: int, count: int) -> list:
    return [make_order(order_id=f"o{n:05d}", given="Anna", family=f"Berg{n}") for n in range(start, start + count)]


async def test_searches_run_in_worker_threads_while_imports_and_journal_writes_happen(store: Store) -> None:
    aio = AsyncStore(store)
    await aio.upsert_orders(annas(0, 1_000), NOW)
    loop_thread = threading.get_ident()
    seen_threads: set[int] = set()
    original_search = store.orders.search

    def search(*args, **kwargs):
        seen_threads.add(threading.get_ident())
        return original_search(*args, **kwargs)

    store.orders.search = search  # type: ignore[method-assign]
    done = asyncio.Event()
    counts: list[list[int]] = [[], [], []]

    async def reader(seen: list[int]) -> None:
        while not done.is_set():
            page = await aio.search(SearchQuery(text="anna", sort="customer_name"), 0, 50)
            assert len(page) == 50
            seen.append(await aio.count("anna"))

    async def importer() -> None:
        for batch in range(1, 9):
            await aio.upsert_orders(annas(batch * 1_000, 1_000), NOW)

    async def actions() -> None:
        for n in range(40):
            entry = await aio.add_intent(f"o{n:05d}", "capture", {"body": {"captured_amount": 100}})
            await aio.record_attempt(entry.id)
            await aio.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=201, result_id=f"c{n}")

    readers = [asyncio.create_task(reader(seen)) for seen in counts]
    try:
        await asyncio.gather(importer(), actions())
    finally:
        done.set()
        await asyncio.gather(*readers)

    assert loop_thread not in seen_threads
    for seen in counts:
        assert seen, "every reader ran at least once"
        assert seen == sorted(seen), "a reader never saw orders disappear"
        assert 1_000 <= seen[0] and seen[-1] <= 9_000
    assert await aio.count("anna") == 9_000
    assert await aio.open_intents() == []
    assert len(await aio.recent(100)) == 40


def test_two_stores_on_one_file_write_at_once_without_locking_errors(paths: Paths) -> None:
    # Two windows (or processes) on the same profile: SQLite's busy wait queues the writers.
    first, second = Store.open(paths, "test"), Store.open(paths, "test")
    try:
        def write(store: Store, prefix: str) -> None:
            for n in range(60):
                entry = store.journal.add_intent(f"{prefix}{n}", "cancel")
                store.orders.upsert_orders([make_order(order_id=f"{prefix}{n}")], NOW)
                store.journal.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=204)

        with ThreadPoolExecutor(max_workers=2) as pool:
            for future in [pool.submit(write, first, "a"), pool.submit(write, second, "b")]:
                future.result()
        assert len(first.orders) == 120
        assert len(second.journal.recent(500)) == 120
    finally:
        first.close()
        second.close()


async def test_async_store_opens_and_closes_off_the_loop(paths: Paths) -> None:
    aio = await AsyncStore.open(paths, "test")
    await aio.upsert_orders([make_order(order_id="o1", given="Ada")], NOW)
    assert [r.order_id for r in await aio.search("ada")] == ["o1"]
    cached = await aio.get_order("o1")
    assert cached is not None and cached.fetched_at == NOW
    assert await aio.order_ids() == ["o1"]
    assert await aio.stale(NOW + NOW.resolution) == ["o1"]
    entry = await aio.add_intent("o1", "cancel", idempotency_key="key-x")
    assert (await aio.by_key("key-x")) == entry == (await aio.get_entry(entry.id))
    assert [e.id for e in await aio.entries_for_order("o1")] == [entry.id]
    await aio.close()


async def test_journal_writes_under_way_at_once_share_commits_and_each_is_committed_when_it_returns(
    store: Store,
) -> None:
    # A bulk run journals dozens of intents at once: one commit (one sync to disk) for those waiting.
    aio = AsyncStore(store)
    batches: list[int] = []
    original = store.db.together

    def together(calls):  # type: ignore[no-untyped-def]
        batches.append(len(calls))
        return original(calls)

    store.db.together = together  # type: ignore[method-assign]
    other = sqlite3.connect(store.db.path)  # another window's connection

    async def write(n: int) -> None:
        entry = await aio.add_intent(f"o{n:05d}", "capture", {"body": {"captured_amount": 100}}, guard=True)
        # Its request may leave now: the intent must already be on disk, for anyone to see.
        assert other.execute("SELECT state FROM journal WHERE id = ?", (entry.id,)).fetchone() == ("intent",)
        await aio.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=201, result_id=f"c{n}")

    try:
        await asyncio.gather(*(write(n) for n in range(30)))
    finally:
        other.close()
    assert sum(batches) == 60 and len(batches) < 60
    assert [e.state for e in store.journal.recent(100)] == [JournalState.SUCCEEDED] * 30
