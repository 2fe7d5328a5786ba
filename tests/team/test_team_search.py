"""Search on the team store finds what a desk's own store finds, for the same orders and queries."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest
from klarna_console.paths import Paths
from klarna_console.sandbox import Sandbox
from klarna_console.store import SearchQuery, Store
from klarna_console.store.postgres import bookmarks, search
from klarna_console.store.postgres.db import TeamDatabase
from klarna_console.store.postgres.orders import ROW_NAMES, TeamOrderCache, row_values
from klarna_console.store.postgres.schema import MIGRATIONS


@pytest.fixture(scope="module")
def demo_orders():
    sandbox = Sandbox(orders=200, seed=1)
    try:
        return [sandbox.order(order_id) for order_id in sandbox.order_ids], sandbox.clock.now()
    finally:
        sandbox.close()


@pytest.fixture
def both(team_url, demo_orders, tmp_path, monkeypatch):
    monkeypatch.setenv("KLARNA_CONSOLE_HOME", str(tmp_path))
    orders, _ = demo_orders
    local = Store.open(Paths.resolve().ensure(), "desk")
    team_db = TeamDatabase(team_url)
    team = TeamOrderCache(team_db)
    fetched = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    local.orders.upsert_orders(orders, fetched)
    team.upsert_orders(orders, fetched)
    yield local.orders, team
    local.close()
    team_db.close()


def _texts(demo_orders) -> list[str]:
    orders, _ = demo_orders
    first = orders[0]
    address = first.billing_address
    assert address is not None and address.family_name and address.email and address.phone
    return [
        "", "a", "an", "sö", "so", "anna", address.family_name, address.family_name.upper()[:3],
        address.email, address.email.split("@")[0], address.phone, address.phone.replace(" ", "")[-7:],
        first.order_id, first.order_id.upper(), first.klarna_reference or "", "anna s", "+", "@", "zzzz",
        address.postal_code or "", first.merchant_reference1 or "",
    ]


QUERIES = [
    {}, {"statuses": ("AUTHORIZED",)}, {"statuses": ("CAPTURED", "PART_CAPTURED")}, {"currency": "sek"},
    {"amount_min": 10000, "amount_max": 50000}, {"fraud_pending": True}, {"sort": "customer_name", "descending": False},
    {"sort": "order_amount"}, {"sort": "status"}, {"sort": "email", "descending": False},
    {"created_from": dt.date(2026, 11, 1)}, {"created_to": dt.date(2026, 11, 15)},
]


def test_the_team_store_answers_every_search_as_the_desks_own_store(both, demo_orders):
    local, team = both
    _, now = demo_orders
    checked = found = 0
    for text in _texts(demo_orders):
        for extra in QUERIES:
            query = SearchQuery(text=text, now=now, **extra)
            mine = [row.order_id for row in local.search(query, 0, 50)]
            theirs = [row.order_id for row in team.search(query, 0, 50)]
            assert theirs == mine, (text, extra)
            assert team.count(query) == local.count(query), (text, extra)
            checked += 1
            found += bool(mine)
    expiring = SearchQuery(expires_within_days=7, now=now)
    assert team.search(expiring, 0, 200) == local.search(expiring, 0, 200)
    assert checked == len(QUERIES) * len(_texts(demo_orders))
    assert found > checked // 3, "most searches find orders: the comparison is not of empty lists"


@pytest.mark.parametrize("words_read", [1, 10**9], ids=["walking the orders", "reading the words"])
def test_both_ways_of_reading_a_text_search_find_what_the_desks_own_store_finds(both, demo_orders, monkeypatch,
                                                                               words_read):
    """A beginning found in many words is searched by walking the orders on their initials' bits, else by
    reading its words (schema 5): either way, every page and count is the desk's."""
    monkeypatch.setattr(search, "WORDS_READ", words_read)
    local, team = both
    _, now = demo_orders
    for text in [*_texts(demo_orders), "s", "x", "an", "jo", "ma", "sv", "a s", "an.s", "7"]:
        for extra in QUERIES:
            query = SearchQuery(text=text, now=now, **extra)
            for offset in (0, 7):
                mine = [row.order_id for row in local.search(query, offset, 20)]
                assert [row.order_id for row in team.search(query, offset, 20)] == mine, (text, extra, offset)
            assert team.count(query) == local.count(query), (text, extra)


def test_pages_follow_each_other_without_gaps_or_repeats(both):
    local, team = both
    query = SearchQuery(text="a", sort="customer_name", descending=False)
    paged = [row.order_id for start in range(0, 200, 30) for row in team.search(query, start, 30)]
    assert paged == [row.order_id for row in local.search(query, 0, 200)]
    assert len(paged) == len(set(paged))


