"""The async side of an action dialog: sends through the window's journaled path, retries, fetches."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from ...api.errors import KlarnaError
from ...api.models import Order
from ...domain.rules import Action
from ...services.actions import (
    ActionRefused,
    ActionRequest,
    ActionResult,
    GuardRefusal,
    JournalWriteFailed,
    OpenWrite,
    OrderChanged,
)
from ...store.values import JournalEntry
from ..qt import QtCore

if TYPE_CHECKING:
    from .context import DialogContext

log = logging.getLogger(__name__)


class ActionSender(QtCore.QObject):
    """Runs one dialog's work on the qasync loop, one thing at a time, and reports back through signals.

    The dialog (a widget) never awaits: it asks, and listens.

    Signals:
        started(): a request left, or a retry of it.
        finished(object): the ActionResult of a send or a retry (succeeded, refused by Klarna, or unknown).
        refused(object): the rules refused before anything was sent or journaled (a Verdict).
        failed(object): an unexpected exception; the History tab tells whether the request left.
        blocked(object): the journal's guard stopped it (OpenWrite, RecentWrite, KeyExpired); nothing was sent.
        order_changed(object): Klarna's order changed since the user looked (OrderChanged); nothing was sent.
        reconciled(object): what Check with Klarna or "not applied" found (a Reconciliation).
        unreachable(object): the KlarnaError that kept the order from being read first; nothing was sent.
        fetched(object): what a fetch() returned.
        fetch_failed(object): the KlarnaError a fetch() raised.
    """

    started = QtCore.Signal()
    finished = QtCore.Signal(object)
    refused = QtCore.Signal(object)
    failed = QtCore.Signal(object)
    blocked = QtCore.Signal(object)
    order_changed = QtCore.Signal(object)
    reconciled = QtCore.Signal(object)
    unreachable = QtCore.Signal(object)
    fetched = QtCore.Signal(object)
    fetch_failed = QtCore.Signal(object)

    def __init__(self, context: DialogContext, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: ActionResult | None = None
        self._task: asyncio.Task[Any] | None = None

    @property
    def busy(self) -> bool:
        """Whether a send, retry or fetch is under way."""
        return self._task is not None and not self._task.done()

    def send(self, request: ActionRequest, order: Order | None, confirmed_recent: int | None = None) -> bool:
        """Send a new request (a fresh journal entry and key); False if something is already under way.

        `confirmed_recent` is the recent capture or refund the user was shown and still wants to repeat.
        """
        if self.busy:
            return False
        self.started.emit()
        self._task = self.context.tasks.start(
            self._run(self.context.run_action(request, order, confirmed_recent=confirmed_recent)))
        return True

    def retry(self, entry: JournalEntry | None = None) -> bool:
        """Send an open entry (else the last, unanswered request) again with its own idempotency key."""
        if entry is None:
            if self.result is None or not self.result.unknown:
                return False
            entry = self.result.entry
        if self.busy:
            return False
        self.started.emit()
        self._task = self.context.tasks.start(self._run(self.context.retry_action(entry)))
        return True

    def look_for_open(self, order_id: str, action: Action) -> None:
        """Report (through `blocked`) an open entry of this action on the order, as the guard would."""
        self.context.tasks.start(self._look_for_open(order_id, action))

    async def _look_for_open(self, order_id: str, action: Action) -> None:
        entry = await self.context.open_entry(order_id, action)
        if entry is not None and not self.busy:
            self.blocked.emit(OpenWrite(entry))

    def check(self, entry: JournalEntry) -> bool:
        """Ask Klarna whether an open entry's write was applied (reported by `reconciled`)."""
        if self.busy:
            return False
        self._task = self.context.tasks.start(self._run(self.context.check_with_klarna(entry)))
        return True

    def mark_not_applied(self, entry: JournalEntry, note: str) -> bool:
        """Close an open entry Klarna shows no trace of, with the person's note (reported by `reconciled`)."""
        if self.busy:
            return False
        self._task = self.context.tasks.start(self._run(self.context.mark_not_applied(entry, note)))
        return True

    def fetch(self, coro: Coroutine[Any, Any, Any]) -> bool:
        """Run a read (options, a fresh order) and report it with fetched / fetch_failed."""
        if self.busy:
            coro.close()
            return False
        self._task = self.context.tasks.start(self._fetch(coro))
        return True

    async def wait(self) -> None:
        """Until the work under way has ended (for screenshots and tests)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait({self._task})

    async def _run(self, work: Coroutine[Any, Any, Any]) -> None:
        """Await a send, retry or check and report it through the matching signal."""
        try:
            value = await work
        except ActionRefused as refused:
            self._done(self.refused, refused.verdict)
        except GuardRefusal as blocked:
            self._done(self.blocked, blocked)
        except OrderChanged as changed:
            self._done(self.order_changed, changed)
        except KlarnaError as error:  # the order could not be read first (before a send, or to check)
            self._done(self.unreachable, error)
        except JournalWriteFailed as error:
            log.error("journal write failed: %s", error)
            self._done(self.failed, error)
        except Exception as error:  # noqa: BLE001  (shown in the dialog instead of a crash box)
            log.exception("an action's work failed")
            self._done(self.failed, error)
        else:
            if isinstance(value, ActionResult):
                self.result = value
                self._done(self.finished, value)
            else:
                self._done(self.reconciled, value)

    def _done(self, signal: Any, value: Any) -> None:
        self._task = None
        signal.emit(value)

    async def _fetch(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            value = await coro
        except KlarnaError as error:
            self._task = None
            self.fetch_failed.emit(error)
            return
        self._task = None
        self.fetched.emit(value)
