"""The controller's state and signals, shared by its parts (results, shown order, actions, sessions)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.rules import Action
from ...paths import Paths
from ...profiles import CredentialStore, Profile, ProfileStore
from ...store.values import JournalEntry
from ..event_bridge import EventBridge
from ..main_window import MainWindow
from ..qt import QtCore
from ..tasks import TaskManager

if TYPE_CHECKING:
    from ...services.cache import LocalData
    from ...services.session import Session
    from ..dialogs import ActionDialogs


class ControllerBase(QtCore.QObject):
    """What every part of the controller works on: the window, the open profile's store and session, the tasks.

    Signals:
        session_opened(object): a profile's session is ready (the Session).
        results_shown(int): a search finished (the number of matches).
        order_shown(str): an order is displayed (its id), fresh from Klarna or from the cache.

    What the core announces (orders changed, journal entries, progress) arrives through `events`, the
    bridge to the open session's event bus.
    """

    session_opened = QtCore.Signal(object)
    results_shown = QtCore.Signal(int)
    order_shown = QtCore.Signal(str)

    def __init__(self, window: MainWindow, paths: Paths, profiles: ProfileStore, credentials: CredentialStore,
                 locale: str, *, sandbox_orders: int = 200) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.profiles = profiles
        self.credentials = credentials
        self.locale = locale
        self.sandbox_orders = sandbox_orders
        self.profile: Profile | None = None
        self.store: LocalData | None = None
        self.session: Session | None = None
        self.tasks = TaskManager()
        self.order_id: str | None = None
        # The shown order's journal entries still without an outcome, by action: their dialogs stay
        # reachable whatever the rules say now, since that is where they are settled.
        self.open_entries: dict[Action, JournalEntry] = {}
        self.dialogs: ActionDialogs | None = None  # attached by the application, after the first paint
        self.events = EventBridge(self)
        self._results_due = False

    def now(self) -> dt.datetime:
        """The time the rules judge by (the sandbox's clock once it runs)."""
        return self.session.now() if self.session is not None else dt.datetime.now(dt.timezone.utc)
