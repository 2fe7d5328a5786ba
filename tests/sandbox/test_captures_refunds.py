"""Reading orders, capturing and refunding: the real client against the sandbox over loopback HTTP."""

from __future__ import annotations

import pytest
from klarna_console.api import (
    CaptureNotAllowedError,
    InvalidRequestError,
    NotFoundError,
    RefundNotAllowedError,
)
from klarna_console.api.requests import CaptureRequest
from klarna_console.domain import rules
from klarna_console.domain.lines import capturable_quantities, line_part, refundable_quantities
from klarna_console.sandbox import Clock, Refused, Sandbox

from fixtures.sandbox import FIXED_NOW, new_order_body

MISSING = "5ef9a5b3-6c08-42e1-91a3-065dcae5c5dd"


async def test_get_order_returns_what_the_sandbox_holds(om, sandbox):
    order_id = sandbox.order_ids[0]
    order = await om.get_order(order_id)
    assert order == sandbox.order(order_id)
    assert order.order_lines and order.klarna_reference and order.created_at.tzinfo is not None


async def test_an_unknown_order_is_no_such_order(om):
    with pytest.raises(NotFoundError) as caught:
        await om.get_order(MISSING)
    assert caught.value.error_code == "NO_SUCH_ORDER"
    assert caught.value.error_messages == [f"Order {MISSING} cannot be found"]
    assert caught.value.correlation_id


async def test_partial_then_full_capture_moves_the_status_and_amounts(om, make_order):
    order = make_order()
    first = await om.capture_order(order.order_id, {"captured_amount": 40000, "description": "First parcel"})
    after_first = await om.get_order(order.order_id)
    assert after_first.status == "PART_CAPTURED"
    assert (after_first.captured_amount, after_first.remaining_authorized_amount) == (40000, 69600)

    second = await om.capture_order(order.order_id, {"captured_amount": 69600})
    after = await om.get_order(order.order_id)
    assert after.status == "CAPTURED"
    assert (after.captured_amount, after.remaining_authorized_amount) == (109600, 0)
    assert [c.capture_id for c in after.captures] == [first, second]
    reference = order.klarna_reference
    assert [c.klarna_reference for c in after.captures] == [f"{reference}-1", f"{reference}-2"]
    assert after.captures[0].description == "First parcel"
    assert after.captures[0].captured_at == FIXED_NOW


async def test_capture_answers_201_with_capture_id_and_location(http, live, make_order):
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures",
                               json={"captured_amount": 1000})
    assert response.status_code == 201
    capture_id = response.headers["Capture-Id"]
    location = f"{live.base_url}/ordermanagement/v1/orders/{order.order_id}/captures/{capture_id}"
    assert response.headers["Location"] == location
    assert response.content == b""
    followed = await http.get(response.headers["Location"])
    assert followed.json()["capture_id"] == capture_id


async def test_capture_keeps_its_lines_and_shipping_info(om, make_order):
    order = make_order()
    line = order.order_lines[0].to_dict()
    shipment = {"shipping_company": "PostNord", "shipping_method": "Home", "tracking_number": "00370712345"}
    capture_id = await om.capture_order(order.order_id, {
        "captured_amount": line["total_amount"], "order_lines": [line], "shipping_info": [shipment],
        "reference": "INV-20031",
    })
    capture = await om.get_capture(order.order_id, capture_id)
    assert [cl.reference for cl in capture.order_lines] == ["RN-2210"]
    assert capture.shipping_info[0].tracking_number == "00370712345"
    assert capture.reference == "INV-20031"
    assert capture.billing_address.family_name == "Söderberg"
    assert [c.capture_id for c in await om.list_captures(order.order_id)] == [capture_id]


async def test_a_whole_order_capture_without_lines_invoices_the_order_lines(om, make_order):
    order = make_order()
    capture_id = await om.capture_order(order.order_id, {"captured_amount": order.order_amount})
    capture = await om.get_capture(order.order_id, capture_id)
    assert [line.reference for line in capture.order_lines] == ["RN-2210", "KN-1042", "SHIPPING"]


