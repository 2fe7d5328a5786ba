"""The async side of an action dialog: sends through the controller's journaled path, retries, fetches."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from ...api import KlarnaError
from ...api.models import Order
from ...services.actions import ActionRefused, ActionRequest, ActionResult
from ..qt import QtCore

if TYPE_CHECKING:
    from ..controller import MainController

log = logging.getLogger(__name__)


class ActionSender(QtCore.QObject):
    """Runs one dialog's work on the qasync loop, one thing at a time, and reports back through signals.

    The dialog (a widget) never awaits: it asks, and listens.

    Signals:
        started(): a request left, or a retry of it.
        finished(object): the ActionResult of a send or a retry (succeeded, refused by Klarna, or unknown).
        refused(object): the rules refused before anything was sent or journaled (a Verdict).
        failed(object): an unexpected exception; the History tab tells whether the request left.
        fetched(object): what a fetch() returned.
        fetch_failed(object): the KlarnaError a fetch() raised.
    """

    started = QtCore.Signal()
    finished = QtCore.Signal(object)
    refused = QtCore.Signal(object)
    failed = QtCore.Signal(object)
    fetched = QtCore.Signal(object)
    fetch_failed = QtCore.Signal(object)

    def __init__(self, controller: MainController, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result: ActionResult | None = None
        self._task: asyncio.Task[Any] | None = None

    @property
    def busy(self) -> bool:
        """Whether a send, retry or fetch is under way."""
        return self._task is not None and not self._task.done()

    def send(self, request: ActionRequest, order: Order | None) -> bool:
        """Send a new request (a fresh journal entry and key); False if something is already under way."""
        if self.busy:
            return False
        self.started.emit()
        self._task = self.controller.tasks.start(self._send(request, order))
        return True

    def retry(self) -> bool:
        """Send the last, unanswered request again with its own idempotency key; False if there is none."""
        if self.busy or self.result is None or not self.result.unknown:
            return False
        self.started.emit()
        self._task = self.controller.tasks.start(self._retry(self.result))
        return True

    def fetch(self, coro: Coroutine[Any, Any, Any]) -> bool:
        """Run a read (options, a fresh order) and report it with fetched / fetch_failed."""
        if self.busy:
            coro.close()
            return False
        self._task = self.controller.tasks.start(self._fetch(coro))
        return True

    async def wait(self) -> None:
        """Until the work under way has ended (for screenshots and tests)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait({self._task})

    async def _send(self, request: ActionRequest, order: Order | None) -> None:
        try:
            result = await self.controller.run_action(request, order)
        except ActionRefused as refused:
            self._task = None
            self.refused.emit(refused.verdict)
            return
        except Exception as error:  # noqa: BLE001  (shown in the dialog instead of a crash box)
            log.exception("sending %s on %s failed", request.action.value, request.order_id)
            self._task = None
            self.failed.emit(error)
            return
        self._report(result)

    async def _retry(self, previous: ActionResult) -> None:
        try:
            result = await self.controller.retry_action(previous)
        except ActionRefused as refused:
            self._task = None
            self.refused.emit(refused.verdict)
            return
        except Exception as error:  # noqa: BLE001
            log.exception("retrying journal entry %d failed", previous.entry.id)
            self._task = None
            self.failed.emit(error)
            return
        self._report(result)

    def _report(self, result: ActionResult) -> None:
        self.result = result
        self._task = None
        self.finished.emit(result)

    async def _fetch(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            value = await coro
        except KlarnaError as error:
            self._task = None
            self.fetch_failed.emit(error)
            return
        self._task = None
        self.fetched.emit(value)
