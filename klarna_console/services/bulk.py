"""Bulk runs over many orders: "capture in full" and "extend authorization" for a selection.

A run has a batch id derived from the action and the selection, carried in every journal entry it
writes. A plan looks at every journal entry of each order, whatever run or dialog wrote it: an order
this action already succeeded on is skipped, an open one is resumed with its original idempotency key
(inside the key's lifetime), and amounts come from a read newer than the order's last journaled write.
Every send still passes the journal's guard, so a stale plan cannot send twice either.
"""

from __future__ import annotations

import asyncio
import collections
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import logging
import math
import statistics
from collections.abc import Awaitable, Callable, Iterable

from ..api import KlarnaError, RequestValidationError
from ..api.models import Order
from ..domain import display, rules
from ..domain.rules import Action
from ..reasons import Code, Reason, reason
from ..store.interface import OrderStore
from ..store.values import GuardRefusal, JournalEntry, JournalState
from .actions import ActionRequest, ActionResult, ActionService, JournalWriteFailed, check
from .events import BulkProgress
from .export import decimal_amount, safe_row
from .pacing import RatePacer, Slots

log = logging.getLogger(__name__)

BULK_ACTIONS = (Action.CAPTURE, Action.EXTEND_AUTHORIZATION)
# Orders re-read at once when planning (those whose cached copy predates their last journaled write).
REREAD_CONCURRENCY = 8
RECORDING_SAMPLES = 64
SLICE = 100  # orders planned, or actions started, per turn of the event loop
# Actions under way at most: requests in flight (at most the pacer's MAX_CONCURRENCY) and those journaling.
MAX_UNDER_WAY = 128


def batch_id(action: Action, profile_id: str, order_ids: Iterable[str]) -> str:
    """The same action on the same selection is the same batch, however often it is started."""
    digest = hashlib.sha256("\n".join([action.value, profile_id, *sorted(set(order_ids))]).encode())
    return digest.hexdigest()[:20]


@dataclasses.dataclass(frozen=True)
class OrderFacts:
    """What finance needs to find an order of a run in its own books."""

    klarna_reference: str = ""
    merchant_reference1: str = ""
    merchant_reference2: str = ""
    customer: str = ""

    @classmethod
    def of(cls, order: Order) -> OrderFacts:
        """The facts of an order as last read."""
        return cls(order.klarna_reference or "", order.merchant_reference1 or "", order.merchant_reference2 or "",
                   display.customer_name(order))


@dataclasses.dataclass(frozen=True)
class PlannedItem:
    """One order of a bulk run, with the request it will send (or why it will not)."""

    order_id: str
    currency: str | None
    request: ActionRequest | None = None
    error_code: str | None = None
    why: Reason | None = None  # why it is not sent, as a code (the window words it)
    done_before: bool = False
    open_entry: JournalEntry | None = None
    facts: OrderFacts = OrderFacts()


@dataclasses.dataclass
class BulkPlan:
    """The preview of a bulk run: what will be sent, what is refused and why, and the totals."""

    action: Action
    batch: str
    items: list[PlannedItem]

    @property
    def allowed(self) -> list[PlannedItem]:
        """Items that will be sent (or resumed)."""
        return [i for i in self.items if i.request is not None and not i.done_before]

    @property
    def refused(self) -> list[PlannedItem]:
        """Items the rules refuse, with the reason."""
        return [i for i in self.items if i.request is None and not i.done_before]

    @property
    def skipped(self) -> list[PlannedItem]:
        """Items an earlier run of this batch already did."""
        return [i for i in self.items if i.done_before]

    def totals(self) -> dict[str, int]:
        """Money that will move, per currency (minor units)."""
        sums: dict[str, int] = {}
        for item in self.allowed:
            if item.request is not None and item.request.amount is not None:
                key = (item.currency or "").upper()
                sums[key] = sums.get(key, 0) + item.request.amount
        return sums


@dataclasses.dataclass(frozen=True)
class BulkOutcome:
    """How one order of a run ended, with what finance needs to match it (amount, currency, references)."""

    order_id: str
    outcome: str  # succeeded, refused, failed, unknown, skipped, not_sent
    error_code: str | None = None
    message: str = ""  # Klarna's own words, when it answered with an error
    correlation_id: str | None = None
    result_id: str | None = None
    why: Reason | None = None  # why it was not sent or not finished, as a code (the window words it)
    amount: int | None = None  # minor units the request moves (a capture's amount); None when it moves none
    currency: str | None = None
    facts: OrderFacts = OrderFacts()

    def about(self, item: PlannedItem) -> BulkOutcome:
        """This outcome with the amount, currency and order facts of its planned item."""
        amount = item.request.amount if item.request is not None else None
        return dataclasses.replace(self, amount=amount, currency=(item.currency or "").upper() or None,
                                   facts=item.facts)


