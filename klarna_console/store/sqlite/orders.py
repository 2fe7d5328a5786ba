"""The order cache: every order fetched, as Klarna sent it, with columns to search, filter and sort by."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import operator
import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any

import msgspec

from ...api.models import Order
from ..values import CachedOrder, OrderRow, SearchQuery
from .db import Database
from .fields import UTC, OrderFields, from_db_time, to_db_time
from .keys import COUNT_BUCKET_BITS, PLACE_BITS, next_key, slot_bounds, time_slot
from .migrations import FULL_TEXT
from .search import (
    KEY_INDEX,
    SORT_INDEXES,
    exact_term,
    filter_sql,
    filter_terms,
    fts_expression,
    narrowed_expression,
    order_by,
    walk_sort_index,
)

BATCH_SIZE = 5000
"""Orders written per transaction: big enough to be fast, small enough that a journal write waits little."""

_FIELDS = OrderFields._fields
_SEARCHED_AT = tuple(_FIELDS.index(name) for name in FULL_TEXT if name in _FIELDS)
_INSERT_ROW = (
    f"INSERT INTO orders (id, {', '.join(_FIELDS)}, fetched_at, filter_terms, created_key) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 4))})"
)
_UPDATE_ROW = (
    f"UPDATE orders SET {', '.join(f'{name} = ?' for name in _FIELDS)}, fetched_at = ?, filter_terms = ?, "
    "created_key = ? WHERE id = ?"
)
_PUT_BODY = "INSERT OR REPLACE INTO order_bodies (id, body) VALUES (?, ?)"
_FTS_INSERT = f"INSERT INTO orders_fts (rowid, {', '.join(FULL_TEXT)}) VALUES ({', '.join('?' * (len(FULL_TEXT) + 1))})"
_FTS_DELETE = (
    f"INSERT INTO orders_fts (orders_fts, rowid, {', '.join(FULL_TEXT)}) "
    f"VALUES ('delete', {', '.join('?' * (len(FULL_TEXT) + 1))})"
)
_BY_ROW_ID = operator.itemgetter(0)  # full-text rows in row id (created key) order
_LOOKUP_CHUNK = 500  # ids per "IN (...)": well under SQLite's limit on parameters


def _searched(fields: OrderFields) -> tuple[object, ...]:
    """The full-text columns of an order, in FULL_TEXT's order (the filter words last)."""
    return (*(fields[i] for i in _SEARCHED_AT), filter_terms(fields.status, fields.currency, fields.fraud_status))


_ROW_COLUMNS = (
    "order_id", "status", "fraud_status", "currency", "order_amount", "captured_amount", "refunded_amount",
    "remaining_amount", "created_at", "expires_at", "klarna_reference", "merchant_reference1",
    "merchant_reference2", "customer_name", "email", "phone", "postal_code", "fetched_at",
)
_SELECT_ROW = ", ".join(f"o.{name}" for name in _ROW_COLUMNS)


def _row(row: tuple[object, ...]) -> OrderRow:
    values = list(row)
    for index in (8, 9, 17):  # created_at, expires_at, fetched_at
        values[index] = from_db_time(values[index])  # type: ignore[arg-type]
    return OrderRow(*values)  # type: ignore[arg-type]


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Order)


