"""The right pane: one order's header (status, amounts, expiry) and its tabs."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from ..api.models import Capture, Order, Refund
from ..store.values import JournalEntry, Settled
from . import journal_text, status_text
from .badges import dimmed
from .klarna_text import with_amounts
from .models import RIGHT, Column, RecordsModel, money, when
from .order_header import OrderHeader
from .order_tabs import CustomerTab, ShippingRow, entry_message, line_columns, lines_summary
from .payout_columns import Settlement, capture_columns, refund_columns
from .plurals import PLURALS
from .qt import Qt, QtCore, QtGui, QtWidgets
from .tables import Table

W = TypeVar("W")


class _OnTab(Generic[W]):
    """A widget of one of the order's tabs, read as an attribute: the tab is built the first time it is read."""

    def __init__(self, tab: str) -> None:
        self.tab = tab
        self.attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = "_" + name  # where _build_tab keeps it

    def __get__(self, view: OrderView, owner: type | None = None) -> W:
        view._build_tab(self.tab)
        widget: W = getattr(view, self.attribute)
        return widget


TAB_NAMES = ("lines", "captures", "refunds", "shipping", "customer", "history", "raw")
STATE_COLORS = {"succeeded": "#15803d", "failed": "#b91c1c", "unknown": "#b45309", "intent": "#b45309"}


FITTED_TABS = ("lines", "captures", "refunds", "shipping")
"""The tabs whose table's columns are fitted to the order shown."""

HISTORY_BY = 4
"""The History column naming who made a write."""


