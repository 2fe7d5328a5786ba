"""File → Export orders…: the current search results, every page, to a CSV file chosen by the user."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ...services.export import export_orders, write_csv
from ...store.values import SearchQuery
from ..csv_kinds import csv_locale, filters
from ..messages import MessageKind
from ..qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from .context import DialogContext

log = logging.getLogger(__name__)


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
            context.messages.show("Search first: the export writes the orders found.", MessageKind.WARNING)
            return None
        chooser = QtWidgets.QFileDialog(context.parent, "Export orders as CSV", str(Path.home() / "klarna-orders.csv"),
                                        filters())
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

        def progress(done: int, total: int) -> None:
            self.context.show_status(f"Exporting orders… {done:,} of {total:,}")

        try:
            if rows is None:
                count = await export_orders(session.store, query, path, progress, locale)
            else:
                wanted, chosen, page = set(rows), [], 1000
                for first in sorted({row // page for row in rows}):
                    found = await session.orders.search(query, first * page, page)
                    chosen += [r for i, r in enumerate(found, start=first * page) if i in wanted]
                await asyncio.to_thread(write_csv, Path(path), chosen, locale)
                count = len(chosen)
        except OSError as error:
            log.warning("export to %s failed: %s", path, error)
            messages.show(f"Could not write {path}: {error.strerror or error}", MessageKind.ERROR)
            return 0
        self.context.show_status("")
        messages.show(f"Exported {count:,} orders to {path}.", MessageKind.SUCCESS)
        self.exported.emit(path, count)
        return count
