"""The right pane: one order's header (status, amounts, expiry) and its tabs."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from ..api.models import Address, Capture, Order, OrderLine, Refund, ShippingInfo
from ..domain import display, rules
from ..store.values import JournalEntry, Settled
from . import journal_text
from .badges import Badge
from .klarna_text import with_amounts
from .models import RIGHT, Column, RecordsModel, money, when
from .payout_columns import Settlement, capture_columns, refund_columns
from .qt import Qt, QtCore, QtGui, QtWidgets
from .tables import Table

TAB_NAMES = ("lines", "captures", "refunds", "shipping", "customer", "history", "raw")
STATE_COLORS = {"succeeded": "#15803d", "failed": "#b91c1c", "unknown": "#b45309", "intent": "#b45309"}


def _pct(basis_points: int | None) -> str:
    return "" if basis_points is None else f"{basis_points / 100:g} %"  # display only, never money


def line_columns(currency: Callable[[], str | None], locale: str) -> list[Column[OrderLine]]:
    """Columns of an order's (or a capture's, or a refund's) lines."""
    def amount(get: Callable[[OrderLine], int | None]) -> Callable[[OrderLine], str]:
        return lambda line: money(get(line), currency(), locale)

    return [
        Column("Reference", lambda line: line.reference or "", elide=True),
        Column("Name", lambda line: line.name or "", tooltip=lambda line: line.product_url, elide=True),
        Column("Type", lambda line: (line.type or "").replace("_", " ")),
        Column("Qty", lambda line: "" if line.quantity is None else f"{line.quantity} {line.quantity_unit or ''}".strip(),
               align=RIGHT, sort=lambda line: line.quantity or 0),
        Column("Unit price", amount(lambda line: line.unit_price), align=RIGHT),
        Column("Tax rate", lambda line: _pct(line.tax_rate), align=RIGHT),
        Column("Discount", amount(lambda line: line.total_discount_amount), align=RIGHT),
        Column("Total", amount(lambda line: line.total_amount), align=RIGHT),
        Column("Tax", amount(lambda line: line.total_tax_amount), align=RIGHT),
    ]


def _lines_summary(lines: Sequence[OrderLine] | None) -> str:
    return ", ".join(f"{line.quantity or 0} × {line.name}" for line in (lines or [])[:3]) + (
        "…" if lines and len(lines) > 3 else "")


class ShippingRow:
    """A shipping info with where it belongs: the order or one of its captures."""

    def __init__(self, where: str, info: ShippingInfo) -> None:
        self.where, self.info = where, info


def _copyable(text: str = "") -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class ElidedLabel(QtWidgets.QLabel):
    """One line of text that shrinks with an ellipsis (full text in the tooltip) instead of widening the window.

    `keep` characters at the start (a date) are never cut: they set the label's minimum width.
    `text()` returns the full text.
    """

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self._keep = 0
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed)

    def set_text(self, text: str, keep: int = 0) -> None:
        """Show `text`; its first `keep` characters are never elided."""
        self._full, self._keep = text, keep
        super().setText(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._full

    def elided(self) -> str:
        """What is painted at the current width."""
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802
        metrics = self.fontMetrics()
        kept = metrics.horizontalAdvance(self._full[:self._keep] + ("…" if len(self._full) > self._keep else ""))
        margins = self.contentsMargins()
        return QtCore.QSize(max(kept, metrics.horizontalAdvance("…")) + margins.left() + margins.right() + 2,
                            super().minimumSizeHint().height())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.setToolTip(self._full if self.elided() != self._full else "")

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802
        painter = QtGui.QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.elided(), self.foregroundRole())
        painter.end()


