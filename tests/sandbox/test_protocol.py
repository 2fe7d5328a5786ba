"""The HTTP contract around the operations: credentials, body limits, bad input and idempotent replays."""

from __future__ import annotations

import datetime as dt
import uuid

import httpx
import pytest
from klarna_console.api import AuthenticationError, OrderManagementClient

from fixtures.sandbox import FIXED_NOW, PASSWORD, USERNAME, RecordingTransport


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


def deep(levels: int) -> bytes:
    """A capture body with `levels` nested lists hidden in a field the spec leaves open."""
    return b'{"captured_amount": 100, "merchant_data": ' + b"[" * levels + b"]" * levels + b"}"


@pytest.mark.parametrize("levels", [40, 5000, 100_000])
async def test_deeply_nested_json_is_400_and_changes_nothing(http, sandbox, make_order, levels):
    order = make_order()
    count = len(sandbox.order_ids)
    for path in (f"/ordermanagement/v1/orders/{order.order_id}/captures", "/sandbox/v1/orders", "/sandbox/v1/clock"):
        response = await http.post(path, content=deep(levels), headers={"Content-Type": "application/json"})
        assert (response.status_code, response.json()["error_code"]) == (400, "BAD_VALUE"), path
        assert response.json()["error_messages"] == ["request body: nested deeper than 32 levels"]
    assert sandbox.order(order.order_id).captures == []
    assert len(sandbox.order_ids) == count
    assert sandbox.clock.now() == FIXED_NOW


@pytest.mark.parametrize("move", [{"days": 10**30}, {"seconds": 2**63}, {"days": 3651}, {"hours": 10**12}])
async def test_out_of_range_clock_moves_are_400_and_leave_the_clock(http, sandbox, move):
    before = sandbox.clock.now()
    response = await http.post("/sandbox/v1/clock", json=move)
    assert (response.status_code, response.json()["error_code"]) == (400, "BAD_VALUE")
    assert response.json()["error_messages"][0].startswith(("clock:", "days:", "hours:", "seconds:"))
    assert sandbox.clock.now() == before


async def test_the_clock_never_passes_the_year_9999(http, sandbox):
    for _ in range(10):
        await http.post("/sandbox/v1/clock", json={"days": 3650})
    before = sandbox.clock.now()
    while (response := await http.post("/sandbox/v1/clock", json={"days": 3650})).status_code == 200:
        before = sandbox.clock.now()
    assert response.status_code == 400
    assert response.json()["error_messages"] == ["clock: that would move the sandbox clock past the year 9999"]
    assert sandbox.clock.now() == before
    assert (await http.get("/sandbox/v1/clock")).status_code == 200


@pytest.mark.parametrize("headers, content", [
    ({"Content-Type": "text/plain"}, b'{"captured_amount": 100}'),
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"captured_amount=100"),
    ({}, b'{"captured_amount": 100}'),
    ({"Content-Type": "application/json"}, '{"captured_amount": 100, "description": "Å"}'.encode("latin-1")),
])
async def test_a_write_whose_body_is_not_json_is_415(live, sandbox, make_order, exchanges, headers, content):
    """Klarna's writes take application/json (the spec's request bodies); anything else is 415, nothing applied."""
    order = make_order()
    async with httpx.AsyncClient(base_url=live.base_url, auth=(USERNAME, PASSWORD),
                                 transport=RecordingTransport(exchanges)) as raw:
        # httpx adds no Content-Type for raw bytes, so the header is exactly what the case gives.
        for path in (f"/ordermanagement/v1/orders/{order.order_id}/captures", "/sandbox/v1/clock"):
            response = await raw.post(path, content=content, headers=headers)
            assert (response.status_code, response.json()["error_code"]) == (415, "UNSUPPORTED_MEDIA_TYPE"), path
    assert sandbox.order(order.order_id).captures == []
    assert sandbox.clock.now() == FIXED_NOW


async def test_json_with_a_charset_and_empty_bodies_need_no_more(http, make_order):
    order = make_order()
    oid = order.order_id
    ok = await http.post(f"/ordermanagement/v1/orders/{oid}/captures", content=b'{"captured_amount": 100}',
                         headers={"Content-Type": "application/json; charset=utf-8"})
    assert ok.status_code == 201
    assert (await http.post(f"/ordermanagement/v1/orders/{oid}/extend-authorization-time")).status_code == 204


@pytest.mark.parametrize("order_id", ["o-1", "12345", "f3392f8b61164073ab96e330819e2c07", "%2E%2E"])
async def test_an_order_id_that_is_not_a_uuid_is_invalid_order_id(http, order_id):
    """Klarna answers INVALID_ORDER_ID "Order ID must be a valid UUID." (DOMAIN.md §3, [S10])."""
    for method, path in (("GET", ""), ("POST", "/captures"), ("PATCH", "/authorization")):
        response = await http.request(method, f"/ordermanagement/v1/orders/{order_id}{path}",
                                      json={"captured_amount": 1, "order_amount": 1} if method != "GET" else None)
        assert (response.status_code, response.json()["error_code"]) == (400, "INVALID_ORDER_ID"), (method, path)
        assert response.json()["error_messages"][0] == "Order ID must be a valid UUID."


async def test_an_unknown_order_or_capture_is_404_before_the_body_is_read(http, om, make_order):
    """A spec fuzzer's find: number_of_days 0 on an unknown capture was 400; the 404 comes first."""
    order = make_order()
    unknown = str(uuid.uuid4())
    bad = {"number_of_days": 0}
    response = await http.patch(f"/ordermanagement/v1/orders/{unknown}/captures/{unknown}/extend-due-date", json=bad)
    assert (response.status_code, response.json()["error_code"]) == (404, "NO_SUCH_ORDER")
    await om.capture_order(order.order_id, {"captured_amount": 100})
    for method, path, body in (("PATCH", "extend-due-date", bad), ("POST", "shipping-info", {"shipping_info": []})):
        response = await http.request(method, f"/ordermanagement/v1/orders/{order.order_id}/captures/{unknown}/{path}",
                                      json=body)
        assert (response.status_code, response.json()["error_code"]) == (404, "NO_SUCH_CAPTURE"), path


async def test_a_capture_level_write_on_an_order_without_captures_is_403(http, make_order):
    order = make_order()
    response = await http.post(f"/ordermanagement/v1/orders/{order.order_id}/captures/{uuid.uuid4()}/shipping-info",
                               json={"shipping_info": []})
    assert (response.status_code, response.json()["error_code"]) == (403, "NOT_ALLOWED")


@pytest.mark.parametrize("path, allowed", [
    ("/captures", "GET, HEAD, POST"),
    ("", "GET, HEAD"),
    ("/cancel", "POST"),
    ("/authorization", "PATCH"),
])
async def test_405_lists_every_method_the_path_serves(http, sandbox, path, allowed):
    response = await http.request("OPTIONS", f"/ordermanagement/v1/orders/{sandbox.order_ids[0]}{path}")
    assert (response.status_code, response.json()["error_code"]) == (405, "METHOD_NOT_ALLOWED")
    assert response.headers["Allow"] == allowed
