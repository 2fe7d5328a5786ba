"""Orders changing under a mouse selection: the rows follow the core's events, the selection stays put."""

from __future__ import annotations

import asyncio
import datetime as dt

import msgspec
from klarna_console.api.models import Order
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.services.actions import ActionRequest
from klarna_console.services.events import OrderChanged
from klarna_console.store import Store, database_path

from fixtures.qt import run

from .conftest import AppWindow
from .test_selection import CTRL, click_row, filter_status, row_id, shown_id


def status_of(app: AppWindow, order_id: str) -> str | None:
    pane = app.window.search_pane
    column = next(c for c, col in enumerate(pane.model.columns) if col.key == "status")
    row = next((r for r, oid in pane.model.ids().items() if oid == order_id), None)
    return None if row is None else pane.model.index(row, column).data()


def capturable_rows(app: AppWindow) -> list[int]:
    now, pane = app.session.now(), app.window.search_pane
    return [r for r in range(pane.model.rowCount()) if rules.can_capture(app.sandbox.order(row_id(app, r)), now)
            and app.sandbox.order(row_id(app, r)).fraud_status == "ACCEPTED"
            and app.sandbox.order(row_id(app, r)).status == "AUTHORIZED"]


def resets(app: AppWindow) -> list[int]:
    """Counts the results model's resets from now on."""
    seen: list[int] = []
    app.window.search_pane.model.modelReset.connect(lambda: seen.append(1))
    return seen


def settle(qtbot, app: AppWindow) -> None:
    """The window's own start-up work is over (the shown order's fresh read, the payout sync, the list)."""
    busy = ("order", "payouts", "results", "search", "profile")
    qtbot.waitUntil(lambda: not any(app.controller.tasks.running(n) for n in busy), timeout=30_000)


