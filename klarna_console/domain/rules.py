"""What Klarna allows on an order right now, and why not: one place for the business rules.

The window uses these checks to enable actions (with the reason as a tooltip) and to refuse bad input
before anything is sent; the sandbox uses the very same checks to answer as Klarna does, with the
error code and message a refusal carries. Each check takes the order as last read and "now".

Where Klarna does not document its behaviour, this module decides, and says so here:
- An AUTHORIZED order whose `expires_at` has passed is treated as EXPIRED even before Klarna's status
  says so (a cached order may predate the expiry).
- CLOSED is set when the remaining authorization of a partly captured order is released: nothing
  more can be captured. A CLOSED order can still be refunded up to what was captured, and take
  shipping info, references and send-outs. A full refund does not change the status (Klarna has no
  REFUNDED status; the amounts tell).
- Captures and refunds of 0 are allowed (the spec's minimum is 0); negative amounts never are.
- Acknowledge is always allowed (it is idempotent); so is order-level shipping info (the spec gives
  that operation no 403 at all).
- Cancel is allowed on an expired order without captures, and release on a part-captured order past
  its expiry: Klarna refuses neither in writing, and both only drop what can no longer be captured.
- Return fees follow Krokedil's list of countries (Klarna's own conditions were not readable) and
  Klarna's single-capture condition.
- "Slice it" (FIXED_SUM_CREDIT) authorizations cannot be extended in the US, as Klarna says; in other
  markets Klarna says nothing, so they can.
- A new expiry from "extend authorization time" is now + the account's period, never past 180 days
  after creation and never earlier than the current expiry (so a second extension soon after the
  first is accepted and changes nothing, as Klarna says of repeated calls on one day). Only an order
  whose expiry already reaches the 180-day cap is refused.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable

import msgspec

from ..api.models import Capture, Order
from ..reasons import Code, Reason, Value

AUTHORIZATION_PERIOD = dt.timedelta(days=28)
MAX_AUTHORIZATION_AGE = dt.timedelta(days=180)

# Payment methods for which Klarna lets a merchant raise the order amount, in every market but CH
# (DOMAIN.md §4.4 and Klarna's pre-delivery guide; B2B_INVOICE is the docs' older name of INVOICE_BUSINESS).
INCREASE_ALLOWED_METHODS = frozenset(
    {"INVOICE", "INVOICE_BUSINESS", "B2B_INVOICE", "BASE_ACCOUNT", "DIRECT_DEBIT", "ACCOUNT"}
)
FIXED_AMOUNT_INCREASE_COUNTRIES = frozenset({"AT", "DE", "DK", "FI", "FR", "NL", "NO", "SE"})
# Methods whose increases Klarna allows in one market only.
INCREASE_ONLY_IN = {"DEFERRED_INTEREST": "US"}
# Where a refund may keep a return fee (DOMAIN.md §4.4, the countries Krokedil enables).
RETURN_FEE_COUNTRIES = frozenset({"AT", "DE", "DK", "FI", "FR", "NL", "NO", "SE"})
# "Slice it" in the US: its authorization time cannot be extended (DOMAIN.md §4.4).
NO_EXTENSION_METHODS = {"FIXED_SUM_CREDIT": "US"}
# Pay-later methods, the only ones whose due date can be extended.
PAY_LATER_METHODS = frozenset(
    {"INVOICE", "B2B_INVOICE", "INVOICE_BUSINESS", "PAY_LATER_BY_CARD", "PAY_IN_X", "PAY_LATER_IN_PARTS"}
)

NOT_ALLOWED = "NOT_ALLOWED"
CAPTURE_NOT_ALLOWED = "CAPTURE_NOT_ALLOWED"
REFUND_NOT_ALLOWED = "REFUND_NOT_ALLOWED"
CANCEL_NOT_ALLOWED = "CANCEL_NOT_ALLOWED"
NO_SUCH_CAPTURE = "NO_SUCH_CAPTURE"


class Action(enum.StrEnum):
    """Every write operation of Order Management, by the name the journal records."""

    CAPTURE = "capture"
    REFUND = "refund"
    CANCEL = "cancel"
    RELEASE_REMAINING = "release_remaining_authorization"
    EXTEND_AUTHORIZATION = "extend_authorization_time"
    UPDATE_AUTHORIZATION = "update_authorization"
    UPDATE_CUSTOMER_DETAILS = "update_customer_details"
    UPDATE_MERCHANT_REFERENCES = "update_merchant_references"
    ACKNOWLEDGE = "acknowledge"
    ADD_ORDER_SHIPPING_INFO = "add_order_shipping_info"
    ADD_CAPTURE_SHIPPING_INFO = "add_capture_shipping_info"
    TRIGGER_SEND_OUT = "trigger_send_out"
    EXTEND_DUE_DATE = "extend_due_date"


class Verdict(msgspec.Struct, frozen=True):
    """Whether an action is allowed; if not, Klarna's error code and the reason, as a code with values."""

    allowed: bool
    error_code: str | None = None
    reason: Reason | None = None

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Verdict(True)


