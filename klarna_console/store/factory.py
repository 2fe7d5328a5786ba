"""Opening a profile's store: the one place that knows which backend holds it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import msgspec

from ..api.models import Order
from ..paths import Paths
from .interface import FirstLook, FirstPage, OrderStore
from .values import SearchQuery, StoreSetAsideError

StoreKind = Literal["sqlite", "postgresql"]
"""The backends there are: a desk's own SQLite file, or a team's shared PostgreSQL database."""

DEFAULT_KIND: StoreKind = "sqlite"


class TeamConnection(msgspec.Struct, frozen=True):
    """Where a profile's team store is, and who this desk is in it.

    Attributes:
        url: the libpq URL (TLS options as libpq takes them), without the password.
        password: the password, from the keyring (None: libpq finds one, e.g. in ~/.pgpass, or none needed).
        agent: the name this desk's journal entries carry; desk: this computer's name.
    """

    url: str
    password: str | None
    agent: str
    desk: str

    def __repr__(self) -> str:
        # Never the password: a connection may end up in a log line or a traceback.
        return f"TeamConnection(url={self.url!r}, agent={self.agent!r}, desk={self.desk!r})"

    @property
    def kind(self) -> StoreKind:
        """The backend that holds a team store."""
        return "postgresql"

# A profile id names a directory: no separators, no "..", nothing a file system could misread.
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


DB_NAME = "orders.sqlite3"


def database_path(paths: Paths, profile_id: str) -> Path:
    """Where a profile's own database lives: <data dir>/<profile id>/orders.sqlite3."""
    return profile_folder(paths, profile_id) / DB_NAME


def profile_folder(paths: Paths, profile_id: str) -> Path:
    """The folder of a profile's local files (its lock, the sandbox's state, an SQLite store and its backups)."""
    if not _SAFE_ID.match(profile_id) or ".." in profile_id:
        raise ValueError(f"profile id {profile_id!r} cannot name a directory")  # english-ok: ids are checked by the profile model first
    return paths.data / profile_id


async def open_store(paths: Paths, profile_id: str, team: TeamConnection | None = None) -> OrderStore:
    """Open (creating or migrating) a profile's store, off the event loop: its team store if it names one."""
    if team is not None:
        from .postgres.store import TeamStore

        return await TeamStore.open(team.url, profile_id, agent=team.agent, desk=team.desk, password=team.password)
    from .sqlite.local_store import AsyncStore

    return await AsyncStore.open(paths, profile_id)


async def open_recovering(
    paths: Paths, profile_id: str, team: TeamConnection | None = None
) -> tuple[OrderStore, StoreSetAsideError | None]:
    """Open a profile's store; a damaged local one is moved aside first and a fresh one opened with its open writes.

    Returns the store and, when one was set aside, what was found (to tell the user). A team store is
    the database server's to keep whole: nothing is set aside.
    """
    if team is not None:
        return await open_store(paths, profile_id, team), None
    from .sqlite.local_store import AsyncStore

    return await AsyncStore.open_recovering(paths, profile_id)


def local_store_exists(paths: Paths, profile_id: str) -> bool:
    """Whether a profile's own store is on disk (not yet on a first start); ValueError for an id naming no folder."""
    return database_path(paths, profile_id).exists()


def first_look(paths: Paths, profile_id: str, query: SearchQuery, limit: int,
               fetched: tuple[Sequence[Order], dt.datetime] | None = None) -> FirstLook:
    """Open a profile's store on this thread, with the first page of `query` and its first order read at once.

    For the first paint, before the event loop runs; see `open_recovering` for a damaged store. A desk's
    own store only: a team store is reached over the network, never from the window's thread. `fetched`
    (orders and when they were fetched) is cached first: a first start's sandbox orders.
    """
    from .sqlite.local_store import first_look as sqlite_first_look

    return sqlite_first_look(paths, profile_id, query, limit, fetched)


def read_first_page(paths: Paths, profile_id: str, query: SearchQuery, limit: int) -> FirstPage:
    """What `first_look` reads of a profile's own store, the store closed again: for a process that only reads.

    A damaged store is left as it is (StoreDamagedError): setting it aside is for whoever opens it to stay.
    """
    from .sqlite.local_store import read_first_page as sqlite_read_first_page

    return sqlite_read_first_page(paths, profile_id, query, limit)


def cache_in_new_store(paths: Paths, profile_id: str, orders: Sequence[Order], fetched_at: dt.datetime) -> None:
    """Create a profile's own store on this thread and cache `orders` in it, as fetched at `fetched_at`."""
    from .sqlite.local_store import Store

    store = Store.open(paths, profile_id)
    try:
        store.orders.upsert_orders(orders, fetched_at)
    finally:
        store.close()


def local_store_needs_update(paths: Paths, profile_id: str) -> bool:
    """Whether a profile's own store is on disk at an older schema, so that opening it migrates it first.

    A file that cannot be read as a database says False: opening it is what reports it (and sets it aside).
    """
    from .sqlite.db import file_schema_version
    from .sqlite.migrations import SCHEMA_VERSION
    from .values import StoreError

    try:
        return 0 < file_schema_version(database_path(paths, profile_id)) < SCHEMA_VERSION
    except (StoreError, OSError):
        return False