async def test_capture_over_the_remaining_amount_is_refused(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 100000})
    with pytest.raises(CaptureNotAllowedError) as caught:
        await om.capture_order(order.order_id, {"captured_amount": 9601})
    assert caught.value.status == 403
    assert caught.value.error_messages == [
        "Captured amount is higher than the remaining authorized amount. Capture not possible."]
    assert (await om.get_order(order.order_id)).captured_amount == 100000


@pytest.mark.parametrize("prepare, message", [
    ("cancel", "Order is cancelled. Capture not possible."),
    ("expire", "Order is expired. Capture not possible."),
    ("close", "Order is closed. Capture not possible."),
    ("pending", "Order is pending fraud review. Capture not possible."),
    ("full", "Order is fully captured. Capture not possible."),
])
async def test_capture_is_refused_on_orders_that_cannot_be_charged(om, sandbox, make_order, prepare, message):
    amount = 100
    if prepare == "pending":
        order = make_order(purchase_country="GB", purchase_currency="GBP", locale="en-GB", fraud_status="PENDING",
                           billing_address=None)
    else:
        order = make_order()
    if prepare == "cancel":
        await om.cancel_order(order.order_id)
    elif prepare == "expire":
        sandbox.clock.advance(order.expires_at - sandbox.clock.now())
    elif prepare == "close":
        await om.capture_order(order.order_id, {"captured_amount": 100})
        await om.release_remaining_authorization(order.order_id)
    elif prepare == "full":
        await om.capture_order(order.order_id, {"captured_amount": order.order_amount})
    before = sandbox.order(order.order_id)
    with pytest.raises(CaptureNotAllowedError) as caught:
        await om.capture_order(order.order_id, {"captured_amount": amount})
    assert caught.value.error_messages == [message]
    assert sandbox.order(order.order_id).captures == before.captures


async def test_capture_of_a_rejected_order_is_refused(om, sandbox, make_order):
    order = make_order(purchase_country="US", purchase_currency="USD", locale="en-US", fraud_status="PENDING",
                       billing_address=None)
    sandbox.decide_fraud(order.order_id, "REJECTED")
    with pytest.raises(CaptureNotAllowedError):
        await om.capture_order(order.order_id, {"captured_amount": 100})
    assert sandbox.order(order.order_id).status == "CANCELLED"


async def test_capture_after_a_fraud_acceptance_goes_through(om, sandbox, make_order):
    order = make_order(purchase_country="GB", purchase_currency="GBP", locale="en-GB", fraud_status="PENDING",
                       billing_address=None)
    sandbox.decide_fraud(order.order_id, "ACCEPTED")
    await om.capture_order(order.order_id, {"captured_amount": 100})
    assert (await om.get_order(order.order_id)).status == "PART_CAPTURED"


async def test_an_unknown_capture_is_no_such_capture(om, make_order):
    order = make_order()
    with pytest.raises(NotFoundError) as caught:
        await om.get_capture(order.order_id, MISSING)
    assert caught.value.error_code == "NO_SUCH_CAPTURE"


async def test_refund_needs_a_capture(om, make_order):
    order = make_order()
    with pytest.raises(RefundNotAllowedError) as caught:
        await om.refund_order(order.order_id, {"refunded_amount": 100})
    assert caught.value.error_messages == ["Order has no captures. Refund not possible."]


async def test_refunds_add_up_to_at_most_what_was_captured(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 50000})
    first = await om.refund_order(order.order_id, {"refunded_amount": 30000, "description": "Returned shoes"})
    with pytest.raises(RefundNotAllowedError) as caught:
        await om.refund_order(order.order_id, {"refunded_amount": 20001})
    assert caught.value.error_messages == [
        "Refunded amount is higher than the captured amount not yet refunded. Refund not possible."]
    second = await om.refund_order(order.order_id, {"refunded_amount": 20000})
    after = await om.get_order(order.order_id)
    assert after.refunded_amount == 50000
    assert [r.refund_id for r in after.refunds] == [first, second]
    refund = await om.get_refund(order.order_id, first)
    assert (refund.refunded_amount, refund.description, refund.refunded_at) == (30000, "Returned shoes", FIXED_NOW)
    with pytest.raises(RefundNotAllowedError) as caught:
        await om.refund_order(order.order_id, {"refunded_amount": 1})
    assert caught.value.error_messages == ["Order is fully refunded. Refund not possible."]
    # A full refund leaves the status alone: the amounts tell.
    assert after.status == "PART_CAPTURED"


