"""Shipments (carrier, method, tracking, return tracking): the row editor, and the two "Add shipping info" dialogs."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ...api.requests import SHIPPING_METHODS
from ...domain.rules import Action
from ...services.actions import ActionRequest
from .. import status_text
from ..qt import Qt, QtCore, QtWidgets
from .base import ActionDialog
from .fields import FieldError, FieldMessages, Incomplete, error_label, hint_label


def fields() -> tuple[tuple[str, str], ...]:
    """A shipment's fields with their captions."""
    return (
        ("shipping_company", QtCore.QCoreApplication.translate("ShippingInfo", "Carrier")),
        ("shipping_method", QtCore.QCoreApplication.translate("ShippingInfo", "Method")),
        ("tracking_number", QtCore.QCoreApplication.translate("ShippingInfo", "Tracking number")),
        ("tracking_uri", QtCore.QCoreApplication.translate("ShippingInfo", "Tracking link")),
        ("return_shipping_company", QtCore.QCoreApplication.translate("ShippingInfo", "Return carrier")),
        ("return_tracking_number", QtCore.QCoreApplication.translate("ShippingInfo", "Return tracking number")),
        ("return_tracking_uri", QtCore.QCoreApplication.translate("ShippingInfo", "Return tracking link")),
    )
_LINKS = ("tracking_uri", "return_tracking_uri")


class ShipmentRow(QtWidgets.QGroupBox):
    """One shipment's inputs, each with its message line.

    Signals:
        changed(): an input changed.
        remove_requested(): the user clicked Remove.
    """

    changed = QtCore.Signal()
    remove_requested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QtWidgets.QLineEdit | QtWidgets.QComboBox] = {}
        self.messages: dict[str, QtWidgets.QLabel] = {}
        grid = QtWidgets.QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.captions = dict(fields())
        for position, (name, caption) in enumerate(fields()):
            if name == "shipping_method":
                box = QtWidgets.QComboBox()
                box.addItem(QtCore.QCoreApplication.translate("ShippingInfo", "(not given)"), "")
                for method in SHIPPING_METHODS:  # the user's words shown; Klarna's code is what is sent
                    box.addItem(status_text.shipping_method(method), method)
                box.currentIndexChanged.connect(lambda _i: self.changed.emit())
                widget: QtWidgets.QLineEdit | QtWidgets.QComboBox = box
            else:
                edit = QtWidgets.QLineEdit()
                edit.setPlaceholderText(QtCore.QCoreApplication.translate("ShippingInfo", "https://…")
                                        if name in _LINKS else "")
                edit.textChanged.connect(lambda _t: self.changed.emit())
                widget = edit
            label = QtWidgets.QLabel(caption)
            label.setBuddy(widget)
            message = error_label(QtCore.QCoreApplication.translate("ShippingInfo", "{field}: problem").format(field=caption))
            # One field a row, its input as wide as the dialog: side by side in two columns, the long
            # captions of Finnish and German left a tracking number 30 px to show itself in.
            grid.addWidget(label, position * 2, 0)
            grid.addWidget(widget, position * 2, 1)
            grid.addWidget(message, position * 2 + 1, 1)
            self.inputs[name] = widget
            self.messages[name] = message
        grid.setColumnStretch(1, 1)
        self.general = error_label(QtCore.QCoreApplication.translate("ShippingInfo", "Shipment: problem"))
        self.remove = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ShippingInfo", "Remove shipment"))
        last = len(self.captions) * 2
        grid.addWidget(self.general, last, 0, 1, 2)
        grid.addWidget(self.remove, last + 1, 1, Qt.AlignmentFlag.AlignRight)
        self.remove.clicked.connect(self.remove_requested)

    def set_number(self, number: int) -> None:
        """Title and accessible names for the n-th shipment."""
        self.setTitle(QtCore.QCoreApplication.translate("ShippingInfo", "Shipment {number}").format(number=number))
        for name, caption in self.captions.items():
            self.inputs[name].setAccessibleName(QtCore.QCoreApplication.translate("ShippingInfo", "{field} of shipment {number}").format(field=caption, number=number))
        self.remove.setAccessibleName(QtCore.QCoreApplication.translate("ShippingInfo", "Remove shipment {number}").format(number=number))

    def focusables(self) -> list[QtWidgets.QWidget]:
        """The row's controls in Tab order."""
        return [*self.inputs.values(), self.remove]

    def value(self) -> dict[str, str]:
        """The filled-in fields (empty ones are left out of the request)."""
        item: dict[str, str] = {}
        for name, widget in self.inputs.items():
            text = str(widget.currentData() or "") if isinstance(widget, QtWidgets.QComboBox) else widget.text().strip()
            if text:
                item[name] = text
        return item

    def fill(self, item: dict[str, str]) -> None:
        """Put values into the inputs."""
        for name, text in item.items():
            widget = self.inputs[name]
            if isinstance(widget, QtWidgets.QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(text)))
            else:
                widget.setText(text)


