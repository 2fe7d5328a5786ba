"""Bulk runs over many orders: "capture in full" and "extend authorization" for a selection.

A run has a batch id derived from the action and the selection, carried in every journal entry it
writes. Running the same selection again after a cancel or a crash therefore skips what already
succeeded and resumes what is still open with its original idempotency key.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

from ..api import KlarnaError
from ..api.models import Order
from ..domain import rules
from ..domain.rules import Action
from ..store import AsyncStore, JournalEntry, JournalState
from .actions import ActionRequest, ActionResult, ActionService, check
from .pacing import RatePacer, Slots

log = logging.getLogger(__name__)

BULK_ACTIONS = (Action.CAPTURE, Action.EXTEND_AUTHORIZATION)


def batch_id(action: Action, profile_id: str, order_ids: Iterable[str]) -> str:
    """The same action on the same selection is the same batch, however often it is started."""
    digest = hashlib.sha256("\n".join([action.value, profile_id, *sorted(set(order_ids))]).encode())
    return digest.hexdigest()[:20]


@dataclasses.dataclass(frozen=True)
class PlannedItem:
    """One order of a bulk run, with the request it will send (or why it will not)."""

    order_id: str
    currency: str | None
    request: ActionRequest | None = None
    reason: str = ""
    error_code: str | None = None
    done_before: bool = False
    open_entry: JournalEntry | None = None


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
    """How one order of a run ended."""

    order_id: str
    outcome: str  # succeeded, refused, failed, unknown, skipped, not_sent
    error_code: str | None = None
    message: str = ""
    correlation_id: str | None = None
    result_id: str | None = None


@dataclasses.dataclass
class BulkReport:
    """The end of a run: one outcome per order."""

    action: Action
    batch: str
    outcomes: list[BulkOutcome] = dataclasses.field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: str) -> int:
        """How many orders ended this way."""
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def to_csv(self) -> str:
        """The report as CSV, for the user's records or a colleague."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["order_id", "action", "outcome", "error_code", "message", "correlation_id", "result_id"])
        for o in self.outcomes:
            writer.writerow([o.order_id, self.action.value, o.outcome, o.error_code or "", o.message,
                             o.correlation_id or "", o.result_id or ""])
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
        store: AsyncStore,
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

    def in_flight(self) -> int:
        """How many actions may be under way at once now."""
        following = self.pacer.concurrency if self.pacer is not None else 8
        return following if self.concurrency is None else min(self.concurrency, following)

    async def plan(self, action: Action, orders: Iterable[Order]) -> BulkPlan:
        """Decide, per order, what would be sent: the rules' verdict and (for capture) the full remaining amount."""
        if action not in BULK_ACTIONS:
            raise ValueError(f"{action.value} is not a bulk action")
        orders = list({o.order_id: o for o in orders if o.order_id}.values())
        batch = batch_id(action, self._profile_id, [o.order_id or "" for o in orders])
        earlier = await self._store.entries_for_batch(batch)
        items: list[PlannedItem] = []
        now = self._now()
        for order in orders:
            order_id = order.order_id or ""
            past = [e for e in earlier if e.order_id == order_id]
            if any(e.state == JournalState.SUCCEEDED for e in past):
                items.append(PlannedItem(order_id, order.purchase_currency, reason="done in an earlier run",
                                         done_before=True))
                continue
            open_entry = next((e for e in past if e.is_open), None)
            if open_entry is not None:
                # Resumed with its own key whatever the order looks like now.
                request = ActionRequest.from_journal(open_entry)
                items.append(PlannedItem(order_id, order.purchase_currency, request, open_entry=open_entry))
                continue
            body = {"captured_amount": rules.remaining(order)} if action == Action.CAPTURE else None
            verdict = check(action, order, now)
            if verdict:
                request = ActionRequest(action, order_id, body=body, batch=batch)
                verdict = check(action, order, now, request)
            if verdict:
                items.append(PlannedItem(order_id, order.purchase_currency, request))
            else:
                items.append(PlannedItem(order_id, order.purchase_currency, reason=verdict.reason,
                                         error_code=verdict.error_code))
        return BulkPlan(action, batch, items)

    async def run(
        self,
        plan: BulkPlan,
        *,
        progress: Callable[[int, int], Any] | None = None,
        stop: asyncio.Event | None = None,
    ) -> BulkReport:
        """Send every allowed item; open outcomes are retried (same key) in later rounds.

        Setting `stop` ends the run after the requests in flight; the report lists what was not sent.
        """
        report = BulkReport(plan.action, plan.batch)
        results: dict[str, BulkOutcome] = {}
        for item in plan.skipped:
            results[item.order_id] = BulkOutcome(item.order_id, "skipped", message=item.reason)
        for item in plan.refused:
            results[item.order_id] = BulkOutcome(item.order_id, "refused", item.error_code, item.reason)
        todo = plan.allowed
        total = len(todo)
        finished = 0
        limit = Slots(self.in_flight)
        open_entries: dict[str, JournalEntry] = {i.order_id: i.open_entry for i in todo if i.open_entry}

        async def one(item: PlannedItem) -> None:
            nonlocal finished
            async with limit:
                if stop is not None and stop.is_set():
                    return
                entry = open_entries.get(item.order_id)
                assert item.request is not None
                result = await (self._actions.retry(entry, refresh=False) if entry else
                                self._actions.perform(item.request, check_rules=False, refresh=False))
            results[item.order_id] = _outcome(item.order_id, result)
            if result.unknown:
                open_entries[item.order_id] = result.entry
            else:
                open_entries.pop(item.order_id, None)
                finished += 1
                if progress is not None:
                    progress(finished, total)

        await asyncio.gather(*(one(item) for item in todo))
        for round_ in range(self.retry_rounds):
            retry = [i for i in todo if i.order_id in open_entries]
            if not retry or (stop is not None and stop.is_set()):
                break
            await asyncio.sleep(min(2.0 ** round_, 8.0))
            log.info("bulk %s: retrying %d open requests (round %d)", plan.batch, len(retry), round_ + 1)
            await asyncio.gather(*(one(item) for item in retry))
        for item in todo:
            if item.order_id not in results:
                results[item.order_id] = BulkOutcome(item.order_id, "not_sent", message="stopped before sending")
        report.cancelled = any(o.outcome == "not_sent" for o in results.values())
        report.outcomes = [results[i.order_id] for i in plan.items if i.order_id in results]
        return report


def _outcome(order_id: str, result: ActionResult) -> BulkOutcome:
    entry, error = result.entry, result.error
    if result.succeeded:
        return BulkOutcome(order_id, "succeeded", result_id=entry.result_id)
    kind = "unknown" if result.unknown else ("refused" if error is not None and error.status == 403 else "failed")
    message = error.message if isinstance(error, KlarnaError) else "; ".join(entry.error_messages)
    return BulkOutcome(order_id, kind, entry.error_code, message, entry.correlation_id)
