"""`Store`: one profile's database file, with its order cache and journal; and the awaitable `AsyncStore`."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import AsyncGenerator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from ...api.models import Order
from ...paths import Paths
from ...reasons import Code, Then, reason, words
from ..factory import DB_NAME, database_path, profile_folder  # noqa: F401  # DB_NAME: re-exported
from ..interface import FirstLook, FirstPage
from ..threaded import ThreadedStore
from ..values import (
    SearchQuery,
    StoreDamagedError,
    StoreError,
    StoreSetAsideError,
)
from . import backups, recovery
from .db import Database
from .errors import classify
from .journal import Journal
from .orders import OrderCache
from .payouts import PayoutCache
from .watch import StoreWatcher

T = TypeVar("T")


class Store:
    """The local database of one profile: `orders` (cache and search) and `journal` (intended writes).

    Safe to share between the event loop's thread and worker threads; see `Database`. Every method
    blocks on SQLite: in async code use `AsyncStore`, or `await asyncio.to_thread(...)` yourself.

    Attributes:
        profile_id: whose orders these are.
        db: the database (its `path`, and `backup_path` if opening it migrated the schema).
        orders: the order cache.
        journal: the action journal.
        payouts: Klarna's payouts and their transactions.
    """

    def __init__(self, path: Path, profile_id: str, *, set_aside: bool = True) -> None:
        """Open the store at `path`, after checking it (see `recovery`).

        Raises StoreSetAsideError when the file was damaged, emptied or lost: it has then been moved
        aside and reported, and opening again starts a fresh store. Without `set_aside`, such a store is
        left exactly as it is and StoreDamagedError raised. A full disk, a folder that cannot be written or
        a lock raise the other StoreError classes, naming the folder.
        """
        self.profile_id = profile_id
        try:
            # Order data: customers' names, addresses, e-mails; and the journal.
            backups.owner_only_folder(path.parent)
            problem = recovery.inspect(path)
            if problem is not None and not set_aside:
                raise StoreDamagedError(reason(Code.STORE_DAMAGED, path=str(path), detail=problem[1] or problem[0].value,
                                               then=Then.CANNOT_SHOW), path)
            if problem is not None:
                raise StoreSetAsideError(recovery.set_aside(path, problem))
            if not path.exists():
                # Created owner-only before SQLite opens it: its -wal and -shm then get the same mode.
                with contextlib.suppress(FileExistsError):  # another window created it a moment ago
                    backups.owner_only_file(path)
            self.db = Database(path)
        except (OSError, sqlite3.Error) as error:
            problem_ = classify(error, path, Then.CANNOT_SHOW)
            if problem_ is None:
                raise
            raise problem_ from error
        try:
            if os.name == "posix":
                os.chmod(path, 0o600)
            if not recovery.known(path) or recovery.full_check_asked(path):
                recovery.remember(path)  # checked in full just now, or new
        except BaseException:
            self.db.close()
            raise
        self.orders = OrderCache(self.db)
        self.journal = Journal(self.db, profile_id)
        self.payouts = PayoutCache(self.db)

    @classmethod
    def open(cls, paths: Paths, profile_id: str) -> Store:
        """Open (creating or migrating) the database of a profile under the data directory."""
        return cls(database_path(paths, profile_id), profile_id)

    @classmethod
    def open_recovering(cls, paths: Paths, profile_id: str) -> tuple[Store, StoreSetAsideError | None]:
        """Open a profile's store; a damaged, emptied or lost one is moved aside first and a fresh one opened.

        Returns the store and, when one was set aside, what was found (to tell the user). Its open writes
        are taken into the fresh journal, still open, with their keys: the guard and the resume then treat
        them like any write whose answer was lost.
        """
        try:
            return cls.open(paths, profile_id), None
        except StoreSetAsideError as set_aside:
            store = cls.open(paths, profile_id)
            found = set_aside.recovery
            # A record, like a note typed by a person: in the words of the window that wrote it.
            store.journal.adopt(found.open_writes, words(reason(Code.NOTE_RECOVERED, kept_in=str(found.kept_in))))
            return store, set_aside

    def close(self) -> None:
        """Close the database (every thread's connection)."""
        self.db.close()

    def daily_backup(self, now: dt.datetime | None = None) -> Path | None:
        """Check the whole file and back up its journal, once a day; returns the new backup, if one was taken.

        A file that fails the check is not backed up (the last good copies must not be rotated out for
        damaged ones); the next start checks it in full and moves it aside. Raises StoreDamagedError then.
        """
        if not backups.due(self.db.path, now):
            return None
        found = self.db.quick_check()
        if found != ["ok"]:
            detail = "; ".join(found[:3])
            recovery.remember(self.db.path, check=detail)
            raise StoreDamagedError(reason(Code.STORE_CHECK_FAILED, path=str(self.db.path), detail=detail), self.db.path)
        return backups.take_daily(self.db.path, self.db.migrations, now)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.profile_id} at {self.db.path}>"


READ_CONSEQUENCE = Then.NOT_READ
CONSEQUENCES = {
    # The request leaves only after its intent (and each attempt) is committed.
    "add_intent": Then.NOTHING_SENT,
    "record_attempt": Then.NOTHING_SENT,
    "record_outcome": Then.OUTCOME_NOT_RECORDED,
    "upsert_orders": Then.ORDERS_NOT_SAVED,
    "daily_backup": Then.BACKUP_NOT_TAKEN,
}
"""What a failed call means for the user's work, by the name of the store method."""


