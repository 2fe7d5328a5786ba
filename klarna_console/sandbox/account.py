"""The sandbox's merchant account without its web app: orders, clock, replay cache, state file, listings.

Everything here works without the HTTP stack (no starlette, no httpx), so a first start can fill the
window's store with the sandbox's own demo orders before the web app and the client are loaded; the
`Sandbox` (simulator.py) adds those on top of the same account.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from types import TracebackType
from typing import Any, Self

import msgspec

from ..api.models import Order
from ..domain.rules import AUTHORIZATION_PERIOD
from .bodies import check
from .clock import Clock
from .demo import generate
from .idempotency import IdempotencyCache
from .operations import Operations, expire
from .orders import NewOrder
from .state import OrderRecord, SandboxState, Snapshot, StateFile


class OrderSummary(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One row of GET /sandbox/v1/orders."""

    order_id: str
    klarna_reference: str | None = None
    status: str | None = None
    fraud_status: str | None = None
    created_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    order_amount: int | None = None
    purchase_currency: str | None = None
    merchant_reference1: str | None = None


class OrderPage(msgspec.Struct):
    """The body of GET /sandbox/v1/orders: one page, and how many orders there are in all."""

    orders: list[Any]
    total: int
    offset: int
    limit: int


class SandboxAccount:
    """One simulated merchant account: its orders (demo orders or a saved state), clock and replay cache.

    Args:
        orders: demo orders to generate when there is no saved state.
        seed: seed of the demo generator (the same seed and clock give the same orders).
        state_path: keep the state in this file (loaded if it exists, else created).
        clock: the sandbox's clock (default: wall time, movable with `clock.advance`).
        authorization_period: how long an authorization lasts, and what an extension adds.
    """

    def __init__(
        self,
        orders: int = 200,
        seed: int = 1,
        state_path: str | os.PathLike[str] | None = None,
        clock: Clock | None = None,
        *,
        authorization_period: dt.timedelta = AUTHORIZATION_PERIOD,
        shipping_delay: bool = False,
    ) -> None:
        self.clock = clock or Clock()
        self.idempotency = IdempotencyCache()
        self.state = SandboxState()
        self.operations = Operations(self.state, period=authorization_period, shipping_delay=shipping_delay)
        # Klarna references of orders created later; seeded so a scripted session is repeatable.
        self.rng = random.Random(f"{seed}:later")
        self._file: StateFile | None = None
        self._saved_offset = self.clock.offset
        if state_path is not None:
            self._file = StateFile(state_path, self._snapshot)
            saved = self._file.load()
            if saved is not None:
                self._restore(saved, own_clock=clock is None)
            else:
                generate(self.operations, orders, seed, self.clock.now())
                self._file.schedule()
                self._file.flush()
            self.state.on_change(self._file.schedule)
        else:
            generate(self.operations, orders, seed, self.clock.now())

    # --- reading and changing the state from Python ---------------------------------------------------

    def order(self, order_id: str) -> Order:
        """A copy of an order as GET would show it now; KeyError if there is no such order."""
        with self.state.lock:
            record = self.state.get(order_id)
            if record is None:
                raise KeyError(order_id)
            expire(record.order, self.clock.now())
            return msgspec.json.decode(msgspec.json.encode(record.order), type=Order)

    def record(self, order_id: str) -> OrderRecord:
        """A copy of an order's record: the order, whether it was acknowledged, and its events."""
        with self.state.lock:
            record = self.state.get(order_id)
            if record is None:
                raise KeyError(order_id)
            expire(record.order, self.clock.now())
            return msgspec.json.decode(msgspec.json.encode(record), type=OrderRecord)

    @property
    def order_ids(self) -> list[str]:
        """Every order id, in creation order."""
        return [record.order.order_id or "" for record in self.state]

    def create_order(self, body: NewOrder | dict[str, Any] | None = None, **fields: Any) -> Order:
        """Create an order as POST /sandbox/v1/orders does (a dict, a NewOrder, or keyword fields)."""
        data = body if body is not None else fields
        new = data if isinstance(data, NewOrder) else check(NewOrder, dict(data))
        with self.state.lock:
            order = self.operations.create_order(new, self.clock.now(), rng=self.rng)
        return self.order(order.order_id or "")

    def decide_fraud(self, order_id: str, decision: str) -> Order:
        """End the fraud review of a pending order: "ACCEPTED" or "REJECTED"."""
        with self.state.lock:
            self.operations.decide_fraud(order_id, decision, self.clock.now())
        return self.order(order_id)

    def list_orders(self, offset: int = 0, limit: int = 100, full: bool = False) -> dict[str, Any]:
        """One page of orders, newest first, as GET /sandbox/v1/orders returns it."""
        return msgspec.json.decode(self.list_orders_json(offset, limit, full))  # type: ignore[no-any-return]

    def list_orders_json(self, offset: int = 0, limit: int = 100, full: bool = False) -> bytes:
        """The JSON of `list_orders`, encoded once."""
        now = self.clock.now()
        with self.state.lock:
            records = list(self.state)
            for record in records:
                expire(record.order, now)
            records.sort(key=lambda r: (r.order.created_at or now, r.order.order_id or ""), reverse=True)
            page = records[offset: offset + limit]
            rows: list[Any] = [r.order for r in page] if full else [_summary(r.order) for r in page]
            return msgspec.json.encode(OrderPage(rows, len(records), offset, limit))

    # --- persistence ---------------------------------------------------------------------------------

    def _snapshot(self) -> bytes:
        with self.state.lock:
            self._saved_offset = self.clock.offset
            return msgspec.json.encode(Snapshot(
                clock_offset=self.clock.offset,
                orders=list(self.state),
                idempotency=self.idempotency.snapshot(self.clock.now()),
            ))

    def _restore(self, saved: Snapshot, own_clock: bool) -> None:
        self.state.replace_all(saved.orders)
        self.idempotency.restore(saved.idempotency)
        if own_clock and saved.clock_offset > self.clock.offset:
            # Time moved forward before the restart stays moved: expired orders stay expired.
            self.clock.advance(saved.clock_offset - self.clock.offset)
        self._saved_offset = self.clock.offset

    def flush(self) -> None:
        """Write the state file now (when there is one and something changed)."""
        if self._file is not None:
            self._note_clock()
            self._file.flush()

    def close(self) -> None:
        """Write what is pending and stop the writer's timer."""
        if self._file is not None:
            self._note_clock()
            self._file.close()

    def _note_clock(self) -> None:
        # clock.advance() from Python does not pass through the state; a moved clock is a change too.
        if self._file is not None and self.clock.offset != self._saved_offset:
            self._file.schedule()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _summary(order: Order) -> OrderSummary:
    return OrderSummary(
        order_id=order.order_id or "",
        klarna_reference=order.klarna_reference,
        status=order.status,
        fraud_status=order.fraud_status,
        created_at=order.created_at,
        expires_at=order.expires_at,
        order_amount=order.order_amount,
        purchase_currency=order.purchase_currency,
        merchant_reference1=order.merchant_reference1,
    )
