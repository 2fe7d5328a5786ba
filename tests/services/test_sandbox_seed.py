"""A first start caches the Sandbox's orders without its web app: the same orders, and the same index, as its sync."""

from __future__ import annotations

import shutil

import msgspec
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, Profile
from klarna_console.sandbox.account import SandboxAccount
from klarna_console.services.cache import FirstPaint
from klarna_console.services.sandbox_seed import first_start_orders, listed_orders, state_path
from klarna_console.services.session import open_session
from klarna_console.store import factory
from klarna_console.store.lock import ProfileLock
from klarna_console.store.values import SearchQuery

ORDERS = 24


def first_paint(paths: Paths) -> FirstPaint:
    """What the window's first paint does on a first start: the sandbox's orders into a new store, read back."""
    fetched = first_start_orders(paths, SANDBOX_PROFILE, ORDERS)
    assert fetched is not None
    return FirstPaint(paths, SANDBOX_PROFILE, SearchQuery(""), 500, fetched)


def queries(orders: list) -> list[str]:
    """What a person types: names, e-mails, phone numbers, postal codes, references, ids."""
    found = []
    for order in orders:
        address = order.billing_address
        found += [address.family_name, address.email, address.phone, address.postal_code,
                  order.klarna_reference, order.merchant_reference1, order.order_id[:8]]
    return [q for q in found if q]


async def test_the_sandbox_opened_after_a_first_paint_serves_exactly_the_orders_the_store_was_filled_with(tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    look = first_paint(paths)
    assert look.total == ORDERS and len(look.rows) == ORDERS
    cached = {row.order_id: await look.local.get_order(row.order_id) for row in look.rows}
    state = state_path(paths, SANDBOX_PROFILE)
    assert state.exists(), "the sandbox's state is on disk before its session opens"
    with SandboxAccount(state_path=state) as kept:
        listed, _at = listed_orders(kept)
    assert {o.order_id: msgspec.json.encode(o) for o in listed} == {
        oid: msgspec.json.encode(copy.order) for oid, copy in cached.items()}
    session = await open_session(SANDBOX_PROFILE, paths, store=look.local.store, sandbox_orders=ORDERS)
    try:
        assert sorted(session.sandbox.order_ids) == sorted(cached), "the session's sandbox holds these orders, no others"
        for order_id, copy in cached.items():
            served = await session.client.get_order(order_id)  # over HTTP, through the sandbox's web app
            assert msgspec.json.encode(served) == msgspec.json.encode(copy.order), order_id
            assert copy.fetched_at.microsecond == 0, "fetched at the sandbox's time, whole seconds as it lists them"
    finally:
        await session.close()


async def test_the_first_paints_store_finds_what_the_sessions_sync_would_have_indexed(tmp_path):
    seeded = Paths.resolve(tmp_path / "seeded").ensure()
    look = first_paint(seeded)
    orders = [(await look.local.get_order(row.order_id)).order for row in look.rows]
    await look.local.close()
    # Today's way, for comparison: the same sandbox (its state file), an empty store, the session's sync.
    synced = Paths.resolve(tmp_path / "synced").ensure()
    state_path(synced, SANDBOX_PROFILE).parent.mkdir(parents=True)
    shutil.copy(state_path(seeded, SANDBOX_PROFILE), state_path(synced, SANDBOX_PROFILE))
    session = await open_session(SANDBOX_PROFILE, synced, sandbox_orders=ORDERS)
    seeded_store = await factory.open_store(seeded, SANDBOX_PROFILE.id)
    try:
        assert await session.sync_sandbox() == ORDERS
        found = 0
        for text in ["", *queries(orders)]:
            wanted = [row.order_id for row in await session.store.search(text, 0, 100)]
            assert [row.order_id for row in await seeded_store.search(text, 0, 100)] == wanted, text
            assert await seeded_store.count(text) == await session.store.count(text), text
            found += bool(wanted)
        assert found > 5 * ORDERS, "most of what was typed finds its order"
    finally:
        await session.close()
        await seeded_store.close()


def test_a_first_start_with_the_sandboxs_state_kept_caches_that_state_and_makes_no_new_orders(tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    state = state_path(paths, SANDBOX_PROFILE)
    with SandboxAccount(5, 9, state) as earlier:  # an earlier start's sandbox, whose store was removed since
        kept = earlier.order_ids
    orders, _listed_at = first_start_orders(paths, SANDBOX_PROFILE, ORDERS) or ([], None)
    assert sorted(o.order_id for o in orders) == sorted(kept)


def test_other_profiles_existing_stores_and_a_profile_held_elsewhere_are_left_to_the_session(tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    klarna = Profile(id="shop-eu", name="Shop EU", region="eu", environment="playground", username="PK1")
    assert first_start_orders(paths, klarna) is None, "its orders need the network"
    assert not factory.profile_folder(paths, klarna.id).exists(), "and nothing of it was written"

    other_window = ProfileLock(factory.profile_folder(paths, SANDBOX_PROFILE.id))
    assert other_window.acquire()
    try:
        assert first_start_orders(paths, SANDBOX_PROFILE, ORDERS) is None
        assert not state_path(paths, SANDBOX_PROFILE).exists(), "only the window holding the profile writes it"
    finally:
        other_window.release()

    first_paint(paths).local.store.store.close()
    assert first_start_orders(paths, SANDBOX_PROFILE, ORDERS) is None, "a returning start reads its store"
