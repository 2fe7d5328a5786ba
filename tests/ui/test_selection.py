"""The results list by mouse and keyboard, and what it shows after writes (here, resumed, or elsewhere)."""

from __future__ import annotations

import msgspec
import pytest
from klarna_console.api.models import Order
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.services.actions import ActionRequest
from klarna_console.store import Store, database_path
from klarna_console.ui.dialogs import BulkDialog
from klarna_console.ui.qt import Qt
from klarna_console.ui.search_pane import ShownRole

from fixtures.qt import run

from .conftest import AppWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def click_row(qtbot, app: AppWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = app.window.search_pane.table
    table.scrollTo(table.model().index(row, 0))
    pos = table.visualRect(table.model().index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def selected_rows(app: AppWindow) -> list[int]:
    return app.window.search_pane.selected_rows()


def shown_id(app: AppWindow) -> str | None:
    return app.window.order_view.order.order_id if app.window.order_view.order else None


def row_id(app: AppWindow, row: int) -> str:
    return app.window.search_pane.model.record(row).order_id


def all_rows_loaded(app: AppWindow) -> bool:
    model = app.window.search_pane.model
    return all(model.record(r) is not None for r in range(model.rowCount()))


def filter_status(qtbot, app: AppWindow, status: str) -> None:
    pane = app.window.search_pane
    pane.status_actions[status].setChecked(True)
    qtbot.waitUntil(lambda: pane.model.query is not None and pane.model.query.statuses == (status,), timeout=5000)


def test_click_shows_ctrl_and_shift_extend_the_selection_and_bulk_counts_it(qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    click_row(qtbot, app, 2)
    qtbot.waitUntil(lambda: shown_id(app) == row_id(app, 2))
    click_row(qtbot, app, 5, CTRL)
    click_row(qtbot, app, 7, CTRL)
    assert selected_rows(app) == [2, 5, 7]
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, SHIFT)
    assert selected_rows(app) == [2, 5, 7, 8, 9]
    click_row(qtbot, app, 12, SHIFT)
    assert selected_rows(app) == [2, 5, *range(7, 13)]
    # The shown order stayed the clicked one, marked in the list apart from the selection.
    assert shown_id(app) == row_id(app, 2)
    marked = [r for r in range(pane.model.rowCount()) if pane.model.index(r, 0).data(ShownRole)]
    assert marked == [2]
    assert pane.count_label.text() == "40 orders · 8 selected"
    assert app.window.bulk_capture_action.text() == "Capture 8 selected orders in full…"
    assert app.window.export_action.text() == "&Export 8 selected orders…"

    app.window.bulk_capture_action.trigger()
    dialog = app.controller.dialogs.current
    assert isinstance(dialog, BulkDialog)
    assert dialog.windowTitle() == "Capture 8 selected orders in full"
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert {i.order_id for i in dialog.plan.items} == {row_id(app, r) for r in selected_rows(app)}
    dialog.reject()
    # A plain click starts again: one order, shown.
    click_row(qtbot, app, 20)
    qtbot.waitUntil(lambda: shown_id(app) == row_id(app, 20))
    assert selected_rows(app) == [20]
    assert app.window.export_action.text() == "&Export 40 orders…"


def test_a_single_write_updates_list_count_and_order_without_refresh(qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    filter_status(qtbot, app, "AUTHORIZED")
    now = app.session.now()
    before = pane.model.rowCount()
    row = next(r for r in range(before) if rules.can_capture(app.sandbox.order(row_id(app, r)), now)
               and app.sandbox.order(row_id(app, r)).fraud_status == "ACCEPTED")
    order_id = row_id(app, row)
    click_row(qtbot, app, row)
    qtbot.waitUntil(lambda: shown_id(app) == order_id)
    click_row(qtbot, app, 0 if row else 1, CTRL)  # a selection that must survive the write
    keep = row_id(app, 0 if row else 1)
    order = app.window.order_view.order
    request = ActionRequest(Action.CAPTURE, order_id, body={"captured_amount": order.remaining_authorized_amount})
    run(qtbot, app.controller.run_action(request, order))
    # The captured order left the "Authorized" filter: one row fewer, the count says so, no "…" rows.
    qtbot.waitUntil(lambda: pane.model.rowCount() == before - 1)
    assert order_id not in pane.model.ids().values()
    assert all_rows_loaded(app)
    assert pane.count_label.text().startswith(f"{before - 1} orders")
    assert pane.selected_order_ids() == [keep]
    header = app.window.order_view.header
    assert header.status.text() == "Captured"
    assert header.amounts["remaining"].text().strip("£$€kr. \u00a0").replace(",", "") in ("0.00", "0")


def test_a_bulk_capture_updates_list_and_the_shown_order(qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    filter_status(qtbot, app, "AUTHORIZED")
    now = app.session.now()
    rows = [r for r in range(pane.model.rowCount()) if rules.can_capture(app.sandbox.order(row_id(app, r)), now)
            and app.sandbox.order(row_id(app, r)).fraud_status == "ACCEPTED"][:3]
    ids = [row_id(app, r) for r in rows]
    before = pane.model.rowCount()
    click_row(qtbot, app, rows[0])
    qtbot.waitUntil(lambda: shown_id(app) == ids[0])
    for r in rows[1:]:
        click_row(qtbot, app, r, CTRL)
    app.window.bulk_capture_action.trigger()
    dialog = app.controller.dialogs.current
    assert dialog.windowTitle() == "Capture 3 selected orders in full"
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert len(dialog.plan.allowed) == 3
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None)
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.count("succeeded") == 3
    qtbot.waitUntil(lambda: pane.model.rowCount() == before - 3)
    assert not set(ids) & set(pane.model.ids().values()) and all_rows_loaded(app)
    qtbot.waitUntil(lambda: app.window.order_view.header.status.text() == "Captured")
    qtbot.waitUntil(lambda: app.window.order_view.history.rowCount() == 1)
    # Run again on the same orders: nothing left to do, and the preview says why, order by order.
    dialog.again_button.show()
    dialog.again_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW)
    assert len(dialog.plan.items) == 3 and not dialog.plan.allowed
    assert dialog.go_button.text() == "Nothing to send"
    whys = [dialog.items.index(r, dialog.items.columnCount() - 2).data() for r in range(3)]
    assert whys == ["skip: done before"] * 3
    dialog.close_button.click()


@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
def test_a_resumed_write_shows_in_list_view_and_history(qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    now = app.session.now()
    order = next(app.sandbox.order(i) for i in app.sandbox.order_ids if app.sandbox.order(i).status == "AUTHORIZED"
                 and rules.can_capture(app.sandbox.order(i), now) and app.sandbox.order(i).fraud_status == "ACCEPTED")
    # A crash between the journal's intent and the send: the intent is on disk, nothing reached Klarna.
    body = {"captured_amount": order.remaining_authorized_amount}
    run(qtbot, app.session.store.add_intent(order.order_id, "capture", {"capture_id": None, "body": body}))
    pane.search.setText(order.order_id)  # the window restarts on this search, the order shown
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and shown_id(app) == order.order_id, timeout=5000)
    status = next(c for c, col in enumerate(pane.model.columns) if col.key == "status")
    assert pane.model.index(0, status).data() == "Authorized"
    # The window opens the profile again: the start-up resume sends it with its key.
    run(qtbot, app.controller.tasks.start(app.controller.open_profile(app.session.profile), "profile"))
    qtbot.waitUntil(lambda: "that was interrupted" in app.window.message_bar.text, timeout=10_000)
    qtbot.waitUntil(lambda: pane.model.index(0, status).data() == "Captured")
    assert pane.model.rowCount() == 1 and pane.count_label.text() == "1 order"
    assert shown_id(app) == order.order_id
    qtbot.waitUntil(lambda: app.window.order_view.header.status.text() == "Captured")
    history = app.window.order_view.history
    qtbot.waitUntil(lambda: history.rowCount() == 1 and history.index(0, 3).data() == "succeeded")


def test_a_write_by_another_process_on_the_profile_shows_without_refresh(qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    # The window's own reads (the shown order's fresh copy, the payout sync) are over: a fresh copy read
    # from the sandbox after the write below would rightly replace the other process's copy.
    qtbot.waitUntil(lambda: not any(app.controller.tasks.running(n) for n in ("order", "payouts")), timeout=30_000)
    order = app.window.order_view.order
    # Another window's store on the same file: it journals a write and caches the order it read back.
    other = Store(database_path(app.paths, app.session.profile.id), app.session.profile.id)
    try:
        entry = other.journal.add_intent(order.order_id, "acknowledge", None)
        other.journal.record_outcome(entry.id, "succeeded", http_status=204)
        changed = order.to_dict() | {"merchant_reference1": "SEEN-ELSEWHERE-1"}
        other.orders.upsert_orders([msgspec.convert(changed, Order)])
    finally:
        other.close()
    history = app.window.order_view.history
    qtbot.waitUntil(lambda: history.rowCount() == 1 and history.index(0, 3).data() == "succeeded", timeout=5000)
    qtbot.waitUntil(lambda: "SEEN-ELSEWHERE-1" in app.window.order_view.header.references.text(), timeout=5000)
    row = next(r for r, oid in pane.model.ids().items() if oid == order.order_id)
    merchant = next(c for c, col in enumerate(pane.model.columns) if col.key == "merchant_reference1")
    assert pane.model.index(row, merchant).data() == "SEEN-ELSEWHERE-1"


def test_export_writes_the_selection_with_the_count_it_names(qtbot, app_window: AppWindow, tmp_path):
    import csv

    from .test_bulk_dialog import save_through_file_dialog

    app = app_window
    click_row(qtbot, app, 1)
    click_row(qtbot, app, 3, CTRL)
    click_row(qtbot, app, 4, CTRL)
    assert app.window.export_action.text() == "&Export 3 selected orders…"
    app.window.export_action.trigger()
    target = tmp_path / "chosen.csv"
    save_through_file_dialog(qtbot, app.controller.dialogs.export.chooser, target)
    qtbot.waitUntil(lambda: "Exported 3 orders to" in app.window.message_bar.text)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["order_id"] for r in rows] == [row_id(app, r) for r in (1, 3, 4)]