def _no(code: str, why: Code, action: Action, **values: Value) -> Verdict:
    return Verdict(False, code, Reason(why, {"action": action.value, **values}))


# --- facts about an order --------------------------------------------------------------------------


def _utc(now: dt.datetime) -> dt.datetime:
    return now if now.tzinfo else now.replace(tzinfo=dt.timezone.utc)


def status(order: Order, now: dt.datetime) -> str:
    """The order's status as of `now`: an authorization past its expiry is EXPIRED."""
    current = (order.status or "").upper()
    if current == "AUTHORIZED" and is_past_expiry(order, now):
        return "EXPIRED"
    return current


def is_past_expiry(order: Order, now: dt.datetime) -> bool:
    """True once the authorization's `expires_at` has passed."""
    return order.expires_at is not None and order.expires_at <= _utc(now)


def remaining(order: Order) -> int:
    """What can still be captured, in minor units."""
    return max(0, order.remaining_authorized_amount or 0)


def refundable(order: Order) -> int:
    """What can still be refunded: captured minus refunded, in minor units."""
    return max(0, (order.captured_amount or 0) - (order.refunded_amount or 0))


def captures(order: Order) -> list[Capture]:
    """The order's captures (an empty list when Klarna sent none)."""
    return list(order.captures or [])


def find_capture(order: Order, capture_id: str) -> Capture | None:
    """The capture with this id, if the order has it."""
    return next((c for c in captures(order) if c.capture_id == capture_id), None)


def payment_method(order: Order) -> str:
    """The initial payment method type, upper case ("" if unknown)."""
    method = order.initial_payment_method
    return (method.type or "").upper() if method else ""


def can_increase_amount(order: Order) -> bool:
    """Whether Klarna may accept a higher order amount for this payment method and country."""
    method = payment_method(order)
    country = (order.purchase_country or "").upper()
    if method == "FIXED_AMOUNT":
        return country in FIXED_AMOUNT_INCREASE_COUNTRIES
    if method in INCREASE_ONLY_IN:
        return country == INCREASE_ONLY_IN[method]
    return method in INCREASE_ALLOWED_METHODS and country != "CH"


def is_pay_later(order: Order) -> bool:
    """Whether the order was paid with a pay-later method (the only kind with due dates to extend)."""
    return payment_method(order) in PAY_LATER_METHODS


def new_expiry(
    order: Order, now: dt.datetime, period: dt.timedelta = AUTHORIZATION_PERIOD
) -> dt.datetime | None:
    """The expiry date an extension would give: now + period, capped at 180 days after creation.

    It is never earlier than the current expiry: an extension does not shorten an authorization.
    """
    target = _utc(now) + period
    if order.created_at is not None:
        target = min(target, order.created_at + MAX_AUTHORIZATION_AGE)
    if order.expires_at is not None:
        target = max(target, order.expires_at)
    return target


