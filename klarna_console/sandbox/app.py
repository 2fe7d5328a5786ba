"""The sandbox's HTTP face: Klarna's Order Management routes and the sandbox's own /sandbox/v1/ routes.

Every request passes, in this order: the body limit (413), Basic authentication (401), then on the
Order Management routes only the faults (429, latency, 5xx), the idempotency replay, the operation,
and finally the lost-response fault for a write that was applied.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

import msgspec
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from ..api.requests import (
    CaptureRequest,
    ExtendDueDateRequest,
    RefundRequest,
    ShippingInfoRequest,
    UpdateAuthorizationRequest,
    UpdateMerchantReferencesRequest,
)
from ..api.validation import explain, is_uuid
from ..domain import rules
from ..domain.rules import Action
from . import klarna_errors
from .bodies import check, decode_json, parse
from .errors import Refused, bad_value, error_body, invalid_order_id, no_such_capture, unsupported_media_type
from .faults import Faults, FaultSettings
from .idempotency import StoredResponse
from .orders import NewOrder
from .params import query_int
from .transport import ConnectionDropped

if TYPE_CHECKING:
    from .simulator import Sandbox

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # "1 MB" read as a gateway reads it: 1 MiB
ORDER = "/ordermanagement/v1/orders/{order_id}"
CAPTURE = ORDER + "/captures/{capture_id}"
JSON = "application/json"
# Responses worth replaying for a repeated key: what the operation itself answered. A 400 is not kept
# (the request never became an operation, so a corrected retry may run), nor are 401/413/429/5xx.
REPLAYED_STATUSES = frozenset({200, 201, 204, 403, 404, 409, 422})
SERVER_ERRORS = {
    500: ("INTERNAL_SERVER_ERROR", "Unexpected server error"),
    502: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
    503: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
    504: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
}
DROP = "sandbox.drop"

Handler = Callable[["Sandbox", Request, bytes, dt.datetime], Response]
AdminHandler = Callable[["Sandbox", Request, bytes], Response]


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON response encoded with msgspec (models and plain data alike)."""
    return Response(msgspec.json.encode(data), status_code=status, media_type=JSON, headers=headers)


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """Klarna's error body with a fresh correlation id."""
    return Response(error_body(code, message), status_code=status, media_type=JSON, headers=headers)


async def delayed_or_failed(faults: Faults) -> Response | None:
    """The injected latency, then an injected 5xx if one is due (before anything is applied)."""
    delay = faults.latency()
    if delay:
        await faults.sleep(delay)
    failed = faults.injected_error()
    return server_error(failed) if failed else None


def server_error(status: int) -> Response:
    """The 5xx Klarna gives when it is down (the error table's codes and messages)."""
    code, message = SERVER_ERRORS.get(status, SERVER_ERRORS[500])
    return error_response(status, code, message)


class DropResponse(Response):
    """Not a response: it asks the outer middleware to drop the connection instead of answering."""

    def __init__(self) -> None:
        super().__init__(status_code=503)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[DROP] = True


# --- the outer layer: body limit, authentication, dropped connections --------------------------------


