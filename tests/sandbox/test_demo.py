"""The demo orders: realistic, in every state, consistent in their amounts and tax, and reproducible."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from klarna_console.api.models import Order
from klarna_console.api.validation import is_uuid
from klarna_console.domain import rules
from klarna_console.sandbox import Clock, Sandbox

from fixtures.sandbox import FIXED_NOW

MARKETS = {  # country -> (currency, locale)
    "SE": ("SEK", "sv-SE"), "NO": ("NOK", "nb-NO"), "DK": ("DKK", "da-DK"), "FI": ("EUR", "fi-FI"),
    "DE": ("EUR", "de-DE"), "AT": ("EUR", "de-AT"), "NL": ("EUR", "nl-NL"), "GB": ("GBP", "en-GB"),
    "US": ("USD", "en-US"), "AU": ("AUD", "en-AU"),
}


@pytest.fixture(scope="module")
def demo() -> list[Order]:
    """The default demo: 200 orders, seed 1, on a fixed clock."""
    with Sandbox(clock=Clock(at=FIXED_NOW)) as sandbox:
        return [sandbox.order(order_id) for order_id in sandbox.order_ids]


def test_two_hundred_orders_in_seven_currencies(demo):
    assert len(demo) == 200
    assert {o.purchase_currency for o in demo} == {"EUR", "SEK", "NOK", "DKK", "GBP", "USD", "AUD"}


def test_country_currency_and_locale_match(demo):
    for order in demo:
        assert MARKETS[order.purchase_country] == (order.purchase_currency, order.locale), order.order_id
        assert order.billing_address.country == order.purchase_country


def test_every_status_is_there(demo):
    statuses = {o.status for o in demo}
    assert statuses == {"AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED"}
    partly_refunded = [o for o in demo if 0 < o.refunded_amount < o.captured_amount]
    fully_refunded = [o for o in demo if o.refunded_amount == o.captured_amount > 0]
    expiring_soon = [o for o in demo if o.status == "AUTHORIZED" and o.expires_at - FIXED_NOW < dt.timedelta(days=3)]
    extended = [o for o in demo if o.status == "AUTHORIZED" and o.expires_at - o.created_at > dt.timedelta(days=28)]
    assert partly_refunded and fully_refunded and expiring_soon and extended


def test_pending_fraud_only_in_the_us_and_gb(demo):
    pending = [o for o in demo if o.fraud_status == "PENDING"]
    assert pending
    assert {o.purchase_country for o in pending} <= {"US", "GB"}
    assert all(o.status == "AUTHORIZED" for o in pending)
    rejected = [o for o in demo if o.fraud_status == "REJECTED"]
    assert rejected and all(o.status == "CANCELLED" for o in rejected)


def test_several_captures_refunds_and_shipments(demo):
    assert any(len(o.captures) >= 2 for o in demo)
    assert any(len(o.captures) == 3 for o in demo)
    assert any(o.refunds for o in demo)
    assert any(line.type == "return_fee" for o in demo for r in o.refunds for line in r.order_lines or [])
    assert any(c.shipping_info for o in demo for c in o.captures)
    assert any(o.shipping_info for o in demo)


def test_demo_data_follows_klarnas_rules(demo):
    """Fees only where Klarna allows them, lines adding up, business invoices as the spec names them."""
    with_fee = [o for o in demo if any(line.type == "return_fee" for r in o.refunds for line in r.order_lines or [])]
    assert with_fee
    for order in with_fee:
        assert order.purchase_country in rules.RETURN_FEE_COUNTRIES and len(order.captures) == 1
    for order in demo:
        assert is_uuid(order.order_id) and all(is_uuid(c.capture_id) for c in order.captures)
        assert all(is_uuid(r.refund_id) for r in order.refunds)
        for refund in order.refunds:
            if refund.order_lines:
                assert sum(line.total_amount for line in refund.order_lines) == refund.refunded_amount
                assert all(line.total_amount < 0 for line in refund.order_lines if line.type == "return_fee")
    methods = {o.initial_payment_method.type for o in demo}
    assert "INVOICE_BUSINESS" in methods and "B2B_INVOICE" not in methods


def test_customers_look_real(demo):
    names = {o.billing_address.family_name for o in demo}
    assert {"Söderberg", "Ågren", "Müller"} & names
    assert any(not name.isascii() for name in names)
    for order in demo:
        address = order.billing_address
        assert address.given_name and address.street_address and address.postal_code and address.city
        assert address.email.split("@")[1] in ("example.com", "example.net", "example.org")
        assert address.email.isascii() and address.phone.startswith("+")
        assert order.merchant_reference1
        if order.purchase_country == "US":
            assert address.region
    text = repr(demo).lower()
    assert "lorem" not in text and "ipsum" not in text


def test_several_payment_methods(demo):
    methods = {o.initial_payment_method.type for o in demo}
    assert {"INVOICE", "FIXED_AMOUNT", "PAY_IN_X", "CARD", "DIRECT_DEBIT", "ACCOUNT"} <= methods


def check_tax(order: Order) -> None:
    """Every line: total = quantity * unit price - discount; tax = total - total / (1 + rate), to the minor unit."""
    for line in order.order_lines:
        assert line.total_amount == line.quantity * line.unit_price - line.total_discount_amount
        net = Fraction(line.total_amount * 10_000, 10_000 + line.tax_rate)
        assert abs(line.total_amount - net - line.total_tax_amount) <= Fraction(1, 2), (order.order_id, line)


def check_amounts(order: Order) -> None:
    """The order's amounts agree with its lines, captures and refunds."""
    assert order.order_amount == sum(line.total_amount for line in order.order_lines)
    assert order.captured_amount == sum(c.captured_amount for c in order.captures)
    assert order.refunded_amount == sum(r.refunded_amount for r in order.refunds)
    assert order.refunded_amount == sum(c.refunded_amount for c in order.captures)
    assert order.refunded_amount <= order.captured_amount <= order.order_amount
    if order.status in ("AUTHORIZED", "PART_CAPTURED", "CAPTURED"):
        assert order.remaining_authorized_amount == order.order_amount - order.captured_amount
    if order.status in ("CANCELLED", "CLOSED"):
        assert order.remaining_authorized_amount == 0
    assert [c.klarna_reference for c in order.captures] == [
        f"{order.klarna_reference}-{n}" for n in range(1, len(order.captures) + 1)]
    for capture in order.captures:
        assert order.created_at <= capture.captured_at <= FIXED_NOW


