"""The local store per profile: order cache with search, and the action journal (SQLite)."""

from .db import Database, StoreError
from .journal import Journal, JournalEntry, JournalState
from .local_store import DB_NAME, AsyncStore, Store, database_path
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .orders import CachedOrder, OrderCache, OrderRow
from .search import OPEN_STATUSES, SORT_COLUMNS, SearchQuery

__all__ = [
    "DB_NAME", "MIGRATIONS", "OPEN_STATUSES", "SCHEMA_VERSION", "SORT_COLUMNS", "AsyncStore", "CachedOrder",
    "Database", "Journal", "JournalEntry", "JournalState", "OrderCache", "OrderRow", "SearchQuery", "Store",
    "StoreError", "database_path",
]
