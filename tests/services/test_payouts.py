"""Payout sync: a fresh profile finds every order paid out in the period, and a payment reference finds them."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from klarna_console.api import RetryPolicy
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.services.events import OrderChanged
from klarna_console.services.payouts import Pacer, PayoutService, SyncProgress
from klarna_console.store import AsyncStore, SearchQuery

NOW = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def sandbox() -> Sandbox:
    # 120 demo orders over the last 70 days: payouts both inside and outside a 30-day period.
    return Sandbox(orders=120, seed=8, clock=Clock(at=NOW))


@pytest.fixture
async def fresh(sandbox: Sandbox, tmp_path) -> AsyncIterator[PayoutService]:
    """A new profile: an empty store, and the payout service over the sandbox."""
    client = sandbox.client(retry=RetryPolicy(max_retries=2, initial_delay=0.001))
    store = await AsyncStore.open(Paths.resolve(tmp_path / "home"), "fresh")
    yield PayoutService(store, client, now=sandbox.clock.now, pacer=Pacer(rate=0, concurrency=4))
    await client.aclose()
    await store.close()


def paid_out_since(sandbox: Sandbox, start: dt.datetime) -> set[str]:
    """The sandbox's own answer: orders with a line in a payout made since `start`."""
    with sandbox.state.lock:
        ledger = sandbox.settlements.ledger("")
    return {row.order_id for p in ledger.payouts if p.payout_date >= start for row in p.rows}


async def test_a_fresh_profile_finds_every_order_paid_out_in_the_period_and_nothing_else(fresh, sandbox):
    seen: list[SyncProgress] = []
    announced: list[OrderChanged] = []
    fresh.events.subscribe(SyncProgress, seen.append)
    fresh.events.subscribe(OrderChanged, announced.append)
    result = await fresh.sync(30)
    expected = paid_out_since(sandbox, NOW - dt.timedelta(days=30))
    everything = paid_out_since(sandbox, dt.datetime.min.replace(tzinfo=dt.timezone.utc))
    assert expected and everything - expected, "the demo must have payouts on both sides of the period"
    assert set(await fresh.store.order_ids()) == expected
    assert result.phase == "done" and result.orders_found == len(expected)
    assert [s.phase for s in seen][0] == "payouts" and seen[-1].phase == "done"
    assert any(s.phase == "orders" and 0 < s.done < s.total for s in seen), "progress while fetching orders"
    assert seen == sorted(seen, key=lambda s: ["payouts", "transactions", "orders", "done"].index(s.phase))
    assert {e.order_id for e in announced} == expected, "every order found is announced"
    # The discovered orders are searchable like any other.
    some = sorted(expected)[0]
    assert [row.order_id for row in await fresh.store.search(SearchQuery(text=some))] == [some]


async def test_a_payment_reference_finds_its_payout_and_its_orders(fresh, sandbox):
    await fresh.sync(90)
    payout = (await fresh.payouts())[3]
    named = {t.order_id for t in await fresh.store.payouts_call("transactions", payout.payment_reference)}
    found = await fresh.store.search(SearchQuery(text=payout.payment_reference.lower()))
    assert {row.order_id for row in found} == named
    assert await fresh.store.count(payout.payment_reference) == len(named)
    assert (await fresh.store.payouts_call("payout", payout.payment_reference.lower())).payment_reference \
        == payout.payment_reference


async def test_an_order_shows_which_payout_paid_each_capture_and_deducted_each_refund(fresh, sandbox):
    await fresh.sync(90)
    refunded = next(o for o in (sandbox.order(i) for i in sandbox.order_ids)
                    if o.refunds and o.captures and o.refunds[0].refunded_at
                    and o.refunds[0].refunded_at < NOW - dt.timedelta(days=5)
                    and o.captures[0].captured_at and o.captures[0].captured_at > NOW - dt.timedelta(days=60))
    lines = await fresh.settled(refunded.order_id)
    sale = [s for s in lines if s.type == "SALE"]
    returned = [s for s in lines if s.type == "RETURN"]
    assert {s.capture_id for s in sale} == {c.capture_id for c in refunded.captures or []}
    assert returned[0].refund_id == refunded.refunds[0].refund_id
    assert returned[0].payout_date >= refunded.refunds[0].refunded_at
    assert all(s.payout_date >= (s.capture_id and sale[0].payout_date) for s in lines if s.type == "FEE")


async def test_stop_ends_the_sync_and_the_next_one_resumes(fresh, sandbox):
    stop = asyncio.Event()

    def progress(state: SyncProgress) -> None:
        if state.phase == "transactions" and state.done >= 3:
            stop.set()

    fresh.events.subscribe(SyncProgress, progress)
    first = await fresh.sync(90, stop=stop)
    assert first.phase == "stopped"
    payouts = await fresh.payouts()
    synced = [p for p in payouts if p.transactions_synced]
    assert 3 <= len(synced) < len(payouts)
    second = await fresh.sync(90)
    assert second.phase == "done"
    assert set(await fresh.store.order_ids()) == paid_out_since(sandbox, NOW - dt.timedelta(days=90))


async def test_captures_with_no_payout_after_the_delay_need_attention(fresh, sandbox):
    await fresh.sync(90)
    order = sandbox.create_order(purchase_country="SE", purchase_currency="SEK", locale="sv-SE", order_amount=10000,
                                 order_lines=[{"type": "physical", "name": "Socks", "quantity": 1,
                                               "unit_price": 10000, "tax_rate": 2500, "total_amount": 10000,
                                               "total_tax_amount": 2000}])
    async with sandbox.client() as om:
        await om.capture_order(order.order_id, {"captured_amount": 10000})
        await fresh.store.upsert_orders([await om.get_order(order.order_id)])
    assert order.order_id not in {o for o, _ in await fresh.unpaid_captures()}
    sandbox.clock.advance(dt.timedelta(days=15))
    stuck = {o for o, _ in await fresh.unpaid_captures()}
    assert order.order_id in stuck
    await fresh.sync(90)
    assert order.order_id not in {o for o, _ in await fresh.unpaid_captures()}


async def test_the_search_filter_finds_the_same_unpaid_captures(fresh, sandbox):
    await fresh.sync(90)
    delay = await fresh.usual_delay_days()
    # Daily payouts 7 days after the capture (or the Monday after a weekend), plus the margin.
    assert 8 <= delay <= 13
    order = sandbox.create_order(purchase_country="SE", purchase_currency="SEK", locale="sv-SE", order_amount=10000,
                                 order_lines=[{"type": "physical", "name": "Socks", "quantity": 1,
                                               "unit_price": 10000, "tax_rate": 2500, "total_amount": 10000,
                                               "total_tax_amount": 2000}])
    async with sandbox.client() as om:
        await om.capture_order(order.order_id, {"captured_amount": 10000})
        await fresh.store.upsert_orders([await om.get_order(order.order_id)])
    sandbox.clock.advance(dt.timedelta(days=delay + 1))
    query = SearchQuery(unpaid_capture_days=delay, now=sandbox.clock.now())
    found = {row.order_id for row in await fresh.store.search(query)}
    assert found == {o for o, _ in await fresh.unpaid_captures()} and order.order_id in found
    await fresh.sync(90)
    assert await fresh.store.count(SearchQuery(unpaid_capture_days=delay, now=sandbox.clock.now())) == 0
