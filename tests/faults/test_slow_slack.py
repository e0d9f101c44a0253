"""A Slack that answers late or never. The send client gives up after its timeout (1 s here,
15 s in production); such a send's fate is unknown, so it is not resent in the same tick, and
the next tick finds it in Slack (it did arrive) instead of sending it again.

These run the tick in-process: the timeout is an argument of the notifier, not a setting. The
message pace is 50 a second (5 in production): the pace is no part of what is tested here, and
at 5 a second each tick's 25 messages took 5 s of waiting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.slack.notifier import SlackNotifier
from bot.views.reminders import SlackViews
from tests.faults.conftest import World
from tests.faults.kit import DIGEST_CHANNEL, assert_exactly_once, copies
from workflows.reminders.tick import tick
from workflows.settings import Settings


def _tick(world: World, ahead: timedelta = timedelta(0)) -> object:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        SLACK_BOT_TOKEN=world.slack.bot_token,
        SLACK_API_URL=world.slack.api_url,
        WOONZORG_DIGEST_CHANNEL=DIGEST_CHANNEL,
        WOONZORG_SENDERS=8,
        WOONZORG_MESSAGES_PER_SECOND=50,
    )
    notifier = SlackNotifier.from_settings(settings, backoff_factor=0.01, timeout=1)
    return tick(settings, world.engine, notifier, world.clock.now(ahead), views=SlackViews())


@pytest.mark.parametrize("every", [5, 1])
def test_answers_that_never_come_are_not_resent(world: World, every: int) -> None:
    world.slack.slow("chat.postMessage", 2.5, every=every)  # stored, answered after 2.5 s
    report = _tick(world)
    assert len(report.unconfirmed) == (len(world.owners) + 1) // every  # type: ignore[attr-defined]
    assert set(copies(world.slack).values()) == {1}  # nothing sent twice within the tick
    world.slack.faults.clear()
    _tick(world, timedelta(minutes=5))  # past the lease: looks, finds, marks sent
    _tick(world, timedelta(minutes=10))
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)


def test_a_slow_slack_that_answers_in_time_sends_once(world: World) -> None:
    world.slack.slow("chat.postMessage", 0.5, every=3)
    report = _tick(world)
    assert report.unconfirmed == []  # type: ignore[attr-defined]
    assert_exactly_once(world.slack, world.engine, world.owners, world.ticks)
