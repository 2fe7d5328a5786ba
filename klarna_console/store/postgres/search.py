"""How the team store finds orders: the SQL of a search's page and count, read off the index that suits it.

A text search is read one of three ways (schema 5):
- by its driving word from `order_words`, where the orders come newest first: a whole word, or a
  beginning expected in fewer than `WORDS_READ` words (reading them all costs less than walking), or
  any beginning of three letters or more where filters narrow the search too;
- by walking all orders newest first on the index that holds each order's initials and letter pairs,
  where a beginning is in so many words that the first page is near; only orders whose bits can match
  are read from the table;
- by the terms' GIN index, for the other sorts of a common beginning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import msgspec
import psycopg

from ..sqlite.fields import UTC
from ..values import OPEN_STATUSES, SearchQuery
from .payouts import CAPTURES, UNPAID
from .terms import driver, facet_bit, initial_is_exact, masks, tsquery

WORDS_READ = 20_000
"""A beginning the planner expects in this many words or more is searched by walking the orders instead."""

_TEXT_SORTS = frozenset({"order_id", "status", "fraud_status", "currency", "klarna_reference", "merchant_reference1",
                         "merchant_reference2", "customer_name", "email", "phone", "postal_code"})

_NESTED = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_bitmapscan = off"
"""For a text search read by its word or by walking: the orders are read one by one in the order they
come, up to the page, never all of them at once (the planner cannot know a page is near)."""


def prepare(conn: psycopg.Connection) -> None:
    """Settings for a search's transaction: no parallel workers and no compiling (each costs more than a page)."""
    conn.execute("SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off")


@dataclasses.dataclass(frozen=True)
class Source:
    """A subquery `c` (id, created_at) of the orders holding a query's driving word, from order_words.

    exact: the word alone decides the match (the query is that one beginning): no order's terms are read.
    """

    sql: str
    params: list[Any]
    exact: bool


def by_word(conn: psycopg.Connection, found: list[list[str]], query: SearchQuery, *, any_size: bool,
            ordered: bool = True) -> Source | None:
    """The orders holding the query's driving word, from order_words, each once and in the page's order
    (`ordered`; else each word, an order maybe more than once); None where a beginning is in too many
    words for that (`any_size`: unless it has three letters or more)."""
    word = driver(found)
    if word is None:
        return None
    if word.prefix:
        params: list[Any] = [word.word, word.upper_bound()]
        condition = "word >= %s AND word < %s"
        if not (any_size and len(word.word) >= 3) and _estimate(conn, condition, params) >= WORDS_READ:
            return None
    else:
        condition, params = "word = %s", [word.word]
    if query.created_from is not None:  # only the words of orders created since
        condition += " AND created_at >= %s"
        params.append(day_start(query.created_from, next_day=False))
    for bits in facets(query):  # and whose status, currency and fraud bits can pass the filters
        condition += " AND (facets & %s) <> 0"
        params.append(bits)
    if not ordered:  # for a count, which tells apart the orders itself
        return Source(f"(SELECT order_row AS id FROM order_words WHERE {condition}) AS c", params, exact=word.exact)
    # In the order of the page, so that it is read off the index (a whole word) or sorted once, and an
    # order holding several words with that beginning is one order (next to itself once sorted).
    direction = "DESC" if query.descending else "ASC"
    distinct = "DISTINCT ON (created_at, order_row) " if word.prefix else ""
    return Source(f"(SELECT {distinct}order_row AS id, created_at FROM order_words WHERE {condition} "
                  f"ORDER BY created_at {direction}, order_row {direction}) AS c", params, exact=word.exact)


def facets(query: SearchQuery) -> list[int]:
    """For each of the status, currency and fraud filters a query has, the bits of order_words.facets
    (schema 5's order_facets) of which an order passing it has one."""
    found = []
    if query.statuses:
        found.append(sum({1 << facet_bit(status.upper(), 16) for status in query.statuses}))
    if query.currency:
        found.append(1 << (16 + facet_bit(query.currency.strip().upper(), 14)))
    if query.fraud_pending:
        found.append(1 << 30)
    return found


def _estimate(conn: psycopg.Connection, condition: str, params: list[Any]) -> float:
    """How many words the planner expects to match (from order_words' statistics: no word is read)."""
    plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM order_words WHERE {condition}", params).fetchone()
    return float(plan[0][0]["Plan"]["Plan Rows"]) if plan else 0.0


