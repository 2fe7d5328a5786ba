"""Never twice, with real processes: no order is captured or refunded twice, no journal row is lost.

Each test runs the sandbox in its own process and drives the profile from child processes
(tests/processes/driver.py) over loopback HTTP, killing them with SIGKILL where the scenario says so.
Capture amounts are partial on purpose: the sandbox would accept a second capture of the same order,
so a guard that let one through would show up as two captures at Klarna. Each test prints its figures
(orders, kills, captures per order, requests sent, journal rows); run with -s to see them.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from .conftest import ORDER_AMOUNT, Driver, Harness, per_order

pytestmark = pytest.mark.slow

OPEN = ("intent", "unknown")


def listed(order_ids: list[str]) -> str:
    return ",".join(order_ids)


def lost_answer(events: list[dict[str, Any]], route: str = "/captures") -> bool:
    """A write's answer was lost (a 503 or a dropped connection after the sandbox applied it)."""
    return any(e["event"] == "answer" and e["method"] == "POST" and e["path"].endswith(route)
               and (e.get("status") == 503 or e.get("error")) for e in events)


def order_of(path: str) -> str:
    return path.split("/orders/", 1)[1].split("/", 1)[0]


def assert_no_row_lost(h: Harness, rows: list[dict[str, Any]]) -> None:
    """Every entry a driver reported (killed or not) is in the journal as reported, and every write that
    left carried the key of a journal row of that order, written before it left."""
    by_id = {row["id"]: row for row in rows}
    by_key = {row["idempotency_key"]: row for row in rows}
    for driver in h.drivers:
        for event in driver.of("entry"):
            row = by_id.get(event["id"])
            assert row is not None, f"journal entry {event['id']} reported by pid {driver.pid} is gone"
            assert (row["order_id"], row["idempotency_key"]) == (event["order_id"], event["key"])
        for send in driver.writes():
            row = by_key.get(send["key"])
            assert row is not None, f"{send['path']} left with key {send['key']} that no journal row holds"
            assert row["order_id"] == order_of(send["path"])


def assert_once(h: Harness, order_ids: list[str], action: str, rows: list[dict[str, Any]]) -> None:
    """Klarna shows exactly one capture (refund) per order, and the journal one succeeded row that names it."""
    kind = "captures" if action == "capture" else "refunds"
    item_id = "capture_id" if action == "capture" else "refund_id"
    orders = h.sandbox.orders()
    twice = {oid: len(orders[oid].get(kind) or []) for oid in order_ids if len(orders[oid].get(kind) or []) != 1}
    assert not twice, f"orders not {action}d exactly once at Klarna: {twice}"
    journal = per_order(rows, action)
    for oid in order_ids:
        states = [row["state"] for row in journal[oid]]
        assert states == ["succeeded"], f"{oid}: journal rows {states}, expected one succeeded {action}"
        assert journal[oid][0]["result_id"] == orders[oid][kind][0][item_id]


def figures(h: Harness, scenario: str, order_ids: list[str], action: str, rows: list[dict[str, Any]]) -> None:
    kind = "captures" if action == "capture" else "refunds"
    orders = h.sandbox.orders()
    per = [len(orders[oid].get(kind) or []) for oid in order_ids]
    sent = sum(len(d.writes(f"/{kind}")) for d in h.drivers)
    print(f"\nFIGURES {scenario}: orders={len(order_ids)} kills={h.kills} processes={len(h.drivers)} "
          f"{kind}_per_order=min {min(per)} max {max(per)} {kind}_requests_sent={sent} "
          f"journal_rows={len(rows)} ({action}: {len(per_order(rows, action))} orders)")


# --- a. two processes on one profile -----------------------------------------------------------------


def both_try_every_order(h: Harness, job: str, order_ids: list[str], amount: int) -> tuple[Driver, Driver]:
    """Two processes on the same files at once, each sending to every order in its own order."""
    shuffled = list(order_ids)
    random.Random(7).shuffle(shuffled)
    first = h.start(job, "--orders", listed(order_ids), "--amount", str(amount), no_lock=True)
    second = h.start(job, "--orders", listed(shuffled), "--amount", str(amount), no_lock=True)
    first.finish()
    second.finish()
    return first, second