# --- the checks ------------------------------------------------------------------------------------

# Klarna words each refusal "<what is wrong>. <what is not possible>."; the sandbox words it so from the
# reason's code and its `action` (sandbox/klarna_errors.py), the window in the user's language.


def can_capture(order: Order, now: dt.datetime, amount: int | None = None) -> Verdict:
    """Capture: an open, accepted authorization with enough left."""
    state = status(order, now)
    fraud = (order.fraud_status or "").upper()
    act = Action.CAPTURE
    if state == "CANCELLED":
        return _no(CAPTURE_NOT_ALLOWED, Code.ORDER_CANCELLED, act)
    if state == "EXPIRED" or (is_past_expiry(order, now) and remaining(order) > 0):
        return _no(CAPTURE_NOT_ALLOWED, Code.ORDER_EXPIRED, act)
    if state == "CLOSED":
        return _no(CAPTURE_NOT_ALLOWED, Code.ORDER_CLOSED, act)
    if fraud == "PENDING":
        return _no(CAPTURE_NOT_ALLOWED, Code.FRAUD_PENDING, act)
    if fraud in ("REJECTED", "STOPPED"):
        return _no(CAPTURE_NOT_ALLOWED, Code.FRAUD_REJECTED, act)
    if remaining(order) <= 0:
        return _no(CAPTURE_NOT_ALLOWED, Code.FULLY_CAPTURED, act)
    if amount is not None:
        currency = order.purchase_currency or ""
        if amount < 0:
            return _no(CAPTURE_NOT_ALLOWED, Code.AMOUNT_NEGATIVE, act, amount=amount, currency=currency)
        if amount > remaining(order):
            return _no(CAPTURE_NOT_ALLOWED, Code.AMOUNT_OVER_REMAINING, act,
                       amount=amount, remaining=remaining(order), currency=currency)
    return ALLOWED


def can_refund(order: Order, now: dt.datetime, amount: int | None = None) -> Verdict:
    """Refund: something captured and not yet refunded."""
    act = Action.REFUND
    if not captures(order) and not order.captured_amount:
        return _no(REFUND_NOT_ALLOWED, Code.NO_CAPTURES, act)
    if refundable(order) <= 0:
        return _no(REFUND_NOT_ALLOWED, Code.FULLY_REFUNDED, act)
    if amount is not None:
        currency = order.purchase_currency or ""
        if amount < 0:
            return _no(REFUND_NOT_ALLOWED, Code.AMOUNT_NEGATIVE, act, amount=amount, currency=currency)
        if amount > refundable(order):
            return _no(REFUND_NOT_ALLOWED, Code.AMOUNT_OVER_REFUNDABLE, act,
                       amount=amount, refundable=refundable(order), currency=currency)
    return ALLOWED


def can_cancel(order: Order, now: dt.datetime) -> Verdict:
    """Cancel: only an authorization with no captures."""
    state = status(order, now)
    act = Action.CANCEL
    if captures(order) or (order.captured_amount or 0) > 0:
        return _no(CANCEL_NOT_ALLOWED, Code.HAS_CAPTURES, act)
    if state == "CANCELLED":
        return _no(CANCEL_NOT_ALLOWED, Code.ORDER_CANCELLED, act)
    if state == "CLOSED":
        return _no(CANCEL_NOT_ALLOWED, Code.ORDER_CLOSED, act)
    return ALLOWED


def can_release_remaining(order: Order, now: dt.datetime) -> Verdict:
    """Release the rest: a partly captured order with something left."""
    state = status(order, now)
    act = Action.RELEASE_REMAINING
    if state == "CANCELLED":
        return _no(NOT_ALLOWED, Code.ORDER_CANCELLED, act)
    if state == "CLOSED":
        return _no(NOT_ALLOWED, Code.ORDER_CLOSED, act)
    if not captures(order):
        return _no(NOT_ALLOWED, Code.NO_CAPTURES, act)
    if remaining(order) <= 0:
        return _no(NOT_ALLOWED, Code.FULLY_CAPTURED, act)
    return ALLOWED


