"""The SQLite file of one profile: connections per thread, one writer at a time, migrations with a backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

from ...reasons import Code, reason
from ..values import StoreError
from . import backups
from .errors import classify
from .migrations import MIGRATIONS, SCHEMA_VERSION, Migration

log = logging.getLogger(__name__)
T = TypeVar("T")



def file_schema_version(path: Path) -> int:
    """How many migrations a database file has had (0: no file yet); StoreError if it is not a database.

    Read through a bare, read-only connection: a file we refuse must be left exactly as it was (not even
    made WAL; a read-write connection would checkpoint and delete its -wal on closing).
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(probe.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise StoreError(reason(Code.STORE_NOT_SQLITE, path=str(path), detail=str(exc))) from exc
    finally:
        probe.close()


class Database:
    """One SQLite database in WAL mode, safe to use from the event loop's worker threads.

    Each thread gets its own connection, so a search running in `asyncio.to_thread` reads a consistent
    snapshot while another thread writes (WAL lets readers and one writer run at the same time).
    Writers take a process-wide lock and `BEGIN IMMEDIATE`, so they queue instead of failing with
    "database is locked".

    Attributes:
        path: the database file.
        backup_path: the copy taken before the last migration, if one ran when opening.
    """

    def __init__(
        self,
        path: Path,
        *,
        migrations: Sequence[Migration] = MIGRATIONS,
        busy_timeout: float = 30.0,
    ) -> None:
        self.path = path
        self.migrations = tuple(migrations)
        self.backup_path: Path | None = None
        self._busy_timeout = busy_timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = False
        try:
            self._migrate(migrations)
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"<Database {self.path}>"

    # --- connections -----------------------------------------------------------------------------

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and not self._closed:
            return conn
        with self._connections_lock:
            if self._closed:
                raise StoreError(reason(Code.STORE_CLOSED, path=str(self.path)))
            # check_same_thread=False only so close() may close it from another thread; each
            # connection is otherwise used by the thread that opened it.
            conn = sqlite3.connect(
                self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
            )
            self._connections.append(conn)
        self._use_wal(conn)
        # FULL: a journal intent must be on disk before its request leaves, even across a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Reads go through one shared memory map, so each worker thread's connection needs only a small
        # private cache (4 MB) instead of duplicating the hot pages.
        conn.execute("PRAGMA cache_size = -4000")
        # 64 MB: mapped pages count as the app's memory; a larger map bought no search speed (bench/search.py)
        # but cost 40 MB more when a write touched the full-text index of 100,000 orders.
        conn.execute("PRAGMA mmap_size = 67108864")
        self._local.conn = conn
        return conn

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        # Switching a file to WAL does not wait for a busy file as statements do, and another process may
        # be switching or migrating the same new file this very moment (two windows started at once).
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every statement inside sees the same snapshot."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed on success and rolled back on any exception.

        A full disk, a read-only folder or a lock held past the busy timeout raise the StoreError
        subclasses of `errors` (naming the folder), never a bare "database or disk is full".
        """
        conn = self.connection()
        if getattr(self._local, "writing", False):
            # Inside this thread's own write transaction (see `together`): a savepoint, committed with it.
            with self._savepoint(conn):
                yield conn
            return
        with self._write_lock:
            self._local.writing = True
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                if conn.in_transaction:  # a failed COMMIT (SQLITE_FULL) leaves the transaction open
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                self._raise_classified(error)
            finally:
                self._local.writing = False

    @contextlib.contextmanager
    def _savepoint(self, conn: sqlite3.Connection) -> Iterator[None]:
        try:
            conn.execute("SAVEPOINT nested")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # else SQLite has undone the whole transaction already
                    conn.execute("ROLLBACK TO nested")
                    conn.execute("RELEASE nested")
                raise
            conn.execute("RELEASE nested")
        except sqlite3.Error as error:
            self._raise_classified(error)

    def together(self, calls: Sequence[Callable[[], T]]) -> list[T | Exception]:
        """Run several writes in one transaction: one commit and one sync to disk for all of them.

        Each call's own `write()` becomes a savepoint: a call that raises is undone alone and its error is
        returned in its place. Nothing is returned (or visible to other connections) before the commit;
        if the commit fails, its error is raised for all of them.
        """
        results: list[T | Exception] = []
        with self.write() as conn:
            for call in calls:
                try:
                    results.append(call())
                except Exception as error:  # noqa: BLE001 - handed back to its own caller
                    if not conn.in_transaction:
                        raise  # SQLite undid the whole transaction (a full disk, an I/O error): all failed
                    results.append(error)
        return results

    def _raise_classified(self, error: sqlite3.Error) -> NoReturn:
        problem = classify(error, self.path)
        if problem is None or isinstance(error, sqlite3.IntegrityError):
            raise error
        raise problem from error

    def close(self) -> None:
        """Close every thread's connection; later use raises StoreError."""
        with self._connections_lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()

    # --- schema ----------------------------------------------------------------------------------

    def schema_version(self) -> int:
        """The number of migrations applied to the file."""
        return int(self.connection().execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        latest = migrations[-1].version if migrations else 0
        version = file_schema_version(self.path)
        if version > latest:
            raise StoreError(reason(Code.STORE_TOO_NEW, path=str(self.path), version=version, latest=latest))
        pending = [m for m in migrations if m.version > version]
        if not pending:
            return
        if version > 0:
            self.backup_path = self._backup(version)
            log.info("migrating %s from schema %d to %d (copy kept at %s)",
                     self.path, version, latest, self.backup_path)
        for migration in pending:
            try:
                with self.write() as conn:
                    # Another process opening the same file (a second window, a desk) may have run it since.
                    if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= migration.version:
                        continue
                    migration.apply(conn)
                    conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            except (sqlite3.Error, StoreError) as exc:
                raise StoreError(reason(Code.STORE_MIGRATION_FAILED, path=str(self.path), version=migration.version,
                                        detail=str(exc), backup=str(self.backup_path or ""))) from exc

    def _backup(self, version: int) -> Path:
        """Copy the database (with whatever its WAL holds) beside it, owner-only, before changing it.

        The copies before migrations are kept like the daily ones: the newest seven.
        """
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.v{version}-{stamp}.bak")
        counter = 1
        while True:
            try:
                # Created exclusively (another process opening the same file may be taking its copy this
                # second); the backup API copies a consistent snapshot, where the file alone could miss the WAL.
                backups.copy_database(self.connection(), target)
                break
            except FileExistsError:
                counter += 1
                target = self.path.with_name(f"{self.path.name}.v{version}-{stamp}-{counter}.bak")
        earlier = self.path.parent.glob(f"{self.path.name}.v*.bak")
        backups.prune(sorted(earlier, key=lambda p: (p.stat().st_mtime, p.name)))
        return target

    def quick_check(self) -> list[str]:
        """SQLite's quick check of the whole file: ["ok"], or what is wrong."""
        conn = self.connection()
        try:
            return [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as error:  # some damage stops the check itself
            return [str(error)]


__all__ = ["SCHEMA_VERSION", "Database", "StoreError"]
