"""The team's shared order cache: the same contract as the SQLite cache (store/orders.py) on PostgreSQL."""

from __future__ import annotations

import dataclasses
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
from ..values import OPEN_STATUSES, CachedOrder, OrderRow, SearchQuery
from .db import TeamDatabase
from .payouts import CAPTURES, UNPAID
from .terms import driver, initial_is_exact, masks, phrases, tsquery, tsvector

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
_TEXT_SORTS = frozenset({"order_id", "status", "fraud_status", "currency", "klarna_reference", "merchant_reference1",
                         "merchant_reference2", "customer_name", "email", "phone", "postal_code"})
ROW_NAMES = ("order_key", *_STORED, "fetched_at", "terms", "body")
"""The columns an order is written to, in the order `row_values` gives them."""
_UPSERT = (
    f"INSERT INTO orders ({', '.join(ROW_NAMES)}) "
    f"VALUES (%s, {', '.join(['%s'] * len(_STORED))}, %s, %s::tsvector, %s) "
    "ON CONFLICT (order_key) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*_STORED, "fetched_at", "terms", "body"))
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
    terms = tsvector(str(fields[i]) if fields[i] is not None else None for i in _SEARCHED_AT)
    return [fields.order_id.lower(), *_stored(fields), fetched_at, terms, _ENCODER.encode(order)]


class TeamOrderCache:
    """Orders of a team, as last fetched by any desk, with search over them. Methods block on the network."""

    def __init__(self, db: TeamDatabase) -> None:
        self._db = db

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
                # The counts and search words follow in the same transaction (schema 5's triggers).
                conn.cursor().executemany(_UPSERT, list(latest.values()))
                conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, " ".join(latest)[:7900]))
            count += len(batch)
        return count

    def delete_orders(self, order_ids: Iterable[str]) -> int:
        """Forget these orders; returns how many were cached."""
        keys = [order_id.strip().lower() for order_id in order_ids]
        with self._db.write() as conn:
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
            pinned = [row[0] for row in self._pinned(conn, query)]
            found = phrases(query.text)
            where, params = _filters(query)
            if not found and not pinned and not where:
                sql, params = "SELECT n FROM order_count", []  # kept by the database, in this snapshot
            elif not found and not pinned and not _filters(dataclasses.replace(query, statuses=()))[0]:
                sql = "SELECT coalesce(sum(n), 0) FROM order_counts WHERE status = ANY(%s)"
                params = [sorted({s.upper() for s in query.statuses})]
            else:
                if pinned:
                    where.append("NOT (o.id = ANY(%s))")
                    params.append(pinned)
                source = _by_word(found, query)
                if source is not None and source.exact and not where:
                    sql = f"SELECT count(*) FROM {source.sql}"  # the word alone decides: no order is read
                    params = source.params
                elif source is not None:
                    where.append("o.terms @@ %s::tsquery")
                    sql = f"SELECT count(*) FROM {source.sql} JOIN orders o ON o.id = c.id WHERE {' AND '.join(where)}"
                    params = [*source.params, *params, tsquery(query.text)]
                else:
                    if found:
                        where.append("o.terms @@ %s::tsquery")
                        params.append(tsquery(query.text))
                    sql = "SELECT count(*) FROM orders o" + (f" WHERE {' AND '.join(where)}" if where else "")
            row = conn.execute(sql, params).fetchone()
            return len(pinned) + (int(row[0]) if row else 0)

    def _pinned(self, conn: psycopg.Connection, query: SearchQuery) -> list[tuple[Any, ...]]:
        term = exact_term(query.text)
        if term is None:
            return []
        where, params = _filters(query)
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
        where, params = _filters(query)
        found = phrases(query.text)
        if not where and not exclude and not found and offset > 0:
            # A page past the middle of all orders is read from the other end (an offset costs a step per
            # row skipped): the kept count says where the middle is.
            row = conn.execute("SELECT n FROM order_count").fetchone()
            total = int(row[0]) if row else 0
            if offset * 2 > total:
                end = min(offset + limit, total)
                if end <= offset:
                    return []
                backwards = dataclasses.replace(query, descending=not query.descending)
                return self._page(conn, backwards, exclude, total - end, end - offset)[::-1]
        if exclude:
            where.append("NOT (o.id = ANY(%s))")
            params.append(exclude)
        # The ids of the page first, from an index alone where one holds the sort (the rows skipped by the
        # offset are never read), then only the rows shown, in that order.
        ids, params = _page_ids(query, found, where, params)
        sql = (f"SELECT {_SELECT_ROW} FROM unnest(ARRAY({ids} LIMIT %s OFFSET %s)) WITH ORDINALITY AS page (id, n) "
               "JOIN orders o ON o.id = page.id ORDER BY page.n")
        return conn.execute(sql, [*params, limit, offset]).fetchall()


@dataclasses.dataclass(frozen=True)
class _Source:
    """A subquery `c` (id, created_at) of the orders that hold a query's driving word, from order_words."""

    sql: str
    params: list[Any]
    exact: bool


