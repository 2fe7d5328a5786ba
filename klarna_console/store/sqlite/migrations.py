"""The store's schema, as an ordered list of migrations; a database's `user_version` says how many ran.

Never edit a migration that has shipped: add a new one. Each runs in its own transaction, after the
database file has been copied (see `db.Database`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import msgspec

from .fields import name_terms, phone_terms, postal_terms
from .keys import COUNT_BUCKET_BITS, keys_in_order
from .search import filter_terms


class Migration(msgspec.Struct, frozen=True):
    """One step of the schema: the version it produces, what it is for, and how to apply it."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: tuple[str, ...]) -> None:
    # One statement at a time: executescript() would commit the surrounding transaction.
    for statement in statements:
        conn.execute(statement)


_V1 = (
    """
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        order_id TEXT NOT NULL UNIQUE COLLATE NOCASE,
        status TEXT,
        fraud_status TEXT,
        currency TEXT,
        order_amount INTEGER,
        captured_amount INTEGER,
        refunded_amount INTEGER,
        remaining_amount INTEGER,
        created_at TEXT,
        expires_at TEXT,
        klarna_reference TEXT COLLATE NOCASE,
        merchant_reference1 TEXT COLLATE NOCASE,
        merchant_reference2 TEXT COLLATE NOCASE,
        customer_name TEXT COLLATE NOCASE,
        email TEXT COLLATE NOCASE,
        phone TEXT,
        postal_code TEXT COLLATE NOCASE,
        fetched_at TEXT NOT NULL
    )
    """,
    # The JSON lives apart so that the rows searches scan stay narrow (a few hundred bytes, not kilobytes).
    "CREATE TABLE order_bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL)",
    (
        "CREATE TRIGGER order_bodies_after_delete AFTER DELETE ON orders BEGIN "
        "DELETE FROM order_bodies WHERE id = old.id; END"
    ),
    """
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        order_id TEXT NOT NULL,
        action TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        request TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('intent', 'succeeded', 'failed', 'unknown')),
        http_status INTEGER,
        error_code TEXT,
        error_messages TEXT NOT NULL DEFAULT '[]',
        correlation_id TEXT,
        result_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX journal_by_order ON journal (order_id, id)",
    "CREATE INDEX journal_open ON journal (state) WHERE state IN ('intent', 'unknown')",
    # Bulk runs tag their requests with a batch id and look their earlier entries up by it.
    (
        "CREATE INDEX journal_by_batch ON journal (json_extract(request, '$.batch')) "
        "WHERE json_extract(request, '$.batch') IS NOT NULL"
    ),
    "CREATE INDEX orders_by_fetched ON orders (fetched_at)",
)

SEARCHED = (
    "order_id", "klarna_reference", "merchant_reference1", "merchant_reference2",
    "name_terms", "email", "phone_terms", "postal_terms",
)
"""The columns of the full-text index, in the orders table's names (FTS5 external content needs that)."""


FULL_TEXT = (*SEARCHED, "filter_terms")
"""The columns of the full-text index since migration 5: the searched ones and the filter words."""


def _v1_schema(conn: sqlite3.Connection) -> None:
    _run(conn, _V1)


def _v2_search(conn: sqlite3.Connection) -> None:
    # What names, phones and postal codes are found by (see fields.py), computed for the orders cached.
    for column in ("name_terms", "phone_terms", "postal_terms"):
        conn.execute(f"ALTER TABLE orders ADD COLUMN {column} TEXT")
    rows = conn.execute("SELECT id, customer_name, phone, postal_code FROM orders").fetchall()
    conn.executemany(
        "UPDATE orders SET name_terms = ?, phone_terms = ?, postal_terms = ? WHERE id = ?",
        [(name_terms(name), phone_terms(phone), postal_terms(postal), row_id) for row_id, name, phone, postal in rows],
    )
    # remove_diacritics 2 folds every accent ("Söderberg" ~ "soderberg"); prefix indexes make the
    # one- to three-letter prefixes typed first as cheap as whole words.
    conn.execute(
        f"CREATE VIRTUAL TABLE orders_fts USING fts5 ({', '.join(SEARCHED)}, "
        "content='orders', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    # OrderCache keeps the index in step with the rows, in bulk: FTS5 updated from triggers flushes its
    # buffer at every row and makes a large import about three times slower.
    conn.execute("INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')")
    # One index per column the results table sorts or filters by; the row id breaks ties.
    _run(conn, (
        # The default sort also holds every filtered column, so paging through filtered results walks
        # this index alone and reads only the rows it shows.
        (
            "CREATE INDEX orders_by_created ON orders "
            "(created_at, id, status, currency, order_amount, expires_at, fraud_status)"
        ),
        "CREATE INDEX orders_by_expires ON orders (expires_at)",
        "CREATE INDEX orders_by_amount ON orders (order_amount)",
        # Likewise for status filters and counts.
        (
            "CREATE INDEX orders_by_status ON orders "
            "(status, created_at, id, currency, order_amount, expires_at, fraud_status)"
        ),
        "CREATE INDEX orders_by_klarna_reference ON orders (klarna_reference)",
        "CREATE INDEX orders_by_merchant_reference1 ON orders (merchant_reference1)",
        "CREATE INDEX orders_by_customer ON orders (customer_name)",
    ))


_V3 = (
    # A person's note when closing an open entry by hand ("not applied") or what reconciling found.
    "ALTER TABLE journal ADD COLUMN note TEXT",
    # Which process recorded the outcome, so another window reports "finished there", not a crash.
    "ALTER TABLE journal ADD COLUMN finished_by TEXT",
    # When an unanswered write is next retried in the background (Klarna's escalation schedule).
    "ALTER TABLE journal ADD COLUMN next_attempt_at TEXT",
    # The guard looks up an order's entries of one action inside its write transaction.
    "CREATE INDEX journal_by_order_action ON journal (order_id, action, state)",
)


def _v3_journal_guard(conn: sqlite3.Connection) -> None:
    _run(conn, _V3)


_V4 = (
    # Klarna's payouts (Settlements API), one row each; totals kept whole as Klarna's JSON.
    """
    CREATE TABLE payouts (
        payment_reference TEXT PRIMARY KEY COLLATE NOCASE,
        payout_date TEXT NOT NULL,
        currency TEXT NOT NULL,
        settlement_amount INTEGER NOT NULL,
        totals BLOB NOT NULL,
        transactions_synced INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX payouts_by_date ON payouts (payout_date)",
    # Their transactions: the order, capture and refund each names, so an order finds its payouts.
    """
    CREATE TABLE payout_transactions (
        id INTEGER PRIMARY KEY,
        payment_reference TEXT NOT NULL COLLATE NOCASE,
        position INTEGER NOT NULL,
        order_id TEXT NOT NULL COLLATE NOCASE,
        type TEXT NOT NULL,
        detailed_type TEXT,
        amount INTEGER NOT NULL,
        capture_id TEXT,
        refund_id TEXT,
        capture_date TEXT,
        currency TEXT,
        vat_amount INTEGER,
        body BLOB NOT NULL,
        UNIQUE (payment_reference, position)
    )
    """,
    "CREATE INDEX payout_transactions_by_order ON payout_transactions (order_id)",
    # How far a sync got, so one killed half-way resumes there (the search text has no FTS column: a
    # payment reference is an exact term, looked up in payouts like an order id).
    "CREATE TABLE payout_sync (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def _v4_payouts(conn: sqlite3.Connection) -> None:
    _run(conn, _V4)


# Orders per ~19 hours of creation time and status, kept by OrderCache's writes (in bulk: a trigger per
# row made a large import a fifth slower): counts by status, and the place of a page deep in all orders
# (summing these finds the stretch of the created index it starts in).
_COUNTS = (
    """
    CREATE TABLE order_counts (
        bucket INTEGER NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (bucket, status)
    ) WITHOUT ROWID
    """,
    f"""
    INSERT INTO order_counts (bucket, status, n)
    SELECT created_key >> {COUNT_BUCKET_BITS}, coalesce(status, ''), count(*) FROM orders GROUP BY 1, 2
    """,
)


def _v5_created_keys(conn: sqlite3.Connection) -> None:
    # Every order's created key (see keys.py) and filter words (see search.py), then the full-text
    # index again with the keys as row ids and the filter words as one more column.
    conn.execute("ALTER TABLE orders ADD COLUMN created_key INTEGER")
    conn.execute("ALTER TABLE orders ADD COLUMN filter_terms TEXT")
    rows = conn.execute("SELECT id, created_at, status, currency, fraud_status FROM orders").fetchall()
    words = {row[0]: filter_terms(*row[2:]) for row in rows}
    keys = keys_in_order((row[0], row[1]) for row in rows)
    del rows
    conn.executemany(
        "UPDATE orders SET created_key = ?, filter_terms = ? WHERE id = ?",
        ((key, words[row_id], row_id) for key, row_id in keys),
    )
    # Walked backwards from a text search's matches: checks their filters from the index alone. The
    # row id (orders.id) is in every index entry too.
    conn.execute(
        "CREATE INDEX orders_by_created_key ON orders "
        "(created_key, status, currency, order_amount, expires_at, fraud_status, created_at)"
    )
    conn.execute("DROP TABLE orders_fts")
    conn.execute(
        f"CREATE VIRTUAL TABLE orders_fts USING fts5 ({', '.join(FULL_TEXT)}, "
        "content='orders', content_rowid='created_key', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    # Filled in key order, not by 'rebuild' (which reads the orders by id): FTS5 writes its buffer out
    # whenever a row id is lower than the one before.
    conn.execute(
        f"INSERT INTO orders_fts (rowid, {', '.join(FULL_TEXT)}) "
        f"SELECT created_key, {', '.join(FULL_TEXT)} FROM orders ORDER BY created_key"
    )
    _run(conn, _COUNTS)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "order cache and action journal", _v1_schema),  # english-ok: names the step for developers
    Migration(2, "full-text search index and sort indexes", _v2_search),  # english-ok: names the step for developers
    Migration(3, "journal notes, who finished an entry, and the next background attempt", _v3_journal_guard),  # english-ok: names the step for developers
    Migration(4, "Klarna's payouts, their transactions and how far a payout sync got", _v4_payouts),  # english-ok: names the step for developers
    Migration(5, "created keys as full-text row ids, and order counts", _v5_created_keys),  # english-ok: names the step for developers
)
SCHEMA_VERSION = MIGRATIONS[-1].version
