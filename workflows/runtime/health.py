"""Liveness of what the bot depends on, for ``GET /healthz``."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

from workflows.errors import Unavailable
from workflows.runtime.database import transaction


def database_ok(engine: Engine) -> bool:
    """True when the database answers a trivial query now."""
    try:
        with transaction(engine) as session:
            session.connection().execute(text("SELECT 1"))
    except Unavailable:
        return False
    return True
