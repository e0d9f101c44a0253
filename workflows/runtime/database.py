"""Units of work for the adapters: one session per request or job, commit at the end.

A database that is briefly locked or down becomes ``Unavailable`` (a Dutch "probeer het zo nog
eens"); one that can never work as configured (no such folder, database or user) becomes
``DatabaseMisconfigured``, naming the mistake. The transaction is rolled back either way, so
nothing is half-written.
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
from workflows.errors import DatabaseMisconfigured, Unavailable
from workflows.runtime.faults import permanent_fault
from workflows.settings import Settings


def engine_for(settings: Settings, *, migrate: bool = True) -> Engine:
    """The engine for the configured database; migrates it to the newest schema on first use."""
    engine = get_engine(settings.database_url)
    if migrate:
        try:
            upgrade(engine)
        except DBAPIError as exc:
            refusal = _refusal(engine, exc)
            if refusal is None:
                raise
            raise refusal from exc
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    try:
        with session_scope(engine) as session:
            yield session
    except DBAPIError as exc:
        refusal = _refusal(engine, exc)
        if refusal is None:
            raise
        raise refusal from exc


def _refusal(engine: Engine, exc: DBAPIError) -> Unavailable | None:
    """The domain error for a database that refused; None for an unexpected error (a bug)."""
    fault = permanent_fault(engine.url, exc)
    if fault is not None:
        return DatabaseMisconfigured(fault)
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return Unavailable(messages.DATABASE_UNAVAILABLE)
    return None
