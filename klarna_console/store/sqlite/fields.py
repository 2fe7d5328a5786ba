"""The columns the store keeps beside each order's JSON, and the search terms derived from them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

from ...api.models import Address, Order

UTC = dt.UTC

# Calling codes of the countries Klarna serves, longest first so "358" wins over "35". Knowing them
# lets "070 123 45 67" or "20 12 34 56" (what a customer reads out) find "+46 70 123 45 67" or "+45 ...".
_CALLING_CODES = (
    "358", "353", "352", "420", "421",
    "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
    "61", "64", "1",
)
_NOT_DIGIT = re.compile(r"\D+")
_SPACE = re.compile(r"\s+")


def to_db_time(value: dt.datetime) -> str:
    """A timestamp as fixed-width UTC text, so that text order is time order."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(value: str | None) -> dt.datetime | None:
    """The aware datetime of a stored timestamp."""
    return dt.datetime.fromisoformat(value) if value else None


def phone_terms(phone: str | None) -> str | None:
    """What a phone number is found by: its digits, and for an international one the national number
    with and without a trunk "0" (Sweden dials 070..., Denmark and Norway no 0)."""
    if not phone:
        return None
    digits = _NOT_DIGIT.sub("", phone)
    if not digits:
        return None
    if not phone.strip().startswith("+"):
        if not digits.startswith("00"):
            return digits
        digits = digits[2:]  # "0046 ..." is "+46 ..." dialled from abroad
    for code in _CALLING_CODES:
        if digits.startswith(code) and len(digits) > len(code) + 4:
            national = digits[len(code):].removeprefix("0")
            return f"{digits} {national} 0{national}"
    return digits


def postal_terms(postal_code: str | None) -> str | None:
    """What a postal code is found by: its own words, and all of it without spaces ("123 45" -> "12345")."""
    if not postal_code or not postal_code.strip():
        return None
    words = postal_code.strip()
    joined = "".join(ch for ch in words if ch.isalnum())
    return words if joined == words else f"{words} {joined}"


# Letters unicode61's remove_diacritics leaves alone, because Unicode does not decompose them.
_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
})


def name_terms(name: str | None) -> str | None:
    """What a name is found by: itself, and a spelling without ø, æ, ß, ł... ("Jørgensen" -> "Jorgensen")."""
    if not name:
        return None
    folded = name.translate(_FOLD)
    return name if folded == name else f"{name} {folded}"


def customer_name(address: Address | None) -> str | None:
    """"Given Family", or the organisation when there is no person's name."""
    if address is None:
        return None
    name = " ".join(part.strip() for part in (address.given_name, address.family_name) if part and part.strip())
    return name or (address.organization_name or "").strip() or None


def _normalized(text: str | None) -> str | None:
    """NFC text with runs of spaces collapsed: "Söderberg" typed or pasted compares equal."""
    if not text:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _first(field: str, *addresses: Address | None) -> str | None:
    for address in addresses:
        if address is not None:
            value = _normalized(getattr(address, field))
            if value:
                return value
    return None


def _upper(text: str | None) -> str | None:
    return text.upper() if text else None


class OrderFields(NamedTuple):
    """The searchable and sortable columns of one order, in the orders table's column order."""

    order_id: str
    status: str | None
    fraud_status: str | None
    currency: str | None
    order_amount: int | None
    captured_amount: int | None
    refunded_amount: int | None
    remaining_amount: int | None
    created_at: str | None
    expires_at: str | None
    klarna_reference: str | None
    merchant_reference1: str | None
    merchant_reference2: str | None
    customer_name: str | None
    email: str | None
    phone: str | None
    postal_code: str | None
    name_terms: str | None
    phone_terms: str | None
    postal_terms: str | None

    @classmethod
    def of(cls, order: Order) -> OrderFields:
        """Extract the columns of an order; the billing address is the customer, else the shipping one."""
        order_id = (order.order_id or "").strip()
        if not order_id:
            raise ValueError("an order without order_id cannot be cached")  # english-ok: a programming error
        billing, shipping = order.billing_address, order.shipping_address
        name = _normalized(customer_name(billing)) or _normalized(customer_name(shipping))
        phone = _first("phone", billing, shipping)
        postal_code = _first("postal_code", billing, shipping)
        return cls(
            order_id,
            # Klarna's own samples use lower-case currencies; filters compare upper case.
            _upper(order.status),
            _upper(order.fraud_status),
            _upper(order.purchase_currency),
            order.order_amount,
            order.captured_amount,
            order.refunded_amount,
            order.remaining_authorized_amount,
            to_db_time(order.created_at) if order.created_at else None,
            to_db_time(order.expires_at) if order.expires_at else None,
            _normalized(order.klarna_reference),
            _normalized(order.merchant_reference1),
            _normalized(order.merchant_reference2),
            name,
            _first("email", billing, shipping),
            phone,
            postal_code,
            name_terms(name),
            phone_terms(phone),
            postal_terms(postal_code),
        )
