"""Extend a capture's due date: fetch Klarna's options with their fees, send the one chosen."""

from __future__ import annotations

from html import escape
from typing import Any

from ...api.errors import KlarnaError
from ...api.models import ExtendDueDateOptions
from ...domain import display, rules
from ...domain.money import format_amount
from ...domain.rules import Action
from ...services.actions import ActionRequest
from .. import reason_text
from ..qt import QtCore, QtWidgets
from .base import ActionDialog
from .fields import FieldError, Incomplete, hint_label
from .plurals import DialogPlurals


class DueDateDialog(ActionDialog):
    """Pick a number of days from the options Klarna offers for the capture; the merchant pays the fee."""

    action = Action.EXTEND_DUE_DATE

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("DueDateDialog", "&Extend due date…")
    on_capture = True

    def _setup_body(self) -> None:
        self.options: ExtendDueDateOptions | None = None
        self.add_capture_chooser()
        self.choices = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("DueDateDialog", "Extend the customer's due date by"))
        self.choices_layout = QtWidgets.QVBoxLayout(self.choices)
        self.status = QtWidgets.QLabel()
        self.status.setAccessibleName(QtCore.QCoreApplication.translate("DueDateDialog", "Options"))
        self.status.setWordWrap(True)
        self.choices_layout.addWidget(self.status)
        self.group = QtWidgets.QButtonGroup(self)
        self.group.buttonToggled.connect(lambda *_: self.revalidate())
        self.add_field("number_of_days", QtCore.QCoreApplication.translate("DueDateDialog", "&Options"), self.choices,
                       QtCore.QCoreApplication.translate("DueDateDialog", "Klarna charges you (the merchant) the fee; the customer simply gets longer to pay."))
        self.body_layout.addWidget(hint_label(
            QtCore.QCoreApplication.translate("DueDateDialog", "Only pay-later purchases (such as Pay in 30 days) have a due date.")))
        self.body_layout.addStretch(1)
        self.capture_chooser.currentIndexChanged.connect(lambda _i: self.load_options())
        self.sender_.fetched.connect(self._on_options)
        self.sender_.fetch_failed.connect(self._on_options_failed)
        self.resize(580, 320)
        self.load_options()

    def load_options(self) -> None:
        """Ask Klarna for the options of the chosen capture (unless the rules already say no)."""
        self.options = None
        self._show_buttons([])
        capture_id = self.capture_id()
        session = self.context.session
        verdict = rules.check(self.action, self.order, self.now(), capture_id)
        if not capture_id or session is None or not verdict:
            self.status.setText(reason_text.text(verdict.reason, self.user_locale) or QtCore.QCoreApplication.translate("DueDateDialog", "Choose a capture."))
            return
        self.status.setText(QtCore.QCoreApplication.translate("DueDateDialog", "Fetching the options from Klarna…"))
        self.error_panel.hide()
        self.sender_.fetch(session.client.get_extend_due_date_options(self.order.order_id or "", capture_id))

    def _on_options(self, options: Any) -> None:
        if not isinstance(options, ExtendDueDateOptions):
            return
        self.options = options
        currency = options.currency or self.currency
        offered = [o for o in options.options or [] if o.number_of_days]
        if not offered:
            self.status.setText(QtCore.QCoreApplication.translate("DueDateDialog", "Klarna offers no extension for this capture (its due date may have been "
                                  "extended already)."))
        else:
            self.status.setText("")
            self.status.hide()
        plurals = DialogPlurals()
        self._show_buttons([(o.number_of_days or 0, plurals.days_for_fee(o.number_of_days or 0).format(
                                 fee=format_amount(o.amount or 0, currency, self.user_locale)))
                            for o in offered])
        self.revalidate()

    def _on_options_failed(self, error: KlarnaError) -> None:
        self.status.setText(QtCore.QCoreApplication.translate("DueDateDialog", "Klarna did not give the options."))
        self.error_panel.show_error(error.error_code, error.error_messages or [error.message], error.correlation_id,
                                    error.status)
        self.revalidate()

    def _show_buttons(self, choices: list[tuple[int, str]]) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.status.setVisible(not choices)
        for days, text in choices:
            button = QtWidgets.QRadioButton(text)
            button.setAccessibleName(text)
            self.group.addButton(button, days)
            self.choices_layout.addWidget(button)

    def needs_confirmation(self, request: ActionRequest) -> bool:
        # Klarna charges the merchant a fee for every extension (DOMAIN.md §4.4, extend due date).
        return True

    def fee(self, days: int) -> str:
        """The fee Klarna's options list for `days`, in the options' currency."""
        offered = next((o for o in (self.options.options or []) if o.number_of_days == days), None) \
            if self.options is not None else None
        currency = (self.options.currency if self.options is not None else None) or self.currency
        return format_amount(offered.amount or 0, currency, self.user_locale) if offered is not None else QtCore.QCoreApplication.translate("DueDateDialog", "unknown")

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        days = int((request.body or {})["number_of_days"])
        fee = self.fee(days)
        capture = self.chosen_capture()
        which = (capture.klarna_reference or capture.capture_id) if capture is not None else self.capture_id()
        name = display.customer_name(self.order)
        customer = escape(name) if name else QtCore.QCoreApplication.translate("DueDateDialog", "the customer")
        plurals = DialogPlurals()
        return (plurals.extend_due_date_question(days).format(capture=which, order=self.order_ref, fee=fee),
                plurals.extend_due_date_details(days).format(fee=fee, customer=customer),
                plurals.extend_due_date_button(days).format(fee=fee))

    def build_request(self) -> ActionRequest:
        if self.sender_.busy and self.options is None:
            raise Incomplete("number_of_days", QtCore.QCoreApplication.translate("DueDateDialog", "Waiting for Klarna's options…"))
        days = self.group.checkedId()
        if days <= 0 and self.group.buttons():
            raise Incomplete("number_of_days", QtCore.QCoreApplication.translate("DueDateDialog", "Choose by how many days."))
        if days <= 0:
            raise FieldError("number_of_days", QtCore.QCoreApplication.translate("DueDateDialog", "There is nothing to choose."))
        return ActionRequest(self.action, self.order.order_id or "", self.capture_id(),
                             body={"number_of_days": days})
