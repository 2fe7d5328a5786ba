"""Payout sync of a year against the sandbox over loopback HTTP: every payout, its transactions, every order.

A mid-sized shop: orders shipped in two parts, every third partly refunded, captured over the last
year, so the sandbox's Settlements routes hold about 50,000 transactions in about 250 daily payouts.
The sandbox runs in a process of its own (as Klarna is not in ours) with 50 ms latency and a rate limit
of 50 requests/s. A fresh profile syncs the year: the payout list, each payout's transactions, and
every order they name fetched from Order Management. The least time the rate limit allows is the
number of requests needed divided by the limit; the target is <= 1.2x that, with every order
discovered and the event loop never stalled over 50 ms. Prints a summary, then one JSON line last.

    python bench/settlements.py [--transactions 50000] [--days 350] [--latency-ms 50] [--rate-limit 50]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import multiprocessing
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
from klarna_console.api import OrderManagementClient, RetryPolicy
from klarna_console.api.requests import CaptureRequest, RefundRequest
from klarna_console.paths import Paths
from klarna_console.sandbox import NewOrder, Sandbox
from klarna_console.sandbox.bodies import check
from klarna_console.sandbox.server import LiveServer
from klarna_console.services.payouts import Pacer, PayoutService, SyncProgress
from klarna_console.store import AsyncStore

TICK = 0.005  # the ticker asks to wake every 5 ms; any lateness beyond that is a stall
PAGE = 500
ROWS_PER_ORDER = 6 + 1 / 3  # two captures, each a sale and two fees; a refund on every third order


class CountingTransport(httpx.AsyncHTTPTransport):
    """Loopback HTTP that counts requests by kind and the sandbox's 429 answers."""

    def __init__(self) -> None:
        super().__init__()
        self.requests = 0
        self.throttled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.requests += 1
        self.throttled += response.status_code == 429
        return response


class StallMeter:
    """A task that sleeps TICK at a time and records how long the loop kept it waiting beyond that."""

    def __init__(self) -> None:
        self.stalls: list[float] = []
        self._task: asyncio.Task[None] | None = None

    @property
    def max_stall(self) -> float:
        return max(self.stalls, default=0.0)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.stalls)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(TICK)
            self.stalls.append(loop.time() - before - TICK)

    def __enter__(self) -> StallMeter:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *_: object) -> None:
        if self._task is not None:
            self._task.cancel()