def assert_one_wins_and_the_other_is_told_why(first: Driver, second: Driver, order_ids: list[str]) -> dict[str, int]:
    """Per order: one process's write succeeded, the other's was refused naming that entry; counts by reason."""
    reasons: dict[str, int] = {}
    for oid in order_ids:
        results = [e for d in (first, second) for e in d.of("result") if e["order_id"] == oid]
        refusals = [e for d in (first, second) for e in d.of("refused") if e["order_id"] == oid]
        assert [r["state"] for r in results] == ["succeeded"], (oid, results, refusals)
        [refused] = refusals
        assert refused["entry"] == results[0]["entry"], "the refusal names the entry that stands in the way"
        expected_state = OPEN if refused["kind"] == "OpenWrite" else ("succeeded",)
        assert refused["kind"] in ("OpenWrite", "RecentWrite") and refused["entry_state"] in expected_state, refused
        assert f"blocked by journal entry {refused['entry']}" in refused["message"]
        reasons[refused["kind"]] = reasons.get(refused["kind"], 0) + 1
    return reasons


def test_two_processes_on_one_profile_capture_and_refund_each_order_once(harness: Harness):
    h = harness
    order_ids = h.sandbox.create_orders(60)
    h.sandbox.faults(latency_ms=15)

    first, second = both_try_every_order(h, "capture", order_ids, 3_000)
    capture_reasons = assert_one_wins_and_the_other_is_told_why(first, second, order_ids)
    assert sum(len(d.writes("/captures")) for d in (first, second)) == len(order_ids), "one request per order"

    first, second = both_try_every_order(h, "refund", list(reversed(order_ids)), 1_000)
    refund_reasons = assert_one_wins_and_the_other_is_told_why(first, second, order_ids)
    assert sum(len(d.writes("/refunds")) for d in (first, second)) == len(order_ids)

    rows = h.journal()
    assert len(rows) == 2 * len(order_ids)
    assert_once(h, order_ids, "capture", rows)
    assert_once(h, order_ids, "refund", rows)
    assert_no_row_lost(h, rows)
    figures(h, "a/two processes, captures", order_ids, "capture", rows)
    figures(h, "a/two processes, refunds", order_ids, "refund", rows)
    print(f"refusals: captures {capture_reasons}, refunds {refund_reasons}")


# --- b. kill -9 with lost answers, restart with Klarna down ---------------------------------------------


def test_kill_9_with_lost_answers_then_klarna_down_then_back_captures_each_order_once(harness: Harness):
    h = harness
    order_ids = h.sandbox.create_orders(100)
    every = listed(order_ids)
    for run, mode in enumerate(("503", "drop", "503", "drop")):
        # The sandbox decides which applied capture loses its answer from its seed: the same ones every time.
        h.sandbox.faults(latency_ms=20, lost_response_rate=0.08, lost_mode=mode, seed=run + 11)
        # A long backoff keeps the driver waiting to resend when the answer is lost: killed right then.
        driver = h.start("capture", "--orders", every, "--amount", "2500", concurrency=4, retry_delay=30)
        assert driver.wait_for(lost_answer), f"run {run}: no answer was lost"
        h.kill(driver)

    # The window opens again and the user captures the rest: what was done or is open is refused.
    h.sandbox.faults(latency_ms=10, lost_response_rate=0.08, lost_mode="drop", seed=5)
    rest = h.run("capture", "--orders", every, "--amount", "2500", concurrency=4)
    refused = {e["order_id"]: e for e in rest.of("refused")}
    open_rows = [row for row in h.journal() if row["state"] in OPEN]
    assert open_rows, "the kills left captures whose outcome is unknown"
    for row in open_rows:
        assert refused[row["order_id"]]["kind"] == "OpenWrite"
        assert refused[row["order_id"]]["entry"] == row["id"]
    open_orders = [row["order_id"] for row in open_rows]

    # Restart with Klarna down: the resume resends with the entries' keys and cannot finish.
    h.sandbox.faults(error_rate=1.0, error_status=503)
    down = h.run("resume", max_retries=0)
    [resumed] = down.of("resumed")
    assert sorted(r["id"] for r in resumed["results"]) == sorted(row["id"] for row in open_rows)
    assert all(r["state"] in OPEN for r in resumed["results"])
    assert {s["key"] for s in down.writes("/captures")} == {row["idempotency_key"] for row in open_rows}

    # Klarna answers again; a new capture on those orders is refused by the journal, nothing leaves.
    h.sandbox.faults()
    before = h.sandbox.captures_per_order()
    again = h.run("capture", "--orders", listed(open_orders), "--amount", "2500")
    assert {e["order_id"]: e["kind"] for e in again.of("refused")} == dict.fromkeys(open_orders, "OpenWrite")
    assert again.writes() == [] and again.of("entry") == []
    assert h.sandbox.captures_per_order() == before

    # Klarna is back and two desks start at once on the same files: both resume, with the entries' own keys.
    desks = [h.start("resume", no_lock=True, max_retries=0) for _ in range(2)]
    for desk in desks:
        desk.finish()
    results = [r for desk in desks for r in desk.of("resumed")[0]["results"]]
    assert {r["id"] for r in results} == {row["id"] for row in open_rows}
    assert all(r["state"] == "succeeded" for r in results)
    keys = {row["id"]: row["idempotency_key"] for row in open_rows}
    assert all(r["key"] == keys[r["id"]] for r in results)
    assert {s["key"] for desk in desks for s in desk.writes()} <= set(keys.values())

    rows = h.journal()
    assert len(rows) == len(order_ids), "one journal row per attempted order"
    assert_once(h, order_ids, "capture", rows)
    assert_no_row_lost(h, rows)
    figures(h, "b/kill -9, lost answers, Klarna down", order_ids, "capture", rows)
    print(f"open after the kills: {len(open_rows)}; resent by the two desks: "
          f"{[len(desk.writes('/captures')) for desk in desks]}")


