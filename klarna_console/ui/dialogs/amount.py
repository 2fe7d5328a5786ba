"""Update the order amount and lines: edit the lines, the new amount follows, increases explained."""

from __future__ import annotations

from typing import Any

from ...domain import rules
from ...domain.rules import Action
from ...services.actions import ActionRequest
from ..qt import QtCore, QtWidgets
from .base import ActionDialog
from .fields import FieldError, Incomplete, error_label, hint_label
from .lines_edit import EditableLinesModel, LineTypeDelegate
from .panels import summary_strip
from .plurals import DialogPlurals


class UpdateAmountDialog(ActionDialog):
    """Replace the order's lines (and so its amount) before everything is captured."""

    action = Action.UPDATE_AUTHORIZATION
    money_moving = True

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("UpdateAmountDialog", "&Update order…")

    def _setup_body(self) -> None:
        strip, self.amounts = summary_strip([("current", QtCore.QCoreApplication.translate("UpdateAmountDialog", "Current amount")), ("captured", QtCore.QCoreApplication.translate("UpdateAmountDialog", "Captured")),
                                             ("new", QtCore.QCoreApplication.translate("UpdateAmountDialog", "New amount")), ("change", QtCore.QCoreApplication.translate("UpdateAmountDialog", "Change"))])
        self.body_layout.addWidget(strip)
        self.lines = EditableLinesModel(lambda: self.currency, self.user_locale, self)
        self.table = QtWidgets.QTableView()
        self.table.setAccessibleName(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Order lines"))
        self.table.setModel(self.lines)
        self.table.setItemDelegateForColumn(EditableLinesModel.TYPE, LineTypeDelegate(self.table))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers)
        # Arrow keys move between cells and typing edits one; Tab goes on to the next control.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(EditableLinesModel.NAME,
                                                           QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.body_layout.addWidget(self.table, 1)
        self.add_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Add &line"))
        self.remove_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Re&move line"))
        self.remove_button.setAccessibleName(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Remove the selected line"))
        self.add_button.clicked.connect(self._add_line)
        self.remove_button.clicked.connect(self._remove_line)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        # What is wrong with a line (a quantity that is not a whole number, a discount larger than its line)
        # is shown here, naming the line, and keeps Send disabled until it is corrected.
        self.lines_message = error_label(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Lines: problem"))
        self.messages.add("order_lines", self.lines_message)
        self.body_layout.addWidget(self.lines_message)

        self.increase_hint = hint_label("")
        self.new_amount = QtWidgets.QLabel()
        self.new_amount.setAccessibleName(QtCore.QCoreApplication.translate("UpdateAmountDialog", "New order amount"))
        message = self.add_field("order_amount", QtCore.QCoreApplication.translate("UpdateAmountDialog", "New order amount"), self.new_amount)
        container = message.parentWidget()
        column = container.layout() if container is not None else None
        assert isinstance(column, QtWidgets.QVBoxLayout)
        column.insertWidget(1, self.increase_hint)
        self.description = QtWidgets.QLineEdit()
        self.add_field("description", QtCore.QCoreApplication.translate("UpdateAmountDialog", "&Description"), self.description,
                       QtCore.QCoreApplication.translate("UpdateAmountDialog", "Why the order changed, for the customer."))
        self.lines.set_lines(self.order.order_lines or [])
        self.table.resizeColumnsToContents()
        self.watch(self.lines, self.description)
        self.resize(880, 520)

    def order_changed(self) -> None:
        super().order_changed()
        order = self.order
        self.amounts["current"].setText(self.money(order.order_amount or 0))
        self.amounts["captured"].setText(self.money(order.captured_amount or 0))
        method = rules.payment_method(order) or QtCore.QCoreApplication.translate("UpdateAmountDialog", "this payment method")
        if rules.can_increase_amount(order):
            self.increase_hint.setText(QtCore.QCoreApplication.translate("UpdateAmountDialog", "A higher amount needs Klarna's approval ({method}): Klarna checks the "
                                         "customer again and may refuse.").format(method=method))
        else:
            self.increase_hint.setText(QtCore.QCoreApplication.translate("UpdateAmountDialog", "Klarna does not allow a higher amount for {method} orders from {country}: "
                                         "lower it, or ask the customer to place a new order for the extra "
                                         "items.").format(method=method, country=(order.purchase_country or "").upper()))
        self._show_total()

    def _show_total(self) -> None:
        total, current = self.lines.total(), self.order.order_amount or 0
        self.amounts["new"].setText(self.money(total))
        change = total - current
        self.amounts["change"].setText(("+" if change > 0 else "") + self.money(change) if change else QtCore.QCoreApplication.translate("UpdateAmountDialog", "none"))
        self.new_amount.setText(self.money(total))

    def _add_line(self) -> None:
        row = self.lines.add_line()
        self.table.setCurrentIndex(self.lines.index(row, EditableLinesModel.NAME))
        self.table.edit(self.lines.index(row, EditableLinesModel.NAME))

    def _remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.lines.remove_line(row)

    def build_request(self) -> ActionRequest:
        self._show_total()
        bodies = self.lines.bodies()
        if not bodies:
            raise FieldError("order_lines", QtCore.QCoreApplication.translate("UpdateAmountDialog", "An order needs at least one line."))
        for field, message in self.lines.problems():
            raise FieldError(field, message)
        for i, line in enumerate(bodies):
            if not line["name"].strip():
                raise FieldError(f"order_lines[{i}].name", QtCore.QCoreApplication.translate("UpdateAmountDialog", "Line {line}: name is empty; every line needs one.").format(
                    line=i + 1))
        if not self.lines.edited and not self.description.text().strip():
            raise Incomplete("order_lines", QtCore.QCoreApplication.translate("UpdateAmountDialog", "Change a line, add one or remove one."))
        body: dict[str, Any] = {"order_amount": self.lines.total(), "order_lines": bodies}
        if self.description.text().strip():
            body["description"] = self.description.text().strip()
        return ActionRequest(self.action, self.order.order_id or "", body=body)

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        new = (request.body or {})["order_amount"]
        old = self.order.order_amount or 0
        details = DialogPlurals().lines_replaced(len((request.body or {})["order_lines"]))
        if new > old:
            details += QtCore.QCoreApplication.translate("UpdateAmountDialog", "<p>Klarna checks the customer again and may refuse the higher amount.</p>")
            question = QtCore.QCoreApplication.translate("UpdateAmountDialog", "Raise order {order} from {old} to {new}?")
        else:
            question = QtCore.QCoreApplication.translate("UpdateAmountDialog", "Lower order {order} from {old} to {new}?")
        return (question.format(order=self.order_ref, old=self.money(old), new=self.money(new)), details,
                QtCore.QCoreApplication.translate("UpdateAmountDialog", "Set amount to {amount}").format(amount=self.money(new)))

