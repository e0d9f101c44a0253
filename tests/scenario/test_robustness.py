"""Whatever anyone types, the bot answers: a 200 inside Slack's 3 seconds, never a traceback."""

from __future__ import annotations

import logging
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import Bot
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient
from workflows import messages

WORDS = [
    "",
    "help",
    "overzicht",
    "mijn",
    "actie",
    "update",
    "status",
    "regiehouder",
    "plaatsvervanger",
    "ronde",
    "herinner",
    "digest",
    "rapport",
    "2.4",
]
NASTY = string.printable + "<>&@!|*_~`'\"éëï€\u200b\U0001f600"
command_text = st.builds(
    lambda word, rest: f"{word} {rest}".strip(),
    st.sampled_from(WORDS),
    st.text(alphabet=NASTY, max_size=120)
    | st.sampled_from(["<!channel>", "<@U0ANNA|anna>", "2.4 vertraagd", "x" * 3100]),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=command_text)
def test_any_command_text_gets_an_answer(
    slack: SignedClient, programme: Built, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    caplog.clear()
    # The 3-second budget is Slack's: a slower answer would fail with a timeout here.
    answer = slack.slash(text, "U0BERT", timeout=3)
    assert answer.status == 200, answer.body
    assert "Traceback" not in answer.body
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_failing_listener_gets_the_dutch_apology(
    slack: SignedClient,
    core: Bot,
    programme: Built,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(text: str, caller: object) -> list[object]:
        raise RuntimeError("kapot")

    monkeypatch.setattr(core, "command", broken)
    answer = slack.slash("mijn", "U0ANNA")
    assert answer.status == 200
    assert answer.json()["text"] == messages.BOT_GENERIC_ERROR
    [logged] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert logged.exc_info is not None and "kapot" in str(logged.exc_info[1])


def test_answers_slower_than_the_budget_follow_through_response_url(
    slack: SignedClient,
    fake_slack: FakeSlack,
    core: Bot,
    programme: Built,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.slack import deliver
    from tests.support.fake_slack import wait_for

    monkeypatch.setattr(deliver, "ACK_BUDGET", 0.1)
    real = core.command

    def slow(text: str, caller: object):  # type: ignore[no-untyped-def]
        import time

        time.sleep(0.4)  # stands in for a busy database
        return real(text, caller)  # type: ignore[arg-type]

    monkeypatch.setattr(core, "command", slow)
    answer = slack.slash("help", "U0ANNA")
    assert answer.status == 200 and answer.body == ""  # the empty ack came first
    [late] = wait_for(fake_slack.responses)
    assert late["response_type"] == "ephemeral" and "/woonzorg" in str(late)
