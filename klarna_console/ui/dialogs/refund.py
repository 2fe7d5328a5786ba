"""Refund: everything refundable, part of it by amount, or by the lines of one capture; an optional return fee."""

from __future__ import annotations

from typing import Any

from ...domain import rules
from ...domain.display import customer_name
from ...domain.lines import line_part, main_tax_rate, parts_total, refundable_quantities, return_fee, return_fee_line
from ...domain.rules import Action
from ...services.actions import ActionRequest
from .. import reason_text
from ..qt import QtCore, QtWidgets
from .base import ActionDialog
from .capture import AmountModes, amount_input
from .fields import FieldError, Incomplete, error_label
from .panels import CaptureChooser, summary_strip
from .pick_lines import PickLinesModel, PickLinesView


class RefundDialog(ActionDialog):
    """Give money back; lines reuse the capture's references so Klarna credits the right invoice."""

    action = Action.REFUND
    money_moving = True

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("RefundDialog", "&Refund…")

    def _setup_body(self) -> None:
        strip, self.amounts = summary_strip([("captured", QtCore.QCoreApplication.translate("RefundDialog", "Captured")), ("refunded", QtCore.QCoreApplication.translate("RefundDialog", "Already refunded")),
                                             ("refundable", QtCore.QCoreApplication.translate("RefundDialog", "Refundable"))])
        self.body_layout.addWidget(strip)
        self.modes = AmountModes(QtCore.QCoreApplication.translate("RefundDialog", "How much to refund"), (QtCore.QCoreApplication.translate("RefundDialog", "&Everything refundable"),
                                                            QtCore.QCoreApplication.translate("RefundDialog", "&Part of it, by amount"),
                                                            QtCore.QCoreApplication.translate("RefundDialog", "By &lines of a capture")))
        self.body_layout.addWidget(self.modes)
        row, self.amount = amount_input(self.currency or "", QtCore.QCoreApplication.translate("RefundDialog", "Amount to refund"))
        self.add_field("refunded_amount", QtCore.QCoreApplication.translate("RefundDialog", "&Amount"), row)

        self.lines_capture = CaptureChooser(self.user_locale)
        self.lines_capture.setAccessibleName(QtCore.QCoreApplication.translate("RefundDialog", "Capture whose lines are refunded"))
        self.lines_capture.set_order(self.order, self.capture.capture_id if self.capture else None)
        capture_message = self.add_field(
            "capture", QtCore.QCoreApplication.translate("RefundDialog", "&Capture"), self.lines_capture,
            QtCore.QCoreApplication.translate("RefundDialog", "The refund lines keep this capture's line references, so Klarna credits its invoice."))
        self.capture_row = capture_message.parentWidget()
        self.lines = PickLinesModel(lambda: self.currency, self.user_locale, self)
        self.lines_view = PickLinesView(self.lines, QtCore.QCoreApplication.translate("RefundDialog", "Lines to refund"))
        lines_message = error_label(QtCore.QCoreApplication.translate("RefundDialog", "Lines: problem"))
        self.messages.add("order_lines", lines_message)
        self.lines_box = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(self.lines_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lines_view)
        column.addWidget(lines_message)
        self.form.addRow(self.lines_box)

        fee_row = QtWidgets.QWidget()
        fee_layout = QtWidgets.QHBoxLayout(fee_row)
        fee_layout.setContentsMargins(0, 0, 0, 0)
        self.fee_enabled = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("RefundDialog", "Charge a return fee of"))
        self.fee_enabled.setAccessibleName(QtCore.QCoreApplication.translate("RefundDialog", "Charge a return fee"))
        fee_amount, self.fee = amount_input(self.currency or "", QtCore.QCoreApplication.translate("RefundDialog", "Return fee"))
        self.fee.setEnabled(False)
        fee_layout.addWidget(self.fee_enabled)
        fee_layout.addWidget(fee_amount, 1)
        fee_row.setFocusProxy(self.fee_enabled)
        fee_message = self.add_field("return_fee", QtCore.QCoreApplication.translate("RefundDialog", "Return &fee"), fee_row,
                                     QtCore.QCoreApplication.translate("RefundDialog", "Kept from what the customer gets back, and shown in the Klarna app."))
        self.fee_unavailable = QtWidgets.QLabel()
        self.fee_unavailable.setWordWrap(True)
        self.fee_unavailable.setAccessibleName(QtCore.QCoreApplication.translate("RefundDialog", "Why no return fee"))
        fee_box = fee_message.parentWidget()
        assert fee_box is not None  # add_field puts the message in the field's own column
        fee_column = fee_box.layout()
        assert isinstance(fee_column, QtWidgets.QVBoxLayout)
        fee_column.insertWidget(fee_column.indexOf(fee_message), self.fee_unavailable)
        self.fee_enabled.toggled.connect(self.fee.setEnabled)
        self.gets_back = QtWidgets.QLabel()
        self.gets_back.setAccessibleName(QtCore.QCoreApplication.translate("RefundDialog", "The customer gets back"))
        font = self.gets_back.font()
        font.setBold(True)
        self.gets_back.setFont(font)
        self.form.addRow(QtCore.QCoreApplication.translate("RefundDialog", "Customer gets back"), self.gets_back)
        self.description = QtWidgets.QLineEdit()
        self.add_field("description", QtCore.QCoreApplication.translate("RefundDialog", "&Description"), self.description, QtCore.QCoreApplication.translate("RefundDialog", "Shown to the customer."))
        self.reference = QtWidgets.QLineEdit()
        self.add_field("reference", QtCore.QCoreApplication.translate("RefundDialog", "Re&ference"), self.reference, QtCore.QCoreApplication.translate("RefundDialog", "Appears in your settlement files."))

        for button in (self.modes.full, self.modes.amount, self.modes.lines):
            button.toggled.connect(self._on_mode_changed)
        self.lines_capture.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.lines.dataChanged.connect(lambda *_: self._show_amount())
        self.watch(self.amount, self.modes.full, self.modes.amount, self.modes.lines, self.lines, self.lines_capture,
                   self.fee_enabled, self.fee, self.description, self.reference)
        self.resize(760, 620)

    def order_changed(self) -> None:
        super().order_changed()
        order = self.order
        for key, value in (("captured", order.captured_amount), ("refunded", order.refunded_amount),
                           ("refundable", rules.refundable(order))):
            self.amounts[key].setText(self.money(value or 0))
        self.modes.full.setText(QtCore.QCoreApplication.translate("RefundDialog", "&Everything refundable ({amount})").format(amount=self.money(rules.refundable(order))))
        self.lines_capture.set_order(order, self.lines_capture.capture_id())
        self._show_fee_rule()
        self._show_lines()
        self._on_mode_changed()

    def _show_fee_rule(self) -> None:
        """Offer the return fee only where Klarna allows one; say why not where it does not."""
        verdict = rules.can_charge_return_fee(self.order)
        if not verdict:
            self.fee_enabled.setChecked(False)
        self.fee_enabled.setEnabled(verdict.allowed)
        why = reason_text.text(verdict.reason, self.user_locale)
        self.fee_enabled.setToolTip(why)
        self.fee_unavailable.setText(QtCore.QCoreApplication.translate("RefundDialog", "No return fee: {why}").format(why=why) if why else "")
        self.fee_unavailable.setVisible(not verdict)

    def _refundable_lines(self) -> list[dict[str, Any]] | None:
        """Everything refundable as the lines of the order's one capture, when they add up to it exactly."""
        parts: list[dict[str, Any]] = []
        for capture in self.order.captures or []:
            for line, left in zip(capture.order_lines or [], refundable_quantities(self.order, capture),
                                  strict=True):
                if left > 0 and line.type != "return_fee":
                    parts.append(line_part(line, left, done=(line.quantity or 0) - left))
        return parts if parts and parts_total(parts) == rules.refundable(self.order) else None

    def _show_lines(self) -> None:
        capture = next((c for c in self.order.captures or [] if c.capture_id == self.lines_capture.capture_id()),
                       None)
        if capture is None:
            self.lines.set_lines([], [])
            return
        self.lines.set_lines(capture.order_lines or [], refundable_quantities(self.order, capture))

    def _on_mode_changed(self, *_: Any) -> None:
        mode = self.modes.mode()
        self.amount.setReadOnly(mode != "amount")
        self.lines_box.setVisible(mode == "lines")
        if self.capture_row is not None:
            self.form.setRowVisible(self.capture_row, mode == "lines")
        self._show_amount()
        if mode == "amount":
            self.amount.setFocus()
            self.amount.selectAll()

    def _show_amount(self) -> None:
        mode = self.modes.mode()
        if mode == "amount":
            return
        value = rules.refundable(self.order) if mode == "full" else self.lines.total()
        self.amount.blockSignals(True)
        self.amount.setText(self.amount_text(value))
        self.amount.blockSignals(False)

    def build_request(self) -> ActionRequest:
        self.gets_back.setText("")
        mode = self.modes.mode()
        lines: list[dict[str, Any]] = []
        if mode == "full":
            gross = rules.refundable(self.order)
        elif mode == "amount":
            gross = self.parse_money("refunded_amount", self.amount.text())
        else:
            lines = self.lines.parts()
            if not lines:
                raise Incomplete("order_lines", QtCore.QCoreApplication.translate("RefundDialog", "Pick at least one unit of a captured line to refund."))
            gross = parts_total(lines)
        fee = 0
        if self.fee_enabled.isChecked():
            allowed = rules.can_charge_return_fee(self.order)
            if not allowed:
                raise FieldError("return_fee", reason_text.text(allowed.reason, self.user_locale))
            fee = self.parse_money("return_fee", self.fee.text())
            if fee <= 0:
                raise Incomplete("return_fee", QtCore.QCoreApplication.translate("RefundDialog", "Enter the fee, or untick the box."))
            if fee >= gross:
                raise FieldError("return_fee", QtCore.QCoreApplication.translate("RefundDialog", "The fee must be less than the {amount} refunded.").format(
                    amount=self.money(gross)))
            if mode == "full":
                lines = self._refundable_lines() or []
            if not lines:
                # Klarna wants the lines of a refund with a fee to add up to what the customer gets back.
                raise FieldError("return_fee", QtCore.QCoreApplication.translate("RefundDialog", "A return fee goes with the returned lines: refund by lines "
                                                 "of the capture (or everything)."))
            lines = [*lines, return_fee_line(fee, main_tax_rate(self.order))]
        body: dict[str, Any] = {"refunded_amount": gross - fee}
        self.gets_back.setText(QtCore.QCoreApplication.translate("RefundDialog", "{amount} ({gross} less the {fee} fee)").format(
            amount=self.money(gross - fee), gross=self.money(gross), fee=self.money(fee)) if fee
            else self.money(gross - fee))
        if lines:
            body["order_lines"] = lines
        for name, edit in (("description", self.description), ("reference", self.reference)):
            if edit.text().strip():
                body[name] = edit.text().strip()
        return ActionRequest(self.action, self.order.order_id or "", body=body)

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        body = request.body or {}
        amount = self.money(body["refunded_amount"])
        who = customer_name(self.order)
        if who:
            details = [QtCore.QCoreApplication.translate("RefundDialog", "{customer} gets {amount} back; Klarna takes it from your next payout.").format(
                customer=who, amount=amount)]
        else:
            details = [QtCore.QCoreApplication.translate("RefundDialog", "The customer gets {amount} back; Klarna takes it from your next payout.").format(
                amount=amount)]
        fee = return_fee(body.get("order_lines", []))
        if fee:
            details.append(QtCore.QCoreApplication.translate("RefundDialog", "A return fee of {amount} is kept.").format(amount=self.money(fee)))
        return (QtCore.QCoreApplication.translate("RefundDialog", "Refund {amount} on order {order}?").format(amount=amount, order=self.order_ref),
                "<p>" + " ".join(details) + "</p>", QtCore.QCoreApplication.translate("RefundDialog", "Refund {amount}").format(amount=amount))
