"""An editable table of order lines (for a new order amount): totals and tax recomputed as one types."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from ...api.models import OrderLine
from ...api.requests import LINE_TYPES
from ...domain.lines import line_tax, line_total
from ...domain.money import AmountError, format_amount, parse_amount
from .. import reason_text
from ..models import RIGHT, TitledModel, money
from ..qt import Qt, QtCore, QtGui, QtWidgets

# Fields of a line that the table does not show but that must survive an edit (Klarna replaces all lines).
_KEPT = ("quantity_unit", "merchant_data", "product_url", "image_url")
# Klarna's order_line.quantity is a whole number from 0 (the spec's minimum); the upper bound is the console's.
MAX_QUANTITY = 1_000_000
_WHOLE = re.compile(r"\d+")


@dataclasses.dataclass
class DraftLine:
    """A line being edited; amounts in minor units, tax rate in basis points (None: not given)."""

    name: str = ""
    reference: str = ""
    type: str = "physical"
    quantity: int = 1
    unit_price: int = 0
    discount: int = 0
    tax_rate: int | None = None
    kept: dict[str, Any] = dataclasses.field(default_factory=dict)
    # What was typed into a cell but cannot be used (column -> (text, why)); the line cannot be sent then.
    typed: dict[int, tuple[str, str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_line(cls, line: OrderLine) -> DraftLine:
        """A draft of an order's line."""
        kept = {name: getattr(line, name) for name in _KEPT if getattr(line, name) is not None}
        return cls(line.name or "", line.reference or "", line.type or "physical", line.quantity or 0,
                   line.unit_price or 0, line.total_discount_amount or 0, line.tax_rate, kept)

    @property
    def total(self) -> int:
        """quantity × unit price − discount."""
        return line_total(self.quantity, self.unit_price, self.discount)

    @property
    def tax(self) -> int | None:
        """The tax included in the total, when a rate is given."""
        return None if self.tax_rate is None else line_tax(self.total, self.tax_rate)

    def body(self) -> dict[str, Any]:
        """The line as the request sends it."""
        body: dict[str, Any] = {"name": self.name, "quantity": self.quantity, "unit_price": self.unit_price,
                                "total_amount": self.total, "type": self.type, **self.kept}
        if self.reference:
            body["reference"] = self.reference
        if self.discount:
            body["total_discount_amount"] = self.discount
        if self.tax_rate is not None:
            body["tax_rate"] = self.tax_rate
            body["total_tax_amount"] = self.tax
        return body


def line_type_text(kind: str) -> str:
    """An order line's type (the spec's names) in the user's words."""
    words = {"physical": QtCore.QCoreApplication.translate("LinesEdit", "physical"), "discount": QtCore.QCoreApplication.translate("LinesEdit", "discount", "line type"), "shipping_fee": QtCore.QCoreApplication.translate("LinesEdit", "shipping fee"),
             "sales_tax": QtCore.QCoreApplication.translate("LinesEdit", "sales tax"), "store_credit": QtCore.QCoreApplication.translate("LinesEdit", "store credit"), "gift_card": QtCore.QCoreApplication.translate("LinesEdit", "gift card"),
             "digital": QtCore.QCoreApplication.translate("LinesEdit", "digital"), "surcharge": QtCore.QCoreApplication.translate("LinesEdit", "surcharge"), "return_fee": QtCore.QCoreApplication.translate("LinesEdit", "return fee")}
    return words.get(kind, kind.replace("_", " "))


