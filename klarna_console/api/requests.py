"""Typed, validated bodies of the Order Management write operations.

These models carry the spec's limits (lengths, ranges, enums, item counts) so a bad value is refused
with a message naming the field and the limit before anything is sent. Optional fields default to
UNSET and are left out of the JSON: for PATCH calls an empty string means "clear this field", which
is not the same as leaving it alone.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

MAX_AMOUNT = 200_000_000
"""The largest amount (minor units) the spec accepts in any amount field."""

MAX_ORDER_LINES = 1000
MAX_SHIPPING_INFOS = 500

LINE_TYPES: tuple[str, ...] = (
    "physical", "discount", "shipping_fee", "sales_tax", "store_credit",
    "gift_card", "digital", "surcharge", "return_fee",
)
SHIPPING_METHODS: tuple[str, ...] = (
    "PickUpStore", "Home", "BoxReg", "BoxUnreg", "PickUpPoint", "Own", "Postal", "DHLPackstation",
    "Digital", "Undefined", "PickUpWarehouse", "ClickCollect", "PalletDelivery",
)
SUBSCRIPTION_INTERVALS: tuple[str, ...] = ("DAY", "WEEK", "MONTH", "YEAR")

LineType = Literal[
    "physical", "discount", "shipping_fee", "sales_tax", "store_credit",
    "gift_card", "digital", "surcharge", "return_fee",
]
ShippingMethod = Literal[
    "PickUpStore", "Home", "BoxReg", "BoxUnreg", "PickUpPoint", "Own", "Postal", "DHLPackstation",
    "Digital", "Undefined", "PickUpWarehouse", "ClickCollect", "PalletDelivery",
]
Interval = Literal["DAY", "WEEK", "MONTH", "YEAR"]


Amount = Annotated[int, Meta(ge=0, le=MAX_AMOUNT)]
SignedAmount = Annotated[int, Meta(le=MAX_AMOUNT)]  # line totals may be negative (discounts)
Text10 = Annotated[str, Meta(max_length=10)]
Text20 = Annotated[str, Meta(max_length=20)]
Text50 = Annotated[str, Meta(max_length=50)]
Text64 = Annotated[str, Meta(max_length=64)]
Text70 = Annotated[str, Meta(max_length=70)]
Text100 = Annotated[str, Meta(max_length=100)]
Text200 = Annotated[str, Meta(max_length=200)]
Text255 = Annotated[str, Meta(max_length=255)]
Text750 = Annotated[str, Meta(max_length=750)]
Text1024 = Annotated[str, Meta(max_length=1024)]


class Body(msgspec.Struct, omit_defaults=True, kw_only=True, forbid_unknown_fields=True):
    """Base of the request models: unknown fields are an error (a typo must not vanish silently)."""

    def to_dict(self) -> dict[str, Any]:
        """The body as JSON-ready data, leaving out fields that were not set."""
        return msgspec.to_builtins(self)  # type: ignore[no-any-return]


class ProductIdentifiersInput(Body):
    """Product identifiers on a line we send."""

    brand: Text70 | UnsetType = UNSET
    category_path: Text750 | UnsetType = UNSET
    color: Text64 | UnsetType = UNSET
    global_trade_item_number: Text50 | UnsetType = UNSET
    manufacturer_part_number: Text70 | UnsetType = UNSET
    size: Text64 | UnsetType = UNSET


class SubscriptionInput(Body):
    """The subscription a line we send belongs to."""

    name: Text255
    interval: Interval
    interval_count: Annotated[int, Meta(ge=1, le=2**31 - 1)]


class OrderLineInput(Body):
    """An order line in a capture, refund or authorization update."""

    name: Text255
    quantity: Annotated[int, Meta(ge=0, le=2**63 - 1)]
    unit_price: SignedAmount
    total_amount: SignedAmount
    type: LineType | UnsetType = UNSET
    reference: Text255 | UnsetType = UNSET
    quantity_unit: Text10 | UnsetType = UNSET
    tax_rate: Annotated[int, Meta(ge=0, le=2**31 - 1)] | UnsetType = UNSET
    total_discount_amount: Amount | UnsetType = UNSET
    total_tax_amount: SignedAmount | UnsetType = UNSET
    merchant_data: Text1024 | UnsetType = UNSET
    product_url: Text1024 | UnsetType = UNSET
    image_url: Text1024 | UnsetType = UNSET
    product_identifiers: ProductIdentifiersInput | UnsetType = UNSET
    subscription: SubscriptionInput | UnsetType = UNSET


class ShippingInfoInput(Body):
    """Carrier and tracking of one shipment we report."""

    shipping_company: Text100 | UnsetType = UNSET
    shipping_method: ShippingMethod | UnsetType = UNSET
    tracking_number: Text100 | UnsetType = UNSET
    tracking_uri: Text1024 | UnsetType = UNSET
    return_shipping_company: Text100 | UnsetType = UNSET
    return_tracking_number: Text100 | UnsetType = UNSET
    return_tracking_uri: Text1024 | UnsetType = UNSET


class AddressInput(Body):
    """An address we send; an empty string clears a field Klarna lets us clear."""

    title: Text20 | UnsetType = UNSET
    given_name: Text100 | UnsetType = UNSET
    family_name: Text100 | UnsetType = UNSET
    organization_name: Text255 | UnsetType = UNSET
    attention: Text255 | UnsetType = UNSET
    street_address: Text100 | UnsetType = UNSET
    street_address2: Text100 | UnsetType = UNSET
    postal_code: Text10 | UnsetType = UNSET
    city: Text200 | UnsetType = UNSET
    region: Text200 | UnsetType = UNSET
    country: str | UnsetType = UNSET
    email: Text100 | UnsetType = UNSET
    phone: Text100 | UnsetType = UNSET


OrderLines = Annotated[list[OrderLineInput], Meta(max_length=MAX_ORDER_LINES)]
ShippingInfos = Annotated[list[ShippingInfoInput], Meta(max_length=MAX_SHIPPING_INFOS)]


class CaptureRequest(Body):
    """Body of "capture order" (the spec's CaptureObject)."""

    captured_amount: Amount
    description: Text255 | UnsetType = UNSET
    reference: Text255 | UnsetType = UNSET
    order_lines: OrderLines | UnsetType = UNSET
    shipping_info: ShippingInfos | UnsetType = UNSET
    shipping_delay: Annotated[int, Meta(ge=0, le=2**63 - 1)] | UnsetType = UNSET


class RefundRequest(Body):
    """Body of "refund order" (the spec's RefundObject)."""

    refunded_amount: Amount
    description: Text255 | UnsetType = UNSET
    reference: Text255 | UnsetType = UNSET
    order_lines: OrderLines | UnsetType = UNSET


class UpdateAuthorizationRequest(Body):
    """Body of "set new order amount and order lines"; lines given replace all old ones."""

    order_amount: Amount
    description: Text255 | UnsetType = UNSET
    order_lines: OrderLines | UnsetType = UNSET


class UpdateMerchantReferencesRequest(Body):
    """Body of "update merchant references"."""

    merchant_reference1: Text255 | UnsetType = UNSET
    merchant_reference2: Text255 | UnsetType = UNSET


class UpdateCustomerDetailsRequest(Body):
    """Body of "update customer details": Klarna accepts the shipping address only."""

    shipping_address: AddressInput | UnsetType = UNSET


class ShippingInfoRequest(Body):
    """Body of the two "add shipping info" calls: 1 to 500 shipments."""

    shipping_info: Annotated[list[ShippingInfoInput], Meta(min_length=1, max_length=MAX_SHIPPING_INFOS)]


class ExtendDueDateRequest(Body):
    """Body of "extend due date": one of the offered numbers of days."""

    number_of_days: Annotated[int, Meta(ge=1, le=2**31 - 1)]
