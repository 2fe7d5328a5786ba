"""Customer details, merchant references, acknowledgement, shipping info, send-outs and due-date extensions."""

from __future__ import annotations

import pytest
from klarna_console.api import ApiError, InvalidRequestError, NotAllowedError, NotFoundError

from fixtures.sandbox import FIXED_NOW

MISSING = "d25fb1a0-a6d9-4a65-8dac-cd7fb3a8dd24"
SHIPMENT = {"shipping_company": "PostNord", "shipping_method": "PickUpPoint", "tracking_number": "00370712345",
            "tracking_uri": "https://tracking.example.com/postnord/00370712345"}


async def test_the_shipping_address_can_be_changed(om, make_order):
    order = make_order()
    await om.update_customer_details(order.order_id, {"shipping_address": {
        "street_address": "Drottninggatan 5", "postal_code": "111 51", "street_address2": "c/o Ågren"}})
    after = await om.get_order(order.order_id)
    assert after.shipping_address.street_address == "Drottninggatan 5"
    assert after.shipping_address.street_address2 == "c/o Ågren"
    assert after.shipping_address.given_name == "Åsa"
    assert after.billing_address.street_address == "Storgatan 12"
    # An empty string clears an optional field.
    await om.update_customer_details(order.order_id, {"shipping_address": {"street_address2": ""}})
    assert (await om.get_order(order.order_id)).shipping_address.street_address2 is None


async def test_the_billing_address_cannot_be_changed(http, sandbox, make_order):
    order = make_order()
    response = await http.patch(f"/ordermanagement/v1/orders/{order.order_id}/customer-details",
                                json={"billing_address": {"street_address": "Elsewhere 1"}})
    assert response.status_code == 403
    assert response.json()["error_code"] == "NOT_ALLOWED"
    assert response.json()["error_messages"] == [
        "Billing address cannot be updated due to risk assessment. Customer details cannot be updated."]
    assert sandbox.order(order.order_id).billing_address.street_address == "Storgatan 12"


@pytest.mark.parametrize("change, problem", [
    ({"postal_code": ""}, "shipping_address.postal_code: is required and cannot be cleared"),
    ({"country": "NO"}, "shipping_address.country: must be the purchase country SE"),
])
async def test_an_invalid_shipping_address_is_refused(om, make_order, change, problem):
    order = make_order()
    with pytest.raises(InvalidRequestError) as caught:
        await om.update_customer_details(order.order_id, {"shipping_address": change})
    assert caught.value.status == 422
    assert caught.value.error_code == "INVALID_ADDRESS"
    assert caught.value.error_messages == ["The shipping and/or billing address is invalid", problem]


async def test_customer_details_of_a_cancelled_order_cannot_change(om, make_order):
    order = make_order()
    await om.cancel_order(order.order_id)
    with pytest.raises(NotAllowedError) as caught:
        await om.update_customer_details(order.order_id, {"shipping_address": {"city": "Uppsala"}})
    assert caught.value.error_messages == ["Order is cancelled. Customer details cannot be updated."]


async def test_merchant_references_are_replaced_or_cleared(om, make_order):
    order = make_order(merchant_reference2="SO-2025-00417")
    await om.update_merchant_references(order.order_id, {"merchant_reference1": "100513"})
    after = await om.get_order(order.order_id)
    assert (after.merchant_reference1, after.merchant_reference2) == ("100513", "SO-2025-00417")
    await om.update_merchant_references(order.order_id, {"merchant_reference2": ""})
    assert (await om.get_order(order.order_id)).merchant_reference2 is None


async def test_merchant_references_of_a_cancelled_order_cannot_change(om, make_order):
    order = make_order()
    await om.cancel_order(order.order_id)
    with pytest.raises(NotAllowedError) as caught:
        await om.update_merchant_references(order.order_id, {"merchant_reference1": "1"})
    assert caught.value.error_messages == ["Order is cancelled. Merchant references cannot be updated."]