def build(sandbox: Sandbox, transactions: int, days: int) -> None:
    """Orders captured in two parts over `days` days ending a week ago; every third partly refunded."""
    orders = math.ceil(transactions / ROWS_PER_ORDER)
    now = sandbox.clock.now()
    first = now - dt.timedelta(days=days + 8)
    ops = sandbox.operations
    for n in range(orders):
        created = first + dt.timedelta(seconds=days * 86400 * n / orders)
        amount = 20000 + 13 * (n % 500)
        half = amount // 2
        new = check(NewOrder, {
            "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": amount,
            "order_lines": [{"name": f"Vara {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Bench", "family_name": f"Mark{n}", "country": "SE"},
            "merchant_reference1": str(200000 + n), "created_at": created.isoformat()})
        with sandbox.state.lock:
            order = ops.create_order(new, created, rng=sandbox.rng)
            oid = order.order_id or ""
            ops.capture(oid, CaptureRequest(captured_amount=half), created + dt.timedelta(hours=2))
            ops.capture(oid, CaptureRequest(captured_amount=amount - half), created + dt.timedelta(hours=30))
            if n % 3 == 0:
                ops.refund(oid, RefundRequest(refunded_amount=half // 2), created + dt.timedelta(days=4))


def idle_loop(conn: Connection) -> None:
    """A control: an event loop doing nothing but the ticker, in its own process, while the sync runs.

    The machine is shared; what this idle loop suffers is the machine's doing, not the sync's.
    """

    async def run() -> None:
        with StallMeter() as meter:
            await asyncio.to_thread(conn.recv)
        conn.send([meter.max_stall, meter.percentile(0.99)])

    asyncio.run(run())


def serve(conn: Connection, transactions: int, days: int, latency_ms: int, rate_limit: int) -> None:
    """The sandbox's own process: make the year of orders, serve them, report what a sync must find."""
    sandbox = Sandbox(orders=0, seed=21)
    build(sandbox, transactions, days)
    with sandbox.state.lock:
        ledger = sandbox.settlements.ledger("")  # built once here, not on the first request of the bench
    sandbox.faults.configure(latency_ms=latency_ms, rate_limit_per_second=rate_limit)
    with LiveServer(sandbox) as server:
        with sandbox.state.lock:
            sandbox.settlements.ledger(server.base_url)  # the links name the server: built for it
        paid_orders = sorted({r.order_id for p in ledger.payouts for r in p.rows})
        conn.send({"base_url": server.base_url, "username": sandbox.username, "password": sandbox.password,
                   "now": sandbox.clock.now().isoformat(), "payouts": len(ledger.payouts),
                   "transactions": sum(len(p.rows) for p in ledger.payouts),
                   "pages": sum(math.ceil(len(p.rows) / PAGE) for p in ledger.payouts), "orders": paid_orders})
        conn.recv()  # the benchmark is done


async def main(args: argparse.Namespace) -> dict[str, object]:
    """Start the sandbox process, sync a year into a fresh store, and check what was found."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=serve, args=(child, args.transactions, args.days, args.latency_ms,
                                                  args.rate_limit), daemon=True)
    process.start()
    try:
        served = await asyncio.to_thread(parent.recv)
        # What the sync must ask for at least: the payout list, each payout's pages, each order.
        needed = math.ceil(served["payouts"] / PAGE) + served["pages"] + len(served["orders"])
        with tempfile.TemporaryDirectory() as home:
            transport = CountingTransport()
            client = OrderManagementClient(username=served["username"], password=served["password"],
                                           base_url=served["base_url"], retry=RetryPolicy(max_retries=4),
                                           transport=transport)
            store = await AsyncStore.open(Paths.resolve(Path(home)).ensure(), "bench")
            sandbox_now = dt.datetime.fromisoformat(served["now"])
            service = PayoutService(store, client, now=lambda: sandbox_now,
                                    pacer=Pacer(rate=args.pace, concurrency=args.concurrency))
            phases: dict[str, float] = {}
            started = time.perf_counter()

            def progress(state: SyncProgress) -> None:
                phases.setdefault(state.phase, time.perf_counter() - started)

            # The window has talked to Klarna long before a payout sync: warm the connection, as bulk.py does.
            await service.settlements.list_payouts(size=1)
            control, control_child = context.Pipe()
            idle = context.Process(target=idle_loop, args=(control_child,), daemon=True)
            idle.start()
            try:
                with StallMeter() as meter:
                    service.events.subscribe(SyncProgress, progress)
                    result = await service.sync(args.days + 15)
                elapsed = time.perf_counter() - started
                control.send("stop")
                idle_max, idle_p99 = await asyncio.to_thread(control.recv)
                idle.join(timeout=10)
                found = set(await store.order_ids())
            finally:
                await client.aclose()
                await store.close()
        parent.send("stop")
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
    floor = needed / args.rate_limit
    expected = set(served["orders"])
    return {
        "transactions": served["transactions"],
        "payouts": served["payouts"],
        "orders_paid_out": len(expected),
        "latency_ms": args.latency_ms,
        "rate_limit_per_second": args.rate_limit,
        "pace_per_second": args.pace,
        "requests_needed": needed,
        "requests_sent": transport.requests - 1,  # not the warm-up
        "throttled_429": transport.throttled,
        "rate_limit_floor_s": round(floor, 2),
        "sync_s": round(elapsed, 2),
        "ratio_to_floor": round(elapsed / floor, 3),
        "orders_discovered": len(found & expected),
        "orders_missing": len(expected - found),
        "orders_extra": len(found - expected),
        "phase": result.phase,
        "phase_started_s": {k: round(v, 2) for k, v in phases.items()},
        "max_stall_ms": round(meter.max_stall * 1000, 1),
        "p99_stall_ms": round(meter.percentile(0.99) * 1000, 1),
        "idle_loop_max_stall_ms": round(idle_max * 1000, 1),
        "idle_loop_p99_stall_ms": round(idle_p99 * 1000, 1),
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--transactions", type=int, default=50_000, help="transactions in the year (about)")
    parser.add_argument("--days", type=int, default=350, help="days the captures are spread over")
    parser.add_argument("--latency-ms", type=int, default=50, help="sandbox latency added to each request")
    parser.add_argument("--rate-limit", type=int, default=50, help="the sandbox's requests per second")
    parser.add_argument("--pace", type=float, default=48.0, help="the sync's requests per second (below the limit)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight at most")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args(sys.argv[1:])
    outcome = asyncio.run(main(arguments))
    print(f"{outcome['transactions']} transactions in {outcome['payouts']} payouts, {outcome['orders_paid_out']} "
          f"orders; sandbox {outcome['latency_ms']} ms latency, limit {outcome['rate_limit_per_second']}/s")
    print(f"  sync: {outcome['sync_s']} s for {outcome['requests_sent']} requests ({outcome['requests_needed']} "
          f"needed, {outcome['throttled_429']} answered 429); the limit allows it in {outcome['rate_limit_floor_s']} s")
    print(f"  ratio {outcome['ratio_to_floor']}x (target <= 1.2x); discovered {outcome['orders_discovered']}, "
          f"missing {outcome['orders_missing']}, extra {outcome['orders_extra']}; longest event-loop stall "
          f"{outcome['max_stall_ms']} ms (target <= 50), p99 {outcome['p99_stall_ms']} ms; an idle loop on the same "
          f"machine meanwhile: longest {outcome['idle_loop_max_stall_ms']} ms, p99 {outcome['idle_loop_p99_stall_ms']} ms")
    print(json.dumps(outcome))
