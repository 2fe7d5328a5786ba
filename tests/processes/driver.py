"""A headless stand-in for a window: opens a profile against a sandbox served over loopback HTTP and runs one job.

Tests start it as a child process and read its progress from stdout, one JSON object a line, so they can
kill -9 it at the moment they choose (after so many journal intents, say). Every line is flushed when an
event happens: what a killed driver printed is what it had done.

Events:
    ready     the profile is open: pid, held_elsewhere (the holder's pid when another process has it), read_only
    entry     a journal entry was written or changed (after its transaction committed): id, order_id, action,
              state, key, attempts
    send      a request is about to leave: method, path, key (writes only carry one)
    answer    what came back for it: status, or error for a lost connection
    refused   nothing was sent for an order: kind (OpenWrite, RecentWrite, KeyExpired, ActionRefused), entry,
              entry_state, message
    result    how an order's write ended: order_id, entry, state, error_code
    plan      a bulk plan: allowed (with the open entry each resumes), skipped, refused
    report    a bulk run's outcomes
    resumed   resume_open_intents: results, too_old
    checked   check_with_klarna / mark_not_applied: found, matched, state
    done      the job ended normally

Usage: driver.py --base DIR --url URL --username U --password P [options] JOB [job options]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from klarna_console.api import OrderManagementClient, RetryPolicy
from klarna_console.api.models import Order
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.profiles import CredentialStore, Profile
from klarna_console.services.actions import ActionRefused, ActionRequest, ActionResult, ActionService
from klarna_console.services.bulk import BulkRunner
from klarna_console.services.events import JournalEntryEvent
from klarna_console.services.session import open_session, utcnow
from klarna_console.store import AsyncStore, GuardRefusal, JournalEntry

PROFILE_ID = "shop"
HOLD_LIMIT = 120.0  # a holder that is never told to stop gives up after this long


def emit(event: str, **fields: Any) -> None:
    """One progress line on stdout, flushed at once (a kill -9 may follow any moment)."""
    sys.stdout.write(json.dumps({"event": event, **fields}, default=str) + "\n")
    sys.stdout.flush()


def entry_fields(entry: JournalEntry) -> dict[str, Any]:
    """What an event says about a journal entry (never its request body)."""
    return {"id": entry.id, "order_id": entry.order_id, "action": entry.action, "state": entry.state.value,
            "key": entry.idempotency_key, "attempts": entry.attempts, "result_id": entry.result_id,
            "error_code": entry.error_code}


class Reporting(httpx.AsyncBaseTransport):
    """Real HTTP over loopback, announcing every request before it leaves and what came back."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = request.headers.get("Klarna-Idempotency-Key")
        emit("send", method=request.method, path=request.url.path, key=key)
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as error:
            emit("answer", method=request.method, path=request.url.path, key=key, error=type(error).__name__)
            raise
        emit("answer", method=request.method, path=request.url.path, key=key, status=response.status_code)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def sandbox_clock(args: argparse.Namespace) -> Callable[[], dt.datetime]:
    """The sandbox's movable clock, followed from here: wall time plus however far it was moved."""
    reply = httpx.get(f"{args.url}/sandbox/v1/clock", auth=(args.username, args.password), timeout=10)
    reply.raise_for_status()
    offset = dt.datetime.fromisoformat(reply.json()["now"].replace("Z", "+00:00")) - utcnow()
    return lambda: utcnow() + offset


class Opened:
    """What a job works with: the profile's store, its services, and how to close them."""

    def __init__(self, store: AsyncStore, actions: ActionService, bulk: BulkRunner, close: Callable[[], Any],
                 held_elsewhere: int | None, read_only: bool) -> None:
        self.store, self.actions, self.bulk, self.close = store, actions, bulk, close
        self.held_elsewhere, self.read_only = held_elsewhere, read_only