class EditableLinesModel(TitledModel):
    """Order lines to edit: every column but Total and Tax can be changed.

    Signals:
        problem(str): an edit was refused, and why (e.g. "'1,2,3' is not an amount").
    """

    problem = QtCore.Signal(str)
    NAME, REFERENCE, TYPE, QUANTITY, UNIT_PRICE, DISCOUNT, TAX_RATE, TOTAL, TAX = range(9)
    TITLES = ("Name", "Reference", "Type", "Qty", "Unit price", "Discount", "Tax rate %", "Total", "Tax")  # see titles()
    FIELDS = ("name", "reference", "type", "quantity", "unit_price", "total_discount_amount", "tax_rate",
              "total_amount", "total_tax_amount")
    EDITABLE = frozenset(range(7))

    def __init__(self, currency: Callable[[], str | None], locale: str,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.lines: list[DraftLine] = []
        self.edited = False  # whether anything differs from the lines the table started with

    @staticmethod
    def titles() -> tuple[str, ...]:
        """The column headers in the user's words."""
        return (QtCore.QCoreApplication.translate("LinesEdit", "Name"), QtCore.QCoreApplication.translate("LinesEdit", "Reference"), QtCore.QCoreApplication.translate("LinesEdit", "Type"), QtCore.QCoreApplication.translate("LinesEdit", "Qty"), QtCore.QCoreApplication.translate("LinesEdit", "Unit price"), QtCore.QCoreApplication.translate("LinesEdit", "Discount"),
                QtCore.QCoreApplication.translate("LinesEdit", "Tax rate %"), QtCore.QCoreApplication.translate("LinesEdit", "Total"), QtCore.QCoreApplication.translate("LinesEdit", "Tax"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.TITLES):
            return self.titles()[section]
        return super().headerData(section, orientation, role)

    def set_lines(self, lines: Sequence[OrderLine]) -> None:
        """Start from the order's lines."""
        self.beginResetModel()
        self.lines = [DraftLine.from_line(line) for line in lines]
        self.edited = False
        self.endResetModel()

    def add_line(self, line: DraftLine | None = None) -> int:
        """Append a line (an empty physical one by default); returns its row."""
        row = len(self.lines)
        self.beginInsertRows(QtCore.QModelIndex(), row, row)
        self.lines.append(line or DraftLine(tax_rate=self.lines[0].tax_rate if self.lines else None))
        self.edited = True
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        """Drop a line."""
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QtCore.QModelIndex(), row, row)
            del self.lines[row]
            self.edited = True
            self.endRemoveRows()

    def total(self) -> int:
        """The new order amount: the sum of the line totals."""
        return sum(line.total for line in self.lines)

    def bodies(self) -> list[dict[str, Any]]:
        """The lines as the request sends them."""
        return [line.body() for line in self.lines]

    def line_name(self, row: int) -> str:
        """A line as the messages name it: "Line 2 (Blue mug)"."""
        name = self.lines[row].name.strip()
        if name:
            return QtCore.QCoreApplication.translate("LinesEdit", "Line {number} ({name})").format(number=row + 1, name=name)
        return QtCore.QCoreApplication.translate("LinesEdit", "Line {number}").format(number=row + 1)

    def problems(self) -> list[tuple[str, str]]:
        """What keeps the lines from being sent, as (request field, message naming the line and the limit)."""
        found: list[tuple[str, str]] = []
        for row, line in enumerate(self.lines):
            for column, (_text, why) in sorted(line.typed.items()):
                found.append((f"order_lines[{row}].{self.FIELDS[column]}",
                              QtCore.QCoreApplication.translate("LinesEdit", "{line}: {problem}").format(line=self.line_name(row), problem=why)))
            gross = line.quantity * line.unit_price
            if line.discount and line.discount > max(gross, 0) and self.DISCOUNT not in line.typed:
                # Klarna's total_amount is quantity × unit_price − total_discount_amount (spec, order_line): a
                # discount larger than the line would turn a sale into a payout.
                limit = self.money_text(max(gross, 0))
                found.append((f"order_lines[{row}].total_discount_amount",
                              QtCore.QCoreApplication.translate("LinesEdit", "{line}: discount {discount} is more than the line's {limit} (quantity × unit "
                                "price); at most {limit}.").format(line=self.line_name(row),
                                                                   discount=self.money_text(line.discount),
                                                                   limit=limit)))
        return found

    def money_text(self, minor: int) -> str:
        """An amount in the order's currency."""
        return money(minor, self._currency(), self._locale)

    # --- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.lines)

    def flags(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else flags

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        line, column = self.lines[index.row()], index.column()
        typed = line.typed.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return typed[0] if typed else self._text(line, column)
        if role == Qt.ItemDataRole.EditRole and column in self.EDITABLE:
            return typed[0] if typed else self._edit_value(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.QUANTITY:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and (typed or (column == self.DISCOUNT and self._too_big(line))):
            return QtGui.QBrush(QtGui.QColor("#b91c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and typed:
            return typed[1]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TOTAL, self.TAX):
            return QtCore.QCoreApplication.translate("LinesEdit", "Computed: quantity × unit price − discount; tax included at the rate.")
        return None

    @staticmethod
    def _too_big(line: DraftLine) -> bool:
        return line.discount > max(line.quantity * line.unit_price, 0)

    def _text(self, line: DraftLine, column: int) -> str:
        currency = self._currency()
        if column == self.TYPE:
            return line_type_text(line.type)
        if column == self.TAX_RATE:
            return "" if line.tax_rate is None else f"{line.tax_rate / 100:g}"  # display only, never money
        if column in (self.UNIT_PRICE, self.DISCOUNT, self.TOTAL, self.TAX):
            value = {self.UNIT_PRICE: line.unit_price, self.DISCOUNT: line.discount, self.TOTAL: line.total,
                     self.TAX: line.tax}[column]
            return money(value, currency, self._locale)
        return str(self._edit_value(line, column))

    def _edit_value(self, line: DraftLine, column: int) -> Any:
        currency = self._currency()
        if column == self.NAME:
            return line.name
        if column == self.REFERENCE:
            return line.reference
        if column == self.TYPE:
            return line.type
        if column == self.QUANTITY:
            return str(line.quantity)  # typed as text, so "2.5" reaches the check instead of a spin box's "25"
        if column == self.UNIT_PRICE:
            return format_amount(line.unit_price, currency, self._locale, with_currency=False)
        if column == self.DISCOUNT:
            return format_amount(line.discount, currency, self._locale, with_currency=False)
        if column == self.TAX_RATE:
            # Basis points read and written as an amount with two decimals: "25" is 2500, "7,5" is 750.
            return "" if line.tax_rate is None else format_amount(line.tax_rate, "EUR", self._locale,
                                                                  with_currency=False)
        return None

    def setData(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        line, column = self.lines[index.row()], index.column()
        before = dataclasses.replace(line, typed=dict(line.typed))
        try:
            self._apply(line, column, value)
        except (AmountError, ValueError, TypeError) as error:
            # Kept as typed and shown in red, so the line cannot be sent until it is corrected.
            why = reason_text.text(error.reason, self._locale) if isinstance(error, AmountError) else str(error)
            # The quantity's message is a whole sentence already ("quantity must be …").
            line.typed[column] = (str(value).strip(), why if column == self.QUANTITY
                                  else QtCore.QCoreApplication.translate("LinesEdit", "{field}: {problem}").format(field=self._caption(column), problem=why))
            self.problem.emit(QtCore.QCoreApplication.translate("LinesEdit", "{line}: {problem}").format(line=self.line_name(index.row()),
                                                             problem=line.typed[column][1]))
        else:
            line.typed.pop(column, None)
        if line != before:
            self.edited = True
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.TITLES) - 1))
        return column not in line.typed  # False: the value was not taken (it stays shown, in red, as typed)

    def _caption(self, column: int) -> str:
        return {self.NAME: QtCore.QCoreApplication.translate("LinesEdit", "name"), self.REFERENCE: QtCore.QCoreApplication.translate("LinesEdit", "reference"), self.TYPE: QtCore.QCoreApplication.translate("LinesEdit", "type"),
                self.QUANTITY: QtCore.QCoreApplication.translate("LinesEdit", "quantity"), self.UNIT_PRICE: QtCore.QCoreApplication.translate("LinesEdit", "unit price"), self.DISCOUNT: QtCore.QCoreApplication.translate("LinesEdit", "discount"),
                self.TAX_RATE: QtCore.QCoreApplication.translate("LinesEdit", "tax rate")}.get(column, "")

    def _apply(self, line: DraftLine, column: int, value: Any) -> None:
        currency = self._currency()
        text = str(value).strip() if not isinstance(value, int) else ""
        if column == self.NAME:
            line.name = text
        elif column == self.REFERENCE:
            line.reference = text
        elif column == self.TYPE:
            if text not in LINE_TYPES:
                raise ValueError(QtCore.QCoreApplication.translate("LinesEdit", "{typed} is not a line type; use one of {types}").format(
                    typed=repr(text), types=", ".join(line_type_text(kind) for kind in LINE_TYPES)))
            line.type = text
        elif column == self.QUANTITY:
            typed = str(value).strip()
            if not _WHOLE.fullmatch(typed) or int(typed) > MAX_QUANTITY:
                raise ValueError(QtCore.QCoreApplication.translate("LinesEdit", "quantity must be a whole number from 0 to {max}; {typed} is not").format(
                    max=f"{MAX_QUANTITY:,}", typed=repr(typed)))
            line.quantity = int(typed)
        elif column == self.UNIT_PRICE:
            # Discounts and store credit are lines with a negative price.
            line.unit_price = parse_amount(text, currency, self._locale, allow_negative=True)
        elif column == self.DISCOUNT:
            line.discount = parse_amount(text or "0", currency, self._locale)
        elif column == self.TAX_RATE:
            line.tax_rate = None if not text else parse_amount(text.rstrip("%").strip(), "EUR", self._locale)


class LineTypeDelegate(QtWidgets.QStyledItemDelegate):
    """A drop-down of the spec's line types."""

    def createEditor(self, parent: QtWidgets.QWidget, option: QtWidgets.QStyleOptionViewItem,  # noqa: N802
                     index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> QtWidgets.QWidget:
        box = QtWidgets.QComboBox(parent)
        box.setAccessibleName(QtCore.QCoreApplication.translate("LinesEdit", "Line type"))
        for kind in LINE_TYPES:
            box.addItem(line_type_text(kind), kind)
        return box

    def setEditorData(self, editor: QtWidgets.QWidget, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QtWidgets.QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QtWidgets.QWidget, model: QtCore.QAbstractItemModel,  # noqa: N802
                     index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        if isinstance(editor, QtWidgets.QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
