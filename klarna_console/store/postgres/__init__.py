"""The team store: the same order cache and journal on a PostgreSQL server that every desk of a team shares."""