class OrderView(QtWidgets.QWidget):
    """The order shown on the right: header and tabs (Lines, Captures, Refunds, Shipping, Customer,
    History, Raw).

    Signals:
        refresh_requested(): the user asked to re-read the order.
        capture_selected(object): the Captures tab's current capture (or None).
    """

    refresh_requested = QtCore.Signal()
    capture_selected = QtCore.Signal(object)

    def __init__(self, locale: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.order: Order | None = None
        self.settlement = Settlement()  # what Klarna's payouts say of each capture and refund
        self._setup_ui()

    def _currency(self) -> str | None:
        return self.order.purchase_currency if self.order else None

    def _setup_ui(self) -> None:
        loc, cur = self._locale, self._currency
        self.header = OrderHeader(loc)
        self.header.refresh_requested.connect(self.refresh_requested)
        self.placeholder = QtWidgets.QLabel(QtCore.QCoreApplication.translate("OrderView", "Search for an order on the left, or paste an order id."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.placeholder.font()
        font.setPixelSize(14)
        dimmed(self.placeholder).setFont(font)

        self.lines = RecordsModel(line_columns(cur, loc), self)
        self.captures = RecordsModel[Capture]([
            Column(QtCore.QCoreApplication.translate("OrderView", "Klarna ref"), lambda c: c.klarna_reference or ""),
            Column(QtCore.QCoreApplication.translate("OrderView", "Captured"), lambda c: when(c.captured_at)),
            Column(QtCore.QCoreApplication.translate("OrderView", "Amount"), lambda c: money(c.captured_amount, cur(), loc), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("OrderView", "Refunded"), lambda c: money(c.refunded_amount or 0, cur(), loc), align=RIGHT),
            *capture_columns(self.settlement, cur, loc),
            Column(QtCore.QCoreApplication.translate("OrderView", "Description"), lambda c: c.description or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Reference"), lambda c: c.reference or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Shipments"), lambda c: str(len(c.shipping_info or [])), align=RIGHT,
                   tooltip=lambda c: "\n".join(f"{s.shipping_company or ''} {s.tracking_number or ''}"
                                               for s in c.shipping_info or []) or None),
            Column(QtCore.QCoreApplication.translate("OrderView", "Lines"), lambda c: lines_summary(c.order_lines), elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Capture id"), lambda c: c.capture_id or "", elide=True),
        ], self)
        self.refunds = RecordsModel[Refund]([
            Column(QtCore.QCoreApplication.translate("OrderView", "Refunded"), lambda r: when(r.refunded_at)),
            Column(QtCore.QCoreApplication.translate("OrderView", "Amount"), lambda r: money(r.refunded_amount, cur(), loc), align=RIGHT),
            *refund_columns(self.settlement),
            Column(QtCore.QCoreApplication.translate("OrderView", "Description"), lambda r: r.description or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Reference"), lambda r: r.reference or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Lines"), lambda r: lines_summary(r.order_lines), elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Credit note"), lambda r: QtCore.QCoreApplication.translate("OrderView", "yes") if r.credit_invoice else ""),
            Column(QtCore.QCoreApplication.translate("OrderView", "Refund id"), lambda r: r.refund_id or "", elide=True),
        ], self)
        self.shipping = RecordsModel[ShippingRow]([
            Column(QtCore.QCoreApplication.translate("OrderView", "For"), lambda s: s.where),
            Column(QtCore.QCoreApplication.translate("OrderView", "Carrier"), lambda s: s.info.shipping_company or ""),
            Column(QtCore.QCoreApplication.translate("OrderView", "Method"), lambda s: status_text.shipping_method(s.info.shipping_method)),
            Column(QtCore.QCoreApplication.translate("OrderView", "Tracking number"), lambda s: s.info.tracking_number or "", tooltip=lambda s: s.info.tracking_uri),
            Column(QtCore.QCoreApplication.translate("OrderView", "Return carrier"), lambda s: s.info.return_shipping_company or ""),
            Column(QtCore.QCoreApplication.translate("OrderView", "Return tracking"), lambda s: s.info.return_tracking_number or "",
                   tooltip=lambda s: s.info.return_tracking_uri),
            Column(QtCore.QCoreApplication.translate("OrderView", "Tracking link"), lambda s: s.info.tracking_uri or "", elide=True),
        ], self)
        self.history = RecordsModel[JournalEntry]([
            Column(QtCore.QCoreApplication.translate("OrderView", "When"), lambda e: when(e.created_at)),
            Column(QtCore.QCoreApplication.translate("OrderView", "Action"), journal_text.action_title),
            Column(QtCore.QCoreApplication.translate("OrderView", "Amount"), lambda e: self._entry_amount(e), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("OrderView", "Outcome"), journal_text.outcome, foreground=lambda e: STATE_COLORS.get(e.state.value),
                   tooltip=lambda e: QtCore.QCoreApplication.translate("OrderView", "Recorded by another window ({window})").format(
                       window=e.finished_by) if e.finished_elsewhere else None),
            Column(QtCore.QCoreApplication.translate("OrderView", "By"), lambda e: e.agent or "", tooltip=journal_text.made_at),
            Column(QtCore.QCoreApplication.translate("OrderView", "HTTP"), lambda e: str(e.http_status or ""), align=RIGHT),
            Column(QtCore.QCoreApplication.translate("OrderView", "Error"), lambda e: e.error_code or ""),
            Column(QtCore.QCoreApplication.translate("OrderView", "Message"), lambda e: with_amounts(entry_message(e), cur(), loc),
                   tooltip=lambda e: with_amounts(entry_message(e), cur(), loc) or None, elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Correlation id"), lambda e: e.correlation_id or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Result id"), lambda e: e.result_id or "", elide=True),
            Column(QtCore.QCoreApplication.translate("OrderView", "Idempotency key"), lambda e: e.idempotency_key, elide=True),
        ], self)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(QtCore.QCoreApplication.translate("OrderView", "Order details"))
        # Every tab stays in sight: where the names do not fit (long words in some languages) they are elided.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(QtCore.Qt.TextElideMode.ElideRight)
        # The style's default padding is about twice this: long names (German, Finnish) then fit at 1024 px.
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }"
                                         " QTabBar::tab:selected { border-bottom: 2px solid palette(highlight); }")
        # Each tab's page is built the first time it is shown or asked for: the first paint builds only
        # the tab on screen (the others cost a fifth of the window's construction).
        self._pages: dict[str, QtWidgets.QWidget] = {}
        self._capture_actions: list[QtGui.QAction] = []
        for name, title in zip(TAB_NAMES, (
                QtCore.QCoreApplication.translate("OrderView", "&Lines"), QtCore.QCoreApplication.translate("OrderView", "&Captures"),
                QtCore.QCoreApplication.translate("OrderView", "Re&funds"), QtCore.QCoreApplication.translate("OrderView", "&Shipping"),
                QtCore.QCoreApplication.translate("OrderView", "C&ustomer"), QtCore.QCoreApplication.translate("OrderView", "&History"),
                QtCore.QCoreApplication.translate("OrderView", "Ra&w")), strict=True):
            page = QtWidgets.QWidget()
            QtWidgets.QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.tabs.addTab(page, title)
        self._built: set[str] = set()
        self._unfilled: set[str] = set()
        self._build_tab(self.current_tab())
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())

        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(self.placeholder)
        body = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(body)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(4, 8, 8, 8)
        outer.addWidget(self.stack)

    _lines_table: Table
    _captures_table: Table
    _refunds_table: Table
    _shipping_table: Table
    _shipping_option: QtWidgets.QLabel
    _customer: CustomerTab
    _history_table: Table
    _raw: QtWidgets.QPlainTextEdit

    # The tabs' widgets, each built with its tab the first time anything reads it.
    lines_table: _OnTab[Table] = _OnTab("lines")
    captures_table: _OnTab[Table] = _OnTab("captures")
    refunds_table: _OnTab[Table] = _OnTab("refunds")
    shipping_table: _OnTab[Table] = _OnTab("shipping")
    shipping_option: _OnTab[QtWidgets.QLabel] = _OnTab("shipping")  # the shipping option chosen at checkout
    customer: _OnTab[CustomerTab] = _OnTab("customer")
    history_table: _OnTab[Table] = _OnTab("history")
    raw: _OnTab[QtWidgets.QPlainTextEdit] = _OnTab("raw")  # the order as JSON

    def _build_tab(self, name: str) -> None:
        """Build a tab's page, unless it was built already, with what it shows of the order held."""
        if name in self._built:
            return
        self._built.add(name)
        content: QtWidgets.QWidget
        if name == "lines":
            content = self._lines_table = Table(self.lines, QtCore.QCoreApplication.translate("OrderView", "Order lines"), QtCore.QCoreApplication.translate("OrderView", "This order has no lines."))
        elif name == "captures":
            content = self._captures_table = Table(self.captures, QtCore.QCoreApplication.translate("OrderView", "Captures"), QtCore.QCoreApplication.translate("OrderView", "Nothing has been captured yet."))
            self._captures_table.selectionModel().currentRowChanged.connect(
                lambda current, _: self.capture_selected.emit(self.captures.record(current.row())))
            self._captures_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self._captures_table.addActions(self._capture_actions)
        elif name == "refunds":
            content = self._refunds_table = Table(self.refunds, QtCore.QCoreApplication.translate("OrderView", "Refunds"), QtCore.QCoreApplication.translate("OrderView", "Nothing has been refunded."))
        elif name == "shipping":
            self._shipping_table = Table(self.shipping, QtCore.QCoreApplication.translate("OrderView", "Shipping information"),
                                         QtCore.QCoreApplication.translate("OrderView", "No shipping information yet: add carriers and tracking numbers with "
                                         "Order → Add shipping info, or when capturing."))
            self._shipping_option = QtWidgets.QLabel()
            self._shipping_option.setWordWrap(True)
            self._shipping_option.setAccessibleName(QtCore.QCoreApplication.translate("OrderView", "Selected shipping option"))
            content = QtWidgets.QWidget()
            inner = QtWidgets.QVBoxLayout(content)
            inner.addWidget(self._shipping_option)
            inner.addWidget(self._shipping_table, 1)
        elif name == "customer":
            content = self._customer = CustomerTab()
        elif name == "history":
            content = self._history_table = Table(
                self.history, QtCore.QCoreApplication.translate("OrderView", "History"),
                QtCore.QCoreApplication.translate("OrderView", "Nothing has been done to this order from this console yet.\n\nEvery capture, refund and change "
                "sent from here is listed, with Klarna's answer and correlation id. Klarna's API keeps no history "
                "of its own; its Merchant Portal keeps about a week of API logs."))
            self._history_table.setColumnHidden(HISTORY_BY, not any(e.agent for e in self.history.records))
        else:
            content = self._raw = QtWidgets.QPlainTextEdit()
            self._raw.setReadOnly(True)
            self._raw.setAccessibleName(QtCore.QCoreApplication.translate("OrderView", "Order as JSON"))
            self._raw.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        layout = self._pages[name].layout()
        assert layout is not None
        layout.addWidget(content)
        content.show()  # at once, not when Qt gets round to it: the tab may be on screen already
        if self.order is not None:  # laid out for the order when the tab is shown (_fill_current_tab)
            self._unfilled |= {"shipping_option"} if name == "shipping" else set()
            self._unfilled.add(name)
        if name == "history":
            self._unfilled.discard(name)
            self._history_table.fit()

    def add_capture_actions(self, actions: Sequence[QtGui.QAction]) -> None:
        """The order actions a capture's context menu (on the Captures tab) offers."""
        self._capture_actions += actions
        if "captures" in self._built:
            self._captures_table.addActions(list(actions))

    def _entry_amount(self, entry: JournalEntry) -> str:
        body = (entry.request or {}).get("body") or {}
        for field in ("captured_amount", "refunded_amount", "order_amount"):
            if field in body:
                return money(body[field], self._currency(), self._locale)
        return PLURALS.days(int(body["number_of_days"])) if "number_of_days" in body else ""

    def select_tab(self, name: str) -> None:
        """Show a tab by name (lines, captures, refunds, shipping, customer, history, raw)."""
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def current_tab(self) -> str:
        """The name of the tab shown."""
        return TAB_NAMES[self.tabs.currentIndex()]

    def show_order(self, order: Order, now: dt.datetime, fetched_at: dt.datetime | None = None) -> None:
        """Show an order in the header and every tab."""
        same = self.order is not None and self.order.order_id == order.order_id
        if not same:
            self.settlement.clear()
        self.order = order
        self.stack.setCurrentIndex(1)
        self.header.show_order(order, now, fetched_at)
        self.lines.set_records(order.order_lines or [])
        self.captures.set_records(sorted(order.captures or [], key=lambda c: c.captured_at or now))
        self.refunds.set_records(sorted(order.refunds or [], key=lambda r: r.refunded_at or now))
        rows = [ShippingRow(QtCore.QCoreApplication.translate("OrderView", "Order"), info) for info in order.shipping_info or []]
        for capture in order.captures or []:
            rows += [ShippingRow(QtCore.QCoreApplication.translate("OrderView", "Capture {capture}").format(capture=capture.klarna_reference or capture.capture_id), info)
                     for info in capture.shipping_info or []]
        self.shipping.set_records(rows)
        # The models above are cheap and always current (actions read the selected capture); the rest is
        # laid out for the tab on screen now, and for each other tab when it is first shown.
        self._unfilled = {"customer", "raw", "shipping_option"} | (set() if same else set(FITTED_TABS))
        self._fill_current_tab()

    def _fill_current_tab(self) -> None:
        """Lay out what the tab on screen shows of the order, if not done since it was last shown."""
        order, name = self.order, self.current_tab()
        self._build_tab(name)
        if order is None or not self._unfilled:
            return
        if name in FITTED_TABS and name in self._unfilled:
            table: Table = getattr(self, f"_{name}_table")
            table.fit()
        if name == "shipping" and "shipping_option" in self._unfilled:
            self.shipping_option.setText(self._shipping_option_text(order))
            self._unfilled.discard("shipping_option")
        elif name == "customer" and name in self._unfilled:
            self.customer.show_order(order)
        elif name == "raw" and name in self._unfilled:
            self.raw.setPlainText(json.dumps(order.to_dict(), indent=2, ensure_ascii=False, default=str))
        self._unfilled.discard(name)

    def show_settlement(self, order_id: str, lines: Sequence[Settled], synced: bool) -> None:
        """Show which payout paid each capture and deducted each refund (ignored for another order)."""
        if self.order is None or self.order.order_id != order_id:
            return
        self.settlement.set(lines, synced)
        for name, model in (("captures", self.captures), ("refunds", self.refunds)):
            if model.rowCount():  # an empty range would be an invalid index to Qt, which warns
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
            if name in self._built:  # else it is fitted when it is built and shown
                table: Table = getattr(self, f"_{name}_table")
                table.fit()

    def show_history(self, entries: Sequence[JournalEntry]) -> None:
        """Show the journal of this order, newest first."""
        self.history.set_records(sorted(entries, key=lambda e: e.id, reverse=True))
        if "history" in self._built:  # else its page is built with these entries when first needed
            # Who made each write: only a team store records it (a desk's own store is one person's).
            self._history_table.setColumnHidden(HISTORY_BY, not any(e.agent for e in entries))
            self._history_table.fit()

    def selected_capture(self) -> Capture | None:
        """The capture selected on the Captures tab, if any."""
        if "captures" not in self._built:
            return None  # never shown: nothing selected on it
        return self.captures.record(self._captures_table.currentIndex().row())

    def clear(self) -> None:
        """Show the placeholder instead of an order."""
        self.order = None
        self.stack.setCurrentIndex(0)

    def _shipping_option_text(self, order: Order) -> str:
        option = order.selected_shipping_option
        if option is None:
            return QtCore.QCoreApplication.translate("OrderView", "Shipping option chosen at checkout: none recorded.")
        parts: list[Any] = [option.name, option.carrier, status_text.shipping_method(option.method)]
        if option.price is not None:
            parts.append(money(option.price, order.purchase_currency, self._locale))
        if option.location and option.location.name:
            parts.append(QtCore.QCoreApplication.translate("OrderView", "pick-up at {place}").format(place=option.location.name))
        return QtCore.QCoreApplication.translate("OrderView", "Shipping option chosen at checkout: {option}").format(
            option=" · ".join(str(p) for p in parts if p))
