"""File → Export orders…: the current search results, every page, to a CSV file chosen by the user."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ...services.export import COLUMNS, export_orders, write_csv
from ...store.values import SearchQuery
from ..csv_kinds import csv_locale, filters
from ..messages import MessageKind
from ..qt import QtCore, QtWidgets
from .plurals import DialogPlurals

if TYPE_CHECKING:
    from .context import DialogContext

log = logging.getLogger(__name__)


def csv_headers() -> list[str]:
    """The export's first row in the user's words, one per services.export.COLUMNS."""
    words = {
        "order_id": QtCore.QCoreApplication.translate("CsvColumns", "order_id"), "klarna_reference": QtCore.QCoreApplication.translate("CsvColumns", "klarna_reference"), "status": QtCore.QCoreApplication.translate("CsvColumns", "status"),
        "fraud_status": QtCore.QCoreApplication.translate("CsvColumns", "fraud_status"), "currency": QtCore.QCoreApplication.translate("CsvColumns", "currency"), "order_amount": QtCore.QCoreApplication.translate("CsvColumns", "order_amount"),
        "captured_amount": QtCore.QCoreApplication.translate("CsvColumns", "captured_amount"), "refunded_amount": QtCore.QCoreApplication.translate("CsvColumns", "refunded_amount"),
        "remaining_amount": QtCore.QCoreApplication.translate("CsvColumns", "remaining_amount"), "created_at": QtCore.QCoreApplication.translate("CsvColumns", "created_at"), "expires_at": QtCore.QCoreApplication.translate("CsvColumns", "expires_at"),
        "merchant_reference1": QtCore.QCoreApplication.translate("CsvColumns", "merchant_reference1"), "merchant_reference2": QtCore.QCoreApplication.translate("CsvColumns", "merchant_reference2"),
        "customer_name": QtCore.QCoreApplication.translate("CsvColumns", "customer_name"), "email": QtCore.QCoreApplication.translate("CsvColumns", "email"), "phone": QtCore.QCoreApplication.translate("CsvColumns", "phone"),
        "postal_code": QtCore.QCoreApplication.translate("CsvColumns", "postal_code"),
    }
    return [words[name] for name in COLUMNS]


class OrderExport(QtCore.QObject):
    """Asks where to save, then writes the results off the event loop and says how many were written.

    Signals:
        exported(str, int): the file written and how many orders it holds.
    """

    exported = QtCore.Signal(str, int)

    def __init__(self, context: DialogContext, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chooser: QtWidgets.QFileDialog | None = None

    def choose_file(self) -> QtWidgets.QFileDialog | None:
        """Open the save dialog (with open(), never exec()); the export starts when a file is chosen."""
        context = self.context
        if context.session is None:
            return None
        selected, query = context.selection()
        if query is None:
            context.messages.show(QtCore.QCoreApplication.translate("ExportDialog", "Search first: the export writes the orders found."), MessageKind.WARNING)
            return None
        chooser = QtWidgets.QFileDialog(context.parent, QtCore.QCoreApplication.translate("ExportDialog", "Export orders as CSV"),
                                        str(Path.home() / "klarna-orders.csv"), filters())
        chooser.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("csv")
        # Several rows selected: those (as Bulk does); otherwise every result of the search.
        rows = selected if len(selected) > 1 else None
        chooser.fileSelected.connect(lambda path: context.tasks.start(self.export(
            query, path, rows, csv_locale(chooser.selectedNameFilter(), context.locale)), "export"))
        self.chooser = chooser
        chooser.open()
        return chooser

    async def export(self, query: SearchQuery, path: str, rows: list[int] | None = None,
                     locale: str | None = None) -> int:
        """Write every order matching `query` (or only its `rows`) to `path`, for a spreadsheet in `locale` or plain."""
        session = self.context.session
        if session is None:
            return 0
        messages = self.context.messages
        headers = csv_headers()  # here, on the GUI thread: the file is written in a worker

        def progress(done: int, total: int) -> None:
            self.context.show_status(QtCore.QCoreApplication.translate("ExportDialog", "Exporting orders… {done} of {total}").format(done=f"{done:,}",
                                                                                      total=f"{total:,}"))

        try:
            if rows is None:
                count = await export_orders(session.store, query, path, progress, locale, headers)
            else:
                wanted, chosen, page = set(rows), [], 1000
                for first in sorted({row // page for row in rows}):
                    found = await session.orders.search(query, first * page, page)
                    chosen += [r for i, r in enumerate(found, start=first * page) if i in wanted]
                await asyncio.to_thread(write_csv, Path(path), chosen, locale, headers)
                count = len(chosen)
        except OSError as error:
            log.warning("export to %s failed: %s", path, error)
            messages.show(QtCore.QCoreApplication.translate("ExportDialog", "Could not write {path}: {error}").format(path=path, error=error.strerror or error),
                          MessageKind.ERROR)
            return 0
        self.context.show_status("")
        messages.show(DialogPlurals().exported(count).format(path=path), MessageKind.SUCCESS)
        self.exported.emit(path, count)
        return count
