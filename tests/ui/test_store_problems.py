"""The window with a damaged store, a folder in the way, a full disk: plain messages, never a crash box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from klarna_console.domain import rules
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.reasons import Code, Then, reason
from klarna_console.sandbox import Sandbox
from klarna_console.store import DiskFullError, Store, database_path

from fixtures.qt import run

ORDER = "0d7c6f1a-1111-4000-8000-000000000001"


def open_window(tmp_path: Path) -> tuple[Paths, Any, Any]:
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=40)
    window.resize(1400, 860)
    window.show()
    return paths, window, controller


def close_window(qtbot: Any, window: Any, controller: Any) -> None:
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
def test_a_damaged_store_is_reported_and_its_open_capture_finished_with_its_own_key(qtbot, qloop, tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    # The window's sandbox makes the same demo orders from the same seed: take a capturable one.
    demo = Sandbox(orders=40, seed=1)
    order = next(demo.order(i) for i in demo.order_ids if rules.can_capture(demo.order(i), demo.clock.now(), 100))
    with Store.open(paths, SANDBOX_PROFILE.id) as store:
        entry = store.journal.add_intent(order.order_id, "capture", {"capture_id": None,
                                         "body": {"captured_amount": 100}}, sending=True)
    db = database_path(paths, SANDBOX_PROFILE.id)
    with open(db, "r+b") as handle:
        handle.write(bytes(100))
    paths, window, controller = open_window(tmp_path)
    try:
        assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
        bar = window.message_bar
        assert bar.isVisible() and bar.kind == "error"
        (kept,) = db.parent.glob("damaged-*")
        assert f"The local store {db} is not a readable SQLite database" in bar.text
        assert str(kept) in bar.text and entry.idempotency_key in bar.text and order.order_id in bar.text
        assert "kept open in the new journal with their own keys" in bar.text
        # The fresh journal holds it, still open, with its key; the resume finishes it with that key.
        qtbot.waitUntil(lambda: (run(qtbot, controller.store.store.by_key(entry.idempotency_key)) or entry).state
                        == "succeeded", timeout=10_000)
        adopted = run(qtbot, controller.store.store.by_key(entry.idempotency_key))
        assert adopted.note.startswith("recovered from the damaged store moved to")
        captures = controller.session.sandbox.order(order.order_id).captures
        assert [c.captured_amount for c in captures if c.capture_id == adopted.result_id] == [100]
    finally:
        close_window(qtbot, window, controller)


@pytest.mark.expect_log("klarna_console.ui.first_paint", r"could not open the store of profile")
def test_a_file_where_the_profiles_folder_should_be_gives_a_message_not_a_crash(qtbot, qloop, tmp_path):
    paths, window, controller = open_window(tmp_path)
    (paths.data / SANDBOX_PROFILE.id).write_text("a stray file")
    try:
        assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile")) is False
        assert window.message_bar.kind == "error"
        assert f"{paths.data / SANDBOX_PROFILE.id} is in the way" in window.message_bar.text
        assert "Traceback" not in window.message_bar.text
    finally:
        close_window(qtbot, window, controller)


@pytest.mark.expect_log("klarna_console.ui.runtime", r"^The disk holding .* is full")
def test_a_full_disk_met_by_a_background_task_shows_in_the_message_bar_not_a_crash_box(qtbot, qloop, tmp_path):
    from klarna_console.ui.runtime import CrashHandler

    paths, window, controller = open_window(tmp_path)
    handler = CrashHandler(show_dialog=True)
    handler.install()
    crashes: list[str] = []
    handler.crashed.connect(crashes.append)
    folder = paths.data / "sandbox"
    try:
        async def saving() -> None:
            raise DiskFullError(reason(Code.STORE_DISK_FULL, folder=str(folder), then=Then.NOTHING_SAVED), folder)

        controller.tasks.start(saving())
        qtbot.waitUntil(window.message_bar.isVisible)
        assert window.message_bar.text.startswith(f"The disk holding {folder} is full; nothing was saved")
        assert crashes == [] and handler._dialog is None
    finally:
        handler.uninstall()
        close_window(qtbot, window, controller)


def test_the_window_settings_file_is_owner_only(qtbot, qloop, tmp_path):
    paths, window, controller = open_window(tmp_path)
    try:
        window.save_layout()
        settings = paths.config / "window.ini"
        assert settings.stat().st_size > 0 and settings.stat().st_mode & 0o777 == 0o600
        assert paths.config.stat().st_mode & 0o777 == 0o700
    finally:
        close_window(qtbot, window, controller)


def test_opening_a_profile_takes_the_days_journal_backup_in_the_background(qtbot, qloop, tmp_path):
    paths, window, controller = open_window(tmp_path)
    controller.backup_delay = 0  # the program waits a while, off the start-up path
    backups = database_path(paths, SANDBOX_PROFILE.id).parent / "backups"
    try:
        assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
        qtbot.waitUntil(lambda: backups.is_dir() and any(backups.glob("journal-*.sqlite3")), timeout=15_000)
        (backup,) = backups.glob("journal-*.sqlite3")
        assert backup.stat().st_mode & 0o777 == 0o600
    finally:
        close_window(qtbot, window, controller)
