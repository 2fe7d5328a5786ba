"""`klarna-console sandbox` serves over loopback HTTP and answers curl as Klarna would."""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from klarna_console.sandbox.server import bind, serve_cli

STARTUP_LIMIT = 30.0


def _read_until_ready(proc: subprocess.Popen[bytes]) -> dict[str, str]:
    """The banner the command prints: base URL and credentials (read unbuffered, so select() is honest)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    text = ""
    deadline = time.monotonic() + STARTUP_LIMIT
    while "  try:" not in text:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"no banner within {STARTUP_LIMIT} s"
        chunk = os.read(fd, 4096)
        assert chunk, f"the sandbox exited early with {proc.wait()}"
        text += chunk.decode()
    banner: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("Klarna Order Management sandbox at "):
            banner["url"] = line.rsplit(" ", 1)[1].strip()
        elif ":" in line:
            key, _, value = line.strip().partition(":")
            banner[key.strip()] = value.strip()
    return banner


@pytest.fixture
def served(tmp_path: Path):
    """`python -m klarna_console sandbox` on a free port, with a state file; stopped with Ctrl-C."""
    state = tmp_path / "state.json"
    command = [sys.executable, "-m", "klarna_console", "sandbox", "--port", "0", "--orders", "6", "--seed", "3",
               "--username", "shop", "--password", "pw-123", "--state", str(state)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, env=env)
    try:
        yield proc, _read_until_ready(proc), state
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        log.close()


def _curl(*args: str) -> tuple[int, dict]:
    result = subprocess.run(["curl", "-sS", "-w", "\n%{http_code}", *args], capture_output=True, text=True,
                            timeout=30, check=True)
    body, _, status = result.stdout.rpartition("\n")
    return int(status), json.loads(body) if body else {}


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_sandbox_command_answers_curl_and_saves_its_state(served):
    proc, banner, state = served
    assert (banner["username"], banner["password"]) == ("shop", "pw-123")
    url = banner["url"]
    assert url.startswith("http://127.0.0.1:")

    status, listing = _curl("-u", "shop:pw-123", f"{url}/sandbox/v1/orders?limit=2")
    assert status == 200
    assert listing["total"] == 6 and len(listing["orders"]) == 2
    order_id = listing["orders"][0]["order_id"]

    status, order = _curl("-u", "shop:pw-123", f"{url}/ordermanagement/v1/orders/{order_id}")
    assert status == 200 and order["order_id"] == order_id and order["order_lines"]

    status, refused = _curl("-u", "shop:wrong", f"{url}/ordermanagement/v1/orders/{order_id}")
    assert status == 401 and refused["error_code"] == "UNAUTHORIZED"

    status, created = _curl("-u", "shop:pw-123", "-H", "Content-Type: application/json", "-d",
                            json.dumps({"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE",
                                        "order_amount": 2995, "order_lines": [
                                            {"name": "Merino wool beanie", "quantity": 1, "unit_price": 2995,
                                             "total_amount": 2995}]}),
                            f"{url}/sandbox/v1/orders")
    assert status == 201
    status, _ = _curl("-u", "shop:pw-123", "-H", "Content-Type: application/json", "-d", '{"captured_amount": 2995}',
                      f"{url}/ordermanagement/v1/orders/{created['order_id']}/captures")
    assert status == 201

    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 0
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert len(saved["orders"]) == 7
    captured = next(r["order"] for r in saved["orders"] if r["order"]["order_id"] == created["order_id"])
    assert captured["status"] == "CAPTURED"


def test_a_port_in_use_is_reported_plainly(capsys):
    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        args = argparse.Namespace(host="127.0.0.1", port=port, orders=1, seed=1, state=None, username="u",
                                  password="p")
        assert serve_cli(args) == 1
    finally:
        taken.close()
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
