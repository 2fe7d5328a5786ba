"""The controller's shown order: the cached copy then Klarna's, its History, and what may be done to it."""

from __future__ import annotations

from typing import Any

from ... import startup
from ...api.errors import KlarnaError
from ...api.models import Order
from ...domain import rules
from ...domain.rules import Action
from ...services import events
from ...store.values import JournalEntry
from .. import reason_text
from ..qt import QtCore
from .results import SearchResults


class ShownOrder(SearchResults):
    """Shows one order (cached first, then fresh), its journal in History, and the actions' states for it."""

    def _on_order_activated(self, order_id: str) -> None:
        self.tasks.start(self.show_order(order_id), "order")
        self.window.order_view.tabs.setFocus()

    async def show_order(self, order_id: str) -> None:
        """Show the cached order at once, then the fresh one from Klarna; the journal in History."""
        store = self.store
        if store is None:
            return
        if order_id != self.order_id:
            self.open_entries = {}
        self.order_id = order_id
        try:
            cached = await store.get_order(order_id)
            if cached is not None:
                self._display(cached.order, cached.fetched_at)
            await self.show_history(order_id)
            session = self.session
            if session is None:
                return  # the client is still opening; it refreshes this order when it is ready
            self._display(await session.orders.fetch(order_id), session.now())
        except KlarnaError as error:
            self.window.messages.error(error, QtCore.QCoreApplication.translate("ShownOrder", "Could not read the order from Klarna (showing the cached copy)"))

    def _display(self, order: Order, fetched_at: Any) -> None:
        if self.store is None or order.order_id != self.order_id:
            return
        status = self.window.statusBar()
        if status.currentMessage() == QtCore.QCoreApplication.translate(
                "ResultsController", "Fetching {order} from Klarna…").format(order=order.order_id):
            status.clearMessage()  # it is here now
        self.window.order_view.show_order(order, self.now(), fetched_at)
        self.window.search_pane.select_order(order.order_id or "")
        self._update_actions()
        self.order_shown.emit(order.order_id)
        startup.note_populated()

    async def show_history(self, order_id: str) -> None:
        """Read the order's journal into History (if it is still the order shown) and the open entries."""
        if self.store is None:
            return
        entries = await self.store.entries_for_order(order_id)
        if order_id != self.order_id:
            return
        self.window.order_view.show_history(entries)
        known = {a.value for a in Action}
        self.open_entries = {Action(e.action): e for e in entries if e.is_open and e.action in known}
        self._update_actions()

    def _on_order_changed(self, changed: events.OrderChanged) -> None:
        """Services re-read an order (after an action, an import): show it where it is shown, update its row."""
        order = changed.order
        if changed.order_id == self.order_id and self.session is not None:
            self.window.order_view.show_order(order, self.now(), self.now())
            self._update_actions()
        self._refresh_results_soon()

    def _on_entry_changed(self, entry: JournalEntry) -> None:
        """A journal entry was written (here, or by the background retries): History shows it at once."""
        if entry.order_id == self.order_id:
            self.tasks.start(self.show_history(entry.order_id), "history")

    async def _refresh_shown_from_store(self) -> None:
        store, order_id = self.store, self.order_id
        if store is None or order_id is None:
            return
        cached = await store.get_order(order_id)
        shown = self.window.order_view.order
        if cached is not None and order_id == self.order_id and cached.order != shown:
            self.window.order_view.show_order(cached.order, self.now(), cached.fetched_at)
            self._update_actions()
        await self.show_history(order_id)

    def action_states(self) -> dict[Action, tuple[bool, str]]:
        """For each action: enabled, or why not (read-only, no order, the rules' reason)."""
        session, order = self.session, self.window.order_view.order
        if order is None:
            return {}
        if session is None:
            return {a: (False, QtCore.QCoreApplication.translate("ShownOrder", "Still connecting: the order shown is the cached copy.")) for a in Action}
        if session.held_elsewhere is not None:
            return {a: (False, QtCore.QCoreApplication.translate("ShownOrder", "This profile is open in another window; only that window may send.")) for a in Action}
        if session.read_only:
            return {a: (False, QtCore.QCoreApplication.translate("ShownOrder", "This profile is read-only.")) for a in Action}
        now = session.now()
        capture = self.window.order_view.selected_capture()
        states: dict[Action, tuple[bool, str]] = {}
        for action in Action:
            # With one capture, it is the one; with several, the Captures tab's selection decides, and
            # with none selected the dialog offers a choice of captures.
            chosen = capture or (order.captures[0] if order.captures and len(order.captures) == 1 else None)
            verdict = rules.check(action, order, now, chosen.capture_id if chosen else None)
            if not verdict and action in self.open_entries:
                states[action] = (True, QtCore.QCoreApplication.translate("ShownOrder",
                    "An earlier {action} has no answer yet: open it to send it again with its key or check with "
                    "Klarna.").format(action=reason_text.title(action).lower()))
                continue
            states[action] = (verdict.allowed, reason_text.text(verdict.reason, self.locale))
        return states

    def _update_actions(self) -> None:
        self.window.set_action_states(self.action_states())
