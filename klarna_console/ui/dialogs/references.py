"""Merchant references: the order number the customer sees, and the shop's own id; only changes are sent."""

from __future__ import annotations

from html import escape
from typing import Any

from ...domain.rules import Action
from ...services.actions import ActionRequest
from ..qt import QtCore, QtWidgets
from .base import ActionDialog
from .fields import Incomplete


def fields() -> tuple[tuple[str, str, str], ...]:
    """The two references: field, caption and hint."""
    return (
        ("merchant_reference1", QtCore.QCoreApplication.translate("ReferencesDialog", "Reference &1"), QtCore.QCoreApplication.translate("ReferencesDialog", "Shown to the customer as the order number.")),
        ("merchant_reference2", QtCore.QCoreApplication.translate("ReferencesDialog", "Reference &2"), QtCore.QCoreApplication.translate("ReferencesDialog", "Your own reference, e.g. the id in your shop or ERP.")),
    )


class ReferencesDialog(ActionDialog):
    """Edit merchant_reference1/2; an emptied field is sent as "" (Klarna clears it)."""

    action = Action.UPDATE_MERCHANT_REFERENCES

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("ReferencesDialog", "&Save references")

    def _setup_body(self) -> None:
        self.inputs: dict[str, QtWidgets.QLineEdit] = {}
        for name, caption, hint in fields():
            edit = QtWidgets.QLineEdit(getattr(self.order, name) or "")
            edit.setClearButtonEnabled(True)
            self.inputs[name] = edit
            self.add_field(name, caption, edit, hint)
            self.watch(edit)
        self.resize(520, 240)

    def changes(self) -> dict[str, Any]:
        """The fields whose text differs from the order's ("" to clear one)."""
        return {name: edit.text().strip() for name, edit in self.inputs.items()
                if edit.text().strip() != (getattr(self.order, name) or "")}

    def needs_confirmation(self, request: ActionRequest) -> bool:
        # Reference 1 is the order number the customer sees (DOMAIN.md §4.1): clearing it takes it away from
        # their invoice and the Klarna app, and one click on the field's clear button does it.
        return (request.body or {}).get("merchant_reference1") == "" and bool(self.order.merchant_reference1)

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        old = self.order.merchant_reference1 or ""
        return (QtCore.QCoreApplication.translate("ReferencesDialog", "Clear reference 1 (\u201c{reference}\u201d) of order {order}?").format(
                    reference=escape(old), order=self.order_ref),
                QtCore.QCoreApplication.translate("ReferencesDialog", "<p>Reference 1 is the order number the customer sees in the Klarna app and on the invoice; "
                  "after clearing it, they see none.</p>"), QtCore.QCoreApplication.translate("ReferencesDialog", "Clear reference 1"))

    def build_request(self) -> ActionRequest:
        changed = self.changes()
        if not changed:
            raise Incomplete("", QtCore.QCoreApplication.translate("ReferencesDialog", "Change a reference to save it."))
        return ActionRequest(self.action, self.order.order_id or "", body=changed)
