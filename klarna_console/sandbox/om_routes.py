"""The sandbox's Order Management routes: each operation, wrapped in faults, idempotency and lost responses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from ..api.requests import (
    CaptureRequest,
    ExtendDueDateRequest,
    RefundRequest,
    ShippingInfoRequest,
    UpdateAuthorizationRequest,
    UpdateMerchantReferencesRequest,
)
from ..api.validation import is_uuid
from ..domain import rules
from ..domain.rules import Action
from .bodies import decode_json, parse
from .errors import Refused, invalid_order_id, no_such_capture, unsupported_media_type
from .idempotency import StoredResponse
from .responses import (
    JSON,
    DropResponse,
    delayed_or_failed,
    error_response,
    json_response,
    server_error,
)

if TYPE_CHECKING:
    from .simulator import Sandbox


ORDER = "/ordermanagement/v1/orders/{order_id}"
CAPTURE = ORDER + "/captures/{capture_id}"
# Responses worth replaying for a repeated key: what the operation itself answered. A 400 is not kept
# (the request never became an operation, so a corrected retry may run), nor are 401/413/429/5xx.
REPLAYED_STATUSES = frozenset({200, 201, 204, 403, 404, 409, 422})

Handler = Callable[["Sandbox", Request, bytes, dt.datetime], Response]


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
