"""New orders for the sandbox: the create-order body (like Klarna Payments') and the order it becomes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from ..api.models import Address, Customer, InitialPaymentMethod, Order, OrderLine
from ..api.requests import MAX_ORDER_LINES, AddressInput, Amount, Body, OrderLineInput, Text255, Text1024
from ..domain.lines import line_tax
from ..domain.rules import AUTHORIZATION_PERIOD
from .errors import Refused, bad_value

PENDING_FRAUD_COUNTRIES = frozenset({"US", "GB"})
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: customers read these aloud

DEFAULT_METHOD_DESCRIPTIONS = {
    "INVOICE": "Pay later in 30 days",
    "PAY_IN_X": "Pay in 3 interest-free instalments",
    "FIXED_AMOUNT": "Financing",
    "CARD": "Pay now with card",
    "DIRECT_DEBIT": "Pay now with direct debit",
    "ACCOUNT": "Klarna account",
    "PAY_LATER_IN_PARTS": "Pay in 4",
    "B2B_INVOICE": "Invoice for businesses",
    "INVOICE_BUSINESS": "Invoice for businesses",
}


class PaymentMethodInput(Body):
    """The payment method the customer chose at checkout."""

    type: Annotated[str, Meta(min_length=1, max_length=64)]
    description: Text255 | UnsetType = UNSET
    number_of_installments: Annotated[int, Meta(ge=1, le=120)] | UnsetType = UNSET


class CustomerInput(Body):
    """Personal data the sandbox keeps about the customer."""

    date_of_birth: Annotated[str, Meta(pattern=r"^\d{4}-\d{2}-\d{2}$")] | UnsetType = UNSET
    national_identification_number: Annotated[str, Meta(max_length=64)] | UnsetType = UNSET


class NewOrder(Body):
    """Body of POST /sandbox/v1/orders, shaped like Klarna Payments' create-order request."""

    purchase_country: Annotated[str, Meta(pattern=r"^[A-Za-z]{2}$")]
    purchase_currency: Annotated[str, Meta(pattern=r"^[A-Za-z]{3}$")]
    locale: Annotated[str, Meta(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    order_amount: Amount
    order_lines: Annotated[list[OrderLineInput], Meta(min_length=1, max_length=MAX_ORDER_LINES)]
    order_tax_amount: int | UnsetType = UNSET
    billing_address: AddressInput | UnsetType = UNSET
    shipping_address: AddressInput | UnsetType = UNSET
    customer: CustomerInput | UnsetType = UNSET
    merchant_reference1: Text255 | UnsetType = UNSET
    merchant_reference2: Text255 | UnsetType = UNSET
    merchant_data: Text1024 | UnsetType = UNSET
    payment_method_type: Annotated[str, Meta(min_length=1, max_length=64)] | UnsetType = UNSET
    initial_payment_method: PaymentMethodInput | UnsetType = UNSET
    fraud_status: Literal["ACCEPTED", "PENDING", "REJECTED"] = "ACCEPTED"
    created_at: dt.datetime | UnsetType = UNSET
    expires_at: dt.datetime | UnsetType = UNSET
    order_id: uuid.UUID | UnsetType = UNSET
    klarna_reference: Annotated[str, Meta(min_length=1, max_length=64)] | UnsetType = UNSET


def check_order_math(new: NewOrder) -> None:
    """Refuse lines whose totals do not add up, the way Klarna Payments refuses them at checkout."""
    total = 0
    for i, line in enumerate(new.order_lines):
        discount = line.total_discount_amount or 0
        expected = line.quantity * line.unit_price - discount
        if line.total_amount != expected:
            raise bad_value(
                f"order_lines[{i}].total_amount: {line.total_amount} is not quantity * unit_price - "
                f"total_discount_amount ({expected})"
            )
        if line.total_tax_amount is not UNSET:
            tax = line_tax(line.total_amount, line.tax_rate or 0)
            # One minor unit either way: shops round tax per unit or per line.
            if abs(line.total_tax_amount - tax) > 1:
                raise bad_value(
                    f"order_lines[{i}].total_tax_amount: {line.total_tax_amount} does not match "
                    f"tax_rate {line.tax_rate or 0} on total_amount {line.total_amount} ({tax})"
                )
        total += line.total_amount
    if new.order_amount != total:
        raise bad_value(f"order_amount: {new.order_amount} is not the sum of order_lines[].total_amount ({total})")
    if new.payment_method_type is not UNSET and new.initial_payment_method is not UNSET:
        raise bad_value("payment_method_type: give either payment_method_type or initial_payment_method, not both")
    if new.fraud_status == "PENDING" and new.purchase_country.upper() not in PENDING_FRAUD_COUNTRIES:
        raise bad_value("fraud_status: PENDING (fraud review) exists only for purchase_country US or GB")


def klarna_reference(rng: Any) -> str:
    """A short customer-facing reference like Klarna's (e.g. 'K4MADNY')."""
    return "".join(rng.choice(REFERENCE_ALPHABET) for _ in range(7))


def _convert(value: Any, kind: type[Any]) -> Any:
    return msgspec.convert(msgspec.to_builtins(value), kind)


def build_order(
    new: NewOrder,
    now: dt.datetime,
    *,
    order_id: str,
    reference: str,
    period: dt.timedelta = AUTHORIZATION_PERIOD,
) -> Order:
    """The Order Management view of a newly authorized order (already checked by `check_order_math`)."""
    created = new.created_at if new.created_at is not UNSET else now
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.timezone.utc)
    if created > now:
        raise Refused(400, "BAD_VALUE", "created_at: must not be in the future of the sandbox clock")
    expires = new.expires_at if new.expires_at is not UNSET else created + period
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.timezone.utc)
    if expires <= created:
        raise Refused(400, "BAD_VALUE", "expires_at: must be after created_at")
    if new.initial_payment_method is not UNSET:
        method = _convert(new.initial_payment_method, InitialPaymentMethod)
        method.type = (method.type or "").upper()
    else:
        kind = (new.payment_method_type if new.payment_method_type is not UNSET else "INVOICE").upper()
        method = InitialPaymentMethod(type=kind, description=DEFAULT_METHOD_DESCRIPTIONS.get(kind, kind.title()))
    if method.description is None:
        method.description = DEFAULT_METHOD_DESCRIPTIONS.get(method.type or "", method.type)
    billing = _convert(new.billing_address, Address) if new.billing_address is not UNSET else None
    shipping = _convert(new.shipping_address, Address) if new.shipping_address is not UNSET else None
    rejected = new.fraud_status == "REJECTED"
    return Order(
        order_id=order_id,
        # A rejected order is never payable: the sandbox treats it as cancelled by Klarna.
        status="CANCELLED" if rejected else "AUTHORIZED",
        fraud_status=new.fraud_status,
        order_amount=new.order_amount,
        original_order_amount=new.order_amount,
        captured_amount=0,
        refunded_amount=0,
        remaining_authorized_amount=0 if rejected else new.order_amount,
        purchase_currency=new.purchase_currency.upper(),
        purchase_country=new.purchase_country.upper(),
        locale=new.locale,
        order_lines=[_convert(line, OrderLine) for line in new.order_lines],
        merchant_reference1=new.merchant_reference1 or None,
        merchant_reference2=new.merchant_reference2 or None,
        klarna_reference=reference,
        customer=_convert(new.customer, Customer) if new.customer is not UNSET else None,
        billing_address=billing,
        shipping_address=shipping or (msgspec.structs.replace(billing) if billing else None),
        created_at=created,
        expires_at=expires,
        captures=[],
        refunds=[],
        merchant_data=new.merchant_data or None,
        initial_payment_method=method,
        shipping_info=[],
    )