async def open_profile(args: argparse.Namespace) -> Opened:
    """Open the profile as a window does (open_session: the first process holds it), or with --no-lock as a
    second desk would, whose store is the same file but whose lock is not seen (a network share)."""
    paths = Paths.resolve(args.base)
    retry = RetryPolicy(max_retries=args.max_retries, initial_delay=args.retry_delay)
    now = sandbox_clock(args) if args.sandbox_clock else utcnow

    def on_entry(event: JournalEntryEvent) -> None:
        emit("entry", **entry_fields(event.entry))

    if args.no_lock:
        client = OrderManagementClient(username=args.username, password=args.password, base_url=args.url,
                                       transport=Reporting(), retry=retry)
        store = await AsyncStore.open(paths, PROFILE_ID)
        actions = ActionService(client, store, now)
        actions.events.subscribe(JournalEntryEvent, on_entry)

        async def close_plain() -> None:
            await client.aclose()
            await store.close()

        return Opened(store, actions, BulkRunner(actions, store, PROFILE_ID, now, concurrency=args.concurrency),
                      close_plain, None, False)
    profile = Profile(id=PROFILE_ID, name="Shop", base_url=args.url, username=args.username,
                      team_store=args.team_store, agent=args.agent)
    credentials = CredentialStore(paths, backend="file")
    credentials.set(PROFILE_ID, args.password)
    session = await open_session(profile, paths, credentials, transport=Reporting())
    session.client.retry = retry
    # The session's own services, on the clock the test chose (the Sandbox profile's window does the same
    # with its simulator's clock); read-only exactly when the session is.
    actions = ActionService(session.client, session.store, now, events=session.events, read_only=session.read_only)
    session.events.subscribe(JournalEntryEvent, on_entry)
    bulk = BulkRunner(actions, session.store, PROFILE_ID, now, concurrency=args.concurrency, pacer=session.pacer)
    return Opened(session.store, actions, bulk, session.close, session.held_elsewhere, session.read_only)


def report_result(order_id: str, result: ActionResult) -> None:
    emit("result", order_id=order_id, entry=result.entry.id, state=result.entry.state.value,
         error_code=result.entry.error_code, result_id=result.entry.result_id)


def report_refusal(order_id: str, refusal: Exception) -> None:
    if isinstance(refusal, GuardRefusal):
        emit("refused", order_id=order_id, kind=type(refusal).__name__, entry=refusal.entry.id,
             entry_state=refusal.entry.state.value, agent=refusal.entry.agent, message=str(refusal))
    elif isinstance(refusal, ActionRefused):
        emit("refused", order_id=order_id, kind="ActionRefused", code=refusal.verdict.error_code,
             message=str(refusal.verdict.reason))


async def resume(opened: Opened) -> None:
    resumed, too_old = await opened.actions.resume_open_intents()
    emit("resumed", results=[entry_fields(r.entry) for r in resumed], too_old=[entry_fields(e) for e in too_old])


async def job_write(opened: Opened, args: argparse.Namespace) -> None:
    """Capture or refund a fixed amount on each order, as one window's dialogs would send them."""
    if args.resume_first:
        await resume(opened)
    action = Action.CAPTURE if args.job == "capture" else Action.REFUND
    field = "captured_amount" if action == Action.CAPTURE else "refunded_amount"
    limit = asyncio.Semaphore(args.concurrency)

    async def one(order_id: str) -> None:
        async with limit:
            try:
                result = await opened.actions.perform(ActionRequest(action, order_id, body={field: args.amount}))
            except (GuardRefusal, ActionRefused) as refusal:
                report_refusal(order_id, refusal)
                return
            report_result(order_id, result)

    await asyncio.gather(*(one(order_id) for order_id in args.orders.split(",")))


async def job_sync(opened: Opened, args: argparse.Namespace) -> None:
    """Read the orders from Klarna into the local cache (what the search pane shows later)."""
    for order_id in args.orders.split(","):
        await opened.actions.orders.fetch(order_id)
    emit("synced", count=len(args.orders.split(",")))


async def job_bulk(opened: Opened, args: argparse.Namespace) -> None:
    """Capture in full over a selection, planned from the orders as the cache has them."""
    orders: list[Order] = []
    for order_id in args.orders.split(","):
        cached = await opened.store.get_order(order_id)
        orders.append(cached.order if cached is not None else await opened.actions.orders.fetch(order_id))
    plan = await opened.bulk.plan(Action.CAPTURE, orders)
    emit("plan", batch=plan.batch,
         allowed=[{"order_id": i.order_id, "amount": i.request.amount if i.request else None,
                   "open_entry": i.open_entry.id if i.open_entry else None,
                   "key": i.open_entry.idempotency_key if i.open_entry else None} for i in plan.allowed],
         skipped=[{"order_id": i.order_id, "reason": i.why.code.value if i.why else ""} for i in plan.skipped],
         refused=[{"order_id": i.order_id, "code": i.error_code, "reason": str(i.why)} for i in plan.refused])
    report = await opened.bulk.run(plan)
    emit("report", outcomes=[{"order_id": o.order_id, "outcome": o.outcome, "code": o.error_code,
                              "message": o.message} for o in report.outcomes])