async def test_acknowledge_is_recorded(om, http, make_order):
    order = make_order()
    await om.acknowledge_order(order.order_id)
    await om.acknowledge_order(order.order_id)
    details = (await http.get(f"/sandbox/v1/orders/{order.order_id}")).json()
    assert details["acknowledged"] is True
    assert [e["type"] for e in details["events"]] == ["create", "acknowledge", "acknowledge"]


async def test_a_capture_acknowledges_the_order(om, sandbox, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 100})
    assert sandbox.record(order.order_id).acknowledged


async def test_order_shipping_info_is_appended(om, make_order):
    order = make_order()
    await om.add_order_shipping_info(order.order_id, [SHIPMENT])
    await om.add_order_shipping_info(order.order_id, [{**SHIPMENT, "tracking_number": "00370799999"}])
    after = await om.get_order(order.order_id)
    assert [s.tracking_number for s in after.shipping_info] == ["00370712345", "00370799999"]
    assert after.shipping_info[0].shipping_method == "PickUpPoint"


@pytest.mark.parametrize("count, accepted", [(0, False), (1, True), (500, True), (501, False)])
async def test_shipping_info_takes_1_to_500_items(http, sandbox, make_order, count, accepted):
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/shipping-info",
                               json={"shipping_info": [SHIPMENT] * count})
    if accepted:
        assert response.status_code == 204
        assert len(sandbox.order(order.order_id).shipping_info) == count
    else:
        # Limits broken are 422 UNPROCESSABLE_ENTITY, as in Klarna's error table (DOMAIN.md §3).
        assert (response.status_code, response.json()["error_code"]) == (422, "UNPROCESSABLE_ENTITY")
        limit = "at least 1 item(s)" if count == 0 else "at most 500 items"
        assert response.json()["error_messages"] == [f"shipping_info: {limit} (got {count} items)"]


async def test_capture_shipping_info_is_appended_to_that_capture(om, make_order):
    order = make_order()
    first = await om.capture_order(order.order_id, {"captured_amount": 1000})
    second = await om.capture_order(order.order_id, {"captured_amount": 1000, "shipping_info": [SHIPMENT]})
    await om.add_capture_shipping_info(order.order_id, first, [SHIPMENT])
    captures = {c.capture_id: c for c in await om.list_captures(order.order_id)}
    assert len(captures[first].shipping_info) == 1
    assert len(captures[second].shipping_info) == 1


async def test_capture_shipping_info_needs_a_capture(om, make_order):
    order = make_order()
    with pytest.raises(NotAllowedError) as caught:
        await om.add_capture_shipping_info(order.order_id, MISSING, [SHIPMENT])
    assert caught.value.error_messages == ["Order has no captures. Shipping info cannot be added to capture"]
    await om.capture_order(order.order_id, {"captured_amount": 1000})
    with pytest.raises(NotFoundError) as caught:
        await om.add_capture_shipping_info(order.order_id, MISSING, [SHIPMENT])
    assert caught.value.error_code == "NO_SUCH_CAPTURE"
    assert caught.value.error_messages == [
        f"Capture could not be found. Shipping info cannot be added to capture {MISSING}"]


async def test_trigger_send_out_is_recorded(om, sandbox, make_order):
    order = make_order()
    with pytest.raises(NotAllowedError):
        await om.trigger_send_out(order.order_id, MISSING)
    capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000})
    await om.trigger_send_out(order.order_id, capture_id)
    sent = [e for e in sandbox.record(order.order_id).events if e.type == "trigger_send_out"]
    assert [(e.capture_id, e.at) for e in sent] == [(capture_id, FIXED_NOW)]
    with pytest.raises(NotFoundError) as caught:
        await om.trigger_send_out(order.order_id, MISSING)
    assert caught.value.error_code == "NO_SUCH_CAPTURE"


