"""The in-process transport: httpx talks to the sandbox's ASGI app with no socket in between."""

from __future__ import annotations

import httpx


class ConnectionDropped(Exception):
    """Raised by the app when a fault says the connection is to be dropped and there is no socket to close."""


class SandboxTransport(httpx.AsyncBaseTransport):
    """httpx.ASGITransport to the sandbox, where a dropped connection surfaces as httpx.ReadError.

    Over a socket a lost response is a closed connection; in-process there is none, so the app raises
    ConnectionDropped and this transport turns it into the error a real network would have given.
    """

    def __init__(self, app: object) -> None:
        self._inner = httpx.ASGITransport(app=app)  # type: ignore[arg-type]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request to the app; a dropped connection raises httpx.ReadError."""
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionDropped:
            raise httpx.ReadError("the sandbox dropped the connection (injected fault)", request=request) from None

    async def aclose(self) -> None:
        """Nothing to release: there is no connection."""
        await self._inner.aclose()
