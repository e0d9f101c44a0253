"""Engines and sessions: SQLite by default, PostgreSQL through DATABASE_URL.

Every wait on the database is bounded. A PostgreSQL server that accepts connections and never
answers (a hung server, a half-open network path) would otherwise hold each thread that touches
it for ever: libpq has no read timeout, and the server-side ``statement_timeout`` cannot help
when the server is not answering at all. So each connection gets

- ``connect_timeout`` for the handshake,
- the server-side ``statement_timeout`` for slow queries,
- a client-side limit on every round trip (``statement_timeout`` plus a margin, or less inside
  ``deadline()``): past it the connection is closed and the error is a disconnect, so the pool
  throws the connection away and the next checkout (``pool_pre_ping``) opens a fresh one,
- TCP keepalives and ``tcp_user_timeout``, so the kernel notices a path that went dark.

The PostgreSQL side lives in ``storage.postgres``, imported only for a PostgreSQL engine.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from storage.clean import clean_value


@dataclass(frozen=True)
class DbTimeouts:
    """How long to wait for the database (seconds), and how many PostgreSQL connections the
    process may hold; the defaults are Settings' defaults."""

    connect: float = 5.0  # PostgreSQL handshake (libpq rounds up to whole seconds, at least 2)
    statement: float = 10.0  # PostgreSQL statement_timeout; the client waits a little longer
    pool: float = 5.0  # waiting for a free connection in the pool
    busy: float = 5.0  # SQLite: how long to wait for another writer's lock
    # PostgreSQL: the pool's size (opened as needed, then kept); a thread beyond it waits up to
    # ``pool`` seconds. The reminder tick's send threads each want one (WOONZORG_DB_CONNECTIONS).
    connections: int = 15


# The latest moment (time.monotonic) by which the current unit of work must be done, if any.
_deadline: ContextVar[float | None] = ContextVar("database_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every database round trip started inside this block gives up ``seconds`` from now.

    For work somebody is waiting on (Slack's 3 seconds, the health check): a database that does
    not answer becomes an error in time to say so, instead of a thread that hangs.
    """
    until = time.monotonic() + seconds
    current = _deadline.get()
    token = _deadline.set(until if current is None else min(current, until))
    try:
        yield
    finally:
        _deadline.reset(token)


def within_deadline() -> bool:
    """Whether the current unit of work runs inside ``deadline()``."""
    return _deadline.get() is not None


def remaining(limit: float) -> float:
    """``limit`` seconds, or less when the current ``deadline()`` comes sooner."""
    until = _deadline.get()
    if until is None:
        return limit
    return min(limit, until - time.monotonic())


def normalise_url(url: str) -> str:
    """Accept the URL forms people paste (``postgres://``, ``postgresql://``) and use psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_pragmas(busy_ms: int):  # type: ignore[no-untyped-def]
    def apply(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # WAL and a busy timeout let a running bot and a CLI command share the file.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return apply


@cache
def get_engine(url: str, timeouts: DbTimeouts = DbTimeouts()) -> Engine:  # noqa: B008
    """One engine per URL (and timeouts) for the life of the process."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": timeouts.busy}
        )
        event.listen(engine, "connect", _sqlite_pragmas(int(timeouts.busy * 1000)))
        return engine
    if parsed.get_backend_name() == "postgresql":
        # psycopg (0.2-0.5 s to import) only for a PostgreSQL database.
        from storage.postgres import postgres_engine

        return postgres_engine(url, timeouts)
    return create_engine(url)


def _clean_before_flush(session: Any, _context: Any, _instances: Any) -> None:
    """Whatever writes it (a Slack command, the import, the directory), no text is stored with
    control characters or bidi overrides (storage.clean): PostgreSQL refuses NUL outright,
    and the others would surface in every export and report."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str | list | dict):
                cleaned = clean_value(value)
                if cleaned != value:
                    setattr(obj, attr.key, cleaned)


def _clean_bulk_parameters(state: Any) -> None:
    """The same for ``session.execute(insert(Model), rows)``, which bypasses the flush."""
    if not (state.is_insert or state.is_update):
        return
    params = state.parameters
    for row in params if isinstance(params, list) else [params]:
        if isinstance(row, dict):
            for key, value in row.items():
                if isinstance(value, str | list | dict):
                    row[key] = clean_value(value)


event.listen(Session, "before_flush", _clean_before_flush)
event.listen(Session, "do_orm_execute", _clean_bulk_parameters)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit at the end, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
