"""A profile's local data before its session exists: opening its store, and the first paint's reads."""

from __future__ import annotations

from ..paths import Paths
from ..profiles import Profile
from ..store import factory
from ..store.interface import FirstLook, OrderStore
from ..store.values import SearchQuery, StoreSetAsideError

__all__ = ["FirstLook", "OrderStore", "first_look", "open_local"]


def first_look(paths: Paths, profile: Profile, query: SearchQuery, limit: int) -> FirstLook:
    """Open the profile's store at once (no event loop needed) with the query's first page and first order.

    Raises what opening raises: StoreError classes (a damaged store is moved aside first and reported in
    `set_aside`, not raised), ValueError for a profile id that cannot name a folder, OSError.
    """
    return factory.first_look(paths, profile.id, query, limit)


async def open_local(paths: Paths, profile: Profile) -> tuple[OrderStore, StoreSetAsideError | None]:
    """Open the profile's store off the event loop; a damaged one is moved aside first (see `set_aside`)."""
    return await factory.open_recovering(paths, profile.id)
