"""The window's one door to the core's event stream: the session's bus, re-emitted as Qt signals."""

from __future__ import annotations

from ..services import events
from .qt import QtCore


class EventBridge(QtCore.QObject):
    """Follows the open session's EventBus; the controller, views and dialogs connect to its signals.

    The bus calls it on the qasync loop, which is the GUI thread, so each signal is emitted (and its
    slots run) at once, in the order the services published.

    Signals:
        order_changed(object): an events.OrderChanged (an order was read and cached).
        orders_changed_elsewhere(): another window or process committed to the store.
        journal_entry(object): an events.JournalEntryEvent (added, updated or finished).
        import_progress(object): an events.ImportProgress.
        bulk_progress(object): an events.BulkProgress.
        sync_progress(object): an events.SyncProgress (payouts).
    """

    order_changed = QtCore.Signal(object)
    orders_changed_elsewhere = QtCore.Signal()
    journal_entry = QtCore.Signal(object)
    import_progress = QtCore.Signal(object)
    bulk_progress = QtCore.Signal(object)
    sync_progress = QtCore.Signal(object)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.bus: events.EventBus | None = None
        self._subscription: events.Subscription | None = None

    def attach(self, bus: events.EventBus) -> None:
        """Follow this bus (a session opened); the previous one is let go."""
        self.detach()
        self.bus = bus
        self._subscription = bus.subscribe(events.Event, self._forward)

    def detach(self) -> None:
        """Stop following the bus (the session closes); events still queued for it are dropped."""
        if self._subscription is not None:
            self._subscription.cancel()
        self.bus, self._subscription = None, None

    def publish(self, event: events.Event) -> None:
        """Announce something the window itself found out (e.g. another process's commit) to every subscriber."""
        if self.bus is not None:
            self.bus.publish(event)  # comes back through _forward, with the bus's other subscribers
        else:
            self._forward(event)  # no session yet (the store opens first): the window alone listens

    def _forward(self, event: events.Event) -> None:
        match event:
            case events.OrderChanged():
                self.order_changed.emit(event)
            case events.OrdersChangedElsewhere():
                self.orders_changed_elsewhere.emit()
            case events.JournalEntryEvent():
                self.journal_entry.emit(event)
            case events.ImportProgress():
                self.import_progress.emit(event)
            case events.BulkProgress():
                self.bulk_progress.emit(event)
            case events.SyncProgress():
                self.sync_progress.emit(event)
