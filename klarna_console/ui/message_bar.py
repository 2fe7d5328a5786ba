"""A non-blocking message strip above the order: errors with Klarna's code and a copyable correlation id."""

from __future__ import annotations

from ..api.errors import KlarnaError
from ..reasons import Reasoned
from . import reason_text
from .klarna_text import explanation, with_amounts
from .qt import QtCore, QtGui, QtWidgets

_STYLES = {
    "error": ("#fde8e8", "#9b1c1c", "#f8b4b4"),
    "warning": ("#fdf6e3", "#8a4b0f", "#f3d08c"),
    "info": ("#e8f1fd", "#1e429f", "#a4c4f4"),
    "success": ("#e6f6ec", "#03543f", "#9fd9b5"),
}


class MessageBar(QtWidgets.QFrame):
    """Shows one message at a time; errors stay until closed, notices fade after a few seconds.

    Once `attach`ed it floats over the bottom of its host instead of taking a place in a layout, so a
    message never pushes the controls under the mouse down (or back up when it goes).

    Signals:
        closed(): the user dismissed the message.
    """

    closed = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.correlation_id: str | None = None
        self._text = QtWidgets.QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._copy = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("MessageBar", "Copy correlation id"))
        self._copy.setAccessibleName(QtCore.QCoreApplication.translate("MessageBar", "Copy correlation id"))
        self._copy.clicked.connect(self.copy_correlation_id)
        self._close = QtWidgets.QToolButton()
        self._close.setText("✕")
        self._close.setAccessibleName(QtCore.QCoreApplication.translate("MessageBar", "Close message"))
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.dismiss)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._copy)
        layout.addWidget(self._close)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def attach(self, host: QtWidgets.QWidget) -> None:
        """Float over the bottom edge of `host` (a child of it, kept in place as it resizes)."""
        self.setParent(host)
        self._host = host
        self.setAutoFillBackground(True)
        self.hide()

    # The host's events pass through Python only while a message shows: a filter on the main window
    # would take every one of its events through Python, its first paint's too.
    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        host = getattr(self, "_host", None)
        if host is not None:
            host.installEventFilter(self)

    def hideEvent(self, event: QtGui.QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        host = getattr(self, "_host", None)
        if host is not None:
            host.removeEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is getattr(self, "_host", None) and event.type() == QtCore.QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = getattr(self, "_host", None)
        if host is None:
            return
        width = max(200, host.width() - 24)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(height, self.minimumSizeHint().height())
        self.setGeometry(12, max(0, host.height() - height - 10), width, height)
        self.raise_()

    @property
    def text(self) -> str:
        """The message shown (plain text)."""
        return self._text.text()

    def show_message(self, text: str, kind: str = "info", *, correlation_id: str | None = None,
                     timeout_ms: int | None = None) -> None:
        """Show a message of kind error/warning/info/success; errors stay until dismissed."""
        background, foreground, border = _STYLES[kind]
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#messageBar QLabel {{ color: {foreground}; }}"
        )
        self.kind = kind
        self._text.setText(text)
        self.setAccessibleName(f"{kind}: {text}")
        self.correlation_id = correlation_id
        self._copy.setVisible(bool(correlation_id))
        self._place()
        self.show()
        self._timer.stop()
        if timeout_ms is None and kind in ("info", "success"):
            timeout_ms = 6000
        if timeout_ms:
            self._timer.start(timeout_ms)

    def show_error(self, error: BaseException, context: str = "", *, currency: str | None = None,
                   locale: str = "en") -> None:
        """Show an error; a Klarna error shows its code, message (amounts formatted in `currency`) and correlation id."""
        if isinstance(error, KlarnaError):
            message = with_amounts(reason_text.error_text(error), currency, locale)
            if error.error_code:
                message = f"{error.error_code} — {message}"  # Klarna's code, then its words: no sentence to translate
                if meaning := explanation(error.error_code):  # then what the code means, in the user's words
                    message = f"{message} {meaning}"
            if error.correlation_id:
                message = QtCore.QCoreApplication.translate("MessageBar", "{message}  (correlation id {id})").format(
                    message=message, id=error.correlation_id)
        elif isinstance(error, Reasoned):
            message = reason_text.text(error.reason, locale)  # a store, file or profile problem, in words
        else:
            message = str(error)
        if context:
            message = QtCore.QCoreApplication.translate("MessageBar", "{context}: {message}").format(
                context=context, message=message)
        self.show_message(message, "error", correlation_id=error.correlation_id if isinstance(error, KlarnaError) else None)

    def copy_correlation_id(self) -> None:
        """Put the correlation id on the clipboard, to quote to Klarna support or look up in the portal's logs."""
        if self.correlation_id:
            QtGui.QGuiApplication.clipboard().setText(self.correlation_id)
            self._copy.setText(QtCore.QCoreApplication.translate("MessageBar", "Copied"))
            QtCore.QTimer.singleShot(1500, lambda: self._copy.setText(QtCore.QCoreApplication.translate("MessageBar", "Copy correlation id")))

    def dismiss(self) -> None:
        """Hide the message."""
        self._timer.stop()
        self.hide()
        self.closed.emit()
