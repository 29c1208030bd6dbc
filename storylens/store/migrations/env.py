"""Alembic environment: migrations run on the connection the store hands over, inside its transaction."""
from __future__ import annotations

from alembic import context

from storylens.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("storylens migrations run through storylens.store.engine.migrate, which passes a connection")
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
