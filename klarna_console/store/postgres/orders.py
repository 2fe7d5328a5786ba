"""The team's shared order cache: the same contract as the SQLite cache (store/orders.py) on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

import msgspec
import psycopg

from ...api.models import Order
from ..sqlite.fields import UTC, OrderFields
from ..sqlite.migrations import SEARCHED
from ..sqlite.orders import BATCH_SIZE
from ..sqlite.search import exact_term
from ..values import CachedOrder, OrderRow, SearchQuery
from . import search
from .bookmarks import Bookmarks
from .db import TeamDatabase
from .terms import facet_bits, masks, phrases, tokens, tsvector

NOTIFY_CHANNEL = "klarna_console_orders"
"""Each committed batch of cached orders notifies this channel with their ids (space-separated)."""

_FIELDS = OrderFields._fields
_SEARCHED_AT = tuple(_FIELDS.index(name) for name in SEARCHED)
_STORED = tuple(name for name in _FIELDS if name not in ("name_terms", "phone_terms", "postal_terms"))
_ROW_COLUMNS = (
    "order_id", "status", "fraud_status", "currency", "order_amount", "captured_amount", "refunded_amount",
    "remaining_amount", "created_at", "expires_at", "klarna_reference", "merchant_reference1",
    "merchant_reference2", "customer_name", "email", "phone", "postal_code", "fetched_at",
)
_SELECT_ROW = ", ".join(f"o.{name}" for name in _ROW_COLUMNS)
_BITS = ("initials", "bigrams_a", "bigrams_b", "facets")
ROW_NAMES = ("order_key", *_STORED, "fetched_at", "terms", "body", *_BITS)
"""The columns an order is written to, in the order `row_values` gives them."""
_UPSERT = (
    f"INSERT INTO orders ({', '.join(ROW_NAMES)}) "
    f"VALUES (%s, {', '.join(['%s'] * len(_STORED))}, %s, %s::tsvector, %s, %s, %s, %s, %s) "
    "ON CONFLICT (order_key) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*_STORED, "fetched_at", "terms", "body", *_BITS))
    # A slow fetch that finished after a newer one must not put the older state back.
    + " WHERE orders.fetched_at <= excluded.fetched_at"
)
_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Order)


def _stored(fields: OrderFields) -> list[Any]:
    values: list[Any] = [getattr(fields, name) for name in _STORED]
    for name in ("created_at", "expires_at"):
        index = _STORED.index(name)
        values[index] = dt.datetime.fromisoformat(values[index]) if values[index] else None
    return values


def row_values(order: Order, fetched_at: dt.datetime) -> list[Any]:
    """The values of an order's row, in the order of `ROW_NAMES`."""
    fields = OrderFields.of(order)
    columns = [str(fields[i]) if fields[i] is not None else None for i in _SEARCHED_AT]
    # The bits the search reads instead of the terms (schema 5), computed here rather than by the
    # database on every write.
    words = sorted({token for text in columns if text for token in tokens(text)})
    bits = [*masks([words]), facet_bits(fields.status, fields.currency, fields.fraud_status)]
    return [fields.order_id.lower(), *_stored(fields), fetched_at, tsvector(columns), _ENCODER.encode(order), *bits]


