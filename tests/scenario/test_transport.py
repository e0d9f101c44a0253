"""The Slack transport itself: signatures, retries, errors, the ack deadline, health."""

from __future__ import annotations

import json
import time
import urllib.request

from sqlalchemy.engine import Engine

from bot.slack.http import HttpServer
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient, wait_for
from workflows import messages


def test_help_answers_in_the_ack(slack: SignedClient, programme: Built) -> None:
    answer = slack.slash("", "U0ANNA")
    assert answer.status == 200
    body = answer.json()
    assert body["response_type"] == "ephemeral"
    assert "/woonzorg" in body["text"] + str(body.get("blocks"))


def test_bad_signature_is_refused_and_nothing_happens(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    calls_before = len(fake_slack.calls)
    answer = slack.slash("mijn", "U0ANNA", secret="not-the-secret")
    assert answer.status == 401
    assert len(fake_slack.calls) == calls_before


def test_stale_timestamp_is_refused(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    calls_before = len(fake_slack.calls)
    answer = slack.slash("mijn", "U0ANNA", timestamp=int(time.time()) - 6 * 60)
    assert answer.status == 401
    assert len(fake_slack.calls) == calls_before


def test_retried_app_home_event_is_published_once(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    assert slack.app_home_opened("U0ANNA", event_id="Ev0001").status == 200
    wait_for(lambda: fake_slack.calls_to("views.publish"))
    retry = slack.app_home_opened("U0ANNA", event_id="Ev0001", retry_num=1)
    assert retry.status == 200
    assert slack.app_home_opened("U0ANNA", event_id="Ev0002").status == 200
    published = wait_for(lambda: len(fake_slack.calls_to("views.publish")) == 2)
    assert published
    assert [c.params["user_id"] for c in fake_slack.calls_to("views.publish")] == [
        "U0ANNA",
        "U0ANNA",
    ]
    assert fake_slack.home_views["U0ANNA"]["type"] == "home"


def test_messages_tab_publishes_nothing(
    slack: SignedClient, fake_slack: FakeSlack, programme: Built
) -> None:
    event = {"type": "app_home_opened", "user": "U0ANNA", "channel": "D0ANNA", "tab": "messages"}
    assert slack.event(event, event_id="Ev0003").status == 200
    assert slack.app_home_opened("U0BERT", event_id="Ev0004").status == 200
    wait_for(lambda: fake_slack.calls_to("views.publish"))
    assert [c.params["user_id"] for c in fake_slack.calls_to("views.publish")] == ["U0BERT"]


def test_healthz_checks_the_database(server: HttpServer, db: Engine) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/healthz") as answer:
        assert (answer.status, answer.read().decode()) == (200, messages.HEALTH_OK)


def test_url_verification_when_the_request_url_is_saved(slack: SignedClient) -> None:
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    body = json.dumps({"token": "x", "challenge": challenge, "type": "url_verification"})
    answer = slack.post(body, "application/json")
    assert answer.status == 200 and challenge in answer.body
