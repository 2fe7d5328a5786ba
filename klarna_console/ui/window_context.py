"""The controller's side of the dialogs' narrow interface (DialogContext): the window and its session."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..store.values import SearchQuery
from .qt import QtCore

if TYPE_CHECKING:
    from ..api.models import Capture, Order
    from ..domain.rules import Action
    from ..services.actions import ActionRequest, ActionResult, Reconciliation
    from ..services.session import Session
    from ..store.values import JournalEntry
    from .controller import MainController
    from .event_bridge import EventBridge
    from .messages import Messages
    from .qt import QtWidgets
    from .tasks import TaskManager


class WindowDialogContext:
    """A DialogContext over the main window and its controller; dialogs see only what it offers."""

    def __init__(self, controller: MainController) -> None:
        self._controller = controller
        self._window = controller.window

    @property
    def parent(self) -> QtWidgets.QWidget:
        return self._window

    @property
    def locale(self) -> str:
        return self._controller.locale

    @property
    def messages(self) -> Messages:
        return self._window.messages

    @property
    def tasks(self) -> TaskManager:
        return self._controller.tasks

    @property
    def events(self) -> EventBridge:
        return self._controller.events

    @property
    def session(self) -> Session | None:
        return self._controller.session

    @property
    def order(self) -> Order | None:
        return self._window.order_view.order

    @property
    def capture(self) -> Capture | None:
        return self._window.order_view.selected_capture()

    @property
    def order_id(self) -> str | None:
        return self._controller.order_id

    @property
    def open_entries(self) -> Mapping[Action, JournalEntry]:
        return self._controller.open_entries

    def selection(self) -> tuple[list[int], SearchQuery | None]:
        pane = self._window.search_pane
        query = pane.model.query
        return pane.selected_rows(), query if isinstance(query, SearchQuery) else None

    def select_results(self, count: int) -> int:
        table = self._window.search_pane.table
        model = table.model()
        rows = min(count, model.rowCount())
        selection = QtCore.QItemSelection(model.index(0, 0), model.index(rows - 1, model.columnCount() - 1))
        table.selectionModel().select(selection, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return rows

    def show_status(self, text: str) -> None:
        if text:
            self._window.statusBar().showMessage(text)
        else:
            self._window.statusBar().clearMessage()

    async def show_order(self, order_id: str) -> None:
        await self._controller.show_order(order_id)

    async def show_history(self, order_id: str) -> None:
        session = self._controller.session
        if session is not None and order_id == self._controller.order_id:
            self._window.order_view.show_history(await session.actions.history(order_id))

    async def run_action(self, request: ActionRequest, order: Order | None = None, *,
                         confirmed_recent: int | None = None) -> ActionResult:
        return await self._controller.run_action(request, order, confirmed_recent=confirmed_recent)

    async def retry_action(self, entry: JournalEntry) -> ActionResult:
        return await self._controller.retry_action(entry)

    async def check_with_klarna(self, entry: JournalEntry) -> Reconciliation:
        return await self._controller.check_with_klarna(entry)

    async def mark_not_applied(self, entry: JournalEntry, note: str) -> Reconciliation:
        return await self._controller.mark_not_applied(entry, note)

    async def open_entry(self, order_id: str, action: Action) -> JournalEntry | None:
        return await self._controller.open_entry(order_id, action)