class TeamOrderCache:
    """Orders of a team, as last fetched by any desk, with search over them. Methods block on the network."""

    def __init__(self, db: TeamDatabase) -> None:
        self._db = db
        self._bookmarks = Bookmarks()

    def upsert_orders(self, orders: Iterable[Order], fetched_at: dt.datetime | None = None) -> int:
        """See `OrderCache.upsert_orders`; every desk listening hears which orders changed."""
        stamp = fetched_at or dt.datetime.now(UTC)
        count = 0
        iterator = iter(orders)
        while batch := list(itertools.islice(iterator, BATCH_SIZE)):
            latest: dict[str, list[Any]] = {}
            for order in batch:
                values = row_values(order, stamp)
                latest[values[0]] = values
            with self._db.write() as conn:
                _queue_for_writing(conn)
                # The counts and search words follow in the same transaction (schema 5's triggers).
                conn.cursor().executemany(_UPSERT, list(latest.values()))
                conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, " ".join(latest)[:7900]))
            count += len(batch)
        return count

    def delete_orders(self, order_ids: Iterable[str]) -> int:
        """Forget these orders; returns how many were cached."""
        keys = [order_id.strip().lower() for order_id in order_ids]
        with self._db.write() as conn:
            _queue_for_writing(conn)
            return conn.execute("DELETE FROM orders WHERE order_key = ANY(%s)", (keys,)).rowcount

    def get_order(self, order_id: str) -> CachedOrder | None:
        """The cached order with this id (any case), or None."""
        row = self._db.read().execute("SELECT body, fetched_at FROM orders WHERE order_key = %s",
                                      (order_id.strip().lower(),)).fetchone()
        return CachedOrder(order=_DECODER.decode(row[0]), fetched_at=row[1]) if row else None

    def fetched_at(self, order_ids: list[str]) -> dict[str, dt.datetime]:
        """When each of these orders (those cached) was last read from Klarna."""
        rows = self._db.read().execute("SELECT order_id, fetched_at FROM orders WHERE order_key = ANY(%s)",
                                       ([order_id.lower() for order_id in order_ids],))
        return {order_id: fetched for order_id, fetched in rows}

    def order_ids(self) -> list[str]:
        """Every cached order id, in the order they were first cached."""
        return [row[0] for row in self._db.read().execute("SELECT order_id FROM orders ORDER BY id")]

    def stale(self, older_than: dt.datetime | dt.timedelta, *, limit: int | None = None) -> list[str]:
        """Ids of orders last fetched before a time (or longer ago than a duration), oldest first."""
        if isinstance(older_than, dt.timedelta):
            older_than = dt.datetime.now(UTC) - older_than
        rows = self._db.read().execute(
            "SELECT order_id FROM orders WHERE fetched_at < %s ORDER BY fetched_at NULLS FIRST, id LIMIT %s", (older_than, limit))
        return [row[0] for row in rows]

    def __len__(self) -> int:
        row = self._db.read().execute("SELECT n FROM order_count").fetchone()
        return int(row[0]) if row else 0

    def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """One page of the orders matching a query: exact id/reference hits first, then by the sort column."""
        query = SearchQuery(text=query) if isinstance(query, str) else query
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must be 0 or more")  # english-ok: a programming error
        conn = self._db.read()
        with conn.transaction():  # one snapshot for the pinned rows and the page
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            search.prepare(conn)
            pinned = self._pinned(conn, query)
            rows = [row[1:] for row in pinned[offset:offset + limit]]
            rest_offset, rest_limit = max(0, offset - len(pinned)), limit - len(rows)
            if rest_limit > 0:
                rows.extend(self._page(conn, query, [row[0] for row in pinned], rest_offset, rest_limit))
        return [OrderRow(*row) for row in rows]

    def count(self, query: SearchQuery | str) -> int:
        """How many orders match a query (all pages)."""
        query = SearchQuery(text=query) if isinstance(query, str) else query
        conn = self._db.read()
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            search.prepare(conn)
            pinned = [row[0] for row in self._pinned(conn, query)]
            sql, params = search.count_sql(conn, query, phrases(query.text), pinned)
            row = conn.execute(sql, params).fetchone()
            return len(pinned) + (int(row[0]) if row else 0)

    def _pinned(self, conn: psycopg.Connection, query: SearchQuery) -> list[tuple[Any, ...]]:
        term = exact_term(query.text)
        if term is None:
            return []
        where, params = search.filters(query)
        extra = "".join(f" AND {condition}" for condition in where)
        # The id, the Klarna reference, or a payment reference from a bank statement (the orders it paid):
        # three index lookups (ORed in one WHERE, they read every order).
        sql = (f"SELECT o.id, {_SELECT_ROW} FROM orders o WHERE o.order_key = %s{extra} "
               f"UNION SELECT o.id, {_SELECT_ROW} FROM orders o WHERE lower(o.klarna_reference) = %s{extra} "
               f"UNION SELECT o.id, {_SELECT_ROW} FROM orders o WHERE o.order_key IN (SELECT lower(order_id) FROM "
               f"payout_transactions WHERE lower(payment_reference) = %s){extra} ORDER BY 1")
        return conn.execute(sql, [term.lower(), *params, term.lower(), *params, term.lower(), *params]).fetchall()

    def _page(self, conn: psycopg.Connection, query: SearchQuery, exclude: list[Any], offset: int,
              limit: int) -> list[tuple[Any, ...]]:
        where, params = search.filters(query)
        found = phrases(query.text)
        if not where and not exclude and not found and offset > 0:
            row = conn.execute("SELECT n FROM order_count").fetchone()
            total = int(row[0]) if row else 0
            if query.sort == "created_at" and (deep := self._deep_page(conn, query, total, offset, limit)) is not None:
                return deep
            # A page past the middle of all orders is read from the other end (an offset costs a step per
            # row skipped): the kept count says where the middle is.
            if offset * 2 > total:
                end = min(offset + limit, total)
                if end <= offset:
                    return []
                backwards = msgspec.structs.replace(query, descending=not query.descending)
                return self._page(conn, backwards, exclude, total - end, end - offset)[::-1]
        if exclude:
            where.append("NOT (o.id = ANY(%s))")
            params.append(exclude)
        ids, params = search.page_ids(conn, query, found, where, params)
        return _rows(conn, ids, [*params, limit, offset])

    def _deep_page(self, conn: psycopg.Connection, query: SearchQuery, total: int, offset: int,
                   limit: int) -> list[tuple[Any, ...]] | None:
        """A page of all orders by creation time, read on from the bookmark before it; None without one."""
        start = offset if not query.descending else total - offset - limit  # counted from the oldest
        count = limit + min(start, 0)
        start = max(start, 0)
        if count <= 0 or start >= total:
            return []
        seek = self._bookmarks.seek(conn, start)
        if seek is None:
            return None
        after, params, skip = seek
        rows = _rows(conn, f"SELECT o.id FROM orders o WHERE {after} ORDER BY o.created_at NULLS FIRST, o.id",
                     [*params, count, skip])
        return rows[::-1] if query.descending else rows


def _queue_for_writing(conn: psycopg.Connection) -> None:
    """Wait for the desks writing orders before this one to commit, before locking any order.

    Each statement that writes orders then updates the kept counts (schema 5's triggers); two desks
    refreshing the same orders in other orders would each hold a row the other waits for, and one the
    counts' row: a deadlock. Taking the counts' row first makes every writer queue on it alone.
    """
    conn.execute("SELECT n FROM order_count FOR UPDATE")


def _rows(conn: psycopg.Connection, ids: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """The rows shown of the orders a SELECT of ids gives (its LIMIT and OFFSET the last parameters), in order.

    The ids first, from an index alone where one holds the sort (the rows skipped by the offset are never
    read), then only the rows shown.
    """
    sql = (f"SELECT {_SELECT_ROW} FROM unnest(ARRAY({ids} LIMIT %s OFFSET %s)) WITH ORDINALITY AS page (id, n) "
           "JOIN orders o ON o.id = page.id ORDER BY page.n")
    return conn.execute(sql, params).fetchall()