# --- c. Retry of a 25-hour-old entry -----------------------------------------------------------------


def test_a_25_hour_old_entry_is_never_resent_and_check_with_klarna_settles_it(harness: Harness):
    h = harness
    applied, not_applied = h.sandbox.create_orders(2)
    # One capture applied at Klarna whose answer was lost, one that never got there (Klarna down).
    h.sandbox.faults(lost_response_rate=1.0, lost_mode="drop")
    h.run("capture", "--orders", applied, "--amount", "2500", max_retries=0, sandbox_clock=True)
    h.sandbox.faults(error_rate=1.0, error_status=503)
    h.run("capture", "--orders", not_applied, "--amount", "2500", max_retries=0, sandbox_clock=True)
    h.sandbox.faults()
    entries = {row["order_id"]: row for row in h.journal()}
    assert [entries[o]["state"] for o in (applied, not_applied)] == ["unknown", "unknown"]
    assert h.sandbox.captures_per_order() == {applied: 1, not_applied: 0}

    h.sandbox.advance_clock(hours=25)
    # Retry past the key's lifetime: Klarna has forgotten the key and would capture again. Nothing is sent.
    for oid in (applied, not_applied):
        retried = h.run("retry", "--entry", str(entries[oid]["id"]), sandbox_clock=True)
        assert [(e["kind"], e["entry"]) for e in retried.of("refused")] == [("KeyExpired", entries[oid]["id"])]
        assert retried.writes() == []
    # A restart leaves them for a person; a new capture is still refused.
    resumed = h.run("resume", sandbox_clock=True)
    [report] = resumed.of("resumed")
    assert report["results"] == [] and sorted(e["id"] for e in report["too_old"]) == sorted(
        entries[o]["id"] for o in (applied, not_applied))
    blocked = h.run("capture", "--orders", listed([applied, not_applied]), "--amount", "2500", sandbox_clock=True)
    assert sorted(e["kind"] for e in blocked.of("refused")) == ["OpenWrite", "OpenWrite"]
    assert resumed.writes() == [] and blocked.writes() == []
    assert h.sandbox.captures_per_order() == {applied: 1, not_applied: 0}

    # Check with Klarna finds the applied one; the other is marked not applied with a note.
    found = h.run("check", "--entry", str(entries[applied]["id"]), sandbox_clock=True)
    [checked] = found.of("checked")
    assert checked["found"] and checked["state"] == "succeeded"
    assert checked["matched"] == h.sandbox.orders()[applied]["captures"][0]["capture_id"]
    closed = h.run("check", "--entry", str(entries[not_applied]["id"]), "--not-applied",
                   "Klarna's order shows no capture; checked in the Merchant Portal", sandbox_clock=True)
    [checked] = closed.of("checked")
    assert not checked["found"] and (checked["state"], checked["error_code"]) == ("failed", "MARKED_NOT_APPLIED")

    # Now the user may capture the one that was not applied; the applied one asks for confirmation instead.
    final = h.run("capture", "--orders", listed([applied, not_applied]), "--amount", "2500", sandbox_clock=True)
    assert [(e["order_id"], e["kind"]) for e in final.of("refused")] == [(applied, "RecentWrite")]
    assert [(e["order_id"], e["state"]) for e in final.of("result")] == [(not_applied, "succeeded")]
    assert h.sandbox.captures_per_order() == {applied: 1, not_applied: 1}
    rows = h.journal()
    assert_no_row_lost(h, rows)
    figures(h, "c/25-hour-old entry", [applied, not_applied], "capture", rows)


# --- d. bulk re-run after a crash with another selection --------------------------------------------