async def job_retry(opened: Opened, args: argparse.Namespace) -> None:
    """Press Retry on a journal entry (History tab)."""
    entry = await opened.store.get_entry(args.entry)
    assert entry is not None, f"no journal entry {args.entry}"
    try:
        result = await opened.actions.retry(entry)
    except GuardRefusal as refusal:
        report_refusal(entry.order_id, refusal)
        return
    report_result(entry.order_id, result)


async def job_check(opened: Opened, args: argparse.Namespace) -> None:
    """Check with Klarna (and, with --not-applied, mark the entry not applied if Klarna shows nothing)."""
    entry = await opened.store.get_entry(args.entry)
    assert entry is not None, f"no journal entry {args.entry}"
    if args.not_applied:
        found = await opened.actions.mark_not_applied(entry, args.not_applied)
    else:
        found = await opened.actions.check_with_klarna(entry)
    emit("checked", entry=found.entry.id, found=found.found, matched=found.matched_id, state=found.entry.state.value,
         error_code=found.entry.error_code)


async def job_hold(opened: Opened, args: argparse.Namespace) -> None:
    """Keep the profile open until stdin closes (or HOLD_LIMIT passes)."""
    loop = asyncio.get_running_loop()
    closed = loop.create_future()

    def readable() -> None:
        if not os.read(sys.stdin.fileno(), 4096) and not closed.done():
            closed.set_result(None)

    loop.add_reader(sys.stdin.fileno(), readable)
    try:
        await asyncio.wait_for(closed, HOLD_LIMIT)
    except TimeoutError:
        pass
    finally:
        loop.remove_reader(sys.stdin.fileno())


JOBS = {"capture": job_write, "refund": job_write, "sync": job_sync, "bulk": job_bulk, "retry": job_retry,
        "check": job_check, "hold": job_hold}


async def main(args: argparse.Namespace) -> int:
    opened = await open_profile(args)
    try:
        emit("ready", pid=os.getpid(), held_elsewhere=opened.held_elsewhere, read_only=opened.read_only)
        if args.start_on_go:
            # Several desks start their jobs at the same moment: the test says "go" once all are ready.
            await asyncio.to_thread(sys.stdin.readline)
        if args.job == "resume":
            await resume(opened)
        else:
            await JOBS[args.job](opened, args)
        emit("done")
    finally:
        await opened.close()
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the app's base directory (settings, data)")
    parser.add_argument("--url", required=True, help="the sandbox's base URL (loopback)")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--no-lock", action="store_true", help="open the store without taking the profile")
    parser.add_argument("--max-retries", type=int, default=2, help="the client's retries of one request")
    parser.add_argument("--retry-delay", type=float, default=0.5, help="seconds before the client's first retry")
    parser.add_argument("--sandbox-clock", action="store_true", help="judge time by the sandbox's clock")
    parser.add_argument("--concurrency", type=int, default=1, help="orders worked on at once")
    parser.add_argument("--team-store", metavar="URL", help="open the profile on this team store (PostgreSQL)")
    parser.add_argument("--agent", default="", help="this desk's agent name in the team store")
    parser.add_argument("--start-on-go", action="store_true", help="once ready, wait for a line on stdin")
    jobs = parser.add_subparsers(dest="job", required=True)
    for name in ("capture", "refund"):
        job = jobs.add_parser(name)
        job.add_argument("--orders", required=True, help="comma-separated order ids, in the order to send")
        job.add_argument("--amount", type=int, required=True, help="minor units per order")
        job.add_argument("--resume-first", action="store_true", help="resume open entries first, as a window does")
    for name in ("sync", "bulk"):
        jobs.add_parser(name).add_argument("--orders", required=True)
    jobs.add_parser("resume")
    jobs.add_parser("retry").add_argument("--entry", type=int, required=True)
    check = jobs.add_parser("check")
    check.add_argument("--entry", type=int, required=True)
    check.add_argument("--not-applied", metavar="NOTE", help="mark it not applied with this note")
    jobs.add_parser("hold")
    return parser.parse_args(argv)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
    sys.exit(asyncio.run(main(parse(sys.argv[1:]))))
