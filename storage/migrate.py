"""Schema changes only through Alembic; ``woonzorg migrate`` and first use call ``upgrade``.

Every command that touches the database calls ``upgrade`` first, and importing Alembic costs a
few tenths of a second: so ``upgrade`` reads the version table with one query and imports
Alembic only when the database is not at ``HEAD_REVISION``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# The newest revision in migrations/versions; tests/storage/test_migrate_head.py fails when a
# new migration is added without updating it.
HEAD_REVISION = "0010_workspace_scoping"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def at_head(engine: Engine) -> bool:
    """True when the version table names exactly ``HEAD_REVISION``: one query, no Alembic.

    A database that cannot be reached raises here as before; a missing version table (a new
    database) or any other answer means "ask Alembic".
    """
    with engine.connect() as conn:
        try:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return False
    return [row[0] for row in versions] == [HEAD_REVISION]


def upgrade(engine: Engine) -> bool:
    """Bring the database to the newest schema. Returns True when anything was applied."""
    if at_head(engine):
        return False
    if current_revision(engine) == head_revision(engine):
        return False
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return True
