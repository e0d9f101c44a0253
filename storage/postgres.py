"""PostgreSQL engines whose every wait on the server is bounded (see storage.db's docstring).

Imported only when the configured database is PostgreSQL: psycopg takes 0.2-0.5 s to import,
which ``woonzorg tick`` on SQLite need not pay.
"""

from __future__ import annotations

import math
import threading
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

from storage.db import DbTimeouts, remaining, within_deadline

# Past the server's statement_timeout the server itself answers with an error; the client gives
# it this much longer before it decides nobody is listening.
CLIENT_MARGIN_SECONDS = 2.0
# A connection the kernel could not deliver to for this long is dead (tcp_user_timeout).
KEEPALIVE_IDLE_SECONDS = 30
KEEPALIVE_INTERVAL_SECONDS = 10
KEEPALIVE_COUNT = 3


class DatabaseSilent(pg_errors.OperationalError):
    """The server did not answer in time; the connection has been closed."""


class BoundedConnection(psycopg.Connection[Any]):
    """A psycopg connection whose every wait on the server has a limit (see module docstring)."""

    wait_limit: float = 12.0

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        limit = remaining(self.wait_limit if timeout is None else timeout)
        if limit <= 0:
            self.pgconn.finish()
            raise DatabaseSilent("deadline passed before the database was asked")
        try:
            return super().wait(gen, interval=interval, timeout=limit)
        except pg_errors._WaitTimeout:
            # The connection is mid-protocol: unusable. Closing it makes SQLAlchemy see a
            # disconnect, so the pool invalidates it instead of handing it out again.
            self.pgconn.finish()
            raise DatabaseSilent(f"no answer from the database within {limit:.1f} s") from None


def _connect_within(seconds: float, cargs: Any, cparams: Any) -> BoundedConnection:
    """Connect, giving up after ``seconds``.

    libpq's connect_timeout is whole seconds and at least 2, longer than a request inside
    ``deadline()`` may wait; so the handshake runs on a helper thread (bounded by
    connect_timeout itself) and a connection that arrives too late is closed there.
    """
    if seconds <= 0:
        raise DatabaseSilent("deadline passed before connecting")
    if not within_deadline():
        return BoundedConnection.connect(*cargs, **cparams)
    done = threading.Event()
    outcome: dict[str, Any] = {}
    lock = threading.Lock()

    def attempt() -> None:
        try:
            connection = BoundedConnection.connect(*cargs, **cparams)
        except BaseException as exc:  # handed to the waiting thread, or dropped if it left
            outcome["error"] = exc
        else:
            with lock:
                if outcome.get("abandoned"):
                    connection.close()
                    return
                outcome["connection"] = connection
        finally:
            done.set()

    threading.Thread(target=attempt, name="database-connect", daemon=True).start()
    done.wait(seconds)
    with lock:
        if "connection" in outcome:
            return outcome["connection"]  # type: ignore[no-any-return]
        if "error" in outcome:
            raise outcome["error"]
        outcome["abandoned"] = True
    raise DatabaseSilent(f"could not connect to the database within {seconds:.1f} s")


def is_silent(error: BaseException | None) -> bool:
    """The driver's error says the server did not answer in time."""
    return isinstance(error, DatabaseSilent | pg_errors.ConnectionTimeout)


def postgres_engine(url: str, timeouts: DbTimeouts) -> Engine:
    wait_limit = timeouts.statement + CLIENT_MARGIN_SECONDS
    engine = create_engine(
        url,
        pool_pre_ping=True,
        # Every connection is kept once opened: an overflow connection would be closed on
        # return and reopened by the next send thread, a handshake per message under load.
        pool_size=timeouts.connections,
        max_overflow=0,
        pool_timeout=timeouts.pool,
        connect_args={
            "connect_timeout": max(2, math.ceil(timeouts.connect)),
            "options": f"-c statement_timeout={int(timeouts.statement * 1000)}",
            "keepalives": 1,
            "keepalives_idle": KEEPALIVE_IDLE_SECONDS,
            "keepalives_interval": KEEPALIVE_INTERVAL_SECONDS,
            "keepalives_count": KEEPALIVE_COUNT,
            "tcp_user_timeout": int(wait_limit * 1000),
        },
    )

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect, _record, cargs, cparams):  # type: ignore[no-untyped-def]
        connection = _connect_within(remaining(timeouts.connect), cargs, cparams)
        connection.wait_limit = wait_limit
        return connection

    return engine