def page_ids(conn: psycopg.Connection, query: SearchQuery, found: list[list[str]], where: list[str],
             params: list[Any]) -> tuple[str, list[Any]]:
    """The SELECT of a page's order ids in order (LIMIT and OFFSET to be added), and its parameters."""
    if not found:
        return (f"SELECT o.id FROM orders o{_where(where)} ORDER BY {order_by(query)}", params)
    text = tsquery(query.text)
    by_created = query.sort == "created_at"
    direction = "DESC" if query.descending else "ASC"
    newest = f"c.created_at {direction} {'NULLS LAST' if query.descending else 'NULLS FIRST'}, c.id {direction}"
    # With filters too, a walk would read orders until enough pass them all, however few do: the words.
    source = by_word(conn, found, query, any_size=bool(where))
    if source is not None:
        conn.execute(_NESTED)
        checks = where + ([] if source.exact else ["o.terms @@ %s::tsquery"])
        values = [*source.params, *params, *([] if source.exact else [text])]
        # Never NULL in order_words (-infinity): the index's own order, without a NULLS clause.
        in_order = f"c.created_at {direction}, c.id {direction}"
        if by_created and not checks:
            return f"SELECT c.id FROM {source.sql} ORDER BY {in_order}", values
        order = in_order if by_created else order_by(query)
        return f"SELECT o.id FROM {source.sql} JOIN orders o ON o.id = c.id{_where(checks)} ORDER BY {order}", values
    if by_created:
        # Orders newest first from the index that holds their bits; only those that can match are read and
        # checked (a single letter or digit is decided by its bit alone).
        bits = "(initials & %s) = %s AND (bigrams_a & %s) = %s AND (bigrams_b & %s) = %s"
        bit_params = [value for mask in masks(found) for value in (mask, mask)]
        if initial_is_exact(found) and not where:
            return f"SELECT o.id FROM orders o WHERE {bits} ORDER BY {order_by(query)}", bit_params
        conn.execute(_NESTED)
        checks = [*where, *([] if initial_is_exact(found) else ["o.terms @@ %s::tsquery"])]
        return (f"SELECT o.id FROM (SELECT id, created_at FROM orders WHERE {bits}) AS c JOIN orders o ON o.id = c.id"
                f"{_where(checks)} ORDER BY {newest}",
                [*bit_params, *params, *([] if initial_is_exact(found) else [text])])
    return (f"SELECT o.id FROM orders o{_where([*where, 'o.terms @@ %s::tsquery'])} ORDER BY {order_by(query)}",
            [*params, text])


def count_sql(conn: psycopg.Connection, query: SearchQuery, found: list[list[str]], pinned: list[Any]
              ) -> tuple[str, list[Any]]:
    """The SELECT of how many orders match a query besides the pinned ones, and its parameters."""
    where, params = filters(query)
    if not found and not pinned and not where:
        return "SELECT n FROM order_count", []  # kept by the database, in this snapshot
    if not found and not pinned and not filters(msgspec.structs.replace(query, statuses=()))[0]:
        return ("SELECT coalesce(sum(n), 0) FROM order_counts WHERE status = ANY(%s)",
                [sorted({status.upper() for status in query.statuses})])
    if pinned:
        where.append("NOT (o.id = ANY(%s))")
        params.append(pinned)
    source = by_word(conn, found, query, any_size=True, ordered=False) if found else None
    if source is None:
        if found:
            where.append("o.terms @@ %s::tsquery")
            params.append(tsquery(query.text))
        return f"SELECT count(*) FROM orders o{_where(where)}", params
    if source.exact and not where:
        return f"SELECT count(DISTINCT c.id) FROM {source.sql}", source.params  # the words alone: no order is read
    if not source.exact:
        where.append("o.terms @@ %s::tsquery")
        params.append(tsquery(query.text))
    return (f"SELECT count(DISTINCT c.id) FROM {source.sql} JOIN orders o ON o.id = c.id{_where(where)}",
            [*source.params, *params])


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def day_start(value: dt.datetime | dt.date, *, next_day: bool) -> dt.datetime:
    """A filter's time: a date means the start of that day (or of the next), UTC."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    day = value + dt.timedelta(days=1) if next_day else value
    return dt.datetime.combine(day, dt.time(), tzinfo=UTC)


def filters(query: SearchQuery) -> tuple[list[str], list[Any]]:
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
        params.append(day_start(query.created_from, next_day=False))
    if query.created_to is not None:
        where.append("o.created_at < %s")
        params.append(day_start(query.created_to, next_day=True))
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


def order_by(query: SearchQuery) -> str:
    """As SQLite orders: text without case by code point, missing values lowest, then the row id."""
    direction = "DESC" if query.descending else "ASC"
    nulls = "NULLS LAST" if query.descending else "NULLS FIRST"
    keys = [query.sort, *(["created_at"] if query.sort == "status" else [])]
    terms = [f'lower(o.{key}) COLLATE "C" {direction} {nulls}' if key in _TEXT_SORTS else f"o.{key} {direction} {nulls}"
             for key in keys]
    return ", ".join([*terms, f"o.id {direction}"])
