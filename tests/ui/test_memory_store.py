"""The window on another implementation of the store interface: the in-memory one, with no SQLite file.

Issue 11: a second backend (team mode's PostgreSQL) slots in behind `store.interface.OrderStore` without
touching ui/ or services/. This opens the unchanged window on `MemoryStore` and works it as a person would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.services.cache import LocalData
from klarna_console.store.sqlite.local_store import DB_NAME

from fixtures.memory_store import MemoryStore
from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import closed, find_order, history, open_from_menu
from .test_window import type_search


@pytest.fixture
def memory_window(qtbot: Any, qloop: Any, tmp_path: Any) -> Iterator[tuple[AppWindow, MemoryStore]]:
    """The main window opened on the Sandbox profile with its store replaced by a MemoryStore."""
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=40)
    window.resize(1400, 860)
    window.show()
    store = MemoryStore(SANDBOX_PROFILE.id)
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE, LocalData(store)), "profile"))
    qtbot.waitUntil(lambda: window.order_view.order is not None)
    yield AppWindow(window, controller, paths), store
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()
    assert store.closed, "closing the profile closes its store"


def test_the_window_searches_shows_and_captures_on_the_memory_store(qtbot, memory_window):
    app, store = memory_window
    w = app.window
    assert app.session.store is store
    assert not list(app.paths.data.rglob(DB_NAME)), "no SQLite file was opened"
    assert w.search_pane.model.rowCount() == 40 == len(store.orders)

    # Search: typing a customer's surname narrows the table to the orders the memory store matches.
    order = find_order(app, lambda o: o.status == "AUTHORIZED" and o.fraud_status == "ACCEPTED"
                       and rules.can_capture(o, app.session.now()))
    type_search(qtbot, app, order.billing_address.family_name[:4].lower())
    rows = [w.search_pane.model.record(r).order_id for r in range(w.search_pane.model.rowCount())]
    assert 0 < len(rows) < 40 and order.order_id in rows

    # Opening it from the results table shows it.
    w.search_pane.table.selectRow(rows.index(order.order_id))
    qtbot.waitUntil(lambda: w.order_view.order is not None and w.order_view.order.order_id == order.order_id)
    assert w.order_view.header.order_id.text() == order.order_id

    # A capture through the dialog is journaled in the memory store and History shows it.
    dialog = open_from_menu(qtbot, app, Action.CAPTURE)
    remaining = w.order_view.order.remaining_authorized_amount
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None)
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: closed(dialog))
    (entry,) = [e for e in store.journal.values() if e.order_id == order.order_id]
    assert entry.action == "capture" and entry.state == "succeeded" and entry.attempts == 1
    assert entry.request["body"]["captured_amount"] == remaining
    qtbot.waitUntil(lambda: bool(history(app)) and history(app)[0].id == entry.id)
    assert history(app)[0].state == "succeeded"
    assert app.sandbox.order(order.order_id).status == "CAPTURED"
    qtbot.waitUntil(lambda: w.order_view.order.status == "CAPTURED")
    cached = run(qtbot, store.get_order(order.order_id))
    assert cached is not None and cached.order.status == "CAPTURED", "the captured order is cached in the store"


def test_a_commit_elsewhere_reaches_the_window_through_watch(qtbot, memory_window):
    app, store = memory_window
    w = app.window
    other = app.sandbox.order(app.sandbox.order_ids[3])
    run(qtbot, app.controller.wait_idle())  # the shown order's fresh copy is cached by now, not after the change
    # Another desk forgets every order but one, then says so: the list follows without a search typed.
    store.orders = {other.order_id.lower(): store.orders[other.order_id.lower()]}
    store.commit_elsewhere()
    qtbot.waitUntil(lambda: w.search_pane.model.rowCount() == 1)
    assert w.search_pane.model.record(0).order_id == other.order_id
