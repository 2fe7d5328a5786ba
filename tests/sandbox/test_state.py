"""The state file: survives restarts, is written atomically, and writes are coalesced."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest
from klarna_console import atomic
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.sandbox.state import StateFile

from fixtures.sandbox import FIXED_NOW, new_order_body


async def test_orders_captures_and_replays_survive_a_restart(tmp_path):
    path = tmp_path / "sandbox.json"
    with Sandbox(orders=12, seed=4, state_path=path, clock=Clock(at=FIXED_NOW)) as first:
        order = first.create_order(new_order_body())
        async with first.client() as om:
            capture_id = await om.capture_order(order.order_id, {"captured_amount": 1000}, idempotency_key="k-1")
            await om.acknowledge_order(order.order_id)
        ids = first.order_ids
    with Sandbox(orders=99, seed=5, state_path=path, clock=Clock(at=FIXED_NOW)) as second:
        # The saved state wins over --orders/--seed: nothing is generated again.
        assert second.order_ids == ids
        assert [c.capture_id for c in second.order(order.order_id).captures] == [capture_id]
        assert second.record(order.order_id).acknowledged
        async with second.client() as om:
            again = await om.capture_order(order.order_id, {"captured_amount": 1000}, idempotency_key="k-1")
        assert again == capture_id
        assert len(second.order(order.order_id).captures) == 1


def test_a_moved_clock_stays_moved_after_a_restart(tmp_path):
    path = tmp_path / "sandbox.json"
    with Sandbox(orders=3, state_path=path) as first:
        order = first.create_order(new_order_body())
        first.clock.advance(dt.timedelta(days=30))
    with Sandbox(state_path=path) as second:
        assert second.clock.offset == dt.timedelta(days=30)
        assert second.order(order.order_id).status == "EXPIRED"


def test_the_file_is_complete_json_with_no_leftovers(tmp_path):
    path = tmp_path / "nested" / "sandbox.json"
    with Sandbox(orders=5, state_path=path) as sandbox:
        sandbox.create_order(new_order_body())
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert len(saved["orders"]) == 6
    assert os.listdir(path.parent) == ["sandbox.json"]


def test_a_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "sandbox.json"
    with Sandbox(orders=2, state_path=path) as sandbox:
        before = path.read_bytes()
        sandbox.create_order(new_order_body())

        def broken_replace(src: str, dst: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic.os, "replace", broken_replace)
        with pytest.raises(OSError):
            sandbox.flush()
        assert path.read_bytes() == before
        assert os.listdir(tmp_path) == ["sandbox.json"]
        monkeypatch.undo()
    # The change that failed to be written is written on close.
    assert len(json.loads(path.read_text(encoding="utf-8"))["orders"]) == 3


def test_many_changes_make_one_write(tmp_path):
    snapshots = []

    def snapshot() -> bytes:
        snapshots.append(1)
        return b"{}"

    state_file = StateFile(tmp_path / "s.json", snapshot, delay=3600)
    for _ in range(1000):
        state_file.schedule()
    assert state_file.writes == 0
    state_file.close()
    assert (state_file.writes, len(snapshots)) == (1, 1)
    state_file.close()
    assert state_file.writes == 1  # nothing changed since


def test_a_change_is_written_shortly_without_closing(tmp_path):
    written = threading.Event()

    def snapshot() -> bytes:
        written.set()
        return b"{}"

    state_file = StateFile(tmp_path / "s.json", snapshot, delay=0.01)
    state_file.schedule()
    assert written.wait(10)
    state_file.close()
    assert (tmp_path / "s.json").read_bytes() == b"{}"


@pytest.mark.parametrize("content, message", [
    (b"not json", "is not a sandbox state file"),
    (b'{"version": 99}', "has state version 99"),
])
def test_a_foreign_file_is_refused_clearly(tmp_path, content, message):
    path = tmp_path / "sandbox.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        Sandbox(state_path=path)
    assert path.read_bytes() == content
