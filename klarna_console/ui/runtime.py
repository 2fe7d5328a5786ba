"""Process-wide Qt plumbing: garbage collection on the GUI thread, and the crash handler."""

from __future__ import annotations

import gc
import logging
import signal
import sys
import traceback
from types import TracebackType

from ..atomic import WriteError
from ..log import redact
from ..store.values import StoreDamagedError, StoreUnavailableError
from .messages import MessageKind
from .qt import QtCore, QtWidgets

log = logging.getLogger(__name__)


class GarbageCollector(QtCore.QObject):
    """Runs Python's cyclic GC from a timer on the GUI thread, never from a worker thread.

    qasync resolves host names and runs `to_thread` work in QThreads; if the collector happened to run
    there it would destroy Qt objects from the wrong thread and crash the process.
    """

    def __init__(self, parent: QtCore.QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (what automatic GC would do)."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)


class CrashHandler(QtCore.QObject):
    """Logs any uncaught exception (also those from async slots) and tells the user, instead of dying silently.

    Signals:
        crashed(str): the redacted traceback of an uncaught exception.
    """

    crashed = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self._show_dialog = show_dialog
        self._previous = sys.excepthook
        self._dialog: QtWidgets.QMessageBox | None = None

    def install(self) -> None:
        """Become sys.excepthook (qasync's @asyncSlot reports errors there)."""
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give sys.excepthook back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        """Log the exception and show it in a dialog (opened with open(), never exec())."""
        if issubclass(kind, KeyboardInterrupt):
            QtWidgets.QApplication.quit()
            return
        plain = (StoreUnavailableError, StoreDamagedError, WriteError)
        if isinstance(value, plain) and self._show_in_window(redact(_words(value))):
            # A full disk, a locked or damaged store: a plain message in the window, not a crash report.
            log.error("%s", value)
            return
        text = redact("".join(traceback.format_exception(kind, value, tb)))
        log.critical("Uncaught exception:\n%s", text)
        self.crashed.emit(text)
        if self._show_dialog and QtWidgets.QApplication.instance() is not None:
            self._open_dialog(kind.__name__, redact(str(value)), text)

    @staticmethod
    def _show_in_window(text: str) -> bool:
        """Show the text through the main window's messages; False if there is none."""
        app = QtWidgets.QApplication.instance()
        if not isinstance(app, QtWidgets.QApplication):
            return False
        for widget in app.topLevelWidgets():
            messages = getattr(widget, "messages", None)
            if messages is not None and widget.isVisible():
                messages.show(text, MessageKind.ERROR)
                return True
        return False

    def _open_dialog(self, name: str, message: str, details: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            return  # one at a time: a burst of errors must not bury the window
        box = QtWidgets.QMessageBox()
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setWindowTitle(QtCore.QCoreApplication.translate("Runtime", "Klarna Order Console: unexpected error"))
        box.setText(QtCore.QCoreApplication.translate("Runtime", "Something went wrong inside Klarna Order Console."))
        box.setInformativeText(
            QtCore.QCoreApplication.translate("Runtime", "{error}: {message}\n\nThe details are in the log file. Nothing was sent twice: "
                                             "check the order's History tab before you try the action again.")
            .format(error=name, message=message))
        box.setDetailedText(details)
        box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
        self._dialog = box
        box.open()


_interrupted_early = False


def hold_interrupts() -> None:
    """Keep a Ctrl-C made during start-up for `InterruptHandler`, which then closes the window the normal way.

    The window is on screen (and may be seen as ready) before the event loop and the handler exist; a
    Ctrl-C then ended the start with a traceback. A second Ctrl-C still ends it at once.
    """

    def remember(_signum: int, _frame: object) -> None:
        global _interrupted_early
        if _interrupted_early:
            raise KeyboardInterrupt
        _interrupted_early = True

    signal.signal(signal.SIGINT, remember)


class InterruptHandler(QtCore.QObject):
    """Ctrl-C in the terminal closes the window the normal way (saving its layout, closing the session).

    Python runs signal handlers only between bytecodes, and Qt's loop runs in C++: a short timer
    hands control back to Python often enough for Ctrl-C to be noticed at once.
    """

    def __init__(self, window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(lambda: None)
        self._timer.start(250)
        signal.signal(signal.SIGINT, self._on_interrupt)
        if _interrupted_early:
            self._on_interrupt(signal.SIGINT, None)

    def _on_interrupt(self, _signum: int, _frame: object) -> None:
        log.info("interrupted: closing the window")
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C ends it at once
        QtCore.QTimer.singleShot(0, self._window.close)


def _words(error: StoreUnavailableError | StoreDamagedError | WriteError) -> str:
    """A store or file problem in the user's language (reason_text loads after the first paint)."""
    from . import reason_text

    return reason_text.text(error.reason)
