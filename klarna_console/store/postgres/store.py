"""`TeamStore`: the `OrderStore` of a profile whose orders, journal and payouts live in the team's PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from pathlib import Path

import psycopg

from ..threaded import ThreadedStore
from .db import TeamDatabase, redacted_url, server_problem
from .journal import TeamJournal
from .listen import TeamListener
from .orders import TeamOrderCache
from .payouts import TeamPayoutCache


class TeamStore(ThreadedStore):
    """A team store, as one desk sees it: its entries carry this desk's agent name and computer.

    Every call runs in a worker thread over the network. A server that cannot be reached raises
    TeamStoreUnreachable: a write is never sent without its journal entry, so nothing is sent then.
    """

    def __init__(self, db: TeamDatabase, profile_id: str, *, agent: str, desk: str) -> None:
        super().__init__(TeamOrderCache(db), TeamJournal(db, profile_id, agent=agent, desk=desk), TeamPayoutCache(db))
        self.db = db
        self.agent, self.desk = agent, desk

    def __repr__(self) -> str:
        return f"<TeamStore {redacted_url(self.db.url)} as {self.agent} at {self.desk}>"

    @classmethod
    async def open(cls, url: str, profile_id: str, *, agent: str, desk: str, password: str | None = None) -> TeamStore:
        """Connect (and migrate the schema if this desk is the first of a newer version)."""
        db = await asyncio.to_thread(TeamDatabase, url, password=password)
        store = cls(db, profile_id, agent=agent, desk=desk)
        store.read_only = not await asyncio.to_thread(db.may_write)
        return store

    async def _problem(self, error: Exception, call: str) -> BaseException | None:
        if isinstance(error, psycopg.OperationalError):
            return server_problem(error, self.db.url)
        return None

    async def daily_backup(self) -> Path | None:
        """Nothing on this desk: the team's database server is backed up where it runs."""
        return None

    async def close(self) -> None:
        """Wait for calls still running, then close the connections."""
        await self.wait_idle()
        await asyncio.to_thread(self.db.close)

    async def watch(self) -> AsyncGenerator[None, None]:
        """Yields as soon as any desk (this one too) committed: PostgreSQL's LISTEN/NOTIFY, no polling."""
        listener = await asyncio.to_thread(TeamListener, self.db.url, password=self.db.password)
        try:
            while True:
                if await asyncio.to_thread(listener.wait, 1.0):
                    yield
        finally:
            await asyncio.to_thread(listener.close)
