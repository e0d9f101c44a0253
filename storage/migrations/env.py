"""Alembic environment: the engine comes from storage.migrate (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

# Several replicas starting at once all migrate (every command does, on first use). On
# PostgreSQL they take turns under this transaction-scoped advisory lock; the later ones then
# find the schema at head and do nothing. (SQLite has a single writer already.)
MIGRATION_LOCK = 0x776F6F6E  # "woon"

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` CLI use by developers: build the engine from DATABASE_URL
    import os

    from storage.db import get_engine

    engine = get_engine(os.environ.get("DATABASE_URL", "sqlite:///woonzorg.db"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.run_migrations()
    connection.commit()
