"""The sandbox's state: orders with what only the sandbox tracks, kept in memory or in a file."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from ..api.models import Order
from ..atomic import write_atomic
from .idempotency import StoredResponse

log = logging.getLogger(__name__)

STATE_VERSION = 1


class Event(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Something done to an order, kept for what Klarna does not show (send-outs, due dates, acks)."""

    type: str
    at: dt.datetime
    capture_id: str | None = None
    refund_id: str | None = None
    details: dict[str, Any] | None = None


class OrderRecord(msgspec.Struct, kw_only=True):
    """An order as Order Management shows it, plus the sandbox's own notes about it."""

    order: Order
    acknowledged: bool = False
    events: list[Event] = msgspec.field(default_factory=list)

    def log(self, kind: str, at: dt.datetime, **fields: Any) -> None:
        """Record an event (capture_id/refund_id as fields, anything else under details)."""
        capture_id = fields.pop("capture_id", None)
        refund_id = fields.pop("refund_id", None)
        self.events.append(Event(type=kind, at=at, capture_id=capture_id, refund_id=refund_id, details=fields or None))


class Snapshot(msgspec.Struct, kw_only=True):
    """Everything the state file holds."""

    version: int = STATE_VERSION
    clock_offset: dt.timedelta = dt.timedelta(0)
    orders: list[OrderRecord] = msgspec.field(default_factory=list)
    idempotency: list[StoredResponse] = msgspec.field(default_factory=list)


class SandboxState:
    """Orders by id, in creation order, behind one lock (the server thread and a test may both touch it)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._records: dict[str, OrderRecord] = {}
        self._listeners: list[Callable[[], None]] = []

    def get(self, order_id: str) -> OrderRecord | None:
        """The record of an order, if there is one."""
        return self._records.get(order_id)

    def add(self, record: OrderRecord) -> None:
        """Keep a new order."""
        with self.lock:
            self._records[record.order.order_id or ""] = record
        self.changed()

    def __contains__(self, order_id: object) -> bool:
        return order_id in self._records

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[OrderRecord]:
        return iter(list(self._records.values()))

    def replace_all(self, records: list[OrderRecord]) -> None:
        """Load orders from a snapshot."""
        with self.lock:
            self._records = {r.order.order_id or "": r for r in records}

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call `listener` after every change (the state file uses it to schedule a write)."""
        self._listeners.append(listener)

    def changed(self) -> None:
        """Tell the listeners something changed."""
        for listener in self._listeners:
            listener()


class StateFile:
    """A JSON state file, written atomically and at most every `delay` seconds.

    Writes are coalesced so a run of a thousand captures costs a handful of writes: a change starts a
    short timer and the snapshot is taken when it fires. `flush()` writes now; `close()` writes
    whatever is pending.
    """

    def __init__(self, path: str | os.PathLike[str], snapshot: Callable[[], bytes], delay: float = 0.25) -> None:
        self.path = Path(path).expanduser()
        self._snapshot = snapshot
        self._delay = delay
        self._lock = threading.Lock()  # guards the flags only, never held while snapshotting
        self._write_lock = threading.Lock()  # one write at a time
        self._timer: threading.Timer | None = None
        self._dirty = False
        self.writes = 0

    def load(self) -> Snapshot | None:
        """The saved snapshot, or None when there is no file yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            snapshot = msgspec.json.decode(raw, type=Snapshot)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise ValueError(f"{self.path} is not a sandbox state file: {exc}") from None
        if snapshot.version != STATE_VERSION:
            raise ValueError(f"{self.path} has state version {snapshot.version}; this sandbox reads {STATE_VERSION}")
        return snapshot

    def schedule(self) -> None:
        """Note a change; the file is written shortly, once for all changes made meanwhile."""
        with self._lock:
            self._dirty = True
            if self._timer is None:
                self._timer = threading.Timer(self._delay, self._on_timer)
                self._timer.daemon = True
                self._timer.start()

    def _on_timer(self) -> None:
        with self._lock:
            self._timer = None
        try:
            self.flush()
        except OSError:
            # A full disk must not kill the server thread; the next change tries again.
            log.exception("could not write the sandbox state to %s", self.path)

    def flush(self) -> None:
        """Write the current state now, if anything changed since the last write."""
        with self._write_lock:
            with self._lock:
                if not self._dirty:
                    return
                self._dirty = False
            # The snapshot takes the state's lock; holding ours meanwhile could deadlock with a request
            # that holds the state's lock and is scheduling a write.
            try:
                write_atomic(self.path, self._snapshot())
            except BaseException:
                with self._lock:
                    self._dirty = True  # still to be written: the next flush tries again
                raise
            self.writes += 1

    def close(self) -> None:
        """Stop the timer and write what is pending."""
        with self._lock:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
        self.flush()
