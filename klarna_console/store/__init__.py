"""The local store per profile: order cache with search, and the action journal (SQLite)."""
