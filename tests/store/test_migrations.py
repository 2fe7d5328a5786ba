"""Opening an older database migrates it, keeps a copy first, and loses nothing; a newer or broken one is refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import msgspec
import pytest
from klarna_console.api.models import Order
from klarna_console.paths import Paths
from klarna_console.reasons import Code, SetAside, reason
from klarna_console.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Database,
    SearchQuery,
    Store,
    StoreError,
    StoreSetAsideError,
)
from klarna_console.store.sqlite.db import Migration
from klarna_console.store.sqlite.fields import OrderFields, to_db_time

from fixtures.store import NOW, make_order

DAY = dt.timedelta(days=1)

# Schema version 1 as it shipped, written out here so that later changes to the code cannot change it.
V1_SCHEMA = """
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status TEXT, fraud_status TEXT, currency TEXT, order_amount INTEGER, captured_amount INTEGER,
    refunded_amount INTEGER, remaining_amount INTEGER, created_at TEXT, expires_at TEXT,
    klarna_reference TEXT COLLATE NOCASE, merchant_reference1 TEXT COLLATE NOCASE,
    merchant_reference2 TEXT COLLATE NOCASE, customer_name TEXT COLLATE NOCASE, email TEXT COLLATE NOCASE,
    phone TEXT, postal_code TEXT COLLATE NOCASE, fetched_at TEXT NOT NULL);
CREATE TABLE order_bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE TRIGGER order_bodies_after_delete AFTER DELETE ON orders BEGIN
    DELETE FROM order_bodies WHERE id = old.id; END;
CREATE TABLE journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    profile_id TEXT NOT NULL, order_id TEXT NOT NULL, action TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE, request TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('intent', 'succeeded', 'failed', 'unknown')),
    http_status INTEGER, error_code TEXT, error_messages TEXT NOT NULL DEFAULT '[]',
    correlation_id TEXT, result_id TEXT, attempts INTEGER NOT NULL DEFAULT 0);
CREATE INDEX journal_by_order ON journal (order_id, id);
CREATE INDEX journal_open ON journal (state) WHERE state IN ('intent', 'unknown');
CREATE INDEX journal_by_batch ON journal (json_extract(request, '$.batch'))
    WHERE json_extract(request, '$.batch') IS NOT NULL;
CREATE INDEX orders_by_fetched ON orders (fetched_at);
PRAGMA user_version = 1;
"""

ORDER = make_order(
    order_id="b1c2d3", given="Søren", family="Jørgensen", email="soren@example.dk",
    phone="+45 20 12 34 56", postal_code="2100", klarna_reference="DK55JRG", order_amount=45_000,
)


def write_v1_database(path: Path) -> None:
    """A database as version 1 left it: one cached order and one open journal entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO orders (id, order_id, status, currency, order_amount, created_at, klarna_reference, "
        "customer_name, email, phone, postal_code, fetched_at) VALUES "
        "(1, 'b1c2d3', 'AUTHORIZED', 'DKK', 45000, '2026-11-21T10:00:00.000000+00:00', 'DK55JRG', "
        "'Søren Jørgensen', 'soren@example.dk', '+45 20 12 34 56', '2100', '2026-11-22T10:00:00.000000+00:00')"
    )
    conn.execute("INSERT INTO order_bodies (id, body) VALUES (1, ?)", (msgspec.json.encode(ORDER),))
    conn.execute(
        "INSERT INTO journal (created_at, updated_at, profile_id, order_id, action, idempotency_key, request, "
        "state, attempts) VALUES ('2026-11-22T09:00:00.000000+00:00', '2026-11-22T09:00:00.000000+00:00', "
        "'test', 'b1c2d3', 'capture', 'key-1', '{\"body\": {\"captured_amount\": 45000}}', 'unknown', 1)"
    )
    conn.commit()
    conn.close()


@pytest.fixture
def v1_path(paths: Paths) -> Path:
    path = paths.data / "test" / "orders.sqlite3"
    write_v1_database(path)
    return path


