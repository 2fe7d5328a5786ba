"""File → Profiles… by mouse and keyboard: add, edit and remove an account; where its password goes."""

from __future__ import annotations

import logging
import stat

import pytest
from klarna_console.profiles import SANDBOX_ID
from klarna_console.ui.profiles_dialog import ProfilesDialog
from klarna_console.ui.qt import Qt, QtWidgets

from .conftest import AppWindow

PASSWORD = "kl-Pa55word-7f3e9b1c"
CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(qtbot, app: AppWindow) -> ProfilesDialog:
    app.window.profiles_requested.emit()  # File → Profiles…
    dialog = next(d for d in app.window.findChildren(ProfilesDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def button(dialog: ProfilesDialog, text: str) -> QtWidgets.QPushButton:
    return next(b for b in dialog.findChildren(QtWidgets.QPushButton) if b.text() == text and b.isVisible())


def click(qtbot, widget: QtWidgets.QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:
    """Click into the field, select what is there (Ctrl+A) and type over it."""
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def click_row(qtbot, dialog: ProfilesDialog, name: str) -> None:
    items = dialog.list.findItems(name, Qt.MatchFlag.MatchStartsWith)
    assert items, f"no profile {name!r} in the list"
    rect = dialog.list.visualItemRect(items[0])
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def add_shop(qtbot, dialog: ProfilesDialog, name: str = "Shop EU", password: str = PASSWORD) -> None:
    click(qtbot, button(dialog, "Add profile"))
    assert dialog.focusWidget() is dialog.name, "a new profile starts at its name"
    qtbot.keyClicks(dialog.name, name)
    type_into(qtbot, dialog.username, "PK12345_abcdef")
    type_into(qtbot, dialog.password, password)


def list_names(dialog: ProfilesDialog) -> list[str]:
    return [dialog.list.item(i).text().split("  ·  ")[0] for i in range(dialog.list.count())]


def test_the_sandbox_is_shown_but_cannot_be_edited_or_removed(qtbot, app_window: AppWindow):
    dialog = open_dialog(qtbot, app_window)
    assert dialog.current == SANDBOX_ID
    assert dialog.sandbox_note.isVisible()
    assert not dialog.name.isEnabled() and not dialog.password.isEnabled()
    assert not dialog.remove.isEnabled() and not dialog.save.isEnabled()
    dialog.accept()


def test_a_new_profile_is_saved_its_password_masked_and_kept_only_in_the_owner_only_file(
        qtbot, app_window: AppWindow, caplog: pytest.LogCaptureFixture):
    app = app_window
    caplog.set_level(logging.DEBUG, logger="klarna_console")
    dialog = open_dialog(qtbot, app)
    add_shop(qtbot, dialog)
    assert dialog.password.text() == PASSWORD
    assert dialog.password.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    assert PASSWORD not in dialog.password.displayText(), "what is typed is not shown"

    click(qtbot, dialog.save)
    assert dialog.errors.text() == ""
    assert dialog.check_result.text() == "Saved."
    assert "Shop EU" in list_names(dialog)
    profile = app.controller.profiles.get("shop-eu")
    assert profile is not None and profile.username == "PK12345_abcdef"
    assert (profile.region, profile.environment) == ("eu", "playground")

    # The profiles file has the account, never its password; the credential store has the password.
    profiles_file = app.controller.profiles.path
    assert "PK12345_abcdef" in profiles_file.read_text() and PASSWORD not in profiles_file.read_text()
    credentials = app.controller.credentials
    assert credentials.backend == "file"  # this machine has no system keyring
    assert credentials.get("shop-eu") == PASSWORD
    assert PASSWORD in credentials.path.read_text()
    assert stat.S_IMODE(credentials.path.stat().st_mode) == 0o600
    assert str(credentials.path) in dialog.password_home.text()
    # Nothing logged while it was typed and stored shows it.
    assert caplog.records and not [r for r in caplog.records if PASSWORD in r.getMessage()]
    # Shown again, the password box is empty and says one is stored.
    click_row(qtbot, dialog, "Shop EU")
    assert dialog.password.text() == ""
    assert "stored" in dialog.password.placeholderText()
    dialog.accept()


def test_problems_name_their_field_and_nothing_is_saved(qtbot, app_window: AppWindow):
    app = app_window
    dialog = open_dialog(qtbot, app)
    before = app.controller.profiles.list()
    click(qtbot, button(dialog, "Add profile"))
    type_into(qtbot, dialog.color, "blue")
    click(qtbot, dialog.save)
    errors = dialog.errors.text().splitlines()
    # Each field by its label in the form.
    assert "Name: is required" in errors
    assert "API username: is required (the API username from the Merchant Portal)" in errors
    assert "API password: is required" in errors
    assert "Badge colour: 'blue' is not a colour like #4a6fa5" in errors
    assert dialog.focusWidget() is dialog.name, "the cursor goes to the first field to fix"
    assert app.controller.profiles.list() == before

    # A custom host needs a URL a client can use; a name already taken is refused too.
    qtbot.keyClicks(dialog.name, "Sandbox")
    type_into(qtbot, dialog.color, "#12ab34")
    type_into(qtbot, dialog.username, "user:name")
    type_into(qtbot, dialog.password, PASSWORD)
    dialog.host.setFocus()
    qtbot.keyClick(dialog.host, Qt.Key.Key_End)  # the last choice: Custom URL
    assert dialog.host.currentText() == "Custom URL" and dialog.base_url.isEnabled()
    assert not dialog.region.isEnabled()
    type_into(qtbot, dialog.base_url, "ftp://example.com")
    click(qtbot, dialog.save)
    errors = dialog.errors.text()
    assert "Name: another profile is already called 'Sandbox'" in errors
    assert "API username: cannot contain ':'" in errors
    assert "Base URL: base URL 'ftp://example.com' is not an http(s) URL with a host" in errors
    assert app.controller.profiles.list() == before
    assert app.controller.credentials.get("sandbox-2") is None
    dialog.accept()


def test_editing_keeps_the_stored_password_unless_a_new_one_is_typed(qtbot, app_window: AppWindow):
    app = app_window
    dialog = open_dialog(qtbot, app)
    add_shop(qtbot, dialog)
    click(qtbot, dialog.save)
    click_row(qtbot, dialog, "Sandbox")
    click_row(qtbot, dialog, "Shop EU")
    assert dialog.name.text() == "Shop EU" and dialog.remove.isEnabled()

    type_into(qtbot, dialog.name, "Shop Nordics")
    dialog.environment.setFocus()
    qtbot.keyClick(dialog.environment, Qt.Key.Key_Down)  # Production (real money)
    qtbot.keyClick(dialog.save, Qt.Key.Key_Space)
    profile = app.controller.profiles.get("shop-eu")  # the id stays: it names the data folder
    assert profile is not None and profile.name == "Shop Nordics" and profile.environment == "production"
    assert app.controller.credentials.get("shop-eu") == PASSWORD, "an empty password box keeps the stored one"

    type_into(qtbot, dialog.password, "another-Pa55word")
    click(qtbot, dialog.save)
    assert app.controller.credentials.get("shop-eu") == "another-Pa55word"
    assert PASSWORD not in app.controller.credentials.path.read_text(), "the old password is not kept"
    dialog.accept()


def answer_removal(qtbot, dialog: ProfilesDialog, answer: QtWidgets.QMessageBox.StandardButton) -> None:
    click(qtbot, dialog.remove)
    box = next(b for b in dialog.findChildren(QtWidgets.QMessageBox) if b.isVisible())
    assert "Shop EU" in box.text() and "stored password" in box.text()
    click(qtbot, box.button(answer))
    qtbot.waitUntil(lambda: not box.isVisible())


def test_removing_asks_first_then_forgets_the_profile_and_its_password(qtbot, app_window: AppWindow):
    app = app_window
    dialog = open_dialog(qtbot, app)
    add_shop(qtbot, dialog)
    click(qtbot, dialog.save)
    click_row(qtbot, dialog, "Shop EU")

    answer_removal(qtbot, dialog, QtWidgets.QMessageBox.StandardButton.No)
    assert app.controller.profiles.get("shop-eu") is not None
    assert app.controller.credentials.get("shop-eu") == PASSWORD

    answer_removal(qtbot, dialog, QtWidgets.QMessageBox.StandardButton.Yes)
    assert app.controller.profiles.get("shop-eu") is None
    assert app.controller.credentials.get("shop-eu") is None
    assert PASSWORD not in app.controller.credentials.path.read_text()
    assert "Shop EU" not in list_names(dialog)
    assert dialog.current == SANDBOX_ID
    dialog.accept()


def test_test_connection_asks_for_a_password_then_reports_what_klarna_said(qtbot, app_window: AppWindow):
    app = app_window
    dialog = open_dialog(qtbot, app)
    click(qtbot, button(dialog, "Add profile"))
    qtbot.keyClicks(dialog.name, "Nowhere")
    type_into(qtbot, dialog.username, "PK1")
    dialog.host.setFocus()
    qtbot.keyClick(dialog.host, Qt.Key.Key_End)
    type_into(qtbot, dialog.base_url, "http://127.0.0.1:9")  # nothing listens on the discard port
    click(qtbot, dialog.test)
    qtbot.waitUntil(lambda: dialog.check_result.text() != "")
    assert dialog.check_result.text() == "Type the API password to test the connection."

    type_into(qtbot, dialog.password, PASSWORD)
    click(qtbot, dialog.test)
    asked = dialog.check_result.text()
    qtbot.waitUntil(lambda: dialog.check_result.text() not in (asked, "") and dialog.test.isEnabled()
                    and not dialog.check_result.text().startswith("Testing"), timeout=20_000)
    assert "127.0.0.1:9" in dialog.check_result.text()
    assert PASSWORD not in dialog.check_result.text()
    assert app.controller.profiles.get("nowhere") is None, "testing saves nothing"
    dialog.accept()


def test_save_and_open_switches_the_window_to_the_new_profile(qtbot, app_window: AppWindow):
    app = app_window
    dialog = open_dialog(qtbot, app)
    add_shop(qtbot, dialog, name="Local proxy")
    dialog.host.setFocus()
    qtbot.keyClick(dialog.host, Qt.Key.Key_End)
    type_into(qtbot, dialog.base_url, "http://127.0.0.1:9")
    click(qtbot, dialog.use)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    controller = app.controller
    qtbot.waitUntil(lambda: controller.session is not None and controller.session.profile.id == "local-proxy",
                    timeout=10_000)
    assert app.window.environment.text() == "CUSTOM"
    assert controller.session.client.base_url == "http://127.0.0.1:9"


def test_a_team_store_is_named_with_its_password_kept_apart_and_an_agent_name(qtbot, app_window: AppWindow):
    """Team mode from the window: the URL must not hold the password; the password goes to the credential
    store under its own name, never into the profiles file; the agent name is kept with the profile."""
    from klarna_console.profiles.model import team_secret_id

    app = app_window
    dialog = open_dialog(qtbot, app)
    add_shop(qtbot, dialog, "Team desk")
    type_into(qtbot, dialog.team_store, "postgresql://agent:hunter2@db.example.com/klarna")
    click(qtbot, dialog.save)
    assert "Team store: must not hold the password" in dialog.errors.text()
    assert dialog.focusWidget() is dialog.team_store, "the field with the problem takes the focus"
    assert "Team desk" not in list_names(dialog), "nothing was saved"

    type_into(qtbot, dialog.team_store, "postgresql://agent@db.example.com/klarna?sslmode=verify-full")
    type_into(qtbot, dialog.team_password, "team-Db-Pa55-91c2")
    assert dialog.team_password.echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    type_into(qtbot, dialog.agent, "Anna")
    click(qtbot, dialog.save)
    assert dialog.errors.text() == ""
    saved = next(p for p in dialog.profiles.list() if p.name == "Team desk")
    assert (saved.team_store, saved.agent) == ("postgresql://agent@db.example.com/klarna?sslmode=verify-full", "Anna")
    assert dialog.credentials.get(team_secret_id(saved.id)) == "team-Db-Pa55-91c2"
    on_disk = "".join(p.read_text(errors="replace") for p in app.paths.config.rglob("profiles*.json"))
    assert "team-Db-Pa55-91c2" not in on_disk and "postgresql://agent@db.example.com" in on_disk
    dialog.accept()
