"""Units of work for the adapters: one session per request or job, commit at the end.

A database that is briefly locked or down becomes ``Unavailable`` (a Dutch "probeer het zo nog
eens"); the transaction is rolled back, so nothing is half-written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from storage.db import get_engine, session_scope
from storage.migrate import upgrade
from workflows import messages
from workflows.errors import Unavailable
from workflows.settings import Settings


def engine_for(settings: Settings, *, migrate: bool = True) -> Engine:
    """The engine for the configured database; migrates it to the newest schema on first use."""
    engine = get_engine(settings.database_url)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as exc:
            raise Unavailable(messages.DATABASE_UNAVAILABLE) from exc
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    try:
        with session_scope(engine) as session:
            yield session
    except OperationalError as exc:
        raise Unavailable(messages.DATABASE_UNAVAILABLE) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise Unavailable(messages.DATABASE_UNAVAILABLE) from exc
        raise
