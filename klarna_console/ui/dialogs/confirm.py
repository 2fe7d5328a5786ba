"""The last question before money moves: the amount in the order's currency, the order, and where it goes."""

from __future__ import annotations

from collections.abc import Callable

from ...profiles import Profile
from ..qt import Qt, QtCore, QtWidgets


def environment_text(label: str) -> str:
    """A profile's environment label ("Production", "Playground", "Sandbox", "Custom") in the user's words."""
    words = {"Production": QtCore.QCoreApplication.translate("Environments", "Production"),
             "Playground": QtCore.QCoreApplication.translate("Environments", "Playground"),
             "Sandbox": QtCore.QCoreApplication.translate("Environments", "Sandbox"),
             "Custom": QtCore.QCoreApplication.translate("Environments", "Custom")}
    return words.get(label, label)


def environment_note(profile: Profile) -> str:
    """One line naming the profile and its environment; production is unmistakable."""
    if profile.is_production:
        return QtCore.QCoreApplication.translate(
            "Confirmation",
            "<p style='color:#b91c1c; font-weight:600;'>PRODUCTION: this is a real Klarna account; real money "
            "moves and the customer is told.</p><p>Profile <b>{profile}</b> · {environment}</p>",
        ).format(profile=profile.name, environment=environment_text(profile.environment_label))
    if profile.kind == "sandbox":
        return QtCore.QCoreApplication.translate(
            "Confirmation", "<p>Profile <b>{profile}</b> · {environment}: simulated on this computer, no real money.</p>",
        ).format(profile=profile.name, environment=environment_text(profile.environment_label))
    return QtCore.QCoreApplication.translate(
        "Confirmation", "<p>Profile <b>{profile}</b> · {environment}: Klarna's test environment.</p>",
    ).format(profile=profile.name, environment=environment_text(profile.environment_label))


class Confirmation(QtWidgets.QMessageBox):
    """A non-blocking question (opened with open()); `on_yes` runs only if the action's own button was clicked.

    The confirming button names the action and amount, so "Enter" on autopilot is a conscious choice; in
    production the default button is Cancel.
    """

    def __init__(self, parent: QtWidgets.QWidget, title: str, question: str, details: str, button: str,
                 profile: Profile, on_yes: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setIcon(QtWidgets.QMessageBox.Icon.Warning if profile.is_production
                     else QtWidgets.QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<b>{question}</b>")
        self.setInformativeText(details + environment_note(profile))
        self.yes_button = self.addButton(button, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        self.yes_button.setAccessibleName(button)
        self.no_button = self.addButton(QtCore.QCoreApplication.translate("Confirmation", "Go back"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        self.no_button.setAccessibleName(QtCore.QCoreApplication.translate("Confirmation", "Go back without sending"))
        self.setDefaultButton(self.no_button if profile.is_production else self.yes_button)
        self.setEscapeButton(self.no_button)
        self._on_yes = on_yes
        self.finished.connect(self._on_finished)

    def confirm(self) -> None:
        """Click the confirming button (what a person does; used by tests and screenshots)."""
        self.yes_button.click()

    def _on_finished(self, _result: int) -> None:
        confirmed = self.clickedButton() is self.yes_button
        self.deleteLater()
        if confirmed:
            self._on_yes()
