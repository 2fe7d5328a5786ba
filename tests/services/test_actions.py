"""Writes go through the journal: intent with its key first, then the call, then the outcome; never twice."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from klarna_console.api import RequestValidationError
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.reasons import Code, Reason
from klarna_console.services.actions import ActionRefused, ActionRequest, ActionService
from klarna_console.store import JournalState

from .conftest import World


async def test_the_intent_and_its_key_are_journaled_before_the_request_leaves(world: World):
    order = world.capturable()
    seen: list[tuple[str, str, str]] = []

    async def before(request):
        if request.method == "POST":
            [entry] = await world.store.entries_for_order(order.order_id)
            seen.append((entry.state.value, entry.idempotency_key, request.headers["Klarna-Idempotency-Key"]))

    world.spy.before = before
    result = await world.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 1000}))
    assert result.succeeded
    [(state, journaled_key, sent_key)] = seen
    assert state == "intent"
    assert journaled_key == sent_key


async def test_a_capture_is_recorded_and_the_order_re_read(world: World):
    order = world.capturable()
    request = ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 1500, "description": "Parcel 1"})
    result = await world.actions.perform(request)
    assert result.succeeded
    assert result.entry.http_status == 201
    assert result.entry.result_id == world.sandbox.order(order.order_id).captures[-1].capture_id
    assert result.order.captured_amount == 1500
    cached = await world.store.get_order(order.order_id)
    assert cached.order.captured_amount == 1500, "the cache shows the order as Klarna has it now"
    [entry] = await world.store.entries_for_order(order.order_id)
    assert entry.request == {"capture_id": None, "body": {"captured_amount": 1500, "description": "Parcel 1"}}


async def test_the_rules_refuse_before_anything_is_journaled_or_sent(world: World):
    order = world.capturable()
    too_much = order.remaining_authorized_amount + 1
    with pytest.raises(ActionRefused) as refused:
        await world.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": too_much}))
    assert refused.value.verdict.error_code == "CAPTURE_NOT_ALLOWED"
    assert await world.store.entries_for_order(order.order_id) == []
    assert world.spy.writes("/captures") == []


@pytest.mark.expect_log("klarna_console.services.actions", r": failed \([A-Z_]+: ")
async def test_klarnas_refusal_is_journaled_with_its_code_and_correlation_id(world: World):
    """Someone captured behind our back: our cached order still looks capturable, Klarna says no."""
    order = world.capturable()
    async with world.sandbox.client() as other:
        await other.capture_order(order.order_id, {"captured_amount": order.remaining_authorized_amount})
    result = await world.actions.perform(
        ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 100}), order=order)
    assert not result.succeeded and not result.unknown
    assert result.entry.state == JournalState.FAILED
    assert result.entry.http_status == 403
    assert result.entry.error_code == "CAPTURE_NOT_ALLOWED"
    assert result.entry.correlation_id and result.entry.correlation_id == result.error.correlation_id
    assert result.order.captured_amount == order.remaining_authorized_amount, "the fresh order is shown"


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
async def test_a_lost_answer_is_unknown_and_retry_reuses_the_key(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    no_retry = (await world.reopen(max_retries=0))
    try:
        result = await no_retry.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 700}))
        assert result.unknown
        assert world.sandbox.order(order.order_id).captured_amount == 700, "the capture was applied"
        again = await no_retry.actions.retry(result.entry)
        assert again.succeeded
        assert again.entry.attempts == 2
        keys = {r.headers["Klarna-Idempotency-Key"] for r in no_retry.spy.writes("/captures")}
        assert len(keys) == 1
        assert len(world.sandbox.order(order.order_id).captures) == 1, "exactly one capture"
    finally:
        await no_retry.client.aclose()
        await no_retry.store.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
@pytest.mark.parametrize("mode", ["drop", "503"])
async def test_after_a_crash_the_open_intent_is_resumed_with_its_key(world: World, mode: str):
    order = world.capturable()
    refund_target = world.find(lambda o: bool(rules.can_refund(o, world.now())))
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode=mode)
    crashed = await world.reopen(max_retries=0)
    capture = await crashed.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 900}))
    refund = await crashed.actions.perform(ActionRequest(Action.REFUND, refund_target.order_id, body={"refunded_amount": 100}))
    assert capture.unknown and refund.unknown
    refunds_before = len(world.sandbox.order(refund_target.order_id).refunds or [])
    world.sandbox.faults.clear()

    restarted = await crashed.reopen()  # the process died: only the files remain
    try:
        resumed, too_old = await restarted.actions.resume_open_intents()
        assert too_old == []
        assert [r.succeeded for r in resumed] == [True, True]
        assert {r.entry.idempotency_key for r in resumed} == {capture.entry.idempotency_key, refund.entry.idempotency_key}
        assert len(world.sandbox.order(order.order_id).captures) == 1
        assert world.sandbox.order(order.order_id).captured_amount == 900
        assert len(world.sandbox.order(refund_target.order_id).refunds or []) == refunds_before
        assert await restarted.store.open_intents() == []
    finally:
        await restarted.client.aclose()
        await restarted.store.close()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
async def test_intents_older_than_the_idempotency_window_are_left_for_a_person(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    crashed = await world.reopen(max_retries=0)
    first = await crashed.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 300}))
    world.sandbox.faults.clear()
    world.sandbox.clock.advance(dt.timedelta(hours=25))
    restarted = await crashed.reopen()
    try:
        sent_before = len(restarted.spy.requests)
        resumed, too_old = await restarted.actions.resume_open_intents()
        assert resumed == []
        assert [e.id for e in too_old] == [first.entry.id]
        assert len(restarted.spy.requests) == sent_before, "nothing is resent after 24 hours"
    finally:
        await restarted.client.aclose()
        await restarted.store.close()


async def test_cancelling_mid_flight_leaves_an_open_entry(world: World):
    order = world.capturable()
    world.sandbox.faults.configure(latency_ms=5000)
    task = asyncio.ensure_future(world.actions.perform(
        ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 100})))
    while not world.spy.writes("/captures"):
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [entry] = await world.store.entries_for_order(order.order_id)
    assert entry.state == JournalState.UNKNOWN
    assert entry.is_open


async def test_one_write_per_order_at_a_time(world: World):
    """Two dialogs on the same order: the second waits for the first and then sees its effect."""
    order = world.capturable()
    world.sandbox.faults.configure(latency_ms=50)
    full = {"captured_amount": order.remaining_authorized_amount}
    first, second = await asyncio.gather(
        world.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body=full)),
        world.actions.perform(ActionRequest(Action.CAPTURE, order.order_id, body=full)),
        return_exceptions=True,
    )
    assert first.succeeded
    assert isinstance(second, ActionRefused), "the second sees the order fully captured"
    assert len(world.sandbox.order(order.order_id).captures) == 1


async def test_a_read_only_profile_never_writes(world: World):
    order = world.capturable()
    reader = ActionService(world.client, world.store, world.now, read_only=True)
    with pytest.raises(ActionRefused) as caught:
        await reader.perform(ActionRequest(Action.CAPTURE, order.order_id, body={"captured_amount": 1}))
    assert caught.value.verdict.reason == Reason(Code.READ_ONLY)
    assert world.spy.writes("") == []


def test_requests_are_validated_before_they_reach_the_journal():
    order_id = "3f1c2a9e-7b4d-4e8a-9c2f-1a2b3c4d5e6f"
    with pytest.raises(RequestValidationError) as caught:
        ActionRequest(Action.CAPTURE, order_id, body={"captured_amount": -1})
    assert caught.value.reason == Reason(Code.NUMBER_TOO_SMALL, {"field": "captured_amount", "limit": 0, "got": -1})
    with pytest.raises(RequestValidationError) as caught:
        ActionRequest(Action.TRIGGER_SEND_OUT, order_id)
    assert caught.value.reason == Reason(Code.NEEDS_CAPTURE, {"field": "capture_id", "action": "trigger_send_out"})
    with pytest.raises(RequestValidationError) as caught:
        ActionRequest(Action.CANCEL, order_id, body={"x": 1})
    assert caught.value.reason == Reason(Code.TAKES_NO_BODY, {"field": "body", "action": "cancel"})


@pytest.mark.parametrize("field, order_id, capture_id", [
    ("order_id", "o", None), ("order_id", "..", None), ("order_id", "a/b", None), ("order_id", "x\x00y", None),
    ("capture_id", "3f1c2a9e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", "."),
    ("capture_id", "3f1c2a9e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", "c-1"),
])
def test_ids_that_are_not_uuids_are_refused_naming_the_field(field, order_id, capture_id):
    """Klarna's order and capture ids are UUIDs; a request for any other is never journaled."""
    with pytest.raises(RequestValidationError) as caught:
        ActionRequest(Action.TRIGGER_SEND_OUT, order_id, capture_id)
    assert caught.value.field == field and caught.value.message.startswith(f"{field}: ")


