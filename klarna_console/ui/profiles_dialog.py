"""The Profiles dialog: add, edit, test and remove the Klarna accounts the console connects as."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..api.hosts import REGIONS
from ..log import register_secret
from ..profiles import (
    KUSTOM_PLAYGROUND,
    KUSTOM_PRODUCTION,
    SANDBOX_ID,
    Profile,
    ProfileProblem,
    ProfileValidationError,
    validate_profile,
)
from ..profiles.model import default_agent, team_secret_id
from ..reasons import Code, reason
from . import reason_text
from .dialogs.confirm import environment_text
from .qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from .controller import MainController

HOSTS = (("Klarna", None), ("Kustom (production)", KUSTOM_PRODUCTION), ("Kustom (playground)", KUSTOM_PLAYGROUND),
         ("Custom URL", ""))  # see host_text(): the words shown for each
NEW = "__new__"


def host_text(label: str) -> str:
    """A host choice in the user's words (the providers' names stay)."""
    words = {"Klarna": QtCore.QCoreApplication.translate("ProfilesDialog", "Klarna"), "Kustom (production)": QtCore.QCoreApplication.translate("ProfilesDialog", "Kustom (production)"),
             "Kustom (playground)": QtCore.QCoreApplication.translate("ProfilesDialog", "Kustom (playground)"), "Custom URL": QtCore.QCoreApplication.translate("ProfilesDialog", "Custom URL")}
    return words.get(label, label)


def region_text(code: str) -> str:
    """One of Klarna's API regions in the user's words."""
    words = {"eu": QtCore.QCoreApplication.translate("ProfilesDialog", "Europe"), "na": QtCore.QCoreApplication.translate("ProfilesDialog", "North America"), "oc": QtCore.QCoreApplication.translate("ProfilesDialog", "Oceania")}
    return words.get(code, REGIONS.get(code, code))


class ProfilesDialog(QtWidgets.QDialog):
    """A list of profiles beside a form; Save stores the profile (the password goes to the credential store)."""

    def __init__(self, parent: QtWidgets.QWidget, controller: MainController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.profiles = controller.profiles
        self.credentials = controller.credentials
        self.setWindowTitle(QtCore.QCoreApplication.translate("ProfilesDialog", "Profiles"))
        self.setMinimumSize(720, 460)
        self._setup_ui()
        self._reload(self.controller.session.profile.id if self.controller.session else SANDBOX_ID)

    def _setup_ui(self) -> None:
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(QtCore.QCoreApplication.translate("ProfilesDialog", "Profiles"))
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item.data(QtCore.Qt.ItemDataRole.UserRole) if item else None))
        add = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Add profile"))
        add.clicked.connect(self._add)
        self.remove = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Remove"))
        self.remove.clicked.connect(self._remove)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)

        self.name = QtWidgets.QLineEdit()
        self.host = QtWidgets.QComboBox()
        for label, url in HOSTS:
            self.host.addItem(host_text(label), url)
        self.host.currentIndexChanged.connect(self._on_host_changed)
        self.region = QtWidgets.QComboBox()
        for code in REGIONS:
            self.region.addItem(region_text(code), code)
        self.environment = QtWidgets.QComboBox()
        self.environment.addItem(QtCore.QCoreApplication.translate("ProfilesDialog", "Playground (test)"), "playground")
        self.environment.addItem(QtCore.QCoreApplication.translate("ProfilesDialog", "Production (real money)"), "production")
        self.base_url = QtWidgets.QLineEdit()
        self.base_url.setPlaceholderText(QtCore.QCoreApplication.translate("ProfilesDialog", "https://…"))
        self.username = QtWidgets.QLineEdit()
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.read_only = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("ProfilesDialog", "Read-only: look at orders, never change them"))
        self.color = QtWidgets.QLineEdit()
        self.color.setPlaceholderText("#3d6fb4")
        # Team mode: a PostgreSQL store shared by the team's desks (README, "Team mode").
        self.team_store = QtWidgets.QLineEdit()
        self.team_store.setPlaceholderText(
            QtCore.QCoreApplication.translate("ProfilesDialog", "empty: this computer's own store; or postgresql://user@server/database"))
        self.team_password = QtWidgets.QLineEdit()
        self.team_password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.agent = QtWidgets.QLineEdit()
        self.agent.setPlaceholderText(default_agent())
        self.form = QtWidgets.QFormLayout()
        self.fields = {"name": self.name, "host": self.host, "region": self.region, "environment": self.environment,
                       "base_url": self.base_url, "username": self.username, "password": self.password,
                       "read_only": self.read_only, "color": self.color, "team_store": self.team_store,
                       "team_password": self.team_password, "agent": self.agent}
        for label, key in ((QtCore.QCoreApplication.translate("ProfilesDialog", "Name"), "name"), (QtCore.QCoreApplication.translate("ProfilesDialog", "Host"), "host"), (QtCore.QCoreApplication.translate("ProfilesDialog", "Region"), "region"),
                           (QtCore.QCoreApplication.translate("ProfilesDialog", "Environment"), "environment"), (QtCore.QCoreApplication.translate("ProfilesDialog", "Base URL"), "base_url"),
                           (QtCore.QCoreApplication.translate("ProfilesDialog", "API username"), "username"), (QtCore.QCoreApplication.translate("ProfilesDialog", "API password"), "password"), ("", "read_only"),
                           (QtCore.QCoreApplication.translate("ProfilesDialog", "Badge colour"), "color"), (QtCore.QCoreApplication.translate("ProfilesDialog", "Team store"), "team_store"),
                           (QtCore.QCoreApplication.translate("ProfilesDialog", "Team store password"), "team_password"), (QtCore.QCoreApplication.translate("ProfilesDialog", "Agent name"), "agent")):
            widget = self.fields[key]
            widget.setAccessibleName(label or QtCore.QCoreApplication.translate("ProfilesDialog", "Read-only"))
            self.form.addRow(label, widget)
            if key == "password":
                self.password_home = QtWidgets.QLabel(QtCore.QCoreApplication.translate("ProfilesDialog", "Kept {where}.").format(
                    where=reason_text.text(self.credentials.where())))
                self.password_home.setWordWrap(True)
                self.password_home.setStyleSheet("color: palette(placeholder-text);")
                self.password_home.setAccessibleName(QtCore.QCoreApplication.translate("ProfilesDialog", "Where the password is kept"))
                self.form.addRow("", self.password_home)
        self.errors = QtWidgets.QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b91c1c;")
        self.errors.setAccessibleName(QtCore.QCoreApplication.translate("ProfilesDialog", "Problems with this profile"))
        self.check_result = QtWidgets.QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName(QtCore.QCoreApplication.translate("ProfilesDialog", "Connection test result"))
        self.test = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Test connection"))
        self.test.clicked.connect(lambda: self.controller.tasks.start(self._test(), "profile-test"))
        self.save = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Save"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.use = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Save and open"))
        self.use.clicked.connect(lambda: self._save(open_it=True))
        close = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("ProfilesDialog", "Close"))
        close.clicked.connect(self.accept)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self.test)
        actions.addStretch(1)
        actions.addWidget(self.save)
        actions.addWidget(self.use)
        actions.addWidget(close)
        self.sandbox_note = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("ProfilesDialog", "The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. "
              "No account, no network, no real money. It cannot be edited or removed."))
        self.sandbox_note.setWordWrap(True)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.sandbox_note)
        right.addLayout(self.form)
        right.addWidget(self.errors)
        right.addWidget(self.check_result)
        right.addStretch(1)
        right.addLayout(actions)
        layout = QtWidgets.QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

    # --- showing -------------------------------------------------------------------------------

    def _reload(self, select: str) -> None:
        self.list.clear()
        for profile in self.profiles.list():
            item = QtWidgets.QListWidgetItem(f"{profile.name}  ·  {environment_text(profile.environment_label)}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
            if profile.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, profile_id: str | None) -> None:
        profile = self.profiles.get(profile_id) if profile_id and profile_id != NEW else None
        self.current = profile_id
        sandbox = profile is not None and profile.kind == "sandbox"
        self.sandbox_note.setVisible(sandbox)
        for widget in (*self.fields.values(), self.save, self.use, self.test):
            widget.setEnabled(not sandbox)
        self.remove.setEnabled(profile is not None and not sandbox)
        self.errors.clear()
        self.check_result.clear()
        p = profile or Profile(name="", region="eu", environment="playground")
        self.name.setText(p.name)
        host_index = next((i for i, (_l, url) in enumerate(HOSTS) if url == p.base_url), 3 if p.base_url else 0)
        self.host.setCurrentIndex(0 if sandbox else host_index)
        self.region.setCurrentIndex(max(0, self.region.findData(p.region or "eu")))
        self.environment.setCurrentIndex(max(0, self.environment.findData(p.environment or "playground")))
        self.base_url.setText(p.base_url or "" if not sandbox else "")
        self.username.setText(p.username)
        self.password.clear()
        stored = profile is not None and not sandbox and self.credentials.get(profile.id) is not None
        self.password.setPlaceholderText(QtCore.QCoreApplication.translate("ProfilesDialog", "stored ({backend}); type to replace").format(
            backend=self.credentials.backend) if stored else QtCore.QCoreApplication.translate("ProfilesDialog", "required"))
        self.read_only.setChecked(p.read_only)
        self.color.setText(p.color)
        self.team_store.setText(p.team_store or "")
        self.team_password.clear()
        team_stored = profile is not None and self.credentials.get(team_secret_id(profile.id)) is not None
        self.team_password.setPlaceholderText(QtCore.QCoreApplication.translate("ProfilesDialog", "stored; type to replace") if team_stored
                                              else QtCore.QCoreApplication.translate("ProfilesDialog", "if the server asks for one"))
        self.agent.setText(p.agent)
        self._on_host_changed()

    def _on_host_changed(self, *_: object) -> None:
        klarna = self.host.currentData() is None
        custom = self.host.currentData() == ""
        self.region.setEnabled(klarna and self.name.isEnabled())
        self.environment.setEnabled(klarna and self.name.isEnabled())
        self.base_url.setEnabled(custom and self.name.isEnabled())

    # --- editing -------------------------------------------------------------------------------

    def profile_from_form(self) -> Profile:
        """The profile the form describes (not yet validated)."""
        host = self.host.currentData()
        base_url = self.base_url.text().strip() if host == "" else host
        return Profile(
            id=self.current if self.current not in (None, NEW) else "new-profile",
            name=self.name.text(),
            region=None if base_url else self.region.currentData(),
            environment=None if base_url else self.environment.currentData(),
            base_url=base_url or None,
            username=self.username.text(),
            read_only=self.read_only.isChecked(),
            color=self.color.text().strip() or "#3d6fb4",
            team_store=self.team_store.text().strip() or None,
            agent=self.agent.text(),
        )

    def _add(self) -> None:
        item = QtWidgets.QListWidgetItem(QtCore.QCoreApplication.translate("ProfilesDialog", "New profile"))
        item.setData(QtCore.Qt.ItemDataRole.UserRole, NEW)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.name.setFocus()

    def _save(self, open_it: bool = False) -> Profile | None:
        profile = self.profile_from_form()
        password, team_password = self.password.text(), self.team_password.text()
        register_secret(password)
        register_secret(team_password)
        others = [p for p in self.profiles.list() if p.id != profile.id]
        problems = validate_profile(profile, others)
        new = self.current in (None, NEW)
        if new and not password:
            problems.append(ProfileProblem("password", reason(Code.FIELD_REQUIRED, field="password")))
        if problems:
            self.errors.setText("\n".join(reason_text.profile_problem(p) for p in problems))
            first = self.fields.get(problems[0].field)
            if first is not None:
                first.setFocus()
            return None
        try:
            stored = self.profiles.add(profile) if new else self.profiles.update(profile)
        except ProfileValidationError as error:
            self.errors.setText("\n".join(reason_text.profile_problem(p) for p in error.problems))
            return None
        if password:
            self.credentials.set(stored.id, password)
        if team_password:
            self.credentials.set(team_secret_id(stored.id), team_password)
        self.errors.clear()
        self._reload(stored.id)
        self.check_result.setText(QtCore.QCoreApplication.translate("ProfilesDialog", "Saved."))
        if open_it:
            self.controller.tasks.start(self.controller.open_profile(stored), "profile")
            self.accept()
        return stored

    def _remove(self) -> None:
        profile_id = self.current
        if not profile_id or profile_id in (NEW, SANDBOX_ID):
            return
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, QtCore.QCoreApplication.translate("ProfilesDialog", "Remove profile"),
                                    QtCore.QCoreApplication.translate("ProfilesDialog", "Remove profile {name} and its stored password? Its local order cache and "
                                      "history stay on disk.").format(name=repr(self.name.text())),
                                    QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
                                    self)
        box.finished.connect(functools.partial(self._on_remove_answered, profile_id))
        box.open()

    def _on_remove_answered(self, profile_id: str, answer: int) -> None:
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self._really_remove(profile_id)

    def _really_remove(self, profile_id: str) -> None:
        self.profiles.remove(profile_id)
        self.credentials.delete(profile_id)
        self.credentials.delete(team_secret_id(profile_id))
        self._reload(SANDBOX_ID)

    async def _test(self) -> None:
        profile = self.profile_from_form()
        problems = [p for p in validate_profile(profile) if p.field not in ("name", "id")]
        if problems:
            self.errors.setText("\n".join(reason_text.profile_problem(p) for p in problems))
            return
        password = self.password.text() or (self.credentials.get(self.current) if self.current not in (None, NEW)
                                            else None) or ""
        if not password:
            self.check_result.setText(QtCore.QCoreApplication.translate("ProfilesDialog", "Type the API password to test the connection."))
            return
        self.test.setEnabled(False)
        self.check_result.setText(QtCore.QCoreApplication.translate("ProfilesDialog", "Testing {url}…").format(url=profile.resolved_base_url()))
        from ..profiles.connection import test_connection

        try:
            result = await test_connection(profile, password)
        finally:
            self.test.setEnabled(True)
        color = "#15803d" if result.ok else "#b91c1c"
        self.check_result.setStyleSheet(f"color: {color};")
        if result.correlation_id:
            self.check_result.setText(QtCore.QCoreApplication.translate("ProfilesDialog", "{result} (correlation id {id})").format(
                result=reason_text.text(result.reason), id=result.correlation_id))
        else:
            self.check_result.setText(reason_text.text(result.reason))

