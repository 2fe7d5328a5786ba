"""The composition root: the QApplication, the qasync loop, the window, its controller, and a clean quit."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from pathlib import Path

from . import APP_NAME, __version__
from .log import setup_logging
from .paths import Paths, resource
from .profiles import CredentialStore, ProfileStore

log = logging.getLogger(__name__)
STARTED = time.monotonic()
SCREENSHOT_TIMEOUT = 90


def run(args: argparse.Namespace) -> int:
    """Start the window (the command line has checked there is a display: __main__.py); returns the exit status."""
    paths = Paths.resolve(args.basedir).ensure()
    setup_logging(paths.logs, logging.DEBUG if args.debug else logging.INFO)
    log.info("Klarna Order Console %s starting (data in %s)", __version__, paths.data)

    from .ui.qt import QtGui, QtWidgets, qasync
    from .ui.runtime import CrashHandler, GarbageCollector

    existing = QtWidgets.QApplication.instance()  # typed as the QCoreApplication it may be
    app = existing if isinstance(existing, QtWidgets.QApplication) else QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Klarna Order Console")  # english-ok: the program's name
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)  # main() decides when to quit, after the async clean-up
    icon = resource("icons", "klarna-console.svg")
    if icon.exists():
        app.setWindowIcon(QtGui.QIcon(str(icon)))
    install_language(app, args, paths)  # before any widget: every text is translated as it is built
    GarbageCollector(app)
    crash = CrashHandler(app, show_dialog=not args.screenshot)
    crash.install()
    try:
        return int(qasync.run(main(app, args, paths)) or 0)
    finally:
        crash.uninstall()


def install_language(app: object, args: argparse.Namespace, paths: Paths) -> None:
    """Install the translators of the chosen language (--lang, else the setting, else the system)."""
    from .paths import private_file
    from .ui.i18n import SETTING, Translators, choose_language
    from .ui.qt import QtCore

    assert isinstance(app, QtCore.QCoreApplication)
    settings = QtCore.QSettings(str(private_file(paths.config / "window.ini")), QtCore.QSettings.Format.IniFormat)
    language = choose_language(getattr(args, "lang", None), settings.value(SETTING))
    translators = Translators(app)
    loaded = translators.install(language)
    app._klarna_translators = translators  # type: ignore[attr-defined]  # they live as long as the app
    log.info("language %s (%s)", language, ", ".join(loaded) or "built-in English")


async def main(app: object, args: argparse.Namespace, paths: Paths) -> int:
    """Show the window at once, then open the profile; wait for the window to close; clean up."""
    from .ui.qt import QtCore, QtWidgets
    from .ui.shell import build_window

    assert isinstance(app, QtWidgets.QApplication)
    profiles = ProfileStore(paths)
    credentials = CredentialStore(paths)
    window, controller = build_window(paths, profiles, credentials)
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    width, height = args.size
    if args.screenshot:
        window.resize(width, height)
    window.show()
    log.info("window shown after %.0f ms", (time.monotonic() - STARTED) * 1000)
    from .ui.runtime import InterruptHandler

    InterruptHandler(window)

    profile = controller.profile_for_start(args.sandbox or not profiles.list()[1:], args.profile)
    from .ui.first_paint import paint_cached

    store = paint_cached(window, paths, profile)  # the cached orders on screen before anything else
    if args.screenshot:
        return await _screenshot(window, controller, profile, args, store)
    controller.tasks.start(controller.open_profile(profile, store), "profile")
    await closed.wait()
    await controller.shutdown()
    QtCore.QCoreApplication.processEvents()
    return 0


async def _screenshot(window: object, controller: object, profile: object, args: argparse.Namespace,
                      store: object = None) -> int:
    """Open the profile, show the wanted order, tab or dialog, render to PNG, and quit."""
    from .ui.screenshot import render

    try:
        # A screenshot is taken by scripts and CI: never hang them, whatever goes wrong.
        return await asyncio.wait_for(render(window, controller, profile, args, store),  # type: ignore[arg-type]
                                      SCREENSHOT_TIMEOUT)
    except TimeoutError:
        log.error("--screenshot: nothing to render after %d s", SCREENSHOT_TIMEOUT)
        return 1
    finally:
        await controller.shutdown()  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]


def screenshot_path(text: str) -> Path:
    """Where --screenshot writes, made absolute so the log says exactly where."""
    return Path(text).expanduser().resolve()
