"""The composition root: the QApplication, the first paint, the qasync loop, the controller, and a clean quit."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME, __version__, startup
from .log import setup_logging
from .paths import Paths, resource
from .profiles import CredentialStore, ProfileStore
from .services import locale_formats_file, read_ahead, seed_ahead
from .services.cache import start_profile

if TYPE_CHECKING:
    from .profiles import Profile
    from .services.cache import LocalData
    from .ui.main_window import MainWindow
    from .ui.shell import LateFetch

log = logging.getLogger(__name__)
STARTED = time.monotonic()
SCREENSHOT_TIMEOUT = 90


def run(args: argparse.Namespace) -> int:
    """Start the window (the command line has checked there is a display: __main__.py); returns the exit status."""
    paths = Paths.resolve(args.basedir).ensure()
    setup_logging(paths.logs, logging.DEBUG if args.debug else logging.INFO)
    log.info("Klarna Order Console %s starting (data in %s)", __version__, paths.data)
    profiles = ProfileStore(paths)
    opens_sandbox = bool(args.sandbox or not profiles.list()[1:])
    # A first start's sandbox orders are made by a child process, on another core, while Qt loads (it then
    # sends the store's first page); on a returning start a child reads that page there.
    seeding = seed_ahead.begin(paths) if opens_sandbox else None
    reading = seeding.page if seeding is not None else None
    if seeding is None:
        start, _ = start_profile(profiles, opens_sandbox, args.profile)
        if not start.team_store:
            reading = read_ahead.begin(paths, start.id)

    from .ui.qt import QtWidgets
    from .ui.runtime import CrashHandler, GarbageCollector, hold_interrupts

    hold_interrupts()  # until the event loop's InterruptHandler: the window is up before it

    existing = QtWidgets.QApplication.instance()  # typed as the QCoreApplication it may be
    app = existing if isinstance(existing, QtWidgets.QApplication) else QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Klarna Order Console")  # english-ok: the program's name
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)  # main() decides when to quit, after the async clean-up
    install_language(app, args, paths)  # before any widget: every text is translated as it is built
    if seeding is not None:
        from .ui.models import window_locale

        seeding.tell_locale(window_locale())  # the child works out its orders' formats in it
    crash = CrashHandler(app, show_dialog=not args.screenshot)
    crash.install()
    try:
        window, fetch, profile, store = first_paint(app, args, paths, profiles, opens_sandbox, seeding, reading)
        # Collection stays off (__main__.py) until the window is painted: a first start that took over
        # half a second met the collector's timer in the first paint's processEvents (a full pass).
        GarbageCollector(app)
        # Only now the event loop's machinery: asyncio, qasync, the controller and the services behind it.
        from .ui.qt import qasync

        return int(qasync.run(main(app, args, paths, profiles, window, fetch, profile, store)) or 0)
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



def first_paint(app: object, args: argparse.Namespace, paths: Paths, profiles: ProfileStore, opens_sandbox: bool,
                seeding: seed_ahead.SeedAhead | None = None, reading: read_ahead.ReadAhead | None = None,
                ) -> tuple[MainWindow, LateFetch, Profile, LocalData | None]:
    """Show the window with the cached orders and the first of them, before any event loop or session exists.

    Returns the window, its page reader (answered once the controller is attached), the profile to open
    and its store (None if the first paint could not open it; the controller then tries again).
    """
    from .ui.first_paint import paint_cached, profile_for_start
    from .ui.qt import QtGui, QtWidgets
    from .ui.shell import build_main_window

    assert isinstance(app, QtWidgets.QApplication)
    locale_formats_file.load(paths)  # what Babel worked out on an earlier start: amounts and dates without it
    window, fetch = build_main_window(paths)
    if args.screenshot:
        window.resize(*args.size)
    profile = profile_for_start(profiles, window.messages, opens_sandbox, args.profile)
    if seeding is not None and seeding.wait():  # else the first paint makes the orders itself
        locale_formats_file.load(paths)  # the formats the child worked out
    store = paint_cached(window, paths, profile, reading)  # the cached orders on screen before anything else
    if reading is not None:
        reading.cancel()  # not taken (another profile, a team store): its child must not wait on the pipe
    window.show()
    app.processEvents()  # laid out and painted, as the bare window of bench/startup.py is when it counts
    log.info("window shown after %.0f ms", (time.monotonic() - STARTED) * 1000)
    if window.order_view.order is not None:
        startup.note_populated()  # else (a first start) the controller notes it when the first order shows
    # The icon after the first paint: a real display converts it at once, loading Qt's SVG image plugin.
    icon = resource("icons", "klarna-console.svg")
    if icon.exists():
        app.setWindowIcon(QtGui.QIcon(str(icon)))
    locale_formats_file.save(paths)  # if this paint needed Babel, the next one will not
    return window, fetch, profile, store


async def main(app: object, args: argparse.Namespace, paths: Paths, profiles: ProfileStore, window: MainWindow,
               fetch: LateFetch, profile: Profile, store: LocalData | None) -> int:
    """Attach the controller to the painted window and open the profile; wait for the window to close; clean up."""
    import asyncio

    from .ui.qt import QtCore
    from .ui.runtime import InterruptHandler
    from .ui.shell import attach_controller

    controller = attach_controller(window, fetch, paths, profiles, CredentialStore(paths))
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    InterruptHandler(window)
    if args.screenshot:
        try:
            return await _screenshot(window, controller, profile, args, store)
        finally:
            locale_formats_file.save(paths)
    controller.tasks.start(controller.open_profile(profile, store), "profile")
    # What start-up built (modules, the window, the controller) lives as long as the window: later full
    # collections need not walk it. With it frozen, a full collection during a bulk run stalled the
    # event loop ~12 ms instead of ~30 (bench/bulk.py's loop).
    gc.freeze()
    await closed.wait()
    await controller.shutdown()
    locale_formats_file.save(paths)  # what was worked out since the first paint (a first start's orders)
    QtCore.QCoreApplication.processEvents()
    return 0


async def _screenshot(window: object, controller: object, profile: object, args: argparse.Namespace,
                      store: object = None) -> int:
    """Open the profile, show the wanted order, tab or dialog, render to PNG, and quit."""
    import asyncio

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
