"""A PostgreSQL database of a team: connections per thread, transactions, and the schema's versions."""

from __future__ import annotations

import contextlib
import logging
import select
import threading
from collections.abc import Iterator
from typing import Any

import psycopg

from ...reasons import Code, reason
from ..values import StoreError, TeamStoreUnreachable
from .schema import MIGRATIONS, PgMigration

log = logging.getLogger(__name__)

# Every desk that opens or initialises the schema takes this lock first, so two desks started at once
# cannot both run a migration. (An arbitrary constant: the application's name as a 64-bit number.)
SCHEMA_LOCK = 0x4B4C_4152_4E41_4F43


class TeamDatabase:
    """One team store on a PostgreSQL server, usable from the event loop's worker threads.

    Each thread gets its own connection (psycopg connections are not for concurrent use). A write runs
    in one transaction; rows that decide whether a write may be sent are locked inside it, so the check
    holds across desks, not only across this process's threads.
    """

    def __init__(self, url: str, *, password: str | None = None, connect_timeout: int = 5, migrate: bool = True) -> None:
        self.url = url
        self.password = password  # kept apart from the URL, which is shown and logged
        self._connect_timeout = connect_timeout
        self._local = threading.local()
        self._connections: list[psycopg.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        if migrate:
            self.migrate()

    def __repr__(self) -> str:
        return f"<TeamDatabase {redacted_url(self.url)}>"

    def connection(self) -> psycopg.Connection:
        """This thread's connection, opened on first use."""
        conn: psycopg.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and _alive(conn):
            return conn
        if conn is not None:
            conn.close()  # the server dropped it (restarted, or an administrator ended it): a new one
        with self._lock:
            if self._closed:
                raise StoreError(reason(Code.STORE_CLOSED, path=redacted_url(self.url)))
        try:
            conn = connect(self.url, self.password, self._connect_timeout, "klarna-console")
        except psycopg.OperationalError as exc:
            raise TeamStoreUnreachable(reason(Code.TEAM_STORE_UNREACHABLE, where=redacted_url(self.url),
                                              detail=first_line(exc))) from exc
        with self._lock:
            self._connections.append(conn)
        self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def write(self) -> Iterator[psycopg.Connection]:
        """A transaction, committed on success and rolled back on any exception."""
        conn = self.connection()
        try:
            transaction = conn.transaction()
            try:
                transaction.__enter__()  # BEGIN
            except psycopg.OperationalError:
                # Dropped by the server since its last use: nothing was asked yet, so a new connection may.
                conn.close()
                conn = self.connection()
                transaction = conn.transaction()
                transaction.__enter__()
            with _entered(transaction):
                yield conn
        except psycopg.OperationalError as exc:
            raise server_problem(exc, self.url) from exc

    def read(self) -> psycopg.Connection:
        """This thread's connection for single reads (each statement sees what was committed)."""
        return self.connection()

    def migrate(self, migrations: tuple[PgMigration, ...] = MIGRATIONS) -> int:
        """Bring the schema to the newest version (idempotent; safe from several desks at once).

        A store already up to date is only read, so a desk whose role may not create tables (a read-only
        agent) opens it all the same.
        """
        latest = migrations[-1].version if migrations else 0
        version = self.migrate_from()
        if version > latest:
            raise StoreError(reason(Code.TEAM_STORE_TOO_NEW, where=redacted_url(self.url), version=version,
                                    latest=latest))
        if version == latest:
            return latest
        applied = []
        with self.write() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            version = int(row[0]) if row and row[0] is not None else 0  # another desk may have run some since
            for migration in migrations:
                if migration.version > version:
                    log.info("team store: applying schema %d (%s)", migration.version, migration.description)
                    for statement in migration.statements:
                        conn.execute(statement)
                    conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (migration.version,))
                    applied.append(migration)
        for migration in applied:
            for statement in migration.after:
                self.read().execute(statement)  # each statement its own transaction
        return latest

    def may_write(self) -> bool:
        """Whether this role may add journal entries (a read-only agent's may not)."""
        row = self.read().execute("SELECT has_table_privilege('journal', 'INSERT')").fetchone()
        return bool(row and row[0])

    def migrate_from(self) -> int:
        """The schema version the database has now (0: none yet)."""
        row = self.read().execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        return self.schema_version() if row and row[0] else 0

    def schema_version(self) -> int:
        """The newest schema version applied."""
        row = self.read().execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def close(self) -> None:
        """Close every thread's connection; later use raises StoreError."""
        with self._lock:
            self._closed = True
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()


@contextlib.contextmanager
def _entered(transaction: contextlib.AbstractContextManager[Any]) -> Iterator[None]:
    """Commit (or roll back, on an exception) a transaction already begun."""
    try:
        yield
    except BaseException as exc:
        transaction.__exit__(type(exc), exc, exc.__traceback__)
        raise
    transaction.__exit__(None, None, None)


def _alive(conn: psycopg.Connection) -> bool:
    """Whether an idle connection still stands, without a round trip.

    A server that ends a connection says so before closing it; an idle connection with something to read
    has therefore most likely been dropped. Reading it settles the question (a notice leaves it usable).
    """
    if conn.closed or conn.broken:
        return False
    try:
        ready, _, _ = select.select([conn.fileno()], [], [], 0)
        if ready:
            conn.pgconn.consume_input()
    except (OSError, ValueError, psycopg.OperationalError):
        return False
    return conn.pgconn.status == psycopg.pq.ConnStatus.OK


def connect(url: str, password: str | None, timeout: int, name: str) -> psycopg.Connection:
    """A connection in autocommit mode (transactions are explicit); the password, if any, given apart."""
    if password:
        url = psycopg.conninfo.make_conninfo(url, password=password)
    return psycopg.connect(url, autocommit=True, connect_timeout=timeout, application_name=name)


def redacted_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    info.pop("password", None)
    host, port, name = info.get("host", "localhost"), info.get("port", "5432"), info.get("dbname", "")
    user = f"{info['user']}@" if info.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{name}"


# SQLSTATEs of a server gone: the connection failed (class 08) or the server is shutting down (57P01-03).
_GONE = ("08", "57P01", "57P02", "57P03")


def server_problem(error: psycopg.OperationalError, url: str) -> StoreError:
    """What a person is told of an operational error: the server stopped answering, or it refused the call.

    A server that answers with an error (its disk is full, a statement timed out, a deadlock) is not
    lost; saying so sent people to check a server that was running. Either way nothing was sent.
    """
    state = error.sqlstate or ""
    if not state or state.startswith(_GONE):
        return TeamStoreUnreachable(reason(Code.TEAM_STORE_LOST, where=redacted_url(url), detail=first_line(error)))
    return StoreError(reason(Code.TEAM_STORE_REFUSED, where=redacted_url(url), detail=first_line(error),
                             sqlstate=state))


def first_line(error: BaseException) -> str:
    """The first line of a driver error (libpq's later lines repeat it with hints)."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
