"""Created keys: one integer per order that sorts as (created_at, id) does, the full-text index's row id.

FTS5 returns its matches in row id order and can walk them backwards and stop early. With the created
key as that row id, the newest matches of a text search are read straight from the index: no sorting
of every match, no probing of a match set while walking all orders.

A key is the creation time in microseconds (shifted so that 1827-2112 is positive, 0 meaning no time)
times 1024, plus the order's place among the orders created in the same microsecond, in id order. Ids
only grow, so a new order takes the next place in its microsecond. An order whose key cannot keep that
order (a time out of range or not stored as `to_db_time` writes it, over 1024 orders in a microsecond,
a created_at that changed under later orders) gets minus its id: while any key is negative, searches
sort by created_at and id as they did before keys (see `OrderCache`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .fields import UTC, to_db_time

PLACE_BITS = 10
"""Orders created in one microsecond that keep exact keys: 1024."""

_PLACES = 1 << PLACE_BITS
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
_SHIFT = 1 << 52  # microseconds: about 143 years either side of 1970 stay positive and under 2**53
_RANGE = 1 << 53

COUNT_BUCKET_BITS = 46
"""Keys >> 46 group orders by about 19 hours of creation time (2**36 microseconds), for `order_counts`."""


def time_slot(created_at: str | None) -> int | None:
    """The microsecond slot of a stored created_at (0 for none), or None when it cannot have a key."""
    if created_at is None:
        return 0
    try:
        when = dt.datetime.fromisoformat(created_at)
    except ValueError:
        return None
    # Keys sort as the text does only where the text is what to_db_time writes (fixed width, UTC).
    if when.tzinfo is None or to_db_time(when) != created_at:
        return None
    delta = when - _EPOCH
    slot = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds + _SHIFT
    return slot if 0 < slot < _RANGE else None


def slot_bounds(slot: int) -> tuple[int, int]:
    """The lowest and highest key of a slot."""
    return slot * _PLACES, slot * _PLACES + _PLACES - 1


def next_key(slot: int | None, row_id: int, highest: int | None) -> int:
    """The key of an order placed after every order in its slot (`highest`: their highest key, if any)."""
    if slot is None:
        return -row_id
    low, high = slot_bounds(slot)
    key = low if highest is None else highest + 1
    return key if key <= high else -row_id


def keys_in_order(rows: Iterable[tuple[int, str | None]]) -> list[tuple[int, int]]:
    """(key, id) for every (id, created_at), as a whole table is keyed: places in id order per slot."""
    slotted = sorted(((time_slot(created), row_id) for row_id, created in rows), key=lambda r: (r[0] is None, r))
    keys: list[tuple[int, int]] = []
    highest: dict[int, int] = {}
    for slot, row_id in slotted:
        key = next_key(slot, row_id, highest.get(slot) if slot is not None else None)
        if slot is not None and key >= 0:
            highest[slot] = key
        keys.append((key, row_id))
    return keys
