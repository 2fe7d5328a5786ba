"""The first paint: a returning user's cached orders and the first of them, on screen before the session opens."""

from __future__ import annotations

from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.sandbox import Sandbox
from klarna_console.store import Store

from fixtures.qt import run


def test_cached_orders_are_shown_from_the_store_before_the_session_opens(qtbot, qloop, tmp_path):
    from klarna_console.ui.first_paint import paint_cached
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    sandbox = Sandbox(orders=12, seed=3)
    orders = [sandbox.order(i) for i in sandbox.order_ids]
    with Store.open(paths, SANDBOX_PROFILE.id) as store:  # what an earlier start left behind
        store.orders.upsert_orders(orders)
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=12)
    window.show()
    opened = paint_cached(window, paths, SANDBOX_PROFILE)
    try:
        assert opened is not None and controller.session is None and controller.dialogs is None
        pane, view = window.search_pane, window.order_view
        assert pane.model.rowCount() == 12 and pane.count_label.text() == "12 orders"
        first = pane.model.record(0)
        assert view.order is not None and view.order.order_id == first.order_id, "the first row's order is shown"
        assert view.lines.rowCount() == len(view.order.order_lines or [])
        # The session then opens on the same store, and the action dialogs follow the first paint.
        assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE, opened), "profile"))
        assert controller.store is opened and controller.session is not None
        qtbot.waitUntil(lambda: controller.dialogs is not None)
    finally:
        run(qtbot, controller.shutdown())
        window.close()
        window.deleteLater()
