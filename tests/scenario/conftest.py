"""Scenario fixtures: the real Bolt app (``create_app``) with the real core, served by waitress on
a random loopback port, talking to the fake Slack; requests signed exactly as Slack signs them.

Every test ends by checking that nothing the bot sent broke a Block Kit limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy.engine import Engine

from bot.core import Bot
from bot.slack.app import create_app
from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.http import HttpServer, wsgi_app
from bot.slack.notifier import SlackNotifier
from storage.db import get_engine, session_scope
from tests.support.factories import Built, small_programme
from tests.support.fake_slack import FakeSlack, SignedClient
from workflows.runtime.health import database_ok
from workflows.settings import Settings

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
COORDINATOR = "U0COCO"
PEOPLE = {
    "U0COCO": ("Coco", "coco@example.nl"),
    "U0ANNA": ("Anna", "anna@example.nl"),
    "U0BERT": ("Bert", "bert@example.nl"),
    "U0DIRK": ("Dirk", "dirk@example.nl"),
    "U0EVA": ("Eva", "eva@example.nl"),  # in the workspace, not in the programme
}


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack(users=PEOPLE) as fake:
        yield fake


@pytest.fixture
def slack_settings(sqlite_url: str, fake_slack: FakeSlack) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=sqlite_url,
        SLACK_BOT_TOKEN=fake_slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        WOONZORG_COORDINATORS=COORDINATOR,
        WOONZORG_DIGEST_CHANNEL="C0DIGEST",
    )


@pytest.fixture
def db(slack_settings: Settings) -> Engine:
    return get_engine(slack_settings.database_url)


@pytest.fixture
def programme(db: Engine) -> Built:
    with session_scope(db) as session:
        return small_programme(session)


@pytest.fixture
def clock(now: datetime) -> Callable[[], datetime]:
    return lambda: now


@pytest.fixture
def core(slack_settings: Settings, db: Engine, clock: Callable[[], datetime]) -> Bot:
    return Bot(
        slack_settings,
        db,
        SlackNotifier.from_settings(slack_settings),
        SlackDirectory(web_client(slack_settings)),
        clock,
    )


@pytest.fixture
def bolt(slack_settings: Settings, core: Bot):  # type: ignore[no-untyped-def]
    return create_app(slack_settings, core)


@pytest.fixture
def server(bolt, db: Engine) -> Iterator[HttpServer]:  # type: ignore[no-untyped-def]
    http = HttpServer(
        wsgi_app(bolt, lambda: database_ok(db), signing_secret=SIGNING_SECRET),
        host="127.0.0.1",
        port=0,
    )
    http.start()
    yield http
    http.stop()
    # Let work that runs after the ack (Home refreshes, DMs) finish while the fake still listens.
    bolt.settle()


@pytest.fixture
def slack(server: HttpServer, fake_slack: FakeSlack) -> Iterator[SignedClient]:
    client = SignedClient(
        f"http://127.0.0.1:{server.port}/slack/events", SIGNING_SECRET, fake_slack
    )
    yield client
    assert client.violations == [], "the bot answered with invalid Block Kit"
    assert fake_slack.violations == [], "the bot sent invalid Block Kit to Slack"
