"""Performing writes on orders: guard, journal the intent with its key, send, record the outcome, re-read.

This is the only path by which the app changes an order at Klarna. The journal row with the
idempotency key is committed before the request leaves, so a crash, a timeout or a lost answer
leaves an open entry that is resumed with the same key: Klarna then replays the first answer
instead of capturing or refunding twice.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..api import KlarnaError, RequestValidationError
from ..api import requests as bodies
from ..api.models import Order
from ..api.validation import check_id, validate
from ..domain import rules
from ..domain.money import format_amount
from ..domain.rules import Action, Verdict
from ..store import AsyncStore, JournalEntry, JournalState
from .orders import OrderService

if TYPE_CHECKING:
    from ..api.client import OrderManagementClient

log = logging.getLogger(__name__)

IDEMPOTENCY_WINDOW = dt.timedelta(hours=24)
# Resume only well inside Klarna's 24 hours: a replay near the edge might no longer be honoured.
RESUME_WINDOW = dt.timedelta(hours=23)

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
TITLES = {
    Action.CAPTURE: "Capture", Action.REFUND: "Refund", Action.CANCEL: "Cancel order",
    Action.RELEASE_REMAINING: "Release remaining authorization",
    Action.EXTEND_AUTHORIZATION: "Extend authorization time",
    Action.UPDATE_AUTHORIZATION: "Update order amount", Action.UPDATE_CUSTOMER_DETAILS: "Edit shipping address",
    Action.UPDATE_MERCHANT_REFERENCES: "Update merchant references", Action.ACKNOWLEDGE: "Acknowledge",
    Action.ADD_ORDER_SHIPPING_INFO: "Add shipping info", Action.ADD_CAPTURE_SHIPPING_INFO: "Add shipping info to capture",
    Action.TRIGGER_SEND_OUT: "Resend customer communication", Action.EXTEND_DUE_DATE: "Extend due date",
}


READ_ONLY = Verdict(False, "READ_ONLY", "This profile is read-only: it can look at orders but not change them.")


class ActionRefused(Exception):
    """The business rules refuse the action on the order as we know it; nothing was sent or journaled."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict.reason)
        self.verdict = verdict


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
            raise RequestValidationError(f"capture_id: {self.action.value} needs a capture", field="capture_id")
        if self.action in _BODY_TYPES:
            if self.body is None:
                raise RequestValidationError(f"{self.action.value} needs a request body", field="body")
            # Checked here, before anything is journaled, so the journal only holds sendable requests.
            checked = validate(_BODY_TYPES[self.action], self.body)
            object.__setattr__(self, "body", checked.to_dict())
        elif self.body:
            raise RequestValidationError(f"{self.action.value} takes no request body", field="body")

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

    def describe(self, currency: str | None, locale: str | None = None) -> str:
        """A one-line summary for people: "Capture 1,234.50 kr"."""
        title = TITLES[self.action]
        if self.amount is not None:
            return f"{title} {format_amount(self.amount, currency, locale)}"
        if self.action == Action.EXTEND_DUE_DATE and self.body:
            return f"{title} by {self.body['number_of_days']} days"
        return title


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
    """Sends writes through the journal; one write per order at a time."""

    def __init__(
        self,
        client: OrderManagementClient,
        store: AsyncStore,
        now: Callable[[], dt.datetime],
        on_order: Callable[[Order], Any] | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self._client = client
        self._store = store
        self._now = now
        # Re-reads after a write go through the same path as any other read (cache, listeners).
        self._orders = OrderService(client, store, now, on_order)
        self.read_only = read_only
        self._locks: dict[str, asyncio.Lock] = {}

    def _lock(self, order_id: str) -> asyncio.Lock:
        return self._locks.setdefault(order_id, asyncio.Lock())

    async def perform(
        self, request: ActionRequest, order: Order | None = None, *, check_rules: bool = True, refresh: bool = True
    ) -> ActionResult:
        """Guard, journal a fresh intent, send it, record the outcome and re-read the order.

        `order` is the order as the user saw it (else the cached one). Raises ActionRefused when the
        rules refuse; Klarna's refusals and failures are returned in the result, not raised. Bulk runs
        pass refresh=False and re-read their orders afterwards in one go.
        """
        if self.read_only:
            raise ActionRefused(READ_ONLY)
        async with self._lock(request.order_id):
            if check_rules:
                known = order or await self._known_order(request.order_id)
                verdict = check(request.action, known, self._now(), request) if known else rules.ALLOWED
                if not verdict:
                    raise ActionRefused(verdict)
            entry = await self._store.add_intent(
                request.order_id, request.action.value, request.to_journal(), now=self._now(), sending=True
            )
            log.info("journaled %s on %s (entry %d)", request.action.value, request.order_id, entry.id)
            return await self._send(entry, request, refresh, counted=True)

    async def retry(self, entry: JournalEntry, *, refresh: bool = True) -> ActionResult:
        """Send an open entry again with its own idempotency key (Klarna replays it if it was applied)."""
        if self.read_only:
            raise ActionRefused(READ_ONLY)
        if not entry.is_open:
            raise ValueError(f"journal entry {entry.id} is {entry.state.value}; only open entries are retried")
        async with self._lock(entry.order_id):
            current = await self._store.get_entry(entry.id)
            if current is None or not current.is_open:
                # Someone (another window, a resume) finished it meanwhile: report that outcome.
                return ActionResult(current or entry)
            return await self._send(current, ActionRequest.from_journal(current), refresh)

    async def resume_open_intents(self) -> tuple[list[ActionResult], list[JournalEntry]]:
        """After a crash or restart: resend open entries inside the idempotency window with their keys.

        Returns the results of those resent, and the entries too old to resend safely: those are left
        open for a person to check against the order.
        """
        if self.read_only:
            return [], await self._store.open_intents()  # a read-only profile sends nothing, ever
        resumed: list[ActionResult] = []
        too_old: list[JournalEntry] = []
        for entry in await self._store.open_intents():
            if self._now() - entry.created_at > RESUME_WINDOW:
                too_old.append(entry)
                continue
            log.warning("resuming %s on %s with its key (entry %d)", entry.action, entry.order_id, entry.id)
            resumed.append(await self.retry(entry))
        return resumed, too_old

    async def _known_order(self, order_id: str) -> Order | None:
        cached = await self._store.get_order(order_id)
        if cached is not None:
            return cached.order
        try:
            return await self._orders.fetch(order_id)
        except KlarnaError:
            return None  # let Klarna decide; its answer is journaled like any other

    async def _send(
        self, entry: JournalEntry, request: ActionRequest, refresh: bool, *, counted: bool = False
    ) -> ActionResult:
        if not counted:  # a retry; the first attempt was counted with the intent
            entry = await self._store.record_attempt(entry.id, now=self._now())
        try:
            result_id = await self._call(request, entry.idempotency_key)
        except KlarnaError as error:
            state = JournalState.UNKNOWN if error.transient else JournalState.FAILED
            entry = await self._store.record_outcome(
                entry.id, state, http_status=error.status, error_code=error.error_code,
                error_messages=error.error_messages or [error.message], correlation_id=error.correlation_id,
                now=self._now(),
            )
            log.warning("%s on %s: %s (%s)", request.action.value, request.order_id, state.value, error)
            order, refresh_error = await self._refresh_quietly(request.order_id) if refresh else (None, None)
            return ActionResult(entry, error, order, refresh_error)
        except BaseException:
            # Cancelled or a bug mid-flight: the request may have left. The entry stays open (state
            # intent/unknown) so it is resumed with the same key; record that without being cancelled.
            await asyncio.shield(self._store.record_outcome(entry.id, JournalState.UNKNOWN, now=self._now()))
            raise
        status = 201 if request.action in (Action.CAPTURE, Action.REFUND) else 204
        entry = await self._store.record_outcome(
            entry.id, JournalState.SUCCEEDED, http_status=status, result_id=result_id, now=self._now()
        )
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