class OrderCache:
    """Orders of one profile, as last fetched, with full-text search over them.

    All methods block on SQLite: call them from a worker thread (`asyncio.to_thread`) in async code.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- writing ---------------------------------------------------------------------------------

    def upsert_orders(self, orders: Iterable[Order], fetched_at: dt.datetime | None = None) -> int:
        """Insert or replace orders as fetched at `fetched_at` (default now); returns how many were given.

        An order already cached from a later fetch is left as it is. Thousands of orders are written
        per transaction, so other writers (the journal) wait for one batch at most.
        """
        stamp = to_db_time(fetched_at or dt.datetime.now(UTC))
        count = 0
        iterator = iter(orders)
        while batch := list(itertools.islice(iterator, BATCH_SIZE)):
            # Encode before taking the write lock: other writers wait only for SQLite itself.
            latest: dict[str, tuple[OrderFields, bytes]] = {}
            for order in batch:
                fields = OrderFields.of(order)
                # Ids compare without case, as the column does; the last copy of an order wins.
                latest[fields.order_id.lower()] = (fields, _ENCODER.encode(order))
            with self._db.write() as conn:
                _write_batch(conn, latest, stamp)
                _refresh_statistics(conn)
            count += len(batch)
        return count

    def delete_orders(self, order_ids: Iterable[str]) -> int:
        """Forget these orders; returns how many were cached."""
        wanted = list(order_ids)
        with self._db.write() as conn:
            old = _cached(conn, wanted)
            conn.executemany(_FTS_DELETE, sorted(((row[2], *row[5:]) for row in old.values()), key=_BY_ROW_ID))
            conn.executemany("DELETE FROM orders WHERE id = ?", [(row[0],) for row in old.values()])
            _add_counts(conn, Counter(_counted_as(row[2], row[4]) for row in old.values()), -1)
        return len(old)

    # --- reading one -----------------------------------------------------------------------------

    def get_order(self, order_id: str) -> CachedOrder | None:
        """The cached order with this id (any case), or None."""
        row = self._db.connection().execute(
            "SELECT b.body, o.fetched_at FROM orders o JOIN order_bodies b ON b.id = o.id WHERE o.order_id = ?",
            (order_id.strip(),),
        ).fetchone()
        if row is None:
            return None
        fetched = from_db_time(row[1])
        assert fetched is not None  # NOT NULL column
        return CachedOrder(order=_DECODER.decode(row[0]), fetched_at=fetched)

    def fetched_at(self, order_ids: list[str]) -> dict[str, dt.datetime]:
        """When each of these orders (those cached) was last read from Klarna."""
        found: dict[str, dt.datetime] = {}
        conn = self._db.connection()
        for start in range(0, len(order_ids), 500):
            chunk = order_ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for order_id, fetched in conn.execute(
                f"SELECT order_id, fetched_at FROM orders WHERE order_id IN ({marks})", chunk
            ):
                when = from_db_time(fetched)
                assert when is not None  # NOT NULL column
                found[order_id] = when
        return found

    def order_ids(self) -> list[str]:
        """Every cached order id, in the order they were first cached."""
        return [r[0] for r in self._db.connection().execute("SELECT order_id FROM orders ORDER BY id")]

    def stale(self, older_than: dt.datetime | dt.timedelta, *, limit: int | None = None) -> list[str]:
        """Ids of orders last fetched before a time (or longer ago than a duration), oldest first."""
        if isinstance(older_than, dt.timedelta):
            older_than = dt.datetime.now(UTC) - older_than
        return [
            r[0]
            for r in self._db.connection().execute(
                "SELECT order_id FROM orders WHERE fetched_at < ? ORDER BY fetched_at, id LIMIT ?",
                (to_db_time(older_than), -1 if limit is None else limit),
            )
        ]

    def __len__(self) -> int:
        return int(self._db.connection().execute("SELECT count(*) FROM orders").fetchone()[0])

    # --- search ---------------------------------------------------------------------------------

    def search(self, query: SearchQuery | str, offset: int = 0, limit: int = 200) -> list[OrderRow]:
        """One page of the orders matching a query: exact id/reference hits first, then by the sort column."""
        query = SearchQuery(text=query) if isinstance(query, str) else query
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must be 0 or more")  # english-ok: a programming error
        with self._db.read() as conn:
            pinned = self._pinned(conn, query)
            rows = [row[1:] for row in pinned[offset:offset + limit]]
            rest_offset, rest_limit = max(0, offset - len(pinned)), limit - len(rows)
            if rest_limit > 0:
                rows.extend(self._page(conn, query, [row[0] for row in pinned], rest_offset, rest_limit))
        return [_row(row) for row in rows]

    def count(self, query: SearchQuery | str) -> int:
        """How many orders match a query (all pages)."""
        query = SearchQuery(text=query) if isinstance(query, str) else query
        with self._db.read() as conn:
            pinned = [row[0] for row in self._pinned(conn, query)]
            where, params = filter_sql(query)
            expression = fts_expression(query.text)
            if expression is None:
                statuses = _counted_statuses(query)
                if statuses is not None:
                    return _counted(conn, statuses)
                sql = "SELECT count(*) FROM orders o" + (" WHERE " + " AND ".join(where) if where else "")
                return int(conn.execute(sql, params).fetchone()[0])
            if not where:
                matches = _fts_count(conn, expression)
                # The pinned rows are full-text matches too, all but always; count any that are not.
                return matches + _unmatched(conn, expression, pinned)
            expression = narrowed_expression(expression, query)
            matches = _fts_count(conn, expression)
            # Many matches: read the filtered columns from the one index that holds them all.
            source = f"orders o INDEXED BY {KEY_INDEX}" if matches * 6 > _total(conn) else "orders o"
            where.append(_not_in(pinned))
            params.extend(pinned)
            # Last: SQLite tests terms in order, and probing the match set costs more than a comparison.
            where.append(_IN_MATCHES)
            params.append(expression)
            sql = f"SELECT count(*) FROM {source} WHERE {' AND '.join(where)}"
            return len(pinned) + int(conn.execute(sql, params).fetchone()[0])

    def _pinned(self, conn: sqlite3.Connection, query: SearchQuery) -> list[tuple[object, ...]]:
        """(row id, columns...) of orders whose id or Klarna reference is exactly the text, if they pass the filters."""
        term = exact_term(query.text)
        if term is None:
            return []
        where, params = filter_sql(query)
        extra = "".join(f" AND {condition}" for condition in where)
        # Two plain index lookups (the columns compare without case): cheap, unlike ranking every match.
        sql = (
            f"SELECT o.id, {_SELECT_ROW} FROM orders o WHERE o.order_id = ?{extra} "
            f"UNION SELECT o.id, {_SELECT_ROW} FROM orders o WHERE o.klarna_reference = ?{extra} "
            # A payment reference from a bank statement: the orders its payout paid or deducted.
            f"UNION SELECT o.id, {_SELECT_ROW} FROM orders o WHERE o.order_id IN "
            f"(SELECT order_id FROM payout_transactions WHERE payment_reference = ?){extra}"
        )
        return conn.execute(sql, [term, *params, term, *params, term, *params]).fetchall()

    def _page(
        self, conn: sqlite3.Connection, query: SearchQuery, exclude: list[object], offset: int, limit: int
    ) -> list[tuple[object, ...]]:
        where, params = filter_sql(query)
        filtered = bool(where)
        source = "orders o"
        # Text with no letters or digits ("+", "@") does not narrow the results, as while typing.
        expression = fts_expression(query.text)
        if expression is not None and filtered:
            # The status, currency and fraud filters are intersected inside FTS5 first.
            expression = narrowed_expression(expression, query)
        if query.sort == "created_at" and _keys_exact(conn):
            if expression is not None:
                return self._matches_page(conn, query, expression, exclude, offset, limit)
            if not filtered and not exclude and offset >= _JUMP_FROM:
                return _deep_page(conn, query.descending, offset, limit)
        # Counting every match of a one-letter prefix costs as much as the page: up to 20,000 will do.
        matches = _fts_count_up_to(conn, expression) if expression is not None else None
        if matches == 0:
            return []
        # A page near the end is read from the other end: an offset costs a step per row skipped. Only where
        # the rows walked can be counted: all orders (counting them costs about a third of walking them, so
        # past 70% of them), or the matches of text alone (past their middle).
        walked = None
        if not filtered and not exclude:
            if expression is not None and matches is not None and offset * 2 > matches:
                walked = _fts_count(conn, expression)
            elif expression is None and offset * 10 > _total(conn) * 7:
                walked = _count_all(conn)
        if walked is not None and offset * 2 > walked:
            end = min(offset + limit, walked)
            if end <= offset:
                return []
            backwards = msgspec.structs.replace(query, descending=not query.descending)
            return self._page(conn, backwards, exclude, walked - end, end - offset)[::-1]
        if expression is not None:
            assert matches is not None
            index = SORT_INDEXES.get(query.sort)
            total = _total(conn)
            walk = bool(index) and walk_sort_index(matches, total, offset, limit, filtered=filtered)
            if index and not walk and matches >= _EXACT_UP_TO:
                # More matches only favour the walk, but a deep page may need to know how many more.
                walk = walk_sort_index(_fts_sampled(conn, expression, total), total, offset, limit, filtered=filtered)
            if walk:
                source = f"orders o INDEXED BY {index}"
        if exclude:
            where.append(_not_in(exclude))
            params.extend(exclude)
        if expression is not None:
            # Last: SQLite tests terms in order, and probing the match set costs more than a comparison.
            where.append(_IN_MATCHES)
            params.append(expression)
        # First the ids of the page, from the index alone where it holds the filtered columns (the rows
        # skipped by the offset are never read), then only the rows shown.
        sql = f"SELECT o.id FROM {source}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order_by(query)} LIMIT ? OFFSET ?"
        ids = [row[0] for row in conn.execute(sql, [*params, limit, offset])]
        return _rows_by(conn, "id", ids)

    def _matches_page(
        self, conn: sqlite3.Connection, query: SearchQuery, expression: str, exclude: list[object], offset: int,
        limit: int,
    ) -> list[tuple[object, ...]]:
        """A page of text matches by creation: FTS5 walks its row ids (created keys) from the wanted end."""
        where, params = filter_sql(query)
        if not where and not exclude and offset >= _EXACT_UP_TO // 2:
            # As in _page: a page past the middle of the matches is read from the other end.
            walked = _fts_count(conn, expression)
            if offset * 2 > walked:
                end = min(offset + limit, walked)
                if end <= offset:
                    return []
                backwards = msgspec.structs.replace(query, descending=not query.descending)
                return self._matches_page(conn, backwards, expression, exclude, walked - end, end - offset)[::-1]
        direction = "DESC" if query.descending else "ASC"
        if where or exclude:
            # Each match walked is checked against the filters in one step of the key index, which holds
            # them; the walk stops once the page is full.
            if exclude:
                where.append(_not_in(exclude))
                params.extend(exclude)
            sql = (
                f"SELECT orders_fts.rowid FROM orders_fts CROSS JOIN orders o INDEXED BY {KEY_INDEX} "
                f"ON o.created_key = orders_fts.rowid WHERE orders_fts MATCH ? AND {' AND '.join(where)} "
                f"ORDER BY orders_fts.rowid {direction} LIMIT ? OFFSET ?"
            )
        else:
            sql = f"SELECT rowid FROM orders_fts WHERE orders_fts MATCH ? ORDER BY rowid {direction} LIMIT ? OFFSET ?"
        keys = [row[0] for row in conn.execute(sql, [expression, *params, limit, offset])]
        return _rows_by(conn, "created_key", keys)


def _rows_by(conn: sqlite3.Connection, column: str, values: list[object]) -> list[tuple[object, ...]]:
    """The shown columns of the orders with these ids or created keys, in the order given."""
    if not values:
        return []
    found = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT o.{column}, {_SELECT_ROW} FROM orders o WHERE o.{column} IN ({', '.join('?' * len(values))})",
            values,
        )
    }
    return [found[value] for value in values]


def _keys_exact(conn: sqlite3.Connection) -> bool:
    """Whether every order's created key sorts as its created_at and id do (see keys.py): one index step."""
    lowest = conn.execute("SELECT min(created_key) FROM orders").fetchone()[0]
    return lowest is None or lowest >= 0


