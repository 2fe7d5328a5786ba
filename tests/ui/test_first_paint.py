"""The first paint: a returning user's cached orders and the first of them, on screen before the session opens."""

from __future__ import annotations

import pytest
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.sandbox import Sandbox
from klarna_console.store import Store

from fixtures.qt import run


@pytest.fixture
def desk(qtbot, qloop, tmp_path):
    """(paths, window, controller) of a window built as the start builds it, with no store opened yet."""
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=12)
    yield paths, window, controller
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()


def cache_sandbox_orders(paths: Paths) -> list:
    """Cache the 12 sandbox orders, as an earlier start left them behind."""
    sandbox = Sandbox(orders=12, seed=3)
    orders = [sandbox.order(i) for i in sandbox.order_ids]
    with Store.open(paths, SANDBOX_PROFILE.id) as store:
        store.orders.upsert_orders(orders)
    return orders


def test_cached_orders_are_shown_from_the_store_before_the_session_opens(qtbot, desk):
    from klarna_console.ui.first_paint import paint_cached

    paths, window, controller = desk
    cache_sandbox_orders(paths)
    window.show()
    opened = paint_cached(window, paths, SANDBOX_PROFILE)
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


def test_a_tab_not_built_for_the_first_paint_shows_the_order_when_clicked(qtbot, desk):
    import datetime as dt

    from klarna_console.domain.rules import Action
    from klarna_console.ui.first_paint import paint_cached
    from klarna_console.ui.qt import Qt, QtWidgets

    paths, window, _controller = desk
    orders = cache_sandbox_orders(paths)
    window.show()
    paint_cached(window, paths, SANDBOX_PROFILE)
    view = window.order_view
    captured = next(o for o in orders if o.captures)
    view.show_order(captured, dt.datetime.now(dt.timezone.utc))  # as the first paint shows its order
    # Only the tab on screen is built for the first paint; the others when first shown.
    assert view.tabs.widget(1).findChild(QtWidgets.QTableView) is None
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.current_tab() == "captures" and view.captures_table.isVisible()
    table = view.captures_table
    assert table.model().rowCount() == len(captured.captures)
    assert captured.captures[0].klarna_reference in [
        table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    # The capture's own actions are on its context menu, as on a tab built with the window.
    assert window.order_actions[Action.EXTEND_DUE_DATE] in table.actions()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    assert view.current_tab() == "customer"
    assert captured.billing_address.family_name in view.customer.billing.text()


def test_a_store_left_by_an_older_version_is_updated_after_the_window_is_on_screen(qtbot, desk):
    from klarna_console.store import MIGRATIONS, SCHEMA_VERSION, Database
    from klarna_console.store.sqlite.db import file_schema_version
    from klarna_console.store.sqlite.local_store import database_path
    from klarna_console.ui.first_paint import paint_cached

    paths, window, controller = desk
    path = database_path(paths, SANDBOX_PROFILE.id)
    path.parent.mkdir(parents=True)
    older = Database(path, migrations=MIGRATIONS[:-1])  # as the version before this one left it
    older.close()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.show()
    # The migration rebuilds the search index (minutes at a million orders): never before the window shows.
    assert paint_cached(window, paths, SANDBOX_PROFILE) is None
    assert file_schema_version(path) == SCHEMA_VERSION - 1
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
    assert file_schema_version(path) == SCHEMA_VERSION
    assert any(text.startswith("Updating the local data of Sandbox") for text in said), said
    qtbot.waitUntil(lambda: window.search_pane.model.rowCount() == 12)


class ReadAheadDone:
    """A child's answer as `services.read_ahead.ReadAhead` hands it over (test_read_ahead.py forks a real one)."""

    def __init__(self, peek) -> None:
        self.peek, self.asked = peek, []

    def take(self, profile_id, query, limit):
        self.asked.append((profile_id, query, limit))
        return self.peek


def test_a_page_read_ahead_is_shown_and_the_session_then_opens_the_store_itself(qtbot, desk):
    from klarna_console.store import factory
    from klarna_console.store.interface import FirstPage
    from klarna_console.store.values import SearchQuery
    from klarna_console.ui.first_paint import paint_cached

    paths, window, controller = desk
    cache_sandbox_orders(paths)
    seen = factory.read_first_page(paths, SANDBOX_PROFILE.id, SearchQuery(), 200)
    ahead = ReadAheadDone(FirstPage(seen.rows, seen.total, seen.cached, seen.history))
    window.show()
    assert paint_cached(window, paths, SANDBOX_PROFILE, ahead) is None, "no store opened by the first paint"
    assert ahead.asked == [(SANDBOX_PROFILE.id, window.search_pane.query(), window.search_pane.model.PAGE)]
    assert window.search_pane.model.rowCount() == 12 and window.order_view.order is not None
    assert window.order_view.order.order_id == seen.rows[0].order_id
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE, None), "profile"))
    assert controller.store is not None and controller.session is not None, "the session opened the store itself"
