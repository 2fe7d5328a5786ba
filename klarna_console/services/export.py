"""Exporting search results to CSV: every page of a query, amounts beside their currency.

Two kinds of file, with the same columns (so an import reads the order ids of either):
- plain, for programs (no locale): ",", amounts as "-1234.50" in the currency's digits, times in ISO 8601 UTC;
- for a spreadsheet in the user's locale: amounts and times written the locale's way per CLDR, and ";"
  between cells where the locale's decimal mark is "," (as Excel in those markets expects), without a
  grouping mark inside a number (a spreadsheet takes "1 234,50" or "1.234,50" for text in some settings).
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..domain.dates import format_date, format_time
from ..domain.money import decimal_mark, exponent
from ..store.interface import OrderStore
from ..store.values import OrderRow, SearchQuery

PAGE = 1000
COLUMNS = (
    "order_id", "klarna_reference", "status", "fraud_status", "currency", "order_amount", "captured_amount",
    "refunded_amount", "remaining_amount", "created_at", "expires_at", "merchant_reference1",
    "merchant_reference2", "customer_name", "email", "phone", "postal_code",
)
_AMOUNTS = {"order_amount", "captured_amount", "refunded_amount", "remaining_amount"}
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection"); tab and
# carriage return count because some programs drop them and read what follows.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-12.50", "+3") is read as a number, never as a formula: it stays as written, so
# refunds and negative amounts still add up in the spreadsheet.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def spreadsheet_safe(cell: str) -> str:
    """The cell with a leading apostrophe if a spreadsheet would run it as a formula.

    Customer names, addresses and references come from shoppers and Klarna's answers: a name like
    "=HYPERLINK(...)" must reach the spreadsheet as text.
    """
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def safe_row(cells: Iterable[str]) -> list[str]:
    """Every cell of a CSV row passed through `spreadsheet_safe`."""
    return [spreadsheet_safe(cell) for cell in cells]


def decimal_amount(minor: int | None, currency: str | None) -> str:
    """Minor units as a decimal a spreadsheet reads in any locale: 123450 EUR -> "1234.50"."""
    if minor is None:
        return ""
    digits = exponent(currency)
    whole, fraction = divmod(abs(minor), 10**digits)
    sign = "-" if minor < 0 else ""
    return f"{sign}{whole}.{fraction:0{digits}d}" if digits else f"{sign}{whole}"


def amount_cell(minor: int | None, currency: str | None, locale: str | None = None) -> str:
    """An amount for a CSV cell: plain ("-1234.50") without a locale, else the locale's mark ("-1234,50" in de)."""
    plain = decimal_amount(minor, currency)
    return plain.replace(".", decimal_mark(locale)) if locale else plain


def time_cell(value: dt.datetime | dt.date | None, locale: str | None = None) -> str:
    """A time for a CSV cell: ISO 8601 (UTC) without a locale, else its local date and short time per CLDR."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        return format_date(value, locale) if locale else value.isoformat()
    if not locale:
        return value.astimezone(dt.timezone.utc).isoformat()
    return f"{format_date(value, locale)} {format_time(value, locale)}"


def delimiter(locale: str | None = None) -> str:
    """The cell separator: ";" where the locale writes decimals with "," (a spreadsheet there splits on ";")."""
    return ";" if locale and decimal_mark(locale) == "," else ","


def _cell(row: OrderRow, name: str, locale: str | None) -> str:
    value: Any = getattr(row, name)
    if name in _AMOUNTS:
        return amount_cell(value, row.currency, locale)
    if isinstance(value, dt.datetime):
        return time_cell(value, locale)
    return "" if value is None else str(value)


def write_csv(path: Path, rows: list[OrderRow], locale: str | None = None, headers: Sequence[str] = COLUMNS) -> None:
    """Write the orders to `path` atomically: plain, or for a spreadsheet in `locale` (see the module).

    `headers` names COLUMNS in the first row (the user's words; the cells stay as they are)."""
    write_table(path, headers, ([_cell(row, name, locale) for name in COLUMNS] for row in rows), locale)


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], locale: str | None = None) -> None:
    """Write a CSV file atomically, every cell safe for a spreadsheet (see `spreadsheet_safe`)."""
    partial = path.with_name(path.name + ".partial")
    # utf-8 with a BOM: spreadsheet programs then read names with accents correctly.
    with open(partial, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter(locale))
        writer.writerow(header)
        for row in rows:
            writer.writerow(safe_row(row))
    os.replace(partial, path)


async def export_orders(store: OrderStore, query: SearchQuery, path: Path | str,
                        progress: Callable[[int, int], Any] | None = None, locale: str | None = None,
                        headers: Sequence[str] = COLUMNS) -> int:
    """Write every order matching `query` (all pages, in its sort order) to a CSV file; returns how many.

    The store is read page by page in worker threads and the file is written in one too, so the
    event loop stays free however many orders match.
    """
    total = await store.count(query)
    rows: list[OrderRow] = []
    while len(rows) < total:
        page = await store.search(query, len(rows), PAGE)
        if not page:
            break  # orders were removed meanwhile
        rows.extend(page)
        if progress is not None:
            progress(len(rows), total)
    await asyncio.to_thread(write_csv, Path(path), rows, locale, headers)
    return len(rows)
