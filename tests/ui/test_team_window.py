"""The window on a team store (a real PostgreSQL server): another desk's write shows in History, with its agent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.services.cache import LocalData
from klarna_console.store import factory
from klarna_console.store.values import JournalState
from klarna_console.ui.order_view import HISTORY_BY

from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import history


@pytest.fixture
def team_window(qtbot: Any, qloop: Any, tmp_path: Any, team_url: str) -> Iterator[AppWindow]:
    """The main window on the Sandbox profile, its store the team store as desk "Anna"."""
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=20)
    window.resize(1400, 860)
    window.show()
    store = run(qtbot, factory.open_store(paths, SANDBOX_PROFILE.id,
                                          factory.TeamConnection(team_url, None, "Anna", "desk-a")))
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE, LocalData(store)), "profile"))
    qtbot.waitUntil(lambda: window.order_view.order is not None)
    yield AppWindow(window, controller, paths)
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()


def test_a_colleagues_write_appears_in_history_with_their_name_without_refresh(qtbot, team_window, team_url):
    app = team_window
    w = app.window
    shown = w.order_view.order
    assert shown is not None
    run(qtbot, app.controller.wait_idle())
    table = w.order_view.history_table
    assert table.isColumnHidden(HISTORY_BY) or not any(e.agent for e in history(app))
    colleague = run(qtbot, factory.open_store(app.paths, "other", factory.TeamConnection(team_url, None, "Björn",
                                                                                            "desk-b")))
    try:
        entry = run(qtbot, colleague.add_intent(shown.order_id, "update_merchant_references",
                                                {"body": {"merchant_reference1": "B-1"}}))
        run(qtbot, colleague.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=204))
    finally:
        run(qtbot, colleague.close())
    # No Refresh: the team store's notification reaches this desk and History follows.
    qtbot.waitUntil(lambda: any(e.id == entry.id for e in history(app)), timeout=10_000)
    row = next(i for i, e in enumerate(history(app)) if e.id == entry.id)
    model = table.model()
    assert not table.isColumnHidden(HISTORY_BY)
    assert model.index(row, HISTORY_BY).data() == "Björn"
    assert "desk-b" in model.index(row, HISTORY_BY).data(3)  # the tooltip names the computer
