"""Shared fixtures: databases on SQLite and PostgreSQL, settings, a fixed clock.

PostgreSQL tests use a fresh database per test run on 127.0.0.1:5432 (user postgres), made at
start and dropped at the end. Where no PostgreSQL answers they are skipped, except under CI
(CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from storage.db import get_engine
from storage.migrate import upgrade
from workflows.settings import Settings

# The bot harness (fixture ``harness``) for router-level tests of the bot core.
pytest_plugins = ["tests.support.botkit"]

PG_ADMIN_DSN = os.environ.get("WOONZORG_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_available() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN_DSN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0]


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    problem = _pg_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not answering on {PG_ADMIN_DSN}: {problem}")
        pytest.skip(f"PostgreSQL not available: {problem}")
    name = f"woonzorg_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_DSN.rsplit("/", 1)[0]
    url = f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)
    upgrade(get_engine(url))
    yield url
    get_engine(url).dispose()
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating every time)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = get_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    get_engine.cache_clear()
    return path


# Tables outside the models: slack_sdk's installation and state stores (0008_installations).
SLACK_TABLES = ("slack_bots", "slack_installations", "slack_oauth_states", "slack_org_teams")


def _truncate_all(engine: Engine) -> None:
    tables = [t.name for t in SQLModel.metadata.sorted_tables] + list(SLACK_TABLES)
    names = ", ".join(f'"{name}"' for name in tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "woonzorg.db"
    shutil.copy(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[str]:
    """Runs the test once on SQLite and once on PostgreSQL, each with an empty schema."""
    if request.param == "sqlite":
        yield sqlite_url
        return
    url = request.getfixturevalue("pg_database_url")
    _truncate_all(get_engine(url))
    yield url
    _truncate_all(get_engine(url))


@pytest.fixture
def engine(database_url: str) -> Engine:
    return get_engine(database_url)


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Engine:
    return get_engine(sqlite_url)


@pytest.fixture
def settings(sqlite_url: str) -> Settings:
    """Settings for a SQLite database; tests that need both backends build their own."""
    return Settings(_env_file=None, DATABASE_URL=sqlite_url)  # type: ignore[call-arg]


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
