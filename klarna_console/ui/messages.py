"""The one way to tell the user something: a sink the window owns and hands to whoever needs it."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .message_bar import MessageBar


class MessageKind(enum.StrEnum):
    """How loud a message is: info and success fade after a few seconds, warnings and errors stay."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


class Messages:
    """The window's message sink: controllers, dialogs and the crash handler say things through it.

    It is the only caller of the message bar, so where a message is shown (and, later, how it is
    translated or logged) changes in one place.
    """

    def __init__(self, bar: MessageBar, locale: str = "en") -> None:
        self._bar = bar
        self.locale = locale

    def show(self, text: str, kind: MessageKind = MessageKind.INFO, *, correlation_id: str | None = None,
             timeout_ms: int | None = None) -> None:
        """Show a message of this kind (errors and warnings stay until dismissed)."""
        self._bar.show_message(text, MessageKind(kind), correlation_id=correlation_id, timeout_ms=timeout_ms)

    def error(self, error: BaseException, context: str = "", *, currency: str | None = None) -> None:
        """Show an error; a Klarna error with its code, its reason in words and its correlation id."""
        self._bar.show_error(error, context, currency=currency, locale=self.locale)

    @property
    def text(self) -> str:
        """The message shown now (plain text; empty if none was shown)."""
        return self._bar.text
