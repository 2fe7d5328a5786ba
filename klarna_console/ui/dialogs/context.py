"""What a dialog may use of the window: the shown order, the session's services, tasks and messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ...api.models import Capture, Order
    from ...domain.rules import Action
    from ...services.actions import ActionRequest, ActionResult, Reconciliation
    from ...services.session import Session
    from ...store.values import JournalEntry, SearchQuery
    from ..event_bridge import EventBridge
    from ..messages import Messages
    from ..qt import QtWidgets
    from ..tasks import TaskManager


class DialogContext(Protocol):
    """The narrow interface the action, bulk and export dialogs work through (the controller builds one).

    Sends go through it, never straight to the session's services, so every write is journaled,
    guarded and followed by the window (History, the action states) the same way.
    """

    @property
    def parent(self) -> QtWidgets.QWidget:
        """The widget the dialogs are modal to."""

    @property
    def locale(self) -> str:
        """The user's locale, for amounts and dates."""

    @property
    def messages(self) -> Messages:
        """Where to tell the user something."""

    @property
    def tasks(self) -> TaskManager:
        """Starts (and keeps) the dialogs' async work."""

    @property
    def events(self) -> EventBridge:
        """What the core announces (bulk progress, orders changed)."""

    @property
    def session(self) -> Session | None:
        """The open profile's session with its services (None while it is connecting)."""

    @property
    def order(self) -> Order | None:
        """The order shown in the window."""

    @property
    def capture(self) -> Capture | None:
        """The capture selected in the order's Captures tab, if any."""

    @property
    def order_id(self) -> str | None:
        """The id of the order shown (or being fetched)."""

    @property
    def open_entries(self) -> Mapping[Action, JournalEntry]:
        """The shown order's journal entries still without an outcome, by action."""

    def selection(self) -> tuple[list[int], SearchQuery | None]:
        """The rows selected in the results table and the search they belong to (None before any search)."""

    def select_results(self, count: int) -> int:
        """Select the first `count` rows of the results (for screenshots); how many were selected."""

    def show_status(self, text: str) -> None:
        """Show progress in the status bar (empty text clears it)."""

    async def show_order(self, order_id: str) -> None:
        """Show an order in the window (cached copy first, then Klarna's)."""

    async def show_history(self, order_id: str) -> None:
        """Read the order's journal again into History, if it is the order shown."""

    async def run_action(self, request: ActionRequest, order: Order | None = None, *,
                         confirmed_recent: int | None = None) -> ActionResult:
        """Send an action through the journal's guard (see MainController.run_action)."""

    async def retry_action(self, entry: JournalEntry) -> ActionResult:
        """Send an open entry again with its own key."""

    async def check_with_klarna(self, entry: JournalEntry) -> Reconciliation:
        """Settle an open entry by what Klarna's order shows."""

    async def mark_not_applied(self, entry: JournalEntry, note: str) -> Reconciliation:
        """Close an open entry Klarna shows no trace of, with the person's note."""

    async def open_entry(self, order_id: str, action: Action) -> JournalEntry | None:
        """The open journal entry of this action on the order, if there is one."""
