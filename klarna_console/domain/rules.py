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

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Iterable

from ..api.models import Capture, Order

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


@dataclasses.dataclass(frozen=True)
class Verdict:
    """Whether an action is allowed; if not, Klarna's error code and a reason a person can read."""

    allowed: bool
    error_code: str | None = None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Verdict(True)


def _no(code: str, reason: str) -> Verdict:
    return Verdict(False, code, reason)


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


def can_capture(order: Order, now: dt.datetime, amount: int | None = None) -> Verdict:
    """Capture: an open, accepted authorization with enough left."""
    state = status(order, now)
    fraud = (order.fraud_status or "").upper()
    if state == "CANCELLED":
        return _no(CAPTURE_NOT_ALLOWED, "Order is cancelled. Capture not possible.")
    if state == "EXPIRED" or (is_past_expiry(order, now) and remaining(order) > 0):
        return _no(CAPTURE_NOT_ALLOWED, "Order is expired. Capture not possible.")
    if state == "CLOSED":
        return _no(CAPTURE_NOT_ALLOWED, "Order is closed. Capture not possible.")
    if fraud == "PENDING":
        return _no(CAPTURE_NOT_ALLOWED, "Order is pending fraud review. Capture not possible.")
    if fraud in ("REJECTED", "STOPPED"):
        return _no(CAPTURE_NOT_ALLOWED, "Order was rejected in fraud review. Capture not possible.")
    if remaining(order) <= 0:
        return _no(CAPTURE_NOT_ALLOWED, "Order is fully captured. Capture not possible.")
    if amount is not None:
        if amount < 0:
            return _no(CAPTURE_NOT_ALLOWED, "Captured amount cannot be negative.")
        if amount > remaining(order):
            return _no(
                CAPTURE_NOT_ALLOWED,
                "Captured amount is higher than the remaining authorized amount. Capture not possible.",
            )
    return ALLOWED


def can_refund(order: Order, now: dt.datetime, amount: int | None = None) -> Verdict:
    """Refund: something captured and not yet refunded."""
    if not captures(order) and not order.captured_amount:
        return _no(REFUND_NOT_ALLOWED, "Order has no captures. Refund not possible.")
    if refundable(order) <= 0:
        return _no(REFUND_NOT_ALLOWED, "Order is fully refunded. Refund not possible.")
    if amount is not None:
        if amount < 0:
            return _no(REFUND_NOT_ALLOWED, "Refunded amount cannot be negative.")
        if amount > refundable(order):
            return _no(
                REFUND_NOT_ALLOWED,
                "Refunded amount is higher than the captured amount not yet refunded. Refund not possible.",
            )
    return ALLOWED


def can_cancel(order: Order, now: dt.datetime) -> Verdict:
    """Cancel: only an authorization with no captures."""
    state = status(order, now)
    if captures(order) or (order.captured_amount or 0) > 0:
        return _no(CANCEL_NOT_ALLOWED, "Order has previous captures. Cancel not possible.")
    if state == "CANCELLED":
        return _no(CANCEL_NOT_ALLOWED, "Order is already cancelled. Cancel not possible.")
    if state == "CLOSED":
        return _no(CANCEL_NOT_ALLOWED, "Order is closed. Cancel not possible.")
    return ALLOWED


def can_release_remaining(order: Order, now: dt.datetime) -> Verdict:
    """Release the rest: a partly captured order with something left."""
    state = status(order, now)
    if state == "CANCELLED":
        return _no(NOT_ALLOWED, "Order is cancelled. Remaining authorization cannot be released.")
    if state == "CLOSED":
        return _no(NOT_ALLOWED, "Order is closed. Remaining authorization cannot be released.")
    if not captures(order):
        return _no(NOT_ALLOWED, "Order has no captures. Remaining authorization cannot be released.")
    if remaining(order) <= 0:
        return _no(NOT_ALLOWED, "Order is fully captured. Remaining authorization cannot be released.")
    return ALLOWED


def can_extend_authorization(order: Order, now: dt.datetime) -> Verdict:
    """Extend the authorization time: an open authorization, within 180 days of creation."""
    state = status(order, now)
    if state == "EXPIRED" or is_past_expiry(order, now):
        return _no(NOT_ALLOWED, "Order is expired. Authorization time cannot be extended.")
    if state == "CANCELLED":
        return _no(NOT_ALLOWED, "Order is cancelled. Authorization time cannot be extended.")
    if state in ("CAPTURED", "CLOSED") or remaining(order) <= 0:
        return _no(NOT_ALLOWED, "Order has no remaining authorization. Authorization time cannot be extended.")
    method = payment_method(order)
    if NO_EXTENSION_METHODS.get(method) == (order.purchase_country or "").upper():
        return _no(NOT_ALLOWED, f"Authorization time of {method} orders in "
                                f"{NO_EXTENSION_METHODS[method]} cannot be extended.")
    if (
        order.expires_at is not None
        and order.created_at is not None
        and order.expires_at >= order.created_at + MAX_AUTHORIZATION_AGE
    ):
        return _no(
            NOT_ALLOWED,
            "Order has reached the maximum authorization time of 180 days. Authorization time cannot be extended.",
        )
    return ALLOWED


