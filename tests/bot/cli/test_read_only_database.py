"""A database the bot can read but not write: a clear Dutch message at start-up, and a chat
user never sees the server's file path."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event
from typer.testing import CliRunner

from bot.cli import app
from storage.db import get_engine
from tests.support.botkit import make_harness
from workflows import messages
from workflows.runtime import faults


def test_run_refuses_a_read_only_database_at_start_up(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    env = {
        "DATABASE_URL": f"sqlite:///file:{path}?mode=ro&uri=true",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "geheim-genoeg",
        "SLACK_API_URL": "http://127.0.0.1:9/",
    }
    result = CliRunner().invoke(app, ["run"], env=env)
    assert result.exit_code == 1, result.output
    assert "alleen te lezen" in result.output and path in result.output
    assert "Traceback" not in result.output


def test_a_chat_user_never_sees_the_servers_path(
    sqlite_url: str,
    now: datetime,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    engine = get_engine(sqlite_url)
    harness = make_harness(engine, now)
    path = sqlite_url.removeprefix("sqlite:///")
    # A read-only file as root sees it: writes refused, and (as for any other user) no
    # write permission on the file.
    event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = ON"))
    engine.dispose()
    monkeypatch.setattr(faults.os, "access", lambda *_a, **_k: False)
    with caplog.at_level(logging.ERROR):
        reply = harness.reply("update 2.4 Locatie gevonden", as_="anna")
    assert reply.text == messages.DATABASE_MISCONFIGURED
    assert path not in reply.text
    assert path in caplog.text  # the operator still finds the cause