def test_line_tax_follows_the_rate(demo):
    for order in demo:
        check_tax(order)


def test_us_orders_carry_tax_on_a_sales_tax_line(demo):
    us = [o for o in demo if o.purchase_country == "US"]
    assert us
    for order in us:
        assert all(line.tax_rate == 0 for line in order.order_lines)
    assert any(line.type == "sales_tax" and line.total_amount > 0 for o in us for line in o.order_lines)


def test_amounts_add_up(demo):
    for order in demo:
        check_amounts(order)


def test_the_same_seed_gives_the_same_orders():
    def listing(seed: int) -> dict:
        with Sandbox(orders=60, seed=seed, clock=Clock(at=FIXED_NOW)) as sandbox:
            return sandbox.list_orders(limit=60, full=True)

    assert listing(5) == listing(5)
    assert listing(5) != listing(6)


@pytest.mark.parametrize("count", [0, 1, 7])
def test_small_demos_work(count):
    with Sandbox(orders=count, clock=Clock(at=FIXED_NOW)) as sandbox:
        assert len(sandbox.order_ids) == count


def test_many_seeds_generate_consistent_orders():
    for seed in range(2, 12):
        with Sandbox(orders=200, seed=seed, clock=Clock(at=FIXED_NOW)) as sandbox:
            for order_id in sandbox.order_ids:
                order = sandbox.order(order_id)
                check_tax(order)
                check_amounts(order)
