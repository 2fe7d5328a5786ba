"""Edit the shipping address; the billing address is shown beside it, read-only, with Klarna's reason."""

from __future__ import annotations

from typing import Any

from ...api.models import Address
from ...domain import rules
from ...domain.rules import Action
from ...services.actions import ActionRequest
from .. import reason_text
from ..qt import Qt, QtCore, QtWidgets
from .base import ActionDialog
from .fields import FieldError, Incomplete, hint_label


def fields() -> tuple[tuple[str, str], ...]:
    """The address's fields with their captions, in the order of the form."""
    return (
        ("title", QtCore.QCoreApplication.translate("AddressDialog", "Title")), ("given_name", QtCore.QCoreApplication.translate("AddressDialog", "&Given name")), ("family_name", QtCore.QCoreApplication.translate("AddressDialog", "&Family name")),
        ("organization_name", QtCore.QCoreApplication.translate("AddressDialog", "&Organization")), ("attention", QtCore.QCoreApplication.translate("AddressDialog", "A&ttention")),
        ("street_address", QtCore.QCoreApplication.translate("AddressDialog", "&Street address")), ("street_address2", QtCore.QCoreApplication.translate("AddressDialog", "Street address &2")),
        ("postal_code", QtCore.QCoreApplication.translate("AddressDialog", "&Postal code")), ("city", QtCore.QCoreApplication.translate("AddressDialog", "C&ity")), ("region", QtCore.QCoreApplication.translate("AddressDialog", "&Region")),
        ("country", QtCore.QCoreApplication.translate("AddressDialog", "Country")), ("email", QtCore.QCoreApplication.translate("AddressDialog", "&E-mail")), ("phone", QtCore.QCoreApplication.translate("AddressDialog", "P&hone")),
    )
# Klarna will not leave an address without these (an emptied field would clear it).
REQUIRED = ("given_name", "family_name", "street_address", "postal_code", "city")


def address_lines(address: Address | None) -> str:
    """An address as a few lines of plain text."""
    if address is None:
        return "—"
    parts = [" ".join(p for p in (address.title, address.given_name, address.family_name) if p),
             address.organization_name,
             address.attention and QtCore.QCoreApplication.translate("AddressDialog", "Attn: {name}").format(name=address.attention), address.street_address,
             address.street_address2, " ".join(p for p in (address.postal_code, address.city) if p), address.region,
             (address.country or "").upper(), address.email, address.phone]
    return "\n".join(p for p in parts if p)


class AddressDialog(ActionDialog):
    """Change the shipping address (Klarna re-checks the purchase); only the changed fields are sent."""

    action = Action.UPDATE_CUSTOMER_DETAILS

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("AddressDialog", "Sa&ve address")

    def _setup_body(self) -> None:
        self.inputs: dict[str, QtWidgets.QLineEdit] = {}
        shipping = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("AddressDialog", "Shipping address"))
        form = QtWidgets.QFormLayout(shipping)
        current = self.order.shipping_address or Address()
        for name, caption in fields():
            edit = QtWidgets.QLineEdit(getattr(current, name) or "")
            self.inputs[name] = edit
            self.add_field(f"shipping_address.{name}", caption, edit, form=form)
            self.watch(edit)
        country = self.inputs["country"]
        country.setReadOnly(True)
        country.setToolTip(QtCore.QCoreApplication.translate("AddressDialog", "An order ships to the country it was bought in."))
        billing = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("AddressDialog", "Billing address (read-only)"))
        column = QtWidgets.QVBoxLayout(billing)
        self.billing = QtWidgets.QLabel(address_lines(self.order.billing_address))
        self.billing.setAccessibleName(QtCore.QCoreApplication.translate("AddressDialog", "Billing address"))
        self.billing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.billing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.billing)
        reason = reason_text.text(rules.can_update_customer_details(self.order, self.now(), billing_address=True).reason)
        self.billing_reason = hint_label(QtCore.QCoreApplication.translate("AddressDialog", "{reason}. Klarna approved the purchase for this address, so a "
                                           "merchant cannot change it.").format(reason=reason.split(". ")[0]))
        column.addWidget(self.billing_reason)
        column.addStretch(1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(shipping, 3)
        row.addWidget(billing, 2)
        self.body_layout.addLayout(row)
        self.body_layout.addWidget(hint_label(QtCore.QCoreApplication.translate("AddressDialog", "Klarna re-assesses the purchase with the new address and may "
                                                "refuse it. An emptied field is cleared at Klarna.")))
        self.resize(840, 640)

    def changes(self) -> dict[str, str]:
        """The address fields whose text differs from the order's ("" clears a field)."""
        current = self.order.shipping_address or Address()
        return {name: edit.text().strip() for name, edit in self.inputs.items()
                if edit.text().strip() != (getattr(current, name) or "")}

    def build_request(self) -> ActionRequest:
        changed = self.changes()
        for name in REQUIRED:
            if name in changed and not changed[name]:
                raise FieldError(f"shipping_address.{name}", QtCore.QCoreApplication.translate("AddressDialog", "Required: Klarna does not let this field be cleared."))
        country = (self.inputs["country"].text() or self.order.purchase_country or "").upper()
        if country == "US" and not self.inputs["region"].text().strip():
            raise FieldError("shipping_address.region", QtCore.QCoreApplication.translate("AddressDialog", "Required for addresses in the United States."))
        email = changed.get("email", "")
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise FieldError("shipping_address.email", QtCore.QCoreApplication.translate("AddressDialog", "Enter an e-mail address such as name@example.com."))
        if not changed:
            raise Incomplete("", QtCore.QCoreApplication.translate("AddressDialog", "Change a field of the shipping address to save it."))
        body: dict[str, Any] = {"shipping_address": changed}
        return ActionRequest(self.action, self.order.order_id or "", body=body)
