"""Performing writes on orders: guard, journal the intent with its key, send, record the outcome, re-read.

This is the only path by which the app changes an order at Klarna. The journal row with the
idempotency key is committed before the request leaves, so a crash, a timeout or a lost answer
leaves an open entry that is resumed with the same key: Klarna then replays the first answer
instead of capturing or refunding twice.

Whether a write may go at all is decided by the journal's guard, in the database (see store.sqlite.journal):
an open entry of the same action blocks a new key until it is resent, reconciled with Klarna or closed
by a person; a capture or refund made minutes ago needs a second, explicit confirmation; a key past its
lifetime is never resent.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from ..api import KlarnaError, RequestValidationError
from ..api import requests as bodies
from ..api.models import Order
from ..api.validation import check_id, validate
from ..domain import rules
from ..domain.rules import Action, Verdict
from ..log import holds_secret
from ..reasons import Code, Reason, reason, words
from ..store.interface import OrderStore
from ..store.values import (
    KEY_LIFETIME,
    NOT_APPLIED,
    GuardRefusal,
    JournalEntry,
    JournalState,
    KeyExpired,
    OpenWrite,
    RecentWrite,
    StoreError,
)
from .events import EventBus, entry_event
from .orders import OrderService

if TYPE_CHECKING:
    from ..api.client import OrderManagementClient

log = logging.getLogger(__name__)

IDEMPOTENCY_WINDOW = dt.timedelta(hours=24)
# Resume only well inside Klarna's 24 hours: a replay near the edge might no longer be honoured.
RESUME_WINDOW = KEY_LIFETIME
# Klarna's escalation policy for a write with an idempotency key whose outcome is unknown (DOMAIN.md §3):
# try again after 5 s, then 5 min, then 5 h, with the same key; then a person takes over.
ESCALATION = (dt.timedelta(seconds=5), dt.timedelta(minutes=5), dt.timedelta(hours=5))
# Klarna's clock and ours differ a little; a capture stamped this much before the intent may still be it.
CLOCK_SKEW = dt.timedelta(minutes=5)

_BODY_TYPES: dict[Action, type[bodies.Body]] = {
    Action.CAPTURE: bodies.CaptureRequest,
    Action.REFUND: bodies.RefundRequest,
    Action.UPDATE_AUTHORIZATION: bodies.UpdateAuthorizationRequest,
    Action.UPDATE_CUSTOMER_DETAILS: bodies.UpdateCustomerDetailsRequest,
    Action.UPDATE_MERCHANT_REFERENCES: bodies.UpdateMerchantReferencesRequest,
    Action.ADD_ORDER_SHIPPING_INFO: bodies.ShippingInfoRequest,
    Action.ADD_CAPTURE_SHIPPING_INFO: bodies.ShippingInfoRequest,
    Action.EXTEND_DUE_DATE: bodies.ExtendDueDateRequest,
}
_ON_CAPTURE = {Action.ADD_CAPTURE_SHIPPING_INFO, Action.TRIGGER_SEND_OUT, Action.EXTEND_DUE_DATE}
_AMOUNT_FIELD = {Action.CAPTURE: "captured_amount", Action.REFUND: "refunded_amount",
                 Action.UPDATE_AUTHORIZATION: "order_amount"}
# Refusals of the profile and the request, not of Klarna's rules (the window words them).
READ_ONLY = Verdict(False, "READ_ONLY", Reason(Code.READ_ONLY))
SECRET_IN_REQUEST = Verdict(False, "SECRET_IN_REQUEST", Reason(Code.SECRET_IN_REQUEST))

__all__ = [
    "ActionRefused", "ActionRequest", "ActionResult", "ActionService", "GuardRefusal", "JournalWriteFailed",
    "KeyExpired", "OpenWrite", "OrderChanged", "RecentWrite", "Reconciliation",
]
# What a store raises when it cannot write: the journal is then unusable and nothing may be sent.
STORE_FAILURES = (StoreError, sqlite3.Error, OSError)


class ActionRefused(Exception):
    """The business rules refuse the action on the order as we know it; nothing was sent or journaled."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(str(verdict.reason))
        self.verdict = verdict


