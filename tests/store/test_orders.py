"""The order cache: orders come back as they were fetched, the newest fetch wins, and the index follows."""

from __future__ import annotations

import datetime as dt
import os
import stat

import msgspec
import pytest
from klarna_console.api.models import Capture, Order
from klarna_console.paths import Paths
from klarna_console.reasons import Code, reason
from klarna_console.store import SCHEMA_VERSION, SearchQuery, Store, StoreError, database_path
from klarna_console.store.sqlite import orders as orders_module

from fixtures.store import NOW, MakeOrder

HOUR = dt.timedelta(hours=1)


def test_an_order_comes_back_exactly_as_fetched(store: Store, make_order: MakeOrder) -> None:
    order = make_order(
        given="Anna", family="Söderberg", klarna_reference="K4MADNY", purchase_country="SE", locale="sv-SE",
        captures=[Capture(capture_id="c1", captured_amount=5_000, captured_at=NOW - HOUR)],
        expires_at=NOW + dt.timedelta(days=20),
    )
    store.orders.upsert_orders([order], fetched_at=NOW)
    cached = store.orders.get_order(order.order_id or "")
    assert cached is not None
    assert cached.order == order
    assert cached.fetched_at == NOW


def test_an_order_is_found_by_its_id_in_any_case(store: Store, make_order: MakeOrder) -> None:
    store.orders.upsert_orders([make_order(order_id="abc-def")], fetched_at=NOW)
    assert store.orders.get_order(" ABC-DEF ") is not None
    assert store.orders.get_order("abc-xyz") is None


def test_a_newer_fetch_replaces_the_order_and_its_search_terms(store: Store, make_order: MakeOrder) -> None:
    first = make_order(order_id="o1", given="Anna", family="Söderberg", status="AUTHORIZED")
    store.orders.upsert_orders([first], fetched_at=NOW)
    renamed = msgspec.structs.replace(
        first, status="CAPTURED",
        billing_address=msgspec.structs.replace(first.billing_address, family_name="Lindqvist"),
    )
    store.orders.upsert_orders([renamed], fetched_at=NOW + HOUR)
    assert store.orders.count("söderberg") == 0
    assert [r.status for r in store.orders.search("lindq")] == ["CAPTURED"]
    assert store.orders.order_ids() == ["o1"]
    store.db.connection().execute("INSERT INTO orders_fts (orders_fts) VALUES ('integrity-check')")


def test_a_slow_fetch_finishing_late_does_not_put_back_an_older_state(
    store: Store, make_order: MakeOrder
) -> None:
    store.orders.upsert_orders([make_order(order_id="o1", status="CAPTURED")], fetched_at=NOW)
    store.orders.upsert_orders([make_order(order_id="o1", status="AUTHORIZED")], fetched_at=NOW - HOUR)
    cached = store.orders.get_order("o1")
    assert cached is not None
    assert (cached.order.status, cached.fetched_at) == ("CAPTURED", NOW)
    assert [r.status for r in store.orders.search("o1")] == ["CAPTURED"]


def test_large_imports_are_written_in_batches_with_the_last_copy_winning(
    store: Store, make_order: MakeOrder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orders_module, "BATCH_SIZE", 7)
    orders = [make_order(order_id=f"o{n}", given="Bo", family=f"Name{n}") for n in range(30)]
    # The same order twice in one batch: what was fetched last is kept.
    orders.insert(3, make_order(order_id="o2", given="Bo", family="Early"))
    orders.insert(4, make_order(order_id="O2", given="Bo", family="Later"))
    assert store.orders.upsert_orders(orders, fetched_at=NOW) == 32
    assert len(store.orders) == 30
    assert store.orders.count("bo") == 30
    cached = store.orders.get_order("o2")
    assert cached is not None and cached.order.billing_address is not None
    assert cached.order.billing_address.family_name == "Later"


def test_an_order_without_id_is_refused_and_nothing_of_its_batch_is_written(
    store: Store, make_order: MakeOrder
) -> None:
    with pytest.raises(ValueError, match="without order_id"):
        store.orders.upsert_orders([make_order(order_id="ok"), Order(status="AUTHORIZED")], fetched_at=NOW)
    assert store.orders.order_ids() == []


def test_stale_lists_orders_fetched_before_a_time_oldest_first(store: Store, make_order: MakeOrder) -> None:
    for hours, order_id in ((5, "old"), (3, "older-than-2h"), (1, "fresh")):
        store.orders.upsert_orders([make_order(order_id=order_id)], fetched_at=NOW - hours * HOUR)
    assert store.orders.stale(NOW - 2 * HOUR) == ["old", "older-than-2h"]
    assert store.orders.stale(NOW - 2 * HOUR, limit=1) == ["old"]


def test_stale_also_takes_a_duration_counted_back_from_now(store: Store, make_order: MakeOrder) -> None:
    now = dt.datetime.now(dt.UTC)
    store.orders.upsert_orders([make_order(order_id="yesterday")], fetched_at=now - 24 * HOUR)
    store.orders.upsert_orders([make_order(order_id="just-now")], fetched_at=now)
    assert store.orders.stale(dt.timedelta(hours=1)) == ["yesterday"]


def test_deleted_orders_are_gone_from_cache_and_search(store: Store, make_order: MakeOrder) -> None:
    store.orders.upsert_orders(
        [make_order(order_id="o1", given="Ada"), make_order(order_id="o2", given="Ada")], fetched_at=NOW
    )
    assert store.orders.delete_orders(["o1", "nope"]) == 1
    assert store.orders.get_order("o1") is None
    assert [r.order_id for r in store.orders.search("ada")] == ["o2"]
    assert store.db.connection().execute("SELECT count(*) FROM order_bodies").fetchone()[0] == 1


def test_the_database_is_one_owner_only_file_per_profile(paths: Paths) -> None:
    with Store.open(paths, "shop-eu") as store:
        assert store.db.path == paths.data / "shop-eu" / "orders.sqlite3"
        assert store.db.schema_version() == SCHEMA_VERSION
        assert store.db.connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if os.name == "posix":
        assert stat.S_IMODE(store.db.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.db.path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("bad", ["../elsewhere", "a/b", "", ".hidden", "x" * 101])
def test_a_profile_id_that_is_not_a_plain_name_cannot_name_a_directory(paths: Paths, bad: str) -> None:
    with pytest.raises(ValueError, match="cannot name a directory"):
        database_path(paths, bad)


def test_a_closed_store_says_so(paths: Paths) -> None:
    store = Store.open(paths, "test")
    store.close()
    with pytest.raises(StoreError) as raised:
        store.orders.search(SearchQuery())
    assert raised.value.reason == reason(Code.STORE_CLOSED, path=str(store.db.path))
