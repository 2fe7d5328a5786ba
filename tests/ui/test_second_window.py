"""A second window on a profile another process holds: it says so, names the process, and only looks."""

from __future__ import annotations

import subprocess
import sys

from klarna_console.domain.rules import Action
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore

from fixtures.qt import run

HOLD = """
import sys, time
from pathlib import Path
from klarna_console.store.lock import ProfileLock
lock = ProfileLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
time.sleep(120)
"""


def test_the_second_window_names_the_holder_and_sends_nothing(qtbot, qloop, tmp_path):
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(paths.data / SANDBOX_PROFILE.id)],
                              stdout=subprocess.PIPE, text=True)
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=20)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        window.resize(1024, 700)
        window.show()
        assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
        text = window.message_bar.text
        assert f"This profile is open in another window, process {holder.pid}." in text
        assert window.read_only.isVisibleTo(window)
        run(qtbot, controller.show_order(controller.session.sandbox.order_ids[0]))
        capture = window.order_actions[Action.CAPTURE]
        assert not capture.isEnabled() and "open in another window" in capture.toolTip()
        assert not controller.tasks.running("resume") and not controller.tasks.running("escalations")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
        run(qtbot, controller.shutdown())
        window.close()
        window.deleteLater()