def test_a_bulk_rerun_after_a_crash_with_a_wider_selection_captures_nothing_twice(harness: Harness):
    h = harness
    order_ids = h.sandbox.create_orders(60)
    h.run("sync", "--orders", listed(order_ids))  # the cache the second plan is made from, stale by then
    first_selection = order_ids[:40]
    h.sandbox.faults(latency_ms=20, lost_response_rate=0.1, lost_mode="drop", seed=4)
    crashed = h.start("bulk", "--orders", listed(first_selection), concurrency=4, retry_delay=30)
    assert crashed.wait_for(lambda events: lost_answer(events) and any(
        e["event"] == "entry" and e["state"] == "succeeded" for e in events)), "no answer was lost in the first run"
    h.kill(crashed)
    after_crash = per_order(h.journal(), "capture")
    done = {oid for oid, rows in after_crash.items() if rows[-1]["state"] == "succeeded"}
    open_keys = {oid: rows[-1]["idempotency_key"] for oid, rows in after_crash.items() if rows[-1]["state"] in OPEN}
    assert done and open_keys, (done, open_keys)

    h.sandbox.faults(latency_ms=10, lost_response_rate=0.1, lost_mode="503", seed=9)
    rerun = h.run("bulk", "--orders", listed(order_ids), concurrency=4)
    [plan] = rerun.of("plan")
    assert {i["order_id"] for i in plan["skipped"]} == done
    assert all(i["reason"] == "bulk_done_before" for i in plan["skipped"])
    resumed = {i["order_id"]: i["key"] for i in plan["allowed"] if i["open_entry"] is not None}
    assert resumed == open_keys, "open entries are resumed with their own keys"
    assert plan["refused"] == []
    assert all(i["amount"] == ORDER_AMOUNT for i in plan["allowed"])
    for send in rerun.writes("/captures"):
        oid = order_of(send["path"])
        assert oid not in done, f"{oid} was done by the first run and sent again"
        if oid in open_keys:
            assert send["key"] == open_keys[oid]
    [report] = rerun.of("report")
    outcomes = {o["order_id"]: o["outcome"] for o in report["outcomes"]}
    assert outcomes == {oid: "skipped" if oid in done else "succeeded" for oid in order_ids}

    rows = h.journal()
    assert len(rows) == len(order_ids)
    assert_once(h, order_ids, "capture", rows)
    assert_no_row_lost(h, rows)
    figures(h, "d/bulk re-run after a crash", order_ids, "capture", rows)
    print(f"done before the crash: {len(done)}, open: {len(open_keys)}")


# --- e. the profile lock across processes -------------------------------------------------------------


def test_a_second_process_only_looks_until_the_holder_is_killed(harness: Harness):
    h = harness
    [order_id] = h.sandbox.create_orders(1)
    # An unknown capture waits in the journal (Klarna was down when it was sent).
    h.sandbox.faults(error_rate=1.0, error_status=503)
    h.run("capture", "--orders", order_id, "--amount", "2500", max_retries=0)
    h.sandbox.faults()
    [waiting] = h.journal()
    assert waiting["state"] == "unknown"

    holder = h.start("hold")
    assert holder.wait_for(lambda events: any(e["event"] == "ready" for e in events))
    [ready] = holder.of("ready")
    assert ready["held_elsewhere"] is None and not ready["read_only"]

    looker = h.run("capture", "--orders", order_id, "--amount", "2500", "--resume-first")
    [ready] = looker.of("ready")
    assert ready["held_elsewhere"] == holder.pid and ready["read_only"]
    [resumed] = looker.of("resumed")
    assert resumed["results"] == [] and [e["id"] for e in resumed["too_old"]] == [waiting["id"]]
    assert [(e["kind"], e["code"]) for e in looker.of("refused")] == [("ActionRefused", "READ_ONLY")]
    assert looker.writes() == []
    assert h.sandbox.captures_per_order() == {order_id: 0}

    h.kill(holder)
    successor = h.run("capture", "--orders", order_id, "--amount", "2500", "--resume-first")
    [ready] = successor.of("ready")
    assert ready["held_elsewhere"] is None and not ready["read_only"], "a killed holder leaves no lock behind"
    [resumed] = successor.of("resumed")
    assert [(r["id"], r["key"], r["state"]) for r in resumed["results"]] == [
        (waiting["id"], waiting["idempotency_key"], "succeeded")]
    assert [e["kind"] for e in successor.of("refused")] == ["RecentWrite"]
    rows = h.journal()
    assert len(rows) == 1
    assert_once(h, [order_id], "capture", rows)
    assert_no_row_lost(h, rows)
    figures(h, "e/profile lock", [order_id], "capture", rows)
