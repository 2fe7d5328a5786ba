"""Capture: the remaining amount, part of it by amount, or by picking lines and quantities; with shipments."""

from __future__ import annotations

from typing import Any

from ...domain import rules
from ...domain.display import customer_name
from ...domain.lines import capturable_quantities, line_part, parts_total
from ...domain.rules import Action
from ...services.actions import ActionRequest
from ..qt import Qt, QtCore, QtWidgets
from .base import ActionDialog
from .fields import Incomplete, error_label
from .panels import summary_strip
from .pick_lines import PickLinesModel, PickLinesView
from .plurals import DialogPlurals
from .shipping import ShippingInfoEditor


class AmountModes(QtWidgets.QGroupBox):
    """Three ways to say how much: all that is left, an amount, or lines (the amount follows)."""

    def __init__(self, title: str, labels: tuple[str, str, str]) -> None:
        super().__init__(title)
        self.full = QtWidgets.QRadioButton(labels[0])
        self.amount = QtWidgets.QRadioButton(labels[1])
        self.lines = QtWidgets.QRadioButton(labels[2])
        self.full.setChecked(True)
        layout = QtWidgets.QHBoxLayout(self)
        for button in (self.full, self.amount, self.lines):
            layout.addWidget(button)
        layout.addStretch(1)

    def mode(self) -> str:
        """"full", "amount" or "lines"."""
        return "amount" if self.amount.isChecked() else "lines" if self.lines.isChecked() else "full"


def amount_input(currency_symbol: str, name: str) -> tuple[QtWidgets.QWidget, QtWidgets.QLineEdit]:
    """A right-aligned amount box (accessible as `name`) with the currency after it."""
    edit = QtWidgets.QLineEdit()
    edit.setAccessibleName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(180)
    row = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    layout.addWidget(QtWidgets.QLabel(currency_symbol.upper()))  # a code in capitals, however the order wrote it
    layout.addStretch(1)
    row.setFocusProxy(edit)  # the field's label mnemonic lands in the box
    return row, edit


