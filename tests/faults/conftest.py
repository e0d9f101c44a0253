"""Fixtures for the fault suite: the fork server, and a seeded database with a fake Slack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from storage.db import get_engine
from tests.faults.kit import ForkServer, SimClock, Ticks, seed
from tests.support.fake_slack import FakeSlack

OWNERS = 24


@pytest.fixture(scope="session")
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


# What `woonzorg run` imports when it starts (seconds of CPU on a loaded machine), imported once
# by the replica tests' fork server so each replica starts in a moment.
RUN_STACK = (
    "bot.slack.app",
    "bot.slack.http",
    "bot.slack.socket",
    "bot.background",
    "workflows.runtime.database",
    "psycopg",
)


@pytest.fixture(scope="session")
def run_server() -> Iterator[ForkServer]:
    server = ForkServer(preload=RUN_STACK)
    yield server
    server.close()


@dataclass
class World:
    engine: Engine
    slack: FakeSlack
    owners: list[str]
    ticks: Ticks
    clock: SimClock


@pytest.fixture
def world(database_url: str, fork_server: ForkServer, tmp_path: Path) -> Iterator[World]:
    engine = get_engine(database_url)
    owners = seed(engine, OWNERS)
    clock = SimClock()
    with FakeSlack() as slack:
        slack.api.clock = clock.timestamp
        ticks = Ticks(fork_server, database_url, slack, clock, tmp_path)
        yield World(engine, slack, owners, ticks, clock)
