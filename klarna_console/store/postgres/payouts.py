"""The team's shared payouts cache: the same contract as the SQLite one (store/payouts.py) on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import msgspec

from ...api.settlement_models import Payout, Totals, Transaction
from ..sqlite.fields import UTC
from ..values import PayoutRow, Settled, usual_delay
from .db import TeamDatabase

_PAYOUT = "payment_reference, payout_date, currency, settlement_amount, totals, transactions_synced"
# The captures in an order's cached JSON, one row each (what `unpaid_captures` and the search filter read).
CAPTURES = ("jsonb_array_elements(coalesce(convert_from({body}, 'UTF8')::jsonb -> 'captures', '[]'::jsonb))")
# A capture captured before a cut-off, since the synced period began, that no synced payout names.
UNPAID = (
    "EXISTS (SELECT 1 FROM {captures} c WHERE (c ->> 'captured_at')::timestamptz < %s "
    "AND (c ->> 'captured_at')::timestamptz >= (SELECT value::timestamptz FROM payout_sync WHERE key = 'period_start') "
    "AND NOT EXISTS (SELECT 1 FROM payout_transactions t WHERE t.capture_id = c ->> 'capture_id'))"
)


def _payout(row: tuple[Any, ...]) -> PayoutRow:
    reference, date, currency, amount, totals, synced = row
    return PayoutRow(reference, date, currency, int(amount), msgspec.json.decode(bytes(totals), type=Totals),
                     bool(synced))


class TeamPayoutCache:
    """Payouts any desk of the team synced, with their transactions. Methods block on the network."""

    def __init__(self, db: TeamDatabase) -> None:
        self._db = db

    def upsert_payouts(self, payouts: Iterable[Payout], fetched_at: dt.datetime | None = None) -> int:
        """See `PayoutCache.upsert_payouts`."""
        stamp = fetched_at or dt.datetime.now(UTC)
        rows = [(p.payment_reference, p.payout_date, p.currency_code.upper(), p.totals.settlement_amount,
                 msgspec.json.encode(p.totals), stamp) for p in payouts]
        with self._db.write() as conn, conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO payouts (payment_reference, payout_date, currency, settlement_amount, totals, fetched_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT ((lower(payment_reference))) DO UPDATE SET "
                "payout_date = excluded.payout_date, currency = excluded.currency, "
                "settlement_amount = excluded.settlement_amount, totals = excluded.totals, "
                "fetched_at = excluded.fetched_at", rows)
        return len(rows)

    def store_transactions(self, payment_reference: str, transactions: list[Transaction]) -> None:
        """See `PayoutCache.store_transactions` (all or nothing)."""
        rows = [(payment_reference, i, t.order_id, t.type, t.detailed_type, t.amount, t.capture, t.refund,
                 t.capture_date, t.currency_code, t.vat_amount, msgspec.json.encode(t))
                for i, t in enumerate(transactions)]
        with self._db.write() as conn:
            conn.execute("DELETE FROM payout_transactions WHERE lower(payment_reference) = lower(%s)",
                         (payment_reference,))
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO payout_transactions (payment_reference, position, order_id, type, detailed_type, "
                    "amount, capture_id, refund_id, capture_date, currency, vat_amount, body) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
            conn.execute("UPDATE payouts SET transactions_synced = true WHERE lower(payment_reference) = lower(%s)",
                         (payment_reference,))

    def payouts(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                currency: str | None = None) -> list[PayoutRow]:
        """See `PayoutCache.payouts`."""
        where: list[str] = ["true"]
        params: list[object] = []
        if start is not None:
            where.append("payout_date >= %s")
            params.append(start)
        if end is not None:
            where.append("payout_date <= %s")
            params.append(end)
        if currency:
            where.append("currency = %s")
            params.append(currency.upper())
        rows = self._db.read().execute(
            f"SELECT {_PAYOUT} FROM payouts WHERE {' AND '.join(where)} ORDER BY payout_date DESC", params)
        return [_payout(row) for row in rows]

    def payout(self, payment_reference: str) -> PayoutRow | None:
        """One cached payout by its reference (any case)."""
        row = self._db.read().execute(f"SELECT {_PAYOUT} FROM payouts WHERE lower(payment_reference) = lower(%s)",
                                      (payment_reference.strip(),)).fetchone()
        return _payout(row) if row else None

    def unsynced(self, references: Iterable[str]) -> list[str]:
        """Those of the references whose transactions are not cached yet, in the order given."""
        done = {str(r[0]).upper() for r in self._db.read().execute(
            "SELECT payment_reference FROM payouts WHERE transactions_synced")}
        return [r for r in references if r.upper() not in done]

    def transactions(self, payment_reference: str) -> list[Transaction]:
        """A payout's transactions as Klarna listed them."""
        rows = self._db.read().execute(
            "SELECT body FROM payout_transactions WHERE lower(payment_reference) = lower(%s) ORDER BY position",
            (payment_reference,)).fetchall()
        return [msgspec.json.decode(bytes(r[0]), type=Transaction) for r in rows]

    def settled(self, order_id: str) -> list[Settled]:
        """Every settlement line of an order, oldest payout first."""
        rows = self._db.read().execute(
            "SELECT t.type, t.detailed_type, t.amount, t.capture_id, t.refund_id, t.payment_reference, "
            "p.payout_date, t.currency, t.vat_amount FROM payout_transactions t "
            "JOIN payouts p ON lower(p.payment_reference) = lower(t.payment_reference) "
            "WHERE lower(t.order_id) = lower(%s) ORDER BY p.payout_date, t.position", (order_id,)).fetchall()
        return [Settled(r[0], r[1], int(r[2]), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def named_order_ids(self, payment_reference: str | None = None) -> list[str]:
        """The distinct order ids the cached transactions name (of one payout, or all)."""
        sql = "SELECT DISTINCT order_id FROM payout_transactions"
        params: tuple[str, ...] = ()
        if payment_reference is not None:
            sql, params = sql + " WHERE lower(payment_reference) = lower(%s)", (payment_reference.strip(),)
        return [str(r[0]) for r in self._db.read().execute(sql + " ORDER BY order_id", params)]

    def undiscovered(self) -> list[str]:
        """Order ids named by a payout that are not in the order cache."""
        return [str(r[0]) for r in self._db.read().execute(
            "SELECT DISTINCT t.order_id FROM payout_transactions t "
            "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.order_key = lower(t.order_id)) ORDER BY t.order_id")]

    def unpaid_captures(self, captured_before: dt.datetime) -> list[tuple[str, str]]:
        """See `PayoutCache.unpaid_captures`."""
        rows = self._db.read().execute(
            f"SELECT o.order_id, c ->> 'capture_id' FROM orders o, {CAPTURES.format(body='o.body')} c "
            "WHERE (c ->> 'captured_at')::timestamptz < %s "
            "AND (c ->> 'captured_at')::timestamptz >= "
            "(SELECT value::timestamptz FROM payout_sync WHERE key = 'period_start') "
            "AND NOT EXISTS (SELECT 1 FROM payout_transactions t WHERE t.capture_id = c ->> 'capture_id')",
            (captured_before,)).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    def usual_delay_days(self, default: int = 14) -> int:
        """See `PayoutCache.usual_delay_days`."""
        days = [float(r[0]) for r in self._db.read().execute(
            "SELECT extract(epoch FROM p.payout_date - t.capture_date) / 86400 FROM payout_transactions t "
            "JOIN payouts p ON lower(p.payment_reference) = lower(t.payment_reference) "
            "WHERE t.type = 'SALE' AND t.capture_date IS NOT NULL ORDER BY 1")]
        return usual_delay(days, default)

    def get_state(self, key: str) -> str | None:
        """A value a sync left to resume from."""
        row = self._db.read().execute("SELECT value FROM payout_sync WHERE key = %s", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_state(self, key: str, value: str | None) -> None:
        """Remember (or forget, with None) where a sync is."""
        with self._db.write() as conn:
            if value is None:
                conn.execute("DELETE FROM payout_sync WHERE key = %s", (key,))
            else:
                conn.execute("INSERT INTO payout_sync (key, value) VALUES (%s, %s) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
