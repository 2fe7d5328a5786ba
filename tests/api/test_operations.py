"""Each of the 18 operations sends the right request and reads Klarna's answer."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from klarna_console.api.errors import RequestValidationError
from klarna_console.api.models import Capture, ExtendDueDateOptions, Order, Refund
from klarna_console.api.requests import CaptureRequest, OrderLineInput, ShippingInfoInput
from klarna_console.reasons import Code
from klarna_console.sandbox.klarna_errors import validation_message as said

from .conftest import CAPTURE_ID, ORDER_ID, REFUND_ID

BASE = f"https://api.playground.klarna.com/ordermanagement/v1/orders/{ORDER_ID}"
CAPTURE = f"{BASE}/captures/{CAPTURE_ID}"

LINE = {
    "type": "physical", "reference": "SKU-1", "name": "Wool socks", "quantity": 2, "quantity_unit": "pcs",
    "unit_price": 1500, "tax_rate": 2500, "total_amount": 3000, "total_discount_amount": 0,
    "total_tax_amount": 600,
}
SHIP = {"shipping_company": "PostNord", "shipping_method": "PickUpPoint", "tracking_number": "AB123SE",
        "tracking_uri": "https://tracking.example/AB123SE"}
ORDER_JSON = {
    "order_id": ORDER_ID, "status": "PART_CAPTURED", "fraud_status": "ACCEPTED", "order_amount": 10000,
    "original_order_amount": 10000, "captured_amount": 3000, "refunded_amount": 0,
    "remaining_authorized_amount": 7000, "purchase_currency": "SEK", "purchase_country": "SE",
    "locale": "sv-SE", "klarna_reference": "K4MADNY", "created_at": "2026-11-01T10:00:00Z",
    "expires_at": "2026-11-29T10:00:00Z", "order_lines": [LINE],
    "captures": [{"capture_id": CAPTURE_ID, "captured_amount": 3000, "captured_at": "2026-11-02T08:00:00Z",
                  "klarna_reference": "K4MADNY-1", "shipping_info": [SHIP]}],
    "refunds": [], "some_field_klarna_adds_later": {"x": 1},
}
CAPTURE_JSON = ORDER_JSON["captures"][0]
REFUND_JSON = {"refund_id": REFUND_ID, "refunded_amount": 500, "refunded_at": "2026-11-03T09:00:00+01:00",
               "description": "Returned one pair", "order_lines": [LINE], "credit_invoice": False}


@dataclass
class Op:
    name: str
    call: Any  # async (client) -> result
    method: str
    url: str
    body: Any  # expected JSON body, or None for no body
    answer: httpx.Response
    check: Any = None  # (result) -> None


OPERATIONS = [
    Op("get_order", lambda c: c.get_order(ORDER_ID), "GET", BASE, None,
       httpx.Response(200, json=ORDER_JSON),
       lambda r: (isinstance(r, Order) and r.remaining_authorized_amount == 7000
                  and r.captures[0].shipping_info[0].tracking_number == "AB123SE"
                  and r.created_at.tzinfo is not None)),
    Op("acknowledge_order", lambda c: c.acknowledge_order(ORDER_ID), "POST", f"{BASE}/acknowledge", None,
       httpx.Response(204), lambda r: r is None),
    Op("update_authorization",
       lambda c: c.update_authorization(ORDER_ID, {"order_amount": 6000, "description": "Fewer socks",
                                                   "order_lines": [LINE]}),
       "PATCH", f"{BASE}/authorization",
       {"order_amount": 6000, "description": "Fewer socks", "order_lines": [LINE]}, httpx.Response(204)),
    Op("update_customer_details",
       lambda c: c.update_customer_details(ORDER_ID, {"shipping_address": {"street_address": "Storgatan 1",
                                                                          "postal_code": "11122", "city": ""}}),
       "PATCH", f"{BASE}/customer-details",
       {"shipping_address": {"street_address": "Storgatan 1", "postal_code": "11122", "city": ""}},
       httpx.Response(204)),
    Op("update_merchant_references",
       lambda c: c.update_merchant_references(ORDER_ID, {"merchant_reference1": "10042"}),
       "PATCH", f"{BASE}/merchant-references", {"merchant_reference1": "10042"}, httpx.Response(204)),
    Op("extend_authorization_time", lambda c: c.extend_authorization_time(ORDER_ID), "POST",
       f"{BASE}/extend-authorization-time", None, httpx.Response(204)),
    Op("release_remaining_authorization", lambda c: c.release_remaining_authorization(ORDER_ID), "POST",
       f"{BASE}/release-remaining-authorization", None, httpx.Response(204)),
    Op("cancel_order", lambda c: c.cancel_order(ORDER_ID), "POST", f"{BASE}/cancel", None, httpx.Response(204)),
    Op("add_order_shipping_info", lambda c: c.add_order_shipping_info(ORDER_ID, [SHIP]), "POST",
       f"{BASE}/shipping-info", {"shipping_info": [SHIP]}, httpx.Response(204)),
    Op("capture_order",
       lambda c: c.capture_order(ORDER_ID, CaptureRequest(
           captured_amount=3000, description="Shipped", reference="INV-7",
           order_lines=[OrderLineInput(**LINE)], shipping_info=[ShippingInfoInput(**SHIP)])),
       "POST", f"{BASE}/captures",
       {"captured_amount": 3000, "description": "Shipped", "reference": "INV-7", "order_lines": [LINE],
        "shipping_info": [SHIP]},
       httpx.Response(201, headers={"Capture-Id": CAPTURE_ID, "Location": f"{CAPTURE}"}),
       lambda r: r == CAPTURE_ID),
    Op("list_captures", lambda c: c.list_captures(ORDER_ID), "GET", f"{BASE}/captures", None,
       httpx.Response(200, json=[CAPTURE_JSON]),
       lambda r: len(r) == 1 and isinstance(r[0], Capture) and r[0].klarna_reference == "K4MADNY-1"),
    Op("get_capture", lambda c: c.get_capture(ORDER_ID, CAPTURE_ID), "GET", CAPTURE, None,
       httpx.Response(200, json=CAPTURE_JSON), lambda r: r.captured_amount == 3000),
    Op("add_capture_shipping_info", lambda c: c.add_capture_shipping_info(ORDER_ID, CAPTURE_ID, [SHIP]),
       "POST", f"{CAPTURE}/shipping-info", {"shipping_info": [SHIP]}, httpx.Response(204)),
    Op("get_extend_due_date_options", lambda c: c.get_extend_due_date_options(ORDER_ID, CAPTURE_ID), "GET",
       f"{CAPTURE}/extend-due-date-options", None,
       httpx.Response(200, json={"currency": "SEK", "options": [{"number_of_days": 14, "amount": 2900}]}),
       lambda r: isinstance(r, ExtendDueDateOptions) and r.options[0].amount == 2900),
    Op("extend_due_date", lambda c: c.extend_due_date(ORDER_ID, CAPTURE_ID, 14), "PATCH",
       f"{CAPTURE}/extend-due-date", {"number_of_days": 14}, httpx.Response(204)),
    Op("trigger_send_out", lambda c: c.trigger_send_out(ORDER_ID, CAPTURE_ID), "POST",
       f"{CAPTURE}/trigger-send-out", None, httpx.Response(204)),
    Op("refund_order",
       lambda c: c.refund_order(ORDER_ID, {"refunded_amount": 500, "description": "Returned one pair",
                                           "order_lines": [LINE]}),
       "POST", f"{BASE}/refunds", {"refunded_amount": 500, "description": "Returned one pair", "order_lines": [LINE]},
       httpx.Response(201, headers={"Refund-Id": REFUND_ID, "Location": f"{BASE}/refunds/{REFUND_ID}"}),
       lambda r: r == REFUND_ID),
    Op("get_refund", lambda c: c.get_refund(ORDER_ID, REFUND_ID), "GET", f"{BASE}/refunds/{REFUND_ID}", None,
       httpx.Response(200, json=REFUND_JSON),
       lambda r: isinstance(r, Refund) and r.refunded_amount == 500 and r.refunded_at.utcoffset().seconds == 3600),
]


def test_every_operation_of_the_spec_is_covered(spec):
    operation_ids = {op["operationId"] for path in spec["paths"].values() for op in path.values()
                     if isinstance(op, dict) and "operationId" in op}
    assert len(operation_ids) == 18
    assert len({op.name for op in OPERATIONS}) == 18


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
async def test_operation_sends_the_documented_request(klarna, op):
    klarna.answer(op.answer)
    async with klarna.client() as client:
        result = await op.call(client)
    assert len(klarna.requests) == 1
    sent = klarna.last
    assert sent.method == op.method
    assert str(sent.url) == op.url
    expected_auth = "Basic " + base64.b64encode(b"PK12345_abcdef:s3cr3t-shared-secret").decode()
    assert sent.headers["Authorization"] == expected_auth
    assert sent.headers["User-Agent"].startswith("klarna-console/")
    if op.method == "GET":
        assert "Klarna-Idempotency-Key" not in sent.headers
    else:
        assert len(sent.headers["Klarna-Idempotency-Key"]) == 36  # a UUID4
    if op.body is None:
        assert sent.content == b""
        assert "Content-Type" not in sent.headers
    else:
        assert sent.headers["Content-Type"] == "application/json"
        assert json.loads(sent.content) == op.body
    if op.check is not None:
        assert op.check(result), result
    elif op.answer.status_code == 204:
        assert result is None


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.method != "GET"], ids=lambda op: op.name)
async def test_every_write_uses_the_callers_idempotency_key(klarna, op):
    klarna.answer(op.answer)
    async with klarna.client() as client:
        # Every write method takes idempotency_key=; call through the same lambda with it patched in.
        method = getattr(client, op.name)

        async def keyed(*args: Any, **kwargs: Any) -> Any:
            return await method(*args, idempotency_key="my-key-123", **kwargs)

        setattr(client, op.name, keyed)
        await op.call(client)
    assert klarna.last.headers["Klarna-Idempotency-Key"] == "my-key-123"


async def test_each_write_gets_its_own_fresh_key(klarna):
    async with klarna.client() as client:
        await client.cancel_order(ORDER_ID)
        await client.cancel_order(ORDER_ID)
    keys = [r.headers["Klarna-Idempotency-Key"] for r in klarna.requests]
    assert keys[0] != keys[1]


@pytest.mark.parametrize("headers, expected", [
    ({"Capture-Id": "abc"}, "abc"),
    ({"Location": f"{BASE}/captures/from-location"}, "from-location"),
    ({"Location": "/ordermanagement/v1/orders/x/captures/relative-id/"}, "relative-id"),
    ({}, None),
])
async def test_capture_id_comes_from_header_else_location(klarna, headers, expected):
    klarna.answer(httpx.Response(201, headers=headers))
    async with klarna.client() as client:
        assert await client.capture_order(ORDER_ID, {"captured_amount": 1}) == expected


async def test_refund_id_falls_back_to_location(klarna):
    klarna.answer(httpx.Response(201, headers={"Location": f"{BASE}/refunds/{REFUND_ID}"}))
    async with klarna.client() as client:
        assert await client.refund_order(ORDER_ID, {"refunded_amount": 1}) == REFUND_ID


BAD_IDS = [".", "..", "/", "a/b?c", "d#e", "..%2F", "x\x00", "\t", "o-1", " " + ORDER_ID, ORDER_ID + "\n",
           ORDER_ID.replace("-", ""), "{" + ORDER_ID + "}", "urn:uuid:" + ORDER_ID, ORDER_ID[:-1] + "g"]


@pytest.mark.parametrize("bad", BAD_IDS)
async def test_ids_that_are_not_uuids_are_refused_before_sending(klarna, bad):
    """Klarna's order, capture and refund ids are UUIDs; anything else never reaches the wire."""
    klarna.answer(httpx.Response(200, json=CAPTURE_JSON))
    async with klarna.client() as client:
        calls = [("order_id", client.get_order(bad)), ("order_id", client.cancel_order(bad)),
                 ("capture_id", client.get_capture(ORDER_ID, bad)),
                 ("capture_id", client.trigger_send_out(ORDER_ID, bad)),
                 ("refund_id", client.get_refund(ORDER_ID, bad))]
        for field_name, call in calls:
            with pytest.raises(RequestValidationError) as caught:
                await call
            assert caught.value.field == field_name
            assert caught.value.reason.code in (Code.NOT_A_KLARNA_ID, Code.FIELD_EMPTY), caught.value.reason
            message = said(caught.value.reason)
            assert message.startswith(f"{field_name}: ") and "is not a Klarna id" in message
    assert klarna.requests == []