# The report's columns, in order: one row per order, built only by `report_row`.
REPORT_COLUMNS = ("order_id", "klarna_reference", "merchant_reference1", "merchant_reference2", "customer",
                  "action", "outcome", "amount", "currency", "error_code", "message", "correlation_id", "result_id")


def report_row(action: Action, o: BulkOutcome, words: Callable[[Reason], str] = str) -> list[str]:
    """One order's row of the report; amounts as plain decimals in the currency's precision ("1234.50").

    `words` words a reason (the window passes its own, in the user's language).
    """
    message = o.message or (words(o.why) if o.why is not None else "")
    return [o.order_id, o.facts.klarna_reference, o.facts.merchant_reference1, o.facts.merchant_reference2,
            o.facts.customer, action.value, o.outcome, decimal_amount(o.amount, o.currency), o.currency or "",
            o.error_code or "", message, o.correlation_id or "", o.result_id or ""]


@dataclasses.dataclass
class BulkReport:
    """The end of a run: one outcome per order."""

    action: Action
    batch: str
    outcomes: list[BulkOutcome] = dataclasses.field(default_factory=list)
    cancelled: bool = False
    journal_error: str | None = None  # the run stopped because the journal could not be written

    def count(self, outcome: str) -> int:
        """How many orders ended this way."""
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def to_csv(self, words: Callable[[Reason], str] = str) -> str:
        """The report as CSV, for the user's records or a colleague (`words` words refusals' reasons)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(REPORT_COLUMNS)
        for o in self.outcomes:
            # Names and messages come from shoppers and Klarna's answers: no cell may run as a formula.
            writer.writerow(safe_row(report_row(self.action, o, words)))
        return out.getvalue()


class BulkRunner:
    """Plans and runs one action over many orders, as fast as Klarna's rate limit lets the client's pacer go.

    The pace is the pacer's (installed on the session's client, it sees every request); the runner keeps
    as many requests in flight as that pace needs at the latency seen (Little's law), or at most
    `concurrency` when one is given.
    """

    def __init__(
        self,
        actions: ActionService,
        store: OrderStore,
        profile_id: str,
        now: Callable[[], dt.datetime],
        *,
        pacer: RatePacer | None = None,
        concurrency: int | None = None,
        retry_rounds: int = 3,
    ) -> None:
        self._actions = actions
        self._store = store
        self._profile_id = profile_id
        self._now = now
        self.pacer = pacer
        self.concurrency = concurrency
        self.retry_rounds = retry_rounds
        # Seconds recent actions took to record their outcome once Klarna had answered, and their median.
        self._recording: collections.deque[float] = collections.deque(maxlen=RECORDING_SAMPLES)
        self._recording_median = 0.0

    def in_flight(self) -> int:
        """How many actions may be under way at once now.

        Little's law over the whole action: the pacer's share covers the requests at the latency seen;
        an action also journals its intent before and its outcome after, and while it does that it holds
        no request back from Klarna, so as many more as that time needs at the pace are let in too.
        """
        if self.pacer is None:
            following = 8
        else:
            # Intent and outcome are one commit each; the median, so that one slow commit does not count.
            journaling = 2 * self._recording_median
            following = min(MAX_UNDER_WAY, self.pacer.concurrency + math.ceil(self.pacer.rate * journaling * 1.5))
        return following if self.concurrency is None else min(self.concurrency, following)

    async def plan(self, action: Action, orders: Iterable[Order]) -> BulkPlan:
        """Decide, per order, what would be sent: the rules' verdict and (for capture) the full remaining amount.

        Every journal entry of each order counts, from any run or dialog: a succeeded entry of this action
        skips the order (for capture, once nothing is left to capture), an open one is resumed with its key
        while the key lives (else it waits for a person to check it with Klarna), and an order cached before
        (or at) its last journaled write is read from Klarna first, so no amount is planned from a copy older
        than the last write.
        """
        if action not in BULK_ACTIONS:
            raise ValueError(f"{action.value} is not a bulk action")  # english-ok: a programming error (the menu offers bulk actions only)
        by_id = {o.order_id: o for o in orders if o.order_id}
        batch = batch_id(action, self._profile_id, list(by_id))
        history = await self._store.entries_for_orders(by_id)
        fetched = await self._store.fetched_at(by_id)
        now = self._now()
        # Read at the very instant of a write (a clock of whole seconds, like the sandbox's) may be from before it.
        stale = [oid for oid, entries in history.items()
                 if entries and oid in fetched and fetched[oid] <= max(e.updated_at for e in entries)]
        stale += [oid for oid in by_id if oid not in fetched and history.get(oid)]
        unreadable = await self._reread(stale, by_id)
        items: list[PlannedItem] = []
        for n, (order_id, order) in enumerate(by_id.items()):
            if n % SLICE == SLICE - 1:
                await asyncio.sleep(0)  # a thousand orders take ~40 ms: the window's loop runs between slices
            currency = order.purchase_currency
            same = [e for e in history.get(order_id, []) if e.action == action.value]
            open_entry = next((e for e in same if e.is_open), None)
            done = next((e for e in reversed(same) if e.state == JournalState.SUCCEEDED), None)
            if order_id in unreadable:
                items.append(PlannedItem(order_id, currency, why=unreadable[order_id], error_code="NOT_RE_READ"))
            elif open_entry is not None and open_entry.key_alive(now):
                # Resumed with its own key whatever the order looks like now.
                try:
                    resumed = ActionRequest.from_journal(open_entry)
                except RequestValidationError as invalid:
                    items.append(PlannedItem(order_id, currency, error_code="UNSENDABLE", why=reason(
                        Code.BULK_UNSENDABLE, entry=open_entry.id, field=invalid.field)))
                    continue
                items.append(PlannedItem(order_id, currency, resumed, open_entry=open_entry))
            elif open_entry is not None:
                items.append(PlannedItem(order_id, currency, error_code="KEY_EXPIRED", why=reason(
                    Code.BULK_KEY_EXPIRED, action=action.value, entry=open_entry.id)))
            elif done is not None and not (action == Action.CAPTURE and rules.remaining(order) > 0):
                # A capture that left part of the order (a partial shipment, from a dialog) is not "in full":
                # the order, read after that write, still has its rest to capture.
                when = done.updated_at.strftime("%Y-%m-%d %H:%M")
                items.append(PlannedItem(order_id, currency, done_before=True,
                                         why=reason(Code.BULK_DONE_BEFORE, when=when, entry=done.id)))
            else:
                items.append(self._planned(action, order, batch, now))
        items = [dataclasses.replace(i, facts=OrderFacts.of(by_id[i.order_id])) for i in items]
        return BulkPlan(action, batch, items)

    def _planned(self, action: Action, order: Order, batch: str, now: dt.datetime) -> PlannedItem:
        order_id = order.order_id or ""
        body = {"captured_amount": rules.remaining(order)} if action == Action.CAPTURE else None
        verdict = check(action, order, now)
        if verdict:
            request = ActionRequest(action, order_id, body=body, batch=batch)
            verdict = check(action, order, now, request)
        if verdict:
            return PlannedItem(order_id, order.purchase_currency, request)
        return PlannedItem(order_id, order.purchase_currency, why=verdict.reason, error_code=verdict.error_code)

    async def _reread(self, order_ids: list[str], orders: dict[str, Order]) -> dict[str, Reason]:
        """Read these orders from Klarna into `orders`; returns why each one that failed could not be read."""
        failed: dict[str, Reason] = {}
        limit = asyncio.Semaphore(REREAD_CONCURRENCY)

        async def one(order_id: str) -> None:
            async with limit:
                try:
                    orders[order_id] = await self._actions.orders.fetch(order_id)
                except KlarnaError as error:
                    failed[order_id] = reason(Code.BULK_NOT_REREAD, detail=error.message)

        await asyncio.gather(*(one(order_id) for order_id in order_ids))
        return failed

    async def run(
        self,
        plan: BulkPlan,
        *,
        stop: asyncio.Event | None = None,
    ) -> BulkReport:
        """Send every allowed item; open outcomes are retried (same key) in later rounds.

        Each order finished is announced as BulkProgress (named by the plan's batch) on the actions' bus.

        Setting `stop` ends the run after the requests in flight; the report lists what was not sent.
        """
        report = BulkReport(plan.action, plan.batch)
        results: dict[str, BulkOutcome] = {}
        for item in plan.skipped:
            results[item.order_id] = BulkOutcome(item.order_id, "skipped", why=item.why)
        for item in plan.refused:
            results[item.order_id] = BulkOutcome(item.order_id, "refused", item.error_code, why=item.why)
        todo = plan.allowed
        total = len(todo)
        finished = 0
        limit = Slots(self.in_flight)
        loop = asyncio.get_running_loop()
        open_entries: dict[str, JournalEntry] = {i.order_id: i.open_entry for i in todo if i.open_entry}

        halt = asyncio.Event()  # the journal failed: nothing more may be sent

        async def one(item: PlannedItem) -> None:
            nonlocal finished
            async with limit:
                if halt.is_set() or (stop is not None and stop.is_set()):
                    return
                entry = open_entries.get(item.order_id)
                assert item.request is not None
                answered_at: list[float] = []

                def answered() -> None:
                    answered_at.append(loop.time())

                try:
                    result = await (self._actions.retry(entry, refresh=False, answered=answered) if entry else
                                    self._actions.perform(item.request, check_rules=False, refresh=False,
                                                          answered=answered))
                except GuardRefusal as refused:
                    # Another window or an earlier write got there first: nothing was sent.
                    open_entries.pop(item.order_id, None)
                    results[item.order_id] = BulkOutcome(item.order_id, "skipped", type(refused).__name__,
                                                         why=_guard_reason(refused))
                    return
                except JournalWriteFailed as failure:
                    halt.set()
                    report.journal_error = str(failure.error)
                    results[item.order_id] = BulkOutcome(
                        item.order_id, "unknown" if failure.sent else "not_sent", "JOURNAL_WRITE_FAILED",
                        why=reason(Code.BULK_SENT_UNJOURNALED if failure.sent else Code.BULK_NOT_SENT_UNJOURNALED,
                                   detail=str(failure.error)))
                    return
            if answered_at:
                self._recording.append(loop.time() - answered_at[0])
                self._recording_median = statistics.median(self._recording)
            results[item.order_id] = _outcome(item.order_id, result)
            if result.unknown:
                open_entries[item.order_id] = result.entry
            else:
                open_entries.pop(item.order_id, None)
                finished += 1
                self._actions.events.publish(BulkProgress(plan.batch, finished, total))

        await _all(one, todo)
        for round_ in range(self.retry_rounds):
            retry = [i for i in todo if i.order_id in open_entries]
            if not retry or halt.is_set() or (stop is not None and stop.is_set()):
                break
            await asyncio.sleep(min(2.0 ** round_, 8.0))
            log.info("bulk %s: retrying %d open requests (round %d)", plan.batch, len(retry), round_ + 1)
            await _all(one, retry)
        for item in todo:
            if item.order_id not in results:
                results[item.order_id] = BulkOutcome(item.order_id, "not_sent", why=reason(Code.BULK_STOPPED))
        report.cancelled = any(o.outcome == "not_sent" for o in results.values())
        report.outcomes = [results[i.order_id].about(i) for i in plan.items if i.order_id in results]
        return report


async def _all(one: Callable[[PlannedItem], Awaitable[None]], items: list[PlannedItem]) -> None:
    """Run `one` for every item at once, started a slice at a time.

    Each task's first step runs in the turn of the loop after it was made: a thousand at once kept the
    window's loop from everything else for tens of milliseconds.
    """
    tasks: list[asyncio.Future[None]] = []
    try:
        for start in range(0, len(items), SLICE):
            tasks += [asyncio.ensure_future(one(item)) for item in items[start:start + SLICE]]
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        raise


def _guard_reason(refused: GuardRefusal) -> Reason:
    entry = refused.entry
    code = Code.BULK_EARLIER_OPEN if entry.is_open else Code.BULK_MADE_RECENTLY
    return reason(code, action=entry.action, entry=entry.id)


def _outcome(order_id: str, result: ActionResult) -> BulkOutcome:
    entry, error = result.entry, result.error
    if result.succeeded:
        return BulkOutcome(order_id, "succeeded", result_id=entry.result_id)
    kind = "unknown" if result.unknown else ("refused" if error is not None and error.status == 403 else "failed")
    message = error.message if isinstance(error, KlarnaError) else "; ".join(entry.error_messages)
    return BulkOutcome(order_id, kind, entry.error_code, message, entry.correlation_id)
