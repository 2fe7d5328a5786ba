"""The local store per profile: order cache with search, and the action journal (SQLite)."""

from .db import Database, StoreError
from .journal import (
    KEY_LIFETIME,
    MONEY_ACTIONS,
    NOT_APPLIED,
    RECENT_WRITE,
    GuardRefusal,
    Journal,
    JournalEntry,
    JournalState,
    KeyExpired,
    OpenWrite,
    RecentWrite,
)
from .local_store import DB_NAME, AsyncStore, Store, database_path
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .orders import CachedOrder, OrderCache, OrderRow
from .search import OPEN_STATUSES, SORT_COLUMNS, SearchQuery

__all__ = [
    "DB_NAME", "KEY_LIFETIME", "MONEY_ACTIONS", "NOT_APPLIED", "RECENT_WRITE", "GuardRefusal", "KeyExpired",
    "OpenWrite", "RecentWrite", "MIGRATIONS", "OPEN_STATUSES", "SCHEMA_VERSION", "SORT_COLUMNS", "AsyncStore", "CachedOrder",
    "Database", "Journal", "JournalEntry", "JournalState", "OrderCache", "OrderRow", "SearchQuery", "Store",
    "StoreError", "database_path",
]
