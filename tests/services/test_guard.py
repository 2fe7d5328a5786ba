"""The guard: a second send for the same order never captures or refunds twice (issue "Never twice")."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets

import pytest
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.log import register_secret
from klarna_console.services.actions import (
    ESCALATION,
    ActionRefused,
    ActionRequest,
    KeyExpired,
    OpenWrite,
    OrderChanged,
    RecentWrite,
)
from klarna_console.store import NOT_APPLIED, JournalState

from .conftest import World, make_world


def capture(order_id: str, amount: int) -> ActionRequest:
    return ActionRequest(Action.CAPTURE, order_id, body={"captured_amount": amount})


async def lost_capture(world: World, order_id: str, amount: int, mode: str = "drop") -> World:
    """A capture whose answer is lost (applied at Klarna in "drop" mode); returns the world without retries."""
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode=mode)
    quiet = await world.reopen(max_retries=0)
    result = await quiet.actions.perform(capture(order_id, amount))
    assert result.unknown
    world.sandbox.faults.configure(lost_response_rate=0.0)
    return quiet


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
async def test_an_unknown_capture_blocks_a_new_one_even_after_a_restart_with_klarna_down(world: World):
    order = world.capturable()
    quiet = await lost_capture(world, order.order_id, 700)
    # "Restart" with Klarna down: the resume cannot finish it, so it stays open.
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    again = await quiet.reopen(max_retries=0)
    resumed, _old = await again.actions.resume_open_intents()
    assert [r.unknown for r in resumed] == [True]
    world.sandbox.faults.configure(error_rate=0.0)
    # The user opens Capture again and sends: refused by the journal, nothing leaves.
    before = len(world.spy.writes("/captures")) + len(again.spy.writes("/captures"))
    with pytest.raises(OpenWrite) as blocked:
        await again.actions.perform(capture(order.order_id, 700))
    assert blocked.value.entry.idempotency_key == resumed[0].entry.idempotency_key
    assert len(world.spy.writes("/captures")) + len(again.spy.writes("/captures")) == before
    assert len(world.sandbox.order(order.order_id).captures) == 1
    await again.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
async def test_check_with_klarna_finds_the_capture_and_a_second_one_needs_explicit_confirmation(world: World):
    order = world.capturable()
    quiet = await lost_capture(world, order.order_id, 700)
    [entry] = await quiet.store.open_intents()
    settled = await quiet.actions.check_with_klarna(entry)
    applied = world.sandbox.order(order.order_id).captures[0]
    assert settled.found and settled.matched_id == applied.capture_id
    assert settled.entry.state is JournalState.SUCCEEDED and settled.entry.result_id == applied.capture_id
    # Minutes later the same capture again: the guard asks, naming the one just made.
    with pytest.raises(RecentWrite) as recent:
        await quiet.actions.perform(capture(order.order_id, 700))
    assert recent.value.entry.id == entry.id
    assert len(world.sandbox.order(order.order_id).captures) == 1
    # Confirmed explicitly (the user was shown that entry): it goes.
    second = await quiet.actions.perform(capture(order.order_id, 700), confirmed_recent=entry.id)
    assert second.succeeded
    assert len(world.sandbox.order(order.order_id).captures) == 2
    # Past ten minutes nobody is asked any more.
    world.sandbox.clock.advance(dt.timedelta(minutes=11))
    assert (await quiet.actions.perform(capture(order.order_id, 100))).succeeded
    await quiet.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
async def test_a_capture_another_entry_claims_is_not_matched_twice(world: World):
    order = world.capturable()
    done = await world.actions.perform(capture(order.order_id, 700))
    assert done.succeeded
    world.sandbox.clock.advance(dt.timedelta(minutes=11))
    # The same amount again, but this time Klarna never got it (503 before anything is applied).
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    quiet = await world.reopen(max_retries=0)
    lost = await quiet.actions.perform(capture(order.order_id, 700))
    assert lost.unknown
    world.sandbox.faults.configure(error_rate=0.0)
    found = await quiet.actions.check_with_klarna(lost.entry)
    assert not found.found, "the earlier capture of the same amount belongs to the earlier entry"
    assert found.entry.is_open
    await quiet.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
@pytest.mark.expect_log("klarna_console.services.actions", r"marked not applied by a person")
async def test_not_applied_closes_an_entry_only_with_a_note_and_only_when_klarna_shows_nothing(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    quiet = await world.reopen(max_retries=0)
    lost = await quiet.actions.perform(capture(order.order_id, 900))
    assert lost.unknown and world.sandbox.order(order.order_id).captures == []
    world.sandbox.faults.configure(error_rate=0.0)
    with pytest.raises(ValueError, match="note"):
        await quiet.actions.mark_not_applied(lost.entry, "   ")
    closed = await quiet.actions.mark_not_applied(lost.entry, "Checked the Merchant Portal: no capture")
    assert closed.entry.state is JournalState.FAILED and closed.entry.error_code == NOT_APPLIED
    assert closed.entry.note == "Checked the Merchant Portal: no capture"
    # Now a new capture may go, once.
    assert (await quiet.actions.perform(capture(order.order_id, 900))).succeeded
    assert len(world.sandbox.order(order.order_id).captures) == 1
    await quiet.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
async def test_marking_not_applied_what_klarna_did_apply_records_it_as_succeeded(world: World):
    order = world.capturable()
    quiet = await lost_capture(world, order.order_id, 700)
    [entry] = await quiet.store.open_intents()
    result = await quiet.actions.mark_not_applied(entry, "I think it failed")
    assert result.found and result.entry.state is JournalState.SUCCEEDED
    await quiet.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
@pytest.mark.expect_log("klarna_console.services.actions", r"marked not applied by a person")
async def test_a_key_past_its_lifetime_is_never_resent(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    quiet = await world.reopen(max_retries=0)
    lost = await quiet.actions.perform(capture(order.order_id, 500))
    world.sandbox.faults.configure(error_rate=0.0)
    world.sandbox.clock.advance(dt.timedelta(hours=25))
    sent = len(quiet.spy.writes("/captures"))
    with pytest.raises(KeyExpired):
        await quiet.actions.retry(lost.entry)
    resumed, too_old = await quiet.actions.resume_open_intents()
    assert resumed == [] and [e.id for e in too_old] == [lost.entry.id]
    assert len(quiet.spy.writes("/captures")) == sent, "nothing was sent with the old key"
    # And no new key either while it is open (the guard holds whatever the rules say of the order).
    with pytest.raises(OpenWrite):
        await quiet.actions.perform(capture(order.order_id, 500), check_rules=False)
    # Check with Klarna settles it (nothing there), then the person closes it.
    closed = await quiet.actions.mark_not_applied(lost.entry, "Klarna shows no capture")
    assert closed.entry.error_code == NOT_APPLIED
    await quiet.close()


async def test_order_changed_since_the_dialog_opened_stops_the_send(world: World):
    order = world.capturable()
    async with world.sandbox.client() as colleague:
        await colleague.capture_order(order.order_id, {"captured_amount": 300})
    with pytest.raises(OrderChanged) as changed:
        await world.actions.perform(capture(order.order_id, 300), order, reread=True)
    assert [c.captured_amount for c in changed.value.captures] == [300]
    assert changed.value.order.captured_amount == 300
    assert await world.store.entries_for_order(order.order_id) == []
    # Sent again from the fresh order, it goes.
    assert (await world.actions.perform(capture(order.order_id, 300), changed.value.order, reread=True)).succeeded


async def test_a_request_holding_a_known_secret_is_refused_and_not_journaled(world: World):
    order = world.capturable()
    password = "pw-" + secrets.token_hex(8)
    register_secret(password)
    request = ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 100, "description": password})
    with pytest.raises(ActionRefused) as refused:
        await world.actions.perform(request)
    assert refused.value.verdict.error_code == "SECRET_IN_REQUEST"
    assert await world.store.entries_for_order(order.order_id) == []
    assert world.spy.writes("/captures") == []


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
async def test_unknown_outcomes_are_retried_on_klarnas_schedule_then_left_for_a_person(world: World):
    """DOMAIN.md §3 (escalation policy): 5xx on a write with a key: retry after 5 s, 5 min, 5 h, same key."""
    order = world.capturable()
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    quiet = await world.reopen(max_retries=0)
    lost = await quiet.actions.perform(capture(order.order_id, 400))
    start = world.now()
    assert lost.entry.next_attempt_at == start + ESCALATION[0]
    wake = asyncio.Event()
    runner = asyncio.ensure_future(quiet.actions.run_escalations(wake))
    expected = [ESCALATION[1], ESCALATION[2], None]
    try:
        for step, delay in enumerate(ESCALATION):
            world.sandbox.clock.advance(delay)
            wake.set()
            wanted = world.now() + expected[step] if expected[step] else None
            for _ in range(500):  # until the background attempt has been sent and its outcome scheduled
                entry = await quiet.store.get_entry(lost.entry.id)
                if entry.attempts == step + 2 and entry.next_attempt_at == wanted and entry.http_status == 503:
                    break
                await asyncio.sleep(0.01)
            assert entry.attempts == step + 2
            assert entry.next_attempt_at == wanted
        keys = {r.headers["Klarna-Idempotency-Key"] for r in quiet.spy.writes("/captures")}
        assert keys == {lost.entry.idempotency_key}
        # Klarna comes back: the person's Retry finishes it with the same key.
        world.sandbox.faults.configure(error_rate=0.0)
        done = await quiet.actions.retry(await quiet.store.get_entry(lost.entry.id))
        assert done.succeeded and len(world.sandbox.order(order.order_id).captures) == 1
    finally:
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        await quiet.close()


async def test_two_stores_on_one_file_cannot_both_pass_the_guard(world: World):
    """Two windows on one profile (two connections, two services) capturing the same orders at once."""
    first, second = await make_world(world.sandbox, world.paths), await make_world(world.sandbox, world.paths)
    orders = [o for o in (world.sandbox.order(i) for i in world.sandbox.order_ids)
              if rules.can_capture(o, world.now(), 100)][:8]
    assert len(orders) == 8

    async def attempt(services: World, order_id: str) -> str:
        try:
            result = await services.actions.perform(capture(order_id, 100), check_rules=False)
        except (OpenWrite, RecentWrite) as refused:
            return type(refused).__name__
        return "sent" if result.succeeded else result.entry.state.value

    try:
        outcomes = await asyncio.gather(*(attempt(s, o.order_id) for o in orders for s in (first, second)))
        for order in orders:
            assert len(world.sandbox.order(order.order_id).captures) == len(order.captures or []) + 1
        assert outcomes.count("sent") == len(orders)
    finally:
        for w in (first, second):
            await w.close()


@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
@pytest.mark.expect_log("klarna_console.services.actions", r"cannot be resent as journaled")
async def test_an_entry_an_older_console_journaled_with_a_bad_id_is_left_for_a_person(world: World):
    await world.store.add_intent("../orders", "cancel", {"capture_id": None, "body": None}, now=world.now())
    resumed, left = await world.actions.resume_open_intents()
    assert resumed == [] and [e.order_id for e in left] == ["../orders"]
    assert world.spy.requests == [], "nothing was sent for it"
