"""A database that is briefly locked: the bot waits or says "probeer het zo nog eens"; nothing is
lost or half-written, and Slack still gets its answer in time."""

from __future__ import annotations

import sqlite3
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.core import Bot
from bot.slack.app import create_app
from bot.slack.clients import web_client
from bot.slack.directory import SlackDirectory
from bot.slack.http import HttpServer, wsgi_app
from bot.slack.notifier import SlackNotifier
from storage.db import get_engine, session_scope
from storage.models import StatusUpdate
from tests.scenario.conftest import SIGNING_SECRET
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient
from workflows import messages
from workflows.runtime.health import database_ok
from workflows.settings import Settings


@contextmanager
def write_lock(db: Engine) -> Iterator[sqlite3.Connection]:
    """Another process holding SQLite's write lock (a CLI import, a backup)."""
    other = sqlite3.connect(str(db.url.database), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def texts(db: Engine) -> list[str]:
    with session_scope(db) as session:
        return [u.text or "" for u in session.exec(select(StatusUpdate))]


def test_locked_too_long_says_try_again_and_saves_nothing(
    slack: SignedClient, db: Engine, programme: Built
) -> None:
    event.listen(db, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=200"))
    db.dispose()  # new connections pick up the short busy timeout
    with write_lock(db):
        answer = slack.slash("update 2.4 Locatie gevonden", "U0ANNA", timeout=3)
        assert answer.status == 200
        assert messages.DATABASE_UNAVAILABLE in answer.text
        assert "probeer het zo nog eens" in answer.text
    assert texts(db) == []
    again = slack.slash("update 2.4 Locatie gevonden", "U0ANNA")
    assert messages.DATABASE_UNAVAILABLE not in again.text
    assert texts(db) == ["Locatie gevonden"]


def test_briefly_locked_waits_and_saves_once(
    slack: SignedClient, db: Engine, programme: Built
) -> None:
    with write_lock(db) as other:
        release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
        release.start()
        answer = slack.slash("update 2.4 Locatie gevonden", "U0ANNA", timeout=3)
        release.join()
    assert answer.status == 200 and messages.DATABASE_UNAVAILABLE not in answer.text
    assert texts(db) == ["Locatie gevonden"]


def test_database_down_answers_in_dutch_and_health_says_so(
    slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    down = get_engine("postgresql://postgres@127.0.0.1:9/woonzorg")  # nothing listens on port 9
    core = Bot(
        slack_settings,
        down,
        SlackNotifier.from_settings(slack_settings),
        SlackDirectory(web_client(slack_settings)),
        lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC),
    )
    server = HttpServer(
        wsgi_app(
            create_app(slack_settings, core),
            lambda: database_ok(down),
            signing_secret=SIGNING_SECRET,
        ),
        host="127.0.0.1",
        port=0,
    ).start()
    try:
        client = SignedClient(
            f"http://127.0.0.1:{server.port}/slack/events", SIGNING_SECRET, fake_slack
        )
        answer = client.slash("update 2.4 Locatie gevonden", "U0ANNA", timeout=3)
        assert answer.status == 200 and messages.DATABASE_UNAVAILABLE in answer.text
        with pytest.raises(urllib.error.HTTPError) as health:
            urllib.request.urlopen(f"http://127.0.0.1:{server.port}/healthz", timeout=3)
        assert health.value.code == 503
    finally:
        server.stop()
