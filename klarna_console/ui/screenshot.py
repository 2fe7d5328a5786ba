"""--screenshot: render the window (with an order, a tab, or a dialog) to a PNG once the data has loaded."""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

from ..profiles import Profile
from ..services.cache import LocalData
from .controller import MainController
from .main_window import MainWindow
from .qt import QtWidgets

log = logging.getLogger(__name__)


async def settle(rounds: int = 3) -> None:
    """Let queued layouts, paints and page loads run; awaiting hands control to Qt's loop.

    Never processEvents() here: inside a coroutine it re-enters the loop and another task's step
    fails with "Cannot enter into task".
    """
    for _ in range(rounds):
        await asyncio.sleep(0.005)


async def render(window: MainWindow, controller: MainController, profile: Profile, args: argparse.Namespace,
                 store: LocalData | None = None) -> int:
    """Open the profile (with its store, if the first paint opened it), show what was asked for, save the PNG;
    0 on success, 1 when something is missing."""
    if not await controller.open_profile(profile, store):
        log.error("--screenshot: profile %s could not be opened: %s", profile.name, window.messages.text)
        return 1
    await controller.wait_idle()
    if args.order:
        # As a named task, so it replaces the first row's order that the search selected.
        await controller.tasks.start(controller.show_order(args.order), "order")
        shown = controller.window.order_view.order
        if shown is None or shown.order_id != args.order:
            log.error("--screenshot: order %s could not be shown", args.order)
            return 1
    await controller.wait_idle()
    if args.tab in ("captures", "refunds"):
        # The order's payout columns come after the sync and the order: wait for both.
        await controller.tasks.wait(("payouts", "settlement"), 60.0)
        await controller.tasks.start(controller.payouts_ui.show_settlement(controller.order_id or ""),  # type: ignore[attr-defined]
                                     "settlement")
    if args.tab:
        window.order_view.select_tab(args.tab)
    target: QtWidgets.QWidget = window
    if getattr(args, "payouts", False):
        target = await controller.payouts_ui.open_for_screenshot()  # type: ignore[attr-defined]
    elif args.dialog:
        if controller.dialogs is None:
            log.error("--screenshot: there are no action dialogs to show")
            return 1
        target = await controller.dialogs.open_for_screenshot(args.dialog)
    await settle()
    path = Path(args.screenshot).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(path), "PNG"):
        log.error("--screenshot: could not write %s", path)
        return 1
    log.info("screenshot written to %s", path)
    print(path)
    return 0
