"""The local store per profile: order cache with search, and the action journal (SQLite)."""

from .db import Database
from .errors import (
    DiskFullError,
    FolderNotWritableError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreUnavailableError,
)
from .journal import Journal, JournalEntry, JournalState
from .local_store import DB_NAME, AsyncStore, Store, database_path
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .orders import CachedOrder, OrderCache, OrderRow
from .recovery import OpenWrite, Recovery, StoreSetAsideError
from .search import OPEN_STATUSES, SORT_COLUMNS, SearchQuery

__all__ = [
    "DB_NAME", "MIGRATIONS", "OPEN_STATUSES", "SCHEMA_VERSION", "SORT_COLUMNS", "AsyncStore", "CachedOrder",
    "Database", "DiskFullError", "FolderNotWritableError", "Journal", "JournalEntry", "JournalState", "OpenWrite",
    "OrderCache", "OrderRow", "Recovery", "SearchQuery", "Store", "StoreBusyError", "StoreDamagedError",
    "StoreError", "StoreSetAsideError", "StoreUnavailableError", "database_path",
]
