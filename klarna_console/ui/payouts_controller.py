"""The payouts' share of the window: syncing (on opening a profile and on demand), the order's payout
columns, the payouts window, reports and export."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..api.errors import KlarnaError
from ..atomic import write_atomic
from ..domain.dates import format_date
from ..services.events import SyncProgress
from ..services.payout_export import write_payouts_csv
from ..services.payouts import DEFAULT_PERIOD_DAYS
from . import csv_kinds
from .main_window import MainWindow
from .messages import MessageKind
from .models import money, window_locale
from .payouts_view import PayoutsDialog
from .plurals import PLURALS
from .qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from ..services.session import Session
    from .controller import MainController

log = logging.getLogger(__name__)

SYNC = "payouts"


class PayoutsController(QtCore.QObject):
    """Runs the payout sync and feeds the order view and the payouts window (progress: the event bridge)."""

    def __init__(self, window: MainWindow, controller: MainController) -> None:
        super().__init__(controller)
        self.window = window
        self.controller = controller
        self.dialog: PayoutsDialog | None = None
        self.save_chooser: QtWidgets.QFileDialog | None = None
        self._stop = asyncio.Event()
        controller.session_opened.connect(self.on_session)
        controller.events.sync_progress.connect(self._on_progress)
        controller.order_shown.connect(
            lambda order_id: controller.tasks.start(self.show_settlement(order_id), "settlement"))
        controller.results_shown.connect(
            lambda _total: controller.tasks.start(self._name_payout(window.search_pane.query().text), "payout-named"))
        window.payouts_requested.connect(self.open_dialog)
        window.payouts_sync_requested.connect(lambda: self.start_sync())

    # --- syncing -------------------------------------------------------------------------------

    def on_session(self, session: Session) -> None:
        """A profile's session opened: sync its payouts (the window that holds it; a second one only looks)."""
        if session.payouts is not None and session.held_elsewhere is None:
            self.start_sync()

    def start_sync(self, period_days: int = DEFAULT_PERIOD_DAYS) -> None:
        """Start a sync unless one is running."""
        if not self.controller.tasks.running(SYNC):
            self.controller.tasks.start(self.sync(period_days), SYNC)

    def _sync_from_dialog(self) -> None:
        # The window's "From" date chooses the period when it reaches back further than the default.
        start = self.dialog.filters()[0] if self.dialog is not None else None
        days = (self.controller.now() - start).days + 1 if start is not None else DEFAULT_PERIOD_DAYS
        self.start_sync(max(DEFAULT_PERIOD_DAYS, days))

    def stop(self) -> None:
        """Stop the running sync after the requests under way (the next one resumes)."""
        self._stop.set()

    async def sync(self, period_days: int = DEFAULT_PERIOD_DAYS) -> SyncProgress | None:
        """Sync the payouts of the period, then show what it found."""
        session = self.controller.session
        if session is None or session.payouts is None:
            return None
        self._stop = asyncio.Event()
        try:
            result = await session.payouts.sync(period_days, stop=self._stop)
        except KlarnaError as error:
            log.warning("payout sync failed: %s", error)
            self.window.messages.error(error, QtCore.QCoreApplication.translate("PayoutsController", "Could not sync Klarna's payouts"))
            failed = SyncProgress("failed")
            self._on_progress(failed)
            return failed
        if self.controller.session is not session:
            return result
        self.window.search_pane.set_unpaid_delay(await session.payouts.usual_delay_days())
        self.window.statusBar().showMessage(
            (PLURALS.payouts_synced_found(result.payouts) if result.orders_found else PLURALS.payouts_synced(result.payouts))
            .format(days=period_days, found=result.orders_found), 10000)
        if result.orders_found:
            await self.controller.refresh_results()  # they join the list row by row; a selection stays
        if self.controller.order_id:
            await self.show_settlement(self.controller.order_id)
        await self.reload()
        return result

    def _on_progress(self, state: SyncProgress) -> None:
        if self.dialog is not None:
            self.dialog.show_progress(state.phase, state.done, state.total)
        if state.phase in ("transactions", "orders"):
            if state.phase == "transactions":
                text = QtCore.QCoreApplication.translate("PayoutsController", "Syncing Klarna's payouts: payouts {done}/{total}")
            else:
                text = QtCore.QCoreApplication.translate("PayoutsController", "Syncing Klarna's payouts: new orders {done}/{total}")
            self.window.statusBar().showMessage(text.format(done=state.done, total=state.total))

    async def _name_payout(self, text: str) -> None:
        """A payment reference typed in the search: say which payout it is (its orders are the results)."""
        session, term = self.controller.session, text.strip()
        if session is None or session.payouts is None or not term or any(ch.isspace() for ch in term):
            return
        payout = await session.payouts.payout(term)
        if payout is None:
            return
        amount = money(payout.totals.settlement_amount, payout.currency, self.window.order_view._locale)
        self.window.messages.show(
            QtCore.QCoreApplication.translate("PayoutsController", "{reference} is Klarna's payout of {date}: {amount} paid out. "
                                             "Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.")
            .format(reference=payout.payment_reference, date=format_date(payout.payout_date.date(), window_locale()), amount=amount),
            MessageKind.INFO, timeout_ms=15000)

    # --- the order view ------------------------------------------------------------------------

    async def show_settlement(self, order_id: str) -> None:
        """Fill the order view's payout columns for an order."""
        session = self.controller.session
        if session is None or session.payouts is None:
            return
        lines = await session.payouts.settled(order_id)
        synced = await session.payouts.ever_synced()
        self.window.order_view.show_settlement(order_id, lines, synced)

    # --- the payouts window --------------------------------------------------------------------

    def open_dialog(self) -> PayoutsDialog:
        """Show the payouts window (one per main window)."""
        if self.dialog is None:
            dialog = PayoutsDialog(self.window, self.window.order_view._locale, self.controller.now().date())
            tasks = self.controller.tasks
            dialog.filters_changed.connect(lambda: tasks.start(self.reload(), "payouts-list"))
            dialog.payout_selected.connect(lambda ref: tasks.start(self.show_transactions(ref), "payout-rows"))
            dialog.sync_requested.connect(self._sync_from_dialog)
            dialog.stop_requested.connect(self.stop)
            dialog.report_requested.connect(self._ask_report)
            dialog.export_requested.connect(self._ask_export)
            dialog.order_requested.connect(lambda oid: tasks.start(self.controller.show_order(oid), "order"))
            self.dialog = dialog
        if self.dialog.isVisible():
            self.dialog.raise_()  # already open behind the main window
        else:
            self.dialog.show()
        if self.controller.tasks.running(SYNC):
            self.dialog.show_progress("payouts", 0, 0)
        self.controller.tasks.start(self.reload(), "payouts-list")
        return self.dialog

    async def reload(self) -> None:
        """List the cached payouts the dialog's filters choose."""
        session, dialog = self.controller.session, self.dialog
        if session is None or session.payouts is None or dialog is None:
            return
        start, end, currency = dialog.filters()
        rows = await session.payouts.payouts(start, end, currency)
        currencies = sorted({p.currency for p in await session.payouts.payouts()})
        dialog.show_payouts(rows, currencies)

    async def show_transactions(self, payment_reference: str) -> None:
        """The selected payout's transactions, from the store."""
        session, dialog = self.controller.session, self.dialog
        if session is None or session.payouts is None or dialog is None:
            return
        rows = await session.payouts.transactions(payment_reference)
        dialog.show_transactions(payment_reference, rows)

    def _save_as(self, title: str, name: str, pattern: str, then: Any) -> None:
        """Ask where to save (never a nested event loop: open() and a signal)."""
        chooser = QtWidgets.QFileDialog(self.dialog, title, str(Path.home() / name), pattern)
        chooser.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        chooser.setObjectName("payoutsSaveDialog")
        self.save_chooser = chooser
        chooser.fileSelected.connect(lambda path: self.controller.tasks.start(then(Path(path))))
        chooser.open()

    def _ask_report(self, kind: str) -> None:
        payout = self.dialog.selected() if self.dialog is not None else None
        if payout is None:
            return
        self._save_as(QtCore.QCoreApplication.translate("PayoutsController", "Save Klarna's {format} report").format(format=kind.upper()), f"klarna-payout-{payout.payment_reference}.{kind}",
                      QtCore.QCoreApplication.translate("PayoutsController", "{format} files (*.{extension})").format(format=kind.upper(), extension=kind),
                      lambda path: self.save_report(payout.payment_reference, kind, path))

    async def save_report(self, payment_reference: str, kind: str, path: Path) -> bool:
        """Fetch Klarna's report of a payout and write it to a file."""
        session = self.controller.session
        if session is None or session.payouts is None:
            return False
        try:
            data = await session.payouts.report(payment_reference, kind)
            await asyncio.to_thread(write_atomic, path, data)
        except (KlarnaError, OSError) as error:
            self.window.messages.error(error, QtCore.QCoreApplication.translate("PayoutsController", "Could not save the {format} report").format(format=kind.upper()))
            return False
        self.window.messages.show(QtCore.QCoreApplication.translate("PayoutsController", "Saved Klarna's report of payout {reference} to {path}.").format(
            reference=payment_reference, path=path),
                                  MessageKind.SUCCESS, timeout_ms=8000)
        return True

    def _ask_export(self) -> None:
        self._save_as(QtCore.QCoreApplication.translate("PayoutsController", "Export payouts"), "klarna-payouts.csv",
                      csv_kinds.filters(), lambda path: self.export(path, self._csv_locale()))

    def _csv_locale(self) -> str | None:
        chosen = self.save_chooser.selectedNameFilter() if self.save_chooser is not None else ""
        return csv_kinds.csv_locale(chosen, self.controller.locale)

    async def export(self, path: Path, locale: str | None = None) -> bool:
        """Write the listed payouts to a CSV file, for a spreadsheet in `locale` or plain."""
        session, dialog = self.controller.session, self.dialog
        if session is None or session.payouts is None or dialog is None:
            return False
        rows = await session.payouts.payouts(*dialog.filters())
        try:
            await asyncio.to_thread(write_payouts_csv, path, rows, locale)
        except OSError as error:
            self.window.messages.error(error, QtCore.QCoreApplication.translate("PayoutsController", "Could not export the payouts"))
            return False
        self.window.messages.show(PLURALS.payouts_exported(len(rows)).format(path=path), MessageKind.SUCCESS, timeout_ms=8000)
        return True

    async def open_for_screenshot(self) -> QtWidgets.QWidget:
        """The payouts window after a sync, with the newest payout selected (for --screenshot)."""
        await self.controller.tasks.wait((SYNC,), 60.0)
        dialog = self.open_dialog()
        await self.controller.tasks.wait(("payouts-list",), 10.0)
        if dialog.payouts.rowCount():
            dialog.payouts_table.selectRow(0)
            await self.controller.tasks.wait(("payout-rows",), 10.0)
        return dialog