def can_extend_authorization(order: Order, now: dt.datetime) -> Verdict:
    """Extend the authorization time: an open authorization, within 180 days of creation."""
    state = status(order, now)
    act = Action.EXTEND_AUTHORIZATION
    if state == "EXPIRED" or is_past_expiry(order, now):
        return _no(NOT_ALLOWED, Code.ORDER_EXPIRED, act)
    if state == "CANCELLED":
        return _no(NOT_ALLOWED, Code.ORDER_CANCELLED, act)
    if state in ("CAPTURED", "CLOSED") or remaining(order) <= 0:
        return _no(NOT_ALLOWED, Code.NO_REMAINING_AUTHORIZATION, act)
    method = payment_method(order)
    if NO_EXTENSION_METHODS.get(method) == (order.purchase_country or "").upper():
        return _no(NOT_ALLOWED, Code.METHOD_NOT_EXTENDABLE, act, method=method, country=NO_EXTENSION_METHODS[method])
    if (
        order.expires_at is not None
        and order.created_at is not None
        and order.expires_at >= order.created_at + MAX_AUTHORIZATION_AGE
    ):
        return _no(NOT_ALLOWED, Code.MAX_AUTHORIZATION_AGE, act, days=MAX_AUTHORIZATION_AGE.days)
    return ALLOWED


def can_update_authorization(order: Order, now: dt.datetime, new_amount: int | None = None) -> Verdict:
    """Set a new order amount: an open order; never below what was captured; raises only where allowed."""
    state = status(order, now)
    act = Action.UPDATE_AUTHORIZATION
    if state in _STATE_CODES:
        return _no(NOT_ALLOWED, _STATE_CODES[state], act)
    if state == "CAPTURED":
        return _no(NOT_ALLOWED, Code.FULLY_CAPTURED, act)
    if is_past_expiry(order, now):
        # A part-captured order keeps its status past expiry, but what is left can never be captured.
        return _no(NOT_ALLOWED, Code.ORDER_EXPIRED, act)
    if new_amount is not None:
        captured = order.captured_amount or 0
        if new_amount < captured:
            return _no(NOT_ALLOWED, Code.AMOUNT_BELOW_CAPTURED, act,
                       amount=new_amount, captured=captured, currency=order.purchase_currency or "")
        if new_amount > (order.order_amount or 0) and not can_increase_amount(order):
            return _no(NOT_ALLOWED, Code.INCREASE_NOT_ALLOWED, act, method=payment_method(order))
    return ALLOWED


# The statuses that end an order, by the reason they give.
_STATE_CODES = {"CANCELLED": Code.ORDER_CANCELLED, "EXPIRED": Code.ORDER_EXPIRED, "CLOSED": Code.ORDER_CLOSED}


def can_update_customer_details(order: Order, now: dt.datetime, billing_address: bool = False) -> Verdict:
    """Change the shipping address of an order that is still live (never the billing address)."""
    act = Action.UPDATE_CUSTOMER_DETAILS
    if billing_address:
        return _no(NOT_ALLOWED, Code.BILLING_ADDRESS_LOCKED, act)
    state = status(order, now)
    if state in ("CANCELLED", "EXPIRED"):
        return _no(NOT_ALLOWED, _STATE_CODES[state], act)
    return ALLOWED


def can_update_merchant_references(order: Order, now: dt.datetime) -> Verdict:
    """Merchant references: any order that is not cancelled."""
    if status(order, now) == "CANCELLED":
        return _no(NOT_ALLOWED, Code.ORDER_CANCELLED, Action.UPDATE_MERCHANT_REFERENCES)
    return ALLOWED


def can_acknowledge(order: Order, now: dt.datetime) -> Verdict:
    """Acknowledge: always allowed (acknowledging twice changes nothing)."""
    return ALLOWED


