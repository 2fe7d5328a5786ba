"""The results table follows the store after a change row by row: never a reset, the selection stays on its orders."""

from __future__ import annotations

import msgspec
from klarna_console.ui.qt import QtCore
from klarna_console.ui.search_pane import ResultsModel, result_columns

from .test_models import FakeStore, row

PAGE = ResultsModel.PAGE


def select(model: ResultsModel, selection: QtCore.QItemSelectionModel, order_ids: set[str]) -> None:
    last = model.columnCount() - 1
    for r, order_id in model.ids().items():
        if order_id in order_ids:
            selection.select(QtCore.QItemSelection(model.index(r, 0), model.index(r, last)),
                             QtCore.QItemSelectionModel.SelectionFlag.Select)


def selected_ids(model: ResultsModel, selection: QtCore.QItemSelectionModel) -> set[str]:
    return {model.record(index.row()).order_id for index in selection.selectedRows()}


def test_rows_are_removed_inserted_and_repainted_where_they_are(qtmodeltester, qtbot, qloop):
    store = FakeStore(total=1000)
    model = ResultsModel(result_columns("en-GB"), store.fetch)
    model.reset("query", 1000, [row(n) for n in range(PAGE)])
    qtbot.waitUntil(lambda: model.record(PAGE) is not None)  # the second page scrolled into view
    qtmodeltester.check(model)  # watches every change below for broken begin/end pairs and indexes
    selection = QtCore.QItemSelectionModel(model)
    kept = {row(n).order_id for n in (3, 150, 249, 250, 300)}
    select(model, selection, kept | {row(7).order_id})
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, *_: changed.extend(range(first.row(), last.row() + 1)))

    # Order 7 left the query, an order newer than all joined, order 150's status changed; the total stays.
    joined = msgspec.structs.replace(row(5000), order_id="00000000-0000-4000-8000-999999999999")
    captured = msgspec.structs.replace(row(150), status="CAPTURED")
    fresh = [joined, *(row(n) for n in range(2 * PAGE) if n != 7)]
    fresh[150] = captured  # row 150 keeps its place: one joined above it, one left above it
    # And in one place an order took another's: order 250 (selected) left, order 6000 came in its stead.
    fresh[250] = msgspec.structs.replace(row(6000), order_id="00000000-0000-4000-8000-888888888888")
    kept.discard(row(250).order_id)
    model.update(1000, {0: fresh[:PAGE], 1: fresh[PAGE:2 * PAGE]})

    assert resets == []
    assert model.rowCount() == 1000
    assert [model.record(r).order_id for r in range(2 * PAGE)] == [r.order_id for r in fresh]
    assert selected_ids(model, selection) == kept, "orders 7 and 250 left with their rows; the others kept theirs"
    assert changed == [150] and model.record(150).status == "CAPTURED"


def test_the_count_changing_adds_or_removes_rows_at_the_end_and_pages_after_a_gap_are_read_again(qtbot, qloop):
    store = FakeStore(total=1000)
    model = ResultsModel(result_columns("en-GB"), store.fetch)
    model.reset("query", 1000, [row(n) for n in range(PAGE)])
    qtbot.waitUntil(lambda: model.record(3 * PAGE) is not None)  # a page further down, after a gap
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    store.total = 990
    model.update(990, {0: [row(n) for n in range(PAGE)], 3: [row(n) for n in range(3 * PAGE, 4 * PAGE)]})
    assert removed == [(990, 999)] and model.rowCount() == 990
    assert model.loaded_pages() == [0], "the page after the gap is not trusted: it is read again when shown"
    assert model.index(3 * PAGE, 0).data() == "…"
    qtbot.waitUntil(lambda: model.index(3 * PAGE, 0).data() == f"Customer {3 * PAGE}")

