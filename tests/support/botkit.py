"""A harness for router-level tests: a Bot on a small programme, with test doubles.

def test_x(harness):
    reply = harness.reply("actie 2.4", as_="anna")
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.core import Bot
from bot.handlers import Registry
from bot.outcomes import Caller, OpenModal, Outcome, Reply, UpdateMessage
from bot.registry import REGISTRY
from storage.db import session_scope
from tests.support.doubles import DictDirectory, RecordingNotifier, fixed_clock
from tests.support.factories import Built, slack_id_for, small_programme
from tests.support.fake_slack.blockkit import check_message, check_view
from workflows.settings import Settings


@dataclass
class Harness:
    bot: Bot
    engine: Engine
    notifier: RecordingNotifier
    directory: DictDirectory
    built: Built | None

    def caller(self, who: str) -> Caller:
        user_id = who if who.startswith(("U", "W")) and who.isupper() else slack_id_for(who)
        return Caller(user_id=user_id, channel_id="C0TEST", surface="slack")

    def command(self, text: str, *, as_: str = "anna") -> list[Outcome]:
        return checked(self.bot.command(text, self.caller(as_)))

    def reply(self, text: str, *, as_: str = "anna") -> Reply:
        outcomes = self.command(text, as_=as_)
        assert len(outcomes) == 1 and isinstance(outcomes[0], Reply), outcomes
        return outcomes[0]

    def action(self, action_id: str, value: str, *, as_: str = "anna") -> list[Outcome]:
        return checked(self.bot.action(action_id, value, self.caller(as_)))

    def submit(
        self, callback_id: str, metadata: str, values: dict[str, Any], *, as_: str = "anna"
    ) -> list[Outcome]:
        return checked(self.bot.submit(callback_id, metadata, values, self.caller(as_)))

    def home(self, who: str) -> dict[str, Any]:
        view = self.bot.home(self.caller(who))
        assert view["type"] == "home"
        assert not check_view(view), check_view(view)
        return view


def checked(outcomes: list[Outcome]) -> list[Outcome]:
    """Every outcome within Block Kit's limits, checked as the fake Slack checks what it is sent
    (so every router test checks them too)."""
    for outcome in outcomes:
        errors: list[str] = []
        if isinstance(outcome, Reply | UpdateMessage):
            errors = check_message({"text": outcome.text, "blocks": outcome.blocks})
        elif isinstance(outcome, OpenModal):
            assert outcome.view["type"] == "modal" and outcome.view["callback_id"]
            errors = check_view(outcome.view)
        assert not errors, (outcome, errors)
    return outcomes


def everything(outcome: Outcome | dict[str, Any]) -> str:
    """All text in an outcome or view, fallback and blocks, for assertions."""
    return json.dumps(
        outcome if isinstance(outcome, dict) else outcome.__dict__, default=str, ensure_ascii=False
    )


def make_harness(
    engine: Engine,
    now: datetime,
    *,
    coordinators: list[str] | None = None,
    build: bool = True,
    registry: Registry = REGISTRY,
) -> Harness:
    settings = Settings(_env_file=None, WOONZORG_COORDINATORS=",".join(coordinators or []))  # type: ignore[call-arg]
    built = None
    if build:
        with session_scope(engine) as session:
            built = small_programme(session)
    notifier = RecordingNotifier()
    directory = DictDirectory()
    bot = Bot(settings, engine, notifier, directory, fixed_clock(now), registry)
    return Harness(bot=bot, engine=engine, notifier=notifier, directory=directory, built=built)


@pytest.fixture
def harness(sqlite_engine: Engine, now: datetime) -> Harness:
    return make_harness(sqlite_engine, now)
