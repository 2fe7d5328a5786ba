"""Connections to Klarna spread over several small pools, so many requests in flight stay cheap."""

from __future__ import annotations

import select
import socket
import ssl
import sys
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

SHARDS = 8
PER_SHARD = 8  # 8 x 8 = 64 connections: Klarna's 200 requests/s at up to ~300 ms each
COALESCE = 64 * 1024  # bytes of a request held back to go out in one write (OM bodies are a few hundred)


class SpreadTransport(httpx.AsyncBaseTransport):
    """HTTP transport over `shards` pools of `per_shard` connections, each request to the least busy pool.

    httpcore's pool walks all its connections, and for each idle one all of them again, every time a
    request starts or ends: with 64 connections in one pool that was ~17 ms of CPU per request in
    bench/bulk.py. Eight pools of eight do the same work at an eighth of the connections each.
    """

    def __init__(self, shards: int = SHARDS, per_shard: int = PER_SHARD, **options: Any) -> None:
        limits = httpx.Limits(max_connections=per_shard, max_keepalive_connections=per_shard)
        if "verify" not in options:
            # One TLS context for all pools: loading the CA bundle takes ~80 ms each time.
            options["verify"] = httpx.create_ssl_context()
        self._pools = [httpx.AsyncHTTPTransport(limits=limits, **options) for _ in range(shards)]
        for pool in self._pools:
            connections = getattr(pool, "_pool", None)
            # httpx has no option for httpcore's network backend; a pool without a proxy takes ours.
            if type(connections) is httpcore.AsyncConnectionPool:
                connections._network_backend = CheapBackend()
        self._busy = [0] * shards

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        shard = min(range(len(self._pools)), key=self._busy.__getitem__)
        self._busy[shard] += 1
        try:
            return await self._pools[shard].handle_async_request(request)
        finally:
            # The body of an OM answer is small and read at once: the request is as good as done here.
            self._busy[shard] -= 1

    async def aclose(self) -> None:
        for pool in self._pools:
            await pool.aclose()


class CheapStream(httpcore.AsyncNetworkStream):
    """httpcore's AnyIO stream, with two costs per request taken out (measured with bench/bulk.py).

    The pool asks every idle connection whether its socket is readable each time a request starts or
    ends; AnyIO answers "which socket" by building all of a socket's attributes, its peer's address
    from the kernel included (~6 system calls per request): the socket is looked up once here. And a
    request's head and body go out in one write, when the answer is first read, not one write each.
    """

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket = stream.get_extra_info("socket")
        self._held: list[bytes] = []
        self._held_bytes = 0
        self._timeout: float | None = None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        await self._flush()
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        self._held.append(buffer)
        self._held_bytes += len(buffer)
        self._timeout = timeout
        if self._held_bytes >= COALESCE:
            await self._flush()

    async def _flush(self) -> None:
        if self._held:
            data = b"".join(self._held)
            self._held.clear()
            self._held_bytes = 0
            await self._stream.write(data, self._timeout)

    async def aclose(self) -> None:
        self._held.clear()
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        await self._flush()
        return CheapStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "socket":
            return self._socket
        if info == "is_readable":
            return _readable(self._socket)
        return self._stream.get_extra_info(info)


class CheapBackend(httpcore.AsyncNetworkBackend):
    """httpcore's AnyIO backend, whose connections are CheapStreams."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return CheapStream(await self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return CheapStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _readable(sock: socket.socket | None) -> bool:
    """Whether a read would return at once: on an idle connection, that the server closed it (as httpcore checks)."""
    fd = sock.fileno() if sock is not None else -1
    if fd < 0:
        return True
    if sys.platform == "win32" or not hasattr(select, "poll"):
        return bool(select.select([fd], [], [], 0)[0])
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))