class SandboxApp(Starlette):
    """The Starlette app, guarded: body limit (413), authentication (401), and dropping connections.

    The guard runs before Starlette's own middleware on purpose: only there is `send` still the
    server's, which is what closing a connection needs.
    """

    def __init__(self, sandbox: Sandbox, routes: list[Route], max_body: int = MAX_BODY) -> None:
        super().__init__(routes=routes, exception_handlers={HTTPException: _http_error, Exception: _unexpected})
        self.sandbox = sandbox
        self.state.sandbox = sandbox
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        body = await self._read_body(headers, receive)
        if body is None:
            await error_response(413, "REQUEST_TOO_LARGE", "Request is too large")(scope, receive, send)
            return
        if not self._authorized(headers.get("authorization", "")):
            await error_response(
                401, "UNAUTHORIZED", "Missing or wrong API credentials",
                headers={"WWW-Authenticate": 'Basic realm="Klarna Order Management sandbox"'},
            )(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await super().__call__(scope, replay, send)
        if scope.get(DROP):
            await self._drop(receive, send)

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The whole body, or None when it is over the limit (read no further than needed to know)."""
        try:
            if int(headers.get("content-length", "0")) > self.max_body:
                return None
        except ValueError:
            pass
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _authorized(self, header: str) -> bool:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        # Both compared in constant time, so a wrong guess says nothing about how close it was.
        ok_user = hmac.compare_digest(user.encode(), self.sandbox.username.encode())
        ok_password = hmac.compare_digest(password.encode(), self.sandbox.password.encode())
        return ok_user and ok_password

    @staticmethod
    async def _drop(receive: Receive, send: Send) -> None:
        # uvicorn's `send` is a method of its per-request cycle, which holds the socket's transport:
        # aborting it is exactly a connection lost before the answer. There is no ASGI message for it.
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if transport is None or not hasattr(transport, "abort"):
            raise ConnectionDropped("response lost (injected fault)")
        transport.abort()
        # Wait for the server to notice, so it does not try to answer on its own.
        while (await receive())["type"] != "http.disconnect":
            pass


# --- Order Management routes ---------------------------------------------------------------------------


def json_body(request: Request, body: bytes) -> None:
    """A write's body must be JSON text: 415 for any other Content-Type (an empty body needs none)."""
    if not body.strip():
        return
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media != JSON and not (media.startswith("application/") and media.endswith("+json")):
        raise unsupported_media_type(content_type)


def resources_exist(sandbox: Sandbox, request: Request, now: dt.datetime, action: Action | None) -> None:
    """The order (and capture) a request names exist, before its body is read: 400, 403 or 404 first.

    A capture-level write on an order with no captures gets its action's refusal (403), as Klarna
    documents; any other unknown capture is 404 NO_SUCH_CAPTURE.
    """
    params = request.path_params
    order_id = params.get("order_id")
    if order_id is None:
        return
    if not is_uuid(order_id):
        raise invalid_order_id(order_id)
    order = sandbox.operations.record(order_id, now).order
    capture_id = params.get("capture_id")
    if capture_id is None or rules.find_capture(order, capture_id) is not None:
        return
    if action is not None:
        verdict = rules.check(action, order, now, capture_id)
        if not verdict:
            raise Refused.from_verdict(verdict)
    raise no_such_capture(order_id, capture_id)


def om_endpoint(handler: Handler, *, write: bool, action: Action | None = None
                ) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an operation with the faults, idempotency and the lost-response fault."""

    async def endpoint(request: Request) -> Response:
        quota = request.app.state.sandbox.faults.admit()
        if quota is not None and quota.retry_after is not None:
            return error_response(429, "TOO_MANY_REQUESTS", "Too many requests", headers=quota.headers())
        response = await answer(request)
        if quota is not None:
            # On every answer, replays and injected errors included, as Klarna's gateway adds them.
            response.headers.update(quota.headers())
        return response

    async def answer(request: Request) -> Response:
        sandbox: Sandbox = request.app.state.sandbox
        faults = sandbox.faults
        injected = await delayed_or_failed(faults)
        if injected is not None:
            return injected
        body = await request.body()
        key = request.headers.get("klarna-idempotency-key", "").strip() if write else ""
        with sandbox.state.lock:
            now = sandbox.clock.now()
            if key:
                stored = sandbox.idempotency.get(key, now)
                if stored is not None:
                    return Response(stored.body.encode(), status_code=stored.status, headers=dict(stored.headers))
            replay = True
            try:
                resources_exist(sandbox, request, now, action)
                if write:
                    json_body(request, body)
                response = handler(sandbox, request, body, now)
            except Refused as refused:
                response = Response(refused.body(), status_code=refused.status, media_type=JSON)
                replay = refused.replay
            if key and replay and response.status_code in REPLAYED_STATUSES:
                sandbox.idempotency.put(StoredResponse(
                    key=key, stored_at=now, status=response.status_code,
                    headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers],
                    body=bytes(response.body).decode("utf-8"),
                ))
                sandbox.state.changed()
        if write and response.status_code < 300:
            lost = faults.lost_response()
            if lost == "503":
                return server_error(503)
            if lost == "drop":
                return DropResponse()
        return response

    return endpoint


def _created(request: Request, kind: str, header: str, new_id: str) -> Response:
    """201 with the new resource's id and absolute URL, and no body (as Klarna answers)."""
    order_id = request.path_params["order_id"]
    location = f"{str(request.base_url).rstrip('/')}/ordermanagement/v1/orders/{order_id}/{kind}/{new_id}"
    return Response(status_code=201, headers={"Location": location, header: new_id})


NO_CONTENT = 204


def _no_content() -> Response:
    return Response(status_code=NO_CONTENT)


def get_order(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """GET /orders/{order_id}."""
    return json_response(sb.operations.get_order(request.path_params["order_id"], now))


def acknowledge(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/acknowledge."""
    sb.operations.acknowledge(request.path_params["order_id"], now)
    return _no_content()


def update_authorization(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """PATCH /orders/{order_id}/authorization."""
    checked = parse(UpdateAuthorizationRequest, body)
    sb.operations.update_authorization(request.path_params["order_id"], checked, now)
    return _no_content()


def capture(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/captures."""
    checked = parse(CaptureRequest, body)
    created = sb.operations.capture(request.path_params["order_id"], checked, now)
    return _created(request, "captures", "Capture-Id", created.capture_id or "")


def list_captures(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """GET /orders/{order_id}/captures."""
    return json_response(sb.operations.list_captures(request.path_params["order_id"], now))


def get_capture(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """GET /orders/{order_id}/captures/{capture_id}."""
    params = request.path_params
    return json_response(sb.operations.get_capture(params["order_id"], params["capture_id"], now))


def extend_due_date(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """PATCH /orders/{order_id}/captures/{capture_id}/extend-due-date."""
    checked = parse(ExtendDueDateRequest, body)
    params = request.path_params
    sb.operations.extend_due_date(params["order_id"], params["capture_id"], checked, now)
    return _no_content()


def extend_due_date_options(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """GET /orders/{order_id}/captures/{capture_id}/extend-due-date-options."""
    params = request.path_params
    return json_response(sb.operations.extend_due_date_options(params["order_id"], params["capture_id"], now))


def capture_shipping_info(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/captures/{capture_id}/shipping-info."""
    checked = parse(ShippingInfoRequest, body)
    params = request.path_params
    sb.operations.add_capture_shipping_info(params["order_id"], params["capture_id"], checked.shipping_info, now)
    return _no_content()


def trigger_send_out(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/captures/{capture_id}/trigger-send-out."""
    params = request.path_params
    sb.operations.trigger_send_out(params["order_id"], params["capture_id"], now)
    return _no_content()


def customer_details(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """PATCH /orders/{order_id}/customer-details."""
    sb.operations.update_customer_details(request.path_params["order_id"], decode_json(body), now)
    return _no_content()


def extend_authorization(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/extend-authorization-time."""
    sb.operations.extend_authorization(request.path_params["order_id"], now)
    return _no_content()


def merchant_references(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """PATCH /orders/{order_id}/merchant-references."""
    checked = parse(UpdateMerchantReferencesRequest, body)
    sb.operations.update_merchant_references(request.path_params["order_id"], checked, now)
    return _no_content()


def refund(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/refunds."""
    checked = parse(RefundRequest, body)
    created = sb.operations.refund(request.path_params["order_id"], checked, now)
    return _created(request, "refunds", "Refund-Id", created.refund_id or "")


def get_refund(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """GET /orders/{order_id}/refunds/{refund_id}."""
    params = request.path_params
    return json_response(sb.operations.get_refund(params["order_id"], params["refund_id"], now))


def release_remaining(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/release-remaining-authorization."""
    sb.operations.release_remaining(request.path_params["order_id"], now)
    return _no_content()


def order_shipping_info(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/shipping-info."""
    checked = parse(ShippingInfoRequest, body)
    sb.operations.add_order_shipping_info(request.path_params["order_id"], checked.shipping_info, now)
    return _no_content()


def cancel(sb: Sandbox, request: Request, body: bytes, now: dt.datetime) -> Response:
    """POST /orders/{order_id}/cancel."""
    sb.operations.cancel(request.path_params["order_id"], now)
    return _no_content()


OM_ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", ORDER, get_order),
    ("POST", ORDER + "/acknowledge", acknowledge),
    ("PATCH", ORDER + "/authorization", update_authorization),
    ("POST", ORDER + "/captures", capture),
    ("GET", ORDER + "/captures", list_captures),
    ("GET", CAPTURE, get_capture),
    ("PATCH", CAPTURE + "/extend-due-date", extend_due_date),
    ("GET", CAPTURE + "/extend-due-date-options", extend_due_date_options),
    ("POST", CAPTURE + "/shipping-info", capture_shipping_info),
    ("POST", CAPTURE + "/trigger-send-out", trigger_send_out),
    ("PATCH", ORDER + "/customer-details", customer_details),
    ("POST", ORDER + "/extend-authorization-time", extend_authorization),
    ("PATCH", ORDER + "/merchant-references", merchant_references),
    ("POST", ORDER + "/refunds", refund),
    ("GET", ORDER + "/refunds/{refund_id}", get_refund),
    ("POST", ORDER + "/release-remaining-authorization", release_remaining),
    ("POST", ORDER + "/shipping-info", order_shipping_info),
    ("POST", ORDER + "/cancel", cancel),
]


# The capture-level writes, whose rule says how an unknown capture is refused.
CAPTURE_ACTIONS = {
    ("PATCH", CAPTURE + "/extend-due-date"): Action.EXTEND_DUE_DATE,
    ("POST", CAPTURE + "/shipping-info"): Action.ADD_CAPTURE_SHIPPING_INFO,
    ("POST", CAPTURE + "/trigger-send-out"): Action.TRIGGER_SEND_OUT,
}


# --- the sandbox's own routes --------------------------------------------------------------------------


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


# --- assembly ------------------------------------------------------------------------------------------


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "BAD_REQUEST")
    message = {404: f"No route {request.url.path}",
               405: f"{request.method} is not allowed on {request.url.path}"}.get(exc.status_code, exc.detail)
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 405:
        # Each method of a path is its own route: Allow names those of every route on the path.
        headers["Allow"] = ", ".join(_methods_on(request))
    return error_response(exc.status_code, code, message, headers=headers or None)


def _methods_on(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, Route) and route.path_regex.match(request.url.path) and route.methods:
            methods |= route.methods
    return sorted(methods)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("sandbox failed on %s %s", request.method, request.url.path, exc_info=exc)
    return server_error(500)


def build_app(sandbox: Sandbox, max_body: int = MAX_BODY) -> SandboxApp:
    """The sandbox's ASGI app: every Order Management route and the sandbox's own."""
    routes = [Route(path, om_endpoint(handler, write=method != "GET", action=CAPTURE_ACTIONS.get((method, path))),
                    methods=[method])
              for method, path, handler in OM_ROUTES]
    routes += [Route(path, admin(handler), methods=[method]) for method, path, handler in ADMIN_ROUTES]
    from .settlement_routes import settlement_routes  # Settlements API v1, derived from the OM history

    routes += settlement_routes()
    return SandboxApp(sandbox, routes, max_body)
