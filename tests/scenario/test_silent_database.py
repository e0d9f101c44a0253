"""A PostgreSQL that accepts connections and never answers (a TCP proxy that went silent).

The bot must not hang: the health check says 503 within 2 seconds, a slash command is answered
in Dutch within Slack's 3 seconds, the bot works again by itself once the database answers
again, and ``woonzorg tick`` gives up with a Dutch message instead of hanging.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import select
from typer.testing import CliRunner

from bot.cli import app
from bot.core import Bot
from bot.slack.app import create_app
from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.http import HttpServer, wsgi_app
from bot.slack.notifier import SlackNotifier
from storage.db import get_engine, session_scope
from storage.models import StatusUpdate
from tests.conftest import _truncate_all
from tests.scenario.conftest import COORDINATOR, SIGNING_SECRET
from tests.support.factories import small_programme
from tests.support.fake_slack import FakeSlack, SignedClient
from tests.support.tcp_proxy import TcpProxy
from workflows import messages
from workflows.runtime.database import engine_for
from workflows.runtime.health import database_ok
from workflows.settings import Settings


@pytest.fixture
def proxied_url(pg_database_url: str) -> Iterator[tuple[TcpProxy, str]]:
    _truncate_all(get_engine(pg_database_url))
    real = make_url(pg_database_url)
    with TcpProxy(real.host or "127.0.0.1", real.port or 5432) as proxy:
        yield proxy, real.set(port=proxy.port).render_as_string(hide_password=False)
    _truncate_all(get_engine(pg_database_url))


def _health(port: int) -> tuple[int, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as answer:
            status = answer.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, time.monotonic() - started


def test_a_silent_database_is_answered_in_time_and_recovered_from(
    proxied_url: tuple[TcpProxy, str], fake_slack: FakeSlack
) -> None:
    proxy, url = proxied_url
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=url,
        SLACK_BOT_TOKEN=fake_slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        WOONZORG_COORDINATORS=COORDINATOR,
    )
    engine = engine_for(settings)
    with session_scope(engine) as session:
        small_programme(session)
    core = Bot(
        settings,
        engine,
        SlackNotifier.from_settings(settings),
        SlackDirectory(web_client(settings)),
        lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC),
    )
    bolt = create_app(settings, core)
    server = HttpServer(
        wsgi_app(bolt, lambda: database_ok(engine), signing_secret=SIGNING_SECRET),
        host="127.0.0.1",
        port=0,
    ).start()
    client = SignedClient(
        f"http://127.0.0.1:{server.port}/slack/events", SIGNING_SECRET, fake_slack
    )
    try:
        assert _health(server.port)[0] == 200
        assert client.slash("update 2.4 Voor de stilte", "U0ANNA").status == 200

        proxy.blackhole()
        status, took = _health(server.port)
        assert (status, took < 2.0) == (503, True), took
        answer = client.slash("update 2.4 Tijdens de stilte", "U0ANNA", timeout=10)
        assert answer.status == 200 and answer.elapsed < 3.0, answer.elapsed
        assert answer.text == messages.UPDATE_NOT_SAVED_SILENT
        overview = client.slash("overzicht", "U0ANNA", timeout=10)
        assert overview.elapsed < 3.0 and overview.text == messages.DATABASE_SILENT

        proxy.resume()
        deadline = time.monotonic() + 5
        while _health(server.port)[0] != 200:
            assert time.monotonic() < deadline, "the bot did not recover within 5 s"
            time.sleep(0.2)
        again = client.slash("update 2.4 Na de stilte", "U0ANNA", timeout=10)
        assert again.status == 200 and again.elapsed < 3.0
        assert messages.DATABASE_SILENT not in again.text
    finally:
        proxy.resume()
        server.stop()
        bolt.settle()
    with session_scope(engine) as session:
        texts = [u.text for u in session.exec(select(StatusUpdate).order_by(StatusUpdate.id))]
    assert texts == ["Voor de stilte", "Na de stilte"]


def test_tick_gives_up_in_dutch_when_the_database_is_silent(
    proxied_url: tuple[TcpProxy, str], fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, url = proxied_url
    engine_for(Settings(_env_file=None, DATABASE_URL=url))  # type: ignore[call-arg]
    proxy.blackhole()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", fake_slack.bot_token)
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    # libpq's shortest connect timeout (storage/db.py), not the 5 s default: the test is that
    # the tick gives up, not how long the default makes it wait.
    monkeypatch.setenv("WOONZORG_DB_CONNECT_TIMEOUT", "2")
    get_engine.cache_clear()  # a fresh process: no pooled connections from before the silence
    started = time.monotonic()
    done = CliRunner().invoke(app, ["tick"])
    took = time.monotonic() - started
    assert took < 20, took
    assert done.exit_code == 1, done.output
    assert messages.DATABASE_SILENT in done.output
    assert done.exception is None or isinstance(done.exception, SystemExit)