def test_a_version_1_database_is_migrated_with_its_data_and_search_works_on_it(paths: Paths, v1_path: Path) -> None:
    with Store.open(paths, "test") as store:
        assert store.db.schema_version() == SCHEMA_VERSION
        cached = store.orders.get_order("b1c2d3")
        assert cached is not None and cached.order == ORDER
        # The search index is built from the rows already there, with the terms added since version 1.
        assert [r.order_id for r in store.orders.search("jorgensen")] == ["b1c2d3"]
        assert [r.order_id for r in store.orders.search("20 12 34 56")] == ["b1c2d3"]
        assert store.orders.count(SearchQuery(statuses={"AUTHORIZED"}, currency="dkk")) == 1
        (entry,) = store.journal.open_intents()
        assert (entry.idempotency_key, entry.state.value, entry.attempts) == ("key-1", "unknown", 1)
        assert entry.request == {"body": {"captured_amount": 45000}}


def test_a_copy_of_the_database_is_kept_before_migrating(paths: Paths, v1_path: Path) -> None:
    with Store.open(paths, "test") as store:
        backup = store.db.backup_path
    assert backup is not None and backup.parent == v1_path.parent
    assert backup.name.startswith("orders.sqlite3.v1-") and backup.name.endswith(".bak")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT order_id FROM orders").fetchall() == [("b1c2d3",)]
        assert copy.execute("SELECT idempotency_key FROM journal").fetchall() == [("key-1",)]
    finally:
        copy.close()


def test_a_new_database_needs_no_copy(paths: Paths) -> None:
    with Store.open(paths, "fresh") as store:
        assert store.db.backup_path is None
    assert [p.name for p in (paths.data / "fresh").iterdir() if ".bak" in p.name] == []


def test_a_failed_migration_leaves_the_database_as_it_was_and_says_where_the_copy_is(
    paths: Paths, v1_path: Path
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE orders ADD COLUMN surely_new TEXT")
        conn.execute("SELECT no_such_column FROM orders")

    steps = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "a step that fails", broken)]
    with pytest.raises(StoreError) as raised:
        Database(v1_path, migrations=steps)
    why = raised.value.reason
    assert (why.code, why.get("path"), why.get("version")) == (
        Code.STORE_MIGRATION_FAILED, str(v1_path), SCHEMA_VERSION + 1)
    assert str(why.get("backup")).endswith(".bak") and Path(str(why.get("backup"))).exists()
    # The shipped steps are in; the failed one left nothing behind, so the next start can try again.
    with Store.open(paths, "test") as store:
        assert store.db.schema_version() == SCHEMA_VERSION
        columns = [row[1] for row in store.db.connection().execute("PRAGMA table_info(orders)")]
        assert "surely_new" not in columns
        assert store.orders.get_order("b1c2d3") is not None


def test_a_database_from_a_newer_version_is_refused_and_left_alone(paths: Paths) -> None:
    path = paths.data / "test" / "orders.sqlite3"
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as raised:
        Store.open(paths, "test")
    assert raised.value.reason == reason(Code.STORE_TOO_NEW, path=str(path), version=99, latest=SCHEMA_VERSION)
    assert path.read_bytes() == before


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_file_that_is_not_a_database_is_refused_naming_it(paths: Paths) -> None:
    path = paths.data / "test" / "orders.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(StoreSetAsideError) as raised:
        Store.open(paths, "test")
    assert raised.value.recovery.problem is SetAside.NOT_SQLITE
    assert (raised.value.reason.code, raised.value.reason.get("path")) == (Code.STORE_SET_ASIDE, str(path))
    assert "orders.sqlite3 is not a readable SQLite database" in raised.value.recovery.message()


