"""Table columns as wide as what they show, through resizes and new content."""

from __future__ import annotations

from klarna_console.store import OrderRow
from klarna_console.ui.models import Column, RecordsModel
from klarna_console.ui.qt import Qt, QtCore
from klarna_console.ui.search_pane import ResultsModel, ResultsView, result_columns
from klarna_console.ui.tables import Table

from .test_models import NOW, FakeStore


def order(n: int, reference: str) -> OrderRow:
    return OrderRow(
        order_id=f"00000000-0000-4000-8000-{n:012d}", status="AUTHORIZED", fraud_status="ACCEPTED",
        currency="SEK", order_amount=10000 + n, captured_amount=0, refunded_amount=0, remaining_amount=10000 + n,
        created_at=NOW, expires_at=NOW, klarna_reference=reference, merchant_reference1=str(n),
        merchant_reference2=None, customer_name=f"Customer {n}", email=None, phone=None, postal_code=None,
        fetched_at=NOW)


def test_a_tables_columns_follow_its_records_and_keep_their_width_through_resizes(qtbot):
    model = RecordsModel([Column("Name", str), Column("Qty", lambda _r: "1")])
    table = Table(model, "Names")
    qtbot.addWidget(table)
    model.set_records(["Ann"])
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    table.fit()
    short = table.columnWidth(0)
    model.set_records(["Annabelle Wilhelmina Featherstonehaugh"])
    table.fit()
    wide = table.columnWidth(0)
    assert wide > short + 100
    for width in (620, 580, 640):
        table.resize(width, 200)
        table.fit()
        assert table.columnWidth(0) == wide
    model.set_records(["Ann"])
    table.fit()
    assert table.columnWidth(0) == short


def test_the_results_columns_follow_new_results_at_the_same_size(qtbot):
    model = ResultsModel(result_columns("en"), FakeStore(2).fetch)
    view = ResultsView()
    view.setModel(model)
    qtbot.addWidget(view)
    model.reset(None, 2, [order(1, "K1"), order(2, "K2")])
    view.resize(1400, 400)
    view.show()
    qtbot.waitExposed(view)
    view.fit_columns()
    reference = 5  # Klarna ref
    short = view.columnWidth(reference)
    model.reset(None, 2, [order(1, "K" * 40), order(2, "K2")])
    view.fit_columns()
    assert view.columnWidth(reference) > short + 100
    model.reset(None, 2, [order(1, "K1"), order(2, "K2")])
    view.fit_columns()
    assert view.columnWidth(reference) == short


class Titled(QtCore.QAbstractTableModel):
    """One row under titles that can change."""

    def __init__(self) -> None:
        super().__init__()
        self.titles = ["A", "B"]

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 1

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


def test_a_column_fits_its_title_again_when_the_title_changes(qtbot):
    model = Titled()
    table = Table(model, "Titles")
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    table.fit()
    short = table.columnWidth(0)
    model.titles[0] = "A much longer title than before"
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
    table.fit()
    assert table.columnWidth(0) > short + 100
    assert table.horizontalHeader().sectionsClickable()  # a click on a title still sorts where sorting is on
