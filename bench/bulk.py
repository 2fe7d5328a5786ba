"""Bulk "capture in full" against the sandbox over loopback HTTP with 150 ms latency and a 200 requests/s limit
announced in Klarna's X-Ratelimit-* headers: how close the bulk runner gets to that limit, in one run.

The sandbox is served by LiveServer on 127.0.0.1, in a process of its own (as Klarna is not in ours).
The bulk run is what the window does: plan, run (every write journaled with its key first, through
ActionService), then read the touched orders back; every request of it is paced by the session's
RatePacer, which knows nothing but what the answers' headers say. Counted at the transport: every
request and every 429. A ticker task measures how late the event loop wakes while it runs: the
longest stall. Afterwards every order is read back in the sandbox: more than one capture is a
duplicate. For the old comparison, a plain sequential loop of client.capture_order over a sample of
`--sequential` orders gives captures per second without any of this.

Targets: ratio_to_limit (requests per second over the announced limit) >= 0.85, throttled_share
(429s over requests) <= 0.01, max_stall_ms <= 50, duplicates 0. Prints a summary, then one JSON
object as the last line.

    python bench/bulk.py [--captures 1000] [--latency-ms 150] [--rate-limit 200] [--sequential 100]
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
from klarna_console.api.pool import SpreadTransport
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.sandbox import Sandbox
from klarna_console.sandbox.server import LiveServer
from klarna_console.services.actions import ActionService
from klarna_console.services.bulk import BulkRunner
from klarna_console.services.orders import OrderService
from klarna_console.services.pacing import RatePacer
from klarna_console.store import AsyncStore

cpu_s = 0.0  # the benchmark process's CPU time during the bulk run
TICK = 0.005  # the ticker asks to wake every 5 ms; any lateness beyond that is a stall


def new_order(n: int) -> dict[str, object]:
    """A plain authorized order; amounts vary so totals are not trivially equal."""
    amount = 1000 + 7 * n
    return {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": amount,
            "order_lines": [{"name": f"Vara {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Bench", "family_name": f"Mark{n}", "country": "SE"}}


class CountingTransport(SpreadTransport):
    """Loopback HTTP, as the app's client has it, that counts every request and the sandbox's 429 answers."""

    def __init__(self) -> None:
        super().__init__()
        self.requests = 0
        self.throttled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
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


async def bulk(runner: BulkRunner, orders: OrderService, sample: list[Order]) -> tuple[float, float, int]:
    """Plan, run, and read the touched orders back, as the window does: seconds planning, seconds sending,
    and how many succeeded."""
    started = time.perf_counter()
    global cpu_s
    cpu_started = time.process_time()
    plan = await runner.plan(Action.CAPTURE, sample)
    planned = time.perf_counter()
    report = await runner.run(plan)
    touched = [o.order_id for o in report.outcomes if o.outcome in ("succeeded", "unknown", "refused")]
    in_flight = runner.pacer.concurrency if runner.pacer is not None else 8
    ran = time.perf_counter()
    await orders.import_ids(touched, concurrency=in_flight)
    print(f"  (run {ran - planned:.2f} s, read back {time.perf_counter() - ran:.2f} s)")
    cpu_s = time.process_time() - cpu_started
    return planned - started, time.perf_counter() - planned, report.count("succeeded")


def serve(conn: Connection, orders_needed: int, latency_ms: int, rate_limit: int) -> None:
    """The sandbox's own process: make the orders, serve them over loopback, count captures when told to stop.

    A separate process, as Klarna is: the server's work must not hold the benchmark's interpreter lock
    and show up as stalls of the client's event loop.
    """
    sandbox = Sandbox(orders=0, seed=11)
    orders = [sandbox.create_order(new_order(n)) for n in range(orders_needed)]
    sandbox.faults.configure(latency_ms=latency_ms, rate_limit_per_second=rate_limit)
    with LiveServer(sandbox) as server:
        conn.send({"base_url": server.base_url, "username": sandbox.username, "password": sandbox.password,
                   "orders": [msgspec.json.encode(o) for o in orders]})
        conn.recv()  # the benchmark is done
        after = [sandbox.order(o.order_id or "") for o in orders]
    conn.send({"duplicates": sum(1 for o in after if len(o.captures or []) > 1),
               "not_captured": sum(1 for o in after if not o.captures)})


async def main(args: argparse.Namespace) -> dict[str, object]:
    """Start the sandbox process, run the sequential sample and the bulk run, and count duplicates."""
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=serve, args=(child, args.sequential + args.captures, args.latency_ms, args.rate_limit), daemon=True)
    process.start()
    try:
        served = await asyncio.to_thread(parent.recv)
        orders = [msgspec.json.decode(raw, type=Order) for raw in served["orders"]]
        first, second = orders[: args.sequential], orders[args.sequential:]
        credentials = {"username": served["username"], "password": served["password"],
                       "base_url": served["base_url"]}
        with tempfile.TemporaryDirectory() as home:
            plain = OrderManagementClient(**credentials, retry=RetryPolicy(max_retries=4))
            transport = CountingTransport()
            pacer = RatePacer()
            client = OrderManagementClient(**credentials, retry=RetryPolicy(max_retries=4), transport=transport,
                                           pacer=pacer)
            store = await AsyncStore.open(Paths.resolve(Path(home)).ensure(), "bench")
            now = lambda: dt.datetime.now(dt.timezone.utc)  # noqa: E731
            runner = BulkRunner(ActionService(client, store, now), store, "bench", now, pacer=pacer)
            try:
                await plain.get_order(first[0].order_id or "")  # connection warmed
                sequential_s = await sequential(plain, first)
                await asyncio.sleep(1.0)  # the server's allowance is full again, as it is before any run
                with StallMeter() as meter:
                    plan_s, bulk_s, succeeded = await bulk(runner, OrderService(client, store, now), second)
            finally:
                await plain.aclose()
                await client.aclose()
                await store.close()
        parent.send("stop")
        counted = await asyncio.to_thread(parent.recv)
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
    sequential_rate = args.sequential / sequential_s
    bulk_rate = args.captures / bulk_s
    return {
        "captures": args.captures,
        "latency_ms": args.latency_ms,
        "rate_limit_per_second": args.rate_limit,
        "requests": transport.requests,
        "requests_per_action": round(transport.requests / args.captures, 3),
        "plan_s": round(plan_s, 3),
        "bulk_s": round(bulk_s, 3),
        "requests_per_second": round(transport.requests / bulk_s, 1),
        "ratio_to_limit": round(transport.requests / bulk_s / args.rate_limit, 3),
        "client_cpu_ms_per_request": round(cpu_s * 1000 / max(1, transport.requests), 2),
        "throttled_429": transport.throttled,
        "throttled_share": round(transport.throttled / max(1, transport.requests), 4),
        "pacer_final_rate": round(pacer.rate, 1),
        "pacer_max_concurrency": pacer.concurrency,
        "sequential_captures": args.sequential,
        "sequential_per_second": round(sequential_rate, 1),
        "bulk_captures_per_second": round(bulk_rate, 1),
        "ratio_to_sequential": round(bulk_rate / sequential_rate, 2),
        "bulk_succeeded": succeeded,
        "max_stall_ms": round(meter.max_stall * 1000, 1),
        "duplicates": counted["duplicates"],
        "not_captured": counted["not_captured"],
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--captures", type=int, default=1000, help="captures in the bulk run")
    parser.add_argument("--latency-ms", type=int, default=150, help="sandbox latency added to each request")
    parser.add_argument("--rate-limit", type=int, default=200, help="the sandbox's requests per second (announced)")
    parser.add_argument("--sequential", type=int, default=100, help="captures in the sequential sample")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args(sys.argv[1:])
    result = asyncio.run(main(arguments))
    print(f"{result['captures']} captures, {result['latency_ms']} ms latency, limit announced "
          f"{result['rate_limit_per_second']}/s")
    print(f"  sequential sample: {result['sequential_per_second']} captures/s")
    print(f"  bulk run:          {result['bulk_s']:.2f} s for {result['requests']} requests "
          f"({result['requests_per_action']} per action): {result['requests_per_second']}/s, "
          f"{result['bulk_succeeded']} succeeded; {result['bulk_captures_per_second']} captures/s")
    print(f"  ratio to limit {result['ratio_to_limit']} (target >= 0.85); 429 share {result['throttled_share']} "
          f"(<= 0.01); longest event-loop stall {result['max_stall_ms']} ms (<= 50); duplicates "
          f"{result['duplicates']}; {result['ratio_to_sequential']}x the sequential loop")
    print(json.dumps(result))
