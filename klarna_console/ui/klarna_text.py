"""Klarna's own error texts made readable: Klarna's words as sent, its code and correlation id, and what the code means."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..domain.money import format_amount
from .qt import QtCore

# An amount Klarna names in a sentence: a word ending in "amount" or "price" (also snake_case field names
# such as total_amount or unit_price), perhaps "of", "is", ":" or "=", then whole minor units. Numbers
# after other words (tax_rate in basis points, quantities, ids) are not money and stay as they are; a
# number already followed by "(" was annotated before and is not annotated twice.
_AMOUNT = re.compile(
    r"(?P<name>\b[A-Za-z_]*(?:amount|price)s?\b)(?P<gap>\s*(?:[:=]|\bof\b|\bis\b)?\s*)"
    r"(?P<minor>-?\d+)\b(?![.,]\d)(?!\s*\()",
    re.IGNORECASE,
)


def with_amounts(text: str, currency: str | None, locale: str | None = "en") -> str:
    """Klarna's text with each amount in minor units followed by its formatted value.

    "Resulting authorization amount 158800 cannot be less than the captured amount 168800" in SEK reads
    "... amount 158800 (1,588.00 kr) cannot be less than the captured amount 168800 (1,688.00 kr)".
    Without a currency the text is returned as it is (a number cannot be formatted without one).
    """
    if not text or not currency:
        return text

    def annotate(match: re.Match[str]) -> str:
        minor = int(match.group("minor"))
        return f"{match.group(0)} ({format_amount(minor, currency, locale)})"

    return _AMOUNT.sub(annotate, text)


def explanation(code: str | None) -> str:
    """What a Klarna error code means for the user and what to do, in the user's language ("" for a code not known).

    The codes are those of Klarna's Order Management error table (DOMAIN.md §3); the explanations are ours,
    Klarna's own message is shown beside them unchanged.
    """
    match code:
        case "NO_SUCH_ORDER":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna has no order with this id for these credentials. Check the order id, and "
                                "that the profile uses the region and environment (live or playground) the order "
                                "was placed in.")
        case "NOT_FOUND":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna could not find the capture or refund this request names. Reload the order "
                                "to see its current captures and refunds, then try again.")
        case "NO_SUCH_CAPTURE":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna could not find this capture on the order. Reload the order and choose one "
                                "of its current captures.")
        case "INVALID_ORDER_ID":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, "
                                "for example from the Merchant Portal.")
        case "BAD_VALUE" | "UNPROCESSABLE_ENTITY":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna rejected a value in the request; its message names the field and the "
                                "limit. Nothing was changed: correct that field and send again.")
        case "NOT_ALLOWED":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna does not allow this action on the order in its current state; its message "
                                "says why. Nothing was changed: reload the order to see its status and amounts.")
        case "CAPTURE_NOT_ALLOWED":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna did not capture: the order is cancelled or expired, or the amount is higher "
                                "than the remaining authorized amount. Reload the order and capture at most the "
                                "remaining authorized amount.")
        case "REFUND_NOT_ALLOWED":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna did not refund: the order has no captures, or the amount is higher than "
                                "what was captured and not yet refunded. Reload the order and refund at most "
                                "that amount.")
        case "CANCEL_NOT_ALLOWED":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna did not cancel the order because part of it is already captured. Refund "
                                "what was captured instead, and release the remaining authorization if nothing "
                                "more will be shipped.")
        case "PAYMENT_METHOD_FAILED":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna could not charge the customer's payment method, so nothing was captured. "
                                "Do not ship yet: ask the customer to update their payment details, or contact "
                                "Klarna merchant support.")
        case "CONFLICT":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "The request clashes with a change made to the order at the same time, for example "
                                "in the Merchant Portal or the shop system. Reload the order and check whether the "
                                "change is already there before sending it again.")
        case "REQUEST_TOO_LARGE":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "The request is larger than Klarna accepts (1 MB). Send fewer order lines or "
                                "shipping details at a time.")
        case "INVALID_ADDRESS":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna found the address invalid. Check the street, postal code and city against "
                                "the country's format and send it again.")
        case "TOO_MANY_REQUESTS":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna is receiving too many requests from this merchant account right now. Wait "
                                "a few minutes and retry; the same idempotency key makes sure Klarna applies the "
                                "change at most once.")
        case "INTERNAL_SERVER_ERROR" | "UNEXPECTED_ERROR":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna had an internal error, so the change may or may not have been applied. "
                                "Retry with the same idempotency key (Klarna applies it at most once); if it keeps "
                                "failing, contact Klarna merchant support and quote the correlation id.")
        case "TEMPORARILY_UNAVAILABLE":
            return QtCore.QCoreApplication.translate(
                "KlarnaErrors", "Klarna's service is temporarily unavailable, so the change may or may not have "
                                "been applied. Retry later with the same idempotency key; Klarna applies it at "
                                "most once.")
    return ""


def _fill(template: str, **values: object) -> str:
    """Placeholders filled after translation (a translator may move them)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def _amounts(messages: Sequence[str], currency: str, locale: str | None) -> str:
    """The amounts Klarna's messages name in minor units, each with its formatted value ("158800 = 1,588.00 kr")."""
    seen: dict[int, str] = {}
    for message in messages:
        for match in _AMOUNT.finditer(message):
            minor = int(match.group("minor"))
            seen.setdefault(minor, f"{minor} = {format_amount(minor, currency, locale)}")
    return "; ".join(seen.values())


def error_text(code: str | None, messages: Sequence[str], correlation_id: str | None, *,
               currency: str | None = None, locale: str | None = "en") -> str:
    """A refusal of Klarna in lines: what the code means (known codes only), Klarna's message exactly as sent,
    the amounts it names formatted (with a currency), then the error code and the correlation id.

    Klarna's message is never reworded or annotated: it is what Klarna merchant support and the Merchant
    Portal's logs know.
    """
    meaning = explanation(code)
    lines = [meaning] if meaning else []
    said = "\n".join(m for m in messages if m)
    if said:
        lines.append(_fill(QtCore.QCoreApplication.translate("KlarnaErrors", "Klarna's message: {message}"),
                           message=said))
    amounts = _amounts(messages, currency, locale) if currency else ""
    if amounts:
        lines.append(_fill(QtCore.QCoreApplication.translate("KlarnaErrors", "Amounts in Klarna's message: {amounts}"),
                           amounts=amounts))
    ids = []
    if code:
        ids.append(_fill(QtCore.QCoreApplication.translate("KlarnaErrors", "Error code: {code}"), code=code))
    if correlation_id:
        ids.append(_fill(QtCore.QCoreApplication.translate("KlarnaErrors", "Correlation id: {correlation_id}"),
                         correlation_id=correlation_id))
    if ids:
        lines.append(" · ".join(ids))
    return "\n".join(lines)


__all__ = ["error_text", "explanation", "with_amounts"]
