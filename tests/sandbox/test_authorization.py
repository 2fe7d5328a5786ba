"""Cancel, release, extend and update the authorization, expiry on the sandbox clock, and fraud decisions."""

from __future__ import annotations

import datetime as dt

import pytest
from klarna_console.api import CancelNotAllowedError, NotAllowedError
from klarna_console.sandbox import Clock, Sandbox

from fixtures.sandbox import FIXED_NOW, new_order_body

DAYS = dt.timedelta(days=1)


async def test_cancel_an_uncaptured_order(om, make_order):
    order = make_order()
    await om.cancel_order(order.order_id)
    after = await om.get_order(order.order_id)
    assert (after.status, after.remaining_authorized_amount) == ("CANCELLED", 0)


async def test_cancel_is_refused_once_something_was_captured(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 100})
    with pytest.raises(CancelNotAllowedError) as caught:
        await om.cancel_order(order.order_id)
    assert caught.value.error_messages == ["Order has previous captures. Cancel not possible."]
    assert (await om.get_order(order.order_id)).status == "PART_CAPTURED"


async def test_cancel_twice_is_refused(om, make_order):
    order = make_order()
    await om.cancel_order(order.order_id)
    with pytest.raises(CancelNotAllowedError) as caught:
        await om.cancel_order(order.order_id)
    assert caught.value.error_messages == ["Order is already cancelled. Cancel not possible."]


async def test_release_after_a_partial_capture_closes_the_order(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 40000})
    await om.release_remaining_authorization(order.order_id)
    after = await om.get_order(order.order_id)
    assert (after.status, after.captured_amount, after.remaining_authorized_amount) == ("CLOSED", 40000, 0)
    # Closed orders are still refundable up to what was captured.
    await om.refund_order(order.order_id, {"refunded_amount": 40000})


@pytest.mark.parametrize("setup, message", [
    ("nothing", "Order has no captures. Remaining authorization cannot be released."),
    ("full", "Order is fully captured. Remaining authorization cannot be released."),
    ("cancelled", "Order is cancelled. Remaining authorization cannot be released."),
    ("released", "Order is closed. Remaining authorization cannot be released."),
])
async def test_release_is_refused_when_nothing_can_be_released(om, make_order, setup, message):
    order = make_order()
    if setup == "full":
        await om.capture_order(order.order_id, {"captured_amount": order.order_amount})
    elif setup == "cancelled":
        await om.cancel_order(order.order_id)
    elif setup == "released":
        await om.capture_order(order.order_id, {"captured_amount": 100})
        await om.release_remaining_authorization(order.order_id)
    with pytest.raises(NotAllowedError) as caught:
        await om.release_remaining_authorization(order.order_id)
    assert caught.value.error_code == "NOT_ALLOWED"
    assert caught.value.error_messages == [message]


async def test_an_order_expires_when_the_clock_passes_its_expiry(om, http, sandbox, make_order):
    order = make_order()
    assert order.expires_at == FIXED_NOW + 28 * DAYS
    sandbox.clock.advance(27 * DAYS)
    assert (await om.get_order(order.order_id)).status == "AUTHORIZED"
    response = await http.post("/sandbox/v1/clock", json={"days": 1})
    assert response.json() == {"now": "2025-03-31T12:00:00Z"}
    assert (await om.get_order(order.order_id)).status == "EXPIRED"


async def test_extending_sets_the_expiry_to_now_plus_28_days(om, sandbox, make_order):
    order = make_order()
    sandbox.clock.advance(20 * DAYS)
    await om.extend_authorization_time(order.order_id)
    assert (await om.get_order(order.order_id)).expires_at == FIXED_NOW + 48 * DAYS


async def test_extending_twice_in_a_row_is_accepted_and_changes_nothing(om, sandbox, make_order):
    order = make_order()
    sandbox.clock.advance(5 * DAYS)
    await om.extend_authorization_time(order.order_id)
    await om.extend_authorization_time(order.order_id)
    assert (await om.get_order(order.order_id)).expires_at == FIXED_NOW + 33 * DAYS


async def test_extending_never_goes_past_180_days_after_creation(om, sandbox, make_order):
    order = make_order()
    for _ in range(6):
        sandbox.clock.advance(27 * DAYS)
        await om.extend_authorization_time(order.order_id)
    assert sandbox.clock.now() == FIXED_NOW + 162 * DAYS
    assert (await om.get_order(order.order_id)).expires_at == FIXED_NOW + 180 * DAYS
    sandbox.clock.advance(10 * DAYS)
    with pytest.raises(NotAllowedError) as caught:
        await om.extend_authorization_time(order.order_id)
    assert caught.value.error_messages == [
        "Order has reached the maximum authorization time of 180 days. Authorization time cannot be extended."]


@pytest.mark.parametrize("setup, message", [
    ("expired", "Order is expired. Authorization time cannot be extended."),
    ("cancelled", "Order is cancelled. Authorization time cannot be extended."),
])
async def test_extending_an_expired_or_cancelled_order_is_refused(om, sandbox, make_order, setup, message):
    order = make_order()
    if setup == "expired":
        sandbox.clock.advance(30 * DAYS)
    else:
        await om.cancel_order(order.order_id)
    with pytest.raises(NotAllowedError) as caught:
        await om.extend_authorization_time(order.order_id)
    assert caught.value.error_messages == [message]


