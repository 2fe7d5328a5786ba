"""Bulk runs plan from every journal entry of each order and stop cleanly when the journal fails."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.reasons import Code
from klarna_console.services.actions import ActionRequest
from klarna_console.services.bulk import BulkRunner

from .conftest import World


def runner(w: World) -> BulkRunner:
    return BulkRunner(w.actions, w.store, "test-profile", w.now, concurrency=8)


def capturable(w: World) -> list:
    return [o for o in (w.sandbox.order(i) for i in w.sandbox.order_ids) if rules.can_capture(o, w.now())]


async def test_a_rerun_with_another_selection_after_a_crash_sends_nothing_twice(world: World):
    orders = capturable(world)
    assert len(orders) >= 6
    first_half, rest = orders[: len(orders) // 2], orders[len(orders) // 2:]
    # Run 1 captures the first half; then the window dies before the cache is refreshed, so the
    # cache still shows those orders as fully capturable.
    report = await runner(world).run(await runner(world).plan(Action.CAPTURE, first_half))
    assert report.count("succeeded") == len(first_half)
    world.sandbox.clock.advance(dt.timedelta(minutes=30))  # past the guard's "minutes ago" question
    # Run 2, a different selection (all of them), planned from the stale cache.
    stale = [(await world.store.get_order(o.order_id)).order for o in orders]
    assert all(o.remaining_authorized_amount for o in stale), "the cache still offers every order"
    plan = await runner(world).plan(Action.CAPTURE, stale)
    assert {i.order_id for i in plan.skipped} == {o.order_id for o in first_half}
    assert all(i.why is not None and i.why.code == Code.BULK_DONE_BEFORE for i in plan.skipped)
    assert {i.order_id for i in plan.allowed} == {o.order_id for o in rest}
    captures_before = len(world.spy.writes("/captures"))
    await runner(world).run(plan)
    assert len(world.spy.writes("/captures")) - captures_before == len(rest)
    for order in orders:
        after = world.sandbox.order(order.order_id)
        assert after.remaining_authorized_amount == 0
        assert len(after.captures) == len(order.captures or []) + 1, "each order captured exactly once"


async def test_amounts_come_from_a_read_newer_than_the_last_write(world: World):
    order = capturable(world)[0]
    # A write journaled after the order was cached (its re-read lost), and a colleague's capture.
    stale_copy = (await world.store.get_order(order.order_id)).order
    world.sandbox.clock.advance(dt.timedelta(minutes=1))
    done = await world.actions.perform(ActionRequest(Action.EXTEND_AUTHORIZATION, order.order_id), refresh=False)
    assert done.succeeded
    async with world.sandbox.client() as colleague:
        await colleague.capture_order(order.order_id, {"captured_amount": 200})
    reads = len([r for r in world.spy.requests if r.method == "GET"])
    plan = await runner(world).plan(Action.CAPTURE, [stale_copy])
    assert len([r for r in world.spy.requests if r.method == "GET"]) == reads + 1, "the stale order was re-read"
    [item] = plan.allowed
    assert item.request.amount == order.remaining_authorized_amount - 200


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
async def test_an_open_entry_older_than_its_key_is_not_resumed_by_a_bulk_plan(world: World):
    order = capturable(world)[0]
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    quiet = await world.reopen(max_retries=0)
    lost = await quiet.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 100}))
    assert lost.unknown
    world.sandbox.faults.configure(error_rate=0.0)
    bulk = runner(quiet)
    # Inside its lifetime: resumed with its key.
    [resumed] = (await bulk.plan(Action.CAPTURE, [order])).allowed
    assert resumed.open_entry.idempotency_key == lost.entry.idempotency_key
    # Past 23 hours: refused, left for Check with Klarna.
    world.sandbox.clock.advance(dt.timedelta(hours=24))
    plan = await bulk.plan(Action.CAPTURE, [order])
    assert plan.allowed == [] and [i.error_code for i in plan.refused] == ["KEY_EXPIRED"]
    await quiet.close()


async def test_a_failed_journal_write_stops_the_run_and_the_report_says_what_was_sent(world: World, monkeypatch):
    orders = capturable(world)
    plan = await runner(world).plan(Action.CAPTURE, orders)
    real = world.store.add_intent
    calls = 0

    async def filling_up(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > 3:
            raise sqlite3.OperationalError("database or disk is full")
        return await real(*args, **kwargs)

    monkeypatch.setattr(world.store, "add_intent", filling_up)
    bulk = BulkRunner(world.actions, world.store, "test-profile", world.now, concurrency=1)
    report = await bulk.run(plan)
    assert report.journal_error == "database or disk is full"
    assert report.count("succeeded") == 3
    assert len(world.spy.writes("/captures")) == 3, "nothing is sent without its journal row"
    assert report.count("not_sent") == len(plan.allowed) - 3
    assert report.cancelled