async def test_refund_answers_201_with_refund_id_and_location(http, om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 5000})
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/refunds", json={"refunded_amount": 5000})
    assert response.status_code == 201
    refund_id = response.headers["Refund-Id"]
    assert response.headers["Location"].endswith(f"/ordermanagement/v1/orders/{order.order_id}/refunds/{refund_id}")
    assert (await http.get(response.headers["Location"])).json()["refunded_amount"] == 5000


async def test_refund_lines_matching_a_capture_credit_that_capture(om, make_order):
    order = make_order()
    shoes, beanie, shipping = (line.to_dict() for line in order.order_lines)
    first = await om.capture_order(order.order_id, {"captured_amount": 79800 + 4900, "order_lines": [shoes, shipping]})
    second = await om.capture_order(order.order_id, {"captured_amount": 24900, "order_lines": [beanie]})
    await om.refund_order(order.order_id, {"refunded_amount": 24900, "order_lines": [beanie]})
    captures = {c.capture_id: c for c in await om.list_captures(order.order_id)}
    assert captures[second].refunded_amount == 24900
    assert captures[first].refunded_amount == 0


async def test_refund_without_matching_lines_credits_the_oldest_capture_first(om, make_order):
    order = make_order()
    first = await om.capture_order(order.order_id, {"captured_amount": 10000})
    second = await om.capture_order(order.order_id, {"captured_amount": 20000})
    await om.refund_order(order.order_id, {"refunded_amount": 15000})
    captures = {c.capture_id: c.refunded_amount for c in await om.list_captures(order.order_id)}
    assert captures == {first: 10000, second: 5000}


ITEM = {"type": "physical", "reference": "JK-100", "name": "Rain jacket", "quantity": 1, "unit_price": 10000,
        "tax_rate": 2500, "total_amount": 10000, "total_tax_amount": 2000}


