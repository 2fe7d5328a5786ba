"""Builds the main window with its controller and the dialogs its menus open."""

from __future__ import annotations

from ..paths import Paths
from ..profiles import CredentialStore, ProfileStore
from .controller import MainController
from .dialogs import ActionDialogs
from .import_dialog import ImportDialog
from .main_window import MainWindow
from .payouts_controller import PayoutsController
from .profiles_dialog import ProfilesDialog
from .qt import QtCore


def user_locale() -> str:
    """The user's locale as a BCP 47 tag ("sv-SE"), for formatting amounts."""
    name = QtCore.QLocale().bcp47Name()
    return "en" if name in ("", "C") else name


def build_window(paths: Paths, profiles: ProfileStore, credentials: CredentialStore,
                 *, sandbox_orders: int = 200) -> tuple[MainWindow, MainController]:
    """The main window and its controller, wired; nothing is loaded yet."""
    settings = QtCore.QSettings(str(paths.config / "window.ini"), QtCore.QSettings.Format.IniFormat)
    controller_ref: list[MainController] = []

    async def fetch(query: object, offset: int, limit: int) -> list[object]:
        return await controller_ref[0].fetch_page(query, offset, limit)  # type: ignore[arg-type]

    locale = user_locale()
    window = MainWindow(fetch, locale, settings)
    controller = MainController(window, paths, profiles, credentials, locale, sandbox_orders=sandbox_orders)
    controller_ref.append(controller)

    def open_import() -> None:
        if controller.session is not None:
            ImportDialog(window, controller).open()

    def open_profiles() -> None:
        ProfilesDialog(window, controller).open()

    window.import_requested.connect(open_import)
    window.profiles_requested.connect(open_profiles)

    def open_about() -> None:
        from .about import AboutDialog  # reads package metadata: not needed before the first paint

        AboutDialog(window).open()

    window.about_requested.connect(open_about)
    window.reset_sandbox_requested.connect(lambda: controller.tasks.start(controller.reset_sandbox(), "profile"))
    controller.dialogs = ActionDialogs(window, controller)
    controller.payouts_ui = PayoutsController(window, controller)  # type: ignore[attr-defined]
    return window, controller
