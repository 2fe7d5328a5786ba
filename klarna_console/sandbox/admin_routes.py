"""The sandbox's own routes under /sandbox/v1/: orders, fraud decisions, faults and the clock."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

import msgspec
from starlette.requests import Request
from starlette.responses import Response

from ..api.validation import explain
from . import klarna_errors
from .bodies import check, decode_json
from .errors import Refused, bad_value
from .faults import FaultSettings
from .om_routes import json_body
from .orders import NewOrder
from .params import query_int
from .responses import (
    JSON,
    json_response,
)

if TYPE_CHECKING:
    from .simulator import Sandbox


AdminHandler = Callable[["Sandbox", Request, bytes], Response]


class FraudDecision(msgspec.Struct, forbid_unknown_fields=True):
    """Body of POST /sandbox/v1/orders/{order_id}/fraud."""

    decision: Literal["ACCEPTED", "REJECTED"]


class ClockChange(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Body of POST /sandbox/v1/clock: how far to move time forward."""

    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0


_FLOAT_LIMIT = re.compile(r"Expected `float` (<=|>=) (\S+)")


def _admin_body(kind: type[Any], raw: bytes) -> Any:
    data = decode_json(raw)
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as exc:
        message = klarna_errors.validation_message(explain(str(exc), data).reason)
        # api.validation words the limits of Klarna's bodies (all integers); the sandbox's rates are not.
        message = _FLOAT_LIMIT.sub(lambda m: f"must be {'at most' if m[1] == '<=' else 'at least'} {m[2]}", message)
        raise bad_value(message.replace("a field Klarna accepts here", "a field of this request")) from None


def admin(handler: AdminHandler) -> Callable[[Request], Awaitable[Response]]:
    """An admin endpoint: no faults, no idempotency; refusals as Klarna-style error bodies."""

    async def endpoint(request: Request) -> Response:
        sandbox: Sandbox = request.app.state.sandbox
        body = await request.body()
        try:
            if request.method != "GET":
                json_body(request, body)
            with sandbox.state.lock:
                return handler(sandbox, request, body)
        except Refused as refused:
            return Response(refused.body(), status_code=refused.status, media_type=JSON)

    return endpoint


def admin_list_orders(sb: Sandbox, request: Request, body: bytes) -> Response:
    """GET /sandbox/v1/orders?offset=&limit=&full=."""
    offset = query_int(request, "offset", 0, 0, 10**9)
    limit = query_int(request, "limit", 100, 1, 1000)
    full = request.query_params.get("full", "").lower() in ("1", "true", "yes")
    return Response(sb.list_orders_json(offset, limit, full), media_type=JSON)


def admin_create_order(sb: Sandbox, request: Request, body: bytes) -> Response:
    """POST /sandbox/v1/orders."""
    new = check(NewOrder, decode_json(body))
    order = sb.operations.create_order(new, sb.clock.now(), rng=sb.rng)
    location = f"{str(request.base_url).rstrip('/')}/ordermanagement/v1/orders/{order.order_id}"
    return json_response(
        {"order_id": order.order_id, "klarna_reference": order.klarna_reference, "status": order.status},
        status=201, headers={"Location": location},
    )


def admin_get_order(sb: Sandbox, request: Request, body: bytes) -> Response:
    """GET /sandbox/v1/orders/{order_id}: the order with what only the sandbox tracks."""
    record = sb.operations.record(request.path_params["order_id"], sb.clock.now())
    return json_response({"order": record.order, "acknowledged": record.acknowledged, "events": record.events})


def admin_fraud(sb: Sandbox, request: Request, body: bytes) -> Response:
    """POST /sandbox/v1/orders/{order_id}/fraud."""
    decision = _admin_body(FraudDecision, body).decision
    order = sb.operations.decide_fraud(request.path_params["order_id"], decision, sb.clock.now())
    return json_response({"order_id": order.order_id, "status": order.status, "fraud_status": order.fraud_status})


def admin_get_faults(sb: Sandbox, request: Request, body: bytes) -> Response:
    """GET /sandbox/v1/faults."""
    return json_response(sb.faults.settings)


def admin_set_faults(sb: Sandbox, request: Request, body: bytes) -> Response:
    """POST /sandbox/v1/faults: the whole new configuration; fields left out are off."""
    return json_response(sb.faults.configure(_admin_body(FaultSettings, body)))


def admin_get_clock(sb: Sandbox, request: Request, body: bytes) -> Response:
    """GET /sandbox/v1/clock."""
    return json_response({"now": sb.clock.now()})


def admin_advance_clock(sb: Sandbox, request: Request, body: bytes) -> Response:
    """POST /sandbox/v1/clock: move time forward."""
    change = _admin_body(ClockChange, body)
    try:
        delta = dt.timedelta(days=change.days, hours=change.hours, minutes=change.minutes, seconds=change.seconds)
    except OverflowError:
        raise bad_value("clock: at most 3650 days at a time") from None
    if delta < dt.timedelta(0):
        raise bad_value("clock: the sandbox clock only moves forward")
    if delta > dt.timedelta(days=3650):
        raise bad_value("clock: at most 3650 days at a time")
    try:
        sb.clock.now() + delta
    except OverflowError:
        raise bad_value("clock: that would move the sandbox clock past the year 9999") from None
    sb.clock.advance(delta)
    sb.state.changed()
    return json_response({"now": sb.clock.now()})


ADMIN_ROUTES: list[tuple[str, str, AdminHandler]] = [
    ("GET", "/sandbox/v1/orders", admin_list_orders),
    ("POST", "/sandbox/v1/orders", admin_create_order),
    ("GET", "/sandbox/v1/orders/{order_id}", admin_get_order),
    ("POST", "/sandbox/v1/orders/{order_id}/fraud", admin_fraud),
    ("GET", "/sandbox/v1/faults", admin_get_faults),
    ("POST", "/sandbox/v1/faults", admin_set_faults),
    ("GET", "/sandbox/v1/clock", admin_get_clock),
    ("POST", "/sandbox/v1/clock", admin_advance_clock),
]
