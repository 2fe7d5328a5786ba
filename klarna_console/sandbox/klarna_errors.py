"""Klarna's words for a refusal: a rule's or a validation's reason as the error message Klarna writes.

The rules and the request checks hand over reasons as codes (klarna_console/reasons.py); this is where
the sandbox turns them into Klarna's English, as Klarna's API answers are in English whatever the
merchant's language. The wording follows Klarna's own answers ("<what is wrong>. <what is not
possible>."), collected in DOMAIN.md; the window never shows these texts for a rule of its own (it
words reasons itself, ui/reason_text.py), only when they come back from Klarna.
"""

from __future__ import annotations

from ..domain.rules import NO_SUCH_CAPTURE, Action, Verdict
from ..reasons import Code, Reason

# What cannot be done, as Klarna says it at the end of a refusal.
_CONSEQUENCE = {
    Action.CAPTURE: "Capture not possible.",
    Action.REFUND: "Refund not possible.",
    Action.CANCEL: "Cancel not possible.",
    Action.RELEASE_REMAINING: "Remaining authorization cannot be released.",
    Action.EXTEND_AUTHORIZATION: "Authorization time cannot be extended.",
    Action.UPDATE_AUTHORIZATION: "Order authorization cannot be updated.",
    Action.UPDATE_CUSTOMER_DETAILS: "Customer details cannot be updated.",
    Action.UPDATE_MERCHANT_REFERENCES: "Merchant references cannot be updated.",
    # Capture-level refusals name the capture after these words, without a full stop.
    Action.ADD_CAPTURE_SHIPPING_INFO: "Shipping info cannot be added to capture",
    Action.TRIGGER_SEND_OUT: "Send out cannot be triggered for capture",
    Action.EXTEND_DUE_DATE: "Due date cannot be extended for capture",
}

# What is wrong with the order, by reason code.
_CAUSE = {
    Code.ORDER_CANCELLED: "Order is cancelled.",
    Code.ORDER_EXPIRED: "Order is expired.",
    Code.ORDER_CLOSED: "Order is closed.",
    Code.FRAUD_PENDING: "Order is pending fraud review.",
    Code.FRAUD_REJECTED: "Order was rejected in fraud review.",
    Code.FULLY_CAPTURED: "Order is fully captured.",
    Code.FULLY_REFUNDED: "Order is fully refunded.",
    Code.NO_CAPTURES: "Order has no captures.",
    Code.HAS_CAPTURES: "Order has previous captures.",
    Code.NO_REMAINING_AUTHORIZATION: "Order has no remaining authorization.",
    Code.AMOUNT_OVER_REMAINING: "Captured amount is higher than the remaining authorized amount.",
    Code.AMOUNT_OVER_REFUNDABLE: "Refunded amount is higher than the captured amount not yet refunded.",
    Code.MAX_AUTHORIZATION_AGE: "Order has reached the maximum authorization time of {days} days.",
    Code.BILLING_ADDRESS_LOCKED: "Billing address cannot be updated due to risk assessment.",
    Code.NO_SUCH_CAPTURE: "Capture could not be found.",
}


def message(why: Reason) -> str:
    """Klarna's message for a refusal's reason, in Klarna's words."""
    action = Action(str(why.get("action"))) if why.get("action") else None
    v = why.values
    match why.code:
        case Code.ORDER_CANCELLED if action == Action.CANCEL:
            return "Order is already cancelled. Cancel not possible."
        case Code.AMOUNT_NEGATIVE:
            return f"{'Refunded' if action == Action.REFUND else 'Captured'} amount cannot be negative."
        case Code.AMOUNT_BELOW_CAPTURED:
            return (f"Resulting authorization amount {v['amount']} cannot be less than the captured amount "
                    f"{v['captured']} for order. Order authorization cannot be updated.")
        case Code.INCREASE_NOT_ALLOWED:
            method = v.get("method") or "this payment method"
            return f"The order amount cannot be increased for {method} orders. Order authorization cannot be updated."
        case Code.METHOD_NOT_EXTENDABLE:
            return f"Authorization time of {v['method']} orders in {v['country']} cannot be extended."
        case Code.NOT_PAY_LATER:
            return "Extension of due date is not possible for this payment method."
        case Code.CAPTURE_FULLY_REFUNDED:
            return "Capture is fully refunded. Extension of due date is not possible."
        case Code.RETURN_FEE_COUNTRY:
            countries = ", ".join(str(v["countries"]).split(","))
            return (f"Return fees are not available for orders from {v.get('country') or 'this country'} "
                    f"(only {countries}).")
        case Code.RETURN_FEE_CAPTURES:
            return f"Return fees are possible only on orders captured in a single capture (this order has {v['count']})."
    cause = _CAUSE.get(why.code)
    if cause is None or action not in _CONSEQUENCE:
        return validation_message(why)
    text = f"{cause.format(**v)} {_CONSEQUENCE[action]}"
    if why.code == Code.NO_SUCH_CAPTURE:
        text += f" {v['capture_id']}"
    return text