async def test_uuid_ids_go_into_the_path_as_they_are(klarna):
    klarna.answer(httpx.Response(200, json=CAPTURE_JSON))
    async with klarna.client() as client:
        await client.get_capture(ORDER_ID.upper(), CAPTURE_ID)
    assert klarna.last.url.raw_path == f"/ordermanagement/v1/orders/{ORDER_ID.upper()}/captures/{CAPTURE_ID}".encode()


@pytest.mark.parametrize("region, environment, host", [
    ("eu", "production", "api.klarna.com"),
    ("eu", "playground", "api.playground.klarna.com"),
    ("na", "production", "api-na.klarna.com"),
    ("na", "playground", "api-na.playground.klarna.com"),
    ("oc", "production", "api-oc.klarna.com"),
    ("oc", "playground", "api-oc.playground.klarna.com"),
])
async def test_region_and_environment_pick_klarnas_host(klarna, region, environment, host):
    async with klarna.client(region=region, environment=environment) as client:
        await client.cancel_order(ORDER_ID)
    assert klarna.last.url.scheme == "https"
    assert klarna.last.url.host == host


async def test_custom_base_url_such_as_kustom(klarna):
    async with klarna.client(region=None, base_url="https://api.playground.kustom.co/") as client:
        await client.acknowledge_order(ORDER_ID)
    assert str(klarna.last.url) == f"https://api.playground.kustom.co/ordermanagement/v1/orders/{ORDER_ID}/acknowledge"