def _ask_for_full_check(path: Path, reason: str) -> None:
    try:
        recovery.remember(path, check=reason)
    except OSError:
        pass  # the message still goes out; a full disk must not hide a damaged store


class AsyncStore(ThreadedStore):
    """The same operations as `Store`, each run in a worker thread so the event loop never waits on disk.

    Cancelling a task stops the waiting, not the thread: a query may still be running when the store is
    closed. `close()` therefore waits for every call still in a worker before it closes the connections
    (closing a SQLite connection under a running statement crashes the process).
    """

    def __init__(self, store: Store) -> None:
        super().__init__(store.orders, store.journal, store.payouts)
        self.store = store

    @classmethod
    async def open(cls, paths: Paths, profile_id: str) -> AsyncStore:
        """Open a profile's store off the event loop (a migration may take a while)."""
        import asyncio  # loaded after the first paint, which reads the store without it

        return cls(await asyncio.to_thread(Store.open, paths, profile_id))

    @classmethod
    async def open_recovering(cls, paths: Paths, profile_id: str) -> tuple[AsyncStore, StoreSetAsideError | None]:
        """See `Store.open_recovering` (off the event loop)."""
        import asyncio

        store, set_aside = await asyncio.to_thread(Store.open_recovering, paths, profile_id)
        return cls(store), set_aside

    async def _problem(self, error: Exception, call: str) -> BaseException | None:
        """Disk and lock problems as StoreError classes saying what they meant for this call (CONSEQUENCES);
        a damaged file is remembered so the next start checks it in full."""
        import asyncio

        if not isinstance(error, (sqlite3.Error, OSError, StoreError)):
            return None
        cause = error.__cause__ if isinstance(error, StoreError) and error.__cause__ is not None else error
        problem = classify(cause, self.store.db.path, CONSEQUENCES.get(call, READ_CONSEQUENCE))
        if isinstance(problem, StoreDamagedError) and problem is not error:
            await asyncio.to_thread(_ask_for_full_check, self.store.db.path, str(cause))
        return problem

    async def daily_backup(self) -> Path | None:
        """See `Store.daily_backup`."""
        return await self._run(self.store.daily_backup)

    async def close(self) -> None:
        """Wait for calls still running in worker threads, then close the store."""
        import asyncio

        await self.wait_idle()
        await asyncio.to_thread(self.store.close)

    async def watch(self, interval: float = 1.0) -> AsyncGenerator[None, None]:
        """Yields when another connection committed: SQLite's data_version, polled every `interval` seconds.

        The poll runs on a connection of its own, in a worker thread; it reads no table, so it costs next
        to nothing however large the store is (see `StoreWatcher`).
        """
        import asyncio

        watcher = await asyncio.to_thread(StoreWatcher, self.store.db.path)
        try:
            while True:
                await asyncio.sleep(interval)
                if await asyncio.to_thread(watcher.changed):
                    yield
        finally:
            await asyncio.to_thread(watcher.close)

    async def payouts_call(self, method: str, *args: Any) -> Any:
        """Run one `PayoutCache` method by name in a worker thread (for tests and tools)."""
        return await self._run(getattr(self.store.payouts, method), *args)


def first_look(paths: Paths, profile_id: str, query: SearchQuery, limit: int,
               fetched: tuple[Sequence[Order], dt.datetime] | None = None) -> FirstLook:
    """Open a profile's store on this thread and read what the window shows first, without thread hops.

    A returning user's window is filled straight from SQLite before the event loop turns (a few
    milliseconds, even with 100,000 orders). A damaged store is moved aside first, as in
    `Store.open_recovering`. `fetched` orders are cached first, as fetched at its time.
    """
    store, set_aside = Store.open_recovering(paths, profile_id)
    try:
        if fetched is not None:
            store.orders.upsert_orders(*fetched)
        page = _first_page(store, query, limit)
    except BaseException:
        store.close()
        raise
    return FirstLook(AsyncStore(store), page.rows, page.total, page.cached, page.history, set_aside)


def read_first_page(paths: Paths, profile_id: str, query: SearchQuery, limit: int) -> FirstPage:
    """What `first_look` reads, the store closed again: for a process that only reads.

    A damaged store is left exactly as it is (StoreDamagedError): setting it aside moves its journal and
    adopts its open writes into a fresh one, which must not be cut short by stopping this process; the
    window does it, as it did before any child read ahead.
    """
    store = Store(database_path(paths, profile_id), profile_id, set_aside=False)
    try:
        return _first_page(store, query, limit)
    finally:
        store.close()


def _first_page(store: Store, query: SearchQuery, limit: int) -> FirstPage:
    """The query's first page, how many results it has, its first order and that order's History."""
    rows = store.orders.search(query, 0, limit)
    total = store.orders.count(query) if rows else 0
    cached = store.orders.get_order(rows[0].order_id) if rows else None
    history = store.journal.entries_for_order(cached.order.order_id or "") if cached is not None else []
    return FirstPage(rows, total, cached, history)