_JUMP_FROM = 2_000


def _deep_page(conn: sqlite3.Connection, descending: bool, offset: int, limit: int) -> list[tuple[object, ...]]:
    """A page of all orders by creation, far from the start: the order counts say which stretch of about
    19 hours of creation time it starts in, so the offset steps through that stretch alone."""
    direction = "DESC" if descending else "ASC"
    skipped, start = 0, None
    for bucket, orders in conn.execute(
        f"SELECT bucket, sum(n) FROM order_counts GROUP BY bucket ORDER BY bucket {direction}"
    ):
        if skipped + orders > offset:
            start = bucket
            break
        skipped += orders
    if start is None:
        return []  # past the last order
    if descending:
        bound = f"created_key <= {((start + 1) << COUNT_BUCKET_BITS) - 1}"
    else:
        bound = f"created_key >= {start << COUNT_BUCKET_BITS}"
    keys = [
        row[0]
        for row in conn.execute(
            f"SELECT created_key FROM orders INDEXED BY {KEY_INDEX} WHERE {bound} "
            f"ORDER BY created_key {direction} LIMIT ? OFFSET ?",
            (limit, offset - skipped),
        )
    ]
    return _rows_by(conn, "created_key", keys)


def _counted_statuses(query: SearchQuery) -> list[str] | None:
    """The statuses (none: all) of a query that filters by status alone, else None."""
    if filter_sql(msgspec.structs.replace(query, statuses=()))[0]:
        return None
    statuses = sorted({s.upper() for s in query.statuses})
    return None if "" in statuses else statuses


