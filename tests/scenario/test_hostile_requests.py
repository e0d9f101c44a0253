"""Hostile or broken requests: a huge body is refused before it is read, an unsigned body is
never logged, and a signed payload of the wrong shape gets a 4xx and one log line, never a 500
or a traceback."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import logging
import time
import urllib.parse

import pytest

from bot.slack.http import MAX_BODY_BYTES, HttpServer
from tests.support.factories import Built
from tests.support.fake_slack import FakeSlack, SignedClient
from tests.support.fake_slack.signing import TEAM_ID

USER = {"id": "U0ANNA", "team_id": TEAM_ID}


@pytest.mark.parametrize(
    "payload",
    [
        {"type": "block_actions", "user": USER, "actions": None},
        {"type": "block_actions", "user": USER, "actions": [None]},
        {"type": "view_submission", "user": USER, "view": None},
        {"type": "view_submission", "user": USER, "view": {"callback_id": "update_modal"}},
        {
            "type": "view_submission",
            "user": USER,
            "view": {"callback_id": "update_modal", "state": None},
        },
        {"type": "view_closed", "user": USER, "view": "x"},
    ],
)
def test_signed_payloads_of_the_wrong_shape_get_a_4xx_without_traceback(
    slack: SignedClient,
    fake_slack: FakeSlack,
    programme: Built,
    payload: dict[str, object],
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls_before = len(fake_slack.calls)
    with caplog.at_level(logging.INFO):
        answer = slack.interactive(payload)
    assert answer.status in (200, 400), answer.body
    assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)
    assert len(fake_slack.calls) == calls_before


def _raw_post(server: HttpServer, body: bytes, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("POST", "/slack/events", body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_invalid_utf8_gets_a_4xx_signed_or_not(
    server: HttpServer, slack: SignedClient, caplog: pytest.LogCaptureFixture
) -> None:
    body = b"command=%2Fwoonzorg&text=\xff\xfe&user_id=U0ANNA"
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts}
    unsigned = {**headers, "X-Slack-Signature": "v0=00"}
    assert _raw_post(server, body, unsigned) == 401
    signature = (
        "v0="
        + hmac.new(slack.secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    )
    assert _raw_post(server, body, {**headers, "X-Slack-Signature": signature}) == 400
    assert "Traceback" not in caplog.text


def test_a_body_over_the_limit_is_refused_before_it_is_read(server: HttpServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.putrequest("POST", "/slack/events")
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(300 * 1024 * 1024))
        connection.endheaders()
        connection.send(b"payload=" + b"x" * 1024)  # the rest never comes
        started = time.monotonic()
        status = connection.getresponse().status
    finally:
        connection.close()
    assert status == 413 and time.monotonic() - started < 2


def test_an_unsigned_body_is_never_logged(
    slack: SignedClient, programme: Built, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "GEHEIM-LICHAAM-" + "y" * 2000
    body = urllib.parse.urlencode({"command": "/woonzorg", "text": marker, "user_id": "U0ANNA"})
    with caplog.at_level(logging.DEBUG):
        answer = slack.post(body, "application/x-www-form-urlencoded", secret="wrong-secret")
    assert answer.status == 401
    assert "GEHEIM-LICHAAM" not in caplog.text


def test_a_signed_body_just_under_the_limit_is_still_served(
    slack: SignedClient, programme: Built
) -> None:
    filler = "a" * (MAX_BODY_BYTES - 2000)
    answer = slack.slash(f"update 2.4 {filler}", "U0ANNA")
    assert answer.status == 200
