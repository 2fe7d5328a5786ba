"""Real processes: the sandbox served by its own process, and drivers (tests/processes/driver.py) a test can kill -9.

Every child is killed and reaped when its test ends, whatever happened; every wait is bounded.
"""

from __future__ import annotations

import collections
import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from klarna_console.paths import Paths
from klarna_console.store import Store

DRIVER = Path(__file__).with_name("driver.py")
PROFILE_ID = "shop"
USERNAME = "shop-user"
PASSWORD = "pw-not-a-real-secret-7781"
START_LIMIT = 30.0  # seconds for a child to say it is ready (the machine is shared and busy)
RUN_LIMIT = 60.0  # seconds for a driver's whole job
ORDER_AMOUNT = 10_000

Event = dict[str, Any]


class SandboxProcess:
    """`python -m klarna_console sandbox` in its own process, and its admin routes (faults, clock, orders)."""

    def __init__(self, folder: Path) -> None:
        command = [sys.executable, "-m", "klarna_console", "sandbox", "--port", "0", "--orders", "0",
                   "--username", USERNAME, "--password", PASSWORD]
        self._log = (folder / "sandbox.log").open("w")
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self._log,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            self.url = self._banner_url()
        except BaseException:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise
        # Keep reading what it prints (uvicorn's access log): a full pipe would block the whole server
        # once a few hundred requests were logged, and every client would time out.
        self._drain = threading.Thread(target=self._copy_output, daemon=True)
        self._drain.start()
        self.http = httpx.Client(base_url=self.url, auth=(USERNAME, PASSWORD), timeout=30)

    def _copy_output(self) -> None:
        assert self.proc.stdout is not None
        for line in iter(self.proc.stdout.readline, b""):
            self._log.write(line.decode(errors="replace"))

    def _banner_url(self) -> str:
        assert self.proc.stdout is not None
        fd, text = self.proc.stdout.fileno(), ""
        deadline = time.monotonic() + START_LIMIT
        while "  try:" not in text:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"the sandbox printed no banner within {START_LIMIT} s"
            chunk = os.read(fd, 4096)
            assert chunk, f"the sandbox exited early with {self.proc.wait(timeout=5)}"
            text += chunk.decode()
        line = next(line for line in text.splitlines() if line.startswith("Klarna Order Management sandbox at "))
        return line.rsplit(" ", 1)[1].strip()

    def create_orders(self, count: int, amount: int = ORDER_AMOUNT) -> list[str]:
        """New authorized orders of one line each; their ids in creation order."""
        ids = []
        for n in range(count):
            reply = self.http.post("/sandbox/v1/orders", json={
                "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": amount,
                "order_lines": [{"name": f"Rain jacket {n}", "quantity": 1, "unit_price": amount,
                                 "total_amount": amount}],
            })
            assert reply.status_code == 201, reply.text
            ids.append(reply.json()["order_id"])
        return ids

    def capture_directly(self, order_id: str, amount: int) -> None:
        """A capture made outside the console (the shop system), before the test's processes start."""
        reply = self.http.post(f"/ordermanagement/v1/orders/{order_id}/captures", json={"captured_amount": amount})
        assert reply.status_code == 201, reply.text

    def faults(self, **settings: Any) -> None:
        """Replace the fault settings (fields left out are off)."""
        reply = self.http.post("/sandbox/v1/faults", json=settings)
        assert reply.status_code == 200, reply.text

    def advance_clock(self, **delta: int) -> None:
        reply = self.http.post("/sandbox/v1/clock", json=delta)
        assert reply.status_code == 200, reply.text

    def orders(self) -> dict[str, dict[str, Any]]:
        """Every order as Klarna has it now (captures and refunds included), by id."""
        reply = self.http.get("/sandbox/v1/orders", params={"limit": 1000, "full": 1})
        assert reply.status_code == 200, reply.text
        return {o["order_id"]: o for o in reply.json()["orders"]}

    def captures_per_order(self) -> dict[str, int]:
        return {oid: len(o.get("captures") or []) for oid, o in self.orders().items()}

    def refunds_per_order(self) -> dict[str, int]:
        return {oid: len(o.get("refunds") or []) for oid, o in self.orders().items()}

    def stop(self) -> None:
        self.http.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._drain.join(timeout=10)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._log.close()


