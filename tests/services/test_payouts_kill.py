"""A payout sync killed with SIGKILL half-way resumes where it stopped (a real child process)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import httpx
import pytest
from klarna_console.api import OrderManagementClient, RetryPolicy
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.sandbox.server import LiveServer
from klarna_console.services.payouts import Pacer, PayoutService
from klarna_console.store import AsyncStore, database_path

NOW = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.timezone.utc)

CHILD = textwrap.dedent("""
    import asyncio, datetime as dt, os, sys
    from klarna_console.api import OrderManagementClient
    from klarna_console.paths import Paths
    from klarna_console.services.payouts import Pacer, PayoutService
    from klarna_console.store import AsyncStore

    async def main():
        store = await AsyncStore.open(Paths.resolve(sys.argv[1]), "killed")
        om = OrderManagementClient(username=os.environ["SB_USER"], password=os.environ["SB_PASSWORD"],
                                   base_url=sys.argv[2])
        now = dt.datetime.fromisoformat(sys.argv[3])
        await PayoutService(store, om, now=lambda: now, pacer=Pacer(rate=10, concurrency=1)).sync(90)
        print("finished", flush=True)

    asyncio.run(main())
""")


class Counting(httpx.AsyncBaseTransport):
    """Real HTTP, counting the payouts whose transactions are asked for."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.references: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/transactions"):
            self.references.append(request.url.params.get("payment_reference", ""))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def synced(db: os.PathLike[str]) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM payouts WHERE transactions_synced = 1").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


@pytest.mark.slow
async def test_a_sync_killed_half_way_resumes_where_it_stopped(tmp_path):
    sandbox = Sandbox(orders=120, seed=8, clock=Clock(at=NOW), password="kill-test-password")
    home = tmp_path / "home"
    paths = Paths.resolve(home)
    db = database_path(paths, "killed")
    with LiveServer(sandbox) as server:
        env = {**os.environ, "SB_USER": sandbox.username, "SB_PASSWORD": sandbox.password, "KLARNA_CONSOLE_HOME": str(home)}
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(home), server.base_url, NOW.isoformat()],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while synced(db) < 3:
                assert child.poll() is None, child.communicate()[1].decode()
                assert time.monotonic() < deadline, "the child never got going"
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        done_before = synced(db)

        counting = Counting()
        store = await AsyncStore.open(paths, "killed")
        om = OrderManagementClient(username=sandbox.username, password=sandbox.password, base_url=server.base_url,
                                   transport=counting, retry=RetryPolicy(max_retries=1))
        try:
            service = PayoutService(store, om, now=lambda: NOW, pacer=Pacer(rate=0, concurrency=4))
            total = len(await service.payouts())
            assert 3 <= done_before < total
            result = await service.sync(90)
            assert result.phase == "done"
            # Only the payouts the killed sync had not finished are asked for again.
            assert len(counting.references) == total - done_before
            assert all(p.transactions_synced for p in await service.payouts())
            with sandbox.state.lock:
                ledger = sandbox.settlements.ledger("")
            expected = {r.order_id for p in ledger.payouts if p.payout_date >= NOW - dt.timedelta(days=90)
                        for r in p.rows}
            assert set(await store.order_ids()) == expected
        finally:
            await om.aclose()
            await store.close()
