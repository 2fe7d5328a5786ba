"""The window's words for Klarna's statuses and for days from now (domain/display.py keeps codes and colours)."""

from __future__ import annotations

import datetime as dt

from ..api.models import Order
from ..domain import display, rules
from .plurals import PLURALS
from .qt import QtCore


def status_label(status: str | None) -> str:
    """"PART_CAPTURED" -> "Part captured"; a status this console does not know is shown as Klarna sent it."""
    words = {
        "AUTHORIZED": QtCore.QCoreApplication.translate("Status", "Authorized"),
        "PART_CAPTURED": QtCore.QCoreApplication.translate("Status", "Part captured"),
        "CAPTURED": QtCore.QCoreApplication.translate("Status", "Captured"),
        "CANCELLED": QtCore.QCoreApplication.translate("Status", "Cancelled"),
        "EXPIRED": QtCore.QCoreApplication.translate("Status", "Expired"),
        "CLOSED": QtCore.QCoreApplication.translate("Status", "Closed"),
        "REFUNDED": QtCore.QCoreApplication.translate("Status", "Refunded"),
        "PART_REFUNDED": QtCore.QCoreApplication.translate("Status", "Part refunded"),
    }
    return words.get((status or "").upper()) or display.status_label(status)


def badge_status(order: Order, now: dt.datetime) -> tuple[str, str]:
    """Klarna's status of the order in words, and its colour."""
    _label, color = display.badge_status(order, now)
    return status_label(rules.status(order, now)), color


def derived_badges(order: Order) -> list[tuple[str, str]]:
    """"Refunded" / "Part refunded" beside Klarna's status, in words."""
    refunded = display.refund_state(order)
    return [] if refunded is None else [(status_label(refunded), display.STATUS_COLORS[refunded])]


def fraud_word(fraud: str) -> str:
    """Klarna's fraud status in words ("pending"); an unknown one as Klarna sent it."""
    words = {
        "PENDING": QtCore.QCoreApplication.translate("Status", "pending"),
        "REJECTED": QtCore.QCoreApplication.translate("Status", "rejected"),
        "STOPPED": QtCore.QCoreApplication.translate("Status", "stopped"),
    }
    return words.get(fraud.upper(), fraud.lower())


def relative_days(when: dt.datetime, now: dt.datetime) -> str:
    """"today", "in 3 days", "2 days ago": calendar days, so 23:00 to 01:00 is "tomorrow"."""
    days = (when.date() - now.date()).days
    if days == 0:
        return QtCore.QCoreApplication.translate("Status", "today")
    if days == 1:
        return QtCore.QCoreApplication.translate("Status", "tomorrow")
    if days == -1:
        return QtCore.QCoreApplication.translate("Status", "yesterday")
    return PLURALS.in_days(days) if days > 0 else PLURALS.days_ago(-days)


def shipping_method(method: str | None) -> str:
    """Klarna's shipping method code ("PickUpPoint") in the window's words; an unknown code as Klarna sent it."""
    words = {
        "PickUpStore": QtCore.QCoreApplication.translate("ShippingMethod", "Collect in store"),
        "Home": QtCore.QCoreApplication.translate("ShippingMethod", "Home delivery"),
        "BoxReg": QtCore.QCoreApplication.translate("ShippingMethod", "Parcel locker (registered)"),
        "BoxUnreg": QtCore.QCoreApplication.translate("ShippingMethod", "Parcel locker (unregistered)"),
        "PickUpPoint": QtCore.QCoreApplication.translate("ShippingMethod", "Pick-up point"),
        "Own": QtCore.QCoreApplication.translate("ShippingMethod", "Own delivery"),
        "Postal": QtCore.QCoreApplication.translate("ShippingMethod", "Post"),
        "DHLPackstation": QtCore.QCoreApplication.translate("ShippingMethod", "DHL Packstation"),
        "Digital": QtCore.QCoreApplication.translate("ShippingMethod", "Digital delivery"),
        "Undefined": QtCore.QCoreApplication.translate("ShippingMethod", "Not specified"),
        "PickUpWarehouse": QtCore.QCoreApplication.translate("ShippingMethod", "Collect at warehouse"),
        "ClickCollect": QtCore.QCoreApplication.translate("ShippingMethod", "Click and collect"),
        "PalletDelivery": QtCore.QCoreApplication.translate("ShippingMethod", "Pallet delivery"),
    }
    return words.get(method or "", method or "")
