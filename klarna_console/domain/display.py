"""Words and colours for showing orders to people: status labels, badges, relative dates."""

from __future__ import annotations

import datetime as dt

from ..api.models import Order
from . import rules

STATUS_LABELS = {
    "AUTHORIZED": "Authorized",
    "PART_CAPTURED": "Part captured",
    "CAPTURED": "Captured",
    "CANCELLED": "Cancelled",
    "EXPIRED": "Expired",
    "CLOSED": "Closed",
}
# Background colours of status badges; chosen to read on light and dark themes with white text.
STATUS_COLORS = {
    "AUTHORIZED": "#2563eb",
    "PART_CAPTURED": "#0d9488",
    "CAPTURED": "#15803d",
    "REFUNDED": "#7c3aed",
    "PART_REFUNDED": "#9333ea",
    "CANCELLED": "#6b7280",
    "EXPIRED": "#9a3412",
    "CLOSED": "#475569",
}
FRAUD_COLORS = {"ACCEPTED": "#15803d", "PENDING": "#b45309", "REJECTED": "#b91c1c", "STOPPED": "#b91c1c"}
ENVIRONMENT_COLORS = {"Production": "#b91c1c", "Playground": "#b45309", "Sandbox": "#0f766e", "Custom": "#4b5563"}

EXPIRY_WARNING = dt.timedelta(days=7)


def status_label(status: str | None) -> str:
    """"PART_CAPTURED" -> "Part captured"; unknown statuses are shown as Klarna sent them."""
    return STATUS_LABELS.get((status or "").upper(), (status or "Unknown").replace("_", " ").capitalize())


def refund_state(order: Order) -> str | None:
    """"REFUNDED" or "PART_REFUNDED" when money went back, else None (Klarna has no such status)."""
    refunded = order.refunded_amount or 0
    if refunded <= 0:
        return None
    return "REFUNDED" if refunded >= (order.captured_amount or 0) else "PART_REFUNDED"


def badge_status(order: Order, now: dt.datetime) -> tuple[str, str]:
    """Klarna's status (DOMAIN.md §4.2; an authorization past its expiry is Expired) and its colour.

    Klarna's status always comes first; what the console derives (refunds) is added beside it by
    `derived_badges`, never in its place.
    """
    current = rules.status(order, now)
    return status_label(current), STATUS_COLORS.get(current, "#4b5563")


def derived_badges(order: Order) -> list[tuple[str, str]]:
    """Badges the console adds after Klarna's status: "Refunded" or "Part refunded" (Klarna has no such status)."""
    refunded = refund_state(order)
    if refunded is None:
        return []
    return [("Refunded" if refunded == "REFUNDED" else "Part refunded", STATUS_COLORS[refunded])]


def shows_expiry(status: str | None, remaining: int | None) -> bool:
    """Whether an expiry date means anything: only while the order can still be captured.

    A CLOSED, CANCELLED or fully CAPTURED order has nothing left to capture, so its `expires_at`
    (which Klarna keeps sending) is no deadline; an EXPIRED one shows when it expired.
    """
    current = (status or "").upper()
    if current == "EXPIRED":
        return True
    return current in ("AUTHORIZED", "PART_CAPTURED") and (remaining or 0) > 0


def expires_soon(order: Order, now: dt.datetime, within: dt.timedelta = EXPIRY_WARNING) -> bool:
    """An authorization with money left that expires within a week: the agent should act."""
    if order.expires_at is None or rules.remaining(order) <= 0:
        return False
    if rules.status(order, now) not in ("AUTHORIZED", "PART_CAPTURED"):
        return False
    return now <= order.expires_at <= now + within


def customer_name(order: Order) -> str:
    """The customer's name from the billing address (else the shipping one)."""
    for address in (order.billing_address, order.shipping_address):
        if address is not None:
            name = " ".join(p for p in (address.given_name, address.family_name) if p)
            if name or address.organization_name:
                return name or address.organization_name or ""
    return ""
