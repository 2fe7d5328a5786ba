"""Resend a capture's customer communication: says which capture and which e-mail address it goes to."""

from __future__ import annotations

from ...domain.rules import Action
from ..models import when
from ..qt import Qt, QtCore, QtWidgets
from .base import ActionDialog


class SendOutDialog(ActionDialog):
    """Have Klarna e-mail the customer the invoice or payment instructions of a capture again."""

    action = Action.TRIGGER_SEND_OUT

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("SendOutDialog", "&Resend")
    on_capture = True

    def _setup_body(self) -> None:
        self.add_capture_chooser()
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setAccessibleName(QtCore.QCoreApplication.translate("SendOutDialog", "What is sent, and to whom"))
        self.body_layout.addWidget(self.explanation)
        self.body_layout.addStretch(1)
        self.setMinimumWidth(580)
        self.capture_chooser.currentIndexChanged.connect(lambda _i: self._explain())

    def order_changed(self) -> None:
        super().order_changed()
        self._explain()

    def recipient(self) -> str:
        """The e-mail address Klarna writes to: the capture's billing address, else the order's."""
        capture = self.chosen_capture()
        for address in ((capture.billing_address if capture else None), self.order.billing_address):
            if address is not None and address.email:
                return address.email
        return ""

    def _explain(self) -> None:
        capture = self.chosen_capture()
        if capture is None:
            self.explanation.setText(QtCore.QCoreApplication.translate("SendOutDialog", "Choose a capture."))
            return
        email = self.recipient()
        values = {"capture": capture.klarna_reference or capture.capture_id, "when": when(capture.captured_at),
                  "amount": self.money(capture.captured_amount or 0), "email": email}
        if email:
            text = QtCore.QCoreApplication.translate("SendOutDialog", "<p>Klarna sends the latest invoice or payment instructions of capture <b>{capture}</b> "
                     "(captured {when}, {amount}) again to <b>{email}</b>.</p>"
                     "<p>Use this when the customer says the invoice never arrived.</p>")
        else:
            text = QtCore.QCoreApplication.translate("SendOutDialog", "<p>Klarna sends the latest invoice or payment instructions of capture <b>{capture}</b> "
                     "(captured {when}, {amount}) again to the customer's e-mail address (Klarna has it; it is "
                     "not shown here).</p><p>Use this when the customer says the invoice never arrived.</p>")
        self.explanation.setText(text.format(**values))
