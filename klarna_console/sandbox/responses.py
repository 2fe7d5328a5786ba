"""The sandbox's responses: JSON, Klarna's error bodies, the faults' 5xx, and a dropped connection."""

from __future__ import annotations

from typing import Any

import msgspec
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import error_body
from .faults import Faults

JSON = "application/json"
SERVER_ERRORS = {
    500: ("INTERNAL_SERVER_ERROR", "Unexpected server error"),
    502: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
    503: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
    504: ("TEMPORARILY_UNAVAILABLE", "Temporarily unavailable"),
}
DROP = "sandbox.drop"


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
