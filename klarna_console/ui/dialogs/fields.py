"""Form pieces of the dialogs: input errors named by field, labels and hints, and where each message shows."""

from __future__ import annotations

from ..qt import Qt, QtCore, QtGui, QtWidgets

ERROR_COLOR = "#b91c1c"
HINT_STYLE = "color: palette(placeholder-text);"


class FieldError(Exception):
    """An input that cannot be sent, named by the request field it feeds (e.g. "captured_amount")."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Incomplete(FieldError):
    """Nothing wrong yet, just not enough to send (shown in grey, not red)."""


def error_label(name: str = "") -> QtWidgets.QLabel:
    """A red message line, hidden while empty."""
    label = QtWidgets.QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setAccessibleName(name or QtCore.QCoreApplication.translate("DialogFields", "Problem"))
    label.hide()
    return label


def sentence(text: str) -> str:
    """The first letter in upper case and the rest as written ("SEK has 2 decimals", never "Sek ...")."""
    return text[:1].upper() + text[1:]


def reserve_line(label: QtWidgets.QLabel) -> None:
    """Keep one line of room for a message while it is hidden, so nothing below moves when it appears."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())


def submit_key(event: QtGui.QKeyEvent) -> bool:
    """Whether a key press is Enter or Return without Ctrl, Alt or Shift (the keypad's Enter included)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier


def hint_label(text: str) -> QtWidgets.QLabel:
    """A grey explanation under a field."""
    label = QtWidgets.QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class FieldMessages:
    """Where each field's message goes: the label under the field whose name is the longest match."""

    def __init__(self, general: QtWidgets.QLabel) -> None:
        self.general = general
        self._labels: dict[str, QtWidgets.QLabel] = {}

    def add(self, field: str, label: QtWidgets.QLabel) -> None:
        """Show messages about `field` (and its sub-fields, e.g. order_lines[2].name) in `label`."""
        self._labels[field] = label

    def remove(self, prefix: str) -> None:
        """Forget the fields starting with `prefix` (their inputs were removed)."""
        for name in [n for n in self._labels if n.startswith(prefix)]:
            del self._labels[name]

    def target(self, field: str) -> QtWidgets.QLabel:
        """The label a message about `field` is shown in (the general one if no field matches)."""
        best = ""
        for name in self._labels:
            covers = field == name or field.startswith((name + ".", name + "["))
            if covers and len(name) > len(best):
                best = name
        return self._labels[best] if best else self.general

    def show(self, field: str, text: str, *, neutral: bool = False) -> None:
        """Show a message next to its field (grey when it only says what is missing)."""
        label = self.target(field)
        label.setStyleSheet(HINT_STYLE if neutral else f"color: {ERROR_COLOR};")
        label.setText(text)
        label.show()

    def clear(self) -> None:
        """Hide every message."""
        for label in (*self._labels.values(), self.general):
            label.clear()
            label.hide()

    def shown(self) -> dict[str, str]:
        """The messages on screen, by field ("" for the general one); what a person reads."""
        found = {name: label.text() for name, label in self._labels.items() if not label.isHidden()}
        if not self.general.isHidden():
            found[""] = self.general.text()
        return found