def _by_word(found: list[list[str]], query: SearchQuery) -> _Source | None:
    """The orders holding the query's driving word, read off order_words; None where a beginning of one
    or two letters matches too many words for that (those walk the orders by their initials instead)."""
    word = driver(found)
    if word is None or (word.prefix and len(word.word) < 3):
        return None
    condition, params = ("word >= %s AND word < %s", [word.word, word.upper_bound()]) if word.prefix else (
        "word = %s", [word.word])
    if query.created_from is not None:  # read only the words of orders created since
        condition += " AND created_at >= %s"
        params.append(_day_start(query.created_from, next_day=False))
    # An order holding several words with that beginning is listed once.
    distinct = "DISTINCT " if word.prefix else ""
    sql = f"(SELECT {distinct}order_row AS id, created_at FROM order_words WHERE {condition}) AS c"
    return _Source(sql, params, exact=word.exact)


def _page_ids(query: SearchQuery, found: list[list[str]], where: list[str], params: list[Any]) -> tuple[str, list[Any]]:
    """The SELECT of a page's order ids, in order (LIMIT and OFFSET to be added), and its parameters."""
    if not found:
        return (f"SELECT o.id FROM orders o{' WHERE ' + ' AND '.join(where) if where else ''} "
                f"ORDER BY {_order_by(query)}", params)
    text = tsquery(query.text)
    by_created = query.sort == "created_at"
    direction = "DESC" if query.descending else "ASC"
    newest = f"c.created_at {direction} {'NULLS LAST' if query.descending else 'NULLS FIRST'}, c.id {direction}"
    source = _by_word(found, query)
    if source is not None:
        checks = " AND ".join(where + ([] if source.exact else ["o.terms @@ %s::tsquery"]))
        order = newest if by_created else _order_by(query)
        return (f"SELECT o.id FROM {source.sql} JOIN orders o ON o.id = c.id{' WHERE ' + checks if checks else ''} "
                f"ORDER BY {order}", [*source.params, *params, *([] if source.exact else [text])])
    if by_created:
        # One or two letters: the orders newest first, from the index that holds their initials, and only
        # those whose bits can match are read and checked (a single letter or digit is decided by its bit).
        initials, bigrams = masks(found)
        bits = "(initials & %s) = %s AND (bigrams & %s) = %s"
        bit_params = [initials, initials, bigrams, bigrams]
        if initial_is_exact(found):
            where = [bits.replace("initials", "o.initials").replace("bigrams", "o.bigrams"), *where]
            return (f"SELECT o.id FROM orders o WHERE {' AND '.join(where)} ORDER BY {_order_by(query)}",
                    [*bit_params, *params])
        checks = " AND ".join([*where, "o.terms @@ %s::tsquery"])
        return (f"SELECT o.id FROM (SELECT id, created_at FROM orders WHERE {bits}) AS c JOIN orders o ON o.id = c.id "
                f"WHERE {checks} ORDER BY {newest}", [*bit_params, *params, text])
    where.append("o.terms @@ %s::tsquery")
    return (f"SELECT o.id FROM orders o WHERE {' AND '.join(where)} ORDER BY {_order_by(query)}", [*params, text])


def _day_start(value: dt.datetime | dt.date, *, next_day: bool) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    day = value + dt.timedelta(days=1) if next_day else value
    return dt.datetime.combine(day, dt.time(), tzinfo=UTC)


def _filters(query: SearchQuery) -> tuple[list[str], list[Any]]:
    """The WHERE conditions (ANDed) and parameters of a query's filters, as store/search.py's filter_sql."""
    where: list[str] = []
    params: list[Any] = []
    if query.statuses:
        statuses = sorted({s.upper() for s in query.statuses})
        # One status is an equality, so that its index is walked in the sort order.
        where.append("o.status = %s" if len(statuses) == 1 else "o.status = ANY(%s)")
        params.append(statuses[0] if len(statuses) == 1 else statuses)
    if query.created_from is not None:
        where.append("o.created_at >= %s")
        params.append(_day_start(query.created_from, next_day=False))
    if query.created_to is not None:
        where.append("o.created_at < %s")
        params.append(_day_start(query.created_to, next_day=True))
    if query.amount_min is not None:
        where.append("o.order_amount >= %s")
        params.append(query.amount_min)
    if query.amount_max is not None:
        where.append("o.order_amount <= %s")
        params.append(query.amount_max)
    if query.currency:
        where.append("o.currency = %s")
        params.append(query.currency.strip().upper())
    if query.expires_within_days is not None:
        now = query.now or dt.datetime.now(UTC)
        where.append("o.expires_at >= %s AND o.expires_at < %s AND o.status = ANY(%s)")
        params.extend([now, now + dt.timedelta(days=query.expires_within_days), list(OPEN_STATUSES)])
    if query.fraud_pending:
        where.append("o.fraud_status = 'PENDING'")
    if query.unpaid_capture_days is not None:
        now = query.now or dt.datetime.now(UTC)
        where.append(UNPAID.format(captures=CAPTURES.format(body="o.body")))
        # To the second, as the desk's store compares captured_at.
        params.append((now - dt.timedelta(days=query.unpaid_capture_days)).replace(microsecond=0))
    return where, params


def _order_by(query: SearchQuery) -> str:
    """As SQLite orders: text without case by code point, missing values lowest, then the row id."""
    direction = "DESC" if query.descending else "ASC"
    nulls = "NULLS LAST" if query.descending else "NULLS FIRST"
    keys = [query.sort, *(["created_at"] if query.sort == "status" else [])]
    terms = [f'lower(o.{key}) COLLATE "C" {direction} {nulls}' if key in _TEXT_SORTS else f"o.{key} {direction} {nulls}"
             for key in keys]
    return ", ".join([*terms, f"o.id {direction}"])
