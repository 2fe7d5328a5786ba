"""The core's event stream: many subscribers, none able to silence another, always called on the bus's loop;
and what the services announce for a write (journaled, finished, order re-read)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading

import pytest
from klarna_console.domain.rules import Action
from klarna_console.services.actions import ActionRequest
from klarna_console.services.events import (
    Event,
    EventBus,
    ImportProgress,
    JournalEntryAdded,
    JournalEntryEvent,
    JournalEntryFinished,
    JournalEntryUpdated,
    OrderChanged,
    OrdersChangedElsewhere,
)
from klarna_console.store import JournalState

from .conftest import World


async def test_every_subscriber_hears_every_event_in_the_order_published():
    bus = EventBus()
    first: list[Event] = []
    second: list[Event] = []
    everything: list[Event] = []
    bus.subscribe(ImportProgress, first.append)
    bus.subscribe(ImportProgress, second.append)
    bus.subscribe(Event, everything.append)  # a base class hears its subclasses
    published = [ImportProgress("a", n, 3) for n in (1, 2, 3)] + [OrdersChangedElsewhere()]
    for event in published:
        bus.publish(event)
    assert first == second == published[:3]
    assert everything == published


@pytest.mark.expect_log("klarna_console.services.events", r"^a subscriber to \w+ failed")
async def test_a_failing_subscriber_is_logged_and_the_others_still_hear_it(caplog):
    bus = EventBus()
    heard: list[Event] = []

    def broken(_event: Event) -> None:
        raise ValueError("a listener's bug")

    bus.subscribe(OrdersChangedElsewhere, heard.append)
    bus.subscribe(OrdersChangedElsewhere, broken)
    bus.subscribe(OrdersChangedElsewhere, heard.append)
    with caplog.at_level(logging.ERROR, logger="klarna_console.services.events"):
        bus.publish(OrdersChangedElsewhere())  # the publisher is not hurt either
    assert heard == [OrdersChangedElsewhere()] * 2
    failures = [r for r in caplog.records if r.name == "klarna_console.services.events"]
    assert len(failures) == 1 and failures[0].exc_info and "a listener's bug" in str(failures[0].exc_info[1])


async def test_events_published_from_a_worker_thread_are_delivered_on_the_loop():
    bus = EventBus()
    loop_thread = threading.get_ident()
    arrived = asyncio.Event()
    threads: list[int] = []
    seen: list[int] = []

    def on_progress(event: ImportProgress) -> None:
        threads.append(threading.get_ident())
        seen.append(event.done)
        if event.done == 50:
            arrived.set()

    bus.subscribe(ImportProgress, on_progress)

    def worker() -> None:
        for n in range(1, 51):
            bus.publish(ImportProgress("thread", n, 50))

    await asyncio.to_thread(worker)
    await asyncio.wait_for(arrived.wait(), timeout=10)
    assert seen == list(range(1, 51)), "in the order published"
    assert set(threads) == {loop_thread}


async def test_unsubscribe_stops_delivery_and_can_be_called_twice():
    bus = EventBus()
    kept: list[Event] = []
    dropped: list[Event] = []
    bus.subscribe(OrdersChangedElsewhere, kept.append)
    handle = bus.subscribe(OrdersChangedElsewhere, dropped.append)
    bus.publish(OrdersChangedElsewhere())
    handle()
    handle.cancel()
    bus.publish(OrdersChangedElsewhere())
    assert len(kept) == 2 and len(dropped) == 1
    assert not handle.active


async def test_a_subscriber_cancelled_before_a_queued_event_arrives_does_not_get_it():
    bus = EventBus()
    heard: list[Event] = []
    handle = bus.subscribe(OrdersChangedElsewhere, heard.append)
    worker = threading.Thread(target=bus.publish, args=(OrdersChangedElsewhere(),))
    worker.start()
    worker.join()  # the loop is held here: the event waits in its queue
    handle()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert heard == []


def test_events_are_frozen():
    event = ImportProgress("job", 1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.done = 2  # type: ignore[misc]


async def test_a_capture_announces_journaled_then_finished_then_the_order_re_read(world: World):
    order = world.capturable()
    heard: list[Event] = []
    world.actions.events.subscribe(Event, heard.append)
    result = await world.actions.perform(
        ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": order.remaining_authorized_amount}))
    assert result.succeeded
    assert [type(e) for e in heard] == [JournalEntryAdded, JournalEntryFinished, OrderChanged]
    added, finished, changed = heard
    assert isinstance(added, JournalEntryAdded) and added.entry.state == JournalState.INTENT
    assert added.entry.order_id == order.order_id and added.entry.action == "capture"
    assert isinstance(finished, JournalEntryFinished) and finished.entry.id == added.entry.id
    assert finished.entry.state == JournalState.SUCCEEDED and finished.entry.result_id == result.entry.result_id
    assert isinstance(changed, OrderChanged) and changed.order_id == order.order_id
    assert changed.order.captured_amount == order.remaining_authorized_amount
    assert changed.order.status == "CAPTURED", "the event carries the order as Klarna has it after the write"


@pytest.mark.expect_log("klarna_console.services.actions", r"^capture on \S+: unknown")
async def test_an_unanswered_write_is_announced_as_still_open_and_its_retry_as_finished(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    no_retry = await world.reopen(max_retries=0)
    try:
        journal: list[JournalEntryEvent] = []
        no_retry.actions.events.subscribe(JournalEntryEvent, journal.append)
        result = await no_retry.actions.perform(
            ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 500}), refresh=False)
        assert result.unknown
        assert [type(e) for e in journal] == [JournalEntryAdded, JournalEntryUpdated]
        assert journal[-1].entry.state == JournalState.UNKNOWN
        world.sandbox.faults.configure(lost_response_rate=0.0)
        again = await no_retry.actions.retry(result.entry, refresh=False)
        assert again.succeeded
        # The retry counts its attempt (still open), then records the outcome.
        assert [type(e) for e in journal[2:]] == [JournalEntryUpdated, JournalEntryFinished]
        assert {e.entry.id for e in journal} == {result.entry.id}
    finally:
        await no_retry.close()


async def test_an_import_announces_each_order_and_its_progress_on_one_bus(world: World):
    ids = world.sandbox.order_ids[:5]
    heard: list[Event] = []
    world.orders.events.subscribe(Event, heard.append)
    await world.orders.import_ids(ids, job="mine")
    progress = [e for e in heard if isinstance(e, ImportProgress)]
    assert [(e.job, e.done, e.total) for e in progress] == [("mine", n, 5) for n in range(1, 6)]
    assert sorted(e.order_id for e in heard if isinstance(e, OrderChanged)) == sorted(ids)

