"""Bulk runs from the results table, and File → Export orders…: what a person sees and what Klarna gets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from klarna_console.domain import rules
from klarna_console.store import SearchQuery
from klarna_console.ui.dialogs import BulkDialog
from klarna_console.ui.qt import QtCore, QtWidgets

from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import closed


def new_order(n: int) -> dict:
    amount = 1000 + 100 * n
    return {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "order_amount": amount,
            "order_lines": [{"name": f"Artikel {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Jonas", "family_name": "Bulktest", "country": "DE"}}


def search(qtbot, app: AppWindow, text: str) -> None:
    pane = app.window.search_pane
    pane.search.setText(text)
    qtbot.waitUntil(lambda: pane.model.query is not None and pane.model.query.text == text, timeout=5000)


def select_all(app: AppWindow) -> None:
    table = app.window.search_pane.table
    model = table.model()
    everything = QtCore.QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
    table.selectionModel().select(everything, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect)


def start_bulk(qtbot, app: AppWindow, menu: QtWidgets.QWidget) -> BulkDialog:
    menu.trigger()
    dialog = app.controller.dialogs.current
    assert isinstance(dialog, BulkDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    return dialog


def confirm_and_wait(qtbot, dialog: BulkDialog) -> None:
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None)
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)


def save_through_file_dialog(qtbot, chooser: QtWidgets.QFileDialog, path: Path) -> None:
    qtbot.waitUntil(chooser.isVisible)
    chooser.selectFile(str(path))
    chooser.accept()
    qtbot.waitUntil(path.exists, timeout=10_000)


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
def test_bulk_capture_of_200_orders_with_429s_captures_each_once(qtbot, app_window: AppWindow, tmp_path):
    sandbox, session = app_window.sandbox, app_window.session
    orders = [sandbox.create_order(new_order(n)) for n in range(200)]
    run(qtbot, session.sync_sandbox())
    search(qtbot, app_window, "Bulktest")
    assert app_window.window.search_pane.model.rowCount() == 200
    select_all(app_window)
    # Klarna's figures are approximate: it announces 400 a second and allows 60, so it answers 429.
    sandbox.faults.configure(rate_limit_per_second=60, rate_limit_announced=400)
    session.bulk.concurrency = 16

    dialog = start_bulk(qtbot, app_window, app_window.window.bulk_capture_action)
    preview = dialog.preview_summary.text()
    assert "<b>200</b> of 200 orders will be sent" in preview
    assert "€" in preview and "Total to capture" in preview  # 1000 + 100n cents for n < 200: 219,000 euros
    expected = sum(o.order_amount for o in orders)
    assert dialog.plan.totals() == {"EUR": expected}
    # The count and the action, in the plural form (the English catalogue is loaded, as at start).
    assert dialog.go_button.text() == "Capture 200 orders…"
    confirm_and_wait(qtbot, dialog)

    report = dialog.report
    assert report.count("succeeded") == 200, [o for o in report.outcomes if o.outcome != "succeeded"][:3]
    assert "<b>200</b> captured" in dialog.report_summary.text()
    pace = dialog.rate_label.text()
    assert "Klarna allows 400 a second" in pace and "answered 429" in pace, pace
    for order in orders:
        assert len(sandbox.order(order.order_id).captures) == 1
    sandbox.faults.clear()
    cached = run(qtbot, session.store.get_order(orders[0].order_id))
    assert cached.order.status == "CAPTURED"  # read back after the run

    dialog.save_button.click()
    target = tmp_path / "report.csv"
    save_through_file_dialog(qtbot, dialog.file_chooser, target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 200 and {r["outcome"] for r in rows} == {"succeeded"}
    assert {r["order_id"] for r in rows} == {o.order_id for o in orders}


def test_bulk_extend_previews_refusals_stops_and_a_second_run_skips_what_succeeded(qtbot, app_window: AppWindow):
    sandbox, session = app_window.sandbox, app_window.session
    now = session.now()
    search(qtbot, app_window, "")
    select_all(app_window)
    all_orders = [sandbox.order(i) for i in sandbox.order_ids]
    allowed = [o for o in all_orders if rules.can_extend_authorization(o, now)]
    session.bulk.concurrency = 1
    dialog = start_bulk(qtbot, app_window, app_window.window.bulk_extend_action)
    plan = dialog.plan
    assert {i.order_id for i in plan.allowed} == {o.order_id for o in allowed}
    assert len(plan.refused) == len(all_orders) - len(allowed) > 0
    assert "cannot be extended" in dialog.preview_summary.text()
    assert "× Order is cancelled. Authorization time cannot be extended." in dialog.preview_summary.text()

    # The person clicks Stop once two orders are done (in the first run only).
    clicked: list[bool] = []

    def stop_after_two(done: int, _total: int) -> None:
        if done == 2 and not clicked:
            clicked.append(True)
            dialog.stop_button.click()

    dialog.job.progressed.connect(stop_after_two)
    confirm_and_wait(qtbot, dialog)
    first = dialog.report
    assert first.count("succeeded") == 2 and first.count("not_sent") == len(allowed) - 2
    assert first.count("refused") == len(plan.refused)
    assert dialog.again_button.isVisible()

    dialog.again_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW)
    assert len(dialog.plan.skipped) == 2 and "were already done" in dialog.preview_summary.text()
    confirm_and_wait(qtbot, dialog)
    assert dialog.report.count("succeeded") == len(allowed) - 2 and dialog.report.count("skipped") == 2
    for order in allowed:
        events = [e for e in sandbox.record(order.order_id).events if e.type == "extend_authorization_time"]
        before = [e for e in events if e.at < now]
        assert len(events) - len(before) == 1, order.order_id
    dialog.close_button.click()
    qtbot.waitUntil(lambda: closed(dialog))


def test_bulk_needs_a_selection(qtbot, app_window: AppWindow):
    app_window.window.search_pane.table.clearSelection()
    app_window.window.bulk_capture_action.trigger()
    assert app_window.controller.dialogs.current is None
    assert "Select the orders" in app_window.window.message_bar.text


def test_export_orders_writes_every_result_of_the_search(qtbot, app_window: AppWindow, tmp_path):
    sandbox, session = app_window.sandbox, app_window.session
    for n in range(260):  # more than one page of the results table
        sandbox.create_order(new_order(n))
    run(qtbot, session.sync_sandbox())
    search(qtbot, app_window, "Bulktest")
    app_window.window.export_action.trigger()
    chooser = app_window.controller.dialogs.export.chooser
    target = tmp_path / "orders.csv"
    save_through_file_dialog(qtbot, chooser, target)
    qtbot.waitUntil(lambda: "Exported 260 orders to" in app_window.window.message_bar.text)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 260 == run(qtbot, session.store.count(SearchQuery(text="Bulktest")))
    first = next(r for r in rows if r["order_amount"] == "10.00")
    assert (first["currency"], first["status"], first["customer_name"]) == ("EUR", "AUTHORIZED", "Jonas Bulktest")
