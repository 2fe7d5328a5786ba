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
    after: tuple[str, ...] = ()
    """Run once the step is committed, outside any transaction (VACUUM cannot run in one)."""


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

FILL_WORDS = """
    INSERT INTO order_words (word, created_at, order_row, facets)
    SELECT word, coalesce(created_at, '-infinity'), id, facets FROM orders, unnest(tsvector_to_array(terms)) AS word
"""
"""The search words of every order, from their terms (schema 5; a bulk load without triggers runs it too)."""

FILL_COUNTS = "INSERT INTO order_counts (status, n) SELECT coalesce(status, ''), count(*) FROM orders GROUP BY 1"
"""The number of orders of each status (schema 5; a bulk load without triggers runs it too)."""

_V5 = (
    # Every word of each order's search terms with its creation time, in the order the search pane lists
    # orders: the orders that hold a word (or a word beginning with some letters) come newest first off
    # this index, where the terms' GIN index gives them in no order and each one must then be read from
    # the table to be sorted. A missing creation time is stored as -infinity, lowest as in the sort.
    #
    # With each word, its order's status, currency and whether its fraud check is pending, as a bit each
    # (by a hash, so two values may share one: the filters are checked on the order after): a search with
    # filters reads from the table only the orders whose words' bits can pass them.
    """
    CREATE TABLE order_words (
        word text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL,
        order_row bigint NOT NULL,
        facets integer NOT NULL
    )
    """,
    """
    CREATE FUNCTION order_facet_bit(value text, width integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ('x' || substr(md5(value), 1, 7))::bit(28)::integer % width
    $$
    """,
    """
    CREATE FUNCTION order_facets(status text, currency text, fraud_status text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(1 << order_facet_bit(status, 16), 0) | coalesce(1 << (16 + order_facet_bit(currency, 14)), 0)
            | CASE WHEN fraud_status = 'PENDING' THEN 1 << 30 ELSE 0 END
    $$
    """,

    # The planner's estimate of how many words begin with some letters decides how it reads them.
    "ALTER TABLE order_words ALTER COLUMN word SET STATISTICS 1000",
    # Which letters or digits an order's words begin with, a bit each (a-z, 0-9; any other character
    # shares one of the 28 bits left), and their first two characters, each pair setting one bit in each
    # of two 64-bit masks by two different hashes: a search for a beginning found in too many words to
    # read them all walks the orders newest first and reads only those whose bits say they can match,
    # from the index alone.
    """
    CREATE FUNCTION order_initials(terms tsvector) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(1::bigint << (CASE
            WHEN ascii(word) BETWEEN 97 AND 122 THEN ascii(word) - 97
            WHEN ascii(word) BETWEEN 48 AND 57 THEN ascii(word) - 22
            ELSE 36 + ascii(word) % 28 END)), 0)
        FROM unnest(tsvector_to_array(terms)) AS word
    $$
    """,
    """
    CREATE FUNCTION order_bigrams(terms tsvector, first integer, second integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(1::bigint << ((ascii(word) * first + ascii(substr(word, 2, 1)) * second) % 64)), 0)
        FROM unnest(tsvector_to_array(terms)) AS word WHERE length(word) >= 2
    $$
    """,
    # Computed here for the orders cached so far (one rewrite of the table); from now on each desk writes
    # them with the order (terms.py), which costs less than the database computing them on every write.
    "ALTER TABLE orders ADD COLUMN initials bigint GENERATED ALWAYS AS (order_initials(terms)) STORED, "
    "ADD COLUMN bigrams_a bigint GENERATED ALWAYS AS (order_bigrams(terms, 31, 1)) STORED, "
    "ADD COLUMN bigrams_b bigint GENERATED ALWAYS AS (order_bigrams(terms, 1, 37)) STORED, "
    "ADD COLUMN facets integer GENERATED ALWAYS AS (order_facets(status, currency, fraud_status)) STORED",
    "ALTER TABLE orders ALTER COLUMN initials DROP EXPRESSION, ALTER COLUMN bigrams_a DROP EXPRESSION, "
    "ALTER COLUMN bigrams_b DROP EXPRESSION, ALTER COLUMN facets DROP EXPRESSION",
    FILL_WORDS,
    "CREATE INDEX order_words_by_word ON order_words (word, created_at, order_row) INCLUDE (facets)",
    "DROP INDEX orders_by_created",
    "CREATE INDEX orders_by_created ON orders (created_at NULLS FIRST, id) INCLUDE (initials, bigrams_a, bigrams_b)",
    # The filters' columns by order, so that the orders a word gives are filtered from the index alone.
    "CREATE INDEX orders_filtered ON orders (id) INCLUDE (status, currency, order_amount, created_at, fraud_status)",
    # "Expires within N days" reads the orders expiring then with their status from the index alone.
    "DROP INDEX orders_by_expires",
    "CREATE INDEX orders_by_expires ON orders (expires_at NULLS FIRST, id) INCLUDE (status, fraud_status, created_at)",
    # How many times orders were added, removed or moved in creation order: bookmarks into that order
    # hold while it stays the same (bookmarks.py).
    "ALTER TABLE order_count ADD COLUMN reordered bigint NOT NULL DEFAULT 0",
    # How many orders have each status ('' for none): counting one status read half the orders.
    "CREATE TABLE order_counts (status text PRIMARY KEY, n bigint NOT NULL)",
    FILL_COUNTS,
    # The words and counts are kept by the database itself, whichever desk writes, in the writer's
    # transaction. The count of all orders is updated first, so writers queue on that one row and never
    # lock two statuses' rows in opposite orders.
    """
    CREATE FUNCTION orders_keep_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.terms IS NOT DISTINCT FROM OLD.terms
                AND NEW.created_at IS NOT DISTINCT FROM OLD.created_at THEN
            -- The same words: only their status, currency or fraud bits change.
            UPDATE order_words SET facets = NEW.facets
            WHERE word = ANY (tsvector_to_array(NEW.terms)) AND created_at = coalesce(NEW.created_at, '-infinity')
                AND order_row = NEW.id;
            RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
            DELETE FROM order_words WHERE word = ANY (tsvector_to_array(OLD.terms))
                AND created_at = coalesce(OLD.created_at, '-infinity') AND order_row = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO order_words (word, created_at, order_row, facets)
            SELECT word, coalesce(NEW.created_at, '-infinity'), NEW.id, NEW.facets FROM unnest(tsvector_to_array(NEW.terms)) AS word;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER orders_words_added AFTER INSERT OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_keep_words()",
    "CREATE TRIGGER orders_words_changed AFTER UPDATE ON orders FOR EACH ROW "
    "WHEN (OLD.terms IS DISTINCT FROM NEW.terms OR OLD.created_at IS DISTINCT FROM NEW.created_at "
    "OR OLD.facets IS DISTINCT FROM NEW.facets) "
    "EXECUTE FUNCTION orders_keep_words()",
    """
    CREATE FUNCTION orders_keep_counts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE order_count SET n = n + (SELECT count(*) FROM added), reordered = reordered + (SELECT count(*) FROM added);
            INSERT INTO order_counts (status, n) SELECT coalesce(status, ''), count(*) FROM added GROUP BY 1 ORDER BY 1
                ON CONFLICT (status) DO UPDATE SET n = order_counts.n + excluded.n;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE order_count SET n = n - (SELECT count(*) FROM removed), reordered = reordered + (SELECT count(*) FROM removed);
            UPDATE order_counts c SET n = c.n - r.n
                FROM (SELECT coalesce(status, '') AS status, count(*) AS n FROM removed GROUP BY 1) r WHERE c.status = r.status;
        ELSE
            UPDATE order_count SET reordered = reordered + (SELECT count(*) FROM before JOIN after ON after.id = before.id
                WHERE after.created_at IS DISTINCT FROM before.created_at);
            INSERT INTO order_counts (status, n)
                SELECT status, sum(n) FROM (
                    SELECT coalesce(status, '') AS status, count(*) AS n FROM after GROUP BY 1
                    UNION ALL SELECT coalesce(status, ''), -count(*) FROM before GROUP BY 1) AS changes
                GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1
                ON CONFLICT (status) DO UPDATE SET n = order_counts.n + excluded.n;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER orders_counted_added AFTER INSERT ON orders REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION orders_keep_counts()",
    "CREATE TRIGGER orders_counted_removed AFTER DELETE ON orders REFERENCING OLD TABLE AS removed "
    "FOR EACH STATEMENT EXECUTE FUNCTION orders_keep_counts()",
    "CREATE TRIGGER orders_counted_changed AFTER UPDATE ON orders REFERENCING OLD TABLE AS before NEW TABLE AS after "
    "FOR EACH STATEMENT EXECUTE FUNCTION orders_keep_counts()",
    # A role that could read the orders (a read-only desk's) reads the new tables too.
    """
    DO $$
    DECLARE reader text;
    BEGIN
        FOR reader IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
                      WHERE table_name = 'orders' AND privilege_type = 'SELECT' AND grantee <> current_user LOOP
            EXECUTE format('GRANT SELECT ON order_words, order_counts TO %I', reader);
        END LOOP;
    END
    $$
    """,
    "ANALYZE orders",
    "ANALYZE order_words",
)

MIGRATIONS: tuple[PgMigration, ...] = (
    PgMigration(1, "the shared journal, with each entry's agent and desk", _V1),  # english-ok: names the step for developers
    PgMigration(2, "the shared order cache and its search terms", _V2),  # english-ok: names the step for developers
    PgMigration(3, "Klarna's payouts and their transactions", _V3),  # english-ok: names the step for developers
    PgMigration(4, "sort indexes in the order searches read them, and the number of orders", _V4),  # english-ok: names the step for developers
    PgMigration(5, "search words in the order of creation, and the number of orders of each status", _V5,  # english-ok: names the step for developers
                # Index-only reads need the pages marked all-visible, which a table written anew is not.
                after=("VACUUM (ANALYZE) orders", "VACUUM (ANALYZE) order_words")),
)
