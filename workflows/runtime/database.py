"""Units of work for the adapters: one session per request or job, commit at the end.

A database that is briefly locked or down becomes ``Unavailable`` (a Dutch "probeer het zo nog
eens"); one that can never work as configured (no such folder, database or user) becomes
``DatabaseMisconfigured``, naming the mistake. The transaction is rolled back either way, so
nothing is half-written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.sql.expression import false
from sqlmodel import Session, delete

from storage.db import DbTimeouts, deadline, get_engine, session_scope
from storage.migrate import upgrade
from storage.models import ProcessedEvent
from workflows import messages
from workflows.errors import DatabaseMisconfigured, Unavailable
from workflows.runtime.faults import permanent_fault
from workflows.settings import Settings

log = logging.getLogger(__name__)


def timeouts(settings: Settings) -> DbTimeouts:
    return DbTimeouts(
        connect=settings.db_connect_timeout,
        statement=settings.db_statement_timeout,
        pool=settings.db_pool_timeout,
        busy=settings.db_busy_timeout,
        connections=settings.db_connections,
    )


def answering(settings: Settings) -> AbstractContextManager[None]:
    """All database work inside gives up after ``WOONZORG_DB_REQUEST_TIMEOUT`` seconds: for a
    request somebody is waiting on (Slack wants an answer within 3 seconds)."""
    return deadline(settings.db_request_timeout)


def engine_for(settings: Settings, *, migrate: bool = True) -> Engine:
    """The engine for the configured database; migrates it to the newest schema on first use."""
    engine = get_engine(settings.database_url, timeouts(settings))
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
def transaction(engine: Engine, *, silent: str | None = None) -> Iterator[Session]:
    """One unit of work. ``silent``: the Dutch message when the database does not answer in
    time (default: a general "de database antwoordt niet")."""
    try:
        with session_scope(engine) as session:
            yield session
    except PoolTimeout as exc:
        raise Unavailable(silent or messages.DATABASE_SILENT) from exc
    except DBAPIError as exc:
        refusal = _refusal(engine, exc, silent)
        if refusal is None:
            raise
        raise refusal from exc


def require_writable(engine: Engine) -> None:
    """At start-up of the bot: refuse a database it can read but not write (a read-only file
    or mount, a read-only PostgreSQL replica), instead of failing at the first update.

    A no-op DELETE needs the write lock, so it fails on such a database and changes nothing.
    """
    try:
        with session_scope(engine) as session:
            session.exec(delete(ProcessedEvent).where(false()))
    except DBAPIError as exc:
        refusal = _refusal(engine, exc)
        if isinstance(refusal, DatabaseMisconfigured):
            raise refusal from exc
        if "readonly" in str(exc.orig) or "read-only" in str(exc.orig):
            where = engine.url.database or "?"
            if engine.url.get_backend_name() == "postgresql":
                where = f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}/{where}"
            detail = messages.DATABASE_READ_ONLY.format(database=where)
            raise DatabaseMisconfigured(messages.DATABASE_MISCONFIGURED, detail=detail) from exc
        if refusal is None:
            raise
        raise refusal from exc


def _silent(engine: Engine, exc: DBAPIError) -> bool:
    """The server did not answer in time (only PostgreSQL's driver says so)."""
    if engine.url.get_backend_name() != "postgresql":
        return False
    from storage.postgres import is_silent

    return is_silent(exc.orig)


def _refusal(engine: Engine, exc: DBAPIError, silent: str | None = None) -> Unavailable | None:
    """The domain error for a database that refused; None for an unexpected error (a bug)."""
    fault = permanent_fault(engine.url, exc)
    if fault is not None:
        # The detail names the server's paths or hosts: the log gets it, a chat user does not.
        log.error("Database misconfigured: %s", fault)
        return DatabaseMisconfigured(messages.DATABASE_MISCONFIGURED, detail=fault)
    if _silent(engine, exc):
        return Unavailable(silent or messages.DATABASE_SILENT)
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return Unavailable(messages.DATABASE_UNAVAILABLE)
    return None