class ShippingInfoEditor(QtWidgets.QWidget):
    """A list of shipments with Add and Remove; messages about `shipping_info[i].field` go next to that input.

    Signals:
        changed(): a shipment was added, removed or edited.
    """

    changed = QtCore.Signal()

    def __init__(self, messages: FieldMessages, *, rows: int = 0, field: str = "shipping_info",
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self._field = field
        self.rows: list[ShipmentRow] = []
        self.add_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ShippingInfo", "Add s&hipment"))
        self.add_button.setAccessibleName(QtCore.QCoreApplication.translate("ShippingInfo", "Add a shipment"))
        self.add_button.clicked.connect(self.add_row)
        self.message = error_label(QtCore.QCoreApplication.translate("ShippingInfo", "Shipments: problem"))
        self._rows_layout = QtWidgets.QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)  # shipments keep their natural height in a tall scroll area
        messages.add(field, self.message)
        for _ in range(rows):
            self.add_row()

    def add_row(self) -> ShipmentRow:
        """A new, empty shipment at the end, placed before Add in the Tab order."""
        row = ShipmentRow()
        previous = self.add_button.previousInFocusChain()
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda r=row: self.remove_row(r))
        chain = [*([previous] if previous is not None else []), *row.focusables(), self.add_button]
        for first, second in pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)
        self._renumber()
        row.inputs["shipping_company"].setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: ShipmentRow) -> None:
        """Drop a shipment."""
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self.add_button.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        self._messages.remove(f"{self._field}[")
        for i, row in enumerate(self.rows):
            row.set_number(i + 1)
            self._messages.add(f"{self._field}[{i}]", row.general)
            for name, label in row.messages.items():
                self._messages.add(f"{self._field}[{i}].{name}", label)

    def items(self) -> list[dict[str, Any]]:
        """The shipments as request items; FieldError for an empty shipment or a link that is not one."""
        found: list[dict[str, Any]] = []
        for i, row in enumerate(self.rows):
            item = row.value()
            if not item:
                raise Incomplete(f"{self._field}[{i}]", QtCore.QCoreApplication.translate("ShippingInfo", "Fill in the carrier or a tracking number, or "
                                                          "remove this shipment."))
            for name in _LINKS:
                link = item.get(name, "")
                if link and not link.lower().startswith(("https://", "http://")):
                    raise FieldError(f"{self._field}[{i}].{name}", QtCore.QCoreApplication.translate("ShippingInfo", "Enter the whole link, starting with https://"))
            found.append(item)
        return found


class ShippingInfoDialog(ActionDialog):
    """Report shipments (carrier and tracking) of the order, or of one of its captures."""

    action = Action.ADD_ORDER_SHIPPING_INFO

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("ShippingInfo", "&Add shipping info")

    def _setup_body(self) -> None:
        if self.on_capture:
            self.add_capture_chooser()
            intro = QtCore.QCoreApplication.translate("ShippingInfo", "Klarna shows the tracking in the customer's app for this capture, and uses it when "
                       "the customer reports a missing parcel.")
        else:
            intro = QtCore.QCoreApplication.translate("ShippingInfo", "Tracking known before the capture: Klarna shows it in the customer's app. Add it to "
                       "the capture instead once the order is captured.")
        self.body_layout.addWidget(hint_label(intro))
        self.shipments = ShippingInfoEditor(self.messages, rows=1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.shipments)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(260)
        self.body_layout.addWidget(scroll, 1)
        self.watch(self.shipments)
        self.resize(680, 460)

    def build_request(self) -> ActionRequest:
        items = self.shipments.items()
        if not items:
            raise FieldError("shipping_info", QtCore.QCoreApplication.translate("ShippingInfo", "Add at least one shipment."))
        return ActionRequest(self.action, self.order.order_id or "", self.capture_id(),
                             body={"shipping_info": items})


class CaptureShippingInfoDialog(ShippingInfoDialog):
    """Report shipments of one capture."""

    action = Action.ADD_CAPTURE_SHIPPING_INFO
    on_capture = True
