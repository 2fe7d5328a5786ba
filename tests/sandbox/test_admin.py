"""The sandbox's own routes under /sandbox/v1/: creating and listing orders, the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures.sandbox import FIXED_NOW, new_order_body


async def test_create_an_order_and_read_it_through_order_management(http, om, live):
    response = await http.post("/sandbox/v1/orders", json=new_order_body(merchant_reference2="SO-2025-00417"))
    assert response.status_code == 201
    created = response.json()
    assert set(created) == {"order_id", "klarna_reference", "status"}
    assert response.headers["Location"] == f"{live.base_url}/ordermanagement/v1/orders/{created['order_id']}"
    order = await om.get_order(created["order_id"])
    assert (order.status, order.fraud_status, order.order_amount, order.remaining_authorized_amount) == (
        "AUTHORIZED", "ACCEPTED", 109600, 109600)
    assert order.klarna_reference == created["klarna_reference"]
    assert (order.created_at, order.expires_at) == (FIXED_NOW, FIXED_NOW + dt.timedelta(days=28))
    assert order.initial_payment_method.type == "INVOICE"
    assert order.shipping_address == order.billing_address  # shipping defaults to billing
    assert order.merchant_reference2 == "SO-2025-00417"


async def test_an_order_created_in_the_past_may_already_be_expired(http, om):
    created_at = (FIXED_NOW - dt.timedelta(days=40)).isoformat()
    response = await http.post("/sandbox/v1/orders", json=new_order_body(created_at=created_at))
    assert (await om.get_order(response.json()["order_id"])).status == "EXPIRED"


@pytest.mark.parametrize("change, message", [
    ({"order_amount": 109500}, "order_amount: 109500 is not the sum of order_lines[].total_amount (109600)"),
    ({"order_lines": [{"name": "Hat", "quantity": 2, "unit_price": 500, "total_amount": 900}], "order_amount": 900},
     "order_lines[0].total_amount: 900 is not quantity * unit_price - total_discount_amount (1000)"),
    ({"order_lines": [{"name": "Hat", "quantity": 1, "unit_price": 1000, "total_amount": 1000, "tax_rate": 2500,
                       "total_tax_amount": 250}], "order_amount": 1000},
     "order_lines[0].total_tax_amount: 250 does not match tax_rate 2500 on total_amount 1000 (200)"),
    ({"fraud_status": "PENDING"}, "fraud_status: PENDING (fraud review) exists only for purchase_country US or GB"),
    ({"purchase_currency": "kronor"}, "purchase_currency:"),
    ({"colour": "blue"}, "colour: is not a field Klarna accepts here"),
    ({"created_at": "2030-01-01T00:00:00Z"}, "created_at: must not be in the future of the sandbox clock"),
])
async def test_create_order_refuses_inconsistent_bodies(http, change, message):
    response = await http.post("/sandbox/v1/orders", json=new_order_body(**change))
    assert response.status_code == 400
    assert response.json()["error_messages"][0].startswith(message)


async def test_create_order_refuses_bodies_outside_the_limits_with_422(http):
    response = await http.post("/sandbox/v1/orders", json=new_order_body(order_lines=[]))
    assert (response.status_code, response.json()["error_code"]) == (422, "UNPROCESSABLE_ENTITY")
    assert response.json()["error_messages"][0].startswith("order_lines: at least 1 item(s)")


async def test_an_order_id_can_be_chosen_once(http):
    order_id = "0b6f5a3e-2f4c-4d8e-9a1b-7c2d3e4f5a6b"
    assert (await http.post("/sandbox/v1/orders", json=new_order_body(order_id=order_id))).status_code == 201
    again = await http.post("/sandbox/v1/orders", json=new_order_body(order_id=order_id))
    assert (again.status_code, again.json()["error_code"]) == (409, "CONFLICT")


async def test_orders_are_listed_newest_first_in_pages(http, sandbox):
    first = (await http.get("/sandbox/v1/orders?limit=15")).json()
    second = (await http.get("/sandbox/v1/orders?offset=15&limit=15")).json()
    assert first["total"] == second["total"] == 40
    assert (first["offset"], first["limit"], len(first["orders"])) == (0, 15, 15)
    rows = first["orders"] + second["orders"]
    assert len({row["order_id"] for row in rows}) == 30
    created = [row["created_at"] for row in rows]
    assert created == sorted(created, reverse=True)
    assert set(rows[0]) >= {"order_id", "status", "created_at", "klarna_reference", "order_amount"}
    tail = (await http.get("/sandbox/v1/orders?offset=30&limit=100")).json()
    assert len(tail["orders"]) == 10


async def test_full_listing_gives_the_orders_as_order_management_does(http, om, sandbox):
    page = (await http.get("/sandbox/v1/orders?limit=5&full=1")).json()
    for row in page["orders"]:
        assert row == (await om.get_order(row["order_id"])).to_dict()
        assert "order_lines" in row


async def test_the_python_listing_matches_the_route(http, sandbox):
    assert sandbox.list_orders(offset=3, limit=4) == (await http.get("/sandbox/v1/orders?offset=3&limit=4")).json()


@pytest.mark.parametrize("query, message", [
    ("limit=0", "limit: must be between 1 and 1000 (got 0)"),
    ("limit=5000", "limit: must be between 1 and 1000 (got 5000)"),
    ("offset=-1", "offset: must be between 0 and 1000000000 (got -1)"),
    ("offset=ten", "offset: must be a whole number, not 'ten'"),
])
async def test_bad_paging_is_refused(http, query, message):
    response = await http.get(f"/sandbox/v1/orders?{query}")
    assert response.status_code == 400
    assert response.json()["error_messages"] == [message]


async def test_one_order_with_what_only_the_sandbox_tracks(http, om, make_order):
    order = make_order()
    capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000})
    details = (await http.get(f"/sandbox/v1/orders/{order.order_id}")).json()
    assert details["order"]["order_id"] == order.order_id
    assert details["acknowledged"] is True
    assert [(e["type"], e.get("capture_id")) for e in details["events"]] == [("create", None), ("capture", capture_id)]
    missing = await http.get("/sandbox/v1/orders/7d2e4b9a-0000-4000-8000-000000000000")
    assert (missing.status_code, missing.json()["error_code"]) == (404, "NO_SUCH_ORDER")


async def test_the_clock_moves_forward_only(http):
    assert (await http.get("/sandbox/v1/clock")).json() == {"now": "2025-03-03T12:00:00Z"}
    moved = await http.post("/sandbox/v1/clock", json={"days": 1, "hours": 2, "minutes": 3, "seconds": 4})
    assert moved.json() == {"now": "2025-03-04T14:03:04Z"}
    back = await http.post("/sandbox/v1/clock", json={"days": -1})
    assert back.status_code == 400
    assert back.json()["error_messages"] == ["clock: the sandbox clock only moves forward"]
