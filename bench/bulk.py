"""Bulk "capture in full" against the sandbox over loopback HTTP with 20 ms latency: the bulk runner
against a plain sequential loop of client.capture_order, in one run.

The sandbox is served by LiveServer on 127.0.0.1, in a process of its own (as Klarna is not in ours),
with its rate limit configured; 429 answers are counted. The bulk runner goes through the journal
(intent, key, outcome) as the window does, paced below that limit. A ticker task
measures how late the event loop wakes up while both run: the longest stall. Afterwards every order
is read back: an order with more than one capture is a duplicate. Prints a summary, then one JSON
object as the last line. Targets: ratio >= 10x within the rate limit, stall <= 50 ms, no duplicates.

    python bench/bulk.py [--captures 1000] [--latency-ms 20] [--rate-limit 600] [--rate 500] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
import msgspec
from klarna_console.api import OrderManagementClient, RetryPolicy
from klarna_console.api.models import Order
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.sandbox import Sandbox
from klarna_console.sandbox.server import LiveServer
from klarna_console.services.actions import ActionService
from klarna_console.services.bulk import BulkRunner
from klarna_console.store import AsyncStore

TICK = 0.005  # the ticker asks to wake every 5 ms; any lateness beyond that is a stall


def new_order(n: int) -> dict[str, object]:
    """A plain authorized order; amounts vary so totals are not trivially equal."""
    amount = 1000 + 7 * n
    return {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": amount,
            "order_lines": [{"name": f"Vara {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Bench", "family_name": f"Mark{n}", "country": "SE"}}


class CountingTransport(httpx.AsyncHTTPTransport):
    """Loopback HTTP that counts the sandbox's 429 answers (0 means the runner stayed under the limit)."""

    def __init__(self) -> None:
        super().__init__()
        self.throttled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.throttled += response.status_code == 429
        return response


class StallMeter:
    """A task that sleeps TICK at a time and records the longest time the loop kept it waiting beyond that."""

    def __init__(self) -> None:
        self.max_stall = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(TICK)
            self.max_stall = max(self.max_stall, loop.time() - before - TICK)

    def __enter__(self) -> StallMeter:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *_: object) -> None:
        if self._task is not None:
            self._task.cancel()


async def sequential(client: OrderManagementClient, orders: list[Order]) -> float:
    """One capture after the other, as a simple script would do it; seconds taken."""
    started = time.perf_counter()
    for order in orders:
        await client.capture_order(order.order_id or "", {"captured_amount": order.remaining_authorized_amount})
    return time.perf_counter() - started


async def bulk(runner: BulkRunner, orders: list[Order]) -> tuple[float, int]:
    """The bulk runner over the same number of orders; seconds taken and how many succeeded."""
    started = time.perf_counter()
    report = await runner.run(await runner.plan(Action.CAPTURE, orders))
    return time.perf_counter() - started, report.count("succeeded")


def serve(conn: Connection, captures: int, latency_ms: int, rate_limit: int) -> None:
    """The sandbox's own process: make the orders, serve them over loopback, count captures when told to stop.

    A separate process, as Klarna is: the server's work must not hold the benchmark's interpreter lock
    and show up as stalls of the client's event loop.
    """
    sandbox = Sandbox(orders=0, seed=11)
    orders = [sandbox.create_order(new_order(n)) for n in range(2 * captures)]
    sandbox.faults.configure(latency_ms=latency_ms, rate_limit_per_second=rate_limit)
    with LiveServer(sandbox) as server:
        conn.send({"base_url": server.base_url, "username": sandbox.username, "password": sandbox.password,
                   "orders": [msgspec.json.encode(o) for o in orders]})
        conn.recv()  # the benchmark is done
        after = [sandbox.order(o.order_id or "") for o in orders]
    conn.send({"duplicates": sum(1 for o in after if len(o.captures or []) > 1),
               "not_captured": sum(1 for o in after if not o.captures)})


async def main(args: argparse.Namespace) -> dict[str, object]:
    """Start the sandbox process, run the sequential loop and the bulk runner, and count duplicates."""
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=serve, args=(child, args.captures, args.latency_ms, args.rate_limit), daemon=True)
    process.start()
    try:
        served = await asyncio.to_thread(parent.recv)
        orders = [msgspec.json.decode(raw, type=Order) for raw in served["orders"]]
        first, second = orders[: args.captures], orders[args.captures:]
        with tempfile.TemporaryDirectory() as home:
            transport = CountingTransport()
            client = OrderManagementClient(username=served["username"], password=served["password"],
                                           base_url=served["base_url"], retry=RetryPolicy(max_retries=4),
                                           transport=transport)
            store = await AsyncStore.open(Paths.resolve(Path(home)).ensure(), "bench")
            now = lambda: dt.datetime.now(dt.timezone.utc)  # noqa: E731
            runner = BulkRunner(ActionService(client, store, now), store, "bench", now,
                                concurrency=args.concurrency, rate_per_second=args.rate)
            try:
                with StallMeter() as meter:
                    await client.get_order(first[0].order_id or "")  # connection warmed for both
                    sequential_s = await sequential(client, first)
                    bulk_s, succeeded = await bulk(runner, second)
            finally:
                await client.aclose()
                await store.close()
        parent.send("stop")
        counted = await asyncio.to_thread(parent.recv)
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
    return {
        "captures": args.captures,
        "latency_ms": args.latency_ms,
        "rate_limit_per_second": args.rate_limit,
        "runner_rate_per_second": args.rate,
        "concurrency": args.concurrency,
        "sequential_s": round(sequential_s, 3),
        "bulk_s": round(bulk_s, 3),
        "sequential_per_second": round(args.captures / sequential_s, 1),
        "bulk_per_second": round(args.captures / bulk_s, 1),
        "ratio_to_sequential": round(sequential_s / bulk_s, 2),
        "bulk_succeeded": succeeded,
        "max_stall_ms": round(meter.max_stall * 1000, 1),
        "throttled_429": transport.throttled,
        "duplicates": counted["duplicates"],
        "not_captured": counted["not_captured"],
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--captures", type=int, default=1000, help="captures in each of the two runs")
    parser.add_argument("--latency-ms", type=int, default=20, help="sandbox latency added to each request")
    parser.add_argument("--rate-limit", type=int, default=600, help="the sandbox's requests per second")
    parser.add_argument("--rate", type=float, default=500.0, help="the bulk runner's pace (below the limit)")
    parser.add_argument("--concurrency", type=int, default=16, help="bulk requests in flight at most")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args(sys.argv[1:])
    result = asyncio.run(main(arguments))
    print(f"{result['captures']} captures, {result['latency_ms']} ms latency, sandbox limit "
          f"{result['rate_limit_per_second']}/s")
    print(f"  sequential loop: {result['sequential_s']:8.2f} s  ({result['sequential_per_second']}/s)")
    print(f"  bulk runner:     {result['bulk_s']:8.2f} s  ({result['bulk_per_second']}/s, "
          f"{result['bulk_succeeded']} succeeded)")
    print(f"  ratio {result['ratio_to_sequential']}x (target >= 10x); longest event-loop stall "
          f"{result['max_stall_ms']} ms (target <= 50); duplicates {result['duplicates']}; "
          f"429 answers {result['throttled_429']}")
    print(json.dumps(result))
