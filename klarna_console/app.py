"""The composition root: the QApplication, the qasync loop, the window, its controller, and a clean quit."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from . import APP_NAME, __version__
from .log import setup_logging
from .paths import Paths, resource
from .profiles import CredentialStore, ProfileStore

log = logging.getLogger(__name__)
STARTED = time.monotonic()
SCREENSHOT_TIMEOUT = 90


# Qt platforms that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def no_display_reason(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, in a plain sentence; None when a display (or a headless Qt) is there.

    Without it Qt aborts with "could not connect to display" and a list of plugins, which reads like
    a broken installation.
    """
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen in HEADLESS_PLATFORMS or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Klarna Order Console needs a graphical desktop, and none was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from a desktop session, or over SSH with X forwarding "
            "(ssh -X). To render screenshots without a display, set QT_QPA_PLATFORM=offscreen. "
            "The sandbox server alone needs no display: klarna-console sandbox.")


def run(args: argparse.Namespace) -> int:
    """Start the window; returns the exit status."""
    reason = no_display_reason(os.environ)
    if reason is not None:
        print(reason, file=sys.stderr)
        return 2
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
    GarbageCollector(app)
    crash = CrashHandler(app, show_dialog=not args.screenshot)
    crash.install()
    try:
        return int(qasync.run(main(app, args, paths)) or 0)
    finally:
        crash.uninstall()


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
    width, height = _size(args.size)
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


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--size must look like 1400x860, not {text!r}") from None
    return max(width, 640), max(height, 480)


def screenshot_path(text: str) -> Path:
    """Where --screenshot writes, made absolute so the log says exactly where."""
    return Path(text).expanduser().resolve()
