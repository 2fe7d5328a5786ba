"""The panel an action dialog shows when an earlier write of the same action has no known outcome."""

from __future__ import annotations

from ...store.values import JournalEntry
from ..qt import QtCore, QtWidgets

NOTE_LIMIT = 500


class OpenWritePanel(QtWidgets.QFrame):
    """Says which earlier write stands open and offers the only safe ways on: resend it, or ask Klarna.

    After Check with Klarna finds nothing, a person may close the entry as not applied, with a note.

    Signals:
        resend_requested(object): send the entry again with its own key.
        check_requested(object): read the order from Klarna and settle the entry by it.
        not_applied_requested(object, str): close the entry as not applied, with the note.
    """

    resend_requested = QtCore.Signal(object)
    check_requested = QtCore.Signal(object)
    not_applied_requested = QtCore.Signal(object, str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: JournalEntry | None = None
        self.setObjectName("openWrite")
        self.setStyleSheet("#openWrite { background: #fdf6e3; border: 1px solid #f3d08c; border-radius: 6px; }"
                           "#openWrite QLabel { color: #7c2d12; }")
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "Earlier action without an answer"))
        self.resend = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("OpenWritePanel", "Send &again with the same key"))
        self.resend.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "Send again with the same idempotency key"))
        self.check = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("OpenWritePanel", "Chec&k with Klarna"))
        self.check.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "Check with Klarna"))
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.resend)
        buttons.addWidget(self.check)
        buttons.addStretch(1)
        self.found = QtWidgets.QLabel()
        self.found.setWordWrap(True)
        self.found.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "What Klarna shows"))
        self.note = QtWidgets.QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(QtCore.QCoreApplication.translate("OpenWritePanel", "Why you are sure it was not applied, e.g. checked in the Merchant Portal"))
        self.note.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "Note"))
        self.mark = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("OpenWritePanel", "&Mark not applied"))
        self.mark.setAccessibleName(QtCore.QCoreApplication.translate("OpenWritePanel", "Mark not applied"))
        self.mark.setEnabled(False)
        self.note_row = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(self.note_row)
        row.setContentsMargins(0, 0, 0, 0)
        label = QtWidgets.QLabel(QtCore.QCoreApplication.translate("OpenWritePanel", "&Note:"))
        label.setBuddy(self.note)
        row.addWidget(label)
        row.addWidget(self.note, 1)
        row.addWidget(self.mark)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.found)
        layout.addWidget(self.note_row)
        self.resend.clicked.connect(lambda: self.entry and self.resend_requested.emit(self.entry))
        self.check.clicked.connect(lambda: self.entry and self.check_requested.emit(self.entry))
        self.mark.clicked.connect(self._on_mark_clicked)
        self.note.textChanged.connect(lambda text: self.mark.setEnabled(bool(text.strip())))
        self.note.returnPressed.connect(self._on_mark_clicked)
        self.hide()

    def show_entry(self, entry: JournalEntry, text: str, *, key_alive: bool) -> None:
        """Show an open entry: what it was, and the ways on (resend only while its key is alive)."""
        self.entry = entry
        self.text.setText(text)
        self.resend.setVisible(key_alive)
        self.found.hide()
        self.note_row.hide()
        self.note.clear()
        self.set_busy(False)
        self.show()

    def show_not_found(self, text: str) -> None:
        """Klarna shows no trace of the write: offer to close it as not applied."""
        self.found.setText(text)
        self.found.show()
        self.note_row.show()
        self.set_busy(False)
        self.note.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While Klarna is asked, the buttons wait."""
        for button in (self.resend, self.check):
            button.setEnabled(not busy)
        self.mark.setEnabled(not busy and bool(self.note.text().strip()))

    def _on_mark_clicked(self) -> None:
        note = self.note.text().strip()
        if self.entry is not None and note:
            self.set_busy(True)
            self.not_applied_requested.emit(self.entry, note)
