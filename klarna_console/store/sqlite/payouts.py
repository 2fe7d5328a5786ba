"""Klarna's payouts and their transactions, cached; what each capture and refund was paid out in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import msgspec

from ...api.settlement_models import Payout, Totals, Transaction
from ..values import PayoutRow, Settled, usual_delay
from .db import Database
from .fields import UTC, from_db_time, to_db_time


def _payout(row: tuple[Any, ...]) -> PayoutRow:
    reference, date, currency, amount, totals, synced = row
    return PayoutRow(str(reference), from_db_time(str(date)) or dt.datetime.min.replace(tzinfo=UTC), str(currency),
                     int(amount), msgspec.json.decode(bytes(totals), type=Totals), bool(synced))


class PayoutCache:
    """The `payouts`, `payout_transactions` and `payout_sync` tables of a profile's store."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def upsert_payouts(self, payouts: Iterable[Payout], fetched_at: dt.datetime | None = None) -> int:
        """Keep payouts (their totals replaced, whether their transactions were synced kept)."""
        stamp = to_db_time(fetched_at or dt.datetime.now(UTC))
        rows = [(p.payment_reference, to_db_time(p.payout_date), p.currency_code.upper(), p.totals.settlement_amount,
                 msgspec.json.encode(p.totals), stamp) for p in payouts]
        with self._db.write() as conn:
            conn.executemany(
                "INSERT INTO payouts (payment_reference, payout_date, currency, settlement_amount, totals, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (payment_reference) DO UPDATE SET "
                "payout_date = excluded.payout_date, currency = excluded.currency, "
                "settlement_amount = excluded.settlement_amount, totals = excluded.totals, "
                "fetched_at = excluded.fetched_at", rows)
        return len(rows)

    def store_transactions(self, payment_reference: str, transactions: list[Transaction]) -> None:
        """Replace a payout's transactions and mark it synced, in one transaction (all or nothing)."""
        rows = [(payment_reference, i, t.order_id, t.type, t.detailed_type, t.amount, t.capture, t.refund,
                 to_db_time(t.capture_date) if t.capture_date else None, t.currency_code, t.vat_amount,
                 msgspec.json.encode(t)) for i, t in enumerate(transactions)]
        with self._db.write() as conn:
            conn.execute("DELETE FROM payout_transactions WHERE payment_reference = ?", (payment_reference,))
            conn.executemany(
                "INSERT INTO payout_transactions (payment_reference, position, order_id, type, detailed_type, "
                "amount, capture_id, refund_id, capture_date, currency, vat_amount, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("UPDATE payouts SET transactions_synced = 1 WHERE payment_reference = ?",
                         (payment_reference,))

    def payouts(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                currency: str | None = None) -> list[PayoutRow]:
        """Cached payouts, newest first, with a payout date in [start, end] and in the currency."""
        where: list[str] = []
        params: list[object] = []
        if start is not None:
            where.append("payout_date >= ?")
            params.append(to_db_time(start))
        if end is not None:
            where.append("payout_date <= ?")
            params.append(to_db_time(end))
        if currency:
            where.append("currency = ?")
            params.append(currency.upper())
        sql = ("SELECT payment_reference, payout_date, currency, settlement_amount, totals, transactions_synced "
               "FROM payouts" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY payout_date DESC")
        with self._db.read() as conn:
            return [_payout(row) for row in conn.execute(sql, params)]

    def payout(self, payment_reference: str) -> PayoutRow | None:
        """One cached payout by its reference (any case)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT payment_reference, payout_date, currency, settlement_amount, totals, transactions_synced "
                "FROM payouts WHERE payment_reference = ?", (payment_reference.strip(),)).fetchone()
        return _payout(row) if row else None

    def unsynced(self, references: Iterable[str]) -> list[str]:
        """Those of the references whose transactions are not cached yet, in the order given."""
        wanted = list(references)
        with self._db.read() as conn:
            done = {str(r[0]).upper() for r in conn.execute(
                "SELECT payment_reference FROM payouts WHERE transactions_synced = 1")}
        return [r for r in wanted if r.upper() not in done]

    def transactions(self, payment_reference: str) -> list[Transaction]:
        """A payout's transactions as Klarna listed them."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT body FROM payout_transactions WHERE payment_reference = ? ORDER BY position",
                                (payment_reference,)).fetchall()
        return [msgspec.json.decode(bytes(r[0]), type=Transaction) for r in rows]

    def settled(self, order_id: str) -> list[Settled]:
        """Every settlement line of an order, oldest payout first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT t.type, t.detailed_type, t.amount, t.capture_id, t.refund_id, t.payment_reference, "
                "p.payout_date, t.currency, t.vat_amount FROM payout_transactions t "
                "JOIN payouts p ON p.payment_reference = t.payment_reference "
                "WHERE t.order_id = ? ORDER BY p.payout_date, t.position", (order_id,)).fetchall()
        return [Settled(str(r[0]), r[1], int(r[2]), r[3], r[4], str(r[5]),
                        from_db_time(r[6]) or dt.datetime.min.replace(tzinfo=UTC), r[7], r[8]) for r in rows]

    def named_order_ids(self, payment_reference: str | None = None) -> list[str]:
        """The distinct order ids the cached transactions name (of one payout, or all)."""
        sql = "SELECT DISTINCT order_id FROM payout_transactions"
        params: tuple[object, ...] = ()
        if payment_reference is not None:
            sql += " WHERE payment_reference = ?"
            params = (payment_reference.strip(),)
        with self._db.read() as conn:
            return [str(r[0]) for r in conn.execute(sql + " ORDER BY order_id", params)]

    def undiscovered(self) -> list[str]:
        """Order ids named by a payout that are not in the order cache."""
        with self._db.read() as conn:
            return [str(r[0]) for r in conn.execute(
                "SELECT DISTINCT t.order_id FROM payout_transactions t "
                "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_id = t.order_id) ORDER BY t.order_id")]

    def unpaid_captures(self, captured_before: dt.datetime) -> list[tuple[str, str]]:
        """(order id, capture id) of captures older than the date that no synced payout names.

        Read from the cached orders, and only since the synced period began (older payouts were never
        asked for): the same rule as the search filter `unpaid_capture_days`.
        """
        cut = captured_before.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT o.order_id, json_extract(c.value, '$.capture_id') FROM orders o "
                "JOIN order_bodies b ON b.id = o.id, json_each(CAST(b.body AS TEXT), '$.captures') c "
                "WHERE substr(json_extract(c.value, '$.captured_at'), 1, 19) < ? "
                "AND substr(json_extract(c.value, '$.captured_at'), 1, 19) >= "
                "(SELECT substr(value, 1, 19) FROM payout_sync WHERE key = 'period_start') "
                "AND NOT EXISTS (SELECT 1 FROM payout_transactions t "
                "WHERE t.capture_id = json_extract(c.value, '$.capture_id'))", (cut,)).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    def usual_delay_days(self, default: int = 14) -> int:
        """Days from capture to payout that nine in ten synced sales were paid within, plus two days' margin."""
        with self._db.read() as conn:
            days = [float(r[0]) for r in conn.execute(
                "SELECT julianday(p.payout_date) - julianday(substr(t.capture_date, 1, 19)) FROM payout_transactions t "
                "JOIN payouts p ON p.payment_reference = t.payment_reference WHERE t.type = 'SALE' "
                "ORDER BY 1")]
        return usual_delay(days, default)

    def get_state(self, key: str) -> str | None:
        """A value a sync left to resume from."""
        with self._db.read() as conn:
            row = conn.execute("SELECT value FROM payout_sync WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_state(self, key: str, value: str | None) -> None:
        """Remember (or forget, with None) where a sync is."""
        with self._db.write() as conn:
            if value is None:
                conn.execute("DELETE FROM payout_sync WHERE key = ?", (key,))
            else:
                conn.execute("INSERT INTO payout_sync (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
