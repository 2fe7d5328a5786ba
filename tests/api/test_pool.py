"""The client's connections over real loopback sockets: kept alive, reused, and given up when the server closes them."""

from __future__ import annotations

import asyncio
import json

import httpx
from klarna_console.api.pool import SpreadTransport


class EchoServer:
    """A small HTTP/1.1 server that answers each request with its method, path and body, and counts connections."""

    def __init__(self, *, close_after_answer: bool = False) -> None:
        self.close_after_answer = close_after_answer
        self.connections = 0
        self.open = 0
        self.closed = asyncio.Event()  # set whenever no connection is open
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        await self.closed.wait()  # the client has closed its connections: their handlers end on their own
        self._server.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.open += 1
        self.closed.clear()
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError:
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ")
                length = next((int(v) for k, _, v in (line.partition(": ") for line in lines[1:])
                               if k.lower() == "content-length"), 0)
                body = await reader.readexactly(length)
                answer = json.dumps({"method": method, "path": path, "body": body.decode()}).encode()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (len(answer), answer))
                await writer.drain()
                if self.close_after_answer:
                    return
        finally:
            writer.close()
            await writer.wait_closed()
            self.open -= 1
            if not self.open:
                self.closed.set()


async def test_requests_with_bodies_go_through_one_kept_alive_connection() -> None:
    server = EchoServer()
    async with server as base_url, httpx.AsyncClient(
            base_url=base_url, transport=SpreadTransport(shards=2, per_shard=1)) as client:
        for n in range(3):
            body = json.dumps({"captured_amount": 1000 + n})
            answer = (await client.post(f"/orders/o{n}/captures", content=body)).json()
            assert answer == {"method": "POST", "path": f"/orders/o{n}/captures", "body": body}
        assert (await client.get("/orders/o1")).json()["method"] == "GET"
    assert server.connections == 1, "one connection, reused (the other pool was never needed)"


async def test_a_connection_the_server_closed_while_idle_is_not_used_again() -> None:
    # Klarna's load balancers close idle connections; the next request must open a new one, not fail.
    server = EchoServer(close_after_answer=True)
    async with server as base_url, httpx.AsyncClient(
            base_url=base_url, transport=SpreadTransport(shards=1, per_shard=1)) as client:
        assert (await client.post("/orders/o1/captures", content=b"{}")).status_code == 200
        await server.closed.wait()
        await asyncio.sleep(0.05)  # the server's close reaching our socket (loopback)
        answer = await client.post("/orders/o2/captures", content=b'{"captured_amount": 5}')
        assert answer.json()["body"] == '{"captured_amount": 5}'
    assert server.connections == 2
