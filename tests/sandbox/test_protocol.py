"""The HTTP contract around the operations: credentials, body limits, bad input and idempotent replays."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
import pytest
from klarna_console.api import AuthenticationError, OrderManagementClient

from fixtures.sandbox import PASSWORD, USERNAME, RecordingTransport


@pytest.mark.parametrize("auth", [None, (USERNAME, "wrong"), ("someone-else", PASSWORD)])
async def test_missing_or_wrong_credentials_are_401(live, exchanges, sandbox, auth):
    async with httpx.AsyncClient(base_url=live.base_url, auth=auth, transport=RecordingTransport(exchanges)) as http:
        response = await http.get(f"/ordermanagement/v1/orders/{sandbox.order_ids[0]}")
        admin = await http.get("/sandbox/v1/orders")
    assert response.status_code == admin.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic ")
    assert response.json()["error_code"] == "UNAUTHORIZED"


async def test_the_client_reports_bad_credentials_without_retrying(live, sandbox, sleeps):
    async with OrderManagementClient(username=USERNAME, password="nope", base_url=live.base_url, sleep=sleeps) as om:
        with pytest.raises(AuthenticationError):
            await om.get_order(sandbox.order_ids[0])
    assert sleeps.delays == []


async def test_a_body_over_1_mb_is_413(http, make_order):
    order = make_order()
    big = {"captured_amount": 100, "description": "x" * (1024 * 1024)}
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", json=big)
    assert response.status_code == 413
    assert response.json()["error_code"] == "REQUEST_TOO_LARGE"
    assert response.json()["error_messages"] == ["Request is too large"]


async def test_a_chunked_body_over_1_mb_is_413(http, make_order):
    order = make_order()

    async def chunks():
        for _ in range(20):
            yield b" " * 60_000

    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", content=chunks())
    assert response.status_code == 413


@pytest.mark.parametrize("body, message", [
    (b"{not json", "request body is not valid JSON"),
    (b"[1, 2]", "request body: must be a JSON object, not list"),
    (b"", "captured_amount: is required"),
    (b'{"captured_amount": "100"}', "captured_amount: must be a whole number, not text"),
    (b'{"captured_amount": 10.5}', "captured_amount: must be a whole number, not a decimal number"),
    ((b'{"captured_amount": 1, "order_lines": [{"name": "Hat", "quantity": 1, "unit_price": 1, "total_amount": 1,'
      b' "type": "hat"}]}'), "order_lines[0].type: 'hat' is not allowed; use one of:"),
])
async def test_bad_input_is_400_naming_the_field(http, sandbox, make_order, body, message):
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", content=body,
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "BAD_VALUE"
    assert response.json()["error_messages"][0].startswith(message)
    assert sandbox.order(order.order_id).captures == []


@pytest.mark.parametrize("body, message", [
    (b'{"captured_amount": 200000001}', "captured_amount: must be at most 200000000 (got 200000001)"),
    (b'{"captured_amount": -1}', "captured_amount: must be at least 0 (got -1)"),
    (b'{"captured_amount": 1, "description": "' + b"d" * 256 + b'"}',
     "description: at most 255 characters (got 256 characters)"),
    (b'{"captured_amount": 1, "shipping_info": [{"shipping_company": "' + b"c" * 101 + b'"}]}',
     "shipping_info[0].shipping_company: at most 100 characters (got 101 characters)"),
])
async def test_values_outside_the_limits_are_422_naming_the_field(http, sandbox, make_order, body, message):
    """Klarna's error table answers a size limit with 422 UNPROCESSABLE_ENTITY (DOMAIN.md §3, [S8])."""
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", content=body,
                               headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["error_code"]) == (422, "UNPROCESSABLE_ENTITY")
    assert response.json()["error_messages"][0].startswith(message)
    assert sandbox.order(order.order_id).captures == []


async def test_fields_the_spec_does_not_define_are_ignored(http, sandbox, make_order):
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures",
                               json={"captured_amount": 500, "gift_wrap": True,
                                     "order_lines": [{"name": "Hat", "quantity": 1, "unit_price": 500,
                                                      "total_amount": 500, "colour_code": "#fff"}]})
    assert response.status_code == 201
    assert sandbox.order(order.order_id).captures[0].order_lines[0].name == "Hat"


async def test_unknown_routes_and_methods_answer_json_errors(http, sandbox):
    missing = await http.get("/ordermanagement/v1/orders")
    assert (missing.status_code, missing.json()["error_code"]) == (404, "NOT_FOUND")
    wrong = await http.delete(f"/ordermanagement/v1/orders/{sandbox.order_ids[0]}")
    assert (wrong.status_code, wrong.json()["error_code"]) == (405, "METHOD_NOT_ALLOWED")


