"""Services wired to an in-process sandbox and a store in a temporary directory."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from klarna_console.api import OrderManagementClient, RetryPolicy
from klarna_console.api.models import Order
from klarna_console.domain import rules
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.services.actions import ActionService
from klarna_console.services.orders import OrderService
from klarna_console.services.pacing import RatePacer
from klarna_console.store import AsyncStore

NOW = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.timezone.utc)


class Spy(httpx.AsyncBaseTransport):
    """Passes requests to the sandbox, calling `before(request)` first (to look at the journal then)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []
        self.before: Callable[[httpx.Request], Any] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.before is not None:
            await self.before(request)
        return await self.inner.handle_async_request(request)

    def writes(self, path_end: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method != "GET" and r.url.path.endswith(path_end)]


@dataclasses.dataclass
class World:
    """A sandbox, a store, and the services between them, as the window would have them."""

    sandbox: Sandbox
    paths: Paths
    store: AsyncStore
    spy: Spy
    client: OrderManagementClient
    actions: ActionService
    orders: OrderService

    def now(self) -> dt.datetime:
        return self.sandbox.clock.now()

    def find(self, predicate: Callable[[Order], bool]) -> Order:
        """A sandbox order matching a predicate (the demo data has every kind)."""
        for order_id in self.sandbox.order_ids:
            order = self.sandbox.order(order_id)
            if predicate(order):
                return order
        raise LookupError("no demo order matches")

    def capturable(self) -> Order:
        return self.find(lambda o: bool(rules.can_capture(o, self.now())) and o.status == "AUTHORIZED")

    async def reopen(self, max_retries: int = 2) -> World:
        """A new process: new client, new store connection, new services; the same files."""
        await self.close()
        return await make_world(self.sandbox, self.paths, max_retries=max_retries)

    async def close(self) -> None:
        """Close the client and the store (as a process ending would)."""
        await self.client.aclose()
        await self.store.close()


async def make_world(sandbox: Sandbox, paths: Paths, *, max_retries: int = 2, pacer: RatePacer | None = None) -> World:
    """The services over `sandbox`; with `pacer`, its client is paced to the sandbox's rate limit as a session's is."""
    spy = Spy(sandbox.transport())
    client = sandbox.client(transport=spy, retry=RetryPolicy(max_retries=max_retries, initial_delay=0.001),
                            pacer=pacer)
    store = await AsyncStore.open(paths, "test-profile")
    now = sandbox.clock.now
    return World(sandbox, paths, store, spy, client, ActionService(client, store, now),
                 OrderService(client, store, now))


@pytest.fixture
def sandbox() -> Sandbox:
    """40 demo orders on a clock standing still."""
    return Sandbox(orders=40, seed=5, clock=Clock(at=NOW))


@pytest.fixture
async def world(sandbox: Sandbox, tmp_path) -> AsyncIterator[World]:
    """The services over the sandbox, with the sandbox's orders already in the local store."""
    w = await make_world(sandbox, Paths.resolve(tmp_path / "home"))
    await w.store.upsert_orders([sandbox.order(i) for i in sandbox.order_ids], w.now())
    yield w
    await w.client.aclose()
    await w.store.close()
