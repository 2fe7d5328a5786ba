"""The order pane's header: status badges, amounts, expiry, and copyable ids that elide to fit."""

from __future__ import annotations

import datetime as dt

from ..api.models import Order
from ..domain import display, rules
from . import status_text
from .badges import Badge, dimmed
from .models import money, when
from .qt import Qt, QtCore, QtGui, QtWidgets


def copyable(text: str = "") -> QtWidgets.QLabel:
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
        if self.isEnabled():
            # What QStyle.drawItemText does for enabled text, without asking for the style: the first
            # style() from Python makes PySide build its whole QStyle class with its enums (~15 ms), and
            # these labels paint in the first paint.
            painter.setPen(QtGui.QPen(self.palette().brush(self.foregroundRole()), painter.pen().widthF()))
            painter.drawText(self.contentsRect(), int(self.alignment()), self.elided())
        else:
            self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                      False, self.elided(), self.foregroundRole())
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
        self.title = copyable()
        self.title.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Order"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = Badge()
        self.status.setAccessibleDescription(QtCore.QCoreApplication.translate("OrderHeader", "Klarna's status of the order"))
        self.derived = Badge()
        self.derived.setAccessibleDescription(QtCore.QCoreApplication.translate("OrderHeader", "Worked out by the console from the order's refunds"))
        self.fraud = Badge()
        self.refreshed = QtWidgets.QLabel()
        self.refresh = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("OrderHeader", "Refresh"))
        self.refresh.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Refresh order"))
        self.refresh.setToolTip(QtCore.QCoreApplication.translate("OrderHeader", "Read the order from Klarna again (Ctrl+R)"))
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
        for column, (key, title) in enumerate((("order", QtCore.QCoreApplication.translate("OrderHeader", "Order amount")), ("captured", QtCore.QCoreApplication.translate("OrderHeader", "Captured")),
                                                ("refunded", QtCore.QCoreApplication.translate("OrderHeader", "Refunded")), ("remaining", QtCore.QCoreApplication.translate("OrderHeader", "Remaining to capture")))):
            caption = QtWidgets.QLabel(title)
            dimmed(caption)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value = copyable()
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
        self.expiry.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Expires"))
        self.payment = ElidedLabel()
        self.payment.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Payment"))
        self.references = ElidedLabel()
        self.references.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Merchant references"))
        self.order_id = copyable()
        self.order_id.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Order id"))
        self.refreshed.setAccessibleName(QtCore.QCoreApplication.translate("OrderHeader", "Read from Klarna"))
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, (title, label) in enumerate(((QtCore.QCoreApplication.translate("OrderHeader", "Expires"), self.expiry), (QtCore.QCoreApplication.translate("OrderHeader", "Payment"), self.payment),
                                                 (QtCore.QCoreApplication.translate("OrderHeader", "Merchant refs"), self.references), (QtCore.QCoreApplication.translate("OrderHeader", "Order id"), self.order_id),
                                                 (QtCore.QCoreApplication.translate("OrderHeader", "Read from Klarna"), self.refreshed))):
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
        return dimmed(QtWidgets.QLabel(text))

    def show_order(self, order: Order, now: dt.datetime, fetched_at: dt.datetime | None) -> None:
        """Fill the header from an order."""
        currency = order.purchase_currency
        self.title.setText(QtCore.QCoreApplication.translate("OrderHeader", "Order {order}").format(order=order.klarna_reference or order.order_id or ""))
        self.status.set(*status_text.badge_status(order, now))
        self.derived.set(*(status_text.derived_badges(order) or [("", "")])[0])
        fraud = (order.fraud_status or "").upper()
        self.fraud.set("" if fraud in ("", "ACCEPTED") else QtCore.QCoreApplication.translate("OrderHeader", "Fraud: {status}").format(status=status_text.fraud_word(fraud)),
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
        self.refreshed.setText(when(fetched_at) if fetched_at else QtCore.QCoreApplication.translate("OrderHeader", "not yet"))

    def _show_expiry(self, order: Order, now: dt.datetime) -> None:
        if order.expires_at is None or not display.shows_expiry(rules.status(order, now), rules.remaining(order)):
            self.expiry.set_text("—")
            self.expiry.setStyleSheet("")
            self.expiry.setToolTip(QtCore.QCoreApplication.translate("OrderHeader", "Nothing is left to capture, so the authorization's expiry no longer matters."))
            return
        self.expiry.setToolTip("")
        date = when(order.expires_at)
        text = f"{date} ({status_text.relative_days(order.expires_at, now)})"
        if display.expires_soon(order, now):
            self.expiry.set_text(QtCore.QCoreApplication.translate("OrderHeader", "⚠ {expiry}: capture or extend soon").format(expiry=text), keep=len(date) + 2)
            self.expiry.setStyleSheet("color: #b91c1c; font-weight: 600;")
        elif rules.is_past_expiry(order, now) and rules.status(order, now) in ("EXPIRED", "PART_CAPTURED"):
            self.expiry.set_text(QtCore.QCoreApplication.translate("OrderHeader", "{expiry}: expired").format(expiry=text), keep=len(date))
            self.expiry.setStyleSheet("color: #9a3412;")
        else:
            self.expiry.set_text(text, keep=len(date))
            self.expiry.setStyleSheet("")
