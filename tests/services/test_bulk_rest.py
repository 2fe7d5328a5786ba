"""A bulk "capture in full" captures what is left of an order partly captured before (a partial shipment)."""

from __future__ import annotations

import datetime as dt

from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.reasons import Code
from klarna_console.services.actions import ActionRequest
from klarna_console.services.bulk import BulkRunner

from .conftest import World


async def test_an_order_partly_captured_in_a_dialog_gets_its_rest_captured_by_a_bulk_run(world: World):
    partly, untouched = [o for o in (world.sandbox.order(i) for i in world.sandbox.order_ids)
                         if o.status == "AUTHORIZED" and rules.can_capture(o, world.now())][:2]
    first = await world.actions.perform(ActionRequest(Action.CAPTURE, partly.order_id,
                                                      body={"captured_amount": 1000}))
    assert first.succeeded
    world.sandbox.clock.advance(dt.timedelta(minutes=30))  # past the guard's "minutes ago" question
    cached = [(await world.store.get_order(o.order_id)).order for o in (partly, untouched)]
    bulk = BulkRunner(world.actions, world.store, "test-profile", world.now)
    plan = await bulk.plan(Action.CAPTURE, cached)
    # The earlier capture was of part of the order: the rest is still to capture, not "done before".
    assert plan.skipped == []
    assert {i.order_id: i.request.amount for i in plan.allowed} == {
        partly.order_id: partly.order_amount - 1000, untouched.order_id: untouched.order_amount}
    report = await bulk.run(plan)
    assert report.count("succeeded") == 2
    after = world.sandbox.order(partly.order_id)
    assert [c.captured_amount for c in after.captures] == [1000, partly.order_amount - 1000]
    assert after.remaining_authorized_amount == 0
    # Run again: now there is nothing left, and that is "done before".
    again = await bulk.plan(Action.CAPTURE, [(await world.store.get_order(o.order_id)).order for o in (partly, untouched)])
    assert {i.order_id for i in again.skipped} == {partly.order_id, untouched.order_id}
    assert all(i.why is not None and i.why.code == Code.BULK_DONE_BEFORE for i in again.skipped)


async def test_an_order_cached_in_the_same_second_as_its_last_write_is_read_again(world: World):
    # The sandbox's clock counts whole seconds (and stands still here): the copy and the write share a stamp.
    order = next(o for o in (world.sandbox.order(i) for i in world.sandbox.order_ids)
                 if o.status == "AUTHORIZED" and rules.can_capture(o, world.now()))
    cached = (await world.store.get_order(order.order_id)).order
    done = await world.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 1000}),
                                       refresh=False)
    assert done.entry.updated_at == (await world.store.get_order(order.order_id)).fetched_at
    world.sandbox.clock.advance(dt.timedelta(minutes=30))
    bulk = BulkRunner(world.actions, world.store, "test-profile", world.now)
    [item] = (await bulk.plan(Action.CAPTURE, [cached])).allowed
    assert item.request.amount == order.order_amount - 1000, "planned from a read after the write"