def can_add_order_shipping_info(order: Order, now: dt.datetime) -> Verdict:
    """Order-level shipping info: any order (the spec's operation has no refusal but an unknown order)."""
    return ALLOWED


def _capture_exists(order: Order, capture_id: str | None, act: Action) -> Verdict:
    if not captures(order):
        return _no(NOT_ALLOWED, Code.NO_CAPTURES, act)
    if capture_id is not None and find_capture(order, capture_id) is None:
        return _no(NO_SUCH_CAPTURE, Code.NO_SUCH_CAPTURE, act, capture_id=capture_id)
    return ALLOWED


def can_add_capture_shipping_info(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Shipping info on a capture the order has."""
    return _capture_exists(order, capture_id, Action.ADD_CAPTURE_SHIPPING_INFO)


def can_trigger_send_out(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Resend a capture's customer communication."""
    return _capture_exists(order, capture_id, Action.TRIGGER_SEND_OUT)


def can_extend_due_date(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Extend a capture's due date: pay-later orders only, on a capture not fully refunded."""
    act = Action.EXTEND_DUE_DATE
    found = _capture_exists(order, capture_id, act)
    if not found:
        return found
    if not is_pay_later(order):
        return _no(NOT_ALLOWED, Code.NOT_PAY_LATER, act)
    if capture_id is not None:
        capture = find_capture(order, capture_id)
        if capture and (capture.refunded_amount or 0) >= (capture.captured_amount or 0) > 0:
            return _no(NOT_ALLOWED, Code.CAPTURE_FULLY_REFUNDED, act, capture_id=capture_id)
    return ALLOWED


def can_charge_return_fee(order: Order) -> Verdict:
    """A return fee on a refund: in the countries that have them, on an order captured in one capture."""
    country = (order.purchase_country or "").upper()
    if country not in RETURN_FEE_COUNTRIES:
        return _no(REFUND_NOT_ALLOWED, Code.RETURN_FEE_COUNTRY, Action.REFUND,
                   country=country, countries=",".join(sorted(RETURN_FEE_COUNTRIES)))
    count = len(captures(order))
    if count != 1:
        return _no(REFUND_NOT_ALLOWED, Code.RETURN_FEE_CAPTURES, Action.REFUND, count=count)
    return ALLOWED


_CHECKS: dict[Action, Callable[..., Verdict]] = {
    Action.CAPTURE: can_capture,
    Action.REFUND: can_refund,
    Action.CANCEL: can_cancel,
    Action.RELEASE_REMAINING: can_release_remaining,
    Action.EXTEND_AUTHORIZATION: can_extend_authorization,
    Action.UPDATE_AUTHORIZATION: can_update_authorization,
    Action.UPDATE_CUSTOMER_DETAILS: can_update_customer_details,
    Action.UPDATE_MERCHANT_REFERENCES: can_update_merchant_references,
    Action.ACKNOWLEDGE: can_acknowledge,
    Action.ADD_ORDER_SHIPPING_INFO: can_add_order_shipping_info,
    Action.ADD_CAPTURE_SHIPPING_INFO: can_add_capture_shipping_info,
    Action.TRIGGER_SEND_OUT: can_trigger_send_out,
    Action.EXTEND_DUE_DATE: can_extend_due_date,
}


_ON_CAPTURE = {Action.ADD_CAPTURE_SHIPPING_INFO, Action.TRIGGER_SEND_OUT, Action.EXTEND_DUE_DATE}


def check(action: Action | str, order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Whether `action` (no amount chosen yet; on `capture_id` for capture-level actions) is possible now."""
    action = Action(action)
    if action in _ON_CAPTURE:
        return _CHECKS[action](order, now, capture_id)
    return _CHECKS[action](order, now)


def check_all(order: Order, now: dt.datetime, actions: Iterable[Action] = Action) -> dict[Action, Verdict]:
    """Every action's verdict, for enabling a window's menus in one go."""
    return {action: check(action, order, now) for action in actions}