class Driver:
    """One running driver: its events as they arrive (a reader thread keeps the pipe drained)."""

    def __init__(self, command: list[str], log: Path) -> None:
        self.log = log
        self._stderr = log.open("w")
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.events: list[Event] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            try:
                event = json.loads(raw)
            except json.JSONDecodeError:
                continue  # a line cut short by kill -9
            with self._changed:
                self.events.append(event)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_for(self, predicate: Callable[[list[Event]], bool], limit: float = RUN_LIMIT) -> bool:
        """Wait until the events so far satisfy `predicate`; False if the driver ended first or time ran out."""
        deadline = time.monotonic() + limit
        with self._changed:
            while not predicate(self.events):
                left = deadline - time.monotonic()
                if left <= 0 or (not self._reader.is_alive()):
                    return predicate(self.events)
                self._changed.wait(min(left, 0.5))
        return True

    def go(self) -> None:
        """Let a driver started with start_on_go begin its job."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """kill -9, and reap it."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)

    def finish(self, limit: float = RUN_LIMIT) -> list[Event]:
        """Wait for the job to end by itself (killed if it overruns); its events. Fails if it did not end well."""
        try:
            code = self.proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the driver overran {limit} s; its log: {self.log.read_text()[-3000:]}") from None
        self._reader.join(timeout=30)
        assert code == 0, f"the driver exited with {code}: {self.log.read_text()[-3000:]}"
        assert self.events and self.events[-1]["event"] == "done", self.events[-3:]
        return self.events

    def close(self) -> None:
        self.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self._stderr.close()

    def of(self, kind: str) -> list[Event]:
        return [e for e in self.events if e["event"] == kind]

    def writes(self, path_end: str = "") -> list[Event]:
        """Write requests this driver sent (announced before leaving), optionally those to a route ending so."""
        return [e for e in self.of("send") if e["method"] != "GET" and e["path"].endswith(path_end)]


class Harness:
    """A test's sandbox process, base directory, and the drivers it started (all killed at the end)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.base = folder / "app"
        self.sandbox = SandboxProcess(folder)
        self.drivers: list[Driver] = []
        self.kills = 0

    def start(self, job: str, *job_args: str, no_lock: bool = False, max_retries: int = 2,
              retry_delay: float = 0.5, sandbox_clock: bool = False, concurrency: int = 1,
              base: Path | None = None, team: tuple[str, str] | None = None, start_on_go: bool = False) -> Driver:
        """A driver on this test's sandbox; `base` another desk's directory, `team` (URL, agent) a team store."""
        command = [sys.executable, str(DRIVER), "--base", str(base or self.base), "--url", self.sandbox.url,
                   "--username", USERNAME, "--password", PASSWORD, "--max-retries", str(max_retries),
                   "--retry-delay", str(retry_delay), "--concurrency", str(concurrency)]
        command += ["--no-lock"] * no_lock + ["--sandbox-clock"] * sandbox_clock
        command += ["--team-store", team[0], "--agent", team[1]] if team else []
        command += ["--start-on-go"] * start_on_go
        command += [job, *job_args]
        driver = Driver(command, self.folder / f"driver-{len(self.drivers)}.log")
        self.drivers.append(driver)
        return driver

    def run(self, job: str, *job_args: str, **options: Any) -> Driver:
        """Start a driver and wait for it to finish its job."""
        driver = self.start(job, *job_args, **options)
        driver.finish()
        return driver

    def kill(self, driver: Driver) -> None:
        """kill -9 a driver that is still running (counted in the figures)."""
        assert driver.proc.poll() is None, "the driver ended before it could be killed"
        driver.kill()
        self.kills += 1

    def journal(self) -> list[dict[str, Any]]:
        """Every journal row of the profile, oldest first (read with no driver running)."""
        with Store.open(Paths.resolve(self.base), PROFILE_ID) as store:
            conn = store.db.connection()
            conn.row_factory = sqlite3.Row
            return [dict(row) for row in conn.execute("SELECT * FROM journal ORDER BY id")]

    def close(self) -> None:
        for driver in self.drivers:
            driver.close()
        self.sandbox.stop()


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    """A sandbox process and a base directory for drivers; every child is killed and reaped afterwards."""
    h = Harness(tmp_path)
    try:
        yield h
    finally:
        h.close()


def per_order(rows: list[dict[str, Any]], action: str) -> dict[str, list[dict[str, Any]]]:
    """Journal rows of one action, by order."""
    found: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for row in rows:
        if row["action"] == action:
            found[row["order_id"]].append(row)
    return found
