"""Item models: Qt's model checks pass, and 100,000 results scroll without loading them all."""

from __future__ import annotations

import asyncio
import datetime as dt

import msgspec
from klarna_console.api.models import OrderLine
from klarna_console.store import OrderRow
from klarna_console.ui.models import Column, RecordsModel
from klarna_console.ui.order_view import line_columns
from klarna_console.ui.qt import Qt, QtWidgets
from klarna_console.ui.search_pane import ResultsModel, result_columns

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc)


def row(n: int) -> OrderRow:
    return OrderRow(
        order_id=f"00000000-0000-4000-8000-{n:012d}", status="AUTHORIZED", fraud_status="ACCEPTED",
        currency="SEK", order_amount=10000 + n, captured_amount=0, refunded_amount=0, remaining_amount=10000 + n,
        created_at=NOW - dt.timedelta(minutes=n), expires_at=NOW + dt.timedelta(days=3), klarna_reference=f"K{n:06d}",
        merchant_reference1=str(n), merchant_reference2=None, customer_name=f"Customer {n}", email=None, phone=None,
        postal_code=None, fetched_at=NOW)


class FakeStore:
    """100,000 rows that exist only as they are asked for, counting every page request."""

    def __init__(self, total: int = 100_000) -> None:
        self.total = total
        self.requests: list[tuple[int, int]] = []

    async def fetch(self, _query: object, offset: int, limit: int) -> list[OrderRow]:
        self.requests.append((offset, limit))
        await asyncio.sleep(0)
        return [row(n) for n in range(offset, min(offset + limit, self.total))]


def test_records_model_passes_qt_model_checks(qtmodeltester):
    model = RecordsModel(line_columns(lambda: "SEK", "sv-SE"))
    model.set_records([OrderLine(name="Kaffe", quantity=2, unit_price=4500, total_amount=9000, tax_rate=1200),
                       OrderLine(name="Rabatt", type="discount", quantity=1, unit_price=-1000, total_amount=-1000)])
    qtmodeltester.check(model)
    assert model.index(0, 7).data() == "90,00\u00a0kr"
    assert model.index(0, 5).data() == "12\u00a0%"  # CLDR sv: a no-break space before the percent sign


def test_results_model_passes_qt_model_checks(qtmodeltester, qloop):
    store = FakeStore(total=1000)
    model = ResultsModel(result_columns("en-GB"), store.fetch)
    model.reset("query", 1000, [row(n) for n in range(200)])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Customer 0"
    assert model.index(0, 1).data() == "SEK\u00a0100.00"  # CLDR en-GB: the code before, set apart


def test_100k_rows_scroll_without_loading_them_all(qtbot, qloop):
    store = FakeStore()
    model = ResultsModel(result_columns("en"), store.fetch)
    view = QtWidgets.QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.reset("query", store.total, [row(n) for n in range(200)])
    assert model.rowCount() == 100_000
    bar = view.verticalScrollBar()
    for fraction in (0.25, 0.5, 0.999, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().topLeft()).data() not in (None, "…"))
    last = model.index(99_999, 0)
    view.scrollTo(last)
    qtbot.waitUntil(lambda: last.data() == "Customer 99999")
    assert len(store.requests) <= 8, "only the pages that were on screen were fetched"
    assert model.loaded_rows() <= 10 * model.PAGE


def test_a_new_query_drops_pages_of_the_old_one(qtbot, qloop):
    store = FakeStore()
    model = ResultsModel(result_columns("en"), store.fetch)
    model.reset("old", store.total)
    assert model.index(5000, 0).data() == "…"  # asks for the page
    model.reset("new", 10, [row(n) for n in range(10)])
    qtbot.wait(20)
    assert model.rowCount() == 10 and model.index(9, 0).data() == "Customer 9"


def test_no_row_asks_for_no_page(qtbot, qloop):
    """An invalid index's row (-1, no current row) has no record, and asks the store for nothing."""
    store = FakeStore()
    model = ResultsModel(result_columns("en"), store.fetch)
    model.reset("q", store.total, [row(n) for n in range(ResultsModel.PAGE)])
    assert model.record(-1) is None
    qtbot.wait(20)
    assert store.requests == []


def test_sorting_asks_the_store(qtbot):
    model = ResultsModel(result_columns("en"), FakeStore().fetch)
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(1, Qt.SortOrder.AscendingOrder)
    assert asked.args == ["order_amount", False]


def test_a_cell_shows_what_its_record_says_now_though_its_text_is_formatted_once(qtbot):
    # Painting and fitting the columns read each cell several times: its text is kept, and must never
    # outlive a change the user made or Klarna reported (new records, a payout that settles a capture).
    settled = {"state": "not paid out"}
    model = RecordsModel([Column("Payout", lambda n: f"{n} {settled['state']}")])
    model.set_records([1, 2])
    assert model.index(0, 0).data() == "1 not paid out"
    settled["state"] = "paid out"  # what the view does when a payout sync settles a capture:
    model.dataChanged.emit(model.index(0, 0), model.index(1, 0))
    assert [model.index(r, 0).data() for r in (0, 1)] == ["1 paid out", "2 paid out"]
    model.set_records([3])
    assert model.index(0, 0).data() == "3 paid out"

    results = ResultsModel(result_columns("en"), FakeStore().fetch)
    results.reset(None, 2, [row(1), row(2)])
    assert results.text(0, 0) == results.index(0, 0).data() == "Customer 1"
    renamed = msgspec.structs.replace(row(1), customer_name="Renamed")
    results.update(2, {0: [renamed, row(2)]})  # the store's fresh page: the same order, changed
    assert results.text(0, 0) == results.index(0, 0).data() == "Renamed"
    results.reset(None, 1, [row(7)])
    assert results.index(0, 0).data() == "Customer 7"


def test_a_tables_background_is_painted_as_on_any_qt_table(qtbot):
    # Its viewport is made by the table itself (ui/tables.py): it must look like the one Qt makes.
    from klarna_console.ui.qt import QtGui
    from klarna_console.ui.tables import Table

    table = Table(RecordsModel([Column("Name", str)]), "Names")
    qtbot.addWidget(table)
    palette = table.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor("#123456"))  # unmistakable
    table.setPalette(palette)
    table.resize(300, 200)
    table.show()
    image = table.viewport().grab().toImage()
    assert QtGui.QColor(image.pixel(image.width() // 2, image.height() // 2)).name() == "#123456"
    assert table.viewport().objectName() == "qt_scrollarea_viewport"  # what style sheets name it by
