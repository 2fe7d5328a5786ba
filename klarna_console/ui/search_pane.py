"""The left pane: search box, filters and the results table over the local order index."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import display
from ..domain.money import AmountError, parse_amount
from ..store import OrderRow, SearchQuery
from ..store.search import OPEN_STATUSES
from .models import RIGHT, Column, PagedModel, PageFetcher, money, when
from .qt import Qt, QtCore, QtGui, QtWidgets
from .tables import HintedTableView

STATUSES = ("AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED")
CURRENCIES = ("EUR", "SEK", "NOK", "DKK", "GBP", "USD", "AUD", "CHF", "PLN", "CZK", "NZD", "CAD")
EXPIRY_DAYS = 7


def _expires_color(row: OrderRow) -> str | None:
    if row.expires_at is None or (row.status or "") not in OPEN_STATUSES:
        return None
    left = row.expires_at - dt.datetime.now(dt.timezone.utc)
    return "#b91c1c" if left <= dt.timedelta(days=EXPIRY_DAYS) else None


def result_columns(locale: str) -> list[Column[OrderRow]]:
    """The columns of the results table."""
    return [
        Column("Customer", lambda r: r.customer_name or "", key="customer_name",
               tooltip=lambda r: " · ".join(x for x in (r.email, r.phone) if x) or None),
        Column("Amount", lambda r: money(r.order_amount, r.currency, locale), align=RIGHT, key="order_amount"),
        Column("Status", lambda r: display.status_label(r.status), key="status",
               foreground=lambda r: display.STATUS_COLORS.get((r.status or "").upper())),
        Column("Created", lambda r: when(r.created_at), key="created_at"),
        Column("Expires", lambda r: when(r.expires_at), key="expires_at", foreground=_expires_color),
        Column("Klarna ref", lambda r: r.klarna_reference or "", key="klarna_reference"),
        Column("Merchant ref", lambda r: r.merchant_reference1 or "", key="merchant_reference1",
               tooltip=lambda r: r.merchant_reference2 and f"Reference 2: {r.merchant_reference2}"),
        Column("Order id", lambda r: r.order_id, key="order_id"),
    ]


class ResultsModel(PagedModel):
    """The results table: paged over the store; sorting asks the store, not the view.

    Signals:
        sort_requested(str, bool): the user clicked a header (store column, descending).
    """

    sort_requested = QtCore.Signal(str, bool)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].key:
            self.sort_requested.emit(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)


class SearchPane(QtWidgets.QWidget):
    """Query box, filters and results.

    Signals:
        query_changed(object): a new SearchQuery (debounced while typing).
        order_selected(str): the current row changed to this order id.
        order_activated(str): Enter or double-click on an order.
        import_requested(): the user asked to import order ids.
    """

    query_changed = QtCore.Signal(object)
    order_selected = QtCore.Signal(str)
    order_activated = QtCore.Signal(str)
    import_requested = QtCore.Signal()

    def __init__(self, fetch: PageFetcher, locale: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._sort = ("created_at", True)
        self.model = ResultsModel(result_columns(locale), fetch, self)
        self._setup_ui()
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._emit_query)

    def _setup_ui(self) -> None:
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText("Search name, e-mail, phone, reference or order id")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search orders")
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._on_search_return)

        self.status_button = QtWidgets.QToolButton()
        self.status_button.setText("Status: any")
        self.status_button.setAccessibleName("Status filter")
        self.status_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(self.status_button)
        self.status_actions: dict[str, QtGui.QAction] = {}
        for status in STATUSES:
            action = menu.addAction(display.status_label(status))
            action.setCheckable(True)
            action.toggled.connect(self._on_filter_changed)
            self.status_actions[status] = action
        self.status_button.setMenu(menu)

        self.currency = QtWidgets.QComboBox()
        self.currency.setAccessibleName("Currency filter")
        self.currency.addItem("Any currency", None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._on_filter_changed)

        self.expiring = QtWidgets.QCheckBox("Expiring soon")
        self.expiring.setToolTip(f"Authorizations that expire within {EXPIRY_DAYS} days: capture or extend them")
        self.expiring.setAccessibleName("Only orders expiring soon")
        self.expiring.toggled.connect(self._on_filter_changed)
        self.fraud = QtWidgets.QCheckBox("Fraud pending")
        self.fraud.setAccessibleName("Only orders pending fraud review")
        self.fraud.toggled.connect(self._on_filter_changed)
        # Needs attention: captured long enough ago to have been paid out, yet in no synced payout.
        self.unpaid_days = 14
        self.unpaid = QtWidgets.QCheckBox("Not paid out")
        self.unpaid.setAccessibleName("Only orders with a capture Klarna has not paid out")
        self.unpaid.toggled.connect(self._on_filter_changed)
        self.set_unpaid_delay(self.unpaid_days)

        self.more = QtWidgets.QToolButton()
        self.more.setText("More filters")
        self.more.setCheckable(True)
        self.more.setAccessibleName("Show date and amount filters")
        self.more.toggled.connect(lambda on: self.more_box.setVisible(on))

        self.date_from, self.date_to = (self._date_edit("Created from"), self._date_edit("Created until"))
        self.amount_min, self.amount_max = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        for edit, name in ((self.amount_min, "Minimum amount"), (self.amount_max, "Maximum amount")):
            edit.setPlaceholderText("any")
            edit.setAccessibleName(name)
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._on_filter_changed)
        self.filter_error = QtWidgets.QLabel()
        self.filter_error.setStyleSheet("color: #b91c1c;")
        self.filter_error.hide()

        self.more_box = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(self.more_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QtWidgets.QLabel("Created"), 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(QtWidgets.QLabel("to"), 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(QtWidgets.QLabel("Amount"), 1, 0)
        grid.addWidget(self.amount_min, 1, 1)
        grid.addWidget(QtWidgets.QLabel("to"), 1, 2)
        grid.addWidget(self.amount_max, 1, 3)
        grid.setColumnStretch(4, 1)
        self.more_box.hide()

        self.count_label = QtWidgets.QLabel("")
        self.count_label.setAccessibleName("Number of orders found")
        self.import_button = QtWidgets.QPushButton("Import order IDs…")
        self.import_button.setAccessibleName("Import order IDs")
        self.import_button.clicked.connect(self.import_requested)

        self.table = HintedTableView()
        self.table.setAccessibleName("Orders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((170, 110, 110, 125, 125, 90, 100)):
            self.table.setColumnWidth(column, width)
        # Enter and double-click both arrive as `activated`.
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select(current.row()))
        self.model.sort_requested.connect(self._on_sort_requested)

        filters = QtWidgets.QHBoxLayout()
        filters.addWidget(self.status_button)
        filters.addWidget(self.currency)
        filters.addWidget(self.expiring)
        filters.addWidget(self.fraud)
        filters.addWidget(self.unpaid)
        filters.addStretch(1)
        filters.addWidget(self.more)
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.import_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.more_box)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def set_unpaid_delay(self, days: int) -> None:
        """The account's usual payout delay, which "Not paid out" counts from."""
        self.unpaid_days = days
        self.unpaid.setToolTip(f"Captures older than {days} days (the usual payout delay) that are in no synced "
                               "payout yet: ask Klarna, or sync payouts again")
        if self.unpaid.isChecked():
            self._on_filter_changed()

    def _date_edit(self, name: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setSpecialValueText("any")
        edit.setMinimumDate(QtCore.QDate(2000, 1, 1))
        edit.setDate(edit.minimumDate())  # the minimum shows as "any"
        edit.dateChanged.connect(self._on_filter_changed)
        return edit

    # --- building the query --------------------------------------------------------------------

    def query(self) -> SearchQuery:
        """The SearchQuery the controls describe now (invalid amounts are left out and flagged)."""
        statuses = tuple(s for s, a in self.status_actions.items() if a.isChecked())
        currency = self.currency.currentData()
        errors: list[str] = []
        amounts = [self._amount(e, currency, errors) for e in (self.amount_min, self.amount_max)]
        self.filter_error.setText("; ".join(errors))
        self.filter_error.setVisible(bool(errors))
        return SearchQuery(
            text=self.search.text(),
            statuses=statuses,
            currency=currency,
            expires_within_days=EXPIRY_DAYS if self.expiring.isChecked() else None,
            fraud_pending=self.fraud.isChecked(),
            unpaid_capture_days=self.unpaid_days if self.unpaid.isChecked() else None,
            created_from=self._date(self.date_from),
            created_to=self._date(self.date_to),
            amount_min=amounts[0],
            amount_max=amounts[1],
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def _amount(self, edit: QtWidgets.QLineEdit, currency: str | None, errors: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, currency or "EUR", self._locale)
        except AmountError as error:
            errors.append(f"{edit.accessibleName()}: {error}")
            return None

    @staticmethod
    def _date(edit: QtWidgets.QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == edit.minimumDate() else dt.date(date.year(), date.month(), date.day())

    def _on_filter_changed(self, *_: Any) -> None:
        checked = [display.status_label(s) for s, a in self.status_actions.items() if a.isChecked()]
        self.status_button.setText("Status: " + (", ".join(checked) if checked else "any"))
        self._debounce.start()

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._emit_query()

    def _emit_query(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.query())

    def _on_search_return(self) -> None:
        self._emit_query()
        if self.model.rowCount() == 1:
            self._activate(0)

    # --- results -------------------------------------------------------------------------------

    def show_results(self, query: SearchQuery, total: int, first_page: list[OrderRow]) -> None:
        """Show a query's results; keep the selection on the first row so an order is always shown."""
        self.model.reset(query, total, first_page)
        self.count_label.setText(f"{total:,} order{'s' if total != 1 else ''}")
        filtered = query != SearchQuery(sort=query.sort, descending=query.descending)
        self.table.set_empty_text(
            "No order matches. A pasted order id that is not here yet is fetched from Klarna." if filtered else
            "No orders here yet. Klarna's API cannot list or search orders, so the console finds the ones it "
            "has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many "
            "at once (pasted, or from a CSV export of your shop).")
        if total:
            self.table.selectRow(0)

    def stop(self) -> None:
        """Drop a search still waiting for the typing to pause (the window is closing)."""
        self._debounce.stop()

    def select_order(self, order_id: str) -> None:
        """Select the row of an order shown by other means (a pasted id, --order), if it is loaded."""
        current = self.model.record(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        if current is not None and current.order_id == order_id:
            return
        rows = [r for r in range(min(self.model.rowCount(), self.model.PAGE))
                if (record := self.model.record(r)) is not None and record.order_id == order_id]
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the order is already on its way to the view
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        selection.blockSignals(False)
        self.table.viewport().update()

    def selected_order_ids(self) -> list[str]:
        """The order ids of the selected rows whose data is loaded."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        records = (self.model.record(row) for row in rows)
        return [r.order_id for r in records if r is not None]

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _select(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self.order_selected.emit(record.order_id)

    def _activate(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self.order_activated.emit(record.order_id)
