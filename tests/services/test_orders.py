"""Orders come from the cache at once and from Klarna right after; imports report what they could not find."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest
from klarna_console.api import NotFoundError
from klarna_console.paths import Paths
from klarna_console.sandbox import Clock, Sandbox
from klarna_console.services.events import ImportProgress
from klarna_console.services.orders import parse_order_ids
from klarna_console.services.pacing import RatePacer

from .conftest import NOW, World, make_world


async def test_load_shows_the_cached_order_then_the_fresh_one(world: World):
    order = world.capturable()
    async with world.sandbox.client() as other:
        await other.update_merchant_references(order.order_id, {"merchant_reference1": "CHANGED-ELSEWHERE"})
    seen = [o.merchant_reference1 async for o in world.orders.load(order.order_id)]
    assert seen == [order.merchant_reference1, "CHANGED-ELSEWHERE"]
    assert (await world.orders.cached(order.order_id)).order.merchant_reference1 == "CHANGED-ELSEWHERE"


async def test_load_of_an_uncached_id_fetches_it_and_indexes_it(world: World):
    order = world.sandbox.create_order(
        purchase_country="SE", purchase_currency="SEK", locale="sv-SE", order_amount=10000,
        order_lines=[{"name": "Kaffekopp", "quantity": 1, "unit_price": 10000, "total_amount": 10000,
                      "tax_rate": 2500, "total_tax_amount": 2000}],
        billing_address={"given_name": "Åsa", "family_name": "Ödqvist-Zetterholm", "email": "asa.l@example.se",
                         "street_address": "Storgatan 1", "postal_code": "11122", "city": "Stockholm",
                         "country": "SE"})
    assert await world.orders.cached(order.order_id) is None
    seen = [o async for o in world.orders.load(order.order_id)]
    assert len(seen) == 1
    rows = await world.orders.search("odqvist zett")
    assert [r.order_id for r in rows] == [order.order_id]


async def test_an_unknown_id_says_not_found(world: World):
    with pytest.raises(NotFoundError):
        [o async for o in world.orders.load(str(uuid.uuid4()))]


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_import_of_1000_ids_reports_the_unknown_ones(tmp_path):
    sandbox = Sandbox(orders=950, seed=9, clock=Clock(at=NOW))
    # Paced as a session paces its client: the sandbox allows 200 requests a second, and answers in a
    # millisecond, so 8 unpaced readers run into its 429s; a reader can then meet three in a row.
    w = await make_world(sandbox, Paths.resolve(tmp_path / "home"), pacer=RatePacer())
    try:
        unknown = [str(uuid.uuid4()) for _ in range(50)]
        ids = sandbox.order_ids + unknown
        assert len(ids) == 1000
        progress: list[tuple[int, int]] = []
        w.orders.events.subscribe(ImportProgress, lambda e: progress.append((e.done, e.total)))
        report = await w.orders.import_ids(ids)
        assert sorted(report.not_found) == sorted(unknown)
        assert len(report.fetched) == 950 and report.failed == [] and not report.cancelled
        assert progress[-1] == (1000, 1000) and len(progress) == 1000
        assert await w.store.count("") == 950
    finally:
        await w.client.aclose()
        await w.store.close()


async def test_import_can_be_stopped_and_keeps_what_it_fetched(world: World):
    world.sandbox.faults.configure(latency_ms=20)
    stop = asyncio.Event()
    ids = world.sandbox.order_ids
    fetched: list[int] = []

    def progress(event: ImportProgress) -> None:
        fetched.append(event.done)
        if event.done == 10:
            stop.set()

    world.orders.events.subscribe(ImportProgress, progress)
    report = await world.orders.import_ids(ids, concurrency=2, stop=stop)
    assert report.cancelled
    assert 10 <= report.done < len(ids)


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_failures_other_than_not_found_are_listed_with_the_reason(world: World):
    world.sandbox.faults.configure(error_rate=1.0, error_status=503)
    report = await world.orders.import_ids(world.sandbox.order_ids[:3])
    assert len(report.failed) == 3
    assert "TEMPORARILY_UNAVAILABLE" in report.failed[0][1]


def test_ids_are_found_in_pasted_text_and_csv():
    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    text = f"order_id,amount\n{a},100\n{b.upper()} ; note\nnot an id\n\n{a}\n\t{c}\t"
    ids, skipped = parse_order_ids(text)
    assert ids == [a, b, c]
    assert skipped == ["not an id"]


async def test_an_answer_that_arrives_late_never_replaces_a_copy_asked_for_after_it(world: World):
    """Two reads of one order in flight (a busy window, or another desk): the one asked for first may be
    answered, or handled, last; the cache keeps the copy of the later question, so a capture made between
    them is not hidden again (the next rule check would refuse a refund for 'no captures')."""
    from klarna_console.services.orders import OrderService

    order = world.capturable()
    before = world.sandbox.order(order.order_id)
    release = asyncio.Event()

    class SlowFirstAnswer:
        """Answers the first read with the order as it was, but only once told to."""

        def __init__(self) -> None:
            self.calls = 0

        async def get_order(self, order_id: str):
            self.calls += 1
            if self.calls == 1:
                await release.wait()
                return before
            return await world.client.get_order(order_id)

    ticks = iter(range(1, 100))
    clock = lambda: NOW + dt.timedelta(seconds=next(ticks))  # noqa: E731
    orders = OrderService(SlowFirstAnswer(), world.store, clock)  # type: ignore[arg-type]
    first = asyncio.ensure_future(orders.fetch(order.order_id))
    await asyncio.sleep(0)  # asked first
    await world.client.capture_order(order.order_id, {"captured_amount": order.remaining_authorized_amount})
    fresh = await orders.fetch(order.order_id)  # asked second, answered at once
    release.set()
    await first  # the first question's answer arrives last
    cached = await world.store.get_order(order.order_id)
    assert cached is not None and len(cached.order.captures) == 1 == len(fresh.captures)


def test_a_translated_export_header_is_not_reported_as_skipped():
    """The window's own CSV export names its columns in the user's language ("Bestell-ID;Betrag" in German):
    re-importing it must not list the header as a line without an id, while a stray line still is."""
    a, b = (str(uuid.uuid4()) for _ in range(2))
    ids, skipped = parse_order_ids(f"Bestell-ID,Betrag\n{a},100\nkeine Nummer\n{b},5")
    assert ids == [a, b]
    assert skipped == ["keine Nummer"]