class CaptureDialog(ActionDialog):
    """Charge the customer for what was shipped; every capture is a separate invoice for the customer."""

    action = Action.CAPTURE
    money_moving = True

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("CaptureDialog", "&Capture…")

    def _setup_body(self) -> None:
        strip, self.amounts = summary_strip([("order", QtCore.QCoreApplication.translate("CaptureDialog", "Order amount")), ("captured", QtCore.QCoreApplication.translate("CaptureDialog", "Captured")),
                                             ("remaining", QtCore.QCoreApplication.translate("CaptureDialog", "Remaining to capture"))])
        self.body_layout.addWidget(strip)
        self.modes = AmountModes(QtCore.QCoreApplication.translate("CaptureDialog", "How much to capture"), (QtCore.QCoreApplication.translate("CaptureDialog", "The &remaining amount"),
                                                             QtCore.QCoreApplication.translate("CaptureDialog", "&Part of it, by amount"),
                                                             QtCore.QCoreApplication.translate("CaptureDialog", "By &lines and quantities")))
        self.body_layout.addWidget(self.modes)
        row, self.amount = amount_input(self.currency or "", QtCore.QCoreApplication.translate("CaptureDialog", "Amount to capture"))
        self.add_field("captured_amount", QtCore.QCoreApplication.translate("CaptureDialog", "&Amount"), row,
                       QtCore.QCoreApplication.translate("CaptureDialog", "Each capture becomes its own invoice or payment instruction for the customer."))
        self.lines = PickLinesModel(lambda: self.currency, self.user_locale, self)
        self.lines_view = PickLinesView(self.lines, QtCore.QCoreApplication.translate("CaptureDialog", "Lines to capture"))
        self.lines_message = error_label(QtCore.QCoreApplication.translate("CaptureDialog", "Lines: problem"))
        self.messages.add("order_lines", self.lines_message)
        self.lines_box = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(self.lines_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lines_view)
        box.addWidget(self.lines_message)
        self.form.addRow(self.lines_box)
        self.description = QtWidgets.QLineEdit()
        self.add_field("description", QtCore.QCoreApplication.translate("CaptureDialog", "&Description"), self.description, QtCore.QCoreApplication.translate("CaptureDialog", "Shown to the customer."))
        self.reference = QtWidgets.QLineEdit()
        self.add_field("reference", QtCore.QCoreApplication.translate("CaptureDialog", "Re&ference"), self.reference, QtCore.QCoreApplication.translate("CaptureDialog", "Appears in your settlement files."))
        shipments = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("CaptureDialog", "Shipments sent with this capture (optional)"))
        inner = QtWidgets.QVBoxLayout(shipments)
        self.shipments = ShippingInfoEditor(self.messages)
        inner.addWidget(self.shipments)
        self.body_layout.addWidget(shipments)
        for button in (self.modes.full, self.modes.amount, self.modes.lines):
            button.toggled.connect(self._on_mode_changed)
        self.lines.dataChanged.connect(lambda *_: self._show_amount())
        self.watch(self.amount, self.modes.full, self.modes.amount, self.modes.lines, self.lines,
                   self.description, self.reference, self.shipments)
        self.resize(760, 640)

    def order_changed(self) -> None:
        super().order_changed()
        order = self.order
        for key, value in (("order", order.order_amount), ("captured", order.captured_amount),
                           ("remaining", rules.remaining(order))):
            self.amounts[key].setText(self.money(value or 0))
        self.modes.full.setText(QtCore.QCoreApplication.translate("CaptureDialog", "The &remaining amount ({amount})").format(amount=self.money(rules.remaining(order))))
        self.lines.set_lines(order.order_lines or [], capturable_quantities(order))
        self._on_mode_changed()

    def _on_mode_changed(self, *_: Any) -> None:
        mode = self.modes.mode()
        self.amount.setReadOnly(mode != "amount")
        self.lines_box.setVisible(mode == "lines")
        self._show_amount()
        if mode == "amount":
            self.amount.setFocus()
            self.amount.selectAll()

    def _show_amount(self) -> None:
        """In the full and lines modes the amount box shows the amount that follows from the choice."""
        mode = self.modes.mode()
        if mode == "amount":
            return
        value = rules.remaining(self.order) if mode == "full" else self.lines.total()
        self.amount.blockSignals(True)
        self.amount.setText(self.amount_text(value))
        self.amount.blockSignals(False)

    def _remaining_lines(self) -> list[dict[str, Any]] | None:
        """The lines of what is left, when they add up to the remaining amount exactly (else no lines)."""
        order = self.order
        parts = [line_part(line, left, done=(line.quantity or 0) - left) for line, left in zip(order.order_lines or [],
                                                            capturable_quantities(order), strict=True) if left > 0]
        return parts if parts and parts_total(parts) == rules.remaining(order) else None

    def build_request(self) -> ActionRequest:
        mode = self.modes.mode()
        lines: list[dict[str, Any]] | None
        if mode == "full":
            amount, lines = rules.remaining(self.order), self._remaining_lines()
        elif mode == "amount":
            amount, lines = self.parse_money("captured_amount", self.amount.text()), None
        else:
            lines = self.lines.parts()
            if not lines:
                raise Incomplete("order_lines", QtCore.QCoreApplication.translate("CaptureDialog", "Pick at least one unit of a line to capture."))
            amount = parts_total(lines)
        body: dict[str, Any] = {"captured_amount": amount}
        if lines:
            body["order_lines"] = lines
        for name, edit in (("description", self.description), ("reference", self.reference)):
            if edit.text().strip():
                body[name] = edit.text().strip()
        shipments = self.shipments.items()
        if shipments:
            body["shipping_info"] = shipments
        return ActionRequest(self.action, self.order.order_id or "", body=body)

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        body = request.body or {}
        amount = self.money(body["captured_amount"])
        left = rules.remaining(self.order) - body["captured_amount"]
        who = customer_name(self.order)
        if who:
            details = [QtCore.QCoreApplication.translate("CaptureDialog", "Klarna charges {customer} {amount} and starts the payout to you and the customer's "
                         "billing.").format(customer=who, amount=amount)]
        else:
            details = [QtCore.QCoreApplication.translate("CaptureDialog", "Klarna charges the customer {amount} and starts the payout to you and the customer's "
                         "billing.").format(amount=amount)]
        details.append(QtCore.QCoreApplication.translate("CaptureDialog", "That is everything still authorized.") if left == 0
                       else QtCore.QCoreApplication.translate("CaptureDialog", "{amount} stays authorized for later captures.").format(amount=self.money(left)))
        plurals = DialogPlurals()
        if body.get("order_lines"):
            details.append(plurals.lines_on_invoice(len(body["order_lines"])))
        if body.get("shipping_info"):
            details.append(plurals.shipments_reported(len(body["shipping_info"])))
        return (QtCore.QCoreApplication.translate("CaptureDialog", "Capture {amount} on order {order}?").format(amount=amount, order=self.order_ref),
                "<p>" + " ".join(details) + "</p>", QtCore.QCoreApplication.translate("CaptureDialog", "Capture {amount}").format(amount=amount))
