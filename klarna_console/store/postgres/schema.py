"""The team store's schema, as ordered migrations; the `schema_version` table lists those applied.

Never edit a migration that has shipped: add a new one. The columns mirror the SQLite store's, with
PostgreSQL's own types (timestamptz, jsonb), plus who made each journal entry and from which desk.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class PgMigration:
    """One step of the schema: the version it produces, what it is for, its statements."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE journal (
        id bigserial PRIMARY KEY,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        profile_id text NOT NULL,
        order_id text NOT NULL,
        action text NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        request jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('intent', 'succeeded', 'failed', 'unknown')),
        http_status integer,
        error_code text,
        error_messages jsonb NOT NULL DEFAULT '[]',
        correlation_id text,
        result_id text,
        attempts integer NOT NULL DEFAULT 0,
        note text,
        finished_by text,
        next_attempt_at timestamptz,
        agent text NOT NULL,
        desk text NOT NULL
    )
    """,
    # The guard looks up an order's entries of one action inside its transaction.
    "CREATE INDEX journal_by_order_action ON journal (order_id, action, state)",
    "CREATE INDEX journal_by_order ON journal (order_id, id)",
    "CREATE INDEX journal_open ON journal (id) WHERE state IN ('intent', 'unknown')",
    "CREATE INDEX journal_by_batch ON journal ((request->>'batch')) WHERE request ? 'batch'",
)

_V2 = (
    # One row per order: the columns searched, filtered and sorted by, its search terms, and Klarna's JSON.
    """
    CREATE TABLE orders (
        id bigserial PRIMARY KEY,
        order_key text NOT NULL UNIQUE,
        order_id text NOT NULL,
        status text,
        fraud_status text,
        currency text,
        order_amount bigint,
        captured_amount bigint,
        refunded_amount bigint,
        remaining_amount bigint,
        created_at timestamptz,
        expires_at timestamptz,
        klarna_reference text,
        merchant_reference1 text,
        merchant_reference2 text,
        customer_name text,
        email text,
        phone text,
        postal_code text,
        fetched_at timestamptz NOT NULL,
        terms tsvector NOT NULL,
        body bytea NOT NULL
    )
    """,
    "CREATE INDEX orders_terms ON orders USING gin (terms)",
    "CREATE INDEX orders_by_created ON orders (created_at, id)",
    "CREATE INDEX orders_by_expires ON orders (expires_at)",
    "CREATE INDEX orders_by_amount ON orders (order_amount)",
    "CREATE INDEX orders_by_status ON orders (status, created_at, id)",
    "CREATE INDEX orders_by_fetched ON orders (fetched_at)",
    "CREATE INDEX orders_by_klarna_reference ON orders (lower(klarna_reference))",
)

_V3 = (
    # Klarna's payouts (Settlements API) as the desks synced them, and their transactions.
    """
    CREATE TABLE payouts (
        payment_reference text NOT NULL,
        payout_date timestamptz NOT NULL,
        currency text NOT NULL,
        settlement_amount bigint NOT NULL,
        totals bytea NOT NULL,
        transactions_synced boolean NOT NULL DEFAULT false,
        fetched_at timestamptz NOT NULL
    )
    """,
    "CREATE UNIQUE INDEX payouts_by_reference ON payouts (lower(payment_reference))",
    "CREATE INDEX payouts_by_date ON payouts (payout_date)",
    """
    CREATE TABLE payout_transactions (
        id bigserial PRIMARY KEY,
        payment_reference text NOT NULL,
        position integer NOT NULL,
        order_id text NOT NULL,
        type text NOT NULL,
        detailed_type text,
        amount bigint NOT NULL,
        capture_id text,
        refund_id text,
        capture_date timestamptz,
        currency text,
        vat_amount bigint,
        body bytea NOT NULL,
        UNIQUE (payment_reference, position)
    )
    """,
    "CREATE INDEX payout_transactions_by_order ON payout_transactions (lower(order_id))",
    "CREATE INDEX payout_transactions_by_reference ON payout_transactions (lower(payment_reference))",
    "CREATE INDEX payout_transactions_by_capture ON payout_transactions (capture_id)",
    "CREATE TABLE payout_sync (key text PRIMARY KEY, value text NOT NULL)",
)

_V4 = (
    # Indexes in the order searches sort by: missing values lowest, as on the desks (PostgreSQL puts them
    # highest by default, and an index in the other order cannot be walked for "newest first"), the row
    # id last. A page is then read off the index, however deep, without sorting every order.
    "DROP INDEX orders_by_created",
    "CREATE INDEX orders_by_created ON orders (created_at NULLS FIRST, id)",
    "DROP INDEX orders_by_expires",
    "CREATE INDEX orders_by_expires ON orders (expires_at NULLS FIRST, id)",
    "DROP INDEX orders_by_amount",
    "CREATE INDEX orders_by_amount ON orders (order_amount NULLS FIRST, id)",
    "DROP INDEX orders_by_status",
    "CREATE INDEX orders_by_status ON orders (status, created_at NULLS FIRST, id)",
    "DROP INDEX orders_by_fetched",
    "CREATE INDEX orders_by_fetched ON orders (fetched_at NULLS FIRST, id)",
    # How many orders there are, kept by the writers: count(*) over a million orders takes most of a second.
    "CREATE TABLE order_count (n bigint NOT NULL)",
    "INSERT INTO order_count (n) SELECT count(*) FROM orders",
    "ANALYZE orders",
)

MIGRATIONS: tuple[PgMigration, ...] = (
    PgMigration(1, "the shared journal, with each entry's agent and desk", _V1),  # english-ok: names the step for developers
    PgMigration(2, "the shared order cache and its search terms", _V2),  # english-ok: names the step for developers
    PgMigration(3, "Klarna's payouts and their transactions", _V3),  # english-ok: names the step for developers
    PgMigration(4, "sort indexes in the order searches read them, and the number of orders", _V4),  # english-ok: names the step for developers
)
