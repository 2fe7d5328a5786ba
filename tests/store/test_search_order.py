"""Text searches list orders newest first exactly as every other search does, however the orders are timed.

Text results come from the full-text index in the order of its row ids (created keys, see
store/sqlite/keys.py); these tests hold them to created_at, then the order they were first cached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from klarna_console.api.models import Order
from klarna_console.store import SearchQuery, Store
from klarna_console.store.sqlite import orders as orders_module

from fixtures.store import NOW, MakeOrder

SECOND = dt.timedelta(seconds=1)
MICRO = dt.timedelta(microseconds=1)


def _times_with_ties(n: int) -> list[dt.datetime | None]:
    return [NOW - (n % 3) * SECOND for n in range(n)]  # three instants, cached interleaved


def _times_apart_by_microseconds(n: int) -> list[dt.datetime | None]:
    return [NOW + (n - i) * MICRO for i in range(n)]  # newest cached first, a microsecond apart


def _times_a_key_cannot_hold(n: int) -> list[dt.datetime | None]:
    # No time, and times outside the keys' range (1827-2112): searches sort as before keys.
    odd: list[dt.datetime | None] = [None, dt.datetime(1700, 1, 1, tzinfo=dt.UTC), dt.datetime(2300, 1, 1, tzinfo=dt.UTC)]
    return [odd[i % 3] if i % 4 == 0 else NOW - (i % 5) * SECOND for i in range(n)]


def _more_in_one_instant_than_keys_hold(n: int) -> list[dt.datetime | None]:
    return [NOW] * 1030 + [NOW - i * SECOND for i in range(n)]


TIMINGS: dict[str, Callable[[int], list[dt.datetime | None]]] = {
    "ties": _times_with_ties,
    "microseconds apart": _times_apart_by_microseconds,
    "no time or out of range": _times_a_key_cannot_hold,
    "1030 in one instant": _more_in_one_instant_than_keys_hold,
}


def _cache(store: Store, make_order: MakeOrder, times: list[dt.datetime | None]) -> list[Order]:
    orders = [
        make_order(order_id=f"order-{i:04d}", given="Anna", family=("Berg", "Lind")[i % 2],
                   created_at=when, status=("AUTHORIZED", "CAPTURED", "PART_CAPTURED")[i % 3],
                   purchase_currency=("SEK", "eur")[i % 2], fraud_status=("ACCEPTED", "PENDING")[i % 5 == 0])
        for i, when in enumerate(times)
    ]
    # Several writes: a later one places its orders after those already cached in the same instant.
    for start in range(0, len(orders), 17):
        store.orders.upsert_orders(orders[start:start + 17], fetched_at=NOW)
    return orders


def _expected(orders: list[Order], keep: Callable[[Order], bool], descending: bool) -> list[str]:
    """Order ids by created_at then first caching (no time first, as SQLite sorts them), filtered."""
    placed = sorted(
        (i for i, order in enumerate(orders) if keep(order)),
        key=lambda i: (orders[i].created_at is not None, orders[i].created_at or NOW, i),
    )
    ids = [orders[i].order_id or "" for i in placed]
    return ids[::-1] if descending else ids


QUERIES: list[tuple[dict[str, object], Callable[[Order], bool]]] = [
    ({"text": "anna"}, lambda o: True),
    ({"text": "berg"}, lambda o: o.billing_address is not None and o.billing_address.family_name == "Berg"),
    ({"text": "anna", "statuses": {"CAPTURED", "part_captured"}}, lambda o: o.status != "AUTHORIZED"),
    ({"text": "lind", "currency": "EUR"}, lambda o: o.purchase_currency == "eur"),
    ({"text": "anna", "fraud_pending": True, "currency": "sek"},
     lambda o: o.fraud_status == "PENDING" and o.purchase_currency == "SEK"),
    ({}, lambda o: True),
]


@pytest.mark.parametrize("timing", TIMINGS)
def test_text_results_follow_creation_then_first_caching_on_every_page(
    store: Store, make_order: MakeOrder, timing: str
) -> None:
    orders = _cache(store, make_order, TIMINGS[timing](60))
    for fields, keep in QUERIES:
        for descending in (True, False):
            query = SearchQuery(**fields, descending=descending)  # type: ignore[arg-type]
            expected = _expected(orders, keep, descending)
            whole = [row.order_id for row in store.orders.search(query, 0, 5000)]
            assert whole == expected, (fields, descending)
            paged = [row.order_id for offset in range(0, 80, 7) for row in store.orders.search(query, offset, 7)]
            assert paged == expected[:84], (fields, descending)
            assert store.orders.count(query) == len(expected)


def test_an_order_whose_creation_time_changes_moves_to_its_new_place(store: Store, make_order: MakeOrder) -> None:
    first, second, third = (
        make_order(order_id=f"order-{n}", given="Anna", family="Berg", created_at=NOW - n * SECOND) for n in (3, 2, 1)
    )
    store.orders.upsert_orders([first, second, third], fetched_at=NOW)

    def newest_first() -> list[str]:
        return [row.order_id for row in store.orders.search("anna")]

    assert newest_first() == ["order-1", "order-2", "order-3"]
    moved = Order(**{**{f: getattr(first, f) for f in first.__struct_fields__}, "created_at": NOW})
    store.orders.upsert_orders([moved], fetched_at=NOW + SECOND)
    assert newest_first() == ["order-3", "order-1", "order-2"]
    # Into the instant of an order cached after it: the earlier cached one still sorts first among the two.
    tied = Order(**{**{f: getattr(second, f) for f in second.__struct_fields__}, "created_at": NOW - SECOND})
    store.orders.upsert_orders([tied], fetched_at=NOW + SECOND)
    assert newest_first() == ["order-3", "order-1", "order-2"]
    assert [row.order_id for row in store.orders.search(SearchQuery(text="anna", descending=False))] == [
        "order-2", "order-1", "order-3"]
    assert newest_first() == [row.order_id for row in store.orders.search(SearchQuery())]


def test_counts_by_status_follow_new_orders_status_changes_and_deletions(store: Store, make_order: MakeOrder) -> None:
    orders = [make_order(order_id=f"order-{n}", status=("AUTHORIZED", "CAPTURED")[n % 2],
                         created_at=NOW - n * dt.timedelta(hours=7)) for n in range(20)]
    store.orders.upsert_orders(orders, fetched_at=NOW)
    captured = SearchQuery(statuses={"CAPTURED"})
    assert (store.orders.count(captured), store.orders.count(SearchQuery())) == (10, 20)
    changed = [Order(**{**{f: getattr(o, f) for f in o.__struct_fields__}, "status": "CAPTURED"}) for o in orders[:4]]
    store.orders.upsert_orders(changed, fetched_at=NOW + SECOND)
    assert store.orders.count(captured) == 12
    assert store.orders.count(SearchQuery(statuses={"authorized", "CAPTURED"})) == 20
    store.orders.delete_orders(["order-1", "order-2", "order-5"])
    assert (store.orders.count(captured), store.orders.count(SearchQuery())) == (9, 17)
    assert store.orders.count(SearchQuery(statuses={"AUTHORIZED"})) == 8
    assert store.orders.count(SearchQuery(statuses={""})) == 0


@pytest.mark.parametrize("descending", [True, False])
def test_deep_pages_of_all_orders_are_slices_of_the_whole_list(
    store: Store, make_order: MakeOrder, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Spread over 40 days: the counts that place a deep page span many stretches of creation time.
    orders = _cache(store, make_order, [NOW - (n * 7919 % 3000) * dt.timedelta(minutes=19) for n in range(300)])
    monkeypatch.setattr(orders_module, "_JUMP_FROM", 0)
    expected = _expected(orders, lambda o: True, descending)
    query = SearchQuery(descending=descending)
    for offset in (0, 1, 57, 150, 233, 299, 300, 350):
        assert [row.order_id for row in store.orders.search(query, offset, 40)] == expected[offset:offset + 40]


def test_filter_words_are_never_found_by_typed_text(store: Store, make_order: MakeOrder) -> None:
    _cache(store, make_order, _times_with_ties(6))
    for text in ("statusauth", "currencyeur", "fraudpending", "status", "currency"):
        assert store.orders.search(text) == [] and store.orders.count(text) == 0