def test_a_capture_through_the_service_repaints_its_row_and_keeps_a_ctrl_click_selection(
        qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    settle(qtbot, app)
    target = capturable_rows(app)[0]
    others = [r for r in range(pane.model.rowCount()) if r != target][:2]
    click_row(qtbot, app, others[0])
    qtbot.waitUntil(lambda: shown_id(app) == row_id(app, others[0]))
    click_row(qtbot, app, target, CTRL)
    click_row(qtbot, app, others[1], CTRL)
    chosen = sorted([target, *others])
    chosen_ids = [row_id(app, r) for r in chosen]
    assert pane.selected_rows() == chosen
    settle(qtbot, app)
    reset = resets(app)
    order_id = row_id(app, target)
    assert status_of(app, order_id) == "Authorized"
    order = app.sandbox.order(order_id)
    # Not through the window: the service alone, as the background retries or a bulk run would.
    request = ActionRequest(Action.CAPTURE, order_id, body={"captured_amount": order.remaining_authorized_amount})
    result = run(qtbot, app.session.actions.perform(request))
    assert result.succeeded
    qtbot.waitUntil(lambda: status_of(app, order_id) == "Captured", timeout=5000)
    settle(qtbot, app)
    assert pane.selected_rows() == chosen and pane.selected_order_ids() == chosen_ids
    assert pane.count_label.text() == f"{pane.model.rowCount()} orders · 3 selected"
    assert reset == [], "the table was never reset: only the changed row was repainted"
    assert shown_id(app) == row_id(app, others[0]), "the shown order stayed the clicked one"


def test_orders_joining_and_leaving_a_filter_move_rows_and_the_selection_stays_on_its_orders(
        qtbot, app_window: AppWindow):
    app, pane = app_window, app_window.window.search_pane
    filter_status(qtbot, app, "AUTHORIZED")
    settle(qtbot, app)
    capturable = capturable_rows(app)
    assert len(capturable) >= 3
    first, second, third = capturable[:3]
    click_row(qtbot, app, first)
    qtbot.waitUntil(lambda: shown_id(app) == row_id(app, first))
    click_row(qtbot, app, second, CTRL)
    click_row(qtbot, app, third, CTRL)
    ids = [row_id(app, r) for r in (first, second, third)]
    before = pane.model.rowCount()
    settle(qtbot, app)
    reset = resets(app)
    # The middle one is captured: it leaves the "Authorized" filter, its row goes.
    order = app.sandbox.order(ids[1])
    request = ActionRequest(Action.CAPTURE, ids[1], body={"captured_amount": order.remaining_authorized_amount})
    assert run(qtbot, app.session.actions.perform(request)).succeeded
    qtbot.waitUntil(lambda: pane.model.rowCount() == before - 1, timeout=5000)
    settle(qtbot, app)
    assert ids[1] not in pane.model.ids().values()
    assert pane.selected_order_ids() == [ids[0], ids[2]]
    # Another window caches an authorized order newer than all: it joins the list at the top.
    newest = max(app.sandbox.order(oid).created_at for oid in pane.model.ids().values())
    fresh = msgspec.convert(app.sandbox.order(ids[0]).to_dict() | {
        "order_id": "0e4b2a6e-7d1c-4f1a-9a57-1c2d3e4f5a6b", "merchant_reference1": "JOINED-ELSEWHERE",
        "created_at": newest + dt.timedelta(minutes=5)}, Order)
    other = Store(database_path(app.paths, app.session.profile.id), app.session.profile.id)
    try:
        other.orders.upsert_orders([fresh])
    finally:
        other.close()
    qtbot.waitUntil(lambda: pane.model.rowCount() == before, timeout=5000)
    settle(qtbot, app)
    assert row_id(app, 0) == fresh.order_id
    assert pane.selected_order_ids() == [ids[0], ids[2]], "the selection moved down with its orders"
    assert pane.count_label.text() == f"{before} orders · 2 selected"
    assert reset == [], "rows were removed and inserted, never a reset"


def test_the_controller_hears_order_changes_through_the_bridge_not_a_constructor_callback(
        qtbot, app_window: AppWindow):
    app = app_window
    settle(qtbot, app)
    heard: list[OrderChanged] = []
    app.controller.events.order_changed.connect(heard.append)
    order_id = shown_id(app)
    assert order_id is not None
    run(qtbot, app.session.orders.fetch(order_id))
    assert [e.order_id for e in heard] == [order_id]
    # A closed session's events reach no one: the bridge let its bus go.
    session = app.session
    run(qtbot, app.controller.close_session())
    session.events.publish(heard[0])
    assert len(heard) == 1


def test_a_selection_made_while_the_profile_connects_survives_the_connection(
        qtbot, app_window: AppWindow, monkeypatch):
    from klarna_console.profiles import SANDBOX_PROFILE
    from klarna_console.services import session as sessions

    app, pane, controller = app_window, app_window.window.search_pane, app_window.controller
    settle(qtbot, app)
    run(qtbot, controller.close_session())
    # The connection takes as long as the test wants: the cached list is shown meanwhile, as on a slow start.
    connect = sessions.open_session
    gate = asyncio.Event()

    async def slow_open_session(*args, **kwargs):
        await gate.wait()
        return await connect(*args, **kwargs)

    monkeypatch.setattr(sessions, "open_session", slow_open_session)
    closed_list = pane.model.query
    opening = controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile")
    # The cached list of the profile opening (not the one left from before), its first order shown.
    qtbot.waitUntil(lambda: pane.model.query is not closed_list and pane.model.rowCount() == 40
                    and shown_id(app) == row_id(app, 0) and not controller.tasks.running("order"), timeout=10_000)
    assert controller.session is None
    click_row(qtbot, app, 3)
    qtbot.waitUntil(lambda: shown_id(app) == row_id(app, 3))
    click_row(qtbot, app, 6, CTRL)
    click_row(qtbot, app, 9, CTRL)
    chosen = [row_id(app, r) for r in (3, 6, 9)]
    gate.set()
    qtbot.waitUntil(opening.done, timeout=30_000)
    assert opening.result() is True and controller.session is not None
    settle(qtbot, app)
    assert pane.selected_rows() == [3, 6, 9] and pane.selected_order_ids() == chosen
    assert shown_id(app) == chosen[0]


def test_the_import_dialog_follows_its_own_import_on_the_event_stream(qtbot, app_window: AppWindow):
    from klarna_console.services.events import ImportProgress
    from klarna_console.ui.import_dialog import ImportDialog
    from klarna_console.ui.qt import Qt, QtWidgets

    app = app_window
    settle(qtbot, app)
    dialog = ImportDialog(app.window, app.controller)
    dialog.show()
    ids = app.sandbox.order_ids[:5]
    QtWidgets.QApplication.clipboard().setText("order_id\n" + "\n".join(ids))
    qtbot.mouseClick(dialog.text.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, CTRL)
    assert dialog.found.text() == "5 order ids found."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.progress.value() == 5 and dialog.progress.format() == "5 of 5"
    # Another import on the same stream (a bulk run reading its orders back) is not this dialog's.
    app.session.events.publish(ImportProgress("bulk-read-back", 1, 40))
    assert dialog.progress.format() == "5 of 5"
    dialog.close()
    dialog.deleteLater()
