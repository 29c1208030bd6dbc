"""Alembic migrations of the store; run by ``storylens.store.engine.migrate`` on every open."""
