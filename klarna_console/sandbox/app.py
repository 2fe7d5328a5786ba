"""The sandbox's HTTP face: the guarded app and its assembly (the routes live in om_routes.py, admin_routes.py).

Every request passes, in this order: the body limit (413), Basic authentication (401), then on the
Order Management routes only the faults (429, latency, 5xx), the idempotency replay, the operation,
and finally the lost-response fault for a write that was applied.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from .admin_routes import ADMIN_ROUTES, admin
from .om_routes import CAPTURE_ACTIONS, OM_ROUTES, om_endpoint
from .responses import (
    DROP,
    error_response,
    server_error,
)
from .transport import ConnectionDropped

if TYPE_CHECKING:
    from .simulator import Sandbox

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # "1 MB" read as a gateway reads it: 1 MiB


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