def test_reopening_a_current_database_migrates_nothing(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        store.orders.upsert_orders([ORDER], fetched_at=NOW)
    with Store.open(paths, "test") as store:
        assert store.db.backup_path is None
        assert store.orders.count("søren") == 1


def _write_v1_orders(path: Path, orders: list[Order], created_texts: dict[int, str] | None = None) -> None:
    """A version 1 database holding these orders (row ids in list order), some created_at as text given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    names = [name for name in OrderFields._fields if not name.endswith("_terms")]
    for row_id, order in enumerate(orders, 1):
        fields = OrderFields.of(order)._asdict()
        if created_texts and row_id in created_texts:
            fields["created_at"] = created_texts[row_id]
        conn.execute(
            f"INSERT INTO orders (id, {', '.join(names)}, fetched_at) VALUES ({', '.join('?' * (len(names) + 2))})",
            (row_id, *(fields[name] for name in names), to_db_time(NOW)),
        )
        conn.execute("INSERT INTO order_bodies (id, body) VALUES (?, ?)", (row_id, msgspec.json.encode(order)))
    conn.commit()
    conn.close()


def _customers() -> list[Order]:
    families = ("Berg", "Lind", "Öberg", "Smith")
    return [
        make_order(order_id=f"order-{n:03d}", given="Anna", family=families[n % 4], email=f"anna{n}@example.se",
                   phone=f"+46 70 123 {n:02d} 00", status=("AUTHORIZED", "CAPTURED", "CANCELLED")[n % 3],
                   purchase_currency=("SEK", "EUR")[n % 2], order_amount=1_000 + n * 97 % 4_000,
                   fraud_status=("ACCEPTED", "PENDING")[n % 7 == 0], expires_at=NOW + (n % 9) * DAY,
                   # Ties, microseconds apart, no time at all: every case the keys must keep.
                   created_at=None if n % 23 == 0 else NOW - (n % 11) * DAY - (n % 2) * dt.timedelta(microseconds=1))
        for n in range(120)
    ]


MIGRATED_QUERIES = [
    SearchQuery(), SearchQuery(descending=False), SearchQuery(text="anna"), SearchQuery(text="berg", descending=False),
    SearchQuery(text="anna", statuses={"CAPTURED", "CANCELLED"}), SearchQuery(text="a", currency="eur"),
    SearchQuery(text="lind", fraud_pending=True), SearchQuery(text="anna", expires_within_days=4, now=NOW),
    SearchQuery(statuses={"AUTHORIZED"}), SearchQuery(text="anna", sort="order_amount"),
    SearchQuery(text="order-007"), SearchQuery(text="070 123 05"),
    SearchQuery(text="anna", created_from=(NOW - 5 * DAY).date(), amount_min=2_000),
]


def test_a_migrated_store_answers_searches_as_one_filled_anew(paths: Paths) -> None:
    orders = _customers()
    _write_v1_orders(paths.data / "old" / "orders.sqlite3", orders)
    with Store.open(paths, "old") as old, Store.open(paths, "fresh") as fresh:
        fresh.orders.upsert_orders(orders, fetched_at=NOW)
        assert old.db.schema_version() == SCHEMA_VERSION
        for query in MIGRATED_QUERIES:
            assert old.orders.count(query) == fresh.orders.count(query) > 0, query
            for offset in (0, 7, 50):
                assert old.orders.search(query, offset, 30) == fresh.orders.search(query, offset, 30), (query, offset)
        # And both keep on: the migrated store places new orders as the fresh one does.
        later = [make_order(order_id=f"later-{n}", given="Anna", family="Berg", created_at=NOW - n * DAY)
                 for n in range(5)]
        for store in (old, fresh):
            store.orders.upsert_orders(later, fetched_at=NOW)
        assert old.orders.search("berg", 0, 200) == fresh.orders.search("berg", 0, 200)


def test_a_creation_time_stored_in_another_form_still_sorts_as_its_text(paths: Paths) -> None:
    orders = _customers()[:30]
    # Written by hand or by an old tool: no "T", no offset. Such a row gets no key; text order still holds.
    _write_v1_orders(paths.data / "old" / "orders.sqlite3", orders, {5: "2026-11-21 10:00:00"})
    with Store.open(paths, "old") as old:
        conn = old.db.connection()
        expected = [r[0] for r in conn.execute("SELECT order_id FROM orders ORDER BY created_at DESC, id DESC")]
        assert [row.order_id for row in old.orders.search("anna", 0, 100)] == expected
        assert [row.order_id for row in old.orders.search("anna", 10, 5)] == expected[10:15]
