"""Every action dialog works from the keyboard and for screen readers: Tab reaches each control, each has a name."""

from __future__ import annotations

import pytest
from klarna_console.domain.rules import Action
from klarna_console.ui.dialogs import ActionDialog, BulkDialog
from klarna_console.ui.qt import Qt, QtWidgets

from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import closed

CONTROLS = (QtWidgets.QLineEdit, QtWidgets.QComboBox, QtWidgets.QAbstractButton, QtWidgets.QAbstractSpinBox,
            QtWidgets.QAbstractItemView, QtWidgets.QPlainTextEdit)


def controls(dialog: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """The visible, enabled controls a person would use (radio buttons: the checked one of each group)."""
    found = []
    for widget in dialog.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QtWidgets.QHeaderView):
            continue  # column headers are clicked, not tabbed to
        if isinstance(widget.parent(), (QtWidgets.QAbstractSpinBox, QtWidgets.QLineEdit)):
            continue  # a spin box's own line edit, a line edit's clear button
        if isinstance(widget, QtWidgets.QAbstractButton) and widget.objectName().startswith("qt_"):
            continue  # scroll area and header internals
        found.append(widget)
    return found


def tab_through(qtbot, dialog: QtWidgets.QWidget) -> set[QtWidgets.QWidget]:
    """Press Tab until focus comes back round; the widgets that got it."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.focusNextChild()
    visited: list[QtWidgets.QWidget] = []
    for _ in range(300):
        widget = QtWidgets.QApplication.focusWidget()
        if widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return set(visited)


def unreached(wanted: list[QtWidgets.QWidget], reached: set[QtWidgets.QWidget]) -> list[str]:
    """Controls Tab never reached; of radio buttons in one box, Tab reaches one and arrow keys the rest."""
    missing = []
    for widget in wanted:
        if widget in reached:
            continue
        if isinstance(widget, QtWidgets.QRadioButton) and any(
                isinstance(other, QtWidgets.QRadioButton) and other.parent() is widget.parent() for other in reached):
            continue
        missing.append(widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__)
    return missing


@pytest.mark.parametrize("names", [
    ["capture", "refund", "cancel", "release", "extend_authorization", "acknowledge", "update_authorization"],
    ["shipping_address", "merchant_references", "shipping_info", "capture_shipping_info", "extend_due_date",
     "resend", "bulk_capture"],
])
def test_each_control_is_reachable_by_tab_and_named(qtbot, app_window: AppWindow, names: list[str]):
    dialogs = app_window.controller.dialogs
    for name in names:
        dialog = run(qtbot, dialogs.open_for_screenshot(name))
        assert isinstance(dialog, (ActionDialog, BulkDialog)), name
        if isinstance(dialog, ActionDialog):
            assert dialog.send_button.isEnabled(), (name, dialog.messages.shown())  # the example input is valid
        wanted = controls(dialog)
        assert wanted, name
        for widget in wanted:
            assert widget.accessibleName() or (isinstance(widget, QtWidgets.QAbstractButton) and widget.text()), \
                (name, widget)
        reached = tab_through(qtbot, dialog)
        missing = unreached(wanted, reached)
        assert not missing, (name, missing)
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: closed(d))


def test_every_action_has_a_dialog_by_its_name(qtbot, app_window: AppWindow):
    from klarna_console.ui.dialogs.screenshots import names

    assert {a.value for a in Action} <= set(names())
    with pytest.raises(ValueError, match="unknown dialog"):
        run(qtbot, app_window.controller.dialogs.open_for_screenshot("transmogrify"))