def test_rows_carry_the_same_columns(both, demo_orders):
    local, team = both
    orders, _ = demo_orders
    assert team.search(orders[5].order_id, 0, 1) == local.search(orders[5].order_id, 0, 1)
    cached = team.get_order(orders[5].order_id.upper())
    assert cached is not None and cached.order == local.get_order(orders[5].order_id).order


def test_an_older_fetch_never_overwrites_a_newer_one(both, demo_orders):
    _, team = both
    orders, _ = demo_orders
    newer = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    team.upsert_orders([orders[0]], newer)
    team.upsert_orders([orders[0]], newer - dt.timedelta(hours=1))
    assert team.fetched_at([orders[0].order_id]) == {orders[0].order_id: newer}


def test_a_team_store_of_schema_3_is_migrated_and_answers_as_the_desks_own_store(
        team_url, demo_orders, tmp_path, monkeypatch):
    monkeypatch.setenv("KLARNA_CONSOLE_HOME", str(tmp_path))
    monkeypatch.setattr(search, "WORDS_READ", search.WORDS_READ)  # set below, put back after
    orders, now = demo_orders
    fetched = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    db = TeamDatabase(team_url, migrate=False)
    local = Store.open(Paths.resolve().ensure(), "desk")
    try:
        db.migrate(MIGRATIONS[:3])
        # The rows as a desk of schema 3 wrote them (no count kept, none of the bits of schema 5).
        names = [name for name in ROW_NAMES if name not in ("initials", "bigrams_a", "bigrams_b", "facets")]
        marks = ["%s::tsvector" if name == "terms" else "%s" for name in names]
        with db.write() as conn, conn.cursor() as cursor:
            cursor.executemany(f"INSERT INTO orders ({', '.join(names)}) VALUES ({', '.join(marks)})",
                               [row_values(order, fetched)[:len(names)] for order in orders])
        assert db.migrate() == MIGRATIONS[-1].version == db.schema_version() == 5
        team = TeamOrderCache(db)
        local.orders.upsert_orders(orders, fetched)
        for text, words_read in (("", 1), ("a", 1), ("an", 1), ("sö", 1), ("an", 10**9), ("anna", 10**9)):
            # The bits the migration computed (not this desk) decide the walks (a 1 makes every search walk).
            search.WORDS_READ = words_read
            for extra in QUERIES:
                query = SearchQuery(text=text, now=now, **extra)
                for offset in (0, 120):
                    mine = [row.order_id for row in local.orders.search(query, offset, 50)]
                    assert [row.order_id for row in team.search(query, offset, 50)] == mine, (text, extra, offset)
                assert team.count(query) == local.orders.count(query), (text, extra)
        assert len(team) == len(orders)
        team.upsert_orders(orders[:1], fetched + dt.timedelta(hours=1))  # an update: the count stays
        assert team.count(SearchQuery()) == len(orders)
    finally:
        local.close()
        db.close()


def test_pages_past_the_middle_and_the_count_of_all_orders_match_the_desks(both, demo_orders):
    local, team = both
    orders, _ = demo_orders
    for query in (SearchQuery(), SearchQuery(descending=False), SearchQuery(sort="customer_name"),
                  SearchQuery(sort="expires_at", descending=False)):
        assert team.count(query) == local.count(query) == len(orders)
        for offset, limit in ((101, 30), (170, 30), (190, 30), (199, 5), (200, 5), (230, 5)):
            mine = [row.order_id for row in local.search(query, offset, limit)]
            assert [row.order_id for row in team.search(query, offset, limit)] == mine, (query, offset)
    team.delete_orders([orders[0].order_id, "not-cached"])
    team.upsert_orders(orders[:3], dt.datetime(2026, 12, 2, tzinfo=dt.UTC))  # one new again, two updated
    assert team.count(SearchQuery()) == len(team) == len(orders)
    team.upsert_orders(orders[:1], dt.datetime(2026, 11, 1, tzinfo=dt.UTC))  # older: refused, not counted
    assert team.count(SearchQuery()) == len(orders)


