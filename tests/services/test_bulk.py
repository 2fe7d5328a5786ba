"""Bulk runs: a preview that says what will happen, every order done once, resumable after a stop."""

from __future__ import annotations

import asyncio
import csv
import io

from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.services.bulk import BulkRunner, TokenBucket

from .conftest import NOW, World, make_world


def new_order(n: int) -> dict:
    """A plain authorized order of (10 + n) euros."""
    amount = 1000 + 100 * n
    return {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "order_amount": amount,
            "order_lines": [{"name": f"Artikel {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Jonas", "family_name": f"Becker{n}", "country": "DE"}}


def runner(w: World, **options) -> BulkRunner:
    options.setdefault("rate_per_second", 500)
    options.setdefault("concurrency", 8)
    return BulkRunner(w.actions, w.store, "test-profile", w.now, **options)


def all_orders(w: World):
    return [w.sandbox.order(i) for i in w.sandbox.order_ids]


async def test_preview_counts_allowed_and_refused_with_reasons_and_totals(world: World):
    orders = all_orders(world)
    plan = await runner(world).plan(Action.CAPTURE, orders)
    capturable = [o for o in orders if rules.can_capture(o, world.now())]
    assert {i.order_id for i in plan.allowed} == {o.order_id for o in capturable}
    assert len(plan.allowed) + len(plan.refused) == len(orders)
    assert all(i.reason and i.error_code == "CAPTURE_NOT_ALLOWED" for i in plan.refused)
    expected: dict[str, int] = {}
    for o in capturable:
        expected[o.purchase_currency.upper()] = expected.get(o.purchase_currency.upper(), 0) + o.remaining_authorized_amount
    assert plan.totals() == expected


async def test_capture_in_full_captures_each_allowed_order_once(world: World):
    orders = all_orders(world)
    bulk = runner(world)
    plan = await bulk.plan(Action.CAPTURE, orders)
    done: list[int] = []
    report = await bulk.run(plan, progress=lambda n, total: done.append(n))
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


async def test_with_429s_200_orders_are_each_captured_exactly_once(tmp_path):
    sandbox = Sandbox(orders=0, seed=21, clock=Clock(at=NOW))
    w = await make_world(sandbox, Paths.resolve(tmp_path / "home"), max_retries=4)
    try:
        orders = [sandbox.create_order(new_order(n)) for n in range(200)]
        sandbox.faults.configure(rate_limit_per_second=60)  # a full bucket of 60, then 60 a second
        bulk = runner(w, rate_per_second=1000, concurrency=16)
        report = await bulk.run(await bulk.plan(Action.CAPTURE, orders))
        assert report.count("succeeded") == 200, [o for o in report.outcomes if o.outcome != "succeeded"][:3]
        throttled = [r for r in w.spy.requests if r.method == "POST"]
        assert len(throttled) > 200, "the sandbox did answer 429 and requests were retried"
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
    first = await bulk.run(plan, progress=lambda n, _t: n >= 2 and stop.set(), stop=stop)
    assert first.cancelled and first.count("succeeded") == 2 and first.count("not_sent") == len(plan.allowed) - 2

    again = await bulk.plan(Action.EXTEND_AUTHORIZATION, orders)
    assert again.batch == plan.batch
    assert len(again.skipped) == 2
    second = await bulk.run(again)
    assert second.count("succeeded") == len(plan.allowed) - 2
    assert second.count("skipped") == 2
    assert extensions() - before == len(plan.allowed), "each order extended once over both runs"


async def test_open_entries_of_a_crashed_run_are_resumed_with_their_keys(world: World):
    orders = [o for o in all_orders(world) if rules.can_capture(o, world.now())][:3]
    world.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    crashed = await world.reopen(max_retries=0)
    bulk = BulkRunner(crashed.actions, crashed.store, "test-profile", crashed.now, rate_per_second=500, retry_rounds=0)
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


async def test_token_bucket_paces_requests():
    ticks = iter([0.0] * 3 + [0.1 * i for i in range(1, 100)])
    bucket = TokenBucket(rate=10, burst=2, clock=lambda: next(ticks))
    for _ in range(4):
        await bucket.take()
    bucket.slow_down()
    assert bucket.rate == 5


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
