"""The main window by keyboard: Tab leaves the results, every shortcut works from the search box and is listed."""

from __future__ import annotations

from klarna_console.domain.rules import Action
from klarna_console.ui.qt import QtCore, QtGui, QtWidgets

from .conftest import AppWindow


def press(qtbot, widget, sequence: QtGui.QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_tab_walks_from_the_search_box_through_the_results_to_the_order(qtbot, app_window: AppWindow):
    w = app_window.window
    w.activateWindow()
    pane = w.search_pane
    pane.search.setFocus()
    shown = w.order_view.order.order_id
    reached: list[QtWidgets.QWidget] = []
    for _ in range(20):
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), "\t")
        reached.append(QtWidgets.QApplication.focusWidget())
    table_at = reached.index(pane.table)
    # One Tab into the table, one out of it: Tab never walks its cells or opens other orders.
    assert reached[table_at + 1] is not pane.table
    assert w.order_view.order.order_id == shown
    after = reached[table_at + 1:]
    assert w.order_view.header.refresh in after
    bar = w.order_view.tabs.tabBar()
    assert bar in after
    # Then the order's actions (the enabled ones: the first order shown can be cancelled, for one).
    capture_button = w.actions_bar.widgetForAction(w.order_actions[Action.CANCEL])
    assert w.order_actions[Action.CANCEL].isEnabled()
    assert capture_button in after[after.index(bar):]
    assert after.index(w.order_view.header.refresh) < after.index(bar)
    # Inside the table the arrows move between orders.
    pane.table.setFocus()
    qtbot.keyClick(pane.table, "\t")
    assert not pane.table.hasFocus()


def test_every_shortcut_works_from_the_search_box_and_is_in_its_menu(qtbot, app_window: AppWindow):
    w = app_window.window
    w.activateWindow()
    listed = w.shortcut_actions()
    keys = {a.shortcut().toString() for _menu, a in listed}
    assert {"Ctrl+F", "Ctrl+E", "Ctrl+I", "Ctrl+R", *(f"Ctrl+{n}" for n in range(1, 8))} <= keys
    for menu, action in listed:
        if not action.isEnabled() or action is w.shortcuts_action or action.shortcut().matches(
                QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Quit)) == QtGui.QKeySequence.SequenceMatch.ExactMatch:
            continue
        fired: list[bool] = []
        action.triggered.connect(lambda *_, f=fired: f.append(True))
        # What it would open is not wanted here: only that the key reached the action from the box.
        w.search_pane.search.setFocus()
        w.search_pane.search.setText("abc")
        press(qtbot, w.search_pane.search, action.shortcut())
        assert fired, f"{action.text()} ({action.shortcut().toString()}, {menu} menu) did nothing from the search box"
        for dialog in w.findChildren(QtWidgets.QDialog):
            if dialog.isVisible():
                dialog.reject()
        if app_window.controller.dialogs.export.chooser is not None:
            app_window.controller.dialogs.export.chooser.reject()
    w.search_pane.search.setFocus()
    press(qtbot, w.search_pane.search, QtGui.QKeySequence("Ctrl+3"))
    assert w.order_view.current_tab() == "refunds"


def test_help_lists_every_shortcut_of_the_menus(qtbot, app_window: AppWindow):
    w = app_window.window
    w.shortcuts_action.trigger()
    dialog = w.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QtWidgets.QTableWidget)
    shown = {table.item(r, 0).text() for r in range(table.rowCount())}
    for _menu, action in w.shortcut_actions():
        assert action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText) in shown
    dialog.reject()


def test_the_search_box_gives_window_shortcuts_back_even_where_a_line_edit_claims_them(app_window: AppWindow):
    """On X11 a line edit claims Ctrl+E (end of line); offscreen it does not, so claim it here as X11 would."""
    from klarna_console.ui.qt import QtCore, QtGui

    w = app_window.window
    search = w.search_pane.search

    def override(key: QtCore.Qt.Key) -> QtGui.QKeyEvent:
        event = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, key, QtCore.Qt.KeyboardModifier.ControlModifier)
        event.accept()  # what a line edit answers for a key it wants for editing
        return event

    export = override(QtCore.Qt.Key.Key_E)
    assert w._shortcut_filter.eventFilter(search, export) and not export.isAccepted(), "Ctrl+E goes to Export"
    copy = override(QtCore.Qt.Key.Key_C)
    assert not w._shortcut_filter.eventFilter(search, copy) and copy.isAccepted(), "Ctrl+C stays Copy"


def test_every_box_of_the_search_pane_gives_window_shortcuts_back(app_window: AppWindow, monkeypatch):
    """The boxes the shortcut filter is installed on are all those of the pane, the dates' own included."""
    pane = app_window.window.search_pane
    assert pane.line_edits() == [pane.search] == pane.findChildren(QtWidgets.QLineEdit)
    pane.more.click()  # the date and amount filters are made as they are first shown
    named = pane.line_edits()
    assert len(named) == 5 and set(named) == set(pane.findChildren(QtWidgets.QLineEdit))
    seen: list[QtCore.QObject] = []
    shortcut_filter = app_window.window._shortcut_filter
    original = shortcut_filter.eventFilter

    def watching(watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        seen.append(watched)
        return original(watched, event)

    monkeypatch.setattr(shortcut_filter, "eventFilter", watching)
    for edit in named:
        QtWidgets.QApplication.sendEvent(edit, QtGui.QKeyEvent(
            QtCore.QEvent.Type.ShortcutOverride, QtCore.Qt.Key.Key_E, QtCore.Qt.KeyboardModifier.ControlModifier))
        assert edit in seen, f"{edit.accessibleName() or edit.parent().accessibleName()}: no window shortcuts"
