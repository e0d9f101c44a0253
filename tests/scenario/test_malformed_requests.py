"""Requests Slack never sends: refused with a 4xx, never a 500 or a traceback to anyone."""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest

from bot.slack.http import HttpServer
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient
from tests.support.fake_slack.signing import sign


def _post(url: str, body: str, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, body.encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        ("payload=%5B%5D", "application/x-www-form-urlencoded"),
        ("{not json", "application/json"),
        ("[1, 2]", "application/json"),
    ],
)
def test_signed_garbage_gets_400(
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    body: str,
    content_type: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls_before = len(fake_slack.calls)
    answer = slack.post(body, content_type)
    assert answer.status == 400
    assert len(fake_slack.calls) == calls_before
    assert "Traceback" not in caplog.text


def test_unsigned_garbage_still_gets_401(slack: SignedClient, programme: Built) -> None:
    answer = slack.post("{not json", "application/json", secret="not-the-secret")
    assert answer.status == 401


@pytest.mark.parametrize("timestamp", [None, "", "abc"])
def test_missing_or_odd_timestamp_gets_401(
    server: HttpServer,
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    timestamp: str | None,
) -> None:
    body = "command=%2Fwoonzorg&text=mijn&user_id=U0ANNA&team_id=T1&channel_id=C1"
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Signature": sign(slack.secret, str(int(time.time())), body),
    }
    if timestamp is not None:
        headers["X-Slack-Request-Timestamp"] = timestamp
    calls_before = len(fake_slack.calls)
    assert _post(slack.url, body, headers) == 401
    assert len(fake_slack.calls) == calls_before


def test_events_nobody_listens_to_are_acknowledged(slack: SignedClient, programme: Built) -> None:
    answer = slack.event({"type": "reaction_added", "user": "U0ANNA"}, event_id="Ev0REACT1")
    assert answer.status == 200


def test_an_interaction_without_a_user_is_acknowledged_and_ignored(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    calls_before = len(fake_slack.calls)
    answer = slack.interactive(
        {"type": "block_actions", "actions": [{"action_id": "reminder:later", "value": "1"}]}
    )
    assert answer.status == 200
    assert len(fake_slack.calls) == calls_before
