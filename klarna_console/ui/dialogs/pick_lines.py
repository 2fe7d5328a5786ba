"""Picking units of order lines (to capture, or to refund from a capture): the table model and its spin boxes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from ...api.models import OrderLine
from ...domain.lines import line_part, parts_total
from ..models import RIGHT, TitledModel, money
from ..qt import Qt, QtCore, QtGui, QtWidgets

LeftRole = Qt.ItemDataRole.UserRole + 2


@dataclasses.dataclass
class PickRow:
    """One line: how many units are still available, and how many are picked."""

    line: OrderLine
    left: int
    quantity: int = 0


class PickLinesModel(TitledModel):
    """The lines to pick from; only the Quantity column is editable, between 0 and what is left.

    Signals:
        problem(str): a key typed into a quantity was refused, and why (naming the line and the limit).
    """

    problem = QtCore.Signal(str)

    REFERENCE, NAME, LEFT, UNIT_PRICE, QUANTITY, AMOUNT = range(6)
    TITLES = ("Reference", "Name", "Available", "Unit price", "Quantity", "Amount")  # see titles()

    @staticmethod
    def titles() -> tuple[str, ...]:
        """The column headers in the user's words."""
        return (QtCore.QCoreApplication.translate("PickLines", "Reference"), QtCore.QCoreApplication.translate("PickLines", "Name"), QtCore.QCoreApplication.translate("PickLines", "Available"), QtCore.QCoreApplication.translate("PickLines", "Unit price"), QtCore.QCoreApplication.translate("PickLines", "Quantity"), QtCore.QCoreApplication.translate("PickLines", "Amount"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.TITLES):
            return self.titles()[section]
        return super().headerData(section, orientation, role)

    def __init__(self, currency: Callable[[], str | None], locale: str,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.rows: list[PickRow] = []

    def set_lines(self, lines: Sequence[OrderLine], left: Sequence[int]) -> None:
        """Show these lines; quantities already picked for the same line are kept (within what is left)."""
        before = {(r.line.reference, r.line.name): r.quantity for r in self.rows}
        self.beginResetModel()
        self.rows = [PickRow(line, max(0, n), min(max(0, n), before.get((line.reference, line.name), 0)))
                     for line, n in zip(lines, left, strict=True)]
        self.endResetModel()

    def pick_all(self) -> None:
        """Pick every unit that is left."""
        for row in self.rows:
            row.quantity = row.left
        if self.rows:
            self.dataChanged.emit(self.index(0, self.QUANTITY), self.index(len(self.rows) - 1, self.AMOUNT))

    def parts(self) -> list[dict[str, Any]]:
        """The request lines of what is picked (discount and tax in proportion)."""
        return [self._part(r) for r in self.rows if r.quantity > 0]

    def total(self) -> int:
        """The amount of what is picked."""
        return parts_total(self.parts())

    def refuse(self, row: int, typed: str) -> None:
        """Say why what was typed into a row's quantity was not taken (the spin box keeps its value)."""
        if not (0 <= row < len(self.rows)):
            return
        name = (self.rows[row].line.name or "").strip()
        line = (QtCore.QCoreApplication.translate("PickLines", "Line {number} ({name})").format(number=row + 1, name=name) if name
                else QtCore.QCoreApplication.translate("PickLines", "Line {number}").format(number=row + 1))
        left = self.rows[row].left
        if typed.isdigit() and int(typed) > left:
            text = QtCore.QCoreApplication.translate("PickLines", "{line}: quantity at most {left} can be picked (what is left of the line).")
        else:
            text = QtCore.QCoreApplication.translate("PickLines", "{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.")
        self.problem.emit(text.format(line=line, left=left, typed=repr(typed)))

    def _amount(self, row: PickRow) -> int:
        return int(self._part(row)["total_amount"]) if row.quantity else 0

    @staticmethod
    def _part(row: PickRow) -> dict[str, Any]:
        # The units before these were taken earlier: the part continues their share of the discount.
        return line_part(row.line, row.quantity, done=(row.line.quantity or 0) - row.left)

    # --- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.QUANTITY and self.rows[index.row()].left > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            currency = self._currency()
            texts = (row.line.reference or "", row.line.name or "",
                     QtCore.QCoreApplication.translate("PickLines", "{left} of {quantity}").format(left=row.left, quantity=row.line.quantity or 0), money(row.line.unit_price, currency, self._locale),
                     str(row.quantity), money(self._amount(row), currency, self._locale))
            return texts[column]
        if role == Qt.ItemDataRole.EditRole and column == self.QUANTITY:
            return row.quantity
        if role == LeftRole:
            return row.left
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.LEFT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and row.left == 0:
            return QtCore.QCoreApplication.translate("PickLines", "Nothing of this line is left.")
        return None

    def setData(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.QUANTITY:
            return False
        row = self.rows[index.row()]
        try:
            wanted = int(value)
        except (TypeError, ValueError):
            return False
        wanted = max(0, min(row.left, wanted))
        if wanted != row.quantity:
            row.quantity = wanted
            self.dataChanged.emit(self.index(index.row(), self.QUANTITY), self.index(index.row(), self.AMOUNT))
        return True


class QuantitySpinBox(QtWidgets.QSpinBox):
    """A spin box that says when it refuses a key ("." or "-" in a quantity, or more than is left).

    Signals:
        refused(str): the printable text of a key press that changed nothing.
    """

    refused = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._refused: str | None = None  # what was typed since a refused mark ("2." of "2.5"), if anything

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        typed = event.text()
        shortcut = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                        | Qt.KeyboardModifier.MetaModifier)
        printable = bool(typed) and typed.isprintable() and not typed.isspace() and not shortcut
        if self._refused is not None and printable and typed.isdigit():
            # Digits after a refused "." or "-" belong to that number: "2.5" must not become 25.
            self._refused += typed
            event.accept()
            self.refused.emit(self._refused)
            return
        before, candidate = self.text(), self._candidate(typed)
        super().keyPressEvent(event)
        if printable and self.text() == before:
            self._refused = candidate if not typed.isdigit() else None
            self.refused.emit(candidate)
        else:
            self._refused = None

    def _candidate(self, typed: str) -> str:
        """The text as the key would have left it (replacing the selection, else at the cursor)."""
        edit, text = self.lineEdit(), self.text()
        if edit.hasSelectedText():
            start = edit.selectionStart()
            return text[:start] + typed + text[start + len(edit.selectedText()):]
        at = edit.cursorPosition()
        return text[:at] + typed + text[at:]

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802
        self._refused = None
        super().focusOutEvent(event)


class QuantityDelegate(QtWidgets.QStyledItemDelegate):
    """Spin boxes from 0 to what is left, committing on every step so the amount follows at once."""

    def createEditor(self, parent: QtWidgets.QWidget, option: QtWidgets.QStyleOptionViewItem,  # noqa: N802
                     index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> QtWidgets.QWidget:
        spin = QuantitySpinBox(parent)
        spin.setRange(0, int(index.data(LeftRole) or 0))
        model, row = index.model(), index.row()
        if isinstance(model, PickLinesModel):
            spin.refused.connect(lambda typed: model.refuse(row, typed))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        name = index.model().index(index.row(), PickLinesModel.NAME).data()
        spin.setAccessibleName(QtCore.QCoreApplication.translate("PickLines", "Quantity of {name}").format(name=name))
        spin.valueChanged.connect(lambda _value, s=spin: self.commitData.emit(s))
        return spin

    def eventFilter(self, editor: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        # Tab leaves the spin box for the next control, as everywhere else in the dialog; the delegate
        # would otherwise move between the table's cells and keep the focus in the table.
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QtWidgets.QWidget, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:  # noqa: N802
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        if isinstance(editor, QtWidgets.QSpinBox) and editor.value() != value:
            # Silently: the view calls this before it has registered a new editor, and a commit from an
            # editor it does not know yet is an error (the value comes from the model anyway).
            blocked = editor.blockSignals(True)
            editor.setValue(value)
            editor.blockSignals(blocked)

    def setModelData(self, editor: QtWidgets.QWidget, model: QtCore.QAbstractItemModel,  # noqa: N802
                     index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        if isinstance(editor, QtWidgets.QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class PickLinesView(QtWidgets.QTableView):
    """The pick table with a spin box always shown in each Quantity cell that can be changed."""

    def __init__(self, model: PickLinesModel, name: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setAccessibleName(name)
        self.setItemDelegateForColumn(PickLinesModel.QUANTITY, QuantityDelegate(self))
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes to the spin boxes and on, never round the cells
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        self.setWordWrap(False)
        self.setMinimumHeight(120)
        model.modelReset.connect(self._open_editors)

    def _open_editors(self) -> None:
        model = self.model()
        previous: QtWidgets.QWidget = self
        for row in range(model.rowCount()):
            index = model.index(row, PickLinesModel.QUANTITY)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.openPersistentEditor(index)
                spin = self.spin_box(row)
                if spin is not None:
                    # Created after the rest of the dialog: put them right after the table in Tab order.
                    QtWidgets.QWidget.setTabOrder(previous, spin)
                    previous = spin
        self.resizeColumnsToContents()
        self.setColumnWidth(PickLinesModel.QUANTITY, 80)
        header = self.horizontalHeader()
        header.setSectionResizeMode(PickLinesModel.NAME, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # Money is never cut: the amount grows with the quantity picked ("0.00 kr." becomes "1,290.00 kr.").
        header.setSectionResizeMode(PickLinesModel.AMOUNT, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)

    def spin_box(self, row: int) -> QtWidgets.QSpinBox | None:
        """The spin box of a row (what a person types in)."""
        widget = self.indexWidget(self.model().index(row, PickLinesModel.QUANTITY))
        return widget if isinstance(widget, QtWidgets.QSpinBox) else None
