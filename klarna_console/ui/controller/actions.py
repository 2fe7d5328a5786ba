"""The controller's actions: writes sent through the journal's guard, retried, settled with Klarna."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...api.models import Order
from ...domain.rules import Action
from ...store.values import JournalEntry, JournalState
from .. import reason_text
from ..messages import MessageKind
from ..qt import QtCore
from .shown_order import ShownOrder

if TYPE_CHECKING:
    from ...services.actions import ActionRequest, ActionResult, Reconciliation


class OrderActions(ShownOrder):
    """Sends, retries and settles the writes the dialogs ask for, and shows their outcome."""

    def _on_action_triggered(self, action: Action) -> None:
        if self.dialogs is not None and self.window.order_view.order is not None:
            self.dialogs.open_action(action, self.window.order_view.order, self.window.order_view.selected_capture())

    async def run_action(self, request: ActionRequest, order: Order | None = None, *,
                         confirmed_recent: int | None = None) -> ActionResult:
        """Send an action through the journal's guard; show its outcome and the refreshed order.

        The order is read from Klarna first and compared with `order` (what the user saw): a capture or
        refund made meanwhile elsewhere stops the send with OrderChanged.
        """
        from ...services.actions import ActionRefused  # after the first paint, with the dialogs

        session = self.session
        if session is None:
            raise RuntimeError("no profile is open")
        try:
            result = await session.actions.perform(request, order, reread=order is not None,
                                                   confirmed_recent=confirmed_recent)
        except ActionRefused as refused:
            self.window.messages.show(reason_text.text(refused.verdict.reason, self.locale), MessageKind.ERROR)
            raise
        await self._after_action(result)
        return result

    async def retry_action(self, entry: JournalEntry) -> ActionResult:
        """Send an open entry again with its own key."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        again = await self.session.actions.retry(entry)
        await self._after_action(again)
        return again

    async def check_with_klarna(self, entry: JournalEntry) -> Reconciliation:
        """Settle an open entry by what Klarna's order shows."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        found = await self.session.actions.check_with_klarna(entry)
        await self.show_history(entry.order_id)
        return found

    async def mark_not_applied(self, entry: JournalEntry, note: str) -> Reconciliation:
        """Close an open entry Klarna shows no trace of, with the person's note."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        found = await self.session.actions.mark_not_applied(entry, note)
        await self.show_history(entry.order_id)
        return found

    async def open_entry(self, order_id: str, action: Action) -> JournalEntry | None:
        """The open journal entry of this action on the order, if there is one (the guard would stop a send)."""
        if self.store is None:
            return None
        entries = await self.store.entries_for_order(order_id)
        return next((e for e in entries if e.action == action.value and e.state in
                     (JournalState.INTENT, JournalState.UNKNOWN)), None)

    async def _after_action(self, result: ActionResult) -> None:
        if self.session is None:
            return
        await self.show_history(result.entry.order_id)
        if result.succeeded:
            self.window.statusBar().showMessage(QtCore.QCoreApplication.translate("ActionsController", "{action} succeeded").format(action=reason_text.title(Action(result.entry.action))), 8000)
