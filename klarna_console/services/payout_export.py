"""Exporting payouts to CSV: one line per payout with its totals, amounts as plain decimals."""

from __future__ import annotations

from pathlib import Path

from ..store.values import PayoutRow
from .export import decimal_amount, write_table

COLUMNS = (
    "payment_reference", "payout_date", "currency", "sale_amount", "return_amount", "fee_amount", "tax_amount",
    "repay_amount", "deposit_amount", "settlement_amount",
)


def write_payouts_csv(path: Path, payouts: list[PayoutRow]) -> None:
    """Write the payouts to `path` atomically (a half-written file never replaces a good one)."""
    write_table(path, COLUMNS, (
        [p.payment_reference, p.payout_date.isoformat(), p.currency,
         *(decimal_amount(v, p.currency) for v in (p.totals.sale_amount, p.totals.return_amount, p.totals.fee_amount,
                                                    p.totals.tax_amount, p.totals.repay_amount,
                                                    p.totals.deposit_amount, p.totals.settlement_amount))]
        for p in payouts
    ))
