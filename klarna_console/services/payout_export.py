"""Exporting payouts to CSV: one line per payout with its totals, plain or for a spreadsheet in a locale."""

from __future__ import annotations

from pathlib import Path

from ..domain.dates import format_date
from ..store.values import PayoutRow
from .export import amount_cell, write_table

COLUMNS = (
    "payment_reference", "payout_date", "currency", "sale_amount", "return_amount", "fee_amount", "tax_amount",
    "repay_amount", "deposit_amount", "settlement_amount",
)


def write_payouts_csv(path: Path, payouts: list[PayoutRow], locale: str | None = None) -> None:
    """Write the payouts to `path` atomically: plain, or for a spreadsheet in `locale` (services/export.py)."""
    write_table(path, COLUMNS, (
        [p.payment_reference, format_date(p.payout_date.date(), locale) if locale else p.payout_date.isoformat(), p.currency,
         *(amount_cell(v, p.currency, locale) for v in (p.totals.sale_amount, p.totals.return_amount, p.totals.fee_amount,
                                                    p.totals.tax_amount, p.totals.repay_amount,
                                                    p.totals.deposit_amount, p.totals.settlement_amount))]
        for p in payouts
    ), locale)
