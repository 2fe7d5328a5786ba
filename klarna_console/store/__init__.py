"""The local store per profile: order cache with search, the action journal and payouts.

`values` holds what every backend shares, `interface` the `OrderStore` the services use, `factory`
opens one; `sqlite` is today's backend. The SQLite names below are loaded on first use.
"""

from typing import Any

from .factory import DEFAULT_KIND, StoreKind, TeamConnection, first_look, open_recovering, open_store, profile_folder
from .interface import FirstLook, OrderStore
from .values import (
    KEY_LIFETIME,
    MONEY_ACTIONS,
    NOT_APPLIED,
    OPEN_STATUSES,
    RECENT_WRITE,
    SORT_COLUMNS,
    CachedOrder,
    DiskFullError,
    FolderNotWritableError,
    GuardRefusal,
    JournalEntry,
    JournalState,
    KeyExpired,
    OpenWrite,
    OrderRow,
    PayoutRow,
    RecentWrite,
    Recovery,
    SearchQuery,
    Settled,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreSetAsideError,
    StoreUnavailableError,
    UnfinishedWrite,
)

_FROM_SQLITE = {
    "Database": "db", "Journal": "journal", "DB_NAME": "local_store", "AsyncStore": "local_store",
    "Store": "local_store", "database_path": "local_store", "MIGRATIONS": "migrations",
    "SCHEMA_VERSION": "migrations", "OrderCache": "orders",
}


def __getattr__(name: str) -> Any:
    # The SQLite backend's own classes, for tests and tools; the services reach a store through `factory`.
    if name in _FROM_SQLITE:
        import importlib

        return getattr(importlib.import_module(f".sqlite.{_FROM_SQLITE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DB_NAME", "DEFAULT_KIND", "KEY_LIFETIME", "MIGRATIONS", "MONEY_ACTIONS", "NOT_APPLIED", "OPEN_STATUSES",
    "RECENT_WRITE", "SCHEMA_VERSION", "SORT_COLUMNS", "AsyncStore", "CachedOrder", "Database", "DiskFullError",
    "FirstLook", "FolderNotWritableError", "GuardRefusal", "Journal", "JournalEntry", "JournalState", "KeyExpired",
    "OpenWrite", "OrderCache", "OrderRow", "OrderStore", "PayoutRow", "RecentWrite", "Recovery", "SearchQuery",
    "Settled", "Store", "StoreBusyError", "StoreDamagedError", "StoreError", "StoreKind", "StoreSetAsideError", "TeamConnection",
    "StoreUnavailableError", "UnfinishedWrite", "database_path", "first_look", "open_recovering", "open_store",
    "profile_folder",
]
