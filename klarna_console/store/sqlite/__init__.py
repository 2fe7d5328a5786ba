"""The SQLite backend of the store: one file per profile, with its order cache, search and journal."""
