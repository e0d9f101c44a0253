"""WOONZORG_DB_CONNECTIONS sizes the PostgreSQL pool: so many threads hold a connection at the
same time, the next waits WOONZORG_DB_POOL_TIMEOUT and gets a clear error, and connections are
kept once opened (no handshake per message when the reminder tick's threads take turns)."""

from __future__ import annotations

from contextlib import ExitStack

import pytest
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.exc import TimeoutError as PoolTimeout

from workflows.runtime.database import engine_for
from workflows.settings import Settings


def _settings(url: str, **values: object) -> Settings:
    return Settings(_env_file=None, DATABASE_URL=url, **values)  # type: ignore[call-arg]


def test_the_pool_holds_as_many_connections_as_configured(pg_database_url: str) -> None:
    engine = engine_for(
        _settings(pg_database_url, WOONZORG_DB_CONNECTIONS=3, WOONZORG_DB_POOL_TIMEOUT=0.3),
        migrate=False,
    )
    try:
        with ExitStack() as held:
            for _ in range(3):
                conn = held.enter_context(engine.connect())
                assert conn.execute(text("SELECT 1")).scalar() == 1
            with pytest.raises(PoolTimeout):
                engine.connect()
        # All three were returned and kept open for the next checkout.
        assert engine.pool.checkedin() == 3  # type: ignore[attr-defined]
    finally:
        engine.dispose()


def test_the_default_is_fifteen_and_a_pool_of_none_is_refused(pg_database_url: str) -> None:
    engine = engine_for(_settings(pg_database_url), migrate=False)
    assert engine.pool.size() == 15  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="WOONZORG_DB_CONNECTIONS"):
        _settings(pg_database_url, WOONZORG_DB_CONNECTIONS=0)
