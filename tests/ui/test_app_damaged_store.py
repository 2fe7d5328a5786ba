"""The program itself, started on a store damaged on disk: it starts, says so, and lists what was open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from klarna_console.paths import Paths
from klarna_console.store import Store, database_path
from klarna_console.ui.qt import QtGui

ORDER = "0d7c6f1a-2222-4000-8000-000000000002"


def launch(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KLARNA_CONSOLE_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "klarna_console", "--sandbox", *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_the_app_starts_on_a_damaged_store_with_the_report_instead_of_a_crash(tmp_path):
    home = tmp_path / "home"
    assert launch(home, "--screenshot", str(tmp_path / "first.png")).returncode == 0
    paths = Paths.resolve(home)
    with Store.open(paths, "sandbox") as store:
        entry = store.journal.add_intent(ORDER, "refund", {"body": {"refunded_amount": 990}}, sending=True)
    db = database_path(paths, "sandbox")
    before = db.read_bytes()
    with open(db, "r+b") as handle:  # the header zeroed, as a crashed disk controller leaves it
        handle.write(bytes(100))
    damaged = db.read_bytes()
    assert damaged != before

    out = tmp_path / "damaged.png"
    done = launch(home, "--screenshot", str(out), "--size", "1024x700")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr
    (kept,) = db.parent.glob("damaged-*")
    assert (kept / db.name).read_bytes() == damaged, "moved aside byte for byte"
    log = (home / "logs" / "klarna-console.log").read_text()
    assert f"The local store {db} is not a readable SQLite database" in log
    assert str(kept) in log and entry.idempotency_key in log
    assert "screenshot written" in log, "the window came up and was rendered"
    image = QtGui.QImage(str(out))
    assert not image.isNull() and image.height() == 700
    # The open refund is in the fresh journal, still open, with its own key: nothing new goes for it.
    with Store.open(paths, "sandbox") as fresh:
        adopted = fresh.journal.by_key(entry.idempotency_key)
        assert adopted is not None and adopted.order_id == ORDER and adopted.action == "refund"
        assert adopted.note is not None and str(kept) in adopted.note
