"""The store: analyses kept in SQLite or PostgreSQL, added to incrementally."""
