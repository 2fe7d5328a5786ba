"""Panels the dialogs share: Klarna's refusal with its correlation id, the capture chooser, the summary strip."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ...api.models import Order
from ...domain import display
from ...domain.rules import Verdict
from ...services.actions import ActionResult
from .. import reason_text
from ..klarna_text import explanation, with_amounts
from ..models import money, when
from ..qt import Qt, QtCore, QtGui, QtWidgets
from .fields import HINT_STYLE


def status_words(status: str | None) -> str:
    """Klarna's order status (domain.display's codes) in the user's words; an unknown one as display words it."""
    words = {"AUTHORIZED": QtCore.QCoreApplication.translate("OrderStatus", "Authorized"),
             "PART_CAPTURED": QtCore.QCoreApplication.translate("OrderStatus", "Part captured"),
             "CAPTURED": QtCore.QCoreApplication.translate("OrderStatus", "Captured"),
             "CANCELLED": QtCore.QCoreApplication.translate("OrderStatus", "Cancelled"),
             "EXPIRED": QtCore.QCoreApplication.translate("OrderStatus", "Expired"),
             "CLOSED": QtCore.QCoreApplication.translate("OrderStatus", "Closed")}
    return words.get((status or "").upper(), display.status_label(status))


class ErrorPanel(QtWidgets.QFrame):
    """Klarna's refusal inside the dialog: error code, messages, and the correlation id to quote to Klarna."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, currency: Callable[[], str | None] | None = None,
                 locale: str = "en") -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.setObjectName("errorPanel")
        self.setStyleSheet("#errorPanel { background: #fde8e8; border: 1px solid #f8b4b4; border-radius: 6px; }"
                           "#errorPanel QLabel { color: #9b1c1c; }")
        self.code = QtWidgets.QLabel()
        self.code.setAccessibleName(QtCore.QCoreApplication.translate("DialogPanels", "Error code"))
        font = self.code.font()
        font.setBold(True)
        self.code.setFont(font)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QtCore.QCoreApplication.translate("DialogPanels", "Error message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correlation = QtWidgets.QLabel()
        self.correlation.setAccessibleName(QtCore.QCoreApplication.translate("DialogPanels", "Correlation id"))
        self.correlation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("DialogPanels", "Copy correlation id"))
        self.copy.setAccessibleName(QtCore.QCoreApplication.translate("DialogPanels", "Copy correlation id"))
        self.copy.clicked.connect(self._copy)
        self.correlation_id: str | None = None
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.correlation, 1)
        row.addWidget(self.copy)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.hide()

    def show_error(self, code: str | None, messages: Sequence[str], correlation_id: str | None,
                   status: int | None = None) -> None:
        """Show a refusal: "CAPTURE_NOT_ALLOWED (HTTP 403)", the messages, the correlation id."""
        code = code or QtCore.QCoreApplication.translate("DialogPanels", "Klarna refused the request")
        self.code.setText(QtCore.QCoreApplication.translate("DialogPanels", "{code} (HTTP {status})").format(code=code, status=status) if status else code)
        currency = self._currency() if self._currency is not None else None
        said = [with_amounts(m, currency, self._locale) for m in messages]
        meaning = explanation(code)  # what a known code means and what to do, below Klarna's own words
        self.message.setText("\n".join([*said, meaning] if meaning else said))
        self.correlation_id = correlation_id
        self.correlation.setText(QtCore.QCoreApplication.translate("DialogPanels", "Correlation id: {id}").format(id=correlation_id) if correlation_id else "")
        self.correlation.setVisible(bool(correlation_id))
        self.copy.setVisible(bool(correlation_id))
        self.show()

    def show_result(self, result: ActionResult) -> None:
        """Show how Klarna refused or failed a write."""
        entry, error = result.entry, result.error
        messages = list(entry.error_messages) or ([error.message] if error is not None else [])
        self.show_error(entry.error_code or (error.error_code if error else None), messages,
                        entry.correlation_id or (error.correlation_id if error else None),
                        entry.http_status or (error.status if error else None))

    def show_verdict(self, verdict: Verdict) -> None:
        """Show the rules' refusal (nothing was sent: no correlation id)."""
        self.show_error(verdict.error_code, [reason_text.text(verdict.reason, self._locale)], None)

    def _copy(self) -> None:
        if self.correlation_id:
            QtGui.QGuiApplication.clipboard().setText(self.correlation_id)


class CaptureChooser(QtWidgets.QComboBox):
    """Picks one of the order's captures: reference, date and amount."""

    def __init__(self, locale: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.setAccessibleName(QtCore.QCoreApplication.translate("DialogPanels", "Capture"))
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_order(self, order: Order, selected: str | None) -> None:
        """List the order's captures (oldest first) and select `selected` (else the newest)."""
        self.blockSignals(True)
        self.clear()
        captures = sorted(order.captures or [], key=lambda c: (c.captured_at is None, c.captured_at))
        for capture in captures:
            amount = money(capture.captured_amount, order.purchase_currency, self._locale)
            refunded = capture.refunded_amount or 0
            values = {"capture": capture.klarna_reference or capture.capture_id, "when": when(capture.captured_at),
                      "amount": amount, "refunded": money(refunded, order.purchase_currency, self._locale)}
            if refunded:
                text = QtCore.QCoreApplication.translate("DialogPanels", "{capture} · {when} · {amount}, {refunded} refunded").format(**values)
            else:
                text = QtCore.QCoreApplication.translate("DialogPanels", "{capture} · {when} · {amount}").format(**values)
            self.addItem(text, capture.capture_id)
        index = self.findData(selected) if selected else -1
        self.setCurrentIndex(index if index >= 0 else self.count() - 1)
        self.blockSignals(False)

    def capture_id(self) -> str | None:
        """The chosen capture's id."""
        value = self.currentData()
        return str(value) if value else None


def summary_strip(captions: Iterable[tuple[str, str]]) -> tuple[QtWidgets.QWidget, dict[str, QtWidgets.QLabel]]:
    """Amounts side by side (caption over a bold value), as the order header shows them; by (key, caption)."""
    strip = QtWidgets.QWidget()
    # Never taller than caption and value: spare height in a dialog must not pull them apart.
    strip.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed)
    layout = QtWidgets.QHBoxLayout(strip)
    layout.setContentsMargins(0, 0, 0, 4)
    values: dict[str, QtWidgets.QLabel] = {}
    for key, caption in captions:
        box = QtWidgets.QVBoxLayout()
        box.setSpacing(2)
        title = QtWidgets.QLabel(caption)
        title.setStyleSheet(HINT_STYLE)
        value = QtWidgets.QLabel()
        value.setAccessibleName(caption)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        value.setFont(font)
        box.addWidget(title)
        box.addWidget(value)
        layout.addLayout(box)
        layout.addSpacing(16)
        values[key] = value
    layout.addStretch(1)
    return strip, values
