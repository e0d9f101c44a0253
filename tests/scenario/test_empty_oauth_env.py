"""A single-workspace deployment whose environment lists SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET empty (docker-compose passing unset variables, an env file with blank
lines): Bolt would switch to its own OAuth and ignore the bot token; the bot stays on its token."""

from __future__ import annotations

import os

import pytest

from bot.core import Bot
from bot.slack.app import create_app
from tests.support.factories import Built
from tests.support.fake_slack import SignedClient
from workflows.settings import Settings


@pytest.fixture(autouse=True)
def empty_oauth_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_CLIENT_ID", "")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", " ")


def test_empty_oauth_variables_leave_the_single_workspace_app(
    slack_settings: Settings, core: Bot
) -> None:
    app = create_app(slack_settings, core)
    assert app.oauth_flow is None and app.installation_store is None
    assert "SLACK_CLIENT_ID" not in os.environ and "SLACK_CLIENT_SECRET" not in os.environ


def test_and_it_answers_with_its_token(slack: SignedClient, programme: Built) -> None:
    answer = slack.slash("actie 1.1", "U0ANNA")
    assert answer.status == 200 and "1.1" in answer.text