async def test_a_repeated_idempotency_key_replays_the_first_answer(http, sandbox, make_order):
    order = make_order()
    url = f"/ordermanagement/v1/orders/{order.order_id}/captures"
    key = {"Klarna-Idempotency-Key": str(uuid.uuid4())}
    first = await http.post(url, json={"captured_amount": 1000}, headers=key)
    # Only the key counts: a different body with the same key changes nothing.
    second = await http.post(url, json={"captured_amount": 2000}, headers=key)
    assert first.status_code == second.status_code == 201
    assert first.headers["Capture-Id"] == second.headers["Capture-Id"]
    assert first.headers["Location"] == second.headers["Location"]
    assert first.content == second.content
    after = sandbox.order(order.order_id)
    assert (len(after.captures), after.captured_amount) == (1, 1000)


async def test_a_refusal_is_replayed_too(http, sandbox, make_order):
    order = make_order()
    url = f"/ordermanagement/v1/orders/{order.order_id}/refunds"
    key = {"Klarna-Idempotency-Key": str(uuid.uuid4())}
    first = await http.post(url, json={"refunded_amount": 100}, headers=key)
    await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", json={"captured_amount": 1000})
    second = await http.post(url, json={"refunded_amount": 100}, headers=key)
    assert first.status_code == second.status_code == 403
    assert first.json() == second.json()
    assert sandbox.order(order.order_id).refunds == []


async def test_a_bad_request_is_not_kept_for_the_key(http, sandbox, make_order):
    order = make_order()
    url = f"/ordermanagement/v1/orders/{order.order_id}/captures"
    key = {"Klarna-Idempotency-Key": str(uuid.uuid4())}
    assert (await http.post(url, json={"captured_amount": "1"}, headers=key)).status_code == 400
    assert (await http.post(url, json={"captured_amount": -1}, headers=key)).status_code == 422
    assert (await http.post(url, json={"captured_amount": 1}, headers=key)).status_code == 201


async def test_an_idempotency_key_is_honoured_for_24_hours_of_sandbox_time(http, sandbox, make_order):
    order = make_order()
    url = f"/ordermanagement/v1/orders/{order.order_id}/captures"
    key = {"Klarna-Idempotency-Key": str(uuid.uuid4())}
    first = await http.post(url, json={"captured_amount": 1000}, headers=key)
    sandbox.clock.advance(dt.timedelta(hours=23, minutes=59))
    assert (await http.post(url, json={"captured_amount": 1000}, headers=key)).headers["Capture-Id"] == \
        first.headers["Capture-Id"]
    sandbox.clock.advance(dt.timedelta(minutes=1))
    later = await http.post(url, json={"captured_amount": 1000}, headers=key)
    assert later.headers["Capture-Id"] != first.headers["Capture-Id"]
    assert len(sandbox.order(order.order_id).captures) == 2


async def test_without_a_key_every_request_applies(http, sandbox, make_order):
    order = make_order()
    for _ in range(2):
        await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures", json={"captured_amount": 1000})
    assert len(sandbox.order(order.order_id).captures) == 2


async def test_no_content_answers_of_every_write(om, http, sandbox, make_order):
    """Every write other than capture and refund answers 204 with no body, as the spec documents."""
    order = make_order()
    oid = order.order_id
    capture_id = await om.capture_order(oid, {"captured_amount": 1000})
    writes = [
        ("POST", f"{oid}/acknowledge", None),
        ("PATCH", f"{oid}/authorization", {"order_amount": 100000}),
        ("PATCH", f"{oid}/customer-details", {"shipping_address": {"city": "Uppsala", "postal_code": "753 10"}}),
        ("PATCH", f"{oid}/merchant-references", {"merchant_reference1": "A-1"}),
        ("POST", f"{oid}/shipping-info", {"shipping_info": [{"tracking_number": "1"}]}),
        ("POST", f"{oid}/captures/{capture_id}/shipping-info", {"shipping_info": [{"tracking_number": "2"}]}),
        ("POST", f"{oid}/captures/{capture_id}/trigger-send-out", None),
        ("PATCH", f"{oid}/captures/{capture_id}/extend-due-date", {"number_of_days": 7}),
        ("POST", f"{oid}/extend-authorization-time", None),
        ("POST", f"{oid}/release-remaining-authorization", None),
    ]
    for method, path, body in writes:
        response = await http.request(method, f"/ordermanagement/v1/orders/{path}", json=body)
        assert (response.status_code, response.content) == (204, b""), (method, path, response.text)
    assert sandbox.order(oid).status == "CLOSED"
