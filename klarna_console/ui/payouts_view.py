"""The payouts window: Klarna's payouts with their totals and transactions, filters, reports and export."""

from __future__ import annotations

import datetime as dt

from ..api.settlement_models import Transaction
from ..domain.dates import format_date
from ..store.values import PayoutRow
from .models import RIGHT, Column, RecordsModel, money, window_locale
from .plurals import PLURALS
from .qt import Qt, QtCore, QtWidgets
from .tables import Table

DEFAULT_DAYS = 90


def _day(edit: QtWidgets.QDateEdit, *, end: bool) -> dt.datetime:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return dt.datetime.combine(day, dt.time(23, 59, 59) if end else dt.time(0), dt.timezone.utc)


class PayoutsDialog(QtWidgets.QDialog):
    """Lists the synced payouts; the one selected shows its transactions. Not modal: the window stays usable.

    Signals:
        filters_changed(): the dates or the currency changed (the controller reloads the list).
        payout_selected(str): a payout was chosen (its payment reference).
        sync_requested(), stop_requested(): the Sync and Stop buttons.
        report_requested(str, str): save Klarna's report of the selected payout ("csv" or "pdf").
        export_requested(): export the listed payouts to CSV.
        order_requested(str): an order id of a transaction was double-clicked.
    """

    filters_changed = QtCore.Signal()
    payout_selected = QtCore.Signal(str)
    sync_requested = QtCore.Signal()
    stop_requested = QtCore.Signal()
    report_requested = QtCore.Signal(str)
    export_requested = QtCore.Signal()
    order_requested = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget, locale: str, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(QtCore.QCoreApplication.translate("PayoutsView", "Payouts"))
        self.setObjectName("payoutsDialog")
        self.setModal(False)
        self._locale = locale
        self._setup_ui(today)
        self.resize(1000, 640)

    def _setup_ui(self, today: dt.date) -> None:
        loc = self._locale
        self.date_from = self._date_edit(QtCore.QCoreApplication.translate("PayoutsView", "Payouts from"), today - dt.timedelta(days=DEFAULT_DAYS))
        self.date_to = self._date_edit(QtCore.QCoreApplication.translate("PayoutsView", "Payouts until"), today)
        self.currency = QtWidgets.QComboBox()
        self.currency.setAccessibleName(QtCore.QCoreApplication.translate("PayoutsView", "Currency"))
        self.currency.addItem(QtCore.QCoreApplication.translate("PayoutsView", "Any currency"), None)
        self.currency.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.sync_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "S&ync now"))
        self.sync_button.setToolTip(QtCore.QCoreApplication.translate("PayoutsView", "Read Klarna's payouts since the From date (at least the last 90 days) and "
                                    "fetch the orders they name"))
        self.sync_button.clicked.connect(lambda: self.sync_requested.emit())
        self.stop_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "S&top"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self.stop_requested.emit())
        self.progress = QtWidgets.QProgressBar()
        self.progress.setAccessibleName(QtCore.QCoreApplication.translate("PayoutsView", "Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QtWidgets.QLabel("")
        self.status.setAccessibleName(QtCore.QCoreApplication.translate("PayoutsView", "Sync status"))

        self.payouts = RecordsModel[PayoutRow]([
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Payout date"), lambda p: format_date(p.payout_date.date(), window_locale()), sort=lambda p: p.payout_date),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Payment reference"), lambda p: p.payment_reference),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Cur."), lambda p: p.currency),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Sales"), lambda p: money(p.totals.sale_amount, p.currency, loc), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Returns"), lambda p: money(p.totals.return_amount, p.currency, loc), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Fees + VAT"), lambda p: money(p.totals.fee_amount + p.totals.tax_amount, p.currency, loc),
                   align=RIGHT),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Debt repaid"), lambda p: money(p.totals.repay_amount, p.currency, loc), align=RIGHT,
                   tooltip=lambda p: QtCore.QCoreApplication.translate("PayoutsView", "New debt: {amount}").format(amount=money(p.totals.deposit_amount, p.currency, loc))
                   if p.totals.deposit_amount else None),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Paid out"), lambda p: money(p.totals.settlement_amount, p.currency, loc), align=RIGHT,
                   foreground=lambda p: "#15803d" if p.totals.settlement_amount else "#b45309"),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Transactions"), lambda p: QtCore.QCoreApplication.translate("PayoutsView", "synced") if p.transactions_synced else QtCore.QCoreApplication.translate("PayoutsView", "not yet")),
        ], self)
        self.payouts_table = Table(self.payouts, QtCore.QCoreApplication.translate("PayoutsView", "Payouts"),
                                   QtCore.QCoreApplication.translate("PayoutsView", "No payouts synced for these dates.\n\nSync now reads them from Klarna."))
        self.payouts_table.selectionModel().currentRowChanged.connect(self._on_payout_changed)
        self.totals = QtWidgets.QLabel("")
        self.totals.setAccessibleName(QtCore.QCoreApplication.translate("PayoutsView", "Totals of the listed payouts"))
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.transactions = RecordsModel[Transaction]([
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Type"), lambda t: t.type),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Detail"), lambda t: (t.detailed_type or "").replace("_", " ").lower()),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Amount"), lambda t: money(t.signed_amount, t.currency_code, loc), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "VAT"), lambda t: "" if t.vat_amount is None else money(t.vat_amount, t.currency_code, loc),
                   align=RIGHT),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Order"), lambda t: t.short_order_id or t.order_id, tooltip=lambda t: t.order_id),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Capture / refund"), lambda t: t.capture or t.refund or ""),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Date"), lambda t: format_date(t.capture_date, window_locale())),
            Column(QtCore.QCoreApplication.translate("PayoutsView", "Merchant ref."), lambda t: t.merchant_reference1 or ""),
        ], self)
        self.transactions_table = Table(self.transactions, QtCore.QCoreApplication.translate("PayoutsView", "Transactions of the selected payout"),
                                        QtCore.QCoreApplication.translate("PayoutsView", "Choose a payout to see its sales, returns and fees."))
        self.transactions_table.activated.connect(self._on_transaction_activated)

        self.csv_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "Save Klarna &CSV…"))
        self.pdf_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "Save Klarna &PDF…"))
        for button, kind in ((self.csv_button, "csv"), (self.pdf_button, "pdf")):
            button.setEnabled(False)
            button.setToolTip(QtCore.QCoreApplication.translate("PayoutsView", "Klarna's own {format} report of the selected payout").format(format=kind.upper()))
            button.clicked.connect(lambda _c=False, k=kind: self.report_requested.emit(k))
        self.export_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "&Export list…"))
        self.export_button.setToolTip(QtCore.QCoreApplication.translate("PayoutsView", "The listed payouts and their totals as a CSV file"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit())
        close = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("PayoutsView", "Close"))
        close.clicked.connect(self.close)

        filters = QtWidgets.QHBoxLayout()
        for label, widget in ((QtCore.QCoreApplication.translate("PayoutsView", "&From"), self.date_from), (QtCore.QCoreApplication.translate("PayoutsView", "&until"), self.date_to)):
            text = QtWidgets.QLabel(label)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
        filters.addWidget(self.currency)
        filters.addStretch(1)
        filters.addWidget(self.status)
        filters.addWidget(self.progress)
        filters.addWidget(self.sync_button)
        filters.addWidget(self.stop_button)
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        upper = QtWidgets.QWidget()
        upper_layout = QtWidgets.QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.payouts_table, 1)
        upper_layout.addWidget(self.totals)
        split.addWidget(upper)
        split.addWidget(self.transactions_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _date_edit(self, name: str, day: dt.date) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit(QtCore.QDate(day.year, day.month, day.day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.filters_changed.emit())
        return edit

    # --- what the controller reads and shows -----------------------------------------------------

    def filters(self) -> tuple[dt.datetime, dt.datetime, str | None]:
        """The chosen payout dates (whole days, UTC) and currency."""
        return _day(self.date_from, end=False), _day(self.date_to, end=True), self.currency.currentData()

    def selected(self) -> PayoutRow | None:
        """The payout selected in the list."""
        return self.payouts.record(self.payouts_table.currentIndex().row())

    def show_payouts(self, payouts: list[PayoutRow], currencies: list[str]) -> None:
        """List payouts (keeping the selection if it is still there) and their totals per currency."""
        chosen = self.selected()
        self.currency.blockSignals(True)
        current = self.currency.currentData()
        while self.currency.count() > 1:
            self.currency.removeItem(1)
        for code in currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(current)))
        self.currency.blockSignals(False)
        self.payouts.set_records(payouts)
        self.payouts_table.fit()
        sums: dict[str, int] = {}
        for p in payouts:
            sums[p.currency] = sums.get(p.currency, 0) + p.totals.settlement_amount
        paid = ", ".join(money(v, c, self._locale) for c, v in sorted(sums.items()))
        self.totals.setText(PLURALS.payouts_paid(len(payouts)).format(amount=paid) if paid
                            else PLURALS.payouts(len(payouts)))
        if chosen is not None:
            for row, p in enumerate(payouts):
                if p.payment_reference == chosen.payment_reference:
                    self.payouts_table.selectRow(row)
                    return
        self.transactions.set_records([])
        self._enable_reports()

    def show_transactions(self, payment_reference: str, rows: list[Transaction]) -> None:
        """The transactions of the selected payout (ignored if another one is selected by now)."""
        selected = self.selected()
        if selected is None or selected.payment_reference != payment_reference:
            return
        self.transactions.set_records(rows)
        self.transactions_table.fit()

    def show_progress(self, phase: str, done: int, total: int) -> None:
        """Sync progress: a bar while running, a status text always."""
        running = phase not in ("done", "stopped", "failed")
        self.sync_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        words = {"payouts": QtCore.QCoreApplication.translate("PayoutsView", "Reading payouts…"), "transactions": QtCore.QCoreApplication.translate("PayoutsView", "Payout transactions {done}/{total}").format(done=done, total=total),
                 "orders": QtCore.QCoreApplication.translate("PayoutsView", "New orders {done}/{total}").format(done=done, total=total), "done": QtCore.QCoreApplication.translate("PayoutsView", "Synced"), "stopped": QtCore.QCoreApplication.translate("PayoutsView", "Stopped; Sync resumes"),
                 "failed": QtCore.QCoreApplication.translate("PayoutsView", "Sync failed")}
        self.status.setText(words.get(phase, phase))

    def _enable_reports(self) -> None:
        has = self.selected() is not None
        self.csv_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _on_payout_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        self._enable_reports()
        payout = self.payouts.record(current.row())
        if payout is not None:
            self.transactions.set_records([])
            self.payout_selected.emit(payout.payment_reference)

    def _on_transaction_activated(self, index: QtCore.QModelIndex) -> None:
        row = self.transactions.record(index.row())
        if row is not None:
            self.order_requested.emit(row.order_id)
