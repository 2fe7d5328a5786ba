"""Import order ids (pasted or from a CSV file): fetch them from Klarna with progress and a cancel button."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.events import ImportProgress
from ..services.orders import ImportReport, parse_order_ids
from .dialogs.plurals import DialogPlurals
from .qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from .controller import MainController

MAX_FILE = 20 * 1024 * 1024


class ImportDialog(QtWidgets.QDialog):
    """Paste ids or open a CSV; Import fetches them a few at a time; Cancel stops after those in flight."""

    def __init__(self, parent: QtWidgets.QWidget, controller: MainController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(QtCore.QCoreApplication.translate("ImportDialog", "Import order IDs"))
        self.plurals = DialogPlurals(self)
        self.setMinimumSize(560, 420)
        self.stop = asyncio.Event()
        self.report: ImportReport | None = None
        self._task: asyncio.Task[None] | None = None
        self._job = f"import-{uuid.uuid4()}"
        controller.events.import_progress.connect(self._on_progress)

        intro = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("ImportDialog", "Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV "
              "file. Klarna's API has no search, so orders must be fetched once to be found here."))
        intro.setWordWrap(True)
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setAccessibleName(QtCore.QCoreApplication.translate("ImportDialog", "Order ids to import"))
        self.text.setPlaceholderText("f3392f8b-6116-4073-ab96-e330819e2c07\n…")
        self.text.textChanged.connect(self._on_text_changed)
        self.found = QtWidgets.QLabel(QtCore.QCoreApplication.translate("ImportDialog", "No order ids yet."))
        self.found.setAccessibleName(QtCore.QCoreApplication.translate("ImportDialog", "Order ids found"))
        self.open_file = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ImportDialog", "Open CSV file…"))
        self.open_file.clicked.connect(self._choose_file)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setAccessibleName(QtCore.QCoreApplication.translate("ImportDialog", "Import progress"))
        self.progress.hide()
        self.report_view = QtWidgets.QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(QtCore.QCoreApplication.translate("ImportDialog", "Import report"))
        self.report_view.hide()

        self.buttons = QtWidgets.QDialogButtonBox()
        self.import_button = self.buttons.addButton(QtCore.QCoreApplication.translate("ImportDialog", "Import"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(QtCore.QCoreApplication.translate("ImportDialog", "Cancel"))  # ours, not Qt's
        self.import_button.clicked.connect(self._start)
        self.cancel_button.clicked.connect(self._cancel)

        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.found, 1)
        row.addWidget(self.open_file)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

    def ids(self) -> tuple[list[str], list[str]]:
        """The order ids in the text, and the lines without one."""
        return parse_order_ids(self.text.toPlainText())

    def _on_text_changed(self) -> None:
        ids, skipped = self.ids()
        if not ids and not skipped:
            self.found.setText(QtCore.QCoreApplication.translate("ImportDialog", "No order ids yet."))
        else:
            found = [self.plurals.ids_found(len(ids))]
            if skipped:
                found.append(self.plurals.lines_skipped(len(skipped)))
            self.found.setText(" ".join(found))
        self.import_button.setEnabled(bool(ids) and self._task is None)

    def _choose_file(self) -> None:
        chooser = QtWidgets.QFileDialog(self, QtCore.QCoreApplication.translate("ImportDialog", "Open a CSV file with order ids"), "",
                                        QtCore.QCoreApplication.translate("ImportDialog", "CSV or text (*.csv *.txt);;All files (*)"))
        chooser.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.load_file)
        chooser.open()  # never exec(): the event loop keeps running

    def load_file(self, name: str) -> None:
        """Put a file's text in the box (ids are found in it as if pasted)."""
        path = Path(name)
        try:
            if path.stat().st_size > MAX_FILE:
                raise OSError(QtCore.QCoreApplication.translate("ImportDialog", "{file} is larger than {size} MB").format(file=path.name,
                                                                           size=MAX_FILE // 1024 // 1024))
            self.text.setPlainText(path.read_text(encoding="utf-8-sig", errors="replace"))
        except OSError as error:
            self.found.setText(QtCore.QCoreApplication.translate("ImportDialog", "Could not read the file: {error}").format(error=error))

    def _start(self) -> None:
        ids, _ = self.ids()
        session = self.controller.session
        if not ids or session is None:
            return
        self.text.setReadOnly(True)
        self.import_button.setEnabled(False)
        self.open_file.setEnabled(False)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self._task = self.controller.tasks.start(self._run(ids), "import")

    async def _run(self, ids: list[str]) -> None:
        session = self.controller.session
        assert session is not None
        self.report = await session.orders.import_ids(ids, job=self._job, stop=self.stop)
        self._show_report(self.report)
        self.cancel_button.setText(QtCore.QCoreApplication.translate("ImportDialog", "Close"))
        # The list already follows the store as each order is cached (in place, the selection kept): one
        # last read in the same way, not a new search, which would empty it and select its first row.
        await self.controller.refresh_results()

    def _on_progress(self, event: ImportProgress) -> None:
        if event.job != self._job:
            return  # another import (a bulk run reading its orders back)
        self.progress.setValue(event.done)
        self.progress.setFormat(QtCore.QCoreApplication.translate("ImportDialog", "{done} of {total}").format(done=event.done, total=event.total))

    def _show_report(self, report: ImportReport) -> None:
        lines = [self.plurals.fetched_of(report.total).format(fetched=len(report.fetched))]
        if report.cancelled:
            lines.append(self.plurals.not_fetched(report.total - report.done))
        if report.not_found:
            lines.append("\n" + self.plurals.not_known(len(report.not_found)))
            lines += [f"  {order_id}" for order_id in report.not_found]
        if report.failed:
            lines.append("\n" + self.plurals.could_not_fetch(len(report.failed)))
            lines += [f"  {order_id}: {reason}" for order_id, reason in report.failed]
        self.report_view.setPlainText("\n".join(lines))
        self.report_view.show()

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self.stop.set()  # the import ends after the requests in flight, keeping what it fetched
            self.cancel_button.setEnabled(False)
            self._task.add_done_callback(lambda _t: self.cancel_button.setEnabled(True))
            return
        self.reject()
