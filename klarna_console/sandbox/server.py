"""Serving the sandbox over loopback HTTP: a LiveServer thread for tests, and `klarna-console sandbox`."""

from __future__ import annotations

import argparse
import contextlib
import errno
import socket
import sys
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from .simulator import Sandbox

START_TIMEOUT = 10.0


def _config(app: Any, *, quiet: bool) -> uvicorn.Config:
    # h11 explicitly: the sandbox's "drop" fault closes the connection through that server's transport.
    return uvicorn.Config(
        app,
        lifespan="off",
        http="h11",
        log_config=None if quiet else uvicorn.config.LOGGING_CONFIG,
        log_level="warning" if quiet else "info",
        access_log=not quiet,
    )


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket, opened before the server starts so the port is known (0 = any free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this. Without it the server's separate header and body writes meet
    # the client's delayed ACK, and every request takes ~40 ms on loopback instead of ~1 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    return sock


def url_for(sock: socket.socket) -> str:
    """The http base URL a client uses to reach a bound socket."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class LiveServer:
    """uvicorn serving a sandbox (or any ASGI app) on 127.0.0.1 in a background thread.

    Use as a context manager; `base_url` is set once the server accepts connections.
    """

    def __init__(self, app: Sandbox | Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = app if isinstance(app, Sandbox) else None
        self._app = app.app if isinstance(app, Sandbox) else app
        self._host, self._port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.base_url = ""

    def start(self) -> LiveServer:
        """Start serving; returns once the server is accepting connections."""
        self._sock = bind(self._host, self._port)
        self.base_url = url_for(self._sock)
        self._server = uvicorn.Server(_config(self._app, quiet=True))
        sock, server = self._sock, self._server
        self._thread = threading.Thread(target=lambda: server.run(sockets=[sock]), name="sandbox-http",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox HTTP server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=START_TIMEOUT)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def serve_cli(args: argparse.Namespace) -> int:
    """`klarna-console sandbox`: print the base URL and credentials, serve until interrupted."""
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        hint = " (choose another with --port, or --port 0 for any free one)" if exc.errno == errno.EADDRINUSE else ""
        print(f"klarna-console sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}{hint}",
              file=sys.stderr)
        return 1
    try:
        sandbox = Sandbox(orders=args.orders, seed=args.seed, state_path=args.state, username=args.username,
                          password=args.password)
    except ValueError as exc:
        sock.close()
        print(f"klarna-console sandbox: {exc}", file=sys.stderr)
        return 1
    base_url = url_for(sock)
    print(f"Klarna Order Management sandbox at {base_url}", flush=True)
    print(f"  username: {sandbox.username}", flush=True)
    print(f"  password: {sandbox.password}", flush=True)
    print(f"  orders:   {len(sandbox.state)}" + (f" (state in {args.state})" if args.state else ""), flush=True)
    print(f"  try:      curl -u '{sandbox.username}:{sandbox.password}' '{base_url}/sandbox/v1/orders?limit=5'",
          flush=True)
    server = uvicorn.Server(_config(sandbox.app, quiet=False))
    try:
        with contextlib.suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
    finally:
        sandbox.close()
        sock.close()
    return 0
