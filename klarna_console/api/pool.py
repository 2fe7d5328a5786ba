"""Connections to Klarna spread over several small pools, so many requests in flight stay cheap."""

from __future__ import annotations

from typing import Any

import httpx

SHARDS = 8
PER_SHARD = 8  # 8 x 8 = 64 connections: Klarna's 200 requests/s at up to ~300 ms each


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