def _counted(conn: sqlite3.Connection, statuses: list[str]) -> int:
    """Orders with one of these statuses (none: all), from the counts the triggers of migration 5 keep."""
    sql = "SELECT coalesce(sum(n), 0) FROM order_counts"
    if statuses:
        sql += f" WHERE status IN ({', '.join('?' * len(statuses))})"
    return int(conn.execute(sql, statuses).fetchone()[0])


def _cached(conn: sqlite3.Connection, order_ids: Iterable[str]) -> dict[str, tuple[Any, ...]]:
    """(row id, fetched_at, created key, created_at, status, full-text columns...) of the cached ones among
    these orders, by lower-case id."""
    ids = list(order_ids)
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start:start + _LOOKUP_CHUNK]
        for row in conn.execute(
            f"SELECT id, fetched_at, created_key, created_at, status, {', '.join(FULL_TEXT)} FROM orders "
            f"WHERE order_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[row[5].lower()] = row
    return found


def _highest_keys(conn: sqlite3.Connection, slots: Iterable[int]) -> dict[int, int]:
    """The highest created key of each of these time slots that holds any order."""
    wanted = sorted(set(slots))
    if not wanted:
        return {}
    # One statement for the batch: a slot's keys are slot << PLACE_BITS plus its places (see keys.py).
    rows = conn.execute(
        f"SELECT j.value, (SELECT max(created_key) FROM orders WHERE created_key BETWEEN "
        f"j.value << {PLACE_BITS} AND ((j.value + 1) << {PLACE_BITS}) - 1) FROM json_each(?) j",
        (json.dumps(wanted),),
    )
    return {slot: key for slot, key in rows if key is not None}


def _moved_key(conn: sqlite3.Connection, row_id: int, slot: int | None, placed: dict[int, tuple[int, int]]) -> int:
    """The key of a cached order whose created_at changed: after its new slot's orders if their ids are lower."""
    if slot is None:
        return -row_id
    low, high = slot_bounds(slot)
    top_id, top_key = conn.execute(
        "SELECT max(id), max(created_key) FROM orders WHERE created_key BETWEEN ? AND ? AND id != ?",
        (low, high, row_id),
    ).fetchone()
    if slot in placed:
        top_id, top_key = max(top_id or 0, placed[slot][0]), max(top_key or low - 1, placed[slot][1])
    if top_id is not None and top_id > row_id:
        return -row_id  # a later order was created in the same microsecond: no key can sort between
    key = next_key(slot, row_id, top_key)
    if key >= 0:
        placed[slot] = (row_id, key)
    return key


def _write_batch(conn: sqlite3.Connection, latest: dict[str, tuple[OrderFields, bytes]], stamp: str) -> None:
    """Write one batch of orders and keep the full-text index in step (see migration 2 for why here)."""
    old = _cached(conn, [fields.order_id for fields, _ in latest.values()])
    next_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM orders").fetchone()[0])
    inserts, updates, bodies, fts_deletes, fts_inserts = [], [], [], [], []
    # Orders whose created_at changed take their key first: new orders (higher ids) go after them.
    placed: dict[int, tuple[int, int]] = {}  # slot -> (id, key) of the last order given a key in it here
    added: Counter[tuple[int, str]] = Counter()
    removed: Counter[tuple[int, str]] = Counter()
    for key, (fields, body) in latest.items():
        cached = old.get(key)
        if cached is None:
            continue
        row_id, cached_at, cached_key, cached_created, cached_status, *cached_searched = cached
        if stamp < cached_at:
            continue  # a slow fetch that finished after a newer one must not put the older state back
        created_key = cached_key
        if fields.created_at != cached_created:
            created_key = _moved_key(conn, row_id, time_slot(fields.created_at), placed)
        searched = _searched(fields)
        updates.append((*fields, stamp, searched[-1], created_key, row_id))
        if (created_key, fields.status) != (cached_key, cached_status):
            removed[_counted_as(cached_key, cached_status)] += 1
            added[_counted_as(created_key, fields.status)] += 1
        if created_key != cached_key or tuple(cached_searched) != searched:
            fts_deletes.append((cached_key, *cached_searched))
            fts_inserts.append((created_key, *searched))
        bodies.append((row_id, body))
    new = [(fields, body, time_slot(fields.created_at)) for key, (fields, body) in latest.items() if key not in old]
    highest = _highest_keys(conn, (slot for _, _, slot in new if slot is not None))
    for moved_slot, (_, placed_key) in placed.items():
        highest[moved_slot] = max(highest.get(moved_slot, placed_key), placed_key)
    for fields, body, slot in new:
        # Our own ids: the write lock and BEGIN IMMEDIATE make us the only writer.
        row_id, next_id = next_id, next_id + 1
        created_key = next_key(slot, row_id, highest.get(slot) if slot is not None else None)
        if slot is not None and created_key >= 0:
            highest[slot] = created_key
        searched = _searched(fields)
        inserts.append((row_id, *fields, stamp, searched[-1], created_key))
        added[_counted_as(created_key, fields.status)] += 1
        fts_inserts.append((created_key, *searched))
        bodies.append((row_id, body))
    # FTS5 writes its buffer out whenever a row id is lower than the one before: in key order, once.
    conn.executemany(_FTS_DELETE, sorted(fts_deletes, key=_BY_ROW_ID))
    conn.executemany(_INSERT_ROW, inserts)
    conn.executemany(_UPDATE_ROW, updates)
    conn.executemany(_PUT_BODY, bodies)
    conn.executemany(_FTS_INSERT, sorted(fts_inserts, key=_BY_ROW_ID))
    added.subtract(removed)
    _add_counts(conn, added, 1)


def _counted_as(created_key: int, status: str | None) -> tuple[int, str]:
    """Where order_counts counts an order (see migration 5)."""
    return created_key >> COUNT_BUCKET_BITS, status or ""


def _add_counts(conn: sqlite3.Connection, changes: Counter[tuple[int, str]], sign: int) -> None:
    conn.executemany(
        "INSERT INTO order_counts (bucket, status, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n",
        [(bucket, status, sign * n) for (bucket, status), n in changes.items() if n],
    )


_IN_MATCHES = "o.created_key IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"


def _not_in(ids: list[object]) -> str:
    return f"o.id NOT IN ({', '.join('?' * len(ids))})" if ids else "1"


def _fts_count(conn: sqlite3.Connection, expression: str) -> int:
    """Full-text matches, counted inside FTS5: about a millisecond even for a one-letter prefix."""
    return int(conn.execute("SELECT count(*) FROM orders_fts WHERE orders_fts MATCH ?", (expression,)).fetchone()[0])


_EXACT_UP_TO = 20_000
_SAMPLE = 20_000


def _fts_count_up_to(conn: sqlite3.Connection, expression: str) -> int:
    """How many orders match, counted up to 20,000 (counting the 400,000 matches of "a" takes long)."""
    return int(conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM orders_fts WHERE orders_fts MATCH ? LIMIT ?)", (expression, _EXACT_UP_TO)
    ).fetchone()[0])


