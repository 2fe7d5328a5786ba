"""Import order IDs… by mouse and keyboard: a CSV file or pasted ids, progress, Cancel, and the report."""

from __future__ import annotations

import uuid

from klarna_console.ui.import_dialog import ImportDialog
from klarna_console.ui.qt import Qt, QtWidgets

from fixtures.qt import run

from .conftest import AppWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def new_order(n: int) -> dict:
    amount = 2000 + n
    return {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": amount,
            "order_lines": [{"name": f"Vara {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Astrid", "family_name": "Importsson", "country": "SE"}}


def click(qtbot, widget: QtWidgets.QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, app: AppWindow) -> ImportDialog:
    click(qtbot, app.window.search_pane.import_button)
    dialog = next(d for d in app.window.findChildren(ImportDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def cached(qtbot, app: AppWindow, order_id: str) -> bool:
    return run(qtbot, app.session.store.get_order(order_id)) is not None


def test_a_csv_file_of_ids_is_fetched_with_progress_and_a_report(qtbot, app_window: AppWindow, tmp_path):
    app = app_window
    fresh = [app.sandbox.create_order(new_order(n)).order_id for n in range(3)]  # in Klarna, not yet here
    unknown = str(uuid.uuid4())
    csv_file = tmp_path / "orders.csv"
    csv_file.write_text("order_id,amount\n"
                        f"{fresh[0]},20.00\n{fresh[1]},20.01\n{fresh[2].upper()},20.02\n"
                        f"{fresh[0]},20.00\n"  # the same order twice: fetched once
                        f"{unknown},1.00\n"
                        "total,60.03\n", encoding="utf-8")
    assert not any(cached(qtbot, app, order_id) for order_id in fresh)

    dialog = open_dialog(qtbot, app)
    assert not dialog.import_button.isEnabled(), "nothing to import yet"
    click(qtbot, dialog.open_file)
    chooser = next(c for c in dialog.findChildren(QtWidgets.QFileDialog) if c.isVisible())
    chooser.selectFile(str(csv_file))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.text.toPlainText() != "")
    # Two counted sentences, each in its own plural form (the English catalogue is loaded, as at start).
    assert dialog.found.text() == "4 order ids found. 1 line without an order id will be skipped."
    assert dialog.import_button.isEnabled()

    click(qtbot, dialog.import_button)
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 4
    assert dialog.text.isReadOnly() and not dialog.open_file.isEnabled(), "the list is fixed while it runs"
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.progress.value() == 4 and dialog.progress.format() == "4 of 4"
    report = dialog.report_view.toPlainText()
    assert report.startswith("Fetched 3 of 4 orders.")
    assert "Klarna does not know 1 of them" in report and unknown in report
    assert "Cancelled" not in report
    assert dialog.cancel_button.text() == "Close"
    assert all(cached(qtbot, app, order_id) for order_id in fresh)

    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The imported orders are found like any other.
    pane = app.window.search_pane
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "Importsson")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=5000)


def test_cancel_stops_after_the_requests_in_flight_and_keeps_what_was_fetched(qtbot, app_window: AppWindow):
    app = app_window
    ids = [app.sandbox.create_order(new_order(n)).order_id for n in range(40)]
    app.sandbox.faults.configure(latency_ms=150)  # slow enough to press Cancel half-way
    dialog = open_dialog(qtbot, app)
    QtWidgets.QApplication.clipboard().setText("\n".join(ids))
    click(qtbot, dialog.text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, CTRL)  # paste
    assert dialog.found.text() == "40 order ids found."

    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=20_000)
    click(qtbot, dialog.cancel_button)
    assert dialog.isVisible(), "Cancel during an import stops it; it does not close the dialog"
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    app.sandbox.faults.clear()

    report = dialog.report
    assert report.cancelled and 1 <= len(report.fetched) < 40
    text = dialog.report_view.toPlainText()
    assert f"Fetched {len(report.fetched)} of 40 orders." in text
    assert f"Cancelled: {40 - report.done} were not fetched." in text
    assert all(cached(qtbot, app, order_id) for order_id in report.fetched)
    assert not any(cached(qtbot, app, order_id) for order_id in ids if order_id not in report.fetched)
    qtbot.waitUntil(dialog.cancel_button.isEnabled)
    assert dialog.cancel_button.text() == "Close"
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_file_too_large_or_missing_is_reported_not_loaded(qtbot, app_window: AppWindow, tmp_path):
    dialog = open_dialog(qtbot, app_window)
    dialog.load_file(str(tmp_path / "gone.csv"))  # as the file chooser would hand it over
    assert dialog.found.text().startswith("Could not read the file:") and "gone.csv" in dialog.found.text()
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    dialog.load_file(str(big))
    assert dialog.found.text() == "Could not read the file: big.csv is larger than 20 MB"
    assert dialog.text.toPlainText() == "" and not dialog.import_button.isEnabled()
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_list_keeps_its_selected_order_while_imported_orders_join_it(qtbot, app_window: AppWindow):
    """The imported orders appear in the list as they are cached; the order the agent was on stays selected."""
    app, pane = app_window, app_window.window.search_pane
    table = pane.table
    pos = table.visualRect(table.model().index(4, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    chosen = pane.model.record(4).order_id
    qtbot.waitUntil(lambda: app.window.order_view.order is not None and app.window.order_view.order.order_id == chosen)
    before = pane.model.rowCount()
    ids = [app.sandbox.create_order(new_order(n)).order_id for n in range(3)]

    dialog = open_dialog(qtbot, app)
    QtWidgets.QApplication.clipboard().setText("\n".join(ids))
    click(qtbot, dialog.text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    qtbot.waitUntil(lambda: pane.model.rowCount() == before + 3, timeout=5000)
    qtbot.wait(300)  # any read of the list the end of the import starts has landed
    assert {pane.model.record(row).order_id for row in range(3)} == set(ids), "the newest orders come first"
    assert [pane.model.record(row).order_id for row in pane.selected_rows()] == [chosen]
    assert app.window.order_view.order.order_id == chosen
