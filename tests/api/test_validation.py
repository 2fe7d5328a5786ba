"""Bad input is refused before anything is sent, with a message naming the field and the limit."""

from __future__ import annotations

import pytest
from klarna_console import api
from klarna_console.api.requests import CaptureRequest, OrderLineInput
from klarna_console.reasons import Code, ReasonError, reason
from klarna_console.sandbox.klarna_errors import validation_message as said

from .conftest import ORDER_ID

LINE = {"name": "Socks", "quantity": 1, "unit_price": 100, "total_amount": 100}


@pytest.mark.parametrize("body, message", [
    ({"captured_amount": -1}, "captured_amount: must be at least 0 (got -1)"),
    ({"captured_amount": 200_000_001}, "captured_amount: must be at most 200000000 (got 200000001)"),
    ({"captured_amount": 10.5}, "captured_amount: must be a whole number, not a decimal number"),
    ({"captured_amount": "10"}, "captured_amount: must be a whole number, not text"),
    ({}, "captured_amount: is required"),
    ({"captured_amount": 1, "description": "x" * 256}, "description: at most 255 characters (got 256 characters)"),
    ({"captured_amount": 1, "reference": "r" * 300}, "reference: at most 255 characters (got 300 characters)"),
    ({"captured_amount": 1, "order_lines": [{**LINE, "type": "freebie"}]},
     "order_lines[0].type: 'freebie' is not allowed; use one of: physical, discount, shipping_fee, sales_tax, "
     "store_credit, gift_card, digital, surcharge, return_fee"),
    ({"captured_amount": 1, "order_lines": [LINE, {"quantity": 1, "unit_price": 1, "total_amount": 1}]},
     "order_lines[1].name: is required"),
    ({"captured_amount": 1, "order_lines": [{**LINE, "quantity": -2}]},
     "order_lines[0].quantity: must be at least 0 (got -2)"),
    ({"captured_amount": 1, "order_lines": [LINE] * 1001}, "order_lines: at most 1000 items (got 1001 items)"),
    ({"captured_amount": 1, "shipping_info": [{}] * 501}, "shipping_info: at most 500 items (got 501 items)"),
    ({"captured_amount": 1, "shipping_info": [{"shipping_company": "D" * 101}]},
     "shipping_info[0].shipping_company: at most 100 characters (got 101 characters)"),
    ({"captured_amount": 1, "shipping_info": [{"shipping_method": "Drone"}]},
     "shipping_info[0].shipping_method: 'Drone' is not allowed; use one of: PickUpStore, Home, BoxReg, BoxUnreg, "
     "PickUpPoint, Own, Postal, DHLPackstation, Digital, Undefined, PickUpWarehouse, ClickCollect, PalletDelivery"),
    ({"captured_amount": 1, "capture_amount": 5}, "capture_amount: is not a field Klarna accepts here"),
])
async def test_capture_body_is_checked_before_sending(klarna, body, message):
    async with klarna.client() as client:
        with pytest.raises(api.RequestValidationError) as caught:
            await client.capture_order(ORDER_ID, body)
    # The reason carries the field, the limit and what was given: worded here as the sandbox words it.
    assert said(caught.value.reason) == message
    assert caught.value.field == message.split(":")[0]
    assert klarna.requests == [], "nothing may be sent"


async def test_a_typed_model_is_checked_the_same_way(klarna):
    line = OrderLineInput(name="n" * 256, quantity=1, unit_price=1, total_amount=1)
    async with klarna.client() as client:
        with pytest.raises(api.RequestValidationError) as caught:
            await client.capture_order(ORDER_ID, CaptureRequest(captured_amount=1, order_lines=[line]))
    assert said(caught.value.reason).startswith("order_lines[0].name: at most 255 characters")
    assert klarna.requests == []


@pytest.mark.parametrize("call, message", [
    (lambda c: c.refund_order(ORDER_ID, {"refunded_amount": -5}), "refunded_amount: must be at least 0"),
    (lambda c: c.update_authorization(ORDER_ID, {"order_amount": 300_000_000}), "order_amount: must be at most"),
    (lambda c: c.update_merchant_references(ORDER_ID, {"merchant_reference1": "m" * 256}),
     "merchant_reference1: at most 255 characters"),
    (lambda c: c.update_customer_details(ORDER_ID, {"shipping_address": {"postal_code": "12345678901"}}),
     "shipping_address.postal_code: at most 10 characters"),
    (lambda c: c.update_customer_details(ORDER_ID, {"billing_address": {"city": "Malmö"}}),
     "billing_address: is not a field Klarna accepts here"),
    (lambda c: c.add_order_shipping_info(ORDER_ID, []), "shipping_info: at least 1 item"),
    (lambda c: c.add_capture_shipping_info(ORDER_ID, "cap", [{}] * 501), "shipping_info: at most 500 items"),
    (lambda c: c.add_capture_shipping_info(ORDER_ID, "cap", {"shipping_company": "x"}),
     "shipping_info: must be a list"),
    (lambda c: c.extend_due_date(ORDER_ID, "cap", 0), "number_of_days: must be at least 1"),
])
async def test_other_bodies_are_checked_before_sending(klarna, call, message):
    async with klarna.client() as client:
        with pytest.raises(api.RequestValidationError) as caught:
            await call(client)
    assert said(caught.value.reason).startswith(message)
    assert klarna.requests == []


@pytest.mark.parametrize("bad_id", ["", "   ", "abc def", "abc\n", "a\x00b", "x" * 256])
async def test_empty_or_malformed_ids_are_refused_before_sending(klarna, bad_id):
    async with klarna.client() as client:
        with pytest.raises(api.RequestValidationError, match="order_id"):
            await client.get_order(bad_id)
        with pytest.raises(api.RequestValidationError, match="capture_id"):
            await client.trigger_send_out(ORDER_ID, bad_id)
        with pytest.raises(api.RequestValidationError, match="refund_id"):
            await client.get_refund(ORDER_ID, bad_id)
    assert klarna.requests == []


async def test_empty_string_clears_a_field_and_unset_fields_are_left_out(klarna):
    async with klarna.client() as client:
        await client.update_merchant_references(ORDER_ID, {"merchant_reference2": ""})
    assert klarna.body() == {"merchant_reference2": ""}


@pytest.mark.parametrize("url", [
    "http://api.klarna.com", "http://10.0.0.5:8080", "ftp://api.klarna.com", "api.klarna.com",
    "https://user:pw@api.klarna.com",
])
def test_credentials_never_go_to_a_clear_text_or_odd_url(url):
    with pytest.raises(ValueError):
        api.OrderManagementClient(username="u", password="p", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8787", "http://localhost:8787/", "http://[::1]:9000",
                                 "http://sandbox.localhost", "https://api.kustom.co"])
async def test_loopback_http_and_any_https_are_accepted(url):
    client = api.OrderManagementClient(username="u", password="p", base_url=url)
    assert client.base_url == url.rstrip("/")
    await client.aclose()


def test_region_or_base_url_is_required_and_not_both():
    # Which arguments to give is the caller's business (a programming error); a region is checked.
    with pytest.raises(TypeError, match="region"):
        api.OrderManagementClient(username="u", password="p")
    with pytest.raises(TypeError, match="not both"):
        api.OrderManagementClient(username="u", password="p", region="eu", base_url="https://x.example")
    with pytest.raises(ReasonError) as raised:
        api.OrderManagementClient(username="u", password="p", region="mars")
    assert isinstance(raised.value, ValueError)
    assert raised.value.reason == reason(Code.UNKNOWN_HOST, region="mars", environment="production",
                                         regions="eu,na,oc", environments="production,playground")