def fee_line(amount: int) -> dict:
    """A return-fee line of `amount` (Klarna's shape is negative: it lowers what is refunded)."""
    return {"type": "return_fee", "reference": "RETURN-FEE", "name": "Return fee", "quantity": 1,
            "unit_price": amount, "total_amount": amount, "tax_rate": 2500, "total_tax_amount": amount // 5}


async def test_klarnas_return_fee_example_is_accepted(om, sandbox, make_order):
    """Klarna's return-fee page refunds 9500 on a 10000 item: the fee line is -500, the lines add up to 9500."""
    order = make_order(order_amount=10000, order_lines=[ITEM])
    await om.capture_order(order.order_id, {"captured_amount": 10000})
    refund_id = await om.refund_order(order.order_id, {"refunded_amount": 9500,
                                                       "order_lines": [ITEM, fee_line(-500)]})
    refund = await om.get_refund(order.order_id, refund_id)
    assert refund.refunded_amount == 9500
    assert [(line.type, line.total_amount) for line in refund.order_lines] == [("physical", 10000),
                                                                              ("return_fee", -500)]
    after = await om.get_order(order.order_id)
    assert (after.refunded_amount, after.captures[0].refunded_amount) == (9500, 9500)
    events = [e for e in sandbox.record(order.order_id).events if e.type == "refund"]
    assert events[-1].details["return_fee"] == 500


@pytest.mark.parametrize("lines, message", [
    # The console's old shape: a positive fee, lines adding up to 10500.
    ([ITEM, fee_line(500)], "order_lines[1].total_amount: a return fee is kept from the refund"),
    ([ITEM, fee_line(-400)], "order_lines: the lines add up to 9600, not to the refunded_amount 9500"),
    ([ITEM], "order_lines: the lines add up to 10000, not to the refunded_amount 9500"),
])
async def test_refund_lines_must_add_up_to_the_refunded_amount(om, sandbox, make_order, lines, message):
    order = make_order(order_amount=10000, order_lines=[ITEM])
    await om.capture_order(order.order_id, {"captured_amount": 10000})
    with pytest.raises(InvalidRequestError) as caught:
        await om.refund_order(order.order_id, {"refunded_amount": 9500, "order_lines": lines})
    assert (caught.value.status, caught.value.error_code) == (400, "BAD_VALUE")
    assert caught.value.error_messages[0].startswith(message)
    assert sandbox.order(order.order_id).refunds == []


@pytest.mark.parametrize("where, message", [
    ("US", "Return fees are not available for orders from US"),
    ("two captures", "Return fees are possible only on orders captured in a single capture (this order has 2)."),
])
async def test_return_fees_only_where_klarna_offers_them(om, sandbox, make_order, where, message):
    """DOMAIN.md §4.4: fees in AT, DE, DK, FI, FR, NL, NO, SE, on orders captured in a single capture."""
    market = ({"purchase_country": "US", "purchase_currency": "USD", "locale": "en-US", "billing_address": None}
              if where == "US" else {})
    order = make_order(order_amount=10000, order_lines=[ITEM], **market)
    for part in ((10000,) if where == "US" else (6000, 4000)):
        await om.capture_order(order.order_id, {"captured_amount": part})
    with pytest.raises(RefundNotAllowedError) as caught:
        await om.refund_order(order.order_id, {"refunded_amount": 9500, "order_lines": [ITEM, fee_line(-500)]})
    assert caught.value.error_messages[0].startswith(message)
    assert sandbox.order(order.order_id).refunds == []
    # Without the fee the same return is refunded.
    await om.refund_order(order.order_id, {"refunded_amount": 10000, "order_lines": [ITEM]})


async def test_an_unknown_refund_is_not_found(om, make_order):
    order = make_order()
    with pytest.raises(NotFoundError) as caught:
        await om.get_refund(order.order_id, MISSING)
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.error_messages == [f"Refund {MISSING} cannot be found for order {order.order_id}"]


JACKETS = {"type": "physical", "reference": "JK-300", "name": "Rain jacket", "quantity": 3, "unit_price": 3000,
           "total_discount_amount": 1, "tax_rate": 2500, "total_amount": 8999, "total_tax_amount": 1800}


@pytest.mark.parametrize("sizes", [(1, 1, 1), (1, 2), (2, 1), (3,)])
async def test_a_discounted_line_captured_and_refunded_in_parts_adds_up(om, make_order, sizes):
    """89.99 for 3 jackets, taken in every order of its units: each part is accepted, nothing is stranded."""
    order = make_order(order_amount=8999, order_lines=[JACKETS])
    for size in sizes:
        order = await om.get_order(order.order_id)
        line, left = order.order_lines[0], capturable_quantities(order)[0]
        part = line_part(line, size, done=line.quantity - left)
        await om.capture_order(order.order_id, {"captured_amount": part["total_amount"], "order_lines": [part]})
    order = await om.get_order(order.order_id)
    assert (order.status, order.captured_amount, order.remaining_authorized_amount) == ("CAPTURED", 8999, 0)
    assert capturable_quantities(order) == [0]
    for capture_id in [c.capture_id for c in order.captures]:
        # Every unit back one at a time, oldest capture first (as Klarna allocates returned units).
        while left := refundable_quantities(order, capture := rules.find_capture(order, capture_id))[0]:
            line = capture.order_lines[0]
            part = line_part(line, 1, done=line.quantity - left)
            await om.refund_order(order.order_id, {"refunded_amount": part["total_amount"], "order_lines": [part]})
            order = await om.get_order(order.order_id)
    assert [c.refunded_amount for c in order.captures] == [c.captured_amount for c in order.captures]
    assert order.refunded_amount == 8999
    assert rules.refundable(order) == 0


def test_shipping_delay_is_accepted_where_the_account_has_it():
    """DOMAIN.md §4.4: shipping_delay needs enabling on the account; the sandbox's account can have it."""
    for enabled in (False, True):
        with Sandbox(orders=0, clock=Clock(at=FIXED_NOW), shipping_delay=enabled) as sb:
            order = sb.create_order(new_order_body())
            request = CaptureRequest(captured_amount=1000, shipping_delay=3)
            if enabled:
                assert sb.operations.capture(order.order_id, request, FIXED_NOW).captured_amount == 1000
            else:
                with pytest.raises(Refused) as caught:
                    sb.operations.capture(order.order_id, request, FIXED_NOW)
                assert (caught.value.status, caught.value.error_code) == (403, "CAPTURE_NOT_ALLOWED")
