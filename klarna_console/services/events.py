"""The core's one event stream: what changed (orders, journal entries, imports, syncs), for many subscribers.

Services publish; the window (through its bridge in ui/) and anything else subscribe. A subscriber is
always called on the asyncio loop that owns the bus: published on that loop it runs at once, in order;
published from a worker thread it is handed over with call_soon_threadsafe. One subscriber's failure
is logged and never keeps the event from the others, nor breaks the service that published it. This is
where a team store's notifications (LISTEN/NOTIFY) will arrive too.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from ..api.models import Order
from ..store import JournalEntry

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Event:
    """What every event is; subscribe to it to hear them all."""


@dataclasses.dataclass(frozen=True)
class OrderChanged(Event):
    """An order was read from Klarna and cached (after a write, an open, an import): `order` as it is now."""

    order_id: str
    order: Order


@dataclasses.dataclass(frozen=True)
class OrdersChangedElsewhere(Event):
    """Another connection committed to this profile's store (another window or process, or a team's desk):
    any cached order or journal entry may have changed. SQLite's watcher cannot tell this process's own
    store connection from another's, so it is heard after this window's own writes too; a re-read is cheap."""


@dataclasses.dataclass(frozen=True)
class JournalEntryEvent(Event):
    """A journal entry was written (subscribe to this to hear all three kinds): `entry` as it is now."""

    entry: JournalEntry


@dataclasses.dataclass(frozen=True)
class JournalEntryAdded(JournalEntryEvent):
    """A write was journaled (its intent, with its idempotency key), before it is sent."""


@dataclasses.dataclass(frozen=True)
class JournalEntryUpdated(JournalEntryEvent):
    """An open entry changed and is still open: an attempt was counted, or its outcome is still unknown."""


@dataclasses.dataclass(frozen=True)
class JournalEntryFinished(JournalEntryEvent):
    """An entry got its final outcome (succeeded, failed, or closed by a person)."""


@dataclasses.dataclass(frozen=True)
class ImportProgress(Event):
    """An import of order ids (`job` names it) has `done` of `total` ids with an outcome."""

    job: str
    done: int
    total: int


@dataclasses.dataclass(frozen=True)
class BulkProgress(Event):
    """A bulk run (`batch`, its id) has finished `done` of its `total` sendable orders."""

    batch: str
    done: int
    total: int


@dataclasses.dataclass(frozen=True)
class SyncProgress(Event):
    """Where a payout sync is: the phase, and how many of its steps are done."""

    phase: str  # "payouts", "transactions", "orders", "done", "stopped", "failed"
    done: int = 0
    total: int = 0
    payouts: int = 0
    orders_found: int = 0
    orders_failed: int = 0


def entry_event(entry: JournalEntry, *, added: bool = False) -> JournalEntryEvent:
    """The event for a journal entry just written: added, finished, or still open."""
    if added:
        return JournalEntryAdded(entry)
    return JournalEntryUpdated(entry) if entry.is_open else JournalEntryFinished(entry)


E = TypeVar("E", bound=Event)


class Subscription:
    """The handle subscribe() returns: call it (or `cancel()`) to stop hearing events; idempotent."""

    def __init__(self, bus: EventBus, kind: type[Event], handler: Callable[[Any], object]) -> None:
        self._bus, self._kind, self._handler = bus, kind, handler
        self.active = True

    def cancel(self) -> None:
        """Stop delivering to this subscriber (events already queued for it are dropped too)."""
        if self.active:
            self.active = False
            self._bus._remove(self._kind, self)

    __call__ = cancel

    def deliver(self, event: Event) -> None:
        """Call the handler, unless cancelled meanwhile."""
        if self.active:
            self._handler(event)


class EventBus:
    """Many subscribers per event type (a subscriber to a base class hears its subclasses).

    The bus belongs to the loop it is made on (or, made outside one, to the first loop that uses it).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        if loop is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
        self._loop = loop
        self._subscribers: dict[type[Event], list[Subscription]] = {}

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The loop subscribers are called on."""
        return self._loop

    def subscribe(self, kind: type[E], handler: Callable[[E], object]) -> Subscription:
        """Call `handler` with every event of this type (or a subclass) published from now on."""
        self._bind()
        subscription = Subscription(self, kind, handler)
        # A new list each time: a delivery under way keeps iterating over the one it started with.
        self._subscribers[kind] = [*self._subscribers.get(kind, []), subscription]
        return subscription

    def _remove(self, kind: type[Event], subscription: Subscription) -> None:
        self._subscribers[kind] = [s for s in self._subscribers.get(kind, []) if s is not subscription]

    def publish(self, event: Event) -> None:
        """Deliver an event to its subscribers on the bus's loop; safe to call from any thread."""
        self._bind()
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is None or running is self._loop:
            self._deliver(event)
            return
        try:
            self._loop.call_soon_threadsafe(self._deliver, event)
        except RuntimeError:  # the loop is closed: the window that listened is gone
            log.debug("event %s dropped: its loop is closed", type(event).__name__)

    def _bind(self) -> None:
        if self._loop is None:
            try:
                self._loop = asyncio.get_running_loop()
            except RuntimeError:
                pass

    def _deliver(self, event: Event) -> None:
        for kind in type(event).__mro__:
            for subscription in self._subscribers.get(kind, ()):
                try:
                    subscription.deliver(event)
                except Exception:
                    # One broken listener must neither silence the others nor fail the write that published.
                    log.exception("a subscriber to %s failed on %s", kind.__name__, type(event).__name__)
            if kind is Event:
                break


__all__ = [
    "BulkProgress", "Event", "EventBus", "ImportProgress", "JournalEntryAdded", "JournalEntryEvent",
    "JournalEntryFinished", "JournalEntryUpdated", "OrderChanged", "OrdersChangedElsewhere", "Subscription", "SyncProgress", "entry_event",
]