def refusal_status(verdict: Verdict) -> int:
    """The HTTP status of a rule's refusal: an unknown capture is 404, every other refusal 403."""
    return 404 if verdict.error_code == NO_SUCH_CAPTURE else 403


# Kinds of JSON values, as a merchant reads them.
_KIND = {"str": "text", "int": "a whole number", "array": "a list", "object": "an object",
         "bool": "true or false", "float": "a decimal number", "null": "empty"}


def validation_message(why: Reason) -> str:
    """A request check's reason as the sandbox's BAD_VALUE message: "<field>: <problem>"."""
    v = why.values
    field = str(v.get("field") or "request")
    got = f" (got {v['got']}{_unit(why.code)})" if "got" in v else ""
    match why.code:
        case Code.FIELD_REQUIRED:
            problem = "is required"
        case Code.FIELD_UNKNOWN:
            problem = "is not a field Klarna accepts here"
        case Code.FIELD_EMPTY:
            problem = "is empty"
        case Code.TEXT_TOO_LONG:
            problem = f"at most {v['limit']} characters{got}"
        case Code.TEXT_TOO_SHORT:
            problem = f"at least {v['limit']} characters{got}"
        case Code.TOO_MANY_ITEMS:
            problem = f"at most {v['limit']} items{got}"
        case Code.TOO_FEW_ITEMS:
            problem = f"at least {v['limit']} item(s){got}"
        case Code.NUMBER_TOO_SMALL:
            problem = f"must be at least {v['limit']}{got}"
        case Code.NUMBER_TOO_LARGE:
            problem = f"must be at most {v['limit']}{got}"
        case Code.NUMBER_OUT_OF_RANGE:
            problem = f"must be between {v['low']} and {v['high']}{got}"
        case Code.WRONG_KIND:
            problem = f"must be {_KIND.get(str(v['expected']), v['expected'])}, not {_KIND.get(str(v['got']), v['got'])}"
        case Code.VALUE_NOT_ALLOWED:
            tail = f"; use one of: {', '.join(str(v['allowed']).split(','))}" if v.get("allowed") else ""
            problem = f"{v['value']} is not allowed{tail}"
        case Code.NOT_A_KLARNA_ID:
            problem = f"{v['value']!r} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)"
        case Code.NOT_A_PAYMENT_REFERENCE:
            problem = f"{v['value']!r} is not a payment reference (up to 255 characters, no spaces or slashes)"
        case Code.NOT_A_DATE:
            problem = f"{v['value']!r} is not a date (YYYY-MM-DD) or an ISO 8601 date-time"
        case Code.NOT_A_CURRENCY_CODE:
            problem = f"{v['value']!r} is not an ISO 4217 code (three letters, like EUR)"
        case Code.END_BEFORE_START:
            problem = f"{v['end']} is before start_date {v['start']}"
        case Code.NEEDS_CAPTURE:
            problem = f"{v['action']} needs a capture"
        case Code.NEEDS_BODY:
            problem = f"{v['action']} needs a request body"
        case Code.TAKES_NO_BODY:
            problem = f"{v['action']} takes no request body"
        case Code.FIELD_INVALID:
            problem = str(v.get("detail", ""))
        case _:
            problem = str(why)
    return f"{field}: {problem}"


def _unit(code: Code) -> str:
    if code in (Code.TEXT_TOO_LONG, Code.TEXT_TOO_SHORT):
        return " characters"
    if code in (Code.TOO_MANY_ITEMS, Code.TOO_FEW_ITEMS):
        return " items"
    return ""


__all__ = ["message", "refusal_status", "validation_message"]