def can_update_authorization(order: Order, now: dt.datetime, new_amount: int | None = None) -> Verdict:
    """Set a new order amount: an open order; never below what was captured; raises only where allowed."""
    state = status(order, now)
    if state in ("CANCELLED", "EXPIRED", "CLOSED"):
        return _no(NOT_ALLOWED, f"Order is {state.lower()}. Order authorization cannot be updated.")
    if state == "CAPTURED":
        return _no(NOT_ALLOWED, "Order is fully captured. Order authorization cannot be updated.")
    if is_past_expiry(order, now):
        # A part-captured order keeps its status past expiry, but what is left can never be captured.
        return _no(NOT_ALLOWED, "Order is expired. Order authorization cannot be updated.")
    if new_amount is not None:
        captured = order.captured_amount or 0
        if new_amount < captured:
            return _no(
                NOT_ALLOWED,
                f"Resulting authorization amount {new_amount} cannot be less than the captured amount "
                f"{captured} for order. Order authorization cannot be updated.",
            )
        if new_amount > (order.order_amount or 0) and not can_increase_amount(order):
            method = payment_method(order) or "this payment method"
            return _no(
                NOT_ALLOWED,
                f"The order amount cannot be increased for {method} orders. Order authorization cannot be updated.",
            )
    return ALLOWED


def can_update_customer_details(order: Order, now: dt.datetime, billing_address: bool = False) -> Verdict:
    """Change the shipping address of an order that is still live (never the billing address)."""
    if billing_address:
        return _no(
            NOT_ALLOWED,
            "Billing address cannot be updated due to risk assessment. Customer details cannot be updated.",
        )
    state = status(order, now)
    if state in ("CANCELLED", "EXPIRED"):
        return _no(NOT_ALLOWED, f"Order is {state.lower()}. Customer details cannot be updated.")
    return ALLOWED


def can_update_merchant_references(order: Order, now: dt.datetime) -> Verdict:
    """Merchant references: any order that is not cancelled."""
    if status(order, now) == "CANCELLED":
        return _no(NOT_ALLOWED, "Order is cancelled. Merchant references cannot be updated.")
    return ALLOWED


def can_acknowledge(order: Order, now: dt.datetime) -> Verdict:
    """Acknowledge: always allowed (acknowledging twice changes nothing)."""
    return ALLOWED


def can_add_order_shipping_info(order: Order, now: dt.datetime) -> Verdict:
    """Order-level shipping info: any order (the spec's operation has no refusal but an unknown order)."""
    return ALLOWED


def _capture_exists(order: Order, capture_id: str | None, what: str) -> Verdict:
    if not captures(order):
        return _no(NOT_ALLOWED, f"Order has no captures. {what}")
    if capture_id is not None and find_capture(order, capture_id) is None:
        return _no(NO_SUCH_CAPTURE, f"Capture could not be found. {what} {capture_id}")
    return ALLOWED


def can_add_capture_shipping_info(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Shipping info on a capture the order has."""
    return _capture_exists(order, capture_id, "Shipping info cannot be added to capture")


def can_trigger_send_out(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Resend a capture's customer communication."""
    return _capture_exists(order, capture_id, "Send out cannot be triggered for capture")


def can_extend_due_date(order: Order, now: dt.datetime, capture_id: str | None = None) -> Verdict:
    """Extend a capture's due date: pay-later orders only, on a capture not fully refunded."""
    found = _capture_exists(order, capture_id, "Due date cannot be extended for capture")
    if not found:
        return found
    if not is_pay_later(order):
        return _no(NOT_ALLOWED, "Extension of due date is not possible for this payment method.")
    if capture_id is not None:
        capture = find_capture(order, capture_id)
        if capture and (capture.refunded_amount or 0) >= (capture.captured_amount or 0) > 0:
            return _no(NOT_ALLOWED, "Capture is fully refunded. Extension of due date is not possible.")
    return ALLOWED


def can_charge_return_fee(order: Order) -> Verdict:
    """A return fee on a refund: in the countries that have them, on an order captured in one capture."""
    country = (order.purchase_country or "").upper()
    if country not in RETURN_FEE_COUNTRIES:
        return _no(REFUND_NOT_ALLOWED, f"Return fees are not available for orders from {country or 'this country'} "
                                       f"(only {', '.join(sorted(RETURN_FEE_COUNTRIES))}).")
    count = len(captures(order))
    if count != 1:
        return _no(REFUND_NOT_ALLOWED, "Return fees are possible only on orders captured in a single capture "
                                       f"(this order has {count}).")
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
