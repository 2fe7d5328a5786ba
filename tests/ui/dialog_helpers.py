"""Driving the action dialogs the way a person does: open from the menu, type, send, confirm, wait."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from klarna_console.api.models import Order
from klarna_console.domain.rules import Action
from klarna_console.store import JournalEntry
from klarna_console.ui.dialogs import ActionDialog
from klarna_console.ui.qt import QtWidgets

from fixtures.qt import run

from .conftest import AppWindow


def find_order(app: AppWindow, predicate: Callable[[Order], bool]) -> Order:
    """A demo order of the window's sandbox that matches (the demo data has every kind of order)."""
    for order_id in app.sandbox.order_ids:
        order = app.sandbox.order(order_id)
        if predicate(order):
            return order
    raise LookupError("no demo order matches")


def show(qtbot: Any, app: AppWindow, order_id: str) -> Order:
    """Select an order the way the results table does, and wait until it is shown fresh."""
    run(qtbot, app.controller.show_order(order_id))
    order = app.window.order_view.order
    assert order is not None and order.order_id == order_id
    return order


def open_from_menu(qtbot: Any, app: AppWindow, action: Action) -> ActionDialog:
    """Trigger the action's menu entry and return the dialog it opened."""
    qaction = app.window.order_actions[action]
    assert qaction.isEnabled(), qaction.toolTip()
    qaction.trigger()
    dialog = app.controller.dialogs.current
    assert isinstance(dialog, ActionDialog) and dialog.action == action
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: not dialog.sender_.busy)  # e.g. options still being fetched
    return dialog


def click_send(qtbot: Any, dialog: ActionDialog, *, confirm: bool = True) -> None:
    """Click Send; confirm the money question if one is asked; wait for Klarna's answer."""
    assert dialog.send_button.isEnabled(), dialog.messages.shown()
    dialog.send_button.click()
    if dialog.money_moving or dialog.confirmation is not None:
        qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
        if not confirm:
            return
        dialog.confirmation.confirm()
    wait_answer(qtbot, dialog)


def wait_answer(qtbot: Any, dialog: ActionDialog) -> None:
    """Until the request in flight has its outcome shown."""
    qtbot.waitUntil(lambda: closed(dialog) or (dialog.state != "sending" and not dialog.sender_.busy),
                    timeout=15_000)


def closed(dialog: QtWidgets.QDialog) -> bool:
    """Whether the dialog is gone (closed dialogs are deleted)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def history(app: AppWindow) -> list[JournalEntry]:
    """The History tab's rows, newest first."""
    return list(app.window.order_view.history.records)


def entries(qtbot: Any, app: AppWindow, order_id: str) -> list[JournalEntry]:
    """The journal entries of an order."""
    return run(qtbot, app.session.store.entries_for_order(order_id))


def set_text(edit: QtWidgets.QLineEdit, text: str) -> None:
    """Replace a line edit's text as typing would (textChanged fires)."""
    edit.selectAll()
    edit.insert(text)