SHIP = [{"shipping_company": "PostNord", "shipping_method": "PickUpPoint", "tracking_number": "PN123"}]


async def test_every_write_operation_works_end_to_end(world: World):
    """Each of the 13 OM writes, sent through the journal to the sandbox, succeeds and changes the order."""
    now = world.now()
    fresh = world.capturable()
    cancel_me = world.find(lambda o: bool(rules.can_cancel(o, now)) and o.order_id != fresh.order_id)
    pay_later = world.find(lambda o: bool(rules.can_extend_due_date(o, now)) and rules.can_release_remaining(o, now))
    capture_id = pay_later.captures[0].capture_id
    options = await world.client.get_extend_due_date_options(pay_later.order_id, capture_id)
    days = options.options[0].number_of_days
    requests = [
        ActionRequest(Action.ACKNOWLEDGE, fresh.order_id),
        ActionRequest(Action.UPDATE_MERCHANT_REFERENCES, fresh.order_id, body={"merchant_reference1": "NEW-REF-1"}),
        ActionRequest(Action.UPDATE_CUSTOMER_DETAILS, fresh.order_id,
                      body={"shipping_address": {"street_address": "Nygatan 7"}}),
        ActionRequest(Action.ADD_ORDER_SHIPPING_INFO, fresh.order_id, body={"shipping_info": SHIP}),
        ActionRequest(Action.UPDATE_AUTHORIZATION, fresh.order_id,
                      body={"order_amount": fresh.order_amount - 100, "order_lines": [
                          {"name": "Adjusted", "quantity": 1, "unit_price": fresh.order_amount - 100,
                           "total_amount": fresh.order_amount - 100}]}),
        ActionRequest(Action.EXTEND_AUTHORIZATION, fresh.order_id),
        ActionRequest(Action.CAPTURE, fresh.order_id, body={"captured_amount": 200}),
        ActionRequest(Action.REFUND, fresh.order_id, body={"refunded_amount": 50}),
        ActionRequest(Action.CANCEL, cancel_me.order_id),
        ActionRequest(Action.ADD_CAPTURE_SHIPPING_INFO, pay_later.order_id, capture_id, body={"shipping_info": SHIP}),
        ActionRequest(Action.TRIGGER_SEND_OUT, pay_later.order_id, capture_id),
        ActionRequest(Action.EXTEND_DUE_DATE, pay_later.order_id, capture_id, body={"number_of_days": days}),
        ActionRequest(Action.RELEASE_REMAINING, pay_later.order_id),
    ]
    assert {r.action for r in requests} == set(Action)
    for request in requests:
        result = await world.actions.perform(request)
        assert result.succeeded, (request.action, result.error)
    after = world.sandbox.order(fresh.order_id)
    assert after.merchant_reference1 == "NEW-REF-1"
    assert after.shipping_address.street_address == "Nygatan 7"
    assert after.shipping_info[0].tracking_number == "PN123"
    assert after.order_amount == fresh.order_amount - 100
    assert after.expires_at > fresh.expires_at
    assert (after.captured_amount, after.refunded_amount) == (200, 50)
    assert world.sandbox.order(cancel_me.order_id).status == "CANCELLED"
    released = world.sandbox.order(pay_later.order_id)
    assert released.status == "CLOSED" and released.remaining_authorized_amount == 0
    assert released.captures[0].shipping_info[-1].tracking_number == "PN123"
    events = {e.type for e in world.sandbox.record(pay_later.order_id).events}
    assert {"trigger_send_out", "extend_due_date"} <= events, events
