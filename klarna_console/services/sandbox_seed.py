"""The Sandbox profile's orders as the sandbox lists them, read from its account without the HTTP stack.

A first start has neither the sandbox's state file nor the local store. Today's order of things (the
session starts the simulator, its web app and the HTTP client, then syncs the store from the sandbox's
list) costs about half a second before anything is on screen. The account alone (`sandbox.account`)
makes the same demo orders and writes the same state file, and its list is the very JSON the session's
sync reads, so the window's first paint can cache and show them; the session then opens the sandbox
from that state file and takes over as on any other start.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import msgspec

from ..api.models import Order
from ..paths import Paths
from ..profiles import Profile
from ..sandbox.account import SandboxAccount
from ..store import factory
from ..store.lock import ProfileLock

log = logging.getLogger(__name__)

SANDBOX_ORDERS = 200
"""Demo orders a new sandbox starts with."""
SANDBOX_SEED = 1
SANDBOX_STATE = "sandbox-state.json"
SANDBOX_PAGE = 500
"""Orders per page when the store is fed from the sandbox's list."""


class OrderPage(msgspec.Struct):
    """One page of the sandbox's full order list (GET /sandbox/v1/orders?full=1), as the store takes it."""

    orders: list[Order]
    total: int


def state_path(paths: Paths, profile: Profile) -> Path:
    """Where the Sandbox profile keeps its sandbox's state."""
    return factory.profile_folder(paths, profile.id) / SANDBOX_STATE


def listed_orders(account: SandboxAccount) -> tuple[list[Order], dt.datetime]:
    """Every order of the account, page by page as the sandbox lists them, and the sandbox's time of listing."""
    orders: list[Order] = []
    offset, total = 0, 1
    now = account.clock.now()
    while offset < total:
        page = msgspec.json.decode(account.list_orders_json(offset, SANDBOX_PAGE, full=True), type=OrderPage)
        orders += page.orders
        total, offset = page.total, offset + SANDBOX_PAGE
    return orders, now


def first_start_orders(paths: Paths, profile: Profile, count: int = SANDBOX_ORDERS
                       ) -> tuple[list[Order], dt.datetime] | None:
    """On the Sandbox profile's first start (no local store yet): its sandbox's orders, to cache at once.

    The account is made as the session's sandbox would make it: from its state file if there is one, else
    `count` fresh demo orders, written to that file now, so the simulator the session starts later holds
    exactly these orders. Returns the orders and the sandbox's time they were listed at (the time the
    store records them as fetched), or None when there is nothing to do here: another profile, a store
    already there, another window holding the profile, or a state file that cannot be read or written
    (the session then meets and reports the same problem).
    """
    if profile.kind != "sandbox" or profile.team_store or factory.local_store_exists(paths, profile.id):
        return None
    lock = ProfileLock(factory.profile_folder(paths, profile.id))
    if not lock.acquire():
        return None  # only the window holding the profile writes its sandbox's state
    try:
        if factory.local_store_exists(paths, profile.id):
            return None  # made by a window that held the profile a moment ago
        with SandboxAccount(count, SANDBOX_SEED, state_path(paths, profile)) as account:
            return listed_orders(account)
    except (OSError, ValueError) as error:
        log.info("first start: the sandbox's orders are left to the session (%s)", error)
        return None
    finally:
        lock.release()