class OrderHeader(QtWidgets.QFrame):
    """Status and fraud badges, the four amounts, expiry, payment method and references.

    Signals:
        refresh_requested(): the user clicked Refresh.
    """

    refresh_requested = QtCore.Signal()

    def __init__(self, locale: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setObjectName("orderHeader")
        self.setStyleSheet("#orderHeader { border-bottom: 1px solid palette(mid); }")
        self.title = _copyable()
        self.title.setAccessibleName("Order")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = Badge()
        self.status.setAccessibleDescription("Klarna's status of the order")
        self.derived = Badge()
        self.derived.setAccessibleDescription("Worked out by the console from the order's refunds")
        self.fraud = Badge()
        self.refreshed = QtWidgets.QLabel()
        self.refresh = QtWidgets.QPushButton("Refresh")
        self.refresh.setAccessibleName("Refresh order")
        self.refresh.setToolTip("Read the order from Klarna again (Ctrl+R)")
        self.refresh.clicked.connect(self.refresh_requested)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addWidget(self.derived)
        top.addWidget(self.fraud)
        top.addStretch(1)
        top.addWidget(self.refresh)

        # Amounts are never cut: their labels' minimum is their full text; captions wrap instead.
        self.amounts: dict[str, QtWidgets.QLabel] = {}
        amounts = QtWidgets.QGridLayout()
        amounts.setHorizontalSpacing(16)
        amounts.setVerticalSpacing(0)
        for column, (key, title) in enumerate((("order", "Order amount"), ("captured", "Captured"),
                                                ("refunded", "Refunded"), ("remaining", "Remaining to capture"))):
            caption = QtWidgets.QLabel(title)
            caption.setStyleSheet("color: palette(placeholder-text);")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value = _copyable()
            value.setAccessibleName(title)
            f = value.font()
            f.setPointSizeF(f.pointSizeF() * 1.2)
            f.setBold(True)
            value.setFont(f)
            amounts.addWidget(caption, 0, column)
            amounts.addWidget(value, 1, column)
            self.amounts[key] = value
        amounts.setColumnStretch(4, 1)

        # One line each, elided rather than wrapped: the header keeps its height, so the tabs below never
        # move with the length of a payment method or a reference.
        self.expiry = ElidedLabel()
        self.expiry.setAccessibleName("Expires")
        self.payment = ElidedLabel()
        self.payment.setAccessibleName("Payment")
        self.references = ElidedLabel()
        self.references.setAccessibleName("Merchant references")
        self.order_id = _copyable()
        self.order_id.setAccessibleName("Order id")
        self.refreshed.setAccessibleName("Read from Klarna")
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, (title, label) in enumerate((("Expires", self.expiry), ("Payment", self.payment),
                                                 ("Merchant refs", self.references), ("Order id", self.order_id),
                                                 ("Read from Klarna", self.refreshed))):
            grid.addWidget(self._caption(title), row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addLayout(amounts)
        layout.addLayout(grid)

    @staticmethod
    def _caption(text: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def show_order(self, order: Order, now: dt.datetime, fetched_at: dt.datetime | None) -> None:
        """Fill the header from an order."""
        currency = order.purchase_currency
        self.title.setText(f"Order {order.klarna_reference or order.order_id or ''}")
        self.status.set(*display.badge_status(order, now))
        self.derived.set(*(display.derived_badges(order) or [("", "")])[0])
        fraud = (order.fraud_status or "").upper()
        self.fraud.set("" if fraud in ("", "ACCEPTED") else f"Fraud: {fraud.lower()}",
                       display.FRAUD_COLORS.get(fraud, "#4b5563"))
        values = {"order": order.order_amount, "captured": order.captured_amount,
                  "refunded": order.refunded_amount, "remaining": order.remaining_authorized_amount}
        for key, value in values.items():
            self.amounts[key].setText(money(value or 0, currency, self._locale))
        self._show_expiry(order, now)
        method = order.initial_payment_method
        self.payment.set_text(f"{method.description or method.type} ({method.type})" if method and method.type
                              else "unknown")
        self.references.set_text(" / ".join(r for r in (order.merchant_reference1, order.merchant_reference2) if r)
                                 or "none")
        self.order_id.setText(order.order_id or "")
        self.refreshed.setText(when(fetched_at) if fetched_at else "not yet")

    def _show_expiry(self, order: Order, now: dt.datetime) -> None:
        if order.expires_at is None or not display.shows_expiry(rules.status(order, now), rules.remaining(order)):
            self.expiry.set_text("—")
            self.expiry.setStyleSheet("")
            self.expiry.setToolTip("Nothing is left to capture, so the authorization's expiry no longer matters.")
            return
        self.expiry.setToolTip("")
        date = when(order.expires_at)
        text = f"{date} ({display.relative_days(order.expires_at, now)})"
        if display.expires_soon(order, now):
            self.expiry.set_text(f"⚠ {text}: capture or extend soon", keep=len(date) + 2)
            self.expiry.setStyleSheet("color: #b91c1c; font-weight: 600;")
        elif rules.is_past_expiry(order, now) and rules.status(order, now) in ("EXPIRED", "PART_CAPTURED"):
            self.expiry.set_text(f"{text}: expired", keep=len(date))
            self.expiry.setStyleSheet("color: #9a3412;")
        else:
            self.expiry.set_text(text, keep=len(date))
            self.expiry.setStyleSheet("")


HISTORY_BY = 4
"""The History column naming who made a write."""


def _entry_message(entry: JournalEntry) -> str:
    """Klarna's messages, and the note a person or Check with Klarna left."""
    return "; ".join([*entry.error_messages, *([f"Note: {entry.note}"] if entry.note else [])])


def _address_text(address: Address | None) -> str:
    if address is None:
        return "—"
    name = " ".join(p for p in (address.title, address.given_name, address.family_name) if p)
    place = " ".join(p for p in (address.postal_code, address.city) if p)
    body = [name, address.organization_name, address.attention and f"Attn: {address.attention}",
            address.street_address, address.street_address2, place, address.region, (address.country or "").upper()]
    contact = [address.email, address.phone]
    text = "\n".join(line for line in body if line)
    return text + ("\n\n" + "\n".join(c for c in contact if c) if any(contact) else "")


class CustomerTab(QtWidgets.QWidget):
    """Billing and shipping addresses side by side, and what Klarna shares about the customer."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.billing = _copyable()
        self.shipping = _copyable()
        self.customer = _copyable()
        for label, name in ((self.billing, "Billing address"), (self.shipping, "Shipping address"),
                            (self.customer, "Customer")):
            label.setAccessibleName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        boxes = QtWidgets.QHBoxLayout()
        for title, label, note in (
            ("Billing address", self.billing, "Klarna does not let merchants change it (risk assessment)."),
            ("Shipping address", self.shipping, "Can be changed while the order is open."),
        ):
            group = QtWidgets.QGroupBox(title)
            inner = QtWidgets.QVBoxLayout(group)
            inner.addWidget(label)
            inner.addStretch(1)
            hint = QtWidgets.QLabel(note)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            inner.addWidget(hint)
            boxes.addWidget(group)
        group = QtWidgets.QGroupBox("Customer")
        QtWidgets.QVBoxLayout(group).addWidget(self.customer)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(group)

    def show_order(self, order: Order) -> None:
        """Fill in the addresses."""
        self.billing.setText(_address_text(order.billing_address))
        self.shipping.setText(_address_text(order.shipping_address))
        customer = order.customer
        national = customer.national_identification_number if customer else None
        facts = [
            f"Date of birth: {customer.date_of_birth}" if customer and customer.date_of_birth else "",
            # Shown masked: agents rarely need it and screenshots travel.
            f"National id: •••• {national[-4:]}" if national and len(national) > 4 else "",
            f"Country: {(order.purchase_country or '').upper()} · Locale: {order.locale or ''}",
        ]
        self.customer.setText("\n".join(f for f in facts if f))


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
        self.placeholder = QtWidgets.QLabel("Search for an order on the left, or paste an order id.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 14px;")

        self.lines = RecordsModel(line_columns(cur, loc), self)
        self.captures = RecordsModel[Capture]([
            Column("Klarna ref", lambda c: c.klarna_reference or ""),
            Column("Captured", lambda c: when(c.captured_at)),
            Column("Amount", lambda c: money(c.captured_amount, cur(), loc), align=RIGHT),
            Column("Refunded", lambda c: money(c.refunded_amount or 0, cur(), loc), align=RIGHT),
            *capture_columns(self.settlement, cur, loc),
            Column("Description", lambda c: c.description or "", elide=True),
            Column("Reference", lambda c: c.reference or "", elide=True),
            Column("Shipments", lambda c: str(len(c.shipping_info or [])), align=RIGHT,
                   tooltip=lambda c: "\n".join(f"{s.shipping_company or ''} {s.tracking_number or ''}"
                                               for s in c.shipping_info or []) or None),
            Column("Lines", lambda c: _lines_summary(c.order_lines), elide=True),
            Column("Capture id", lambda c: c.capture_id or "", elide=True),
        ], self)
        self.refunds = RecordsModel[Refund]([
            Column("Refunded", lambda r: when(r.refunded_at)),
            Column("Amount", lambda r: money(r.refunded_amount, cur(), loc), align=RIGHT),
            *refund_columns(self.settlement),
            Column("Description", lambda r: r.description or "", elide=True),
            Column("Reference", lambda r: r.reference or "", elide=True),
            Column("Lines", lambda r: _lines_summary(r.order_lines), elide=True),
            Column("Credit note", lambda r: "yes" if r.credit_invoice else ""),
            Column("Refund id", lambda r: r.refund_id or "", elide=True),
        ], self)
        self.shipping = RecordsModel[ShippingRow]([
            Column("For", lambda s: s.where),
            Column("Carrier", lambda s: s.info.shipping_company or ""),
            Column("Method", lambda s: s.info.shipping_method or ""),
            Column("Tracking number", lambda s: s.info.tracking_number or "", tooltip=lambda s: s.info.tracking_uri),
            Column("Return carrier", lambda s: s.info.return_shipping_company or ""),
            Column("Return tracking", lambda s: s.info.return_tracking_number or "",
                   tooltip=lambda s: s.info.return_tracking_uri),
            Column("Tracking link", lambda s: s.info.tracking_uri or "", elide=True),
        ], self)
        self.history = RecordsModel[JournalEntry]([
            Column("When", lambda e: when(e.created_at)),
            Column("Action", journal_text.action_title),
            Column("Amount", lambda e: self._entry_amount(e), align=RIGHT),
            Column("Outcome", journal_text.outcome, foreground=lambda e: STATE_COLORS.get(e.state.value),
                   tooltip=lambda e: f"Recorded by another window ({e.finished_by})" if e.finished_elsewhere else None),
            Column("By", lambda e: e.agent or "", tooltip=journal_text.made_at),
            Column("HTTP", lambda e: str(e.http_status or ""), align=RIGHT),
            Column("Error", lambda e: e.error_code or ""),
            Column("Message", lambda e: with_amounts(_entry_message(e), cur(), loc),
                   tooltip=lambda e: with_amounts(_entry_message(e), cur(), loc) or None, elide=True),
            Column("Correlation id", lambda e: e.correlation_id or "", elide=True),
            Column("Result id", lambda e: e.result_id or "", elide=True),
            Column("Idempotency key", lambda e: e.idempotency_key, elide=True),
        ], self)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName("Order details")
        self.lines_table = Table(self.lines, "Order lines", "This order has no lines.")
        self.captures_table = Table(self.captures, "Captures", "Nothing has been captured yet.")
        self.captures_table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.capture_selected.emit(self.captures.record(current.row())))
        self.refunds_table = Table(self.refunds, "Refunds", "Nothing has been refunded.")
        self.shipping_table = Table(self.shipping, "Shipping information",
                                    "No shipping information yet: add carriers and tracking numbers with "
                                    "Order → Add shipping info, or when capturing.")
        self.shipping_option = QtWidgets.QLabel()
        self.shipping_option.setWordWrap(True)
        self.shipping_option.setAccessibleName("Selected shipping option")
        shipping = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(shipping)
        inner.addWidget(self.shipping_option)
        inner.addWidget(self.shipping_table, 1)
        self.customer = CustomerTab()
        self.history_table = Table(
            self.history, "History",
            "Nothing has been done to this order from this console yet.\n\nEvery capture, refund and change "
            "sent from here is listed, with Klarna's answer and correlation id. Klarna's API keeps no history "
            "of its own; its Merchant Portal keeps about a week of API logs.")
        self.raw = QtWidgets.QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName("Order as JSON")
        self.raw.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        for widget, title in ((self.lines_table, "&Lines"), (self.captures_table, "&Captures"),
                              (self.refunds_table, "Re&funds"), (shipping, "&Shipping"),
                              (self.customer, "C&ustomer"), (self.history_table, "&History"), (self.raw, "Ra&w")):
            self.tabs.addTab(widget, title)
        self._fitted_tables = {"lines": self.lines_table, "captures": self.captures_table,
                               "refunds": self.refunds_table, "shipping": self.shipping_table}
        self._unfilled: set[str] = set()
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

    def _entry_amount(self, entry: JournalEntry) -> str:
        body = (entry.request or {}).get("body") or {}
        for field in ("captured_amount", "refunded_amount", "order_amount"):
            if field in body:
                return money(body[field], self._currency(), self._locale)
        return f"{body['number_of_days']} days" if "number_of_days" in body else ""

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
        rows = [ShippingRow("Order", info) for info in order.shipping_info or []]
        for capture in order.captures or []:
            rows += [ShippingRow(f"Capture {capture.klarna_reference or capture.capture_id}", info)
                     for info in capture.shipping_info or []]
        self.shipping.set_records(rows)
        # The models above are cheap and always current (actions read the selected capture); the rest is
        # laid out for the tab on screen now, and for each other tab when it is first shown.
        self._unfilled = {"customer", "raw", "shipping_option"} | (set() if same else set(self._fitted_tables))
        self._fill_current_tab()

    def _fill_current_tab(self) -> None:
        """Lay out what the tab on screen shows of the order, if not done since it was last shown."""
        order, name = self.order, self.current_tab()
        if order is None or not self._unfilled:
            return
        if name in self._fitted_tables and name in self._unfilled:
            self._fitted_tables[name].fit()
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
        for model, table in ((self.captures, self.captures_table), (self.refunds, self.refunds_table)):
            first, last = model.index(0, 0), model.index(max(0, model.rowCount() - 1), model.columnCount() - 1)
            model.dataChanged.emit(first, last)
            table.fit()

    def show_history(self, entries: Sequence[JournalEntry]) -> None:
        """Show the journal of this order, newest first."""
        self.history.set_records(sorted(entries, key=lambda e: e.id, reverse=True))
        # Who made each write: only a team store records it (a desk's own store is one person's).
        self.history_table.setColumnHidden(HISTORY_BY, not any(e.agent for e in entries))
        self.history_table.fit()

    def selected_capture(self) -> Capture | None:
        """The capture selected on the Captures tab, if any."""
        return self.captures.record(self.captures_table.currentIndex().row())

    def clear(self) -> None:
        """Show the placeholder instead of an order."""
        self.order = None
        self.stack.setCurrentIndex(0)

    def _shipping_option_text(self, order: Order) -> str:
        option = order.selected_shipping_option
        if option is None:
            return "Shipping option chosen at checkout: none recorded."
        parts: list[Any] = [option.name, option.carrier, option.method]
        if option.price is not None:
            parts.append(money(option.price, order.purchase_currency, self._locale))
        if option.location and option.location.name:
            parts.append(f"pick-up at {option.location.name}")
        return "Shipping option chosen at checkout: " + " · ".join(str(p) for p in parts if p)
