"""The local store per profile: order cache with search, and the action journal (SQLite)."""

from .sqlite.db import Database
from .sqlite.errors import (
    DiskFullError,
    FolderNotWritableError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreUnavailableError,
)
from .sqlite.journal import (
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
from .sqlite.local_store import DB_NAME, AsyncStore, Store, database_path
from .sqlite.migrations import MIGRATIONS, SCHEMA_VERSION
from .sqlite.orders import CachedOrder, OrderCache, OrderRow
from .sqlite.recovery import Recovery, StoreSetAsideError, UnfinishedWrite
from .sqlite.search import OPEN_STATUSES, SORT_COLUMNS, SearchQuery

__all__ = [
    "DB_NAME", "KEY_LIFETIME", "MIGRATIONS", "MONEY_ACTIONS", "NOT_APPLIED", "OPEN_STATUSES", "RECENT_WRITE",
    "SCHEMA_VERSION", "SORT_COLUMNS", "AsyncStore", "CachedOrder", "Database", "DiskFullError",
    "FolderNotWritableError", "GuardRefusal", "Journal", "JournalEntry", "JournalState", "KeyExpired", "OpenWrite",
    "OrderCache", "OrderRow", "RecentWrite", "Recovery", "SearchQuery", "Store", "StoreBusyError",
    "StoreDamagedError", "StoreError", "StoreSetAsideError", "StoreUnavailableError", "UnfinishedWrite",
    "database_path",
]
