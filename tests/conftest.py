"""Shared fixtures: databases on SQLite and PostgreSQL, settings, a fixed clock.

PostgreSQL tests use a fresh database per test run on 127.0.0.1:5432 (user postgres), made at
start and dropped at the end. Where no PostgreSQL answers they are skipped, except under CI
(CI=true), where that is a failure.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
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


def _import_the_bot() -> None:
    """Import every module of the bot up front, in each test process (each xdist worker).

    The bot imports much of itself lazily (a short start-up for the CLI). Without this, the
    first test in a process to reach, say, the Slack handlers pays those imports, and with
    tests spread over workers in no fixed order that may be a test that times an answer
    against Slack's 3 seconds. Start-up cost itself is tested in a fresh interpreter
    (tests/bot/cli/test_lazy_imports.py), so nothing here hides it."""
    for name in ("storage", "workflows", "bot"):
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            if not module.name.startswith("storage.migrations"):
                importlib.import_module(module.name)


_import_the_bot()

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


def _tables() -> list[str]:
    """Every table, parents before the tables that refer to them."""
    return [t.name for t in SQLModel.metadata.sorted_tables] + list(SLACK_TABLES)


def _truncate_all(engine: Engine) -> None:
    names = ", ".join(f'"{name}"' for name in _tables())
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def _empty_all(engine: Engine) -> None:
    """Empty the schema as TRUNCATE ... RESTART IDENTITY would, at a fifth of its cost.

    TRUNCATE gives every table and index a new file (0.3-0.6 s for the schema on the shared
    machine). Here the tables that hold rows (one query finds them) are emptied with DELETE and
    VACUUMed, which gives a table's emptied pages back to the file system: an empty file, so
    rows are written, and read back in a sequential scan, in the order they were inserted, as
    after a TRUNCATE. (DELETE alone leaves the pages, and PostgreSQL reuses their space in any
    order.) Should a table keep a page (a lock or an old snapshot elsewhere stops VACUUM from
    shrinking it), the schema is truncated after all. Every used sequence starts again at 1."""
    tables = _tables()
    probe = " UNION ALL ".join(f"(SELECT '{name}' FROM \"{name}\" LIMIT 1)" for name in tables)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        holding = {name for (name,) in conn.execute(text(probe))}
        if holding:
            for name in reversed(tables):  # children before their parents
                if name in holding:
                    conn.execute(text(f'DELETE FROM "{name}"'))
            conn.execute(text("VACUUM " + ", ".join(f'"{name}"' for name in holding)))
            kept = conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relkind = 'r'"
                    " AND relname = ANY(:names) AND pg_relation_size(oid) > 0"
                ),
                {"names": sorted(holding)},
            ).all()
            if kept:
                _truncate_all(engine)
        conn.execute(
            text(
                "SELECT setval(format('%I.%I', schemaname, sequencename), 1, false)"
                " FROM pg_sequences WHERE last_value IS NOT NULL"
            )
        )


# PostgreSQL databases of this process that a test may have written to since they were last
# emptied. Each test empties the database before it runs, and only when needed, instead of
# before and after.
_PG_USED: set[str] = set()


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
    if url in _PG_USED:
        _empty_all(get_engine(url))
    _PG_USED.add(url)
    yield url


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


FAULTS = Path(__file__).parent / "faults"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``-n 2 --dist loadgroup`` the fault tests run one after another on one worker:
    their timing is measured against a lease, and two at once would compete for the cores."""
    for item in items:
        if FAULTS in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("faults"))