class JournalWriteFailed(Exception):
    """The journal could not be written (full disk, damaged or locked store).

    Attributes:
        sent: whether the request had left (only its outcome is missing: the entry stays open and is
            resumed with its key), or not (nothing was sent).
        entry: the entry, when it had been written.
    """

    def __init__(self, error: BaseException, *, sent: bool, entry: JournalEntry | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.sent = sent
        self.entry = entry


class OrderChanged(Exception):
    """Klarna's order has captures or refunds the user did not see when deciding; nothing was sent.

    Attributes:
        order: the order as Klarna has it now.
        captures: captures that are new since the order the user saw.
        refunds: refunds that are new since then.
    """

    def __init__(self, order: Order, captures: list[Any], refunds: list[Any]) -> None:
        super().__init__(f"order {order.order_id} changed: {len(captures)} new captures, {len(refunds)} new refunds")
        self.order = order
        self.captures = captures
        self.refunds = refunds


@dataclasses.dataclass(frozen=True)
class Reconciliation:
    """What checking an open entry against Klarna's order found.

    Attributes:
        entry: the entry afterwards (succeeded if Klarna shows the write, else still open).
        order: the order as Klarna has it now.
        matched_id: the capture or refund at Klarna that is this write, if one was found.
    """

    entry: JournalEntry
    order: Order
    matched_id: str | None = None

    @property
    def found(self) -> bool:
        """Klarna shows the write: the entry is now recorded as succeeded."""
        return self.entry.state == JournalState.SUCCEEDED


@dataclasses.dataclass(frozen=True)
class ActionRequest:
    """One intended write: which action, on which order (and capture), with which body."""

    action: Action
    order_id: str
    capture_id: str | None = None
    body: dict[str, Any] | None = None
    batch: str | None = None  # the bulk run this request belongs to

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", Action(self.action))
        check_id("order_id", self.order_id)  # never journal a request for an id Klarna cannot have
        if self.capture_id:
            check_id("capture_id", self.capture_id)
        if self.action in _ON_CAPTURE and not self.capture_id:
            raise RequestValidationError(reason(Code.NEEDS_CAPTURE, field="capture_id", action=self.action.value))
        if self.action in _BODY_TYPES:
            if self.body is None:
                raise RequestValidationError(reason(Code.NEEDS_BODY, field="body", action=self.action.value))
            # Checked here, before anything is journaled, so the journal only holds sendable requests.
            checked = validate(_BODY_TYPES[self.action], self.body)
            object.__setattr__(self, "body", checked.to_dict())
        elif self.body:
            raise RequestValidationError(reason(Code.TAKES_NO_BODY, field="body", action=self.action.value))

    @property
    def amount(self) -> int | None:
        """The money amount the request names (capture, refund, new order amount), if any."""
        field = _AMOUNT_FIELD.get(self.action)
        return self.body.get(field) if field and self.body else None

    def to_journal(self) -> dict[str, Any]:
        """What the journal keeps: everything needed to send this request again after a crash."""
        data: dict[str, Any] = {"capture_id": self.capture_id, "body": self.body}
        if self.batch:
            data["batch"] = self.batch
        return data

    @classmethod
    def from_journal(cls, entry: JournalEntry) -> ActionRequest:
        """Rebuild the request an entry was journaled with."""
        data = entry.request or {}
        return cls(Action(entry.action), entry.order_id, data.get("capture_id"), data.get("body"), data.get("batch"))


@dataclasses.dataclass(frozen=True)
class ActionResult:
    """How a write ended: its journal entry, Klarna's error if refused or unknown, the re-read order."""

    entry: JournalEntry
    error: KlarnaError | None = None
    order: Order | None = None
    refresh_error: KlarnaError | None = None

    @property
    def succeeded(self) -> bool:
        """Klarna accepted the write."""
        return self.entry.state == JournalState.SUCCEEDED

    @property
    def unknown(self) -> bool:
        """No answer came: it may have been applied. Retry with the same key, never send anew."""
        return self.entry.state.is_open


def check(action: Action, order: Order, now: dt.datetime, request: ActionRequest | None = None) -> Verdict:
    """The rules' verdict on an action, with the request's amount or capture taken into account."""
    body = request.body if request and request.body else {}
    capture_id = request.capture_id if request else None
    if action == Action.CAPTURE:
        return rules.can_capture(order, now, body.get("captured_amount"))
    if action == Action.REFUND:
        return rules.can_refund(order, now, body.get("refunded_amount"))
    if action == Action.UPDATE_AUTHORIZATION:
        return rules.can_update_authorization(order, now, body.get("order_amount"))
    if action == Action.UPDATE_CUSTOMER_DETAILS:
        return rules.can_update_customer_details(order, now, billing_address="billing_address" in body)
    if action == Action.ADD_CAPTURE_SHIPPING_INFO:
        return rules.can_add_capture_shipping_info(order, now, capture_id)
    if action == Action.TRIGGER_SEND_OUT:
        return rules.can_trigger_send_out(order, now, capture_id)
    if action == Action.EXTEND_DUE_DATE:
        return rules.can_extend_due_date(order, now, capture_id)
    return rules.check(action, order, now)


class ActionService:
    """Sends writes through the journal and its guard; one write per order at a time in this process."""

    def __init__(
        self,
        client: OrderManagementClient,
        store: OrderStore,
        now: Callable[[], dt.datetime],
        *,
        events: EventBus | None = None,
        read_only: bool = False,
    ) -> None:
        self._client = client
        self._store = store
        self._now = now
        self.events = events if events is not None else EventBus()
        # Re-reads after a write go through the same path as any other read (cache, events).
        self._orders = OrderService(client, store, now, events=self.events)
        self.read_only = read_only
        self._locks: dict[str, asyncio.Lock] = {}

    def _lock(self, order_id: str) -> asyncio.Lock:
        return self._locks.setdefault(order_id, asyncio.Lock())

    def _changed(self, entry: JournalEntry, *, added: bool = False) -> JournalEntry:
        self.events.publish(entry_event(entry, added=added))
        return entry

    async def perform(
        self,
        request: ActionRequest,
        order: Order | None = None,
        *,
        check_rules: bool = True,
        refresh: bool = True,
        reread: bool = False,
        confirmed_recent: int | None = None,
        answered: Callable[[], object] | None = None,
    ) -> ActionResult:
        """Guard, journal a fresh intent, send it, record the outcome and re-read the order.

        `order` is the order as the user saw it (else the cached one). With `reread`, Klarna's order is
        read first and OrderChanged is raised if it has captures or refunds `order` lacks (a colleague,
        another shop system). Raises ActionRefused when the rules refuse, and the journal's GuardRefusal
        (OpenWrite, RecentWrite) when the guard does; `confirmed_recent` is the id of the recent entry the
        user was shown and confirmed. Klarna's refusals and failures are returned in the result, not
        raised. Bulk runs pass refresh=False and re-read their orders afterwards in one go, and `answered`:
        called once the request has its answer (or failed), before the outcome is recorded.
        """
        if self.read_only:
            raise ActionRefused(READ_ONLY)
        if holds_secret(msgspec.json.encode(request.to_journal()).decode("utf-8")):
            raise ActionRefused(SECRET_IN_REQUEST)
        async with self._lock(request.order_id):
            if reread and order is not None:
                fresh = await self._orders.fetch(request.order_id)
                captures, refunds = _new_since(order, fresh)
                if captures or refunds:
                    raise OrderChanged(fresh, captures, refunds)
                order = fresh
            if check_rules:
                known = order or await self._known_order(request.order_id)
                verdict = check(request.action, known, self._now(), request) if known else rules.ALLOWED
                if not verdict:
                    raise ActionRefused(verdict)
            try:
                entry = self._changed(await self._store.add_intent(
                    request.order_id, request.action.value, request.to_journal(), now=self._now(), sending=True,
                    guard=True, confirmed_recent=confirmed_recent,
                ), added=True)
            except STORE_FAILURES as error:
                raise JournalWriteFailed(error, sent=False) from error
            log.info("journaled %s on %s (entry %d)", request.action.value, request.order_id, entry.id)
            return await self._send(entry, request, refresh, answered)

    async def retry(
        self, entry: JournalEntry, *, refresh: bool = True, answered: Callable[[], object] | None = None
    ) -> ActionResult:
        """Send an open entry again with its own idempotency key (Klarna replays it if it was applied).

        Raises KeyExpired past the key's lifetime: then only check_with_klarna() can settle it. An entry
        another window or process finished meanwhile is returned as it ended there, and not sent.
        """
        if self.read_only:
            raise ActionRefused(READ_ONLY)
        if not entry.is_open:
            raise ValueError(f"journal entry {entry.id} is {entry.state.value}; only open entries are retried")  # english-ok: a programming error (only open entries offer a retry)
        ActionRequest.from_journal(entry)  # raises RequestValidationError for one that can no longer be sent
        async with self._lock(entry.order_id):
            try:
                current = await self._store.record_attempt(entry.id, now=self._now(), lifetime=KEY_LIFETIME)
            except STORE_FAILURES as error:
                raise JournalWriteFailed(error, sent=False, entry=entry) from error
            if not current.is_open:
                return ActionResult(current)
            return await self._send(self._changed(current), ActionRequest.from_journal(current), refresh, answered)

    async def check_with_klarna(self, entry: JournalEntry) -> Reconciliation:
        """Read the order from Klarna and settle an open entry by what it shows.

        A capture or refund of the entry's amount (and reference, if it had one), made after the intent
        and not already claimed by another journal entry, is this write: the entry is recorded as
        succeeded with its id. Otherwise the entry stays open; a person may then mark it not applied.
        """
        async with self._lock(entry.order_id):
            order = await self._orders.fetch(entry.order_id)
            current = await self._store.get_entry(entry.id)
            if current is None or not current.is_open:
                return Reconciliation(current or entry, order, (current or entry).result_id)
            matched = await self._match(current, order)
            if matched is None:
                return Reconciliation(current, order)
            status = 201 if current.action in (Action.CAPTURE, Action.REFUND) else 204
            done = self._changed(await self._store.record_outcome(
                current.id, JournalState.SUCCEEDED, http_status=status, result_id=matched or None,
                # A record, like a note typed by a person: in the words of the window that wrote it.
                note=words(reason(Code.NOTE_FOUND_AT_KLARNA)), now=self._now(),
            ))
            log.info("entry %d settled by Klarna's order %s (%s)", current.id, entry.order_id, matched or "-")
            return Reconciliation(done, order, matched or None)

    async def mark_not_applied(self, entry: JournalEntry, note: str) -> Reconciliation:
        """Close an open entry that Klarna shows no trace of, with a person's note; then a new send may go.

        The order is read from Klarna first: if the write is there after all, the entry is recorded as
        succeeded instead. Raises ValueError for an empty note, KlarnaError if Klarna cannot be asked.
        """
        note = note.strip()
        if not note:
            raise RequestValidationError(reason(Code.NOTE_REQUIRED, field="note", limit=500))
        if len(note) > 500:
            raise RequestValidationError(reason(Code.TEXT_TOO_LONG, field="note", limit=500, got=len(note)))
        found = await self.check_with_klarna(entry)
        if found.found or not found.entry.is_open:
            return found
        closed = self._changed(await self._store.record_outcome(
            entry.id, JournalState.FAILED, error_code=NOT_APPLIED, note=note, now=self._now(),
        ))
        log.warning("entry %d marked not applied by a person", entry.id)
        return Reconciliation(closed, found.order)

    async def _match(self, entry: JournalEntry, order: Order) -> str | None:
        """The id of what Klarna's order shows of this write ("" if it shows it without an id), else None."""
        request = ActionRequest.from_journal(entry)
        body = request.body or {}
        since = entry.created_at - CLOCK_SKEW
        claimed = {e.result_id for e in await self._store.entries_for_order(entry.order_id) if e.result_id}
        if request.action in (Action.CAPTURE, Action.REFUND):
            capture = request.action == Action.CAPTURE
            items: list[Any] = list((order.captures if capture else order.refunds) or [])
            amount = body.get("captured_amount" if capture else "refunded_amount")
            for item in sorted(items, key=lambda i: _stamp(i, capture)):
                item_id = item.capture_id if capture else item.refund_id
                stamp = _stamp(item, capture)
                if (item_id in claimed or stamp < since
                        or (item.captured_amount if capture else item.refunded_amount) != amount
                        or (body.get("reference") and item.reference != body.get("reference"))):
                    continue
                return item_id or ""
            return None
        # The other writes leave no id; the order's state shows the ones whose effect can be seen.
        if request.action == Action.CANCEL and order.status == "CANCELLED":
            return ""
        if request.action == Action.RELEASE_REMAINING and (order.remaining_authorized_amount or 0) == 0:
            return ""
        if request.action == Action.UPDATE_AUTHORIZATION and order.order_amount == body.get("order_amount"):
            return ""
        if request.action == Action.UPDATE_MERCHANT_REFERENCES and all(
            getattr(order, name, None) == value for name, value in body.items()
        ):
            return ""
        return None

    async def history(self, order_id: str) -> list[JournalEntry]:
        """Every write journaled on an order, oldest first (its History tab)."""
        return await self._store.entries_for_order(order_id)

    async def resume_open_intents(self) -> tuple[list[ActionResult], list[JournalEntry]]:
        """After a crash or restart: resend open entries inside the key's lifetime with their keys.

        Returns the results of those resent, and the entries too old to resend safely: those are left
        open for a person to check with Klarna.
        """
        if self.read_only:
            return [], await self._store.open_intents()  # a read-only window sends nothing, ever
        resumed: list[ActionResult] = []
        too_old: list[JournalEntry] = []
        for entry in await self._store.open_intents():
            if not entry.key_alive(self._now()):
                too_old.append(entry)
                continue
            log.warning("resuming %s on %s with its key (entry %d)", entry.action, entry.order_id, entry.id)
            try:
                resumed.append(await self.retry(entry))
            except KeyExpired as expired:
                too_old.append(expired.entry)
            except RequestValidationError as invalid:  # e.g. an id an older console accepted
                log.error("entry %d cannot be resent as journaled (%s); left for a person", entry.id, invalid)
                too_old.append(entry)
        return resumed, too_old

    async def run_escalations(self, wake: asyncio.Event | None = None) -> None:
        """Retry unanswered writes in the background on Klarna's schedule until cancelled.

        Sleeps until the earliest scheduled attempt (or until `wake` is set, e.g. after a new unknown
        outcome), resends what is due with its key, and schedules the next step of ESCALATION.
        """
        while True:
            if not self.read_only:
                for entry in await self._store.open_intents():
                    due = entry.next_attempt_at
                    if due is None or due > self._now():
                        continue
                    try:
                        await self.retry(entry)
                    except (KeyExpired, RequestValidationError):
                        # Past its key's lifetime, or not sendable as journaled: a person settles it.
                        self._changed(await self._store.schedule_attempt(entry.id, None))
            pending = [e.next_attempt_at for e in await self._store.open_intents() if e.next_attempt_at]
            delay = min(pending, default=None)
            seconds = max(0.05, (delay - self._now()).total_seconds()) if delay is not None else 3600.0
            wake = wake or asyncio.Event()
            try:
                await asyncio.wait_for(wake.wait(), timeout=min(seconds, 3600.0))
            except TimeoutError:
                pass
            wake.clear()

    def next_attempt(self, entry: JournalEntry) -> dt.datetime | None:
        """When an entry left unknown after `entry.attempts` sends is next tried (None: a person decides)."""
        step = entry.attempts - 1
        if step < 0 or step >= len(ESCALATION):
            return None
        when = self._now() + ESCALATION[step]
        return when if when - entry.created_at < KEY_LIFETIME else None

    async def _known_order(self, order_id: str) -> Order | None:
        cached = await self._store.get_order(order_id)
        if cached is not None:
            return cached.order
        try:
            return await self._orders.fetch(order_id)
        except KlarnaError:
            return None  # let Klarna decide; its answer is journaled like any other

    @property
    def orders(self) -> OrderService:
        """The reads the writes use (a bulk plan re-reads stale orders through it)."""
        return self._orders

    async def _send(
        self, entry: JournalEntry, request: ActionRequest, refresh: bool, answered: Callable[[], object] | None = None
    ) -> ActionResult:
        """Send an entry whose attempt is already counted; record and return how it ended.

        Raises JournalWriteFailed(sent=True) if the outcome cannot be recorded: the entry stays open.
        """
        try:
            return await self._send_and_record(entry, request, refresh, answered)
        except JournalWriteFailed:
            raise
        except STORE_FAILURES as error:
            raise JournalWriteFailed(error, sent=True, entry=entry) from error

    async def _send_and_record(
        self, entry: JournalEntry, request: ActionRequest, refresh: bool, answered: Callable[[], object] | None
    ) -> ActionResult:
        try:
            try:
                result_id = await self._call(request, entry.idempotency_key)
            finally:
                if answered is not None:
                    answered()
        except KlarnaError as error:
            state = JournalState.UNKNOWN if error.transient else JournalState.FAILED
            entry = await self._store.record_outcome(
                entry.id, state, http_status=error.status, error_code=error.error_code,
                error_messages=error.error_messages or [error.message], correlation_id=error.correlation_id,
                now=self._now(),
            )
            if entry.is_open:
                entry = await self._store.schedule_attempt(entry.id, self.next_attempt(entry))
            self._changed(entry)
            log.warning("%s on %s: %s (%s)", request.action.value, request.order_id, state.value, error)
            order, refresh_error = await self._refresh_quietly(request.order_id) if refresh else (None, None)
            return ActionResult(entry, error, order, refresh_error)
        except BaseException:
            # Cancelled or a bug mid-flight: the request may have left. The entry stays open (state
            # intent/unknown) so it is resumed with the same key; record that without being cancelled.
            await asyncio.shield(self._store.record_outcome(entry.id, JournalState.UNKNOWN, now=self._now()))
            raise
        status = 201 if request.action in (Action.CAPTURE, Action.REFUND) else 204
        entry = self._changed(await self._store.record_outcome(
            entry.id, JournalState.SUCCEEDED, http_status=status, result_id=result_id, now=self._now()
        ))
        log.info("%s on %s succeeded (entry %d)", request.action.value, request.order_id, entry.id)
        order, refresh_error = await self._refresh_quietly(request.order_id) if refresh else (None, None)
        return ActionResult(entry, None, order, refresh_error)

    async def _call(self, request: ActionRequest, key: str) -> str | None:
        """The client call for an action; returns the new capture/refund id where there is one."""
        c, oid, cid, body = self._client, request.order_id, request.capture_id or "", request.body or {}
        match request.action:
            case Action.CAPTURE:
                return await c.capture_order(oid, body, idempotency_key=key)
            case Action.REFUND:
                return await c.refund_order(oid, body, idempotency_key=key)
            case Action.CANCEL:
                await c.cancel_order(oid, idempotency_key=key)
            case Action.RELEASE_REMAINING:
                await c.release_remaining_authorization(oid, idempotency_key=key)
            case Action.EXTEND_AUTHORIZATION:
                await c.extend_authorization_time(oid, idempotency_key=key)
            case Action.UPDATE_AUTHORIZATION:
                await c.update_authorization(oid, body, idempotency_key=key)
            case Action.UPDATE_CUSTOMER_DETAILS:
                await c.update_customer_details(oid, body, idempotency_key=key)
            case Action.UPDATE_MERCHANT_REFERENCES:
                await c.update_merchant_references(oid, body, idempotency_key=key)
            case Action.ACKNOWLEDGE:
                await c.acknowledge_order(oid, idempotency_key=key)
            case Action.ADD_ORDER_SHIPPING_INFO:
                await c.add_order_shipping_info(oid, body["shipping_info"], idempotency_key=key)
            case Action.ADD_CAPTURE_SHIPPING_INFO:
                await c.add_capture_shipping_info(oid, cid, body["shipping_info"], idempotency_key=key)
            case Action.TRIGGER_SEND_OUT:
                await c.trigger_send_out(oid, cid, idempotency_key=key)
            case Action.EXTEND_DUE_DATE:
                await c.extend_due_date(oid, cid, body["number_of_days"], idempotency_key=key)
        return None

    async def _refresh_quietly(self, order_id: str) -> tuple[Order | None, KlarnaError | None]:
        """Re-read the order for display; a failure here does not change the write's outcome."""
        try:
            return await self._orders.fetch(order_id), None
        except KlarnaError as error:
            log.warning("could not re-read %s after a write: %s", order_id, error)
            return None, error


def _stamp(item: Any, capture: bool) -> dt.datetime:
    when = item.captured_at if capture else item.refunded_at
    return when if when is not None else dt.datetime.min.replace(tzinfo=dt.UTC)


def _new_since(seen: Order, fresh: Order) -> tuple[list[Any], list[Any]]:
    """Captures and refunds Klarna's fresh order has that the order the user saw has not."""
    known_captures = {c.capture_id for c in seen.captures or []}
    known_refunds = {r.refund_id for r in seen.refunds or []}
    return ([c for c in fresh.captures or [] if c.capture_id not in known_captures],
            [r for r in fresh.refunds or [] if r.refund_id not in known_refunds])
