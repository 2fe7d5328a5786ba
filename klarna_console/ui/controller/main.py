"""MainController: the window's controller, the only home of its async work, composed of its parts."""

from __future__ import annotations

from ...paths import Paths
from ...profiles import CredentialStore, ProfileStore
from ..main_window import MainWindow
from ..window_context import WindowDialogContext
from .sessions import ProfileSessions


class MainController(ProfileSessions):
    """Connects the window to the active profile's session (see ControllerBase for its signals).

    Its parts, one concern each: SearchResults (the results table), ShownOrder (the order shown and its
    History), OrderActions (the writes), ProfileSessions (opening and closing profiles).
    """

    def __init__(self, window: MainWindow, paths: Paths, profiles: ProfileStore, credentials: CredentialStore,
                 locale: str, *, sandbox_orders: int = 200) -> None:
        super().__init__(window, paths, profiles, credentials, locale, sandbox_orders=sandbox_orders)
        self.dialog_context = WindowDialogContext(self)  # all the dialogs see of the window and the session
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.search_pane.query_changed.connect(lambda q: self.tasks.start(self.search(q), "search"))
        w.search_pane.order_selected.connect(lambda oid: self.tasks.start(self.show_order(oid), "order"))
        w.search_pane.order_activated.connect(self._on_order_activated)
        w.search_pane.model.stale.connect(self._refresh_results_soon)
        w.refresh_requested.connect(lambda: self.order_id and self.tasks.start(self.show_order(self.order_id), "order"))
        w.profile_chosen.connect(self._on_profile_chosen)
        w.action_triggered.connect(self._on_action_triggered)
        w.order_view.capture_selected.connect(lambda _c: self._update_actions())
        w.order_view.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.events.order_changed.connect(self._on_order_changed)
        self.events.journal_entry.connect(lambda event: self._on_entry_changed(event.entry))
        self.events.orders_changed_elsewhere.connect(self._on_changed_elsewhere)

    async def shutdown(self) -> None:
        """On quit: stop everything and close the session cleanly."""
        self.window.search_pane.stop()  # a pending keystroke must not start a search after this
        await self.close_session()

    async def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until the profile, search and order tasks have finished (for --screenshot and tests)."""
        await self.tasks.wait(("profile", "search", "order"), timeout)
