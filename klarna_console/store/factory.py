"""Opening a profile's store: the one place that knows which backend holds it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from ..paths import Paths
from .interface import FirstLook, OrderStore
from .values import SearchQuery, StoreSetAsideError

StoreKind = Literal["sqlite"]
"""The backends there are (team mode adds "postgresql")."""

DEFAULT_KIND: StoreKind = "sqlite"

# A profile id names a directory: no separators, no "..", nothing a file system could misread.
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def profile_folder(paths: Paths, profile_id: str) -> Path:
    """The folder of a profile's local files (its lock, the sandbox's state, an SQLite store and its backups)."""
    if not _SAFE_ID.match(profile_id) or ".." in profile_id:
        raise ValueError(f"profile id {profile_id!r} cannot name a directory")  # english-ok: ids are checked by the profile model first
    return paths.data / profile_id


def _unknown(kind: str) -> ValueError:
    return ValueError(f"store kind {kind!r} is not one of: sqlite")  # english-ok: a programming error


async def open_store(paths: Paths, profile_id: str, kind: StoreKind = DEFAULT_KIND) -> OrderStore:
    """Open (creating or migrating) a profile's store, off the event loop."""
    if kind == "sqlite":
        from .sqlite.local_store import AsyncStore

        return await AsyncStore.open(paths, profile_id)
    raise _unknown(kind)


async def open_recovering(
    paths: Paths, profile_id: str, kind: StoreKind = DEFAULT_KIND
) -> tuple[OrderStore, StoreSetAsideError | None]:
    """Open a profile's store; a damaged one is moved aside first and a fresh one opened with its open writes.

    Returns the store and, when one was set aside, what was found (to tell the user).
    """
    if kind == "sqlite":
        from .sqlite.local_store import AsyncStore

        return await AsyncStore.open_recovering(paths, profile_id)
    raise _unknown(kind)


def first_look(paths: Paths, profile_id: str, query: SearchQuery, limit: int,
               kind: StoreKind = DEFAULT_KIND) -> FirstLook:
    """Open a profile's store on this thread, with the first page of `query` and its first order read at once.

    For the first paint, before the event loop runs; see `open_recovering` for a damaged store.
    """
    if kind == "sqlite":
        from .sqlite.local_store import first_look as sqlite_first_look

        return sqlite_first_look(paths, profile_id, query, limit)
    raise _unknown(kind)

