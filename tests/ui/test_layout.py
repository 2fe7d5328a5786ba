"""The window fits small screens: exact screenshot sizes, money and dates whole, nothing moving under the mouse."""

from __future__ import annotations

import pytest
from klarna_console.ui.qt import QtCore, QtGui, QtWidgets

from fixtures.qt import run

from .conftest import AppWindow
from .test_app import launch, problems

SIZES = [(1024, 700), (960, 1040), (1400, 860)]  # a small laptop, half of a 1920 px screen, the default


def test_a_1024x700_screenshot_is_exactly_that_size(tmp_path):
    out = tmp_path / "small.png"
    done = launch(tmp_path, "--screenshot", str(out), "--size", "1024x700", "--tab", "captures")
    assert done.returncode == 0, done.stderr
    assert problems(done.stderr) == []
    assert QtGui.QImage(str(out)).size().toTuple() == (1024, 700)


def settle(qtbot, app: AppWindow, width: int, height: int) -> None:
    w = app.window
    w.resize(width, height)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == (width, height))
    qtbot.wait(50)  # let the layouts and the column fitting run


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_money_and_dates_are_never_cut(qtbot, app_window: AppWindow, width, height):
    app, w = app_window, app_window.window
    # An order with long amounts (SEK/NOK/DKK show "1 234,56 kr"-like values) and an expiry.
    settle(qtbot, app, width, height)
    assert w.minimumSizeHint().width() <= width
    header = w.order_view.header
    for name, label in header.amounts.items():
        assert label.isVisible()
        assert label.width() >= label.sizeHint().width(), f"{name} amount {label.text()!r} is cut"
    expiry = header.expiry
    date = expiry.text()[:16] if not expiry.text().startswith("⚠") else expiry.text()[:18]
    assert expiry.elided().startswith(date), f"expiry cut to {expiry.elided()!r}"
    # The results list: its columns fit side by side, the amount column whole for every row on screen.
    table = w.search_pane.table
    header_view = table.horizontalHeader()
    shown = [c for c in range(table.model().columnCount()) if not header_view.isSectionHidden(c)]
    assert shown[:3] == [0, 1, 2], "customer, amount and status are always shown"
    if width >= 1024:
        assert 3 in shown, "and the date created, from a small laptop's width on"
    assert sum(header_view.sectionSize(c) for c in shown) <= table.viewport().width() + 1
    for column in shown[1:]:
        assert header_view.sectionSize(column) >= table.content_width(column), table.model().columns[column].title


def test_a_message_does_not_move_the_controls(qtbot, app_window: AppWindow):
    w = app_window.window
    settle(qtbot, app_window, 1024, 700)
    before = (w.search_pane.search.mapTo(w, w.search_pane.search.rect().topLeft()),
              w.order_view.tabs.tabBar().mapTo(w, w.order_view.tabs.tabBar().rect().topLeft()))
    w.message_bar.show_message("Klarna refused the capture: " + "a long reason " * 20, "error")
    qtbot.waitUntil(w.message_bar.isVisible)
    after = (w.search_pane.search.mapTo(w, w.search_pane.search.rect().topLeft()),
             w.order_view.tabs.tabBar().mapTo(w, w.order_view.tabs.tabBar().rect().topLeft()))
    assert before == after
    assert w.message_bar.geometry().bottom() <= w.centralWidget().height()
    assert w.message_bar.width() > 900


def test_a_message_keeps_to_the_bottom_of_the_window_as_it_is_resized(qtbot, app_window: AppWindow):
    w = app_window.window
    bar = w.message_bar
    host = bar.parentWidget()

    def along_the_bottom() -> bool:
        return bar.geometry().bottom() == host.height() - 11 and bar.width() == host.width() - 24

    settle(qtbot, app_window, 1024, 700)
    bar.show_message("Klarna refused the capture", "error")
    qtbot.waitUntil(along_the_bottom)
    settle(qtbot, app_window, 1400, 860)  # resized while the message shows
    qtbot.waitUntil(along_the_bottom)
    bar.dismiss()
    settle(qtbot, app_window, 1100, 760)  # resized while none shows
    bar.show_message("Captured", "success")
    qtbot.waitUntil(along_the_bottom)


def test_the_tab_bar_stays_put_whatever_the_payment_text(qtbot, app_window: AppWindow):
    app, w = app_window, app_window.window
    settle(qtbot, app, 1024, 700)
    bar = w.order_view.tabs.tabBar()
    top = bar.mapTo(w, bar.rect().topLeft())
    ids = app.sandbox.order_ids
    for order_id in ids[:12]:
        run(qtbot, app.controller.show_order(order_id))
        qtbot.wait(10)
        assert bar.mapTo(w, bar.rect().topLeft()) == top, w.order_view.header.payment.text()


def test_the_status_bar_stops_saying_fetching_once_the_order_is_shown(qtbot, app_window: AppWindow):
    app, w = app_window, app_window.window
    created = app.sandbox.create_order({
        "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": 25000,
        "order_lines": [{"name": "Filtkudde", "quantity": 1, "unit_price": 25000, "total_amount": 25000}],
        "billing_address": {"given_name": "Greta", "family_name": "Zandén", "country": "SE"}})
    w.search_pane.search.setText(created.order_id)
    qtbot.waitUntil(lambda: w.order_view.order is not None and w.order_view.order.order_id == created.order_id)
    qtbot.waitUntil(lambda: not w.statusBar().currentMessage().startswith("Fetching"))


def test_the_keyboard_shortcuts_dialog_fits(qtbot, app_window: AppWindow):
    dialog = app_window.window.show_shortcuts()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QtWidgets.QTableWidget)
    assert table.rowCount() >= 12
    dialog.reject()


def test_column_titles_stay_whole_when_nothing_matches(qtbot, app_window: AppWindow):
    w = app_window.window
    settle(qtbot, app_window, 1024, 700)
    w.search_pane.search.setText("no such customer anywhere")
    qtbot.waitUntil(lambda: w.search_pane.model.rowCount() == 0, timeout=5000)
    qtbot.wait(50)
    table, header = w.search_pane.table, w.search_pane.table.horizontalHeader()
    metrics = QtGui.QFontMetrics(header.font())
    for column in range(table.model().columnCount()):
        if not header.isSectionHidden(column):
            title = table.model().headerData(column, QtCore.Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
