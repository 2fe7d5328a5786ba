"""The two kinds of CSV file the window writes, offered as the save dialog's file types.

For a spreadsheet: amounts, dates and the cell separator in the user's locale (services/export.py);
plain, for programs: "1234.50", ISO 8601 times and ",", the same in every locale.
"""

from __future__ import annotations

from .qt import QtCore


def spreadsheet_filter() -> str:
    return QtCore.QCoreApplication.translate("CsvKinds", "CSV for a spreadsheet, in your language's format (*.csv)")


def plain_filter() -> str:
    return QtCore.QCoreApplication.translate("CsvKinds", "Plain CSV for programs (*.csv)")


def filters() -> str:
    """The save dialog's file types, the spreadsheet kind first (the one a person opens)."""
    return ";;".join((spreadsheet_filter(), plain_filter()))


def csv_locale(chosen: str, locale: str) -> str | None:
    """The locale to write a CSV file in for the file type chosen, or None for the plain kind."""
    return None if chosen == plain_filter() else locale