async def test_unknown_response_fields_and_bom_are_tolerated(klarna):
    body = b"\xef\xbb\xbf" + json.dumps({**ORDER_JSON, "status": "SOMETHING_NEW", "brand_new": [1, 2]}).encode()
    klarna.answer(httpx.Response(200, content=body))
    async with klarna.client() as client:
        order = await client.get_order(ORDER_ID)
    assert order.status == "SOMETHING_NEW"
    assert order.order_amount == 10000


async def test_timestamp_without_offset_is_read_as_utc(klarna):
    klarna.answer(httpx.Response(200, json={**ORDER_JSON, "created_at": "2026-11-01T10:00:00"}))
    async with klarna.client() as client:
        order = await client.get_order(ORDER_ID)
    assert order.created_at.isoformat() == "2026-11-01T10:00:00+00:00"


def test_client_repr_shows_no_credentials(klarna):
    client = klarna.client()
    assert "s3cr3t" not in repr(client) and "PK12345" not in repr(client)


async def test_no_cookie_from_an_answer_goes_back_to_klarna(klarna):
    # Klarna's API keeps no session in cookies; each request stands on its own Basic auth.
    klarna.answer(httpx.Response(200, json={"order_id": ORDER_ID}, headers={"Set-Cookie": "lb=node-7; Path=/"}))
    async with klarna.client() as client:
        await client.get_order(ORDER_ID)
        await client.get_order(ORDER_ID)
    assert [r.headers.get("Cookie") for r in klarna.requests] == [None, None]
    assert all(r.headers["Authorization"].startswith("Basic ") for r in klarna.requests)
