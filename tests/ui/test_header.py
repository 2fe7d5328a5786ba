"""The order's header and History as a person reads them: Klarna's status first, the menus' words."""

from __future__ import annotations

from fixtures.qt import run

from .conftest import AppWindow
from .test_window import busy_order


def test_a_closed_order_with_a_refund_says_closed_then_part_refunded_and_no_expiry(qtbot, app_window: AppWindow):
    app = app_window
    order_id, build = busy_order(app)
    run(qtbot, build)

    async def release() -> None:
        async with app.sandbox.client() as client:
            await client.release_remaining_authorization(order_id)

    run(qtbot, release())
    run(qtbot, app.controller.show_order(order_id))
    header = app.window.order_view.header
    assert app.sandbox.order(order_id).status == "CLOSED"
    assert header.status.text() == "Closed"
    assert header.derived.isVisibleTo(header) and header.derived.text() == "Part refunded"
    assert header.expiry.text() == "—"


def test_history_names_actions_as_the_menus_do(qtbot, app_window: AppWindow):
    from klarna_console.domain.rules import Action
    from klarna_console.services.actions import ActionRequest

    app = app_window
    order_id, build = busy_order(app)
    run(qtbot, build)
    run(qtbot, app.controller.show_order(order_id))
    capture = app.window.order_view.order.captures[0].capture_id
    run(qtbot, app.controller.run_action(ActionRequest(Action.TRIGGER_SEND_OUT, order_id, capture)))
    history = app.window.order_view.history
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    assert history.index(0, 1).data() == "Resend customer communication"
    menu = app.window.order_actions[Action.TRIGGER_SEND_OUT].text().replace("&", "").rstrip("…")
    assert menu == history.index(0, 1).data()


def test_the_profiles_dialog_says_where_a_password_is_kept(qtbot, app_window: AppWindow):
    from klarna_console.ui.profiles_dialog import ProfilesDialog

    app = app_window
    app.window.profiles_requested.emit()
    dialog = next(d for d in app.window.findChildren(ProfilesDialog) if d.isVisible())
    text = dialog.password_home.text()
    # The window's credential store here is the owner-only file (the test machine has no keyring).
    assert str(app.controller.credentials.path) in text and "only your user account can read" in text
    dialog.accept()