def test_counts_and_search_words_follow_every_change_the_desks_make(both, demo_orders):
    """The database keeps each status's count and each order's search words (schema 5): after captures,
    a renamed customer and a forgotten order, the team store still answers as the desk's own."""
    local, team = both
    orders, now = demo_orders
    captured = [msgspec.structs.replace(order, status="CAPTURED", captured_amount=order.order_amount)
                for order in orders[:40] if order.status != "CAPTURED"]
    assert captured, "some orders change status"
    renamed = orders[50]
    assert renamed.billing_address is not None
    old_name = renamed.billing_address.family_name or ""
    renamed = msgspec.structs.replace(renamed, billing_address=msgspec.structs.replace(
        renamed.billing_address, family_name="Zyxwander"))
    later = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    for store in (local, team):
        store.upsert_orders([*captured, renamed], later)
        store.delete_orders([orders[-1].order_id])
    assert [row.order_id for row in team.search("zyxw")] == [renamed.order_id]
    assert team.count("Zyxwander") == 1
    for query in (SearchQuery(statuses=("CAPTURED",)), SearchQuery(statuses=("AUTHORIZED", "CAPTURED")),
                  SearchQuery(statuses=("AUTHORIZED",)), SearchQuery(), SearchQuery(text=old_name),
                  SearchQuery(text=old_name[:2]), SearchQuery(text=old_name[:1]), SearchQuery(text="zyx", now=now),
                  *(SearchQuery(text=text, statuses=("CAPTURED",)) for text in ("a", "an", "ann", "anna", "se"))):
        assert team.count(query) == local.count(query), query
        assert [r.order_id for r in team.search(query, 0, 300)] == [r.order_id for r in local.search(query, 0, 300)], query
    assert len(team) == len(orders) - 1


def test_a_reader_granted_before_the_update_to_schema_5_still_searches(team_url, demo_orders):
    """A read-only desk's role, granted SELECT on the tables of schema 4, can read the tables schema 5 adds."""
    import psycopg

    orders, _ = demo_orders
    db = TeamDatabase(team_url, migrate=False)
    db.migrate(MIGRATIONS[:4])
    database = team_url.rsplit("/", 1)[1]
    role = f"reader_{database}"
    with psycopg.connect(team_url, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
        admin.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
        admin.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    assert db.migrate() == 5
    TeamOrderCache(db).upsert_orders(orders, dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    db.close()
    reader = TeamDatabase(team_url.replace("console@", f"{role}@"))
    try:
        cache = TeamOrderCache(reader)
        assert cache.count(SearchQuery(text="anna")) == len(cache.search("anna", 0, 500)) > 0
        assert cache.count(SearchQuery(statuses=("AUTHORIZED",))) == sum(o.status == "AUTHORIZED" for o in orders)
    finally:
        reader.close()


def test_deep_pages_read_from_bookmarks_stay_right_as_orders_come_go_and_move(both, demo_orders, monkeypatch):
    """Pages of all orders by creation time start at a bookmark (every STEP-th order); adding, forgetting or
    moving an order in creation order makes the bookmarks be read again, so no page is off by one."""
    monkeypatch.setattr(bookmarks, "STEP", 7)
    local, team = both
    orders, _ = demo_orders

    def same_pages() -> None:
        for query in (SearchQuery(), SearchQuery(descending=False)):
            for offset, limit in ((6, 3), (7, 10), (50, 20), (133, 30), (180, 40), (len(orders) - 3, 10)):
                mine = [row.order_id for row in local.search(query, offset, limit)]
                assert [row.order_id for row in team.search(query, offset, limit)] == mine, (query, offset)

    same_pages()
    later = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    newest = msgspec.structs.replace(orders[3], order_id="new-order-1", created_at=later)
    # The newest order made the oldest: every order before it moves up one place.
    moved = msgspec.structs.replace(max(orders[21:], key=lambda order: order.created_at),
                                    created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    for store in (local, team):
        store.upsert_orders([newest], later)
    same_pages()
    for store in (local, team):
        store.delete_orders([orders[20].order_id])
    same_pages()
    for store in (local, team):
        store.upsert_orders([moved], later)
    same_pages()


def test_two_desks_caching_the_same_orders_at_once_both_succeed_with_every_count_right(team_url, demo_orders):
    """Two desks refreshing the same orders in opposite orders at the same moment (as after a bulk run at
    each): neither write fails on a deadlock between the orders' rows and the counts the database keeps."""
    import threading

    orders, _ = demo_orders
    desks = [TeamDatabase(team_url) for _ in range(2)]
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def refresh(db: TeamDatabase, batch: list) -> None:
        try:
            start.wait()
            for round_ in range(3):
                TeamOrderCache(db).upsert_orders(batch, dt.datetime(2026, 12, 1, round_, tzinfo=dt.UTC))
        except BaseException as error:  # noqa: BLE001  (reported below, from the test's thread)
            failures.append(error)

    threads = [threading.Thread(target=refresh, args=(db, batch))
               for db, batch in zip(desks, (orders, orders[::-1]), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert failures == []
        team = TeamOrderCache(desks[0])
        assert len(team) == team.count(SearchQuery()) == len(orders)
        for status in {order.status for order in orders}:
            assert team.count(SearchQuery(statuses=(status,))) == sum(o.status == status for o in orders)
    finally:
        for db in desks:
            db.close()
