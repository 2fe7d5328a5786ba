"""The store interface pinned by behaviour: every backend (SQLite, and the in-memory one of the tests) keeps it.

The journal's guard is part of the contract (DOMAIN.md, "Never twice": an open write blocks the same
action on the order; a capture or refund that succeeded minutes ago needs confirming; a key is resent
only within its lifetime). What holds for one backend here must hold for the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from klarna_console.paths import Paths
from klarna_console.store import factory
from klarna_console.store.interface import OrderStore
from klarna_console.store.values import (
    KEY_LIFETIME,
    RECENT_WRITE,
    JournalState,
    KeyExpired,
    OpenWrite,
    RecentWrite,
    SearchQuery,
)

from fixtures.memory_store import MemoryStore
from fixtures.store import make_order

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
CAPTURE = {"body": {"captured_amount": 1000}}


@pytest.fixture(params=["sqlite", "postgresql", "memory"])
async def backend(request: pytest.FixtureRequest, paths: Paths) -> AsyncIterator[OrderStore]:
    """An empty store of each backend, through the interface only (PostgreSQL: a new database of a real server)."""
    store: OrderStore
    if request.param == "sqlite":
        store = await factory.open_store(paths, "test")
    elif request.param == "postgresql":
        url = request.getfixturevalue("team_url")
        store = await factory.open_store(paths, "test", factory.TeamConnection(url, None, "Anna", "desk-a"))
    else:
        store = MemoryStore("test")
    yield store
    await store.close()


async def test_an_open_write_blocks_the_same_action_on_the_order_until_it_is_finished(backend: OrderStore):
    first = await backend.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True)
    with pytest.raises(OpenWrite) as refused:
        await backend.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True)
    assert refused.value.entry.id == first.id
    # Other orders and other actions are not blocked; without the guard nothing is refused.
    await backend.add_intent("o2", "capture", CAPTURE, now=NOW, guard=True)
    await backend.add_intent("o1", "cancel", None, now=NOW, guard=True)
    await backend.record_outcome(first.id, JournalState.FAILED, http_status=403, now=NOW)
    again = await backend.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True)
    assert [e.id for e in await backend.entries_for_order("o1")][-1] == again.id


async def test_a_recent_capture_needs_confirming_and_the_confirmation_names_it(backend: OrderStore):
    done = await backend.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True, sending=True)
    await backend.record_outcome(done.id, JournalState.SUCCEEDED, http_status=201, now=NOW)
    with pytest.raises(RecentWrite) as refused:
        await backend.add_intent("o1", "capture", CAPTURE, now=NOW + dt.timedelta(minutes=1), guard=True)
    assert refused.value.entry.id == done.id
    confirmed = await backend.add_intent("o1", "capture", CAPTURE, now=NOW + dt.timedelta(minutes=1), guard=True,
                                         confirmed_recent=done.id)
    assert confirmed.state is JournalState.INTENT
    # After RECENT_WRITE no question is asked.
    other = await backend.add_intent("o2", "capture", CAPTURE, now=NOW, guard=True)
    await backend.record_outcome(other.id, JournalState.SUCCEEDED, now=NOW)
    await backend.add_intent("o2", "capture", CAPTURE, now=NOW + RECENT_WRITE + dt.timedelta(seconds=1), guard=True)


async def test_a_key_is_resent_only_within_its_lifetime_and_names_one_write(backend: OrderStore):
    entry = await backend.add_intent("o1", "refund", {"body": {"refunded_amount": 5}}, now=NOW, sending=True)
    assert entry.attempts == 1 and entry.is_open
    again = await backend.record_attempt(entry.id, now=NOW + dt.timedelta(hours=1), lifetime=KEY_LIFETIME)
    assert again.attempts == 2
    with pytest.raises(KeyExpired):
        await backend.record_attempt(entry.id, now=NOW + KEY_LIFETIME, lifetime=KEY_LIFETIME)
    with pytest.raises(ValueError, match="already journaled"):
        await backend.add_intent("o2", "refund", None, idempotency_key=entry.idempotency_key)
    assert (await backend.by_key(entry.idempotency_key)) == await backend.get_entry(entry.id)
    assert [e.id for e in await backend.open_intents()] == [entry.id]


async def test_a_finished_entry_stays_finished(backend: OrderStore):
    entry = await backend.add_intent("o1", "capture", CAPTURE, now=NOW)
    done = await backend.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=201, result_id="c1")
    assert done.state is JournalState.SUCCEEDED and done.result_id == "c1" and not done.finished_elsewhere
    # A lost answer recorded later (another window's resend already got the real one) changes nothing.
    assert (await backend.record_outcome(entry.id, JournalState.UNKNOWN)).state is JournalState.SUCCEEDED
    with pytest.raises(ValueError):
        await backend.record_outcome(entry.id, JournalState.FAILED)
    with pytest.raises(KeyError):
        await backend.record_outcome(999, JournalState.FAILED)
    assert await backend.open_intents() == []
    assert (await backend.recent(1))[0].id == entry.id


async def test_orders_are_cached_searched_and_counted(backend: OrderStore):
    orders = [make_order(order_id="a-1", given="Ida", family="Holm", status="AUTHORIZED"),
              make_order(order_id="b-2", given="Per", family="Lindqvist", status="CAPTURED"),
              make_order(order_id="c-3", given="Ida", family="Berg", status="AUTHORIZED")]
    assert await backend.upsert_orders(orders, NOW) == 3
    assert await backend.count("ida") == 2
    assert {r.order_id for r in await backend.search(SearchQuery(text="ida", statuses={"AUTHORIZED"}))} == {"a-1", "c-3"}
    assert await backend.count(SearchQuery(statuses={"CAPTURED"})) == 1
    cached = await backend.get_order(" B-2 ")
    assert cached is not None and cached.order.order_id == "b-2" and cached.fetched_at == NOW
    # An older copy never replaces a newer one.
    await backend.upsert_orders([make_order(order_id="b-2", status="AUTHORIZED")], NOW - dt.timedelta(hours=1))
    assert (await backend.get_order("b-2")).order.status == "CAPTURED"  # type: ignore[union-attr]
    assert await backend.order_ids() == ["a-1", "b-2", "c-3"]
    assert set(await backend.fetched_at(["a-1", "nope"])) == {"a-1"}
    assert await backend.get_order("nope") is None
