"""Builds the main window with its controller and the dialogs its menus open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..paths import Paths, private_file
from ..profiles import CredentialStore, ProfileStore
from .main_window import MainWindow
from .models import window_locale
from .qt import QtCore

if TYPE_CHECKING:
    from ..store.values import SearchQuery
    from .controller import MainController

DIALOGS_AT_LATEST_MS = 1000  # with no order to show and no session, the dialogs still come soon after start


class LateFetch:
    """The results table's page reader, answered by the controller once it is attached after the first paint."""

    def __init__(self) -> None:
        self.controller: MainController | None = None

    async def __call__(self, query: SearchQuery, offset: int, limit: int) -> list[Any]:
        if self.controller is None:
            return []  # nothing reads pages before the event loop runs, and the controller comes with it
        return await self.controller.fetch_page(query, offset, limit)


def build_main_window(paths: Paths) -> tuple[MainWindow, LateFetch]:
    """The bare main window, enough for the first paint: no controller, no event loop, no session yet."""
    settings = QtCore.QSettings(str(private_file(paths.config / "window.ini")), QtCore.QSettings.Format.IniFormat)
    fetch = LateFetch()
    return MainWindow(fetch, window_locale(), settings), fetch


def build_window(paths: Paths, profiles: ProfileStore, credentials: CredentialStore,
                 *, sandbox_orders: int = 200) -> tuple[MainWindow, MainController]:
    """The main window and its controller, wired; nothing is loaded yet."""
    window, fetch = build_main_window(paths)
    return window, attach_controller(window, fetch, paths, profiles, credentials, sandbox_orders=sandbox_orders)


def attach_controller(window: MainWindow, fetch: LateFetch, paths: Paths, profiles: ProfileStore,
                      credentials: CredentialStore, *, sandbox_orders: int = 200) -> MainController:
    """The window's controller and the dialogs its menus open (the start attaches them after the first paint)."""
    from .controller import MainController  # brings asyncio and the services' events

    controller = MainController(window, paths, profiles, credentials, window_locale(), sandbox_orders=sandbox_orders)
    fetch.controller = controller
    window.let_shortcuts_through()

    def open_import() -> None:
        from .import_dialog import ImportDialog

        if controller.session is not None:
            ImportDialog(window, controller).open()

    def open_profiles() -> None:
        from .profiles_dialog import ProfilesDialog

        ProfilesDialog(window, controller).open()

    window.import_requested.connect(open_import)
    window.profiles_requested.connect(open_profiles)

    def open_about() -> None:
        from .about import AboutDialog  # reads package metadata: not needed before the first paint

        AboutDialog(window).open()

    window.about_requested.connect(open_about)
    window.reset_sandbox_requested.connect(lambda: controller.tasks.start(controller.reset_sandbox(), "profile"))
    controller.payouts_ui = None  # type: ignore[attr-defined]
    attach_dialogs_later(window, controller)
    return controller


def attach_dialogs_later(window: MainWindow, controller: MainController) -> None:
    """Give the controller its action dialogs and the payouts after the first paint, not before it.

    The dialogs, the payouts and the services behind them take about a third of start-up to import.
    They are attached just after the first order is on screen, when the session opens (dialogs need
    one), or a second after start, whichever comes first.
    """

    def attach() -> None:
        if controller.dialogs is None:
            from .dialogs import ActionDialogs

            controller.dialogs = ActionDialogs(controller.dialog_context)
            window.bulk_requested.connect(controller.dialogs.open_bulk)
            window.export_requested.connect(controller.dialogs.export.choose_file)
        if controller.payouts_ui is None:  # type: ignore[attr-defined]
            from .payouts_controller import PayoutsController

            controller.payouts_ui = PayoutsController(window, controller)  # type: ignore[attr-defined]
            if controller.session is not None:  # attached as the session opened: sync as on opening
                controller.payouts_ui.on_session(controller.session)  # type: ignore[attr-defined]

    controller.order_shown.connect(lambda _order_id: QtCore.QTimer.singleShot(0, attach))
    controller.session_opened.connect(lambda _session: attach())
    QtCore.QTimer.singleShot(DIALOGS_AT_LATEST_MS, window, attach)
