"""Exporting payouts to CSV: one line per payout with its totals, amounts as plain decimals."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from ..store.payouts import PayoutRow
from .export import decimal_amount

COLUMNS = (
    "payment_reference", "payout_date", "currency", "sale_amount", "return_amount", "fee_amount", "tax_amount",
    "repay_amount", "deposit_amount", "settlement_amount",
)


def _text(value: str) -> str:
    # A cell a spreadsheet would run as a formula is kept as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_payouts_csv(path: Path, payouts: list[PayoutRow]) -> None:
    """Write the payouts to `path` atomically (a half-written file never replaces a good one)."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for p in payouts:
            t = p.totals
            writer.writerow([
                _text(p.payment_reference), p.payout_date.isoformat(), _text(p.currency),
                *(decimal_amount(v, p.currency) for v in (t.sale_amount, t.return_amount, t.fee_amount, t.tax_amount,
                                                           t.repay_amount, t.deposit_amount, t.settlement_amount)),
            ])
    os.replace(partial, path)
