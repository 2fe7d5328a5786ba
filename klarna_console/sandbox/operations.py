"""What each Order Management operation does to the sandbox's state, refused through `domain.rules`.

Every refusal comes from the shared rules (so the window's guards and the sandbox never disagree);
this module only applies the changes Klarna makes once an operation is allowed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import msgspec
from msgspec import UNSET

from ..api.models import (
    Address,
    Capture,
    ExtendDueDateOption,
    ExtendDueDateOptions,
    Order,
    OrderLine,
    Refund,
    ShippingInfo,
)
from ..api.requests import (
    AddressInput,
    CaptureRequest,
    ExtendDueDateRequest,
    OrderLineInput,
    RefundRequest,
    ShippingInfoInput,
    UpdateAuthorizationRequest,
    UpdateCustomerDetailsRequest,
    UpdateMerchantReferencesRequest,
)
from ..domain import rules
from ..domain.lines import return_fee
from ..domain.rules import Action, Verdict
from .bodies import check, prune
from .errors import Refused, bad_value, no_such_capture, no_such_order, no_such_refund
from .orders import NewOrder, build_order, check_order_math, klarna_reference
from .state import OrderRecord, SandboxState

# Due-date extensions offered for pay-later captures: days -> fee in minor units, per currency.
DUE_DATE_FEES: dict[str, dict[int, int]] = {
    "EUR": {7: 195, 14: 295, 30: 495},
    "SEK": {7: 1900, 14: 2900, 30: 4900},
    "NOK": {7: 1900, 14: 2900, 30: 4900},
    "DKK": {7: 1500, 14: 2200, 30: 3700},
    "GBP": {7: 175, 14: 250, 30: 425},
    "USD": {7: 199, 14: 299, 30: 499},
    "AUD": {7: 295, 14: 450, 30: 695},
}
B2B_METHODS = frozenset({"B2B_INVOICE", "INVOICE_BUSINESS"})
# An address the customer could not be reached at is refused; these cannot be cleared.
REQUIRED_ADDRESS_FIELDS = ("given_name", "family_name", "street_address", "postal_code", "city", "country")
INVALID_ADDRESS = "The shipping and/or billing address is invalid"


def _lines(lines: list[OrderLineInput] | Any) -> list[OrderLine]:
    return msgspec.convert(msgspec.to_builtins(lines), list[OrderLine]) if lines else []


def _shipping(items: list[ShippingInfoInput] | Any) -> list[ShippingInfo]:
    return msgspec.convert(msgspec.to_builtins(items), list[ShippingInfo]) if items else []


def _copy(address: Address | None) -> Address | None:
    return msgspec.structs.replace(address) if address is not None else None


def expire(order: Order, now: dt.datetime) -> None:
    """An authorization whose expiry has passed on the sandbox clock becomes EXPIRED."""
    if order.status == "AUTHORIZED" and rules.is_past_expiry(order, now):
        order.status = "EXPIRED"


def allocate_refund(captures: list[Capture], lines: list[OrderLine], amount: int) -> dict[str, int]:
    """How much of a refund each capture takes.

    A refund line whose reference appears among a capture's line references is credited to that
    capture (oldest first when several have it), up to the line's total; return-fee lines match
    nothing. Whatever is left goes to the captures oldest first, never past what a capture still has.
    """
    room = {c.capture_id or "": (c.captured_amount or 0) - (c.refunded_amount or 0) for c in captures}
    shares = dict.fromkeys(room, 0)
    left = amount

    def take(capture_id: str, wanted: int) -> int:
        nonlocal left
        got = max(0, min(wanted, room[capture_id], left))
        room[capture_id] -= got
        shares[capture_id] += got
        left -= got
        return got

    for line in lines:
        if line.type == "return_fee" or not line.reference or (line.total_amount or 0) <= 0:
            continue
        wanted = line.total_amount or 0
        for capture in captures:
            if wanted <= 0 or left <= 0:
                break
            if any(cl.reference == line.reference for cl in capture.order_lines or []):
                wanted -= take(capture.capture_id or "", wanted)
    for capture in captures:
        take(capture.capture_id or "", left)
    return {k: v for k, v in shares.items() if v}


class Operations:
    """The 18 operations (and the sandbox's own order creation and fraud decisions) on a SandboxState."""

    def __init__(
        self,
        state: SandboxState,
        *,
        period: dt.timedelta = rules.AUTHORIZATION_PERIOD,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        shipping_delay: bool = False,
    ) -> None:
        self.state = state
        self.period = period
        self.new_id = new_id
        # Whether the merchant account has Klarna's shipping delay enabled (off unless Klarna turns it on).
        self.shipping_delay = shipping_delay

    # --- helpers ---------------------------------------------------------------------------------------

    def record(self, order_id: str, now: dt.datetime) -> OrderRecord:
        """The order's record, brought up to date with the clock; 404 NO_SUCH_ORDER if unknown."""
        record = self.state.get(order_id)
        if record is None:
            raise no_such_order(order_id)
        expire(record.order, now)
        return record

    @staticmethod
    def _allow(verdict: Verdict) -> None:
        if not verdict:
            raise Refused.from_verdict(verdict)

    def _done(self, record: OrderRecord, action: str, now: dt.datetime, **fields: Any) -> None:
        record.log(action, now, **fields)
        self.state.changed()

    # --- reads -----------------------------------------------------------------------------------------

    def get_order(self, order_id: str, now: dt.datetime) -> Order:
        """GET /orders/{id}."""
        return self.record(order_id, now).order

    def list_captures(self, order_id: str, now: dt.datetime) -> list[Capture]:
        """GET /orders/{id}/captures."""
        return list(self.record(order_id, now).order.captures or [])

    def get_capture(self, order_id: str, capture_id: str, now: dt.datetime) -> Capture:
        """GET /orders/{id}/captures/{capture_id}."""
        capture = rules.find_capture(self.record(order_id, now).order, capture_id)
        if capture is None:
            raise no_such_capture(order_id, capture_id)
        return capture

    def get_refund(self, order_id: str, refund_id: str, now: dt.datetime) -> Refund:
        """GET /orders/{id}/refunds/{refund_id}."""
        order = self.record(order_id, now).order
        refund = next((r for r in order.refunds or [] if r.refund_id == refund_id), None)
        if refund is None:
            raise no_such_refund(order_id, refund_id)
        return refund

    # --- captures and refunds --------------------------------------------------------------------------

    def capture(self, order_id: str, body: CaptureRequest, now: dt.datetime) -> Capture:
        """POST /orders/{id}/captures: charge part or all of what remains authorized."""
        record = self.record(order_id, now)
        order = record.order
        amount = body.captured_amount
        self._allow(rules.can_capture(order, now, amount))
        if body.shipping_delay is not UNSET and body.shipping_delay > 0 and not self.shipping_delay:
            raise Refused(403, rules.CAPTURE_NOT_ALLOWED, "Shipping delay is not enabled for this merchant. "
                          "Capture not possible.")
        captures = order.captures if order.captures is not None else []
        lines = _lines(body.order_lines)
        if not lines and not captures and amount == order.order_amount:
            # A whole-order capture without lines invoices the order's lines.
            lines = [msgspec.structs.replace(line) for line in order.order_lines or []]
        capture = Capture(
            capture_id=self.new_id(),
            klarna_reference=f"{order.klarna_reference}-{len(captures) + 1}",
            captured_amount=amount,
            captured_at=now,
            description=body.description or None,
            reference=body.reference or None,
            order_lines=lines,
            refunded_amount=0,
            billing_address=_copy(order.billing_address),
            shipping_address=_copy(order.shipping_address),
            shipping_info=_shipping(body.shipping_info),
        )
        captures.append(capture)
        order.captures = captures
        order.captured_amount = (order.captured_amount or 0) + amount
        order.remaining_authorized_amount = max(0, (order.order_amount or 0) - order.captured_amount)
        order.status = "CAPTURED" if order.remaining_authorized_amount == 0 else "PART_CAPTURED"
        # Klarna counts a capture as an acknowledgement of the order.
        record.acknowledged = True
        self._done(record, Action.CAPTURE, now, capture_id=capture.capture_id, amount=amount)
        return capture

    def refund(self, order_id: str, body: RefundRequest, now: dt.datetime) -> Refund:
        """POST /orders/{id}/refunds: give back part or all of what was captured."""
        record = self.record(order_id, now)
        order = record.order
        lines = _lines(body.order_lines)
        amount = body.refunded_amount
        self._check_refund_lines(lines, amount)
        self._allow(rules.can_refund(order, now, amount))
        if any(line.type == "return_fee" for line in lines):
            self._allow(rules.can_charge_return_fee(order))
        captures = order.captures or []
        shares = allocate_refund(captures, lines, amount)
        for capture in captures:
            capture.refunded_amount = (capture.refunded_amount or 0) + shares.get(capture.capture_id or "", 0)
        method = rules.payment_method(order)
        refund = Refund(
            refund_id=self.new_id(),
            refunded_amount=amount,
            refunded_at=now,
            description=body.description or None,
            reference=body.reference or None,
            order_lines=lines or None,
            credit_invoice=True if method in B2B_METHODS else None,
        )
        order.refunds = [*(order.refunds or []), refund]
        order.refunded_amount = (order.refunded_amount or 0) + amount
        fee = return_fee(lines)
        self._done(record, Action.REFUND, now, refund_id=refund.refund_id, amount=amount,
                   allocation=shares, **({"return_fee": fee} if fee else {}))
        return refund

    @staticmethod
    def _check_refund_lines(lines: list[OrderLine], amount: int) -> None:
        """Klarna's shape of a refund with lines: they add up to `refunded_amount`; a fee is a negative line."""
        for i, line in enumerate(lines):
            if line.type == "return_fee" and (line.total_amount or 0) > 0:
                raise bad_value(f"order_lines[{i}].total_amount: a return fee is kept from the refund, so its "
                                f"line is negative (got {line.total_amount})")
        total = sum(line.total_amount or 0 for line in lines)
        if lines and total != amount:
            raise bad_value(f"order_lines: the lines add up to {total}, not to the refunded_amount {amount}")

    # --- the order's authorization ---------------------------------------------------------------------

    def cancel(self, order_id: str, now: dt.datetime) -> None:
        """POST /orders/{id}/cancel: drop an authorization that has no captures."""
        record = self.record(order_id, now)
        self._allow(rules.can_cancel(record.order, now))
        record.order.status = "CANCELLED"
        record.order.remaining_authorized_amount = 0
        self._done(record, Action.CANCEL, now)

    def release_remaining(self, order_id: str, now: dt.datetime) -> None:
        """POST /orders/{id}/release-remaining-authorization: close a partly captured order."""
        record = self.record(order_id, now)
        self._allow(rules.can_release_remaining(record.order, now))
        released = record.order.remaining_authorized_amount
        record.order.status = "CLOSED"
        record.order.remaining_authorized_amount = 0
        self._done(record, Action.RELEASE_REMAINING, now, amount=released)

    def extend_authorization(self, order_id: str, now: dt.datetime) -> None:
        """POST /orders/{id}/extend-authorization-time: now + the period, capped at 180 days after creation."""
        record = self.record(order_id, now)
        self._allow(rules.can_extend_authorization(record.order, now))
        record.order.expires_at = rules.new_expiry(record.order, now, self.period)
        self._done(record, Action.EXTEND_AUTHORIZATION, now, expires_at=record.order.expires_at.isoformat()
                   if record.order.expires_at else None)

    def update_authorization(self, order_id: str, body: UpdateAuthorizationRequest, now: dt.datetime) -> None:
        """PATCH /orders/{id}/authorization: a new amount; given lines replace the old, none deletes them."""
        record = self.record(order_id, now)
        order = record.order
        self._allow(rules.can_update_authorization(order, now, body.order_amount))
        order.order_amount = body.order_amount
        order.order_lines = _lines(body.order_lines)
        order.remaining_authorized_amount = max(0, body.order_amount - (order.captured_amount or 0))
        if order.status == "PART_CAPTURED" and order.remaining_authorized_amount == 0:
            order.status = "CAPTURED"
        self._done(record, Action.UPDATE_AUTHORIZATION, now, order_amount=body.order_amount,
                   **({"description": body.description} if body.description else {}))

    # --- details ---------------------------------------------------------------------------------------

    def update_customer_details(self, order_id: str, data: dict[str, Any], now: dt.datetime) -> None:
        """PATCH /orders/{id}/customer-details: the shipping address only; "" clears a field."""
        record = self.record(order_id, now)
        order = record.order
        if "billing_address" in data:
            # Refused before the body is checked: no billing address is ever accepted.
            self._allow(rules.can_update_customer_details(order, now, billing_address=True))
        body = check(UpdateCustomerDetailsRequest, prune(UpdateCustomerDetailsRequest, data))
        self._allow(rules.can_update_customer_details(order, now))
        if body.shipping_address is not UNSET:
            order.shipping_address = self._merged_address(order, body.shipping_address)
        self._done(record, Action.UPDATE_CUSTOMER_DETAILS, now)

    @staticmethod
    def _merged_address(order: Order, change: AddressInput) -> Address:
        current = msgspec.to_builtins(order.shipping_address) if order.shipping_address else {}
        for name, value in msgspec.to_builtins(change).items():
            if value == "":
                current.pop(name, None)
            else:
                current[name] = value
        problems = [f"shipping_address.{name}: is required and cannot be cleared"
                    for name in REQUIRED_ADDRESS_FIELDS if not current.get(name)]
        country = (current.get("country") or "").upper()
        if country and order.purchase_country and country != order.purchase_country.upper():
            problems.append(f"shipping_address.country: must be the purchase country {order.purchase_country}")
        if country == "US" and not current.get("region"):
            problems.append("shipping_address.region: is required for US addresses")
        if problems:
            raise Refused(422, "INVALID_ADDRESS", INVALID_ADDRESS, *problems)
        return msgspec.convert(current, Address)

    def update_merchant_references(
        self, order_id: str, body: UpdateMerchantReferencesRequest, now: dt.datetime
    ) -> None:
        """PATCH /orders/{id}/merchant-references: fields given replace the old value, "" clears it."""
        record = self.record(order_id, now)
        self._allow(rules.can_update_merchant_references(record.order, now))
        for name in ("merchant_reference1", "merchant_reference2"):
            value = getattr(body, name)
            if value is not UNSET:
                setattr(record.order, name, value or None)
        self._done(record, Action.UPDATE_MERCHANT_REFERENCES, now)

    def acknowledge(self, order_id: str, now: dt.datetime) -> None:
        """POST /orders/{id}/acknowledge."""
        record = self.record(order_id, now)
        self._allow(rules.can_acknowledge(record.order, now))
        record.acknowledged = True
        self._done(record, Action.ACKNOWLEDGE, now)

    def add_order_shipping_info(self, order_id: str, items: list[ShippingInfoInput], now: dt.datetime) -> None:
        """POST /orders/{id}/shipping-info: tracking known before the capture."""
        record = self.record(order_id, now)
        self._allow(rules.can_add_order_shipping_info(record.order, now))
        record.order.shipping_info = [*(record.order.shipping_info or []), *_shipping(items)]
        self._done(record, Action.ADD_ORDER_SHIPPING_INFO, now, count=len(items))

    # --- per capture -----------------------------------------------------------------------------------

    def add_capture_shipping_info(
        self, order_id: str, capture_id: str, items: list[ShippingInfoInput], now: dt.datetime
    ) -> None:
        """POST /orders/{id}/captures/{capture_id}/shipping-info."""
        record = self.record(order_id, now)
        self._allow(rules.can_add_capture_shipping_info(record.order, now, capture_id))
        capture = rules.find_capture(record.order, capture_id)
        assert capture is not None  # the rule above refuses unknown captures
        capture.shipping_info = [*(capture.shipping_info or []), *_shipping(items)]
        self._done(record, Action.ADD_CAPTURE_SHIPPING_INFO, now, capture_id=capture_id, count=len(items))

    def trigger_send_out(self, order_id: str, capture_id: str, now: dt.datetime) -> None:
        """POST /orders/{id}/captures/{capture_id}/trigger-send-out: recorded as an event."""
        record = self.record(order_id, now)
        self._allow(rules.can_trigger_send_out(record.order, now, capture_id))
        self._done(record, Action.TRIGGER_SEND_OUT, now, capture_id=capture_id)

    def extend_due_date_options(self, order_id: str, capture_id: str, now: dt.datetime) -> ExtendDueDateOptions:
        """GET /orders/{id}/captures/{capture_id}/extend-due-date-options."""
        record = self.record(order_id, now)
        if rules.find_capture(record.order, capture_id) is None:
            raise no_such_capture(order_id, capture_id)
        currency = (record.order.purchase_currency or "EUR").upper()
        # The spec answers only 200 or 404 here: a capture whose due date cannot move is offered nothing.
        possible = rules.can_extend_due_date(record.order, now, capture_id)
        offered = self._fees(currency) if possible and not self._due_date_extended(record, capture_id) else {}
        return ExtendDueDateOptions(
            currency=currency,
            options=[ExtendDueDateOption(number_of_days=days, amount=fee) for days, fee in offered.items()],
        )

    def extend_due_date(
        self, order_id: str, capture_id: str, body: ExtendDueDateRequest, now: dt.datetime
    ) -> None:
        """PATCH /orders/{id}/captures/{capture_id}/extend-due-date: one of the offered numbers of days."""
        record = self.record(order_id, now)
        self._allow(rules.can_extend_due_date(record.order, now, capture_id))
        if self._due_date_extended(record, capture_id):
            raise Refused(403, rules.NOT_ALLOWED, "Extension of due date is not possible. "
                          f"The due date of capture {capture_id} has already been extended.")
        currency = (record.order.purchase_currency or "EUR").upper()
        fees = self._fees(currency)
        if body.number_of_days not in fees:
            offered = ", ".join(str(days) for days in fees)
            raise Refused(403, rules.NOT_ALLOWED, "Extension of due date is not possible. "
                          f"{body.number_of_days} days is not one of the offered options ({offered}).")
        self._done(record, Action.EXTEND_DUE_DATE, now, capture_id=capture_id,
                   number_of_days=body.number_of_days, fee=fees[body.number_of_days], currency=currency)

    @staticmethod
    def _fees(currency: str) -> dict[int, int]:
        # Other currencies get the euro price list in their own units: a plausible order of magnitude.
        return DUE_DATE_FEES.get(currency, DUE_DATE_FEES["EUR"])

    @staticmethod
    def _due_date_extended(record: OrderRecord, capture_id: str) -> bool:
        return any(e.type == Action.EXTEND_DUE_DATE and e.capture_id == capture_id for e in record.events)

    # --- the sandbox's own controls --------------------------------------------------------------------

    def create_order(self, new: NewOrder, now: dt.datetime, *, rng: Any) -> Order:
        """POST /sandbox/v1/orders: an authorized order, as if a customer had just paid with Klarna."""
        check_order_math(new)
        order_id = str(new.order_id) if new.order_id is not UNSET else self.new_id()
        if order_id in self.state:
            raise Refused(409, "CONFLICT", f"Order {order_id} already exists")
        reference = new.klarna_reference if new.klarna_reference is not UNSET else klarna_reference(rng)
        order = build_order(new, now, order_id=order_id, reference=reference, period=self.period)
        record = OrderRecord(order=order)
        record.log("create", now)
        self.state.add(record)
        return order

    def decide_fraud(self, order_id: str, decision: str, now: dt.datetime) -> Order:
        """POST /sandbox/v1/orders/{id}/fraud: Klarna's review of a pending order ends."""
        record = self.record(order_id, now)
        order = record.order
        if order.fraud_status != "PENDING":
            raise Refused(409, "CONFLICT", f"Order {order_id} is not pending fraud review "
                          f"(fraud_status is {order.fraud_status}).")
        order.fraud_status = decision
        if decision == "REJECTED":
            # Klarna does not pay out a rejected order: the authorization is cancelled.
            order.status = "CANCELLED"
            order.remaining_authorized_amount = 0
        self._done(record, "fraud_decision", now, decision=decision)
        return order
