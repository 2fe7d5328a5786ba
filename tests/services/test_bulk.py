"""Bulk runs: a preview that says what will happen, every order done once, resumable after a stop."""

from __future__ import annotations

import asyncio
import csv
import io

import pytest
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.services.bulk import BulkRunner
from klarna_console.services.events import BulkProgress
from klarna_console.services.pacing import MARGIN, RatePacer

from .conftest import NOW, World, make_world


def new_order(n: int) -> dict:
    """A plain authorized order of (10 + n) euros."""
    amount = 1000 + 100 * n
    return {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "order_amount": amount,
            "order_lines": [{"name": f"Artikel {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Jonas", "family_name": f"Becker{n}", "country": "DE"}}


def runner(w: World, **options) -> BulkRunner:
    """A runner paced as the session paces it: one pacer on the client, seeing every request."""
    if w.client.pacer is None:
        w.client.pacer = RatePacer()
    return BulkRunner(w.actions, w.store, "test-profile", w.now, pacer=w.client.pacer, **options)


def all_orders(w: World):
    return [w.sandbox.order(i) for i in w.sandbox.order_ids]


async def test_preview_counts_allowed_and_refused_with_reasons_and_totals(world: World):
    orders = all_orders(world)
    plan = await runner(world).plan(Action.CAPTURE, orders)
    capturable = [o for o in orders if rules.can_capture(o, world.now())]
    assert {i.order_id for i in plan.allowed} == {o.order_id for o in capturable}
    assert len(plan.allowed) + len(plan.refused) == len(orders)
    assert all(i.why is not None and i.why.get("action") == "capture" and i.error_code == "CAPTURE_NOT_ALLOWED"
               for i in plan.refused)
    expected: dict[str, int] = {}
    for o in capturable:
        expected[o.purchase_currency.upper()] = expected.get(o.purchase_currency.upper(), 0) + o.remaining_authorized_amount
    assert plan.totals() == expected


async def test_capture_in_full_captures_each_allowed_order_once(world: World):
    orders = all_orders(world)
    bulk = runner(world)
    plan = await bulk.plan(Action.CAPTURE, orders)
    done: list[int] = []
    world.actions.events.subscribe(BulkProgress, lambda e: e.batch == plan.batch and done.append(e.done))
    report = await bulk.run(plan)
    assert report.count("succeeded") == len(plan.allowed) > 5
    assert report.count("refused") == len(plan.refused)
    assert done[-1] == len(plan.allowed)
    for item in plan.allowed:
        after = world.sandbox.order(item.order_id)
        assert after.remaining_authorized_amount == 0 and after.status == "CAPTURED"
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert len(rows) == len(orders)
    assert {r["outcome"] for r in rows} == {"succeeded", "refused"}


async def test_the_report_csv_says_what_finance_needs_per_order(world: World):
    """Amount as a plain decimal in the currency's precision, its currency, and the order's references."""
    orders = all_orders(world)
    bulk = runner(world)
    plan = await bulk.plan(Action.CAPTURE, orders)
    report = await bulk.run(plan)
    rows = {r["order_id"]: r for r in csv.DictReader(io.StringIO(report.to_csv()))}
    assert list(next(iter(rows.values())))[:9] == ["order_id", "klarna_reference", "merchant_reference1",
                                                   "merchant_reference2", "customer", "action", "outcome", "amount",
                                                   "currency"]
    for item in plan.allowed:
        order, row = next(o for o in orders if o.order_id == item.order_id), rows[item.order_id]
        minor, currency = order.remaining_authorized_amount, order.purchase_currency.upper()
        digits = {"JPY": 0}.get(currency, 2)
        whole, fraction = divmod(minor, 10**digits)
        assert row["amount"] == (f"{whole}.{fraction:0{digits}d}" if digits else str(whole))
        assert "," not in row["amount"] and row["currency"] == currency
        assert row["klarna_reference"] == order.klarna_reference
        assert row["merchant_reference1"] == (order.merchant_reference1 or "")
        assert row["customer"] and row["customer"].split()[-1] in (
            f"{order.billing_address.given_name} {order.billing_address.family_name}")
        assert row["outcome"] == "succeeded"
    refused = next(i for i in plan.refused)
    assert rows[refused.order_id]["amount"] == "" and rows[refused.order_id]["klarna_reference"]


async def test_the_runner_keeps_to_the_announced_limit_and_answers_carry_it(tmp_path):
    sandbox = Sandbox(orders=0, seed=21, clock=Clock(at=NOW))
    w = await make_world(sandbox, Paths.resolve(tmp_path / "home"))
    try:
        orders = [sandbox.create_order(new_order(n)) for n in range(120)]
        sandbox.faults.configure(rate_limit_per_second=50)  # Klarna's playground figure (DOMAIN.md §3)
        bulk = runner(w)
        pace: list[float] = []
        observe = bulk.pacer.observe
        bulk.pacer.observe = lambda answer: (observe(answer), pace.append(bulk.pacer.rate))  # type: ignore[method-assign]
        report = await bulk.run(await bulk.plan(Action.CAPTURE, orders))
        assert report.count("succeeded") == 120
        assert bulk.pacer.limit == 50 and w.client.rate_limit is not None and w.client.rate_limit.limit == 50
        assert max(pace) <= 50 * (1 - MARGIN), "never paced above the limit less the margin"
        assert bulk.pacer.throttled == 0, "kept under the limit: no 429"
        assert len([r for r in w.spy.requests if r.method == "POST"]) == 120, "one request per capture"
    finally:
        await w.client.aclose()
        await w.store.close()


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_with_429s_200_orders_are_each_captured_exactly_once(tmp_path):
    sandbox = Sandbox(orders=0, seed=21, clock=Clock(at=NOW))
    w = await make_world(sandbox, Paths.resolve(tmp_path / "home"), max_retries=4)
    try:
        orders = [sandbox.create_order(new_order(n)) for n in range(200)]
        # Klarna's figures are approximate: here it announces 400 a second and allows 60 (a bucket of 60).
        sandbox.faults.configure(rate_limit_per_second=60, rate_limit_announced=400)
        bulk = runner(w, concurrency=16)
        report = await bulk.run(await bulk.plan(Action.CAPTURE, orders))
        assert report.count("succeeded") == 200, [o for o in report.outcomes if o.outcome != "succeeded"][:3]
        throttled = [r for r in w.spy.requests if r.method == "POST"]
        assert len(throttled) > 200, "the sandbox did answer 429 and requests were retried"
        assert bulk.pacer.throttled > 0 and bulk.pacer.rate < 400 * (1 - MARGIN), "it backed off"
        for order in orders:
            assert len(sandbox.order(order.order_id).captures) == 1
    finally:
        await w.client.aclose()
        await w.store.close()


async def test_a_stopped_run_skips_what_succeeded_when_run_again(world: World):
    orders = all_orders(world)
    bulk = runner(world, concurrency=1)
    plan = await bulk.plan(Action.EXTEND_AUTHORIZATION, orders)
    assert len(plan.allowed) >= 4

    def extensions() -> int:
        return sum(1 for i in plan.allowed for e in world.sandbox.record(i.order_id).events
                   if e.type == "extend_authorization_time")

    before = extensions()
    stop = asyncio.Event()
    world.actions.events.subscribe(BulkProgress, lambda e: e.done >= 2 and stop.set())
    first = await bulk.run(plan, stop=stop)
    assert first.cancelled and first.count("succeeded") == 2 and first.count("not_sent") == len(plan.allowed) - 2

    again = await bulk.plan(Action.EXTEND_AUTHORIZATION, orders)
    assert again.batch == plan.batch
    assert len(again.skipped) == 2
    second = await bulk.run(again)
    assert second.count("succeeded") == len(plan.allowed) - 2
    assert second.count("skipped") == 2
    assert extensions() - before == len(plan.allowed), "each order extended once over both runs"


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
async def test_open_entries_of_a_crashed_run_are_resumed_with_their_keys(world: World):
    orders = [o for o in all_orders(world) if rules.can_capture(o, world.now())][:3]
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    crashed = await world.reopen(max_retries=0)
    bulk = BulkRunner(crashed.actions, crashed.store, "test-profile", crashed.now, retry_rounds=0)
    report = await bulk.run(await bulk.plan(Action.CAPTURE, orders))
    assert report.count("unknown") == 3
    world.sandbox.faults.clear()
    restarted = await crashed.reopen()
    try:
        bulk = runner(restarted)
        plan = await bulk.plan(Action.CAPTURE, orders)
        assert all(i.open_entry is not None for i in plan.allowed), "resumed, not planned anew"
        report = await bulk.run(plan)
        assert report.count("succeeded") == 3
        for order in orders:
            after = world.sandbox.order(order.order_id)
            assert len(after.captures) == len(order.captures or []) + 1, "one capture each, not two"
            assert after.remaining_authorized_amount == 0
    finally:
        await restarted.client.aclose()
        await restarted.store.close()


def test_the_report_csv_neutralises_formulas_in_klarnas_and_shoppers_text():
    from klarna_console.services.bulk import BulkOutcome, BulkReport

    report = BulkReport(Action.CAPTURE, "b1", [
        BulkOutcome("o1", "refused", "NOT_ALLOWED", '=HYPERLINK("http://x.example","Fix")', "-corr"),
        BulkOutcome("o2", "succeeded", result_id="cap-2"),
    ])
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert rows[0]["message"] == '\'=HYPERLINK("http://x.example","Fix")'
    assert rows[0]["correlation_id"] == "'-corr"
    assert (rows[1]["order_id"], rows[1]["outcome"], rows[1]["result_id"]) == ("o2", "succeeded", "cap-2")


async def test_time_spent_recording_outcomes_lets_more_actions_under_way_than_the_requests_need(world: World):
    # A slow disk: an action records its outcome after Klarna answered, and holds no request back meanwhile,
    # so the runner lets more actions under way than the pace needs requests in flight (Little's law).
    orders = [o for o in all_orders(world) if rules.can_capture(o, world.now())]
    bulk = runner(world)
    record = world.store.record_outcome

    async def on_a_slow_disk(*args, **kwargs):
        await asyncio.sleep(0.05)
        return await record(*args, **kwargs)

    world.store.record_outcome = on_a_slow_disk  # type: ignore[method-assign]
    captures = {o.order_id: len(o.captures or []) for o in orders}
    assert bulk.in_flight() == bulk.pacer.concurrency, "before any outcome: the requests' share only"
    report = await bulk.run(await bulk.plan(Action.CAPTURE, orders))
    assert report.count("succeeded") == len(orders) > 0
    assert bulk.in_flight() > bulk.pacer.concurrency
    for order in orders:
        assert len(world.sandbox.order(order.order_id).captures) == captures[order.order_id] + 1, "once each"