@pytest.mark.parametrize("country, currency, locale, fees", [
    ("SE", "SEK", "sv-SE", [(7, 1900), (14, 2900), (30, 4900)]),
    ("GB", "GBP", "en-GB", [(7, 175), (14, 250), (30, 425)]),
])
async def test_due_date_options_are_in_the_order_currency(om, make_order, country, currency, locale, fees):
    order = make_order(purchase_country=country, purchase_currency=currency, locale=locale, billing_address=None)
    capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000})
    options = await om.get_extend_due_date_options(order.order_id, capture_id)
    assert options.currency == currency
    assert [(o.number_of_days, o.amount) for o in options.options] == fees


async def test_due_date_is_extended_once_by_an_offered_number_of_days(om, sandbox, make_order):
    order = make_order()
    capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000})
    with pytest.raises(NotAllowedError) as caught:
        await om.extend_due_date(order.order_id, capture_id, 10)
    assert caught.value.error_messages == [
        "Extension of due date is not possible. 10 days is not one of the offered options (7, 14, 30)."]
    await om.extend_due_date(order.order_id, capture_id, 14)
    extended = [e for e in sandbox.record(order.order_id).events if e.type == "extend_due_date"]
    assert [(e.capture_id, e.details["number_of_days"], e.details["fee"]) for e in extended] == [(capture_id, 14, 2900)]
    assert (await om.get_extend_due_date_options(order.order_id, capture_id)).options == []
    with pytest.raises(NotAllowedError):
        await om.extend_due_date(order.order_id, capture_id, 7)


@pytest.mark.parametrize("method", ["CARD", "DIRECT_DEBIT", "FIXED_AMOUNT"])
async def test_due_dates_exist_only_for_pay_later_methods(om, make_order, method):
    order = make_order(payment_method_type=method)
    capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000})
    # The spec gives the options only 200 and 404: nothing is offered (DOMAIN.md §4.4, pay-later only).
    options = await om.get_extend_due_date_options(order.order_id, capture_id)
    assert (options.currency, options.options) == ("SEK", [])
    with pytest.raises(NotAllowedError) as caught:
        await om.extend_due_date(order.order_id, capture_id, 7)
    assert caught.value.error_messages == ["Extension of due date is not possible for this payment method."]


async def test_due_date_of_an_unknown_capture_is_not_found(om, make_order):
    order = make_order()
    await om.capture_order(order.order_id, {"captured_amount": 1000})
    with pytest.raises(NotFoundError) as caught:
        await om.get_extend_due_date_options(order.order_id, MISSING)
    assert caught.value.error_code == "NO_SUCH_CAPTURE"


async def test_every_write_on_an_unknown_order_is_no_such_order(om):
    order_id = "8d4b0f5e-1e1d-4c43-a0a5-0f2b1b1a7c11"
    calls = [
        om.acknowledge_order(order_id), om.cancel_order(order_id), om.extend_authorization_time(order_id),
        om.release_remaining_authorization(order_id), om.update_authorization(order_id, {"order_amount": 1}),
        om.update_customer_details(order_id, {"shipping_address": {"city": "Malmö"}}),
        om.update_merchant_references(order_id, {"merchant_reference1": "1"}),
        om.add_order_shipping_info(order_id, [SHIPMENT]), om.capture_order(order_id, {"captured_amount": 1}),
        om.refund_order(order_id, {"refunded_amount": 1}), om.list_captures(order_id),
        om.add_capture_shipping_info(order_id, MISSING, [SHIPMENT]), om.trigger_send_out(order_id, MISSING),
        om.extend_due_date(order_id, MISSING, 7), om.get_extend_due_date_options(order_id, MISSING),
        om.get_capture(order_id, MISSING), om.get_refund(order_id, MISSING),
    ]
    for call in calls:
        with pytest.raises(ApiError) as caught:
            await call
        assert (caught.value.status, caught.value.error_code) == (404, "NO_SUCH_ORDER")