async def test_the_authorization_period_is_configurable():
    with Sandbox(orders=0, clock=Clock(at=FIXED_NOW), authorization_period=dt.timedelta(days=60)) as longer:
        order = longer.create_order(new_order_body())
        assert order.expires_at == FIXED_NOW + 60 * DAYS
        longer.clock.advance(10 * DAYS)
        async with longer.client() as client:
            await client.extend_authorization_time(order.order_id)
        assert longer.order(order.order_id).expires_at == FIXED_NOW + 70 * DAYS


async def test_update_authorization_replaces_the_lines(om, make_order):
    order = make_order()
    shoes = order.order_lines[0].to_dict()
    await om.update_authorization(order.order_id, {"order_amount": 79800, "order_lines": [shoes],
                                                   "description": "Beanie and shipping removed"})
    after = await om.get_order(order.order_id)
    amounts = (after.order_amount, after.original_order_amount, after.remaining_authorized_amount)
    assert amounts == (79800, 109600, 79800)
    assert [line.reference for line in after.order_lines] == ["RN-2210"]


async def test_update_authorization_without_lines_deletes_them(om, make_order):
    order = make_order()
    await om.update_authorization(order.order_id, {"order_amount": 50000})
    after = await om.get_order(order.order_id)
    assert after.order_amount == 50000
    assert not after.order_lines


async def test_update_authorization_never_below_the_captured_amount(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 8000})
    with pytest.raises(NotAllowedError) as caught:
        await om.update_authorization(order.order_id, {"order_amount": 7000})
    assert caught.value.error_messages == [(
        "Resulting authorization amount 7000 cannot be less than the captured amount 8000 for order. "
        "Order authorization cannot be updated.")]
    await om.update_authorization(order.order_id, {"order_amount": 8000})
    after = await om.get_order(order.order_id)
    assert (after.status, after.remaining_authorized_amount) == ("CAPTURED", 0)


@pytest.mark.parametrize("method, country, allowed", [
    ("INVOICE", "SE", True),
    ("DIRECT_DEBIT", "SE", True),
    ("FIXED_AMOUNT", "SE", True),
    ("FIXED_AMOUNT", "GB", False),
    ("CARD", "SE", False),
    ("PAY_IN_X", "SE", False),
])
async def test_raising_the_amount_depends_on_the_payment_method(om, make_order, method, country, allowed):
    market = {"SE": ("SEK", "sv-SE"), "GB": ("GBP", "en-GB")}[country]
    order = make_order(payment_method_type=method, purchase_country=country, purchase_currency=market[0],
                       locale=market[1], billing_address=None)
    if allowed:
        await om.update_authorization(order.order_id, {"order_amount": 120000})
        assert (await om.get_order(order.order_id)).remaining_authorized_amount == 120000
    else:
        with pytest.raises(NotAllowedError) as caught:
            await om.update_authorization(order.order_id, {"order_amount": 120000})
        assert caught.value.error_messages == [
            f"The order amount cannot be increased for {method} orders. Order authorization cannot be updated."]
        # Lowering is always possible.
        await om.update_authorization(order.order_id, {"order_amount": 100000})


@pytest.mark.parametrize("setup", ["cancelled", "captured", "expired"])
async def test_update_authorization_is_refused_on_finished_orders(om, sandbox, make_order, setup):
    order = make_order()
    if setup == "cancelled":
        await om.cancel_order(order.order_id)
    elif setup == "captured":
        await om.capture_order(order.order_id, {"captured_amount": order.order_amount})
    else:
        sandbox.clock.advance(29 * DAYS)
    with pytest.raises(NotAllowedError):
        await om.update_authorization(order.order_id, {"order_amount": 1000})
    assert (await om.get_order(order.order_id)).order_amount == 109600


async def test_fraud_decision_rejected_cancels_a_pending_order(http, om, make_order):
    order = make_order(purchase_country="US", purchase_currency="USD", locale="en-US", fraud_status="PENDING",
                       billing_address=None)
    response = await http.post(f"/sandbox/v1/orders/{order.order_id}/fraud", json={"decision": "REJECTED"})
    assert response.json() == {"order_id": order.order_id, "status": "CANCELLED", "fraud_status": "REJECTED"}
    again = await http.post(f"/sandbox/v1/orders/{order.order_id}/fraud", json={"decision": "ACCEPTED"})
    assert again.status_code == 409
    assert again.json()["error_code"] == "CONFLICT"
    assert (await om.get_order(order.order_id)).fraud_status == "REJECTED"


async def test_fraud_decision_must_be_accepted_or_rejected(http, make_order):
    order = make_order(purchase_country="GB", purchase_currency="GBP", locale="en-GB", fraud_status="PENDING",
                       billing_address=None)
    response = await http.post(f"/sandbox/v1/orders/{order.order_id}/fraud", json={"decision": "MAYBE"})
    assert response.status_code == 400
    assert response.json()["error_messages"][0].startswith("decision: 'MAYBE' is not allowed")
