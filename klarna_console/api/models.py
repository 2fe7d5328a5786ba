"""Typed models of what Klarna's Order Management API returns.

Response models are lenient on purpose: every field is optional, unknown fields are ignored and no
limit is checked, so a field Klarna adds or a value outside the documented range never stops an agent
from seeing an order. The strict models for what we send live in `requests.py`.
"""

import datetime as dt
from typing import Literal

import msgspec

OrderStatus = Literal["AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED"]
ORDER_STATUSES: tuple[str, ...] = ("AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED")


class Model(msgspec.Struct, omit_defaults=True, kw_only=True):
    """Base of the response models: None means Klarna did not send the field."""

    def to_dict(self) -> dict[str, object]:
        """The model as plain JSON-ready data, without the fields Klarna did not send."""
        return msgspec.to_builtins(self)  # type: ignore[no-any-return]


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """A timestamp without an offset is taken as UTC, so every datetime we hand out is aware."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


class ProductIdentifiers(Model):
    """Brand, category, GTIN and the like of a product."""

    brand: str | None = None
    category_path: str | None = None
    color: str | None = None
    global_trade_item_number: str | None = None
    manufacturer_part_number: str | None = None
    size: str | None = None


class Subscription(Model):
    """The subscription a line belongs to."""

    name: str | None = None
    interval: str | None = None
    interval_count: int | None = None


class OrderLine(Model):
    """One line of an order, capture or refund; amounts in minor units."""

    type: str | None = None
    reference: str | None = None
    name: str | None = None
    quantity: int | None = None
    quantity_unit: str | None = None
    unit_price: int | None = None
    tax_rate: int | None = None
    total_amount: int | None = None
    total_discount_amount: int | None = None
    total_tax_amount: int | None = None
    merchant_data: str | None = None
    product_url: str | None = None
    image_url: str | None = None
    product_identifiers: ProductIdentifiers | None = None
    subscription: Subscription | None = None


class Address(Model):
    """A billing or shipping address, with the contact details Klarna keeps on it."""

    title: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    organization_name: str | None = None
    attention: str | None = None
    street_address: str | None = None
    street_address2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None


class Customer(Model):
    """Personal data Klarna shares about the customer."""

    date_of_birth: str | None = None
    national_identification_number: str | None = None


class ShippingInfo(Model):
    """Carrier and tracking of one shipment (and of its return)."""

    shipping_company: str | None = None
    shipping_method: str | None = None
    tracking_number: str | None = None
    tracking_uri: str | None = None
    return_shipping_company: str | None = None
    return_tracking_number: str | None = None
    return_tracking_uri: str | None = None


class InitialPaymentMethod(Model):
    """How the customer chose to pay at checkout."""

    type: str | None = None
    description: str | None = None
    number_of_installments: int | None = None


class CarrierProduct(Model):
    """The carrier's product behind a shipping option."""

    identifier: str | None = None
    name: str | None = None


class AddressLocation(Model):
    """Street address of a pick-up location."""

    street_address: str | None = None
    street_address__2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None


class Location(Model):
    """A pick-up point chosen at checkout."""

    id: str | None = None
    name: str | None = None
    price: int | None = None
    address: AddressLocation | None = None


class Addon(Model):
    """An add-on bought with the shipping option."""

    type: str | None = None
    price: int | None = None
    external_id: str | None = None
    user_input: str | None = None


class Timeslot(Model):
    """A delivery time slot."""

    id: str | None = None
    start: str | None = None
    end: str | None = None
    cutoff: str | None = None
    price: int | None = None


class SelectedShippingOption(Model):
    """The shipping option the customer picked at checkout (Klarna Shipping Service)."""

    id: str | None = None
    name: str | None = None
    carrier: str | None = None
    carrier_product: CarrierProduct | None = None
    method: str | None = None
    type: str | None = None
    price: int | None = None
    tax_amount: int | None = None
    tax_rate: int | None = None
    tms_reference: str | None = None
    location: Location | None = None
    timeslot: Timeslot | None = None
    selected_addons: list[Addon] | None = None
    # `class` is a Python keyword: the attribute is `class_`, the JSON field stays "class".
    class_: str | None = msgspec.field(default=None, name="class")


class Capture(Model):
    """One capture of an order: what was charged, when, and how it shipped."""

    capture_id: str | None = None
    klarna_reference: str | None = None
    captured_amount: int | None = None
    captured_at: dt.datetime | None = None
    description: str | None = None
    reference: str | None = None
    order_lines: list[OrderLine] | None = None
    refunded_amount: int | None = None
    billing_address: Address | None = None
    shipping_address: Address | None = None
    shipping_info: list[ShippingInfo] | None = None

    def __post_init__(self) -> None:
        self.captured_at = _aware(self.captured_at)


class Refund(Model):
    """One refund of an order."""

    refund_id: str | None = None
    refunded_amount: int | None = None
    refunded_at: dt.datetime | None = None
    description: str | None = None
    reference: str | None = None
    order_lines: list[OrderLine] | None = None
    credit_invoice: bool | None = None

    def __post_init__(self) -> None:
        self.refunded_at = _aware(self.refunded_at)


class Order(Model):
    """A Klarna order as Order Management sees it (the spec's MerchantOrderDto)."""

    order_id: str | None = None
    status: str | None = None
    fraud_status: str | None = None
    order_amount: int | None = None
    original_order_amount: int | None = None
    captured_amount: int | None = None
    refunded_amount: int | None = None
    remaining_authorized_amount: int | None = None
    purchase_currency: str | None = None
    purchase_country: str | None = None
    locale: str | None = None
    order_lines: list[OrderLine] | None = None
    merchant_reference1: str | None = None
    merchant_reference2: str | None = None
    klarna_reference: str | None = None
    customer: Customer | None = None
    billing_address: Address | None = None
    shipping_address: Address | None = None
    created_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    captures: list[Capture] | None = None
    refunds: list[Refund] | None = None
    merchant_data: str | None = None
    initial_payment_method: InitialPaymentMethod | None = None
    selected_shipping_option: SelectedShippingOption | None = None
    shipping_info: list[ShippingInfo] | None = None

    def __post_init__(self) -> None:
        self.created_at = _aware(self.created_at)
        self.expires_at = _aware(self.expires_at)


class ExtendDueDateOption(Model):
    """One way to extend a capture's due date, and its fee in minor units."""

    number_of_days: int | None = None
    amount: int | None = None


class ExtendDueDateOptions(Model):
    """The due-date extensions Klarna offers for a capture."""

    currency: str | None = None
    options: list[ExtendDueDateOption] | None = None


class ErrorBody(Model):
    """Klarna's error body; `error_message` is a singular variant some services send."""

    error_code: str | None = None
    error_messages: list[str] | None = None
    error_message: str | None = None
    correlation_id: str | None = None
    service_version: str | None = None