def _fts_sampled(conn: sqlite3.Connection, expression: str, total: int) -> int:
    """About how many orders match, scaled from the matches among the newest 20,000 (at least 20,000)."""
    if total <= _SAMPLE:
        return _fts_count(conn, expression)
    newest = conn.execute(
        f"SELECT created_key FROM orders INDEXED BY {KEY_INDEX} ORDER BY created_key DESC LIMIT 1 OFFSET ?",
        (_SAMPLE - 1,),
    ).fetchone()
    if newest is None:
        return _fts_count(conn, expression)
    sampled = int(conn.execute(
        "SELECT count(*) FROM orders_fts WHERE orders_fts MATCH ? AND rowid >= ?", (expression, newest[0])
    ).fetchone()[0])
    return max(_EXACT_UP_TO, sampled * total // _SAMPLE)


def _unmatched(conn: sqlite3.Connection, expression: str, ids: list[object]) -> int:
    if not ids:
        return 0
    found = conn.execute(
        "SELECT count(*) FROM orders_fts WHERE orders_fts MATCH ? AND rowid IN "
        f"(SELECT created_key FROM orders WHERE id IN ({', '.join('?' * len(ids))}))",
        (expression, *ids),
    ).fetchone()[0]
    return len(ids) - int(found)


def _refresh_statistics(conn: sqlite3.Connection) -> None:
    """Re-measure the indexes once the cache has doubled since they were last measured.

    SQLite picks its plans from these figures (which index to walk for "status is X, newest first");
    without them it guesses, and guesses badly once the cache holds many thousands of orders.
    """
    total = _total(conn)
    has_stats = conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").fetchone()
    measured = 0
    if has_stats:
        row = conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'orders' LIMIT 1").fetchone()
        measured = int(row[0].split()[0]) if row else 0
    if total >= 1000 and total > 2 * measured:
        # A sample of each index is enough for the planner, and takes milliseconds, not seconds.
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE orders")


def _count_all(conn: sqlite3.Connection) -> int:
    """How many orders there are, exactly (SQLite counts the smallest index page by page)."""
    return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])


def _total(conn: sqlite3.Connection) -> int:
    """About how many orders there are (the highest row id: one index step, unlike count(*))."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM orders").fetchone()[0])
