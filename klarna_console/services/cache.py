"""A profile's local data as the window reads it, with or without a session: the cached orders and History."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator, Sequence
from pathlib import Path

from ..api.models import Order
from ..paths import Paths
from ..profiles import SANDBOX_PROFILE, CredentialStore, Profile, ProfileStore
from ..profiles.model import default_agent, team_secret_id
from ..store import factory
from ..store.interface import OrderStore
from ..store.values import CachedOrder, JournalEntry, OrderRow, SearchQuery, StoreSetAsideError


class LocalData:
    """The reads the window makes of a profile's store, and its life (watch, daily backup, close).

    The window holds this, never the store: it shows what is cached before a session exists (or when
    none can be opened, without a password), and writes go through the session's services only.

    Attributes:
        store: the profile's store, handed on to `open_session` (not for the window's own use).
    """

    def __init__(self, store: OrderStore) -> None:
        self.store = store

    async def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """One page of the cached orders the query matches."""
        return await self.store.search(query, offset, limit)

    async def count(self, query: SearchQuery | str) -> int:
        """How many cached orders the query matches."""
        return await self.store.count(query)

    async def get_order(self, order_id: str) -> CachedOrder | None:
        """The order as last fetched, and when."""
        return await self.store.get_order(order_id)

    async def entries_for_order(self, order_id: str) -> list[JournalEntry]:
        """An order's History: its journal entries, oldest first."""
        return await self.store.entries_for_order(order_id)

    def watch(self) -> AsyncGenerator[None, None]:
        """Yields each time another window, process or desk committed to the store."""
        return self.store.watch()

    async def daily_backup(self) -> Path | None:
        """See `OrderStore.daily_backup`."""
        return await self.store.daily_backup()

    async def close(self) -> None:
        """Close the store."""
        await self.store.close()


FIRST_PAGE = 200
"""Rows read for the first paint, and in each page after it (the results model's page)."""


def start_profile(profiles: ProfileStore, sandbox: bool, name: str | None) -> tuple[Profile, bool]:
    """The profile a start opens, and whether it is the one asked for: --sandbox (or a first run) opens the
    Sandbox; --profile picks one (the Sandbox if none has that id or name); else the last used."""
    if sandbox:
        return SANDBOX_PROFILE, True
    if name:
        for profile in profiles.list():
            if name in (profile.id, profile.name):
                return profile, True
        return SANDBOX_PROFILE, False
    return profiles.last_used or SANDBOX_PROFILE, True


def local_store_exists(paths: Paths, profile: Profile) -> bool:
    """Whether the profile's own store is on disk already (a first start creates it: see `open_local`)."""
    return not profile.team_store and factory.local_store_exists(paths, profile.id)


def local_store_needs_update(paths: Paths, profile: Profile) -> bool:
    """Whether the profile's own store was left by an older version, so that opening it first migrates it
    (once; at a million orders, minutes)."""
    return not profile.team_store and factory.local_store_needs_update(paths, profile.id)


class FirstPaint:
    """The first paint's data: the query's first page, its first order and History, read at once.

    Attributes:
        local: the opened store, for everything after.
        rows, total: the first page of results and how many there are.
        cached: the first result's order, if there is one; history: its journal entries.
        set_aside: what was found when a damaged store had to be moved aside first, if it did.
    """

    def __init__(self, paths: Paths, profile: Profile, query: SearchQuery, limit: int,
                 fetched: tuple[Sequence[Order], dt.datetime] | None = None) -> None:
        """Open the profile's store at once (no event loop needed) and read the query's first page.

        `fetched` orders (see `sandbox_seed.first_start_orders`) are cached first. Raises what opening
        raises: StoreError classes (a damaged store is moved aside first and reported in `set_aside`, not
        raised), ValueError for a profile id that cannot name a folder, OSError.
        """
        look = factory.first_look(paths, profile.id, query, limit, fetched)
        self.local = LocalData(look.store)
        self.rows, self.total, self.cached, self.history = look.rows, look.total, look.cached, look.history
        self.set_aside = look.set_aside


async def open_local(
    paths: Paths, profile: Profile, credentials: CredentialStore | None = None
) -> tuple[LocalData, StoreSetAsideError | None]:
    """Open the profile's store (its team store if it names one) off the event loop; a damaged local one is
    moved aside first (see `set_aside`)."""
    store, set_aside = await factory.open_recovering(paths, profile.id, team_connection(profile, credentials))
    return LocalData(store), set_aside


def team_connection(profile: Profile, credentials: CredentialStore | None) -> factory.TeamConnection | None:
    """Where the profile's team store is and who this desk is there; None for a profile with its own store."""
    if not profile.team_store:
        return None
    password = credentials.get(team_secret_id(profile.id)) if credentials is not None else None
    import socket  # not at module level: ~4 ms of every start, for a team profile only

    return factory.TeamConnection(profile.team_store, password, profile.agent or default_agent(), socket.gethostname())

