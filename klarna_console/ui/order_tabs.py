"""The order pane's tab contents: line columns, shipping rows, the customer tab, journal wording."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..api.models import Address, Order, OrderLine, ShippingInfo
from ..domain.money import format_percent
from ..store.values import JournalEntry
from .badges import dimmed
from .models import RIGHT, Column, money
from .order_header import copyable
from .qt import Qt, QtCore, QtWidgets


def line_type(kind: str | None) -> str:
    """Klarna's order line type in words ("shipping fee"); a type this console does not know as Klarna sent it."""
    words = {
        "physical": QtCore.QCoreApplication.translate("OrderTabs", "physical"),
        "digital": QtCore.QCoreApplication.translate("OrderTabs", "digital"),
        "discount": QtCore.QCoreApplication.translate("OrderTabs", "discount"),
        "shipping_fee": QtCore.QCoreApplication.translate("OrderTabs", "shipping fee"),
        "sales_tax": QtCore.QCoreApplication.translate("OrderTabs", "sales tax"),
        "store_credit": QtCore.QCoreApplication.translate("OrderTabs", "store credit"),
        "gift_card": QtCore.QCoreApplication.translate("OrderTabs", "gift card"),
        "surcharge": QtCore.QCoreApplication.translate("OrderTabs", "surcharge"),
        "return_fee": QtCore.QCoreApplication.translate("OrderTabs", "return fee"),
    }
    return words.get(kind or "", (kind or "").replace("_", " "))


def _pct(basis_points: int | None, locale: str) -> str:
    """Klarna's tax rate (hundredths of a percent) as the locale writes a percentage per CLDR: "25 %" (de)."""
    return "" if basis_points is None else format_percent(basis_points, locale)


def line_columns(currency: Callable[[], str | None], locale: str) -> list[Column[OrderLine]]:
    """Columns of an order's (or a capture's, or a refund's) lines."""
    def amount(get: Callable[[OrderLine], int | None]) -> Callable[[OrderLine], str]:
        return lambda line: money(get(line), currency(), locale)

    return [
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Reference"), lambda line: line.reference or "", elide=True),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Name"), lambda line: line.name or "", tooltip=lambda line: line.product_url, elide=True),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Type"), lambda line: line_type(line.type)),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Qty"), lambda line: "" if line.quantity is None else f"{line.quantity} {line.quantity_unit or ''}".strip(),
               align=RIGHT, sort=lambda line: line.quantity or 0),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Unit price"), amount(lambda line: line.unit_price), align=RIGHT),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Tax rate"), lambda line: _pct(line.tax_rate, locale), align=RIGHT),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Discount"), amount(lambda line: line.total_discount_amount), align=RIGHT),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Total"), amount(lambda line: line.total_amount), align=RIGHT),
        Column(QtCore.QCoreApplication.translate("OrderTabs", "Tax"), amount(lambda line: line.total_tax_amount), align=RIGHT),
    ]


def lines_summary(lines: Sequence[OrderLine] | None) -> str:
    return ", ".join(f"{line.quantity or 0} × {line.name}" for line in (lines or [])[:3]) + (
        "…" if lines and len(lines) > 3 else "")


class ShippingRow:
    """A shipping info with where it belongs: the order or one of its captures."""

    def __init__(self, where: str, info: ShippingInfo) -> None:
        self.where, self.info = where, info


def entry_message(entry: JournalEntry) -> str:
    """Klarna's messages, and the note a person or Check with Klarna left."""
    return "; ".join([*entry.error_messages, *([QtCore.QCoreApplication.translate("OrderTabs", "Note: {note}").format(note=entry.note)] if entry.note else [])])


def _address_text(address: Address | None) -> str:
    if address is None:
        return "—"
    name = " ".join(p for p in (address.title, address.given_name, address.family_name) if p)
    place = " ".join(p for p in (address.postal_code, address.city) if p)
    body = [name, address.organization_name, address.attention and QtCore.QCoreApplication.translate("OrderTabs", "Attn: {name}").format(name=address.attention),
            address.street_address, address.street_address2, place, address.region, (address.country or "").upper()]
    contact = [address.email, address.phone]
    text = "\n".join(line for line in body if line)
    return text + ("\n\n" + "\n".join(c for c in contact if c) if any(contact) else "")


class CustomerTab(QtWidgets.QWidget):
    """Billing and shipping addresses side by side, and what Klarna shares about the customer."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.billing = copyable()
        self.shipping = copyable()
        self.customer = copyable()
        for label, name in ((self.billing, QtCore.QCoreApplication.translate("OrderTabs", "Billing address")), (self.shipping, QtCore.QCoreApplication.translate("OrderTabs", "Shipping address")),
                            (self.customer, QtCore.QCoreApplication.translate("OrderTabs", "Customer"))):
            label.setAccessibleName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        boxes = QtWidgets.QHBoxLayout()
        for title, label, note in (
            (QtCore.QCoreApplication.translate("OrderTabs", "Billing address"), self.billing, QtCore.QCoreApplication.translate("OrderTabs", "Klarna does not let merchants change it (risk assessment).")),
            (QtCore.QCoreApplication.translate("OrderTabs", "Shipping address"), self.shipping, QtCore.QCoreApplication.translate("OrderTabs", "Can be changed while the order is open.")),
        ):
            group = QtWidgets.QGroupBox(title)
            inner = QtWidgets.QVBoxLayout(group)
            inner.addWidget(label)
            inner.addStretch(1)
            hint = QtWidgets.QLabel(note)
            hint.setWordWrap(True)
            dimmed(hint)
            inner.addWidget(hint)
            boxes.addWidget(group)
        group = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("OrderTabs", "Customer"))
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
            QtCore.QCoreApplication.translate("OrderTabs", "Date of birth: {date}").format(date=customer.date_of_birth) if customer and customer.date_of_birth else "",
            # Shown masked: agents rarely need it and screenshots travel.
            QtCore.QCoreApplication.translate("OrderTabs", "National id: •••• {last_digits}").format(last_digits=national[-4:]) if national and len(national) > 4 else "",
            QtCore.QCoreApplication.translate("OrderTabs", "Country: {country} · Locale: {locale}").format(country=(order.purchase_country or "").upper(),
                                                                     locale=order.locale or ""),
        ]
        self.customer.setText("\n".join(f for f in facts if f))
