"""A session: everything that belongs to the active profile (client, store, services, and the sandbox)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..api import OrderManagementClient
from ..paths import Paths
from ..profiles import CredentialStore, Profile
from ..sandbox.simulator import Sandbox
from ..store import factory
from ..store.interface import OrderStore
from ..store.lock import ProfileLock
from .actions import ActionService
from .bulk import BulkRunner
from .cache import team_connection
from .events import EventBus
from .orders import OrderService
from .pacing import RatePacer
from .payouts import Pacer, PayoutService
from .sandbox_seed import SANDBOX_ORDERS, SANDBOX_SEED, SANDBOX_STATE, listed_orders

log = logging.getLogger(__name__)


class MissingCredentials(Exception):
    """The profile has no stored password: the user must enter it first.

    Attributes:
        profile_name: the profile's name, for the window's words.
    """

    def __init__(self, profile_name: str) -> None:
        super().__init__(profile_name)
        self.profile_name = profile_name


def utcnow() -> dt.datetime:
    """The current time, aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


@dataclasses.dataclass
class Session:
    """The active profile's client, store and services.

    Attributes:
        now: the time the rules judge by: the sandbox's movable clock in sandbox mode, else the wall clock.
        sandbox: the in-process simulator for the Sandbox profile, else None.
        lock: this process's hold on the profile, if it has it.
        held_elsewhere: the process id of the window that holds the profile (0 if unknown), when this one
            does not: then this session only looks, and never resumes or retries anything.
        events: the one event stream of the session's services (orders changed, journal entries, progress).
    """

    profile: Profile
    client: OrderManagementClient
    store: OrderStore
    orders: OrderService
    actions: ActionService
    bulk: BulkRunner
    now: Callable[[], dt.datetime]
    sandbox: Sandbox | None = None
    lock: ProfileLock | None = None
    held_elsewhere: int | None = None
    pacer: RatePacer | None = None
    payouts: PayoutService | None = None
    events: EventBus = dataclasses.field(default_factory=EventBus)

    @property
    def read_only(self) -> bool:
        """Whether this session may only look (a read-only profile, one another window holds, or a team store
        this agent may only read)."""
        return self.profile.read_only or self.held_elsewhere is not None or self.store.read_only

    async def sync_sandbox(self) -> int:
        """Feed the local index from the sandbox's order list (the OM API itself has no search)."""
        if self.sandbox is None:
            return 0
        # As a first start's first paint cached them (sandbox_seed.py): the same list, the same time.
        orders, listed_at = listed_orders(self.sandbox)
        await self.store.upsert_orders(orders, listed_at)
        return len(orders)

    async def close(self) -> None:
        """Close the client, the store and the sandbox (saving its state)."""
        await self.client.aclose()
        await self.store.close()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.close)
        if self.lock is not None:
            self.lock.release()


async def open_session(
    profile: Profile,
    paths: Paths,
    credentials: CredentialStore | None = None,
    *,
    store: OrderStore | None = None,
    sandbox_orders: int = SANDBOX_ORDERS,
    transport: Any = None,
) -> Session:
    """Open the store (unless given, already open) and client of a profile; for the Sandbox profile, start
    the simulator in process.

    The first process to open a profile holds it; a session opened while another process holds it is
    read-only (`held_elsewhere` names that process). Every request of the session's client is paced to
    the rate limit Klarna announces (one pacer per session: Klarna counts per merchant). Raises
    MissingCredentials when a Klarna profile has no stored password.
    """
    folder = factory.profile_folder(paths, profile.id)
    lock: ProfileLock | None = ProfileLock(folder)
    assert lock is not None
    held_elsewhere: int | None = None
    if not await asyncio.to_thread(lock.acquire):
        held_elsewhere = lock.holder() or 0
        lock = None
    pacer = RatePacer()
    client: OrderManagementClient | None = None
    try:
        client, now, sandbox = await _connect(profile, folder, credentials, sandbox_orders, transport, pacer,
                                              keep_state=held_elsewhere is None)
        store = store or await factory.open_store(paths, profile.id, team_connection(profile, credentials))
    except BaseException:
        # Nothing half-open stays behind: a profile whose store failed must not look held by this process.
        if client is not None:
            await client.aclose()
        if lock is not None:
            lock.release()
        raise
    events = EventBus()  # one stream for every service of the session: subscribers see them all in order
    orders = OrderService(client, store, now, events=events)
    actions = ActionService(client, store, now, events=events,
                            read_only=profile.read_only or held_elsewhere is not None or store.read_only)
    bulk = BulkRunner(actions, store, profile.id, now, pacer=pacer)
    # Payout sync shares the client, so its pacer (Klarna counts per merchant); this only bounds what is in flight.
    payouts = PayoutService(store, client, now=now, pacer=Pacer(rate=0), events=events)
    return Session(profile, client, store, orders, actions, bulk, now, sandbox, lock, held_elsewhere, pacer, payouts,
                   events)


async def _connect(
    profile: Profile, folder: Path, credentials: CredentialStore | None, sandbox_orders: int, transport: Any,
    pacer: RatePacer, *, keep_state: bool,
) -> tuple[OrderManagementClient, Callable[[], dt.datetime], Sandbox | None]:
    """The client of a profile, its clock, and for the Sandbox profile the simulator in process."""
    if profile.kind == "sandbox":
        state = folder / SANDBOX_STATE
        state.parent.mkdir(parents=True, exist_ok=True)
        # Building 200 demo orders (or reading them back) takes a moment: not on the event loop. A second
        # window keeps its simulator to itself: saving it would overwrite the first window's.
        sandbox = await asyncio.to_thread(Sandbox, orders=sandbox_orders, seed=SANDBOX_SEED,
                                          state_path=state if keep_state else None)
        return sandbox.client(pacer=pacer), sandbox.clock.now, sandbox
    password = credentials.get(profile.id) if credentials is not None else None
    if not password:
        raise MissingCredentials(profile.name)
    client = OrderManagementClient(
        username=profile.username, password=password, base_url=profile.resolved_base_url(), transport=transport,
        pacer=pacer,
    )
    return client, utcnow, None


async def reset_sandbox(paths: Paths, profile: Profile) -> None:
    """Throw away the sandbox's state and local data; the next session starts with fresh demo orders."""
    folder = factory.profile_folder(paths, profile.id)
    await asyncio.to_thread(shutil.rmtree, folder, True)
    log.info("sandbox data reset (%s)", folder)
