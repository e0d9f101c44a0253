"""Alembic environment: the engine comes from storage.migrate (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

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
        context.run_migrations()
    connection.commit()
